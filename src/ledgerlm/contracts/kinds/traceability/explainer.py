"""Explain a traceability registry: the stages in order, who may record each, and the public append-only history."""

from __future__ import annotations

from ledgerlm.contracts.kinds.base import ExplainFacts, Explanation, t
from ledgerlm.contracts.kinds.explain_common import explanation, reply_lang


def explain(facts: ExplainFacts, lang: str) -> Explanation:
    lang = reply_lang(lang)
    spec, state = facts.spec, facts.state
    stages = list(state.get("stages") or getattr(spec, "stages", None) or [])
    actors = list(getattr(spec, "stage_roles", None) or [None] * len(stages))
    item = getattr(spec, "item", None) or t(lang, "items", "物品")
    chain_en = " -> ".join(stages) or "?"
    summary = t(
        lang,
        f"A public supply-chain record for {item}: each item goes through {len(stages)} stages in this order: "
        f"{chain_en}. A stage is recorded only by an address holding that stage's role, with the hash of its "
        "off-chain document, and only right after the previous stage. Records are never changed or removed; "
        "anyone can read an item's whole history. The deployer (admin) grants and revokes the stage roles.",
        f"{item}的公开供应链记录：每件物品按顺序经过 {len(stages)} 个环节：{chain_en}。每个环节只能由持有该环节角色的"
        "地址记录，并附上链下单据的哈希，且必须在上一个环节之后。记录永不修改或删除；任何人都可以查看完整历史。"
        "部署者（管理员）授予和撤销各环节的角色。",
    )
    roles = {
        "admin": t(
            lang,
            "the deployer: grants and revokes each stage's role (grantRole/revokeRole)",
            "部署者：授予和撤销各环节角色（grantRole/revokeRole）",
        )
    }
    for i, stage in enumerate(stages):
        actor = actors[i] if i < len(actors) else None
        roles[f"stage {i} ({stage})"] = t(
            lang,
            f"{actor or 'the address granted stageRole(' + str(i) + ')'}: records '{stage}'",
            f"{actor or '被授予 stageRole(' + str(i) + ') 的地址'}：记录“{stage}”",
        )
    roles["anyone"] = t(lang, "reads every item's history", "查看任何物品的历史")
    who = {
        "record": ("the stage's role", "该环节角色"),
        "grantRole": ("admin", "管理员"),
        "revokeRole": ("admin", "管理员"),
        "renounceRole": ("the role holder itself", "角色持有人本人"),
    }
    if "itemCount" in state:
        flows = [t(lang, f"items recorded so far: {state['itemCount']}", f"已记录物品数：{state['itemCount']}")]
    else:
        flows = []
    flows.append(t(lang, "No money is held or moved by this contract.", "本合约不持有也不转移任何资金。"))
    risks = [
        t(
            lang,
            "The chain proves who recorded what and when, not that the document is true: an actor can "
            "record a false document.",
            "链上证明谁在何时记录了什么，但不证明单据内容真实：参与方仍可能记录虚假单据。",
        ),
        t(
            lang,
            "The admin can grant a stage role to anyone: protect the admin key.",
            "管理员可以把环节角色授予任何人：请保护好管理员私钥。",
        ),
        t(
            lang,
            "Everything recorded is public; put only hashes of sensitive documents on chain.",
            "所有记录都是公开的；敏感单据只上链哈希。",
        ),
    ]
    title = t(lang, "Supply-chain traceability", "供应链溯源")
    return explanation(facts, lang, "traceability", title, summary, roles, who, flows, risks)
