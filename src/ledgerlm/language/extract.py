"""The shared scanning-and-evidence layer under every kind's extractor.

Numbers, durations, dates, tokens, addresses and names are found once with their character spans (``Scan``);
phrases whose digits are no value (ERC-20, v2, Q1) are set aside with the reason. Each kind's extractor
(``contracts/kinds/<kind>/extract.py``) then assigns findings to parameters by the words around them and may
``cite`` the span it read. A value the text does not state is left out (the caller reports it as ``null`` and
missing): nothing is invented. Every default or inference that is not literally in the text is explained in
``notes``; ``extract_params`` adds the evidence of every param and the accounting (``ledgerlm.language.evidence``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from ledgerlm.language.addresses import AddressMatch, find_addresses
from ledgerlm.language.durations import DurationMatch, find_durations
from ledgerlm.language.evidence import Evidence, Ignored, Span, Unsure, ignored_spans
from ledgerlm.language.hant import simplified
from ledgerlm.language.numbers import NumberMatch, find_numbers
from ledgerlm.language.parties import NameMatch, find_names, read_name
from ledgerlm.language.ranges import Hedge, find_hedges
from ledgerlm.language.tokens import TokenMatch, find_tokens

__all__ = ["Restructured", "Scan", "restructure", "scan"]

_I = re.IGNORECASE


@dataclass
class Scan:
    """Everything found in one text, with spans; ``used`` marks number indices already assigned."""

    text: str
    numbers: list[NumberMatch]
    durations: list[DurationMatch]
    tokens: list[TokenMatch]
    addresses: list[AddressMatch]
    used: set[int] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    #: names of people and organisations (for the accounting); ``name_spans``: where each read name stands
    names: list[NameMatch] = field(default_factory=list)
    name_spans: dict[str, Span] = field(default_factory=dict)
    #: calendar dates (their digits are not numbers), phrases set aside on purpose, evidence cited by extractors
    dates: list[DateMention] = field(default_factory=list)
    ignored: list[Ignored] = field(default_factory=list)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    flagged: list[Flagged] = field(default_factory=list)
    #: free-text values an extractor could not bound for certain: each becomes a question with the candidate words
    unsure: list[Unsure] = field(default_factory=list)
    #: ranges, vague amounts, approximations and per-person amounts (``ledgerlm.language.ranges``)
    hedges: list[Hedge] = field(default_factory=list)

    def span_of(self, param: str, value: str) -> tuple[int, int]:
        """Where ``param``'s value stands: its cited words, else the first place ``value`` is written, else the
        whole text (a question about a value the extractor did not cite still points somewhere)."""
        ev = self.evidence.get(param)
        if ev and ev.spans:
            return ev.spans[0].start, ev.spans[-1].end
        at = self.text.lower().find(value.lower())
        return (at, at + len(value)) if at >= 0 else (0, len(self.text))

    def cite(self, param: str, start: int, end: int, rule: str) -> None:
        """Record that ``param`` was read from ``text[start:end]`` by ``rule``."""
        self.evidence[param] = Evidence("text", rule, (Span(start, end, self.text[start:end]),))

    def before(self, pos: int, width: int = 16) -> str:
        return self.text[max(0, pos - width) : pos]

    def after(self, pos: int, width: int = 16) -> str:
        return self.text[pos : pos + width]

    def in_duration(self, n: NumberMatch) -> DurationMatch | None:
        return next((d for d in self.durations if d.start <= n.start < d.end), None)

    def in_address(self, n: NumberMatch) -> bool:
        return any(a.start <= n.start < a.end for a in self.addresses)

    def free_numbers(self) -> list[tuple[int, NumberMatch]]:
        """Plain numbers (not percents, not part of a duration or address) not yet used."""
        return [
            (i, n)
            for i, n in enumerate(self.numbers)
            if i not in self.used
            and not n.percent
            and self.in_duration(n) is None
            and not self.in_address(n)
            and not (n.text in ("一", "1") and _ARTICLE_ONE.match(self.text, n.end))
            # "籌 一筆 錢": set aside by ``scan`` as an article ("一个比特币" still counts one coin)
            and not (any(g.start <= n.start < g.end for g in self.ignored) and self.token_for(n) is None)
        ]

    def token_for(self, n: NumberMatch) -> TokenMatch | None:
        """A token written right after (``3 ETH``, ``3 个以太坊``, ``100USDC``) or before (``$5``, ``USDC 500``)."""
        for t in self.tokens:
            gap = self.text[n.end : t.start]
            if t.start >= n.end and re.fullmatch(r"\s*(?:bucks|dollars?|usd|\$)\s+worth\s+of\s+", gap, re.IGNORECASE):
                return t  # "500 bucks worth of usdt": the dollars count the value, the token named after is paid
        for t in self.tokens:
            gap = self.text[n.end : t.start]
            if t.start >= n.end and re.fullmatch(r"\s*(?:个|枚|颗|块|份)?\s*", gap):
                return t
            # "90k of our token ACME", "5000 of the ORCA tokens": the amount, then which token it counts
            if t.start >= n.end and re.fullmatch(
                r"\s+of\s+(?:(?:our|my|the|their|your)\s+)?(?:own\s+)?(?:(?:tokens?|coins?)\s+)?", gap, re.IGNORECASE
            ):
                return t
        for t in self.tokens:
            gap = self.text[t.end : n.start]
            if t.end <= n.start and re.fullmatch(r"\s*[:：]?\s*", gap) and (t.text.startswith("$") or t.known):
                return t
        return None


_ARTICLE_ONE = re.compile(
    r"\s*(?:个|份|笔|种|款|张|项|套|位)\s*(?:新的?)?\s*"
    r"(?:代币|合约|多签|钱包|托管|众筹|借|贷|项目|计划|ERC|"
    r"token|币|叫|名|钱|智能|资金|金库|锁仓|归属|积分|通证|"
    # "一个积分币", "一个治理币": a kind of coin the user is making; "一个比特币" is one coin of a known token
    r"(?!比特|以太|狗狗|泰达|莱特|币安|瑞波|柴犬|艾达|雪崩|波卡|马蹄|波场)[\u4e00-\u9fff]{1,3}币)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    """A calendar date in the text ("2027-06-30", "明年3月15日", "the end of June"): ``days`` from the reference
    date when it resolved (``ledgerlm.language.dates``), else ``error`` says why not."""

    start: int
    end: int
    text: str
    days: int | None = None
    rule: str = ""
    error: str | None = None


@dataclass(frozen=True)
class Flagged:
    """A number written so that it has no single exact value ("1,5", "1.000.000", "1e400"): always a question."""

    start: int
    end: int
    text: str
    why: str


_MONTHS_EN = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE = re.compile(
    r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b"
    r"|(?:\d{4}\s*年|明年|今年|后年)?\s*\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号]|底|初|中旬|末)"
    r"|(?:明年|今年|后年)\s*\d{1,2}\s*月"
    rf"|(?i:\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+{_MONTHS_EN}\b(?:\s+\d{{4}})?)"
    rf"|(?i:\b{_MONTHS_EN}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s*\d{{4}})?)"
    rf"|(?i:\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS_EN}\b(?:,?\s*\d{{4}})?)"
)


def find_dates(text: str, today: date | None = None) -> list[DateMention]:
    """Calendar dates, resolved to days from ``today`` by ``ledgerlm.language.dates``; any other date-like phrase
    is still found (never read as an amount or a duration) and the accounting asks about it."""
    out: list[DateMention] = []
    if today is not None:
        from ledgerlm.language.dates import find_dates as resolve

        out = [
            DateMention(d.start, d.end, d.text, d.days if d.usable else None, d.rule, d.error)
            for d in resolve(text, today)
            if not _not_a_date(text, d.start, d.end)
        ]
    for m in _DATE.finditer(text):
        if _not_a_date(text, m.start(), m.end()):
            continue
        if not any(d.start < m.end() and m.start() < d.end for d in out):
            out.append(
                DateMention(
                    m.start(),
                    m.end(),
                    m.group(0).strip(),
                    None,
                    "",
                    "no reference date" if today is None else "not a date the grammar reads",
                )
            )
    return sorted(out, key=lambda d: d.start)


def _not_a_date(text: str, start: int, end: int) -> bool:
    """ "APR 3.2%" is a rate, not the 3rd of April: a capitalised APR, or digits that go on (".2", "%")."""
    from ledgerlm.language.dates import _NOT_A_DAY_AFTER

    return "APR" in text[start:end] or _NOT_A_DAY_AFTER.match(text, end) is not None


def _numbers(text: str) -> tuple[list[NumberMatch], list[Ignored], list[Flagged]]:
    """Usable numbers; numbers that are part of a name, version or date (ignored, with the reason); numbers with
    no single exact value (flagged: ambiguous separators, out of range)."""
    try:
        found = find_numbers(text, include_flagged=True)
    except TypeError:  # a number grammar without flags
        return find_numbers(text), [], []
    usable, ignored, flagged = [], [], []
    for n in found:
        if getattr(n, "ignored", None):
            ignored.append(Ignored(n.start, n.end, n.text, str(n.ignored)))
        elif getattr(n, "readings", ()) or getattr(n, "error", None):
            why = (
                str(n.error) if getattr(n, "error", None) else "could be " + " or ".join(f"{r:,f}" for r in n.readings)
            )
            flagged.append(Flagged(n.start, n.end, n.text, why))
        else:
            usable.append(n)
    return usable, ignored, flagged


#: "（2016-2026）", "from 2019 to 2023", "2019–2023 年": a span of calendar years
_YEAR_SPAN = re.compile(
    r"(?<![\d.,])(?P<a>(?:19|20)\d\d)\s*(?:-|–|—|~|～|至|到|to|until|till)\s*(?P<b>(?:19|20)\d\d)(?![\d.,])"
    r"(?!\s*(?:[A-Z]{2,}|(?i:tokens?|coins?|usd|dollars?|eth|pieces?|pcs|units?)\b|[个枚块元份张]|U\b))"
)


def _past_year_spans(text: str, today: date | None) -> list[Ignored]:
    """A span of years that ended by the reference year ("我们公司成立 10 周年（2016-2026）") tells the story, it
    is no range of values: a contract made now can neither last nor end within it. Never one followed by a token
    or a unit ("2000-2025 USDC" is a range of amounts, asked)."""
    if today is None:
        return []
    return [
        Ignored(m.start(), m.end(), m.group(0), "a span of past years (background), not a value")
        for m in _YEAR_SPAN.finditer(text)
        if int(m.group("a")) < int(m.group("b")) <= today.year
    ]


#: "after 2025's S1 and 2026's S2", "2024’s drop": a year with a possessive is a point in time, never an amount
_POSSESSIVE_YEAR = re.compile(r"(?<![\d.,$])(?:19|20)\d\d(?=['’]s\b)")


def _possessive_years(text: str) -> list[Ignored]:
    """A year written with a possessive ("2025's collection") names a time; read as a number it became an NFT's
    max supply (blind8, seen)."""
    return [
        Ignored(m.start(), m.end(), m.group(0), "a year (2025's ...), not a value")
        for m in _POSSESSIVE_YEAR.finditer(text)
    ]


def _articles(text: str, numbers: list[NumberMatch], ignored: list[Ignored]) -> None:
    """Set aside "一个代币", "a token", "建一个 3-of-5", "一笔", "一筆 錢", "还一次", "二手": an article or part of a
    word, not a value. Read on the simplified copy (character for character), so the traditional measure words
    (筆, 個, 張) and a dictated space ("一 笔 钱") are articles too: "籌 一筆 錢" names no goal of 1."""
    low = simplified(text)
    for n in numbers:
        if n.text in ("一", "1") and _ARTICLE_ONE.match(low, n.end):
            ignored.append(Ignored(n.start, n.end, n.text, "an article (a / one)"))
        elif n.text == "一" and re.match(
            r"[ \t]?(?:个|笔|份|次|种|款|张|项|套|位|下|起|些|样|直|定|般|共|同|旦|切|律|概|致|边|台|辆|部|件|本|只|把|"
            r"双|条|间|家|支|幅|栋|套)(?!\s*(?:月|年|天|周|"
            r"星期|季|小时|礼拜))",
            low[n.end :],
        ):
            ignored.append(Ignored(n.start, n.end, n.text, "an article or a word (一个, 一笔, 一次)"))
        elif (
            n.text == "一"
            and n.start > 0
            and low[n.start - 1] == "上"
            and re.match(r"[家个次轮份任位届期]", low[n.end :])
        ):
            ignored.append(Ignored(n.start - 1, n.end, "上一", "a word (上一 = the previous one)"))
        elif n.text in ("二", "两") and low[n.end : n.end + 1] == "手":
            ignored.append(Ignored(n.start, n.end, n.text + "手", "part of a word (二手 = second-hand)"))


def scan(text: str, today: date | None = None) -> Scan:
    ignored = ignored_spans(text) + _past_year_spans(text, today) + _possessive_years(text)
    dates = find_dates(text, today)
    found, name_parts, flagged = _numbers(text)
    ignored += [i for i in name_parts if not any(d.start <= i.start < d.end for d in dates)]
    blocked = (
        [(i.start, i.end) for i in ignored] + [(d.start, d.end) for d in dates] + [(f.start, f.end) for f in flagged]
    )
    numbers = [n for n in found if not any(a <= n.start < b for a, b in blocked)]
    _articles(text, numbers, ignored)
    addresses = find_addresses(text)
    # tokens whose span lies inside an address (e.g. "ADD" in hex) are not tokens
    tokens = [
        t
        for t in find_tokens(text)
        if not any(a.start <= t.start < a.end for a in addresses) and not any(a <= t.start < b for a, b in blocked)
    ]
    names = [
        nm
        for nm in find_names(text)
        if not any(t.start <= nm.start < t.end for t in tokens)
        and not any(a.start <= nm.start < a.end for a in addresses)
    ]
    # a length inside a calendar date ("下个季度末", "end of next month") is part of the date, not a duration
    # ... and "a quarter" inside "a quarter million" is part of the number, not three months
    durations = [
        d
        for d in find_durations(text, numbers)
        if not any(a.start < d.end and d.start < a.end for a in dates)
        and not any(n.start <= d.start and d.end <= n.end and n.end - n.start > d.end - d.start for n in numbers)
    ]
    # "cliff: one quarter" is three months: a fraction word that a duration reads is no unclear number
    flagged = [
        f
        for f in flagged
        if not ("fraction" in f.why and any(d.start <= f.start and f.end <= d.end for d in durations))
    ]
    return Scan(
        text,
        numbers,
        durations,
        tokens,
        addresses,
        names=names,
        dates=dates,
        ignored=ignored,
        flagged=flagged,
        hedges=find_hedges(text, numbers, durations),
    )


def _search(pattern: str, text: str) -> re.Match[str] | None:
    return re.search(pattern, text, _I)


# -- amounts ---------------------------------------------------------------------------------------------------
_COUNT_AFTER = re.compile(
    r"\s*(?:-\s*)?(?:期|次|笔|payments?\b|instal+ments?\b|periods?\b|tranches?\b|owners?\b|signers?\b|"
    r"people\b|persons?\b|members?\b|人|位|名|个签|decimals?\b|位小数|位精度|st\b|nd\b|rd\b|th\b)",
    _I,
)
_YEAR_AFTER = re.compile(r"\s*年(?!利|化|息)")


def _amount(s: Scan, hint_words: str) -> tuple[NumberMatch, TokenMatch | None] | None:
    """The money amount: a number with a token, else one near ``hint_words``, else the only plain number."""
    cands = []
    for i, n in s.free_numbers():
        if _COUNT_AFTER.match(s.text, n.end) or _search(r"(?:分|第)\s*$", s.before(n.start, 3)):
            continue
        if n.value >= 1900 and _YEAR_AFTER.match(s.text, n.end):
            continue
        cands.append((i, n))
    if not cands:
        return None
    with_token = [(i, n, s.token_for(n)) for i, n in cands]
    for i, n, t in with_token:
        if t is not None:
            s.used.add(i)
            return n, t
    for i, n, _ in with_token:
        if _search(hint_words, s.before(n.start, 14)):
            s.used.add(i)
            return n, None
    # the only plain number is the amount ... unless the text also holds an identifier (an order or invoice
    # number set aside): then the digits are not all accounted for by the wording and the amount is asked
    if len(cands) == 1 and not any(i.reason.startswith("an identifier") for i in s.ignored):
        i, n = cands[0]
        s.used.add(i)
        return n, None
    return None


def _token(s: Scan, attached: TokenMatch | None, params: dict[str, Any], key: str = "token") -> None:
    if attached is not None:
        params[key] = attached.symbol
        return
    named = [t for t in s.tokens if t.known or t.text.isupper()]
    if named:
        params[key] = named[0].symbol


# -- parties -----------------------------------------------------------------------------------------------------
_ADDR = r"0[xX][0-9a-fA-F]{40}"
_EN_NAME = r"(?:" + _ADDR + r"|[A-Z][\w.\-]*(?:\s+[A-Z][\w\-]*)?|[a-z][a-z0-9_.\-]{1,20})"
_ZH_NAME = (
    r"(?:" + _ADDR + r"|[\u4e00-\u9fff]{1,3}?(?=\s|\d|[，,。；;:：]|[一二两三四五六七八九十几半]|"
    r"个|的|$|作为|当|来|借|贷|"
    r"还|担|是|[A-Za-z]))"
)
_NOT_NAMES = frozenset(
    {
        "the",
        "a",
        "an",
        "my",
        "our",
        "me",
        "us",
        "be",
        "buy",
        "sell",
        "earn",
        "pay",
        "repay",
        "release",
        "fund",
        "make",
        "get",
        "build",
        "create",
        "start",
        "help",
        "him",
        "her",
        "them",
        "someone",
        "somebody",
        "anyone",
        "it",
        "this",
        "that",
        "each",
        "every",
        "any",
        "all",
        "whom",
        "which",
        "who",
        "reach",
        "cover",
        "support",
        "finance",
        "settle",
        "confirm",
        "approve",
        "vest",
        "lend",
        "loan",
        "borrow",
        "deposit",
        "withdraw",
        "send",
        "transfer",
        "fully",
        "become",
        "unlock",
        "date",
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "and",
        "or",
        "is",
        "are",
        "whoever",
        "deliver",
        "raise",
        "go",
        "do",
        "sign",
    }
)
_ZH_NOT_NAMES = frozenset({"我", "我们", "你", "他", "她", "对方", "别人", "一个", "一位", "合约", "钱包", "账户"})


def _clean_name(raw: str | None) -> str | None:
    if not raw:
        return None
    name = raw.strip().strip("'\"“”‘’「」『』《》").strip()
    if re.fullmatch(_ADDR, name):
        return name
    name = re.sub(r"^(?:the|a|an|my|our)\s+", "", name, flags=_I)
    first = name.split()[0] if name.split() else ""
    if not name or first.lower() in _NOT_NAMES or name in _ZH_NOT_NAMES:
        return None
    if re.search(r"\d", name) and not name.lower().startswith("0x"):
        return None
    if first.isupper() and len(first) > 1 and first.lower() in _TOKENISH:
        return None
    # stop a capitalised name at a following capitalised non-name word ("Bob For")
    return name.split()[0] if len(name.split()) > 1 and name.split()[1].lower() in _NOT_NAMES | _FILLER else name


_FILLER = frozenset({"for", "at", "with", "over", "in", "on", "by", "from", "to", "as", "who", "when", "if"})
_TOKENISH = frozenset({"eth", "btc", "usdc", "usdt", "dai"})


def _party(s: Scan, patterns: list[str], *, allow_me: bool = True) -> str | None:
    """The first party a pattern points at: each pattern marks where the name starts (group ``p``) and the one
    name reader (``ledgerlm.language.parties.read_name``) reads it, so every kind reads names alike.
    ``allow_me=False``: a cue that cannot point at the user ("给我" is no payee of the user's own escrow)."""
    for pat in patterns:
        for m in re.finditer(pat, s.text):
            found = read_name(s.text, m.start("p"), allow_me=allow_me)
            if found is not None:
                s.name_spans[found.name] = Span(found.start, found.end, found.text)
                return found.name
    return None


def people_before(s: Scan, pos: int) -> list[NameMatch]:
    """People and organisations named before ``pos``, a sentence's first word included ("Ana and Bo joined"):
    what a pronoun ("to her", "给他") may refer to. Tokens, addresses and the user are left out."""
    from ledgerlm.language.parties import _ZH_ORG, _ZH_TITLED, ME, _latin_at

    out: list[NameMatch] = []
    for m in re.finditer(r"(?<![A-Za-z])[A-Z]|[\u4e00-\u9fff]", s.text[:pos]):
        if out and m.start() < out[-1].end:
            continue
        if m.group(0).isascii():
            hit = _latin_at(s.text, m.start())
        else:
            z = _ZH_TITLED.match(s.text, m.start()) or _ZH_ORG.match(s.text, m.start())
            hit = read_name(s.text, m.start(), allow_me=False) if z else None
        if hit is None or hit.name == ME or hit.end > pos:
            continue
        if any(t.start <= hit.start < t.end for t in s.tokens) or any(
            a.start <= hit.start < a.end for a in s.addresses
        ):
            continue
        out.append(hit)
    return out


def _role_words(role: str) -> str:
    return role


# -- escrow ----------------------------------------------------------------------------------------------------
#: after a length in months or years, words that make it a point in the calendar ("两个月后", "2 months from now")
_CALENDAR_POINT = re.compile(r"\s*(?:以后|之后|后(?![还付退])|(?i:from\s+(?:now|today)\b|later\b))")


def _deadline_days(s: Scan, params: dict[str, Any], key: str = "deadline_days") -> None:
    cands = [d for d in s.durations if not _search(r"(?:every|each|per|每)\s*$", s.before(d.start, 8))]
    if cands:
        preferred = [
            d
            for d in cands
            if _search(
                r"deadline|截止|期限|内|after|within|in|by|refund|退", s.before(d.start, 14) + s.after(d.end, 14)
            )
        ]
        chosen = (preferred or cands)[0]
        point = _CALENDAR_POINT.match(s.text, chosen.end)
        if point is not None and chosen.unit in ("month", "quarter", "year"):
            # "截止：两个月后", "closes 2 months from now": a calendar day months away (59 to 62 days from the
            # reference date), not a count of 30-day months: asked, never a silent 60
            s.unsure.append(
                Unsure(
                    key,
                    chosen.start,
                    point.end(),
                    s.text[chosen.start : point.end()],
                    "'{w}' is a calendar day, not a number of days: which date (or how many days) is the deadline?",
                    "“{w}”是一个日历日期，不是天数：截止日期是哪一天（或多少天）？",
                )
            )
            return
        params[key] = chosen.days
        return
    usable = [d for d in s.dates if d.days is not None]
    said = list(usable)
    # "元旦之前（12月31日）": a day, then the exact date in brackets explaining it: the bracketed date is meant
    if (
        len(usable) == 2
        and abs((usable[0].days or 0) - (usable[1].days or 0)) <= 1
        and re.fullmatch(r"\s*[（(]\s*", s.text[usable[0].end : usable[1].start])
        and re.match(r"\s*[)）]", s.text[usable[1].end :])
    ):
        usable = [usable[1]]
    days = {d.days for d in usable}
    if usable and len(days) == 1 and usable[0].days is not None and usable[0].days > 0:
        # one date, or the same day said twice ("元旦之前（12月31日）"): cite every span that names it
        d = usable[0]
        assert d.days is not None  # checked above
        params[key] = Decimal(d.days)
        s.evidence[key] = Evidence(
            "text",
            f"calendar date, {d.days} days from the reference date ({d.rule})",
            tuple(Span(x.start, x.end, x.text) for x in said),
        )


# -- structured pastes: markdown tables and CSV lines ---------------------------------------------------------------
#
# Why: people paste a spec as a table ("| 出借人 | 本人 |", a header row over a row of values) or as CSV lines
# ("name,symbol,supply" over "RiverStone,RVS,1000000"). Read as prose, a header's words stand far from their values
# and a row's cells run into each other, so the values were left unread (or a header became a value). Rewritten as
# the settings list the kinds already read ("出借人: 本人", "supply: 1000000") each value stands right after its key.
# The rewrite keeps every character's place in the original (``Restructured.origin``), so the evidence and the
# questions still point at the user's own words.

#: a header cell that names the columns of a key / value table, not a param ("| 项目 | 内容 |", "| Field | Value |")
_GENERIC_HEADER = re.compile(
    r"(?i:fields?|items?|keys?|param(?:eter)?s?|settings?|attributes?|propert(?:y|ies)|values?|details?|"
    r"descriptions?|specs?|specifications?|info)|项目|字段|参数|内容|值|数值|说明|条款|事项|要素|类别|明细|详情|信息"
)
#: words a CSV header is made of: a line of labels over a line of values ("name,symbol,supply"); a greeting
#: with a comma ("Hi, Bob") is no header
_LABEL = re.compile(
    r"(?i:\b(?:name|symbol|ticker|token|currency|coin|supply|amount|total|price|cost|fee|rate|interest|apr|apy|"
    r"term|tenor|tenure|duration|period|cliff|vesting|start|delay|deadline|due|date|goal|target|raise|owners?|"
    r"signers?|members?|threshold|quorum|approvals?|payees?|payers?|recipients?|receivers?|beneficiar(?:y|ies)|"
    r"shares?|percent(?:age)?|pct|split|royalt(?:y|ies)|voting|timelock|proposal|holders?|lender|borrower|"
    r"arbiter|buyer|seller|client|stages?|steps?|roles?|item|product|data|reader|viewer|access|days|months|"
    r"max|min|mint|wallet|limit|decimals|cap|frequency|repayment|installments?|principal|allowlist|uri)s?\b)"
    r"|名称|名字|代号|符号|代币|币种|总量|发行量|数量|金额|本金|利率|利息|期限|截止|目标|收款|付款|比例|份额|受益|"
    r"悬崖|锁定|释放|投票|法定人数|门槛|阶段|环节|角色|数据|资料|天数|价格|单价|版税|上限|出借|借款|仲裁|成员|签名|"
    r"持有|时长|周期|还款"
)
_TABLE_RULE = re.compile(r":?-{2,}:?|:?—+:?|:?=+:?")
#: a header cell: a label of a few words, no digits, no sentence punctuation
_HEADER_CELL = re.compile(r"[^\d.!?。！？:=：]{1,32}")
_KEYED_CELL = re.compile(r"[:=：]")


def _is_label(cell: str) -> bool:
    """Whether a cell reads as a column label, in simplified or traditional characters ("名稱 代號 數量 價格" heads
    a table as "名称 代号 数量 价格" does)."""
    return bool(_LABEL.search(simplified(cell)))


@dataclass(frozen=True)
class Restructured:
    """A request rewritten so a table's values stand after their keys: ``text`` is read instead of the original,
    ``origin[i]`` is where ``text[i]`` stands in the original (one entry past the end too)."""

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``text[start:end]``."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        if end == start:
            at = self.origin[start]
            return at, at
        a, b = self.origin[start], self.origin[end - 1] + 1
        return (a, b) if a < b else (self.origin[end - 1], self.origin[end - 1] + 1)


class _Builder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.origin: list[int] = []

    def copy(self, start: int, end: int) -> None:
        self.parts.append(self.source[start:end])
        self.origin.extend(range(start, end))

    def put(self, words: str, at: int) -> None:
        self.parts.append(words)
        self.origin.extend([at] * len(words))

    def done(self) -> Restructured:
        return Restructured("".join(self.parts), (*self.origin, len(self.source)))


Cell = tuple[int, int]


def _strip_cell(text: str, start: int, end: int) -> Cell:
    while start < end and text[start] in " \t\"'":
        start += 1
    while end > start and text[end - 1] in " \t\"'\r":
        end -= 1
    return start, end


def _split_cells(text: str, start: int, end: int, seps: str) -> list[Cell]:
    """The cells of ``text[start:end]`` split at ``seps`` outside double quotes ("1,000,000" in quotes is one)."""
    cells: list[Cell] = []
    at, quoted = start, False
    for i in range(start, end):
        ch = text[i]
        if ch == '"':
            quoted = not quoted
        elif ch in seps and not quoted:
            cells.append(_strip_cell(text, at, i))
            at = i + 1
    cells.append(_strip_cell(text, at, end))
    return cells


def _pipe_row(text: str, start: int, end: int) -> list[Cell] | None:
    """The cells of a table row ("| a | b |", "a | b"), or None when the line is no table row."""
    line = text[start:end]
    if "|" not in line and "｜" not in line:
        return None
    a, b = _strip_cell(text, start, end)
    if a < b and text[a] in "|｜":
        a += 1
    if b > a and text[b - 1] in "|｜":
        b -= 1
    cells = _split_cells(text, a, b, "|｜")
    return cells if len(cells) >= 2 else None


def _is_rule(text: str, cells: list[Cell]) -> bool:
    return all(_TABLE_RULE.fullmatch(text[a:b].replace(" ", "")) for a, b in cells)


def _is_header(text: str, cells: list[Cell]) -> bool:
    return all(b > a and _HEADER_CELL.fullmatch(text[a:b]) and len(text[a:b].split()) <= 4 for a, b in cells)


def _generic(text: str, header: list[Cell]) -> bool:
    return any(_GENERIC_HEADER.fullmatch(text[a:b].strip()) for a, b in header)


def _emit(out: _Builder, text: str, header: list[Cell] | None, rows: list[list[Cell]], at: int) -> None:
    """A table's rows as settings ("key: value" lines) or, for a list of records under a header, one line of them
    after the header's words ("payee share: Ifeoma 60, me 40")."""
    mode = _mode(text, header, rows)
    if mode == "columns" and header:
        for (ha, hb), (va, vb) in zip(header, rows[0], strict=True):
            if vb > va:
                out.copy(ha, hb)
                out.put(": ", hb)
                out.copy(va, vb)
                out.put("\n", vb)
        return
    if mode == "keys":
        for (ka, kb), (va, vb) in rows:
            if kb > ka and vb > va:
                out.copy(ka, kb)
                out.put(": ", kb)
                out.copy(va, vb)
                out.put("\n", vb)
        return
    if header:
        for i, (a, b) in enumerate(header):
            if i:
                out.put(" ", a)
            out.copy(a, b)
        out.put(": ", header[-1][1])
    for j, row in enumerate(rows):
        if j:
            out.put(", ", row[0][0])
        cells = [(a, b) for a, b in row if b > a]
        for i, (a, b) in enumerate(cells):
            if i:
                out.put(" ", a)
            out.copy(a, b)
    out.put("\n", rows[-1][-1][1] if rows[-1] else at)


def _mode(text: str, header: list[Cell] | None, rows: list[list[Cell]]) -> str | None:
    """How a table is read: "columns" (a header over one row: each header cell is a key), "keys" (two columns of
    keys and values), "list" (rows of a name and a number under a header), or None (left as written)."""
    width = len(header) if header else max(len(r) for r in rows)
    if header and len(rows) == 1 and not (width == 2 and _generic(text, header)):
        return "columns"
    if width == 2 and (header is None or _generic(text, header)):
        return "keys"
    return "list" if _pairs(text, rows) else None


def _pairs(text: str, rows: list[list[Cell]]) -> bool:
    """Rows of a name and a number ("Ifeoma | 60", "阿强 | 30%"): read as a list ("Ifeoma 60, me 40"). Rows of
    words only ("harvest | farmer") are left as written: joined, their cells would run into one name."""
    for row in rows:
        cells = [text[a:b] for a, b in row if b > a]
        if len(cells) != 2 or sum(bool(re.search(r"\d", c)) for c in cells) != 1:
            return False
    return True


def _lines(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for line in text.splitlines(keepends=True):
        out.append((at, at + len(line.rstrip("\r\n"))))
        at += len(line)
    return out


def _table_at(
    text: str, lines: list[tuple[int, int]], i: int
) -> tuple[int, list[Cell] | None, list[list[Cell]]] | None:
    """A markdown table starting at line ``i``: (lines it takes, header, data rows), or None."""
    rows: list[list[Cell]] = []
    j = i
    while j < len(lines) and (row := _pipe_row(text, *lines[j])) is not None:
        rows.append(row)
        j += 1
    if len(rows) < 2:
        return None
    header: list[Cell] | None = None
    if len(rows) >= 3 and _is_rule(text, rows[1]):
        header, rows = rows[0], rows[2:]
    elif _is_rule(text, rows[0]):
        rows = rows[1:]
    elif _is_header(text, rows[0]) and all(_is_label(text[a:b]) for a, b in rows[0][:1]) and len(rows) > 2:
        header, rows = rows[0], rows[1:]  # "| stage | by |" over rows, written without a rule line
    if any(_is_rule(text, r) for r in rows) or not rows:
        return None
    if header is None and any(_KEYED_CELL.search(text[a:b]) for r in rows for a, b in r):
        return None  # "name: X | symbol: Y" lines: a settings list already
    width = len(header) if header else len(rows[0])
    if any(len(r) != width for r in rows) or (header is not None and not _is_header(text, header)):
        return None
    keys = [r[0] for r in rows]
    if header is None and (
        not _is_header(text, keys) or 2 * sum(bool(_is_label(text[a:b])) for a, b in keys) < len(keys)
    ):
        return None  # rows without a header are keys and values: each key a label
    return j - i, header, rows


def _csv_at(text: str, lines: list[tuple[int, int]], i: int) -> tuple[int, list[Cell] | None, list[list[Cell]]] | None:
    """CSV lines starting at line ``i`` (a header of labels over rows of as many cells), or None."""
    a, b = lines[i]
    colon = max(text.rfind(":", a, b), text.rfind("：", a, b))
    if colon >= 0 and b - colon > 3:  # "for the escrow: amount, payee, deadline": the header after the colon
        a = colon + 1
    for sep in ("\t", ",", ";"):
        header = _split_cells(text, a, b, sep)
        if len(header) < 2 or not _is_header(text, header) or b - a > 200:
            continue
        if 2 * sum(bool(_is_label(text[x:y])) for x, y in header) < len(header):
            continue  # "Hi, Bob": words with a comma, not a line of labels
        rows: list[list[Cell]] = []
        j = i + 1
        while j < len(lines) and lines[j][1] - lines[j][0] <= 200:
            row = _split_cells(text, *lines[j], sep)
            if len(row) != len(header) or any(_KEYED_CELL.search(text[x:y]) for x, y in row):
                break
            if any(len(text[x:y].split()) > 6 for x, y in row):
                break  # a sentence with commas, not a row
            rows.append(row)
            j += 1
        if not rows:
            continue
        if not any(re.search(r"\d", text[x:y]) for r in rows for x, y in r) and len(rows) < 2:
            continue  # "harvest, dry\nroast, pack": prose, unless a row holds a value or there are rows enough
        return j - i, header, rows
    return None


_YAML_ITEM = re.compile(
    r"[ \t]*(?P<dash>[-*•][ \t]+)(?P<key>[A-Za-z_][\w ]{0,24}|[\u4e00-\u9fff]{1,6})[ \t]*[:：][ \t]*(?P<val>\S.*)$"
)
_YAML_MORE = re.compile(
    r"(?P<lead>[ \t]+)(?P<key>[A-Za-z_][\w ]{0,24}|[\u4e00-\u9fff]{1,6})[ \t]*[:：][ \t]*(?P<val>\S.*)$"
)


def _yaml_at(text: str, lines: list[tuple[int, int]], i: int) -> tuple[int, list[Cell] | None, list[list[Cell]]] | None:
    """A YAML list of records starting at line ``i`` ("- name: me" / "  share: 70", then the next "- name: ..."):
    two or more items with the same keys, as a header (the keys of the first item) over rows of values."""
    items: list[list[tuple[Cell, Cell]]] = []
    j = i
    while j < len(lines):
        m = _YAML_ITEM.fullmatch(text, *lines[j])
        if m is None:
            break
        item = [(m.span("key"), (m.start("val"), lines[j][1]))]
        indent = m.start("key") - lines[j][0]
        j += 1
        while j < len(lines):
            more = _YAML_MORE.fullmatch(text, *lines[j])
            if more is None or more.start("key") - lines[j][0] != indent:
                break
            item.append((more.span("key"), (more.start("val"), lines[j][1])))
            j += 1
        items.append(item)
    if len(items) < 2 or any(len(it) < 2 for it in items):
        return None
    keys = [[text[a:b].strip().lower() for (a, b), _ in it] for it in items]
    if any(k != keys[0] for k in keys):
        return None
    header = [_strip_cell(text, *k) for k, _ in items[0]]
    rows = [[_strip_cell(text, *v) for _, v in it] for it in items]
    return j - i, header, rows


def _block_start(text: str, line: tuple[int, int], header: list[Cell] | None, rows: list[list[Cell]]) -> int:
    """Where a table's rewritten words start: its line, or after the words before a header on the same line."""
    first = header[0][0] if header else rows[0][0][0]
    colon = max(text.rfind(":", line[0], first), text.rfind("：", line[0], first))
    return colon + 1 if colon >= 0 and not re.match(r"\s*[|｜]", text[line[0] :]) else line[0]


#: a header naming a stage or step column: a traceability kind reads its own stage tables row by row (stage, who),
#: which a settings rewrite would fold into one line
_STAGE_COLUMN = re.compile(r"(?i:\b(?:stages?|steps?)\b)|阶段|环节|步骤|工序")


def _names_stages(text: str, first_row: list[Cell]) -> bool:
    """Whether the block's header (or, without one, its first row) is a ``stage | who`` header."""
    return (
        len(first_row) > 1
        and _is_header(text, first_row)
        and any(_STAGE_COLUMN.search(text[a:b]) for a, b in first_row)
    )


def restructure(text: str) -> Restructured | None:
    """``text`` with its markdown tables and CSV blocks rewritten as settings lines, or None when it has none."""
    lines = _lines(text)
    if len(lines) < 2:
        return None
    out = _Builder(text)
    changed = False
    at = 0  # where the original not yet copied starts
    i = 0
    while i < len(lines):
        found = _table_at(text, lines, i) or _csv_at(text, lines, i) or _yaml_at(text, lines, i)
        if found is None:
            i += 1
            continue
        taken, header, rows = found
        if _mode(text, header, rows) is None or _names_stages(text, header or rows[0]):
            i += taken
            continue
        start, end = _block_start(text, lines[i], header, rows), lines[i + taken - 1][1]
        out.copy(at, start)
        if start > lines[i][0]:
            out.put("\n", start)
        _emit(out, text, header, rows, end)
        at = end
        while at < len(text) and text[at] in "\r\n":
            at += 1
        changed = True
        i += taken
    if not changed:
        return None
    out.copy(at, len(text))
    return out.done()
