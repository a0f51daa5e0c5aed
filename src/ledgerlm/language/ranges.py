"""Values that are not one exact value: ranges, vague amounts, approximations and per-person amounts.

Why: "around 3 or 4 ETH" was read as 4 and "somewhere between 20 and 25 ETH" as 25; "每人出 500" became a goal of
500. A reader that takes one end of a range, or an amount per person as the total, produces a plausible value
nobody wrote. This module finds such phrases (``Hedge``) with their spans, in both languages; the contract parser
then turns every value read from one into a question (``ledgerlm.contracts.request.extract``), for every kind at
once.

API: ``find_hedges(text, numbers) -> list[Hedge]``, ``Hedge(start, end, words, sort)`` with ``sort``:

- ``"range"``: two values as an interval or alternatives ("20-25 ETH", "3 to 5 months", "4 or 5", "2 ETH, maybe
  2.5", "三四个月", "二三十个", "百分之五到百分之十", "5%还是6%"): never one end; the value is dropped and asked.
- ``"vague"``: no exact value at all ("a few", "a couple hundred", "十来个", "小一万", "一个来月", "大半年",
  "三百多", "几十"): dropped and asked.
- ``"approx"``: one number said to be approximate ("about/around/roughly/~/≈ 3", "3-ish", "大概/大约/约 N",
  "N 左右"): the value is KEPT with evidence and a question asks to confirm it, so ``create --yes`` refuses until
  ``--set`` confirms it (documented in docs/language.md).
- ``"operand"``: a number under an operator word ("half of 2 ETH", "2 ETH 的一半", ``ledgerlm.language.operators``):
  the value read from it is dropped and asked, quoting the words.
- ``"per_unit"``: an amount per person ("each puts in 0.2 ETH", "0.1 ETH apiece", "a head", "每人出 500"): not a
  total; a total stated elsewhere wins, else it is asked.

``numbers`` are the scan's ``NumberMatch`` list (usable numbers with spans); ranges are built from them so that a
number set aside (a date, ERC-20) never forms one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Literal, Protocol

from ledgerlm.language.hant import simplified
from ledgerlm.language.operators import find_operands

__all__ = ["TOTAL_FIELDS", "Hedge", "find_hedges"]

#: params that hold a total: a per-person amount read into one of these is asked (a price per piece, a share, a
#: per-wallet limit are per unit by nature and untouched)
TOTAL_FIELDS = frozenset({"goal", "amount", "principal", "initial_supply", "supply", "cap", "max_supply"})


class _Num(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def value(self) -> object: ...
    @property
    def percent(self) -> bool: ...


@dataclass(frozen=True)
class Hedge:
    start: int
    end: int
    words: str
    sort: Literal["range", "vague", "approx", "per_unit", "operand"]


_ZN = "一二两三四五六七八九十百千万亿"
_UNIT_AFTER = re.compile(
    r"\s*(?:%|percent\b|个百分点|百分点|个?月|年|天|周|个?星期|个?小时|个?季度|"
    r"(?i:years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?)\b|"
    r"[A-Z]{2,6}\b|(?i:eth|btc|usdc|usdt|dai)\b|个|枚|份|人|位|名)?"
)
_EN_GAP = re.compile(
    r"\s*(?:-|–|—|~|～|(?i:to|or|through|thru|till|until|and)\b|,?\s*(?i:maybe|perhaps|possibly|or\s+maybe|"
    r"or\s+even|maybe\s+even)\b)\s*"
)
_ZH_GAP = re.compile(r"\s*(?:到|至|或者|或是|或|还是|-|~|～|—)\s*")
_BETWEEN = re.compile(r"(?i:\bbetween\s+)$|(?:介于|在)\s*$")
#: two neighbouring numerals said together ("三四个月", "一两万": one or two), and the spoken pairs of round
#: numbers ("三五千": three to five thousand, "十天半个月": ten days to half a month, "一年半载": a year or so)
_ZH_PAIR = re.compile(
    r"(?<![" + _ZN + r"\d])(?:一二|一两|两三|二三|三四|四五|五六|六七|七八|八九|三五)"
    r"(?=[十百千万亿个件位天月年周块元枚份])|一年[ \t]?半[ \t]?[载載]|十天[ \t]?半个?[ \t]?月|"
    r"三年[ \t]?五[ \t]?[载載]|三天两头"
)
_VAGUE = re.compile(
    r"(?i:\b(?:a\s+)?couple\s+(?:of\s+)?(?:hundred|thousand|million|billion|grand|k)\b(?:\s+(?:thousand|million))?"
    r"|\ba\s+few\b(?:\s+(?:hundred|thousand|million))?|\bseveral\b(?:\s+(?:hundred|thousand|million))?"
    r"|\bdozens\s+of\b|\bhundreds\s+of\b|\bthousands\s+of\b"
    r"|\ba\s+(?:hundred|thousand)[-\s]odd\b|\b(?:hundred|thousand)[-\s]odd\b|\d+[-\s]odd\b|\btens\s+of\s+thousands\b"
    r"|\ba\s+(?:grand|k)\s+or\s+(?:two|so)\b|\ba\s+few\s+(?:grand|k)\b|\bseveral\s+(?:grand|k)\b)"
    r"|[\d" + _ZN + r"]来[个万千百亿]?|一?个来月|小[一二两三四五六七八九]?[十百千万亿]|大半[年个月天]|"
    r"(?<![\d" + _ZN + r"])[百千万]把|"
    r"(?<=[\d" + _ZN + r"])多(?![签少])[个万千百亿年月天周]?|(?<=[\d" + _ZN + r"])个多[月小星]|"
    r"[" + _ZN + r"]?几[十百千万亿个]|十几|几十|上[百千万亿](?![万亿]?[:：年月天周])|成千上万|"
    r"好几[十百千万个]?|(?<!人)数[十百千万](?!分)|若干"
)
_APPROX_BEFORE = re.compile(
    r"(?i:\b(?:about|around|roughly|approximately|approx\.?|circa|ca\.|some|nearly|almost|close\s+to|"
    r"in\s+the\s+region\s+of|more\s+or\s+less|give\s+or\s+take)\s*$"
    r"|(?<!i'd )(?<!would )(?<!we'd )(?<!i )(?<!we )(?<!you )\blike\s+$)"
    r"|(?:~|≈|∼)\s*$"
    r"|(?:大概|大约|约莫|差不多|估计|大致|将近|接近|(?<![合契公节预制租条婚签履违邀赴特解续立])约)(?:是|为)?\s*$"
)
#: a strict bound is no exact value: "more than 2 must sign" is 3 or more, "超过两个人" too, "500+ USDC" any amount
#: from 500 up. Inclusive bounds are exact limits and stay values ("no more than 5M", "at least 2 of 3", "不超过").
_BOUND_BEFORE = re.compile(
    r"(?i:(?<!no\s)(?<!not\s)(?<!\bno)\b(?:more|greater|fewer|less)\s+than\s*$)"
    r"|(?<![不没未能得可])(?:超过|多于|少于|高于|低于)\s*$|(?:不到|不足)\s*$"
)
#: the denominator of a share ("三分之二"): a bound before it bounds the share, not this number
_FRACTION_AFTER = re.compile(r"\s*分之")
_PLUS_AFTER = re.compile(r"\+(?![\d+=])")
_APPROX_AFTER = re.compile(r"(?i:-?ish\b|\s*or\s+so\b|\s*or\s+thereabouts\b|\s*give\s+or\s+take\b)|\s*(?:左右|上下)")
_PER_BEFORE = re.compile(
    r"(?i:\b(?:each|every(?:one|body)|every\s+(?:person|member|participant|one)|per\s+(?:person|head))\b)"
    r"|每人|每个人|每位|每户|每家|人均|各出|各自出|每个成员|每名"
)
_PER_AFTER = re.compile(
    r"(?i:\s*(?:each|apiece|a\s+head|per\s+(?:person|head|member|participant|capita)|a\s+person|/\s*(?:person|head)|pp)\b)"
    r"|\s*(?:每人|一人|/人|每个人)"
)
_CLAUSE = re.compile(r"[,，;；.。!！?？\n]")


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


#: between two lengths of time, words that offer a choice: "two weeks or maybe a month", "一周或者一个月"
_DUR_OR = re.compile(
    r"\s*,?\s*(?:(?i:or(?:\s+(?:maybe|perhaps|possibly|even))?|maybe|perhaps|possibly)\b|或者|或是|或)\s*,?\s*"
)
#: a length of time and a second count for it: "a month or two", "a week or 2", "a day or three"
_OR_COUNT = re.compile(r"(?i:\s*or\s+(?:maybe\s+|so\s+)?(?:two|three|four|five|six|\d+)\b)(?!\s*(?:[a-z%$€£]|\d|个|%))")


def _duration_hedges(text: str, durations: Sequence[_Span], numbers: Sequence[_Num], out: list[Hedge]) -> None:
    """Ranges and approximations said with lengths of time the number pairs do not see: "two weeks or maybe a
    month", "a month or two" (a length with no digit in it), "about a month", "a week or so"."""
    spans = sorted(durations, key=lambda d: d.start)
    for a, b in pairwise(spans):
        if _DUR_OR.fullmatch(text, a.end, b.start) and not _covered(out, a.start, b.end):
            out.append(Hedge(a.start, b.end, text[a.start : b.end], "range"))
    for d in spans:
        m = _OR_COUNT.match(text, d.end)
        if m and not _covered(out, d.start, m.end()):
            out.append(Hedge(d.start, m.end(), text[d.start : m.end()], "range"))
    for d in spans:
        if _covered(out, d.start, d.end) or any(d.start <= n.start < d.end for n in numbers):
            continue
        head = text[max(0, d.start - 24) : d.start]
        before = _APPROX_BEFORE.search(head)
        after = _APPROX_AFTER.match(text, d.end)
        if before or after:
            st = d.start - (len(head) - before.start()) if before else d.start
            en = after.end() if after else d.end
            out.append(Hedge(st, en, text[st:en].strip(), "approx"))


def find_hedges(text: str, numbers: Sequence[_Num], durations: Sequence[_Span] = ()) -> list[Hedge]:
    """Every range, vague amount, approximation and per-person amount of ``text`` (see the module docstring);
    ``durations`` (the scan's lengths of time) add the ranges said with lengths that hold no digit.

    The phrases are looked for in the simplified copy of the text (same length), so traditional and Cantonese
    writing hedges as Mandarin does ("大約 幾千 USDT" was read as a goal of 1000, silently); each hedge quotes the
    user's own words."""
    folded = simplified(text)
    return [_as_written(h, folded, text) for h in _find_hedges(folded, numbers, durations)]


def _as_written(h: Hedge, folded: str, written: str) -> Hedge:
    """``h`` found in ``folded``, quoting the same characters of ``written``."""
    at = folded.find(h.words, h.start)
    if at < 0 or folded == written:
        return h
    return replace(h, words=written[at : at + len(h.words)])


def _find_hedges(text: str, numbers: Sequence[_Num], durations: Sequence[_Span]) -> list[Hedge]:
    out: list[Hedge] = []
    nums = sorted(numbers, key=lambda n: n.start)
    for a, b in pairwise(nums):
        unit = _UNIT_AFTER.match(text, a.end)
        gap_start = unit.end() if unit and unit.group(0).strip() else a.end
        gap = text[gap_start : b.start]
        en = _EN_GAP.fullmatch(gap)
        zh = _ZH_GAP.fullmatch(gap) if en is None else None
        if en is None and zh is None:
            continue
        connector = gap.strip().lower()
        if connector == "and" and not _BETWEEN.search(text[: a.start]):
            continue  # "5 ETH and 3 months": two values, not an interval
        if connector in ("-", "–", "—", "~", "～") and (
            not (_plain(text, a) and _plain(text, b)) or gap_start != a.end
        ):
            continue  # "0.01 ETH — 2 max per wallet": a dash between two values, not an interval
        if unit and unit.group(0).strip():
            same = _UNIT_AFTER.match(text, b.end)
            said = unit.group(0).strip().lower()
            if same and same.group(0).strip() and same.group(0).strip().lower() != said:
                continue  # "5 ETH to 3 people": a value, then something else
        if connector in ("-", "–", "to", "到", "至", "~", "～", "through", "thru") and _le(b.value, a.value):
            continue  # intervals go up; "2026-12" or "10-3" are not ranges
        end_unit = _UNIT_AFTER.match(text, b.end)
        end = end_unit.end() if end_unit and end_unit.group(0).strip() else b.end
        start = a.start
        between = _BETWEEN.search(text[: a.start])
        if between:
            start = between.start()
        out.append(Hedge(start, end, text[start:end], "range"))
    for m in _ZH_PAIR.finditer(text):
        end = m.end()
        while end < len(text) and text[end] in "十百千万亿":
            end += 1
        if not _covered(out, m.start(), end):
            out.append(Hedge(m.start(), end, text[m.start() : end], "range"))
    for m in _VAGUE.finditer(text):
        s, e = m.start(), m.end()
        # the number the vague word belongs to ("三百多" starts at 三, "十来万" ends at 万)
        for n in nums:
            if n.start <= s < n.end or (e == n.start) or (n.end == s):
                s, e = min(s, n.start), max(e, n.end)
        if not _covered(out, s, e):
            out.append(Hedge(s, e, text[s:e], "vague"))
    for n in nums:
        if _covered(out, n.start, n.end) or _FRACTION_AFTER.match(text, n.end):
            continue  # "超过三分之二": the bound is on the share, which its reader takes as strict
        bound = _BOUND_BEFORE.search(text[max(0, n.start - 24) : n.start])
        plus = _PLUS_AFTER.match(text, n.end)
        if bound or plus:
            s = n.start - (min(24, n.start) - bound.start()) if bound else n.start
            e = plus.end() if plus else n.end
            e = _unit_end(text, n) if not plus else max(e, _unit_end(text, n))
            out.append(Hedge(s, e, text[s:e].strip(), "vague"))
    for n in nums:
        if _covered(out, n.start, n.end):
            continue
        head = text[max(0, n.start - 24) : n.start]
        before = _APPROX_BEFORE.search(head)
        after = _APPROX_AFTER.match(text, _unit_end(text, n))
        if before or after:
            s = n.start - (len(head) - before.start()) if before else n.start
            e = after.end() if after else _unit_end(text, n)
            out.append(Hedge(s, e, text[s:e].strip(), "approx"))
            continue
        clause = max((m.end() for m in _CLAUSE.finditer(text, 0, n.start)), default=0)
        # "25% each of 40k": the "each" belongs to the value just before it, not to the next one
        per = [
            m
            for m in _PER_BEFORE.finditer(text, clause, n.start)
            if not any(o.end <= m.start() and _unit_end(text, o) >= m.start() - 1 for o in nums)
        ]
        if per and not any(o.start >= per[-1].end() and o.end <= n.start for o in nums):
            s = per[-1].start()
            out.append(Hedge(s, _unit_end(text, n), text[s : _unit_end(text, n)], "per_unit"))
            continue
        pa = _PER_AFTER.match(text, _unit_end(text, n))
        if pa:
            out.append(Hedge(n.start, pa.end(), text[n.start : pa.end()], "per_unit"))
    for h in _slash_fractions(text, nums):  # "1/2 ETH", "1 1/2 ETH": a fraction of a coin, read as 2 before
        if not _covered(out, h.start, h.end):
            out.append(h)
    for h in _money_sums(text, nums):  # "500 dollars worth of ETH": a price, no count of the token
        if not _covered(out, h.start, h.end):
            out.append(h)
    for m in _WORD_ISH.finditer(text):  # "end of next month-ish", "Friday-ish": a time said to be approximate
        if not _covered(out, m.start(), m.end()):
            out.append(Hedge(m.start(), m.end(), m.group(0), "approx"))
    _duration_hedges(text, durations, nums, out)
    for o in find_operands(text):  # "half of 2 ETH", "2 ETH 的一半": the number is not the value it feeds
        if not _covered(out, o.start, o.end):
            out.append(Hedge(o.start, o.end, o.words, "operand"))
    return sorted(out, key=lambda h: h.start)


#: a fraction written with a slash before the token it counts ("1/2 ETH", "3/4 个 ETH")
_SLASH = re.compile(r"\s*/\s*")
_TOKEN_AFTER = re.compile(r"\s*(?:个|枚)?\s*(?:[A-Z]{2,6}\b|(?i:eth|btc|usdc|usdt|dai|ether|bitcoin|sol)\b)")
_DENOMINATORS = frozenset({2, 3, 4, 5, 8, 10})


def _slash_fractions(text: str, nums: Sequence[_Num]) -> list[Hedge]:
    """ "1/2 ETH" is half a coin (its digits were read as 1 and 2, the 2 taken as the amount); "1 1/2 ETH" one and
    a half. A plain fraction has an exact value, but a slash between two numbers is also "2/3" (of the owners) or
    a date: asked, quoting the words, never read as one of its digits."""
    out: list[Hedge] = []
    for i, (a, b) in enumerate(pairwise(nums)):
        if not (_SLASH.fullmatch(text, a.end, b.start) and _TOKEN_AFTER.match(text, b.end)):
            continue
        if not (_whole(a.value) and _whole(b.value)):
            continue
        top, bottom = int(str(a.value)), int(str(b.value))
        if not (0 < top < bottom and bottom in _DENOMINATORS):
            continue
        start = a.start
        if i > 0 and _whole(nums[i - 1].value) and re.fullmatch(r" ", text[nums[i - 1].end : a.start]):
            start = nums[i - 1].start  # "1 1/2 ETH": the whole part belongs to it
        end = _TOKEN_AFTER.match(text, b.end).end()  # type: ignore[union-attr]
        out.append(Hedge(start, end, text[start:end], "vague"))
    return out


def _whole(value: object) -> bool:
    """A whole number written without a fraction ("3", not "3.5" or "3.0")."""
    return str(value).isdigit()


#: a sum of money, then the token it buys: "500 dollars worth of ETH", "$500 worth of ETH", "€2000 in USDC",
#: "5000 rupees of USDT" (the sum is a price in that currency, never a count of the token)
_CURRENCY_SIGN = re.compile(r"(?P<sign>US\$|[$€£¥₦₹])\s*$")
_CURRENCY_WORD = re.compile(
    r"\s*(?P<cur>bucks|dollars?|usd|euros?|eur|pounds?|gbp|quid|rupees?|inr|naira|ngn|pesos?|yen|jpy|yuan|rmb|cny|"
    r"rupiah|idr|ringgit|myr|baht|thb|dong|vnd|rand|zar|cedis?|shillings?|kes|reais|brl|hkd|sgd)\b",
    re.IGNORECASE,
)
_BUYS = re.compile(
    r"\s+(?:worth\s+of|in|of)\s+(?:(?:our|my|the)\s+)?(?P<tok>[A-Z]{2,6}\b|(?i:eth|ether|btc|bitcoin|sol|bnb|matic|"
    r"usdt|usdc|dai|link|doge|op|arb|avax|ada|xrp|trx)\b)"
)
_USD_STABLE = frozenset({"USDT", "USDC", "DAI", "BUSD", "TUSD", "USDP", "FDUSD", "PYUSD", "USDE", "GUSD", "LUSD"})


def _money_sums(text: str, nums: Sequence[_Num]) -> list[Hedge]:
    """Numbers said as a sum of money spent on a token: vague, so asked. Dollars of a dollar stablecoin are its
    count ("$500 in USDC", "500 bucks worth of usdt") and stay values."""
    out: list[Hedge] = []
    for n in nums:
        sign = _CURRENCY_SIGN.search(text, max(0, n.start - 3), n.start)
        word = _CURRENCY_WORD.match(text, n.end)
        if sign is None and word is None:
            continue
        buys = _BUYS.match(text, word.end() if word else n.end)
        if buys is None:
            continue
        said = (sign.group("sign") if sign else word.group("cur") if word else "").lower()
        dollars = said in ("$", "us$", "bucks", "dollar", "dollars", "usd")
        if dollars and buys.group("tok").upper() in _USD_STABLE:
            continue
        start = sign.start() if sign else n.start
        out.append(Hedge(start, buys.end(), text[start : buys.end()], "vague"))
    return out


#: a time word said to be approximate without a number ("deadline end of next month-ish" kept 60 days, unflagged)
_WORD_ISH = re.compile(
    r"\b(?:days?|weeks?|months?|years?|quarters?|weekend|noon|midnight|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|"
    r"spring|summer|autumn|fall|winter|christmas|easter)-ish\b",
    re.IGNORECASE,
)


def _unit_end(text: str, n: _Num) -> int:
    unit = _UNIT_AFTER.match(text, n.end)
    return unit.end() if unit and unit.group(0).strip() else n.end


def _plain(text: str, n: _Num) -> bool:
    """Digits only (a dash between words or names is no interval)."""
    return bool(re.fullmatch(r"[\d.,]+(?:[kKmM]|\s*%)?|[" + _ZN + r"]+", text[n.start : n.end].strip()))


def _le(a: object, b: object) -> bool:
    try:
        return bool(a <= b)  # type: ignore[operator]
    except TypeError:
        return False


def _covered(found: list[Hedge], start: int, end: int) -> bool:
    return any(h.start < end and start < h.end for h in found)
