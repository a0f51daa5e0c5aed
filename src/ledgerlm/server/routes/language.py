"""``/v1/parse``, ``/v1/intent``, ``/v1/ask``: the same JSON as ``ledgerlm parse|intent|ask --json``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from ledgerlm.server.routes.deps import out

router = APIRouter(prefix="/v1", tags=["language"])


class ParseIn(BaseModel):
    text: str = Field(..., min_length=1, max_length=4000)
    kind: str | None = Field(None, max_length=40)
    allow_high_rate: bool = False


class IntentIn(BaseModel):
    text: str = Field(..., min_length=1, max_length=4000)
    model: str | None = Field(None, max_length=80)


class AskIn(BaseModel):
    question: str = Field(..., min_length=1, max_length=4000)
    lang: str | None = Field(None, pattern="^(zh|en)$")
    top_k: int = Field(3, ge=1, le=10)
    no_llm: bool = False


@router.post("/parse")
async def parse(body: ParseIn) -> Any:
    """Contract request -> kind, params, missing, lang, confidence (and whatever else the parser reports)."""
    from ledgerlm.contracts.request import parse as core_parse

    # CPU-bound and about a millisecond: run inline, a thread hop would cost as much as the work
    result = core_parse(body.text, allow_high_rate=body.allow_high_rate, kind=body.kind)
    return out(result.summary())


@router.post("/intent")
async def intent(body: IntentIn) -> Any:
    from ledgerlm.assistant.intents import understand

    return out(understand(body.text, model=body.model).to_dict())


@router.post("/ask")
async def ask(body: AskIn) -> Any:
    from ledgerlm.assistant.knowledge import answer

    result = await run_in_threadpool(answer, body.question, lang=body.lang, top_k=body.top_k, use_llm=not body.no_llm)
    return out(result)
