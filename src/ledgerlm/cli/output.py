"""Shared CLI conventions: ``--json`` output with a stable schema, errors on stderr with a non-zero exit."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import typer
from rich.console import Console

from ledgerlm.errors import LedgerError
from ledgerlm.jsonutil import decimal_to_json, to_jsonable

console = Console()
err_console = Console(stderr=True)

__all__ = ["JSON_OPTION", "console", "decimal_to_json", "emit", "err_console", "fail", "handle_errors", "to_jsonable"]

JSON_OPTION = typer.Option(False, "--json", help="Print machine-readable JSON (stable schema).")


def emit(data: Any, as_json: bool, render: Callable[[Any], None] | None = None) -> None:
    """Print ``data`` as JSON, or hand it to ``render`` for a human-friendly view."""
    if as_json or render is None:
        sys.stdout.write(json.dumps(to_jsonable(data), ensure_ascii=False, indent=2) + "\n")
    else:
        render(data)


def fail(message: str, *, hint: str | None = None, code: int = 1) -> typer.Exit:
    err_console.print(f"[bold red]error:[/] {message}", highlight=False)
    if hint:
        err_console.print(f"[yellow]hint:[/] {hint}", highlight=False)
    return typer.Exit(code)


@contextmanager
def handle_errors() -> Iterator[None]:
    """Turn ledgerlm errors into a clear stderr message and exit code; never a traceback for user errors."""
    try:
        yield
    except LedgerError as exc:
        raise fail(exc.message, hint=exc.hint, code=exc.exit_code) from None
    except KeyboardInterrupt:
        raise fail("interrupted", code=130) from None
