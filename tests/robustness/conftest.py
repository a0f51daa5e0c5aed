"""Helpers for running the real CLI: in-process through the one top-level handler, or as a subprocess."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LEDGERLM = str(Path(sys.executable).with_name("ledgerlm"))


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str

    @property
    def text(self) -> str:
        return self.stdout + self.stderr


def run_inprocess(args: list[str], stdin: str = "") -> Outcome:
    """``ledgerlm ARGS`` through ``ledgerlm.cli.main.run`` (the handler the console script uses)."""
    from ledgerlm.cli.main import run

    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = run(args)
    finally:
        sys.stdin = old_stdin
    return Outcome(code, out.getvalue(), err.getvalue())


def run_process(
    args: list[str | bytes], env: dict[str, str] | None = None, timeout: float = 120, stdin: bytes = b""
) -> Outcome:
    proc = subprocess.run(
        [LEDGERLM, *args], input=stdin, capture_output=True, timeout=timeout, env={**os.environ, **(env or {})}
    )
    return Outcome(proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"))


def assert_clean(outcome: Outcome, codes: tuple[int, ...], what: str) -> None:
    """No traceback, no bug line, one error line (plus hint), and an expected exit status."""
    assert "Traceback" not in outcome.text, f"{what}: traceback\n{outcome.text[-3000:]}"
    assert "unexpected " not in outcome.stderr, f"{what}: unexpected exception\n{outcome.stderr[-2000:]}"
    assert outcome.code in codes, f"{what}: exit {outcome.code}, expected {codes}\n{outcome.text[-2000:]}"
    if outcome.code != 0:
        errors = [line for line in outcome.stderr.splitlines() if line.startswith("error:")]
        assert len(errors) <= 1, f"{what}: more than one error line\n{outcome.stderr}"


def partial_files(root: Path) -> list[Path]:
    """Files a crashed or refused write would leave: temp files and empty outputs."""
    if not root.exists():
        return []
    return [p for p in root.rglob("*") if p.is_file() and (p.suffix == ".tmp" or p.name.endswith(".partial"))]


@pytest.fixture
def env_home(ledgerlm_home: Path, shared_cache: Path) -> dict[str, str]:
    return {"LEDGERLM_HOME": str(ledgerlm_home), "LEDGERLM_CACHE_DIR": str(shared_cache)}
