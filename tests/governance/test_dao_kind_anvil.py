"""The dao kind of `ledgerlm create` on the managed anvil: the DAO it deploys is driven by `ledgerlm dao`, explained
with its parameters, and a create killed between two of its contracts is finished by the next command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

DAY = 86400
CLI = str(Path(sys.executable).with_name("ledgerlm"))
REQUEST = "a DAO for the Harbor guild, 1M HARBOR votes, 4% quorum, one-week voting, 2-day timelock"


def test_create_dao_then_status_explain_and_a_crash_between_contracts(ledgerlm_home: Path) -> None:
    env = {**os.environ, "LEDGERLM_HOME": str(ledgerlm_home)}

    def run(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [CLI, *args], env={**env, **extra}, capture_output=True, text=True, timeout=600, check=False
        )

    try:
        created = run("create", REQUEST, "--chain", "anvil", "--yes", "--json")
        assert created.returncode == 0, created.stderr
        out = json.loads(created.stdout)
        assert out["kind"] == "dao" and out["address"] == out["parties"]["governor"]
        status = run("dao", "status", "HARBOR", "--chain", "anvil", "--json")
        assert status.returncode == 0, status.stderr
        st = json.loads(status.stdout)["on_chain"]
        assert (st["quorum_pct"], st["voting_period_s"], st["timelock_delay_s"]) == (4, 7 * DAY, 2 * DAY)
        assert st["total_supply"] == "1000000" and st["treasury"] == out["parties"]["timelock"]
        explained = run("explain", "latest", "--lang", "zh")
        assert explained.returncode == 0, explained.stderr
        assert "法定人数" in explained.stdout and out["parties"]["timelock"] in explained.stdout
        # killed right after the timelock was deployed: token and timelock exist, the governor does not
        killed = run(
            "create", REQUEST.replace("HARBOR", "PIER"), "--chain", "anvil", "--yes", LEDGERLM_CRASH_AT="multi:timelock"
        )
        assert killed.returncode != 0
        listed = run("dao", "list", "--chain", "anvil", "--json")
        assert listed.returncode == 0, listed.stderr
        assert "now complete" in listed.stderr
        symbols = {d["spec"]["symbol"] for d in json.loads(listed.stdout)["daos"]}
        assert symbols == {"HARBOR", "PIER"}
        pier = run("dao", "status", "PIER", "--chain", "anvil", "--json")
        assert json.loads(pier.stdout)["on_chain"]["timelock_delay_s"] == 2 * DAY
    finally:
        run("node", "stop")
