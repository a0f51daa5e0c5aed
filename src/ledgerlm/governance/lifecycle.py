"""A proposal's life: plan (draft + review) -> propose -> vote -> queue -> execute, each step audited.

``plan_proposal`` returns everything a person must see before proposing (decoded actions, flags, simulated diff,
summary in their language) with a hash of the exact actions; ``propose`` takes that hash, so what goes on chain is
what was shown. Votes, queueing and execution are ordinary governor calls through the chain layer's signing path.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from ledgerlm.errors import InputError, LedgerError
from ledgerlm.governance.actions import Action
from ledgerlm.governance.dao import Dao, artifacts
from ledgerlm.governance.language import ProposalDraft, draft_proposal
from ledgerlm.governance.review import Review, review_actions
from ledgerlm.language.lang import detect_lang

STATES = ("Pending", "Active", "Canceled", "Defeated", "Succeeded", "Queued", "Expired", "Executed")
SUPPORT = {"against": 0, "for": 1, "abstain": 2, "反对": 0, "赞成": 1, "支持": 1, "弃权": 2}


class GovernanceError(LedgerError):
    """A governance step cannot be taken now (wrong state, no votes, not yet executable)."""


@dataclass
class ProposalPlan:
    dao: Dao
    draft: ProposalDraft
    review: Review | None

    @property
    def actions(self) -> list[Action]:
        return self.draft.actions

    @property
    def hash(self) -> str:
        body = {
            "governor": self.dao.governor,
            "chain_id": self.dao.chain_id,
            "description": self.draft.description,
            "actions": [[a.target, str(a.value_wei), "0x" + a.calldata.hex()] for a in self.actions],
        }
        return "0x" + hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return {
            "dao": self.dao.to_dict(),
            "draft": self.draft.to_dict(),
            "review": self.review.to_dict() if self.review else None,
            "hash": self.hash,
            "summary": self.review.summary(self.draft.lang) if self.review else None,
        }


def _governor(chain: Any, dao: Dao) -> Any:
    return chain.contract(dao.governor, artifacts()["LedgerGovernor"].abi)


def _token(chain: Any, dao: Dao) -> Any:
    return chain.contract(dao.token, artifacts()["LedgerVotesToken"].abi)


def plan_proposal(chain: Any, dao: Dao, text: str, actions: list[Action] | None = None) -> ProposalPlan:
    """Read ``text`` into actions (or take typed ``actions``), then review them. Questions stop here."""
    if actions is not None:
        draft = ProposalDraft(
            text=text,
            lang=detect_lang(text),
            actions=actions,
            description=text.strip() or "ledgerlm proposal",
        )
    else:
        draft = draft_proposal(text, chain, dao.timelock)
    if draft.questions:
        return ProposalPlan(dao, draft, None)
    return ProposalPlan(dao, draft, review_actions(chain, dao, draft.actions))


def _audit(component: str, text: str, output: Any, tx: str | None = None) -> None:
    from ledgerlm import audit

    audit.record(component, text, output, tx_hashes=[tx] if tx else [], kind=component.split(".")[-1])


def propose(chain: Any, plan: ProposalPlan, confirmed_hash: str, *, sender: Any = None) -> dict[str, Any]:
    if plan.draft.questions:
        raise InputError(plan.draft.questions[0], hint="answer the question in the proposal text, then plan again")
    if confirmed_hash != plan.hash:
        raise GovernanceError("the confirmation was not given to this proposal", hint="plan it again and confirm")
    if plan.review is None or not plan.review.simulated_ok:
        raise GovernanceError(
            f"the simulation failed: {plan.review.revert if plan.review else 'not run'}",
            hint="fix the proposal; nothing was proposed",
        )
    gov = _governor(chain, plan.dao)
    targets = [a.target for a in plan.actions]
    values = [a.value_wei for a in plan.actions]
    calldatas = [a.calldata for a in plan.actions]
    result = chain.transact(
        gov.functions.propose(targets, values, calldatas, plan.draft.description),
        sender=sender,
        expect_events=("ProposalCreated",),
    )
    proposal_id = int(result.event("ProposalCreated")["args"]["proposalId"])
    out = {
        "proposal_id": str(proposal_id),
        "tx_hash": result.tx_hash,
        "plan_hash": plan.hash,
        "actions": [a.to_dict() for a in plan.actions],
    }
    _audit("governance.propose", plan.draft.text, out, result.tx_hash)
    return out


def delegate(chain: Any, dao: Dao, to: str, *, sender: Any = None) -> dict[str, Any]:
    result = chain.transact(
        _token(chain, dao).functions.delegate(to), sender=sender, expect_events=("DelegateChanged",)
    )
    return {"tx_hash": result.tx_hash, "delegate": to}


def _proposal_args(chain: Any, dao: Dao, proposal_id: int) -> tuple[list[str], list[int], list[bytes], bytes]:
    gov = _governor(chain, dao)
    logs = gov.events.ProposalCreated.get_logs(from_block=dao.deploy_block)
    for log in logs:
        if int(log["args"]["proposalId"]) == proposal_id:
            from ledgerlm.audit.hashing import keccak

            a = log["args"]
            return (
                list(a["targets"]),
                [int(v) for v in a["values"]],
                [bytes(c) for c in a["calldatas"]],
                keccak(a["description"].encode()),
            )
    raise InputError(f"no proposal {proposal_id} in this DAO", hint="ledgerlm dao status")


def status(chain: Any, dao: Dao, proposal_id: int) -> dict[str, Any]:
    gov = _governor(chain, dao)
    fn = gov.functions
    state = STATES[int(chain.call(fn.state(proposal_id)))]
    against, for_, abstain = (int(v) for v in chain.call(fn.proposalVotes(proposal_id)))
    snapshot = int(chain.call(fn.proposalSnapshot(proposal_id)))
    quorum = int(chain.call(fn.quorum(snapshot))) if snapshot < chain.now() else None
    return {
        "proposal_id": str(proposal_id),
        "state": state,
        "votes": {"for": str(for_), "against": str(against), "abstain": str(abstain)},
        "quorum": None if quorum is None else str(quorum),
        "snapshot": snapshot,
        "deadline": int(chain.call(fn.proposalDeadline(proposal_id))),
        "eta": int(chain.call(fn.proposalEta(proposal_id))),
    }


def dao_status(chain: Any, dao: Dao) -> dict[str, Any]:
    """The DAO as the chain has it now: its rules, treasury, votes in use, and every proposal with its state."""
    from ledgerlm.units import from_base_units

    arts = artifacts()
    gov = _governor(chain, dao).functions
    token = _token(chain, dao).functions
    tl = chain.contract(dao.timelock, arts["LedgerTimelock"].abi).functions
    supply = int(chain.call(token.totalSupply()))
    now = chain.now()
    proposals = []
    for log in _governor(chain, dao).events.ProposalCreated.get_logs(from_block=dao.deploy_block):
        pid = int(log["args"]["proposalId"])
        proposals.append(
            {
                "proposal_id": str(pid),
                "state": STATES[int(chain.call(gov.state(pid)))],
                "description": str(log["args"]["description"])[:200],
                "proposer": log["args"]["proposer"],
            }
        )

    def units_of(base: int) -> str:
        return format(from_base_units(base, 18).normalize(), "f")

    return {
        "dao": dao.to_dict(),
        "on_chain": {
            "name": chain.call(token.name()),
            "symbol": chain.call(token.symbol()),
            "total_supply": units_of(supply),
            "quorum_pct": int(chain.call(gov.quorumNumerator())),
            "quorum_votes_now": units_of(int(chain.call(gov.quorum(now - 1)))) if now > 0 else None,
            "voting_delay_s": int(chain.call(gov.votingDelay())),
            "voting_period_s": int(chain.call(gov.votingPeriod())),
            "proposal_threshold": units_of(int(chain.call(gov.proposalThreshold()))),
            "timelock_delay_s": int(chain.call(tl.getMinDelay())),
            "treasury": dao.timelock,
            "treasury_eth": format(from_base_units(chain.balance(dao.timelock), 18).normalize(), "f"),
        },
        "holders": [
            {
                "address": address,
                "balance": units_of(int(chain.call(token.balanceOf(address)))),
                "votes": units_of(int(chain.call(token.getVotes(address)))),
                "delegate": chain.call(token.delegates(address)),
            }
            for address, _ in dao.spec.holders
        ],
        "proposals": proposals,
        "source": "read from the chain now",
    }


def vote(
    chain: Any, dao: Dao, proposal_id: int, support: str, *, sender: Any = None, reason: str = ""
) -> dict[str, Any]:
    choice = SUPPORT.get(support.lower())
    if choice is None:
        raise InputError(f"vote {support!r}? choose for, against or abstain", hint="--support for")
    state = status(chain, dao, proposal_id)["state"]
    if state != "Active":
        raise GovernanceError(
            f"proposal {proposal_id} is {state}, not open for votes",
            hint="votes open after the voting delay; `ledgerlm dao status` shows when",
        )
    gov = _governor(chain, dao)
    result = chain.transact(
        gov.functions.castVoteWithReason(proposal_id, choice, reason), sender=sender, expect_events=("VoteCast",)
    )
    weight = int(result.event("VoteCast")["args"]["weight"])
    if weight == 0:
        raise GovernanceError(
            "the vote was cast with 0 votes: delegate your tokens before the snapshot",
            hint="ledgerlm dao delegate DAO ME (it counts for later proposals)",
        )
    out = {"tx_hash": result.tx_hash, "support": support, "weight": str(weight)}
    _audit("governance.vote", f"{proposal_id} {support}", out, result.tx_hash)
    return out


def queue(chain: Any, dao: Dao, proposal_id: int, *, sender: Any = None) -> dict[str, Any]:
    state = status(chain, dao, proposal_id)["state"]
    if state != "Succeeded":
        raise GovernanceError(
            f"proposal {proposal_id} is {state}; only a succeeded proposal can be queued",
            hint="it needs quorum and more For than Against when voting ends",
        )
    targets, values, calldatas, desc = _proposal_args(chain, dao, proposal_id)
    result = chain.transact(
        _governor(chain, dao).functions.queue(targets, values, calldatas, desc),
        sender=sender,
        expect_events=("ProposalQueued",),
    )
    out = {"tx_hash": result.tx_hash, "eta": int(result.event("ProposalQueued")["args"]["etaSeconds"])}
    _audit("governance.queue", str(proposal_id), out, result.tx_hash)
    return out


def execute(chain: Any, dao: Dao, proposal_id: int, *, sender: Any = None) -> dict[str, Any]:
    info = status(chain, dao, proposal_id)
    if info["state"] != "Queued":
        raise GovernanceError(
            f"proposal {proposal_id} is {info['state']}; only a queued proposal can execute",
            hint="queue it after it succeeds: ledgerlm dao queue",
        )
    if chain.now() < info["eta"]:
        raise GovernanceError(
            f"the timelock delay has not passed: executable from {info['eta']} "
            f"({info['eta'] - chain.now()} s from now)",
            hint="wait, then execute",
        )
    targets, values, calldatas, desc = _proposal_args(chain, dao, proposal_id)
    result = chain.transact(
        _governor(chain, dao).functions.execute(targets, values, calldatas, desc),
        sender=sender,
        expect_events=("ProposalExecuted",),
    )
    out = {"tx_hash": result.tx_hash, "proposal_id": str(proposal_id)}
    _audit("governance.execute", str(proposal_id), out, result.tx_hash)
    return out
