"""Explain a crowdfund: goal, deadline, who gets the money when, and refunds when the goal is missed."""

from __future__ import annotations

from ledgerlm.contracts.kinds.base import (
    ExplainFacts,
    Explanation,
    asset_of,
)
from ledgerlm.contracts.kinds.explain_common import (
    deadline_words,
    explanation,
    reply_lang,
    state_or_spec_amount,
    who_words,
)
from ledgerlm.contracts.messages import MESSAGES


def explain(facts: ExplainFacts, lang: str) -> Explanation:
    lang = reply_lang(lang)
    spec, state = facts.spec, facts.state
    symbol, decimals = asset_of(facts)
    creator = str(state.get("creator") or facts.parties.get("creator") or MESSAGES.say("crowdfund.the_deployer", lang))

    def amount(key: str, fallback: object) -> str:
        return state_or_spec_amount(facts, key, fallback, symbol, decimals)

    goal = amount("goal", getattr(spec, "goal", None))
    when = deadline_words(facts, lang)
    summary = MESSAGES.say(
        "crowdfund.anyone_can_contribute_symbol", lang, symbol=symbol, when=when, goal=goal, creator=creator
    )
    if "totalRaised" in state:
        summary += MESSAGES.say(
            "crowdfund.raised_claimed" if state.get("claimed") else "crowdfund.raised_not_claimed",
            lang,
            raised=amount("totalRaised", None),
        )
    roles = {
        "creator": MESSAGES.say("crowdfund.creator_claims_the_funds", lang, creator=creator),
        "contributors": MESSAGES.say("crowdfund.anyone_contribute_before_the", lang),
    }
    who = who_words(
        {"contribute": "crowdfund.who_contribute", "claim": "crowdfund.who_claim", "refund": "crowdfund.who_refund"}
    )
    flows = [
        MESSAGES.say("crowdfund.contributors_contract_contribute", lang),
        MESSAGES.say("crowdfund.contract_creator_everything_raised", lang),
        MESSAGES.say("crowdfund.contract_each_contributor_exactly", lang),
    ]
    risks = [
        MESSAGES.say("crowdfund.once_the_creator_has", lang),
        MESSAGES.say("crowdfund.refunds_must_be_requested", lang),
    ]
    title = MESSAGES.say("crowdfund.crowdfunding_contract", lang)
    return explanation(facts, lang, "crowdfund", title, summary, roles, who, flows, risks)
