"""The dao kind: requests to specs (hand-written held-out set), the three-contract deployment through the create
pipeline (journaled as one whole, finished after a crash between contracts), the self-test, the explainer, and
hypothesis on py-evm for the invariants: nothing leaves the treasury except through an executed proposal; no
execution before the timelock delay or without quorum and majority; votes equal delegated balances at the snapshot.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from ledgerlm.contracts import multideploy, pipeline, registry
from ledgerlm.contracts.kinds import get_plugin
from ledgerlm.contracts.kinds.base import BuildContext
from ledgerlm.contracts.kinds.dao import reference
from ledgerlm.contracts.kinds.dao.plugin import role_id
from ledgerlm.contracts.request import parse
from ledgerlm.contracts.request.evaluation import judge
from ledgerlm.contracts.spec import build_spec
from ledgerlm.errors import ContractReverted, SpecError

from .conftest import rolled_back

HELDOUT = Path(__file__).parent / "data" / "dao_heldout.jsonl"
DAY = 86400
ZH = "创建一个DAO：治理代币 GUILD 一百万枚，法定人数 4%，投票期一周，时间锁两天"
EN = "a DAO for the Harbor guild, 1M HARBOR votes, 4% quorum, one-week voting, 2-day timelock"


def _rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line.strip()]


# -- language ----------------------------------------------------------------------------------------------------
def test_heldout_requests_parse_right_and_never_silently_wrong() -> None:
    rows = _rows()
    assert len(rows) >= 20
    verdicts = [judge(parse(r["text"], today="2026-12-01"), r) for r in rows]
    silent = [(r["text"], v.silent) for r, v in zip(rows, verdicts, strict=True) if v.silent]
    assert silent == []
    correct = sum(v.correct for v in verdicts)
    assert correct >= int(0.95 * len(rows)), [(r["text"], v.asked) for r, v in zip(rows, verdicts, strict=True)]


@pytest.mark.parametrize("text", [ZH, EN])
def test_issue_examples_read_fully_with_evidence(text: str) -> None:
    r = parse(text)
    assert r.kind == "dao" and not r.questions
    p = r.params
    assert (p["supply"], p["quorum_pct"], p["voting_period_days"], p["timelock_delay_days"]) == (1_000_000, 4, 7, 2)
    for key, words in (("quorum_pct", "4%"), ("timelock_delay_days", "两天" if text == ZH else "2-day")):
        assert r.evidence[key].spans[0].words == words
    assert p["symbol"] == ("GUILD" if text == ZH else "HARBOR")
    if text == EN:
        assert p["name"] == "Harbor Guild"


def test_unclaimed_and_conflicting_values_are_questions() -> None:
    r = parse("DAO: token WAVE, 1M votes, quorum 4%, voting 1 week, timelock 2 days, and 5% of something")
    assert any("5%" in q.text for q in r.questions)
    r = parse("DAO token OAK 1M supply, quorum 4%, voting 7 days, timelock 2 days, timelock 3 days")
    assert r.params["timelock_delay_days"] is None and r.questions
    r = parse("a DAO, token CLOVER, 1M supply, quorum 4%, voting one week")
    assert "timelock_delay_days" in r.missing


def test_spec_refuses_what_the_contracts_cannot_hold() -> None:
    ok = {"symbol": "G", "supply": 100, "quorum_pct": 4, "voting_period_days": 7, "timelock_delay_days": 2}
    assert build_spec("dao", ok).missing() == []
    for bad, field in (
        ({"quorum_pct": Decimal("2.5")}, "quorum_pct"),
        ({"holder_shares": [60, 30]}, "holder_shares"),
        ({"holders": ["a", "b"], "holder_shares": [100]}, "holder_shares"),
        ({"proposal_threshold": 101}, "proposal_threshold"),
        ({"voting_period_days": Decimal("0.0001")}, "voting_period_days"),
        ({"symbol": "TOO-LONG-SYMBOL"}, "symbol"),
    ):
        with pytest.raises(SpecError) as exc:
            build_spec("dao", {**ok, **bad})
        assert exc.value.field == field or field in str(exc.value)
    assert "holder_shares" in build_spec("dao", {**ok, "holders": ["Ann", "Bo"]}).missing()
    with pytest.raises(SpecError):
        reference.allocation(10, [Decimal("33.3"), Decimal("33.3"), Decimal("33.4")])


# -- the create pipeline -----------------------------------------------------------------------------------------
def test_create_deploys_three_contracts_and_dao_status_reads_them(module_env: None) -> None:
    from ledgerlm.chain import connect
    from ledgerlm.contracts.explain import explain_deployment
    from ledgerlm.governance import lifecycle
    from ledgerlm.governance.dao import find_dao

    chain = connect("memory")
    plan = pipeline.plan_from_text(
        "dao with 1,000,000 PIXEL votes, quorum of 5%, 1 week voting, 2 days timelock, "
        "tokens split Alice 50% Bob 30% Carol 20%"
    )
    result = pipeline.create_contract(plan, chain=chain, confirm=lambda p: True)
    dep = result.deployment
    assert not {"High", "Medium"} & set(result.analysis.counts())
    assert any("pays the payee exactly" in c for c in result.checks)
    assert any("runtime code equals" in c for c in result.checks)
    assert dep.kind == "dao" and dep.address == dep.parties["governor"]
    dao = find_dao(chain, "PIXEL")
    assert (dao.governor, dao.token, dao.timelock) == (
        dep.parties["governor"],
        dep.parties["token"],
        dep.parties["timelock"],
    )
    status = lifecycle.dao_status(chain, dao)
    assert status["on_chain"]["quorum_pct"] == 5 and status["on_chain"]["timelock_delay_s"] == 2 * DAY
    assert [h["balance"] for h in status["holders"]] == ["500000", "300000", "200000"]
    assert [h["address"] for h in status["holders"]] == dep.parties["holders"]
    for lang, words in (("en", "quorum of 5%"), ("zh", "法定人数")):
        text = explain_deployment(dep, lang=lang, chain=chain).to_text()
        assert words in text and dep.parties["timelock"] in text
        assert "50,000" in text  # the quorum in votes, computed from the chain's supply
    en = explain_deployment(dep, lang="en", chain=chain)
    assert "admin role on the timelock was renounced" in en.roles["deployer"]
    tl = chain.contract(dao.timelock, _abi("LedgerTimelock")).functions
    assert not chain.call(tl.hasRole(role_id("DEFAULT_ADMIN_ROLE"), chain.default_account.address))
    entry = registry.journal_all(limit=1)[0]
    assert entry.op == "create_multi" and entry.state == "complete"
    assert [s.split(":")[1] for s in entry.steps if s.startswith("done:")] == [
        "token",
        "timelock",
        "governor",
        "grant-proposer",
        "grant-canceller",
        "renounce-admin",
    ]


def _abi(name: str) -> list[dict[str, Any]]:
    from ledgerlm.contracts.kinds.dao import template

    return template.artifacts()[name].abi  # type: ignore[no-any-return]


class _Crash(Exception):
    """Stands for the process dying between two contracts (its journal row stays ``running``)."""


def test_a_crash_between_contracts_is_finished_by_the_next_command(
    module_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ledgerlm.chain import connect
    from ledgerlm.governance.dao import find_dao

    chain = connect("memory")

    def crash(step: str) -> None:
        if step == "multi:timelock":
            raise _Crash

    monkeypatch.setattr(multideploy, "crash_point", crash)
    plan = pipeline.plan_from_text(EN)
    with pytest.raises(_Crash):
        pipeline.create_contract(plan, chain=chain, confirm=lambda p: True)
    [entry] = multideploy.unfinished()
    assert entry.state == "running" and [s for s in entry.steps if s.startswith("done:")][-1].startswith(
        "done:timelock"
    )
    timelock = entry.steps[-1].split(":")[2]
    tl = chain.contract(timelock, _abi("LedgerTimelock")).functions
    assert chain.call(tl.hasRole(role_id("DEFAULT_ADMIN_ROLE"), chain.default_account.address))  # half-wired
    monkeypatch.setattr(multideploy, "crash_point", lambda step: None)
    lines = multideploy.reconcile(chain)
    assert len(lines) == 1 and "now complete" in lines[0] and "governor" in lines[0]
    assert multideploy.unfinished() == []
    assert not chain.call(tl.hasRole(role_id("DEFAULT_ADMIN_ROLE"), chain.default_account.address))
    dao = find_dao(chain, "HARBOR")
    assert dao.timelock == timelock and registry.find_by_address(dao.governor, chain.chain_id) is not None
    # on a fresh chain (the in-process chain ended with its process) nothing is left: abandoned, not "finished"
    monkeypatch.setattr(multideploy, "crash_point", crash)
    with pytest.raises(_Crash):
        pipeline.create_contract(plan, chain=chain, confirm=lambda p: True)
    monkeypatch.setattr(multideploy, "crash_point", lambda step: None)
    assert multideploy.reconcile(connect("memory")) == []
    assert multideploy.unfinished() == []


def test_cli_create_end_to_end(module_env: None) -> None:
    from typer.testing import CliRunner

    from ledgerlm.cli.main import app

    res = CliRunner().invoke(app, ["create", ZH, "--chain", "memory", "--yes", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["kind"] == "dao" and set(out["parties"]) >= {"token", "timelock", "governor", "holders"}
    assert out["params"]["symbol"] == "GUILD" and not {"High", "Medium"} & set(out["analysis"])
    assert any("whole supply is minted to you" in a for a in out["assumptions"])


# -- invariants on py-evm ----------------------------------------------------------------------------------------
HOLDERS_PCT = (Decimal(40), Decimal(30), Decimal(20), Decimal(10))
SPEC = {
    "symbol": "PROP",
    "supply": 1000,
    "quorum_pct": 25,
    "voting_period_days": 3,
    "timelock_delay_days": 2,
    "holders": ["a", "b", "c", "d"],
    "holder_shares": list(HOLDERS_PCT),
}


@pytest.fixture(scope="module")
def dao(chain: Any) -> dict[str, Any]:
    from ledgerlm.contracts.kinds.dao import template

    spec = build_spec("dao", SPEC)
    holders = [a.address for a in chain.dev_accounts[1:5]]
    ctx = BuildContext(None, 18, {"holders": holders}, chain.default_account.address, chain.now())
    arts = template.artifacts()
    addresses, _ = multideploy.run(chain, get_plugin("dao").deployment(spec, ctx), arts)
    chain.send_eth(addresses["timelock"], 5 * 10**18)
    return {
        "spec": spec,
        "holders": holders,
        "amounts": reference.allocation(1000 * 10**18, list(HOLDERS_PCT)),
        "token": chain.contract(addresses["token"], arts[template.TOKEN].abi).functions,
        "tl": chain.contract(addresses["timelock"], arts[template.TIMELOCK].abi).functions,
        "gov": chain.contract(addresses["governor"], arts[template.GOVERNOR].abi).functions,
        "treasury": addresses["timelock"],
        "outsider": chain.dev_accounts[6].address,
        "payee": chain.dev_accounts[8].address,
    }


def _advance(chain: Any, seconds: int) -> None:
    """Move py-evm's clock forward; after a snapshot revert its pending time can be ahead of the last block."""
    tester = chain.w3.provider.ethereum_tester
    pending = int(tester.get_block_by_number("pending")["timestamp"])
    tester.time_travel(max(chain.now(), pending) + seconds)
    tester.mine_blocks(1)


def _try(chain: Any, fn: Any, who: str) -> bool:
    try:
        chain.transact(fn, sender=chain.account(who))
    except ContractReverted:
        return False
    return True


#: examples cost seconds of py-evm each: no shrinking phase (a failure is reported as found)
FAST = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.function_scoped_fixture],
    "phases": [Phase.explicit, Phase.reuse, Phase.generate],
}


@settings(max_examples=8, **FAST)
@given(
    delegates=st.lists(st.one_of(st.none(), st.integers(0, 3)), min_size=4, max_size=4),
    choices=st.lists(st.sampled_from(["for", "against", "abstain", None]), min_size=4, max_size=4),
    moved_after=st.integers(0, 3),
    early_attempt=st.booleans(),
    outsider_attempt=st.booleans(),
)
def test_governance_invariants(
    chain: Any,
    dao: dict[str, Any],
    delegates: list[int | None],
    choices: list[str | None],
    moved_after: int,
    early_attempt: bool,
    outsider_attempt: bool,
) -> None:
    from eth_utils import keccak

    holders, token, gov, tl = dao["holders"], dao["token"], dao["gov"], dao["tl"]
    treasury, payee = dao["treasury"], dao["payee"]
    with rolled_back(chain):
        delegate_of = {h: (holders[d] if d is not None else None) for h, d in zip(holders, delegates, strict=True)}
        for h, to in delegate_of.items():
            if to is not None:
                chain.transact(token.delegate(to), sender=chain.account(h))
        _advance(chain, 1)
        amount = 10**18 + 11
        desc = f"pay {amount} wei"
        created = chain.transact(gov.propose([payee], [amount], [b""], desc), sender=chain.account(holders[0]))
        pid = int(created.event("ProposalCreated")["args"]["proposalId"])
        snapshot = int(chain.call(gov.proposalSnapshot(pid)))
        _advance(chain, DAY + 1)
        # a transfer after the snapshot changes nothing in this proposal's votes
        chain.transact(token.transfer(dao["outsider"], 10**18), sender=chain.account(holders[moved_after]))
        power = reference.voting_power(dict(zip(holders, dao["amounts"], strict=True)), delegate_of)
        for h in holders:
            assert int(chain.call(token.getPastVotes(h, snapshot))) == power.get(h, 0)
        tally = {"for": 0, "against": 0, "abstain": 0}
        for h, choice in zip(holders, choices, strict=True):
            if choice is None:
                continue
            support = {"against": 0, "for": 1, "abstain": 2}[choice]
            if power.get(h, 0) == 0:
                continue  # a vote without delegated votes counts nothing
            chain.transact(gov.castVote(pid, support), sender=chain.account(h))
            tally[choice] += power[h]
        before = chain.balance(treasury)
        if outsider_attempt:  # nobody but the governor can schedule, and nothing unscheduled executes
            salt = b"\x00" * 32
            for who in (holders[0], dao["outsider"], chain.default_account.address):
                assert not _try(chain, tl.schedule(payee, amount, b"", salt, salt, 2 * DAY), who)
                assert not _try(chain, tl.execute(payee, amount, b"", salt, salt), who)
        _advance(chain, 3 * DAY + 1)
        quorum_votes = reference.quorum(1000 * 10**18, 25)
        want = reference.outcome(tally["for"], tally["against"], tally["abstain"], quorum_votes)
        states = ("Pending", "Active", "Canceled", "Defeated", "Succeeded", "Queued", "Expired", "Executed")
        assert states[int(chain.call(gov.state(pid)))] == want
        desc_hash = keccak(text=desc)
        queued = _try(chain, gov.queue([payee], [amount], [b""], desc_hash), dao["outsider"])
        assert queued == (want == "Succeeded")
        if early_attempt or not queued:
            assert not _try(chain, gov.execute([payee], [amount], [b""], desc_hash), dao["outsider"])
            assert chain.balance(treasury) == before
        if queued:
            eta = int(chain.call(gov.proposalEta(pid)))
            _advance(chain, eta - chain.now() + 1)
            paid_before = chain.balance(payee)
            assert _try(chain, gov.execute([payee], [amount], [b""], desc_hash), dao["outsider"])
            assert chain.balance(treasury) == before - amount
            assert chain.balance(payee) == paid_before + amount
        else:
            assert chain.balance(treasury) == before


@settings(max_examples=4, **FAST)
@given(  # hours in steps of 3: exact as decimal days (7 hours is not; the spec refuses it, see the known limits)
    supply=st.integers(1, 10**9),
    quorum=st.integers(1, 100),
    period_h=st.integers(1, 8 * 30).map(lambda x: 3 * x),
    delay_h=st.integers(0, 8 * 7).map(lambda x: 3 * x),
    lock_h=st.integers(0, 8 * 14).map(lambda x: 3 * x),
)
def test_fuzzed_settings_reach_the_chain_exactly(
    chain: Any, supply: int, quorum: int, period_h: int, delay_h: int, lock_h: int
) -> None:
    from ledgerlm.contracts.kinds.dao import template

    params = {
        "symbol": "FZ",
        "supply": supply,
        "quorum_pct": quorum,
        "voting_period_days": Decimal(period_h) / 24,
        "voting_delay_days": Decimal(delay_h) / 24,
        "timelock_delay_days": Decimal(lock_h) / 24,
    }
    spec = build_spec("dao", params)
    with rolled_back(chain):
        ctx = BuildContext(None, 18, {"holders": [chain.dev_accounts[1].address]}, chain.default_account.address, 0)
        arts = template.artifacts()
        addresses, _ = multideploy.run(chain, get_plugin("dao").deployment(spec, ctx), arts)
        gov = chain.contract(addresses["governor"], arts[template.GOVERNOR].abi).functions
        tl = chain.contract(addresses["timelock"], arts[template.TIMELOCK].abi).functions
        token = chain.contract(addresses["token"], arts[template.TOKEN].abi).functions
        assert int(chain.call(gov.votingPeriod())) == period_h * 3600
        assert int(chain.call(gov.votingDelay())) == delay_h * 3600
        assert int(chain.call(tl.getMinDelay())) == lock_h * 3600
        assert int(chain.call(gov.quorumNumerator())) == quorum
        assert int(chain.call(token.balanceOf(chain.dev_accounts[1].address))) == supply * 10**18


def test_template_has_no_high_or_medium_finding(module_env: None) -> None:
    from ledgerlm.solidity import analysis

    generated = get_plugin("dao").render(build_spec("dao", {}))
    counts = analysis.analyse_sources({generated.filename: generated.source}).counts()
    assert not {"High", "Medium"} & set(counts), counts


def test_round4_heldout_floor() -> None:
    """Round-4 hand-written requests (before and after tuning): never silently wrong, and the floor measured."""
    from ._newkinds import judged_round4

    total, correct, silent = judged_round4("dao")
    assert total == 34
    assert silent == []
    assert correct >= 32


def test_holders_listed_with_a_ratio_or_an_equal_split() -> None:
    from ._newkinds import asked

    r = parse("DAO for me, Kai and Lina: 60/25/15 of 1M VOTE tokens, 4% quorum, 3 day voting, 1 day timelock")
    assert r.params["holders"] == ["me", "Kai", "Lina"] and r.params["holder_shares"] == [60, 25, 15]
    assert r.params["supply"] == 1_000_000
    r = parse(
        "dao for me + Jun + Aiko + Bo, equal votes, token QUAD, 8k supply, quorum 25%, voting 3 days, timelock 1 day"
    )
    assert r.params["holder_shares"] == [25, 25, 25, 25]
    # thirds have no exact percent: the split is asked, never rounded
    r = parse("dao for me, Jun and Aiko, equal votes, token TRI, 9k supply, quorum 34%, voting 3 days, timelock 1 day")
    assert r.params.get("holder_shares") is None and asked(r, "holder_shares")
    r = parse("governance token MPL (2,000,000 tokens), a week to vote, quorum 5%, no timelock")
    assert r.params["timelock_delay_days"] == 0


def test_round5_zero_delay_holders_and_a_fractional_quorum() -> None:
    from ledgerlm.contracts.request import parse

    from ._newkinds import asked

    r = parse(
        "DAO名字叫“山城开发者联盟”，代币 SCDEV，总量88万，法定人数12%，投票5天，时间锁3天，没有投票延迟",
        today="2026-12-01",
    )
    assert r.params["voting_delay_days"] == 0 and r.params["supply"] == 880000
    r = parse(
        "时间锁就一天吧，投票期五天，法定人数10%，代币 HIVE 总量一百万，我自己拿70%，剩下30%给老蒋", today="2026-12-01"
    )
    assert (r.params["holders"], r.params["holder_shares"]) == (["me", "老蒋"], [70, 30])
    text = (
        "governance setup pls — symbol: VOTE / supply: 10,000,000 / quorum: 4% / voting period: 1 week / "
        "voting delay: 2 days / timelock: 3 days / proposal threshold: 10,000 tokens"
    )
    r = parse(text, today="2026-12-01")
    got = {k: r.params[k] for k in ("supply", "quorum_pct", "voting_period_days", "voting_delay_days")}
    assert got == {"supply": 10000000, "quorum_pct": 4, "voting_period_days": 7, "voting_delay_days": 2}
    assert (r.params["timelock_delay_days"], r.params["proposal_threshold"]) == (3, 10000)
    # GovernorVotesQuorumFraction counts whole percents here: 2.5% is a question (the rest still read), not a crash
    r = parse("dao pls: PIXEL, supply 4.2M, quorum 2.5%, voting 3 days, timelock 2 days", today="2026-12-01")
    assert r.params["quorum_pct"] is None and asked(r, "quorum_pct")
    assert any("whole percent" in q.text for q in r.questions)
    assert (r.params["supply"], r.params["voting_period_days"]) == (4200000, 3)


def test_round5_heldout_floor() -> None:
    from ._newkinds import judged_round5

    total, correct, silent = judged_round5("dao")
    assert total == 60
    assert silent == []
    assert correct >= 57
