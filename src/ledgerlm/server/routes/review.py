"""``/v1/review``: Solidity sent by the user (pasted or uploaded as text), never a path on the server.

The review itself belongs to ``ledgerlm.review`` (compiled in its import sandbox). Until that module exists this
route answers 501 with a clear JSON error instead of pretending.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from ledgerlm.server.errors import HttpError
from ledgerlm.server.routes.deps import lang, out, runtime

router = APIRouter(prefix="/v1", tags=["review"])


class ReviewIn(BaseModel):
    source: str = Field(..., min_length=1)
    filename: str = Field("Contract.sol", max_length=120, pattern=r"^[A-Za-z0-9_.\-]+\.sol$")
    lang: str | None = Field(None, pattern="^(zh|en)$")


def available() -> bool:
    return all(importlib.util.find_spec(m) is not None for m in ("ledgerlm.review", "ledgerlm.review.engine"))


def _entry() -> Any:
    """``ledgerlm.review.review_sources`` (in-memory sources, compiled in the review's import sandbox), or None
    while the review engine is not part of this build."""
    if not available():
        return None
    return getattr(importlib.import_module("ledgerlm.review.engine"), "review_sources", None)


@router.post("/review")
async def review(body: ReviewIn, request: Request) -> Any:
    words = lang(request)
    limit = runtime(request).settings.max_source_bytes
    size = len(body.source.encode())
    if size > limit:
        raise HttpError(413, "too_large", lang=words, size=size, limit=limit)
    entry = _entry()
    if entry is None:
        raise HttpError(501, "review_missing", lang=words)
    result = await run_in_threadpool(entry, {body.filename: body.source}, lang=body.lang or words)
    return out(result.to_dict() if hasattr(result, "to_dict") else result)
