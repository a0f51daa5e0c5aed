"""The page (one HTML file and its assets from the package) and what it asks first: session, chain, limits."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, JSONResponse

from ledgerlm import __version__
from ledgerlm.server.routes.deps import runtime

router = APIRouter(tags=["page"])


@router.get("/", include_in_schema=False)
async def index(request: Request) -> Any:
    from ledgerlm.server.app import STATIC

    return FileResponse(
        STATIC / "index.html", media_type="text/html; charset=utf-8", headers={"cache-control": "no-store"}
    )


@router.get("/healthz")
async def healthz() -> Any:
    return {"ok": True, "version": __version__}


@router.get("/v1/session")
async def session(request: Request) -> Any:
    """What the page needs to know: the chain it acts on, the approval rules and the body limits."""
    from ledgerlm.assistant.confirmations import settings as confirm_settings

    rt = runtime(request)
    s = rt.settings
    ttl, above = confirm_settings()
    return JSONResponse(
        {
            "version": __version__,
            "chain": rt.settings.chain or "configured",
            "plan_ttl_s": ttl,
            "code_above_usd": float(above),
            "max_body_bytes": s.max_body_bytes,
            "max_source_bytes": s.max_source_bytes,
            "token_required": bool(s.token),
        }
    )
