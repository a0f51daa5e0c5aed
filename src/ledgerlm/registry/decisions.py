"""Tying audited AI decisions to registered models.

Before a decision is appended to the audit log, ``model_version_for(component)`` names the registry entry of the
own model that made it (``"<entryId>:<manifestHash>"`` in the record's committed ``model_version`` field); after the
append, ``sign_record`` stores an EIP-712 receipt for the record (``receipts``). ``attach_receipt`` adds it to a
proof, and ``verify_decision`` checks it: offline, that the signature matches the committed fields; with a chain,
that the entry is registered with that manifest, that the signer may sign for it, and that it was not deprecated
when the decision was made.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ledgerlm.registry import own, store
from ledgerlm.registry.receipts import (
    ReceiptError,
    check_receipt,
    local_signer,
    make_receipt,
    model_version_field,
    split_model_version,
)

_log = logging.getLogger(__name__)


_enabled: dict[str, bool] = {}


def receipts_enabled() -> bool:
    """``[registry] receipts`` in config.toml (default true), read once per data dir and process."""
    from ledgerlm.config import config_path, load_config

    key = str(config_path())
    if key not in _enabled:
        _enabled[key] = bool(load_config().get("registry", {}).get("receipts", True))
    return _enabled[key]


def model_version_for(component: str) -> str | None:
    """The committed ``model_version`` naming the own model behind ``component`` (None when none applies or the
    model files cannot be read: the decision is still logged, just without a model tie)."""
    name = own.model_for_component(component)
    if name is None or not receipts_enabled():
        return None
    try:
        model_id, manifest_hash = own.model_ref(name, local_signer().address)
    except Exception as exc:  # noqa: BLE001 - a missing weight file must not stop the audit record itself
        _log.warning("no model receipt for %s: %s", component, exc)
        return None
    return model_version_field(model_id, manifest_hash)


def sign_record(record: Any, log_path: str) -> dict[str, Any] | None:
    """Sign and store the receipt of an appended record whose ``model_version`` names a registry entry."""
    if split_model_version(record.model_version) is None:
        return None
    receipt = make_receipt(record.fields(), record.output_json)
    store.save_receipt(log_path, record.id, record.leaf, receipt)
    return receipt


def attach_receipt(proof: dict[str, Any], log_path: str) -> dict[str, Any]:
    """The proof with its record's ``model_receipt`` (when there is one)."""
    receipt = store.load_receipt(log_path, int(proof["record"]["id"]))
    if receipt is not None:
        proof = {**proof, "model_receipt": receipt}
    return proof


@dataclass
class DecisionCheck:
    ok: bool
    model_id: str | None = None
    manifest_hash: str | None = None
    signer: str | None = None
    checks: dict[str, bool] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    entry: dict[str, Any] | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "model_id": self.model_id,
            "manifest_hash": self.manifest_hash,
            "signer": self.signer,
            "checks": self.checks,
            "errors": self.errors,
            "entry": self.entry,
            "note": self.note,
        }


def _made_by(proof: dict[str, Any], chain: Any) -> tuple[int, str]:
    """The latest moment by which the decision provably existed, on the chain's own clock when possible: the
    timestamp of the block that anchored its batch (dev chains' clocks drift from wall time, so comparing the
    record's wall-clock time with an on-chain deprecation time would be unreliable there)."""
    anchor = proof.get("anchor") or {}
    block = anchor.get("block_number")
    if block is not None and anchor.get("chain_id") == chain.chain_id:
        return int(chain.w3.eth.get_block(int(block))["timestamp"]), "anchored in block time"
    text = str(proof["record"]["time"]).replace("Z", "+00:00")
    return int(datetime.fromisoformat(text).timestamp()), "record time"


def verify_decision(proof: dict[str, Any], *, chain: Any = None) -> DecisionCheck:
    """Check the model receipt of a proof; with ``chain``, also check the registry entry on that chain."""
    from ledgerlm.audit.hashing import canonical_json

    record = proof.get("record") or {}
    receipt = proof.get("model_receipt")
    result = DecisionCheck(ok=False)
    if not isinstance(receipt, dict):
        result.errors.append("the proof carries no model_receipt: the decision names no registered model")
        return result
    try:
        result.signer = check_receipt(receipt, record, canonical_json(record.get("output")))
        result.checks["signature"] = True
    except (ReceiptError, KeyError, ValueError) as exc:
        result.checks["signature"] = False
        result.errors.append(f"receipt: {exc}")
        return result
    result.model_id, result.manifest_hash = receipt["message"]["modelId"], receipt["message"]["manifestHash"]
    if chain is None:
        result.ok = True
        result.note = (
            "checked offline: the signature matches the record; whether the model is registered and "
            "not deprecated needs the chain (pass --chain)"
        )
        return result
    from ledgerlm.errors import NotFound
    from ledgerlm.registry import api

    try:
        entry = api.get_entry(chain, result.model_id)
    except NotFound as exc:
        result.checks["registered"] = False
        result.errors.append(str(exc.message))
        return result
    result.entry = entry.to_dict()
    result.checks["registered"] = True
    result.checks["manifest"] = entry.manifest_hash == result.manifest_hash
    if not result.checks["manifest"]:
        result.errors.append(
            f"the registry holds manifest {entry.manifest_hash}, the receipt names {result.manifest_hash}"
        )
    reg = api.registry_contract(chain, deploy=False)
    allowed = bool(chain.call(reg.functions.isSigner(bytes.fromhex(result.model_id[2:]), result.signer)))
    result.checks["signer"] = allowed
    if not allowed:
        result.errors.append(f"{result.signer} may not sign receipts for {entry.name} {entry.version}")
    made_at, clock = _made_by(proof, chain)
    live = entry.deprecated_at is None or made_at <= entry.deprecated_at
    result.checks["not_deprecated"] = live
    if not live:
        result.errors.append(
            f"{entry.name} {entry.version} was deprecated at {entry.deprecated_at}, before the "
            f"decision was provably made ({clock} {made_at})"
        )
    result.ok = all(result.checks.values())
    return result
