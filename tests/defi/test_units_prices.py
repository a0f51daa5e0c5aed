import itertools
from datetime import date
from decimal import Decimal

import pytest

from ledgerlm.defi import prices
from ledgerlm.defi.units import from_base, price_to_base, to_base
from ledgerlm.errors import InputError


def test_round_trip_units() -> None:
    assert to_base("1.5", 18) == 1_500_000_000_000_000_000
    assert to_base(Decimal("2.000001"), 6) == 2_000_001
    assert to_base(0.1, 6) == 100_000  # floats go through str
    assert from_base(2_000_001, 6) == Decimal("2.000001")
    assert price_to_base("2084.3171") == 208_431_710_000


@pytest.mark.parametrize("bad", ["-1", "abc", "NaN", "1.0000001"])
def test_bad_amounts_are_refused(bad: str) -> None:
    with pytest.raises(InputError):
        to_base(bad, 6)


def test_series_is_complete_and_daily() -> None:
    series = prices.load_series()
    assert len(series) > 1500
    days = [p.day for p in series]
    assert all((b - a).days == 1 for a, b in itertools.pairwise(days))
    assert set(series[0].usd) == {"WETH", "USDC", "USDT", "DAI"}
    assert series[-1].usd["DAI"] == 1
    # the May 2022 crash is in there: ETH fell by more than half from April to June
    april = prices.window("2022-04-01", 1)[0].usd["WETH"]
    june = prices.window("2022-06-18", 1)[0].usd["WETH"]
    assert june < april / 2


def test_window_validation() -> None:
    assert [p.day for p in prices.window(date(2020, 3, 10), 3)] == [
        date(2020, 3, 10),
        date(2020, 3, 11),
        date(2020, 3, 12),
    ]
    with pytest.raises(InputError, match="outside"):
        prices.window("2010-01-01", 3)
    with pytest.raises(InputError, match="not a date"):
        prices.window("yesterday", 3)
