"""The journal of ``create``: deploy, verify, record, fund, audit - so nothing is lost and nothing is half-done.

A pending row is written before the first transaction; the address the deployment will get (sender + nonce) and
the signed transaction's hash are written into it under the nonce lock, before the transaction is sent. The
creating process holds the row's OS file lock for the whole operation, so any other process can tell a create
still running (lock held) from one that was interrupted (lock free: its process died). ``reconcile`` brings every
interrupted row up to date with the chain: it records a deployment that was mined but never recorded, writes the
missing audit record, notices a deployment that was never funded (and says which command funds it) and marks a
create that never reached the chain as abandoned. Funding is never sent by reconciliation on its own: money moves
only when the user runs ``ledgerlm resume ID``.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
from collections.abc import Callable, Iterator
from dataclasses import asdict
from typing import Any

from eth_utils import to_checksum_address

from ledgerlm.chain import Chain
from ledgerlm.chain.locks import lock_dir
from ledgerlm.contracts import registry
from ledgerlm.contracts.kinds.base import BuildContext, KindPlugin
from ledgerlm.errors import ChainError, InputError, LedgerError
from ledgerlm.solidity.artifact import Artifact

STEPS = ("deploy", "verify", "record", "fund", "audit")


def _lock_path(entry_id: int) -> str:
    return str(lock_dir() / f"journal-{entry_id}.lock")


@contextlib.contextmanager
def holding(entry_id: int) -> Iterator[None]:
    """Hold the row's lock while the operation runs (released by the kernel if the process dies)."""
    fd = os.open(_lock_path(entry_id), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def in_progress(entry_id: int) -> bool:
    """Whether a live process still holds the row (its create is running right now)."""
    fd = os.open(_lock_path(entry_id), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return True
        raise
    finally:
        os.close(fd)
    return False


#: Fault injection for the crash tests: ``LEDGERLM_CRASH_AT=<step>`` SIGKILLs this process right after ``step``
#: (``signed`` = signed and journaled but not sent); ``anvil:<step>`` SIGKILLs the managed node there instead.
CRASH_ENV = "LEDGERLM_CRASH_AT"


def crash_point(step: str) -> None:
    wanted = os.environ.get(CRASH_ENV)
    if not wanted:
        return
    import signal

    if wanted == step:
        os.kill(os.getpid(), signal.SIGKILL)
    if wanted == f"anvil:{step}":
        from ledgerlm.chain import anvil

        info = anvil.status()
        if info is not None:
            os.kill(info.pid, signal.SIGKILL)
            import time

            deadline = time.monotonic() + 5
            while anvil.status() is not None and time.monotonic() < deadline:
                time.sleep(0.02)


def create_address(sender: str, nonce: int) -> str:
    """The address a CREATE from ``sender`` with ``nonce`` gets: keccak(rlp([sender, nonce]))[12:]."""
    import rlp
    from eth_utils import keccak, to_bytes

    return to_checksum_address(keccak(rlp.encode([to_bytes(hexstr=sender), nonce]))[12:])


def funding_plan(plugin: Any, spec: Any, ctx: BuildContext) -> dict[str, Any] | None:
    """What funding after deployment means for this kind: an ERC-20 amount the deployer transfers, or None."""
    if type(plugin).post_deploy is KindPlugin.post_deploy or ctx.asset is None:
        return None
    from ledgerlm import units

    amount = getattr(spec, "amount", None)
    if amount is None:
        return None
    return {
        "asset": ctx.asset,
        "amount_base": str(units.to_base_units(amount, ctx.asset_decimals)),
        "amount": str(amount),
        "symbol": getattr(spec, "token", ""),
    }


def create_journaled(
    chain: Chain,
    *,
    plan: Any,
    plugin: Any,
    artifact: Artifact,
    source_hash: str,
    parties: dict[str, Any],
    ctx: BuildContext,
    checks: list[str],
    analysis_counts: dict[str, int],
    timed: Callable[[str, Callable[[], Any]], Any],
) -> tuple[registry.Deployment, list[str]]:
    """Deploy, verify, record, fund and audit one contract, each step written to the journal as it completes."""
    spec = plan.spec
    sender = chain.default_account.address
    fund = funding_plan(plugin, spec, ctx)
    payload = {
        "kind": spec.kind,
        "request": plan.request,
        "lang": plan.lang,
        "spec": spec.params(),
        "parties": parties,
        "source_hash": source_hash,
        "artifact": artifact.to_dict(),
        "immutable_refs": artifact.immutable_refs,
        "ctx": asdict(ctx),
        "fund": fund,
        "analysis": analysis_counts,
        "checks": checks,
    }
    entry_id = registry.journal_open(
        "create",
        backend=chain.backend,
        url=chain.url,
        chain_id=chain.chain_id,
        genesis_hash=chain.genesis_hash,
        sender=sender,
        payload=payload,
    )
    signed_at: list[int] = []

    def on_signed(nonce: int, tx_hash: str) -> None:
        registry.journal_update(entry_id, nonce=nonce, address=create_address(sender, nonce), tx_hash=tx_hash)
        signed_at.append(nonce)
        crash_point("signed")

    with holding(entry_id):
        args = plugin.constructor_args(spec, ctx)
        try:
            result = timed(
                "deploy", lambda: chain.deploy(artifact, args, value=plugin.value_wei(spec, ctx), on_signed=on_signed)
            )
        except LedgerError as exc:
            if not signed_at:  # refused before anything was signed: nothing can be on chain
                registry.journal_update(entry_id, state="failed", note=f"deploy refused: {exc.message}"[:500])
            raise
        assert result.address is not None
        registry.journal_update(entry_id, step="deploy", address=result.address, tx_hash=result.tx_hash)
        crash_point("deploy")

        def verify() -> None:
            if not artifact.matches_runtime(chain.code(result.address)):
                raise ChainError(f"the code at {result.address} is not the artefact that was analysed")

        timed("verify", verify)
        registry.journal_update(entry_id, step="verify")
        crash_point("verify")
        deployment = _record(
            chain, payload, result.address, result.tx_hash, result.block_number, result.gas_used, funded=fund is None
        )
        registry.journal_update(entry_id, step="record", deployment_id=deployment.id)
        crash_point("record")
        try:
            follow_ups = timed("fund", lambda: plugin.post_deploy(chain, result.address, spec, ctx))
        except Exception as exc:
            reason = exc.message if isinstance(exc, LedgerError) else f"{type(exc).__name__}: {exc}"
            registry.journal_update(
                entry_id,
                state="incomplete",
                note=f"recorded as deployment #{deployment.id} but not funded: {reason}"[:500],
            )
            _audit_create(payload, deployment, [], status="incomplete", missing=["fund"])
            registry.journal_update(entry_id, step="audit")
            raise ChainError(
                f"deployment #{deployment.id} at {deployment.address} succeeded and is recorded, but funding it "
                f"failed: {reason}",
                hint=f"the contract is recorded; fund it with `ledgerlm resume {entry_id}` (or send the amount to "
                "its address)",
            ) from None
        if fund is not None:
            registry.mark_funded(deployment.id)
            deployment.funded = 1
        registry.journal_update(entry_id, step="fund")
        crash_point("fund")
        checks.append("deployed runtime code equals the analysed artefact")
        _audit_create(payload, deployment, follow_ups, status="complete", checks=checks)
        registry.journal_update(entry_id, step="audit", state="complete")
    return deployment, checks


def _record(
    chain: Chain, payload: dict[str, Any], address: str, tx_hash: str, block_number: int, gas_used: int, *, funded: bool
) -> registry.Deployment:
    art = payload["artifact"]
    return registry.record(
        kind=payload["kind"],
        contract_name=art["contract_name"],
        request=payload["request"],
        lang=payload["lang"],
        spec=payload["spec"],
        parties=payload["parties"],
        source_hash=payload["source_hash"],
        artifact_key=art["key"],
        abi=art["abi"],
        address=address,
        chain_id=chain.chain_id,
        backend=chain.backend,
        tx_hash=tx_hash,
        block_number=block_number,
        gas_used=gas_used,
        deployer=payload["ctx"]["deployer"],
        genesis_hash=chain.genesis_hash,
        block_hash=chain.block_hash(block_number),
        funded=1 if funded else 0,
    )


def _audit_create(
    payload: dict[str, Any],
    dep: registry.Deployment,
    follow_ups: list[str],
    *,
    status: str,
    missing: list[str] | None = None,
    checks: list[str] | None = None,
    note: str | None = None,
) -> None:
    from ledgerlm.audit import record

    output = {
        "kind": dep.kind,
        "params": payload["spec"],
        "address": dep.address,
        "id": dep.id,
        "chain_id": dep.chain_id,
        "artifact_key": dep.artifact_key,
        "analysis": payload["analysis"],
        "checks": checks if checks is not None else payload["checks"],
        "status": status,
    }
    if missing:
        output["missing"] = missing
    if note:
        output["note"] = note
    record("contracts.create", payload.get("request") or "", output, tx_hashes=(dep.tx_hash, *follow_ups))


def _audit_abandoned(entry: registry.JournalEntry, note: str) -> None:
    from ledgerlm.audit import record

    record(
        "contracts.create",
        entry.payload.get("request") or "",
        {
            "kind": entry.payload.get("kind"),
            "params": entry.payload.get("spec"),
            "status": "abandoned",
            "journal_id": entry.id,
            "note": note,
        },
        tx_hashes=tuple(t for t in [entry.tx_hash] if t),
    )


def _artifact(entry: registry.JournalEntry) -> Artifact:
    data = dict(entry.payload["artifact"])
    data["immutable_refs"] = tuple(tuple(r) for r in entry.payload.get("immutable_refs") or ())
    fields = set(Artifact.__dataclass_fields__)
    data = {k: (tuple(v) if k == "warnings" else v) for k, v in data.items() if k in fields}
    return Artifact(**data)


def _same_chain(entry: registry.JournalEntry, chain: Chain) -> bool:
    return (
        entry.backend == chain.backend
        and int(entry.chain_id) == int(chain.chain_id)
        and (not entry.genesis_hash or entry.genesis_hash == chain.genesis_hash)
    )


def reconcile(chain: Chain) -> list[str]:
    """Bring every interrupted create on ``chain`` up to date; returns one plain line per entry it looked at."""
    notes: list[str] = []
    for entry in registry.journal_unfinished():
        if in_progress(entry.id):
            continue
        if entry.backend == "memory" and entry.state == "pending":
            note = "interrupted on an in-process chain, which ended with its process: nothing of it remains"
            registry.journal_update(entry.id, state="abandoned", note=note)
            continue
        if not _same_chain(entry, chain):
            continue
        try:
            line = _reconcile_one(chain, entry)
        except LedgerError as exc:
            line = f"could not check create #{entry.id} yet: {exc.message}"
        except Exception as exc:  # an answer the chain should not give; keep the row for a later try
            line = f"could not check create #{entry.id} yet ({type(exc).__name__})"
        if line:
            notes.append(line)
    from ledgerlm.contracts import multideploy  # multi-contract kinds (dao) keep their own steps in the journal

    notes += multideploy.reconcile(chain)
    return notes


def _reconcile_one(chain: Chain, entry: registry.JournalEntry) -> str | None:
    what = f"create #{entry.id} ({entry.payload.get('kind')})"
    if entry.state == "incomplete" and entry.deployment_id is not None:
        return _check_funding(chain, entry, what)
    if not entry.address or entry.nonce is None:
        note = "interrupted before its deployment was signed: nothing was sent"
        registry.journal_update(entry.id, state="abandoned", note=note)
        _audit_abandoned(entry, note)
        return f"{what} was {note}"
    code = chain.code(entry.address)
    if not code:
        used = chain.pending_nonce(entry.sender)
        if used <= entry.nonce:
            note = (
                "interrupted before its deployment was mined (or the node lost it with its state): nothing of it"
                " is on chain"
            )
        else:
            note = f"its deployment never created code at {entry.address} (the nonce was used otherwise)"
        registry.journal_update(entry.id, state="abandoned", note=note)
        _audit_abandoned(entry, note)
        return f"{what} was {note}"
    if not _artifact(entry).matches_runtime(code):
        note = f"the code at {entry.address} is not the artefact that was analysed; it was not recorded"
        registry.journal_update(entry.id, state="failed", note=note)
        _audit_abandoned(entry, note)
        return f"{what}: {note}"
    deployment_id = entry.deployment_id
    if deployment_id is None:
        existing = registry.find_by_address(entry.address, chain.chain_id)
        if existing is not None and existing.tx_hash == entry.tx_hash:
            deployment_id = existing.id
        elif entry.tx_hash is None:  # code at the address, but no hash was journaled to check it against
            return f"could not check {what} yet: code is at {entry.address} but no transaction hash was journaled"
        else:
            receipt = chain.receipt(entry.tx_hash)
            dep = _record(
                chain,
                entry.payload,
                entry.address,
                str(entry.tx_hash),
                int(receipt["blockNumber"]),
                int(receipt["gasUsed"]),
                funded=entry.payload.get("fund") is None,
            )
            deployment_id = dep.id
        registry.journal_update(entry.id, step="verify")
        registry.journal_update(entry.id, step="record", deployment_id=deployment_id)
        entry = registry.journal_get(entry.id)
    return _check_funding(chain, entry, what)


def _funded_on_chain(chain: Chain, fund: dict[str, Any], address: str) -> int:
    from ledgerlm.chain.erc20 import ERC20_ABI

    token = chain.contract(fund["asset"], ERC20_ABI)
    return int(chain.call(token.functions.balanceOf(address)))


def _check_funding(chain: Chain, entry: registry.JournalEntry, what: str) -> str:
    dep = registry.get(int(entry.deployment_id or 0))
    if registry.deployment_status(dep, chain) == "lost":
        note = f"deployment #{dep.id} was lost with the node's state before it was complete"
        registry.journal_update(entry.id, state="lost", note=note)
        return f"{what}: {note}"
    fund = entry.payload.get("fund")
    if fund is not None and "fund" not in entry.steps:
        held = _funded_on_chain(chain, fund, dep.address)
        if held < int(fund["amount_base"]):
            note = f"recorded as deployment #{dep.id} but never funded ({fund['amount']} {fund['symbol']} missing)"
            registry.journal_update(entry.id, state="incomplete", note=note)
            if "audit" not in entry.steps:
                _audit_create(entry.payload, dep, [], status="incomplete", missing=["fund"])
                registry.journal_update(entry.id, step="audit")
            return f"{what} is {note}: fund it with `ledgerlm resume {entry.id}`"
        registry.mark_funded(dep.id)
        registry.journal_update(entry.id, step="fund")
    elif fund is None:
        registry.journal_update(entry.id, step="fund")
    entry = registry.journal_get(entry.id)
    if "audit" not in entry.steps or entry.state == "incomplete":
        _audit_create(entry.payload, dep, [], status="complete", note="completed by reconciliation")
    registry.journal_update(entry.id, step="audit", state="complete", note="completed by reconciliation")
    return f"{what} was interrupted earlier and is now complete: deployment #{dep.id} at {dep.address}"


def resume(entry_id: int, chain: Chain) -> str:
    """Finish an interrupted create, sending the funding transfer if the chain shows it is still missing."""
    entry = registry.journal_get(entry_id)
    if entry.state in ("complete", "abandoned", "failed"):
        return f"create #{entry_id} is {entry.state}" + (f": {entry.note}" if entry.note else "")
    if not _same_chain(entry, chain):
        raise InputError(
            f"create #{entry_id} ran on {entry.backend} (chain {entry.chain_id}), not this chain",
            hint=f"pass --chain {entry.url or entry.backend}",
        )
    if in_progress(entry_id):
        raise ChainError(f"create #{entry_id} is still running in another process", hint="wait for it to end")
    with holding(entry_id):
        line = _reconcile_one(chain, entry)
        entry = registry.journal_get(entry_id)
        if entry.state != "incomplete":
            return line or f"create #{entry_id} is {entry.state}"
        fund = entry.payload["fund"]
        dep = registry.get(int(entry.deployment_id or 0))
        if _funded_on_chain(chain, fund, dep.address) != 0:
            raise ChainError(
                f"deployment #{dep.id} holds part of its amount; refusing to guess the rest",
                hint="send the missing amount to its address yourself",
            )
        from ledgerlm.contracts.kinds import get_plugin
        from ledgerlm.contracts.spec import build_spec

        plugin = get_plugin(dep.kind)
        spec = build_spec(dep.kind, entry.payload["spec"], allow_high_rate=True)
        ctx = BuildContext(**entry.payload["ctx"])
        follow_ups = plugin.post_deploy(chain, dep.address, spec, ctx)
        registry.mark_funded(dep.id)
        registry.journal_update(entry_id, step="fund")
        dep = registry.get(dep.id)
        _audit_create(entry.payload, dep, follow_ups, status="complete", note="funded by `ledgerlm resume`")
        registry.journal_update(entry_id, step="audit", state="complete", note="funded by `ledgerlm resume`")
        return f"create #{entry_id}: deployment #{dep.id} at {dep.address} is now funded and complete"
