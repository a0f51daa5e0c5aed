from __future__ import annotations

import json

import typer
from typer.testing import CliRunner

from ledgerlm.cli import privacy


def _app() -> typer.Typer:
    app = typer.Typer()
    privacy.register(app)
    app.command("noop")(lambda: None)  # force sub-command mode
    return app


def test_redact_json() -> None:
    result = CliRunner().invoke(_app(), ["redact", "邮箱 a@example.com 电话 13812345678", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["text"] == "邮箱 [EMAIL_1] 电话 [PHONE_1]"
    assert data["has_pii"] is True and data["counts"] == {"EMAIL": 1, "PHONE": 1}
    assert "value" not in data["findings"][0]


def test_redact_refuses_key_with_nonzero_exit() -> None:
    key = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
    result = CliRunner().invoke(_app(), ["redact", f"private key {key}", "--json"])
    assert result.exit_code != 0
    assert key not in result.output
