"""``ledgerlm parse TEXT``: show what a plain-language contract request means (kind, params, missing, lang),
with the user's own words beside every value and the questions the parser could not settle."""

from __future__ import annotations

import sys
from typing import Any

import typer

from ledgerlm.cli.output import JSON_OPTION, console, emit, handle_errors, to_jsonable
from ledgerlm.errors import AmbiguousRequest

_HEAD = {
    "zh": ("参数", "值", "类型", "置信度", "缺少", "说明", "依据（原文）", "待确认", "已忽略"),
    "en": ("param", "value", "kind", "confidence", "missing", "notes", "from your words", "to settle", "ignored"),
}


def _inert(text: str) -> str:
    """User text made inert for the terminal: no control characters, no Rich markup."""
    from rich.markup import escape

    return escape("".join(ch if ch.isprintable() else " " for ch in str(text)))


def evidence_cell(ev: Any, lang: str) -> str:
    """The words a value came from, or how it was derived (shared with ``create``'s spec table)."""
    if ev is None:
        return ""
    if ev.source == "text" and ev.spans:
        return "“" + _inert(ev.words) + "”"
    label = {
        "default": ("default", "默认"),
        "inferred": ("inferred", "推断"),
        "override": ("--set", "--set"),
        "llm": ("LLM", "LLM"),
    }.get(ev.source, (ev.source, ev.source))
    rule = f": {_inert(ev.rule)}" if ev.rule else ""
    return f"[dim]{label[1] if lang == 'zh' else label[0]}{rule}[/]"


def _render(result: Any) -> None:
    from rich.table import Table

    h = _HEAD[result.lang]
    console.print(f"{h[2]}: [bold]{result.kind}[/]   {h[3]}: {result.confidence:.2f}   lang: {result.lang}")
    table = Table()
    table.add_column(h[0])
    table.add_column(h[1])
    table.add_column(h[6])
    for key, value in to_jsonable(result.params).items():
        shown = "[dim]—[/]" if value is None else _inert(str(value))
        table.add_row(key, shown, evidence_cell(result.evidence.get(key), result.lang))
    console.print(table)
    if result.missing:
        console.print(f"[yellow]{h[4]}:[/] {', '.join(result.missing)}")
    for q in result.questions:
        console.print(f"[yellow]{h[7]}:[/] {_inert(q.text)}  (--set {'|'.join(q.fields) or 'KEY'}=…)")
    for ign in result.ignored:
        console.print(f"[dim]{h[8]}: “{_inert(ign.words)}” ({_inert(ign.reason)})[/]")
    for note in result.notes:
        console.print(f"[dim]{h[5]}: {_inert(note)}[/]")


def parse_command(
    text: str = typer.Argument(..., help="The request, e.g. '借给小王 3 个以太坊，期限一年，年利率百分之八'."),
    kind: str = typer.Option(None, "--kind", help="Force the contract kind instead of detecting it."),
    allow_high_rate: bool = typer.Option(False, "--allow-high-rate", help="Accept rates above 100% a year."),
    today: str = typer.Option(None, "--today", help="Reference date (YYYY-MM-DD) calendar deadlines count from."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Parse a contract request (Chinese or English) into kind, params (with the words each came from),
    what is missing and what must still be settled."""
    from ledgerlm.contracts.request import parse

    with handle_errors():
        extra: dict[str, Any] = {"today": today} if today else {}
        try:
            result = parse(text, allow_high_rate=allow_high_rate, kind=kind, **extra)
        except AmbiguousRequest as exc:
            if as_json or not sys.stdin.isatty():
                raise
            console.print(f"[yellow]{_inert(exc.message)}[/]")
            chosen = typer.prompt("kind / 合约类型", type=typer.Choice(exc.options))
            result = parse(text, allow_high_rate=allow_high_rate, kind=chosen, **extra)
        emit(result.summary() if as_json else result, as_json, _render)
        _audit_parse(text, result)


def _audit_parse(text: str, result: Any) -> None:
    """Every CLI parse is an audited decision (kind "parse"); the audit log is imported only here, after the
    answer is printed, so `ledgerlm parse` stays fast. A failing log never hides the parse: one line on stderr."""
    try:
        from ledgerlm.audit import record

        record("language.parser", text, result.summary(), kind="parse")
    except Exception as exc:  # noqa: BLE001 - the answer was already given; say the record is missing
        typer.echo(f"warning: parse not written to the audit log: {type(exc).__name__}", err=True)


def register(app: typer.Typer) -> None:
    app.command("parse")(parse_command)
