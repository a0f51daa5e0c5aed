"""``ledgerlm serve``: an HTTP API and one web page, both thin shells over the Python API the CLI uses.

Every rule (evidence, policy, confirmation bound to the displayed plan, audit) lives in the core; this package only
moves JSON in and out, streams progress as server-sent events, and guards the door (token, body size, rate, session).
FastAPI is imported only when the app is built, so ``import ledgerlm.server`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(settings: Any = None) -> FastAPI:
    from ledgerlm.server.app import create_app as _create

    return _create(settings)


__all__ = ["create_app"]
