# ruff: noqa: E501 - sentences in two languages side by side (Chinese characters count double in line width)
"""What the crowdfund explainer says, in English and Chinese side by side (merged into ``ledgerlm.contracts.messages``)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "crowdfund.anyone_can_contribute_symbol": {
        "en": "Anyone can contribute {symbol} until {when}. If {goal} is reached, {creator} (the creator) can claim everything raised, which closes the campaign. If the deadline passes below the goal, every contributor takes back exactly what they put in.",
        "zh": "任何人都可以在 {when} 之前投入 {symbol}。达到目标 {goal} 后，发起人 {creator} 可以领取全部筹款，众筹随即结束。若截止时仍未达到目标，每位出资人都可以原数取回自己的出资。",
    },
    "crowdfund.crowdfunding_contract": {
        "en": "Crowdfunding contract",
        "zh": "众筹合约",
    },
    "crowdfund.creator_claims_the_funds": {
        "en": "{creator}: claims the funds once the goal is reached",
        "zh": "{creator}：达到目标后领取资金",
    },
    "crowdfund.anyone_contribute_before_the": {
        "en": "anyone: contribute before the deadline; refund after a missed deadline",
        "zh": "任何人：截止前出资；未达目标时截止后取回出资",
    },
    "crowdfund.contributors_contract_contribute": {
        "en": "contributors -> contract: contribute()",
        "zh": "出资人 -> 合约：contribute()",
    },
    "crowdfund.contract_creator_everything_raised": {
        "en": "contract -> creator: everything raised on claim(), only when the goal is met",
        "zh": "合约 -> 发起人：claim() 领取全部筹款，仅在达到目标时",
    },
    "crowdfund.contract_each_contributor_exactly": {
        "en": "contract -> each contributor: exactly their contribution on refund(), only when the goal was missed",
        "zh": "合约 -> 出资人：refund() 原数退回，仅在未达目标时",
    },
    "crowdfund.once_the_creator_has": {
        "en": "Once the creator has claimed, what happens with the money is outside this contract.",
        "zh": "发起人领取之后，资金如何使用不受本合约约束。",
    },
    "crowdfund.refunds_must_be_requested": {
        "en": "Refunds must be requested by each contributor; nothing is returned automatically.",
        "zh": "退款需要每位出资人自行申请，不会自动退回。",
    },
    "crowdfund.the_deployer": {
        "en": "the deployer",
        "zh": "部署者",
    },
    "crowdfund.raised_claimed": {
        "en": " Raised so far: {raised}; claimed: True.",
        "zh": " 目前已筹：{raised}；已领取。",
    },
    "crowdfund.raised_not_claimed": {
        "en": " Raised so far: {raised}; claimed: False.",
        "zh": " 目前已筹：{raised}；尚未领取。",
    },
    "crowdfund.who_contribute": {"en": "anyone, before the deadline", "zh": "任何人（截止前）"},
    "crowdfund.who_claim": {"en": "creator, once the goal is met", "zh": "发起人（达到目标后）"},
    "crowdfund.who_refund": {"en": "each contributor, after a missed deadline", "zh": "每位出资人（截止且未达目标）"},
}
