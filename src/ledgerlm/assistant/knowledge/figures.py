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


def _window(r: Any, lang: str) -> str:
    return (
        f"（{SERIES_SOURCE[lang]}，{r.window_days} 天窗口，截至 {r.as_of}）"
        if lang == "zh"
        else f" ({SERIES_SOURCE[lang]}, {r.window_days}-day window, as of {r.as_of})"
    )


def price(symbol: str, lang: str, ctx: AnswerContext | None) -> Figures:
    from ledgerlm.risk.market import token_report

    r = token_report(symbol, ctx.as_of if ctx else None)
    peg = ""
    if r.assumed_peg:
        peg = " (priced at its $1 peg)" if lang == "en" else "（按 1 美元锚定估算）"
    if lang == "zh":
        text = (
            f"{r.symbol}{peg} 收盘价 ${r.price_usd:,}，7 天 {r.change_7d_pct:+.2f}%，30 天 {r.change_30d_pct:+.2f}%"
            f"{_window(r, lang)}。这是内置历史数据的最后一天，不是实时行情。"
        )
    else:
        text = (
            f"{r.symbol}{peg} closed at ${r.price_usd:,}; 7 days {r.change_7d_pct:+.2f}%, 30 days "
            f"{r.change_30d_pct:+.2f}%{_window(r, lang)}. This is the last day of the shipped history, not a live "
            f"quote."
        )
    return Figures(text, {"token": r.model_dump(mode="json")}, source=SERIES_SOURCE["en"])


def risk(symbol: str, lang: str, ctx: AnswerContext | None) -> Figures:
    from ledgerlm.risk.advice import NOTE
    from ledgerlm.risk.market import token_report

    r = token_report(symbol, ctx.as_of if ctx else None)
    if lang == "zh":
        text = (
            f"{r.symbol}：年化波动率 {r.volatility_annual_pct:.1f}%，近一年最大回撤"
            f" {r.max_drawdown_window_pct:.1f}%，"
            f"全部历史最大回撤 {r.max_drawdown_all_time_pct:.1f}%，单日 95% VaR {r.var_1d_95_pct_historical:.2f}%"
            f"（历史模拟；参数法 {r.var_1d_95_pct_parametric:.2f}%），99% VaR {r.var_1d_99_pct_historical:.2f}%"
            f"{_window(r, lang)}。{NOTE[lang]}"
        )
    else:
        text = (
            f"{r.symbol}: volatility {r.volatility_annual_pct:.1f}% a year, max drawdown "
            f"{r.max_drawdown_window_pct:.1f}% over the last year and {r.max_drawdown_all_time_pct:.1f}% over the "
            f"whole series, one-day 95% VaR {r.var_1d_95_pct_historical:.2f}% (historical; parametric "
            f"{r.var_1d_95_pct_parametric:.2f}%), 99% VaR {r.var_1d_99_pct_historical:.2f}%{_window(r, lang)}. "
            f"{NOTE[lang]}"
        )
    return Figures(text, {"token": r.model_dump(mode="json")}, source=SERIES_SOURCE["en"])


def compare(symbols: tuple[str, ...], lang: str, ctx: AnswerContext | None) -> Figures:
    """Two (or more) assets side by side: one row per figure, one column per asset."""
    from ledgerlm.risk.advice import NOTE
    from ledgerlm.risk.advisor import correlation
    from ledgerlm.risk.market import token_report

    syms = list(dict.fromkeys(symbols)) or list(DEFAULT_COMPARE)
    reports = [token_report(s, ctx.as_of if ctx else None) for s in syms]
    names = (
        ["年化波动率 %", "近一年最大回撤 %", "历史最大回撤 %", "单日 95% VaR %", "30 天涨跌 %"]
        if lang == "zh"
        else ["volatility % a year", "max drawdown 1y %", "max drawdown all %", "1-day 95% VaR %", "30-day change %"]
    )
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
    if lang == "zh":
        summary = f"按波动率和回撤，{riskier.symbol} 风险更高。"
        if corr is not None:
            summary += f"两者日收益相关系数 {corr:.2f}。"
        tail = f"数据：{SERIES_SOURCE[lang]}，{first.window_days} 天窗口，截至 {first.as_of}。{NOTE[lang]}"
    else:
        summary = f"By volatility and drawdown {riskier.symbol} was the riskier."
        if corr is not None:
            summary += f" Their daily returns had a correlation of {corr:.2f}."
        tail = f"Data: {SERIES_SOURCE[lang]}, {first.window_days}-day window, as of {first.as_of}. {NOTE[lang]}"
    text = "\n".join(rows) + "\n" + summary + " " + tail
    return Figures(
        text, {"tokens": [r.model_dump(mode="json") for r in reports], "correlation": corr}, source=SERIES_SOURCE["en"]
    )


def loan(lang: str, ctx: AnswerContext | None) -> Figures:
    """The user's own position: health factor, liquidation price and distance per collateral (or ask for it)."""
    collateral, debt = _position_books(ctx)
    if not collateral and not debt:
        text = (
            "要判断你会不会被清算，我需要你的借贷仓位，而不是市场行情。请告诉我抵押了什么、借了什么，例如运行 "
            "`ledgerlm risk --collateral ETH=2 --debt USDC=1500`；在连接了 devnet 的 `ledgerlm chat` 里我会"
            "读取你在借贷池的仓位。"
            if lang == "zh"
            else "To tell whether you could be liquidated I need your own position, not market data. Tell me what you "
            "deposited and borrowed, e.g. `ledgerlm risk --collateral ETH=2 --debt USDC=1500`; in `ledgerlm chat` "
            "with the devnet up I read your lending-pool position."
        )
        return Figures(text, {}, found=True, source="")
    from ledgerlm.risk.loans import loan_health

    h = loan_health(collateral, debt, as_of=ctx.as_of if ctx else None)
    return Figures(loan_text(h, lang), {"loan": h.model_dump(mode="json")}, source=h.price_source)


def loan_text(h: Any, lang: str) -> str:
    zh = lang == "zh"
    if h.health_factor is None:
        return "你没有借款，不会被清算。" if zh else "You have no debt, so nothing can be liquidated."
    status = (
        ("已可被清算" if h.liquidatable else "目前安全")
        if zh
        else ("can be liquidated now" if h.liquidatable else "is not liquidatable now")
    )
    parts = [
        f"健康因子 {h.health_factor}（低于 1 即可被清算），仓位{status}；抵押 ${h.collateral_usd:,}，借款 "
        f"${h.debt_usd:,}。"
        if zh
        else f"Health factor {h.health_factor} (liquidation below 1): the position {status}; collateral "
        f"${h.collateral_usd:,}, debt ${h.debt_usd:,}."
    ]
    for sym, liq in h.liquidation_price_usd.items():
        dist = h.distance_by_asset_pct.get(sym)
        pct = _pct(h.thresholds[sym])
        if liq == 0:
            parts.append(
                f"仅 {sym} 下跌不会触发清算：其他抵押品已足够覆盖借款（{sym} 清算阈值 {pct}%）。"
                if zh
                else f"{sym} falling alone cannot trigger liquidation: the other collateral covers the debt "
                f"({sym} liquidation threshold {pct}%)."
            )
            continue
        parts.append(
            f"{sym} 跌到 ${liq:,}（比现价 ${h.prices_usd[sym]:,} 低 {dist}%，其他资产不变）时会被清算，"
            f"清算阈值 "
            f"{pct}%。"
            if zh
            else f"{sym} liquidation price ${liq:,}: {dist}% below ${h.prices_usd[sym]:,}, other assets unchanged "
            f"(liquidation threshold {pct}%)."
        )
    if h.distance_to_liquidation_pct is not None and len(h.liquidation_price_usd) > 1:
        parts.append(
            f"若所有非稳定币抵押同时下跌，跌 {h.distance_to_liquidation_pct}% 即被清算。"
            if zh
            else f"If all volatile collateral falls together, a {h.distance_to_liquidation_pct}% fall liquidates it."
        )
    when = h.as_of or ("给定价格" if zh else "given prices")
    parts.append(
        f"价格来源：内置日线数据（ledgerlm/risk/data/prices.csv），截至 {when}；阈值来源：devnet 借贷池"
        f"的抵押系数"
        f"（ledgerlm.defi.devnet）。"
        if zh
        else f"Prices: {h.price_source}, as of {when}; thresholds: {h.threshold_source}."
    )
    return " ".join(parts) if not zh else "".join(parts)


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
        text = (
            f"{who} 的链上余额：{listing}（来源：链上查询）"
            if lang == "zh"
            else f"On-chain balances of {who}: {listing} (source: read from the chain)"
        )
        return Figures(text, {"balances": {k: str(v) for k, v in ctx.balances.items()}}, source="chain")
    text = (
        "余额在链上，不在知识库里。请在 `ledgerlm chat` 里问“我的余额”，我会从链上读取。"
        if lang == "zh"
        else 'Balances live on the chain, not in the knowledge base. Ask "my balance" in `ledgerlm chat` and I will '
        "read it from the chain."
    )
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
            text = (
                f"当前 gas 价格 {gwei:.4f} gwei（链 {chain.chain_id}，区块 {block['number']}，来源：节点 eth_gasPrice）"
                if lang == "zh"
                else f"Gas price {gwei:.4f} gwei (chain {chain.chain_id}, block {block['number']}, source: the node's "
                f"eth_gasPrice)"
            )
            return Figures(
                text,
                {"gas_price_gwei": str(gwei), "chain_id": chain.chain_id, "block": int(block["number"])},
                source="chain",
            )
    text = (
        "gas 价格是实时数据，要从链上读取，知识库里没有。连接节点后在 `ledgerlm chat` 里问，或查看钱包/区块"
        "浏览器的 gas 追踪器。"
        if lang == "zh"
        else "Gas price is a live figure that has to come from a node, not from the knowledge base. Ask in "
        "`ledgerlm chat` with a chain connected, or check your wallet's or a block explorer's gas tracker."
    )
    return Figures(text, {}, source="")


def is_stable(symbol: str) -> bool:
    return symbol in STABLECOINS
