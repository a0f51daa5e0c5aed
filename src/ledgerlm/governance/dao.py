"""A DAO on OpenZeppelin 5: an ERC20Votes token, a Governor and a TimelockController that holds the treasury.

``deploy_dao`` deploys the three contracts in order, hands the timelock's proposer and canceller roles to the
governor, lets anyone execute what has waited out the delay, and renounces the deployer's admin role, so from then
on nothing leaves the treasury except through an executed proposal. Deployed DAOs are remembered in
``<data_dir>/governance.sqlite`` by chain id, genesis hash and governor address.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from ledgerlm.errors import InputError, NotFound, SpecError

SOURCE = Path(__file__).with_name("contracts") / "LedgerDAO.sol"
TOKEN_DECIMALS = 18
ZERO = "0x" + "00" * 20


@dataclass(frozen=True)
class DaoSpec:
    """What a DAO is made of. Durations in seconds (the governor's clock is the block timestamp)."""

    name: str
    symbol: str
    supply: Decimal  # whole tokens
    quorum_pct: Decimal
    voting_period_s: int
    timelock_delay_s: int
    voting_delay_s: int = 86400
    proposal_threshold: Decimal = Decimal(0)  # whole tokens
    #: initial holders (addresses) and their share of the supply in percent; default: all to the deployer
    holders: tuple[tuple[str, Decimal], ...] = ()

    def check(self) -> None:
        if not self.symbol or not self.symbol.isalnum() or len(self.symbol) > 11:
            raise SpecError("symbol", f"{self.symbol!r} is not a token symbol", hint="e.g. --set symbol=GUILD")
        if self.supply <= 0:
            raise SpecError("supply", f"must be greater than 0 (got {self.supply})", hint="--set supply=1000000")
        if not Decimal(0) < self.quorum_pct <= 100 or self.quorum_pct != self.quorum_pct.to_integral_value():
            raise SpecError(
                "quorum_pct",
                f"must be a whole percent from 1 to 100 (got {self.quorum_pct})",
                hint="--set quorum_pct=4",
            )
        if self.voting_period_s < 60:
            raise SpecError(
                "voting_period_s", "the voting period must be at least a minute", hint="--set voting_period_days=7"
            )
        if self.timelock_delay_s < 0 or self.voting_delay_s < 0:
            raise SpecError("timelock_delay_s", "delays cannot be negative", hint="--set timelock_delay_days=2")
        if self.holders:
            total = sum((share for _, share in self.holders), Decimal(0))
            if total != 100:
                raise SpecError(
                    "holders", f"holder shares add up to {total}%, not 100%", hint="give shares that add up to 100"
                )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["supply"] = str(self.supply)
        data["quorum_pct"] = str(self.quorum_pct)
        data["proposal_threshold"] = str(self.proposal_threshold)
        data["holders"] = [[a, str(s)] for a, s in self.holders]
        return data


@dataclass(frozen=True)
class Dao:
    governor: str
    token: str
    timelock: str
    chain_id: int
    spec: DaoSpec
    deploy_block: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "governor": self.governor,
            "token": self.token,
            "timelock": self.timelock,
            "treasury": self.timelock,
            "chain_id": self.chain_id,
            "deploy_block": self.deploy_block,
            "spec": self.spec.to_dict(),
        }


@cache
def artifacts() -> dict[str, Any]:
    from ledgerlm.solidity.compiler import compile_sources

    return compile_sources({"LedgerDAO.sol": SOURCE.read_text(encoding="utf-8")}, strict=True)


def _base(amount: Decimal) -> int:
    from ledgerlm.units import to_base_units

    return to_base_units(amount, TOKEN_DECIMALS, field="supply")


def deploy_dao(chain: Any, spec: DaoSpec, *, sender: Any = None) -> Dao:
    """Deploy token, timelock and governor, wire the roles, and remember the DAO."""
    spec.check()
    arts = artifacts()
    account = sender or chain.default_account
    holders = spec.holders or ((account.address, Decimal(100)),)
    supply = _base(spec.supply)
    amounts = [supply * int(share * 100) // 10000 for _, share in holders]
    amounts[0] += supply - sum(amounts)  # rounding dust to the first holder: the supply is exact
    token = chain.deploy(
        arts["LedgerVotesToken"], [spec.name, spec.symbol, [a for a, _ in holders], amounts], sender=account
    )
    timelock = chain.deploy(
        arts["LedgerTimelock"], [spec.timelock_delay_s, [], [ZERO], account.address], sender=account
    )
    governor = chain.deploy(
        arts["LedgerGovernor"],
        [
            f"{spec.name} Governor",
            token.address,
            timelock.address,
            spec.voting_delay_s,
            spec.voting_period_s,
            _base(spec.proposal_threshold),
            int(spec.quorum_pct),
        ],
        sender=account,
    )
    tl = chain.contract(timelock.address, arts["LedgerTimelock"].abi)
    for role in ("PROPOSER_ROLE", "CANCELLER_ROLE"):
        chain.transact(
            tl.functions.grantRole(chain.call(getattr(tl.functions, role)()), governor.address),
            sender=account,
            expect_events=("RoleGranted",),
        )
    admin_role = chain.call(tl.functions.DEFAULT_ADMIN_ROLE())
    chain.transact(
        tl.functions.renounceRole(admin_role, account.address), sender=account, expect_events=("RoleRevoked",)
    )
    dao = Dao(
        str(governor.address),
        str(token.address),
        str(timelock.address),
        chain.chain_id,
        spec,
        int(governor.block_number),
    )
    _save(chain, dao)
    return dao


# -- the local list of DAOs ----------------------------------------------------------------------------------------
def _db() -> sqlite3.Connection:
    from ledgerlm.config import data_dir

    conn = sqlite3.connect(str(data_dir() / "governance.sqlite"), timeout=30, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS daos (chain_id INTEGER, genesis TEXT, governor TEXT, data TEXT, "
        "PRIMARY KEY (chain_id, genesis, governor))"
    )
    return conn


def _genesis(chain: Any) -> str:
    return "0x" + bytes(chain.w3.eth.get_block(0)["hash"]).hex()


def _save(chain: Any, dao: Dao) -> None:
    with _db() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO daos VALUES (?, ?, ?, ?)",
            (chain.chain_id, _genesis(chain), dao.governor.lower(), json.dumps(dao.to_dict())),
        )


def remember(chain: Any, dao: Dao) -> None:
    """Add a DAO deployed elsewhere (``ledgerlm create`` of the ``dao`` kind) to the local list of DAOs."""
    _save(chain, dao)


_memory: dict[tuple[int, str], Dao] = {}


def _from_dict(data: dict[str, Any]) -> Dao:
    s = data["spec"]
    spec = DaoSpec(
        name=s["name"],
        symbol=s["symbol"],
        supply=Decimal(s["supply"]),
        quorum_pct=Decimal(s["quorum_pct"]),
        voting_period_s=int(s["voting_period_s"]),
        timelock_delay_s=int(s["timelock_delay_s"]),
        voting_delay_s=int(s["voting_delay_s"]),
        proposal_threshold=Decimal(s["proposal_threshold"]),
        holders=tuple((a, Decimal(v)) for a, v in s["holders"]),
    )
    return Dao(
        data["governor"], data["token"], data["timelock"], int(data["chain_id"]), spec, int(data["deploy_block"])
    )


def list_daos(chain: Any) -> list[Dao]:
    with _db() as conn:
        rows = conn.execute(
            "SELECT data FROM daos WHERE chain_id = ? AND genesis = ?", (chain.chain_id, _genesis(chain))
        ).fetchall()
    return [_from_dict(json.loads(r[0])) for r in rows]


def find_dao(chain: Any, ref: str | None) -> Dao:
    """A DAO by governor, token or timelock address, by name or symbol, or the latest one (``ref`` None/'latest')."""
    daos = list_daos(chain)
    if not daos:
        raise NotFound(
            f"no DAO known on chain {chain.chain_id}",
            hint='create one: ledgerlm dao create "a DAO with 1M GUILD votes, 4% quorum, one-week voting"',
        )
    if ref in (None, "", "latest"):
        return max(daos, key=lambda d: d.deploy_block)
    want = str(ref).lower()
    for d in daos:
        if want in (
            d.governor.lower(),
            d.token.lower(),
            d.timelock.lower(),
            d.spec.name.lower(),
            d.spec.symbol.lower(),
        ):
            return d
    raise InputError(
        f"no DAO {ref!r} on chain {chain.chain_id}",
        hint="name it by governor address, token symbol or name; `ledgerlm dao list` shows them",
    )
