"""Building self-contained inclusion proofs from the local log."""

from __future__ import annotations

from typing import Any

from ledgerlm.audit.hashing import KECCAK_BACKEND, to_hex
from ledgerlm.audit.log import AuditLog
from ledgerlm.audit.merkle import merkle_path, merkle_root
from ledgerlm.audit.models import AuditError
from ledgerlm.errors import NotFound

PROOF_FORMAT = "ledgerlm-audit-proof/1"
HASHING = {
    "hash": "keccak256",
    "canonical_json": "sorted keys, separators ',' ':', UTF-8 (no ASCII escaping), Decimal as string",
    "numbers": "portable: no float a JavaScript reader re-encodes differently (1.0 is written 1, 1e-05 as the "
    "string '0.00001'), integers of 2**53 or more as strings",
    "leaf": "keccak256(0x00 || canonical_json(record))",
    "node": "keccak256(0x01 || left || right)",
    "odd_node": "promoted unchanged to the next level (never duplicated)",
    "path": "siblings from the leaf upwards; position says on which side the sibling is",
}


def build_proof(log: AuditLog, record_id: int) -> dict[str, Any]:
    """A JSON-ready proof that record ``record_id`` is in an anchored batch: record, leaf, path, root, batch range,
    chain id, contract, transaction and block. Needs the batch to be anchored."""
    record = log.get(record_id)
    batch = log.batch_of(record_id)
    if batch is None or batch.status != "anchored":
        raise NotFound(
            f"audit record #{record_id} is not anchored yet",
            hint="anchor it with `ledgerlm audit anchor` (or wait for auto-anchoring), then prove it again",
        )
    leaves = log.leaves(batch.first_id, batch.last_id)
    index = record_id - batch.first_id
    leaf_hex = record.recomputed_leaf()
    if to_hex(leaves[index]) != leaf_hex or to_hex(merkle_root(leaves)) != batch.root:
        raise AuditError(
            f"record #{record_id} or its batch no longer matches the anchored root",
            hint="run `ledgerlm audit check`",
        )
    path = merkle_path(leaves, index)
    return {
        "format": PROOF_FORMAT,
        "record": record.fields(),
        "leaf": leaf_hex,
        "index": index,
        "path": [{"hash": to_hex(s.sibling), "position": "left" if s.left else "right"} for s in path],
        "root": batch.root,
        "batch": {"id": batch.id, "first_id": batch.first_id, "last_id": batch.last_id, "count": batch.count},
        "anchor": {
            "chain_id": batch.chain_id,
            "contract": batch.contract,
            "tx_hash": batch.tx_hash,
            "block_number": batch.block_number,
        },
        "hashing": {**HASHING, "implementation": KECCAK_BACKEND},
    }
