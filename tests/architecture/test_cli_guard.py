"""One error guard and one set of shared options for the CLI areas: no command carries its own
``with handle_errors()``, and every command runs under :mod:`ledgerlm.cli.options`' guard, so a ledgerlm error
is one line and a hint on stderr with its exit code, never a traceback."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import typer
from typer.testing import CliRunner

from ledgerlm.cli import options
from ledgerlm.errors import InputError, NotFound

CLI = Path(__file__).resolve().parents[2] / "src" / "ledgerlm" / "cli"
#: Every CLI area: all use the shared guard and options (``main.py`` holds the top-level handler itself).
GUARDED_AREAS = (
    "assistant",
    "audit",
    "consensus",
    "contracts",
    "devnet",
    "governance",
    "identity",
    "intents",
    "language",
    "learn",
    "models",
    "node",
    "privacy",
    "review",
    "risk",
    "server",
)


def _with_handle_errors(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.With)
        and any(
            isinstance(i.context_expr, ast.Call) and getattr(i.context_expr.func, "id", "") == "handle_errors"
            for i in node.items
        )
    ]


def test_the_guarded_areas_have_no_per_command_wrapper() -> None:
    found = {area: _with_handle_errors(CLI / f"{area}.py") for area in GUARDED_AREAS}
    assert {a: lines for a, lines in found.items() if lines} == {}


def test_the_guarded_areas_define_no_chain_or_json_option_of_their_own() -> None:
    for area in GUARDED_AREAS:
        text = (CLI / f"{area}.py").read_text(encoding="utf-8")
        assert "CHAIN_OPTION = " not in text and "JSON_OPTION = " not in text, area


def test_every_command_of_the_guarded_areas_runs_under_the_guard() -> None:
    from ledgerlm.cli.main import build_app

    app = build_app([f"ledgerlm.cli.{area}" for area in GUARDED_AREAS])
    root = typer.main.get_command(app)
    unguarded = []

    def walk(command: object, path: str, guarded: bool) -> None:
        guarded = guarded or isinstance(command, options.GuardedCommand | options.GuardedGroup)
        subs = getattr(command, "commands", None)
        if subs:
            for name, sub in subs.items():
                walk(sub, f"{path} {name}".strip(), guarded)
        elif not guarded:
            unguarded.append(path)

    for name, command in root.commands.items():  # type: ignore[attr-defined]
        walk(command, name, False)
    assert unguarded == []
    assert len(root.commands) >= 15  # type: ignore[attr-defined]


def _app() -> typer.Typer:
    app = typer.Typer()
    app.callback()(lambda: None)
    sub = options.group("things")
    app.add_typer(sub, name="things")

    @options.command(app, "usage")
    def usage() -> None:
        raise InputError("bad [value] <b>x</b>", hint="pass --x")

    @sub.command("missing")
    def missing(as_json: bool = options.JSON_OPTION, chain: str = options.CHAIN_OPTION) -> None:
        raise NotFound(f"no such thing (chain={chain}, json={as_json})")

    return app


def test_a_usage_error_is_one_line_a_hint_and_exit_2() -> None:
    res = CliRunner().invoke(_app(), ["usage"])
    assert res.exit_code == 2
    assert res.stderr.splitlines() == ["error: bad [value] <b>x</b>", "hint: pass --x"]
    assert "Traceback" not in res.output and res.stdout == ""


def test_a_failure_in_a_group_is_exit_1_with_the_shared_options() -> None:
    res = CliRunner().invoke(_app(), ["things", "missing", "--chain", "memory", "--json"])
    assert res.exit_code == 1
    assert res.stderr.splitlines() == ["error: no such thing (chain=memory, json=True)"]


def test_the_shared_options_are_defined_once() -> None:
    """``--chain``, ``--json``, ``--yes``, ``--lang`` and ``--rpc`` come from ``cli/options.py`` in every guarded area
    (a command may sharpen the help, never redefine the option)."""
    shared = re.compile(r'typer\.Option\([^)]*"--(chain|json|yes|lang|rpc)"')
    found = {area: shared.findall((CLI / f"{area}.py").read_text(encoding="utf-8")) for area in GUARDED_AREAS}
    assert {area: names for area, names in found.items() if names} == {}


def test_the_plain_chain_option_reads_the_same_everywhere() -> None:
    from ledgerlm.cli.main import build_app

    app = build_app([f"ledgerlm.cli.{area}" for area in ("audit", "devnet", "models")])
    root = typer.main.get_command(app)
    helps = set()
    for group in root.commands.values():  # type: ignore[attr-defined]
        for name, command in getattr(group, "commands", {}).items():
            if (group.name, name) in {("audit", "check"), ("models", "verify-decision")}:
                continue  # a sharper wording of the same option
            helps |= {p.help for p in command.params if "--chain" in getattr(p, "opts", ())}
    assert helps == {options.CHAIN_HELP}


def test_every_area_module_is_a_guarded_area() -> None:
    """A new CLI area joins the guard and the shared options: the list above names every command module."""
    infrastructure = {"__init__", "lazy", "main", "options", "output", "recache"}
    areas = {p.stem for p in CLI.glob("*.py")} - infrastructure
    assert areas == set(GUARDED_AREAS), sorted(areas ^ set(GUARDED_AREAS))
