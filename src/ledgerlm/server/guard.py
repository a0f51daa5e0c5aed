"""The door of the server, as one plain ASGI middleware (cheap enough for ~1 ms requests).

In order: security headers on every response; the access token (when the server has one); cross-origin writes refused
(CORS stays closed: no Access-Control-* header is ever sent); the per-client rate limit; the body size limit (the body
is read here, bounded, then replayed to the app); the session cookie (created when missing or forged).
"""

from __future__ import annotations

import hmac
import json
import os
import time
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ledgerlm.server.errors import HttpError, lang_of
from ledgerlm.server.sessions import AUTH_COOKIE, COOKIE, Signer, cookie_header, parse_cookies
from ledgerlm.server.settings import ServerSettings

_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; "
        b"object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    ),
]
_MAX_CLIENTS = 10_000


class RateLimiter:
    """Token bucket per client address (per worker process: with N workers a client gets up to N times the rate)."""

    def __init__(self, rate: float, burst: float) -> None:
        self.rate = rate
        self.burst = burst
        self._buckets: dict[str, tuple[float, float]] = {}

    def take(self, client: str) -> float:
        """0 when allowed, else the seconds to wait."""
        if self.rate <= 0:
            return 0.0
        now = time.monotonic()
        tokens, last = self._buckets.get(client, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        if tokens < 1:
            self._buckets[client] = (tokens, now)
            return (1 - tokens) / self.rate
        if len(self._buckets) > _MAX_CLIENTS:
            self._buckets.clear()
        self._buckets[client] = (tokens - 1, now)
        return 0.0


async def send_json(send: Any, status: int, body: dict[str, Any], headers: list[tuple[bytes, bytes]]) -> None:
    payload = json.dumps(body, ensure_ascii=False).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json; charset=utf-8"),
                (b"content-length", str(len(payload)).encode()),
                *_HEADERS,
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


class Guard:
    def __init__(self, app: Any, settings: ServerSettings, signer: Signer) -> None:
        self.app = app
        self.settings = settings
        self.signer = signer
        self.limiter = RateLimiter(settings.rate_per_s, settings.rate_burst)
        self.secure_cookie = not settings.loopback
        self.worker = (b"x-ledgerlm-worker", str(os.getpid()).encode())  # which process answered (tests, ops)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        lang = lang_of(headers.get("accept-language"))
        extra: list[tuple[bytes, bytes]] = [self.worker]
        try:
            cookies = parse_cookies(headers.get("cookie", ""))
            self._check_token(scope, headers, cookies, extra)
            self._check_origin(scope, headers)
            client = (scope.get("client") or ("?", 0))[0]
            wait = self.limiter.take(client)
            if wait:
                raise HttpError(429, "rate", lang=lang, wait=wait, headers={"retry-after": str(int(wait) + 1)})
            body = await self._read_body(scope, headers, receive, lang)
        except HttpError as exc:
            await send_json(
                send, exc.status, exc.body(), [(k.encode(), v.encode()) for k, v in exc.headers.items()] + extra
            )
            return
        sid = self.signer.unsign(cookies.get(COOKIE))
        if sid is None:
            sid, signed = self.signer.new_session()
            extra.append((b"set-cookie", cookie_header(COOKIE, signed, secure=self._secure(scope)).encode()))
        scope.setdefault("state", {})
        scope["state"]["sid"] = sid
        scope["state"]["lang"] = lang

        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if sent:
                message: dict[str, Any] = await receive()  # the disconnect message, for streaming responses
                return message
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *_HEADERS, *extra]}
            await send(message)

        await self.app(scope, replay, send_with_headers)

    def _secure(self, scope: dict[str, Any]) -> bool:
        return self.secure_cookie or scope.get("scheme") == "https"

    def _check_token(
        self, scope: dict[str, Any], headers: dict[str, str], cookies: dict[str, str], extra: list[tuple[bytes, bytes]]
    ) -> None:
        token = self.settings.token
        if not token:
            return
        given = headers.get("authorization", "")
        if given.lower().startswith("bearer ") and hmac.compare_digest(given[7:].strip().encode(), token.encode()):
            return
        if hmac.compare_digest(cookies.get(AUTH_COOKIE, ""), self.signer.auth_value(token)):
            return
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        if scope["path"] == "/" and hmac.compare_digest((query.get("token") or [""])[0].encode(), token.encode()):
            extra.append(
                (
                    b"set-cookie",
                    cookie_header(AUTH_COOKIE, self.signer.auth_value(token), secure=self._secure(scope)).encode(),
                )
            )
            return
        raise HttpError(
            401, "token", lang=lang_of(headers.get("accept-language")), headers={"www-authenticate": "Bearer"}
        )

    def _check_origin(self, scope: dict[str, Any], headers: dict[str, str]) -> None:
        """No CORS: preflights are refused, and a write whose Origin is another site is refused (CSRF)."""
        method = scope["method"]
        if method in ("GET", "HEAD"):
            return
        origin = headers.get("origin")
        cross = origin is not None and (origin == "null" or urlsplit(origin).netloc != headers.get("host", ""))
        if method == "OPTIONS" or cross:
            raise HttpError(403, "origin", lang=lang_of(headers.get("accept-language")))

    async def _read_body(self, scope: dict[str, Any], headers: dict[str, str], receive: Any, lang: str) -> bytes:
        limit = self.settings.max_body_bytes
        declared = headers.get("content-length")
        if declared and declared.isascii() and declared.isdigit() and int(declared) > limit:  # "²" is a digit too
            raise HttpError(413, "too_large", lang=lang, size=int(declared), limit=limit)
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise HttpError(413, "too_large", lang=lang, size=size, limit=limit)
            chunks.append(chunk)
            more = message.get("more_body", False)
        return b"".join(chunks)
