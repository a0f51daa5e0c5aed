"""``ledgerlm parse`` and ``ledgerlm intent`` without typer (``ledgerlm.cli.lazy.FAST``): each option table is what
typer declares, the fast reader hands the command what typer would hand it or declines, and both give the same
output, exit status and (for parse) audit record."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from ledgerlm.cli import intents, language
from ledgerlm.cli.main import build_app, run


def _typer_parse() -> Any:
    root = typer.main.get_command(build_app(["ledgerlm.cli.language"]))
    return root.commands["parse"]  # type: ignore[attr-defined]


def test_the_option_table_is_what_typer_declares() -> None:
    params = _typer_parse().params
    assert params[0].name == "text" and params[0].required
    declared = [(p.opts, p.name, not p.is_flag, p.help) for p in params[1:]]
    assert declared == [([o.flag], o.param, o.takes_value, o.help) for o in language.OPTIONS]
    assert all(p.secondary_opts == [] for p in params[1:])  # no --no-json etc. that the table would not know


#: argv after ``parse`` -> what the command receives (None: the fast reader declines and typer answers)
READINGS: list[tuple[list[str], dict[str, Any] | None]] = [
    (["Loan 10 ETH"], {"text": "Loan 10 ETH", "kind": None, "allow_high_rate": False, "today": None, "as_json": False}),
    (
        ["--json", "x", "--kind", "loan", "--today", "2026-12-01", "--allow-high-rate"],
        {"text": "x", "kind": "loan", "allow_high_rate": True, "today": "2026-12-01", "as_json": True},
    ),
    ([""], {"text": "", "kind": None, "allow_high_rate": False, "today": None, "as_json": False}),
    ([], None),
    (["a", "b"], None),
    (["--help"], None),
    (["x", "--kind"], None),
    (["x", "--kind=loan"], None),
    (["x", "--kind", "--json"], None),
    (["x", "--json", "--json"], None),
    (["-5 ETH"], None),
    (["--", "-5 ETH"], None),
    (["x", "--no-json"], None),
]


@pytest.mark.parametrize(("argv", "expected"), READINGS)
def test_the_fast_reader_matches_typer_or_declines(
    argv: list[str], expected: dict[str, Any] | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert language.parse_args(argv) == expected
    if expected is None:
        return
    got: list[dict[str, Any]] = []
    monkeypatch.setattr(language, "parse_text", lambda **kwargs: got.append(kwargs))
    res = CliRunner().invoke(build_app(["ledgerlm.cli.language"]), ["parse", *argv])
    assert res.exit_code == 0, res.output
    assert got == [expected]


def _records(home: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(home / "audit.sqlite") as conn:
        return conn.execute(
            "SELECT actor, component, kind, model, model_version, input_sha256, input, output, tx_hashes, v"
            " FROM records ORDER BY id"
        ).fetchall()


@pytest.mark.parametrize(
    "argv",
    [
        ["自动借贷合约，贷款期限3个月，年利率5%，每期还款10%本金", "--json"],
        ["Loan 1000 USDC to Bob for 6 months at 5% annual interest, call him at bob@example.com"],
        ["托管 3 万 USDC 给小张，到明年3月15日截止，Oscar 负责验收", "--json", "--today", "2026-12-01"],
    ],
)
def test_fast_and_typer_print_and_record_the_same(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LEDGERLM_CHAIN", "memory")
    monkeypatch.setenv("COLUMNS", "100")
    fast_home, typer_home = tmp_path / "fast", tmp_path / "typer"
    monkeypatch.setenv("LEDGERLM_HOME", str(fast_home))
    assert run(["parse", *argv]) == 0
    fast_out = capsys.readouterr().out
    monkeypatch.setenv("LEDGERLM_HOME", str(typer_home))
    res = CliRunner().invoke(build_app(["ledgerlm.cli.language"]), ["parse", *argv])
    assert res.exit_code == 0, res.output
    assert res.stdout == fast_out
    assert _records(fast_home) == _records(typer_home)
    assert len(_records(fast_home)) == 1


def test_typer_still_answers_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["parse", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--allow-high-rate" in out and "--today" in out and "The request, e.g." in out


# -- ``ledgerlm intent`` without typer -------------------------------------------------------------------------------
def _typer_intent() -> Any:
    root = typer.main.get_command(build_app(["ledgerlm.cli.intents"]))
    return root.commands["intent"]  # type: ignore[attr-defined]


def test_the_intent_option_table_is_what_typer_declares() -> None:
    params = _typer_intent().params
    assert params[0].name == "text" and params[0].required
    declared = [(p.opts, p.name, not p.is_flag, p.help) for p in params[1:]]
    assert declared == [([o.flag], o.param, o.takes_value, o.help) for o in intents.INTENT_OPTIONS]
    assert all(p.secondary_opts == [] for p in params[1:])


INTENT_READINGS: list[tuple[list[str], dict[str, Any] | None]] = [
    (["buy 2 ETH"], {"text": "buy 2 ETH", "model": None, "as_json": False}),
    (["--json", "卖 1 个 BTC", "--model", "default"], {"text": "卖 1 个 BTC", "model": "default", "as_json": True}),
    ([], None),
    (["a", "b"], None),
    (["--help"], None),
    (["x", "--model"], None),
    (["x", "--model=default"], None),
    (["x", "--json", "--json"], None),
    (["-5 ETH"], None),
    (["x", "--lang", "zh"], None),
]


@pytest.mark.parametrize(("argv", "expected"), INTENT_READINGS)
def test_the_fast_intent_reader_matches_typer_or_declines(
    argv: list[str], expected: dict[str, Any] | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert intents.intent_args(argv) == expected
    if expected is None:
        return
    got: list[dict[str, Any]] = []
    monkeypatch.setattr(intents, "intent_text", lambda **kwargs: got.append(kwargs))
    res = CliRunner().invoke(build_app(["ledgerlm.cli.intents"]), ["intent", *argv])
    assert res.exit_code == 0, res.output
    assert got == [expected]


@pytest.mark.parametrize(
    "argv",
    [
        ["send 5 USDC to 0x742d35Cc6634C0532925a3b844Bc454e4438f44e", "--json"],
        ["给 bob 转两千个 ETH，滑点 1%"],
        ["what is impermanent loss?", "--json"],
    ],
)
def test_fast_and_typer_intent_print_the_same(
    argv: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LEDGERLM_CHAIN", "memory")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("LEDGERLM_HOME", str(tmp_path))
    assert run(["intent", *argv]) == 0
    fast_out = capsys.readouterr().out
    res = CliRunner().invoke(build_app(["ledgerlm.cli.intents"]), ["intent", *argv])
    assert res.exit_code == 0, res.output
    assert res.stdout == fast_out and fast_out.strip()


def test_typer_still_answers_intent_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["intent", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--model" in out and "An utterance in Chinese or English" in out
