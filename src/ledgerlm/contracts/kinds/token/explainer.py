"""Explain a token: supply, who holds power over it (mint, pause), what holders can do."""

from __future__ import annotations

from typing import Any

from ledgerlm import units
from ledgerlm.contracts.kinds.base import ExplainFacts, Explanation, t
from ledgerlm.contracts.kinds.explain_common import explanation, reply_lang


def explain(facts: ExplainFacts, lang: str) -> Explanation:
    lang = reply_lang(lang)
    spec, state = facts.spec, facts.state
    names = {i.get("name") for i in facts.abi if i.get("type") == "function"}
    decimals = int(state.get("decimals", getattr(spec, "decimals", 18)))
    symbol = str(state.get("symbol") or getattr(spec, "symbol", "") or "")
    name = str(state.get("name") or getattr(spec, "name", "") or "token")
    owner = str(state.get("owner") or facts.parties.get("owner") or t(lang, "the deployer", "部署者"))

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
    summary = t(
        lang,
        f"{name} ({symbol}) is an ERC-20 token with {decimals} decimals; total supply {supply}"
        + (f", capped at {cap}" if cap else "")
        + ". "
        + ("The owner can mint more. " if mint else "No one can ever mint more. ")
        + ("Holders can burn their tokens. " if burn else "")
        + ("The owner can pause all transfers." if pause else "No one can freeze transfers."),
        f"{name}（{symbol}）是一个 ERC-20 代币，精度 {decimals} 位；总供应量 {supply}"
        + (f"，上限 {cap}" if cap else "")
        + "。"
        + ("所有者可以增发。" if mint else "任何人都无法增发。")
        + ("持有人可以销毁自己的代币。" if burn else "")
        + ("所有者可以暂停所有转账。" if pause else "任何人都无法冻结转账。"),
    )
    powers_en = [p for p, on in (("mint new tokens", mint), ("pause and unpause transfers", pause)) if on]
    powers_zh = [p for p, on in (("增发代币", mint), ("暂停和恢复转账", pause)) if on]
    roles = {
        "owner": t(
            lang,
            f"{owner}: received the initial supply; may "
            + (", ".join(powers_en) if powers_en else "do nothing special")
            + "; can hand ownership over",
            f"{owner}：获得初始供应量；"
            + ("可以" + "、".join(powers_zh) if powers_zh else "没有特殊权力")
            + "；可以转让所有权",
        ),
        "holders": t(
            lang,
            "transfer and approve their tokens" + (", burn them" if burn else ""),
            "转账和授权自己的代币" + ("，可销毁" if burn else ""),
        ),
    }
    who = {
        "mint": ("owner", "所有者"),
        "pause": ("owner", "所有者"),
        "unpause": ("owner", "所有者"),
        "transferOwnership": ("owner", "所有者"),
        "renounceOwnership": ("owner", "所有者"),
        "transfer": ("any holder", "任何持有人"),
        "approve": ("any holder", "任何持有人"),
        "transferFrom": ("an approved spender", "被授权者"),
        "burn": ("any holder", "任何持有人"),
        "burnFrom": ("an approved spender", "被授权者"),
    }
    flows = [
        t(
            lang,
            f"deployment: the initial supply ({supply}) goes to the owner",
            f"部署时：初始供应量（{supply}）发给所有者",
        ),
        t(
            lang,
            "tokens move only by holders' transfers or approved transferFrom",
            "代币只能由持有人转账或被授权者 transferFrom 转移",
        ),
    ]
    if mint:
        flows.append(
            t(
                lang,
                "mint: new tokens from nothing to any address the owner picks",
                "mint：所有者可向任意地址增发新代币",
            )
        )
    risks = []
    if mint:
        risks.append(
            t(
                lang,
                "The owner can dilute holders by minting" + (f" up to the cap {cap}." if cap else " without limit."),
                "所有者可以增发稀释持有人" + (f"，最多到上限 {cap}。" if cap else "，且没有上限。"),
            )
        )
    if pause:
        risks.append(t(lang, "The owner can freeze every transfer at any time.", "所有者可以随时冻结所有转账。"))
    risks.append(
        t(
            lang,
            "The owner's key controls these powers; if it is lost or stolen, so are they.",
            "这些权力由所有者私钥控制；私钥丢失或被盗，权力随之丢失或被滥用。",
        )
    )
    title = t(lang, f"Token {name} ({symbol})", f"代币 {name}（{symbol}）")
    return explanation(facts, lang, "token", title, summary, roles, who, flows, risks)
