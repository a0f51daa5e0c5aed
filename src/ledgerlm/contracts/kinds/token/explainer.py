"""Explain a token: supply, who holds power over it (mint, pause), what holders can do."""

from __future__ import annotations

from typing import Any

from ledgerlm import units
from ledgerlm.contracts.kinds.base import ExplainFacts, Explanation
from ledgerlm.contracts.kinds.explain_common import explanation, reply_lang, who_words
from ledgerlm.contracts.messages import MESSAGES


def explain(facts: ExplainFacts, lang: str) -> Explanation:
    lang = reply_lang(lang)
    spec, state = facts.spec, facts.state
    names = {i.get("name") for i in facts.abi if i.get("type") == "function"}
    decimals = int(state.get("decimals", getattr(spec, "decimals", 18)))
    symbol = str(state.get("symbol") or getattr(spec, "symbol", "") or "")
    name = str(state.get("name") or getattr(spec, "name", "") or "token")
    owner = str(state.get("owner") or facts.parties.get("owner") or MESSAGES.say("token.the_deployer", lang))

    def amount(value: Any) -> str:
        return f"{units.from_base_units(int(value), decimals).normalize():,f} {symbol}"

    supply = (
        amount(state["totalSupply"])
        if "totalSupply" in state
        else (
            f"{spec.initial_supply.normalize():,f} {symbol}"
            if spec is not None and spec.initial_supply is not None
            else "?"
        )
    )
    cap = (
        amount(state["cap"])
        if "cap" in state
        else (f"{spec.cap.normalize():,f} {symbol}" if spec is not None and spec.cap is not None else None)
    )
    mint, burn, pause = "mint" in names, "burn" in names, "pause" in names
    summary = (
        MESSAGES.say("token.summary", lang, name=name, symbol=symbol, decimals=decimals, supply=supply)
        + (MESSAGES.say("token.capped_at", lang, cap=cap) if cap else "")
        + MESSAGES.say("token.summary_end", lang)
        + MESSAGES.say("token.owner_can_mint" if mint else "token.no_one_can_mint", lang)
        + (MESSAGES.say("token.holders_can_burn", lang) if burn else "")
        + MESSAGES.say("token.owner_can_pause" if pause else "token.no_one_can_freeze", lang)
    )
    powers = [MESSAGES.say(p, lang) for p, on in (("token.power_mint", mint), ("token.power_pause", pause)) if on]
    roles = {
        "owner": MESSAGES.say(
            "token.owner_powers" if powers else "token.owner_no_powers",
            lang,
            owner=owner,
            powers=MESSAGES.say("token.power_separator", lang).join(powers),
        ),
        "holders": MESSAGES.say("token.holders_burn" if burn else "token.holders", lang),
    }
    who = who_words(
        {
            "mint": "token.who_mint",
            "pause": "token.who_pause",
            "unpause": "token.who_unpause",
            "transferOwnership": "token.who_transferOwnership",
            "renounceOwnership": "token.who_renounceOwnership",
            "transfer": "token.who_transfer",
            "approve": "token.who_approve",
            "transferFrom": "token.who_transferFrom",
            "burn": "token.who_burn",
            "burnFrom": "token.who_burnFrom",
        }
    )
    flows = [
        MESSAGES.say("token.deployment_the_initial_supply", lang, supply=supply),
        MESSAGES.say("token.tokens_move_only_by", lang),
    ]
    if mint:
        flows.append(MESSAGES.say("token.mint_new_tokens_from", lang))
    risks = []
    if mint:
        risks.append(
            MESSAGES.say("token.dilute_up_to_cap", lang, cap=cap)
            if cap
            else MESSAGES.say("token.dilute_without_limit", lang)
        )
    if pause:
        risks.append(MESSAGES.say("token.the_owner_can_freeze", lang))
    risks.append(MESSAGES.say("token.the_owner_s_key", lang))
    title = MESSAGES.say("token.token_name_symbol", lang, name=name, symbol=symbol)
    return explanation(facts, lang, "token", title, summary, roles, who, flows, risks)
