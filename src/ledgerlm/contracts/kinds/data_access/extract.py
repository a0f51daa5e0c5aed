"""Data-access extractor: what the data is, the reader to grant (address, did:pkh DID or name) and how long.

Both free-text values are filled only when their edges are certain, by a cue on each side:

* the data: after ``data:`` / 数据是; after an access verb or a possessive ("see my …", "access to the …",
  "registry for …", 查看我的…, 我们医院的…, 把…给); before the clause ends, a preposition ("for", "with",
  "until"), a duration or the grant (给, 授权); or the words before the kind's own name at a clause start
  ("病历数据访问控制"). Request words on the left edge are cut by ``_ZH_HEAD`` (我需要一个…, 建个…);
* the reader: a did:pkh DID; ``reader:`` / 医生：; after a grant cue ("give", "let", "share … with", 授权给, 允许,
  让, 给) with "my <role>," skipped ("my insurance company, Alder Mutual Ltd."); or right before what the reader
  may do ("Dr. Ortiz needs …", "Nurse Joy can read"). A Chinese reader is the whole span between the cue and the
  verb or the duration (授权给小米健康60天), without "我的律师" and a job title before the name;
* a cue with no certain right edge within a few words gives a question with the candidate words instead;
* "先不授权任何人", "no readers yet": nobody is granted (no reader, never the word 任何人).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from ledgerlm.contracts.kinds.data_access import gate as _gate
from ledgerlm.language.evidence import Ignored, Span, Unsure
from ledgerlm.language.extract import Scan, _deadline_days
from ledgerlm.language.fold import run_folded
from ledgerlm.language.parties import NameMatch, _name_ending_at, find_names, read_name
from ledgerlm.language.reasons import has_cjk

__all__ = ["extract"]

_I = re.IGNORECASE
_CJK = r"\u4e00-\u9fff"
_DID = re.compile(r"did:pkh:eip155:\d+:0x[0-9a-fA-F]{40}")
_ADDR = re.compile(r"0[xX][0-9a-fA-F]{40}")
_EN_NOUN = (
    r"(?:records?|data(?:\s*sets?)?|datasets?|files?|scans?|results?|reports?|history|x-?rays?|documents?|"
    r"statements?|notes|photos|images|charts?|profile|archive|logs|claims|bills|invoices|prescriptions|"
    r"transcripts?|tests?|readings|telemetry|responses|forms|journal|work|videos?|recordings?|footage|counts|"
    r"ledgers?|summar(?:y|ies)|list|papers|blueprints|drawings|plans|designs|models|samples|slides|specs|minutes|"
    r"contracts|grades|scores|measurements|metrics|traces)"
)
_ZH_NOUN = (
    r"(?:病历|病例|资料|档案|报告|文件|数据集|数据|记录|纪录|照片|影像|图像|信息|报表|片子|[Xx]\s?光片|光片|合同|成绩单|账单|证书|简历|"
    r"日志|单据|协议|材料|视频|录像|扫描件|结果|发票|笔记|日记|清单|账本|账簿|台账|账目|凭证|图纸|设计图|图片|库)"
)
_EN_DATA_END = (
    r"(?=\s*(?:[;,.!?:()]|$|->|→|=>|w/)|\s+w\s+(?=[A-Z0-9])|\s+(?:for|with|to|until|till|through|thru|by|from|so|and|that|which|who|where|when|because|if|starting|"
    r"should|can|could|must|may|will|would|are|is|get|gets|"
    r"expires?|expiring|access|on|in|at|via|only|—)\b|\s[-—–]+\s|"
    # a bare duration right after the data ("see my payslips 3 days or not", SMS and Singlish, round 10b)
    r"\s+(?=\d{1,4}\s*(?:days?|weeks?|wks?|months?|mths?|years?|yrs?|hours?|hrs?)\b))"
)
_EN_WORDS = r"(?:(?:19|20)\d\d\s+)?[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,4}?"
#: the determiners before an English data phrase (cut, never part of it)
_DET = r"(?:my|our|the|his|her|their|your|its|all\s+(?:of\s+)?(?:my|our|the|their)|我的|我们的|我家的)"
#: what the data is, English: a cue before it and a boundary after it
_EN_DATA = (
    # "data: X;", "data=X days=20": a key, then the value up to the next key or the clause end
    re.compile(
        r"\b(?:data(?:\s*sets?)?|what)['\"]?\s*(?:[:：=]|\s(?:is|are)\b|是|为)\s*(?:(?:my|our|the)\s+)?['\"“‘]?(?P<v>[^;,.\n|=，。；'\"”’—–]+?)['\"”’]?\s*"
        r"(?=[;,.\n|，。；—–]|$|\s+[\w\-]+\s*[:=]|\s-\s)",
        _I,
    ),
    # "访问 'IoT 温湿度数据'", "查看「体检报告」": a quoted phrase after a Chinese access verb
    re.compile(r"(?:访问|查看|读取|共享|开放|调阅|登记|授权)\s*['\"“‘「『](?P<v>[^'\"”’」』]{2,40})['\"”’」』]"),
    # "grant read on 'sleep tracker data'", "access to “Q3 leads”": a quoted phrase after a cue is bounded by its quotes
    re.compile(
        r"\b(?:on|to|of|for|about|called|named|share|sharing|register)\s+(?:the\s+)?['\"“‘](?P<v>[^'\"”’]{2,40})['\"”’]",
        _I,
    ),
    # "access to X", "registry for X": the object may come without a determiner
    re.compile(
        r"\b(?:access\s+(?:to|on)|control\s+access\s+to|access\s+control\s+(?:on|for|of)|(?:registry|register|contract|control|ledger|log)\s+(?:for|of)|"
        r"data[- ](?:access|sharing)\s+(?:for|of))\s+"
        rf"(?:{_DET}\s+)?(?:[a-z][\w\-]*s?'s?\s+)?"
        rf"(?P<v>{_EN_WORDS}){_EN_DATA_END}",
        _I,
    ),
    # "share patient MRI datasets with …", "the dataset 'city traffic counts'": cues on both sides
    re.compile(
        r"\bshare\s+(?:"
        + _DET
        + r"\s+|(?:我的|我们的|我家的)\s*)?(?P<v>"
        + _EN_WORDS
        + r")\s+(?:with|w/|w(?=\s+[A-Z0-9]))",
        _I,
    ),
    # "MRI -> 0x…", "data access: lab results -> Quest Diagnostics": the data before an arrow to its reader
    re.compile(
        rf"(?:^|(?<=[:：]\s)|(?<=[:：]))\s*(?:{_DET}\s+)?(?:[a-z][\w\-]*(?:'s|s')\s+)?(?P<v>{_EN_WORDS})\s*(?:->|→|=>)",
        _I,
    ),
    re.compile(
        r"\b(?:data\s*sets?|datasets?|data|records?|files?|feeds?|streams?|tables?|folders?|buckets?|sheets?|logs?)\s+"
        r"(?:called\s+|named\s+)?['\"“‘](?P<v>[^'\"”’]{2,40})['\"”’]",
        _I,
    ),
    # "disclosure of discharge summaries to …", "release of my lab results to …": the data after the act (round 9)
    re.compile(
        r"\b(?:disclos(?:e|ure)|release|transfer|provision|sharing|copies)\s+of\s+(?:" + _DET + r"\s+)?"
        rf"(?P<v>{_EN_WORDS}){_EN_DATA_END}",
        _I,
    ),
    # "give Oyelaran Consulting the survey responses for 30 days": the reader named, then the data (round 9)
    re.compile(
        r"\b(?:give|gives|send|sends|show|shows|grant|grants)\s+(?:[A-Z][\w&.'\-]*(?:\s+[A-Z][\w&.'\-]*){0,3}|0[xX][0-9a-fA-F]{40})\s+"
        rf"(?:the|my|our)\s+(?P<v>{_EN_WORDS}){_EN_DATA_END}"
    ),
    # "I give to my doctor Ahmed the blood pressure data for see": the reader first, then the data (learner order)
    re.compile(
        r"\b(?:give|gives|grant|grants|show|shows|send|sends|open|opens)\s+to\s+[^.;:,]{1,40}?\s+(?:the|my|our)\s+"
        rf"(?P<v>{_EN_WORDS}){_EN_DATA_END}",
        _I,
    ),
    # "see my X", "needs my X", "share all of my X": a verb, then a determiner, then the data
    re.compile(
        r"\b(?:see|sees|view|views|read|reads|opens?|downloads?|look\s+at|access|accesses|share|sharing|wants?|"
        # "query the clickstream logs", "review our audit trail" (round 9)
        r"quer(?:y|ies)|reviews?|audits?|analy[sz]es?|inspects?|examines?|consults?|uses?|pulls?|exports?|"
        r"needs?(?:\s+to\s+"
        r"(?:see|read|view|access|look\s+at))?|store|manage|protect|register|upload)\s+(?:my|our|the|his|her|their|all\s+(?:of\s+)?"
        r"(?:my|our|the))\s+(?:[a-z][\w\-]*s?'s?\s+)?"
        rf"(?P<v>{_EN_WORDS}){_EN_DATA_END}",
        _I,
    ),
    re.compile(
        r"\b(?:can|could|may|should|to|will)\s+(?:see|view|read|access|look\s+at|download)\s+(?:" + _DET + r"\s+)?"
        rf"(?P<v>(?:[a-z][\w\-]*\s+){{0,2}}?{_EN_NOUN}){_EN_DATA_END}",
        _I,
    ),
    re.compile(
        rf"\b(?:my|our|their)\s+(?:(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*(?:'s|s')\s+)?(?P<v>(?:[a-z][\w\-]*\s+){{0,2}}?{_EN_NOUN})"
        rf"{_EN_DATA_END}",
        _I,
    ),
    re.compile(rf"(?:^|(?<=[.;]\s))(?P<v>{_EN_WORDS})\s+(?:access|sharing)\b", _I),
)
#: a possessive right before a phrase: what follows belongs to someone, so a data noun there is the data
_OWNED = re.compile(r"\b(?:my|our|his|her|their|your)\s+$", _I)
#: the English object words that are never the data (a pronoun, the reader's access itself)
_EN_NOT_DATA = re.compile(
    r"^(?:it|them|this|that|these|those|me|him|her|us|access|read|who|what|my|our|the|a|an|data|records?|"
    r"files?|anything|everything|all|yet|now|later|today|anymore|too|again|soon)$|\b(?:i|we|me|him|her|them|us|you|can|could|will|should|may|is|are|has|have|grant|revoke|give|let|"
    r"after|before|then|that|this|just|also|set|up|create|build|make|want|need|please|pls|lapse|expire)\b|"
    r"^(?:registry|register|control|contract|ledger|system|app|platform|log|logs|management|rights|permissions?)$",
    _I,
)
_ZH_END = (
    r"(?=[，,。；;！!？?\s]|$|[吗呢吧啊](?:[，,。；;！!？?\s]|$)|给|授权|让|只|允许|(?:查看|看)(?:[，,。；;]|$|[一二两三四五六七八九十半\d])|共享|开放|期限|有效期|\d|"
    r"[一二两三四五六七八九十半]+个?(?:天|日(?![志记程报])|周|月|年|小时|星期|礼拜)|"
    r"的?(?:(?:读取|查看|访问|使用|下载|阅读)(?:权限|权)|访问|权限)|"
    r"(?:读取|查看|访问)(?=[，,。；;\s]|$))"
)
_ZH_DATA = (
    # "授权内容为本人心电监测数据": the data named by its key in a formal grant
    re.compile(
        rf"(?:授权内容|共享内容|授权数据|数据内容|授权范围)\s*(?:为|是|[:：=])\s*(?:本人|我|我们|甲方)?的?"
        rf"(?P<v>[{_CJK}A-Za-z]{{2,14}}?)(?=[，,。；;]|$)"
    ),
    # "开账本的访问权限", "开通病历的查看权限": the data whose permission is opened
    re.compile(
        rf"开(?![放始心会车发展除关])(?:个|一个|通)?(?P<v>[{_CJK}A-Za-z]{{2,12}}?)的?(?:访问|查看|读取|阅读|使用)?权限"
    ),
    # "看我过去一年的血压记录": the data after the period that says which data
    re.compile(
        rf"(?:过去|最近|近|前)\s*[一二两三四五六七八九十半\d]+\s*个?(?:天|周|月|年|小时|星期)(?:内|来|以来)?的"
        rf"(?P<v>[{_CJK}A-Za-z]{{1,14}}?)(?=[，,。；;！!？?\s]|$|给|授权|让|只|允许)"
    ),
    re.compile(
        r"(?:数据(?:是|为|[：:=]|\s*[—–]\s*)|(?:^|(?<=[，,；;：:]))\s*数据\s+)\s*(?P<v>[^，,。；;\s]{2,16}?|[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,4})\s*(?=[，,。；;]|$)"
    ),
    # "数据访问控制 科研数据 授权 …", "访问控制：病历": the data named right after the kind's own name
    re.compile(
        rf"(?:数据访问控制|访问控制|数据授权|数据共享)\s*[：:\s]\s*(?P<v>[{_CJK}A-Za-z]{{0,10}}?{_ZH_NOUN})(?=[\s，,。；;]|$)"
    ),
    re.compile(
        rf"(?:查看|访问|读取|调阅|看看|看一下|看|使用|存储|存|管理|保存|登记|开通|开放(?!给)|共享(?!给)|分享(?!给)|查阅|下载|查询|调取|"
        rf"(?<![A-Za-z])share(?!\s*给))"
        rf"\s*(?:一下)?\s*"
        # the owner typed with blanks too ("睇 我 嘅 lab results", folded to 看 我 的, round 12)
        rf"(?:(?:我们[ \t]*的|我[ \t]*的|本人[ \t]*的|我们|我)[ \t]*(?:[{_CJK}]{{1,6}}的)??)?(?!给|授权|让)"
        rf"(?P<v>[{_CJK}A-Za-z]{{1,14}}?){_ZH_END}"
    ),
    re.compile(
        rf"(?:我的|我们的|本人的|把|将)\s*(?:(?:19|20)\d\d\s*年度?的?\s*)?(?:[{_CJK}]{{1,6}}的)?(?P<v>[{_CJK}A-Za-z]{{1,14}}?){_ZH_END}"
    ),
    re.compile(
        rf"(?:^|(?<=[，,。；;：:]))\s*(?P<v>[{_CJK}A-Za-z]{{2,16}}?)\s*"
        r"(?:的)?(?:访问控制|访问管理|访问权限|访问登记|访问记录|授权|共享|登记|权限管理|存证)"
    ),
    re.compile(
        rf"(?:^|(?<=[，,。；;：:]))\s*(?P<v>[{_CJK}A-Za-z]{{0,12}}?{_ZH_NOUN})\s*(?=[，,。；;（(]|share|给|授权|只|想|要|可以)"
    ),
)
#: request words at the left edge of a Chinese data phrase (documented): "我需要一个医疗数据…", "建个数据…"
#: request words at the right edge of a Chinese data phrase (documented): "体检结果想授权给…"
_ZH_DATA_TAIL = re.compile(r"(?:想|要|需要|打算|准备|可以|能|只|都|也|吗|呢|吧|啊)+$")
_ZH_HEAD = re.compile(
    r"(?:本单位|本公司|本院|本机构|本部门|本校|本局|本中心|本厂|本所|我司|我院|我校|我单位|我们|我|需要|想要|想|要|建|做|搞|创建|设置|设立|新建|开通|开|一个|个|一套|帮我|请|给|"
    # a contract party owning the data ("兹授权乙方查阅甲方财务报表"): whose data it is, never the data (round 10b)
    r"[甲乙丙丁]方的?|本方的?|贵方的?|"
    # a measure word after the owner, Cantonese above all ("俾李律師睇我份租約文件", "我啲X光片" folded to 我些):
    # it counts the data, it is no part of its name ("份额" is a word of its own)
    r"(?<=[我们的])(?:份(?!额)|张|些|个)|^(?:份(?!额)|些))+"
)
#: request words inside a Chinese data phrase (documented): what follows the last of them is the data
_ZH_REQUEST = re.compile(
    r"(?:要|想|需要|想要|打算|准备|帮我|请)(?:做|建|搞|弄|创建|设置|开发)?(?:一个|个|一套|套)|"
    r"(?:做|建|搞|弄|创建)(?:一个|个|一套|套)"
)
#: a period that says which data ("过去一年的血压记录", "the last 6 months of my glucose readings"): part of what
#: the data is, never how long the grant lasts
_DATA_PERIOD = re.compile(
    r"(?:过去|最近|近|前)\s*(?:的)?\s*[一二两三四五六七八九十半\d]+\s*个?(?:天|周|月|年|小时|星期)(?:内|来|以来)?的|"
    r"\b(?:the\s+)?(?:past|last|previous)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a|one)?\s*"
    r"(?:days?|weeks?|months?|years?)(?:'s)?\s+(?:of\s+|worth\s+of\s+)",
    re.IGNORECASE,
)
_ZH_GENERIC = frozenset({"数据", "信息", "资料", "记录", "文件", "合约", "合同", "系统", "权限", "访问"})

#: a grant said NOT to happen yet: "先不授权任何人", "暂时不给任何人权限", "no readers yet", "nobody for now"
_NO_READER = re.compile(
    r"(?:先|暂时|暂|目前|现在)?不(?:授权|给|开放)[^，,。；;]{0,3}任何人|任何人都不|\bno\s+(?:readers?|grants?|one)\b|"
    r"\bnobody\b|\bnot?\s+(?:anyone|one)\s+yet\b|\breaders?\s+(?:come|will\s+come|later)\b|"
    # "谁能看以后再说", "读取者待定", "who can read: decide later", "readers TBD": the reader is left for later
    r"谁(?:能|可以)?(?:看|查看|访问|读取)[^，,。；;]{0,4}?(?:以后|之后|回头|后面|晚点)(?:再说|再定|再加|再授权)|"
    r"(?:读取者|授权对象|给谁)[^，,。；;]{0,3}(?:待定|以后再说|再说)|\breaders?\s*(?:[:=]\s*)?(?:TBD|to\s+be\s+decided)\b|"
    r"\bwho\s+(?:can|gets\s+to)\s+(?:read|see|view|access)\b[^.;]{0,20}\b(?:later|TBD)\b",
    _I,
)
_NOBODY = re.compile(r"任何人|所有人|别人|大家|anyone|anybody|everyone|nobody", _I)
_READ_VERB = (
    r"(?:查看|访问|读取|调阅|使用|看|开通|查阅|下载|获取|查询|调取|浏览|"
    # "给华大基因用一年": 用 before the duration or the clause end (round 9)
    r"用(?=\s*(?:[一二两三四五六七八九十半\d]|[，,。；;]|$)))"
)
#: a Chinese reader: the whole span between the grant and the verb, the duration or the clause end
_ZH_READER = re.compile(
    rf"(?:(?P<neg>不|别|暂不|先不)\s*)?(?:只?授权给?|只?允许|让|给予?|开放给|共享给|(?<![A-Za-z])share\s*给)\s*[:：]?\s*"
    rf"(?P<r>[^，,。；;\s:：](?:[^，,。；;\s:：]|(?<=[{_CJK}])[ \t](?=[{_CJK}])){{0,15}}?)\s*"
    rf"(?=(?:都|也)?(?:可以|能够|能|才能|来|去|也)?(?:拿去|拿来|拿)?{_READ_VERB}|开放|开通|"
    r"[，,。；;]|$|"
    # "给审计师陈会计开账本的访问权限", "给张大夫开个权限": a permission opened for the reader
    r"开(?![放始心会车发展除关])(?:个|一个)?(?=[^，,。；;]{0,12}?权限)|"
    r"(?:做|用于|用来|拿来|进行)(?:研究|分析|科研|审核|核保|评估|统计|备案)|"
    r"\d+\s*个?\s*(?:天|日|周|星期|礼拜|月|年|小时|days?|weeks?|months?)|"
    r"[一二两三四五六七八九十半]+个?(?:天|日(?![志记程报])|周|月|年|小时|星期|礼拜))"
)
_ZH_READER_KEY = re.compile(
    r"(?:读取者|读者|查看者|访问者|读取方|访问方|查看方|授权对象|医生|被授权人|被授权方|接收方|使用方)\s*(?:[:：=]|为|是|[—–])\s*"
    r"(?P<r>0[xX][0-9a-fA-F]{40}|[^，,。；;\s:：]{1,16}?)(?=[，,。；;]|$)"
)
#: a job or relation said before a Chinese name: "我的律师陈律师", "审计师李会计", "研究员小孙"
_ZH_ROLE_BEFORE = re.compile(
    r"^(?:我的|我们的|我|我们)?(?:律师|医生|会计|审计师|研究员|研究生|学生|助理|同事|朋友|秘书|老师|护士|顾问|主治医生|家庭医生|大夫|"
    r"女儿|儿子|太太|先生|老婆|老公|妹妹|姐姐|哥哥|弟弟|妈妈|爸爸|阿妈|阿爸|老妈|老爸|母亲|父亲|丈夫|妻子|爱人|男朋友|女朋友|"
    r"表[哥姐弟妹]|"
    r"堂[哥姐弟妹]|闺蜜|室友|教练|导师|合伙人|搭档|"
    # a job title, with its department before it ("销售总监王强", "财务经理李梅")
    r"[\u4e00-\u9fff]{0,4}?(?:教练|顾问|律师|医生|老师|护士|助理|大夫|总监|经理|主管|专员|总裁|董事长|董事|秘书|工程师|分析师|会计师|审计师|理赔员|核保员|"
    r"护士长|医师|院长|主任|科长|处长|店长|组长|队长|校长|教授|编辑|记者|主编|老板|领导|上司|专家|法官|代表|负责人|联系人|对接人|"
    # an agent of a trade ("保险代理宋佳", "保險經紀陳美玲", "地产中介李明", round 12): the trade before the name
    r"经纪人|经纪|代理人|代理|中介))"
)
#: a Chinese personal name after a job or relation word: surname + one or two characters, 老/小/阿 + one, a titled
#: name ("陈会计"), or a Latin name ("阿Ken", "Lisa")
_SURNAME = (
    r"[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    r"谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温]"
)
_ZH_PERSON = re.compile(
    _SURNAME + r"[\u4e00-\u9fff]{1,2}|"
    r"[老小阿][\u4e00-\u9fff]|[老小阿]?[A-Z][A-Za-z]{1,15}(?:\s[A-Z][A-Za-z]{1,15})?"
)
#: a job said before a name ("设计师阿Ken", "理赔员小张"): any word for a trade that ends in 师 or 员
_ZH_TRADE = re.compile(
    r"(?:我的|我们的|我|我们)?[\u4e00-\u9fff]{1,4}?(?:师|员)|"
    # a kind of doctor named by one word ending in 医 ("牙医周明", "兽医老陈", "校医"): the trade before the name
    r"(?:我的|我们的|我|我们)?(?:牙|兽|校|队|军|中|西|村|家庭)医|"
    # a kind of doctor, lawyer, teacher … before the name ("私人医生周明", "牙科医生", "法律顾问"); only the words that
    # say which kind ("平安好医生" is a firm, "王建国医生" a name)
    r"(?:我的|我们的|我|我们)?(?:私人|家庭|主治|牙科|眼科|儿科|妇科|心理|中医|西医|专科|社区|乡村|法律|财务|税务|技术|健康|"
    r"专属|签约|常年|律师|医院的?|公司的?)(?:医生|大夫|律师|顾问|护士|老师|教练|助理|秘书|会计|同事|朋友|同学)"
)


#: a blank typed between two Chinese characters ("保险 代理"): no part of the word, so role words are matched without it
_BLANK_IN_ZH = re.compile(rf"(?<=[{_CJK}])[ \t]+(?=[{_CJK}])")


def _role_before_name(span: str) -> int:
    """How many characters of ``span`` are a job or relation before a personal name (0 when none): the shortest
    prefix that is such a word while the rest is a name, never an organisation ("律师事务所" stays whole)."""
    for i in range(2, len(span) - 1):
        head, rest = _BLANK_IN_ZH.sub("", span[:i]), span[i:]
        lead = len(rest) - len(rest.lstrip(" \t"))  # "会计师 李佩珊" typed with a blank: the name after it
        rest = rest[lead:]
        if span[i - 1] in " \t" or not (_ZH_ROLE_BEFORE.fullmatch(head) or _ZH_TRADE.fullmatch(head)):
            continue
        if _ZH_ORG_SUFFIX.search(rest) or re.search(r"(?:所|部|处|科|室|组|院|厂|店|站)$", rest):
            return 0
        if _ZH_PERSON.fullmatch(rest) or _ZH_TITLED_NAME.fullmatch(rest):
            return i + lead
    return 0


#: a role word alone names nobody in particular ("让医生看"): the reader is asked, never the word itself
_ZH_BARE_ROLE = re.compile(
    r"(?:主治|家庭)?(?:医生|大夫|律师|老师|护士|会计|研究人员|研究员|对方|家人|家属)|"
    r"(?:我的?)?(?:同事|朋友|同学|室友|邻居|闺蜜|合伙人|搭档|助理|秘书|顾问|教练|上级|下属)|"
    r"(?:孩子的|我的)?(?:班主任|辅导员|校医|队医|家教|保姆|管家|房东|中介)|"
    # a title without a name ("我的主任", "老板"): no one the text identifies
    r"(?:科室|部门|公司)?(?:主任|经理|院长|科长|处长|店长|组长|队长|校长|教授|老板|领导|上司|主管|总监|专家|负责人|联系人|"
    r"对接人|护士长|主治医师|医师)|"
    # a department without a name ("公司人事", "财务部"): no one in particular
    r"(?:公司|单位|学校|医院|我们)?的?(?:人事|人力资源|人力|财务|行政|法务|审计|HR|IT|信息|技术|销售|市场|采购|运营|客服|研发|"
    r"保卫|前台|后勤)(?:部门?|处|科|组|中心)?|"
    # a relative named by kinship only ("二姨", "我老公", "表姐"): no one the text identifies
    r"(?:我的?)?[大二三四五小老阿]?(?:姨妈?|舅舅?|叔叔?|姑姑?|婶婶?|爸爸?|妈妈?|爷爷|奶奶|外公|外婆|老公|老婆|女儿|儿子|"
    r"亲戚|哥哥?|姐姐?|弟弟?|妹妹?|表[哥姐弟妹]|堂[哥姐弟妹]|伯伯|岳父|岳母|公公|婆婆|爱人|对象)"
)
#: a job noun alone ("核保员", "药剂师", "审核方"): no one in particular
_ZH_JOB = re.compile(r"[\u4e00-\u9fff]{1,3}(?:员|师|生|者|官|方)|(?:牙|兽|校|队|军)医")
_EN_REPLACEABLE = re.compile(
    # "my physio, Jana Novak", "my GP Dr. Anna Berg": the role words (an acronym too: GP, PT, CPA) before the name
    r"(?:my|our|the)\s+(?:[a-z][\w\-]*\s+){0,2}?(?:[a-z][\w\-]*|(?:GP|PT|CPA|OT|RN|NP|PA|HR|CFO|CEO|MD))\s*,?\s+"
    r"(?=[A-Z0-9])|"
    # "for accountant Mr. Okafor", "to editor Dr. Lee": a role noun right before a titled name
    r"[a-z][\w\-]*\s+(?=(?:Mr|Mrs|Ms|Mx|Dr|Prof|Mme)\.?\s+[A-Z])"
)
_COMPANY = re.compile(r"LLP|LLC|Inc\.?|Ltd\.?|GmbH|Co\.|Corp\.?|AG|SA|PLC|plc|Pty|BV|NV")
_EN_SUFFIX = re.compile(
    r"\s+(?:LLP|LLC|Inc\.?|Ltd\.?|GmbH|Co\.|Corp\.?|AG|SA|PLC|plc|Pty|BV|NV|[A-Z][a-z][\w\-]*)(?=[\s,.;:!?，。]|$)"
)
#: a brand that starts with digits ("23andMe", "3M"): a name, not a number
#: a brand that starts with digits, with the capitalised words of its name after it ("23andMe Research")
_DIGIT_BRAND = re.compile(r"\b\d+[A-Za-z]*[A-Z][A-Za-z]*\b(?:\s+[A-Z][A-Za-z]+\b){0,2}")
#: an institution named "<kind> of <Place>" ("the University of Tokyo", "Bank of Ireland"): the name reader stops
#: at the lower-case "of", the institution's name goes on over it
_INSTITUTION = re.compile(
    r"(?:the\s+)?(?P<n>(?:[A-Z][\w'-]*\s+){0,2}(?:University|Institute|College|Ministry|Department|Bank|Museum|School|"
    r"Hospital|Council|Academy|Board|Office|Bureau|Society|Federation|City|County|Borough|Port|State|Government|"
    r"Province|Commission|Agency|Authority|Trust|Foundation|Diocese|Church|Republic|Library|Centre|Center)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'-]*"
    r"(?:\s+[A-Z][\w'-]*){0,2})"
)
#: what a reader may do, said right after the reader ("Nurse Joy can read", "Dr. Ortiz needs my …")
_EN_CAN_READ = re.compile(
    r",?\s+(?:(?:can|may|should|must|will|will\s+be\s+able\s+to|should\s+be\s+able\s+to|is\s+allowed\s+to|gets?\s+to|"
    r"to\s+be\s+able\s+to|to)\s+"
    r"(?:read|see|view|access|look)\b|(?:gets?|has|have|receives?)\s+(?:read(?:-only)?\s+)?access\b|"
    r"needs?\s+(?:to\s+(?:see|read|view|access|look\s+at)\b|access\b|my\b|our\b|the\b)|gets?\s+(?:my|our|the)\b|"
    r"(?:should|will|can|may|must)\s+(?:get|have|receive)\s+(?:read(?:-only)?\s+)?access\b|"
    r"wants?\s+(?:to\s+(?:see|read|view|access|look\s+at)\b|access\b)|"
    # "Her new GP, Dr. Okonkwo, asked to see her …" (round 9)
    r"(?:has\s+|have\s+)?(?:asked|asks|requested|requests)\s+(?:to\s+(?:see|read|view|access|look\s+at)\b|(?:for\s+)?access\b)|"
    r"would\s+like\s+to\s+(?:see|read|view|access|look\s+at)\b)",
    _I,
)
#: "can my insurer (Aviva) see …": the name in brackets after the role asked to read
_EN_ASK_BRACKET = re.compile(
    r"\b(?i:can|could|may|would)\s+(?i:my|our|the)\s+[a-z][\w\-]*\s*\(\s*(?P<n>[A-Z][\w&.'\- ]{0,40}?)\s*\)\s+"
    r"(?i:see|read|view|access|look\s+at|have\s+access|get\s+access)\b"
)
_EN_ASK_READ = re.compile(
    r"\b(?i:can|could|may|would)\s+(?:(?i:my|our|the|his|her|their)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*\s*,?\s+)?"
    r"(?P<n>[A-Z][\w&.'\-]*(?:\s+(?:&\s+)?[A-Z][\w&.'\-]*){0,3}),?\s+"
    r"(?i:see|read|view|access|look\s+at|have\s+access|get\s+access)\b"
)
_EN_CUES = (
    r"(?i:\breaders?['\"]?\s*(?:[:：=]|\bis\b|是|为)?\s*['\"]?)(?P<p>)(?=\S)",
    r"(?i:\b(?:readable|viewable|accessible|visible|available)\s+(?:only\s+)?(?:by|to)\s+)(?P<p>)",
    r"(?i:\b(?:his|her|their)\s+name\s+is\s+)(?P<p>)",
    r"(?i:\b(?:access|permission)\s+(?:to|on)\s+[^.;:]{1,60}?\s+for\s+)(?P<p>)(?=[A-Z0-9]|(?:my|our|his|her)\s|"
    r"[a-z][\w\-]*\s+(?:Mr|Mrs|Ms|Mx|Dr|Prof|Mme)\.?\s+[A-Z])",
    # "grant read access on the dataset X to Halcyon Research Ltd.": the reader after the data, after "to"
    r"(?i:\b(?:access|permission)\s+(?:to|on)\s+[^.;:]{1,60}?\s+to\s+)(?P<p>)(?=[A-Z0-9]|(?:my|our|the)\s)",
    # "access for: Zurich Insurance", "grantee: …", "who: …": a key that names the reader
    r"(?i:\b(?:access\s+for|grantee|recipient|who|shared?\s+with|give\s+to|granted\s+to)\s*[:：=]\s*)(?P<p>)(?=\S)",
    # "let researchers from Uppsala University read it", "the auditors at Baker Tilly": the organisation they are from
    r"(?i:\b(?:let|allow|give|grant)\s+(?:the\s+)?)[a-z]+(?:\s+[a-z]+)?(?i:\s+(?:from|at)\s+)(?P<p>)(?=[A-Z])",
    # "Abeg make Dr. Okafor fit see my results" (Nigerian Pidgin: "let Dr. Okafor see"), round 10
    r"(?i:\bmake\s+)(?P<p>)(?=(?:[^.;:]|(?<=Dr|Mr|Ms|Mx)\.|(?<=Mrs)\.|(?<=Prof)\.){1,40}?\bfit\s+(?:see|read|view|access|check|look)\b)",
    # "my kid's vaccination records -> the school nurse, Ms. Delacroix": the reader after an arrow
    r"(?:->|→|=>)\s*(?P<p>)(?=\S)",
    # "I give to my doctor Ahmed the …": learner order, the reader after "to"
    r"(?i:\b(?:give|gives|grant|grants|show|shows|send|sends)\s+to\s+)(?P<p>)(?=[A-Z0-9]|(?:my|our)\s)",
    r"(?i:\b(?:give|gives|grant|grants|let|lets|allow|allows|(?:share|shared|sharing)\b[^.;]{0,40}?(?:\bwith|\bw/|\bw(?=\s+[A-Z0-9])))\s+)(?P<p>)",
    r"(?i:\baccess\s+(?:to|for)\s+)(?P<p>)",
    r"(?i:(?:\bto|\bwith|\bw/)\s+)(?P<p>)(?=0[xX][0-9a-fA-F]{40})",
    rf"(?i:\b{_EN_NOUN}\s+(?:to|with)\s+)(?P<p>)",
)

_DAYS_KEY = re.compile(r"(?:\b(?:days|access_days|access\s+days)['\"]?\s*[:=]|天数\s*[:：=])\s*(?P<n>\d{1,5})\b", _I)
_ASK_DATA = ("Is the data '{w}'? (--set data=…)", "数据是“{w}”吗？（--set data=…）")
_ASK_WHO = ("Who is '{w}'? Name the reader with --set reader=…", "“{w}”是谁？请用 --set reader=… 指定读取者。")
_ASK_READER = ("Is the reader '{w}'? (--set reader=…)", "读取者是“{w}”吗？（--set reader=…）")


def _overlapping(rx: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Every match of ``rx``, also those that start inside an earlier one ("read access to the …")."""
    out: list[re.Match[str]] = []
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        out.append(m)
        pos = m.start() + 1
    return out


#: a data set named by an identifier, with the word for data before or after it ("dataset ocean-temps-2026",
#: "glacier-melt-2024 dataset"): the identifier (it holds a digit, "-" or "_") is the data
_IDENT_DATA = re.compile(
    r"(?:(?:data\s*set|dataset|data|file|table|database)\s+(?P<id>(?=\S*\d)[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+)|"
    r"(?P<id2>(?=\S*\d)[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+)\s+(?:data\s*set|dataset|data|file|table|database))",
    _I,
)


#: the rest of Chinese data words typed with blanks, after a first word that is no word for data ("公司 账目",
#: "本人 的 饮食 纪录": after 的, only what follows is the data), up to the word for data (round 12)
_SPACED_DATA = re.compile(
    rf"[ \t]+(?P<de>的[ \t]*)?(?P<w>(?:[{_CJK}](?:[{_CJK}]|[ \t](?=[{_CJK}])){{0,8}}?)?{_ZH_NOUN})(?={_ZH_END[3:]}"
)
#: slang and politeness closing English data words ("report cards lah", "sprint times ya", round 12), lower case
#: only, so a name in capitals ("records from LA") stays whole
_EN_DATA_FILLER = re.compile(r"(?:\s+(?:lah|leh|lor|hor|meh|ya|yah|yeah|pls|plz|please|lol|ok|okay|thx|thanks|asap))+$")


def _data(s: Scan, params: dict[str, Any]) -> None:
    """The data: every cue-bounded candidate, in the order of the rules; the first that ends in a word for data
    ("…报告", "… records") wins, else the first candidate (its edges are still cues)."""
    text = s.text
    durations = [(d.start, d.end) for d in s.durations]
    zh = bool(re.search(f"[{_CJK}]", text))
    rules = _ZH_DATA + _EN_DATA if zh else _EN_DATA
    found: list[tuple[str, int, int]] = []
    for rx in rules:
        for m in _overlapping(rx, text):
            start, end = m.start("v"), m.end("v")
            if any(a <= start < b for a, b in durations):
                continue  # "看一周": a duration, not the data
            if rx in _ZH_DATA:
                # "查看我的 medical records 权限", "我的 X 光片": English words in a Chinese request stay whole
                latin = re.search(r"[A-Za-z]$", text[start:end])
                more = (
                    re.match(
                        r"(?:\s*(?!(?:with|w|for|to|until|till|by|from|and|on|in|at)\b)[A-Za-z][\w\-]*)*(?:\s*光片)?",
                        text[end:],
                        _I,
                    )
                    if latin
                    else None
                )
                if more and more.group(0):
                    end += more.end()
                    start += len(text[start:end]) - len(text[start:end].lstrip())
                boundary = (
                    r"[ \t]*(?:给|授权|让|只|允许|查看|看|共享|开放|期限|有效期|的|权限|访问|读取|"
                    r"[一二两三四五六七八九十半])"
                )
                if latin and re.match(rf"[ \t]*[{_CJK}]", text[end:]) and not re.match(boundary, text[end:]):
                    # "读取 IoT 温湿度数据": English and Chinese words of one phrase, up to its word for data
                    mixed = re.match(rf"[ \t]*[{_CJK}A-Za-z]{{0,10}}?{_ZH_NOUN}(?={_ZH_END[3:]}", text[end:])
                    if mixed is None:
                        s.unsure.append(Unsure("data", start, end, text[start:end], *_ASK_DATA))
                        return
                    end += mixed.end()
            raw = text[start:end]
            if re.search(f"[{_CJK}]", raw) or rx in _ZH_DATA:
                head = _ZH_HEAD.match(raw)
                if head and head.end() < len(raw):
                    start += head.end()
                while end > start and text[end - 1] == "的":  # "病理切片数据的访问控制": 的 ties it to the kind
                    end -= 1
                asks = list(_ZH_REQUEST.finditer(text, start, end))
                if asks and asks[-1].end() < end:  # "我们医院要做一个病理切片数据…": the request words end here
                    start = asks[-1].end()
                de = text.rfind("的", start, end)
                start = de + 1 if de >= 0 and de + 1 < end else start
                tail = _ZH_DATA_TAIL.search(text, start, end)
                end = tail.start() if tail and tail.start() > start else end
                value = text[start:end].strip()
                more_zh = None if re.search(rf"{_ZH_NOUN}$", value) else _SPACED_DATA.match(text, end)
                if more_zh:  # "查看 公司 账目", "读取 本人 的 饮食 纪录": typed with blanks, up to the word for data
                    start = more_zh.start("w") if more_zh.group("de") else start
                    end = more_zh.end("w")
                    value = text[start:end]
                if re.match(r"的\s*[A-Za-z]", text[end:]):
                    continue  # "公司的 HR 档案": whose data it is; the data goes on in English (round 9)
                if (
                    value in _ZH_GENERIC
                    or len(value) < 2
                    or re.search(r"[我你他她的不先]|谁|控制|合约|系统|平台|权限", value)
                    or value in ("过去", "最近", "近期", "以前", "之前")
                    or re.fullmatch(
                        r"(?:查看|读取|访问|调阅|使用|下载|开放|开通|查阅|阅读|看|登记|管理|存储|共享|上传|保存|授权)+",
                        value,
                    )
                ):
                    continue
            else:
                filler = _EN_DATA_FILLER.search(text, start, end)
                if filler and filler.start() > start:  # "my kid's report cards lah": the particle is speech
                    end = filler.start()
                    raw = text[start:end]
                value = raw.strip()
                quoted = text[start - 1 : start] in ("'", '"', "“", "‘")
                whole = read_name(text, start) if not quoted and value[:1].isupper() else None
                # "the Customer Survey Data", and "my X-rays" or "my M-Pesa statements" (owned, round 10b): data
                before = text[max(0, start - 7) : start]
                led = re.search(r"\bthe\s+$", before, _I) or _OWNED.search(before)
                defined = re.search(rf"\b{_EN_NOUN}$", value, _I) and led
                if _EN_NOT_DATA.search(value) or (
                    whole is not None and whole.end >= end and not defined
                ):  # the words are a name; "the Customer Survey Data" (legal drafting) is a defined term, the data
                    continue
                if len(value.split()) > 5 or (len(value.split()) == 5 and not re.search(rf"\b{_EN_NOUN}$", value, _I)):
                    if any(re.search(rf"\b{_EN_NOUN}$", f[0], _I) for f in found):
                        # "The Ministry hereby grants read-only access to the groundwater datasets": a long run
                        # before "access" gives way to the data an earlier rule already bounded by cues (round 10)
                        continue
                    s.unsure.append(Unsure("data", start, end, value, *_ASK_DATA))
                    return
            found.append((value, start, end))
    if not found:
        return
    nouns = re.compile(rf"(?:{_ZH_NOUN}|\b{_EN_NOUN})$", _I)
    value, start, end = next((f for f in found if nouns.search(f[0])), found[0])
    ident = _IDENT_DATA.fullmatch(value)
    if ident:  # "the dataset ocean-temps-2026": the word "dataset" describes the name, the name is the data
        g = "id" if ident.group("id") else "id2"
        start, end = start + ident.start(g), start + ident.start(g) + len(ident.group(g))
        value = ident.group(g)
    params["data"] = value
    s.cite("data", start, end, "what the data sets are (between a cue and a boundary)")
    _data_remarks(s, start, end)


#: words about the data right beside it: a year before it ("2026 年的销售报表", "the 2025 survey data") or a
#: bracketed remark after it ("装修图纸（2018 年画的，一共 36 张）"): their numbers say which data, never the grant
_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d\s*(?:年度?|年)?\s*的?\s*$")


def _data_remarks(s: Scan, start: int, end: int) -> None:
    text = s.text
    spans: list[tuple[int, int]] = []
    year = _YEAR_BEFORE.search(text, max(0, start - 12), start)
    if year:
        spans.append(year.span())
    remark = re.match(r"\s*[(（][^()（）]{1,40}[)）]", text[end:])
    if remark:
        spans.append((end, end + remark.end()))
    durations = [(d.start, d.end) for d in s.durations]
    for i, n in enumerate(s.numbers):
        if any(a <= n.start < b for a, b in durations):
            continue  # "（有效期 30 天）": a duration in the remark is how long the grant lasts, read below
        if i not in s.used and any(a <= n.start and n.end <= b for a, b in spans):
            s.used.add(i)
            s.ignored.append(Ignored(n.start, n.end, n.text, "describes which data, not the grant"))


def _extend_en(text: str, start: int, end: int) -> int:
    """'Dr. Amara' + ' Osei', 'Hart & Sons' + ' LLP': a name goes on over capitalised words and company suffixes."""
    saint = re.match(r"\.\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}", text[end:])
    if saint and re.search(r"\b(?:St|Mt|Ste)$", text[start:end]):  # "St. Mary's Hospital": the abbreviation goes on
        end += saint.end()
    for _ in range(2):
        m = _EN_SUFFIX.match(text, end)
        if m and (
            re.match(r"\s*[:=]", text[m.end() :])
            or (text[end - 1] == "." and not _COMPANY.fullmatch(m.group(0).strip()))
        ):
            break  # "SecureCo Ltd. Duration: 14 days": the next key, not more of the name
        if not m or re.match(r"\s+(?:For|To|Until|With|Access|Read|See|View|Can|May|The)\b", text[end:]):
            break
        end = m.end()
    org = _EN_ORG_TAIL.match(text, end)
    if org:  # "Walgreens pharmacy", "Quest lab": a lower-case word for the kind of place goes with the name
        end = org.end()
    return end


#: a lower-case word for an organisation right after a name is part of it ("Walgreens pharmacy")
_EN_ORG_TAIL = re.compile(
    r"\s+(?:pharmacy|clinic|hospital|lab|labs|laboratory|bank|insurance|university|school|practice|surgery|"
    r"group|foundation|institute|trust|council)\b"
)
_EN_PRONOUN_NAME = frozenset({"I", "We", "You", "They", "He", "She", "It", "Me", "Us", "Them"})


#: a second reader joined to the first ("Dr. Kim and her team", "Dr. Park or his nurse"): one grant, two readers
_AND_ANOTHER = re.compile(
    r"\s*,?\s*(?:and|&|or|plus|\+|和|与|及|或)\s*(?:(?:his|her|their|the|my|our)\s+)?(?=[A-Za-z\u4e00-\u9fff])(?!"
    r"(?:LLP|LLC|Inc|Ltd|GmbH|Co|Corp|Sons|Partners|Associates|Company)\b)(?!(?:for|until|till|with|access|read|see|view)\b)",
    _I,
)


def _set_reader(s: Scan, params: dict[str, Any], start: int, end: int, rule: str) -> None:
    name = s.text[start:end].strip()
    if name in _EN_PRONOUN_NAME:  # "I need my insurer to see …": the writer is no reader; nothing is read
        return
    more = _AND_ANOTHER.match(s.text, end) if not has_cjk(name) else None
    if more is not None:  # "give Dr. Kim and her team access": who reads is more than the one name: asked
        tail = re.match(r"(?:(?!(?:access|see|read|view|to|for|until)\b)[\w.'’\-]+[ \t]*){1,3}", s.text[more.end() :])
        b = more.end() + (tail.end() if tail else 0)
        s.unsure.append(Unsure("reader", start, b, s.text[start:b], *_ASK_READER))
        return
    owner = re.search(r"[A-Z][\w\-]*['’]s\s+$", s.text[:start])
    if owner and not has_cjk(name):  # "Guy's Hospital": a possessive proper noun before the name is part of it
        start = owner.start()
        name = s.text[start:end].strip()
    params["reader"] = name
    s.name_spans[name] = Span(start, end, s.text[start:end])
    s.cite("reader", start, end, rule)


#: a kinship or job word (not possessive) between a name and a pronoun: "her" may be that unnamed person instead
_EN_OTHER_PERSON = re.compile(
    r"\b(?:mother|mum|mom|father|dad|wife|husband|daughter|son|sister|brother|aunt|uncle|niece|nephew|cousin|"
    r"grand(?:ma|pa|mother|father)|friend|colleague|doctor|nurse|lawyer|accountant|therapist|teacher|boss|"
    r"partner|girlfriend|boyfriend|landlord|landlady|neighbou?r|she|he)\b(?!['’]s)",
    _I,
)


#: capitalised words that open a sentence and name nobody
_SENTENCE_WORDS = frozenset(
    re.findall(
        r"\S+",
        "My Our The I I'm I've I'd Please Can Could Would Will She He It It's This That These Those Last Since When "
        "And But So Hi Hello Dear Thanks We They You Her His Let If After Before Yesterday Today Now Also Just Ok Okay "
        "Kindly Hey There Then Because As In On At For With From Every Each Recently Lately Anyway Actually Sorry "
        "Yes No",
    )
)


def _pronoun_referent(s: Scan, pronoun: re.Match[str]) -> NameMatch | None:
    """The one person named before "let her see …" (round 10): a singular pronoun refers to the only name the text
    gives before it, when no other person ("my mum", "she") is mentioned between them; else None (asked)."""
    if pronoun.group(0).lower() not in ("her", "him"):
        return None
    names = [
        n
        for n in find_names(s.text[: pronoun.start()])
        if n.name not in _EN_PRONOUN_NAME and not any(i.start <= n.start < i.end for i in s.ignored)
    ]
    if len({n.name for n in names}) != 1:
        return None
    last = names[-1]
    # a capitalised word the name reader passed over ("Anna and Sofia asked": a sentence's first word) may be a
    # second person: then the pronoun is asked
    taken = [(n.start, n.end) for n in names]
    for w in re.finditer(r"\b[A-Z][a-z'’\-]+\b", s.text[: pronoun.start()]):
        if not any(a <= w.start() < b for a, b in taken) and w.group(0) not in _SENTENCE_WORDS:
            return None
    between = s.text[last.end : pronoun.start()]
    others = [m for m in _EN_OTHER_PERSON.finditer(between) if m.group(0).lower() not in ("she", "he")]
    return None if others else last


def _reader_en(s: Scan, params: dict[str, Any]) -> bool:
    """A named reader, else a question when a grant cue points at a pronoun ("share my scans with them")."""
    named, pronoun = _reader_en_named(s, params)
    if not named and pronoun is not None and (who := _pronoun_referent(s, pronoun)) is not None:
        _set_reader(s, params, who.start, who.end, "the one person named before the pronoun the grant names")
        return True
    if not named and pronoun is not None:
        s.unsure.append(Unsure("reader", pronoun.start(), pronoun.end(), pronoun.group(0), *_ASK_WHO))
        return True
    return named


def _reader_en_named(s: Scan, params: dict[str, Any]) -> tuple[bool, re.Match[str] | None]:
    text = s.text
    pronoun: re.Match[str] | None = None
    for pat in _EN_CUES:
        for m in re.finditer(pat, text):
            pos = m.start("p")
            skip = _EN_REPLACEABLE.match(text, pos)
            if skip:
                pos = skip.end()
            elif (article := re.match(r"the\s+(?=[A-Z])", text[pos:])) is not None:
                pos += article.end()  # "let the Red Cross see": the article is no part of the name
            addr = _ADDR.match(text, pos)
            if addr:
                _set_reader(s, params, addr.start(), addr.end(), "the address a grant cue names")
                return True, pronoun
            named = _ROLE_THEN_NAME.match(text, pos)
            if named:  # "with her school (Maple Elementary)": the name in brackets after the role words
                _set_reader(s, params, named.start("n"), named.end("n"), "the name in brackets after a grant cue")
                return True, pronoun
            other = _NOT_ACCOUNT.match(text, pos)
            if other:  # an e-mail, an ENS name or another DID method names no account the contract can check
                s.unsure.append(Unsure("reader", other.start(), other.end(), other.group(0), *_ASK_ACCOUNT))
                return True, pronoun
            bracket = _NAME_THEN_ADDR.match(text, pos)
            if bracket:  # "let the research team at UCL (0x…) read": the address in brackets is who reads
                _set_reader(
                    s, params, bracket.start("a"), bracket.end("a"), "the address in brackets after a grant cue"
                )
                owner = read_name(text, pos)
                if owner is not None and owner.name != "me" and text[owner.end : bracket.start("a")].strip() == "(":
                    # "FreshCo Logistics (0x…)": the name is whose address it is (accounted for, not asked)
                    s.ignored.append(
                        Ignored(
                            owner.start, owner.end, text[owner.start : owner.end], "whose address reads (in brackets)"
                        )
                    )
                return True, pronoun
            pron = _EN_PRONOUN.match(text, pos)
            if pron:  # "share my scans with them": asked, unless a name is found elsewhere ("Dr. Ortiz …, give her")
                pronoun = pronoun or pron
                continue
            inst = _INSTITUTION.match(text, pos)
            if inst:
                more = re.compile(r"\s+(?:and|&)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*").match(text, inst.end("n"))
                if more:  # "the Department of Health and Social Care": the name may go on over "and"; asked
                    a, b = inst.start("n"), more.end()
                    s.unsure.append(Unsure("reader", a, b, text[a:b], *_ASK_READER))
                    return True, pronoun
                _set_reader(s, params, inst.start("n"), inst.end("n"), "an institution a grant cue names")
                return True, pronoun
            caps = re.match(
                r"[A-Z][A-Z0-9&]{1,9}\b(?=\s+(?:read\s+)?(?:access|permission|read|see|view)\b)", text[pos:]
            )
            if caps:  # "grant BUPA access …": an acronym the name reader does not take
                _set_reader(s, params, pos, pos + caps.end(), "a name a grant cue names")
                return True, pronoun
            brand = _DIGIT_BRAND.match(text, pos)
            if brand:
                s.ignored.append(Ignored(brand.start(), brand.end(), brand.group(0), "part of a name"))
                _set_reader(s, params, brand.start(), brand.end(), "a name a grant cue names")
                return True, pronoun
            found = read_name(text, pos)
            if found is None or found.name == "me" or _NOBODY.fullmatch(found.name):
                continue
            _set_reader(s, params, found.start, _extend_en(text, found.start, found.end), "a name a grant cue names")
            return True, pronoun
    qb = _EN_ASK_BRACKET.search(text)
    if qb:
        _set_reader(s, params, qb.start("n"), qb.end("n"), "the name in brackets a question asks to read")
        return True, pronoun
    q = _EN_ASK_READ.search(text)  # "can St. Mary's Pharmacy see my …?": the question form names the reader
    if q and q.group("n").split()[0] not in ("I", "We", "You", "It", "They", "He", "She"):
        _set_reader(s, params, q.start("n"), q.end("n"), "the name a question asks to read")
        return True, pronoun
    for m in _EN_CAN_READ.finditer(text):
        head = text[: m.start()]
        remark = re.search(r"\s*\(([^()]{1,40})\)$", head)
        if remark and _ADDR.fullmatch(remark.group(1).strip()):  # "the research team at UCL (0x…) read …"
            a = head.index(remark.group(1).strip(), remark.start(1))
            _set_reader(s, params, a, a + 42, "the address in brackets before what the reader may do")
            return True, pronoun
        if remark:  # "my physiotherapist (Jonas Berg) wants to …", "Dr. Sato (my GP) should …": a bracketed remark
            inner = read_name(head, remark.start(1))
            if inner is not None and inner.end == remark.end(1) and inner.name != "me":
                _set_reader(s, params, inner.start, inner.end, "the name in brackets before what the reader may do")
                return True, pronoun
            head = head[: remark.start()]
        addr = re.search(r"(0[xX][0-9a-fA-F]{40})\s*$", head)
        if addr:  # "the registrar 0x… may read": the address is the reader
            _set_reader(s, params, addr.start(1), addr.end(1), "the address before what the reader may do")
            return True, pronoun
        hit = _name_ending_at(head)
        org = re.search(
            r"(?:^|[:;,.]\s*|\b(?:can|could|may|should|will|would|does|did|from|at|that|so|and|if|when|where)\s+)"
            r"(?P<n>[A-Z][\w&.'\-]*(?:\s+(?:&\s+)?[A-Z][\w&.'\-]*){0,3}(?:\s+(?:plc|Ltd\.?|LLC|Inc\.?|LLP|GmbH|Co\.?))?)$",
            head,
        )
        if org and org.group("n") in _EN_PRONOUN_NAME and (hit is None or hit.name in ("me", *_EN_PRONOUN_NAME)):
            continue  # "I need my cardiologist, Dr. Ade, to see …": the writer is no reader; the next cue may name one
        if hit is not None and hit.name != "me" and not _NOBODY.fullmatch(hit.name):
            if (  # "Harrow & Finch Solicitors": the name reader stops at "&", the firm's name goes on before it
                org
                and org.start("n") < hit.start
                and org.end("n") == hit.end
                and "&" in s.text[org.start("n") : hit.start]
            ):
                _set_reader(s, params, org.start("n"), org.end("n"), "the name before what the reader may do")
                return True, pronoun
            _set_reader(s, params, hit.start, hit.end, "the name before what the reader may do")
            return True, pronoun
        if org:
            _set_reader(s, params, org.start("n"), org.end("n"), "the name before what the reader may do")
            return True, pronoun
    return False, pronoun


_ZH_CUE_ADDR = re.compile(
    rf"(?<!不)(?:授权给?|允许|让|给予?|开放给|共享给)\s*[:：]?\s*(?:[{_CJK}]{{0,6}}\s*)?(?P<a>0[xX][0-9a-fA-F]{{40}})"
)
_ZH_CUE_LATIN = re.compile(
    r"(?<!不)(?:授权给?|允许|让|给予?|开放给|共享给|(?<![A-Za-z])share\s*给|"
    r"(?:读取者|读者|查看者|访问者|读取方|访问方|查看方|授权对象|被授权人)\s*(?:[:：=]|为|是))\s*[:：]?\s*(?=[A-Z])"
)


#: a Chinese name with its title or its 老/小 ("李老师", "刘主任", "老刘", "小陈")
_ZH_TITLED_NAME = re.compile(
    # Cantonese "陳生" (Mr Chan), "黃太" (Mrs Wong), "李姑娘" (nurse Lee): a surname and its title (round 10)
    rf"[老小阿][{_CJK}]|[{_CJK}]{{1,2}}(?:老师|医生|医师|大夫|律师|主任|教授|会计|经理|总|先生|女士|叔叔|阿姨|护士长|护士|院长|科长|"
    rf"处长)|{_SURNAME}(?:生|太|姑娘|小姐|姐|哥)"
)


def _whole_name(part: str) -> bool:
    found = read_name(part, 0)
    return found is not None and found.end == len(part)


def _reader_zh(s: Scan, params: dict[str, Any]) -> bool:
    text = s.text
    pronoun: tuple[int, int] | None = None
    addr = _ZH_CUE_ADDR.search(text)  # "只授权给研究人员 0x… 看": the address is the reader, its role word is not
    if addr:
        _set_reader(s, params, addr.start("a"), addr.end("a"), "the address a grant cue names")
        return True
    for m in _ZH_CUE_LATIN.finditer(text):  # "share 给 Officer Riley": a Latin name after a Chinese cue
        found = read_name(text, m.end())
        if found is not None and found.name != "me" and not _NOBODY.fullmatch(found.name):
            _set_reader(s, params, found.start, _extend_en(text, found.start, found.end), "a name a grant cue names")
            return True
    for rx in (_ZH_READER_KEY, _ZH_READER):
        for m in rx.finditer(text):
            if m.groupdict().get("neg"):
                continue
            start, end = m.start("r"), m.end("r")
            if re.match(r"[A-Za-z]", text[start:end]) and not _ADDR.match(text, start):
                continue  # Latin names are read above, by the name reader
            addr = _ADDR.search(text, start, end + 42)
            if addr and addr.start() == start:
                _set_reader(s, params, addr.start(), addr.end(), "the address a grant cue names")
                return True
            br = re.search(r"[（(]", text[start:end])
            if br and br.start() >= 2:  # "小王（他是我的健康教练）看": a remark in brackets after the reader
                end = start + br.start()
            raw = text[start:end]
            de = raw.rfind("的")
            if de >= 0 and de + 1 < len(raw):
                if re.fullmatch(r"[\u4e00-\u9fff]{0,4}(?:部门|部|科|处|室)", raw[de + 1 :]):
                    # "中国人寿的核保部门": a department of someone: who reads (the firm? the department?) is asked
                    s.unsure.append(Unsure("reader", start, end, raw, *_ASK_READER))
                    return True
                start += de + 1
            parts = re.split(r"[和与及跟同、,，&]|或者?|还有", text[start:end])
            if len(parts) > 1 and (
                all(_whole_name(p) for p in parts)
                or (all(len(p) >= 2 for p in parts) and not _ZH_ORG_SUFFIX.fullmatch(parts[-1]))
            ):  # two readers for one grant ("张医生和护士长"), never "协和医院" (one character before 和)
                s.unsure.append(Unsure("reader", start, end, text[start:end], *_ASK_READER))
                return True
            # "妇产科刘主任", "班主任李老师": a department or a job, then the shortest titled name ending the span
            titled = next(
                (
                    k
                    for k in range(end - start - 2, 1, -1)
                    if (person := read_name(text, start + k)) is not None
                    and person.end == end
                    and _ZH_TITLED_NAME.fullmatch(person.text)
                ),
                None,
            )
            # "我的律师王明", "我老公李强", "会计师陈芳", "设计师阿Ken": the job or relation is no part of it
            cut = _role_before_name(text[start:end])
            if titled is not None and not (
                0 < cut < titled and _ZH_PERSON.fullmatch(text[start + cut : end])
            ):  # ... unless the job leaves a whole name the titled one ends ("营养师林小芬" is 林小芬, not 小芬)
                start += titled
            elif cut:
                start += cut
            value = text[start:end]
            role_head = _ZH_ROLE_HEAD.match(value)
            if (
                role_head
                and len(value) - role_head.end() >= 2
                and not _ZH_ORG_SUFFIX.search(value[role_head.end() :])
                and not re.search(r"(?:所|部|处|科|室|组|院|厂|店|站|局|署)$", value)
            ):  # "外部审计德勤": a role, then a name that is no person's: who reads (the firm? the role?) is asked
                s.unsure.append(Unsure("reader", start, end, value, *_ASK_READER))
                return True
            if _ZH_VAGUE.search(value):  # "给审计那边看": a side, not someone: asked with the words
                s.unsure.append(Unsure("reader", start, end, value, *_ASK_READER))
                return True
            kind_then_name = _ZH_KIND_THEN_NAME.match(value)
            if (
                kind_then_name
                and len(value) - kind_then_name.end() >= 2
                and not re.search(r"(?:处|室|科|部|办|中心|组|所|院|系)$", value)  # "学校教务处": one office
            ):
                # "保险公司人保财险": the kind of organisation, then (perhaps) its name: asked with the words
                s.unsure.append(Unsure("reader", start, end, value, *_ASK_READER))
                return True
            partner = _ZH_PARTNER.match(value)
            if partner and len(value) - partner.end() >= 2:  # "合作方华东理工大学": the relation word is no name
                start += partner.end()
                value = text[start:end]
            named = read_name(text, start, allow_me=False)
            if named is not None and named.end == end and start < named.start and end - named.start >= 2:
                start, value = named.start, text[named.start : end]  # "给 调度许家豪": the role before the name dropped
            if re.fullmatch(r"[a-z][a-z\s\-]*", value):
                # "給我嘅physio睇": a role in lower-case English (physio, doctor, bf), no name: asked with the words
                s.unsure.append(Unsure("reader", start, end, value, *_ASK_READER))
                return True
            if _ZH_PRONOUN.fullmatch(value):  # "给他们看": who "they" are is not in the text: asked (if no name)
                pronoun = pronoun or (start, end)
                continue
            if (
                _NOBODY.search(value)
                or re.search(r"[我你您他她]|一下|自己", value)
                or len(value) < 2
                or value in _ZH_GENERIC
                or re.search(r"(?:合约|合同|系统|平台|协议|功能|权限|管理|数据|记录)$", value)
            ):
                continue  # "授权合约": the kind's own name after the cue, not a reader
            if _ZH_BARE_ROLE.fullmatch(value) or (  # "让医生看", "给核保员看": a role, not who: asked with the words
                (_ZH_JOB.fullmatch(value) or _ZH_TRADE.fullmatch(value))  # "私人医生", "法律顾问": a kind of job
                and not (_ZH_TITLED_NAME.fullmatch(value) and _ZH_PERSON.match(value[0] + "某"))  # "王医生": a name
            ):
                s.unsure.append(Unsure("reader", start, end, value, *_ASK_READER))
                return True
            _set_reader(s, params, start, end, "the reader between the grant and what they may do")
            return True
    if pronoun is not None:
        s.unsure.append(Unsure("reader", pronoun[0], pronoun[1], text[pronoun[0] : pronoun[1]], *_ASK_WHO))
        return True
    return False


#: "her school (Maple Elementary)", "my GP (Dr. Lee)": role words, then the name in brackets
_ROLE_THEN_NAME = re.compile(
    r"(?:my|our|the|his|her|their)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*\s*\(\s*"
    r"(?P<n>[A-Z][\w&.'\-]*(?:\s+(?:&\s+)?[A-Z][\w&.'\-]*){0,3})\s*\)"
)
#: readers that are no account: an e-mail, an ENS name, a DID of another method than did:pkh
_NOT_ACCOUNT = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|[\w\-]+\.eth\b|did:(?!pkh:)[a-z0-9]+:[^\s,;，。；]+", _I)
_ASK_ACCOUNT = (
    "'{w}' is not an account address: which address (or did:pkh DID) reads? (--set reader=0x…)",
    "“{w}”不是账户地址：读取者的地址（或 did:pkh DID）是什么？（--set reader=0x…）",
)
#: a name with its address in brackets right after a grant cue ("UCL (0x…)")
_NAME_THEN_ADDR = re.compile(r"[^.;:()\n]{1,40}?\(\s*(?P<a>0[xX][0-9a-fA-F]{40})\s*\)")
#: "for the next month", "over the coming week": one unit, counted in days by the documented convention
_NEXT_UNIT = re.compile(r"\b(?:for|over)\s+the\s+(?:next|coming)\s+(?P<u>month|week|year|fortnight)\b", _I)
_UNIT_DAYS = {"month": 30, "week": 7, "year": 365, "fortnight": 14}
#: the word that ends an organisation's name: "北京协和医院" split at 和 leaves only "医院", so it is one name
_ZH_ORG_SUFFIX = re.compile(r"医院|大学|学院|公司|中心|银行|集团|研究所|研究院|诊所|事务所|学校|实验室|机构|协会")
#: a role word opening a Chinese reader span before more words (round 9): "外部审计德勤", "合作律师金杜"
_ZH_ROLE_HEAD = re.compile(
    r"[\u4e00-\u9fff]{0,3}?(?:审计|律师|顾问|会计|教练|医生|老师|护士|专家|合作方|合作伙伴)(?=[\u4e00-\u9fff]{2})"
)
#: a side or a place, not someone ("审计那边", "医院这边"): asked
_ZH_VAGUE = re.compile(r"(?:那边|这边|那里|这里|那儿|这儿|方面)$")
#: a generic kind of organisation before more words ("保险公司人保财险"): the name may be what follows, or both
_ZH_KIND_THEN_NAME = re.compile(
    r"(?:保险|审计|会计|咨询|科技|物流|律师)?(?:公司|机构)|保险机构|银行|律所|律师事务所|会计师事务所|医院|学校|大学|"
    r"研究所|实验室|平台"
)
#: a relation word before an organisation's name (documented edge rule): "合作方华东理工大学" is 华东理工大学
_ZH_PARTNER = re.compile(r"(?:合作方|合作单位|合作伙伴|合作医院|合作机构|合作学校|第三方)")
#: pronouns after a grant name nobody the text identifies ("给他们看", "share it with them")
_ZH_PRONOUN = re.compile(r"(?:他|她|它|你|您)们?|对方|人家|那边")
_EN_PRONOUN = re.compile(r"(?:them|him|her|they|those\s+(?:guys|people|folks))\b", _I)
_ASK_GRANT_DAYS = (
    "The grant of '{w}' is for a reader the text does not name: who is it? (--set reader=… access_days=…)",
    "“{w}”的授权没有写明给谁：读取者是谁？（--set reader=… access_days=…）",
)


#: the grantor named in a formal grant ("The Data Controller grants …", "授权方为本人"): the owner, who deploys
_GRANTOR = re.compile(
    r"\b(?:the\s+)?(?P<n>(?i:data\s+controller|data\s+owner|controller|licensor|grantor|disclosing\s+party))"
    r"(?=\s+(?:hereby\s+)?(?:grants|gives|allows|shall|permits|authori[sz]es)\b)|授权方(?:为|是|[:：])\s*(?P<z>本人|我)|"
    # "The Ministry hereby grants read access to …" (round 10): the subject of a formal grant is the owner
    r"(?:^|(?<=[.;:]\s))(?i:the)\s+(?P<g>[A-Z][\w&'\-]*(?:\s+(?:of\s+)?[A-Z][\w&'\-]*){0,4})"
    r"(?=\s+(?:hereby\s+)?(?:grants|gives|allows|permits|authori[sz]es)\b)"
)


def _grantor(s: Scan) -> None:
    for m in _GRANTOR.finditer(s.text):
        g = next(k for k in ("n", "z", "g") if m.group(k))
        s.ignored.append(Ignored(m.start(g), m.end(g), m.group(g), "the owner who grants (the deployer)"))


#: a terse grant, its parts listed after the kind's word ("数据授权：血糖记录，0x…，7天", "grant: logs, 0x…, 3 days"):
#: the one address among the parts is who reads (round 10)
_TERSE_ADDR = re.compile(
    r"(?:数据授权|数据共享|授权|共享|开放|(?i:data\s+access|access\s+grant|grant|share))\s*[:：]"
    r"(?:[^\n。；;:：]{0,40}?[，,、/|]\s*|\s*)(?P<a>0[xX][0-9a-fA-F]{40})\s*(?=[，,、/|。；;\n]|$)"
)


def extract(s: Scan) -> dict[str, Any]:
    return run_folded(s, _extract)  # traditional characters and Cantonese words: read as simplified (fold.py)


#: a table with a row of keys and one row of values ("data | reader | days\nsleep logs | Dr. Amy Wong | 14")
_TABLE_KEYS = {
    "data": re.compile(r"(?i:data(?:\s*sets?)?|datasets?|what|records?)|数据|资料|内容", _I),
    "reader": re.compile(r"(?i:readers?|who|grantee|recipient|viewer)|读取者|读者|查看者|授权对象|被授权人", _I),
    "access_days": re.compile(r"(?i:days|access[_ ]days)|天数", _I),
    "duration": re.compile(r"(?i:duration|period|expiry|expires|valid\s+for|for\s+how\s+long)|期限|有效期|时长", _I),
}


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of one table line, as spans without their blanks (outer pipes dropped)."""
    out: list[tuple[int, int]] = []
    pos = start
    line = text[start:end]
    parts = line.split("|")
    if parts and not parts[0].strip():
        pos += len(parts[0]) + 1
        parts = parts[1:]
    if parts and not parts[-1].strip():
        parts = parts[:-1]
    for part in parts:
        lead = len(part) - len(part.lstrip())
        out.append((pos + lead, pos + len(part.rstrip())))
        pos += len(part) + 1
    return out


def _header_table(s: Scan, params: dict[str, Any]) -> set[str]:
    """The values of a table whose first row names the keys and whose one other row gives them (a second row of
    values would be a second grant: left to the other rules, which ask). Returns the params it read."""
    text = s.text
    lines = [m.span() for m in re.finditer(r"[^\n]+", text) if "|" in m.group(0) or "｜" in m.group(0)]
    lines = [sp for sp in lines if not re.fullmatch(r"[\s|:\-]+", text[sp[0] : sp[1]])]
    if len(lines) != 2:
        return set()
    head, row = (_cells(text.replace("｜", "|"), a, b) for a, b in lines)
    if len(head) != len(row) or len(head) < 2:
        return set()
    keys: list[str | None] = []
    for a, b in head:
        key = next((k for k, rx in _TABLE_KEYS.items() if rx.fullmatch(text[a:b].strip())), None)
        keys.append(key)
    if keys.count(None) or len(set(keys)) != len(keys):
        return set()
    done: set[str] = set()
    for key, (a, b) in zip(keys, row, strict=True):
        value = text[a:b].strip()
        if not value:
            continue
        if key == "data":
            params["data"] = value
            s.cite("data", a, b, "what the data is (the table's data column)")
            done.add("data")
        elif key == "reader":
            _set_reader(s, params, a, b, "the reader (the table's reader column)")
            done.add("reader")
        elif key == "access_days" and re.fullmatch(r"\d{1,5}", value):
            params["access_days"] = Decimal(value)
            s.cite("access_days", a, b, "how long access lasts (days, named by the table's column)")
            s.used.update(i for i, n in enumerate(s.numbers) if a <= n.start < b)
            done.add("access_days")
        elif key == "duration":
            d = next((d for d in s.durations if a <= d.start and d.end <= b), None)
            if d is not None:
                params["access_days"] = d.days
                s.cite("access_days", d.start, d.end, "how long access lasts (the table's duration column)")
                done.add("access_days")
    return done


def _extract(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    text = s.text
    _grantor(s)
    tabled = _header_table(s, params)
    if "data" not in tabled:
        _data(s, params)
    did = _DID.search(text)
    terse = _TERSE_ADDR.search(text)
    if "reader" in tabled:
        pass
    elif terse and not did and len(_ADDR.findall(text)) == 1:
        _set_reader(s, params, terse.start("a"), terse.end("a"), "the address in a terse grant (data, address, days)")
    elif did:
        params["reader"] = did.group(0)
        s.cite("reader", did.start(), did.end(), "a did:pkh DID")
    elif not _NO_READER.search(text):
        zh = bool(re.search(f"[{_CJK}]", text))
        if not (zh and _reader_zh(s, params)):
            _reader_en(s, params)
    periods = [m.span() for m in _DATA_PERIOD.finditer(text)]
    durations = []
    for d in s.durations:
        if any(a <= d.start and d.end <= b for a, b in periods):  # "过去一年的血压记录": it says which data
            s.ignored.append(Ignored(d.start, d.end, text[d.start : d.end], "describes which data, not the grant"))
            continue
        if not d.frequency:
            durations.append(d)
    key = _DAYS_KEY.search(text)
    if "access_days" in tabled:
        pass
    elif key and not durations:  # "days=20", "expiry: 30": a key that names the unit
        params["access_days"] = Decimal(key.group("n"))
        s.cite("access_days", key.start("n"), key.end("n"), "how long access lasts (days, named by the key)")
        s.used.update(i for i, n in enumerate(s.numbers) if key.start("n") <= n.start < key.end("n"))
    elif durations:
        d = durations[0]
        params["access_days"] = d.days
        s.cite("access_days", d.start, d.end, "how long access lasts")
    elif (nxt := _NEXT_UNIT.search(text)) is not None:
        params["access_days"] = Decimal(_UNIT_DAYS[nxt.group("u").lower()])
        s.cite("access_days", nxt.start(), nxt.end(), "how long access lasts (1 month = 30 days, 1 year = 365 days)")
    else:  # "until the end of the month", "到明年3月15日": a calendar date, counted from the reference date
        _deadline_days(s, params, "access_days")
    _gate.gate(s, params)  # the second reading: data and reader re-read on their own, else asked (gate.py)
    days = s.evidence.get("access_days")
    no_reader = "reader" not in params and not _NO_READER.search(text)  # "my therapist wants to see …, 30 days"
    if days and days.spans and (no_reader or any(u.field == "reader" for u in s.unsure)):
        # the duration belongs to a grant whose reader is asked: the grant is asked as a whole, never half-filled
        sp = days.spans[0]
        s.unsure.append(Unsure("access_days", sp.start, sp.end, sp.words, *_ASK_GRANT_DAYS))
    return params
