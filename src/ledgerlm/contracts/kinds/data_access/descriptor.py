"""The data_access kind describes itself: names, classifier cues, party roles and the field that measures its size."""

from __future__ import annotations

from ledgerlm.contracts.kinds.base import KindDescriptor

DESCRIPTOR = KindDescriptor(
    kind="data_access",
    display={"en": "data access control", "zh": "数据访问控制"},
    keywords=(
        (
            r"\b(?:read|data)\s+access\b|\baccess\s+control\b|访问控制|访问权限|读取权限|查看权限|"
            r"\bmedical\s+records?\b|\bhealth\s+(?:records?|data)\b|病历|医疗记录|健康数据|\bdid:pkh\b",
            4.0,
        ),
        # who may read a thing, and for how long ("readable by Prof. X ... after that access should lapse")
        (
            r"\b(?:readable|viewable|accessible)\s+(?:only\s+)?(?:to|by)\b|\bread-?only\s+access\b|"
            r"\baccess\b[^.;]{0,40}\b(?:lapses?|expires?|runs?\s+out)\b|查阅权|阅读权限|可以看到期",
            2.0,
        ),
        (
            r"\bgrant\b|\brevoke\b|授权|撤销|\bdoctor\b|医生|\bpatient\b|患者|\bdata\s*sets?\b|数据集|\brecords?\b|"
            r"\bprivacy\b|隐私|\bconsent\b|\bexpir(?:y|es|ation)\b|到期|\bx-?rays?\b|\bscans\b|\bmri\b|"
            r"\bshare\s+my\s+[\w\- ]{0,20}(?:records?|data|scans|results|files)\b",
            1.5,
        ),
        (
            r"\b(?:see|view|read|access(?:\s+to)?)\s+(?:my|our|the|his|her|their)\s+[\w\-' ]{0,20}(?:records?|data|"
            r"scans|results|files|reports?|history|x-?rays?|documents?|statements?|notes|messages|emails|photos|files|"
            r"logs|images|datasets?|claims|bills|prescriptions|tests?)\b|"
            # "control who sees my DNA results", "谁能看我的体检报告"
            r"\bwho\s+(?:can\s+|gets\s+to\s+)?(?:sees?|views?|reads?|access(?:es)?)\b|谁(?:能|可以)(?:看|查看|访问|读取)|"
            r"(?:查看|看|读取|访问|调阅)(?:我的)?[\u4e00-\u9fff]{0,6}(?:病历|资料|档案|报告|文件|数据|记录)|"
            r"(?:让|给|授权给?|允许)[\u4e00-\u9fff]{1,8}(?:看|查看|读取|访问)|"
            r"\bshare\s+(?:my|our|the)\s+[\w\- ]{0,20}(?:data|records?|files|results|reports?|history|notes|documents?|"
            r"statements?|scans|x-?rays?|images|photos|datasets?|claims|bills|prescriptions)\s+with\b",
            2.5,
        ),
        # round 8: a registry with nobody granted yet, a permission "opened" for someone, a grant to an address,
        # deciding who opens a file ("no readers yet", "给张大夫开个权限", "给 0x… 看 7 天", "I decide who gets in")
        (
            r"\bno\s+readers?\b|\breaders?\s+(?:later|TBD)\b|\bdata\s+registry\b|"
            r"\bregister\s+(?:my|our)\s+[\w\- ]{0,20}(?:data|records?|results|reports?)\b|"
            r"开(?:个|一个|通)?(?![^，,。；;]{0,8}?(?:管理|签名|签字|投票|铸|转账|提现|提款|审批))[\u4e00-\u9fff]{0,8}?"
            r"(?:访问|查看|读取|阅读)?权限|给\s*0[xX][0-9a-fA-F]{40}\s*(?:看|查看|读取|访问)|"
            r"\bwho\s+(?:opens|gets\s+in|can\s+open)\b|\bI\s+decide\s+who\b",
            3.0,
        ),
        # round 9: the data given to someone to use ("我的基因组数据给华大基因用一年"), someone wanting the user's
        # papers ("my landlord wants my payslips")
        (
            r"(?:数据|资料|报告|记录|档案|病历|文件)\s*(?:给|授权给|共享给|开放给)[\u4e00-\u9fffA-Za-z]{1,12}?"
            r"(?:用|看|查看|使用|访问|读取|查阅)|"
            r"\b(?:wants?|needs?|asked\s+for|asks\s+for|requests?)\s+(?:to\s+see\s+)?(?:my|our)\s+[\w\- ]{0,20}?"
            r"(?:payslips|pay\s*stubs|bank\s+statements|tax\s+returns|records|files|data|reports?|scans|results)\b|"
            # "give Tanaka-san my sleep logs for a fortnight": a person given the user's records
            r"\b(?:give|gives|send|sends|show|shows)\s+[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*)?\s+(?:my|our)\s+"
            r"[\w\- ]{0,20}?"
            r"(?:records?|data|logs|scans|results|files|reports?|notes|statements|x-?rays|readings)\b",
            2.5,
        ),
        # round 10: a named person let to see the user's papers ("let my cousin Priya look at the recipes",
        # "make Dr. X fit see my results" (Pidgin)), a grant opened to someone in traditional characters
        # ("開放給溫醫師看"), a Cantonese look (俾X睇)
        (
            r"\b(?:let|allow|permit)\s+(?:my\s+[a-z]+(?:\s+[a-z]+)?\s+)?[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2}\s+"
            r"(?:to\s+)?(?:see|view|read|look\s+at|access|check|go\s+through)\s+(?:my|our|the|his|her|their)\b|"
            r"\bfit\s+see\b|開放給|开放给|授權|俾[\u4e00-\u9fff]{1,6}睇|拿去看|"
            # "把销售报表给 Arjun 或者 Meera 看一周": a Latin name between the Chinese grant and its verb
            r"(?:让|讓|给|給|授权给?|允许|共享给)\s*(?:Dr\.?\s*)?[A-Za-z][\w.'\- ]{0,30}?\s*"
            r"(?:看|查看|读取|访问|查阅|睇)",
            2.5,
        ),
        # round 12: the same grants dictated with blanks or a Latin name ("俾 阿Joe 睇 我 嘅 糧單", "開放 我的 貨運單據
        # 給 調度許家豪"), and a form naming the data and its reader ("Data: payroll slips / Reader: Olga Ivanova")
        (
            r"(?:俾|畀)\s*[\u4e00-\u9fffA-Za-z.'\-]{1,12}\s*睇|"
            r"开放\s*(?:我的?|我们的?)?\s*[\u4e00-\u9fffA-Za-z]{1,10}\s*给",
            3.0,
        ),
        (r"(?im)^[ \t|*-]*readers?\s*[:：=]", 3.0),
    ),
    prototypes=(
        "a registry for my medical records where I can give my doctor read access for 30 days",
        "control who can read my health data and revoke it any time",
        "grant a researcher access to our data set for one week, every access logged",
        "病历数据访问控制，授权医生30天",
        "我的体检报告只给指定的人看，可以随时撤销授权",
        "数据共享登记，授权到期自动失效，每次访问都记录",
    ),
    # the Chinese cues are words that name the role itself: a job ("医生") before a name is read by the extractor, which
    # knows where the name ends ("私人医生周明开放…" is 周明); as a role cue the greedy name reader took "周明开"
    roles={"reader": (r"reader|doctor|physician|researcher|viewer", r"读取者|查看者|被授权人|被授权方|授权对象")},
    size_field=None,
    party_lists=(),
)
