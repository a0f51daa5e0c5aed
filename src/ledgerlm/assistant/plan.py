"""What a money-moving request will do, exactly: the typed plan the user confirms and the executor runs.

A ``Plan`` is data only: every step is a fully encoded transaction (target, calldata, value in wei) plus the facts
shown to the user (amounts in token units, fees, price impact, slippage limit, resulting balances, health factor).
Its canonical ``to_data()`` is what a confirmation token is bound to, so a changed plan needs a new confirmation.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ledgerlm.assistant.replies import say


@dataclass(frozen=True)
class Step:
    """One transaction of a plan. ``kind``: approve | transfer | call | deploy."""

    kind: str
    to: str
    data: str  # 0x-hex calldata ("0x" for a plain ETH transfer)
    value_wei: int
    description: dict[str, str]  # {"en": ..., "zh": ...}
    expect_events: tuple[str, ...] = ()

    def tx(self) -> dict[str, Any]:
        return {"to": self.to, "data": self.data, "value": self.value_wei}

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "to": self.to,
            "data": self.data,
            "value_wei": str(self.value_wei),
            "description": self.description,
            "expect_events": list(self.expect_events),
        }


@dataclass
class Plan:
    """A confirmed-before-signing action. Amounts are ``Decimal`` token units; wei stays in ``Step.value_wei``."""

    intent: str
    lang: str
    chain_id: int
    sender: str
    request: str
    steps: list[Step]
    token: str | None = None
    amount: Decimal | None = None
    recipient: str | None = None
    recipient_name: str | None = None
    counter_token: str | None = None
    expected_out: Decimal | None = None
    min_out: Decimal | None = None
    price_impact_pct: Decimal | None = None
    slippage_pct: Decimal | None = None
    usd_value: Decimal = Decimal(0)
    fee_eth: Decimal | None = None
    fee_usd: Decimal | None = None
    balances_before: dict[str, Decimal] = field(default_factory=dict)
    balances_after: dict[str, Decimal] = field(default_factory=dict)
    health_factor_after: Decimal | None = None
    flags: list[str] = field(default_factory=list)
    notes: list[dict[str, str]] = field(default_factory=list)
    plan_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    created_at: float = field(default_factory=time.time)
    contract_plan: Any = None  # a ledgerlm.contracts.pipeline.Plan for create_contract

    @property
    def moves_money(self) -> bool:
        return self.intent != "create_contract" or self.usd_value > 0

    def to_data(self) -> dict[str, Any]:
        """Canonical, JSON-able content; the confirmation token is bound to its hash."""

        def s(v: Any) -> Any:
            return None if v is None else str(v)

        data: dict[str, Any] = {
            "plan_id": self.plan_id,
            "intent": self.intent,
            "chain_id": self.chain_id,
            "sender": self.sender,
            "steps": [st.to_dict() for st in self.steps],
            "token": self.token,
            "amount": s(self.amount),
            "recipient": self.recipient,
            "counter_token": self.counter_token,
            "expected_out": s(self.expected_out),
            "min_out": s(self.min_out),
            "price_impact_pct": s(self.price_impact_pct),
            "slippage_pct": s(self.slippage_pct),
            "usd_value": s(self.usd_value),
            "flags": list(self.flags),
            "fee_eth": s(self.fee_eth),
        }
        if self.contract_plan is not None:
            data["contract"] = self.contract_plan.to_dict()
        return data

    def digest(self) -> str:
        """The hash of ``to_data()`` a confirmation of this plan must carry."""
        from ledgerlm.assistant.confirm import plan_digest

        return plan_digest(self.to_data())

    def to_dict(self) -> dict[str, Any]:
        """Everything shown to the user (``--json`` and the HTTP API)."""

        def s(v: Any) -> Any:
            return None if v is None else str(v)

        return {
            **self.to_data(),
            "plan_hash": self.digest(),
            "lang": self.lang,
            "request": self.request,
            "recipient_name": self.recipient_name,
            "fee_eth": s(self.fee_eth),
            "fee_usd": s(self.fee_usd),
            "balances_before": {k: str(v) for k, v in self.balances_before.items()},
            "balances_after": {k: str(v) for k, v in self.balances_after.items()},
            "health_factor_after": s(self.health_factor_after),
            "notes": [n.get(self.lang, n.get("en", "")) for n in self.notes],
        }

    def render(self, lang: str | None = None) -> str:
        """The plan in words, in the user's language: every number the executor will use."""
        lang = lang or self.lang
        lines = [say("plan_header", lang)]
        for i, st in enumerate(self.steps, 1):
            lines.append(f"  {i}. {st.description.get(lang, st.description['en'])}")
        if self.contract_plan is not None:
            params = self.contract_plan.to_dict()["params"]
            lines.append(say("plan_kind", lang, kind=self.contract_plan.kind))
            lines += [f"     {k} = {v}" for k, v in params.items() if v is not None]
        if self.expected_out is not None:
            got = self.token if self.intent == "buy" else self.counter_token
            lines.append(say("plan_expected", lang, amount=self.expected_out, token=got))
        if self.min_out is not None:
            lines.append(say("plan_min_out", lang, amount=self.min_out, slippage=self.slippage_pct))
        if self.price_impact_pct is not None:
            lines.append(say("plan_impact", lang, pct=self.price_impact_pct))
        if self.usd_value:
            lines.append(say("plan_value", lang, usd=f"{self.usd_value:,.2f}"))
        if self.fee_eth is not None:
            fee_usd = f" (≈ ${self.fee_usd:,.4f})" if self.fee_usd is not None else ""
            lines.append(say("plan_fee", lang, eth=f"{self.fee_eth:.8f}", usd=fee_usd))
        if self.balances_after:
            after = ", ".join(f"{v} {k}" for k, v in self.balances_after.items())
            lines.append(say("plan_after", lang, listing=after))
        if self.health_factor_after is not None:
            lines.append(say("plan_health", lang, value=self.health_factor_after))
        if "new_recipient" in self.flags and self.recipient:
            lines.append("  " + say("new_recipient", lang, address=self.recipient))
        if "kyc_required" in self.flags:
            lines.append("  " + say("plan_kyc", lang))
        lines += ["  " + n.get(lang, n.get("en", "")) for n in self.notes]
        lines.append(say("plan_chain", lang, chain_id=self.chain_id, sender=self.sender))
        return "\n".join(lines)


@dataclass
class Outcome:
    """What the executor did: every mined transaction, in order, and whether the whole plan completed."""

    plan_id: str
    completed: bool
    tx_hashes: list[str]
    gas_used: int
    fee_eth: Decimal
    events: list[dict[str, Any]] = field(default_factory=list)
    summary: dict[str, str] = field(default_factory=dict)
    audit_id: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "plan_id": self.plan_id,
            "completed": self.completed,
            "tx_hashes": self.tx_hashes,
            "gas_used": self.gas_used,
            "fee_eth": str(self.fee_eth),
            "summary": self.summary,
            "audit_id": self.audit_id,
        }
