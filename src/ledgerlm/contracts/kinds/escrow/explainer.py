"""Explain an escrow: who locks, who may release or refund, and that funds only reach payee or payer."""

from __future__ import annotations

from ledgerlm.contracts.kinds.base import (
    ZERO_ADDRESS,
    ExplainFacts,
    Explanation,
    asset_of,
    party,
    t,
)
from ledgerlm.contracts.kinds.explain_common import deadline_words, explanation, reply_lang, state_or_spec_amount

_STATUS_ZH = {"AwaitingDeposit": "等待存入", "Funded": "已存入", "Released": "已放款", "Refunded": "已退款"}


def explain(facts: ExplainFacts, lang: str) -> Explanation:
    lang = reply_lang(lang)
    spec, state = facts.spec, facts.state
    symbol, decimals = asset_of(facts)
    payer, payee = party(facts, "payer"), party(facts, "payee")
    arbiter_value = state.get("arbiter", facts.parties.get("arbiter", getattr(spec, "arbiter", None)))
    arbiter = None if arbiter_value in (None, ZERO_ADDRESS) else str(arbiter_value)
    amount = state_or_spec_amount(facts, "amount", getattr(spec, "amount", None), symbol, decimals)
    when_en, when_zh = deadline_words(facts)
    summary = t(
        lang,
        f"{payer} locks {amount} for {payee}. The payer"
        + (f" or the arbiter {arbiter}" if arbiter else "")
        + f" can release it to the payee; after the deadline ({when_en}) anyone can return it to the payer"
        + (", and the arbiter can refund it at any time to settle a dispute." if arbiter else "."),
        f"{payer} 为 {payee} 托管 {amount}。付款人"
        + (f"或仲裁人 {arbiter} " if arbiter else "")
        + f"可以把资金放给收款人；截止时间（{when_zh}）之后任何人都可以把资金退回付款人"
        + ("，仲裁人也可以随时退款以解决争议。" if arbiter else "。"),
    )
    if state.get("status"):
        status = str(state["status"])
        summary += t(lang, f" Status now: {status}.", f" 当前状态：{_STATUS_ZH.get(status, status)}。")
    roles = {
        "payer": t(lang, f"{payer}: deposits, may release to the payee", f"{payer}：存入资金，可以放款给收款人"),
        "payee": t(
            lang,
            f"{payee}: receives the funds on release; cannot release them",
            f"{payee}：放款时收到资金；不能自己放款",
        ),
    }
    if arbiter:
        roles["arbiter"] = t(
            lang,
            f"{arbiter}: may release to the payee or refund the payer at any time",
            f"{arbiter}：可以随时放款给收款人或退款给付款人",
        )
    who = {
        "deposit": ("payer", "付款人"),
        "release": ("payer or arbiter", "付款人或仲裁人"),
        "refund": ("arbiter any time; anyone after the deadline", "仲裁人随时；截止后任何人"),
    }
    flows = [
        t(
            lang,
            f"payer -> contract: {amount} on deposit (or with the deployment)",
            f"付款人 -> 合约：存入 {amount}（或部署时一并存入）",
        ),
        t(lang, f"contract -> payee: {amount} on release()", f"合约 -> 收款人：release() 时支付 {amount}"),
        t(lang, f"contract -> payer: {amount} on refund()", f"合约 -> 付款人：refund() 时退回 {amount}"),
        t(
            lang,
            "No other destination exists in the code: the funds can only reach the payee or the payer.",
            "代码中没有其他去向：资金只能到达收款人或付款人。",
        ),
    ]
    risks = [
        t(
            lang,
            "The payee depends on the payer (or arbiter) to release; after the deadline the payer can get "
            "the funds back.",
            "收款人依赖付款人（或仲裁人）放款；截止时间过后付款人可以取回资金。",
        )
    ]
    if arbiter:
        risks.append(
            t(
                lang,
                "The arbiter alone decides disputes: choose someone both sides trust.",
                "仲裁人单独决定争议：请选择双方都信任的人。",
            )
        )
    title = t(lang, "Escrow contract", "托管合约")
    return explanation(facts, lang, "escrow", title, summary, roles, who, flows, risks)
