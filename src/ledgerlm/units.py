"""The one place where human units become contract units.

Every plugin, the assistant's planner and the DeFi devnet convert through here, so that a spec means the same thing
in every contract and in every Python reference model. API:

- ``to_base_units(amount, decimals, *, field, text=None, allow_zero=True, lang=None)``: token units -> integer base
  units (wei for ETH). ``decimals`` must be given (``None`` raises: decimals are never assumed, never 18 by
  default). Refuses, with a ``SpecError`` that quotes the user's own words (``text``) or every digit of the value
  (never rounded first): negative values, zero where not allowed, more decimal places than the token has, and
  anything above ``MAX_UINT256`` in base units.
- ``from_base_units(amount, decimals)``: exact inverse.
- ``months_to_seconds``/``days_to_seconds``: durations (1 month = 30 days) -> whole seconds, same refusals.
- ``pct_to_bps``/``bps_to_pct``: percent <-> basis points; ``seconds_to_days`` for display.
- ``check_uint256(value, field, text=None)``: the range check on its own.

Decimal only (computed in a 5000-digit context, so an 80-digit supply is compared exactly), never float; values
finer than the target unit are refused instead of silently rounded, so the chain never holds a number the user did
not say. Messages come in the user's language (``lang``, else guessed from ``text``: any CJK character -> zh).
"""

from __future__ import annotations

import re
from decimal import Context, Decimal, InvalidOperation, Overflow, localcontext

from ledgerlm.errors import SpecError
from ledgerlm.i18n import LANGS, Catalogue

__all__ = [
    "BPS",
    "DAY_SECONDS",
    "MAX_UINT256",
    "MONTH_SECONDS",
    "YEAR_SECONDS",
    "bps_to_pct",
    "check_uint256",
    "days_to_seconds",
    "from_base_units",
    "months_to_seconds",
    "pct_to_bps",
    "seconds_to_days",
    "to_base_units",
]

DAY_SECONDS = 86_400
#: A month is 30 days everywhere in ledgerlm (contracts and references alike).
MONTH_SECONDS = 30 * DAY_SECONDS
#: Interest accrues on a 360-day year (30/360 convention), so 12 months at 5% is exactly 5%.
YEAR_SECONDS = 12 * MONTH_SECONDS
#: 100% = 10_000 basis points.
BPS = 10_000
#: The largest value a Solidity ``uint256`` holds.
MAX_UINT256 = 2**256 - 1
#: Wide enough that every value a uint256 holds, times any scale, stays exact (same as ``language.numbers.EXACT``).
EXACT = Context(
    prec=5000, Emax=999_999_999_999_999_999, Emin=-999_999_999_999_999_999, traps=[InvalidOperation, Overflow]
)

#: Every refusal in both languages (a base-layer module, so its catalogue lives here rather than in an area).
MESSAGES = Catalogue(
    "units",
    {
        "no_decimals": {
            "en": "the number of decimals of the token is unknown; it is never assumed",
            "zh": "代币的小数位数未知；系统从不假定小数位数",
        },
        "no_decimals_hint": {
            "en": "name a token with known decimals, or give them explicitly",
            "zh": "请使用小数位数已知的代币，或明确给出小数位数",
        },
        "not_finite": {"en": "{q} is not a finite number", "zh": "{q} 不是有限的数字"},
        "negative": {"en": "{q} is negative; it must not be", "zh": "{q} 是负数，不允许为负"},
        "zero": {"en": "{q} is zero; it must be more than zero", "zh": "{q} 为零，必须大于零"},
        "too_fine": {
            "en": "{q} has {places} decimal places, more than the {decimals} the token has",
            "zh": "{q} 有 {places} 位小数，超过了该代币的 {decimals} 位小数",
        },
        "too_fine_hint": {"en": "write it with at most {decimals} decimal places", "zh": "请最多写 {decimals} 位小数"},
        "too_large": {
            "en": "{q} is too large: {what} it is above the largest value a uint256 can hold (2^256 - 1)",
            "zh": "{q} 太大：{what}超过了 uint256 能容纳的最大值 (2^256 - 1)",
        },
        "too_large_hint": {
            "en": "check the amount; nothing was rounded or truncated",
            "zh": "请检查数值；系统没有四舍五入或截断",
        },
        "finer": {
            "en": "{q} is finer than the contract can hold (whole {unit})",
            "zh": "{q} 比合约能表示的单位更细（整数{unit}）",
        },
        "finer_hint": {"en": "round {field} to a whole number of {unit}", "zh": "请把 {field} 取整到整数{unit}"},
        "in_base_units": {"en": "in base units", "zh": "在基础单位下"},
        "unit_seconds": {"en": "seconds", "zh": "秒"},
        "unit_basis_points": {"en": "basis points", "zh": "基点"},
    },
)
#: The message naming each unit a whole number is asked in.
_UNIT_IDS = {"seconds": "unit_seconds", "basis points": "unit_basis_points"}


def _lang(text: str | None, lang: str | None) -> str:
    if lang in LANGS:
        return lang
    return "zh" if text and re.search(r"[\u3400-\u9fff]", text) else "en"


def _msg(key: str, lang: str, **kw: object) -> str:
    return MESSAGES.say(key, lang, **kw)


def _quote(value: Decimal, text: str | None) -> str:
    """The user's own words when known, else every digit of the value as given (never rounded)."""
    if text is not None and text.strip():
        return repr(text.strip())
    try:
        return format(value, "f") if abs(value.adjusted()) < 200 else str(value)
    except (InvalidOperation, ValueError):
        return str(value)


def _places(value: Decimal) -> int:
    """Meaningful decimal places: ``1.50`` has one, trailing zeros do not make a value finer."""
    with localcontext(EXACT):
        exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def check_uint256(
    value: int | Decimal, field: str, text: str | None = None, *, lang: str | None = None, what: str = ""
) -> None:
    """Refuse a value a ``uint256`` cannot hold (negative or above 2^256 - 1), quoting ``text``."""
    lg = _lang(text, lang)
    d = Decimal(value)
    if d < 0:
        raise SpecError(field, _msg("negative", lg, q=_quote(d, text)))
    if d > MAX_UINT256:
        raise SpecError(field, _msg("too_large", lg, q=_quote(d, text), what=what), hint=_msg("too_large_hint", lg))


def to_base_units(
    amount: Decimal | int,
    decimals: int | None,
    *,
    field: str = "amount",
    text: str | None = None,
    allow_zero: bool = True,
    lang: str | None = None,
) -> int:
    """Token units -> integer base units (wei for ETH). Refuses unknown decimals, negatives, zero (unless
    allowed), more decimal places than the asset has and anything a uint256 cannot hold, quoting ``text``."""
    lg = _lang(text, lang)
    if decimals is None or isinstance(decimals, bool) or not isinstance(decimals, int) or not 0 <= decimals <= 255:
        raise SpecError(field, _msg("no_decimals", lg), hint=_msg("no_decimals_hint", lg))
    value = Decimal(amount)
    if not value.is_finite():
        raise SpecError(field, _msg("not_finite", lg, q=_quote(value, text)))
    if value < 0:
        raise SpecError(field, _msg("negative", lg, q=_quote(value, text)))
    if value == 0 and not allow_zero:
        raise SpecError(field, _msg("zero", lg, q=_quote(value, text)))
    places = _places(value)
    if places > decimals:
        raise SpecError(
            field,
            _msg("too_fine", lg, q=_quote(value, text), places=places, decimals=decimals),
            hint=_msg("too_fine_hint", lg, decimals=decimals),
        )
    if value.adjusted() + decimals > 80:  # far above 2^256 (78 digits): refuse before computing anything
        raise SpecError(
            field, _msg("too_large", lg, q=_quote(value, text), what=_in_base(lg)), hint=_msg("too_large_hint", lg)
        )
    with localcontext(EXACT):
        scaled = value.scaleb(decimals)
    if scaled > MAX_UINT256:
        raise SpecError(
            field, _msg("too_large", lg, q=_quote(value, text), what=_in_base(lg)), hint=_msg("too_large_hint", lg)
        )
    return int(scaled)


def _in_base(lang: str) -> str:
    return MESSAGES.say("in_base_units", lang)


def from_base_units(amount: int, decimals: int) -> Decimal:
    """Base units -> token units, exact."""
    with localcontext(EXACT):
        return Decimal(int(amount)).scaleb(-int(decimals))


def _whole(field: str, value: Decimal, unit: str, text: str | None, lang: str | None) -> int:
    lg = _lang(text, lang)
    if not value.is_finite():
        raise SpecError(field, _msg("not_finite", lg, q=_quote(value, text)))
    if value < 0:
        raise SpecError(field, _msg("negative", lg, q=_quote(value, text)))
    if value.adjusted() > 80:
        raise SpecError(field, _msg("too_large", lg, q=_quote(value, text), what=""), hint=_msg("too_large_hint", lg))
    with localcontext(EXACT):
        if value != value.to_integral_value():
            u = MESSAGES.say(_UNIT_IDS[unit], lg) if unit in _UNIT_IDS else unit
            raise SpecError(
                field,
                _msg("finer", lg, q=_quote(value, text), unit=u),
                hint=_msg("finer_hint", lg, field=field, unit=u),
            )
        whole = int(value)
    check_uint256(whole, field, text, lang=lang)
    return whole


def months_to_seconds(
    months: Decimal | int, *, field: str = "months", text: str | None = None, lang: str | None = None
) -> int:
    """Months (30 days each) -> seconds; fractions of a month are fine down to the second."""
    with localcontext(EXACT):
        return _whole(field, Decimal(months) * MONTH_SECONDS, "seconds", text, lang)


def days_to_seconds(
    days: Decimal | int, *, field: str = "days", text: str | None = None, lang: str | None = None
) -> int:
    """Days -> whole seconds; refuses negatives, values finer than a second and anything above uint256."""
    with localcontext(EXACT):
        return _whole(field, Decimal(days) * DAY_SECONDS, "seconds", text, lang)


def pct_to_bps(pct: Decimal | int, *, field: str = "percent", text: str | None = None, lang: str | None = None) -> int:
    """Percent -> basis points (5 -> 500). At most two decimal places (0.01% = 1 bps)."""
    with localcontext(EXACT):
        return _whole(field, Decimal(pct) * 100, "basis points", text, lang)


def bps_to_pct(bps: int) -> Decimal:
    return Decimal(bps) / 100


def seconds_to_days(seconds: int) -> str:
    """Seconds as a plain day count for people ("60", "1.5")."""
    with localcontext(EXACT):
        return f"{(Decimal(seconds) / DAY_SECONDS).normalize():f}"
