"""Trust: audit records, anchoring, a record's inclusion proof, and verification of a pasted proof."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from ledgerlm.server.routes.deps import locked, out, runtime

router = APIRouter(prefix="/v1/audit", tags=["audit"])


class VerifyIn(BaseModel):
    proof: dict[str, Any] = Field(...)
    offline: bool = False


@router.get("/records")
async def records(limit: int = 20, component: str | None = None) -> Any:
    from ledgerlm import audit

    rows = audit.default_log().latest(max(1, min(limit, 500)), component=component)
    return out([r.to_dict() for r in rows])


@router.get("/records/{record_id}")
async def record(record_id: int) -> Any:
    from ledgerlm import audit

    log = audit.default_log()
    rec = log.get(record_id)
    batch = log.batch_of(record_id)
    return out({"record": rec.to_dict(), "batch": batch.to_dict() if batch else None})


@router.get("/status")
async def status() -> Any:
    from ledgerlm import audit

    log = audit.default_log()
    batches = log.batches()
    return {
        "records": log.count(),
        "unbatched": log.unbatched(),
        "pending_batches": sum(b.status == "pending" for b in batches),
        "anchored_batches": sum(b.status == "anchored" for b in batches),
    }


@router.post("/anchor")
async def anchor(request: Request) -> Any:
    """Batch the unanchored records and anchor their Merkle roots on the server's chain."""
    from ledgerlm import audit

    rt = runtime(request)
    batches = await locked(rt, lambda: audit.anchor(rt.chain))
    return out([b.to_dict() for b in batches])


@router.get("/proof/{record_id}")
async def proof(record_id: int) -> Any:
    """The self-contained proof (as ``ledgerlm audit prove``): record hash, inclusion path, root, anchor."""
    from ledgerlm import audit

    return out(audit.prove(record_id))


@router.post("/verify")
async def verify(body: VerifyIn, request: Request) -> Any:
    """Check a pasted proof: its hashes, and (unless offline) the anchored root on the server's chain."""
    from ledgerlm.audit.verify import verify_proof

    rt = runtime(request)
    if body.offline:
        return out(verify_proof(body.proof).to_dict())
    return out(await locked(rt, lambda: verify_proof(body.proof, w3=rt.chain.w3).to_dict()))
