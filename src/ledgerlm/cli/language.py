"""``ledgerlm parse TEXT``: show what a plain-language contract request means (kind, params, missing, lang),
with the user's own words beside every value and the questions the parser could not settle.

The command's options live in one table (``OPTIONS``). ``register`` declares them to typer from it (``ledgerlm
parse --help`` and every usage error come from typer), and ``run_fast`` reads a plain call's arguments with the
same table, so ``ledgerlm parse "..."`` never imports typer, click or the pydantic adapters typer builds per
parameter (``ledgerlm.cli.lazy.FAST``). ``run_fast`` declines whatever the table does not cover and typer answers.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from ledgerlm.cli.lazy import Option, read_args
from ledgerlm.cli.output import JSON_HELP, console, emit, to_jsonable
from ledgerlm.errors import AmbiguousRequest

if TYPE_CHECKING:
    import typer

TEXT_HELP = "The request, e.g. '借给小王 3 个以太坊，期限一年，年利率百分之八'."


#: The options of ``ledgerlm parse``, in the order ``--help`` lists them (after the TEXT argument).
OPTIONS: tuple[Option, ...] = (
    Option("--kind", "kind", True, "Force the contract kind instead of detecting it."),
    Option("--allow-high-rate", "allow_high_rate", False, "Accept rates above 100% a year."),
    Option("--today", "today", True, "Reference date (YYYY-MM-DD) calendar deadlines count from."),
    Option("--json", "as_json", False, JSON_HELP),
)
_BY_FLAG = {option.flag: option for option in OPTIONS}

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


def parse_args(args: list[str]) -> dict[str, Any] | None:
    """``args`` (after ``parse``) as the command's keyword arguments, or None where typer must answer
    (``ledgerlm.cli.lazy.read_args``)."""
    return read_args(args, OPTIONS)


def run_fast(args: list[str]) -> int | None:
    """``ledgerlm parse ARGS`` without typer (exit status 0), or None when ``parse_args`` declines. Errors propagate
    to the top-level handler, which words them as it does for every command."""
    kwargs = parse_args(args)
    if kwargs is None:
        return None
    parse_text(**kwargs)
    return 0


def _choose_kind(options: list[str]) -> str:
    """Ask which kind on a terminal (typer's prompt, imported only here)."""
    import click
    import typer

    chosen: str = typer.prompt("kind / 合约类型", type=click.Choice(options))
    return chosen


def parse_text(
    text: str,
    kind: str | None = None,
    allow_high_rate: bool = False,
    today: str | None = None,
    as_json: bool = False,
) -> None:
    """Parse a contract request (Chinese or English) into kind, params (with the words each came from),
    what is missing and what must still be settled."""
    from ledgerlm.contracts.request import parse

    extra: dict[str, Any] = {"today": today} if today else {}
    try:
        result = parse(text, allow_high_rate=allow_high_rate, kind=kind, **extra)
    except AmbiguousRequest as exc:
        if as_json or not sys.stdin.isatty():
            raise
        console.print(f"[yellow]{_inert(exc.message)}[/]")
        chosen = _choose_kind(exc.options)
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
        sys.stdout.flush()
        sys.stderr.write(f"warning: parse not written to the audit log: {type(exc).__name__}\n")
        sys.stderr.flush()


def register(app: typer.Typer) -> None:
    """Declare ``parse`` to typer from ``OPTIONS`` (its ``--help``, its usage errors, direct invocation)."""
    import typer

    from ledgerlm.cli.options import command

    kind_, high, today_, json_ = (_BY_FLAG[flag] for flag in ("--kind", "--allow-high-rate", "--today", "--json"))

    def parse_command(
        text: str = typer.Argument(..., help=TEXT_HELP),
        kind: str = typer.Option(None, kind_.flag, help=kind_.help),
        allow_high_rate: bool = typer.Option(False, high.flag, help=high.help),
        today: str = typer.Option(None, today_.flag, help=today_.help),
        as_json: bool = typer.Option(False, json_.flag, help=json_.help),
    ) -> None:
        parse_text(text=text, kind=kind, allow_high_rate=allow_high_rate, today=today, as_json=as_json)

    parse_command.__doc__ = parse_text.__doc__
    command(app, "parse")(parse_command)
