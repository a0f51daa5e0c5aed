"""``ledgerlm price``, ``ledgerlm risk``, ``ledgerlm advise`` and ``ledgerlm aml screen``."""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from ledgerlm.cli.options import JSON_OPTION, command, group, lang_option
from ledgerlm.cli.output import console, emit
from ledgerlm.errors import InputError

aml_app = group(help="Anti-money-laundering screening of transfer streams.", no_args_is_help=True)


def _lang(value: str | None) -> str:
    if value not in (None, "zh", "en"):
        raise InputError(f"unknown language {value!r}", hint="use --lang zh or --lang en")
    return value or "en"


def price(
    token: str = typer.Argument(..., help="Symbol, e.g. ETH, BTC, USDC, WETH."),
    as_of: str = typer.Option(None, "--as-of", help="Report as of a past date (YYYY-MM-DD)."),
    lang: str = lang_option("zh or en"),
    plot: Path = typer.Option(None, "--plot", help="Also save a price-and-drawdown chart to this .png file."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Last shipped price, 7/30-day change, volatility, drawdowns and one-day VaR of a token (with as-of date)."""
    from ledgerlm.risk.advice import price_view
    from ledgerlm.risk.market import token_report

    report = token_report(token, as_of)
    words = _lang(lang)
    if plot is not None:
        from ledgerlm.risk.plots import price_and_drawdown

        price_and_drawdown(token, plot, as_of)
    emit(
        report,
        as_json,
        lambda r: _print_lines([price_view(token, words, as_of), _window_line(r, words), _plot_line(plot, words)]),
    )


def _window_line(r: Any, lang: str) -> str:
    from ledgerlm.risk.messages import MESSAGES

    return MESSAGES.say("cli_window", lang, days=r.window_days, as_of=r.as_of)


def _plot_line(plot: Path | None, lang: str) -> str:
    if plot is None:
        return ""
    from ledgerlm.risk.messages import MESSAGES

    return MESSAGES.say("cli_chart_saved", lang, path=plot)


def _print_lines(lines: list[str]) -> None:
    for line in lines:
        if line:
            console.print(line, highlight=False, markup=False, emoji=False)


def _book(spec: list[str] | None, what: str) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    for item in spec or []:
        if "=" not in item:
            raise InputError(f"{what} {item!r} is not SYMBOL=AMOUNT", hint=f"for example --{what} ETH=2")
        sym, raw = item.split("=", 1)
        try:
            out[sym.strip().upper()] = Decimal(raw.strip())
        except InvalidOperation:
            raise InputError(f"{what} {item!r}: {raw!r} is not a number") from None
    return out


def _positions(spec: list[str] | None, file: Path | None) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    if file is not None:
        if not file.exists():
            raise InputError(f"{file} does not exist")
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(f"{file} is not JSON: {exc}", hint='use {"ETH": 2, "USDC": 500}') from None
        if not isinstance(data, dict):
            raise InputError(f"{file} must hold one JSON object of SYMBOL: AMOUNT", hint='use {"ETH": 2, "USDC": 500}')
        try:
            out.update({str(k).upper(): Decimal(str(v)) for k, v in data.items()})
        except InvalidOperation:
            raise InputError(f"{file}: every amount must be a number", hint='use {"ETH": 2, "USDC": 500}') from None
    for item in spec or []:
        if "=" not in item:
            raise InputError(f"position {item!r} is not SYMBOL=AMOUNT", hint="for example --position ETH=2")
        sym, raw = item.split("=", 1)
        try:
            out[sym.strip().upper()] = Decimal(raw.strip())
        except InvalidOperation:
            raise InputError(f"position {item!r}: {raw!r} is not a number") from None
    return out


def risk(
    token: str = typer.Option(None, "--token", help="One token's risk figures."),
    position: list[str] = typer.Option(None, "--position", help="SYMBOL=AMOUNT (repeatable) for portfolio VaR."),
    positions: Path = typer.Option(None, "--positions", help='JSON file {"ETH": 2, "USDC": 500}.'),
    confidence: float = typer.Option(0.95, help="0.95 or 0.99"),
    horizon_days: int = typer.Option(1, "--horizon-days"),
    as_of: str = typer.Option(None, "--as-of"),
    collateral: list[str] = typer.Option(None, "--collateral", help="Loan collateral SYMBOL=AMOUNT (repeatable)."),
    debt: list[str] = typer.Option(None, "--debt", help="Loan debt SYMBOL=AMOUNT (repeatable)."),
    threshold: list[str] = typer.Option(
        None, "--threshold", help="Liquidation threshold SYMBOL=0.75 for collateral the pool does not list."
    ),
    plot: Path = typer.Option(
        None, "--plot", help="Save a chart (.png): VaR for --token, health factor vs price for a loan."
    ),
    lang: str = lang_option("zh or en"),
    as_json: bool = JSON_OPTION,
) -> None:
    """Market risk of a token or portfolio (historical and parametric VaR), or a loan's health and liquidation price."""
    from ledgerlm.risk.advice import NOTE, risk_view
    from ledgerlm.risk.market import token_report
    from ledgerlm.risk.portfolio import portfolio_var

    words = _lang(lang)
    book = _positions(position, positions)
    coll, owed = _book(collateral, "collateral"), _book(debt, "debt")
    if not book and not token and not coll and not owed:
        raise InputError(
            "nothing to assess",
            hint="pass --token ETH, --position ETH=2 (repeatable), or --collateral ETH=2 --debt USDC=1500",
        )
    data: dict[str, Any] = {}
    if token:
        data["token"] = token_report(token, as_of)
    if book:
        data["portfolio"] = portfolio_var(book, confidence=confidence, horizon_days=horizon_days, as_of=as_of)
    if coll or owed:
        from ledgerlm.risk.loans import loan_health

        limits = {k: v for k, v in _book(threshold, "threshold").items()}
        data["loan"] = loan_health(coll, owed, liquidation_thresholds=limits or None, as_of=as_of)
    if plot is not None:
        from ledgerlm.risk import plots

        if "loan" in data and data["loan"].liquidation_price_usd:
            plots.health_vs_price(
                coll,
                owed,
                next(iter(data["loan"].liquidation_price_usd)),
                plot,
                liquidation_thresholds=limits or None,
                as_of=as_of,
            )
        elif token:
            plots.var_histogram(token, plot, as_of)
        else:
            raise InputError("--plot needs --token, or a loan with volatile collateral")

    def render(d: dict[str, Any]) -> None:
        width = min(console.width, 120)
        if "token" in d:
            _print_lines([risk_view(token, words, as_of=as_of), _window_line(d["token"], words)])
        if "portfolio" in d:
            p = d["portfolio"]
            table = Table(
                "asset",
                "amount",
                "value $",
                "weight %",
                "VaR share $",
                width=width,
                title=f"{int(p.confidence * 100)}% {p.horizon_days}-day VaR: "
                f"${p.var_historical_usd:,} historical, ${p.var_parametric_usd:,} parametric "
                f"(value ${p.value_usd:,}; {p.lookback_days} days of returns to {p.as_of})",
            )
            for c in p.contributions:
                table.add_row(
                    c.symbol,
                    str(c.amount),
                    f"{c.value_usd:,}",
                    f"{c.weight_pct:.1f}",
                    f"{c.var_contribution_usd:,}",
                )
            console.print(table)
            for note in p.notes:
                console.print(f"[yellow]•[/] {note}")
            console.print(NOTE[words])
        if "loan" in d:
            from ledgerlm.assistant.knowledge.figures import loan_text

            h = d["loan"]
            if h.liquidation_price_usd:
                table = Table("collateral", "price $", "threshold", "liquidation price $", "distance %", width=width)
                for sym, liq in h.liquidation_price_usd.items():
                    table.add_row(
                        sym,
                        f"{h.prices_usd[sym]:,}",
                        f"{h.thresholds[sym]}",
                        f"{liq:,}",
                        f"{h.distance_by_asset_pct[sym]}",
                    )
                console.print(table)
            _print_lines([loan_text(h, words)])
        _print_lines([_plot_line(plot, words)])

    emit(data, as_json, render)


def advise_cmd(
    asset: list[str] = typer.Option(None, "--asset", help="Asset to cover (repeatable; default BTC and ETH)."),
    horizon: str = typer.Option(None, "--horizon", help="short (<1y), medium (1-5y), long (>5y), or e.g. '3 years'."),
    loss: str = typer.Option(None, "--loss", help="Largest fall you could bear, percent (e.g. 30)."),
    experience: str = typer.Option(None, "--experience", help="none, some or experienced."),
    stocks: bool = typer.Option(False, "--stocks", help="You also asked about stocks (answered: out of scope)."),
    as_of: str = typer.Option(None, "--as-of", help="Use the shipped data as of this date (YYYY-MM-DD)."),
    lang: str = lang_option("zh or en"),
    interactive: bool = typer.Option(
        None,
        "--interactive/--no-interactive",
        help="Ask for what the flags leave out (default: when stdin is a terminal).",
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """General, figure-based crypto guidance after three questions (horizon, loss tolerance, experience).

    Not personal financial advice; it never trades. Stocks are out of scope.
    """
    import sys

    from ledgerlm.risk.advisor import PARSERS, AdviceDialogue, Profile, advise

    words = _lang(lang)
    profile = Profile()
    for key, raw in (("horizon", horizon), ("loss_tolerance_pct", loss), ("experience", experience)):
        if raw is None:
            continue
        value: str | float | None = raw if key != "horizon" or raw in ("short", "medium", "long") else None
        value = value if value is not None else PARSERS[key](raw)
        if key == "loss_tolerance_pct" and value is not None:
            value = float(value)
        if value is None:
            raise InputError(
                f"cannot read --{key.split('_')[0]} {raw!r}",
                hint="e.g. --horizon '3 years' --loss 30 --experience none",
            )
        setattr(profile, key, value)
    ask = sys.stdin.isatty() if interactive is None else interactive
    if ask and profile.missing():
        dialogue = AdviceDialogue(words, asset or [], stocks, profile)
        question = dialogue.question()
        while question is not None:
            reply = typer.prompt(question, err=True)
            step = dialogue.reply(reply)
            if not isinstance(step, str):
                break
            question = dialogue.question() if dialogue.profile.missing() else None
            if question is not None and step != question:
                console.print(step, highlight=False, markup=False)
    advice = advise(profile, asset or [], words, stocks=stocks, as_of=as_of)
    emit(advice.to_data(), as_json, lambda d: _print_lines([d["text"]]))


@aml_app.command("screen")
def aml_screen(
    file: Path = typer.Argument(..., help="Transfers as JSON lines or CSV: from, to, amount|amount_usd, timestamp."),
    threshold_usd: float = typer.Option(10_000, "--threshold-usd"),
    blocklist: Path = typer.Option(None, "--blocklist", help="File with one sanctioned address per line."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Flag structuring, pass-through, fan-in/out, round amounts, velocity spikes and sanctioned parties."""
    from ledgerlm.risk.aml import AmlRules, load, screen

    rules = AmlRules(threshold_usd=threshold_usd)
    if blocklist is not None:
        if not blocklist.exists():
            raise InputError(f"{blocklist} does not exist")
        rules.blocklist = {ln.strip().lower() for ln in blocklist.read_text().splitlines() if ln.strip()}
    alerts = screen(load(file), rules)

    def render(items: list[Any]) -> None:
        if not items:
            console.print("no alerts")
            return
        table = Table("rule", "severity", "account", "why")
        for a in items:
            table.add_row(a.rule, a.severity, a.account, a.explanation)
        console.print(table)

    emit(alerts, as_json, render)


def register(app: typer.Typer) -> None:
    command(app, "price")(price)
    command(app, "risk")(risk)
    command(app, "advise")(advise_cmd)
    app.add_typer(aml_app, name="aml")
