"""Explain a multisig wallet: owners, threshold, the submit/confirm/execute flow and pending transactions."""

from __future__ import annotations

from ledgerlm import units
from ledgerlm.contracts.kinds.base import ExplainFacts, Explanation, t
from ledgerlm.contracts.kinds.explain_common import explanation, reply_lang


def explain(facts: ExplainFacts, lang: str) -> Explanation:
    lang = reply_lang(lang)
    spec, state = facts.spec, facts.state
    owners = list(state.get("owners") or facts.parties.get("owners") or getattr(spec, "owners", None) or [])
    count = len(owners) or getattr(spec, "owners_count", None) or "?"
    threshold = state.get("threshold", getattr(spec, "threshold", None)) or "?"
    summary = t(
        lang,
        f"A wallet shared by {count} owners. Any owner proposes a transaction; it can be executed once "
        f"{threshold} of the {count} owners have confirmed it. Owners may revoke a confirmation before execution.",
        f"由 {count} 位所有者共同管理的钱包。任一所有者提交交易，{count} 位中有 {threshold} 位确认后即可执行；"
        "执行前所有者可以撤回确认。",
    )
    roles = {f"owner {i + 1}": str(o) for i, o in enumerate(owners)} or {"owners": str(count)}
    roles = {
        k: t(lang, f"{v}: submits, confirms, revokes, executes", f"{v}：提交、确认、撤回、执行")
        for k, v in roles.items()
    }
    roles["anyone"] = t(lang, "may send ETH to the wallet", "可以向钱包转入以太币")
    who = {n: ("owner", "所有者") for n in ("submit", "confirm", "revoke", "execute")}
    flows = [
        t(lang, "anyone -> wallet: ETH (and tokens) sent to its address", "任何人 -> 钱包：向其地址转入以太币或代币"),
        t(
            lang,
            f"wallet -> any address: only through a transaction confirmed by {threshold} owners",
            f"钱包 -> 任意地址：只能通过 {threshold} 位所有者确认的交易",
        ),
    ]
    schedule = []
    for tx in state.get("transactions", []):
        schedule.append(
            {
                "id": str(tx["id"]),
                t(lang, "to", "收款方"): str(tx["to"]),
                t(lang, "value", "金额"): f"{units.from_base_units(int(tx['value_wei']), 18).normalize():f} ETH",
                t(lang, "confirmations", "确认数"): f"{tx['confirmations']}/{threshold}",
                t(lang, "executed", "已执行"): t(lang, "yes", "是") if tx["executed"] else t(lang, "no", "否"),
            }
        )
    risks = [
        t(
            lang,
            f"Losing more than {count} - {threshold} owner keys locks the wallet for good.",
            f"丢失超过 {count} - {threshold} 把所有者私钥，钱包将永久锁定。",
        ),
        t(
            lang,
            f"Any {threshold} owners together can move everything, to any address, with any call data.",
            f"任意 {threshold} 位所有者合谋即可把全部资产转到任意地址、执行任意调用。",
        ),
        t(lang, "The owner list and threshold cannot be changed after deployment.", "所有者名单和门槛部署后不能更改。"),
    ]
    title = t(lang, "Multisig wallet", "多签钱包")
    return explanation(facts, lang, "multisig", title, summary, roles, who, flows, risks, schedule)
