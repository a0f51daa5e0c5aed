"""The standalone verifier: checks a proof file as an outsider would, with no access to the local database.

It imports only the hashing rules, the Merkle fold and (for the on-chain part) web3 - never the log. Without a chain
(``rpc_url``/``w3``) it checks the proof's internal consistency (leaf from record, path shape, root); with one it
also checks that the contract holds that root for that record range and that the named transaction, in the named
block, emitted the matching ``BatchAnchored`` event.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ledgerlm.audit.hashing import (
    LEAF_PREFIX,
    NODE_PREFIX,
    RECORD_FIELDS,
    canonical_json,
    from_hex,
    keccak,
    keccak_new,
    record_bytes,
    to_hex,
)
from ledgerlm.errors import InputError

PROOF_FORMAT = "ledgerlm-audit-proof/1"

#: The AuditAnchor ABI shipped with the package (``anchor_abi.json``, kept equal to the compiled contract by a
#: test), so the verifier works without the compiler. The JSON Schema of a proof file is ``proof.schema.json``.
ABI_PATH = Path(__file__).with_name("anchor_abi.json")
PROOF_SCHEMA_PATH = Path(__file__).with_name("proof.schema.json")
FULL_ANCHOR_ABI: list[dict[str, Any]] = json.loads(ABI_PATH.read_text(encoding="utf-8"))
#: The part of it the verifier calls: getBatch, verify and the BatchAnchored event.
ANCHOR_ABI: list[dict[str, Any]] = [
    e for e in FULL_ANCHOR_ABI if e.get("name") in ("getBatch", "verify", "BatchAnchored")
]
BATCH_ANCHORED_TOPIC = keccak(b"BatchAnchored(uint64,bytes32,uint64,uint64,uint64)")


@dataclass
class VerificationResult:
    """``valid`` is true only if every check that ran passed; ``chain_checked`` says whether the chain was asked."""

    valid: bool
    record_id: int | None
    batch_id: int | None
    root: str | None
    chain_checked: bool
    checks: dict[str, bool] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


class _Fail(Exception):
    pass


def _need(proof: dict[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    value = proof.get(key)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise InputError(f"proof field {key!r} is missing or malformed", hint="use a file from `ledgerlm audit prove`")
    return value


def check_math(proof: dict[str, Any]) -> tuple[dict[str, bool], list[str]]:
    """The offline part: leaf, path shape and root. Returns (checks, errors)."""
    checks: dict[str, bool] = {}
    errors: list[str] = []
    record = _need(proof, "record", dict)
    batch = _need(proof, "batch", dict)
    missing = [k for k in RECORD_FIELDS if k not in record]
    if missing or set(record) - set(RECORD_FIELDS):
        raise InputError(f"proof record has wrong fields (missing {missing})", hint="the proof file is damaged")
    leaf = from_hex(_need(proof, "leaf", str), what="leaf")
    root = from_hex(_need(proof, "root", str), what="root")
    index = _need(proof, "index", int)
    first_id, last_id, count = (int(batch.get(k, -1)) for k in ("first_id", "last_id", "count"))
    rid = record["id"]
    checks["range"] = (
        isinstance(rid, int)
        and 1 <= first_id <= rid <= last_id
        and count == last_id - first_id + 1
        and index == rid - first_id
    )
    if not checks["range"]:
        errors.append(f"record {record['id']} at index {index} does not fit batch range {first_id}..{last_id}")
    computed_leaf = keccak_new(LEAF_PREFIX + record_bytes(record, canonical_json(record["output"]))).digest()
    checks["leaf"] = computed_leaf == leaf
    if not checks["leaf"]:
        errors.append("the record does not hash to the proof's leaf: the record was changed")
    raw_path = _need(proof, "path", list)
    node, k, prefix = computed_leaf, keccak_new, NODE_PREFIX
    # walk the tree levels alongside the path: each step must sit where (index, count) says (see path_shape)
    shape_ok = 0 <= index < count
    idx, cnt = index, count
    try:
        for step in raw_path:
            text, position = step["hash"], step["position"]
            sibling = bytes.fromhex(text[2:]) if text[:2] == "0x" else b""
            if len(sibling) != 32 or (position != "left" and position != "right"):
                raise InputError(f"proof path step {step!r} is malformed", hint="each step needs hash and position")
            left = position == "left"
            while cnt > 1 and not idx & 1 and idx + 1 >= cnt:  # promoted level: no step
                idx, cnt = idx >> 1, (cnt + 1) >> 1
            if cnt <= 1 or left != bool(idx & 1):
                shape_ok = False
            idx, cnt = idx >> 1, (cnt + 1) >> 1
            node = (k(prefix + sibling + node) if left else k(prefix + node + sibling)).digest()
    except (KeyError, TypeError, ValueError, AttributeError):
        raise InputError("proof path is malformed", hint="each step needs a 0x hash and a position") from None
    while cnt > 1 and not idx & 1 and idx + 1 >= cnt:
        idx, cnt = idx >> 1, (cnt + 1) >> 1
    shape_ok = shape_ok and cnt <= 1
    checks["path_shape"] = shape_ok
    if not shape_ok:
        errors.append(f"the path does not have the shape of leaf {index} in a tree of {count} leaves")
    checks["root"] = node == root
    if not checks["root"]:
        errors.append("the path does not lead from the leaf to the root")
    return checks, errors


def _check_chain(proof: dict[str, Any], w3: Any) -> tuple[dict[str, bool], list[str]]:
    from eth_utils import to_checksum_address

    checks: dict[str, bool] = {}
    errors: list[str] = []
    anchor = _need(proof, "anchor", dict)
    batch = proof["batch"]
    root = from_hex(proof["root"], what="root")
    try:
        chain_id = int(w3.eth.chain_id)
    except Exception as exc:
        return {"chain_reachable": False}, [f"the chain does not answer: {exc}"]
    checks["chain_id"] = chain_id == anchor.get("chain_id")
    if not checks["chain_id"]:
        errors.append(f"the proof is for chain {anchor.get('chain_id')}, but the node is chain {chain_id}")
        return checks, errors
    try:
        address = to_checksum_address(anchor["contract"])
    except (KeyError, ValueError, TypeError):
        return {**checks, "contract": False}, [*errors, "the proof names no valid contract address"]
    contract = w3.eth.contract(address=address, abi=ANCHOR_ABI)
    try:
        stored_root, first_id, last_id = contract.functions.getBatch(int(batch["id"])).call()
    except Exception as exc:
        return {**checks, "contract": False}, [*errors, f"no AuditAnchor at {address}: {exc}"]
    checks["contract_root"] = (bytes(stored_root), first_id, last_id) == (root, batch["first_id"], batch["last_id"])
    if not checks["contract_root"]:
        errors.append(
            f"the contract holds root {to_hex(bytes(stored_root))} for records {first_id}..{last_id}, not the proof's"
        )
    try:
        receipt = w3.eth.get_transaction_receipt(anchor["tx_hash"])
    except Exception:
        receipt = None
    ok = False
    mined = receipt is not None and int(receipt["status"]) == 1
    if mined and int(receipt["blockNumber"]) == anchor.get("block_number"):
        for entry in receipt["logs"]:
            topics = [bytes(t) for t in entry["topics"]]
            if (
                to_checksum_address(entry["address"]) == address
                and len(topics) == 3
                and topics[0] == BATCH_ANCHORED_TOPIC
                and int.from_bytes(topics[1], "big") == int(batch["id"])
                and topics[2] == root
            ):
                ok = True
    checks["anchor_tx"] = ok
    if not ok:
        errors.append("the named transaction/block did not emit BatchAnchored for this batch and root")
    return checks, errors


def verify_proof(proof: dict[str, Any], *, rpc_url: str | None = None, w3: Any = None) -> VerificationResult:
    """Verify a proof from ``ledgerlm audit prove``. Offline unless ``rpc_url`` or ``w3`` is given."""
    if not isinstance(proof, dict) or proof.get("format") != PROOF_FORMAT:
        raise InputError(f"not a ledgerlm audit proof (expected format {PROOF_FORMAT!r})")
    checks, errors = check_math(proof)
    chain_checked = False
    if w3 is None and rpc_url:
        from web3 import HTTPProvider, LegacyWebSocketProvider, Web3

        provider = LegacyWebSocketProvider(rpc_url) if rpc_url.startswith("ws") else HTTPProvider(rpc_url)
        w3 = Web3(provider)
    if w3 is not None:
        chain_checks, chain_errors = _check_chain(proof, w3)
        checks.update(chain_checks)
        errors.extend(chain_errors)
        chain_checked = True
    record = proof.get("record") or {}
    return VerificationResult(
        valid=all(checks.values()) and not errors,
        record_id=record.get("id"),
        batch_id=(proof.get("batch") or {}).get("id"),
        root=proof.get("root"),
        chain_checked=chain_checked,
        checks=checks,
        errors=errors,
    )
