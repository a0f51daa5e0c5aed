"""Data-driven views for price / hold / buy / sell / risk questions, in the user's language.

The wording is built from the numbers and never predicts: every view ends with a plain not-financial-advice note.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ledgerlm.risk.market import TokenRisk, token_report

NOTE = {
    "en": "This is a reading of past data, not financial advice; prices can move either way.",
    "zh": "以上是对历史数据的解读，不构成投资建议；价格可能上涨也可能下跌。",
}


def window(r: TokenRisk, lang: str) -> str:
    """Where a figure comes from: the shipped series, its window and the as-of date."""
    return (
        f"（内置日线数据，{r.window_days} 天窗口，截至 {r.as_of}）"
        if lang == "zh"
        else f" (shipped daily series, {r.window_days}-day window, as of {r.as_of})"
    )


def _trend(r: TokenRisk, lang: str) -> str:
    c30 = r.change_30d_pct
    if lang == "zh":
        return "过去30天上涨" if c30 > 5 else "过去30天下跌" if c30 < -5 else "过去30天基本横盘"
    return (
        "up over the last 30 days"
        if c30 > 5
        else "down over the last 30 days"
        if c30 < -5
        else "roughly flat over the last 30 days"
    )


def _vol_word(r: TokenRisk, lang: str) -> str:
    v = r.volatility_annual_pct
    level = 0 if v < 20 else 1 if v < 60 else 2
    return (["低", "较高", "很高"] if lang == "zh" else ["low", "high", "very high"])[level]


def price_view(symbol: str, lang: str = "en", as_of: date | str | None = None) -> str:
    r = token_report(symbol, as_of)
    if lang == "zh":
        return (
            f"{r.symbol} 价格 ${r.price_usd:,}（数据截至 {r.as_of}）；7天 {r.change_7d_pct:+.2f}%，"
            f"30天 {r.change_30d_pct:+.2f}%。"
        )
    return (
        f"{r.symbol} is ${r.price_usd:,} (data as of {r.as_of}); 7 days {r.change_7d_pct:+.2f}%, "
        f"30 days {r.change_30d_pct:+.2f}%."
    )


def risk_view(symbol: str, lang: str = "en", position: Decimal | None = None, as_of: date | str | None = None) -> str:
    r = token_report(symbol, as_of)
    peg = ""
    if r.assumed_peg:
        peg = "（按 1 美元锚定估算）" if lang == "zh" else " (priced at its $1 peg)"
    if lang == "zh":
        text = (
            f"{r.symbol}{peg}：年化波动率 {r.volatility_annual_pct:.1f}%（{_vol_word(r, lang)}），"
            f"近一年最大回撤 {r.max_drawdown_window_pct:.1f}%，历史最大回撤 {r.max_drawdown_all_time_pct:.1f}%；"
            f"单日 95% VaR 约 {r.var_1d_95_pct_historical:.2f}%（历史模拟），"
            f"99% 约 {r.var_1d_99_pct_historical:.2f}%{window(r, lang)}。"
        )
        if position is not None:
            loss = position * r.price_usd * Decimal(str(r.var_1d_95_pct_historical)) / 100
            text += f"按你的 {position} {r.symbol}，95% 的交易日单日亏损不超过约 ${loss:,.2f}。"
    else:
        text = (
            f"{r.symbol}{peg}: annualised volatility {r.volatility_annual_pct:.1f}% ({_vol_word(r, lang)}), "
            f"max drawdown {r.max_drawdown_window_pct:.1f}% over the last year and "
            f"{r.max_drawdown_all_time_pct:.1f}% in the whole series; one-day 95% VaR about "
            f"{r.var_1d_95_pct_historical:.2f}% (historical), 99% about {r.var_1d_99_pct_historical:.2f}%"
            f"{window(r, lang)}."
        )
        if position is not None:
            loss = position * r.price_usd * Decimal(str(r.var_1d_95_pct_historical)) / 100
            text += f" For your {position} {r.symbol}, on 95% of days the one-day loss stayed below about ${loss:,.2f}."
    return f"{text} {NOTE[lang]}"


def hold_view(symbol: str, lang: str = "en", position: Decimal | None = None, as_of: date | str | None = None) -> str:
    """For hold / buy / sell questions: trend, volatility and drawdown, never a recommendation."""
    r = token_report(symbol, as_of)
    if lang == "zh":
        head = (
            f"{r.symbol} 当前 ${r.price_usd:,}，{_trend(r, lang)}（{r.change_30d_pct:+.2f}%），"
            f"波动{_vol_word(r, lang)}（年化 {r.volatility_annual_pct:.1f}%），"
            f"近一年最大回撤 {r.max_drawdown_window_pct:.1f}%。是否继续持有取决于你的期限和能承受的回撤。"
        )
    else:
        head = (
            f"{r.symbol} is ${r.price_usd:,}, {_trend(r, lang)} ({r.change_30d_pct:+.2f}%), with "
            f"{_vol_word(r, lang)} volatility ({r.volatility_annual_pct:.1f}% a year) and a "
            f"{r.max_drawdown_window_pct:.1f}% max drawdown over the last year. Whether to keep it depends on "
            f"your horizon and how large a drawdown you can bear."
        )
    tail = risk_view(symbol, lang, position, as_of).rsplit(NOTE[lang], 1)[0].strip()
    return f"{head} {tail} {NOTE[lang]}"
