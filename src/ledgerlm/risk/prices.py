"""The shipped daily price series (``data/prices.csv``) as typed, date-aware look-ups.

Wrapped and bridged assets read their underlying series (WETH -> ETH, WBTC -> BTC). DAI has no series here; it is
priced at its $1 peg and every figure that relies on that says so (``assumed_peg``).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

import numpy as np

from ledgerlm.errors import InputError, NotFound

DATA = Path(__file__).with_name("data") / "prices.csv"
ALIASES = {"WETH": "ETH", "WBTC": "BTC", "BTCB": "BTC", "WBNB": "BNB"}
PEGGED = {"DAI": Decimal(1)}
STABLECOINS = frozenset({"USDC", "USDT", "DAI"})


@dataclass(frozen=True)
class PriceSeries:
    symbol: str
    dates: np.ndarray  # datetime64[D], ascending
    closes: np.ndarray  # float64 US dollars
    assumed_peg: bool = False

    def upto(self, as_of: date | str | None) -> PriceSeries:
        """The series as it was known at the end of ``as_of`` (for replays and reproducible reports)."""
        if as_of is None:
            return self
        cutoff = np.datetime64(str(as_of), "D")
        n = int(np.searchsorted(self.dates, cutoff, side="right"))
        if n == 0:
            raise InputError(f"no {self.symbol} price on or before {as_of}", hint=f"the series starts {self.dates[0]}")
        return PriceSeries(self.symbol, self.dates[:n], self.closes[:n], self.assumed_peg)

    @property
    def last_date(self) -> str:
        return str(self.dates[-1])

    @property
    def last_price(self) -> Decimal:
        return Decimal(repr(float(self.closes[-1])))

    def log_returns(self) -> np.ndarray:
        return np.diff(np.log(self.closes))


@cache
def _table() -> tuple[np.ndarray, dict[str, np.ndarray]]:
    with DATA.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    dates = np.array([r[0] for r in body], dtype="datetime64[D]")
    cols = {sym: np.array([float(r[i]) if r[i] else np.nan for r in body]) for i, sym in enumerate(header) if i}
    return dates, cols


def daily_table() -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """All dates and every symbol's closes (NaN before a series starts): the one shipped price source."""
    return _table()


def known_symbols() -> list[str]:
    return sorted([*_table()[1], *ALIASES, *PEGGED])


def canonical(symbol: str) -> str:
    sym = symbol.strip().upper()
    return ALIASES.get(sym, sym)


def series(symbol: str) -> PriceSeries:
    sym = canonical(symbol)
    dates, cols = _table()
    if sym in cols:
        values = cols[sym]
        keep = ~np.isnan(values)
        return PriceSeries(sym, dates[keep], values[keep])
    if sym in PEGGED:
        return PriceSeries(sym, dates, np.full(len(dates), float(PEGGED[sym])), assumed_peg=True)
    raise NotFound(f"no price series for {symbol!r}", hint=f"known: {', '.join(known_symbols())}")


def price(symbol: str, as_of: date | str | None = None) -> Decimal:
    return series(symbol).upto(as_of).last_price


def joint_returns(symbols: list[str], lookback_days: int, as_of: date | str | None = None) -> np.ndarray:
    """Daily log returns of several assets over their common dates: shape (days, assets)."""
    frames = [series(s).upto(as_of) for s in symbols]
    common = frames[0].dates
    for frame in frames[1:]:
        common = np.intersect1d(common, frame.dates)
    common = common[-(lookback_days + 1) :]
    if len(common) < 3:
        raise InputError("not enough overlapping price history for these assets")
    matrix = np.column_stack([f.closes[np.searchsorted(f.dates, common)] for f in frames])
    return np.diff(np.log(matrix), axis=0)
