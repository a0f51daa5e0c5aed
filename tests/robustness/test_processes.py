"""Real processes on the managed anvil: concurrent creates, and SIGKILL of ledgerlm or anvil at stage boundaries.

One data dir and one node for the whole module (starting anvil and warming the compiler cache is the slow part).
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import LEDGERLM, assert_clean, run_process

TOKEN = "issue a token named Apple Coin, symbol ABC, total supply 1000000"
VESTING = "vest 1000 USDC to 0x00000000000000000000000000000000000000b0 over 12 months with 3 month cliff"


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory, shared_cache: Path) -> Iterator[dict[str, str]]:
    env = {
        "LEDGERLM_HOME": str(tmp_path_factory.mktemp("proc-home")),
        "LEDGERLM_CACHE_DIR": str(shared_cache),
        "LEDGERLM_CHAIN": "anvil",
        "LEDGERLM_AUDIT_AUTO_ANCHOR": "false",
    }
    warm = run_process(["create", TOKEN, "--yes", "--json"], env=env, timeout=300)
    assert warm.code == 0, warm.stderr
    yield env
    run_process(["node", "stop"], env=env)


def _deployments(env: dict[str, str]) -> list[dict]:
    out = run_process(["deployments", "--json", "--limit", "1000"], env=env)
    assert out.code == 0, out.stderr
    return json.loads(out.stdout)


def _spawn(env: dict[str, str], text: str, extra: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [LEDGERLM, "create", text, "--yes", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **env, **(extra or {})},
    )


#: 8-way is the heaviest case (about 2.5 minutes on a loaded 2-core machine): run it with LEDGERLM_HEAVY_TESTS=1;
#: ``bench/concurrency.py`` measures 8 (and more) every time it runs.
SIZES = [2, 4, 8] if os.environ.get("LEDGERLM_HEAVY_TESTS") else [2, 4]


@pytest.mark.parametrize("n", SIZES)
def test_concurrent_creates_all_succeed(home: dict[str, str], n: int) -> None:
    before = {d["id"] for d in _deployments(home)}
    procs = [_spawn(home, TOKEN) for _ in range(n)]
    outputs = [p.communicate(timeout=300) for p in procs]
    results = [(p.returncode, out, err) for p, (out, err) in zip(procs, outputs, strict=True)]
    for code, _, err in results:
        assert code == 0 and b"Traceback" not in err, err.decode()[-2000:]
    made = [json.loads(out) for _, out, _ in results]
    assert len({m["address"] for m in made}) == n, "every create got its own address"
    rows = [d for d in _deployments(home) if d["id"] not in before]
    assert sorted(r["address"] for r in rows) == sorted(m["address"] for m in made)
    assert all(r["status"] == "ok" and r["block_hash"] and r["genesis_hash"] for r in rows)
    journal = json.loads(run_process(["journal", "--json"], env=home).stdout)
    assert journal == [], "nothing unfinished"


@pytest.mark.parametrize("stage", ["signed", "deploy", "verify"])
def test_sigkill_of_ledgerlm_is_reconciled(home: dict[str, str], stage: str) -> None:
    before = {d["id"] for d in _deployments(home)}
    proc = _spawn(home, TOKEN, {"LEDGERLM_CRASH_AT": stage})
    proc.communicate(timeout=300)
    assert proc.returncode == -9
    out = run_process(["journal", "--all", "--json"], env=home)
    assert_clean(out, (0,), "journal after a kill")
    assert "note: create #" in out.stderr, out.stderr
    newest = json.loads(out.stdout)[0]
    rows = [d for d in _deployments(home) if d["id"] not in before]
    if stage == "signed":  # signed and journaled, never sent: nothing on chain, nothing recorded
        assert newest["state"] == "abandoned" and rows == [], newest
        return
    assert newest["state"] == "complete", newest
    assert len(rows) == 1 and rows[0]["address"] == newest["address"] and rows[0]["status"] == "ok"
    audit = run_process(["audit", "list", "--json", "--component", "contracts.create", "--limit", "1"], env=home)
    assert newest["address"] in audit.stdout, "the interrupted create has its audit record"


def test_sigkill_before_funding_is_reported_and_resumed(home: dict[str, str]) -> None:
    proc = _spawn(home, VESTING, {"LEDGERLM_CRASH_AT": "record"})
    proc.communicate(timeout=300)
    assert proc.returncode == -9
    out = run_process(["journal", "--json"], env=home)
    assert "never funded" in out.stderr and "ledgerlm resume" in out.stderr, out.stderr
    entry = json.loads(out.stdout)[0]
    assert entry["state"] == "incomplete"
    listed = {d["id"]: d for d in _deployments(home)}[entry["deployment_id"]]
    assert listed["status"] == "unfunded"
    done = run_process(["resume", str(entry["id"]), "--yes", "--json"], env=home)
    assert_clean(done, (0,), "resume")
    assert json.loads(done.stdout)["state"] == "complete"
    assert {d["id"]: d for d in _deployments(home)}[entry["deployment_id"]]["status"] == "ok"


@pytest.fixture
def rare_dumps(tmp_path: Path, shared_cache: Path) -> Iterator[dict[str, str]]:
    """A data dir whose node dumps its state once an hour: a deployment made after the node started is certainly
    not in the dump when the node is killed (with the default 1 s interval that was a race the test could lose)."""
    env = {
        "LEDGERLM_HOME": str(tmp_path / "rare-dumps"),
        "LEDGERLM_CACHE_DIR": str(shared_cache),
        "LEDGERLM_CHAIN": "anvil",
        "LEDGERLM_AUDIT_AUTO_ANCHOR": "false",
        "LEDGERLM_CHAIN_STATE_INTERVAL_S": "3600",
    }
    yield env
    run_process(["node", "stop"], env=env)


def test_anvil_killed_during_funding_gives_the_recorded_message(rare_dumps: dict[str, str]) -> None:
    home = rare_dumps
    proc = _spawn(home, VESTING, {"LEDGERLM_CRASH_AT": "anvil:record"})
    _, err = proc.communicate(timeout=300)
    text = err.decode()
    assert proc.returncode == 1 and "Traceback" not in text, text[-2000:]
    assert "is recorded" in text and "fund it" in text, text
    after = run_process(["deployments", "--json"], env=home)
    assert "not stopped cleanly" in after.stderr, after.stderr
    assert "Traceback" not in after.text
    assert any(d["status"] == "lost" for d in json.loads(after.stdout)), "what the dump did not hold is lost"
    lost = next(d for d in json.loads(after.stdout) if d["status"] == "lost")
    explained = run_process(["explain", str(lost["id"])], env=home)
    assert_clean(explained, (1,), "explain a lost deployment")
    assert "is lost" in explained.stderr
