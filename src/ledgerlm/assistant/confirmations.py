"""Pending plans and their confirmations, shared by every process through SQLite in the data dir.

A plan is confirmed only by a confirmation given to *that* plan after it was displayed: the confirmation carries the
plan's id and the hash of its exact contents (``plan_hash``: action, base-unit amounts, recipient, chain id, sender,
fee). The store keeps, per plan: the user it was shown to, the hash, an expiry and -- above a USD threshold -- a short
code printed in the plan that must be typed instead of "yes". Confirming is one atomic ``UPDATE ... WHERE
state='open'`` in a ``BEGIN IMMEDIATE`` transaction, so a plan runs at most once even with several worker processes
(the HTTP server) racing; a replay, a forged hash, a wrong code, another user or an expired plan raises a typed
``ConfirmationError`` and never returns the plan.

    store = ConfirmationStore()                      # <data_dir>/confirmations.sqlite
    pending = store.issue("alice", plan)             # Pending(plan_id, plan_hash, expires_at, code)
    plan = store.confirm("alice", pending.plan_id, pending.plan_hash, code=pending.code)   # once

Issuing a plan cancels the user's other open plans (only the plan on screen can be confirmed); ``cancel_open``
cancels them when the user writes anything else.
"""

from __future__ import annotations

import hmac
import pickle
import secrets
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Self

from ledgerlm.assistant.messages import CATALOGUE
from ledgerlm.config import data_dir, load_config
from ledgerlm.errors import ConfirmationRequired
from ledgerlm.i18n import pick

MAX_BAD_CODES = 3
#: Letters and digits that cannot be confused with each other when read off a screen (no 0/O, 1/I/L).
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pending_plans (
    plan_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    plan_hash TEXT NOT NULL,
    code TEXT,
    created_at REAL NOT NULL,
    expires_at REAL NOT NULL,
    state TEXT NOT NULL DEFAULT 'open',
    bad_codes INTEGER NOT NULL DEFAULT 0,
    closed_at REAL,
    blob BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS pending_user ON pending_plans(user_id, state);
"""


class ConfirmationError(ConfirmationRequired):
    """A confirmation that does not confirm anything. ``code`` is a stable machine name; ``message_zh`` the
    Chinese wording (``message`` is English)."""

    code = "confirmation"

    def __init__(self, message: str, message_zh: str, *, hint: str | None = None, hint_zh: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.message_zh = message_zh
        self.hint_zh = hint_zh

    @classmethod
    def of(cls, message_id: str, hint_id: str, **values: Any) -> Self:
        """The error worded by the assistant's catalogue: message and hint in both languages."""
        en, zh = (CATALOGUE.say(message_id, lang, **values) for lang in ("en", "zh"))
        return cls(en, zh, hint=CATALOGUE.say(hint_id, "en"), hint_zh=CATALOGUE.say(hint_id, "zh"))

    def text(self, lang: str) -> str:
        return pick(lang, {"en": self.message, "zh": self.message_zh})

    def hint_text(self, lang: str) -> str | None:
        """The hint in ``lang`` (English when no Chinese one was given)."""
        return pick(lang, {"en": self.hint, "zh": self.hint_zh or self.hint}) if self.hint else None


class UnknownPlan(ConfirmationError):
    code = "plan_unknown"


class PlanAlreadyUsed(ConfirmationError):
    code = "plan_used"


class PlanExpired(ConfirmationError):
    code = "plan_expired"


class PlanMismatch(ConfirmationError):
    code = "plan_hash"


class CodeRequired(ConfirmationError):
    code = "plan_code"


@dataclass(frozen=True)
class Pending:
    """A plan on screen, waiting for its confirmation. ``code`` is None below the value threshold."""

    plan_id: str
    plan_hash: str
    user: str
    expires_at: float
    code: str | None

    @property
    def token(self) -> str:
        """Both halves of a confirmation in one string (``<plan_id>.<plan_hash>``) for the Python API."""
        return f"{self.plan_id}.{self.plan_hash}"

    @property
    def seconds_left(self) -> float:
        return max(0.0, self.expires_at - time.time())


def plan_hash(plan: Any) -> str:
    """The hash a confirmation must carry: ``plan_digest`` over the plan's canonical data (``to_data()``)."""
    from ledgerlm.assistant.confirm import plan_digest

    return plan_digest(plan.to_data() if hasattr(plan, "to_data") else plan)


def settings() -> tuple[float, Decimal]:
    """(expiry seconds, USD value above which a code is needed) from ``[assistant]`` in config.toml
    (``confirm_ttl_s``, ``confirm_code_above_usd``) or ``LEDGERLM_ASSISTANT_CONFIRM_TTL_S`` /
    ``LEDGERLM_ASSISTANT_CONFIRM_CODE_ABOVE_USD``."""
    cfg = load_config()["assistant"]  # env overrides are applied there, like every other key
    return float(cfg["confirm_ttl_s"]), Decimal(str(cfg["confirm_code_above_usd"]))


def split_token(token: str) -> tuple[str, str]:
    """``<plan_id>.<plan_hash>`` -> (plan_id, plan_hash); anything else is an unknown plan."""
    plan_id, _, digest = str(token or "").partition(".")
    if not plan_id or not digest:
        raise UnknownPlan.of("confirm_not_a_token", "confirm_hint_ask_and_confirm")
    return plan_id, digest


class ConfirmationStore:
    """The shared store. ``ttl_s`` / ``code_above_usd`` default to the configured values."""

    def __init__(
        self,
        path: Path | str | None = None,
        *,
        ttl_s: float | None = None,
        code_above_usd: Decimal | float | int | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else data_dir() / "confirmations.sqlite"
        cfg_ttl, cfg_above = settings()
        self.ttl_s = float(cfg_ttl if ttl_s is None else ttl_s)
        self.code_above_usd = Decimal(str(cfg_above if code_above_usd is None else code_above_usd))
        with self._db() as conn:
            conn.executescript(_SCHEMA)

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=30, isolation_level=None)) as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA busy_timeout=30000")
            yield conn

    def needs_code(self, plan: Any) -> bool:
        return Decimal(str(getattr(plan, "usd_value", 0) or 0)) > self.code_above_usd

    def issue(self, user: str, plan: Any, *, ttl_s: float | None = None) -> Pending:
        """Store ``plan`` as the one plan ``user`` can confirm now (their other open plans are cancelled)."""
        now = time.time()
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH)) if self.needs_code(plan) else None
        plan_id = str(getattr(plan, "plan_id", "") or secrets.token_hex(6))
        pending = Pending(plan_id, plan_hash(plan), user, now + (self.ttl_s if ttl_s is None else ttl_s), code)
        with self._db() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute(
                    "UPDATE pending_plans SET state='cancelled', closed_at=? WHERE user_id=? AND state='open'",
                    (now, user),
                )
                conn.execute(
                    "INSERT OR REPLACE INTO pending_plans (plan_id, user_id, plan_hash, code, created_at,"
                    " expires_at, blob) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (plan_id, user, pending.plan_hash, code, now, pending.expires_at, pickle.dumps(plan)),
                )
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return pending

    def confirm(self, user: str, plan_id: str, plan_hash_: str, code: str | None = None) -> Any:
        """Consume the confirmation and return the plan; raises a ``ConfirmationError`` subclass otherwise."""
        with self._db() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                row = conn.execute(
                    "SELECT user_id, plan_hash, code, expires_at, state, bad_codes, blob FROM "
                    "pending_plans WHERE plan_id=?",
                    (str(plan_id),),
                ).fetchone()
                if row is None or not hmac.compare_digest(str(row[0]), str(user)):
                    raise UnknownPlan.of("confirm_no_such_plan", "confirm_hint_ask_again", plan_id=str(plan_id))
                _uid, stored_hash, stored_code, expires_at, state, bad, blob = row
                if state != "open":
                    closed = _CLOSED.get(state, "confirm_plan_cancelled")
                    raise PlanAlreadyUsed.of(closed, "confirm_hint_new_plan", plan_id=plan_id)
                if time.time() > expires_at:
                    conn.execute(
                        "UPDATE pending_plans SET state='expired', closed_at=? WHERE plan_id=?", (time.time(), plan_id)
                    )
                    conn.execute("COMMIT")
                    raise PlanExpired.of("confirm_plan_expired", "confirm_hint_fresh_plan", plan_id=plan_id)
                if not hmac.compare_digest(str(plan_hash_ or ""), stored_hash):
                    raise PlanMismatch.of("confirm_other_version", "confirm_hint_as_shown", plan_id=plan_id)
                if stored_code is not None:
                    typed = str(code or "").strip().upper().replace("-", "").replace(" ", "")
                    if not hmac.compare_digest(typed, stored_code):
                        burn = bad + 1 >= MAX_BAD_CODES
                        conn.execute(
                            "UPDATE pending_plans SET bad_codes=bad_codes+1, state=CASE WHEN ? THEN "
                            "'cancelled' ELSE state END WHERE plan_id=?",
                            (burn, plan_id),
                        )
                        conn.execute("COMMIT")
                        if burn:
                            raise CodeRequired.of("confirm_code_needed_cancelled", "confirm_hint_type_code")
                        raise CodeRequired.of(
                            "confirm_code_needed", "confirm_hint_type_code", tries=MAX_BAD_CODES - bad - 1
                        )
                done = conn.execute(
                    "UPDATE pending_plans SET state='confirmed', closed_at=? WHERE plan_id=? AND state='open'",
                    (time.time(), plan_id),
                ).rowcount
                if done != 1:
                    raise PlanAlreadyUsed.of("confirm_already_confirmed", "confirm_hint_new_plan", plan_id=plan_id)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        plan = pickle.loads(blob)  # noqa: S301 - written by this store, in the user's own 0700 data dir
        if not hmac.compare_digest(plan_hash(plan), stored_hash):
            raise PlanMismatch.of("confirm_stored_mismatch", "confirm_hint_new_plan", plan_id=plan_id)
        return plan

    def cancel(self, user: str, plan_id: str) -> bool:
        with self._db() as conn:
            return (
                conn.execute(
                    "UPDATE pending_plans SET state='cancelled', closed_at=? WHERE plan_id=? AND "
                    "user_id=? AND state='open'",
                    (time.time(), plan_id, user),
                ).rowcount
                == 1
            )

    def cancel_open(self, user: str) -> int:
        """Cancel every open plan of ``user`` (they wrote something else); returns how many."""
        with self._db() as conn:
            return conn.execute(
                "UPDATE pending_plans SET state='cancelled', closed_at=? WHERE user_id=? AND state='open'",
                (time.time(), user),
            ).rowcount

    def get(self, user: str, plan_id: str) -> Pending | None:
        """The plan if it is still open for ``user`` (not expired), else None."""
        with self._db() as conn:
            row = conn.execute(
                "SELECT plan_hash, code, expires_at FROM pending_plans WHERE plan_id=? AND user_id=? AND state='open'",
                (plan_id, user),
            ).fetchone()
        if row is None or time.time() > row[2]:
            return None
        return Pending(plan_id, row[0], user, row[2], row[1])


#: A plan that is no longer open, by its state: the message that says so.
_CLOSED = {
    "confirmed": "confirm_plan_used",
    "cancelled": "confirm_plan_cancelled",
    "expired": "confirm_plan_closed_expired",
}

__all__ = [
    "CodeRequired",
    "ConfirmationError",
    "ConfirmationStore",
    "Pending",
    "PlanAlreadyUsed",
    "PlanExpired",
    "PlanMismatch",
    "UnknownPlan",
    "plan_hash",
    "settings",
    "split_token",
]
