"""The one conversion module (``ledgerlm.units``) fed by the number grammar: what the user wrote either
becomes exactly the base units the chain holds, or an error that quotes the user's own words."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledgerlm import units
from ledgerlm.defi import units as defi_units
from ledgerlm.errors import SpecError
from ledgerlm.language.numbers import find_numbers


def _amount(text: str) -> tuple[Decimal, str]:
    [n] = find_numbers(text)
    return n.value, n.text


@pytest.mark.parametrize(
    ("text", "decimals", "base"),
    [
        ("1e-3", 18, 10**15),
        ("2.5e2", 6, 250_000_000),
        ("half a million", 18, 5 * 10**23),
        ("1_000", 0, 1000),
        ("10^3", 6, 10**9),
        ("两千五百万", 6, 25 * 10**12),
        ("１２３", 2, 12300),
        ("0.000001", 6, 1),
        ("115792089237316195423570985008687907853269984665640564039457584007913129639935", 0, 2**256 - 1),
    ],
)
def test_text_to_base_units(text: str, decimals: int, base: int) -> None:
    value, raw = _amount(text)
    assert units.to_base_units(value, decimals, text=raw) == base


@pytest.mark.parametrize(
    ("text", "decimals", "needle"),
    [
        ("1e400", 18, "uint256"),  # never 1
        ("12345678901234567890123456789012345678901234567890123456789012345678901234567890", 0, "uint256"),
        ("115792089237316195423570985008687907853269984665640564039457584007913129639936", 0, "uint256"),
        ("1", 78, "uint256"),
        ("0.123456789012345678901234567891", 18, "30 decimal places"),
        ("\u22125", 18, "negative"),
        ("0.0000001", 6, "7 decimal places"),
    ],
)
def test_refusals_quote_the_users_words(text: str, decimals: int, needle: str) -> None:
    value, raw = _amount(text)
    with pytest.raises(SpecError) as info:
        units.to_base_units(value, decimals, field="amount", text=raw)
    assert needle in info.value.message and repr(raw) in info.value.message
    assert info.value.field == "amount"


def test_too_many_decimals_quotes_every_digit_never_rounded() -> None:
    value = Decimal("0.123456789012345678901234567891")
    with pytest.raises(SpecError) as info:
        units.to_base_units(value, 18)
    assert "0.123456789012345678901234567891" in info.value.message


def test_unknown_decimals_are_never_assumed() -> None:
    for bad in (None, -1, 256, True, "18"):
        with pytest.raises(SpecError, match="never assumed"):
            units.to_base_units(Decimal(1), bad)  # type: ignore[arg-type]


def test_zero_where_not_allowed_and_chinese_messages() -> None:
    with pytest.raises(SpecError, match="zero"):
        units.to_base_units(Decimal(0), 6, text="0 USDC", allow_zero=False)
    assert units.to_base_units(Decimal(0), 6) == 0
    with pytest.raises(SpecError, match="负数"):
        units.to_base_units(Decimal(-1), 6, text="负1个USDC")
    with pytest.raises(SpecError, match="小数"):
        units.to_base_units(Decimal("0.0000001"), 6, text="0.0000001 个 USDC")


def test_durations_to_seconds_refuse_what_a_contract_cannot_hold() -> None:
    assert units.days_to_seconds(Decimal(90)) == 90 * 86_400
    assert units.months_to_seconds(Decimal("1.5")) == 45 * 86_400
    with pytest.raises(SpecError, match="negative"):
        units.days_to_seconds(Decimal(-1), text="-1 days")
    with pytest.raises(SpecError, match="uint256"):
        units.days_to_seconds(Decimal("1e80"), text="1e80 days")
    with pytest.raises(SpecError, match="whole seconds"):
        units.days_to_seconds(Decimal("0.0000001"))


def test_defi_units_delegate_to_the_one_module() -> None:
    assert defi_units.MAX_UINT256 == units.MAX_UINT256 == 2**256 - 1
    with pytest.raises(SpecError, match="uint256"):
        defi_units.to_base(Decimal("1e400"), 18)
    assert defi_units.to_base_floor(Decimal("12345678901234567890123456789.123"), 2) == 1234567890123456789012345678912


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=2**256 - 1), st.integers(min_value=0, max_value=30))
def test_base_units_round_trip_exactly_across_the_whole_uint256_range(base: int, decimals: int) -> None:
    value = units.from_base_units(base, decimals)
    assert units.to_base_units(value, decimals) == base
