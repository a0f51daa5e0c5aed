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
    assert ten_day.var_parametric_usd == pytest.approx(
        one_day.var_parametric_usd * Decimal(math.sqrt(10)), rel=Decimal("0.001")
    )
    with pytest.raises(InputError, match="negative"):
        portfolio_var({"ETH": Decimal(-1)})


def test_loan_health_matches_hand_computation() -> None:
    """ETH's threshold is the pool's 0.75 (not 0.80): 2 ETH at $1000 carries exactly $1500 of debt."""
    health = loan_health(
        {"ETH": Decimal(2)}, {"USDC": Decimal(1500)}, prices={"ETH": Decimal(1000), "USDC": Decimal(1)}
    )
    assert health.health_factor == Decimal("1.0000") and not health.liquidatable
    assert health.liquidation_price_usd["ETH"] == Decimal("1000.00")
    assert health.thresholds["ETH"] == Decimal("0.75") and health.as_of is None
    over = loan_health({"ETH": Decimal(2)}, {"USDC": Decimal(1600)}, prices={"ETH": Decimal(1000), "USDC": Decimal(1)})
    assert over.liquidatable and over.health_factor == Decimal("0.9375")
    safer = loan_health({"ETH": Decimal(2)}, {"USDC": Decimal(750)}, prices={"ETH": Decimal(1000), "USDC": Decimal(1)})
    assert safer.health_factor == Decimal("2.0000")
    assert safer.distance_to_liquidation_pct == Decimal("50.00")
    assert safer.liquidation_price_usd["ETH"] == Decimal("500.00")
    assert safer.distance_by_asset_pct["ETH"] == Decimal("50.00")
    none = loan_health({"ETH": Decimal(1)}, {})
    assert none.health_factor is None and not none.liquidatable


def test_thresholds_come_from_the_pool_listing() -> None:
    from ledgerlm.defi.devnet import TOKENS, WETH_COLLATERAL_FACTOR_BPS
    from ledgerlm.risk.loans import pool_thresholds

    listed = pool_thresholds()
    assert listed["WETH"] == listed["ETH"] == Decimal(WETH_COLLATERAL_FACTOR_BPS) / 10_000 == Decimal("0.75")
    assert all(listed[t.symbol] == Decimal(t.collateral_factor_bps) / 10_000 for t in TOKENS)
    with pytest.raises(InputError, match="does not list BTC"):
        loan_health({"BTC": Decimal(1)}, {"USDC": Decimal(100)})
    ok = loan_health({"BTC": Decimal(1)}, {"USDC": Decimal(100)}, liquidation_thresholds={"BTC": Decimal("0.7")})
    assert ok.thresholds["BTC"] == Decimal("0.7") and ok.as_of == "2023-04-17"


def test_distance_to_liquidation_per_collateral() -> None:
    """Two volatile collaterals: each has its own liquidation price with the other unchanged."""
    px = {"ETH": Decimal(1000), "BTC": Decimal(20000), "USDC": Decimal(1)}
    h = loan_health(
        {"ETH": Decimal(10), "BTC": Decimal("0.5")},
        {"USDC": Decimal(10000)},
        prices=px,
        liquidation_thresholds={"BTC": Decimal("0.7")},
    )
    # capacity = 10*1000*0.75 + 0.5*20000*0.7 = 7500 + 7000 = 14500
    assert h.health_factor == (Decimal(14500) / 10000).quantize(Decimal("0.0001"))
    eth_liq = (Decimal(10000) - 7000) / (10 * Decimal("0.75"))  # 400
    btc_liq = (Decimal(10000) - 7500) / (Decimal("0.5") * Decimal("0.7"))
    assert h.liquidation_price_usd == {
        "ETH": eth_liq.quantize(Decimal("0.01")),
        "BTC": btc_liq.quantize(Decimal("0.01")),
    }
    assert h.distance_by_asset_pct["ETH"] == Decimal("60.00")
    assert h.distance_by_asset_pct["BTC"] == ((1 - btc_liq / 20000) * 100).quantize(Decimal("0.01"))
    # both falling together: 14500 * (1 - d) = 10000
    assert h.distance_to_liquidation_pct == ((1 - Decimal(10000) / 14500) * 100).quantize(Decimal("0.01"))


def test_figures_agree_with_an_independent_numpy_computation() -> None:
    """Re-derive every figure from the raw CSV with plain numpy: all agree within 0.02% (relative)."""
    import csv

    rows = list(csv.reader(prices.DATA.open(encoding="utf-8")))
    col = rows[0].index("BTC")
    closes = np.array([float(r[col]) for r in rows[1:] if r[col]])
    window = closes[-366:]
    r = np.log(window[1:] / window[:-1])
    report = market.token_report("BTC")
    vol = r.std(ddof=1) * np.sqrt(365) * 100
    peak = np.maximum.accumulate(closes)
    mdd_all = ((peak - closes) / peak).max() * 100
    wpeak = np.maximum.accumulate(window)
    mdd_win = ((wpeak - window) / wpeak).max() * 100
    simple = window[1:] / window[:-1] - 1
    var95 = -np.percentile(simple, 5) * 100
    z95 = 1.6448536269514722
    pvar95 = (1 - np.exp(r.mean() - z95 * r.std(ddof=1))) * 100
    for got, want in (
        (report.volatility_annual_pct, vol),
        (report.max_drawdown_all_time_pct, mdd_all),
        (report.max_drawdown_window_pct, mdd_win),
        (report.var_1d_95_pct_historical, var95),
        (report.var_1d_95_pct_parametric, pvar95),
    ):
        assert got == pytest.approx(want, rel=2e-4)
    # portfolio VaR: 1 BTC + 10 ETH, historical and variance-covariance, from the raw columns
    ecol = rows[0].index("ETH")
    both = np.array([(float(x[col]), float(x[ecol])) for x in rows[1:] if x[col] and x[ecol]])[-366:]
    rets = both[1:] / both[:-1] - 1
    values = both[-1] * np.array([1, 10])
    pnl = rets @ values
    hist = -np.percentile(pnl, 5)
    param = z95 * np.sqrt(values @ np.cov(rets.T) @ values)
    pv = portfolio_var({"BTC": Decimal(1), "ETH": Decimal(10)})
    assert float(pv.var_historical_usd) == pytest.approx(hist, rel=2e-4)
    assert float(pv.var_parametric_usd) == pytest.approx(param, rel=2e-4)


def test_charts_are_png_files(tmp_path) -> None:
    from ledgerlm.risk import plots

    for path in (
        plots.price_and_drawdown("ETH", tmp_path / "p.png"),
        plots.var_histogram("BTC", tmp_path / "v.png"),
        plots.health_vs_price({"ETH": Decimal(2)}, {"USDC": Decimal(1500)}, "ETH", tmp_path / "h.png"),
    ):
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 10_000
    with pytest.raises(InputError, match="png"):
        plots.var_histogram("BTC", tmp_path / "v.jpg")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_views_state_data_not_predictions(lang) -> None:
    text = hold_view("BTC", lang, Decimal(1))
    assert text.endswith(NOTE[lang])
    for word in ("will rise", "will fall", "guaranteed", "一定会", "必然"):
        assert word not in text
    assert "%" in risk_view("ETH", lang)
    if lang == "zh":
        assert "不构成投资建议" in text
