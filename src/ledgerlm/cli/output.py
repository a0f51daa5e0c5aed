"""Shared CLI conventions: ``--json`` output with a stable schema, errors on stderr with a non-zero exit."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import typer
from pydantic import BaseModel
from rich.console import Console

from ledgerlm.errors import LedgerError

console = Console()
err_console = Console(stderr=True)

JSON_OPTION = typer.Option(False, "--json", help="Print machine-readable JSON (stable schema).")


def to_jsonable(value: Any) -> Any:
    """Convert models, dataclasses, Decimals and bytes into plain JSON values."""
    if isinstance(value, BaseModel):
        return to_jsonable(value.model_dump(mode="python"))
    if is_dataclass(value) and not isinstance(value, type):
        return to_jsonable(asdict(value))
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return decimal_to_json(value)
    if isinstance(value, bytes):
        return "0x" + value.hex()
    if isinstance(value, Path):
        return str(value)
    return value


def decimal_to_json(value: Decimal) -> int | float | str:
    """Integral -> int; exactly representable as float -> float; otherwise a string (never lose digits)."""
    if value == value.to_integral_value():
        return int(value)
    as_float = float(value)
    return as_float if Decimal(repr(as_float)) == value else str(value)


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
