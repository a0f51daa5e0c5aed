"""Approving a displayed plan through the core's shared ``ConfirmationStore`` (``ledgerlm.assistant``).

Chat plans are issued by the assistant itself. A contract-studio plan (``ledgerlm.contracts.pipeline.Plan``) is put
in the same store wrapped in ``ContractApproval``: its hash covers the contract kind and every parameter, the chain
and the deploying account; its value is the contract's size in USD (from the shipped prices), so the same code
threshold applies. Studio plans use their own store user (``web:<sid>:studio``), so planning a contract does not
cancel the payment plan shown in the chat, and vice versa. A confirmation error of the core becomes an HTTP status.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ledgerlm.jsonutil import to_jsonable
from ledgerlm.server.errors import ApiError

#: ConfirmationError.code -> HTTP status
STATUS = {"plan_unknown": 404, "plan_used": 409, "plan_expired": 410, "plan_hash": 409, "plan_code": 403}


@dataclass
class ContractApproval:
    """What the studio shows before deploying; picklable (the store keeps it until it is confirmed)."""

    plan: Any  # ledgerlm.contracts.pipeline.Plan
    chain_id: int
    sender: str
    usd_value: Decimal = Decimal(0)
    plan_id: str = field(default_factory=lambda: "c" + secrets.token_hex(6))

    def to_data(self) -> dict[str, Any]:
        return {
            "plan_id": self.plan_id,
            "intent": "create_contract",
            "chain_id": self.chain_id,
            "sender": self.sender,
            "contract": to_jsonable(self.plan.to_dict()),
            "usd_value": str(self.usd_value),
        }


def studio_user(user: str) -> str:
    return user + ":studio"


def confirmation_view(pending: Any) -> dict[str, Any]:
    return {
        "plan_id": pending.plan_id,
        "plan_hash": pending.plan_hash,
        "expires_at": pending.expires_at,
        "code_required": pending.code is not None,
        "code": pending.code,
    }


def raise_for(exc: Any, lang: str) -> None:
    """A core ``ConfirmationError`` as the HTTP error it is (404 / 409 / 410 / 403)."""
    text = exc.text(lang) if hasattr(exc, "text") else exc.message
    raise ApiError(STATUS.get(getattr(exc, "code", ""), 409), text, exc.hint, getattr(exc, "code", "confirmation"))
