"""Explain a splitter: who gets which part of every payment, and that each payee pulls its own part."""

from __future__ import annotations

from decimal import Decimal

from ledgerlm import units
from ledgerlm.contracts.kinds.base import ExplainFacts, Explanation
from ledgerlm.contracts.kinds.explain_common import explanation, reply_lang, who_words
from ledgerlm.contracts.messages import MESSAGES


def _pct(share: Decimal | int, total: Decimal | int) -> str:
    value = (Decimal(share) * 100 / Decimal(total)).quantize(Decimal("0.01"))
    return f"{value.normalize():f}%"


def explain(facts: ExplainFacts, lang: str) -> Explanation:
    lang = reply_lang(lang)
    spec, state = facts.spec, facts.state
    payees = list(state.get("payees") or facts.parties.get("payees") or getattr(spec, "payees", None) or [])
    shares = list(state.get("shares") or getattr(spec, "shares", None) or [])
    total = sum(Decimal(x) for x in shares) or Decimal(1)
    parts = [(str(p), _pct(s, total)) for p, s in zip(payees, shares, strict=False)]
    listed = MESSAGES.say("splitter.list_separator", lang).join(f"{p} {pct}" for p, pct in parts) or "?"
    summary = MESSAGES.say("splitter.every_payment_sent_to", lang, payees=len(parts), listed=listed)
    roles = {
        f"payee {i + 1}": MESSAGES.say("splitter.p_receives_pct_of", lang, p=p, pct=pct)
        for i, (p, pct) in enumerate(parts)
    }
    roles["anyone"] = MESSAGES.say("splitter.may_pay_into_the", lang)
    who = who_words({"release": "splitter.who_release", "releaseToken": "splitter.who_releaseToken"})
    flows = [
        MESSAGES.say("splitter.anyone_contract_eth_or", lang),
        MESSAGES.say("splitter.contract_payee_its_share", lang),
    ]
    if state.get("released"):
        for p, amount in zip(payees, state["released"], strict=False):
            flows.append(
                MESSAGES.say(
                    "splitter.released_to_p_so",
                    lang,
                    p=p,
                    eth=units.from_base_units(int(amount), 18).normalize(),
                )
            )
    risks = [
        MESSAGES.say("splitter.a_payee_that_never", lang),
        MESSAGES.say("splitter.parts_are_floored_to", lang),
        MESSAGES.say("splitter.fee_on_transfer_or", lang),
    ]
    title = MESSAGES.say("splitter.payment_splitter", lang)
    return explanation(facts, lang, "splitter", title, summary, roles, who, flows, risks)
