"""The single conversion module: exact, Decimal only, refuses what the chain cannot hold."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ledgerlm import units
from ledgerlm.errors import SpecError


def test_conversions() -> None:
    assert units.to_base_units(Decimal("1.5"), 18) == 15 * 10**17
    assert units.to_base_units(Decimal("1000"), 6) == 10**9
    assert units.months_to_seconds(Decimal(3)) == 90 * 86_400
    assert units.months_to_seconds(Decimal("0.5")) == 15 * 86_400
    assert units.days_to_seconds(Decimal("1.5")) == 129_600
    assert units.pct_to_bps(Decimal("5")) == 500 and units.pct_to_bps(Decimal("4.25")) == 425
    assert units.YEAR_SECONDS == 12 * units.MONTH_SECONDS == 360 * 86_400
    assert units.seconds_to_days(60 * 86_400) == "60"


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: units.to_base_units(Decimal("0.0000001"), 6, field="principal"), "principal"),
        (lambda: units.to_base_units(Decimal("-1"), 18, field="amount"), "amount"),
        (lambda: units.pct_to_bps(Decimal("5.125"), field="annual_rate_pct"), "annual_rate_pct"),
        (lambda: units.days_to_seconds(Decimal("0.0000001"), field="deadline_days"), "deadline_days"),
    ],
)
def test_values_finer_than_the_contract_are_refused_with_the_field_named(call, field: str) -> None:  # noqa: ANN001
    with pytest.raises(SpecError) as info:
        call()
    assert info.value.field == field


@given(st.decimals(min_value=0, max_value=10**12, places=6, allow_nan=False, allow_infinity=False))
def test_base_units_round_trip(amount: Decimal) -> None:
    assert units.from_base_units(units.to_base_units(amount, 6), 6) == amount
