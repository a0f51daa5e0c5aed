"""The daily price series that seeds and replays the devnet oracle: the project's one shipped series
(``ledgerlm.risk.prices``), restricted to the days on which every devnet token has a price."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

from ledgerlm.errors import InputError

#: Which series column prices each devnet token; DAI has no series in the source data and is pinned to 1 USD.
SERIES_FOR_TOKEN: dict[str, str | None] = {"WETH": "ETH", "USDC": "USDC", "USDT": "USDT", "DAI": None}
PINNED_USD = Decimal(1)


@dataclass(frozen=True)
class PricePoint:
    """One day's USD close per devnet token."""

    day: date
    usd: dict[str, Decimal]


@lru_cache(maxsize=1)
def load_series() -> tuple[PricePoint, ...]:
    """All days, oldest first."""
    from ledgerlm.risk.prices import daily_table

    dates, columns = daily_table()
    points = []
    for i, day in enumerate(dates):
        closes = {token: columns[column][i] for token, column in SERIES_FOR_TOKEN.items() if column}
        if any(math.isnan(v) for v in closes.values()):
            continue
        usd = {
            token: Decimal(repr(float(closes[token]))) if column else PINNED_USD
            for token, column in SERIES_FOR_TOKEN.items()
        }
        points.append(PricePoint(date.fromisoformat(str(day)), usd))
    return tuple(points)


def latest() -> PricePoint:
    return load_series()[-1]


def window(start: date | str | None = None, days: int | None = None) -> list[PricePoint]:
    """``days`` consecutive points from ``start`` (default: the last ``days`` of the series)."""
    series = load_series()
    first, last = series[0].day, series[-1].day
    if days is not None and days < 1:
        raise InputError(f"days must be at least 1, got {days}")
    if start is None:
        return list(series[-days:] if days else series)
    if isinstance(start, str):
        try:
            start = date.fromisoformat(start)
        except ValueError:
            raise InputError(f"{start!r} is not a date", hint="use YYYY-MM-DD, e.g. 2022-05-01") from None
    if not first <= start <= last:
        raise InputError(f"{start} is outside the shipped series", hint=f"pick a date from {first} to {last}")
    index = next(i for i, p in enumerate(series) if p.day >= start)
    return list(series[index : index + days] if days else series[index:])
