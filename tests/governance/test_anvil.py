"""Governance on the managed anvil: the simulation runs on an isolated `anvil --fork-url` (the user's node is never
touched by it), and the CLI drives a DAO from a sentence to an executed payment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from ledgerlm.governance import lifecycle
from ledgerlm.governance.dao import DaoSpec, deploy_dao

DAY = 86400
CLI = str(Path(sys.executable).with_name("ledgerlm"))


def test_fork_simulation_leaves_the_node_untouched_and_execution_pays_exactly(anvil_chain: object) -> None:
    chain = anvil_chain
    holder = chain.dev_accounts[1]  # type: ignore[attr-defined]
    spec = DaoSpec(
        name="Fork Test",
        symbol="FT",
        supply=Decimal(1000),
        quorum_pct=Decimal(10),
        voting_period_s=3 * DAY,
        timelock_delay_s=DAY,
        voting_delay_s=60,
        holders=((holder.address, Decimal(100)),),
    )
    dao = deploy_dao(chain, spec)
    chain.send_eth(dao.timelock, 5 * 10**18)  # type: ignore[attr-defined]
    lifecycle.delegate(chain, dao, holder.address, sender=holder)
    payee = chain.dev_accounts[6].address  # type: ignore[attr-defined]
    block_before = chain.w3.eth.block_number  # type: ignore[attr-defined]
    payee_before = chain.balance(payee)  # type: ignore[attr-defined]
    plan = lifecycle.plan_proposal(chain, dao, f"send 2 ETH to {payee}")
    assert plan.review is not None and plan.review.simulation_method == "fork" and plan.review.simulated_ok
    assert {c.label: c.delta for c in plan.review.changes} == {"treasury": -2 * 10**18, "recipient": 2 * 10**18}
    assert chain.w3.eth.block_number == block_before  # type: ignore[attr-defined]  # nothing mined on the node
    assert chain.balance(payee) == payee_before  # type: ignore[attr-defined]
    pid = int(lifecycle.propose(chain, plan, plan.hash, sender=holder)["proposal_id"])
    chain.increase_time(61)  # type: ignore[attr-defined]
    lifecycle.vote(chain, dao, pid, "for", sender=holder)
    chain.increase_time(3 * DAY + 1)  # type: ignore[attr-defined]
    lifecycle.queue(chain, dao, pid)
    chain.increase_time(DAY + 1)  # type: ignore[attr-defined]
    lifecycle.execute(chain, dao, pid)
    assert chain.balance(payee) - payee_before == 2 * 10**18  # type: ignore[attr-defined]


def test_cli_creates_a_dao_from_a_sentence_and_refuses_an_unclear_proposal(ledgerlm_home: Path) -> None:
    env = {**os.environ, "LEDGERLM_HOME": str(ledgerlm_home)}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([CLI, *args], env=env, capture_output=True, text=True, timeout=300, check=False)

    try:
        created = run(
            "dao",
            "create",
            "创建一个DAO：治理代币 GUILD 一百万枚，法定人数 4%，投票期一周，时间锁两天",
            "--yes",
            "--json",
        )
        assert created.returncode == 0, created.stderr
        dao = json.loads(created.stdout)
        assert dao["spec"]["symbol"] == "GUILD" and dao["spec"]["voting_period_s"] == 7 * DAY
        assert dao["evidence"]["timelock_delay_s"]["text"] == "两天"
        unclear = run("dao", "propose", "GUILD", "pay 1,5 ETH to 0x742d35Cc6634C0532925a3b844Bc454e4438f44e", "--yes")
        assert unclear.returncode == 2 and "Traceback" not in unclear.stderr
        assert "1,5" in unclear.stderr
        no_terminal = run("dao", "propose", "GUILD", "pay 1 ETH to 0x742d35Cc6634C0532925a3b844Bc454e4438f44e")
        assert no_terminal.returncode == 2 and "terminal" in no_terminal.stderr
        listed = run("dao", "list", "--json")
        assert json.loads(listed.stdout)["daos"][0]["governor"] == dao["governor"]
    finally:
        run("node", "stop")
