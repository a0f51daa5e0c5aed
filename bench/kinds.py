"""Contract kinds: per-kind self-test latency and deployment gas on py-evm, the payoff of one artefact per feature
set (cached compile of a shared template vs compiling a fresh source with values baked in, the naive baseline),
and the loan reference schedule in Python vs reading it from the chain. All in one process.

Run: .venv/bin/python bench/kinds.py [--rounds N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import summary_ms, temp_home, timed  # noqa: E402

from ledgerlm.chain import connect  # noqa: E402
from ledgerlm.contracts import pipeline
from ledgerlm.contracts.assets import resolve_asset  # noqa: E402
from ledgerlm.contracts.kinds import get_plugin  # noqa: E402
from ledgerlm.contracts.kinds.loan import reference  # noqa: E402
from ledgerlm.solidity import compiler  # noqa: E402
from ledgerlm.units import MONTH_SECONDS  # noqa: E402

CASES = {
    "loan": {"principal": 1000, "annual_rate_pct": 5, "term_months": 12, "period_months": 1, "installment_pct": 5},
    "token": {
        "name": "Acme",
        "symbol": "ACM",
        "initial_supply": 1000,
        "mintable": True,
        "burnable": True,
        "pausable": True,
        "cap": 5000,
    },
    "escrow": {"amount": 2, "deadline_days": 30, "arbiter": "Carol"},
    "vesting": {"amount": 1200, "duration_months": 12, "cliff_months": 3},
    "crowdfund": {"goal": 10, "deadline_days": 14},
    "multisig": {"owners": ["0x" + "0" * 39 + "1"], "owners_count": 1, "threshold": 1},
    "nft": {
        "name": "Harbor Cats",
        "symbol": "HCAT",
        "max_supply": 10000,
        "mint_price": "0.05",
        "max_per_wallet": 5,
        "royalty_pct": 5,
    },
    "splitter": {"payees": ["Ann", "Bo", "Cy"], "shares": [5, 3, 2]},
    "traceability": {"stages": ["harvested", "roasted", "shipped", "delivered"]},
    "data_access": {"data": "medical records", "access_days": 30},
}


def bench_self_tests(rounds: int) -> None:
    print("self-test on py-evm (the `create` test stage) and deployment gas:")
    for kind, params in CASES.items():
        chain = connect("memory")
        plan = pipeline.plan_from_params(kind, params)
        _, artifact = pipeline.generate(plan.spec)
        plugin = get_plugin(kind)
        token = getattr(plan.spec, "token", None)
        asset = resolve_asset(chain, token) if token else None
        if kind == "multisig":
            parties = {"owners": [chain.dev_accounts[0].address]}
        else:
            parties, _ = pipeline.resolve_parties(chain, plan.spec, plugin.roles(plan.spec))
        ctx = pipeline.build_context(chain, plan.spec, parties, asset)
        samples = []
        checks: list[str] = []
        for _ in range(rounds):
            seconds, checks = timed(lambda c=chain, a=artifact, s=plan.spec, x=ctx: pipeline.self_test(c, a, s, x))
            samples.append(seconds)
        gas = chain.deploy(artifact, plugin.constructor_args(plan.spec, ctx), value=plugin.value_wei(plan.spec, ctx))
        print(f"  {kind:<10} {summary_ms(samples)}   {len(checks)} checks   deploy gas {gas.gas_used:,}")


def bench_template_reuse(rounds: int) -> None:
    generated = get_plugin("loan").render(pipeline.plan_from_params("loan", CASES["loan"]).spec)
    compiler.compile_sources({generated.filename: generated.source})  # warm the worker and the cache
    shared, fresh = [], []
    for i in range(rounds):
        shared.append(timed(lambda: compiler.compile_sources({generated.filename: generated.source}))[0])
        baked = generated.source + f"\n// request {i}: principal 1000, 5% (values baked in)\n"
        fresh.append(timed(lambda s=baked: compiler.compile_sources({generated.filename: s}))[0])
    print("loan artefact per request:")
    print(f"  shared template (cached)   {summary_ms(shared)}")
    print(f"  fresh source per request   {summary_ms(fresh)}   (baseline)")
    print(f"  ratio baseline/shared      {sorted(fresh)[len(fresh) // 2] / sorted(shared)[len(shared) // 2]:.0f}x")


def bench_schedule(rounds: int) -> None:
    terms = reference.LoanTerms(10**24, 650, 360 * MONTH_SECONDS, MONTH_SECONDS, 25)
    chain = connect("memory")
    plan = pipeline.plan_from_params("loan", CASES["loan"])
    _, artifact = pipeline.generate(plan.spec)
    a, b = chain.dev_accounts[1].address, chain.dev_accounts[2].address
    address = chain.deploy(
        artifact,
        [
            a,
            b,
            "0x" + "0" * 40,
            terms.principal,
            terms.annual_rate_bps,
            terms.term_seconds,
            terms.period_seconds,
            terms.installment_bps,
            0,
        ],
    ).address
    fn = chain.contract(address, artifact.abi).functions
    py, onchain = [], []
    for _ in range(rounds):
        py.append(timed(lambda: reference.schedule(terms))[0])
        onchain.append(timed(lambda: [chain.call(fn.scheduleRow(i)) for i in range(360)])[0])
    same = [tuple(chain.call(fn.scheduleRow(i))) for i in range(360)] == [
        (r.due_offset_seconds, r.principal_part, r.interest_part, r.outstanding_after)
        for r in reference.schedule(terms)
    ]
    print("30-year monthly loan schedule (360 rows):")
    print(f"  Python reference           {summary_ms(py)}")
    print(f"  eth_call x360 on py-evm    {summary_ms(onchain)}   identical to the wei: {same}")
    print(f"  ratio chain/Python         {sorted(onchain)[len(onchain) // 2] / sorted(py)[len(py) // 2]:.0f}x")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with temp_home():
        bench_self_tests(args.rounds)
        bench_template_reuse(args.rounds)
        bench_schedule(max(2, args.rounds // 2))


if __name__ == "__main__":
    main()
