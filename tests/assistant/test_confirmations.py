"""The shared confirmation store: one-time across processes, bound to user, plan hash, expiry and (above the value
threshold) a code; every failure is a typed ``ConfirmationError``."""

from __future__ import annotations

import multiprocessing as mp
from decimal import Decimal
from pathlib import Path

import pytest

from ledgerlm.assistant.confirmations import (
    CodeRequired,
    ConfirmationStore,
    PlanAlreadyUsed,
    PlanExpired,
    PlanMismatch,
    UnknownPlan,
)
from ledgerlm.assistant.plan import Plan

BOB = "0x742d35Cc6634C0532925a3b844Bc454e4438f44e"


def _plan(usd: str = "10", amount: str = "0.1") -> Plan:
    return Plan(
        intent="transfer",
        lang="en",
        chain_id=31337,
        sender=BOB,
        request="send",
        steps=[],
        token="ETH",
        amount=Decimal(amount),
        recipient=BOB,
        usd_value=Decimal(usd),
    )


def test_one_time_bound_to_user_and_hash(tmp_path: Path) -> None:
    store = ConfirmationStore(tmp_path / "c.sqlite")
    plan = _plan()
    pending = store.issue("alice", plan)
    assert pending.code is None and pending.plan_hash == plan.digest()
    with pytest.raises(UnknownPlan):
        store.confirm("mallory", pending.plan_id, pending.plan_hash)
    with pytest.raises(PlanMismatch):
        store.confirm("alice", pending.plan_id, "0" * 64)
    got = store.confirm("alice", pending.plan_id, pending.plan_hash)
    assert got.amount == Decimal("0.1") and got.digest() == pending.plan_hash
    with pytest.raises(PlanAlreadyUsed):
        store.confirm("alice", pending.plan_id, pending.plan_hash)


def test_new_plan_cancels_the_old_and_plans_expire(tmp_path: Path) -> None:
    store = ConfirmationStore(tmp_path / "c.sqlite")
    old = store.issue("alice", _plan())
    new = store.issue("alice", _plan(amount="0.2"))
    with pytest.raises(PlanAlreadyUsed):
        store.confirm("alice", old.plan_id, old.plan_hash)
    assert store.cancel_open("alice") == 1
    with pytest.raises(PlanAlreadyUsed):
        store.confirm("alice", new.plan_id, new.plan_hash)
    expired = ConfirmationStore(tmp_path / "c.sqlite", ttl_s=-1).issue("alice", _plan())
    with pytest.raises(PlanExpired) as err:
        store.confirm("alice", expired.plan_id, expired.plan_hash)
    assert "过期" in err.value.text("zh")


def test_large_plan_needs_its_code_and_three_wrong_codes_cancel_it(tmp_path: Path) -> None:
    store = ConfirmationStore(tmp_path / "c.sqlite", code_above_usd=1000)
    pending = store.issue("alice", _plan(usd="2500"))
    assert pending.code and len(pending.code) == 6
    with pytest.raises(CodeRequired):
        store.confirm("alice", pending.plan_id, pending.plan_hash)  # "yes" carries no code
    assert store.confirm("alice", pending.plan_id, pending.plan_hash, code=pending.code.lower()).usd_value == 2500
    burnt = store.issue("alice", _plan(usd="2500"))
    for _ in range(3):
        with pytest.raises(CodeRequired):
            store.confirm("alice", burnt.plan_id, burnt.plan_hash, code="AAAAAA")
    with pytest.raises(PlanAlreadyUsed):
        store.confirm("alice", burnt.plan_id, burnt.plan_hash, code=burnt.code)


def _race(path: str, plan_id: str, plan_hash: str, out: mp.Queue) -> None:
    store = ConfirmationStore(path)
    try:
        store.confirm("alice", plan_id, plan_hash)
        out.put("ok")
    except PlanAlreadyUsed:
        out.put("used")


def test_several_processes_confirm_a_plan_at_most_once(tmp_path: Path) -> None:
    path = str(tmp_path / "c.sqlite")
    pending = ConfirmationStore(path).issue("alice", _plan())
    ctx = mp.get_context("spawn")
    out: mp.Queue = ctx.Queue()
    procs = [ctx.Process(target=_race, args=(path, pending.plan_id, pending.plan_hash, out)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    results = sorted(out.get(timeout=5) for _ in procs)
    assert results == ["ok", "used", "used", "used"]
