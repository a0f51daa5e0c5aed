"""Calendar deadlines in Chinese and English -> dates and days from an explicit reference date.

A deadline such as "by the end of June" means a different number of days every day, so nothing here reads the
clock: every call takes ``today`` (the caller records it in the spec), and the same request with the same
``today`` parses the same way tomorrow. API:

- ``find_dates(text, today) -> list[DateMatch]``: every calendar date with its span (the relation word included:
  "by the end of June", "到明年3月15日", "2027年6月30日前"), left to right. A date that is not usable carries
  ``error`` (in the past, impossible like 2月30日, ambiguous like 03/04/2027, or not one day like "月初").
- ``DateMatch(date, start, end, text, days, today, relation, rule, error)``: ``days`` = ``(date - today).days``;
  ``relation`` is ``by`` / ``before`` / ``until`` / ``on``; ``rule`` says how the date was resolved ("explicit",
  "year omitted: next June 30 on or after today", "end of month", ...), for the evidence.
- ``parse_deadline(text, today) -> DateMatch``: exactly one usable date, else ``InputError`` quoting the text.

Years left out resolve to the next occurrence on or after ``today``; 明年/next year, 今年/this year, 后年 are
relative to ``today``. Past dates are never moved silently: an explicit date before ``today`` is an error.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date

from ledgerlm.errors import InputError
from ledgerlm.language.hant import simplified
from ledgerlm.language.numbers import normalize_digits, parse_chinese_numeral

__all__ = ["DateMatch", "find_dates", "parse_deadline"]


_Date = date  # the field below is called ``date``; this keeps the type reachable inside the class body


@dataclass(frozen=True)
class DateMatch:
    """One calendar date in a text, resolved against ``today``."""

    date: _Date | None
    start: int
    end: int
    text: str
    days: int | None
    today: _Date
    relation: str = "on"
    rule: str = "explicit"
    error: str | None = None

    @property
    def usable(self) -> bool:
        return self.error is None and self.date is not None


_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_RE = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_ORD = r"(?:st|nd|rd|th)?"
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAY_RE = r"(?:" + "|".join(_WEEKDAYS) + r")"
_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_ZH_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 6}
_ZN = "零〇一二两三四五六七八九十"
_ZNUM = rf"(?:\d{{1,4}}|[{_ZN}]{{1,4}})"

_EN_REL = r"(?P<rel>by|before|until|till|til|no\s+later\s+than|on|due|deadline(?:\s+is)?|ending)?\s*(?:the\s+)?"
_EN_YEAR = r"(?:,?\s*(?P<year>\d{4}))?"
_EN_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(_EN_REL + r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)", re.I)),
    # "15/01/2027", "31.01.2027", "01-02-2027": day and month in either order, one separator throughout
    (
        "slash",
        re.compile(
            _EN_REL + r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d/.-]\d)", re.I
        ),
    ),
    # "deadline 12/31", "by 3/15": a month/day without the year, read only after a deadline word (a bare 1/3 is a
    # fraction and 60/40 a split)
    (
        "slash_md",
        re.compile(
            r"(?P<rel>by|before|until|till|til|no\s+later\s+than|due(?:\s+on)?|deadline(?:\s+is)?|ending|"
            r"closes?(?:\s+on)?|ends?(?:\s+on)?|截止(?:到|日期)?|到|在)\s*[:：]?\s*(?:the\s+)?"
            r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/%.])(?P<after>之前|以前|前|为止|截止)?",
            re.I,
        ),
    ),
    (
        "end_month",
        re.compile(_EN_REL + r"(?:end|last\s+day)\s+of\s+(?P<mon>" + _MONTH_RE + r")" + _EN_YEAR + r"\b", re.I),
    ),
    (
        "start_month",
        re.compile(
            _EN_REL + r"(?:start|beginning|first\s+day)\s+of\s+(?P<mon>" + _MONTH_RE + r")" + _EN_YEAR + r"\b", re.I
        ),
    ),
    (
        "md",
        re.compile(
            _EN_REL
            + r"\b(?P<mon>"
            + _MONTH_RE
            + r")\s+(?:the\s+)?(?P<d>\d{1,2})"
            + _ORD
            + r"(?!\d)"
            + _EN_YEAR
            + r"\b",
            re.I,
        ),
    ),
    (
        "dm",
        re.compile(
            _EN_REL + r"\b(?P<d>\d{1,2})" + _ORD + r"\s+(?:of\s+)?(?P<mon>" + _MONTH_RE + r")" + _EN_YEAR + r"\b", re.I
        ),
    ),
    (
        "end_quarter",
        re.compile(
            _EN_REL + r"(?:end\s+of\s+(?:the\s+)?(?:(?:Q(?P<q>[1-4]))|(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)"
            r"\s+quarter|(?P<qrel>this\s+|next\s+|the\s+)?quarter)|Q(?P<q2>[1-4])[-\s]end)" + _EN_YEAR + r"\b",
            re.I,
        ),
    ),
    ("rel_day", re.compile(_EN_REL + r"\b(?P<rd>the\s+day\s+after\s+tomorrow|tomorrow)\b", re.I)),
    (
        "holiday",
        re.compile(
            _EN_REL + r"\b(?P<hol>christmas\s+eve|(?:christmas|xmas)(?:\s+day)?|new\s+year['’]?s\s+eve|"
            r"new\s+year['’]?s(?:\s+day)?|(?:st\.?\s+)?valentine['’]?s(?:\s+day)?|halloween)(?![\w'’])",
            re.I,
        ),
    ),
    (
        "weekday",
        re.compile(
            _EN_REL + r"\b(?P<wrel>this\s+|next\s+|coming\s+|this\s+coming\s+)?(?P<wd>" + _WEEKDAY_RE + r")\b",
            re.I,
        ),
    ),
    (
        "end_rel",
        re.compile(
            _EN_REL + r"(?:end\s+of\s+(?:the\s+|this\s+)?(?P<which>next\s+)?(?P<unit>month|year)|"
            r"(?P<which2>next\s+)?(?P<unit2>month|year)[-\s]end)\b",
            re.I,
        ),
    ),
    # "until Jan 2027", "by March 2027": a month, not one day (the first? the last?): asked
    ("month_only", re.compile(_EN_REL + r"\b(?P<mon>" + _MONTH_RE + r")\.?\s+(?P<year>\d{4})\b", re.I)),
]
_CJK = re.compile(r"[\u3400-\u9fff]")
_ZH_REL_BEFORE = r"(?P<rel>到|在|截止到?|截至|直到|于|不晚于)?"
_ZH_REL_AFTER = r"(?P<after>之前|以前|前|为止|截止)?"


@functools.cache
def _zh_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """The Chinese date forms, compiled on first use: a request with no Chinese character never needs them, and
    compiling them cost every English parse a few milliseconds of start-up (round 10)."""
    return [
        (
            "zh_ymd",
            re.compile(
                _ZH_REL_BEFORE + rf"(?P<yw>今年|明年|后年|(?P<y>{_ZNUM})\s*年)\s*(?P<m>{_ZNUM})\s*月\s*"
                rf"(?:(?P<d>{_ZNUM})\s*[日号號]|(?P<end>底|末)|(?P<early>初|中))" + _ZH_REL_AFTER
            ),
        ),
        (
            "zh_nextmonth",
            re.compile(
                _ZH_REL_BEFORE + rf"(?P<which>下个?月|本月|这个?月|下下个?月)\s*"
                rf"(?:(?P<d>{_ZNUM})\s*[日号號]|(?P<end>底|末))" + _ZH_REL_AFTER
            ),
        ),
        (
            "zh_md",
            re.compile(
                _ZH_REL_BEFORE + rf"(?<![年\d{_ZN}])(?P<m>{_ZNUM})\s*月\s*"
                rf"(?:(?P<d>{_ZNUM})\s*[日号號]|(?P<end>底|末)|(?P<early>初|中))" + _ZH_REL_AFTER
            ),
        ),
        (
            "zh_quarter",
            re.compile(
                _ZH_REL_BEFORE
                + r"(?P<yw>今年|明年|后年|(?P<y>\d{4})\s*年)?\s*(?:(?P<which>本|这个?|下个?|下下个?)季度?"
                r"|第?(?P<q>[一二三四1-4])\s*季度|Q(?P<q2>[1-4])\s*)(?:末|底|结束)" + _ZH_REL_AFTER
            ),
        ),
        ("zh_relday", re.compile(_ZH_REL_BEFORE + r"(?P<rd>大后天|后天|明天|明日)" + _ZH_REL_AFTER)),
        (
            "holiday",
            re.compile(
                _ZH_REL_BEFORE + r"(?P<hol>平安夜|(?:圣诞|聖誕)[节節]?|元旦|跨年夜?|西方情人[节節])" + _ZH_REL_AFTER
            ),
        ),
        (
            "zh_weekday",
            re.compile(
                _ZH_REL_BEFORE
                # Cantonese 今個禮拜五 ("this week's Friday") as 这个; 呢個 is folded to 这个 already
                + r"(?P<wrel>本|这个?|今个|下个?|下下个?)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])"
                + _ZH_REL_AFTER
            ),
        ),
        ("zh_yearend", re.compile(_ZH_REL_BEFORE + r"(?P<yw>今年|明年|后年)?\s*年\s*(?:底|末)" + _ZH_REL_AFTER)),
        ("zh_monthend", re.compile(_ZH_REL_BEFORE + r"(?<![\d月个每])月\s*(?:底|末)" + _ZH_REL_AFTER)),
        # "2027年1月截止": a month, not one day: asked
        (
            "zh_ym",
            re.compile(
                _ZH_REL_BEFORE
                + rf"(?P<yw>今年|明年|后年|(?P<y>\d{{4}})\s*年)\s*(?P<m>{_ZNUM})\s*月份?(?!\s*[\d{_ZN}底末初中])"
                + _ZH_REL_AFTER
            ),
        ),
    ]


_REL_EN = {
    "by": "by",
    "before": "before",
    "until": "until",
    "till": "until",
    "til": "until",
    "on": "on",
    "due": "by",
    "deadline": "by",
    "ending": "until",
    "no later than": "by",
}


def _num(raw: str) -> int:
    raw = normalize_digits(raw).strip()
    if raw.isascii() and raw.isdigit():  # "²" passes isdigit() but not int(): only ASCII after normalising
        return int(raw)
    return int(parse_chinese_numeral(raw))


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _add_months(today: date, n: int) -> tuple[int, int]:
    total = today.year * 12 + today.month - 1 + n
    return total // 12, total % 12 + 1


class _Impossible(Exception):
    pass


def _make(year: int, month: int, day: int | None) -> date:
    if not 1 <= month <= 12:
        raise _Impossible(f"there is no month {month}")
    if day is None:
        day = _last_day(year, month)
    if not 1 <= day <= _last_day(year, month):
        raise _Impossible(f"{calendar.month_name[month]} {year} has no day {day}")
    return date(year, month, day)


def _next_occurrence(today: date, month: int, day: int | None) -> date:
    """The date with the year left out: this year's if on or after today, else next year's."""
    candidate = _make(today.year, month, day) if (day is None or day <= _last_day(today.year, month)) else None
    if candidate is None or candidate < today:
        return _make(today.year + 1, month, day)
    return candidate


def _resolve_en(kind: str, m: re.Match[str], today: date) -> tuple[date, str]:
    g = m.groupdict()
    if kind == "iso":
        return _make(int(g["y"]), int(g["m"]), int(g["d"])), "explicit"
    if kind == "slash":
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        if a <= 12 and b <= 12 and a != b:
            raise _Impossible(
                f"{m.group(0).strip()!r} is either {date(y, b, a):%d %B %Y} or "
                f"{date(y, a, b):%B %d %Y}; write it as {y}-MM-DD"
            )
        return (_make(y, b, a), "day/month/year") if a > 12 else (_make(y, a, b), "month/day/year")
    if kind == "slash_md":
        a, b = int(g["a"]), int(g["b"])
        if a <= 12 and b <= 12 and a != b:
            raise _Impossible(
                f"{m.group(0).strip()!r} is either month {a} day {b} or day {a} of month {b}; write it as YYYY-MM-DD"
            )
        month, the_day = (b, a) if a > 12 else (a, b)
        order = "day/month" if a > 12 else "month/day"
        return _next_occurrence(today, month, the_day), f"{order}, year omitted: the next one on or after {today}"
    if kind in ("end_month", "start_month", "md", "dm"):
        month = _MONTHS[g["mon"].lower().rstrip(".")]
        day: int | None = None if kind == "end_month" else 1 if kind == "start_month" else int(g["d"])
        what = "end of month" if kind == "end_month" else "first of month" if kind == "start_month" else "day"
        if g.get("year"):
            return _make(int(g["year"]), month, day), f"explicit ({what})"
        return _next_occurrence(today, month, day), f"year omitted: the next one on or after {today} ({what})"
    if kind == "month_only":
        raise _Impossible(f"{m.group(0).strip()!r} is a month, not one day (the 1st? the last?); write the day")
    if kind == "end_quarter":
        q = g.get("q") or g.get("q2")
        quarter = int(q) if q else _QUARTER_WORDS.get((g.get("qw") or "").lower())
        if quarter is None:
            nxt = (g.get("qrel") or "").strip().lower() == "next"
            y, mo = _add_months(today, 3 if nxt else 0)
            end_month = (mo - 1) // 3 * 3 + 3
            return _make(y, end_month, None), "end of next quarter" if nxt else "end of this quarter"
        if g.get("year"):
            return _make(int(g["year"]), quarter * 3, None), f"explicit (end of Q{quarter})"
        return _next_occurrence(
            today, quarter * 3, None
        ), f"year omitted: the next end of Q{quarter} on or after {today}"
    if kind == "holiday":
        return _holiday(m, today)
    if kind == "rel_day":
        n = 2 if g["rd"].lower().startswith("the") else 1
        return date.fromordinal(today.toordinal() + n), "the day after tomorrow" if n == 2 else "tomorrow"
    if kind == "weekday":
        return _weekday(today, _WEEKDAYS[g["wd"].lower()], (g.get("wrel") or "").strip().lower(), m.group(0).strip())
    if kind == "end_rel":
        unit = (g.get("unit") or g.get("unit2") or "").lower()
        nxt = bool(g.get("which") or g.get("which2"))
        if unit == "year":
            return date(today.year + nxt, 12, 31), "end of next year" if nxt else "end of this year"
        y, mo = _add_months(today, 1 if nxt else 0)
        return _make(y, mo, None), "end of next month" if nxt else "end of this month"
    raise _Impossible("unknown form")


def _weekday(today: date, wd: int, rel: str, raw: str) -> tuple[date, str]:
    """ "Friday" / "this Friday": the next one after today; "next Friday" said on a day before Friday could be
    this week's or next week's: an error naming both, so the user is asked."""
    ahead = (wd - today.weekday()) % 7 or 7
    first = date.fromordinal(today.toordinal() + ahead)
    if rel == "next" and ahead < 7 and first.isocalendar()[1] == today.isocalendar()[1]:
        second = date.fromordinal(first.toordinal() + 7)
        raise _Impossible(f"{raw!r} could be {first.isoformat()} or {second.isoformat()}; write the date")
    if rel == "this" and first.isocalendar()[1] != today.isocalendar()[1]:
        raise _Impossible(f"{raw!r}: {calendar.day_name[wd]} of this week is already past; write the date")
    return first, _next_weekday_rule(wd, today, first)


def _next_weekday_rule(wd: int, today: date, first: date) -> str:
    """The evidence of a weekday said without a date: an inference (the coming one), said as such."""
    return f"inferred: the coming {calendar.day_name[wd]}, {first.isoformat()} (after {today})"


#: fixed-date holidays (month, day): "by Christmas", "圣诞节前", "until New Year's Day", "元旦前"
_HOLIDAYS: tuple[tuple[str, int, int], ...] = (
    (r"christmas\s+eve|平安夜", 12, 24),
    (r"christmas|xmas|圣诞|聖誕", 12, 25),
    (r"(?:st\.?\s+)?valentine|西方情人", 2, 14),
    (r"halloween", 10, 31),
    (r"new\s+year['’]?s\s+eve|跨年", 12, 31),
    (r"new\s+year|元旦", 1, 1),
)


def _holiday(m: re.Match[str], today: date) -> tuple[date, str]:
    said = m.group("hol")
    for pat, month, day in _HOLIDAYS:
        if re.match(pat, said, re.I):
            return _next_occurrence(today, month, day), f"{said} = the next {month:02d}-{day:02d} on or after {today}"
    raise _Impossible(f"unknown holiday {said!r}")


def _resolve_zh(kind: str, m: re.Match[str], today: date) -> tuple[date, str]:
    g = m.groupdict()
    if kind == "holiday":
        return _holiday(m, today)
    if kind == "zh_quarter":
        q = g.get("q") or g.get("q2")
        which = g.get("which")
        if q:
            quarter = _num(q)
            yw = g.get("yw")
            if yw:
                year = {"今年": today.year, "明年": today.year + 1, "后年": today.year + 2}.get(yw) or _num(g["y"])
                return _make(year, quarter * 3, None), f"end of Q{quarter} {year}"
            return _next_occurrence(today, quarter * 3, None), f"year omitted: the next end of Q{quarter}"
        offset = 6 if which and which.startswith("下下") else 3 if which and which.startswith("下") else 0
        y, mo = _add_months(today, offset)
        return _make(y, (mo - 1) // 3 * 3 + 3, None), f"{which or '本'}季度末 = end of {y} Q{(mo - 1) // 3 + 1}"
    if kind == "zh_relday":
        n = {"大后天": 3, "后天": 2}.get(g["rd"], 1)
        return date.fromordinal(today.toordinal() + n), f"{g['rd']} = today + {n} days"
    if kind == "zh_weekday":
        which = g.get("wrel") or ""
        wd = _ZH_WEEKDAYS[g["wd"]]
        weeks = 2 if which.startswith("下下") else 1 if which.startswith("下") else 0
        if not which:
            ahead = (wd - today.weekday()) % 7 or 7
            first = date.fromordinal(today.toordinal() + ahead)
            return first, _next_weekday_rule(wd, today, first)
        monday = today.toordinal() - today.weekday() + 7 * weeks
        return date.fromordinal(monday + wd), f"{which}周{g['wd']} = {calendar.day_name[wd]} of week +{weeks}"
    if g.get("early"):
        raise _Impossible(f"{m.group(0)!r} is not one day (月初/月中 span several); name the day, e.g. 3月5日")
    if kind == "zh_ym":
        raise _Impossible(f"{m.group(0)!r} is a month, not one day (the 1st? the last?); name the day, e.g. 1月31日")
    day: int | None = None if g.get("end") else (_num(g["d"]) if g.get("d") else None)
    if kind == "zh_ymd":
        yw = g["yw"]
        said_year = {"今年": today.year, "明年": today.year + 1, "后年": today.year + 2}.get(yw)
        if said_year is None:
            said_year = _num(g["y"])
            if said_year < 100:
                raise _Impossible(f"{m.group(0)!r}: write the year in full, e.g. 2027年")
        return _make(said_year, _num(g["m"]), day), "explicit" if g.get("y") else f"{yw} = {said_year}"
    if kind == "zh_nextmonth":
        which = g["which"]
        offset = 2 if which.startswith("下下") else 1 if which.startswith("下") else 0
        y, mo = _add_months(today, offset)
        return _make(y, mo, day), f"{which} = {y}-{mo:02d}"
    if kind == "zh_md":
        month = _num(g["m"])
        return _next_occurrence(today, month, day), f"year omitted: the next one on or after {today}"
    if kind == "zh_yearend":
        year = {"明年": today.year + 1, "后年": today.year + 2}.get(g.get("yw") or "", today.year)
        return date(year, 12, 31), f"end of {year}"
    if kind == "zh_monthend":
        return _make(today.year, today.month, None), "end of this month"
    raise _Impossible("unknown form")


def _relation(m: re.Match[str]) -> str:
    g = m.groupdict()
    rel = (g.get("rel") or "").lower()
    rel = re.sub(r"\s+", " ", rel)
    if rel.startswith("deadline"):
        rel = "deadline"
    if g.get("after") in ("之前", "以前", "前"):
        return "before"
    if g.get("after") in ("为止", "截止") or rel in ("到", "直到", "截止", "截止到", "截至"):
        return "until" if rel != "截止" else "by"
    if rel in ("在", "于"):
        return "on"
    if rel == "不晚于":
        return "by"
    return _REL_EN.get(rel, "on")


#: what may follow a number that is no day of a month: its decimals, a percent, a unit of time, a currency
_NOT_A_DAY_AFTER = re.compile(
    r"(?:[.,]\d|\s*(?:%|％|percent\b|pct\b|个?月|个|枚|months?\b|mos?\b|days?\b|weeks?\b|years?\b|yrs?\b|"
    r"(?i:eth|usdc|usdt|dai|btc|tokens?|coins?)\b|[A-Z]{2,6}\b|\$))"
)


def _rate_or_amount(kind: str, m: re.Match[str], text: str) -> bool:
    """A month name must not eat a rate or an amount: "APR 3.2%" is a rate, "apr 5%" too, "may 5 ETH" (or "lend
    May 5 ETH") is an amount after a word, "Jun 6 months" a length; only a number that ends there is a day."""
    mon = m.group("mon")
    if mon.rstrip(".") == "APR" or re.search(
        r"\b(?:rate|interest|利率|年化)\s*$", text[max(0, m.start() - 12) : m.start()]
    ):
        return True
    if kind == "md":
        return _NOT_A_DAY_AFTER.match(text, m.end("d")) is not None or (
            not m.group("year") and _NOT_A_DAY_AFTER.match(text, m.end()) is not None
        )
    return False


#: forms that name one day of a month; one with no year whose day passed this recently is asked (``find_dates``)
_DAY_FORMS = frozenset({"md", "dm", "slash_md", "zh_md"})
_JUST_PASSED_DAYS = 14


def _last_year(d: date) -> date:
    return date(d.year - 1, d.month, min(d.day, _last_day(d.year - 1, d.month)))


def _just_passed(resolved: date, today: date) -> bool:
    """The date rolled to next year while this year's passed no more than ``_JUST_PASSED_DAYS`` ago."""
    return resolved.year > today.year and 0 < (today - _last_year(resolved)).days <= _JUST_PASSED_DAYS


#: a time of day right after a date ("2027-01-31 23:59", "Jan 31 at 5pm", "31/01/2027 18:00 UTC")
_TIME_AFTER = re.compile(
    r"\s*(?:at\s+|@\s*|,\s*)?(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm|[ap]\.m\.))?|\d{1,2}\s*(?:am|pm|[ap]\.m\.))"
    r"(?:\s*(?:UTC|GMT|CET|CEST|EST|EDT|PST|PDT|BST|JST|HKT|SGT|CST)(?:[+-]\d{1,2})?)?(?![\w:])",
    re.I,
)


def find_dates(text: str, today: date) -> list[DateMatch]:
    """Every calendar date in ``text`` resolved against ``today`` (required: nothing here reads the clock)."""
    if not isinstance(today, date):
        raise InputError("find_dates needs an explicit reference date (today)")
    norm = normalize_digits(text)
    out: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    forms = [(_EN_PATTERNS, _resolve_en, norm)]
    if _CJK.search(norm):
        # the Chinese forms read the simplified copy (same length): "下個月底" is the end of next month, where the
        # traditional 個 left "月底" alone, this month's end, silently
        forms.append((_zh_patterns(), _resolve_zh, simplified(norm)))
    for patterns, resolve, said in forms:
        for kind, pattern in patterns:
            for m in pattern.finditer(said):
                s, e = m.start(), m.end()
                while s < e and norm[s].isspace():
                    s += 1
                if s >= e or any(a < e and s < b for a, b in taken):
                    continue
                raw = text[s:e].strip()
                if kind in ("md", "dm") and _rate_or_amount(kind, m, norm):
                    continue
                try:
                    resolved, rule = resolve(kind, m, today)
                except (_Impossible, InputError, ValueError) as err:
                    out.append(DateMatch(None, s, e, raw, None, today, _relation(m), kind, str(err)))
                    taken.append((s, e))
                    continue
                error = None
                if resolved < today:
                    error = f"{raw!r} is {resolved.isoformat()}, which is in the past (today is {today.isoformat()})"
                elif kind in _DAY_FORMS and "year omitted" in rule and _just_passed(resolved, today):
                    # "by Dec 1" said on Dec 2: this year's day passed days ago, and next year's is a guess at what
                    # the user meant (a slip of the day? of the year?): asked, never rolled a year on silently
                    error = (
                        f"{raw!r} has no year: this year's passed {(today - _last_year(resolved)).days} day(s) ago "
                        f"and the next is {resolved.isoformat()}; write the date with its year"
                    )
                time = _TIME_AFTER.match(norm, e)
                if time is not None:  # "2027-01-31 23:59": the time of day belongs to the date, no number
                    e = time.end()
                    raw = text[s:e].strip()
                out.append(DateMatch(resolved, s, e, raw, (resolved - today).days, today, _relation(m), rule, error))
                taken.append((s, e))
    out.sort(key=lambda d: d.start)
    return out


def parse_deadline(text: str, today: date) -> DateMatch:
    """Exactly one usable calendar date in ``text``; ``InputError`` quoting the text otherwise."""
    found = find_dates(text, today)
    zh = bool(re.search(r"[\u4e00-\u9fff]", text))
    if len(found) != 1:
        msg = f"“{text.strip()}”中没有唯一的日期" if zh else f"{text.strip()!r} does not name exactly one date"
        raise InputError(msg, hint="例如：2027年6月30日前" if zh else "write it like 2027-06-30 or 'by June 30, 2027'")
    d = found[0]
    if d.error:
        raise InputError(d.error, hint="请给出今天之后的日期" if zh else "give a date after today, with the year")
    return d
