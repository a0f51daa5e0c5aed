"""``/v1/consensus/compare`` as a job: started here, run in a thread of this worker, its progress and result in the
shared store (any worker answers ``/v1/consensus/jobs/{id}``), streamed by ``/events``."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field

from ledgerlm.server.errors import error_event
from ledgerlm.server.routes.deps import lang, runtime, sid
from ledgerlm.server.sse import frame

router = APIRouter(prefix="/v1/consensus", tags=["consensus"])


class CompareIn(BaseModel):
    scenarios: list[str] | None = Field(None, max_length=12)
    controllers: list[str] | None = Field(None, max_length=12)
    seeds: list[int] = Field(default_factory=lambda: [0], min_length=1, max_length=5)
    blocks: int | None = Field(None, ge=10, le=20000)


@router.post("/compare", status_code=202)
async def compare(body: CompareIn, request: Request) -> Any:
    from ledgerlm.consensus.lab import compare as core_compare
    from ledgerlm.consensus.scenarios import standard_scenarios

    rt = runtime(request)
    names = body.scenarios or list(standard_scenarios())
    job = rt.jobs.job_start(sid(request), "consensus.compare")

    def run() -> None:
        rows: list[Any] = []
        seeds: list[int] = body.seeds
        try:
            for i, name in enumerate(names):
                rt.jobs.job_update(job, progress=i / len(names), detail=name)
                part: dict[str, Any] = core_compare(
                    [name], body.controllers, seeds=body.seeds, n_blocks=body.blocks, plots=False
                ).to_dict()
                rows += part["rows"]
            rt.jobs.job_update(
                job, progress=1.0, state="done", detail=None, result={"seeds": seeds, "rows": rows, "files": []}
            )
        except BaseException as exc:
            rt.jobs.job_update(job, state="failed", result=error_event(exc, lang(request)))

    threading.Thread(target=run, name=f"job-{job}", daemon=True).start()
    return JSONResponse({"job_id": job, "state": "running", "scenarios": names}, status_code=202)


@router.get("/jobs/{job_id}")
async def job(job_id: str, request: Request) -> Any:
    return runtime(request).jobs.job_get(sid(request), job_id, lang(request))


@router.get("/jobs/{job_id}/events")
async def job_events(job_id: str, request: Request) -> Any:
    """``progress`` events while it runs, then ``result`` (or ``error``) and ``done``."""
    rt = runtime(request)
    session, words = sid(request), lang(request)
    rt.jobs.job_get(session, job_id, words)  # 404 before the stream starts

    async def body() -> Any:
        last = None
        while True:
            state = rt.jobs.job_get(session, job_id, words)
            now = (state["progress"], state["detail"])
            if now != last:
                yield frame("progress", {"progress": state["progress"], "detail": state["detail"]})
                last = now
            if state["state"] != "running":
                yield frame("result" if state["state"] == "done" else "error", state["result"])
                yield frame("done", {})
                return
            await asyncio.sleep(0.3)

    return StreamingResponse(body(), media_type="text/event-stream", headers={"cache-control": "no-store"})
