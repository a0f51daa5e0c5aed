"""Live-figure answers: price, risk, a side-by-side comparison, the user's own loan, balance and gas price.

Every figure comes from the risk module (the shipped daily series) or from the chain, and every reply says which,
with the data window and the as-of date.  Nothing here reads numbers out of the knowledge base's text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ledgerlm.errors import LedgerError
from ledgerlm.risk.prices import STABLECOINS

SERIES_SOURCE = {"en": "shipped daily series", "zh": "内置日线数据"}
DEFAULT_COMPARE = ("BTC", "ETH")


@dataclass
class AnswerContext:
    """What the caller knows about the user: a chain for balances and gas, and/or a lending position.

    ``collateral`` / ``debt``: token amounts (``{"ETH": Decimal(2)}``); ``position``: a
    ``ledgerlm.defi.views.Position`` read from the pool; ``balances``: token amounts already read from the chain.
    """

    chain: Any = None
    account: str | None = None
    collateral: dict[str, Decimal] = field(default_factory=dict)
    debt: dict[str, Decimal] = field(default_factory=dict)
    position: Any = None
    balances: dict[str, Decimal] | None = None
    as_of: str | None = None
    #: Called only for a liquidation question, to read the user's pool position (e.g. ``defi.views.position``).
    position_reader: Callable[[], Any] | None = None


@dataclass
class Figures:
    text: str
    data: dict[str, Any]
    found: bool = True
    source: str = ""


def _source(named: str, lang: str) -> str:
    """A source as the risk module names it (English), in ``lang`` when the catalogue knows it; else as named."""
    for known in ("src_shipped_prices", "src_devnet_thresholds"):
        if named == _say(known, "en"):
            return _say(known, lang)
    return named


def _say(key: str, lang: str, **values: Any) -> str:
    from ledgerlm.assistant.messages import CATALOGUE

    return CATALOGUE.say(key, lang, **values)


def _window(r: Any, lang: str) -> str:
    return _say("fig_window", lang, source=SERIES_SOURCE[lang], days=r.window_days, as_of=r.as_of)


def price(symbol: str, lang: str, ctx: AnswerContext | None) -> Figures:
    from ledgerlm.risk.market import token_report

    r = token_report(symbol, ctx.as_of if ctx else None)
    peg = ""
    if r.assumed_peg:
        peg = _say("fig_peg", lang)
    text = _say(
        "fig_price",
        lang,
        symbol=r.symbol,
        peg=peg,
        price=r.price_usd,
        d7=r.change_7d_pct,
        d30=r.change_30d_pct,
        window=_window(r, lang),
    )
    return Figures(text, {"token": r.model_dump(mode="json")}, source=SERIES_SOURCE["en"])


def risk(symbol: str, lang: str, ctx: AnswerContext | None) -> Figures:
    from ledgerlm.risk.advice import NOTE
    from ledgerlm.risk.market import token_report

    r = token_report(symbol, ctx.as_of if ctx else None)
    text = _say(
        "fig_risk",
        lang,
        symbol=r.symbol,
        vol=r.volatility_annual_pct,
        dd_year=r.max_drawdown_window_pct,
        dd_all=r.max_drawdown_all_time_pct,
        var95=r.var_1d_95_pct_historical,
        var95p=r.var_1d_95_pct_parametric,
        var99=r.var_1d_99_pct_historical,
        window=_window(r, lang),
        note=NOTE[lang],
    )
    return Figures(text, {"token": r.model_dump(mode="json")}, source=SERIES_SOURCE["en"])


def compare(symbols: tuple[str, ...], lang: str, ctx: AnswerContext | None) -> Figures:
    """Two (or more) assets side by side: one row per figure, one column per asset."""
    from ledgerlm.risk.advice import NOTE
    from ledgerlm.risk.advisor import correlation
    from ledgerlm.risk.market import token_report

    syms = list(dict.fromkeys(symbols)) or list(DEFAULT_COMPARE)
    reports = [token_report(s, ctx.as_of if ctx else None) for s in syms]
    names = [
        _say(name, lang)
        for name in ("fig_col_volatility", "fig_col_drawdown_1y", "fig_col_drawdown_all", "fig_col_var", "fig_col_30d")
    ]
    keys = [
        "volatility_annual_pct",
        "max_drawdown_window_pct",
        "max_drawdown_all_time_pct",
        "var_1d_95_pct_historical",
        "change_30d_pct",
    ]
    width = max(len(n) for n in names) + 2
    head = " " * width + "".join(f"{r.symbol:>10}" for r in reports)
    rows = [head] + [
        f"{n:<{width}}" + "".join(f"{getattr(r, k):>10.2f}" for r in reports) for n, k in zip(names, keys, strict=True)
    ]
    riskier = max(reports, key=lambda r: r.volatility_annual_pct)
    corr = correlation([r.symbol for r in reports], as_of=ctx.as_of if ctx else None)
    first = reports[0]
    summary = _say("fig_riskier", lang, symbol=riskier.symbol)
    if corr is not None:
        summary += _say("fig_correlation", lang, corr=corr)
    tail = _say(
        "fig_data", lang, source=SERIES_SOURCE[lang], days=first.window_days, as_of=first.as_of, note=NOTE[lang]
    )
    text = "\n".join(rows) + "\n" + summary + " " + tail
    return Figures(
        text, {"tokens": [r.model_dump(mode="json") for r in reports], "correlation": corr}, source=SERIES_SOURCE["en"]
    )


def loan(lang: str, ctx: AnswerContext | None) -> Figures:
    """The user's own position: health factor, liquidation price and distance per collateral (or ask for it)."""
    collateral, debt = _position_books(ctx)
    if not collateral and not debt:
        text = _say("fig_need_position", lang)
        return Figures(text, {}, found=True, source="")
    from ledgerlm.risk.loans import loan_health

    h = loan_health(collateral, debt, as_of=ctx.as_of if ctx else None)
    return Figures(loan_text(h, lang), {"loan": h.model_dump(mode="json")}, source=h.price_source)


def loan_text(h: Any, lang: str) -> str:
    if h.health_factor is None:
        return _say("fig_no_debt", lang)
    status = _say("fig_liquidatable" if h.liquidatable else "fig_safe", lang)
    parts = [_say("fig_health", lang, hf=h.health_factor, status=status, coll=h.collateral_usd, debt=h.debt_usd)]
    for sym, liq in h.liquidation_price_usd.items():
        dist = h.distance_by_asset_pct.get(sym)
        pct = _pct(h.thresholds[sym])
        if liq == 0:
            parts.append(_say("fig_alone_safe", lang, symbol=sym, pct=pct))
            continue
        parts.append(_say("fig_liq_price", lang, symbol=sym, liq=liq, dist=dist, price=h.prices_usd[sym], pct=pct))
    if h.distance_to_liquidation_pct is not None and len(h.liquidation_price_usd) > 1:
        parts.append(_say("fig_all_fall", lang, pct=h.distance_to_liquidation_pct))
    when = h.as_of or _say("fig_given_prices", lang)
    # the sources are named by the risk module in English; the Chinese line names the same files in its own words
    prices, thresholds = _source(h.price_source, lang), _source(h.threshold_source, lang)
    parts.append(_say("fig_loan_sources", lang, prices=prices, when=when, thresholds=thresholds))
    text = parts[0]
    for sentence in parts[1:]:  # sentences run on with a space in English, without one in Chinese
        text = _say("fig_next_sentence", lang, text=text, sentence=sentence)
    return text


def _pct(fraction: Decimal) -> str:
    return format((fraction * 100).normalize(), "f")


def _position_books(ctx: AnswerContext | None) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    if ctx is None:
        return {}, {}
    if ctx.position is None and ctx.position_reader is not None and not ctx.collateral and not ctx.debt:
        try:
            ctx.position = ctx.position_reader()
        except (LedgerError, ValueError, OSError):
            ctx.position = None  # no devnet / no position here: ask the user for it instead
    if ctx.position is not None:
        assets = getattr(ctx.position, "assets", {}) or {}
        coll = {s: a.deposited for s, a in assets.items() if a.deposited}
        debt = {s: a.debt for s, a in assets.items() if a.debt}
        return coll, debt
    return dict(ctx.collateral), dict(ctx.debt)


def balance(lang: str, ctx: AnswerContext | None) -> Figures:
    if ctx is not None and ctx.balances is not None:
        listing = ", ".join(f"{v} {k}" for k, v in ctx.balances.items()) or "-"
        who = ctx.account or ""
        text = _say("fig_balances", lang, who=who, listing=listing)
        return Figures(text, {"balances": {k: str(v) for k, v in ctx.balances.items()}}, source="chain")
    text = _say("fig_balances_elsewhere", lang)
    return Figures(text, {}, source="")


def gas_price(lang: str, ctx: AnswerContext | None) -> Figures:
    chain = ctx.chain if ctx else None
    if chain is not None:
        try:
            wei = int(chain.w3.eth.gas_price)
            block = chain.w3.eth.get_block("latest")
        except Exception:  # noqa: BLE001 - any RPC failure means "no live figure", said plainly below
            wei = None
        if wei is not None:
            gwei = Decimal(wei) / Decimal(10**9)
            text = _say("fig_gas", lang, gwei=gwei, chain_id=chain.chain_id, block=block["number"])
            return Figures(
                text,
                {"gas_price_gwei": str(gwei), "chain_id": chain.chain_id, "block": int(block["number"])},
                source="chain",
            )
    text = _say("fig_gas_elsewhere", lang)
    return Figures(text, {}, source="")


def is_stable(symbol: str) -> bool:
    return symbol in STABLECOINS
