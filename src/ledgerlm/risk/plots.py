"""PNG charts of the risk figures (matplotlib, Agg backend: no display needed): price and drawdown, the return
distribution with its VaR lines, and a loan's health factor against the collateral price.

Every chart names its data source, window and as-of date in its title or footer, like every figure in text.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import numpy as np

from ledgerlm.errors import InputError

SOURCE = "ledgerlm shipped daily series"


def _pyplot() -> ModuleType:
    """matplotlib's pyplot on the Agg backend, or a MissingExtra error naming the [consensus] extra."""
    from ledgerlm.extras import require

    require("matplotlib", "consensus", "drawing risk charts").use("Agg")
    return require("matplotlib.pyplot", "consensus", "drawing risk charts")


def _target(path: str | Path) -> Path:
    out = Path(path)
    if out.suffix.lower() != ".png":
        raise InputError(f"{out} is not a .png file name", hint="use --plot chart.png")
    if not out.parent.exists():
        raise InputError(f"folder {out.parent} does not exist")
    return out


def price_and_drawdown(
    symbol: str, path: str | Path, as_of: date | str | None = None, window_days: int | None = None
) -> Path:
    """Close price (log scale) over the drawdown from the running peak, for one asset."""
    from ledgerlm.risk.prices import series

    out = _target(path)
    s = series(symbol).upto(as_of)
    dates, closes = s.dates, s.closes
    if window_days:
        dates, closes = dates[-(window_days + 1) :], closes[-(window_days + 1) :]
    peaks = np.maximum.accumulate(closes)
    dd = (closes - peaks) / peaks * 100
    plt = _pyplot()
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(9, 6), sharex=True, height_ratios=(2, 1))
    top.plot(dates, closes, color="#1f5fa8", lw=1)
    top.set_yscale("log")
    top.set_ylabel("close, USD")
    top.set_title(f"{s.symbol}: price and drawdown, {dates[0]} to {dates[-1]} ({SOURCE})")
    bottom.fill_between(dates, dd, 0, color="#c0392b", alpha=0.5)
    bottom.set_ylabel("drawdown %")
    bottom.set_title(f"worst {dd.min():.1f}%", fontsize=9, loc="left")
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out


def var_histogram(symbol: str, path: str | Path, as_of: date | str | None = None, window_days: int = 365) -> Path:
    """Daily returns over the window with the 95% and 99% historical VaR marked."""
    from ledgerlm.risk.market import historical_var_pct
    from ledgerlm.risk.prices import series

    out = _target(path)
    s = series(symbol).upto(as_of)
    closes = s.closes[-(window_days + 1) :]
    rets = np.diff(np.log(closes))
    simple = np.expm1(rets) * 100
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(9, 4.5))
    ax.hist(simple, bins=60, color="#7f8c8d")
    for conf, color in ((0.95, "#e67e22"), (0.99, "#c0392b")):
        v = historical_var_pct(rets, conf)
        ax.axvline(-v, color=color, lw=1.5, label=f"{int(conf * 100)}% one-day VaR {v:.2f}%")
    ax.set_xlabel("daily return %")
    ax.set_ylabel("days")
    ax.set_title(f"{s.symbol}: daily returns, {len(rets)} days to {s.last_date} ({SOURCE})")
    ax.legend()
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out


def health_vs_price(
    collateral: dict[str, Decimal],
    debt: dict[str, Decimal],
    asset: str,
    path: str | Path,
    *,
    liquidation_thresholds: dict[str, Decimal] | None = None,
    prices: dict[str, Decimal] | None = None,
    as_of: date | str | None = None,
) -> Path:
    """The position's health factor as ``asset``'s price moves, with today's price and the liquidation line."""
    from ledgerlm.risk.loans import health_curve, loan_health
    from ledgerlm.risk.prices import canonical

    out = _target(path)
    now = loan_health(collateral, debt, liquidation_thresholds=liquidation_thresholds, prices=prices, as_of=as_of)
    xs, ys = health_curve(
        collateral, debt, asset, liquidation_thresholds=liquidation_thresholds, prices=prices, as_of=as_of
    )
    sym = canonical(asset)
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(9, 4.5))
    ax.plot([float(x) for x in xs], [float(y) for y in ys], color="#1f5fa8")
    ax.axhline(1.0, color="#c0392b", lw=1, label="health factor 1: liquidation")
    ax.axvline(float(now.prices_usd[sym]), color="#7f8c8d", ls="--", lw=1, label=f"price now ${now.prices_usd[sym]:,}")
    if now.liquidation_price_usd.get(sym):
        liq = now.liquidation_price_usd[sym]
        ax.axvline(float(liq), color="#e67e22", lw=1, label=f"liquidation price ${liq:,}")
    ax.set_ylim(0, max(3.0, float(max(ys)) * 1.05))
    ax.set_xlabel(f"{sym} price, USD")
    ax.set_ylabel("health factor")
    when = now.as_of or "given prices"
    ax.set_title(f"Health factor vs {sym} price (prices as of {when}; thresholds: pool collateral factors)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out
