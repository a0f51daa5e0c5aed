"""Explain a traceability registry: the stages in order, who may record each, and the public append-only history."""

from __future__ import annotations

from ledgerlm.contracts.kinds.base import ExplainFacts, Explanation
from ledgerlm.contracts.kinds.explain_common import explanation, reply_lang, who_words
from ledgerlm.contracts.messages import MESSAGES


def explain(facts: ExplainFacts, lang: str) -> Explanation:
    lang = reply_lang(lang)
    spec, state = facts.spec, facts.state
    stages = list(state.get("stages") or getattr(spec, "stages", None) or [])
    actors = list(getattr(spec, "stage_roles", None) or [None] * len(stages))
    item = getattr(spec, "item", None) or MESSAGES.say("traceability.items", lang)
    chain = " -> ".join(stages) or "?"
    summary = MESSAGES.say("traceability.a_public_supply_chain", lang, item=item, stages=len(stages), chain=chain)
    roles = {"admin": MESSAGES.say("traceability.the_deployer_grants_and", lang)}
    for i, stage in enumerate(stages):
        actor = actors[i] if i < len(actors) else None
        roles[f"stage {i} ({stage})"] = MESSAGES.say(
            "traceability.stage_records",
            lang,
            actor=actor or MESSAGES.say("traceability.stage_role_holder", lang, i=i),
            stage=stage,
        )
    roles["anyone"] = MESSAGES.say("traceability.reads_every_item_s", lang)
    who = who_words(
        {
            "record": "traceability.who_record",
            "grantRole": "traceability.who_grantRole",
            "revokeRole": "traceability.who_revokeRole",
            "renounceRole": "traceability.who_renounceRole",
        }
    )
    if "itemCount" in state:
        flows = [MESSAGES.say("traceability.items_recorded_so_far", lang, items=state["itemCount"])]
    else:
        flows = []
    flows.append(MESSAGES.say("traceability.no_money_is_held", lang))
    risks = [
        MESSAGES.say("traceability.the_chain_proves_who", lang),
        MESSAGES.say("traceability.the_admin_can_grant", lang),
        MESSAGES.say("traceability.everything_recorded_is_public", lang),
    ]
    title = MESSAGES.say("traceability.supply_chain_traceability", lang)
    return explanation(facts, lang, "traceability", title, summary, roles, who, flows, risks)
