"""One-time confirmation tokens: the API's equivalent of typing "yes".

A token is bound to the hash of the exact plan it confirms, expires, and can be used once; so a confirmation can
never be replayed, reused for a changed plan, or forged by text in a message.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import threading
import time
from dataclasses import dataclass
from typing import Any

from ledgerlm.errors import ConfirmationRequired

DEFAULT_TTL_S = 300


def plan_digest(plan_data: dict[str, Any]) -> str:
    blob = json.dumps(plan_data, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode()).hexdigest()


@dataclass
class _Pending:
    digest: str
    expires_at: float
    plan: Any


class ConfirmationBook:
    def __init__(self, ttl_s: float = DEFAULT_TTL_S) -> None:
        self.ttl_s = ttl_s
        self._pending: dict[str, _Pending] = {}
        self._lock = threading.Lock()

    def issue(self, plan: Any, plan_data: dict[str, Any]) -> str:
        token = secrets.token_urlsafe(24)
        with self._lock:
            self._pending[token] = _Pending(plan_digest(plan_data), time.monotonic() + self.ttl_s, plan)
        return token

    def redeem(self, token: str, plan_data: dict[str, Any] | None = None) -> Any:
        """Consume the token and return its plan; any mismatch or reuse raises ``ConfirmationRequired``."""
        with self._lock:
            pending = self._pending.pop(token, None)
        if pending is None:
            raise ConfirmationRequired(
                "unknown or already used confirmation token", hint="ask for the plan again and confirm the new token"
            )
        if time.monotonic() > pending.expires_at:
            raise ConfirmationRequired("the confirmation token expired", hint="ask for the plan again")
        if plan_data is not None and not hmac.compare_digest(pending.digest, plan_digest(plan_data)):
            raise ConfirmationRequired("the plan changed after it was confirmed", hint="confirm the new plan")
        return pending.plan

    def cancel(self, token: str) -> None:
        with self._lock:
            self._pending.pop(token, None)
