"""Explain a data-access registry: the owner, grants with expiry, revocation, and the public event trail."""

from __future__ import annotations

from ledgerlm.contracts.kinds.base import ExplainFacts, Explanation, t
from ledgerlm.contracts.kinds.explain_common import explanation, reply_lang


def explain(facts: ExplainFacts, lang: str) -> Explanation:
    lang = reply_lang(lang)
    spec, state = facts.spec, facts.state
    data = getattr(spec, "data", None) or t(lang, "data sets", "数据集")
    owner = state.get("owner") or t(lang, "the deployer", "部署者")
    reader = facts.parties.get("reader") or getattr(spec, "reader", None)
    days = getattr(spec, "access_days", None)
    grant_en = (
        f" The request names {reader} as a reader for {days} days: the owner grants it with "
        f"grant(dataId, reader, now + {days} days) once the data set is registered."
        if reader and days
        else ""
    )
    grant_zh = (
        f"请求中指定 {reader} 为读取者，期限 {days} 天：数据集登记后，所有者调用 grant 授权。"
        if reader and days
        else ""
    )
    summary = t(
        lang,
        f"A registry of {data} kept off-chain: only their hashes are on chain. The owner ({owner}) registers data "
        "sets and grants read access to addresses (a did:pkh DID names an address), each grant with an expiry, "
        "and can revoke it at any time. A reader logs each access on chain; the contract refuses it after "
        f"expiry or revocation. Every grant, revocation and access is a public event.{grant_en}",
        f"{data}的登记合约，数据本身在链下，链上只有哈希。所有者（{owner}）登记数据集，并把读取权限授予地址"
        "（did:pkh DID 对应一个地址），每次授权都有到期时间，可以随时撤销。读取者每次访问都在链上记录；"
        f"到期或撤销后合约拒绝访问。每次授权、撤销和访问都是公开事件。{grant_zh}",
    )
    if "count" in state:
        summary += t(lang, f" Data sets registered: {state['count']}.", f" 已登记数据集：{state['count']}。")
    roles = {
        "owner": t(
            lang, f"{owner}: registers data sets, grants and revokes access", f"{owner}：登记数据集、授予和撤销权限"
        ),
        "reader": t(
            lang,
            "an address with a live grant: logs accesses with access()",
            "持有有效授权的地址：通过 access() 记录访问",
        ),
    }
    who = {
        "register": ("owner", "所有者"),
        "grant": ("owner", "所有者"),
        "revoke": ("owner", "所有者"),
        "access": ("a reader with a live grant", "持有有效授权的读取者"),
    }
    flows = [t(lang, "No money is held or moved by this contract.", "本合约不持有也不转移任何资金。")]
    risks = [
        t(
            lang,
            "The contract controls and logs access; it cannot stop someone who already has the data "
            "from copying it. The off-chain store must check hasAccess() before serving data.",
            "合约控制并记录访问，但无法阻止已取得数据的人复制；链下存储在提供数据前必须检查 hasAccess()。",
        ),
        t(
            lang,
            "Events are public: who was granted access to which data set (by id) is visible to everyone.",
            "事件是公开的：谁被授权访问哪个数据集（按编号）所有人可见。",
        ),
        t(lang, "Expiry uses block time, which can drift by a few seconds.", "到期按区块时间计算，可能有几秒偏差。"),
    ]
    title = t(lang, "Data access registry", "数据访问控制")
    return explanation(facts, lang, "data_access", title, summary, roles, who, flows, risks)
