"""The one place where human units become contract units.

Every plugin converts through here so that a spec means the same thing in every contract and in every Python
reference model: token units -> base units (by the asset's decimals), months -> seconds (1 month = 30 days),
days -> seconds, percent -> basis points. Decimal only, never float; values finer than the target unit are
refused instead of silently rounded, so the chain never holds a number the user did not say.
"""

from __future__ import annotations

from decimal import Decimal

from ledgerlm.errors import SpecError

DAY_SECONDS = 86_400
#: A month is 30 days everywhere in ledgerlm (contracts and references alike).
MONTH_SECONDS = 30 * DAY_SECONDS
#: Interest accrues on a 360-day year (30/360 convention), so 12 months at 5% is exactly 5%.
YEAR_SECONDS = 12 * MONTH_SECONDS
#: 100% = 10_000 basis points.
BPS = 10_000

def _integral(field: str, value: Decimal, unit: str) -> int:
    if value != value.to_integral_value():
        raise SpecError(field, f"{value} {unit} is finer than the contract can hold",
                        hint=f"round {field} to a whole number of {unit}")
    return int(value)

def to_base_units(amount: Decimal, decimals: int, *, field: str = "amount") -> int:
    """Token units -> integer base units (wei for ETH). Refuses more decimal places than the asset has."""
    if amount < 0:
        raise SpecError(field, f"must not be negative (got {amount})")
    scaled = Decimal(amount) * (Decimal(10) ** decimals)
    if scaled != scaled.to_integral_value():
        raise SpecError(field, f"{amount} has more than {decimals} decimal places",
                        hint=f"the asset has {decimals} decimals; round {field}")
    return int(scaled)

def from_base_units(amount: int, decimals: int) -> Decimal:
    """Base units -> token units, exact."""
    return Decimal(amount) / (Decimal(10) ** decimals)

def months_to_seconds(months: Decimal, *, field: str = "months") -> int:
    """Months (30 days each) -> seconds; fractions of a month are fine down to the second."""
    return _integral(field, Decimal(months) * MONTH_SECONDS, "seconds")

def days_to_seconds(days: Decimal, *, field: str = "days") -> int:
    return _integral(field, Decimal(days) * DAY_SECONDS, "seconds")

def pct_to_bps(pct: Decimal, *, field: str = "percent") -> int:
    """Percent -> basis points (5 -> 500). At most two decimal places (0.01% = 1 bps)."""
    return _integral(field, Decimal(pct) * 100, "basis points")

def bps_to_pct(bps: int) -> Decimal:
    return Decimal(bps) / 100

def seconds_to_days(seconds: int) -> str:
    """Seconds as a plain day count for people ("60", "1.5")."""
    return f"{(Decimal(seconds) / DAY_SECONDS).normalize():f}"
