"""Numbers in Chinese and English text -> exact ``Decimal``.

Money must be exact, so numbers are read by rules, never by a model: Arabic digits with thousands separators and
suffixes (``15k``, ``1.5 million``, ``2M``, ``2100 万``, ``1.5亿``, ``3千``), Chinese numerals (``两千``, ``一万五``,
``五十万``, ``十亿``, ``七点五``, financial forms 壹贰叁), English number words (``five hundred``,
``twenty-five thousand``, ``a million``), signs, and percents (``5%``, ``百分之七点五``, ``4.5 percent``,
``千分之五`` = 0.5%). ``find_numbers`` returns every number with its character span so callers can look at the
words around it; ``parse_number`` reads one whole string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ledgerlm.errors import InputError

__all__ = ["NumberMatch", "clean_decimal", "find_numbers", "parse_amount", "parse_chinese_numeral",
           "parse_english_words", "parse_number", "parse_percent"]


@dataclass(frozen=True)
class NumberMatch:
    """One number found in a text. ``percent`` is true for ``5%``/``百分之五`` (``value`` is then 5)."""

    value: Decimal
    start: int
    end: int
    text: str
    percent: bool = False


ZH_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
    "九": 9, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6, "柒": 7, "捌": 8,
    "玖": 9,
}
ZH_SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
ZH_BIG_UNITS: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_ZH_CHARS = "".join(ZH_DIGITS) + "".join(ZH_SMALL_UNITS) + "".join(ZH_BIG_UNITS)

EN_UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
EN_SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
}
_SUFFIX_SCALES: dict[str, int] = {
    "k": 1000, "m": 10**6, "mm": 10**6, "mn": 10**6, "b": 10**9, "bn": 10**9, "t": 10**12,
    "hundred": 100, "thousand": 1000, "million": 10**6, "millions": 10**6, "billion": 10**9, "billions": 10**9,
    "trillion": 10**12,
}

# Arabic number: optional sign, digits with optional thousands separators and decimals, then an optional scale.
_ARABIC = re.compile(
    r"(?P<sign>(?:(?<=^)|(?<=[\s:：(（,，=]))[-−]|负)?"
    r"(?<![A-Za-z0-9.])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?![\d,]\d)"
    r"(?:(?P<latin>[kKmMbBtT]|mm|MM|mn|bn|Bn|BN)(?![A-Za-z])"
    r"|\s*(?P<word>hundred|thousand|millions?|billions?|trillion)\b"
    r"|\s*(?P<zh>[百千]?[万萬亿億]{1,2}|[百千](?![分]))"
    r")?"
)
_ZH_NUM = re.compile(rf"(?P<sign>负)?(?P<num>[{_ZH_CHARS}]+(?:点[{''.join(ZH_DIGITS)}]+)?)")
_EN_WORD = re.compile(r"[A-Za-z]+")
_PERCENT_AFTER = re.compile(r"\s*(?:%|％|percent\b|per\s*cent\b|pct\b)", re.IGNORECASE)
_ZH_NOT_NUMBER_AFTER_ONE = set("点些下起直般定样共旦切致边会同再向律概口时半")


def clean_decimal(value: Decimal) -> Decimal:
    """Drop meaningless trailing zeros (``1500000.0`` -> ``1500000``) without changing the value."""
    try:
        if value == value.to_integral_value():
            return value.quantize(Decimal(1))
        return value.normalize()
    except InvalidOperation:  # more digits than the context precision: keep it as written
        return value


def parse_chinese_numeral(text: str) -> Decimal:
    """``"一万五"`` -> 15000, ``"七点五"`` -> 7.5, ``"二零二四"`` -> 2024, ``"两千五"`` -> 2500."""
    text = text.strip()
    if not text:
        raise InputError("empty Chinese numeral")
    int_part, _, frac_part = text.partition("点")
    value = Decimal(_zh_int(int_part)) if int_part else Decimal(0)
    if frac_part:
        digits = "".join(str(ZH_DIGITS[c]) for c in frac_part if c in ZH_DIGITS)
        if len(digits) != len(frac_part):
            raise InputError(f"cannot read the Chinese number {text!r}", hint="write it with digits, e.g. 7.5")
        value += Decimal("0." + digits)
    return value


def _zh_int(text: str) -> int:
    if any(c not in ZH_DIGITS and c not in ZH_SMALL_UNITS and c not in ZH_BIG_UNITS for c in text):
        raise InputError(f"cannot read the Chinese number {text!r}", hint="write it with digits, e.g. 15000")
    if all(c in ZH_DIGITS for c in text):  # digit by digit: 二零二四
        return int("".join(str(ZH_DIGITS[c]) for c in text))
    total = wan = section = num = 0
    last_unit = 1
    prev_was_unit = False
    for ch in text:
        if ch in ZH_DIGITS:
            num = ZH_DIGITS[ch]
            if num == 0:
                last_unit = 1  # 一百零五: the 5 is ones, not tens
            prev_was_unit = False
        elif ch in ZH_SMALL_UNITS:
            unit = ZH_SMALL_UNITS[ch]
            section += (num or (1 if unit == 10 else 0) or 1) * unit
            num, last_unit, prev_was_unit = 0, unit, True
        else:
            unit = ZH_BIG_UNITS[ch]
            if unit == 10_000:
                wan = (wan + section + num) * unit if (section or num) else (wan or 1) * unit
            else:
                total = (total + wan + section + num or 1) * unit
                wan = 0
            section = num = 0
            last_unit, prev_was_unit = unit, True
    if num and last_unit >= 10 and not prev_was_unit:
        num *= last_unit // 10  # colloquial tail: 一万五 = 15000, 两千五 = 2500, 三百五 = 350
    return total + wan + section + num


def parse_english_words(text: str) -> Decimal:
    """``"twenty-five thousand"`` -> 25000, ``"a million"`` -> 1000000, ``"one hundred and five"`` -> 105."""
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w and w != "and"]
    if not words:
        raise InputError("empty number")
    total = current = 0
    seen = False
    for w in words:
        if w in ("a", "an") and not seen:
            current, seen = 1, True
        elif w == "dozen":
            current = (current or 1) * 12
        elif w in EN_UNITS:
            current += EN_UNITS[w]
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in EN_SCALES:
            total += (current or 1) * EN_SCALES[w]
            current = 0
        else:
            raise InputError(f"cannot read the number {text!r}", hint="write it with digits, e.g. 500")
    return Decimal(total + current)


def _arabic_value(m: re.Match[str]) -> Decimal:
    value = Decimal(m.group("num").replace(",", ""))
    if m.group("latin"):
        value *= _SUFFIX_SCALES[m.group("latin").lower()]
    elif m.group("word"):
        value *= _SUFFIX_SCALES[m.group("word").lower()]
    elif m.group("zh"):
        for ch in m.group("zh"):
            value *= ZH_SMALL_UNITS.get(ch) or ZH_BIG_UNITS[ch]
    if m.group("sign"):
        value = -value
    return value


def _is_en_number_word(word: str) -> bool:
    w = word.lower()
    return w in EN_UNITS or w in EN_SCALES or w == "dozen"


def _english_runs(text: str, taken: list[tuple[int, int]]) -> list[NumberMatch]:
    words = [(m.group(0), m.start(), m.end()) for m in _EN_WORD.finditer(text)]
    out: list[NumberMatch] = []
    i = 0
    while i < len(words):
        w, s, _ = words[i]
        lw = w.lower()
        starts = _is_en_number_word(w) or (
            lw in ("a", "an") and i + 1 < len(words) and words[i + 1][0].lower() in (*EN_SCALES, "dozen")
        )
        if not starts or any(a <= s < b for a, b in taken):
            i += 1
            continue
        j = i + 1
        while j < len(words):
            nxt = words[j][0].lower()
            gap = text[words[j - 1][2]:words[j][1]]
            if gap.strip(" -") or len(gap) > 3:
                break
            if _is_en_number_word(nxt) or (nxt == "and" and j + 1 < len(words) and
                                          _is_en_number_word(words[j + 1][0])):
                j += 1
                continue
            break
        end = words[j - 1][2]
        raw = text[s:end]
        try:
            value = parse_english_words(raw)
        except InputError:
            i = j
            continue
        out.append(NumberMatch(value, s, end, raw))
        i = j
    return out


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in ``text`` (Arabic, Chinese numerals, English words), left to right, with percent flags."""
    found: list[NumberMatch] = []
    taken: list[tuple[int, int]] = []
    for m in _ARABIC.finditer(text):
        num_start = m.start("num")
        if text[num_start:num_start + 2].lower() == "0x":
            continue
        if m.end("num") < len(text) and text[m.end("num")] in "xX" and m.group("num") == "0":
            continue
        found.append(NumberMatch(clean_decimal(_arabic_value(m)), m.start(), m.end(), m.group(0)))
        taken.append((m.start(), m.end()))
    for m in _ZH_NUM.finditer(text):
        s, raw = m.start(), m.group("num")
        if any(a <= s < b for a, b in taken):
            continue
        if s > 0 and text[s - 1] in "第":  # 第三方 is an ordinal, not the number 3
            continue
        nxt = text[m.end():m.end() + 1]
        if raw in ("一", "两", "俩") and nxt and nxt in _ZH_NOT_NUMBER_AFTER_ONE:
            continue
        if (raw == "万" and nxt == "一") or (s > 0 and text[s - 1] == "万" and raw == "一"):
            continue
        if raw.startswith(("千万", "万")) and len(raw) <= 2 and nxt and nxt in "别不要":
            continue
        if raw in ("十", "百", "千") and nxt and nxt in "分足":
            continue
        try:
            value = parse_chinese_numeral(raw)
        except InputError:
            continue
        if m.group("sign"):
            value = -value
        found.append(NumberMatch(value, m.start(), m.end(), m.group(0)))
        taken.append((m.start(), m.end()))
    found.extend(_english_runs(text, taken))
    found.sort(key=lambda n: n.start)
    return [_mark_percent(text, n) for n in found]


def _mark_percent(text: str, n: NumberMatch) -> NumberMatch:
    before = text[max(0, n.start - 4):n.start].rstrip()
    if before.endswith("百分之"):
        start = text.rfind("百分之", 0, n.start)
        return NumberMatch(n.value, start, n.end, text[start:n.end], True)
    if before.endswith("千分之"):
        start = text.rfind("千分之", 0, n.start)
        return NumberMatch(clean_decimal(n.value / 10), start, n.end, text[start:n.end], True)
    after = _PERCENT_AFTER.match(text, n.end)
    if after:
        return NumberMatch(n.value, n.start, after.end(), text[n.start:after.end()], True)
    return n


def parse_number(text: str) -> Decimal:
    """Read exactly one number (``"1.5 million"``, ``"一万五"``, ``"15k"``, ``"2,000"``); InputError otherwise."""
    raw = text.strip()
    try:
        return Decimal(raw.replace(",", "").replace("_", ""))
    except InvalidOperation:
        pass
    matches = find_numbers(raw)
    if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(raw) and not matches[0].percent:
        return matches[0].value
    raise InputError(f"{text!r} is not a number", hint="write a number such as 1500, 1.5k, 1.5 million or 一万五")


def parse_percent(text: str) -> Decimal:
    """Read one percent (``"5%"``, ``"百分之七点五"``, ``"4.5 percent"``) -> its number (5 = 5%)."""
    raw = text.strip()
    matches = find_numbers(raw)
    if len(matches) == 1 and matches[0].percent and matches[0].start == 0 and matches[0].end == len(raw):
        return matches[0].value
    raise InputError(f"{text!r} is not a percent", hint="write it like 5%, 4.5 percent or 百分之五")


def parse_amount(text: str) -> tuple[Decimal, str | None]:
    """Read an amount with an optional token: ``"1.5k USDC"`` -> (1500, "USDC"), ``"3 个以太坊"`` -> (3, "ETH"),
    ``"$2,500"`` -> (2500, "USDC"), ``"一万五"`` -> (15000, None). InputError unless exactly one number is given."""
    from ledgerlm.language.tokens import find_tokens

    raw = text.strip()
    numbers = [n for n in find_numbers(raw) if not n.percent]
    if len(numbers) != 1:
        raise InputError(f"{text!r} is not one amount", hint="write it like 1500 USDC, 1.5k USDC or 3 个以太坊")
    tokens = find_tokens(raw)
    rest = raw[:numbers[0].start] + " " + raw[numbers[0].end:]
    leftover = rest
    for t in tokens:
        leftover = leftover.replace(t.text, " ")
    if re.sub(r"[\s个枚颗块份of]+", "", leftover):
        raise InputError(f"{text!r} is not one amount", hint="write it like 1500 USDC, 1.5k USDC or 3 个以太坊")
    return numbers[0].value, (tokens[0].symbol if tokens else None)
