"""``ledgerlm serve``: the HTTP API and web page (FastAPI + uvicorn, imported only when the command runs)."""

from __future__ import annotations

import os
import secrets

import typer

from ledgerlm.cli.options import chain_option, command
from ledgerlm.cli.output import err_console
from ledgerlm.errors import InputError


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on; off loopback a token is required."),
    port: int = typer.Option(8000, "--port", min=0, max=65535),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Worker processes (they share the data dir)."),
    chain: str = chain_option("memory, anvil or a JSON-RPC URL (default: configured)."),
    generate_token: bool = typer.Option(
        False, "--generate-token", help="Make a random access token and print it once."
    ),
    rate: float = typer.Option(None, "--rate", help="Requests per second per client and worker (0 = no limit)."),
    ssl_certfile: str = typer.Option(None, "--ssl-certfile", help="Serve https with this certificate (PEM)."),
    ssl_keyfile: str = typer.Option(None, "--ssl-keyfile", help="The certificate's private key (PEM)."),
) -> None:
    """Serve the HTTP API (/openapi.json) and the web page: chat, contract studio, review, trust and risk."""
    from ledgerlm.server.settings import ServerSettings, is_loopback

    token = os.environ.get("LEDGERLM_SERVER_TOKEN") or None
    if token is None and generate_token:
        token = secrets.token_urlsafe(24)
        err_console.print(
            f"access token (shown once): {token}\nopen {'https' if ssl_certfile else 'http'}://"
            f"{host}:{port}/?token={token}",
            highlight=False,
            markup=False,
        )
    if not is_loopback(host) and not token:
        raise InputError(
            f"refusing to listen on {host} without an access token / 非本机地址必须设置访问令牌",
            hint="set LEDGERLM_SERVER_TOKEN, or pass --generate-token",
        )
    settings = ServerSettings.from_env()
    settings.host, settings.port, settings.token = host, port, token
    if chain is not None:
        settings.chain = chain
    if rate is not None:
        settings.rate_per_s = rate
    os.environ.update(settings.to_env())
    import uvicorn

    scheme = "https" if ssl_certfile else "http"
    err_console.print(
        f"ledgerlm serving on {scheme}://{host}:{port}/ ({workers} worker(s), chain {settings.chain or 'configured'})",
        highlight=False,
        markup=False,
    )
    uvicorn.run(
        "ledgerlm.server.app:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
        access_log=False,
        proxy_headers=False,
        server_header=False,
        ssl_certfile=ssl_certfile,
        ssl_keyfile=ssl_keyfile,
    )


def register(app: typer.Typer) -> None:
    command(app, "serve")(serve)
