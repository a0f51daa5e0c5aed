"""Per-browser sessions: a random id in a signed, HttpOnly, SameSite=Strict cookie (Secure off loopback/https).

The signing key lives in the data dir (``server.key``, mode 0600) so every worker accepts the same cookies. A session
id is only a name for the browser's own history and plans; it grants nothing else.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from ledgerlm.config import data_dir

COOKIE = "ledgerlm_session"
AUTH_COOKIE = "ledgerlm_auth"


def _key_path() -> Path:
    return data_dir() / "server.key"


def load_key() -> bytes:
    path = _key_path()
    if not path.exists():
        tmp = path.with_name(f"server.key.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(32))
        try:
            os.link(tmp, path)  # first writer wins; the others read its key
        except FileExistsError:
            pass
        finally:
            tmp.unlink(missing_ok=True)
    return path.read_bytes()


class Signer:
    def __init__(self, key: bytes) -> None:
        self.key = key

    def _mac(self, value: str) -> str:
        return hmac.new(self.key, value.encode(), hashlib.sha256).hexdigest()[:32]

    def sign(self, value: str) -> str:
        return f"{value}.{self._mac(value)}"

    def unsign(self, signed: str | None) -> str | None:
        if not signed or "." not in signed:
            return None
        value, mac = signed.rsplit(".", 1)
        return value if hmac.compare_digest(mac, self._mac(value)) else None

    def new_session(self) -> tuple[str, str]:
        sid = secrets.token_urlsafe(18)
        return sid, self.sign(sid)

    def auth_value(self, token: str) -> str:
        return self._mac("auth:" + token)


def cookie_header(name: str, value: str, *, secure: bool, max_age: int = 30 * 86400) -> str:
    parts = [f"{name}={value}", "Path=/", "HttpOnly", "SameSite=Strict", f"Max-Age={max_age}"]
    if secure:
        parts.append("Secure")
    return "; ".join(parts)


def parse_cookies(raw: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in raw.split(";"):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k.strip()] = v.strip()
    return out
