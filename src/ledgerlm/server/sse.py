"""Server-sent events from blocking core calls: the call runs in a worker thread and emits events into a queue
that the response streams (``event: NAME`` / ``data: JSON``). A client that goes away stops the stream, not the
call (a deployment half-sent must still finish and be recorded)."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import AsyncIterator, Callable
from typing import Any

from starlette.responses import StreamingResponse

from ledgerlm.jsonutil import to_jsonable
from ledgerlm.server.errors import error_event

Emit = Callable[[str, Any], None]
_END = object()


def frame(event: str, data: Any) -> bytes:
    payload = json.dumps(to_jsonable(data), ensure_ascii=False, separators=(",", ":"))
    return f"event: {event}\ndata: {payload}\n\n".encode()


def stream(work: Callable[[Emit], None], *, lang: str = "en") -> StreamingResponse:
    """Run ``work(emit)`` in a thread; every ``emit(name, data)`` becomes one event; ``error`` then ``done``
    close the stream whatever happens."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[Any] = asyncio.Queue()

    def emit(name: str, data: Any) -> None:
        loop.call_soon_threadsafe(queue.put_nowait, frame(name, data))

    def run() -> None:
        try:
            work(emit)
        except BaseException as exc:  # reported as an event: the 200 status is already sent
            if not _expected(exc):
                import logging

                logging.getLogger("ledgerlm.server").exception("stream failed")
            emit("error", error_event(exc, lang))
        finally:
            emit("done", {})
            loop.call_soon_threadsafe(queue.put_nowait, _END)

    threading.Thread(target=run, name="ledgerlm-sse", daemon=True).start()

    async def body() -> AsyncIterator[bytes]:
        yield b": stream open\n\n"
        while True:
            item = await queue.get()
            if item is _END:
                return
            yield item

    return StreamingResponse(
        body(), media_type="text/event-stream", headers={"cache-control": "no-store", "x-accel-buffering": "no"}
    )


def _expected(exc: BaseException) -> bool:
    from ledgerlm.errors import LedgerError
    from ledgerlm.server.errors import HttpError

    return isinstance(exc, LedgerError | HttpError)
