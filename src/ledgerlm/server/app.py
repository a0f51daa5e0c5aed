"""The FastAPI application: routes, error handlers, the guard middleware and the static page.

``create_app(settings)`` builds one app; ``app_from_env()`` is the uvicorn factory each worker calls (settings come
from ``LEDGERLM_SERVER_*``, written by ``ledgerlm serve``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.staticfiles import StaticFiles

from ledgerlm import __version__
from ledgerlm.errors import LedgerError
from ledgerlm.server.errors import ApiError, HttpError, ledger_body, status_of
from ledgerlm.server.guard import Guard
from ledgerlm.server.runtime import Runtime
from ledgerlm.server.sessions import Signer, load_key
from ledgerlm.server.settings import ServerSettings

STATIC = Path(__file__).with_name("static")
log = logging.getLogger("ledgerlm.server")


def _lang(request: Request) -> str:
    return str(request.scope.get("state", {}).get("lang", "en"))


def create_app(settings: ServerSettings | None = None) -> FastAPI:
    settings = settings or ServerSettings.from_env()
    app = FastAPI(
        title="ledgerlm",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        description="Plain language in, verified on-chain action out. Thin HTTP shell over the "
        "ledgerlm Python API; see docs/server.md.",
    )
    app.state.runtime = Runtime(settings)

    @app.exception_handler(LedgerError)
    async def _ledger(_: Request, exc: LedgerError) -> JSONResponse:
        return JSONResponse(ledger_body(exc), status_code=status_of(exc))

    @app.exception_handler(HttpError)
    async def _http(_: Request, exc: HttpError) -> JSONResponse:
        return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)

    @app.exception_handler(ApiError)
    async def _api(_: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.payload, status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        detail = f"{where}: {first.get('msg', 'invalid')}" if where else str(first.get("msg", "invalid"))
        err = HttpError(422, "invalid", lang=_lang(request), detail=detail)
        return JSONResponse(err.body(), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _starlette(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            err = HttpError(404, "not_found", lang=_lang(request), path=request.url.path)
        elif exc.status_code == 405:
            err = HttpError(405, "method", lang=_lang(request))
        else:
            err = HttpError(exc.status_code, "invalid", lang=_lang(request), detail=str(exc.detail))
        return JSONResponse(err.body(), status_code=err.status)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        err = HttpError(500, "internal", lang=_lang(request))
        return JSONResponse(err.body(), status_code=500)

    from ledgerlm.server.routes import audit, chat, consensus, contracts, language, pages, review, risk

    for module in (pages, language, contracts, chat, audit, risk, consensus, review):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(Guard, settings=settings, signer=Signer(load_key()))
    return app


def app_from_env() -> FastAPI:
    """uvicorn ``--factory`` entry point for each worker process."""
    return create_app(ServerSettings.from_env())
