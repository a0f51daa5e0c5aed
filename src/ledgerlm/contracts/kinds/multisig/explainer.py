"""Explain a multisig wallet: owners, threshold, the submit/confirm/execute flow and pending transactions."""

from __future__ import annotations

from ledgerlm import units
from ledgerlm.contracts.kinds.base import ExplainFacts, Explanation
from ledgerlm.contracts.kinds.explain_common import explanation, reply_lang, who_words
from ledgerlm.contracts.messages import MESSAGES


def explain(facts: ExplainFacts, lang: str) -> Explanation:
    lang = reply_lang(lang)
    spec, state = facts.spec, facts.state
    owners = list(state.get("owners") or facts.parties.get("owners") or getattr(spec, "owners", None) or [])
    count = len(owners) or getattr(spec, "owners_count", None) or "?"
    threshold = state.get("threshold", getattr(spec, "threshold", None)) or "?"
    summary = MESSAGES.say("multisig.a_wallet_shared_by", lang, count=count, threshold=threshold)
    roles = {f"owner {i + 1}": str(o) for i, o in enumerate(owners)} or {"owners": str(count)}
    roles = {k: MESSAGES.say("multisig.owner_role", lang, owners=v) for k, v in roles.items()}
    roles["anyone"] = MESSAGES.say("multisig.may_send_eth_to", lang)
    who = who_words({n: "multisig.who_owner" for n in ("submit", "confirm", "revoke", "execute")})
    flows = [
        MESSAGES.say("multisig.anyone_wallet_eth_and", lang),
        MESSAGES.say("multisig.wallet_any_address_only", lang, threshold=threshold),
    ]
    schedule = []
    for tx in state.get("transactions", []):
        schedule.append(
            {
                "id": str(tx["id"]),
                MESSAGES.say("multisig.to", lang): str(tx["to"]),
                MESSAGES.say(
                    "multisig.value", lang
                ): f"{units.from_base_units(int(tx['value_wei']), 18).normalize():f} ETH",
                MESSAGES.say("multisig.confirmations", lang): f"{tx['confirmations']}/{threshold}",
                MESSAGES.say("multisig.executed", lang): MESSAGES.say("multisig.yes", lang)
                if tx["executed"]
                else MESSAGES.say("multisig.no", lang),
            }
        )
    risks = [
        MESSAGES.say("multisig.losing_more_than_count", lang, count=count, threshold=threshold),
        MESSAGES.say("multisig.any_threshold_owners_together", lang, threshold=threshold),
        MESSAGES.say("multisig.the_owner_list_and", lang),
    ]
    title = MESSAGES.say("multisig.multisig_wallet", lang)
    return explanation(facts, lang, "multisig", title, summary, roles, who, flows, risks, schedule)
