"""Small helpers every router uses: the worker's runtime, the session id and language from the guard."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from ledgerlm.jsonutil import to_jsonable
from ledgerlm.server.runtime import Runtime


def runtime(request: Request) -> Runtime:
    rt: Runtime = request.app.state.runtime
    return rt


def sid(request: Request) -> str:
    return str(request.scope["state"]["sid"])


def lang(request: Request) -> str:
    return str(request.scope["state"].get("lang", "en"))


def out(value: Any) -> Any:
    """The core's object as the CLI's ``--json`` would print it."""
    return to_jsonable(value)


async def locked(rt: Runtime, fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Run chain-touching core code in a thread, one at a time per process."""

    def call() -> Any:
        with rt.lock:
            return fn(*args, **kwargs)

    return await run_in_threadpool(call)
