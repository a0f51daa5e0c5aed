"""Whole-process start-up of the CLI: `ledgerlm --help`, `ledgerlm parse`, `ledgerlm intent`, median of several runs.

Each figure is printed against two baselines measured in the same run: `python -c pass` (the interpreter alone) and
`python -c "import web3"` (what the parse path used to pay for importing the chain layer).
Targets (issue 11): --help <= 0.15 s, parse <= 0.3 s, intent <= 0.5 s on a 2-core machine.
Run: .venv/bin/python bench/cli.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
CLI = str(Path(PYTHON).with_name("ledgerlm"))

CASES: list[tuple[str, list[str], float | None]] = [
    ("python -c pass", [PYTHON, "-c", "pass"], None),
    ('python -c "import web3"', [PYTHON, "-c", "import web3"], None),
    ("ledgerlm --help", [CLI, "--help"], 0.15),
    ("ledgerlm parse", [CLI, "parse", "自动借贷合约，贷款期限3个月，年利率5%，每期还款10%本金", "--json"], 0.3),
    ("ledgerlm intent", [CLI, "intent", "send 5 USDC to 0x742d35Cc6634C0532925a3b844Bc454e4438f44e", "--json"], 0.5),
]


def time_process(argv: list[str], env: dict[str, str], runs: int) -> tuple[float, int]:
    """Median wall time of `runs` executions after one warm-up (which fills OS caches and ledgerlm's own)."""
    samples = []
    code = 0
    for i in range(runs + 1):
        start = time.perf_counter()
        proc = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
        elapsed = time.perf_counter() - start
        code = proc.returncode
        if i:
            samples.append(elapsed)
    return statistics.median(samples), code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "LEDGERLM_HOME": home, "LEDGERLM_CHAIN": "memory"}
        results = {name: time_process(argv, env, args.runs) for name, argv, _ in CASES}
    base = results["python -c pass"][0]
    web3 = results['python -c "import web3"'][0]
    print(f"{'command':28} {'median':>9} {'x python':>9} {'x import web3':>14} {'target':>8}  status")
    for name, _, target in CASES:
        median, code = results[name]
        verdict = "" if target is None else ("met" if median <= target else "NOT met")
        if code not in (0,):
            verdict += f" (exit {code})"
        tgt = "" if target is None else f"{target:.2f} s"
        print(f"{name:28} {median:8.3f}s {median / base:8.2f}x {median / web3:13.2f}x {tgt:>8}  {verdict}")


if __name__ == "__main__":
    main()
