"""Typed objects of the audit trail: records, batches, check reports, verification results."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ledgerlm.audit.hashing import RECORD_VERSION, leaf_hash, record_bytes, to_hex
from ledgerlm.errors import LedgerError

#: What is stored instead of an input that contained a private key or seed phrase.
REFUSED_SECRET = "[REFUSED: secret]"


class AuditError(LedgerError):
    """The audit log is unusable or inconsistent (tampered, or an anchor conflicts with it)."""


@dataclass(slots=True)
class AuditRecord:
    """One logged AI decision. ``output_json`` is the canonical JSON text of the output (see ``output``)."""

    id: int
    time: str
    actor: str
    component: str
    kind: str | None
    model: str | None
    model_version: str | None
    input_sha256: str | None
    input: str | None
    output_json: str
    tx_hashes: tuple[str, ...] = ()
    leaf: str = ""
    link: str = ""
    v: int = RECORD_VERSION

    @property
    def output(self) -> Any:
        return json.loads(self.output_json)

    def fields(self) -> dict[str, Any]:
        """The committed fields, exactly as a proof carries them."""
        return {
            "actor": self.actor,
            "component": self.component,
            "id": self.id,
            "input": self.input,
            "input_sha256": self.input_sha256,
            "kind": self.kind,
            "model": self.model,
            "model_version": self.model_version,
            "output": self.output,
            "time": self.time,
            "tx_hashes": list(self.tx_hashes),
            "v": self.v,
        }

    def canonical_bytes(self) -> bytes:
        return record_bytes(self.fields(), self.output_json)

    def recomputed_leaf(self) -> str:
        return to_hex(leaf_hash(self.canonical_bytes()))

    def to_dict(self) -> dict[str, Any]:
        return {**self.fields(), "leaf": self.leaf, "link": self.link}


@dataclass
class Batch:
    """A contiguous range of records whose Merkle root is (or is about to be) anchored on chain.

    ``status``: ``pending`` (root fixed in the log, not yet confirmed on chain) or ``anchored``.
    """

    id: int
    first_id: int
    last_id: int
    count: int
    root: str
    status: str
    created_at: float
    chain_id: int | None = None
    contract: str | None = None
    tx_hash: str | None = None
    block_number: int | None = None
    anchored_at: float | None = None
    gas_used: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class Issue:
    """One problem ``check`` found. ``kind``: changed, deleted, inserted, reordered, root_mismatch, anchor_missing."""

    kind: str
    message: str
    record_id: int | None = None
    batch_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class CheckReport:
    """Result of walking the whole log and its anchors. ``first_record_issue`` is the earliest record problem."""

    records: int
    batches: int
    anchored_batches: int
    chain_checked: bool
    first_record_issue: Issue | None = None
    batch_issues: list[Issue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.first_record_issue is None and not self.batch_issues

    @property
    def issues(self) -> list[Issue]:
        return ([self.first_record_issue] if self.first_record_issue else []) + self.batch_issues

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "records": self.records,
            "batches": self.batches,
            "anchored_batches": self.anchored_batches,
            "chain_checked": self.chain_checked,
            "first_record_issue": self.first_record_issue.to_dict() if self.first_record_issue else None,
            "batch_issues": [i.to_dict() for i in self.batch_issues],
        }
