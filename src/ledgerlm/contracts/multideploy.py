"""Kinds made of several contracts (the dao: token, timelock, governor and the role wiring between them), deployed
and journaled as one whole.

A kind declares its deployment as data (``kinds.base.DeploymentPlan``): an ordered list of contracts whose
constructor arguments may name earlier contracts (``AddressOf``), and calls made after them (role grants,
renouncing the deployer's admin role). ``run`` sends the steps in order; each one is written to the journal when it
is signed (nonce and transaction hash, before it is sent) and when it is mined, so a crash between two contracts
loses nothing. ``reconcile`` (run by the next ``create`` and by ``ledgerlm dao`` commands) reads an interrupted
deployment's steps back from the chain and finishes it - the user confirmed the whole plan, and the remaining steps
move no money - or reports plainly what it cannot finish. A DAO left half-wired (the deployer still admin of the
timelock) is exactly what must never stay silently half-done.

The journal rows use the op ``create_multi`` and the states ``running`` / ``partial``, which the single-contract
reconciliation (``contracts.journal.reconcile``) does not touch; each step is one entry of the row's steps list:
``signed:<name>:<nonce>:<tx hash>`` and ``done:<name>:<address or tx hash>``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from ledgerlm.chain import Chain
from ledgerlm.contracts import registry
from ledgerlm.contracts.journal import crash_point, holding, in_progress
from ledgerlm.contracts.kinds.base import AddressOf, BuildContext, CallStep, DeploymentPlan, DeployStep, resolve_args
from ledgerlm.errors import ChainError, LedgerError
from ledgerlm.solidity.artifact import Artifact

OP = "create_multi"
RUNNING, PARTIAL = "running", "partial"


# -- steps as JSON (the journal keeps the plan, so a later process can finish it) ---------------------------------
def _arg_to_json(value: Any) -> Any:
    if isinstance(value, AddressOf):
        return {"address_of": value.step}
    if isinstance(value, bytes):
        return {"bytes": "0x" + value.hex()}
    if isinstance(value, list | tuple):
        return [_arg_to_json(v) for v in value]
    if isinstance(value, int) and not isinstance(value, bool):
        return {"int": str(value)}  # uint256 values exceed what JSON readers keep exactly
    return value


def _arg_from_json(value: Any) -> Any:
    if isinstance(value, dict):
        if "address_of" in value:
            return AddressOf(value["address_of"])
        if "bytes" in value:
            return bytes.fromhex(value["bytes"][2:])
        if "int" in value:
            return int(value["int"])
    if isinstance(value, list):
        return [_arg_from_json(v) for v in value]
    return value


def plan_to_json(plan: DeploymentPlan) -> dict[str, Any]:
    steps = []
    for s in plan.steps:
        if isinstance(s, DeployStep):
            steps.append(
                {
                    "type": "deploy",
                    "name": s.name,
                    "contract": s.contract,
                    "args": _arg_to_json(list(s.args)),
                    "value_wei": str(s.value_wei),
                }
            )
        else:
            steps.append(
                {
                    "type": "call",
                    "name": s.name,
                    "target": s.target,
                    "function": s.function,
                    "args": _arg_to_json(list(s.args)),
                    "expect_events": list(s.expect_events),
                }
            )
    return {"steps": steps, "primary": plan.primary}


def plan_from_json(data: dict[str, Any]) -> DeploymentPlan:
    steps: list[DeployStep | CallStep] = []
    for s in data["steps"]:
        if s["type"] == "deploy":
            steps.append(DeployStep(s["name"], s["contract"], tuple(_arg_from_json(s["args"])), int(s["value_wei"])))
        else:
            steps.append(
                CallStep(
                    s["name"], s["target"], s["function"], tuple(_arg_from_json(s["args"])), tuple(s["expect_events"])
                )
            )
    return DeploymentPlan(tuple(steps), data["primary"])


# -- sending --------------------------------------------------------------------------------------------------------
def _check_plan(plan: DeploymentPlan, artifacts: dict[str, Artifact]) -> None:
    names: set[str] = set()
    for s in plan.steps:
        if s.name in names:
            raise ChainError(f"deployment step {s.name!r} appears twice")
        if isinstance(s, DeployStep) and s.contract not in artifacts:
            raise ChainError(f"deployment step {s.name!r}: no contract {s.contract!r} in the compiled source")
        if isinstance(s, CallStep) and s.target not in names:
            raise ChainError(f"call {s.name!r} targets {s.target!r}, which is not deployed before it")
        names.add(s.name)
    if plan.primary not in {s.name for s in plan.contracts()}:
        raise ChainError(f"the primary contract {plan.primary!r} is not one of the deployed contracts")


def _tx_for(
    chain: Chain,
    step: DeployStep | CallStep,
    artifacts: dict[str, Artifact],
    plan: DeploymentPlan,
    addresses: dict[str, str],
) -> dict[str, Any]:
    args = resolve_args(list(step.args), addresses)
    if isinstance(step, DeployStep):
        art = artifacts[step.contract]
        chain.register_abi(art.abi)
        factory = chain.w3.eth.contract(abi=art.abi, bytecode=art.bytecode)
        try:
            data = factory.constructor(*args).data_in_transaction
        except (TypeError, ValueError) as exc:
            raise ChainError(f"constructor arguments do not match {step.contract}'s ABI: {exc}") from None
        return {"data": data, "value": step.value_wei}
    target = next(s for s in plan.contracts() if s.name == step.target)
    contract = chain.contract(addresses[step.target], artifacts[target.contract].abi)
    fn = getattr(contract.functions, step.function)(*args)
    return {"to": fn.address, "data": fn._encode_transaction_data(), "value": 0}


def run(
    chain: Chain,
    plan: DeploymentPlan,
    artifacts: dict[str, Artifact],
    *,
    sender: Any = None,
    done: dict[str, str] | None = None,
    on_signed: Callable[[str, int, str], None] | None = None,
    on_done: Callable[[str, str, Any], None] | None = None,
) -> tuple[dict[str, str], dict[str, Any]]:
    """Send every step not in ``done`` (name -> address or tx hash) in order; returns (contract addresses,
    results by step). Deployed code is checked against its artefact as each contract is mined."""
    _check_plan(plan, artifacts)
    done = dict(done or {})
    contract_names = {s.name for s in plan.contracts()}
    addresses = {k: v for k, v in done.items() if k in contract_names}
    results: dict[str, Any] = {}
    for step in plan.steps:
        if step.name in done:
            continue
        tx = _tx_for(chain, step, artifacts, plan, addresses)

        def signed(nonce: int, tx_hash: str, name: str = step.name) -> None:
            if on_signed is not None:
                on_signed(name, nonce, tx_hash)

        expect = step.expect_events if isinstance(step, CallStep) else ()
        result = chain.send(tx, sender=sender, expect_events=expect, on_signed=signed)
        if isinstance(step, DeployStep):
            if not result.address:
                raise ChainError(f"deployment of {step.contract} ({step.name}) created no contract")
            if not artifacts[step.contract].matches_runtime(chain.code(result.address)):
                raise ChainError(f"the code at {result.address} is not the {step.contract} artefact that was analysed")
            addresses[step.name] = str(result.address)
            mark = str(result.address)
        else:
            mark = str(result.tx_hash)
        results[step.name] = result
        if on_done is not None:
            on_done(step.name, mark, result)
    return addresses, results


# -- journaled create --------------------------------------------------------------------------------------------
def _progress(steps: list[str]) -> tuple[dict[str, tuple[int, str]], dict[str, str]]:
    signed: dict[str, tuple[int, str]] = {}
    done: dict[str, str] = {}
    for entry in steps:
        parts = entry.split(":")
        if parts[0] == "signed" and len(parts) == 4:
            signed[parts[1]] = (int(parts[2]), parts[3])
        elif parts[0] == "done" and len(parts) == 3:
            done[parts[1]] = parts[2]
    return signed, done


def create_journaled(
    chain: Chain,
    *,
    plan: Any,
    plugin: Any,
    deployment: DeploymentPlan,
    artifacts: dict[str, Artifact],
    source_hash: str,
    parties: dict[str, Any],
    ctx: BuildContext,
    checks: list[str],
    analysis_counts: dict[str, int],
    timed: Callable[[str, Callable[[], Any]], Any],
) -> tuple[registry.Deployment, list[str]]:
    """Deploy and wire every contract of ``deployment``, then record the primary one as the deployment."""
    _check_plan(deployment, artifacts)
    spec = plan.spec
    payload = {
        "kind": spec.kind,
        "request": plan.request,
        "lang": plan.lang,
        "spec": spec.params(),
        "parties": parties,
        "source_hash": source_hash,
        "artifacts": {name: artifacts[name].to_dict() for name in {s.contract for s in deployment.contracts()}},
        "plan": plan_to_json(deployment),
        "ctx": asdict(ctx),
        "analysis": analysis_counts,
        "checks": checks,
    }
    entry_id = registry.journal_open(
        OP,
        backend=chain.backend,
        url=chain.url,
        chain_id=chain.chain_id,
        genesis_hash=chain.genesis_hash,
        sender=chain.default_account.address,
        payload=payload,
    )
    registry.journal_update(entry_id, state=RUNNING)
    with holding(entry_id):
        try:
            timed("deploy", lambda: _send(chain, entry_id, deployment, artifacts, {}))
        except LedgerError as exc:
            _, done = _progress(registry.journal_get(entry_id).steps)
            if not done and not _progress(registry.journal_get(entry_id).steps)[0]:
                registry.journal_update(
                    entry_id, state="failed", note=f"refused before anything was sent: {exc.message}"[:500]
                )
                raise
            registry.journal_update(
                entry_id, state=PARTIAL, note=f"stopped after {', '.join(done) or 'nothing'}: {exc.message}"[:500]
            )
            raise ChainError(
                f"the {spec.kind} deployment stopped part way ({len(done)} of {len(deployment.steps)} steps done): "
                f"{exc.message}",
                hint=f"journal entry #{entry_id} keeps its steps; the next `ledgerlm create` or `ledgerlm dao` command "
                "on this chain finishes it or says why it cannot",
            ) from None
        deployment_row = _finish(chain, registry.journal_get(entry_id), plugin)
    checks = [
        *checks,
        f"each of the {len(deployment.contracts())} deployed contracts' runtime code equals its analysed artefact",
    ]
    return deployment_row, checks


def _send(
    chain: Chain, entry_id: int, deployment: DeploymentPlan, artifacts: dict[str, Artifact], done: dict[str, str]
) -> dict[str, str]:
    def signed(name: str, nonce: int, tx_hash: str) -> None:
        registry.journal_update(entry_id, step=f"signed:{name}:{nonce}:{tx_hash}", nonce=nonce, tx_hash=tx_hash)
        crash_point(f"multi-signed:{name}")

    def finished(name: str, mark: str, result: Any) -> None:
        registry.journal_update(entry_id, step=f"done:{name}:{mark}")
        crash_point(f"multi:{name}")

    addresses, _ = run(chain, deployment, artifacts, done=done, on_signed=signed, on_done=finished)
    return addresses


def _artifacts(payload: dict[str, Any]) -> dict[str, Artifact]:
    fields = set(Artifact.__dataclass_fields__)
    out = {}
    for name, data in payload["artifacts"].items():
        d = {k: v for k, v in data.items() if k in fields}
        d["warnings"] = tuple(d.get("warnings") or ())
        d["immutable_refs"] = tuple(tuple(r) for r in d.get("immutable_refs") or ())
        out[name] = Artifact(**d)
    return out


def _finish(chain: Chain, entry: registry.JournalEntry, plugin: Any) -> registry.Deployment:
    """Every step is done: record the primary contract, tell the plugin, write the audit record."""
    payload = entry.payload
    deployment = plan_from_json(payload["plan"])
    _, done = _progress(entry.steps)
    names = {s.name: s for s in deployment.contracts()}
    addresses = {n: done[n] for n in names}
    primary = names[deployment.primary]
    signed, _ = _progress(entry.steps)
    receipt = chain.receipt(signed[primary.name][1])
    arts = _artifacts(payload)
    if entry.deployment_id is not None:  # recorded before an interruption: this entry's own record, never another
        dep = registry.get(int(entry.deployment_id))  # with the same address (fresh py-evm chains repeat addresses)
    else:
        dep = registry.record(
            kind=payload["kind"],
            contract_name=primary.contract,
            request=payload["request"],
            lang=payload["lang"],
            spec=payload["spec"],
            parties={**payload["parties"], **addresses},
            source_hash=payload["source_hash"],
            artifact_key=arts[primary.contract].key,
            abi=arts[primary.contract].abi,
            address=addresses[primary.name],
            chain_id=chain.chain_id,
            backend=chain.backend,
            tx_hash=signed[primary.name][1],
            block_number=int(receipt["blockNumber"]),
            gas_used=sum(int(chain.receipt(h)["gasUsed"]) for _, h in signed.values()),
            deployer=payload["ctx"]["deployer"],
            genesis_hash=chain.genesis_hash,
            block_hash=chain.block_hash(int(receipt["blockNumber"])),
            funded=1,
        )
    registry.journal_update(entry.id, step="record", deployment_id=dep.id, address=dep.address)
    from ledgerlm.contracts.spec import build_spec

    spec = build_spec(payload["kind"], payload["spec"], allow_high_rate=True)
    ctx = BuildContext(**payload["ctx"])
    first_block = min(int(chain.receipt(signed[n][1])["blockNumber"]) for n in names)
    plugin.deployed(chain, addresses, spec, ctx, first_block)
    from ledgerlm.audit import record

    record(
        "contracts.create",
        payload.get("request") or "",
        {
            "kind": dep.kind,
            "params": payload["spec"],
            "address": dep.address,
            "contracts": addresses,
            "id": dep.id,
            "chain_id": dep.chain_id,
            "artifact_key": dep.artifact_key,
            "analysis": payload["analysis"],
            "checks": payload["checks"],
            "status": "complete",
        },
        tx_hashes=tuple(h for _, h in signed.values()),
    )
    registry.journal_update(entry.id, step="audit", state="complete")
    return dep


# -- reconciliation ---------------------------------------------------------------------------------------------
def unfinished() -> list[registry.JournalEntry]:
    if not registry.db_path().exists():
        return []
    return [e for e in registry.journal_all(limit=1000) if e.op == OP and e.state in (RUNNING, PARTIAL)]


def _receipt(chain: Chain, tx_hash: str) -> Any:
    try:
        return chain.receipt(tx_hash)
    except Exception:  # noqa: BLE001 - web3 raises TransactionNotFound (or a provider error) for an unknown hash
        return None


def reconcile(chain: Chain) -> list[str]:
    """Bring every interrupted multi-contract create on ``chain`` up to date and finish it where it can."""
    notes = []
    for entry in unfinished():
        if in_progress(entry.id):
            continue
        other_genesis = bool(entry.genesis_hash) and entry.genesis_hash != chain.genesis_hash
        if entry.backend == "memory" and (other_genesis or chain.backend != "memory"):
            # an in-process chain ends with its process: nothing of an interrupted create on it remains anywhere
            note = "interrupted on an in-process chain, which ended with its process: nothing of it remains"
            registry.journal_update(entry.id, state="abandoned", note=note)
            continue
        if int(entry.chain_id) != int(chain.chain_id) or entry.backend != chain.backend or other_genesis:
            continue
        try:
            line = _reconcile_one(chain, entry)
        except LedgerError as exc:
            line = f"could not finish create #{entry.id} ({entry.payload.get('kind')}) yet: {exc.message}"
        if line:
            notes.append(line)
    return notes


def _reconcile_one(chain: Chain, entry: registry.JournalEntry) -> str | None:
    what = f"create #{entry.id} ({entry.payload.get('kind')}, {len(entry.payload['plan']['steps'])} steps)"
    deployment = plan_from_json(entry.payload["plan"])
    arts = _artifacts(entry.payload)
    with holding(entry.id):
        signed, done = _progress(entry.steps)
        for step in deployment.steps:
            if step.name in done or step.name not in signed:
                continue
            nonce, tx_hash = signed[step.name]
            receipt = _receipt(chain, tx_hash)
            if receipt is not None and int(receipt["status"]) == 1:
                mark = str(receipt["contractAddress"]) if isinstance(step, DeployStep) else tx_hash
                if isinstance(step, DeployStep) and not arts[step.contract].matches_runtime(chain.code(mark)):
                    note = f"the code at {mark} is not the analysed {step.contract}"
                    registry.journal_update(entry.id, state="failed", note=note)
                    return f"{what}: {note}; nothing more is sent"
                registry.journal_update(entry.id, step=f"done:{step.name}:{mark}")
                done[step.name] = mark
                continue
            used = chain.pending_nonce(entry.sender)
            if receipt is not None or used > nonce:
                note = f"step {step.name} did not take effect (reverted, or its nonce was used otherwise)"
                registry.journal_update(entry.id, state="failed", note=note)
                return f"{what}: {note}; the steps done so far ({', '.join(done) or 'none'}) stay on chain"
        for name, address in done.items():
            if name in {s.name for s in deployment.contracts()} and not chain.code(address):
                note = "interrupted, and its contracts are no longer on this chain (a new in-process or reset chain)"
                registry.journal_update(entry.id, state="abandoned", note=note)
                return None if entry.backend == "memory" else f"{what} was {note}"
        if not done and not signed:
            registry.journal_update(entry.id, state="abandoned", note="interrupted before anything was sent")
            return f"{what} was interrupted before anything was sent: nothing is on chain"
        remaining = [s for s in deployment.steps if s.name not in done]
        from ledgerlm.contracts.kinds import get_plugin

        plugin = get_plugin(entry.payload["kind"])
        if remaining:
            if any(isinstance(s, DeployStep) and s.value_wei for s in remaining):
                registry.journal_update(entry.id, state=PARTIAL, note="remaining steps send ETH: not finished alone")
                return (
                    f"{what} stopped after {', '.join(done)}; the rest sends ETH, so it was not finished automatically"
                )
            if chain.default_account.address.lower() != entry.sender.lower():
                return f"{what} stopped after {', '.join(done)}; only its sender {entry.sender} can finish it"
            _send(chain, entry.id, deployment, arts, done)
        dep = _finish(chain, registry.journal_get(entry.id), plugin)
        finished = ", ".join(s.name for s in remaining) or "nothing left to send"
        registry.journal_update(entry.id, note=f"completed by reconciliation ({time.strftime('%Y-%m-%d %H:%M:%S')})")
        return (
            f"{what} was interrupted earlier and is now complete (finished: {finished}): "
            f"deployment #{dep.id} at {dep.address}"
        )
