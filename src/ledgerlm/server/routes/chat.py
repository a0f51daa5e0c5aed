"""``/v1/chat`` (server-sent events) and ``/v1/plans/{id}/confirm``: the assistant of the browser's session.

Events: ``message`` (the reply), ``plan`` (what would happen, with its id, hash, expiry and, above the value
threshold, the code to type), ``approval_required``, ``error``, ``done``; a confirmation answers with the
``receipt``. Text never confirms: the assistant's own one-time token stays inside the server, and a new message
cancels the plan on screen. A plan is approved only with its id, its exact hash and (if shown) its code, once,
by the session that saw it, through the plan store every worker shares.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from ledgerlm.server.errors import ApiError, HttpError
from ledgerlm.server.routes.contracts import ApproveIn
from ledgerlm.server.routes.deps import lang, locked, out, runtime, sid
from ledgerlm.server.runtime import user_of
from ledgerlm.server.sse import Emit, stream
from ledgerlm.server.store import rehash_ok

router = APIRouter(prefix="/v1", tags=["chat"])


class ChatIn(BaseModel):
    message: str = Field(..., min_length=1, max_length=4000)


def _public(reply: dict[str, Any]) -> dict[str, Any]:
    """The reply as the CLI's JSON, minus the assistant's internal token (the web approves by plan id + hash)."""
    return {k: v for k, v in reply.items() if k not in ("confirmation_token", "plan")}


def _drop_pending_plan(bot: Any) -> bool:
    """A new message cancels the plan that was on screen (the assistant keeps a question it asked)."""
    session = bot.session
    if session.plan is None and session.token is None:
        return False
    if session.token:
        bot.book.cancel(session.token)
    session.plan = None
    session.token = None
    return True


@router.post("/chat")
async def chat(body: ChatIn, request: Request) -> Any:
    rt = runtime(request)
    session = sid(request)
    text = body.message

    def work(emit: Emit) -> None:
        cancelled = rt.store.cancel_open(session, "chat")
        with rt.lock:
            bot = rt.assistant(session)
            cancelled = _drop_pending_plan(bot) or cancelled > 0
            reply = bot.handle(text)
        data = reply.to_dict()
        emit("message", {**_public(data), "cancelled_previous_plan": bool(cancelled)})
        if reply.kind in ("error", "refused") and reply.error:
            err = reply.error
            emit("error", {"error": reply.text, "hint": err.get("hint"), "kind": err.get("error"),
                           "refused": reply.kind == "refused"})
        if reply.plan is not None and reply.confirmation_token:
            plan = reply.plan
            usd = float(plan.usd_value or 0)
            stored = rt.store.put(session, "chat", plan.plan_id, plan, plan.to_data(), ttl_s=rt.settings.plan_ttl_s,
                                  needs_code=usd > rt.settings.code_above_usd)
            emit("plan", {"plan_id": stored.plan_id, "plan_hash": stored.plan_hash, "expires_at": stored.expires_at,
                          "code_required": stored.code is not None, "code": stored.code,
                          "plan": data["plan"], "text": plan.render(plan.lang)})
            emit("approval_required", {"plan_id": stored.plan_id, "plan_hash": stored.plan_hash,
                                       "code_required": stored.code is not None, "expires_at": stored.expires_at})

    return stream(work, lang=lang(request))


@router.post("/plans/{plan_id}/confirm")
async def confirm(plan_id: str, body: ApproveIn, request: Request) -> Any:
    """Approve exactly the plan on screen; answers the receipt (transaction hashes) or the core's error."""
    rt = runtime(request)
    session = sid(request)
    words = lang(request)
    stored = rt.store.redeem(session, plan_id, body.plan_hash, body.code, kind="chat", lang=words)
    plan = stored.plan
    if not rehash_ok(stored, plan.to_data()):
        raise HttpError(409, "plan_hash", lang=words)

    def run() -> Any:
        bot = rt.assistant(session)
        if bot.session.plan is not None and bot.session.plan.plan_id == plan_id and bot.session.token:
            token = bot.session.token
        else:  # the plan was shown by another worker: this worker's assistant signs it, after the same checks
            _drop_pending_plan(bot)
            token = bot.executor.issue(plan)
            bot.session.plan, bot.session.token = plan, token
        return bot.confirm(token)

    reply = await locked(rt, run)
    data = reply.to_dict()
    if reply.kind != "done":
        err = reply.error or {}
        raise ApiError(403 if reply.kind == "refused" else 502, reply.text, err.get("hint"),
                       err.get("error") or "error")
    return out({"kind": "receipt", "plan_id": plan_id, "text": data["text"], "lang": data["lang"],
                "receipt": data["outcome"]})


@router.get("/history")
async def history(request: Request, limit: int = 100) -> Any:
    """This browser session's own conversation (encrypted at rest by the core's History)."""
    from ledgerlm.assistant.history import History

    rows = History().list(user_of(sid(request)), limit=max(1, min(limit, 500)))
    return [{"id": m.id, "role": m.role, "text": m.text, "created_at": m.created_at, "meta": m.meta} for m in rows]
