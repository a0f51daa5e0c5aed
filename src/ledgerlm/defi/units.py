"""DeFi-side unit helpers: parsing user amounts, oracle/WAD scales. The token-unit <-> base-unit conversion itself is
``ledgerlm.units`` (the one place: unknown decimals, negatives, too many places and values above uint256
are refused there); this module only adapts it for the devnet's callers and re-exports ``MAX_UINT256``.

API: ``to_decimal``, ``to_base`` (refusing), ``to_base_floor`` (rounding down, for derived figures only),
``from_base``, ``price_to_base``/``price_from_base`` (8-decimal oracle prices), ``wad_to_decimal``."""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal, InvalidOperation, localcontext

from ledgerlm import units as contract_units
from ledgerlm.errors import InputError
from ledgerlm.units import EXACT, MAX_UINT256

__all__ = [
    "MAX_UINT256",
    "PRICE_DECIMALS",
    "WAD",
    "from_base",
    "price_from_base",
    "price_to_base",
    "to_base",
    "to_base_floor",
    "to_decimal",
    "wad_to_decimal",
]

#: Decimals of every oracle price (Chainlink convention).
PRICE_DECIMALS = 8
#: 1e18 fixed point used by the lending pool for USD values and the health factor.
WAD = 10**18


def to_decimal(amount: Decimal | int | float | str, what: str = "amount") -> Decimal:
    """Parse a user-supplied amount; floats go through ``str`` so 0.1 stays 0.1."""
    try:
        value = Decimal(str(amount)) if not isinstance(amount, Decimal) else amount
    except (InvalidOperation, ValueError):
        raise InputError(f"{what} {amount!r} is not a number", hint="write it like 1.5 or 1000") from None
    if not value.is_finite():
        raise InputError(f"{what} must be a finite number, got {amount!r}")
    return value


def to_base(amount: Decimal | int | float | str, decimals: int, *, what: str = "amount") -> int:
    """Token units -> base units. Refuses negatives and more precision than the token has, instead of rounding
    someone's money silently."""
    return contract_units.to_base_units(to_decimal(amount, what), decimals, field=what)


def to_base_floor(amount: Decimal, decimals: int) -> int:
    """Token units -> base units rounding down (for derived figures such as a minimum output)."""
    with localcontext(EXACT):
        base = int(amount.scaleb(decimals).to_integral_value(rounding=ROUND_DOWN))
    contract_units.check_uint256(base, "amount")
    return base


def from_base(amount: int, decimals: int) -> Decimal:
    """Base units -> token units, exact."""
    return contract_units.from_base_units(int(amount), decimals)


def price_to_base(price_usd: Decimal | float | str) -> int:
    """A USD price -> the oracle's 8-decimal integer (rounded down to 1e-8)."""
    return to_base_floor(to_decimal(price_usd, "price"), PRICE_DECIMALS)


def price_from_base(price: int) -> Decimal:
    return from_base(price, PRICE_DECIMALS)


def wad_to_decimal(value: int) -> Decimal:
    return from_base(value, 18)
