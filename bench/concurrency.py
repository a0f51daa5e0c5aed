"""N concurrent `ledgerlm create` processes on one data dir vs the same N one after another.

Prints the success rate (must be 100%) and the throughput of both, and their ratio, measured in this run.

    .venv/bin/python bench/concurrency.py --n 4
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LEDGERLM = str(Path(sys.executable).with_name("ledgerlm"))
TEXT = "issue a token named Apple Coin, symbol ABC, total supply 1000000"


def _create(env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [LEDGERLM, "create", TEXT, "--yes", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )


def _finish(procs: list[subprocess.Popen]) -> list[str | None]:
    out = []
    for proc in procs:
        stdout, _ = proc.communicate(timeout=600)
        out.append(json.loads(stdout)["address"] if proc.returncode == 0 else None)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=4)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="ledgerlm-bench-")
    env = {**os.environ, "LEDGERLM_HOME": home, "LEDGERLM_CHAIN": "anvil", "LEDGERLM_AUDIT_AUTO_ANCHOR": "false"}
    _finish([_create(env)])  # warm: node start, compile and analysis caches
    start = time.perf_counter()
    sequential = [a for _ in range(args.n) for a in _finish([_create(env)])]
    seq_s = time.perf_counter() - start
    start = time.perf_counter()
    concurrent = _finish([_create(env) for _ in range(args.n)])
    conc_s = time.perf_counter() - start
    subprocess.run([LEDGERLM, "node", "stop"], env=env, capture_output=True)
    ok = [a for a in concurrent if a]
    print(f"N = {args.n}")
    print(
        f"sequential: {sum(a is not None for a in sequential)}/{args.n} ok, {seq_s:.1f} s, "
        f"{args.n / seq_s:.3f} creates/s"
    )
    print(
        f"concurrent: {len(ok)}/{args.n} ok ({100 * len(ok) / args.n:.0f}%), distinct addresses "
        f"{len(set(ok))}, {conc_s:.1f} s, {args.n / conc_s:.3f} creates/s"
    )
    print(f"throughput ratio concurrent/sequential: {seq_s / conc_s:.2f}x")


if __name__ == "__main__":
    main()
