"""DAO extractor: token symbol and name, supply, quorum, voting delay and period, timelock delay, proposal
threshold and the initial holders, each read from a cue in the same clause.

A DAO request is a list of settings ("4% quorum, one-week voting, 2-day timelock"), so every duration and percent is
tied to the nearest cue of its own clause (split at commas and semicolons). A duration or percent without a cue
in its clause is left unread: the accounting then asks about it. Two values for one setting are both cited, so the
accounting asks which is meant. Hours ("48 hours", "36小时") and half days ("半天") are read here because the
shared duration grammar counts days and months only.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction
from typing import Any

from ledgerlm.language.evidence import Evidence, Ignored, Span, Unsure
from ledgerlm.language.extract import _I, Flagged, Scan
from ledgerlm.language.parties import NameMatch, read_name
from ledgerlm.language.plain import cjk_name
from ledgerlm.language.separators import (
    SUPERSEDED,
    apply_settings,
    ask_group,
    ask_me_left_out,
    chain,
    counted_me,
    lower_item,
    read_list,
    read_person,
    read_settings,
    reference_spans,
    set_aside_references,
    spaced_zh,
    split_zh,
    stated_counts,
)

__all__ = ["extract"]

#: clause breaks: punctuation (never a comma or point inside a number: "50,000", "2.5M"), " / " and " | " of a
#: segmented list, dashes; a colon does not break ("quorum: 4%", "voting period: 1 week" keep cue and value)
_CLAUSE = re.compile(
    r"(?<!\d)[,.]|[,.](?!\d)|[，;；。!！?？\n]|\s[/|｜]\s|[|｜]|(?<=\s)[-—–](?=\s)|\band\b|\bthen\b|以及|然后|并且"
)

#: setting -> cue words (English and Chinese); the longest cue at a place wins ("voting delay" over "voting")
_CUES: dict[str, re.Pattern[str]] = {
    "voting_delay_days": re.compile(
        r"voting\s+delay|vote\s+delay|delay\s+before\s+(?:voting|the\s+vote)|before\s+voting\s+(?:starts|opens)|"
        # "votes open for 4 days" is how long voting runs, not when it starts
        r"voting\s+(?:starts|opens|begins)(?!\s+for\b)|votes?\s+(?:start|open|begin)s?(?!\s+for\b)|"
        r"after\s+(?:proposing|a\s+proposal)|"
        r"投票延迟|投票前等待|提案后等待|投票开始前|延迟投票|提案后|开始投票|"
        # the same words in Traditional characters ("投票延遲 1 天" was read as the voting period)
        r"投票延遲|提案後等待|投票開始前|延遲投票|提案後|開始投票",
        _I,
    ),
    "voting_period_days": re.compile(
        r"voting(?:\s+(?:period|window|time|lasts?|runs?|open|stays\s+open))?|vote[sd]?(?:\s+(?:for|over|lasts?|runs?))?|"
        r"polls?|proposals?\s+(?:are\s+|stay\s+)?open(?:\s+for)?|\bperiod\b|votes?\s+(?:stay|stays|remain|remains)\s+open|"
        r"投票期間|投票期|投票时间|投票時間|投票持续|投票持續|投票时长|投票|votaci[óo]n|"
        # the Malay and Indonesian words ("undi 7 hari", "pengundian 5 hari", "voting selama 3 hari")
        r"\b(?:undi(?:an)?|mengundi|pengundian|pemungutan\s+suara)\b",
        _I,
    ),
    "timelock_delay_days": re.compile(
        r"time\s*-?\s*lock(?:\s+delay)?|execution\s+delay|delay\s+before\s+execution|before\s+execution|\btl\b|"
        r"execution\s+(?:is\s+|gets\s+)?delayed|delay(?:s|ed)?\s+(?:the\s+)?execution|"
        # "then wait 1 day", "after pass wait 3 days", "wait two days before being carried out"
        r"(?<=\bthen\s)wait(?:s|ing)?\b|\bafter\s+(?:it\s+|they\s+)?(?:pass(?:es|ed|ing)?|approval|approved)\s*,?\s*wait\b|"
        r"\bwait(?=[^,.;]{0,30}\bbefore\s+(?:being\s+|it\s+is\s+|they\s+are\s+)?(?:carried\s+out|executed|enacted|execution))|"
        r"タイムロック|时间锁定期|时间锁|時間鎖|锁定期|执行延迟|延迟执行|执行前等待|执行前(?:延迟)?|通过后(?:等待?|再等)?|再执行|"
        r"時間鎖定期|鎖定期|執行延遲|延遲執行|執行前等待|執行前(?:延遲)?|通過後(?:等待?|再等)?|再執行",
        _I,
    ),
    "quorum_pct": re.compile(
        # "legal number of people": how a translator renders 法定人数
        r"quorum|qu[óo]rum|\bq\b(?=\s*[:=]?\s*\d)|\blegal\s+(?:number\s+of\s+(?:people|persons)|quorum)\b|"
        r"法定人数|法定人數|投票门槛|最低投票率|最低参与率|参与率|定足数|定足數",
        _I,
    ),
}
#: Chinese written with blanks between words ("法定 人数 百分之五", "投票 期 七 天") keeps its cues
_CUES = {key: re.compile(spaced_zh(cue.pattern), cue.flags) for key, cue in _CUES.items()}
_SUPPLY_CUE = re.compile(
    r"\bvotes?\b|\btokens?\b|\bsupply\b|\btotal\b|\bin\s+total\b|\bholders\s+of\b|"
    # how a translator renders 发行量 / 枚: "the issuance quantity is 1 million pieces"
    r"\bissuance\b|\bissued\b|\bpieces\b|\bquantity\b|"
    # 票 alone counts votes, never the 票 of 投票 ("投票期：约一周（50400 个区块）" names no supply)
    r"代币|代幣|枚|(?<!投)票|总量|總量|总供应|總供應|供应量?|供應量?|发行量?|發行量?|一共|共|总数|總數|"
    r"(?<![分转])发(?=\s*[\d一二两三四五六七八九十百千万亿])|"
    # Japanese: "発行量 1万", "総供給量"
    r"発行(?:量|数|枚数)?|総供給量?|総発行量?|総量|総数",
    _I,
)
_SUPPLY_CUE = re.compile(spaced_zh(_SUPPLY_CUE.pattern), _SUPPLY_CUE.flags)
_PROPOSE_CUE = re.compile(
    r"\bto\s+(?:make\s+a\s+)?propose\b|\bproposal\s+threshold\b|\bpropos(?:e|al|als)\s+(?:need|needs|require)|"
    r"\bto\s+(?:make|submit|create|open|put\s+up)\s+a\s+proposal\b|\bcan\s+propose\b|\bpropos(?:e|al)\s+power\b|"
    r"提案门槛|提案需要|发起提案|提案至少|提案人需|提案需|(?:就能|才能|可以|即可|就可以)(?:发起)?提案|提案权|"
    r"提案門檻|發起提案|提案權|(?:就能|才能|可以|即可|就可以)(?:發起)?提案",
    _I,
)
_PROPOSE_CUE = re.compile(spaced_zh(_PROPOSE_CUE.pattern), _PROPOSE_CUE.flags)
#: hours, also Traditional (小時) and Cantonese ("48 個鐘", "三個鐘頭")
_HOURS = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*-?\s*(?:hours?|hrs?|h\b|[个個]?\s*小[时時]|[个個]\s*[钟鐘](?:头|頭)?|[钟鐘]头|鐘頭)",
    _I,
)
_DAYS_ABBR = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?([dw])\b", _I)
_HALF_DAY = re.compile(r"半天|half\s+a\s+day|half\s+day|half-day|12\s*h\b", _I)
#: "half a week", "half an hour" before a length the shared grammar reads: half of it
_HALF_OF = re.compile(r"\bhalf\s+(?:an?\s+|of\s+an?\s+)?$", _I)
_NAME_FOR = re.compile(
    # "for the Harbor guild", "for our band The Loud Quiet" (what the group is, then its name)
    r"\bfor\s+(?:(?:the|our|my)\s+(?:(?:[a-z]+\s+)?(?:band|club|group|team|guild|community|co-?op|society|union|collective|"
    r"school|class|family|company|studio|project|server|discord|crew|clan|association|cooperative|league|circle|"
    r"choir|lab|house|fund|network|dao|community\s+garden|garden|orchestra|church|chapter)\s*,?\s+)?)?((?:[A-Z][\w'&-]*)(?:\s+[A-Z][\w'&-]*){0,5})"
    r"(?:\s+(guild|dao|club|collective|community|co-?op|society|foundation|union|fund|network|team))?\b"
)
_NAME_CALLED = re.compile(
    # "called uh Beat Guild": the fillers of dictation (in lower case) are no part of the name
    r"\b(?:called|named|call\s+it|name\s+it|calling\s+it)\s+(?:(?:uh+|um+|erm?|like)\s+)*[\"'“‘`]?"
    r"((?:[A-Z][\w'&-]*)(?:\s+[A-Z][\w'&-]*){0,5})[\"'”’`]?"
)
_NAME_ZH = re.compile(
    # "叫 星火DAO" names the DAO; "代币叫 LOTUS" names the token (its symbol), not the DAO
    r"(?:名为|名叫|名字(?:就|先|暂且|暂时|打算|准备)?(?:叫做?|是|为)?|名称(?:就|先)?(?:为|是|叫)?|名稱(?:為|是)?|(?<!代币)(?<!币)(?<!符号)(?<!代号)(?<!简称)(?<!代幣)(?<!幣)(?<!符號)(?<!代號)(?<!簡稱)叫做?)\s*[:：]?\s*[“\"「『]?"
    r"([\u4e00-\u9fffA-Za-z0-9 ]{2,20}?)[”\"」』]?(?=[，,。；;的]|$)"
)
#: "name — Driftwood Guild, token …", "…, name Blue Harbour, token …": the word name as a key opening a clause,
#: then capitalised words filling the clause (a dash or nothing between; "=" and ":" are the settings' own)
_NAME_KEY = re.compile(
    # ("DAO for our hiking group: name Ridge Walkers, …", "spec -> name `Open Lab`, …": after a colon or arrow too;
    # "nama" is the Malay and Indonesian word)
    # ("Buat DAO nama Persatuan …": or right after the word DAO)
    r"(?:^|(?<=[,，;；.。:：>])|(?<=[,，;；.。:：>]\s)|(?<=\b[Dd][Aa][Oo]\s))\s*(?i:(?:dao\s+)?(?:name|nama))\s*(?:[—–]+|--?)?\s*"
    r"[\"'“‘`]?"
    r"((?:[A-Z][\w'&-]*)(?:\s+[A-Z][\w'&-]*){0,5})[\"'”’`]?(?=\s*(?:[,，;；。]|\.(?:\s|$)|$))"
)
#: words saying the name is not chosen yet ("名字还没想好", "name TBD"): no name, never those words as one
_NO_NAME_YET = re.compile(r"还没|没想|未定|待定|再说|回头|以后|想好|没定|暂无|随便|(?i:\bTBD\b|\blater\b|not\s+yet)")
#: a modal particle closing a Chinese name phrase ("就叫拾页社吧"): no part of the name
_ZH_PARTICLE_END = re.compile(r"[吧啊呀啦哈嘛呗了哦]+$")
#: "set up 'Night Owls DAO'", "DAO 'Tidepool'": a quoted name (a quoted ticker in capitals is the symbol's)
_NAME_QUOTED = re.compile(
    # ("`Open Lab`": backticks, as chat and issue trackers quote)
    r"(?:[\"“‘「『`]|(?<![A-Za-z])')([A-Za-z\u4e00-\u9fff][^\"'”’」』`\n]{1,40}?)(?:[\"”’」』`]|'(?![A-Za-z]))"
)
#: "no voting delay", "没有投票延迟", "voting starts right after proposing": a voting delay of zero days
_NO_DELAY = re.compile(
    r"\b(?:no|zero|without\s+(?:a|any)?)\s*(?:voting|vote)\s+delay\b|"
    r"\b(?:no|zero|without\s+(?:a|any)?)\s*(?:delay|wait(?:ing)?)\s+before\s+(?:the\s+)?(?:vote|voting)\b|\b(?:voting|vote)\s+delay\s*[:：=]?\s*(?:none|zero)\b|"
    r"\b(?:voting|votes?)\s+(?:starts?|opens?|begins?)\s+(?:right\s+away|immediately|at\s+once|"
    r"(?:right\s+|straight\s+|directly\s+)?(?:after|when|as\s+soon\s+as)\s+(?:proposing|a\s+proposal|the\s+proposal|"
    r"it\s+is\s+proposed|proposals?\s+(?:is|are)\s+(?:made|created|submitted)))|"
    r"(?:没有|无|不要|不设|不需要|不用|零)\s*投票延迟|投票延迟\s*[:：为是]?\s*(?:无|零|0\s*天?)(?![\d.])|"
    r"(?:提案后|提案之后)?\s*(?:立即|立刻|马上|直接)\s*(?:开始)?投票|投票(?:立即|立刻|马上|直接)开始",
    _I,
)
#: "no timelock", "没有时间锁": a timelock of zero days, said in words
_NO_TIMELOCK = re.compile(
    r"\b(?:no|without\s+(?:a|any)?)\s*time\s*-?\s*lock\b|(?:没有|无|不要|不设|不需要)\s*时间锁|时间锁\s*[:：]?\s*无", _I
)
#: the holders listed after a cue ("between me, Rina and Theo", "for me + Jun + Aiko", "DAO for 0x… and 0x…")
_HOLDER_CUE = re.compile(
    r"\b(?:between|among|for)\s+|\b(?:holders?|token\s*holders?)\s*(?:are|is|[:：=])\s*|"
    # "holders Anders and Ingrid", "initial holders me and Kai": the key word, then the names with no colon
    r"\b(?:initial\s+)?(?:token\s*)?holders?\s+(?=(?-i:[A-Z])|me\b|0x)|"
    r"\b(?:the\s+)?(?:tokens?|votes?|supply)\s+(?:(?:go|goes|are\s+split|split|divided)\s+)?(?:to|between|among)\s+|"
    r"(?:持有人|持币人|持幣人|分给|分給|发给|發給|给|給)\s*(?:是|为|為|[:：])?\s*|代[币幣](?=\s*(?:我|[\u4e00-\u9fffA-Z]))",
    _I,
)
#: a ratio of the supply among the holders: "40/30/30", "60:25:15"
_HOLDER_RATIO = re.compile(r"(?<![\d.:/])(\d+(?:\.\d+)?)((?:\s*[/:：]\s*\d+(?:\.\d+)?)+)(?![\d.:/])")
#: a verb of holding right after a counted list ("三个人拿着", "three of us hold them")
_HELD_AFTER = re.compile(r"\s*(?:拿着|持有|共同持有|共持|分着|hold|own|keep)", _I)
_EQUAL_VOTES = re.compile(
    r"\bequal(?:ly)?\s+(?:votes?|shares?|split|parts?|voting\s+power)\b|\bsplit\s+(?:equally|evenly)\b|"
    r"\bevenly\b|平分|均分|票数相同|投票权相同|各[占佔]一样",
    _I,
)
_KIND_WORDS = re.compile(
    r"\bDAOs?\b|\bgovern[oe]r\b|\bGovernor\b|\btimelock\b|去中心化自治组织|\bERC-?20(?:Votes)?\b", _I
)
_ALL_TO = re.compile(
    r"(?:all\s+(?:of\s+(?:it|them)\s+|the\s+)?(?:tokens?|votes?|supply|of\s+(?:it|them))?\s*"
    r"(?:(?:initially|at\s+first|for\s+now|to\s+start(?:\s+with)?|at\s+launch|first)\s+)?(?:go(?:es)?\s+)?to|"
    # "全部发行予本人", "全部归于我": the whole supply issued to the user (the formal register)
    r"(?:全部|全数|悉数)\s*(?:(?:发行|發行|分配|归属|歸屬)\s*(?:予|于|於|给|給)|授予|给予|分给|发给|归|歸|给|給|予)\s*|"
    r"(?:tokens?|votes?|supply)\s+all\s+(?:go(?:es)?\s+)?to|everything\s+(?:goes\s+)?to|"
    r"mint(?:ed)?\s+(?:everything|all)\s+to|"
    # "所有代币先给我", "全部的票都归老周": the whole supply, said with 所有 / 全部 and an adverb before the verb
    r"代币全部给|(?:所有|全部)的?(?:代币|币|票|通证)?\s*(?:都|先|全部|全|暂时|暂且|先全部)?\s*(?:给|发给|分给|归|打给|转给)|"
    r"都给)\s*",
    _I,
)
#: the user right after the whole-supply cue ("all to me", "所有代币先给我"), never "我们" or "我的"
_ME_AT = re.compile(r"(?:me|myself)\b|本人|我(?![们的])", _I)
#: "I keep all of them", "I'll hold the whole supply", "我全拿", "都归我": the user keeps the whole supply
_I_KEEP_ALL = re.compile(
    r"\bI(?:'ll|\s+will|\s+want\s+to|\s+would)?\s+(?:keep|hold|take|get|own)\s+(?:them\s+all|it\s+all|all\s+of\s+(?:them|it)|"
    r"all\s+(?:the\s+)?(?:tokens?|votes?|supply)|(?:the\s+)?whole\s+(?:supply|thing|lot)|everything|all)\b|"
    r"我(?:自己|一个人)?\s*(?:先|暂时|暂且)?\s*(?:全拿|全部拿着?|全都拿着?|全要|一个人拿着?|独占|全持有|"
    r"(?:拿着?|持有|留着)(?:所有|全部)的?(?:代币|币|票)?)|(?:全部|全都|都)(?:归|给)我(?![们的])",
    _I,
)
_EACH_HALF = re.compile(r"(.{1,12}?)各(?:占|佔|拿|持有|分|得)?(?:一半|半|50%)")
_HALF_EACH_TO = re.compile(
    r"(?:一半|half(?:\s+(?:of\s+)?the\s+(?:tokens|votes|supply))?)\s*(?:给|归|(?:go(?:es)?\s+)?to)\s*(?P<a>)(?:[^，,;；。]{1,24})"
    r"[，,;；]?\s*(?:and\s+)?(?:另)?(?:一半|(?:the\s+other\s+)?half)"
    r"\s*(?:给|归|(?:go(?:es)?\s+)?to)\s*(?P<b>)",
    _I,
)
_SHARE_VERB = r"(?:gets?|takes?|holds?|keeps?|receives?|拿|得|占|佔|持有|分到|留|要|[:：])"
_SHARE_NAME_BEFORE = re.compile(
    r"((?:0x[0-9a-fA-F]{40})|\b[A-Z][\w\-]*|\bme\b|我|[\u4e00-\u9fff]{2,3}?)\s*" + _SHARE_VERB + r"?\s*$"
)
_SELF_BEFORE = re.compile(r"(\bme\b|\bmyself\b|\bI\b|我自己|我本人|我)\s*(?:自己)?\s*" + _SHARE_VERB + r"?\s*$", _I)
_SYMBOL_GAP = re.compile(
    r"^\s*(?:tokens?|代币|coins?)?\s*(?:[,，:：(（x×/|]|[—–-]{1,2})?\s*(?:tokens?|代币)?\s*[(（]?\s*$", _I
)
_SYMBOL_CUE = re.compile(
    r"(?:\b(?:symbol|ticker|governance\s+token)\s*[:：=]?\s*|(?:治理代币|治理币|符号)\s*(?:叫|是|为|[:：])?\s*)$", _I
)
_NOT_SYMBOLS = frozenset({"DAO", "DAOS", "NFT", "ERC", "ERC20", "ID", "OK", "PLS"})


_ARTICLE = re.compile(r"\s*(?:个|套|家)\s*(?:新的?|小的?)?\s*(?:DAO|dao|治理|去中心化|社区|组织|自治)")


#: a quorum said as a share of the supply: "quorum a quarter", "quorum half", "法定人数四分之一"
_QUORUM_SHARE = re.compile(
    r"(?i:\bquorum\s*(?:of\s+|is\s+|[:：=]\s*)?(?P<en>half|a\s+half|one\s+half|a\s+quarter|one\s+quarter|a\s+fifth|"
    r"one\s+fifth|a\s+tenth|one\s+tenth|a\s+third|one\s+third|two\s+thirds|three\s+quarters)\b"
    r"(?:\s+of\s+(?:the\s+)?(?:supply|votes|tokens|total))?)"
    r"|(?:法定人数|投票门槛)\s*(?:为|是|[:：])?\s*(?P<zh>一半|半数|(?P<den>[二三四五六七八九十])分之(?P<num>[一二三四五六七八九]))"
    # "quorum 1/4", "法定人数 1/4": a fraction in digits (never "1/4 of the votes to propose": only after the cue)
    r"|(?i:\bquorum|法定人数)\s*(?:of\s+|is\s+|为|是|[:：=])?\s*(?P<frac>(?P<fn>\d{1,2})\s*/\s*(?P<fd>\d{1,3}))(?![\d/%])"
)
#: "half the shares must vote", "at least a quarter of the votes must take part", "一半的票要参与": a turnout, i.e.
#: the quorum (said after the share, not after the word quorum)
_TURNOUT = (
    r"(?i:\s+(?:of\s+)?(?:the\s+|all\s+(?:the\s+)?)?(?:votes|shares|tokens|supply|members|holders|voting\s+power)\s+"
    r"(?:must|should|need\s+to|needs\s+to|have\s+to|has\s+to|are\s+needed\s+to)\s+(?:vote|take\s+part|participate|"
    r"turn\s+out|be\s+cast|show\s+up|cast\s+(?:a\s+)?votes?))"
    r"|的?(?:票|代币|代幣|持币人|成员|投票权|人|会员|业主|住户)\s*(?:至少)?(?:要|必须|需要|得|都要)?(?:参与|参加|投票|出席)"
)
_TURNOUT_SHARE = re.compile(
    r"(?P<en>(?i:half|a\s+half|one\s+half|a\s+quarter|one\s+quarter|a\s+fifth|one\s+fifth|a\s+tenth|one\s+tenth|"
    r"a\s+third|one\s+third|two\s+thirds|three\s+quarters))(?=" + _TURNOUT + r")"
    r"|(?P<zh>一半|半数|(?P<den>[二三四五六七八九十])分之(?P<num>[一二三四五六七八九]))(?=" + _TURNOUT + r")"
)
_TURNOUT_AFTER = re.compile(_TURNOUT)
_EN_SHARE = {"half": (1, 2), "quarter": (1, 4), "fifth": (1, 5), "tenth": (1, 10), "third": (1, 3)}
_ZH_DIGITS = "一二三四五六七八九十"


def _quorum_share(s: Scan, params: dict[str, Any]) -> None:
    """The quorum as a share in words; a share with no whole percent (a third) is asked, never rounded."""
    m = _QUORUM_SHARE.search(s.text) or _TURNOUT_SHARE.search(s.text)
    if m is None or "quorum_pct" in params:
        return
    frac_said = m.groupdict().get("frac")
    if m.group("en"):
        words = m.group("en").lower().split()
        num = {"two": 2, "three": 3}.get(words[0], 1)
        base = words[-1].rstrip("s")
        frac = Fraction(num * _EN_SHARE[base][0], _EN_SHARE[base][1])
        start, end = m.start("en"), m.end()
    elif frac_said:
        frac = Fraction(int(m.group("fn")), int(m.group("fd")) or 1)
        start, end = m.start("frac"), m.end("frac")
    else:
        if m.group("den"):
            frac = Fraction(_ZH_DIGITS.index(m.group("num")) + 1, _ZH_DIGITS.index(m.group("den")) + 1)
        else:
            frac = Fraction(1, 2)
        start, end = m.start("zh"), m.end("zh")
    s.used.update(i for i, n in enumerate(s.numbers) if start <= n.start < end)
    pct = frac * 100
    if pct.denominator != 1 or not 0 < pct <= 100:
        s.flagged.append(
            Flagged(start, end, s.text[start:end], "the quorum is a whole percent in this governor: say which percent")
        )
        return
    _put(s, params, "quorum_pct", Decimal(pct.numerator), Span(start, end, s.text[start:end]), "a share of the supply")


def _clauses(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _CLAUSE.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


#: words of talk that say nothing ("um", "uh", "let's say", "嗯", "那个"): a clause of only these is a pause
_FILLER = re.compile(
    r"(?i:\b(?:um+|uh+|erm?|hmm+|like|so|well|let'?s\s+say|say|i\s+guess|maybe|the|a)\b)|嗯|呃|那个|就是|大概"
)


def _join_bare_cues(
    text: str, clauses: list[tuple[int, int]], cues: list[tuple[int, int, str]]
) -> list[tuple[int, int]]:
    """ "quorum, let's say 25 percent", "and the timelock, um, one day": a clause holding only a setting's cue
    (and words of talk) is joined to the next clause that says something, when that clause has no cue of its own."""

    def cues_in(c: tuple[int, int]) -> list[tuple[int, int, str]]:
        return [q for q in cues if c[0] <= q[0] and q[1] <= c[1]]

    def empty(a: int, b: int) -> bool:
        return not _FILLER.sub("", text[a:b]).strip(" \t,，")

    out: list[tuple[int, int]] = []
    i = 0
    while i < len(clauses):
        c = clauses[i]
        own = cues_in(c)
        if len(own) == 1 and empty(c[0], own[0][0]) and empty(own[0][1], c[1]):
            j = i + 1
            while j < len(clauses) and empty(*clauses[j]):
                j += 1  # "um": a pause between the cue and its value
            if j < len(clauses) and not cues_in(clauses[j]):
                out.append((c[0], clauses[j][1]))
                i = j + 1
                continue
        out.append(c)
        i += 1
    return out


def _clause_of(clauses: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    return next((c for c in clauses if c[0] <= pos < c[1]), (pos, pos))


def _cues(text: str, keys: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """Cue matches, the longest at any place winning (so "voting delay" is not also "voting")."""
    found = [(m.start(), m.end(), key) for key in keys for m in _CUES[key].finditer(text)]
    found.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[tuple[int, int, str]] = []
    for c in found:
        if any(o[0] <= c[0] < o[1] or c[0] <= o[0] < c[1] for o in out):
            continue
        out.append(c)
    if "voting_period_days" in keys:
        for m in _AND_LASTS.finditer(text):  # "voting starts right away and lasts 5 days": the vote lasts
            before = [c for c in out if c[1] <= m.start()]
            if (
                before
                and re.search(r"vot|投票", text[before[-1][0] : before[-1][1]], _I)
                and not any(c[0] < m.end("verb") and m.start("verb") < c[1] for c in out)
            ):
                out.append((m.start("verb"), m.end("verb"), "voting_period_days"))
        out.sort()
    return out


#: "… and lasts 5 days", "… then runs a week": how long the vote just named runs (its cue said before the "and")
_AND_LASTS = re.compile(r"(?i:\b(?:and|then)\s+(?:it\s+)?(?P<verb>lasts?|runs?|stays?\s+open|remains?\s+open)\b)")


#: after a fraction word: what it is a share of ("a quarter of the votes"), so it is no length of time
_SHARE_OF = re.compile(
    r"\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?(?:votes|supply|tokens|shares|members|holders|voting)\b", _I
)
#: "一户一百个", "每人 100 个": an amount for each member, the count of the members included
_PER_MEMBER_AMOUNT = re.compile(
    r"(?:一户|每户|每人|每位|每个(?:人|成员|会员|业主))\s*(?:发|分|给|拿|持有|有)?\s*[\d一二两三四五六七八九十百千万.,]+\s*(?:个|枚|票)?"
)
#: a count of people right after a number ("一个人", "12 members"): never the supply
_PEOPLE_AFTER = re.compile(
    r"\s*(?:个|位|名)?\s*(?:人(?!民币)|户|家(?:人|庭)|people\b|persons\b|members\b|of\s+us\b|"
    r"households?\b|families\b|residents\b|employees\b|-?\s*(?:person|member|people|household|strong)\b)",
    _I,
)
#: a year: "since 2019", "back in 1987", "成立于2019年" (a date of the story, never a supply or a setting)
_YEAR_BEFORE = re.compile(r"(?i:\b(?:in|since|of|from|until|till|by|back\s+in|circa|year)\s+)$|(?:于|在|从|自)\s*$")
_YEAR_AFTER = re.compile(r"\s*年(?!化|度?\s*[\d一二两三四五六七八九十])")
#: "一户一百个", "每人 100 个", "per member": what each member gets, before the number
_PER_MEMBER = re.compile(
    r"(?:一户|每户|每人|每位|每个(?:人|成员|会员|业主)|\bper\s+(?:member|household|person|head)\s*)\s*$", _I
)
#: "there'd be 12,000 of them", "one thousand of them": how many of the tokens just named
_OF_THEM = re.compile(r"\s+of\s+them\b", _I)


def _is_year(text: str, n: Any) -> bool:
    """ "since 2019", "in 1987", "2024年": a four-digit year of the story, written as a year is written."""
    if not re.fullmatch(r"(?:19|20|21)\d\d", n.text):
        return False
    return bool(_YEAR_BEFORE.search(text[max(0, n.start - 12) : n.start]) or _YEAR_AFTER.match(text, n.end))


def _owns_number(s: Scan, clause: tuple[int, int], n: Any, cues: list[tuple[int, int]]) -> bool:
    """True when one of the (proposal) cues of the clause stands next to ``n`` with no other number between them
    ("proposal needs 1000", "1000 votes to propose"); in a clause of many settings ("1m supply q 3% … proposal needs
    1000") the cue owns only its own number."""
    for a, b in cues:
        lo, hi = (b, n.start) if b <= n.start else (n.end, a) if a >= n.end else (n.start, n.start)
        if not any(lo <= m.start < hi for m in s.numbers if m is not n):
            return True
    return False


_KEY_VALUE_GAP = re.compile(r"[\w\-]*\s*[:：=]\s*")
#: only the fillers of speech between a cue and the value after it ("quorum like five percent", "voting uh three
#: days"): the value is the cue's, even when the next cue stands closer after it (a note with no commas)
_FILLER_GAP = re.compile(r"\s+(?:(?:uh+|um+|erm?|like|about|around|roughly|maybe|approximately)\s+)+", _I)


def _nearest(
    cues: list[tuple[int, int, str]], clause: tuple[int, int], start: int, end: int, text: str = ""
) -> str | None:
    for c_start, c_end, key in cues:  # "voting_period=7d timelock=2d": the key right before "=" owns the value
        if clause[0] <= c_start and c_end <= start and _KEY_VALUE_GAP.fullmatch(text, c_end, start):
            return key
    for c_start, c_end, key in cues:  # "quorum like five percent voting uh three days": the cue, fillers, its value
        if clause[0] <= c_start and c_end <= start and _FILLER_GAP.fullmatch(text, c_end, start):
            return key
    best: tuple[int, str] | None = None
    for c_start, c_end, key in cues:
        if c_start < clause[0] or c_end > clause[1]:
            continue
        gap = start - c_end if c_end <= start else c_start - end if c_start >= end else 0
        if best is None or gap < best[0]:
            best = (gap, key)
    return best[1] if best else None


_CONFLICTS = "_conflicts"


def _put(s: Scan, params: dict[str, Any], key: str, value: Any, span: Span, rule: str) -> None:
    """Set ``key``; a second, different value for the same key makes the setting a conflict: both are left
    unread at the end (``_settle``), so the accounting asks about each instead of one silently winning."""
    params.setdefault(_CANDIDATES, {}).setdefault(key, []).append((value, span, rule))
    if key in params and params[key] != value:
        params.setdefault(_CONFLICTS, set()).add(key)
        return
    params[key] = value
    s.evidence[key] = Evidence("text", rule, (span,))


_SETTLED = "_settled"


#: where each setting was read, every time (``_put``): a conflict may still have one value said as a statement
_CANDIDATES = "_candidates"
#: a sentence that asks about a value rather than setting it: "If we did quorum 10%, would that be too low?"
_ASKING = re.compile(
    r"^\s*(?:(?i:what\s+if|if|would|should|could|is|are|do|does|can|was|hypothetically|suppose)\b|如果|要是|假如|假设|假設)"
)
_SENTENCE_END = re.compile(r"[.!?。！？\n]")


def _in_question(text: str, span: Span) -> bool:
    """True when ``span`` stands in a sentence that is a question about a value (it opens with "if", "would",
    "如果"… and closes with a question mark): the user is wondering, not setting it."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, span.start)), default=0)
    end_m = _SENTENCE_END.search(text, span.end)
    return end_m is not None and end_m.group(0) in "?？" and _ASKING.match(text, start) is not None


#: a question about a value rather than a setting of it: "would 10% be too low?", "is quorum 10% enough?", "what
#: about 10%?", "法定人数 10% 够吗？"
_WONDERING = re.compile(
    r"(?i:\b(?:would|should|could|what\s+about|how\s+about|what\s+if|is\s+(?:that|it|this)|too\s+(?:low|high|short|"
    r"long|much|little)|enough|suggest|recommend|good\s+idea|make\s+sense|reasonable|ok\s+for)\b)|吗|够不够|行不行|好不好|合适|合理"
)
_CLAUSE_END = re.compile(r"[,;，；、]")
_ASKED_KEYS = ("quorum_pct", "voting_period_days", "voting_delay_days", "timelock_delay_days", "supply")
_ASK_WONDERED = (
    "'{w}' was asked about, not set: what should it be?",
    "“{w}”是在问，而不是定下来：应该定为多少？",
)


def _wondered(text: str, span: Span) -> bool:
    """``span`` stands in a sentence that closes with a question mark and its clause wonders about the value (the
    asking words of ``_in_question`` at the clause's start, or "would", "too low", "enough", "吗" in it)."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, span.start)), default=0)
    end_m = _SENTENCE_END.search(text, span.end)
    if end_m is None or end_m.group(0) not in "?？":
        return False
    # only the value's own clause: "Could you make a DAO, token X, quorum 10%, voting 5 days?" sets them all
    start = max([start, *(m.end() for m in _CLAUSE_END.finditer(text, start, span.start))])
    stop = min([end_m.end(), *(m.start() for m in _CLAUSE_END.finditer(text, span.end, end_m.start()))])
    return _ASKING.match(text, start) is not None or _WONDERING.search(text, start, stop) is not None


def _asked_only(s: Scan, params: dict[str, Any]) -> None:
    """ "…, timelock 2 days. Would a 10% quorum be too low?": a value said only inside a question is the user
    wondering, never the setting; it is taken out and asked (a conflict with a stated value is settled earlier)."""
    for key in _ASKED_KEYS:
        ev = s.evidence.get(key)
        if key not in params or ev is None or ev.source != "text" or not ev.spans:
            continue
        if all(_wondered(s.text, sp) for sp in ev.spans):
            params.pop(key)
            s.evidence.pop(key)
            sp = ev.spans[0]
            s.unsure.append(Unsure(key, sp.start, sp.end, sp.words, *_ASK_WONDERED))


def _said_not_asked(s: Scan, params: dict[str, Any], key: str) -> bool:
    """A conflict settled by the one value said as a statement, the others only asked about in a question ("If we
    did quorum 10% would that be too low? Anyway: quorum 15%" is 15%): True when settled (kept, cited)."""
    cands = params.get(_CANDIDATES, {}).get(key, [])
    stated = [c for c in cands if not _in_question(s.text, c[1])]
    if len(stated) == len(cands) or len({v for v, _, _ in stated}) != 1:
        return False
    value, span, rule = stated[-1]
    params[key] = value
    s.evidence[key] = Evidence("text", rule + " (the other value was only asked about)", (span,))
    for _, asked, _ in cands:
        if _in_question(s.text, asked):
            s.ignored.append(Ignored(asked.start, asked.end, asked.words, "a value only asked about, in a question"))
            s.used.update(i for i, n in enumerate(s.numbers) if asked.start <= n.start < asked.end)
    return True


#: a forum post's later edit ("EDIT: quorum 6%", "Update 2: …", "更新：法定人数改成 8%"), at a line's start or
#: after a sentence or a bracket opens
_EDIT_MARK = re.compile(
    r"(?:^|(?<=\n)|(?<=[.。!！(（])|(?<=[.。!！]\s))[ \t>*_~#\-]*"
    r"(?:(?i:edit(?:ed)?|update[ds]?|upd|eta|revised|revision|amended|correction)(?![a-z])|修改|更新|编辑|編輯|补充|補充|更正)"
    r"[ \t]*(?:\d{1,2}[ \t]*)?(?:\*\*|__)?[ \t]*[:：\-—–]"
)


def _edited_later(s: Scan, params: dict[str, Any], key: str) -> bool:
    """ "Quorum 4% … EDIT: after the call we agreed quorum 6%": a forum post whose later edit restates a setting; the
    edit replaces every value said before its mark (True when settled). Why: an edit is the author's own correction,
    so asking "4% or 6%?" would be noise, but only a value after the last edit mark wins, never the first said."""
    cands = params.get(_CANDIDATES, {}).get(key, [])
    marks = [m.start() for m in _EDIT_MARK.finditer(s.text)]
    if len(cands) < 2 or not marks:
        return False
    mark = max((m for m in marks if m < cands[-1][1].start), default=None)
    if mark is None:
        return False
    after = [c for c in cands if c[1].start >= mark]
    before = [c for c in cands if c[1].start < mark]
    if not before or len({v for v, _, _ in after}) != 1:
        return False
    value, span, rule = after[-1]
    params[key] = value
    s.evidence[key] = Evidence("text", rule + " (a later edit of the post)", (span,))
    for _, old, _ in before:
        s.ignored.append(Ignored(old.start, old.end, old.words, SUPERSEDED))
        s.used.update(i for i, n in enumerate(s.numbers) if old.start <= n.start < old.end)
    return True


def _settle(s: Scan, params: dict[str, Any], spans_of: dict[str, list[Span]]) -> None:
    conflicts = {
        k
        for k in params.pop(_CONFLICTS, set())
        if not _edited_later(s, params, k) and not _said_not_asked(s, params, k)
    }
    params.pop(_CANDIDATES, None)
    params[_SETTLED] = set(conflicts)  # what the words read two ways: a setting may not settle it alone
    for key in conflicts:
        params.pop(key, None)
        s.evidence.pop(key, None)
        s.used.difference_update(
            i for i, n in enumerate(s.numbers) if any(sp.start <= n.start < sp.end for sp in spans_of.get(key, []))
        )


def _durations(s: Scan) -> list[tuple[int, int, str, Decimal, int | None]]:
    """(start, end, text, days, number index to mark used) for days/weeks/months, hours and half days."""
    out: list[tuple[int, int, str, Decimal, int | None]] = []
    taken: list[tuple[int, int]] = []
    halves = [(m.start(), m.end()) for m in _HALF_DAY.finditer(s.text)]
    for d in s.durations:
        if d.frequency:
            continue
        if any(a < d.end and d.start < b for a, b in halves):
            continue  # "half a day": the shared grammar reads "a day" inside it; the half day is read below
        if _SHARE_OF.match(s.text, d.end):
            continue  # "a quarter of the votes": a share of the supply, never three months

        half = _HALF_OF.search(s.text[: d.start])
        if half and "half" not in d.text.lower() and d.unit in ("day", "week"):
            # "half a week": a half of the length the shared grammar read after it, exactly (never the whole)
            start = half.start()
            out.append((start, d.end, s.text[start : d.end], Decimal(d.days) / 2, None))
            taken.append((start, d.end))
            continue
        taken.append((d.start, d.end))
        days: Decimal | None = Decimal(d.days)
        if d.unit == "hour":  # the shared grammar rounds hours to 6 places of a day: recompute exactly, or ask
            days = _exact_days(Fraction(Decimal(d.count)) / 24)
        if days is not None:
            out.append((d.start, d.end, d.text, days, None))

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in taken)

    for m in _HOURS.finditer(s.text):
        if not free(m.start(), m.end()):
            continue
        days = _exact_days(Fraction(Decimal(m.group(1))) / 24)
        if days is None:
            continue  # "7 hours" has no exact value in decimal days: left unread, so it is asked, never rounded
        index = next((i for i, n in enumerate(s.numbers) if n.start == m.start(1)), None)
        out.append((m.start(), m.end(), m.group(0), days, index))
        taken.append((m.start(), m.end()))
    for m in _DAYS_ABBR.finditer(s.text):  # "7d", "2d", "2w": the abbreviations of a key=value list
        if not free(m.start(), m.end()):
            continue
        days = Decimal(m.group(1)) * (7 if m.group(2).lower() == "w" else 1)
        index = next((i for i, n in enumerate(s.numbers) if n.start == m.start(1)), None)
        out.append((m.start(), m.end(), m.group(0), days, index))
        taken.append((m.start(), m.end()))
    for m in _HALF_DAY.finditer(s.text):
        if free(m.start(), m.end()):
            index = next((i for i, n in enumerate(s.numbers) if m.start() <= n.start < m.end()), None)
            out.append((m.start(), m.end(), m.group(0), Decimal("0.5"), index))
            taken.append((m.start(), m.end()))
    for m in _TRAD_WEEKS.finditer(s.text):  # "投票一週", "兩個禮拜", "兩天": the traditional script
        n = next((x for x in s.numbers if x.start == m.start() and x.end <= m.end()), None)
        count = n.value if n is not None else Decimal(2) if m.group("n") == "兩" else None
        if count is None or not free(m.start(), m.end()) or count != count.to_integral_value():
            continue
        days = count * (1 if m.group("u") in ("天", "日") else 7)
        out.append((m.start(), m.end(), m.group(0), days, s.numbers.index(n) if n is not None else None))
        taken.append((m.start(), m.end()))
    return sorted(out)


#: weeks written in the traditional script, which the shared duration grammar does not read
_TRAD_WEEKS = re.compile(
    r"(?P<n>\d+|[一二兩两三四五六七八九十]+)\s*(?:個|个)?\s*(?P<u>週|禮拜|星期(?![一二三四五六日天末])|(?<=兩)天|(?<=兩)日)"
)


def _exact_days(value: Fraction) -> Decimal | None:
    """``value`` as an exact Decimal, or None when it has no finite decimal form (7 hours = 7/24 day)."""
    rest = value.denominator
    for prime in (2, 5):
        while rest % prime == 0:
            rest //= prime
    if rest != 1:
        return None
    return Decimal(value.numerator) / Decimal(value.denominator)


#: the words that introduce this DAO's ticker ("token SKC", "ticker: AID", "代号 XING", "代币叫 HUA")
_TICKER_CUE = re.compile(
    r"(?:\b(?:symbol|ticker|token|governance\s+token|vote\s+token|voting\s+token)\s*(?:is\s+|called\s+|[:：=]\s*)?|"
    r"(?:治理代币|治理币|代币|代號|代号|符号)\s*(?:叫|是|为|[:：])?\s*)$",
    _I,
)
#: what follows a capitalised abbreviation that is part of a name or a description ("SK Council", "NGO DAO")
_CAPS_IN_NAME = re.compile(r"[ \t]+(?:DAO\b|dao\b|[A-Z][a-z])")


def _before_ticker_again(s: Scan, params: dict[str, Any], end: int) -> bool:
    """A whole number right before the DAO's ticker said again later ("FERN DAO with 10,000,000 FERN"): so many
    tokens, the supply."""
    symbol = params.get("symbol")
    return symbol is not None and any(
        t.symbol == symbol and t.start >= end and re.fullmatch(r"[ \t]+", s.text[end : t.start]) is not None
        for t in s.tokens
    )


def _without_name_caps(s: Scan, tickers: list[Any]) -> list[Any]:
    """ "DAO for the SK Council, token SKC", "NGO DAO, token AID": where one ticker is introduced as the token, an
    all-caps word before it that opens a name or describes the DAO ("SK Council", "NGO DAO") is no second ticker.
    An uncued ticker after the cued one, standing alone, still conflicts (asked)."""
    cued = [t for t in tickers if _TICKER_CUE.search(s.text[max(0, t.start - 20) : t.start])]
    if not cued or len({t.symbol for t in cued}) != 1:
        return tickers
    kept = []
    for t in tickers:
        if t in cued or not (t.start < cued[0].start or _CAPS_IN_NAME.match(s.text, t.end)):
            kept.append(t)
        else:
            s.ignored.append(Ignored(t.start, t.end, t.text, "an abbreviation in a name or description, no ticker"))
    return kept


def _symbol(s: Scan, params: dict[str, Any]) -> tuple[int, int] | None:
    refs = reference_spans(s.text)
    tickers = [
        t
        for t in s.tokens
        if t.text.isupper()
        and not any(a <= t.start < b for a, b in refs)  # the "FC" of "ref. FC/2026/31" names a paper, no token
        and t.symbol.upper() not in _NOT_SYMBOLS
        # "治理代币 MAKER": a ticker that is also a known token's name is this DAO's symbol when a cue names it so
        and (not t.known or _SYMBOL_CUE.search(s.text[max(0, t.start - 12) : t.start]))
    ]
    if not tickers:
        return None
    tickers = _without_name_caps(s, tickers)
    first = tickers[0]
    if first.known:
        first = type(first)(first.text, first.start, first.end, first.text, first.known)
    _put(s, params, "symbol", first.symbol, Span(first.start, first.end, first.text), "the governance token's ticker")
    for other in tickers[1:]:
        if other.symbol != first.symbol:
            _put(s, params, "symbol", other.symbol, Span(other.start, other.end, other.text), "a second ticker")
    return first.start, first.end


#: "Elmwood Tenants Union DAO: …" (the name right before the kind's word), "a DAO — Harbor Lights — symbol …"
#: (the name set off by a dash or colon right after it), "for my discord (the Velvet Room)" (a name in brackets
#: after what the DAO is for)
_NAME_BEFORE_DAO = re.compile(r"(?<![\w'])((?:[A-Z][\w'&-]*\s+){0,5}[A-Z][\w'&-]*)\s+DAO\b(?!\s+(?:token|tokens)\b)")
_NAME_AFTER_DAO = re.compile(
    # ("DAO: Farm Co-op Union (FCU)": the hyphen of "Co-op" is no dash, and the ticker's bracket ends the name)
    r"(?i:\bDAO)\s*(?:[—–:]|--?)\s*[\"'“‘]?((?:[A-Z][\w'&-]*)(?:\s+[A-Z][\w'&-]*){0,5})[\"'”’]?"
    r"(?<!-)\s*(?:[—–,，;；/|｜(（]|--?(?![A-Za-z])|$)"
)
#: "create DAO Mekong Fishers (MKF)", "DAO Kampala Runners, KRN, …": the name right after the kind's word, then its
#: ticker in brackets or as the next segment
_NAME_DAO_TICKER = re.compile(
    r"(?i:\bDAO)\s+((?:[A-Z][\w'&-]*)(?:\s+[A-Z][\w'&-]*){0,5})"
    r"\s*(?:[(（]\s*\$?[A-Z][A-Z0-9]{1,10}\s*[)）]|[,，]\s*\$?[A-Z][A-Z0-9]{1,10}\s*(?:[,，;；.]|$))"
)
#: "dao GuildHall GHL 500k supply": a terse spec, the name, its ticker in capitals, then a number; read only when the
#: ticker starts with the name's first letter ("DAO Lagos NGO 5000": NGO may be part of the name, so it is asked)
_NAME_DAO_BARE_TICKER = re.compile(
    r"(?i:\bDAO)\s+((?:[A-Z][\w'&-]*[a-z])(?:\s+[A-Z][\w'&-]*[a-z]){0,4})\s+\$?(?P<t>[A-Z][A-Z0-9]{1,10})\s+\d"
)
#: the verbs of creating before "Auction House DAO", and the keys of a name ("name: Corner Shop DAO"): the word DAO
#: is then part of the name as written, never the kind's label ("Lantern DAO, LNTN, …" opening a note is the label)
_MAKES_NAMED = re.compile(
    r"(?i:\b(?:set\s+up|setting\s+up|launch(?:ing)?|create|creating|start(?:ing)?|build(?:ing)?|deploy(?:ing)?|"
    r"make|making|spin\s+up|found|form|register)\s+(?:(?:a|an|the|our|my|new)\s+)*|"
    r"\bname\s*(?:is\s+|[:：=]\s*|\s))$"
)
#: "We are the Maple Lane Residents Association and would like a DAO", "我们是星火社区": who the DAO is for
_NAME_WE_ARE = re.compile(
    r"(?i:\bwe(?:'re|\s+are)\s+(?:the\s+)?)((?-i:[A-Z][\w'&-]*)(?:\s+(?-i:[A-Z][\w'&-]*)){1,5})"
    r"|(?:建|创建|搞)?(?:一个)?DAO\s*[:：]\s*((?:(?!代币|治理|投票|法定|符号|总量)[\u4e00-\u9fff]){2,10})(?=\s*[，,])"
)
#: "Ferry Lane Allotment Society wants a DAO": capitalised words that open a sentence and want the DAO
_NAME_WANTS = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[,;:]\s)(?:the\s+)?)((?:[A-Z][\w'&-]*\s+){0,5}[A-Z][\w'&-]*)\s+"
    r"(?:wants?|would\s+like|needs?|is\s+looking\s+for)"
    r"\s+(?:a|an|its\s+own|their\s+own)\s+(?:new\s+|little\s+|small\s+)?DAO\b"
)
_NAME_BRACKET = re.compile(
    r"\bfor\s+(?:the|our|my)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*[(（]\s*(?:the\s+)?"
    r"((?:[A-Z][\w'&-]*)(?:\s+[A-Z][\w'&-]*){0,5})\s*[)）]"
)
#: "**[RFC] Tidewater Collective governance**", "# Harbor Guild charter": a forum post's title line naming whose
#: governance it sets (only the first line, only before governance / charter / constitution)
_NAME_TITLE = re.compile(
    r"\A[ \t#*_>]*(?:\[[^\]\n]{1,20}\][ \t]*)?(?:(?i:proposal|rfc|draft|pre-?proposal)[ \t]*[:：\-—–][ \t]*)?"
    r"((?:[A-Z][\w'&-]*[ \t]+){0,5}[A-Z][\w'&-]*)[ \t]+(?i:governance|charter|constitution)\b[^\n]{0,40}$",
    re.M,
)
_NOT_NAME_START = frozenset(
    [
        "a",
        "an",
        "the",
        "my",
        "our",
        "spin",
        "set",
        "make",
        "create",
        "start",
        "build",
        "launch",
        "deploy",
        "new",
        "please",
        "pls",
        "hey",
        "hi",
        "ok",
        "so",
        "i",
        "we",
        "governance",
        "governor",
        "voting",
        "token",
        # the same opening words in Malay, Indonesian, Spanish and Portuguese ("Buat DAO nama …", "Crear DAO …")
        "buat",
        "bikin",
        "membuat",
        "tolong",
        "sila",
        "nak",
        "mau",
        "mahu",
        "saya",
        "kami",
        "crear",
        "crea",
        "criar",
        "cria",
        "quiero",
        "quero",
        "hacer",
        "fazer",
    ]
)


def _name_before_dao(text: str, m: re.Match[str]) -> tuple[int, str] | None:
    """The name written before the word DAO: the verbs and articles that open the words dropped ("Launch Harbor
    Arts DAO" is Harbor Arts), and the word DAO kept as part of the name after a verb of creating or a name's key
    ("Set up Auction House DAO, ticker AHD" is named Auction House DAO); None when no name is left."""
    words = m.group(1).split()
    at = m.start(1)
    while words and words[0].lower() in _NOT_NAME_START:
        at = text.index(words[0], at) + len(words[0])
        words = words[1:]
    if not words or words[0].lower() in ("up", "dao") or (len(words) == 1 and words[0].isupper()):
        return None  # "launch FERN DAO", "NGO DAO": a ticker or an abbreviation, never a name said
    at = text.index(words[0], at)
    name = " ".join(words)
    if _MAKES_NAMED.search(text[max(0, at - 40) : at]):
        name += " DAO"
    return at, name


def _name_at_dao(s: Scan, params: dict[str, Any]) -> bool:
    text = s.text
    rules = (
        _NAME_BEFORE_DAO,
        _NAME_AFTER_DAO,
        _NAME_DAO_TICKER,
        _NAME_DAO_BARE_TICKER,
        _NAME_BRACKET,
        _NAME_WE_ARE,
        _NAME_WANTS,
        _NAME_TITLE,
    )
    for rx in rules:
        for m in rx.finditer(text):
            g = 1 if m.group(1) else 2
            if rx is _NAME_DAO_BARE_TICKER and m.group("t")[0] != m.group(1)[0]:
                continue  # a ticker not spelled from the name may be a word of it
            if rx in (_NAME_WE_ARE, _NAME_BRACKET) and _NAME_GOES_ON.match(text, m.end(g)):
                continue  # a name cut short is no name
            if rx is _NAME_BEFORE_DAO:
                found = _name_before_dao(text, m)
                if found is None:
                    continue
                at, words = found
                params["name"] = words
                end = text.index("DAO", at) + 3 if words.endswith(" DAO") else at + len(words)
                s.cite("name", at, end, "the DAO's name, next to the word DAO")
                s.name_spans[words] = Span(at, end, text[at:end])
                return True
            words = m.group(g).strip()
            first = words.split()[0].lower()
            if first in _NOT_NAME_START or (words.isupper() and " " not in words):
                continue
            at = m.start(g)
            params["name"] = words
            s.cite("name", at, at + len(words), "the DAO's name, next to the word DAO")
            s.name_spans[words] = Span(at, at + len(words), words)
            return True
    return False


#: a capitalised word right after a name read: the name goes on past the words read ("… Welfare Association")
_NAME_GOES_ON = re.compile(r"[ \t]+(?:of[ \t]+|&[ \t]+)?[A-Z][a-z]|[ \t]+\d+[A-Za-z]{1,2}[ \t]+[A-Z][a-z]")


def _quoted_ticker(words: str) -> bool:
    """A quoted word in capitals ("`OLB`", "'HART'") is the symbol's, never the DAO's name."""
    return words.isupper() and len(words) <= 11 and " " not in words


def _name(s: Scan, params: dict[str, Any]) -> None:
    """The DAO's name, in Latin letters or Chinese; a Chinese one settled at its edges (``_zh_name``)."""
    _name_rules(s, params)
    _zh_name(s, params)


def _zh_name(s: Scan, params: dict[str, Any]) -> None:
    """A Chinese name read up to its next key or clause mark, joined over the spaces between its words ("名称 电竞
    联盟 代号 ESPL", "名 港漂 議會，代號 HKDAO"), and the one said again after a correction ("叫 小熊 不对 叫 熊猫");
    with no name read, the words after 名称/名字/叫 written with spaces (``ledgerlm.language.plain.cjk_name``)."""
    name = params.get("name")
    if isinstance(name, str) and not re.search(r"[\u4e00-\u9fff]", name[:1] + name[-1:]):
        return
    old = s.name_spans.pop(name, None) if isinstance(name, str) else None
    got = cjk_name(s, "name", name if isinstance(name, str) else None)
    ev = s.evidence.get("name")
    if got is None or ev is None or not ev.spans:
        if isinstance(name, str) and old is not None:
            s.name_spans[name] = old
        if got is None and isinstance(name, str):
            params.pop("name", None)
        return
    params["name"] = got
    s.name_spans[got] = ev.spans[0]


def _name_rules(s: Scan, params: dict[str, Any]) -> None:
    text = s.text
    for rx in (_NAME_CALLED, _NAME_KEY, _NAME_FOR):
        for m in rx.finditer(text):
            if _NAME_GOES_ON.match(text, m.end()):
                continue  # more capitalised words than a name read here holds: never a name cut short
            words = m.group(1).strip().rstrip("'’")
            if words.upper() == words and len(words) <= 11:  # "for GUILD holders": a ticker, not a name
                continue
            if words.split()[0].lower() in ("dao", "governance"):
                continue
            suffix = m.group(2) if rx is _NAME_FOR else None
            name = words + (" " + suffix.title() if suffix else "")
            end = m.end(2) if suffix else m.start(1) + len(words)
            params["name"] = name
            s.cite("name", m.start(1), end, "the DAO's name")
            s.name_spans[name] = Span(m.start(1), end, text[m.start(1) : end])
            return
    q = next((q for q in _NAME_QUOTED.finditer(text) if not _quoted_ticker(q.group(1))), None)
    if q:
        params["name"] = q.group(1).strip()
        s.cite("name", q.start(1), q.end(1), "the DAO's name, in quotes")
        s.name_spans[params["name"]] = Span(q.start(1), q.end(1), q.group(1))
        return
    zm = _NAME_ZH.search(text)
    if zm and _NO_NAME_YET.search(zm.group(1)):
        # "名字还没想好": the name is not chosen; nothing is read (the DAO is named after its symbol, said so)
        s.ignored.append(Ignored(zm.start(), zm.end(), zm.group(0), "the name is not chosen yet"))
        return
    if zm:
        name = _ZH_PARTICLE_END.sub("", zm.group(1).strip())
        # "叫 DIMSUM" in capitals is a ticker (the symbol's reader has it), never the DAO's name as well
        if len(name) >= 2 and not (name.isascii() and name.isupper() and " " not in name):
            end = zm.start(1) + len(zm.group(1).rstrip()) - (len(zm.group(1).strip()) - len(name))
            params["name"] = name
            s.cite("name", zm.start(1), end, "the DAO's name after 名为/叫")
            s.name_spans[name] = Span(zm.start(1), end, text[zm.start(1) : end])
            return
    _name_at_dao(s, params)


def _holders_by_percent(s: Scan, params: dict[str, Any], free_pcts: list[int]) -> list[int]:
    """ "Alice 50% Bob 30% Carol 20%", "50% to Alice": percents each attached to a holder's name."""
    names = {n.start: n for n in s.names}
    pairs: list[tuple[int, str, Span]] = []
    for i in free_pcts:
        n = s.numbers[i]
        after = re.match(r"\s*(?:(?:goes\s+|go\s+|is\s+)?(?:to|for)\b|给|归)\s*", s.text[n.end :], _I)
        found = None
        if after:
            pos = n.end + after.end()
            nm = names.get(pos)
            hit = read_person(s.text, pos) if nm is None else None
            if hit is not None and hit.name != "me":  # "the other 60% goes to (the club treasurer) Mrs. Adeyemi"
                found = (hit.name, Span(hit.start, hit.end, hit.text))
            addr = next((a for a in s.addresses if a.start == pos), None)
            if nm is not None:
                found = (nm.text, Span(nm.start, nm.end, nm.text))
            elif addr is not None:
                found = (addr.address, Span(addr.start, addr.end, addr.text))
        if found is None:
            me = re.match(r"\s*(me\b|我)", s.text[n.end :], _I)  # "50% me"
            if me:
                found = ("me", Span(n.end + me.start(1), n.end + me.end(1), me.group(1)))
        if found is None:
            head = s.text[max(0, n.start - 44) : n.start]
            lead = _SELF_BEFORE.search(head) or _SHARE_NAME_BEFORE.search(head)
            if lead:
                start = n.start - len(head) + lead.start(1)
                word = lead.group(1)
                # "Wei Ling 40%": the word before the share may be the last of a name of several words
                nm = next((x for x in s.names if x.start <= start < x.end), None)
                addr = next((a for a in s.addresses if a.start == start), None)
                if addr is not None:
                    found = (addr.address, Span(addr.start, addr.end, addr.text))
                elif nm is not None:
                    found = (nm.text, Span(nm.start, nm.end, nm.text))
                elif word.lower() in ("me", "myself", "i", "我", "我自己", "我本人"):
                    found = ("me", Span(start, start + len(word), word))
                else:  # "老孟拿 20%": a name the scanner did not list, read where it stands
                    hit = read_name(s.text, start)
                    if hit is not None and hit.start == start and hit.name != "me":
                        found = (hit.name, Span(hit.start, hit.end, hit.text))
        if found is not None:
            pairs.append((i, found[0], found[1]))
    if len(pairs) < 1 or len({p for _, p, _ in pairs}) != len(pairs):
        return []
    if sum((s.numbers[i].value for i, _, _ in pairs), Decimal(0)) != 100:
        return []  # percents that do not split the whole supply are not read as the holders' split: asked
    params["holders"] = [p for _, p, _ in pairs]
    params["holder_shares"] = [s.numbers[i].value for i, _, _ in pairs]
    for _, name, span in pairs:
        s.name_spans[name] = span
    s.evidence["holder_shares"] = Evidence(
        "text",
        "a percent of the supply for each holder",
        tuple(Span(s.numbers[i].start, s.numbers[i].end, s.numbers[i].text) for i, _, _ in pairs),
    )
    return [i for i, _, _ in pairs]


#: "holders=me:60,0x…:40", "holders: me=50; Ana=50": a key for the holders, then "who:part" items
_HOLDERS_KEY = re.compile(r"(?i:\b(?:initial\s+)?(?:holders?|allocations?|distribution)\b)|持有人|初始分配|分配", _I)
_HOLDER_ITEM = re.compile(
    r"[ \t]*(?P<who>0x[0-9a-fA-F]{40}|(?i:me|myself)\b|[A-Z][\w'\-]*|[a-z][a-z'\-]{1,20}|[\u4e00-\u9fff]{2,4})"
    # "me:60", "me 50%": a colon, or a blank before a percent
    r"(?:[ \t]*[:=：][ \t]*|[ \t]+(?=\d{1,3}(?:\.\d+)?[ \t]*[%％]))"
    r"(?P<v>\d{1,3}(?:\.\d+)?)(?![\d.])[ \t]*(?P<pct>%|％)?"
)
_ITEM_SEP = re.compile(r"[ \t]*[,，;；/、][ \t]*")


def _holders_setting(s: Scan, params: dict[str, Any]) -> None:
    """ "holders=me:60,0x…:40": a holders key and "who:part" items, the parts adding up to 100 (percents of the
    supply). Read here as a whole, because the number grammar alone may glue "60,0" across an item's end."""
    for key in _HOLDERS_KEY.finditer(s.text):
        gap = re.match(r"[ \t]*[=:：][ \t]*", s.text[key.end() :])
        if gap is None:
            continue
        pos = key.end() + gap.end()
        items: list[tuple[str, Span, Decimal, Span]] = []
        while True:
            m = _HOLDER_ITEM.match(s.text, pos)
            if m is None:
                break
            raw = m.group("who")
            if raw.islower() and raw not in ("me", "myself"):
                # "joanna 50%": a lower-case name the name reader knows as no common word
                low = read_name(s.text, m.start("who"), allow_me=False, lower=True)
                if low is None or low.start != m.start("who") or low.end != m.end("who"):
                    break
            who = "me" if raw.lower() in ("me", "myself") else raw
            items.append(
                (
                    who,
                    Span(m.start("who"), m.end("who"), raw),
                    Decimal(m.group("v")),
                    Span(m.start("v"), m.end(), s.text[m.start("v") : m.end()]),
                )
            )
            sep = _ITEM_SEP.match(s.text, m.end())
            if sep is None:
                break
            pos = sep.end()
        if len(items) < 2 or len({w for w, *_ in items}) != len(items):
            continue
        if sum((v for *_, v, _ in items), Decimal(0)) != 100:
            continue
        end = items[-1][3].end
        params["holders"] = [w for w, *_ in items]
        params["holder_shares"] = [v for *_, v, _ in items]
        for who, span, _v, _vs in items:
            s.name_spans[who] = span
        s.evidence["holder_shares"] = Evidence(
            "text", "a part for each holder after the holders key", tuple(vs for *_, vs in items)
        )
        start = items[0][1].start
        s.used.update(i for i, n in enumerate(s.numbers) if start <= n.start < end and not s.in_address(n))
        s.flagged[:] = [f for f in s.flagged if not start <= f.start < end]
        return


#: "tokens: Mira 5000, Jon 4000, me 3000": a key, then each holder with a number of tokens
_AMOUNTS_KEY = re.compile(
    r"(?i:\b(?:tokens?|holders?|allocations?|distribution)\s*[:：]\s*)|(?:代币分配|分配|持有)\s*[:：]\s*"
)
_AMOUNT_AFTER = re.compile(
    r"[ \t]*[:：=]?[ \t]*(?:\d+(?:,\d{3})*(?:\.\d+)?|[一二两三四五六七八九十百千万]+)(?![\d%.])"
    r"(?:[ \t]*(?:(?i:tokens?\b|votes?\b)|枚|个|票))?"
)


def _holder_amounts(s: Scan) -> list[tuple[str, Span, int]]:
    """The holders each with a number of tokens after a key ("tokens: Mira 5000, Jon 4000, me 3000"), in order:
    (who, where, the number's index). Two or more items, each a name and one plain number."""
    for key in _AMOUNTS_KEY.finditer(s.text):
        items = read_list(s.text, key.end(), _person_with_amount)
        out: list[tuple[str, Span, int]] = []
        for it in items:
            idx = next((i for i, n in enumerate(s.numbers) if it.start < n.start < it.end), None)
            if idx is None:
                break
            out.append((it.name, Span(it.start, it.start + len(it.text.split()[0]), it.text), idx))
        if len(out) >= 2 and len(out) == len(items) and len({w for w, *_ in out}) == len(out):
            return out
    return []


def _person_with_amount(text: str, pos: int) -> NameMatch | None:
    """A person and the plain number right after them ("Mira 5000", "我 3000"), as one item of a list."""
    who = read_person(text, pos)
    if who is None:
        return None
    num = _AMOUNT_AFTER.match(text, who.end)
    if num is None:
        return None
    end = num.end()
    return NameMatch(who.name, who.start, end, text[who.start : end])


def _settle_amounts(s: Scan, params: dict[str, Any], amounts: list[tuple[str, Span, int]]) -> None:
    """The holders' numbers of tokens agree with the supply when they add up to it: the holders are read, and their
    split too when each is an exact percent; otherwise the numbers are left unread (the accounting asks)."""
    supply = params.get("supply")
    total = sum((s.numbers[i].value for *_, i in amounts), Decimal(0))
    if supply is None or total != supply or "holders" in params:
        s.used.difference_update(i for *_, i in amounts)
        return
    params["holders"] = [w for w, *_ in amounts]
    for who, span, _i in amounts:
        s.name_spans[who] = span
    pcts = [s.numbers[i].value * 100 / supply for *_, i in amounts]
    if all(p == p.quantize(Decimal("0.000001")) for p in pcts):
        params["holder_shares"] = [p.to_integral_value() if p == p.to_integral_value() else p.normalize() for p in pcts]
        s.evidence["holder_shares"] = Evidence(
            "text",
            "each holder's number of tokens, a part of the supply",
            tuple(Span(s.numbers[i].start, s.numbers[i].end, s.numbers[i].text) for *_, i in amounts),
        )


#: what may follow a holder's bare part: the next item, or the end of the list ("…, Marta Nowak 20." or "20。")
_BARE_END = re.compile(r"\s*(?:[/,，、;；]|\band\b|和|[.。](?!\d)|$)", _I)


def _glued_zh(before: str, first: str) -> bool:
    """A Chinese name's first character right after another Chinese character, nothing between them."""
    return all("\u4e00" <= ch <= "\u9fff" for ch in (before, first))


def _holders_bare(s: Scan, params: dict[str, Any]) -> None:
    """ "holders me 50 / Ivy 50": plain numbers, each right after a holder's name, read as percents of the supply
    only when there are two or more and they add up to exactly 100 (otherwise they stay a question)."""
    from ledgerlm.language.parties import _name_ending_at

    out: list[tuple[int, str, Span]] = []
    for i, n in enumerate(s.numbers):
        if i in s.used or n.percent or s.in_address(n) or s.in_duration(n) or not _BARE_END.match(s.text, n.end):
            continue
        head = s.text[: n.start].rstrip(" \t:：")
        hit = _name_ending_at(head)
        if hit is None or hit.end != len(head):
            continue
        if hit.start > 0 and _glued_zh(s.text[hit.start - 1], hit.text[:1]):
            return  # "妹妹 萬小琪 30" read as 小琪: a Chinese name glued to the word before may be cut short, so asked
        out.append((i, hit.name, Span(hit.start, hit.end, hit.text)))
    if len(out) < 2 or len({p for _, p, _ in out}) != len(out):
        return
    if sum((s.numbers[i].value for i, _, _ in out), Decimal(0)) != 100:
        return
    params["holders"] = [p for _, p, _ in out]
    params["holder_shares"] = [s.numbers[i].value for i, _, _ in out]
    for _, name, span in out:
        s.name_spans[name] = span
    s.used.update(i for i, _, _ in out)
    s.evidence["holder_shares"] = Evidence(
        "text",
        "a number after each holder, adding up to 100 (percent of the supply)",
        tuple(Span(s.numbers[i].start, s.numbers[i].end, s.numbers[i].text) for i, _, _ in out),
    )


def _holder_list(s: Scan) -> list[tuple[str, Span]]:
    """The first list of two or more distinct holders after a cue; each item must read as a whole name."""
    for cue in _HOLDER_CUE.finditer(s.text):
        listed = read_list(s.text, cue.end(), read_name, exact=True)
        me = counted_me(s.text, listed)  # "for me and my three partners: A, B and C"
        if me is not None:
            s.used.update(i for i, n in enumerate(s.numbers) if me.start <= n.start < listed[0].start)
        out = [(n.name, Span(n.start, n.end, n.text)) for n in ([me] if me else []) + list(listed)]
        if len(out) >= 2 and len({n for n, _ in out}) == len(out):
            return out
    starts = [m.start() for m in re.finditer(r"我|\bme\b", s.text)] + [n.start for n in s.names]
    found = chain(s.text, starts)
    if found and any(c.start <= found[-1].end + 1 and c.end > found[-1].end for c in stated_counts(s.text)):
        held = _HELD_AFTER.match(s.text, next(c.end for c in stated_counts(s.text) if c.start <= found[-1].end + 1))
        if held:  # "我、阿荣、阿星三个人拿着": the list, its count, and a verb of holding (the split is asked)
            return [(n.name, Span(n.start, n.end, n.text)) for n in found]
    if _EQUAL_VOTES.search(s.text) or _HOLDER_RATIO.search(s.text) or _each_pct(s) is not None:
        # "我、小林、阿珂、老乔平分": a list with no cue before it, when a split of the supply is stated
        starts = [m.start() for m in re.finditer(r"我|\bme\b", s.text)] + [n.start for n in s.names]
        found = chain(s.text, starts)
        me = counted_me(s.text, found)  # "for me and my 2 partners Lina and Omar"
        if me is not None:  # the count is the list's length, said again
            s.used.update(i for i, n in enumerate(s.numbers) if me.start <= n.start < found[0].start)
        return [(n.name, Span(n.start, n.end, n.text)) for n in ([me] if me else []) + found]
    return []


def _holders_listed(s: Scan, params: dict[str, Any]) -> None:
    """ "40/30/30 between me, Rina and Theo", "me + Jun + Aiko + Bo, equal votes", "split between me and Ana": the
    holders as a list, and their split as a ratio of as many parts (percents when they add up to 100, exact
    percents of the ratio otherwise), or an equal split that divides 100 exactly. Without a split the holders are
    read and the split is asked (never divided evenly by guess)."""
    listed = _holder_list(s)
    if not listed:
        return
    params["holders"] = [n for n, _ in listed]
    for name, span in listed:
        s.name_spans[name] = span
    for m in _HOLDER_RATIO.finditer(s.text):
        parts = [Decimal(x) for x in re.findall(r"\d+(?:\.\d+)?", m.group(0))]
        idx = [i for i, n in enumerate(s.numbers) if m.start() <= n.start < m.end()]
        if len(parts) != len(listed) or any(i in s.used for i in idx) or any(s.numbers[i].percent for i in idx):
            continue
        total = sum(parts)
        shares = [p * 100 / total for p in parts]
        if any(x * total != p * 100 for x, p in zip(shares, parts, strict=True)) or any(
            x != x.quantize(Decimal("0.000001")) for x in shares
        ):
            return  # a ratio with no exact percents (1:2): the split is asked
        params["holder_shares"] = [
            x.normalize() if x != x.to_integral_value() else x.to_integral_value() for x in shares
        ]
        s.used.update(idx)
        s.evidence["holder_shares"] = Evidence(
            "text", "the holders' ratio of the supply", (Span(m.start(), m.end(), m.group(0)),)
        )
        return
    each = _each_pct(s)
    if each is not None and each[1].value * len(listed) == 100:  # "me, Rin, Sho and Taka get 25% each"
        i, n = each
        params["holder_shares"] = [n.value] * len(listed)
        s.used.add(i)
        s.evidence["holder_shares"] = Evidence(
            "text", f"the same percent for each of {len(listed)} holders", (Span(n.start, n.end, n.text),)
        )
        return
    eq = _EQUAL_VOTES.search(s.text)
    if eq and 100 % len(listed) == 0:
        params["holder_shares"] = [Decimal(100 // len(listed))] * len(listed)
        s.evidence["holder_shares"] = Evidence(
            "text", f"an equal split among {len(listed)} holders", (Span(eq.start(), eq.end(), eq.group(0)),)
        )


def _each_pct(s: Scan) -> tuple[int, Any] | None:
    """The one percent said for each holder ("25% each", "各 25%", "各占25%"), or None."""
    found = [
        (i, n)
        for i, n in enumerate(s.numbers)
        if n.percent
        and i not in s.used
        and (
            re.match(r"\s*(?:each|apiece)\b", s.text[n.end :], _I)
            or re.search(r"各(?:自)?(?:占|佔|拿|持有|得|分)?\s*$", s.text[max(0, n.start - 4) : n.start])
        )
    ]
    return found[0] if len(found) == 1 else None


def _holders_other(s: Scan, params: dict[str, Any]) -> None:
    keep = _I_KEEP_ALL.search(s.text)
    if keep:  # "I keep all of them": you are the one holder
        params["holders"] = ["me"]
        s.name_spans["me"] = Span(keep.start(), keep.end(), keep.group(0))
        s.cite("holders", keep.start(), keep.end(), "the whole supply kept by you")
        return
    m = _ALL_TO.search(s.text)
    me = _ME_AT.match(s.text, m.end()) if m else None
    if m and me:  # the whole supply to you: you are the one holder (your share is all of it, nothing to split)
        params["holders"] = ["me"]
        s.name_spans["me"] = Span(me.start(), me.end(), me.group(0))
        s.cite("holders", m.start(), me.end(), "the whole supply to you")
        return
    if m:
        pos = m.end()
        addr = next((a for a in s.addresses if a.start == pos), None)
        nm = next((n for n in s.names if n.start == pos), None)
        if addr is not None or nm is not None:
            who, span = (
                (addr.address, Span(addr.start, addr.end, addr.text))
                if addr is not None
                else (nm.text, Span(nm.start, nm.end, nm.text))  # type: ignore[union-attr]
            )
            params["holders"], params["holder_shares"] = [who], [Decimal(100)]
            s.name_spans[who] = span
            s.evidence["holder_shares"] = Evidence(
                "text", "the whole supply to one holder", (Span(m.start(), m.end(), m.group(0)),)
            )
            return
    pair = _HALF_EACH_TO.search(s.text)
    if pair:  # "一半给我，一半给小竹", "half to me and half to Ravi"
        # "half to me and half to ravi": a lower-case name where a list item ends is read too
        read = [read_person(s.text, pair.end(g)) or lower_item(s.text, pair.end(g)) for g in ("a", "b")]
        people = [who for who in read if who is not None]
        if len(people) == 2 and people[0].name != people[1].name:
            params["holders"] = [who.name for who in people]
            params["holder_shares"] = [Decimal(50), Decimal(50)]
            for who in people:
                s.name_spans[who.name] = Span(who.start, who.end, who.text)
            s.evidence["holder_shares"] = Evidence(
                "text", "half to each", (Span(pair.start(), pair.end(), pair.group(0)),)
            )
            return
    m = _EACH_HALF.search(s.text)
    if m:
        head = re.split(r"[，,；;:：\s]", m.group(1))[-1]
        parts = split_zh(head)
        if len(parts) == 2:
            base = m.start(1) + m.group(1).rfind(head)
            halves: list[str] = []
            pos = base
            for p in parts:
                at = s.text.find(p, pos)
                name = "me" if p in ("我", "我自己") else p
                halves.append(name)
                s.name_spans[name] = Span(at, at + len(p), p)
                pos = at + len(p)
            params["holders"], params["holder_shares"] = halves, [Decimal(50), Decimal(50)]
            s.evidence["holder_shares"] = Evidence("text", "half each", (Span(base, m.end(), s.text[base : m.end()]),))


_ASK_HOLDERS = (
    "The holders read from '{w}' differ between two readings of the request: who holds the tokens, and how much?",
    "“{w}”读出的持有人在两种读法下不同：代币归谁、各占多少？",
)


#: the user taking a part of the supply: "40% to me", "me 30%", "我拿", "我占 20%", "I get", "I keep 30%"
_ME_TAKES = re.compile(
    r"(?i:\d+(?:\.\d+)?\s*%\s*(?:(?:goes\s+)?to|for)\s+me\b|\bme\s*[:：=]?\s*\d+(?:\.\d+)?\s*%|"
    r"\bI(?:'ll|\s+will)?\s+(?:get|take|keep|hold|receive)s?\s+\d)|我(?:自己)?\s*(?:拿|占|佔|要|留|持有|分到)|我\s*\d"
)
_ASK_ME = (
    "You take a part of the supply too ('{w}'), but the holders read leave you out: who holds the tokens, all?",
    "您也持有一部分（“{w}”），但读到的持有人里没有您：代币一共归哪几位？",
)


def _holders_as_split(
    s: Scan, params: dict[str, Any], clauses: list[tuple[int, int]], cues: list[tuple[int, int, str]]
) -> None:
    """The holders and their split read a second way, with the splitter's grammar of people and their parts ("币我
    拿六成，阿哲和小白各两成", "我 50%，鼓手阿K和贝斯手小林各 25%", "我和老杨平分"), over the clauses of the text that
    set nothing else (every clause with another setting's words or cue is blanked, offsets kept). The reading is
    taken only with a whole split (a part for each person, adding up to the whole) in exact percents; it fills the
    holders when the kind read none, completes a list the kind read short (the same people and more), and is asked
    when the two readings name different people or different shares (never one picked)."""
    from ledgerlm.contracts.kinds.splitter.extract import extract as split_extract
    from ledgerlm.language.corrections import mask
    from ledgerlm.language.extract import scan

    text = s.text
    other = [sp for k, ev in s.evidence.items() if k not in ("holders", "holder_shares") for sp in ev.spans]
    marks = [(a, b) for a, b, _ in cues] + [(m.start(), m.end()) for m in _PROPOSE_CUE.finditer(text)]
    blank = [c for c in clauses if any(c[0] <= x < c[1] for x in [sp.start for sp in other] + [a for a, _ in marks])]
    blank += [(w.start(), w.end()) for w in _KIND_WORDS.finditer(text)]
    sub = scan(mask(text, blank))
    got = split_extract(sub)
    payees, shares = got.get("payees"), got.get("shares")
    if not payees or not shares or len(payees) != len(shares) or "shares" not in sub.evidence:
        return
    if any(u.field in ("payees", "shares") for u in sub.unsure):
        return
    total = sum(shares, Decimal(0))
    pcts = [x * 100 / total for x in shares]
    if any(p * total != x * 100 or p != p.quantize(Decimal("0.000001")) for p, x in zip(pcts, shares, strict=True)):
        return  # "a third each": no exact percent of the supply, so the split stays a question
    pcts = [p.to_integral_value() if p == p.to_integral_value() else p.normalize() for p in pcts]
    spans = sub.evidence["shares"].spans
    words = Span(spans[0].start, spans[-1].end, text[spans[0].start : spans[-1].end]) if spans else None
    kept, kept_shares = params.get("holders"), params.get("holder_shares")
    if kept and (kept_shares is not None or not set(kept) <= set(payees)) and (kept, kept_shares) != (payees, pcts):
        if (
            kept_shares is not None
            and set(kept) == set(payees)
            and dict(zip(kept, kept_shares, strict=False)) == dict(zip(payees, pcts, strict=True))
        ):
            return  # the same people and parts in another order: the kind's reading stands
        params.pop("holders", None)
        params.pop("holder_shares", None)
        s.evidence.pop("holder_shares", None)
        if words is not None:
            s.unsure.append(Unsure("holders", words.start, words.end, words.words, *_ASK_HOLDERS))
        return
    params["holders"], params["holder_shares"] = list(payees), pcts
    for name in payees:
        if name in sub.name_spans:
            s.name_spans[name] = sub.name_spans[name]
    starts = {sub.numbers[i].start for i in sub.used}
    s.used.update(i for i, n in enumerate(s.numbers) if n.start in starts)
    s.evidence["holder_shares"] = Evidence(
        "text", "each holder's part of the supply (read as a split: " + sub.evidence["shares"].rule + ")", spans
    )


#: the keys of a settings list ("name=Ferrous Collective symbol=FERR quorum=9 period=3d delay=0 timelock=1d",
#: "名称：星火；代币：SPARK；法定人数：4%"): key -> (param, the grammar its value is read with)
_SETTINGS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("name", "dao name", "名称", "名字", "名稱", "组织", "社区", "社区名"), ("name", "text")),
    **dict.fromkeys(
        (
            "symbol",
            "ticker",
            "sym",
            "token",
            "token symbol",
            "governance token",
            "代币",
            "符号",
            "治理代币",
            "治理币",
            "代號",
            "代號",
            "符號",
            "代幣",
            "代号",
        ),
        ("symbol", "symbol"),
    ),
    **dict.fromkeys(
        (
            "supply",
            "total supply",
            "total",
            "votes",
            "tokens",
            "总量",
            "总供应",
            "总供应量",
            "供应量",
            "发行量",
            "總量",
            "總供應量",
            "供應量",
            "發行量",
        ),
        ("supply", "amount"),
    ),
    **dict.fromkeys(("quorum", "quorum pct", "quorum %", "法定人数", "法定人數"), ("quorum_pct", "percent")),
    **dict.fromkeys(
        (
            "period",
            "voting period",
            "voting",
            "vote",
            "voting days",
            "votes last",
            "投票期",
            "投票时间",
            "投票期限",
            "投票",
            "投票時間",
        ),
        ("voting_period_days", "days"),
    ),
    **dict.fromkeys(
        (
            "voting delay",
            "vote delay",
            "delay before voting",
            "delay before vote",
            "wait before voting",
            "投票延迟",
            "投票延遲",
        ),
        ("voting_delay_days", "days"),
    ),
    "delay": ("voting_delay_days", "days"),
    **dict.fromkeys(
        ("timelock", "time lock", "timelock delay", "tl", "execution delay", "时间锁", "時間鎖", "执行延迟"),
        ("timelock_delay_days", "days"),
    ),
    **dict.fromkeys(
        ("proposal threshold", "threshold", "propose", "提案门槛", "提案門檻"), ("proposal_threshold", "amount")
    ),
}


def extract(s: Scan) -> dict[str, Any]:
    """The kind's rules, and the settings of a key=value list reconciled with them (``apply_settings``)."""
    readings = read_settings(s, _SETTINGS)
    if not any(r.param == "timelock_delay_days" for r in readings) and not _CUES["timelock_delay_days"].search(s.text):
        # a bare "delay" is the voting delay only beside a named timelock (otherwise it could be either): asked
        readings = [r for r in readings if not s.text[r.key_start :].lower().startswith("delay")]
    params = _extract_rules(s, {r.param: r.value for r in readings if r.param == "supply"})
    torn = params.pop(_SETTLED, set())
    # a setting equal to one of two values the words give is still two readings ("quorum=5%, quorum 7%"): asked
    if torn and _unread_outside(s, readings):
        readings = [r for r in readings if r.param not in torn]
    apply_settings(s, params, readings)
    return params


def _unread_outside(s: Scan, readings: list[Any]) -> bool:
    """True when a number outside every setting's words is left unread: the words the kind read two ways are not
    all the settings' own, so another value for the same setting may be meant."""
    cited = [sp for ev in s.evidence.values() for sp in ev.spans]
    return any(
        i not in s.used
        and not s.in_address(n)
        and not any(r.start <= n.start < r.end for r in readings)
        and not any(sp.start <= n.start < sp.end for sp in cited)
        for i, n in enumerate(s.numbers)
    )


#: a bar for passing above a simple majority: "two-thirds supermajority", "pass with 60% yes votes", "三分之二赞成"
_SUPERMAJORITY = re.compile(
    r"(?i:(?:\b(?:two[- ]thirds|three[- ]quarters|2\s*/\s*3|3\s*/\s*4|\d{2}\s*%)\s+)?\bsuper-?\s*majority\b|"
    r"\b(?:\d{2}(?:\.\d+)?\s*%|two[- ]thirds|three[- ]quarters|2\s*/\s*3|3\s*/\s*4)\s+"
    r"(?:(?:of\s+(?:the\s+)?(?:votes\s+cast|yes\s+votes|voters?)\s+)?(?:yes|for|approval|in\s+favou?r|majority|"
    r"(?:of\s+(?:the\s+)?)?votes?\s+(?:in\s+favou?r|for|yes)))\b|"
    r"\b(?:pass(?:es|ed)?|approved?|carr(?:y|ies|ied))\s+(?:only\s+)?(?:with|by|at)\s+(?:at\s+least\s+|more\s+than\s+)?"
    r"(?:\d{2}(?:\.\d+)?\s*%|two[- ]thirds|three[- ]quarters|2\s*/\s*3|3\s*/\s*4))|"
    r"超级多数|绝对多数|特别多数|超級多數|絕對多數|特別多數|"
    r"(?:三分之二|四分之三|[5-9]\d\s*[%％])\s*(?:以上)?\s*(?:的)?\s*(?:多数|多數|赞成|贊成|同意|通过|通過)|"
    r"(?:赞成|贊成|同意)票?数?\s*(?:须|需|要|必须|必須)?\s*(?:超过|超過|达到|達到|不少于|不低於|不低于|占)\s*"
    r"(?:三分之二|四分之三|[5-9]\d\s*[%％])"
)
#: the governor's own rule said aloud: "simple majority wins", "过半数通过"
_SIMPLE_MAJORITY = re.compile(
    r"(?i:\bsimple\s+majority\b|\bmajority\s+(?:wins|rules|of\s+votes\s+cast)\b)|简单多数|簡單多數|过半数?通过|過半數?通過"
)
_ASK_SUPERMAJORITY = (
    "'{w}': this governor passes a proposal when For votes outnumber Against (a simple majority); a higher bar "
    "cannot be set. Is a simple majority fine?",
    "“{w}”：这个治理合约在赞成票多于反对票时通过提案（简单多数），无法设更高的门槛。简单多数可以吗？",
)


#: what may stand between a duration's cue and its length: "voting 5 days", "timelock is 2 days", "voting: 1 week"
_CUE_TO_VALUE = re.compile(r"(?i:\s*(?:is|of|lasts?|runs?|for|[:：=])?\s*(?:about|around|~)?\s*)")


def _owns_next_duration(
    text: str, cue: tuple[int, int, str], after: int, durations: list[tuple[int, int]], percents: tuple[int, ...] = ()
) -> bool:
    """A duration's cue after a percent that has its own length right after it ("quorum is 6% voting 5 days"): it
    is no candidate for the percent. Why: a voice transcript has no commas, so "voting" stands nearer to "6%" than
    "quorum is" does, and the percent was left unread although only the quorum can hold it. The same for the quorum
    cue with its own percent right after it ("holders me 70% Kofi Mensah 30% quorum 10%": 30% is Kofi's part)."""
    start, end, key = cue
    if start < after:
        return False
    gap = _CUE_TO_VALUE.match(text, end)
    if key == "quorum_pct":
        return gap is not None and gap.end() in percents
    return gap is not None and any(a == gap.end() for a, _ in durations)


def _vote_rule(s: Scan) -> list[tuple[int, int]]:
    """The bar a proposal must clear to pass. Why: the governor counts a simple majority (For > Against) and has
    no setting for more, so "two-thirds supermajority" is asked (never dropped, never read as the quorum); its
    numbers are no supply or quorum (their spans are returned). "Simple majority" is the governor's own rule, set
    aside as said."""
    bars: list[tuple[int, int]] = []
    for m in _SUPERMAJORITY.finditer(s.text):
        s.unsure.append(Unsure("", m.start(), m.end(), m.group(0), *_ASK_SUPERMAJORITY))
        s.used.update(i for i, n in enumerate(s.numbers) if m.start() <= n.start < m.end())
        bars.append((m.start(), m.end()))
    for m in _SIMPLE_MAJORITY.finditer(s.text):
        s.ignored.append(Ignored(m.start(), m.end(), m.group(0), "the governor's own rule (a simple majority)"))
    return bars


def _extract_rules(s: Scan, preset: dict[str, Any]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    text = s.text
    for w in _KIND_WORDS.finditer(text):  # the kind's own words are not names or tickers of a party
        s.ignored.append(Ignored(w.start(), w.end(), w.group(0), "the kind of contract"))
    set_aside_references(s)  # "Minute ref. FC/2026/31", "Resolution No. 2026-045": a paper's number, no value
    bars = _vote_rule(s)
    clauses = _clauses(text)
    cues = _cues(text, tuple(_CUES))
    clauses = _join_bare_cues(text, clauses, cues)
    if _CUES["timelock_delay_days"].search(text):
        # a bare "delay" in a list of settings that names the timelock too ("period 6 days, delay 1 day, timelock
        # 3 days") is the voting delay; without a timelock named it could be either, and is asked
        cues = sorted(
            cues
            + [
                (m.start(), m.end(), "voting_delay_days")
                for m in re.finditer(r"\bdelay\b|延迟|延遲", text, _I)
                if not any(c[0] <= m.start() < c[1] for c in cues)
            ]
        )
    symbol_at = _symbol(s, params)
    _name(s, params)
    lengths = [(start, end) for start, end, *_ in _durations(s)]
    for start, end, words, days, index in _durations(s):
        # ("投票 七天延迟 一天": a cue right after the length that has its own length after it is no candidate)
        near = [c for c in cues if c[2] != "quorum_pct" and not _owns_next_duration(text, c, end, lengths)]
        key = _nearest(near, _clause_of(clauses, start), start, end, text)
        if key is None:
            continue  # unread: the accounting asks what this duration is
        _put(
            s,
            params,
            key,
            days.normalize() if days != days.to_integral_value() else days.to_integral_value(),
            Span(start, end, words),
            f"a duration next to the {key.removesuffix('_days').replace('_', ' ')} cue",
        )
        if index is not None:
            s.used.add(index)
    free_pcts: list[int] = []
    spans = [(start, end) for start, end, *_ in _durations(s)]
    percent_starts = tuple(n.start for n in s.numbers if n.percent)
    for i, n in enumerate(s.numbers):
        if not n.percent or s.in_duration(n) is not None or n.ambiguous or n.error:
            continue
        if any(a <= n.start < b for a, b in bars):
            continue  # "pass with 60% yes votes": the bar to pass, asked (``_vote_rule``), never the quorum
        clause = _clause_of(clauses, n.start)
        piece = text[clause[0] : clause[1]]
        nearest = _nearest(
            [c for c in cues if not _owns_next_duration(text, c, n.end, spans, percent_starts)]
            + [(m.start() + clause[0], m.end() + clause[0], "propose") for m in _PROPOSE_CUE.finditer(piece)],
            clause,
            n.start,
            n.end,
            text,
        )
        if nearest == "propose":  # "proposals need 1% of the supply" (but "propose ..., quorum 4%" is the quorum)
            s.used.add(i)
            params["_threshold_pct"] = (n.value, Span(n.start, n.end, n.text))
            continue
        if nearest != "quorum_pct" and nearest != "propose" and _TURNOUT_AFTER.match(text, n.end):
            nearest = "quorum_pct"  # "at least 25% of the votes must take part": the turnout the quorum asks for
        if nearest == "quorum_pct":
            if n.value != n.value.to_integral_value():
                # GovernorVotesQuorumFraction (denominator 100) holds whole percents: 2.5% is asked, never rounded
                s.flagged.append(
                    Flagged(
                        n.start,
                        n.end,
                        n.text,
                        "the quorum is a whole percent (1-100) in this governor; 2.5% cannot be held exactly",
                    )
                )
                continue
            _put(s, params, "quorum_pct", n.value, Span(n.start, n.end, n.text), "a percent next to the quorum cue")
            s.used.add(i)
            continue
        free_pcts.append(i)
    _quorum_share(s, params)
    _holders_setting(s, params)
    if "holders" not in params:
        s.used.update(_holders_by_percent(s, params, free_pcts))
    if "holders" not in params:
        _holders_bare(s, params)
    if "holders" not in params:
        _holders_listed(s, params)
    if "holders" not in params:
        _holders_other(s, params)
    _holders_as_split(s, params, clauses, cues)
    ask_me_left_out(s, params, "holders", "holder_shares", _ME_TAKES, _ASK_ME)
    zero = _NO_TIMELOCK.search(text)
    if zero:
        _put(s, params, "timelock_delay_days", Decimal(0), Span(zero.start(), zero.end(), zero.group(0)), "no timelock")
    zero = _NO_DELAY.search(text)
    if zero:
        said = Span(zero.start(), zero.end(), zero.group(0))
        _put(s, params, "voting_delay_days", Decimal(0), said, "no voting delay: voting opens at once")
        s.used.update(i for i, n in enumerate(s.numbers) if zero.start() <= n.start < zero.end())
    counts = [(c.start, c.end) for c in stated_counts(text)]
    amounts = _holder_amounts(s) if "holders" not in params else []
    s.used.update(i for *_, i in amounts)
    for m in _PER_MEMBER_AMOUNT.finditer(text):  # "一户一百个": an amount for each member, not the total supply
        for i, n in enumerate(s.numbers):
            if m.start() <= n.start < m.end() and i not in s.used:
                s.ignored.append(Ignored(n.start, n.end, n.text, "an amount for each member, not the total supply"))
                s.used.add(i)
    for i, n in s.free_numbers():
        if n.ambiguous or n.error or n.ignored:
            continue
        if _is_year(text, n):
            s.ignored.append(Ignored(n.start, n.end, n.text, "a year, not a number of tokens"))
            s.used.add(i)
            continue
        if any(a <= n.start < b for a, b in counts):
            continue  # "三个人", "us three": a count of the holders (checked against the list), never the supply
        if _PEOPLE_AFTER.match(text, n.end):
            if n.value == 1:  # "我一个人先拿着": alone, not a count of anything
                s.ignored.append(Ignored(n.start, n.end, n.text, "one person (alone), not a number of tokens"))
                s.used.add(i)
            continue  # "五个人", "12 members": people, never the supply
        if n.text in ("一", "1") and _ARTICLE.match(text, n.end):  # "建一个DAO": an article, not a supply of one
            s.ignored.append(Ignored(n.start, n.end, n.text, "an article (一个 DAO), not a count"))
            s.used.add(i)
            continue
        clause = _clause_of(clauses, n.start)
        piece = text[clause[0] : clause[1]]
        if _PER_MEMBER.search(text[max(clause[0], n.start - 6) : n.start]):
            # "一户一百个", "100 each per member": an amount for each member, not the total supply (said apart)
            s.ignored.append(Ignored(n.start, n.end, n.text, "an amount for each member, not the total supply"))
            s.used.add(i)
            continue
        if _owns_number(
            s, clause, n, [(m.start() + clause[0], m.end() + clause[0]) for m in _PROPOSE_CUE.finditer(piece)]
        ):
            _put(s, params, "proposal_threshold", n.value, Span(n.start, n.end, n.text), "votes needed to propose")
            s.used.add(i)
            continue
        next_to_symbol = symbol_at is not None and (
            (n.start >= symbol_at[1] and _SYMBOL_GAP.match(text[symbol_at[1] : n.start]) is not None)
            or (n.end <= symbol_at[0] and re.fullmatch(r"\s*", text[n.end : symbol_at[0]]) is not None)
            or _before_ticker_again(s, params, n.end)  # "launch FERN DAO with 10,000,000 FERN"
        )
        if next_to_symbol or _SUPPLY_CUE.search(piece) or (symbol_at is not None and _OF_THEM.match(text, n.end)):
            _put(s, params, "supply", n.value, Span(n.start, n.end, n.text), "the number of votes (token supply)")
            s.used.add(i)
    if amounts:
        _settle_amounts(s, params, amounts)
    pct = params.pop("_threshold_pct", None)
    supply = params.get("supply", preset.get("supply"))  # "总量 88 万 … 提案至少要 1%": the supply of a setting counts
    if pct is not None and "proposal_threshold" not in params and supply is not None:
        value, span = pct
        params["proposal_threshold"] = supply * value / 100
        s.evidence["proposal_threshold"] = Evidence("text", f"{value}% of the supply is needed to propose", (span,))
    elif pct is not None:
        s.used.discard(next(i for i, n in enumerate(s.numbers) if n.start == pct[1].start))
    if ask_group(s, params, "holders"):  # the names and the stated counts disagree: the holders are asked, and
        params.pop("holder_shares", None)  # their shares, read against the same list, with them
        s.evidence.pop("holder_shares", None)
    _settle(s, params, {k: list(e.spans) for k, e in s.evidence.items()} | _all_spans(s, params))
    _asked_only(s, params)
    return params


def _all_spans(s: Scan, params: dict[str, Any]) -> dict[str, list[Span]]:
    """Every number of the text, by the conflicting key it may belong to: a conflict un-reads all its numbers."""
    keys = params.get(_CONFLICTS, set())
    return {k: [Span(n.start, n.end, n.text) for n in s.numbers] for k in keys}
