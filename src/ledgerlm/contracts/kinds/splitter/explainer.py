"""Explain a splitter: who gets which part of every payment, and that each payee pulls its own part."""

from __future__ import annotations

from decimal import Decimal

from ledgerlm import units
from ledgerlm.contracts.kinds.base import ExplainFacts, Explanation, t
from ledgerlm.contracts.kinds.explain_common import explanation, reply_lang


def _pct(share: Decimal | int, total: Decimal | int) -> str:
    value = (Decimal(share) * 100 / Decimal(total)).quantize(Decimal("0.01"))
    return f"{value.normalize():f}%"


def explain(facts: ExplainFacts, lang: str) -> Explanation:
    lang = reply_lang(lang)
    spec, state = facts.spec, facts.state
    payees = list(state.get("payees") or facts.parties.get("payees") or getattr(spec, "payees", None) or [])
    shares = list(state.get("shares") or getattr(spec, "shares", None) or [])
    total = sum(Decimal(x) for x in shares) or Decimal(1)
    parts = [(str(p), _pct(s, total)) for p, s in zip(payees, shares, strict=False)]
    listed_en = ", ".join(f"{p} {pct}" for p, pct in parts) or "?"
    listed_zh = "，".join(f"{p} {pct}" for p, pct in parts) or "?"
    summary = t(
        lang,
        f"Every payment sent to this contract, in ETH or any ERC-20 token, is split among {len(parts)} payees: "
        f"{listed_en}. Nobody sends the money out: each payee calls release() (ETH) or releaseToken(token) to pull "
        "their part of everything received so far. The payees and shares cannot be changed.",
        f"转入本合约的每一笔款项（以太币或任何 ERC-20 代币）都按比例分给 {len(parts)} 位收款人：{listed_zh}。"
        "合约不会主动打款：每位收款人调用 release()（以太币）或 releaseToken(token) 领取自己应得的部分。"
        "收款人和份额部署后不能更改。",
    )
    roles = {
        f"payee {i + 1}": t(
            lang,
            f"{p}: receives {pct} of every payment, pulls it with release()",
            f"{p}：获得每笔收入的 {pct}，调用 release() 领取",
        )
        for i, (p, pct) in enumerate(parts)
    }
    roles["anyone"] = t(lang, "may pay into the contract", "可以向合约付款")
    who = {"release": ("a payee, for itself", "收款人本人"), "releaseToken": ("a payee, for itself", "收款人本人")}
    flows = [
        t(lang, "anyone -> contract: ETH or tokens", "任何人 -> 合约：以太币或代币"),
        t(
            lang,
            "contract -> payee: its share of all receipts minus what it already pulled",
            "合约 -> 收款人：全部收入中其份额减去已领取部分",
        ),
    ]
    if state.get("released"):
        for p, amount in zip(payees, state["released"], strict=False):
            flows.append(
                t(
                    lang,
                    f"released to {p} so far: {units.from_base_units(int(amount), 18).normalize():f} ETH",
                    f"已付给 {p}：{units.from_base_units(int(amount), 18).normalize():f} ETH",
                )
            )
    risks = [
        t(
            lang,
            "A payee that never calls release() leaves its part in the contract; it is never given to others.",
            "收款人不领取时，其份额一直留在合约中，不会分给别人。",
        ),
        t(
            lang,
            "Parts are floored to the smallest unit: a few wei can stay in the contract.",
            "按最小单位向下取整：可能有几 wei 留在合约中。",
        ),
        t(lang, "Fee-on-transfer or rebasing tokens are not supported.", "不支持转账扣费或自动增减余额的代币。"),
    ]
    title = t(lang, "Payment splitter", "分账合约")
    return explanation(facts, lang, "splitter", title, summary, roles, who, flows, risks)
