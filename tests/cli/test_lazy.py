"""The lazy command table (``ledgerlm.cli.lazy``) says exactly what the area modules register, and running one
command imports only its own area."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys

import typer

from ledgerlm.cli.lazy import COMMANDS, areas


def _registered(module: str) -> list[str]:
    app = typer.Typer()
    importlib.import_module(module).register(app)
    names = [c.name or c.callback.__name__.replace("_", "-") for c in app.registered_commands if c.callback]
    names += [g.name or g.typer_instance.info.name for g in app.registered_groups]
    return [n for n in names if n]


def test_the_table_matches_what_each_area_registers() -> None:
    real = {name: module for module in areas() for name in _registered(module)}
    assert real == {name: module for name, (module, _) in COMMANDS.items()}


def test_parse_imports_only_the_language_area() -> None:
    code = (
        "import sys, runpy; sys.argv = ['ledgerlm', 'parse', 'Loan 10 ETH to Bob for 6 months at 5%', '--json'];"
        "from ledgerlm.cli import main;"
        "code = main.run(sys.argv[1:]);"
        "import json; print(json.dumps(sorted(m for m in sys.modules if m.startswith('ledgerlm.cli.'))))"
    )
    env = {**os.environ, "LEDGERLM_CHAIN": "memory"}
    out = (
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120, check=True)
        .stdout.strip()
        .splitlines()[-1]
    )
    loaded = set(json.loads(out))
    assert "ledgerlm.cli.language" in loaded
    assert not loaded & {"ledgerlm.cli.server", "ledgerlm.cli.review", "ledgerlm.cli.consensus", "ledgerlm.cli.audit"}
    heavy = subprocess.run(
        [
            sys.executable,
            "-c",
            code.replace(
                "print(json.dumps(sorted(m for m in sys.modules if m.startswith('ledgerlm.cli.'))))",
                "print(json.dumps(sorted(m for m in ('web3', "
                "'eth_account', 'eth_tester', 'slither', 'fastapi') "
                "if m in sys.modules)))",
            ),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    assert json.loads(heavy.stdout.strip().splitlines()[-1]) == []
