"""Governance: time to plan (read + decode + flag), simulate and propose a treasury payment, and the whole
lifecycle (propose, vote, queue, execute) on py-evm; fork simulation on the managed anvil when --anvil is given.
Baseline in the same run: one plain ERC-20 transfer sent directly (what the proposal finally does). Then the same
for a DAO made by ``ledgerlm create`` (the dao kind): create, plan, propose and the rest of the life, p50 of rounds.

Run: .venv/bin/python bench/governance.py [--anvil]
"""

from __future__ import annotations

import argparse
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import temp_home  # noqa: E402

DAY = 86400


def run(chain_name: str) -> None:
    from ledgerlm.chain import connect
    from ledgerlm.chain.erc20 import ERC20_ABI
    from ledgerlm.contracts.assets import resolve_asset
    from ledgerlm.governance import lifecycle
    from ledgerlm.governance.dao import DaoSpec, artifacts, deploy_dao

    if chain_name == "anvil":
        from ledgerlm.chain import anvil

        anvil.start()
    chain = connect(chain_name)
    artifacts()  # compile outside the timings
    holder = chain.dev_accounts[1]
    t = time.perf_counter()
    dao = deploy_dao(
        chain,
        DaoSpec(
            name="Bench",
            symbol="BNCH",
            supply=Decimal(1_000_000),
            quorum_pct=Decimal(4),
            voting_period_s=7 * DAY,
            timelock_delay_s=2 * DAY,
            voting_delay_s=DAY,
            holders=((holder.address, Decimal(100)),),
        ),
    )
    deploy_s = time.perf_counter() - t
    usdc = resolve_asset(chain, "USDC")
    token = chain.contract(usdc.address, ERC20_ABI)
    chain.transact(token.functions.transfer(dao.timelock, 100_000 * 10**6))
    lifecycle.delegate(chain, dao, holder.address, sender=holder)
    payee = chain.dev_accounts[5].address
    t = time.perf_counter()
    plan = lifecycle.plan_proposal(chain, dao, f"pay 5,000 USDC from the treasury to {payee} for the audit")
    plan_s = time.perf_counter() - t
    assert plan.review is not None
    t = time.perf_counter()
    pid = int(lifecycle.propose(chain, plan, plan.hash, sender=holder)["proposal_id"])
    propose_s = time.perf_counter() - t
    t = time.perf_counter()
    chain.increase_time(DAY + 1)
    lifecycle.vote(chain, dao, pid, "for", sender=holder)
    chain.increase_time(7 * DAY + 1)
    lifecycle.queue(chain, dao, pid)
    chain.increase_time(2 * DAY + 1)
    lifecycle.execute(chain, dao, pid)
    rest_s = time.perf_counter() - t
    t = time.perf_counter()
    chain.transact(token.functions.transfer(payee, 5_000 * 10**6))
    direct_s = time.perf_counter() - t
    print(
        f"[{chain_name}] deploy DAO {deploy_s:6.2f} s | plan (read, decode, flag, simulate by "
        f"{plan.review.simulation_method}) {plan_s * 1000:7.1f} ms (simulation {plan.review.seconds * 1000:.1f} ms)"
        f" | propose {propose_s * 1000:6.1f} ms | vote+queue+execute {rest_s * 1000:7.1f} ms | "
        f"direct transfer {direct_s * 1000:5.1f} ms (plan = {plan_s / direct_s:.1f}x a direct transfer)"
    )
    if chain_name == "anvil":
        from ledgerlm.chain import anvil

        anvil.stop()


def run_kind(rounds: int) -> None:
    """The DAO made by `ledgerlm create` (the dao kind, three contracts journaled as one), then a plain-language
    treasury payment through its whole life; p50 over ``rounds`` on fresh py-evm chains."""
    from _common import summary_ms

    from ledgerlm.chain import connect
    from ledgerlm.contracts import pipeline
    from ledgerlm.governance import lifecycle
    from ledgerlm.governance.dao import find_dao

    request = "a DAO for the Harbor guild, 1M HARBOR votes, 4% quorum, one-week voting, 2-day timelock"
    create, plan_t, propose_t, life_t = [], [], [], []
    for i in range(rounds + 1):  # the first round warms the compiler and Slither caches and is not counted
        chain = connect("memory")
        t = time.perf_counter()
        result = pipeline.create_contract(pipeline.plan_from_text(request), chain=chain, confirm=lambda p: True)
        created = time.perf_counter() - t
        dao = find_dao(chain, result.deployment.parties["governor"])
        lifecycle.delegate(chain, dao, chain.default_account.address)
        chain.send_eth(dao.timelock, 10**18)
        payee = chain.dev_accounts[5].address
        t = time.perf_counter()
        plan = lifecycle.plan_proposal(chain, dao, f"send 0.25 ETH from the treasury to {payee} for the audit")
        planned = time.perf_counter() - t
        assert plan.review is not None and plan.review.simulated_ok, plan.draft.questions
        t = time.perf_counter()
        pid = int(lifecycle.propose(chain, plan, plan.hash)["proposal_id"])
        proposed = time.perf_counter() - t
        t = time.perf_counter()
        chain.increase_time(DAY + 1)
        lifecycle.vote(chain, dao, pid, "for")
        chain.increase_time(7 * DAY + 1)
        lifecycle.queue(chain, dao, pid)
        chain.increase_time(2 * DAY + 1)
        before = chain.balance(payee)
        lifecycle.execute(chain, dao, pid)
        assert chain.balance(payee) - before == 25 * 10**16
        lived = time.perf_counter() - t
        if i:
            create.append(created)
            plan_t.append(planned)
            propose_t.append(proposed)
            life_t.append(lived)
    print("[memory] DAO from `ledgerlm create` (dao kind), warm caches:")
    print(f"  create (self-test + 6 journaled steps)   {summary_ms(create)}")
    print(f"  plan (read, decode, flag, simulate)      {summary_ms(plan_t)}")
    print(f"  propose                                  {summary_ms(propose_t)}")
    print(f"  vote + queue + execute (exact payment)   {summary_ms(life_t)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--anvil", action="store_true", help="also run on the managed anvil (fork simulation)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the dao-kind lifecycle")
    args = parser.parse_args()
    with temp_home():
        run("memory")
        run_kind(args.rounds)
        if args.anvil:
            run("anvil")


if __name__ == "__main__":
    main()
