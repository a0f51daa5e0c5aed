"""``ledgerlm parse TEXT``: show what a plain-language contract request means (kind, params, missing, lang)."""

from __future__ import annotations

import sys
from typing import Any

import typer
from rich.table import Table

from ledgerlm.cli.output import JSON_OPTION, console, emit, handle_errors, to_jsonable
from ledgerlm.errors import AmbiguousRequest

_HEAD = {"zh": ("参数", "值", "类型", "置信度", "缺少", "说明"), "en": ("param", "value", "kind", "confidence",
                                                                   "missing", "notes")}


def _render(result: Any) -> None:
    h = _HEAD[result.lang]
    console.print(f"{h[2]}: [bold]{result.kind}[/]   {h[3]}: {result.confidence:.2f}   lang: {result.lang}")
    table = Table()
    table.add_column(h[0])
    table.add_column(h[1])
    for key, value in to_jsonable(result.params).items():
        shown = "[dim]—[/]" if value is None else str(value)
        table.add_row(key, shown)
    console.print(table)
    if result.missing:
        console.print(f"[yellow]{h[4]}:[/] {', '.join(result.missing)}")
    for note in result.notes:
        console.print(f"[dim]{h[5]}: {note}[/]")


def parse_command(
    text: str = typer.Argument(..., help="The request, e.g. '借给小王 3 个以太坊，期限一年，年利率百分之八'."),
    kind: str = typer.Option(None, "--kind", help="Force the contract kind instead of detecting it."),
    allow_high_rate: bool = typer.Option(False, "--allow-high-rate", help="Accept rates above 100% a year."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Parse a contract request (Chinese or English) into kind, params and what is missing."""
    from ledgerlm.language import parse

    with handle_errors():
        try:
            result = parse(text, allow_high_rate=allow_high_rate, kind=kind)
        except AmbiguousRequest as exc:
            if as_json or not sys.stdin.isatty():
                raise
            console.print(f"[yellow]{exc.message}[/]")
            chosen = typer.prompt("kind / 合约类型", type=typer.Choice(exc.options))
            result = parse(text, allow_high_rate=allow_high_rate, kind=chosen)
        emit(result.summary() if as_json else result, as_json, _render)


def register(app: typer.Typer) -> None:
    app.command("parse")(parse_command)
