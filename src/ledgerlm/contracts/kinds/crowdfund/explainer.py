"""Explain a crowdfund: goal, deadline, who gets the money when, and refunds when the goal is missed."""

from __future__ import annotations

from ledgerlm.contracts.kinds.base import (
    ExplainFacts,
    Explanation,
    asset_of,
    t,
)
from ledgerlm.contracts.kinds.explain_common import deadline_words, explanation, reply_lang, state_or_spec_amount


def explain(facts: ExplainFacts, lang: str) -> Explanation:
    lang = reply_lang(lang)
    spec, state = facts.spec, facts.state
    symbol, decimals = asset_of(facts)
    creator = str(state.get("creator") or facts.parties.get("creator") or t(lang, "the deployer", "部署者"))

    def amount(key: str, fallback: object) -> str:
        return state_or_spec_amount(facts, key, fallback, symbol, decimals)

    goal = amount("goal", getattr(spec, "goal", None))
    when_en, when_zh = deadline_words(facts)
    summary = t(
        lang,
        f"Anyone can contribute {symbol} until {when_en}. If {goal} is reached, {creator} (the creator) can "
        "claim everything raised, which closes the campaign. If the deadline passes below the goal, every "
        "contributor takes back exactly what they put in.",
        f"任何人都可以在 {when_zh} 之前投入 {symbol}。达到目标 {goal} 后，发起人 {creator} 可以领取全部筹款，"
        "众筹随即结束。若截止时仍未达到目标，每位出资人都可以原数取回自己的出资。",
    )
    if "totalRaised" in state:
        summary += t(
            lang,
            f" Raised so far: {amount('totalRaised', None)}; claimed: {bool(state.get('claimed'))}.",
            f" 目前已筹：{amount('totalRaised', None)}；{'已领取' if state.get('claimed') else '尚未领取'}。",
        )
    roles = {
        "creator": t(lang, f"{creator}: claims the funds once the goal is reached", f"{creator}：达到目标后领取资金"),
        "contributors": t(
            lang,
            "anyone: contribute before the deadline; refund after a missed deadline",
            "任何人：截止前出资；未达目标时截止后取回出资",
        ),
    }
    who = {
        "contribute": ("anyone, before the deadline", "任何人（截止前）"),
        "claim": ("creator, once the goal is met", "发起人（达到目标后）"),
        "refund": ("each contributor, after a missed deadline", "每位出资人（截止且未达目标）"),
    }
    flows = [
        t(lang, "contributors -> contract: contribute()", "出资人 -> 合约：contribute()"),
        t(
            lang,
            "contract -> creator: everything raised on claim(), only when the goal is met",
            "合约 -> 发起人：claim() 领取全部筹款，仅在达到目标时",
        ),
        t(
            lang,
            "contract -> each contributor: exactly their contribution on refund(), only when the goal was missed",
            "合约 -> 出资人：refund() 原数退回，仅在未达目标时",
        ),
    ]
    risks = [
        t(
            lang,
            "Once the creator has claimed, what happens with the money is outside this contract.",
            "发起人领取之后，资金如何使用不受本合约约束。",
        ),
        t(
            lang,
            "Refunds must be requested by each contributor; nothing is returned automatically.",
            "退款需要每位出资人自行申请，不会自动退回。",
        ),
    ]
    title = t(lang, "Crowdfunding contract", "众筹合约")
    return explanation(facts, lang, "crowdfund", title, summary, roles, who, flows, risks)
