"""Explain a data-access registry: the owner, grants with expiry, revocation, and the public event trail."""

from __future__ import annotations

from ledgerlm.contracts.kinds.base import ExplainFacts, Explanation
from ledgerlm.contracts.kinds.explain_common import explanation, reply_lang, who_words
from ledgerlm.contracts.messages import MESSAGES


def explain(facts: ExplainFacts, lang: str) -> Explanation:
    lang = reply_lang(lang)
    spec, state = facts.spec, facts.state
    data = getattr(spec, "data", None) or MESSAGES.say("data_access.data_sets", lang)
    owner = state.get("owner") or MESSAGES.say("data_access.the_deployer", lang)
    reader = facts.parties.get("reader") or getattr(spec, "reader", None)
    days = getattr(spec, "access_days", None)
    grant = MESSAGES.say("data_access.grant_named_reader", lang, reader=reader, days=days) if reader and days else ""
    summary = MESSAGES.say("data_access.a_registry_of_data", lang, data=data, owner=owner, grant=grant)
    if "count" in state:
        summary += MESSAGES.say("data_access.registered_count", lang, count=state["count"])
    roles = {
        "owner": MESSAGES.say("data_access.owner_registers_data_sets", lang, owner=owner),
        "reader": MESSAGES.say("data_access.an_address_with_a", lang),
    }
    who = who_words(
        {
            "register": "data_access.who_register",
            "grant": "data_access.who_grant",
            "revoke": "data_access.who_revoke",
            "access": "data_access.who_access",
        }
    )
    flows = [MESSAGES.say("data_access.no_money_is_held", lang)]
    risks = [
        MESSAGES.say("data_access.the_contract_controls_and", lang),
        MESSAGES.say("data_access.events_are_public_who", lang),
        MESSAGES.say("data_access.expiry_uses_block_time", lang),
    ]
    title = MESSAGES.say("data_access.data_access_registry", lang)
    return explanation(facts, lang, "data_access", title, summary, roles, who, flows, risks)
