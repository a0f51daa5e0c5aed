"""Data-driven views for price / hold / buy / sell / risk questions, in the user's language.

The wording is built from the numbers and never predicts: every view ends with a plain not-financial-advice note.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ledgerlm.risk.market import TokenRisk, token_report
from ledgerlm.risk.messages import MESSAGES

#: The closing note of every view, by language (read by the assistant's figure answers too).
NOTE: dict[str, str] = MESSAGES.both("not_advice")


def window(r: TokenRisk, lang: str) -> str:
    """Where a figure comes from: the shipped series, its window and the as-of date."""
    return MESSAGES.say("view_window", lang, days=r.window_days, as_of=r.as_of)


def _trend(r: TokenRisk, lang: str) -> str:
    c30 = r.change_30d_pct
    return MESSAGES.say("trend_up" if c30 > 5 else "trend_down" if c30 < -5 else "trend_flat", lang)


def _vol_word(r: TokenRisk, lang: str) -> str:
    v = r.volatility_annual_pct
    return MESSAGES.say("vol_low" if v < 20 else "vol_high" if v < 60 else "vol_very_high", lang)


def price_view(symbol: str, lang: str = "en", as_of: date | str | None = None) -> str:
    r = token_report(symbol, as_of)
    return MESSAGES.say(
        "price_view", lang, symbol=r.symbol, price=r.price_usd, as_of=r.as_of, c7=r.change_7d_pct, c30=r.change_30d_pct
    )


def risk_view(symbol: str, lang: str = "en", position: Decimal | None = None, as_of: date | str | None = None) -> str:
    r = token_report(symbol, as_of)
    text = MESSAGES.say(
        "risk_view",
        lang,
        symbol=r.symbol,
        peg=MESSAGES.say("at_peg", lang) if r.assumed_peg else "",
        vol=r.volatility_annual_pct,
        vol_word=_vol_word(r, lang),
        dd_window=r.max_drawdown_window_pct,
        dd_all=r.max_drawdown_all_time_pct,
        var95=r.var_1d_95_pct_historical,
        var99=r.var_1d_99_pct_historical,
        window=window(r, lang),
    )
    if position is not None:
        loss = position * r.price_usd * Decimal(str(r.var_1d_95_pct_historical)) / 100
        text += MESSAGES.say("risk_view_position", lang, position=position, symbol=r.symbol, loss=loss)
    return f"{text} {NOTE[lang]}"


def hold_view(symbol: str, lang: str = "en", position: Decimal | None = None, as_of: date | str | None = None) -> str:
    """For hold / buy / sell questions: trend, volatility and drawdown, never a recommendation."""
    r = token_report(symbol, as_of)
    head = MESSAGES.say(
        "hold_view",
        lang,
        symbol=r.symbol,
        price=r.price_usd,
        trend=_trend(r, lang),
        c30=r.change_30d_pct,
        vol_word=_vol_word(r, lang),
        vol=r.volatility_annual_pct,
        dd_window=r.max_drawdown_window_pct,
    )
    tail = risk_view(symbol, lang, position, as_of).rsplit(NOTE[lang], 1)[0].strip()
    return f"{head} {tail} {NOTE[lang]}"
