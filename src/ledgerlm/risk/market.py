"""Per-token market figures: price, changes, annualised volatility, drawdowns and one-day value-at-risk."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import numpy as np
from pydantic import BaseModel

from ledgerlm.risk.prices import PriceSeries, series

TRADING_DAYS = 365  # crypto trades every day
Z = {0.95: 1.6448536269514722, 0.99: 2.3263478740408408}


class TokenRisk(BaseModel):
    symbol: str
    as_of: str
    price_usd: Decimal
    change_7d_pct: float
    change_30d_pct: float
    volatility_annual_pct: float
    max_drawdown_window_pct: float
    max_drawdown_all_time_pct: float
    var_1d_95_pct_historical: float
    var_1d_99_pct_historical: float
    var_1d_95_pct_parametric: float
    var_1d_99_pct_parametric: float
    window_days: int
    assumed_peg: bool = False


def change_pct(closes: np.ndarray, days: int) -> float:
    if len(closes) <= days:
        return float("nan")
    return float((closes[-1] / closes[-1 - days] - 1) * 100)


def annual_volatility_pct(log_returns: np.ndarray) -> float:
    if len(log_returns) < 2:
        return 0.0
    return float(np.std(log_returns, ddof=1) * np.sqrt(TRADING_DAYS) * 100)


def max_drawdown_pct(closes: np.ndarray) -> float:
    """The largest fall from a running peak, as a positive percent."""
    if len(closes) == 0:
        return 0.0
    peaks = np.maximum.accumulate(closes)
    return float(np.max((peaks - closes) / peaks) * 100)


def historical_var_pct(log_returns: np.ndarray, confidence: float) -> float:
    """Loss (positive percent of value) not exceeded on ``confidence`` of days, from observed returns."""
    if len(log_returns) == 0:
        return 0.0
    simple = np.expm1(log_returns)
    return float(max(0.0, -np.quantile(simple, 1 - confidence)) * 100)


def parametric_var_pct(log_returns: np.ndarray, confidence: float) -> float:
    """Variance-covariance (normal) VaR of one day, as a positive percent."""
    if len(log_returns) < 2:
        return 0.0
    mu, sigma = float(np.mean(log_returns)), float(np.std(log_returns, ddof=1))
    return float(max(0.0, -np.expm1(mu - Z[confidence] * sigma)) * 100)


def token_report(symbol: str, as_of: date | str | None = None, window_days: int = 365) -> TokenRisk:
    full: PriceSeries = series(symbol).upto(as_of)
    closes = full.closes[-(window_days + 1) :]
    rets = np.diff(np.log(closes))
    return TokenRisk(
        symbol=full.symbol,
        as_of=full.last_date,
        price_usd=full.last_price,
        change_7d_pct=round(change_pct(full.closes, 7), 4),
        change_30d_pct=round(change_pct(full.closes, 30), 4),
        volatility_annual_pct=round(annual_volatility_pct(rets), 4),
        max_drawdown_window_pct=round(max_drawdown_pct(closes), 4),
        max_drawdown_all_time_pct=round(max_drawdown_pct(full.closes), 4),
        var_1d_95_pct_historical=round(historical_var_pct(rets, 0.95), 4),
        var_1d_99_pct_historical=round(historical_var_pct(rets, 0.99), 4),
        var_1d_95_pct_parametric=round(parametric_var_pct(rets, 0.95), 4),
        var_1d_99_pct_parametric=round(parametric_var_pct(rets, 0.99), 4),
        window_days=len(rets),
        assumed_peg=full.assumed_peg,
    )
