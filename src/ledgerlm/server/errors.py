"""Errors as JSON ``{error, hint, kind}`` with the right HTTP status, in the language of the request.

Core errors keep their own words (the core already answers in the user's language); the few errors the server makes
itself (size, rate, token, confirmation) come from the server's message catalogue (``server/messages.py``). A
traceback never reaches a client: anything unexpected is a 500 with a generic message, and the details go to the
server log.
"""

from __future__ import annotations

from typing import Any

from ledgerlm import errors as E
from ledgerlm.server.inert import inert
from ledgerlm.server.messages import CATALOGUE

# most specific first
_STATUS: list[tuple[type[E.LedgerError], int]] = [
    (E.SecretDetected, 400),
    (E.AmbiguousRequest, 422),
    (E.SpecError, 422),
    (E.InputError, 400),
    (E.NotFound, 404),
    (E.PolicyViolation, 403),
    (E.ConfirmationRequired, 409),
    (E.CompilationError, 422),
    (E.AnalysisError, 422),
    (E.ContractReverted, 422),
    (E.TransactionFailed, 502),
    (E.ChainError, 502),
    (E.ToolchainError, 503),
    (E.ConfigError, 500),
]

#: The hint of each error the server makes: its message id -> the hint's id (both in ``server/messages.py``).
HINTS: dict[str, str] = {
    "too_large": "too_large_hint",
    "rate": "rate_hint",
    "token": "token_hint",
    "origin": "origin_hint",
    "json": "json_hint",
    "plan_unknown": "plan_unknown_hint",
    "plan_used": "plan_used_hint",
    "plan_expired": "plan_expired_hint",
    "plan_hash": "plan_hash_hint",
    "plan_code": "plan_code_hint",
    "plan_kind": "plan_kind_hint",
    "internal": "internal_hint",
    "not_found": "not_found_hint",
    "method": "method_hint",
    "invalid": "invalid_hint",
    "review_missing": "review_missing_hint",
    "target": "target_hint",
    "job_unknown": "job_unknown_hint",
}


class HttpError(Exception):
    """An error the server itself raises: a message id of the server catalogue plus an HTTP status."""

    def __init__(
        self, status: int, key: str, *, lang: str = "en", headers: dict[str, str] | None = None, **values: Any
    ) -> None:
        super().__init__(key)
        self.status = status
        self.key = key
        self.lang = lang
        self.values = values
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        return {
            "error": inert(CATALOGUE.say(self.key, self.lang, **self.values)),
            "hint": inert(CATALOGUE.say(HINTS[self.key], self.lang, **self.values)),
            "kind": self.key,
        }


def lang_of(accept_language: str | None) -> str:
    """'zh' when the client prefers Chinese (Accept-Language), else 'en'."""
    first = (accept_language or "").split(",")[0].strip().lower()
    return "zh" if first.startswith("zh") else "en"


def status_of(exc: E.LedgerError) -> int:
    for cls, status in _STATUS:
        if isinstance(exc, cls):
            return status
    return 500 if type(exc).__name__ == "AuditError" else 400


def ledger_body(exc: E.LedgerError) -> dict[str, Any]:
    body: dict[str, Any] = {
        "error": inert(exc.message),
        "hint": inert(exc.hint) if exc.hint else None,
        "kind": type(exc).__name__,
    }
    if isinstance(exc, E.AmbiguousRequest):
        body["options"] = list(exc.options)
    if isinstance(exc, E.SpecError):
        body["field"] = exc.field
    return body


def error_event(exc: BaseException, lang: str = "en") -> dict[str, Any]:
    """The ``error`` event of a stream (the HTTP status is already sent; the body says what failed)."""
    if isinstance(exc, E.LedgerError):
        return {**ledger_body(exc), "status": status_of(exc)}
    if isinstance(exc, HttpError):
        return {**exc.body(), "status": exc.status}
    return {**HttpError(500, "internal", lang=lang).body(), "status": 500}


class ApiError(Exception):
    """A core reply that failed (refused by policy, failed on chain), already worded by the core."""

    def __init__(self, status: int, error: str, hint: str | None, kind: str) -> None:
        super().__init__(error)
        self.status = status
        self.payload = {"error": inert(error), "hint": inert(hint) if hint else None, "kind": kind}
