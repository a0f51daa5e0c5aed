"""Server settings, read from the environment so every uvicorn worker process sees the same values.

``ledgerlm serve`` writes its options into ``LEDGERLM_SERVER_*`` variables before uvicorn forks the workers; a worker
builds its app from them (``ledgerlm.server.app:app_from_env``).
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass

_PREFIX = "LEDGERLM_SERVER_"


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and 'localhost' are loopback; anything else (0.0.0.0 included) is reachable by others."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _num(name: str, default: float) -> float:
    raw = os.environ.get(_PREFIX + name)
    if raw in (None, ""):
        return default
    try:
        return float(raw)
    except ValueError:
        return default


@dataclass
class ServerSettings:
    host: str = "127.0.0.1"
    port: int = 8000
    token: str | None = None  # required on every request when set (always set off loopback)
    chain: str | None = None  # backend name: memory, anvil or a URL (default: config)
    max_body_bytes: int = 256 * 1024  # any request body
    max_source_bytes: int = 200 * 1024  # Solidity sent to /v1/review
    rate_per_s: float = 20.0  # sustained requests per second per client
    rate_burst: float = 200.0  # bucket size per client

    @property
    def loopback(self) -> bool:
        return is_loopback(self.host)

    def to_env(self) -> dict[str, str]:
        out = {
            "HOST": self.host,
            "PORT": str(self.port),
            "TOKEN": self.token or "",
            "CHAIN": self.chain or "",
            "MAX_BODY": str(self.max_body_bytes),
            "MAX_SOURCE": str(self.max_source_bytes),
            "RATE": str(self.rate_per_s),
            "BURST": str(self.rate_burst),
        }
        return {_PREFIX + k: v for k, v in out.items()}

    @classmethod
    def from_env(cls) -> ServerSettings:
        env = os.environ
        return cls(
            host=env.get(_PREFIX + "HOST", "127.0.0.1"),
            port=int(_num("PORT", 8000)),
            token=env.get(_PREFIX + "TOKEN") or None,
            chain=env.get(_PREFIX + "CHAIN") or None,
            max_body_bytes=int(_num("MAX_BODY", 256 * 1024)),
            max_source_bytes=int(_num("MAX_SOURCE", 200 * 1024)),
            rate_per_s=_num("RATE", 20.0),
            rate_burst=_num("BURST", 200.0),
        )
