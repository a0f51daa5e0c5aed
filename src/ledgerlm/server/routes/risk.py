"""Risk: the shipped price series, a token's risk figures, portfolio VaR and loan health (``ledgerlm risk``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field

from ledgerlm.server.routes.deps import out

router = APIRouter(prefix="/v1/risk", tags=["risk"])

Amounts = dict[str, Decimal]


class PortfolioIn(BaseModel):
    positions: Amounts = Field(..., min_length=1, max_length=50)
    confidence: float = Field(0.95, gt=0.5, lt=1)
    horizon_days: int = Field(1, ge=1, le=365)
    as_of: str | None = Field(None, max_length=10)


class LoanIn(BaseModel):
    collateral: Amounts = Field(..., max_length=50)
    debt: Amounts = Field(..., max_length=50)
    as_of: str | None = Field(None, max_length=10)


@router.get("/symbols")
async def symbols() -> Any:
    from ledgerlm.risk.prices import known_symbols

    return known_symbols()


@router.get("/series/{symbol}")
async def series(symbol: str, days: int = 365, window: int = 30) -> Any:
    """Daily closes (last ``days``) and the rolling annualised volatility the core computes over ``window`` days."""
    import numpy as np

    from ledgerlm.risk.market import annual_volatility_pct
    from ledgerlm.risk.prices import series as core_series

    s = core_series(symbol)
    days = max(2, min(days, 5000))
    window = max(5, min(window, 365))
    dates, closes = s.dates[-days:], s.closes[-days:]
    returns = np.diff(np.log(s.closes))
    vol: list[float | None] = []
    start = len(s.closes) - len(closes)
    for i in range(start, len(s.closes)):
        chunk = returns[max(0, i - window) : i]
        vol.append(round(annual_volatility_pct(chunk), 2) if len(chunk) >= window else None)
    return {
        "symbol": s.symbol,
        "assumed_peg": s.assumed_peg,
        "dates": [str(d) for d in dates],
        "closes": [float(c) for c in closes],
        "volatility_pct": vol,
        "window_days": window,
        "source": "ledgerlm/risk/data/prices.csv",
    }


@router.get("/token/{symbol}")
async def token(symbol: str, as_of: str | None = None) -> Any:
    from ledgerlm.risk.market import token_report

    return out(token_report(symbol, as_of))


@router.post("/portfolio")
async def portfolio(body: PortfolioIn) -> Any:
    from ledgerlm.risk.portfolio import portfolio_var

    return out(
        portfolio_var(
            {k.upper(): v for k, v in body.positions.items()},
            confidence=body.confidence,
            horizon_days=body.horizon_days,
            as_of=body.as_of,
        )
    )


@router.post("/loan-health")
async def loan_health(body: LoanIn) -> Any:
    from ledgerlm.risk.loans import loan_health as core_health

    return out(core_health(body.collateral, body.debt, as_of=body.as_of))
