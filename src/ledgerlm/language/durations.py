"""Durations in Chinese and English -> months and days as ``Decimal``.

API: ``find_durations(text, numbers=None) -> list[DurationMatch]`` (every length of time with its span, left to
right), ``parse_duration(text)`` (exactly one, else ``InputError``), ``find_frequencies(text)`` (``quarterly``,
``每月``, ``every two weeks``: how often, never a length), ``days_to_months``.
``DurationMatch(months, days, start, end, text, unit, count, frequency)``: ``frequency`` is true when the length
follows "every/each/per/每/每隔" ("every two weeks", "每季度"): it says how often, and the caller must not read it
as a term. Compound lengths are one match: ``一年零三个月``, ``2 years 6 months``, ``1 year and 3 months``.

Conventions (stated once, used everywhere): a month is 30 days, a week 7 days, a quarter 3 months (90 days), a
year 12 months (365 days). So ``2 weeks`` = 14 days = 14/30 months. Months that are not a whole number are
rounded to 6 decimal places so that they stay exact in JSON. Recognised: ``3 months``, ``6-month``,
``two-year``, ``90 days``, ``30d``, ``1.5 years``, ``a year``, ``half a year``, ``a year and a half``,
``fortnight``, ``3个月``, ``半年``, ``一年半``, ``两个半月``, ``一个季度``, ``三周``, ``两个星期``, ``九十天``,
``18个月``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from ledgerlm.errors import InputError
from ledgerlm.language.numbers import NumberMatch, clean_decimal, find_numbers

__all__ = [
    "DurationMatch",
    "FrequencyMatch",
    "days_to_months",
    "find_durations",
    "find_frequencies",
    "parse_duration",
    "stated_zero",
]

_MONTH_DAYS = Decimal(30)
_UNITS: dict[str, tuple[Decimal, Decimal]] = {  # unit -> (months, days) per unit
    "hour": (Decimal(1) / 720, Decimal(1) / 24),
    "day": (Decimal(1) / 30, Decimal(1)),
    "week": (Decimal(7) / 30, Decimal(7)),
    "month": (Decimal(1), Decimal(30)),
    "quarter": (Decimal(3), Decimal(90)),
    "year": (Decimal(12), Decimal(365)),
}

#: the units of Portuguese, Spanish, French, German and Malay/Indonesian requests ("45 dias", "18 meses", "2 años",
#: "3 semanas", "6 mois", "30 Tage", "12 bulan"), after a number only; listed before the English ones so "días"
#: is not read as its "d"
_ROMANCE_UNITS: dict[str, str] = {
    "dias": "day", "dia": "day", "días": "day", "día": "day", "jours": "day", "jour": "day", "tage": "day",
    "tagen": "day", "hari": "day",
    "meses": "month", "mes": "month", "mês": "month", "mois": "month", "monate": "month", "monaten": "month",
    "monat": "month", "bulan": "month",
    "anos": "year", "ano": "year", "años": "year", "año": "year", "ans": "year", "années": "year", "année": "year",
    "jahre": "year", "jahren": "year", "jahr": "year", "tahun": "year",
    "semanas": "week", "semana": "week", "semaines": "week", "semaine": "week", "wochen": "week", "woche": "week",
    "minggu": "week",
}  # fmt: skip
_ROMANCE = "|".join(sorted(_ROMANCE_UNITS, key=len, reverse=True))
_EN_UNIT = (
    rf"(?P<en>(?:{_ROMANCE})(?![\w])|years?|yrs?|y(?![a-z])|months?|mos?(?![a-z])|mths?|weeks?|wks?|w(?![a-z])|days?|d(?![a-z])"
    # the typos people make in a hurry (a number before them makes the reading safe)
    r"|monhts?|montsh|mnths?|monts|moths|motnhs?|yeras?|yaers?|yeers?|yers|weesk|wekks?|dyas"
    r"|quarters?|hours?|hrs?|h(?![a-z]))"
)
_ZH_UNIT = (
    # 周 is no week in "10 周年" (an anniversary) or "18 周岁" (an age)
    # traditional characters read alike: 個 = 个, 小時 = 小时, 鐘頭 = 钟头, 禮拜 = 礼拜, 週 = 周
    r"(?P<zh>[个個]?小[时時]|[个個]?[钟鐘][头頭]|[个個]?季度|[个個]?季(?!节|節)|[个個]?月(?!\s*\d+\s*[日号號])|"
    r"[个個]?星期|[个個]?[礼禮]拜|[周週](?![年岁歲])|天|日(?!期(?!限))|年(?![级代級]))"
)
_AFTER_NUMBER = re.compile(
    r"\s*-?\s*(?:(?P<ge>个|個)\s*)?(?P<half>半)?\s*(?:" + _EN_UNIT + "|" + _ZH_UNIT + ")", re.IGNORECASE
)
_HANT_UNIT = str.maketrans({"時": "时", "鐘": "钟", "頭": "头", "禮": "礼", "週": "周"})
#: the half after a length: "两年半", dictated "两年 半" / "一 年 半" (read as 24 and 12 months), "two years and a
#: half"; never the start of a word of its own ("半价", "半数", "半年")
_TRAILING_HALF = re.compile(
    r"[ \t\u3000]?半(?![个個月年数數价價导導岛島天日])(?![ \t]?[载載])|\s+and\s+a\s+half\b", re.IGNORECASE
)
_WORD_FORMS: list[tuple[re.Pattern[str], str, Decimal]] = [
    (
        re.compile(r"(?:a|one)\s+(?:year|yr)\s+and\s+a\s+half|one\s+and\s+a\s+half\s+years?", re.I),
        "year",
        Decimal("1.5"),
    ),
    # "a week and a half" was read as a week (7 days), the half dropped
    (re.compile(r"\b(?:a|one)\s+month\s+and\s+a\s+half\b", re.I), "month", Decimal("1.5")),
    (re.compile(r"\b(?:a|one)\s+week\s+and\s+a\s+half\b", re.I), "week", Decimal("1.5")),
    (re.compile(r"\b(?:a|one)\s+day\s+and\s+a\s+half\b", re.I), "day", Decimal("1.5")),
    (re.compile(r"half[\s-]+(?:a\s+)?year|six\s+months'?", re.I), "year", Decimal("0.5")),
    (re.compile(r"half[\s-]+(?:a\s+)?month", re.I), "month", Decimal("0.5")),
    (re.compile(r"\bfortnight\b", re.I), "day", Decimal(14)),
    (
        re.compile(
            r"\b(?:a|an|one|per|each|every)?\s*(?P<unit>year|month|week|day|quarter)\b(?![-\s]*(?:ly|s\b))", re.I
        ),
        "",
        Decimal(1),
    ),
    (re.compile(r"半年"), "year", Decimal("0.5")),
    (re.compile(r"半[个個]?月"), "month", Decimal("0.5")),
    (re.compile(r"(?:一个?)?季度"), "quarter", Decimal(1)),
]


@dataclass(frozen=True)
class DurationMatch:
    """A duration found in text, with its span; ``months`` and ``days`` are the same length in two units."""

    months: Decimal
    days: Decimal
    start: int
    end: int
    text: str
    unit: str
    count: Decimal
    frequency: bool = False


@dataclass(frozen=True)
class FrequencyMatch:
    """How often something happens ("quarterly", "每月", "every two weeks"): one period, in months and days."""

    months: Decimal
    days: Decimal
    start: int
    end: int
    text: str


def days_to_months(days: Decimal) -> Decimal:
    return _round_months(Decimal(days) / _MONTH_DAYS)


def _round_months(value: Decimal) -> Decimal:
    value = clean_decimal(value)
    if value.as_tuple().exponent < -6:  # type: ignore[operator]
        value = clean_decimal(value.quantize(Decimal("0.000001")))
    return value


def _unit_of(en: str | None, zh: str | None) -> str:
    if en:
        e = en.lower()
        if e in _ROMANCE_UNITS:
            return _ROMANCE_UNITS[e]
        if e.startswith("y"):
            return "year"
        if e.startswith("mo") or e.startswith("mth") or e.startswith("mn"):
            return "month"
        if e.startswith("w"):
            return "week"
        if e.startswith("q"):
            return "quarter"
        if e.startswith("h"):
            return "hour"
        return "day"
    z = (zh or "").lstrip("个個").translate(_HANT_UNIT)
    return {
        "年": "year",
        "月": "month",
        "周": "week",
        "星期": "week",
        "礼拜": "week",
        "天": "day",
        "日": "day",
        "季度": "quarter",
        "季": "quarter",
        "小时": "hour",
        "钟头": "hour",
    }[z]


def _make(count: Decimal, unit: str, start: int, end: int, text: str) -> DurationMatch:
    per_month, per_day = _UNITS[unit]
    months = _round_months(count * per_month)
    if unit == "day":
        months = days_to_months(count)
    days = count * per_day
    if unit == "hour":
        days = _round_months(days)  # 36 hours = 1.5 days; 5 hours = 0.208333 days
    if unit == "year" and count != count.to_integral_value():
        days = months * _MONTH_DAYS  # half a year = 180 days, not 182.5
    return DurationMatch(months, clean_decimal(days), start, end, text[start:end], unit, count)


def find_durations(text: str, numbers: list[NumberMatch] | None = None) -> list[DurationMatch]:
    """Every duration in ``text`` with its span, left to right."""
    numbers = find_numbers(text) if numbers is None else numbers
    out: list[DurationMatch] = []
    for n in numbers:
        if n.percent:
            continue
        short = _M_AS_MONTHS.fullmatch(n.text)
        if short and _TIME_LABEL.search(text[max(0, n.start - 24) : n.start]) and not _TOKEN_AFTER.match(text, n.end):
            # "cliff: 6m; total: 24m": under a label that names a length, "m" is months, never a million
            out.append(_make(Decimal(short.group(1)), "month", n.start, n.end, text))
            continue
        m = _AFTER_NUMBER.match(text, n.end)
        if not m:
            continue
        unit = _unit_of(m.group("en"), m.group("zh"))
        if unit == "year" and n.value >= 1900:  # 2025年 is a date
            continue
        if m.group("en") and m.group("en").lower() in ("d", "w", "y", "h") and m.start() != n.end:
            continue  # "5 d" with a space is too weak; "30d" is fine
        if m.group("en") == "D" and len(n.text) == 1 and "0" <= n.text <= "9":
            continue  # "3D 打印机", "a 2D game": dimensions, not days
        count = n.value
        end = m.end()
        if m.group("half"):
            count += Decimal("0.5")
        else:
            tail = _TRAILING_HALF.match(text, end)
            if tail:
                count += Decimal("0.5")
                end = tail.end()
        out.append(_make(count, unit, n.start, end, text))
    taken = [(d.start, d.end) for d in out]
    for pattern, unit, count in _WORD_FORMS:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            u = unit or m.group("unit").lower()
            raw = m.group(0).lower()
            if not unit and (
                raw.startswith(("per", "each", "every"))
                or (raw.strip() == u and not _bare_unit_is_duration(text, m.start()))
            ):
                continue  # "per month" is a frequency; a bare "month" is usually not a length
            out.append(_make(count, u, m.start(), m.end(), text))
            taken.append((m.start(), m.end()))
    out.sort(key=lambda d: d.start)
    out = [_mark_frequency(text, d) for d in out]
    return _merge_compounds(text, out)


#: a number written with a bare "m" ("6m", "24m"), and the labels of a length before it ("cliff:", "total:")
_M_AS_MONTHS = re.compile(r"(\d{1,3})\s*m", re.IGNORECASE)
_TIME_LABEL = re.compile(
    r"(?i:\b(?:cliff|total|duration|term|length|period|vesting|vest|lock-?up|locked|unlock|delay|start|over|for)"
    r"\s*(?:[:：=]|is|of)?\s*)$"
)
_TOKEN_AFTER = re.compile(r"\s*(?:[A-Z]{2,}|tokens?\b|coins?\b|个|枚)")


#: "every month", "每季度", "每个季度", "按季度 (释放)", "按月": a frequency, not a length
_EVERY_BEFORE = re.compile(r"(?:\bevery|\beach|\bper|每隔?|每|按)\s*(?:other\s+)?(?:个|一个)?\s*$", re.IGNORECASE)
_ORDER = {"year": 5, "quarter": 4, "month": 3, "week": 2, "day": 1, "hour": 0}
_COMPOUND_GAP = re.compile(r"\s*(?:零|又|加|and)?\s*", re.IGNORECASE)


#: "按 24 个月归属", "按三年线性释放": 按 with a counted length and a schedule verb is "over", not "every"
_OVER_AFTER = re.compile(r"\s*(?:线性|平均|均匀|逐月|逐步)?\s*(?:归属|释放|解锁|发放|还清|摊还)")


def _mark_frequency(text: str, d: DurationMatch) -> DurationMatch:
    every = _EVERY_BEFORE.search(text[max(0, d.start - 12) : d.start])
    if every and every.group(0).strip() == "按" and d.count != 1 and _OVER_AFTER.match(text, d.end):
        return d
    if every:
        return replace(d, frequency=True)
    return d


def _merge_compounds(text: str, found: list[DurationMatch]) -> list[DurationMatch]:
    """``一年零三个月`` / ``2 years 6 months`` / ``1 year and 3 months`` -> one duration."""
    out: list[DurationMatch] = []
    for d in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not prev.frequency
            and not d.frequency
            and _ORDER[prev.unit] > _ORDER[d.unit]
            and _COMPOUND_GAP.fullmatch(text, prev.end, d.start)
            and prev.count == prev.count.to_integral_value()
        ):
            per_month = _UNITS[d.unit][0]
            count = clean_decimal(d.count + prev.months / per_month) if d.unit != "day" else d.count + prev.days
            out[-1] = DurationMatch(
                _round_months(prev.months + d.months),
                clean_decimal(prev.days + d.days),
                prev.start,
                d.end,
                text[prev.start : d.end],
                d.unit,
                clean_decimal(count),
            )
            continue
        out.append(d)
    return out


_FREQ_WORDS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(?:bi-?weekly|fortnightly)\b", re.I), "fortnight"),
    (re.compile(r"\bweekly\b|每[周週]|每[个個]?星期|每[个個]?[礼禮]拜|按[周週]", re.I), "week"),
    (re.compile(r"\bmonthly\b|每[个個]?月(?![利息])|按月", re.I), "month"),
    (re.compile(r"\bquarterly\b|每[个個]?季度?|按季度?", re.I), "quarter"),
    (re.compile(r"\b(?:yearly|annually)\b|每年|按年", re.I), "year"),
    (re.compile(r"\bdaily\b|每天|每日|按天|按日", re.I), "day"),
]


def find_frequencies(text: str) -> list[FrequencyMatch]:
    """Frequency words and "every <length>" phrases, left to right, each with one period in months and days."""
    out: list[FrequencyMatch] = []
    taken: list[tuple[int, int]] = []
    for d in find_durations(text):
        if d.frequency:
            start = _EVERY_BEFORE.search(text[max(0, d.start - 12) : d.start])
            s = max(0, d.start - 12) + start.start() if start else d.start
            out.append(FrequencyMatch(d.months, d.days, s, d.end, text[s : d.end]))
            taken.append((s, d.end))
    for pattern, unit in _FREQ_WORDS:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            months, days = (Decimal(14) / 30, Decimal(14)) if unit == "fortnight" else _UNITS[unit]
            out.append(FrequencyMatch(_round_months(months), clean_decimal(days), m.start(), m.end(), m.group(0)))
            taken.append((m.start(), m.end()))
    out.sort(key=lambda f: f.start)
    return out


def _bare_unit_is_duration(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].lower()
    return bool(re.search(r"(?:\bfor|\bin|\bover|\bwithin|\bafter)\s*$", before))


def parse_duration(text: str) -> DurationMatch:
    """Read exactly one duration (``"18个月"``, ``"two weeks"``, ``"半年"``); InputError otherwise."""
    found = find_durations(text.strip())
    if len(found) != 1:
        raise InputError(f"{text!r} is not one duration", hint="write it like 6 months, 90 days, 半年 or 两周")
    return found[0]


#: what says "nothing" where a length (or any amount) would go: none, zero, 0, 无, 零, 没有
_NONE_EN = r"(?:0|zero|none|nil|no|n/?a)(?![\w%/]|[.,]\d)(?!\s*%)"
_NONE_ZH = r"(?:0|零|无|没有|不设|不要)(?![\d%]|[.,]\d)"


def stated_zero(text: str, en: str, zh: str) -> re.Match[str] | None:
    r"""Where the text says a length is zero: "no cliff", "without a cliff", "zero cliff", "cliff: none",
    "cliff = 0", "cliff zero", "没有悬崖期", "无锁定期", "不设悬崖期", "悬崖期为0", "悬崖期：无".

    ``en`` and ``zh`` are regexes for the thing itself (``r"cliff"``, ``r"悬崖期?|锁定期"``; ``r"voting\s+delay"``,
    ``r"投票延迟"``). One rule for every kind, so "no X" and "X = 0" read alike in both languages: a kind calls it
    for each length that may be zero (vesting's cliff and start delay, a DAO's voting delay) and cites the match
    as the evidence of the 0 it sets. ``None`` when the text says nothing of the kind."""
    pats = (
        rf"(?i:\b(?:no|without(?:\s+(?:a|any))?|zero|0)\s+(?:{en})(?![\w-]))",
        rf"(?i:\b(?:{en})(?:\s+period)?\s*(?:is|of|=|[:：])?\s*{_NONE_EN})",
        rf"(?:没有|无|不设|不设置|不要|不需要|不用|没|取消)\s*(?:{zh})",
        rf"(?:{zh})\s*(?:为|是|[:：=])?\s*{_NONE_ZH}",
    )
    hits = [m for m in (re.search(p, text) for p in pats) if m is not None]
    return min(hits, key=lambda m: m.start()) if hits else None
