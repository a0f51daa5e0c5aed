"""Crash safety with real processes killed by SIGKILL while logging and while anchoring.

"Acknowledged" = returned from ``record``/``record_many``: the child prints (and flushes) every id it got back;
after the kill each of them must be in the log, ``check`` must be clean, and a restarted process must carry on.
Anchoring is killed both at random instants and exactly between "mined" and "marked anchored" (the worst window);
afterwards every anchored root must equal the root recomputed from the log and stored in the contract.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from ledgerlm.audit.checker import check_log
from ledgerlm.audit.log import AuditLog

LOGGER = """
import sys
from ledgerlm import audit
i = 0
while True:
    if i % 3 == 0:
        recs = audit.record_many([{"component": "crash", "raw_input": f"bulk {i}-{k}", "output": {"i": i, "k": k},
                                   "redacted_input": f"bulk {i}-{k}"} for k in range(20)])
    else:
        recs = [audit.record("crash", f"one {i}", {"i": i}, redacted_input=f"one {i}")]
    sys.stdout.write("ack " + " ".join(str(r.id) for r in recs) + "\\n")
    sys.stdout.flush()
    i += 1
"""

ANCHORER = """
import os, signal, sys
from ledgerlm import audit
from ledgerlm.audit.log import AuditLog
from ledgerlm.chain import connect
if os.environ.get("DIE_IN") == "mark_anchored":
    AuditLog.mark_anchored = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
chain = connect("anvil")
log = audit.default_log()
i = 0
while True:
    recs = audit.record_many([{"component": "crash", "raw_input": f"a {i}-{k}", "output": {"i": i, "k": k},
                               "redacted_input": f"a {i}-{k}"} for k in range(7)])
    sys.stdout.write("ack " + " ".join(str(r.id) for r in recs) + "\\n")
    sys.stdout.flush()
    for b in log.anchor(chain):
        sys.stdout.write(f"anchored {b.id}\\n")
        sys.stdout.flush()
    i += 1
"""


class Child:
    """A child process whose stdout lines are collected by a thread, so the pipe never blocks it."""

    def __init__(self, code: str, env: dict[str, str] | None = None) -> None:
        self.lines: list[str] = []
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, **(env or {})},
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.strip())

    def wait_for(self, prefix: str, timeout_s: float = 60) -> None:
        deadline = time.monotonic() + timeout_s
        while not any(line.startswith(prefix) for line in self.lines):
            if self.proc.poll() is not None:
                self._reader.join(5)
                if any(line.startswith(prefix) for line in self.lines):
                    return
                err = self.proc.stderr.read() if self.proc.stderr else ""
                raise AssertionError(f"child exited ({self.proc.returncode}) before {prefix!r}: {err[-2000:]}")
            assert time.monotonic() < deadline, f"child never printed {prefix!r}"
            time.sleep(0.01)

    def kill(self) -> None:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)
        self._reader.join(10)
        if self.proc.stderr:
            self.proc.stderr.close()

    def acked(self) -> list[int]:
        return [int(x) for line in self.lines if line.startswith("ack ") for x in line.split()[1:]]


def test_sigkill_while_logging_loses_no_acknowledged_record(ledgerlm_home: Path) -> None:
    rng = random.Random(7)
    acked: list[int] = []
    for _ in range(4):
        child = Child(LOGGER)
        child.wait_for("ack")
        time.sleep(rng.uniform(0.05, 0.6))
        child.kill()
        assert child.proc.returncode == -signal.SIGKILL
        acked += child.acked()
    assert len(acked) == len(set(acked)) > 4
    with AuditLog(ledgerlm_home / "audit.sqlite") as log:
        present = {r.id for r in log.iter()}
        assert set(acked) <= present
        report = check_log(log)
        assert report.ok, report.issues
        assert present == set(range(1, max(present) + 1))  # resumed cleanly, no gaps
        after = log.append("crash", "after", {"ok": True})
        assert after.id == max(present) + 1


def test_sigkill_while_anchoring_never_anchors_a_wrong_root(ledgerlm_home: Path, anvil_chain: object) -> None:
    chain = anvil_chain
    acked: list[int] = []
    # 1. killed exactly after the anchor transaction was mined, before the log recorded it
    child = Child(ANCHORER, {"DIE_IN": "mark_anchored"})
    child.proc.wait(120)
    child.kill()
    assert child.proc.returncode == -signal.SIGKILL
    acked += child.acked()
    with AuditLog(ledgerlm_home / "audit.sqlite") as log:
        (pending,) = log.batches("pending")
        assert pending.contract and pending.tx_hash is None
        block = chain.w3.eth.block_number
        (done,) = log.anchor(chain, force=False)
        assert done.id == pending.id and done.tx_hash and chain.w3.eth.block_number == block  # reconciled, not resent
    # 2. killed at random instants while logging and anchoring
    rng = random.Random(11)
    for _ in range(3):
        child = Child(ANCHORER)
        child.wait_for("anchored")
        time.sleep(rng.uniform(0.0, 0.4))
        child.kill()
        acked += child.acked()
    with AuditLog(ledgerlm_home / "audit.sqlite") as log:
        log.anchor(chain)  # resume: reconcile whatever was in flight, anchor the rest
        present = {r.id for r in log.iter()}
        assert set(acked) <= present
        batches = log.batches()
        assert batches and all(b.status == "anchored" for b in batches)
        assert batches[-1].last_id == max(present)
        report = check_log(log, chain=chain)  # every anchored root == recomputed root == on-chain root
        assert report.ok and report.chain_checked, report.issues
        # an outsider with only the proof file and the node's URL
        from ledgerlm.audit.proofs import build_proof
        from ledgerlm.audit.verify import verify_proof

        for rid in (1, max(acked)):
            result = verify_proof(json.loads(json.dumps(build_proof(log, rid))), rpc_url=chain.url)
            assert result.valid and result.chain_checked, result.errors
