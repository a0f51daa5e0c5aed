"""Loan health: health factor, liquidation prices and distance to liquidation per collateral (Aave-style).

health factor = sum(collateral value x liquidation threshold) / debt value; below 1 the position can be liquidated.

The thresholds are the lending pool's own collateral factors, read from the same place the devnet lists them
(``ledgerlm.defi.devnet``: WETH 75%, USDC/USDT/DAI 80%), so the figures here match what the pool will do.  A
collateral the pool does not list needs an explicit threshold: guessing one would make a health factor that
looks right and is not.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import cache

from pydantic import BaseModel

from ledgerlm.errors import InputError
from ledgerlm.risk.prices import ALIASES, STABLECOINS, canonical, price, series

THRESHOLD_SOURCE = "ledgerlm.defi.devnet lending-pool collateral factors"


@cache
def pool_thresholds() -> dict[str, Decimal]:
    """Liquidation threshold per asset as the devnet lending pool lists it (ETH and WETH share WETH's)."""
    from ledgerlm.defi.devnet import TOKENS, WETH_COLLATERAL_FACTOR_BPS

    out = {spec.symbol: Decimal(spec.collateral_factor_bps) / 10_000 for spec in TOKENS}
    out["ETH"] = out["WETH"] = Decimal(WETH_COLLATERAL_FACTOR_BPS) / 10_000
    return out


class LoanHealth(BaseModel):
    collateral_usd: Decimal
    debt_usd: Decimal
    health_factor: Decimal | None  # None: no debt
    liquidatable: bool
    #: How far (percent) all volatile collateral prices may fall together before liquidation.
    distance_to_liquidation_pct: Decimal | None
    #: Price of each volatile collateral at which the position becomes liquidatable, the others unchanged.
    liquidation_price_usd: dict[str, Decimal]
    #: How far (percent) each volatile collateral alone may fall, the others unchanged, before liquidation.
    distance_by_asset_pct: dict[str, Decimal] = {}
    prices_usd: dict[str, Decimal] = {}
    thresholds: dict[str, Decimal] = {}
    threshold_source: str = THRESHOLD_SOURCE
    as_of: str | None = None  # date of the shipped prices used (None when every price was given)
    price_source: str = "shipped daily series (ledgerlm/risk/data/prices.csv)"


def _q(x: Decimal, places: str = "0.0001") -> Decimal:
    return x.quantize(Decimal(places))


def loan_health(
    collateral: dict[str, Decimal],
    debt: dict[str, Decimal],
    *,
    liquidation_thresholds: dict[str, Decimal] | None = None,
    prices: dict[str, Decimal] | None = None,
    as_of: date | str | None = None,
) -> LoanHealth:
    given = {canonical(k): Decimal(v) for k, v in (liquidation_thresholds or {}).items()}
    for name, book in (("collateral", collateral), ("debt", debt)):
        for sym, amount in book.items():
            if amount < 0:
                raise InputError(f"{name} {sym} cannot be negative ({amount})")
    given_prices = {canonical(k): Decimal(v) for k, v in (prices or {}).items()}
    used_series = False

    def px(sym: str) -> Decimal:
        nonlocal used_series
        if sym in given_prices:
            return given_prices[sym]
        used_series = True
        return price(sym, as_of)

    def threshold(sym: str) -> Decimal:
        if sym in given:
            t = given[sym]
        else:
            pool = pool_thresholds()
            if sym not in pool:
                listed = ", ".join(sorted(k for k in pool if k not in ALIASES))
                raise InputError(
                    f"the lending pool does not list {sym} as collateral (it lists {listed}), so there is "
                    f"no liquidation threshold to use",
                    hint=f"pass one, e.g. liquidation_thresholds={{'{sym}': 0.7}} / --threshold {sym}=0.7",
                )
            t = pool[sym]
        if not Decimal(0) < t < Decimal(1):
            raise InputError(f"liquidation threshold for {sym} must be between 0 and 1, got {t}")
        return t

    coll_items = {canonical(s): Decimal(a) for s, a in collateral.items()}
    debt_items = {canonical(s): Decimal(a) for s, a in debt.items()}
    thresholds = {s: threshold(s) for s in coll_items}
    prices_used = {s: px(s) for s in {**coll_items, **debt_items}}
    debt_usd = sum((a * prices_used[s] for s, a in debt_items.items()), Decimal(0))
    weighted = {s: a * prices_used[s] * thresholds[s] for s, a in coll_items.items()}
    collateral_usd = sum((a * prices_used[s] for s, a in coll_items.items()), Decimal(0))
    capacity = sum(weighted.values(), Decimal(0))
    as_of_used = _as_of(list(prices_used), as_of) if used_series else None
    if debt_usd == 0:
        return LoanHealth(
            collateral_usd=_q(collateral_usd, "0.01"),
            debt_usd=Decimal(0),
            health_factor=None,
            liquidatable=False,
            distance_to_liquidation_pct=None,
            liquidation_price_usd={},
            prices_usd=prices_used,
            thresholds=thresholds,
            as_of=as_of_used,
        )
    hf = capacity / debt_usd
    volatile = sum((v for s, v in weighted.items() if s not in STABLECOINS), Decimal(0))
    stable = capacity - volatile
    distance = None
    if volatile > 0:
        # common drop d with (stable + volatile*(1-d)) = debt  ->  d = 1 - (debt - stable)/volatile
        distance = max(Decimal(0), (1 - (debt_usd - stable) / volatile)) * 100
    liq_prices: dict[str, Decimal] = {}
    by_asset: dict[str, Decimal] = {}
    for sym, amount in coll_items.items():
        if sym in STABLECOINS or amount == 0 or sym in debt_items:
            continue  # a collateral that is also borrowed moves both sides: no single liquidation price
        others = capacity - weighted[sym]
        liq = max(Decimal(0), (debt_usd - others) / (amount * thresholds[sym]))
        liq_prices[sym] = _q(liq, "0.01")
        by_asset[sym] = _q(max(Decimal(0), (1 - liq / prices_used[sym]) * 100), "0.01")
    return LoanHealth(
        collateral_usd=_q(collateral_usd, "0.01"),
        debt_usd=_q(debt_usd, "0.01"),
        health_factor=_q(hf),
        liquidatable=hf < 1,
        distance_to_liquidation_pct=_q(distance, "0.01") if distance is not None else None,
        liquidation_price_usd=liq_prices,
        distance_by_asset_pct=by_asset,
        prices_usd=prices_used,
        thresholds=thresholds,
        as_of=as_of_used,
    )


def _as_of(symbols: list[str], as_of: date | str | None) -> str:
    """The latest date all the series used are known at (the series are aligned daily closes)."""
    dates = [series(s).upto(as_of).last_date for s in symbols if not series(s).assumed_peg]
    return min(dates) if dates else str(as_of or series("BTC").last_date)


def health_curve(
    collateral: dict[str, Decimal],
    debt: dict[str, Decimal],
    asset: str,
    points: int = 50,
    *,
    liquidation_thresholds: dict[str, Decimal] | None = None,
    prices: dict[str, Decimal] | None = None,
    as_of: date | str | None = None,
) -> tuple[list[Decimal], list[Decimal]]:
    """(prices of ``asset`` from 10% to 150% of today's, health factor at each) for the health-vs-price chart."""
    base = loan_health(collateral, debt, liquidation_thresholds=liquidation_thresholds, prices=prices, as_of=as_of)
    sym = canonical(asset)
    if sym not in base.prices_usd:
        raise InputError(f"{asset} is not in this position")
    now = base.prices_usd[sym]
    xs = [now * Decimal(10 + 140 * i / (points - 1)) / 100 for i in range(points)]
    ys = []
    for x in xs:
        h = loan_health(
            collateral, debt, liquidation_thresholds=liquidation_thresholds, prices={**base.prices_usd, sym: x}
        )
        ys.append(h.health_factor if h.health_factor is not None else Decimal(0))
    return xs, ys
