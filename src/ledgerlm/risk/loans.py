"""Loan health: health factor, distance to liquidation and liquidation prices (Aave-style definitions).

health factor = sum(collateral value x liquidation threshold) / debt value; below 1 the position can be liquidated.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel

from ledgerlm.errors import InputError
from ledgerlm.risk.prices import STABLECOINS, canonical, price

DEFAULT_LIQUIDATION_THRESHOLD = Decimal("0.80")


class LoanHealth(BaseModel):
    collateral_usd: Decimal
    debt_usd: Decimal
    health_factor: Decimal | None  # None: no debt
    liquidatable: bool
    #: How far (percent) all non-stable collateral prices may fall together before liquidation.
    distance_to_liquidation_pct: Decimal | None
    #: Price of each volatile collateral at which the position becomes liquidatable, others unchanged.
    liquidation_price_usd: dict[str, Decimal]


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
    thresholds = {canonical(k): v for k, v in (liquidation_thresholds or {}).items()}
    for name, book in (("collateral", collateral), ("debt", debt)):
        for sym, amount in book.items():
            if amount < 0:
                raise InputError(f"{name} {sym} cannot be negative ({amount})")

    def px(sym: str) -> Decimal:
        if prices and sym in prices:
            return Decimal(prices[sym])
        return price(sym, as_of)

    coll_items = {canonical(s): Decimal(a) for s, a in collateral.items()}
    debt_usd = sum((Decimal(a) * px(canonical(s)) for s, a in debt.items()), Decimal(0))
    weighted = {s: a * px(s) * thresholds.get(s, DEFAULT_LIQUIDATION_THRESHOLD) for s, a in coll_items.items()}
    collateral_usd = sum((a * px(s) for s, a in coll_items.items()), Decimal(0))
    capacity = sum(weighted.values(), Decimal(0))
    if debt_usd == 0:
        return LoanHealth(collateral_usd=_q(collateral_usd, "0.01"), debt_usd=Decimal(0), health_factor=None,
                          liquidatable=False, distance_to_liquidation_pct=None, liquidation_price_usd={})
    hf = capacity / debt_usd
    volatile = sum((v for s, v in weighted.items() if s not in STABLECOINS), Decimal(0))
    stable = capacity - volatile
    distance = None
    if volatile > 0:
        # common drop d with (stable + volatile*(1-d)) = debt  ->  d = 1 - (debt - stable)/volatile
        distance = max(Decimal(0), (1 - (debt_usd - stable) / volatile)) * 100
    liq_prices = {}
    for sym, amount in coll_items.items():
        if sym in STABLECOINS or amount == 0:
            continue
        others = capacity - weighted[sym]
        t = thresholds.get(sym, DEFAULT_LIQUIDATION_THRESHOLD)
        liq_prices[sym] = _q(max(Decimal(0), (debt_usd - others) / (amount * t)), "0.01")
    return LoanHealth(
        collateral_usd=_q(collateral_usd, "0.01"),
        debt_usd=_q(debt_usd, "0.01"),
        health_factor=_q(hf),
        liquidatable=hf < 1,
        distance_to_liquidation_pct=_q(distance, "0.01") if distance is not None else None,
        liquidation_price_usd=liq_prices,
    )
