"""``ledgerlm price``, ``ledgerlm risk`` and ``ledgerlm aml screen``."""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from ledgerlm.cli.output import JSON_OPTION, console, emit, handle_errors
from ledgerlm.errors import InputError

aml_app = typer.Typer(help="Anti-money-laundering screening of transfer streams.", no_args_is_help=True)


def _lang(value: str | None) -> str:
    if value not in (None, "zh", "en"):
        raise InputError(f"unknown language {value!r}", hint="use --lang zh or --lang en")
    return value or "en"


def price(
    token: str = typer.Argument(..., help="Symbol, e.g. ETH, BTC, USDC, WETH."),
    as_of: str = typer.Option(None, "--as-of", help="Report as of a past date (YYYY-MM-DD)."),
    lang: str = typer.Option(None, "--lang", help="zh or en"),
    as_json: bool = JSON_OPTION,
) -> None:
    """Current price, 7/30-day change, volatility, drawdowns and one-day VaR of a token."""
    with handle_errors():
        from ledgerlm.risk.advice import price_view
        from ledgerlm.risk.market import token_report

        report = token_report(token, as_of)
        words = _lang(lang)
        emit(report, as_json, lambda r: console.print(price_view(token, words, as_of)))


def _positions(spec: list[str] | None, file: Path | None) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    if file is not None:
        if not file.exists():
            raise InputError(f"{file} does not exist")
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InputError(f"{file} is not JSON: {exc}", hint='use {"ETH": 2, "USDC": 500}') from None
        out.update({k.upper(): Decimal(str(v)) for k, v in data.items()})
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
    lang: str = typer.Option(None, "--lang"),
    as_json: bool = JSON_OPTION,
) -> None:
    """Market risk of a token or of a portfolio (historical and variance-covariance value-at-risk)."""
    with handle_errors():
        from ledgerlm.risk.advice import NOTE, risk_view
        from ledgerlm.risk.market import token_report
        from ledgerlm.risk.portfolio import portfolio_var

        words = _lang(lang)
        book = _positions(position, positions)
        if not book and not token:
            raise InputError("nothing to assess", hint="pass --token ETH, or --position ETH=2 (repeatable)")
        data: dict[str, Any] = {}
        if token:
            data["token"] = token_report(token, as_of)
        if book:
            data["portfolio"] = portfolio_var(book, confidence=confidence, horizon_days=horizon_days, as_of=as_of)

        def render(d: dict[str, Any]) -> None:
            if "token" in d:
                console.print(risk_view(token, words, as_of=as_of))
            if "portfolio" in d:
                p = d["portfolio"]
                table = Table("asset", "amount", "value $", "weight %", "VaR share $",
                              title=f"{int(p.confidence * 100)}% {p.horizon_days}-day VaR: "
                                    f"${p.var_historical_usd:,} historical, ${p.var_parametric_usd:,} parametric "
                                    f"(value ${p.value_usd:,}, as of {p.as_of})")
                for c in p.contributions:
                    table.add_row(c.symbol, str(c.amount), f"{c.value_usd:,}", f"{c.weight_pct:.1f}",
                                  f"{c.var_contribution_usd:,}")
                console.print(table)
                for note in p.notes:
                    console.print(f"[yellow]•[/] {note}")
                console.print(NOTE[words])

        emit(data, as_json, render)


@aml_app.command("screen")
def aml_screen(
    file: Path = typer.Argument(..., help="Transfers as JSON lines or CSV: from, to, amount|amount_usd, timestamp."),
    threshold_usd: float = typer.Option(10_000, "--threshold-usd"),
    blocklist: Path = typer.Option(None, "--blocklist", help="File with one sanctioned address per line."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Flag structuring, pass-through, fan-in/out, round amounts, velocity spikes and sanctioned parties."""
    with handle_errors():
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
    app.command("price")(price)
    app.command("risk")(risk)
    app.add_typer(aml_app, name="aml")

