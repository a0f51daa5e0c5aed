"""Shared CLI conventions: ``--json`` output with a stable schema, errors on stderr with a non-zero exit.

``console`` and ``err_console`` are rich consoles made on first use: a command that prints JSON never imports rich
(about 40 ms of every start), and importing them by name (``from ledgerlm.cli.output import console``) costs nothing.
Typer is imported only where it is needed (``JSON_OPTION`` on first use, ``fail``), so the commands that
``ledgerlm.cli.main`` answers without typer (``parse``) can print through this module too.

``say_error`` writes the one error format of the CLI (``error: ...`` and ``hint: ...`` on stderr): the top-level
handler (``ledgerlm.cli.main.run``) and ``handle_errors`` (typer apps invoked directly) both write through it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, cast

from ledgerlm.errors import LedgerError
from ledgerlm.jsonutil import decimal_to_json, to_jsonable

if TYPE_CHECKING:
    import typer
    from rich.console import Console


class _LazyConsole:
    """Stands for a ``rich.console.Console(**options)`` and makes it on first use (then forwards everything)."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._console: Console | None = None

    def _real(self) -> Console:
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._options)
        return self._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real(), name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in ("_options", "_console"):
            object.__setattr__(self, name, value)
        else:
            setattr(self._real(), name, value)


console = cast("Console", _LazyConsole())
err_console = cast("Console", _LazyConsole(stderr=True))

__all__ = [
    "JSON_HELP",
    "JSON_OPTION",  # noqa: F822 - made on first use by __getattr__
    "console",
    "decimal_to_json",
    "emit",
    "err_console",
    "fail",
    "handle_errors",
    "say_error",
    "to_jsonable",
]

JSON_HELP = "Print machine-readable JSON (stable schema)."


def __getattr__(name: str) -> Any:
    """``JSON_OPTION`` (``--json``), made on first use so that importing this module does not import typer."""
    if name == "JSON_OPTION":
        import typer

        option = typer.Option(False, "--json", help=JSON_HELP)
        globals()["JSON_OPTION"] = option
        return option
    raise AttributeError(name)


def emit(data: Any, as_json: bool, render: Callable[[Any], None] | None = None) -> None:
    """Print ``data`` as JSON, or hand it to ``render`` for a human-friendly view."""
    if as_json or render is None:
        sys.stdout.write(json.dumps(to_jsonable(data), ensure_ascii=False, indent=2) + "\n")
    else:
        render(data)


def fail(message: str, *, hint: str | None = None, code: int = 1) -> typer.Exit:
    """Print one error line (and a hint line) on stderr; user and chain text is made inert first."""
    import typer

    from ledgerlm.inert import inert

    first = one_line(message)
    err_console.print(f"[bold red]error:[/] {inert(first)}", highlight=False, soft_wrap=True)
    if hint:
        err_console.print(f"[yellow]hint:[/] {inert(hint)}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def one_line(text: object, limit: int = 4000) -> str:
    """A multi-line message (compiler output, a node's error) as one line: its lines joined with " | "."""
    joined = " | ".join(part.strip() for part in str(text).strip().splitlines() if part.strip())
    return joined if len(joined) <= limit else joined[: limit - 1] + "…"


def say_error(message: str, hint: str | None) -> None:
    """The CLI's one error format: one line on stderr (plus a hint line), user and chain text made inert."""
    from ledgerlm.inert import strip_controls

    sys.stderr.write(f"error: {one_line(strip_controls(message))}\n")
    if hint:
        sys.stderr.write(f"hint: {strip_controls(hint).strip()[:1000]}\n")
    sys.stderr.flush()


@contextmanager
def handle_errors() -> Iterator[None]:
    """Turn ledgerlm errors into the top-level handler's stderr lines and exit code; never a traceback.

    Only for typer apps invoked directly (tests, embedding): :class:`ledgerlm.cli.options.GuardedCommand` and
    ``GuardedGroup`` run every command under it. Under ``ledgerlm`` the top-level handler
    (``ledgerlm.cli.main.run``) words everything, with the same lines; command bodies carry no guard of their own."""
    import typer

    try:
        yield
    except LedgerError as exc:
        say_error(exc.message, exc.hint)
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        say_error("interrupted", None)
        raise typer.Exit(130) from None
