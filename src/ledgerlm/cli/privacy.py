"""``ledgerlm redact TEXT``: show what would reach a model, log or chain after redaction."""

from __future__ import annotations

import sys
from typing import Any

import typer

from ledgerlm.cli.options import JSON_OPTION, command
from ledgerlm.cli.output import console, emit
from ledgerlm.errors import InputError


def _render(data: dict[str, Any]) -> None:
    console.print(data["text"], highlight=False, markup=False)
    if data["findings"]:
        summary = ", ".join(f"{k}×{v}" for k, v in data["counts"].items())
        console.print(f"[dim]redacted / 已脱敏: {summary}[/]")
    else:
        console.print("[dim]no personal data found / 未发现个人信息[/]")


def redact_command(
    text: str = typer.Argument(None, help="Text to redact; '-' or omitted reads stdin."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Replace personal data with typed placeholders; refuse private keys and seed phrases.
    将个人信息替换为类型占位符；私钥和助记词直接拒绝。"""
    from ledgerlm.privacy import redact

    if text is None or text == "-":
        text = sys.stdin.read()
    if not text.strip():
        raise InputError("nothing to redact / 没有输入文本", hint="pass the text as an argument or on stdin")
    emit(redact(text).to_dict(), as_json, _render)


def register(app: typer.Typer) -> None:
    command(app, "redact")(redact_command)
