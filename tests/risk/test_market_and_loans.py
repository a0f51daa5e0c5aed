"""Known-answer tests for the risk figures, and the views' honesty (no predictions, a not-advice note)."""

from __future__ import annotations

import math
from decimal import Decimal

import numpy as np
import pytest

from ledgerlm.errors import InputError, NotFound
from ledgerlm.risk import market, prices
from ledgerlm.risk.advice import NOTE, hold_view, risk_view
from ledgerlm.risk.loans import loan_health
from ledgerlm.risk.portfolio import portfolio_var


def test_drawdown_volatility_and_changes_on_a_hand_made_series() -> None:
    closes = np.array([100.0, 120.0, 60.0, 90.0, 150.0, 75.0])
    assert market.max_drawdown_pct(closes) == pytest.approx(50.0)
    assert market.change_pct(closes, 1) == pytest.approx(-50.0)
    rets = np.diff(np.log(closes))
    expected = np.std(rets, ddof=1) * math.sqrt(365) * 100
    assert market.annual_volatility_pct(rets) == pytest.approx(expected)


def test_var_on_a_constructed_distribution() -> None:
    # 100 daily returns with 6 days of -10%: the 5% quantile is a loss day -> 95% VaR = 10%
    six = np.log1p(np.array([0.01] * 94 + [-0.10] * 6))
    assert market.historical_var_pct(six, 0.95) == pytest.approx(10.0)
    assert market.historical_var_pct(six, 0.99) == pytest.approx(10.0)
    # with only 1 loss day the 5% quantile is a gain day: VaR ignores the rarer tail, as it is defined to
    one = np.log1p(np.array([0.01] * 99 + [-0.10]))
    assert market.historical_var_pct(one, 0.95) == 0.0
    flat = np.zeros(30)
    assert market.parametric_var_pct(flat, 0.95) == 0.0


def test_token_report_uses_the_shipped_series_and_as_of() -> None:
    report = market.token_report("WETH", as_of="2022-06-18")
    assert report.symbol == "ETH" and report.as_of == "2022-06-18"
    assert report.price_usd == prices.price("ETH", "2022-06-18")
    assert report.max_drawdown_window_pct > 50  # the 2022 crash is in the window
    with pytest.raises(NotFound, match="known"):
        market.token_report("NOPE")
    with pytest.raises(InputError, match="no ETH price"):
        market.token_report("ETH", as_of="2010-01-01")


def test_portfolio_var_contributions_sum_to_parametric_var() -> None:
    result = portfolio_var({"ETH": Decimal(2), "BTC": Decimal("0.5"), "USDC": Decimal(1000)})
    total = sum(c.var_contribution_usd for c in result.contributions)
    assert abs(total - result.var_parametric_usd) <= Decimal("0.05")
    assert result.var_historical_usd > 0 and result.value_usd > 1000
    ten_day = portfolio_var({"ETH": Decimal(2)}, horizon_days=10)
    one_day = portfolio_var({"ETH": Decimal(2)})
    assert ten_day.var_parametric_usd == pytest.approx(one_day.var_parametric_usd * Decimal(math.sqrt(10)),
                                                       rel=Decimal("0.001"))
    with pytest.raises(InputError, match="negative"):
        portfolio_var({"ETH": Decimal(-1)})


def test_loan_health_matches_hand_computation() -> None:
    health = loan_health({"ETH": Decimal(2)}, {"USDC": Decimal(1600)},
                         prices={"ETH": Decimal(1000), "USDC": Decimal(1)})
    # capacity = 2 * 1000 * 0.8 = 1600 -> exactly at the edge
    assert health.health_factor == Decimal("1.0000") and not health.liquidatable
    assert health.liquidation_price_usd["ETH"] == Decimal("1000.00")
    safer = loan_health({"ETH": Decimal(2)}, {"USDC": Decimal(800)}, prices={"ETH": Decimal(1000), "USDC": Decimal(1)})
    assert safer.health_factor == Decimal("2.0000")
    assert safer.distance_to_liquidation_pct == Decimal("50.00")
    assert safer.liquidation_price_usd["ETH"] == Decimal("500.00")
    none = loan_health({"ETH": Decimal(1)}, {})
    assert none.health_factor is None and not none.liquidatable


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_views_state_data_not_predictions(lang) -> None:
    text = hold_view("BTC", lang, Decimal(1))
    assert text.endswith(NOTE[lang])
    for word in ("will rise", "will fall", "guaranteed", "一定会", "必然"):
        assert word not in text
    assert "%" in risk_view("ETH", lang)
    if lang == "zh":
        assert "不构成投资建议" in text
