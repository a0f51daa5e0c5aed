"""How built-in intents are planned and answered: thin calls into the planner and the assistant.

They take the planner / assistant as an argument (imported by nobody here), so an intent module stays a plain
description and the registry can be read without importing web3 or the chain.
"""

from __future__ import annotations

from typing import Any


def plan_transfer(planner: Any, intent: str, slots: dict[str, Any], lang: str, text: str) -> Any:
    return planner.transfer(slots, lang, text)


def plan_defi(planner: Any, intent: str, slots: dict[str, Any], lang: str, text: str) -> Any:
    return planner.defi(intent, slots, lang, text)


def answer_market(bot: Any, intent: str, slots: dict[str, Any], lang: str, text: str) -> Any:
    return bot.answer_market(intent, slots, lang, text)


def answer_balance(bot: Any, intent: str, slots: dict[str, Any], lang: str, text: str) -> Any:
    return bot._balances(lang, slots)


def answer_explain(bot: Any, intent: str, slots: dict[str, Any], lang: str, text: str) -> Any:
    return bot._explain(text, lang)


def answer_contract(bot: Any, intent: str, slots: dict[str, Any], lang: str, text: str) -> Any:
    return bot._contract(text, lang)


#: what the assistant says to an order that waits for a price (``spec.conditional``): it places no such order, and
#: says so rather than placing it now or answering something else
CONDITIONAL_NOTE = {
    "en": 'I can\'t place conditional orders ("when the price hits X, buy/sell"): nothing was ordered. Tell me '
    "when you want it done now, or set a limit order on an exchange.",
    "zh": "我不支持条件单（“价格到某个值就买/卖”），这次没有下任何单。"
    "需要时请直接告诉我现在执行，或在交易所设置限价单。",
}


def answer_knowledge(bot: Any, intent: str, slots: dict[str, Any], lang: str, text: str) -> Any:
    from ledgerlm.assistant.intents.spec import conditional

    if intent == "info" and conditional(text):
        from ledgerlm.assistant.core import Reply  # imported here: the registry is read without the chain

        return Reply(CONDITIONAL_NOTE.get(lang, CONDITIONAL_NOTE["en"]), lang, "answer", intent=intent, slots=slots)
    return bot.answer_knowledge(intent, slots, lang, text)


def answer_rewards(bot: Any, intent: str, slots: dict[str, Any], lang: str, text: str) -> Any:
    return bot._rewards(lang, None)
