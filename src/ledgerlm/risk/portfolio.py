"""Value-at-risk of a portfolio: historical simulation on joint daily returns, and variance-covariance."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import numpy as np
from pydantic import BaseModel

from ledgerlm.errors import InputError
from ledgerlm.risk.market import Z
from ledgerlm.risk.prices import canonical, joint_returns, price, series


class AssetContribution(BaseModel):
    symbol: str
    amount: Decimal
    value_usd: Decimal
    weight_pct: float
    var_contribution_usd: Decimal


class PortfolioVaR(BaseModel):
    as_of: str
    confidence: float
    horizon_days: int
    value_usd: Decimal
    var_historical_usd: Decimal
    var_parametric_usd: Decimal
    contributions: list[AssetContribution]
    lookback_days: int
    notes: list[str] = []


def _usd(x: float) -> Decimal:
    return Decimal(repr(round(float(x), 2)))


def portfolio_var(
    positions: dict[str, Decimal],
    *,
    confidence: float = 0.95,
    horizon_days: int = 1,
    lookback_days: int = 365,
    as_of: date | str | None = None,
) -> PortfolioVaR:
    if confidence not in Z:
        raise InputError(f"confidence must be one of {sorted(Z)}, got {confidence}")
    if horizon_days < 1:
        raise InputError("horizon_days must be at least 1")
    if not positions:
        raise InputError("no positions to assess", hint="give at least one token amount, e.g. ETH=2")
    for sym, amount in positions.items():
        if amount < 0:
            raise InputError(f"{sym}: a position cannot be negative ({amount})")
    symbols = [canonical(s) for s in positions]
    amounts = [Decimal(positions[s]) for s in positions]
    prices = [price(s, as_of) for s in symbols]
    values = np.array([float(a * p) for a, p in zip(amounts, prices, strict=True)])
    total = float(values.sum())
    notes = [f"{s} is priced at its $1 peg (no price series shipped)" for s in symbols if series(s).assumed_peg]
    rets = np.expm1(joint_returns(symbols, lookback_days, as_of))  # simple daily returns, (days, assets)
    pnl = rets @ values  # daily P&L of today's holdings over history
    scale = np.sqrt(horizon_days)
    var_hist = max(0.0, -float(np.quantile(pnl, 1 - confidence))) * scale
    cov = np.cov(rets, rowvar=False, ddof=1) if rets.shape[1] > 1 else np.array([[np.var(rets, ddof=1)]])
    sigma = float(np.sqrt(values @ cov @ values))
    var_param = Z[confidence] * sigma * scale
    marginal = (cov @ values) / sigma if sigma > 0 else np.zeros_like(values)
    contrib = values * marginal * Z[confidence] * scale  # Euler allocation: sums to the parametric VaR
    end = series(symbols[0]).upto(as_of).last_date
    return PortfolioVaR(
        as_of=end,
        confidence=confidence,
        horizon_days=horizon_days,
        value_usd=_usd(total),
        var_historical_usd=_usd(var_hist),
        var_parametric_usd=_usd(var_param),
        contributions=[
            AssetContribution(
                symbol=s,
                amount=a,
                value_usd=_usd(v),
                var_contribution_usd=_usd(c),
                weight_pct=round(v / total * 100, 4) if total else 0.0,
            )
            for s, a, v, c in zip(symbols, amounts, values, contrib, strict=True)
        ],
        lookback_days=int(rets.shape[0]),
        notes=notes,
    )
