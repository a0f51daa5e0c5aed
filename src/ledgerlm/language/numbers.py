"""Numbers in Chinese and English text -> exact ``Decimal``, or a flag that says why not.

Money must be exact, so numbers are read by rules, never by a model, and a number the rules cannot read for sure
is reported as such instead of being guessed. API:

- ``find_numbers(text, include_flagged=False) -> list[NumberMatch]``: every number, left to right, with its span.
  By default only *usable* numbers (no ambiguity, not part of a name, no error) are returned, so older callers never
  pick up a flagged one; ``include_flagged=True`` returns all of them for accounting and questions.
- ``NumberMatch(value, start, end, text, percent, negative, readings, ignored, error, form, note)``:
  ``readings`` (non-empty = ``ambiguous``) lists the possible values of ``1,5`` or ``1.000.000`` so the caller asks;
  ``ignored`` is the reason a number is not a quantity (``ERC-20``, ``v2``, ``Q1``, a date, a year in a name:
  ``part_of_name``); ``error`` says why a recognised number has no exact value (``a third of a million``, vague
  ``a few thousand``). ``text`` is always the user's own characters (never normalised).
- ``number_question(match, lang)``: the question to ask about a flagged number, in Chinese or English.
- ``parse_number`` / ``parse_percent`` / ``parse_amount`` read one whole string and raise ``InputError`` (quoting
  the text) for anything that is not exactly one usable number.

Grammar (see docs/numbers.md): digits with ``,``/``_``/space/thin-space groups, decimals, scientific ``1e-3``,
powers ``10^3``/``1.5x10^6``, suffixes ``k m mm bn`` / ``grand`` / ``million``, Chinese ``万 亿 千`` after digits,
Chinese numerals (``两千五百万``, financial 壹贰叁), English words (``two and a half million``,
``three quarters of a million``, ``a dozen``, ``a couple of``, ``fifty grand``), percents (``5%``, ``百分之八``,
``三成``, ``5个点``, ``50 bps``, ``八折``), signs (``-``, Unicode minus, ``负``), full-width and any Unicode decimal
digits (Arabic-Indic, Devanagari, ...). Values are exact ``Decimal`` (computed at 5000 digits, never float);
``1e400`` stays 1E+400 and is left to the range check in ``ledgerlm.units``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Context, Decimal, Inexact, InvalidOperation, Overflow, localcontext
from fractions import Fraction

from ledgerlm.errors import AmbiguousRequest, InputError

__all__ = [
    "EXACT",
    "NumberMatch",
    "clean_decimal",
    "find_numbers",
    "normalize_digits",
    "number_question",
    "parse_amount",
    "parse_chinese_numeral",
    "parse_english_words",
    "parse_number",
    "parse_percent",
]

#: All arithmetic on user numbers runs in this context: wide enough that an 80-digit supply stays exact.
EXACT = Context(
    prec=5000, Emax=999_999_999_999_999_999, Emin=-999_999_999_999_999_999, traps=[InvalidOperation, Overflow]
)


@dataclass(frozen=True)
class NumberMatch:
    """One number found in a text. ``percent`` is true for ``5%``/``百分之五`` (``value`` is then 5).

    ``readings`` non-empty means the writing is ambiguous (ask, never pick); ``ignored`` gives the reason a number is
    not a quantity (part of a name, a version, a date); ``error`` says why it has no exact value. ``form`` names the
    grammar rule that read it (digits, grouped, scientific, power, suffix, words, zh, percent...), ``note`` a remark
    for the evidence (``"a couple" read as exactly 2``)."""

    value: Decimal
    start: int
    end: int
    text: str
    percent: bool = False
    negative: bool = False
    readings: tuple[Decimal, ...] = ()
    ignored: str | None = None
    error: str | None = None
    form: str = "digits"
    note: str | None = None

    @property
    def ambiguous(self) -> bool:
        return bool(self.readings)

    @property
    def part_of_name(self) -> bool:
        return self.ignored is not None

    @property
    def usable(self) -> bool:
        """A value the caller may use: not ambiguous, not part of a name, no error."""
        return not self.readings and self.ignored is None and self.error is None


ZH_DIGITS: dict[str, int] = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,  # traditional 两: "兩千萬" read 10,000,000 and "兩千 USDC" 1,000 before (the 兩 was not a digit)
    "俩": 2,
    "倆": 2,
    "三": 3,
    "仨": 3,  # colloquial "three" (俩 is two): 买仨 ETH
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "壹": 1,
    "贰": 2,
    "貳": 2,
    "叁": 3,
    "參": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "陸": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
}
ZH_SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
ZH_BIG_UNITS: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_ZH_CHARS = "".join(ZH_DIGITS) + "".join(ZH_SMALL_UNITS) + "".join(ZH_BIG_UNITS)

EN_UNITS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
EN_SCALES: dict[str, int] = {
    "thousand": 1000,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "grand": 1000,
    # "half a mil", "ten lakh", "one crore": the chat and Indian scales written out in words (round 10: "half a mil"
    # and "(ten lakh)" were read as nothing and as 10)
    "mil": 10**6,
    "lakh": 10**5,
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
}
_EN_FRACTIONS: dict[str, Fraction] = {
    "half": Fraction(1, 2),
    "halves": Fraction(1, 2),
    "third": Fraction(1, 3),
    "thirds": Fraction(1, 3),
    "quarter": Fraction(1, 4),
    "quarters": Fraction(1, 4),
}
_SUFFIX_SCALES: dict[str, int] = {
    "k": 1000,
    "m": 10**6,
    "mm": 10**6,
    "mn": 10**6,
    "b": 10**9,
    "bn": 10**9,
    "t": 10**12,
    "hundred": 100,
    "thousand": 1000,
    "grand": 1000,
    "million": 10**6,
    "millions": 10**6,
    "billion": 10**9,
    "billions": 10**9,
    "trillion": 10**12,
    "trillions": 10**12,
    "dozen": 12,
    # chat and regional scales: "2.5 mil", "3 mio" (German, Dutch), "10 lakh" / "2 crore" (Indian numbering)
    "mil": 10**6,
    "mio": 10**6,
    "lakh": 10**5,
    "lakhs": 10**5,
    "lac": 10**5,
    "lacs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
    # Indonesian / Malay "75 ribu", "2 juta", "1,5 miliar" (and the chat "75rb", "2jt"), Vietnamese "5 triệu",
    # "500 nghìn": read as 75 and 2 before (the goal silently a thousand times too small)
    "ribu": 1000,
    "rb": 1000,
    "juta": 10**6,
    "jt": 10**6,
    "miliar": 10**9,
    "milyar": 10**9,
    "nghìn": 1000,
    "ngàn": 1000,
    "triệu": 10**6,
}
_STANDARDS = {
    "erc": "a token standard",
    "bep": "a token standard",
    "eip": "a standard",
    "bip": "a standard",
    "trc": "a token standard",
    "spl": "a token standard",
    "iso": "a standard",
    "rfc": "a standard",
}

#: thousands separators besides the comma: spaces (1 200 000, the thin and narrow no-break ones too) and the Swiss
#: apostrophe (1'000'000: read as 1, 0, 0 before, so "1'500 USDC" gave 500)
_SPACES = " \u00a0\u2009\u202f'\u2019"
_NORMAL = {
    "\u2212": "-",
    "\uff0d": "-",
    "\ufe63": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\uff0b": "+",
    "\uff0e": ".",
    "\uff05": "%",
    "\uff3f": "_",
    "\uff3e": "^",
    "\uff45": "e",
    "\uff25": "E",
}

# Arabic number on the normalised text: sign, digits with groups/decimals, exponent or power, then a scale.
_ARABIC = re.compile(
    r"(?=[-+负\d.])(?P<sign>(?:(?<=^)|(?<=[\s:：(（=~≈]))(?<![\d.,]\s)[-+]|负)?"
    r"(?<![A-Za-z0-9_])(?<!\d[.,])"
    r"(?P<num>\d{1,3}(?:[" + _SPACES + r"]\d{3})+(?![\d])(?:\.\d+)?|\d+(?:_\d+)+(?:\.\d+)?|\d+(?:[.,]\d+)+|\d+|\.\d+)"
    r"(?!\d)"
    r"(?:[eE](?P<exp>[-+]?\d+)(?!\d))?"
    r"(?:(?P<times>\s*[x×*]\s*10)?\s*(?:\^|\*\*)\s*(?P<pow>[-+]?\d+))?"
    r"(?P<andhalf>\s+and\s+a\s+half\b)?"
    r"(?:(?P<latin>mm|MM|mn|bn|Bn|BN|[kKmMbBtT])(?![A-Za-z])"
    # "1.5w USDT", "3W 个": the Chinese chat scale w = 万, only right before a token or a counter ("2w" alone is
    # two weeks)
    r"|(?P<wan>[wW])(?=\s*(?:(?-i:[A-Z]{2,6})\b|(?:usdt|usdc|eth|dai|btc|u)\b|[个枚块元刀份张]))"
    r"|\s*(?P<word>hundred(?:\s+(?:thousand|million|billion|lakhs?|crores?))?|thousand|grand|millions?|billions?|trillions?|dozen|mil|mio|bn|lakhs?|lacs?|crores?"
    r"|ribu|rb|juta|jt|miliar|milyar|nghìn|ngàn|triệu)\b"
    r"| ?(?P<zh>[百千]?[万萬亿億]{1,2}|[百千](?![分]))"
    r"(?:(?<=[万萬亿億])(?P<tail>\d(?![\d.])|[一二两兩三四五六七八九])(?P<tailunit>[千百])?)?"
    r")?",
    re.IGNORECASE,
)
_ZH_NUM = re.compile(rf"(?P<sign>[负負])?(?P<num>[{_ZH_CHARS}]+(?:[点點][{''.join(ZH_DIGITS)}]+)?)")
_EN_WORD = re.compile(r"[A-Za-z]+")
_PERCENT_AFTER = re.compile(
    r"\s*(?:(?P<pct>%|percents?\b|per\s*cents?\b|pct\b|个百分点|百分点|个点)"
    r"|(?P<bps>bps\b|basis\s+points?\b|个基点|基点)|(?P<mille>‰))",
    re.IGNORECASE,
)
_ZH_RATIO_AFTER = re.compile(r"(?P<cheng>成)(?![本功为员交立年])|(?P<zhe>折)(?!扣|旧|算|合|叠|腾|射|线)")
_NAME = re.compile(
    r"(?<![A-Za-z0-9])(?P<name>(?P<letters>[A-Za-z]+)(?P<dash>-?)(?P<digits>\d+(?:\.\d+)*)"
    r"(?P<more>[A-Za-z0-9]*))"
)
_HAS_DIGIT = re.compile(r"\d")
_NAME_HINT = re.compile(r"[A-Za-z]-?\d")
_DATE_HINT = re.compile(r"\d{4}[-/.]\d")


def _word_start(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1].isascii() and text[pos - 1].isalpha():
        pos -= 1
    return pos


_VERSION = re.compile(r"\b(?:version|ver\.?|v\.)\s*(?P<digits>\d+(?:\.\d+)*)", re.IGNORECASE)
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)")
#: a quoted name; an apostrophe inside a word ("let's", "DAO's") opens or closes no quote
_QUOTED = re.compile(
    r"(?:[\"“”‘「『《]|(?<![A-Za-z])')(?P<inner>[^\"“”'’」』》\n]{1,60})(?:[\"“”’」』》]|'(?![A-Za-z]))"
)
_DASH_WORDS = {
    "of",
    "in",
    "to",
    "at",
    "by",
    "for",
    "and",
    "or",
    "the",
    "a",
    "an",
    "per",
    "each",
    "top",
    "over",
    "than",
    "day",
    "days",
    "month",
    "months",
    "year",
    "years",
    "week",
    "weeks",
    "out",
    "from",
    "is",
    "x",
}
_ZH_NOT_NUMBER_AFTER_ONE = set("点些下起直般定样共旦切致边会同再向律概口时半开")  # 开: 一开始
_VAGUE = re.compile(
    r"\b(?P<v>a\s+few|few|several|some|many)\s+(?P<s>hundred|thousand|million|billion|dozen)s?\b"
    r"|\b(?P<p>hundreds|thousands|millions|billions|dozens)\s+of\b",
    re.IGNORECASE,
)
_NOT_NAME_WORDS = {
    "I",
    "Send",
    "Loan",
    "Lend",
    "Pay",
    "Transfer",
    "Give",
    "Create",
    "Make",
    "Deploy",
    "Mint",
    "Borrow",
    "Raise",
    "Fund",
    "Swap",
    "Buy",
    "Sell",
    "Stake",
    "Release",
    "Vest",
    "Lock",
    "Total",
    "Supply",
    "Goal",
    "Target",
    "Cap",
    "Price",
    "Budget",
    "In",
    "By",
    "Before",
    "Until",
    "Since",
    "From",
    "To",
    "Of",
    "For",
    "At",
    "On",
    "The",
    "A",
    "An",
    "And",
    "Or",
    "With",
    "About",
}


class _DigitTable(dict[int, int | str]):
    """``str.translate`` table filled on first sight of each character: Unicode decimal digits -> ASCII."""

    def __missing__(self, code: int) -> int | str:
        ch = chr(code)
        d = unicodedata.decimal(ch, None)
        value: int | str = str(d) if d is not None else _NORMAL.get(ch, code)
        self[code] = value
        return value


_DIGIT_TABLE = _DigitTable()


def normalize_digits(text: str) -> str:
    """Same length as ``text``: every Unicode decimal digit (full-width, Arabic-Indic, Devanagari...) -> ASCII, and
    Unicode minus/full-width signs -> ASCII. Spans found in the result are spans of ``text``."""
    if text.isascii():
        return text
    return text.translate(_DIGIT_TABLE)


def clean_decimal(value: Decimal) -> Decimal:
    """Drop meaningless trailing zeros (``1500000.0`` -> ``1500000``) without changing the value."""
    if value.as_tuple().exponent == 0:
        return value  # already an integer written without trailing zeros
    try:
        with localcontext(EXACT):
            if value == value.to_integral_value():
                if value.adjusted() > 80:
                    return value.normalize()  # 1E+400: keep the compact form, the value is the same
                return value.quantize(Decimal(1))
            return value.normalize()
    except (InvalidOperation, Overflow):
        return value


# -- Chinese ------------------------------------------------------------------------------------------------------
def parse_chinese_numeral(text: str) -> Decimal:
    """``"一万五"`` -> 15000, ``"七点五"`` -> 7.5, ``"二零二四"`` -> 2024, ``"两千五百万"`` -> 25000000."""
    text = text.strip()
    if not text:
        raise InputError("empty Chinese numeral")
    int_part, _, frac_part = text.replace("點", "点").partition("点")
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
            section += (num or 1) * unit
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


# -- English words -------------------------------------------------------------------------------------------------
def _to_decimal(value: Fraction) -> Decimal | None:
    """A fraction as an exact Decimal, or None when it does not end (1/3)."""
    den = value.denominator
    twos = fives = 0
    while den % 2 == 0:
        den //= 2
        twos += 1
    while den % 5 == 0:
        den //= 5
        fives += 1
    if den != 1:
        return None
    with localcontext(EXACT):
        return clean_decimal(Decimal(value.numerator) / Decimal(value.denominator))


def _word_tokens(words: list[str]) -> list[tuple[str, Fraction | int | str]]:
    """Lower-case words -> (kind, value) tokens; articles, ``of`` and ``and`` resolved by context."""
    toks: list[tuple[str, Fraction | int | str]] = []
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        prev = words[i - 1] if i else ""
        if w == "and" and nxt == "a" and i + 2 < len(words) and words[i + 2] == "half":
            toks.append(("addhalf", Fraction(1, 2)))
            i += 3
            continue
        if (
            w == "and"
            and (nxt in ("a", "an") or EN_UNITS.get(nxt, 0) in range(1, 10))
            and i + 2 < len(words)
            and words[i + 2] in _EN_FRACTIONS
            and (i + 3 >= len(words) or words[i + 3] not in _EN_FRACTIONS)
        ):
            # "four and one-half percent", "two and a quarter years", "one and three quarters": a whole number and
            # a fraction of one (legal and spoken English)
            count = 1 if nxt in ("a", "an") else EN_UNITS[nxt]
            toks.append(("addhalf", count * _EN_FRACTIONS[words[i + 2]]))
            i += 3
            continue
        if w in ("a", "an"):
            if prev in _EN_FRACTIONS or prev == "of" or nxt == "couple":
                pass
            else:
                toks.append(("unit", 1))
        elif w in ("of", "and"):
            pass
        elif w == "couple":
            toks.append(("unit", 2))
        elif w in EN_UNITS:
            toks.append(("unit", EN_UNITS[w]))
        elif w == "hundred":
            toks.append(("hundred", 100))
        elif w == "dozen":
            toks.append(("dozen", 12))
        elif w in EN_SCALES:
            toks.append(("scale", EN_SCALES[w]))
        elif w in _EN_FRACTIONS:
            toks.append(("frac", _EN_FRACTIONS[w]))
        elif w == "point":
            digits = ""
            while i + 1 < len(words) and words[i + 1] in EN_UNITS and EN_UNITS[words[i + 1]] < 10:
                digits += str(EN_UNITS[words[i + 1]])
                i += 1
            if not digits:
                raise InputError("'point' without digits")
            toks.append(("point", digits))
        else:
            raise InputError(f"not a number word: {w!r}")
        i += 1
    return toks


class _FractionOnly(InputError):
    """``three quarters`` / ``two thirds`` with nothing after: a share of something, not an amount."""


def _eval_words(words: list[str]) -> Fraction:
    total = Fraction(0)
    current: Fraction | None = None
    last_scale: int | None = None
    pending_fraction = False
    for kind, v in _word_tokens(words):
        if kind in ("hundred", "dozen", "scale"):
            pending_fraction = False
        elif kind == "frac":
            pending_fraction = True
        if kind == "unit":
            assert isinstance(v, int)
            if current is not None and not _can_add(current, v):
                raise InputError("two numbers side by side")
            current = (current or Fraction(0)) + v
        elif kind in ("hundred", "dozen"):
            assert isinstance(v, int)
            current = (Fraction(1) if current is None else current) * v
        elif kind == "frac":
            assert isinstance(v, Fraction)
            current = (Fraction(1) if current is None else current) * v
        elif kind == "scale":
            assert isinstance(v, int)
            if last_scale is not None and v >= last_scale and current is not None:
                raise InputError("scales out of order")
            total += (Fraction(1) if current is None else current) * v
            current, last_scale = None, v
        elif kind == "addhalf":
            assert isinstance(v, Fraction)
            if current is not None:
                current += v
            elif last_scale is not None:
                total += last_scale * v
            else:
                raise InputError("'and a half' without a number")
        elif kind == "point":
            assert isinstance(v, str)
            current = (current or Fraction(0)) + Fraction(int(v), 10 ** len(v))
    if current is None and last_scale is None:
        raise InputError("no number")
    if pending_fraction:
        raise _FractionOnly("a fraction of something, not an amount")
    return total + (current or Fraction(0))


def _can_add(current: Fraction, unit: int) -> bool:
    """``twenty five`` (20 + 5) and ``hundred and five`` are one number; ``five five`` is not."""
    if current.denominator != 1:
        return False
    c = int(current)
    if c % 100 == 0 and c and unit < 100:
        return True
    return c % 10 == 0 and 20 <= c % 100 <= 90 and 0 < unit < 10


def parse_english_words(text: str) -> Decimal:
    """``"twenty-five thousand"`` -> 25000, ``"two and a half million"`` -> 2500000, ``"half a dozen"`` -> 6.
    InputError for anything else, or for a value that does not end as a decimal (``a third of a million``)."""
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w]
    if not words:
        raise InputError("empty number")
    try:
        value = _eval_words(words)
    except InputError:
        raise InputError(f"cannot read the number {text!r}", hint="write it with digits, e.g. 500") from None
    exact = _to_decimal(value)
    if exact is None:
        raise InputError(
            f"{text!r} is not an exact amount ({float(value):,.6g}…)", hint="write the exact amount with digits"
        )
    return exact


#: "point five" (dictated 0.5) starts a number, so it is never read as 5 with the "point" dropped (it is asked)
_EN_STARTERS = set(EN_UNITS) | {"a", "an", "half", "couple", "dozen", "hundred", "point"} | set(_EN_FRACTIONS)
#: "point" after these words is the noun ("at this point", "the point", "a point of contact")
_POINT_AS_NOUN_AFTER = frozenset({"this", "that", "the", "a", "some", "any", "which", "what", "each", "every", "no"})
_EN_HINT = set(EN_UNITS) | set(EN_SCALES) | set(_EN_FRACTIONS) | {"hundred", "dozen", "couple"}
_LATIN = re.compile(r"[A-Za-z]")
_EN_PARTS = (
    set(EN_UNITS)
    | set(EN_SCALES)
    | set(_EN_FRACTIONS)
    | {"hundred", "dozen", "and", "a", "an", "of", "couple", "point"}
)


#: "one" after these words is a pronoun ("how does one ...", "which one", "the one", "no one")
_ONE_AS_PRONOUN_AFTER = frozenset(
    {
        "does",
        "do",
        "can",
        "could",
        "should",
        "would",
        "may",
        "might",
        "must",
        "how",
        "no",
        "any",
        "every",
        "some",
        "which",
        "this",
        "that",
        "the",
        "each",
        "another",
        "only",
        "same",
        "new",
        "old",
        "right",
        "wrong",
        # "a 3-month one", "a shorter one", "a different one": "one" standing for a noun said before it
        "day",
        "week",
        "month",
        "year",
        "bigger",
        "smaller",
        "shorter",
        "longer",
        "lower",
        "higher",
        "cheaper",
        "different",
        "better",
    }
)


def _lone_word(words: list[tuple[str, int, int]], i: int) -> bool:
    """``words[i]`` does not start a longer number ("one hundred", "one and a half")."""
    return i + 1 >= len(words) or words[i + 1][0] not in _EN_PARTS


def _english_runs(text: str, taken: list[tuple[int, int]]) -> list[NumberMatch]:
    if text.isascii() is False and not _LATIN.search(text):
        return []
    words = [(m.group(0).lower(), m.start(), m.end()) for m in _EN_WORD.finditer(text)]
    if not any(w in _EN_HINT for w, _, _ in words):
        return []
    out: list[NumberMatch] = []
    i = 0
    while i < len(words):
        w, s, _ = words[i]
        if w not in _EN_STARTERS or any(a <= s < b for a, b in taken):
            i += 1
            continue
        if w == "one" and i > 0 and words[i - 1][0] in _ONE_AS_PRONOUN_AFTER and _lone_word(words, i):
            i += 1  # "how does one withdraw", "which one", "the one I sent": a pronoun, not the number 1
            continue
        if w == "point" and i > 0 and words[i - 1][0] in _POINT_AS_NOUN_AFTER:
            i += 1  # "at this point two of us sign": the noun, not a decimal point
            continue
        j = i + 1
        while j < len(words):
            gap = text[words[j - 1][2] : words[j][1]]
            if gap.strip(" -") or len(gap) > 3 or words[j][0] not in _EN_PARTS:
                break
            j += 1
        best: tuple[int, Fraction] | None = None
        for k in range(j, i, -1):  # the longest prefix of the run that reads as one number
            run = [x[0] for x in words[i:k]]
            if run[-1] in ("and", "of", "a", "an", "point") or (run[0] in ("a", "an") and len(run) == 1):
                continue
            if run[0] in _EN_FRACTIONS and len(run) == 1:
                continue  # a lone "half" is a share, not an amount
            if run in (["a", "couple"], ["couple"]) and not (k < len(words) and words[k][0] == "of"):
                continue  # "a couple" without "of" is usually two people
            try:
                best = (k, _eval_words(run))
                break
            except _FractionOnly:
                if (
                    len(run) == 2
                    and run[0] in EN_UNITS
                    and run[0] not in ("one", "three")
                    and run[1] in ("quarter", "quarters")
                    and not (k < len(words) and words[k][0] == "of")
                ):
                    # "over two quarters": a count of quarters of a year (a length): nobody says 2/4 or 5/4 for a
                    # share; "three quarters" (3/4) and "one quarter" stay fractions, asked about
                    best = (i + 1, Fraction(EN_UNITS[run[0]]))
                    break
                if run[0] in EN_UNITS:  # "three quarters", "two thirds (of the board)": say so, never 3 or 0.75
                    end = words[k - 1][2]
                    out.append(
                        NumberMatch(
                            Decimal(0),
                            s,
                            end,
                            text[s:end],
                            form="words",
                            error=f"{text[s:end]!r} is a fraction of something, not an amount",
                        )
                    )
                    best = (k, Fraction(-1))
                    break
                continue
            except InputError:
                continue
        if best is not None and best[1] == -1:
            i = best[0]
            continue
        if best is None:
            i += 1
            continue
        k, frac = best
        end = words[k - 1][2]
        raw = text[s:end]
        exact = _to_decimal(frac)
        note = "'a couple' read as exactly 2" if "couple" in raw.lower() else None
        if exact is None:
            out.append(
                NumberMatch(
                    Decimal(frac.numerator) / Decimal(frac.denominator),
                    s,
                    end,
                    raw,
                    form="words",
                    error=f"{raw!r} is not an exact amount; write it with digits",
                )
            )
        else:
            scale = _WORD_SCALE_AFTER.match(text, end)
            if scale:  # "hundred k", "fifty k", "five mil", "two bn": the chat scale after the words (read 100, 50, 5)
                exact *= _SUFFIX_SCALES[scale.group("s").lower()]
                end = scale.end()
                raw = text[s:end]
            # "point five" with no whole part: 0.5 as said, but dictation drops words ("one point five"?), so it is
            # asked, quoting the words, never read as 5 (the point dropped) nor guessed
            error = f"{raw!r} has no whole part: is it {exact}? write it with digits" if w == "point" else None
            out.append(NumberMatch(exact, s, end, raw, form="words", note=note, error=error))
        i = k
    return out


_WORD_SCALE_AFTER = re.compile(r"[ -]?(?P<s>k|mil|mio|bn|mn)(?![A-Za-z0-9])", re.IGNORECASE)


# -- digits --------------------------------------------------------------------------------------------------------
def _indian_grouping(head: str, groups: list[str]) -> bool:
    """ "2,00,000", "1,50,000", "10,00,000", "1,25,00,000": the Indian (lakh/crore) grouping, pairs of digits then a
    last group of three. It reads one way only, so it is a number, not a question; a slip such as "1,5,000" or
    "12,50,00" fits neither grouping and is still asked."""
    return (
        len(groups) >= 2
        and 1 <= len(head) <= 2
        and head[0] != "0"
        and len(groups[-1]) == 3
        and all(len(g) == 2 for g in groups[:-1])
    )


def _read_digits(num: str, decimal_point: bool) -> tuple[Decimal, tuple[Decimal, ...], str | None, str]:
    """The digit string -> (value, readings, ignored reason, form). ``readings`` non-empty means ambiguous.
    ``decimal_point``: the context (a percent sign, an exponent) makes a single dot a decimal point."""
    compact = num
    for sp in _SPACES:
        compact = compact.replace(sp, "")
    if compact != num:
        return Decimal(compact), (), None, "grouped"
    if "_" in num:
        return Decimal(num.replace("_", "")), (), None, "grouped"
    commas, dots = num.count(","), num.count(".")
    if commas and not dots:
        head, *groups = num.split(",")
        joined = Decimal(num.replace(",", ""))
        if len(head) <= 3 and all(len(g) == 3 for g in groups):
            return joined, (), None, "grouped"
        if _indian_grouping(head, groups):
            return joined, (), None, "grouped"
        if len(groups) == 1:  # 1,5: a decimal comma, or a slip for 15?
            return (
                Decimal(f"{head}.{groups[0]}"),
                (clean_decimal(Decimal(f"{head}.{groups[0]}")), joined),
                None,
                "ambiguous",
            )
        return joined, (joined,), None, "ambiguous"
    if dots and not commas:
        parts = num.split(".")
        if dots == 1:
            value = Decimal(num)
            if parts[0] not in ("0", "") and len(parts[1]) == 3 and not decimal_point and len(parts[0]) <= 3:
                joined = Decimal(num.replace(".", ""))  # 1.500: one and a half, or 1500 with a dot separator?
                return value, (clean_decimal(value), joined), None, "ambiguous"
            return value, (), None, "digits"
        if len(parts[0]) <= 3 and all(len(g) == 3 for g in parts[1:]):
            joined = Decimal(num.replace(".", ""))  # 1.000.000: dots as thousands separators
            return joined, (joined,), None, "ambiguous"
        return Decimal(0), (), f"{num!r} is a version or code, not an amount", "version"
    if commas and dots:
        if num.rfind(".") > num.rfind(","):  # 1,000.50
            head, *groups = num.split(".")[0].split(",")
            if len(head) <= 3 and all(len(g) == 3 for g in groups) and dots == 1:
                return Decimal(num.replace(",", "")), (), None, "grouped"
        else:  # 1.000,50: European
            int_part, frac = num.rsplit(",", 1)
            if "," not in int_part:
                head, *groups = int_part.split(".")
                if len(head) <= 3 and all(len(g) == 3 for g in groups):
                    value = Decimal(int_part.replace(".", "") + "." + frac)
                    return value, (clean_decimal(value),), None, "ambiguous"
        return Decimal(0), (), f"{num!r} mixes separators in a way that is not a number", "version"
    return Decimal(num), (), None, "digits"


def _arabic(text: str, norm: str, m: re.Match[str]) -> NumberMatch:
    num = m.group("num")
    decimal_point = bool(_PERCENT_AFTER.match(norm, m.end())) or m.group("exp") is not None or bool(m.group("times"))
    value, readings, ignored, form = _read_digits(num, decimal_point)
    base = value
    error = None
    note = None
    if (
        m.group("exp") is None
        and m.group("pow") is None
        and not m.group("andhalf")
        and not m.group("latin")
        and not m.group("wan")
        and not m.group("word")
        and not m.group("zh")
        and not m.group("sign")
    ):
        return NumberMatch(
            clean_decimal(value),
            m.start(),
            m.end(),
            text[m.start() : m.end()],
            readings=readings,
            ignored=ignored,
            form=form,
        )
    try:
        with localcontext(EXACT):
            if m.group("exp") is not None:
                value = value.scaleb(int(m.group("exp")))
                form = "scientific"
            if m.group("pow") is not None:
                exp = int(m.group("pow"))
                if m.group("times"):
                    value = value.scaleb(exp)
                elif value == 10:
                    value = Decimal(1).scaleb(exp)
                elif value == value.to_integral_value() and exp >= 0 and exp * len(str(int(abs(value)))) <= 4000:
                    value = Decimal(int(value) ** exp)
                else:
                    ctx = EXACT.copy()
                    ctx.traps[Inexact] = True
                    with localcontext(ctx):
                        value = value**exp
                form = "power"
            if m.group("andhalf"):
                value += Decimal("0.5")
            scale = m.group("latin") or m.group("word")
            if m.group("wan"):
                value *= 10**4
                form = "suffix"
            elif scale:
                for part in scale.lower().split():  # "2 hundred thousand": each scale word multiplies
                    value *= _SUFFIX_SCALES[part]
                form = "suffix"
            elif m.group("zh"):
                last = 1
                for ch in m.group("zh"):
                    last = ZH_SMALL_UNITS.get(ch) or ZH_BIG_UNITS[ch]
                    value *= last
                if m.group("tail"):
                    t = m.group("tail")
                    tail = int(t) if t.isascii() and t.isdigit() else ZH_DIGITS[t]
                    unit = ZH_SMALL_UNITS[m.group("tailunit")] if m.group("tailunit") else last // 10
                    value += tail * unit
                form = "suffix"
            if readings and base and value != base:
                factor = value / base
                readings = tuple(clean_decimal(r * factor) for r in readings)
    except (InvalidOperation, Overflow, Inexact, ZeroDivisionError, ValueError):
        error = f"{text[m.start() : m.end()]!r} is too large or too fine to compute exactly"
    sign = m.group("sign")
    negative = bool(sign) and sign != "+"
    if negative:
        value = -value
        readings = tuple(-r for r in readings)
    if m.group("tail") and not m.group("tailunit"):
        note = "colloquial tail read as the next unit down (3万5 = 35000)"
    return NumberMatch(
        clean_decimal(value),
        m.start(),
        m.end(),
        text[m.start() : m.end()],
        negative=negative,
        readings=readings,
        ignored=ignored,
        error=error,
        form=form,
        note=note,
    )


def _names(text: str, norm: str) -> list[NumberMatch]:
    """Numbers that belong to a name: ERC-20, BEP-20, ERC721, v2, Q1, COVID-19, web3, version 2, ISO dates."""
    out: list[NumberMatch] = []
    if not _HAS_DIGIT.search(norm):
        return out
    starts = sorted({_word_start(norm, h.start()) for h in _NAME_HINT.finditer(norm)})
    for m in (_NAME.match(norm, st) for st in starts):
        if m is None:
            continue
        letters = m.group("letters")
        if letters.lower() in ("e", "x") and m.start() > 0 and "0" <= norm[m.start() - 1] <= "9":
            continue
        if letters.lower() in ("mm", "k", "m", "bn", "b", "t", "mn", "d", "w", "y"):
            continue  # 15k5 is odd, but not a name
        if m.group("dash") and letters.lower() in _DASH_WORDS:
            continue  # 5-of-9, 1-in-3: words, not a name
        name = text[m.start("name") : m.end("name")]
        kind = _STANDARDS.get(letters.lower(), "a name")
        if letters.lower() == "v":
            kind = "a version"
        s, e = m.start("digits"), m.end("digits")
        out.append(
            NumberMatch(
                _safe_decimal(m.group("digits")),
                s,
                e,
                text[s:e],
                form="name",
                ignored=f"part of {name!r} ({kind}), not an amount",
            )
        )
    low = norm.lower()
    for m in _VERSION.finditer(norm) if ("ver" in low or "v." in low) else ():
        s, e = m.start("digits"), m.end("digits")
        out.append(
            NumberMatch(
                _safe_decimal(m.group("digits")),
                s,
                e,
                text[s:e],
                form="name",
                ignored=f"{text[m.start() : e]!r} is a version, not an amount",
            )
        )
    for m in _ISO_DATE.finditer(norm) if _DATE_HINT.search(norm) else ():
        for g in (1, 3, 4):
            s, e = m.start(g), m.end(g)
            out.append(
                NumberMatch(
                    Decimal(m.group(g)),
                    s,
                    e,
                    text[s:e],
                    form="date",
                    ignored=f"part of the date {text[m.start() : m.end()]!r}",
                )
            )
    return out


def _safe_decimal(digits: str) -> Decimal:
    try:
        return Decimal(digits)
    except InvalidOperation:
        return Decimal(0)


#: financial numerals that are also common surnames (伍, 陆/陸): alone before a word they name a person
_SURNAME_NUMERALS = frozenset("伍陆陸")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
#: what follows a count: a measure word, a unit, a scale ("伍佰", "陆个月", "伍元")
_AFTER_A_COUNT = frozenset(
    "个個元块塊圆圓角天日周週月年岁歲次成份倍股枚颗顆位名人张張台件条條佰仟拾万萬亿億千百十点點分之折"
)


def _chinese(text: str, taken: list[tuple[int, int]]) -> list[NumberMatch]:
    out: list[NumberMatch] = []
    for m in _ZH_NUM.finditer(text):
        s, raw = m.start(), m.group("num")
        if any(a <= s < b for a, b in taken):
            continue
        if s > 0 and text[s - 1] in "第":  # 第三方 is an ordinal, not the number 3
            continue
        nxt = text[m.end() : m.end() + 1]
        if raw in ("一", "两", "兩", "俩", "倆") and nxt and nxt in _ZH_NOT_NUMBER_AFTER_ONE:
            continue
        if (raw == "万" and nxt == "一") or (s > 0 and text[s - 1] == "万" and raw == "一"):
            continue
        if raw.startswith(("千万", "万")) and len(raw) <= 2 and nxt and nxt in "别不要":
            continue
        if raw in ("十", "百", "千", "万") and nxt and nxt in "分足":
            continue
        if raw in ("万", "亿", "萬", "億"):
            continue  # a lone unit character (万一, 百姓...) is not a number
        if raw in _SURNAME_NUMERALS and _CJK_CHAR.match(nxt) and nxt not in _AFTER_A_COUNT:
            continue  # "给伍师傅", "陆医生": the surname, not the financial numeral 5 or 6
        try:
            value = parse_chinese_numeral(raw)
        except (InputError, ValueError):  # ValueError: more digits than Python converts (亿亿亿...)
            continue
        end = m.end()
        if text[end : end + 2] in ("个亿", "個億") and not any(c in raw for c in "万萬亿億"):
            value, end = value * ZH_BIG_UNITS["亿"], end + 2  # "上限一个亿", "两个亿": colloquial N x 100,000,000
        if m.group("sign"):
            value = -value
        error = _two_numerals(raw, text[end : end + 1])
        out.append(
            NumberMatch(
                value, m.start(), end, text[m.start() : end], negative=bool(m.group("sign")), form="zh", error=error
            )
        )
    return out


#: what may follow two numerals that still read as one value: a discount, a year, a ratio
_TWO_NUMERALS_READ_BEFORE = frozenset("折年分开開成比")


def _two_numerals(raw: str, nxt: str) -> str | None:
    """Why two numerals said side by side with no unit ("四三", "三七") are no number: nobody says 43 that way (it
    is 四十三); they are two counts ("四 三": four owners, three sign), so reading 43 gave a value nobody wrote.
    Longer runs stay digit by digit (二零二六, a year); "八五折" is 85% of the price, "九八年" a year, and a ratio
    ("三七分", "四六开", "五五分成") stays for the splitter, which reads it as the two parts."""
    if len(raw) != 2 or not all(c in ZH_DIGITS and ZH_DIGITS[c] for c in raw) or nxt in _TWO_NUMERALS_READ_BEFORE:
        return None
    return f"{raw!r} is two numbers ({ZH_DIGITS[raw[0]]} and {ZH_DIGITS[raw[1]]}), not {raw!r} read as one"


_VAGUE_HINT = ("few", "several", "some", "many", "hundreds", "thousands", "millions", "billions", "dozens")


def _vague(text: str, taken: list[tuple[int, int]]) -> list[NumberMatch]:
    out: list[NumberMatch] = []
    low = text.lower()
    if not any(h in low for h in _VAGUE_HINT):
        return out
    for m in _VAGUE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        out.append(
            NumberMatch(
                Decimal(0),
                m.start(),
                m.end(),
                m.group(0),
                form="vague",
                error=f"{m.group(0)!r} is not an exact amount; say how much exactly",
            )
        )
    return out


def find_numbers(text: str, *, include_flagged: bool = False) -> list[NumberMatch]:
    """Every number in ``text`` (digits, Chinese numerals, English words), left to right, with percent flags.

    Only usable numbers unless ``include_flagged``: ambiguous writings, numbers inside names/versions/dates and
    numbers with no exact value are then returned too, each saying why."""
    norm = normalize_digits(text)
    found: list[NumberMatch] = _names(text, norm)
    taken: list[tuple[int, int]] = [(n.start, n.end) for n in found]
    for m in _ARABIC.finditer(norm):
        if any(a < m.end("num") and m.start("num") < b for a, b in taken):
            continue
        num_start = m.start("num")
        if norm[num_start : num_start + 2].lower() == "0x":
            continue
        if m.group("num") == "0" and norm[m.end("num") : m.end("num") + 1] in ("x", "X"):
            continue
        found.append(_arabic(text, norm, m))
        taken.append((m.start(), m.end()))
    zh = _chinese(text, taken)
    found.extend(zh)
    taken.extend((n.start, n.end) for n in zh)
    vague = _vague(text, taken)
    found.extend(vague)
    taken.extend((n.start, n.end) for n in vague)
    found.extend(_english_runs(text, taken))
    found += _half_of_one(text, [(n.start, n.end) for n in found])
    found = _vulgar_fractions(text, found)
    found.sort(key=lambda n: n.start)
    found = _spoken_pairs(text, found)
    out = [_odd_digits(text, _in_name_context(text, _mark_percent(text, norm, _and_a_half(text, n)))) for n in found]
    out = _restated(text, out)
    out = _by_convention(text, out)
    return out if include_flagged else [n for n in out if n.usable]


#: dictated digits around the word "point" ("2 point 5"): one decimal, read as 2 and 5 before (the 5 taken)
_POINT_WORD = re.compile(r"\s+point\s+", re.IGNORECASE)
#: the gap between two number words said as one price ("one fifty", "two-fifty")
_WORD_PAIR_GAP = re.compile(r"[ -]")


def _spoken_pairs(text: str, found: list[NumberMatch]) -> list[NumberMatch]:
    """Two numbers dictated as one. "2 point 5" is 2.5. "one fifty" / "two-fifty" is the colloquial 150 / 250, or
    two numbers: never 50 read alone as the amount (it was, silently): one number that is asked, quoting both."""
    out: list[NumberMatch] = []
    for n in found:
        prev = out[-1] if out else None
        if prev is not None and _digits_point(text, prev, n):
            out[-1] = replace(prev, value=Decimal(f"{prev.text}.{n.text}"), end=n.end, text=text[prev.start : n.end])
            continue
        if prev is not None and _price_pair(text, prev, n):
            words = text[prev.start : n.end]
            out[-1] = replace(
                prev,
                end=n.end,
                text=words,
                error=f"{words!r} may be {prev.value * 100 + n.value} or two numbers: write it with digits",
            )
            continue
        out.append(n)
    return out


def _digits_point(text: str, a: NumberMatch, b: NumberMatch) -> bool:
    return (
        a.text.isdigit()
        and b.text.isdigit()
        and not a.percent
        and _POINT_WORD.fullmatch(text, a.end, b.start) is not None
    )


def _price_pair(text: str, a: NumberMatch, b: NumberMatch) -> bool:
    """ "one fifty": a single number word from one to nine, then one from ten to ninety-nine, nothing between."""
    return (
        a.form == "words"
        and b.form == "words"
        and a.text.isalpha()
        and 1 <= a.value <= 9
        and 10 <= b.value <= 99
        and b.value == b.value.to_integral_value()
        and _WORD_PAIR_GAP.fullmatch(text, a.end, b.start) is not None
    )


#: "12,5%", "62,5 %": a comma before one or two digits and a percent sign is a decimal comma (a thousands comma
#: groups three digits, and no one writes a slip for 125% that way)
_COMMA_PERCENT = re.compile(r"^\d{1,3},\d{1,2}\s*[%％]$")
#: a single dot before three digits (10.000, 1.500): a decimal point or a thousands dot, as the context says
_DOT_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
#: currencies whose countries write a dot between thousands (R$ 10.000, Rp 1.500.000)
_DOT_THOUSANDS_CURRENCY = re.compile(r"(?:R\$|Rp\.?|COP\s?\$?|ARS\s?\$?|CLP\s?\$?)\s*$")
#: an unambiguous decimal comma elsewhere in the text: 10.000,50 or 2,75 with a percent sign
_EUROPEAN = re.compile(r"\d\.\d{3},\d{1,2}(?!\d)|(?<![\d.,])\d{1,3},\d{1,2}\s*[%％]")
#: an unambiguous decimal point or thousands comma elsewhere: 0.5, 2.75, 1,200 (the other convention)
_ANGLO = re.compile(r"(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d.,])|(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])")


def _by_convention(text: str, found: list[NumberMatch]) -> list[NumberMatch]:
    """Separators the context settles: a decimal comma before a percent sign ("62,5 %" is 62.5), and thousands
    dots ("10.000") after a currency written that way (R$, Rp) or in a text whose other numbers use a decimal
    comma ("10.000 USDC, juros de 12,5%") and none a decimal point. A lone "1.500" stays a question."""
    european: bool | None = None
    out = []
    for n in found:
        if n.readings and len(n.readings) == 2 and n.percent and _COMMA_PERCENT.match(n.text):
            n = replace(n, value=min(n.readings), readings=())
        elif n.readings and n.form == "ambiguous" and _DOT_GROUPED.match(n.text):
            if european is None:
                european = bool(_EUROPEAN.search(text)) and not _ANGLO.search(text)
            if european or _DOT_THOUSANDS_CURRENCY.search(text, 0, n.start):
                n = replace(n, value=max(n.readings), readings=(), form="grouped")
        out.append(n)
    return out


#: "ten thousand (10,000)", "ninety (90) days", "贰拾万（200,000）": a number and its restatement in brackets
_RESTATE_GAP = re.compile(r"\s*[(（]\s*$")
_RESTATE_END = re.compile(r"\s*[)）]")


def _spelled(n: NumberMatch) -> bool:
    """Written without a digit ("ninety", "贰拾万", "four and one-half percent")."""
    return not _HAS_DIGIT.search(normalize_digits(n.text))


def _restated(text: str, found: list[NumberMatch]) -> list[NumberMatch]:
    """A number written out in words and again in digits in brackets (the legal "ninety (90) days") is one number:
    the bracket restates it, so it is neither a second value nor unaccounted, and "(90) days" is still a length.
    When the two differ ("ten (100)"), which one is meant is asked."""
    out: list[NumberMatch] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        close = _RESTATE_END.match(text, b.end) if b is not None else None
        if (
            b is None
            or close is None
            or not _RESTATE_GAP.fullmatch(text, a.end, b.start)
            or a.percent != b.percent
            or a.ignored
            or b.ignored
            or _spelled(a) == _spelled(b)
        ):
            out.append(a)
            i += 1
            continue
        words = text[a.start : close.end()]
        if a.usable and b.usable and a.value == b.value:
            out.append(_replace(a, end=close.end(), text=words, note=f"{words!r}: the bracket restates the number"))
        else:
            out.append(_replace(a, end=close.end(), text=words, error=f"{words!r} gives two different numbers"))
        i += 2
    return out


#: "half an ETH", "half a bitcoin", "半个 ETH", "半个以太坊": half of one unit of a currency is 0.5 of it (the number
#: is "half an" / "半个", so the token after it still counts it); never "half a year" (a length) or "half the tokens"
_HALF_OF_ONE = re.compile(
    r"(?<![A-Za-z])(?i:half\s+an?)(?=\s+(?:[A-Z][A-Z0-9]{1,5}\b|(?i:eth|ether|bitcoin|btc|coin|token)\b))"
    r"|半个(?=\s*(?:[A-Z][A-Z0-9]{1,5}\b|以太坊?|比特币|币|代币))"
)


def _half_of_one(text: str, taken: list[tuple[int, int]]) -> list[NumberMatch]:
    out: list[NumberMatch] = []
    for m in _HALF_OF_ONE.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            out.append(
                NumberMatch(
                    Decimal("0.5"), m.start(), m.end(), m.group(0), form="words", note=f"{m.group(0)!r} read as 0.5"
                )
            )
    return out


#: "½", "¼", "¾", "⅓", "⅛"...: one character that is a fraction (U+2150-215E and the Latin-1 three)
_VULGAR = re.compile("[\u00bc-\u00be\u2150-\u215e]")


def _vulgar_fractions(text: str, found: list[NumberMatch]) -> list[NumberMatch]:
    """``½`` is 0.5 and ``1½`` is 1.5 (reading only the ``1`` gave 1 where the user said one and a half); a
    fraction with no exact decimal (``⅓``) or one touching a number that is not plain digits says so, never a
    value."""
    out = list(found)
    for m in _VULGAR.finditer(text):
        frac = Fraction(unicodedata.numeric(m.group(0))).limit_denominator(10)
        whole = next((n for n in out if n.end == m.start() and n.start < m.start()), None)
        start = whole.start if whole is not None else m.start()
        words = text[start : m.end()]
        exact = _to_decimal(frac)
        if whole is not None:
            out.remove(whole)
            plain = whole.usable and not whole.percent and whole.form == "digits" and whole.value == whole.value // 1
            if exact is None or not plain:
                out.append(
                    NumberMatch(
                        Decimal(0), start, m.end(), words, form="fraction", error=f"{words!r} is no exact number"
                    )
                )
                continue
            value = -(abs(whole.value) + exact) if whole.negative else whole.value + exact
            out.append(
                NumberMatch(
                    value,
                    start,
                    m.end(),
                    words,
                    negative=whole.negative,
                    form="fraction",
                    note=f"{words!r} read as {value}",
                )
            )
        elif exact is None:
            out.append(
                NumberMatch(
                    Decimal(0), start, m.end(), words, form="fraction", error=f"{words!r} has no exact decimal value"
                )
            )
        else:
            out.append(NumberMatch(exact, start, m.end(), words, form="fraction", note=f"{words!r} read as {exact}"))
    return out


def _is_odd_digit(ch: str) -> bool:
    """A digit that is no decimal digit ("²", "①", "⁵"): ``str.isdigit`` accepts it, ``int`` does not."""
    return unicodedata.digit(ch, None) is not None and unicodedata.decimal(ch, None) is None


def _odd_digits(text: str, n: NumberMatch) -> NumberMatch:
    """ "5²" or "²5" is not 5: a number touching a superscript or circled digit has no value the grammar reads."""
    if not n.usable:
        return n
    around = text[n.start - 1 : n.start] + text[n.end : n.end + 1]
    if any(_is_odd_digit(ch) for ch in around):
        return _replace(n, error=f"{text[max(0, n.start - 1) : n.end + 1]!r} has a digit that is not a decimal digit")
    return n


_AND_A_HALF = re.compile(r"\s?个半")


def _and_a_half(text: str, n: NumberMatch) -> NumberMatch:
    """``一个半`` / ``两个半`` / ``1个半`` is N and a half: the measure word and 半 belong to the number (reading only
    the ``一`` gave 1 where the user said 1.5)."""
    if n.percent or n.ignored or n.error or n.readings:
        return n
    m = _AND_A_HALF.match(text, n.end)
    if m is None:
        return n
    value = -(abs(n.value) + Decimal("0.5")) if n.negative else n.value + Decimal("0.5")
    return _replace(
        n, value=value, end=m.end(), text=text[n.start : m.end()], note=f"'{text[n.start : m.end()]}' read as {value}"
    )


def _mark_percent(text: str, norm: str, n: NumberMatch) -> NumberMatch:
    if n.ignored:
        return n
    before = text[max(0, n.start - 4) : n.start].rstrip()
    for prefix, div in (("百分之", 1), ("千分之", 10), ("万分之", 100)):
        if before.endswith(prefix):
            start = text.rfind(prefix, 0, n.start)
            return _replace(
                n,
                value=clean_decimal(n.value / div),
                start=start,
                text=text[start : n.end],
                percent=True,
                form="percent",
            )
    after = _PERCENT_AFTER.match(norm, n.end)
    if after:
        end = after.end()
        value, note = n.value, None
        if after.group("bps"):
            value, note = clean_decimal(n.value / 100), "basis points: 100 bps = 1%"
        elif after.group("mille"):
            value, note = clean_decimal(n.value / 10), "per mille: 10‰ = 1%"
        elif "点" in after.group("pct"):
            note = "个点 read as percentage points"
        readings = tuple(clean_decimal(r * value / n.value) for r in n.readings) if n.value else n.readings
        return _replace(
            n,
            value=value,
            end=end,
            text=text[n.start : end],
            percent=True,
            form="percent",
            note=note,
            readings=readings,
        )
    if n.form in ("zh", "digits"):
        ratio = _ZH_RATIO_AFTER.match(text, n.end)
        if ratio and ratio.group("cheng") and n.value <= 10:
            return _replace(
                n,
                value=clean_decimal(n.value * 10),
                end=ratio.end(),
                text=text[n.start : ratio.end()],
                percent=True,
                form="percent",
                note="成 = tenths: 三成 = 30%",
            )
        if ratio and ratio.group("zhe") and 0 < n.value < 100:
            # 八折 = 80% of the price, 8.5折 = 85%, 十折 = 100%; 八五折 reads digit by digit as 85 already
            v = n.value * 10 if n.value <= 10 else n.value
            return _replace(
                n,
                value=clean_decimal(v),
                end=ratio.end(),
                text=text[n.start : ratio.end()],
                percent=True,
                form="percent",
                note=f"{text[n.start : ratio.end()]} = pay {clean_decimal(v)}% of the price "
                f"({clean_decimal(100 - v)}% off)",
            )
    return n


def _in_name_context(text: str, n: NumberMatch) -> NumberMatch:
    """A year in a product name (``Expo 2025 token``) or a number inside a quoted name is not an amount."""
    if not n.usable or n.percent or n.form not in ("digits", "grouped"):
        return n
    for q in _QUOTED.finditer(text):
        if (
            q.start("inner") <= n.start
            and n.end <= q.end("inner")
            and re.search(r"[A-Za-z\u4e00-\u9fff]", q.group("inner"))
        ):
            return _replace(n, ignored=f"inside the quoted name {q.group(0)!r}")
    year = normalize_digits(n.text)
    if len(year) == 4 and year.isascii() and year.isdigit() and 1900 <= int(year) <= 2199:
        prev = re.search(r"(?:^|\s)([A-Z][A-Za-z]*)\s$", text[max(0, n.start - 30) : n.start])
        after = text[n.end : n.end + 12]
        if (
            prev
            and prev.group(1) not in _NOT_NAME_WORDS
            and text[: n.start].strip().find(" ") != -1
            and not re.match(r"\s*(?:[A-Z]{2,6}\b|[$€¥]|个|枚|年|tokens\b|coins\b|units\b|shares\b)", after)
        ):
            return _replace(n, ignored=f"the year in the name {prev.group(1) + ' ' + n.text!r}, not an amount")
    return n


def _replace(n: NumberMatch, **changes: object) -> NumberMatch:
    from dataclasses import replace

    return replace(n, **changes)  # type: ignore[arg-type]


def number_question(n: NumberMatch, lang: str = "en") -> str | None:
    """The question to ask about a flagged number, in the user's language (None for a usable or ignored one)."""
    zh = lang == "zh"
    if n.readings:
        options = [f"{r:f}" for r in n.readings]
        if len(options) == 1:
            return (
                f"“{n.text}”是指 {options[0]} 吗？请不用分隔符写出数字。"
                if zh
                else f"By {n.text!r} do you mean {options[0]}? Please write it without separators."
            )
        return (
            f"“{n.text}”可以理解为 {' 或 '.join(options)}，您指的是哪一个？"
            if zh
            else f"{n.text!r} can be read as {' or '.join(options)}: which one do you mean?"
        )
    if n.error:
        return (
            f"“{n.text}”不是一个确切的数值，请用数字写出确切的数额。"
            if zh
            else f"{n.text!r} is not an exact amount: how much exactly? Please write it with digits."
        )
    return None


# -- one whole string ----------------------------------------------------------------------------------------------
def _one(text: str, *, percent: bool) -> NumberMatch:
    raw = text.strip()
    matches = find_numbers(raw, include_flagged=True)
    if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(raw) and matches[0].percent == percent:
        n = matches[0]
        if n.readings:
            options = [f"{r:f}" for r in n.readings]
            raise AmbiguousRequest(
                f"{raw!r} can be read as {' or '.join(options)}",
                options,
                hint="write it without separators or with a dot for decimals, e.g. 1.5 or 1500",
            )
        if n.ignored:
            raise InputError(f"{raw!r}: {n.ignored}")
        if n.error:
            raise InputError(n.error, hint="write the exact amount with digits")
        return n
    what = "a percent" if percent else "a number"
    hint = (
        "write it like 5%, 4.5 percent or 百分之五"
        if percent
        else "write a number such as 1500, 1.5k, 1.5 million or 一万五"
    )
    raise InputError(f"{text!r} is not {what}", hint=hint)


def parse_number(text: str) -> Decimal:
    """Read exactly one number (``"1.5 million"``, ``"一万五"``, ``"15k"``, ``"2,000"``, ``"1e-3"``); InputError
    otherwise, ``AmbiguousRequest`` (with the readings as options) for ``1,5`` or ``1.000.000``."""
    raw = text.strip()
    if raw.isascii() and re.fullmatch(r"[-+]?\d+(?:\.\d+)?", raw):
        return Decimal(raw)
    return _one(raw, percent=False).value


def parse_percent(text: str) -> Decimal:
    """Read one percent (``"5%"``, ``"百分之七点五"``, ``"4.5 percent"``, ``"三成"``) -> its number (5 = 5%)."""
    return _one(text, percent=True).value


def parse_amount(text: str) -> tuple[Decimal, str | None]:
    """Read an amount with an optional token: ``"1.5k USDC"`` -> (1500, "USDC"), ``"3 个以太坊"`` -> (3, "ETH"),
    ``"$2,500"`` -> (2500, "USDC"), ``"一万五"`` -> (15000, None). InputError unless exactly one number is given."""
    from ledgerlm.language.tokens import find_tokens

    raw = text.strip()
    numbers = [n for n in find_numbers(raw, include_flagged=True) if not n.percent and not n.ignored]
    if len(numbers) != 1:
        raise InputError(f"{text!r} is not one amount", hint="write it like 1500 USDC, 1.5k USDC or 3 个以太坊")
    n = numbers[0]
    if n.readings:
        options = [f"{r:f}" for r in n.readings]
        raise AmbiguousRequest(
            f"{n.text!r} in {raw!r} can be read as {' or '.join(options)}",
            options,
            hint="write it without separators or with a dot for decimals, e.g. 1.5 or 1500",
        )
    if n.error:
        raise InputError(n.error, hint="write the exact amount with digits")
    tokens = find_tokens(raw)
    leftover = raw[: n.start] + " " + raw[n.end :]
    for t in tokens:
        leftover = leftover.replace(t.text, " ")
    if re.sub(r"[\s个枚颗块份of]+", "", leftover):
        raise InputError(f"{text!r} is not one amount", hint="write it like 1500 USDC, 1.5k USDC or 3 个以太坊")
    return n.value, (tokens[0].symbol if tokens else None)
