"""The splitter kind describes itself: names, classifier cues, party roles and the field that measures its size."""

from __future__ import annotations

from ledgerlm.contracts.kinds.base import KindDescriptor

DESCRIPTOR = KindDescriptor(
    kind="splitter",
    display={"en": "payment splitter", "zh": "分账合约"},
    keywords=(
        (
            r"\bsplit(?:s|ter|ting)?\b|分账|分成|分润|按比例分|平分|均分|按[^，。]{0,12}分给|\brevenue\s+shar(?:e|ing)\b|"
            r"\broyalt(?:y|ies)\s+split\b|分钱|分账|分给|[一二三四五六七八九]成(?![功立本员])|各一半|一人一半|"
            r"\bsplit\b|\d+(?:\.\d+)?\s*%?\s+(?:to|for)\s+[^,;，；]{1,30}?(?:0x[0-9a-fA-F]{40})?[,;，；]\s*"
            r"\d+(?:\.\d+)?\s*%?\s+(?:to|for)\b|"
            r"\bshare\s+(?:the\s+)?(?:income|revenue|profits?|earnings|payments?)\b",
            4.0,
        ),
        (
            r"\bshares?\b|份额|比例|\bpayees?\b|收款人|\bincome\b|\brevenue\b|\bearnings\b|\bprofits?\b|收入|"
            r"收益|利润|\d\s*[:：]\s*\d\s*[:：]\s*\d|\b\d{1,2}\s*/\s*\d{1,2}\b",
            1.5,
        ),
        # "7:3 with my partner", "60/40 between me and Ana": a ratio said with the people it is split among
        (r"(?<![\d./:])\d{1,2}\s*[:/：]\s*\d{1,2}(?![\d./:])\s+(?:with|between|among|w/)\b", 4.0),
        # a pasted table or CSV whose header pairs a name column with a share column ("name,share", "| payee | % |",
        # "recipient;pct"), also as the parser restructures it before classifying ("name percent: Ana 60, me 40")
        (
            r"(?im)^[ \t|]*(?:name|payees?|who|person|recipients?|beneficiar(?:y|ies)|member)"
            r"(?:[ \t]*[,;|\t][ \t]*|[ \t]+)(?:shares?|percent(?:age)?|pct|%|ratio|split|cut)"
            r"(?=[ \t|]*(?:[:：,;\t\r\n]|$))",
            6.0,
        ),
        # "divide payments between Ravi and me", "divide the income among the three of us": money parted among people
        (
            r"\bdivid(?:e|es|ed|ing)\s+(?:up\s+)?(?:the\s+|all\s+|every\s+|our\s+|my\s+)?(?:[\w\-]+\s+){0,2}?"
            r"(?:payments?|income|revenue|earnings|proceeds|profits?|royalt(?:y|ies)|money|sales|donations|tips)\s+"
            r"(?:\w+\s+){0,3}?(?:between|among|amongst|equally|evenly)\b",
            4.0,
        ),
        # "share my tax documents with Bob": sharing data is access, not money
        (
            r"\bshare\s+(?:my|our|the)\s+[\w\- ]{0,20}(?:data|records?|files|documents?|statements?|reports?|scans|"
            r"history|results|photos|images|x-?rays?|claims|bills|prescriptions)\s+with\b",
            -3.0,
        ),
        # "我跟阿强三七开", "五五分", "half to Grace, a quarter each to Ken": parts of the money said as a ratio in
        # Chinese numerals or as fractions going to people
        (
            r"[一二三四五六七八九]{2}开|[一二三四五六七八九]{2}分(?![钟鐘之])|"
            r"\b(?:half|a\s+(?:third|quarter|fifth))\s+(?:each\s+)?(?:goes\s+)?to\s+(?:me\b|[A-Z@])",
            4.0,
        ),
        # "把 NFT 版税按 70:30 分给我和画师": royalties divided among people
        (r"版税[^，。]{0,12}(?:分给|分成|按\s*\d)|\broyalt(?:y|ies)\s+split|\bsplit\s+(?:the\s+)?royalt", 2.5),
        # "以后 NFT 卖的钱，Alice 拿 1 份，我拿 2 份": the money a sale brings, in parts for people
        (r"(?:拿|分|得|占)\s*[\d一二两三四五六七八九十]+\s*份(?!\s*(?:合同|文件|协议))", 3.0),
        # "Kenji takes a third, I take two thirds": parts of the money, each said with a taking verb
        (
            r"\b(?:takes?|gets?|keeps?|receives?)\s+(?:a|one)\s+(?:half|third|quarter|fifth)\b[^.;]{0,40}"
            r"\b(?:takes?|gets?|keeps?|receives?)\s+(?:the\s+rest|two\s+thirds|three\s+quarters|half|a\s+half)\b",
            3.0,
        ),
        # round 12: parts written per person ("坦克 Brakka 2 份，治療 Liora 2 份，… 各 1 份"), a share out ("分配：")
        (
            r"[\d一二两三四五六七八九十]+\s*份\s*[，,、；;][^。\n]{0,40}?[\d一二两三四五六七八九十]+\s*份|"
            r"各\s*[\d一二两三四五六七八九十]+\s*份|(?:战利品|收益|收入|利润|奖金)\s*分配",
            3.0,
        ),
    ),
    prototypes=(
        "split every payment between Ann 60% and Bo 40%",
        "split all income 60/40 between Alice and my partner",
        "a revenue share contract, each of the three founders pulls their third",
        "share the earnings of our band equally among the four of us",
        "收款按比例分给三个合伙人",
        "收入按 5:3:2 分给老王、小李和我",
        "分账合约，收到的钱七三分",
        "工作室的收益平分给两个人，各自提取",
    ),
    roles={"payees": (r"payees?|recipients?|partners?", r"收款人|受益人|合伙人")},
    size_field=None,
    party_lists=("payees",),
)
