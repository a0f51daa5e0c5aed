"""One error handler (issue 11 item 3): the areas that used to wrap each command in ``with handle_errors()``
(assistant, governance, identity, intents, language) carry no wrapper of their own; an error in each still prints
one ``error:`` line and a ``hint:`` line on stderr, exits 1 or 2 and shows no traceback, with the same lines whether
the top-level handler (``ledgerlm.cli.main.run``) or the typer guard (``cli.options``, a typer app invoked
directly) words it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from ledgerlm.cli.main import build_app, run

CLI = Path(__file__).resolve().parents[2] / "src" / "ledgerlm" / "cli"
AREAS = ("assistant", "governance", "identity", "intents", "language")

#: area -> (argv, exit status, the error line, the hint line); each fails before any chain, model or network.
CASES: dict[str, tuple[list[str], int, str, str]] = {
    "assistant": (
        ["history", "list"],
        1,
        "error: {home}/config.toml is not valid TOML: "
        "Expected '=' after a key in a key/value pair (at line 1, column 6)",
        "hint: fix or delete the file",
    ),
    "governance": (
        ["dao", "create", "make a dao"],
        2,
        "error: How many governance tokens (votes) in total?",
        "hint: answer in the request or with --set KEY=VALUE",
    ),
    "identity": (
        ["id", "ethr", "nobody"],
        2,
        "error: say one change: --owner, --delegate or --attribute / 请指定一项修改",
        "",
    ),
    "intents": (
        ["intent", ""],
        2,
        "error: empty request: nothing to classify",
        'hint: pass a sentence, e.g. "buy 2 ETH" / "买 2 个 ETH"',
    ),
    "language": (
        ["parse", "贷款 100 USDC，期限 3 个月，年利率 150%", "--json"],
        2,
        "error: annual_rate_pct: 150% a year is above 100%; pass --allow-high-rate if this is intended",
        "hint: correct the value of annual_rate_pct in the request, or pass --set annual_rate_pct=VALUE",
    ),
}


# That no CLI module wraps its own commands and that every command runs under the guard is checked for every
# area module by tests/architecture/test_cli_guard.py; here each area's error reaches the user as one line.


def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, area: str) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    if area == "assistant":
        (home / "config.toml").write_text("this is = = not toml [\n", encoding="utf-8")
    monkeypatch.setenv("LEDGERLM_HOME", str(home))
    monkeypatch.setenv("LEDGERLM_CHAIN", "memory")
    return home


def _expected(area: str, home: Path) -> list[str]:
    _, _, error, hint = CASES[area]
    return [error.format(home=home)] + ([hint] if hint else [])


@pytest.mark.parametrize("area", AREAS)
def test_the_top_level_handler_prints_one_line_and_a_hint(
    area: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = _home(tmp_path, monkeypatch, area)
    argv, status, _, _ = CASES[area]
    assert run(argv) == status
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert [line for line in err.splitlines() if line.startswith(("error:", "hint:"))] == _expected(area, home)
    assert err.splitlines()[-len(_expected(area, home)) :] == _expected(area, home)


@pytest.mark.parametrize("area", AREAS)
def test_the_guard_prints_the_same_lines(area: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = _home(tmp_path, monkeypatch, area)
    argv, status, _, _ = CASES[area]
    app = build_app([f"ledgerlm.cli.{area}"])
    res = CliRunner().invoke(app, argv)
    assert res.exit_code == status, res.output
    assert res.exception is None or isinstance(res.exception, SystemExit)
    assert "Traceback" not in res.output
    assert res.stderr.splitlines()[-len(_expected(area, home)) :] == _expected(area, home)
