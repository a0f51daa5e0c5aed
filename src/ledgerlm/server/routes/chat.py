"""``/v1/chat`` (server-sent events) and ``/v1/plans/{id}/confirm``: the assistant of the browser's session.

Events: ``message`` (the reply, as ``ledgerlm chat --json`` gives it), ``plan`` (what would happen, with the id, hash,
expiry and, above the value threshold, the code to type), ``approval_required``, ``error``, ``done``. Text never
confirms: an approval is ``POST /v1/plans/{id}/confirm`` with the plan's hash (and code), redeemed once in the core's
shared ``ConfirmationStore`` whichever worker answers; its answer is the ``receipt`` (transaction hashes).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from ledgerlm.server.approvals import STATUS, confirmation_view, raise_for
from ledgerlm.server.errors import ApiError
from ledgerlm.server.inert import inert
from ledgerlm.server.routes.contracts import ApproveIn
from ledgerlm.server.routes.deps import lang, locked, out, runtime, sid
from ledgerlm.server.runtime import user_of
from ledgerlm.server.sse import Emit, stream

router = APIRouter(prefix="/v1", tags=["chat"])


class ChatIn(BaseModel):
    message: str = Field(..., min_length=1, max_length=4000)


def _public(reply: dict[str, Any]) -> dict[str, Any]:
    """The reply minus what travels in its own events (plan, confirmation) and the Python API's token string."""
    return {k: v for k, v in reply.items() if k not in ("confirmation_token", "plan", "confirmation")}


@router.post("/chat")
async def chat(body: ChatIn, request: Request) -> Any:
    rt = runtime(request)
    session = sid(request)
    text = body.message

    def work(emit: Emit) -> None:
        from ledgerlm.assistant.session import is_cancel, is_yes

        with rt.lock:
            bot = rt.assistant(session)
            if not is_yes(text) and not is_cancel(text):
                # the plan on screen may have been shown by another worker: cancel it in the shared store too
                bot.book.cancel_open(bot.user)
            reply = bot.handle(text)
        data = reply.to_dict()
        emit("message", {**_public(data), "text": inert(data["text"])})
        if reply.kind in ("error", "refused") and reply.error:
            err = reply.error
            emit(
                "error",
                {
                    "error": reply.text,
                    "hint": err.get("hint"),
                    "kind": err.get("code") or err.get("error"),
                    "refused": reply.kind == "refused",
                },
            )
        if reply.plan is not None and reply.pending is not None:
            view = confirmation_view(reply.pending)
            emit("plan", {**view, "plan": data["plan"], "text": reply.plan.render(reply.lang)})
            emit("approval_required", {k: v for k, v in view.items() if k != "code"})

    return stream(work, lang=lang(request))


@router.post("/plans/{plan_id}/confirm")
async def confirm(plan_id: str, body: ApproveIn, request: Request) -> Any:
    """Approve exactly the plan on screen; answers the receipt or the core's error with its status."""
    rt = runtime(request)
    session = sid(request)

    def run() -> Any:
        return rt.assistant(session).confirm(f"{plan_id}.{body.plan_hash}", body.code)

    reply = await locked(rt, run)
    data = reply.to_dict()
    if reply.kind != "done":
        err = reply.error or {}
        code = err.get("code")
        if code in STATUS:
            raise ApiError(STATUS[code], reply.text, err.get("hint"), code)
        raise ApiError(
            403 if reply.kind == "refused" else 502, reply.text, err.get("hint"), err.get("error") or "error"
        )
    return out(
        {
            "kind": "receipt",
            "plan_id": plan_id,
            "text": data["text"],
            "lang": data["lang"],
            "receipt": data["outcome"],
            "next": confirmation_view(reply.pending) if reply.pending else None,
        }
    )


@router.get("/history")
async def history(request: Request, limit: int = 100) -> Any:
    """This browser session's own conversation (encrypted at rest by the core's History)."""
    from ledgerlm.assistant.history import History

    rows = History().list(user_of(sid(request)), limit=max(1, min(limit, 500)))
    return [{"id": m.id, "role": m.role, "text": m.text, "created_at": m.created_at, "meta": m.meta} for m in rows]


__all__ = ["raise_for", "router"]
