"""Contracts from plain language: parse latency, request -> deployed-and-verified latency (warm and cold, on anvil and
memory), and the warm path against a plain compile+deploy without ledgerlm's cache, all in one process.

Targets on a 2-core machine: parse <= 15 ms p50, warm <= 0.3 s, cold <= 4 s.
Run: .venv/bin/python bench/contracts.py [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, SHARED, load_jsonl, summary_ms, temp_home, timed  # noqa: E402

from ledgerlm.chain import anvil, backends, connect  # noqa: E402
from ledgerlm.contracts import pipeline
from ledgerlm.contracts.kinds import get_plugin  # noqa: E402
from ledgerlm.contracts.request import parse  # noqa: E402
from ledgerlm.solidity import compiler  # noqa: E402

SEED = "自动借贷合约，贷款期限3个月，年利率5%，每期还款10%本金"


def bench_parse() -> None:
    rows = load_jsonl(
        SHARED / "examples" / "contracts_dev.jsonl", ROOT / "tests" / "language" / "data" / "contracts_dev.jsonl"
    )
    for row in rows[:3]:
        parse(row["text"])  # load models and caches
    samples = []
    for _ in range(3):
        for row in rows:
            seconds, _ = timed(lambda r=row: parse(r["text"]))
            samples.append(seconds)
    print(f"parse ({len(rows)} dev requests x3): {summary_ms(samples)}")


def _request(principal: int) -> float:
    def request() -> None:  # the whole request: text -> parse -> ... -> deployed and verified
        plan = pipeline.plan_from_text(SEED, {"principal": Decimal(principal)})
        pipeline.create_contract(plan, chain=BACKEND, confirm=lambda p: True)

    seconds, _ = timed(request)
    return seconds


def _reset_caches() -> None:
    compiler._memory_cache.clear()
    compiler._worker.close()


def bench_create(backend: str, rounds: int) -> dict[str, list[float]]:
    global BACKEND
    BACKEND = backend
    results: dict[str, list[float]] = {"cold": [], "warm": []}
    for i in range(rounds):
        with temp_home():
            if backend == "anvil":
                anvil.start()
            _reset_caches()
            results["cold"].append(_request(10 + i))
            for j in range(rounds):
                results["warm"].append(_request(20 + j))
            if backend == "anvil":
                anvil.stop()
                backends._anvil_chains.clear()
    print(f"{backend:6s} cold (nothing cached): {summary_ms(results['cold'])}")
    print(f"{backend:6s} warm (artefact cached): {summary_ms(results['warm'])}")
    return results


def bench_baseline(rounds: int) -> list[float]:
    """Plain compile (a fresh solc-js process, no cache) + deploy of the same loan contract, no ledgerlm stages."""
    plan = pipeline.plan_from_text(SEED, {"principal": Decimal(10)})
    generated = get_plugin("loan").render(plan.spec)
    std = compiler.standard_input({generated.filename: generated.source})
    samples = []
    with temp_home():
        anvil.start()
        chain = connect("anvil")
        parties, _ = pipeline.resolve_parties(chain, plan.spec, get_plugin("loan").roles(plan.spec))
        for _ in range(rounds):

            def plain() -> None:
                out = subprocess.run(
                    [str(ROOT / "tools" / "solc"), "--standard-json"],
                    input=json.dumps(std),
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
                info = json.loads(out)["contracts"][generated.filename][generated.contract_name]
                from ledgerlm.solidity.artifact import Artifact

                evm = info["evm"]
                code, runtime = "0x" + evm["bytecode"]["object"], "0x" + evm["deployedBytecode"]["object"]
                art = Artifact(generated.contract_name, generated.filename, info["abi"], code, runtime, "baseline", "")
                ctx = pipeline.build_context(chain, plan.spec, parties, None)
                chain.deploy(art, get_plugin("loan").constructor_args(plan.spec, ctx))

            seconds, _ = timed(plain)
            samples.append(seconds)
        anvil.stop()
        backends._anvil_chains.clear()
    print(f"baseline plain compile+deploy on anvil: {summary_ms(samples)}")
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    bench_parse()
    anvil_runs = bench_create("anvil", args.rounds)
    bench_create("memory", args.rounds)
    base = bench_baseline(args.rounds)
    warm = sorted(anvil_runs["warm"])[len(anvil_runs["warm"]) // 2]
    plain = sorted(base)[len(base) // 2]
    print(
        f"warm ledgerlm path / plain compile+deploy (p50, anvil): {warm / plain:.3f}x "
        f"({warm * 1000:.0f} ms vs {plain * 1000:.0f} ms)"
    )


BACKEND = "anvil"

if __name__ == "__main__":
    main()
