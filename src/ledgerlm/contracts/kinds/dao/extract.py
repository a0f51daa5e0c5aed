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

from ledgerlm.language.evidence import Evidence, Ignored, Span
from ledgerlm.language.extract import _I, Flagged, Scan
from ledgerlm.language.parties import read_name
from ledgerlm.language.separators import (
    apply_settings,
    ask_group,
    chain,
    counted_me,
    read_list,
    read_person,
    read_settings,
    split_zh,
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
        r"voting\s+(?:starts|opens|begins)|votes?\s+(?:start|open|begin)s?|after\s+(?:proposing|a\s+proposal)|"
        r"投票延迟|投票前等待|提案后等待|投票开始前|延迟投票|提案后|开始投票",
        _I,
    ),
    "voting_period_days": re.compile(
        r"voting(?:\s+(?:period|window|time|lasts?|runs?|open|stays\s+open))?|vote[sd]?(?:\s+(?:for|over|lasts?|runs?))?|"
        r"polls?|proposals?\s+(?:are\s+|stay\s+)?open(?:\s+for)?|\bperiod\b|"
        r"投票期|投票时间|投票時間|投票持续|投票持續|投票时长|投票",
        _I,
    ),
    "timelock_delay_days": re.compile(
        r"time\s*-?\s*lock(?:\s+delay)?|execution\s+delay|delay\s+before\s+execution|before\s+execution|"
        r"时间锁定期|时间锁|時間鎖|锁定期|执行延迟|延迟执行|执行前等待|执行前(?:延迟)?|通过后(?:等待?|再等)?|再执行",
        _I,
    ),
    "quorum_pct": re.compile(r"quorum|法定人数|法定人數|投票门槛|最低投票率|最低参与率|参与率", _I),
}
_SUPPLY_CUE = re.compile(
    r"\bvotes?\b|\btokens?\b|\bsupply\b|\btotal\b|\bin\s+total\b|\bholders\s+of\b|"
    r"代币|代幣|枚|票|总量|總量|总供应|總供應|供应量?|供應量?|发行量?|發行量?|一共|共|总数|總數",
    _I,
)
_PROPOSE_CUE = re.compile(
    r"\bto\s+(?:make\s+a\s+)?propose\b|\bproposal\s+threshold\b|\bpropos(?:e|al|als)\s+(?:need|needs|require)|"
    r"\bto\s+(?:make|submit|create|open|put\s+up)\s+a\s+proposal\b|\bcan\s+propose\b|\bpropos(?:e|al)\s+power\b|"
    r"提案门槛|提案需要|发起提案|提案至少|提案人需|提案需|(?:就能|才能|可以|即可|就可以)(?:发起)?提案|提案权",
    _I,
)
_HOURS = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*-?\s*(?:hours?|hrs?|h\b|个?小时)", _I)
_DAYS_ABBR = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?([dw])\b", _I)
_HALF_DAY = re.compile(r"半天|half\s+a\s+day|half-day|12\s*h\b", _I)
_NAME_FOR = re.compile(
    # "for the Harbor guild", "for our band The Loud Quiet" (what the group is, then its name)
    r"\bfor\s+(?:(?:the|our|my)\s+(?:(?:[a-z]+\s+)?(?:band|club|group|team|guild|community|co-?op|society|union|collective|"
    r"school|class|family|company|studio|project|server|discord|crew)\s*,?\s+)?)?((?:[A-Z][\w'&-]*)(?:\s+[A-Z][\w'&-]*){0,3})"
    r"(?:\s+(guild|dao|club|collective|community|co-?op|society|foundation|union|fund|network|team))?\b"
)
_NAME_CALLED = re.compile(r"\b(?:called|named)\s+[\"'“‘]?((?:[A-Z][\w'&-]*)(?:\s+[A-Z][\w'&-]*){0,3})[\"'”’]?")
_NAME_ZH = re.compile(
    # "叫 星火DAO" names the DAO; "代币叫 LOTUS" names the token (its symbol), not the DAO
    r"(?:名为|名叫|名字(?:叫做?|是|为)?|名称(?:为|是)?|名稱(?:為|是)?|(?<!代币)(?<!币)(?<!符号)(?<!代号)(?<!简称)叫做?)\s*[:：]?\s*[“\"「『]?"
    r"([\u4e00-\u9fffA-Za-z0-9 ]{2,20}?)[”\"」』]?(?=[，,。；;的]|$)"
)
#: "set up 'Night Owls DAO'", "DAO 'Tidepool'": a quoted name (a quoted ticker in capitals is the symbol's)
_NAME_QUOTED = re.compile(
    r"(?:[\"“‘「『]|(?<![A-Za-z])')([A-Za-z\u4e00-\u9fff][^\"'”’」』\n]{1,40}?)(?:[\"”’」』]|'(?![A-Za-z]))"
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
    r"(?:持有人|持币人|分给|发给|给)\s*(?:是|为|[:：])?\s*|代币(?=\s*(?:我|[\u4e00-\u9fffA-Z]))",
    _I,
)
#: a ratio of the supply among the holders: "40/30/30", "60:25:15"
_HOLDER_RATIO = re.compile(r"(?<![\d.:/])(\d+(?:\.\d+)?)((?:\s*[/:：]\s*\d+(?:\.\d+)?)+)(?![\d.:/])")
_EQUAL_VOTES = re.compile(
    r"\bequal(?:ly)?\s+(?:votes?|shares?|split|parts?|voting\s+power)\b|\bsplit\s+(?:equally|evenly)\b|"
    r"\bevenly\b|平分|均分|票数相同|投票权相同|各[占佔]一样",
    _I,
)
_KIND_WORDS = re.compile(
    r"\bDAOs?\b|\bgovern[oe]r\b|\bGovernor\b|\btimelock\b|去中心化自治组织|\bERC-?20(?:Votes)?\b", _I
)
_ALL_TO = re.compile(
    r"(?:all\s+(?:of\s+(?:it|them)\s+|the\s+)?(?:tokens?|votes?|supply|of\s+(?:it|them))?\s*(?:go(?:es)?\s+)?to|"
    r"(?:tokens?|votes?|supply)\s+all\s+(?:go(?:es)?\s+)?to|everything\s+(?:goes\s+)?to|"
    r"mint(?:ed)?\s+(?:everything|all)\s+to|"
    # "所有代币先给我", "全部的票都归老周": the whole supply, said with 所有 / 全部 and an adverb before the verb
    r"代币全部给|(?:所有|全部)的?(?:代币|币|票|通证)?\s*(?:都|先|全部|全|暂时|暂且|先全部)?\s*(?:给|发给|分给|归|打给|转给)|"
    r"都给)\s*",
    _I,
)
#: the user right after the whole-supply cue ("all to me", "所有代币先给我"), never "我们" or "我的"
_ME_AT = re.compile(r"(?:me|myself)\b|我(?![们的])", _I)
_EACH_HALF = re.compile(r"(.{1,12}?)各(?:占|佔|拿|持有|分|得)?(?:一半|半|50%)")
_HALF_EACH_TO = re.compile(
    r"(?:一半|half)\s*(?:给|归|(?:goes\s+)?to)\s*(?P<a>)(?:[^，,;；。]{1,24})[，,;；]?\s*(?:and\s+)?(?:另)?(?:一半|(?:the\s+other\s+)?half)"
    r"\s*(?:给|归|(?:goes\s+)?to)\s*(?P<b>)",
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
_EN_SHARE = {"half": (1, 2), "quarter": (1, 4), "fifth": (1, 5), "tenth": (1, 10), "third": (1, 3)}
_ZH_DIGITS = "一二三四五六七八九十"


def _quorum_share(s: Scan, params: dict[str, Any]) -> None:
    """The quorum as a share in words; a share with no whole percent (a third) is asked, never rounded."""
    m = _QUORUM_SHARE.search(s.text)
    if m is None or "quorum_pct" in params:
        return
    if m.group("en"):
        words = m.group("en").lower().split()
        num = {"two": 2, "three": 3}.get(words[0], 1)
        base = words[-1].rstrip("s")
        frac = Fraction(num * _EN_SHARE[base][0], _EN_SHARE[base][1])
        start, end = m.start("en"), m.end()
    elif m.group("frac"):
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
    return out


_KEY_VALUE_GAP = re.compile(r"[\w\-]*\s*[:：=]\s*")


def _nearest(
    cues: list[tuple[int, int, str]], clause: tuple[int, int], start: int, end: int, text: str = ""
) -> str | None:
    for c_start, c_end, key in cues:  # "voting_period=7d timelock=2d": the key right before "=" owns the value
        if clause[0] <= c_start and c_end <= start and _KEY_VALUE_GAP.fullmatch(text, c_end, start):
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
    if key in params and params[key] != value:
        params.setdefault(_CONFLICTS, set()).add(key)
        return
    params[key] = value
    s.evidence[key] = Evidence("text", rule, (span,))


_SETTLED = "_settled"


def _settle(s: Scan, params: dict[str, Any], spans_of: dict[str, list[Span]]) -> None:
    conflicts = params.pop(_CONFLICTS, set())
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
    for d in s.durations:
        if d.frequency:
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


def _symbol(s: Scan, params: dict[str, Any]) -> tuple[int, int] | None:
    tickers = [
        t
        for t in s.tokens
        if t.text.isupper()
        and t.symbol.upper() not in _NOT_SYMBOLS
        # "治理代币 MAKER": a ticker that is also a known token's name is this DAO's symbol when a cue names it so
        and (not t.known or _SYMBOL_CUE.search(s.text[max(0, t.start - 12) : t.start]))
    ]
    if not tickers:
        return None
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
_NAME_BEFORE_DAO = re.compile(r"(?<![\w'])((?:[A-Z][\w'&-]*\s+){0,3}[A-Z][\w'&-]*)\s+DAO\b(?!\s+(?:token|tokens)\b)")
_NAME_AFTER_DAO = re.compile(
    r"(?i:\bDAO)\s*(?:[—–:]|--?)\s*[\"'“‘]?((?:[A-Z][\w'&-]*)(?:\s+[A-Z][\w'&-]*){0,3})[\"'”’]?\s*(?:[—–,，;；]|--?|$)"
)
#: "We are the Maple Lane Residents Association and would like a DAO", "我们是星火社区": who the DAO is for
_NAME_WE_ARE = re.compile(
    r"(?i:\bwe(?:'re|\s+are)\s+(?:the\s+)?)((?-i:[A-Z][\w'&-]*)(?:\s+(?-i:[A-Z][\w'&-]*)){1,5})"
    r"|(?:建|创建|搞)?(?:一个)?DAO\s*[:：]\s*((?:(?!代币|治理|投票|法定|符号|总量)[\u4e00-\u9fff]){2,10})(?=\s*[，,])"
)
#: "Ferry Lane Allotment Society wants a DAO": capitalised words that open a sentence and want the DAO
_NAME_WANTS = re.compile(
    r"(?:^|(?<=[.!?]\s))((?:[A-Z][\w'&-]*\s+){0,5}[A-Z][\w'&-]*)\s+(?:wants?|would\s+like|needs?|is\s+looking\s+for)"
    r"\s+(?:a|an|its\s+own|their\s+own)\s+(?:new\s+|little\s+|small\s+)?DAO\b"
)
_NAME_BRACKET = re.compile(
    r"\bfor\s+(?:the|our|my)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*[(（]\s*(?:the\s+)?"
    r"((?:[A-Z][\w'&-]*)(?:\s+[A-Z][\w'&-]*){0,3})\s*[)）]"
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
    ]
)


def _name_at_dao(s: Scan, params: dict[str, Any]) -> bool:
    text = s.text
    for rx in (_NAME_BEFORE_DAO, _NAME_AFTER_DAO, _NAME_BRACKET, _NAME_WE_ARE, _NAME_WANTS):
        for m in rx.finditer(text):
            g = 1 if m.group(1) else 2
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


def _name(s: Scan, params: dict[str, Any]) -> None:
    text = s.text
    for rx in (_NAME_CALLED, _NAME_FOR):
        for m in rx.finditer(text):
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
    q = _NAME_QUOTED.search(text)
    if q and not (q.group(1).isupper() and len(q.group(1)) <= 11 and " " not in q.group(1)):
        params["name"] = q.group(1).strip()
        s.cite("name", q.start(1), q.end(1), "the DAO's name, in quotes")
        s.name_spans[params["name"]] = Span(q.start(1), q.end(1), q.group(1))
        return
    zm = _NAME_ZH.search(text)
    if zm:
        params["name"] = zm.group(1).strip()
        s.cite("name", zm.start(1), zm.end(1), "the DAO's name after 名为/叫")
        s.name_spans[params["name"]] = Span(zm.start(1), zm.end(1), zm.group(1))
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
                nm = next((x for x in s.names if x.start == start), None)
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


_BARE_END = re.compile(r"\s*(?:[/,，、;；]|\band\b|和|$)", _I)


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
        read = [read_person(s.text, pair.end(g)) for g in ("a", "b")]
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
    **dict.fromkeys(("voting delay", "vote delay", "投票延迟", "投票延遲"), ("voting_delay_days", "days")),
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


def _extract_rules(s: Scan, preset: dict[str, Any]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    text = s.text
    for w in _KIND_WORDS.finditer(text):  # the kind's own words are not names or tickers of a party
        s.ignored.append(Ignored(w.start(), w.end(), w.group(0), "the kind of contract"))
    clauses = _clauses(text)
    cues = _cues(text, tuple(_CUES))
    if _CUES["timelock_delay_days"].search(text):
        # a bare "delay" in a list of settings that names the timelock too ("period 6 days, delay 1 day, timelock
        # 3 days") is the voting delay; without a timelock named it could be either, and is asked
        cues = sorted(
            cues
            + [
                (m.start(), m.end(), "voting_delay_days")
                for m in re.finditer(r"\bdelay\b|延迟", text, _I)
                if not any(c[0] <= m.start() < c[1] for c in cues)
            ]
        )
    symbol_at = _symbol(s, params)
    _name(s, params)
    for start, end, words, days, index in _durations(s):
        key = _nearest([c for c in cues if c[2] != "quorum_pct"], _clause_of(clauses, start), start, end, text)
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
    for i, n in enumerate(s.numbers):
        if not n.percent or s.in_duration(n) is not None or n.ambiguous or n.error:
            continue
        clause = _clause_of(clauses, n.start)
        piece = text[clause[0] : clause[1]]
        nearest = _nearest(
            cues + [(m.start() + clause[0], m.end() + clause[0], "propose") for m in _PROPOSE_CUE.finditer(piece)],
            clause,
            n.start,
            n.end,
            text,
        )
        if nearest == "propose":  # "proposals need 1% of the supply" (but "propose ..., quorum 4%" is the quorum)
            s.used.add(i)
            params["_threshold_pct"] = (n.value, Span(n.start, n.end, n.text))
            continue
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
    s.used.update(_holders_by_percent(s, params, free_pcts))
    if "holders" not in params:
        _holders_bare(s, params)
    if "holders" not in params:
        _holders_listed(s, params)
    if "holders" not in params:
        _holders_other(s, params)
    zero = _NO_TIMELOCK.search(text)
    if zero:
        _put(s, params, "timelock_delay_days", Decimal(0), Span(zero.start(), zero.end(), zero.group(0)), "no timelock")
    zero = _NO_DELAY.search(text)
    if zero:
        said = Span(zero.start(), zero.end(), zero.group(0))
        _put(s, params, "voting_delay_days", Decimal(0), said, "no voting delay: voting opens at once")
        s.used.update(i for i, n in enumerate(s.numbers) if zero.start() <= n.start < zero.end())
    for i, n in s.free_numbers():
        if n.ambiguous or n.error or n.ignored:
            continue
        if n.text in ("一", "1") and _ARTICLE.match(text, n.end):  # "建一个DAO": an article, not a supply of one
            s.ignored.append(Ignored(n.start, n.end, n.text, "an article (一个 DAO), not a count"))
            s.used.add(i)
            continue
        clause = _clause_of(clauses, n.start)
        piece = text[clause[0] : clause[1]]
        if _PROPOSE_CUE.search(piece):
            _put(s, params, "proposal_threshold", n.value, Span(n.start, n.end, n.text), "votes needed to propose")
            s.used.add(i)
            continue
        next_to_symbol = symbol_at is not None and (
            (n.start >= symbol_at[1] and _SYMBOL_GAP.match(text[symbol_at[1] : n.start]) is not None)
            or (n.end <= symbol_at[0] and re.fullmatch(r"\s*", text[n.end : symbol_at[0]]) is not None)
        )
        if next_to_symbol or _SUPPLY_CUE.search(piece):
            _put(s, params, "supply", n.value, Span(n.start, n.end, n.text), "the number of votes (token supply)")
            s.used.add(i)
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
    return params


def _all_spans(s: Scan, params: dict[str, Any]) -> dict[str, list[Span]]:
    """Every number of the text, by the conflicting key it may belong to: a conflict un-reads all its numbers."""
    keys = params.get(_CONFLICTS, set())
    return {k: [Span(n.start, n.end, n.text) for n in s.numbers] for k in keys}
