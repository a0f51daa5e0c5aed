"""Where every value came from, and nothing in the text left unread.

Why: after parsing everything is verified to the wei, but a value read wrongly from a phrase the rules did not
understand looked exactly like a right one. So each param carries ``Evidence``: the exact span(s) of the user's
words (``source="text"``), or ``default`` / ``inferred`` with the rule that produced it. Then ``account`` checks
that every number, amount, duration, percentage, date, address and name in the text is either cited by exactly
one param or deliberately ignored with a reason (a standard's name such as ERC-20, a version, an article "one");
what is left, or read twice, becomes a ``Question`` in the user's language naming the ``--set`` that settles it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ledgerlm.language.extract import Scan

__all__ = [
    "Evidence",
    "Ignored",
    "Mention",
    "Question",
    "Span",
    "Unsure",
    "account",
    "collect_evidence",
    "ignored_spans",
]


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    words: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "words": self.words}


@dataclass(frozen=True)
class Evidence:
    """Why a param has its value: ``text`` (spans of the user's words), ``default`` or ``inferred`` (rule)."""

    source: Literal["text", "default", "inferred", "override", "llm"]
    rule: str
    spans: tuple[Span, ...] = ()

    @property
    def words(self) -> str:
        return " … ".join(s.words for s in self.spans)

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "rule": self.rule, "spans": [s.to_dict() for s in self.spans]}


@dataclass(frozen=True)
class Mention:
    """Something in the text that carries a value: it must be used by a param or ignored with a reason."""

    what: Literal["number", "amount", "percent", "duration", "date", "address", "name"]
    start: int
    end: int
    words: str


@dataclass(frozen=True)
class Ignored:
    start: int
    end: int
    words: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "words": self.words, "reason": self.reason}


@dataclass(frozen=True)
class Question:
    """Something the parser could not settle: asked in the user's language, settled by ``--set`` one of
    ``fields`` (or by rewording the request)."""

    text: str
    words: str
    start: int
    end: int
    fields: tuple[str, ...]
    reason: Literal["unaccounted", "double", "conflict", "unsure"] = "unaccounted"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "words": self.words,
            "start": self.start,
            "end": self.end,
            "fields": list(self.fields),
            "reason": self.reason,
        }


@dataclass(frozen=True)
class Unsure:
    """A free-text value (a stage list, what the data is, a reader's name) whose edges the rules are not sure of:
    never filled, asked with the candidate words instead ("Is the data 'X'?"). ``en``/``zh`` are templates with
    ``{w}`` for the words; ``field`` is the param a ``--set`` settles it with."""

    field: str
    start: int
    end: int
    words: str
    en: str
    zh: str
    #: the params a ``--set`` may settle it with when ``field`` is empty (a range no param read: any number)
    fields: tuple[str, ...] = ()


# -- what is ignored on purpose ----------------------------------------------------------------------------------
_IGNORE_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:ERC|BEP|EIP|TRC|SPL|BRC)[-\s]?\d+\b", re.IGNORECASE), "a token standard's name"),
    (re.compile(r"\b[vV]\d+(?:\.\d+)*\b|\bversion\s+\d+(?:\.\d+)*\b|\b\d+\.\d+\.\d+\b", re.IGNORECASE), "a version"),
    (re.compile(r"\b[Qq][1-4]\b|第?[一二三四1-4]季度"), "a quarter's name"),
    (re.compile(r"\b\d+\s*-?\s*(?:st|nd|rd|th)\b", re.IGNORECASE), "an ordinal"),
    (re.compile(r"\b(?:web\s?3|layer\s?2|L2|2FA|24/7|COVID-19|M2|R2)\b", re.IGNORECASE), "part of a common name"),
    # an order, invoice, ticket or flat number identifies something; it is no quantity of the contract
    (
        re.compile(
            r"(?<![\w])#\s?\d[\w-]*"
            # words that name a thing by number; never a verb or a market word ("issue 100 passes", "floor 0.5")
            r"|(?i:\b(?:order|invoice|ref(?:erence)?|po|pr|employee\s+id|id|flat|apt\.?|apartment|"
            r"suite|room|building|bldg\.?|line|page|phone|tel|ext\.?|extension|ward|sku|lot\s+(?:no\.?|number|#))"
            r"\s*(?:no\.?|number|#|:)?\s*\d[\w-]*)"
            # a ticket or booking is priced too ("each ticket 20 USDC"): an identifier only with its mark or as a
            # long number ("ticket no. 5", "booking ref: 7781", "ticket 88231")
            r"|(?i:\b(?:ticket|booking|reservation|tracking|case)\s*(?:no\.?|number|#|:|id|ref)\s*[A-Za-z]*\d[\w-]*)"
            r"|(?i:\b(?:ticket|booking|case)\s+\d{4,}(?!\d|[.,]\d))(?!\s*(?:[A-Z]{2,}|(?i:usd\w*|eth|dai|tokens?|dollars?)\b))"
            r"|(?:订单号?|单号|编号|工号|发票号?|批次号?|项目编号|房间?号?|门牌号?|楼栋?|电话|手机号?)\s*[:：#]?\s*[A-Za-z]?\d[\w-]*"
            r"|\d+[A-Za-z]?\s*(?:室|号楼|栋|单元)"
        ),
        "an identifier (an order, invoice, flat or ticket number), not a value",
    ),
    # a phone number is no quantity: after a word that says so, digits in groups ("call me at 555-0134", "phone
    # 415 555 2671", "我手机 139 1234 5678", "WhatsApp +65 9123 4567"); a Chinese mobile number alone (13812345678)
    (
        re.compile(
            r"(?i:(?:\bcall\s+me\s+(?:at|on)|\b(?:phone|tel|mobile|cell|whats\s?app|contact)(?:\s+(?:no\.?|number|#))?"
            r"(?:\s+is)?|手机号?码?|电话号?码?|联系方式|联系电话)[\s:：#]*)"
            r"(?:\+\d{1,3}[\s-]?)?\(?\d{2,4}\)?(?:[\s-]?\d{2,4}){1,3}(?![\d.%])"
            r"|(?<![\d.,])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?![\d.,%])"
            r"(?!\s*(?:[A-Z]{2,}|U\b|(?i:usdt|usdc|eth|dai|tokens?|coins?)\b|[个枚块元万亿份张]))"
        ),
        "a phone number, not a value",
    ),
)


def ignored_spans(text: str) -> list[Ignored]:
    """Phrases whose digits are no value at all (ERC-20, v2, Q1, 3rd): never read, listed with the reason."""
    out: list[Ignored] = []
    for rx, reason in _IGNORE_RULES:
        out += [Ignored(m.start(), m.end(), m.group(0), reason) for m in rx.finditer(text)]
    return out


# -- evidence ----------------------------------------------------------------------------------------------------
def _num_eq(a: Any, b: Any) -> bool:
    try:
        return abs(Decimal(str(a)) - Decimal(str(b))) <= Decimal("1e-9")
    except Exception:  # noqa: BLE001 - not numbers
        return False


def _locate_string(text: str, value: str, taken: list[Span]) -> Span | None:
    for m in re.finditer(re.escape(value), text, re.IGNORECASE):
        if not any(s.start < m.end() and m.start() < s.end for s in taken):
            return Span(m.start(), m.end(), text[m.start() : m.end()])
    return None


def collect_evidence(
    s: Scan, params: dict[str, Any], full: dict[str, Any], defaults: dict[str, Any]
) -> dict[str, Evidence]:
    """Evidence for every param of ``full`` (the validated spec): cited spans first (the extractors cite what
    they read), then the value located among the scan's findings, then ``inferred`` (a note explains it) or
    ``default``."""
    text = s.text
    out: dict[str, Evidence] = {}
    taken: list[Span] = [sp for ev in s.evidence.values() for sp in ev.spans]
    for name, value in full.items():
        if name in s.evidence:
            out[name] = s.evidence[name]
            continue
        if name not in params:
            if value is None:
                continue
            out[name] = Evidence("default", f"not stated: the spec's default {value!r}")
            continue
        ev = _locate(s, name, params[name], taken)
        if ev is None:
            note = next((n for n in s.notes if name in n), None)
            ev = Evidence("inferred", note or "derived from other values in the request")
        out[name] = ev
        taken.extend(ev.spans)
    del text
    return out


def _locate(s: Scan, name: str, value: Any, taken: list[Span]) -> Evidence | None:
    text = s.text
    if isinstance(value, bool):
        return None
    if isinstance(value, list):
        spans: list[Span] = []
        for item in value:
            sp = s.name_spans.get(str(item)) or _locate_string(text, str(item), taken + spans)
            if sp is None:
                return None
            spans.append(sp)
        return Evidence("text", "listed", tuple(spans))
    if isinstance(value, str):
        sp = s.name_spans.get(value)
        if sp is not None:
            return Evidence("text", "name", (sp,))
        tok = next((t for t in s.tokens if t.symbol == value), None)
        if tok is not None:
            return Evidence("text", "token", (Span(tok.start, tok.end, tok.text),))
        sp = _locate_string(text, value, taken)
        return Evidence("text", "words", (sp,)) if sp else None
    # numbers: a duration with these months/days (for a time field), else a used number with this value (a percent
    # for a percent field), else any number with this value
    timed = name.endswith(("_months", "_days"))
    pct = name.endswith("_pct")
    for d in s.durations if timed else []:
        if (
            (name.endswith("_months") and _num_eq(d.months, value))
            or (name.endswith("_days") and _num_eq(d.days, value))
        ) and not any(t.start == d.start for t in taken):
            return Evidence("text", "duration", (Span(d.start, d.end, text[d.start : d.end]),))
    for i, n in enumerate(s.numbers):
        if i in s.used and _num_eq(n.value, value) and n.percent == pct and not any(t.start == n.start for t in taken):
            return Evidence("text", "number", (Span(n.start, n.end, n.text),))
    for n in s.numbers:
        if (
            n.percent == pct
            and _num_eq(n.value, value)
            and s.in_duration(n) is None
            and not any(t.start == n.start for t in taken)
        ):
            return Evidence("text", "number", (Span(n.start, n.end, n.text),))
    for d in s.durations:
        if (
            (name.endswith("_months") and _num_eq(d.months, value))
            or (name.endswith("_days") and _num_eq(d.days, value))
        ) and not any(t.start == d.start for t in taken):
            return Evidence("text", "duration", (Span(d.start, d.end, text[d.start : d.end]),))
    for n in s.numbers:
        if _num_eq(n.value, value) and not any(t.start == n.start for t in taken):
            return Evidence("text", "number", (Span(n.start, n.end, n.text),))
    return None


# -- accounting --------------------------------------------------------------------------------------------------
def mentions(s: Scan) -> list[Mention]:
    """Every value-carrying phrase of the text, with its span."""
    out: list[Mention] = []
    for a in s.addresses:
        out.append(Mention("address", a.start, a.end, a.text))
    for d in s.durations:
        out.append(Mention("duration", d.start, d.end, s.text[d.start : d.end]))
    for n in s.numbers:
        if s.in_address(n) or s.in_duration(n) is not None:
            continue
        out.append(Mention("percent" if n.percent else "number", n.start, n.end, n.text))
    for nm in s.names:
        out.append(Mention("name", nm.start, nm.end, nm.text))
    for dt in s.dates:
        out.append(Mention("date", dt.start, dt.end, dt.text))
    for f in getattr(s, "flagged", []):
        out.append(Mention("number", f.start, f.end, f.text))
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


_ASK = {
    "name": ("You mentioned {w}: what is {w}'s role?", "您提到了“{w}”：{w} 是什么角色？"),
    "address": ("You mentioned the address {w}: whose is it?", "您提到了地址 {w}：这是谁的地址？"),
    "date": ("You mentioned the date {w}: what is it for?", "您提到了日期“{w}”：它指什么？"),
    "other": ("You mentioned {w!r}: what is it for?", "您提到了“{w}”：它是指什么？"),
    "token": (
        "You mentioned {w}, but the reading uses another token: which token is it?",
        "您提到了 {w}，但读到的是另一种代币：到底是哪种代币？",
    ),
    "double": ("{w!r} was read as both {a} and {b}: which is it?", "“{w}”同时被读成了 {a} 和 {b}：是哪一个？"),
}


def account(
    s: Scan, evidence: dict[str, Evidence], *, lang: str, kind_fields: dict[str, str], roles: tuple[str, ...]
) -> tuple[list[Question], list[Ignored]]:
    """Questions for every mention no param used and none ignored, and for spans two params read.

    ``kind_fields`` maps each param of the kind to its type ("number", "party", "text", "flag"): a question
    names the params that could settle it."""
    cited: list[tuple[tuple[int, int], str]] = [
        ((sp.start, sp.end), name) for name, ev in evidence.items() for sp in ev.spans
    ]
    ignored = list(s.ignored)
    used_spans = [(n.start, n.end) for i, n in enumerate(s.numbers) if i in s.used]
    questions: list[Question] = []
    zh = lang == "zh"
    for f in getattr(s, "flagged", []):  # "1,5", "1.000.000": no single exact value, so always asked
        en, zh_t = (
            "{w!r} has no single exact value ({why}): which number do you mean?",
            "“{w}”没有唯一确定的数值（{why}）：您指的是哪个数？",
        )
        fields = tuple(f2 for f2, t in kind_fields.items() if t == "number")
        questions.append(
            Question((zh_t if zh else en).format(w=f.text, why=f.why), f.text, f.start, f.end, fields, "double")
        )
    number_fields = tuple(f2 for f2, t in kind_fields.items() if t == "number")
    for u in getattr(s, "unsure", []):  # a value whose words are not one exact value: asked, never guessed
        ufields = (u.field,) if u.field else (tuple(u.fields) or number_fields)
        questions.append(Question((u.zh if zh else u.en).format(w=u.words), u.words, u.start, u.end, ufields, "unsure"))
    flagged_spans = [(f.start, f.end) for f in getattr(s, "flagged", [])]
    unsure_spans = [(u.start, u.end) for u in getattr(s, "unsure", [])]
    for m in mentions(s):
        span = (m.start, m.end)
        if span in flagged_spans or span in unsure_spans:
            continue  # already asked about, with the reason
        readers = sorted({name for sp, name in cited if _overlaps(sp, span)})
        if not readers and any(a <= m.start and m.end <= b for a, b in unsure_spans):
            continue  # a part of a phrase already asked about ("18 months" in "18 months after a 12-month cliff")
        if len(readers) > 1 and m.what in ("number", "percent", "duration") and not _compatible(readers):
            en, zh_t = _ASK["double"]
            text = (zh_t if zh else en).format(w=m.words, a=readers[0], b=readers[1])
            questions.append(Question(text, m.words, m.start, m.end, tuple(readers), "double"))
            continue
        if readers or any(_overlaps((i.start, i.end), span) for i in ignored):
            continue
        if m.what == "duration" and any(
            name.endswith("_pct")
            and sp[1] <= m.start
            and re.fullmatch(
                r"\s*(?:(?:annual|yearly|interest|rate|apr|simple|compound)\s*)*(?:a|per|each|every|/)?\s*",
                s.text[sp[1] : m.start],
                re.IGNORECASE,
            )
            for sp, name in cited
        ):
            continue  # "10% a year": the period of the rate, not a term
        if m.what in ("number", "percent") and any(_overlaps(u, span) for u in used_spans):
            # read by the kind's rules as part of a value (a count of installments, "2-of-3"): recorded, not lost
            ignored.append(Ignored(m.start, m.end, m.words, "read by the kind's rules as part of another value"))
            continue
        if m.what in ("number", "percent") and _restated(s, m, cited, used_spans):
            # "lend her 3.5 ETH ... the whole 3.5 back at the end": the same value said again, not a new one
            ignored.append(Ignored(m.start, m.end, m.words, "the same value stated again"))
            continue
        if m.what == "name" and not roles:
            # "crowdfund for Lily's surgery": a kind without parties has nobody to bind the name to
            ignored.append(Ignored(m.start, m.end, m.words, "a name in the description: this kind has no parties"))
            continue
        if m.what == "name":
            fields = tuple(r for r in roles if r in kind_fields)
            key = "name"
        elif m.what == "address":
            fields, key = tuple(roles) or tuple(kind_fields), "address"
        elif m.what == "date":
            fields, key = tuple(f for f in kind_fields if f.endswith("_days") or f.endswith("_months")), "date"
        else:
            fields, key = tuple(f for f, t in kind_fields.items() if t == "number"), "other"
        en, zh_t = _ASK[key]
        questions.append(Question((zh_t if zh else en).format(w=m.words), m.words, m.start, m.end, fields))
    questions += _unread_tokens(s, cited, ignored, kind_fields, zh)
    return questions, ignored


def _unread_tokens(
    s: Scan, cited: list[tuple[tuple[int, int], str]], ignored: list[Ignored], kind_fields: dict[str, str], zh: bool
) -> list[Question]:
    """A known token the text names that no param reads ("0.05 BTC? ... make it 1.6 WETH" kept BTC once): for a
    kind with a token param, asked, never dropped."""
    fields = tuple(f for f in kind_fields if f == "token" or f.endswith("_token"))
    if not fields:
        return []
    out: list[Question] = []
    tokens = getattr(s, "tokens", [])
    read = {t.symbol for t in tokens if any(_overlaps(sp, (t.start, t.end)) for sp, _ in cited)}
    for n in s.numbers:  # the token of a cited amount ("2.4 ETH" when only "2.4" is cited)
        if any(_overlaps(sp, (n.start, n.end)) for sp, _ in cited) and (t2 := s.token_for(n)) is not None:
            read.add(t2.symbol)
    for t in tokens:
        span = (t.start, t.end)
        if not t.known or t.symbol in read:
            continue
        if any(_overlaps((i.start, i.end), span) for i in ignored) or any(
            u.start <= t.start and t.end <= u.end for u in getattr(s, "unsure", [])
        ):
            continue
        en, zh_t = _ASK["token"]
        out.append(Question((zh_t if zh else en).format(w=t.text), t.text, t.start, t.end, fields))
    return out


#: words that say a number repeats an amount already given ("the whole 3.5 back", "全部 5000 还清")
_RESTATE_WORDS = re.compile(r"(?i:\b(?:whole|full|entire|all|total|back|again|same)\b)|全部|全额|一次性|还清|归还|本金")


def _restated(s: Scan, m: Mention, cited: list[tuple[tuple[int, int], str]], used: list[tuple[int, int]]) -> bool:
    """A number written again with exactly the value of an earlier number that a param reads (or the rules used)."""
    this = next((n for n in s.numbers if n.start == m.start and n.end == m.end), None)
    if this is None:
        return False
    around = s.text[max(0, this.start - 14) : this.start] + " " + s.text[this.end : this.end + 14]
    if not _RESTATE_WORDS.search(around):
        return False  # the same number may be a new value ("min 5" after "raise 5 ETH"): asked, not dropped
    for n in s.numbers:
        if n is this or n.start >= this.start or n.percent != this.percent or n.value != this.value:
            continue
        span = (n.start, n.end)
        if span in used or any(_overlaps(sp, span) for sp, _ in cited):
            return True
    return False


def _compatible(readers: list[str]) -> bool:
    """Params that legitimately share words: a duration that is both a term and a deadline is not a conflict for
    kinds that copy one into the other; none today, so any two readers conflict."""
    return False


@dataclass
class Accounting:
    """The full result of accounting one parse (kept for the CLI and the audit record)."""

    evidence: dict[str, Evidence] = field(default_factory=dict)
    questions: list[Question] = field(default_factory=list)
    ignored: list[Ignored] = field(default_factory=list)
