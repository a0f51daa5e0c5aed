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

from ledgerlm.language.evidence import Ignored, Span, Unsure
from ledgerlm.language.extract import Scan, _deadline_days
from ledgerlm.language.parties import _name_ending_at, read_name

__all__ = ["extract"]

_I = re.IGNORECASE
_CJK = r"\u4e00-\u9fff"
_DID = re.compile(r"did:pkh:eip155:\d+:0x[0-9a-fA-F]{40}")
_ADDR = re.compile(r"0[xX][0-9a-fA-F]{40}")
_EN_NOUN = (
    r"(?:records?|data(?:\s*sets?)?|datasets?|files?|scans?|results?|reports?|history|x-?rays?|documents?|"
    r"statements?|notes|photos|images|charts?|profile|archive|logs|claims|bills|invoices|prescriptions|"
    r"transcripts?|tests?|readings|telemetry|responses|forms|journal|work|videos?|recordings?|footage|counts|"
    r"ledgers?|summar(?:y|ies)|list|papers)"
)
_ZH_NOUN = (
    r"(?:病历|病例|资料|档案|报告|文件|数据集|数据|记录|照片|影像|图像|信息|报表|片子|[Xx]\s?光片|光片|合同|成绩单|账单|证书|简历|"
    r"日志|单据|协议|材料|视频|录像|扫描件|结果|发票|笔记|日记|清单|库)"
)
_EN_DATA_END = (
    r"(?=\s*(?:[;,.!?:()]|$|->|→|=>|w/)|\s+(?:for|with|to|until|till|through|thru|by|from|so|and|that|which|who|where|when|because|if|starting|"
    r"expires?|expiring|access|on|in|at|via|only|—)\b|\s[-—–]+\s)"
)
_EN_WORDS = r"(?:(?:19|20)\d\d\s+)?[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,3}?"
#: what the data is, English: a cue before it and a boundary after it
_EN_DATA = (
    # "data: X;", "data=X days=20": a key, then the value up to the next key or the clause end
    re.compile(r"\bdata(?:\s*sets?)?\s*[:：=]\s*(?P<v>[^;,.\n|=]+?)\s*(?=[;,.\n|]|$|\s+[\w\-]+\s*[:=])", _I),
    # "access to X", "registry for X": the object may come without a determiner
    re.compile(
        r"\b(?:access\s+(?:to|on)|control\s+access\s+to|(?:registry|register|contract|control|ledger|log)\s+(?:for|of))\s+"
        r"(?:(?:my|our|the|his|her|their|all\s+(?:of\s+)?(?:my|our|the))\s+)?(?:[a-z][\w\-]*s?'s?\s+)?"
        rf"(?P<v>{_EN_WORDS}){_EN_DATA_END}",
        _I,
    ),
    # "share patient MRI datasets with …", "the dataset 'city traffic counts'": cues on both sides
    re.compile(
        r"\bshare\s+(?:(?:my|our|the|all\s+(?:of\s+)?(?:my|our))\s+)?(?P<v>" + _EN_WORDS + r")\s+(?:with|w/)", _I
    ),
    re.compile(
        r"\b(?:data\s*sets?|datasets?|data|records?|files?)\s+(?:called\s+|named\s+)?['\"“‘](?P<v>[^'\"”’]{2,40})['\"”’]",
        _I,
    ),
    # "see my X", "needs my X", "share all of my X": a verb, then a determiner, then the data
    re.compile(
        r"\b(?:see|sees|view|views|read|reads|look\s+at|access|share|sharing|needs?(?:\s+to\s+"
        r"(?:see|read|view|access|look\s+at))?|store|manage|protect)\s+(?:my|our|the|his|her|their|all\s+(?:of\s+)?"
        r"(?:my|our|the))\s+(?:[a-z][\w\-]*s?'s?\s+)?"
        rf"(?P<v>{_EN_WORDS}){_EN_DATA_END}",
        _I,
    ),
    re.compile(rf"\b(?:my|our)\s+(?:[a-z][\w\-]*'s\s+)?(?P<v>(?:[a-z][\w\-]*\s+){{0,2}}?{_EN_NOUN}){_EN_DATA_END}", _I),
    re.compile(rf"(?:^|(?<=[.;]\s))(?P<v>{_EN_WORDS})\s+(?:access|sharing)\b", _I),
)
#: the English object words that are never the data (a pronoun, the reader's access itself)
_EN_NOT_DATA = re.compile(
    r"^(?:it|them|this|that|these|those|me|him|her|us|access|read|who|what|my|our|the|a|an|data|records?|"
    r"files?|anything|everything|all|yet|now|later|today|anymore|too|again|soon)$|\b(?:i|we|me|him|her|them|us|you|can|could|will|should|may|is|are|has|have|grant|revoke|give|let)\b|"
    r"^(?:registry|register|control|contract|ledger|system|app|platform|log|logs|management|rights|permissions?)$",
    _I,
)
_ZH_END = (
    r"(?=[，,。；;！!？?\s]|$|给|授权|让|只|允许|(?:查看|看)(?:[，,。；;]|$|[一二两三四五六七八九十半\d])|共享|开放|期限|有效期|\d|"
    r"[一二两三四五六七八九十半]+个?(?:天|周|月|年|小时|星期)|的?(?:访问|权限))"
)
_ZH_DATA = (
    re.compile(r"数据(?:是|为|[：:])\s*(?P<v>[^，,。；;\s]{2,16}?)(?=[，,。；;]|$)"),
    re.compile(
        rf"(?:查看|访问|读取|调阅|看看|看一下|看|使用|存储|存|管理|保存|登记|开通|查阅|下载)\s*(?:一下)?\s*"
        rf"(?:(?:我的|我们的|本人的|我|我们)(?:[{_CJK}]{{1,6}}的)??)?(?!给|授权|让)"
        rf"(?P<v>[{_CJK}A-Za-z]{{1,14}}?){_ZH_END}"
    ),
    re.compile(rf"(?:我的|我们的|本人的|把|将)\s*(?:[{_CJK}]{{1,6}}的)?(?P<v>[{_CJK}A-Za-z]{{1,14}}?){_ZH_END}"),
    re.compile(
        rf"(?:^|(?<=[，,。；;：:]))\s*(?P<v>[{_CJK}A-Za-z]{{2,16}}?)\s*"
        r"(?:访问控制|访问管理|访问权限|授权|共享|登记|权限管理)"
    ),
    re.compile(
        rf"(?:^|(?<=[，,。；;：:]))\s*(?P<v>[{_CJK}A-Za-z]{{0,12}}?{_ZH_NOUN})\s*(?=[，,。；;]|share|给|授权|只|想|要|可以)"
    ),
)
#: request words at the left edge of a Chinese data phrase (documented): "我需要一个医疗数据…", "建个数据…"
#: request words at the right edge of a Chinese data phrase (documented): "体检结果想授权给…"
_ZH_DATA_TAIL = re.compile(r"(?:想|要|需要|打算|准备|可以|能|只|都|也)+$")
_ZH_HEAD = re.compile(r"(?:我们|我|需要|想要|想|要|建|做|搞|创建|一个|个|一套|帮我|请|给)+")
_ZH_GENERIC = frozenset({"数据", "信息", "资料", "记录", "文件", "合约", "合同", "系统", "权限", "访问"})

#: a grant said NOT to happen yet: "先不授权任何人", "暂时不给任何人权限", "no readers yet", "nobody for now"
_NO_READER = re.compile(
    r"(?:先|暂时|暂|目前|现在)?不(?:授权|给|开放)[^，,。；;]{0,3}任何人|任何人都不|\bno\s+(?:readers?|grants?|one)\b|"
    r"\bnobody\b|\bnot?\s+(?:anyone|one)\s+yet\b|\breaders?\s+(?:come|will\s+come|later)\b",
    _I,
)
_NOBODY = re.compile(r"任何人|所有人|别人|大家|anyone|anybody|everyone|nobody", _I)
_READ_VERB = r"(?:查看|访问|读取|调阅|使用|看|开通|查阅|下载|获取)"
#: a Chinese reader: the whole span between the grant and the verb, the duration or the clause end
_ZH_READER = re.compile(
    rf"(?:(?P<neg>不|别|暂不|先不)\s*)?(?:只?授权给?|只?允许|让|给予?|开放给|共享给|(?<![A-Za-z])share\s*给)\s*[:：]?\s*"
    rf"(?P<r>[^，,。；;\s:：]{{1,16}}?)\s*(?={_READ_VERB}|[，,。；;]|$|\d+\s*个?\s*(?:天|日|周|星期|月|年|小时|days?|weeks?|months?)|"
    r"[一二两三四五六七八九十半]+个?(?:天|周|月|年|小时|星期))"
)
_ZH_READER_KEY = re.compile(
    r"(?:读取者|读者|查看者|访问者|授权对象|医生|被授权人)\s*(?:[:：]|为|是)\s*"
    r"(?P<r>0[xX][0-9a-fA-F]{40}|[^，,。；;\s:：]{1,16}?)(?=[，,。；;]|$)"
)
#: a job or relation said before a Chinese name: "我的律师陈律师", "审计师李会计", "研究员小孙"
_ZH_ROLE_BEFORE = re.compile(
    r"^(?:我的|我们的)?(?:律师|医生|会计|审计师|研究员|研究生|学生|助理|同事|朋友|秘书|老师|护士|顾问|主治医生|家庭医生|大夫|"
    r"女儿|儿子|太太|先生|老婆|老公)"
)
#: a role word alone names nobody in particular ("让医生看"): the reader is asked, never the word itself
_ZH_BARE_ROLE = re.compile(r"(?:主治|家庭)?(?:医生|大夫|律师|老师|护士|会计|研究人员|研究员|对方|家人|家属)")
_EN_REPLACEABLE = re.compile(r"(?:my|our|the)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*\s*,?\s+(?=[A-Z0-9])")
_COMPANY = re.compile(r"LLP|LLC|Inc\.?|Ltd\.?|GmbH|Co\.|Corp\.?|AG|SA|PLC")
_EN_SUFFIX = re.compile(r"\s+(?:LLP|LLC|Inc\.?|Ltd\.?|GmbH|Co\.|Corp\.?|AG|SA|PLC|[A-Z][a-z][\w\-]*)(?=[\s,.;:!?]|$)")
#: a brand that starts with digits ("23andMe", "3M"): a name, not a number
_DIGIT_BRAND = re.compile(r"\b\d+[A-Za-z]*[A-Z][A-Za-z]*\b")
#: what a reader may do, said right after the reader ("Nurse Joy can read", "Dr. Ortiz needs my …")
_EN_CAN_READ = re.compile(
    r",?\s+(?:(?:can|may|will\s+be\s+able\s+to|should\s+be\s+able\s+to|is\s+allowed\s+to|gets?\s+to|to)\s+"
    r"(?:read|see|view|access|look)\b|(?:gets?|has|have|receives?)\s+(?:read(?:-only)?\s+)?access\b|"
    r"needs?\s+(?:to\s+(?:see|read|view|access|look\s+at)\b|access\b|my\b|our\b|the\b)|"
    r"wants?\s+(?:to\s+(?:see|read|view|access|look\s+at)\b|access\b))",
    _I,
)
_EN_ASK_READ = re.compile(
    r"\b(?i:can|could|may|would)\s+(?P<n>[A-Z][\w&.'\-]*(?:\s+(?:&\s+)?[A-Z][\w&.'\-]*){0,3})\s+"
    r"(?i:see|read|view|access|look\s+at|have\s+access|get\s+access)\b"
)
_EN_CUES = (
    r"(?i:\breader\s*[:：=]?\s+)(?P<p>)",
    r"(?i:\b(?:give|grant|let|allow|share\b[^.;]{0,40}?(?:\bwith|\bw/))\s+)(?P<p>)",
    r"(?i:\baccess\s+(?:to|for)\s+)(?P<p>)",
    r"(?i:(?:\bto|\bwith|\bw/)\s+)(?P<p>)(?=0[xX][0-9a-fA-F]{40})",
    rf"(?i:\b{_EN_NOUN}\s+(?:to|with)\s+)(?P<p>)",
)

_DAYS_KEY = re.compile(r"(?:\b(?:days|access_days|access\s+days)\s*[:=]|天数\s*[:：=])\s*(?P<n>\d{1,5})\b", _I)
_ASK_DATA = ("Is the data '{w}'? (--set data=…)", "数据是“{w}”吗？（--set data=…）")
_ASK_READER = ("Is the reader '{w}'? (--set reader=…)", "读取者是“{w}”吗？（--set reader=…）")


def _overlapping(rx: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """Every match of ``rx``, also those that start inside an earlier one ("read access to the …")."""
    out: list[re.Match[str]] = []
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        out.append(m)
        pos = m.start() + 1
    return out


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
                more = re.match(r"(?:\s*[A-Za-z][\w\-]*)*(?:\s*光片)?", text[end:]) if latin else None
                if more and more.group(0):
                    end += more.end()
                    start += len(text[start:end]) - len(text[start:end].lstrip())
            raw = text[start:end]
            if re.search(f"[{_CJK}]", raw) or rx in _ZH_DATA:
                head = _ZH_HEAD.match(raw)
                if head and head.end() < len(raw):
                    start += head.end()
                de = text.rfind("的", start, end)
                start = de + 1 if de >= 0 and de + 1 < end else start
                tail = _ZH_DATA_TAIL.search(text, start, end)
                end = tail.start() if tail and tail.start() > start else end
                value = text[start:end].strip()
                if (
                    value in _ZH_GENERIC
                    or len(value) < 2
                    or re.search(r"[我你他她的]|谁|控制|合约|系统|平台|权限", value)
                ):
                    continue
            else:
                value = raw.strip()
                quoted = text[start - 1 : start] in ("'", '"', "“", "‘")
                if _EN_NOT_DATA.search(value) or (
                    not quoted and read_name(text, start) is not None and value[:1].isupper()
                ):
                    continue
                if len(value.split()) > 4:
                    s.unsure.append(Unsure("data", start, end, value, *_ASK_DATA))
                    return
            found.append((value, start, end))
    if not found:
        return
    nouns = re.compile(rf"(?:{_ZH_NOUN}|\b{_EN_NOUN})$", _I)
    value, start, end = next((f for f in found if nouns.search(f[0])), found[0])
    params["data"] = value
    s.cite("data", start, end, "what the data sets are (between a cue and a boundary)")


def _extend_en(text: str, start: int, end: int) -> int:
    """'Dr. Amara' + ' Osei', 'Hart & Sons' + ' LLP': a name goes on over capitalised words and company suffixes."""
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
    return end


def _set_reader(s: Scan, params: dict[str, Any], start: int, end: int, rule: str) -> None:
    name = s.text[start:end].strip()
    params["reader"] = name
    s.name_spans[name] = Span(start, end, s.text[start:end])
    s.cite("reader", start, end, rule)


def _reader_en(s: Scan, params: dict[str, Any]) -> bool:
    text = s.text
    for pat in _EN_CUES:
        for m in re.finditer(pat, text):
            pos = m.start("p")
            skip = _EN_REPLACEABLE.match(text, pos)
            if skip:
                pos = skip.end()
            addr = _ADDR.match(text, pos)
            if addr:
                _set_reader(s, params, addr.start(), addr.end(), "the address a grant cue names")
                return True
            brand = _DIGIT_BRAND.match(text, pos)
            if brand:
                s.ignored.append(Ignored(brand.start(), brand.end(), brand.group(0), "part of a name"))
                _set_reader(s, params, brand.start(), brand.end(), "a name a grant cue names")
                return True
            found = read_name(text, pos)
            if found is None or found.name == "me" or _NOBODY.fullmatch(found.name):
                continue
            _set_reader(s, params, found.start, _extend_en(text, found.start, found.end), "a name a grant cue names")
            return True
    q = _EN_ASK_READ.search(text)  # "can St. Mary's Pharmacy see my …?": the question form names the reader
    if q and q.group("n").split()[0] not in ("I", "We", "You", "It", "They", "He", "She"):
        _set_reader(s, params, q.start("n"), q.end("n"), "the name a question asks to read")
        return True
    for m in _EN_CAN_READ.finditer(text):
        head = text[: m.start()]
        remark = re.search(r"\s*\(([^()]{1,40})\)$", head)
        if remark and _ADDR.fullmatch(remark.group(1).strip()):  # "the research team at UCL (0x…) read …"
            a = head.index(remark.group(1).strip(), remark.start(1))
            _set_reader(s, params, a, a + 42, "the address in brackets before what the reader may do")
            return True
        if remark:  # "my physiotherapist (Jonas Berg) wants to …", "Dr. Sato (my GP) should …": a bracketed remark
            inner = read_name(head, remark.start(1))
            if inner is not None and inner.end == remark.end(1) and inner.name != "me":
                _set_reader(s, params, inner.start, inner.end, "the name in brackets before what the reader may do")
                return True
            head = head[: remark.start()]
        addr = re.search(r"(0[xX][0-9a-fA-F]{40})\s*$", head)
        if addr:  # "the registrar 0x… may read": the address is the reader
            _set_reader(s, params, addr.start(1), addr.end(1), "the address before what the reader may do")
            return True
        hit = _name_ending_at(head)
        if hit is not None and hit.name != "me" and not _NOBODY.fullmatch(hit.name):
            _set_reader(s, params, hit.start, hit.end, "the name before what the reader may do")
            return True
        org = re.search(
            r"(?:^|[:;,.]\s*|\b(?:can|could|may|should|will|would|does|did)\s+)"
            r"(?P<n>[A-Z][\w&.'\-]*(?:\s+(?:&\s+)?[A-Z][\w&.'\-]*){1,3})$",
            head,
        )
        if org:
            _set_reader(s, params, org.start("n"), org.end("n"), "the name before what the reader may do")
            return True
    return False


_ZH_CUE_ADDR = re.compile(
    rf"(?<!不)(?:授权给?|允许|让|给予?|开放给|共享给)\s*[:：]?\s*(?:[{_CJK}]{{0,6}}\s*)?(?P<a>0[xX][0-9a-fA-F]{{40}})"
)
_ZH_CUE_LATIN = re.compile(
    r"(?<!不)(?:授权给?|允许|让|给予?|开放给|共享给|(?<![A-Za-z])share\s*给)\s*[:：]?\s*(?=[A-Z])"
)


#: a Chinese name with its title or its 老/小 ("李老师", "刘主任", "老刘", "小陈")
_ZH_TITLED_NAME = re.compile(
    rf"[老小阿][{_CJK}]|[{_CJK}]{{1,2}}(?:老师|医生|大夫|律师|主任|教授|会计|经理|总|先生|女士|叔叔|阿姨|护士长|护士|院长|科长|处长)"
)


def _whole_name(part: str) -> bool:
    found = read_name(part, 0)
    return found is not None and found.end == len(part)


def _reader_zh(s: Scan, params: dict[str, Any]) -> bool:
    text = s.text
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
            raw = text[start:end]
            de = raw.rfind("的")
            if de >= 0 and de + 1 < len(raw):
                start += de + 1
            parts = re.split(r"[和与及、,，&]|或者?", text[start:end])
            if len(parts) > 1 and all(_whole_name(p) for p in parts):  # two readers for one grant (not "协和医院")
                s.unsure.append(Unsure("reader", start, end, text[start:end], *_ASK_READER))
                return True
            # "妇产科刘主任", "班主任李老师": a department or a job, then the shortest titled name ending the span
            for k in range(end - start - 2, 1, -1):
                person = read_name(text, start + k)
                if person is not None and person.end == end and _ZH_TITLED_NAME.fullmatch(person.text):
                    start += k
                    break
            else:
                role = _ZH_ROLE_BEFORE.match(text[start:end])
                person = read_name(text, start + role.end()) if role else None
                if role and person is not None and person.end == end:
                    start += role.end()
            value = text[start:end]
            if _NOBODY.search(value) or re.search(r"[我你您他她]|一下|自己", value) or len(value) < 2:
                continue
            if _ZH_BARE_ROLE.fullmatch(value):  # "让医生看": a role, not who: asked with the words
                s.unsure.append(Unsure("reader", start, end, value, *_ASK_READER))
                return True
            _set_reader(s, params, start, end, "the reader between the grant and what they may do")
            return True
    return False


def extract(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    text = s.text
    _data(s, params)
    did = _DID.search(text)
    if did:
        params["reader"] = did.group(0)
        s.cite("reader", did.start(), did.end(), "a did:pkh DID")
    elif not _NO_READER.search(text):
        zh = bool(re.search(f"[{_CJK}]", text))
        if not (zh and _reader_zh(s, params)):
            _reader_en(s, params)
    durations = [d for d in s.durations if not d.frequency]
    key = _DAYS_KEY.search(text)
    if key and not durations:  # "days=20", "expiry: 30": a key that names the unit
        params["access_days"] = Decimal(key.group("n"))
        s.cite("access_days", key.start("n"), key.end("n"), "how long access lasts (days, named by the key)")
        s.used.update(i for i, n in enumerate(s.numbers) if key.start("n") <= n.start < key.end("n"))
    elif durations:
        d = durations[0]
        params["access_days"] = d.days
        s.cite("access_days", d.start, d.end, "how long access lasts")
    else:  # "until the end of the month", "到明年3月15日": a calendar date, counted from the reference date
        _deadline_days(s, params, "access_days")
    return params
