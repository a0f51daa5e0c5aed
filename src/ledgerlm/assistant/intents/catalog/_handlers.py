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


def answer_knowledge(bot: Any, intent: str, slots: dict[str, Any], lang: str, text: str) -> Any:
    return bot.answer_knowledge(intent, slots, lang, text)


def answer_rewards(bot: Any, intent: str, slots: dict[str, Any], lang: str, text: str) -> Any:
    return bot._rewards(lang, None)
