"""Contract studio: plan (id + hash) -> create (server-sent progress) -> deployments -> explain.

``/v1/contracts/plan`` runs the pipeline's own planning (the same as ``ledgerlm create`` before it asks) and stores
the plan for this session; ``/v1/contracts/{plan_id}/create`` needs that plan's hash (and code above the value
threshold), is one-time, and streams the pipeline's stages as they happen.
"""

from __future__ import annotations

import re
import time
from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from ledgerlm.server.approvals import ContractApproval, confirmation_view, raise_for, studio_user
from ledgerlm.server.errors import HttpError
from ledgerlm.server.routes.deps import lang, locked, out, runtime, sid
from ledgerlm.server.runtime import studio_store, user_of
from ledgerlm.server.sse import Emit, stream

router = APIRouter(prefix="/v1", tags=["contracts"])

_TARGET = re.compile(r"^(?:#?\d{1,9}|latest|0x[0-9a-fA-F]{40})$")


class PlanIn(BaseModel):
    text: str = Field(..., min_length=1, max_length=4000)
    overrides: dict[str, str | int | float | bool | list[str] | None] = Field(default_factory=dict)
    kind: str | None = Field(None, max_length=40)
    allow_high_rate: bool | None = None


class ApproveIn(BaseModel):
    plan_hash: str = Field(..., min_length=1, max_length=128)
    code: str | None = Field(None, max_length=32)


def _as_set(key: str, value: Any) -> str:
    """A JSON value as the CLI's ``--set key=value`` text, so both front ends coerce values identically."""
    if isinstance(value, bool):
        return f"{key}={'true' if value else 'false'}"
    if value is None:
        return f"{key}=null"
    if isinstance(value, list):
        return f"{key}={','.join(str(v) for v in value)}"
    return f"{key}={value}"


@router.post("/contracts/plan")
async def contract_plan(body: PlanIn, request: Request) -> Any:
    """Sentence (+ edited values) -> the plan to show: params, what is missing, the parser's evidence, and the
    id / hash (/ code) that approve exactly this plan."""
    from starlette.concurrency import run_in_threadpool

    from ledgerlm.contracts import pipeline
    from ledgerlm.contracts.request import parse

    rt = runtime(request)
    overrides = pipeline.parse_overrides([_as_set(k, v) for k, v in body.overrides.items()])

    def make() -> dict[str, Any]:
        plan = pipeline.plan_from_text(body.text, overrides, kind=body.kind, allow_high_rate=body.allow_high_rate)
        parsed = parse(body.text, kind=plan.kind, allow_high_rate=bool(body.allow_high_rate))
        size = pipeline.contract_size_usd(plan.spec)
        with rt.lock:
            chain = rt.chain
            approval = ContractApproval(plan, chain.chain_id, chain.default_account.address, size or Decimal(0))
        pending = studio_store().issue(studio_user(user_of(sid(request))), approval)
        return {**confirmation_view(pending), "size_usd": size, "plan": plan.to_dict(), "parsed": parsed.summary()}

    return out(await run_in_threadpool(make))


@router.post("/contracts/{plan_id}/create")
async def contract_create(plan_id: str, body: ApproveIn, request: Request) -> Any:
    """Approve the displayed plan and deploy it; events: progress {stage, state}, result, error, done."""
    from ledgerlm.assistant.confirmations import ConfirmationError
    from ledgerlm.contracts import pipeline

    rt = runtime(request)
    words = lang(request)
    try:
        approval = studio_store().confirm(studio_user(user_of(sid(request))), plan_id, body.plan_hash, body.code)
    except ConfirmationError as exc:
        raise_for(exc, words)
    plan = approval.plan

    def work(emit: Emit) -> None:
        started = time.perf_counter()

        def progress(stage: str, state: str) -> None:
            emit("progress", {"stage": stage, "state": state, "t_ms": round((time.perf_counter() - started) * 1e3)})

        emit("progress", {"stage": "parse", "state": "done", "t_ms": 0})
        with rt.lock:
            chain = rt.chain
            if chain.chain_id != approval.chain_id or chain.default_account.address != approval.sender:
                raise HttpError(409, "plan_hash", lang=plan.lang)
            result = pipeline.create_contract(plan, chain=chain, confirm=lambda p: p is plan, progress=progress)
        emit("result", result.to_dict())

    return stream(work, lang=plan.lang)


@router.get("/deployments")
async def deployments(limit: int = 50) -> Any:
    from ledgerlm.contracts import registry

    return out([d.summary() for d in registry.list_deployments(max(1, min(limit, 500)))])


@router.get("/deployments/{deployment_id}")
async def deployment(deployment_id: int) -> Any:
    from ledgerlm.contracts import registry

    return out(registry.get(deployment_id).summary())


@router.get("/explain")
async def explain(target: str, request: Request, lang: str | None = None) -> Any:
    """A deployment ('latest', an id, or the address of one ledgerlm deployed), read live on the server's chain.
    Never a path on the server: Solidity from a user goes to /v1/review."""
    from ledgerlm.audit import record
    from ledgerlm.contracts import registry
    from ledgerlm.contracts.explain import explain_deployment
    from ledgerlm.errors import NotFound

    rt = runtime(request)
    words = lang
    if words not in (None, "zh", "en"):
        raise HttpError(422, "invalid", lang=_lang(request), detail="lang must be zh or en")
    text = target.strip()
    if not _TARGET.match(text):
        raise HttpError(422, "target", lang=_lang(request), target=text[:80])

    def run() -> Any:
        chain = rt.chain
        if text == "latest":
            found = registry.list_deployments(limit=1)
            if not found:
                raise NotFound("no deployments yet / 还没有部署", hint="deploy one in the contract studio")
            dep = found[0]
        elif text.startswith("0x"):
            by_address = registry.find_by_address(text, chain.chain_id)
            if by_address is None:
                raise NotFound(
                    f"ledgerlm did not deploy {text} on chain {chain.chain_id} / 该地址不是 ledgerlm 部署的合约",
                    hint="paste its Solidity into Review instead",
                )
            dep = by_address
        else:
            dep = registry.get(int(text.lstrip("#")))
        live = chain if chain.chain_id == dep.chain_id else None
        result = explain_deployment(dep, lang=words, chain=live)
        record("contracts.explain", text, result, model="ledgerlm-explainer")
        return {"deployment": dep.summary(), "explanation": result}

    return out(await locked(rt, run))


def _lang(request: Request) -> str:
    return lang(request)
