"""Explain an escrow: who locks, who may release or refund, and that funds only reach payee or payer."""

from __future__ import annotations

from ledgerlm.contracts.kinds.base import (
    ZERO_ADDRESS,
    ExplainFacts,
    Explanation,
    asset_of,
    party,
)
from ledgerlm.contracts.kinds.explain_common import (
    deadline_words,
    explanation,
    reply_lang,
    state_or_spec_amount,
    who_words,
)
from ledgerlm.contracts.messages import MESSAGES

#: The message of each status the contract reports (its English text is the on-chain name itself).
_STATUS = {
    "AwaitingDeposit": "escrow.status_awaiting_deposit",
    "Funded": "escrow.status_funded",
    "Released": "escrow.status_released",
    "Refunded": "escrow.status_refunded",
}


def explain(facts: ExplainFacts, lang: str) -> Explanation:
    lang = reply_lang(lang)
    spec, state = facts.spec, facts.state
    symbol, decimals = asset_of(facts)
    payer, payee = party(facts, "payer"), party(facts, "payee")
    arbiter_value = state.get("arbiter", facts.parties.get("arbiter", getattr(spec, "arbiter", None)))
    arbiter = None if arbiter_value in (None, ZERO_ADDRESS) else str(arbiter_value)
    amount = state_or_spec_amount(facts, "amount", getattr(spec, "amount", None), symbol, decimals)
    when = deadline_words(facts, lang)
    summary = MESSAGES.say(
        "escrow.summary_arbiter" if arbiter else "escrow.summary",
        lang,
        payer=payer,
        payee=payee,
        amount=amount,
        arbiter=arbiter,
        when=when,
    )
    if state.get("status"):
        status = str(state["status"])
        summary += MESSAGES.say(
            "escrow.status_now", lang, status=MESSAGES.say(_STATUS[status], lang) if status in _STATUS else status
        )
    roles = {
        "payer": MESSAGES.say("escrow.payer_deposits_may_release", lang, payer=payer),
        "payee": MESSAGES.say("escrow.payee_receives_the_funds", lang, payee=payee),
    }
    if arbiter:
        roles["arbiter"] = MESSAGES.say("escrow.arbiter_may_release_to", lang, arbiter=arbiter)
    who = who_words({"deposit": "escrow.who_deposit", "release": "escrow.who_release", "refund": "escrow.who_refund"})
    flows = [
        MESSAGES.say("escrow.payer_contract_amount_on", lang, amount=amount),
        MESSAGES.say("escrow.contract_payee_amount_on", lang, amount=amount),
        MESSAGES.say("escrow.contract_payer_amount_on", lang, amount=amount),
        MESSAGES.say("escrow.no_other_destination_exists", lang),
    ]
    risks = [MESSAGES.say("escrow.the_payee_depends_on", lang)]
    if arbiter:
        risks.append(MESSAGES.say("escrow.the_arbiter_alone_decides", lang))
    title = MESSAGES.say("escrow.escrow_contract", lang)
    return explanation(facts, lang, "escrow", title, summary, roles, who, flows, risks)
