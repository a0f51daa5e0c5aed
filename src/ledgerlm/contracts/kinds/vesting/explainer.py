"""Explain a vesting wallet: beneficiary, cliff, linear release, and the vesting table."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from ledgerlm import units
from ledgerlm.contracts.kinds.base import (
    ExplainFacts,
    Explanation,
    asset_of,
    fmt_amount,
    party,
    t,
)
from ledgerlm.contracts.kinds.explain_common import explanation, reply_lang
from ledgerlm.contracts.kinds.vesting import reference


def explain(facts: ExplainFacts, lang: str) -> Explanation:
    lang = reply_lang(lang)
    spec, state = facts.spec, facts.state
    symbol, decimals = asset_of(facts)
    beneficiary = str(state.get("owner") or party(facts, "beneficiary"))
    if "start" in state:
        terms = reference.VestingTerms(
            int(state["start"]), int(state["duration"]), int(state["cliff"]) - int(state["start"])
        )
        dated = True
    elif spec is not None and not spec.missing():
        terms = reference.terms_from_spec(spec, 0)
        dated = False
    else:
        terms, dated = None, False
    if state.get("total_allocation"):
        total = int(state["total_allocation"])
    elif spec is not None and spec.amount is not None:
        total = units.to_base_units(spec.amount, decimals)
    else:
        total = 0
    total_text = fmt_amount(units.from_base_units(total, decimals), symbol)

    def months(seconds: int) -> str:
        return f"{(Decimal(seconds) / units.MONTH_SECONDS).normalize():f}"

    summary = t(lang, f"{total_text} vest to {beneficiary}", f"{total_text} 归属给 {beneficiary}")
    schedule: list[dict[str, str]] = []
    if terms is not None:
        summary += t(
            lang,
            f" linearly over {months(terms.duration_seconds)} months; nothing can be released during the first "
            f"{months(terms.cliff_seconds)} months (the cliff), then the vested share is released on request.",
            f"，在 {months(terms.duration_seconds)} 个月内线性释放；前 {months(terms.cliff_seconds)} 个月（锁定期）"
            "内无法领取，之后可随时领取已归属的部分。",
        )
        for ts in reference.schedule_points(terms):
            when = (
                datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d")
                if dated
                else f"+{months(ts - terms.start)} " + t(lang, "months", "个月")
            )
            amount = reference.vested(total, terms, ts)
            schedule.append(
                {
                    t(lang, "time", "时间"): when,
                    t(lang, "vested", "已归属"): fmt_amount(units.from_base_units(amount, decimals), symbol),
                    t(lang, "share", "比例"): f"{(Decimal(amount) * 100 / total).quantize(Decimal('0.01'))}%"
                    if total
                    else "-",
                }
            )
    else:
        summary += "."
    if "releasableOfAsset" in state:
        summary += t(
            lang,
            f" Releasable now: {fmt_amount(units.from_base_units(int(state['releasableOfAsset']), decimals), symbol)}.",
            f" 当前可领取：{fmt_amount(units.from_base_units(int(state['releasableOfAsset']), decimals), symbol)}。",
        )
    roles = {
        "beneficiary": t(
            lang,
            f"{beneficiary}: owns the wallet and receives every release; can hand the wallet to another address",
            f"{beneficiary}：拥有该钱包并收到每次释放的资金；可以把钱包转让给其他地址",
        )
    }
    who = {
        "release": ("anyone (funds always go to the beneficiary)", "任何人（资金总是发给受益人）"),
        "releaseAsset": ("anyone (funds always go to the beneficiary)", "任何人（资金总是发给受益人）"),
        "transferOwnership": ("beneficiary", "受益人"),
        "renounceOwnership": ("beneficiary", "受益人"),
    }
    flows = [
        t(
            lang,
            f"funder -> wallet: {total_text} (with the deployment for ETH, or a token transfer)",
            f"出资人 -> 钱包：{total_text}（ETH 随部署转入，代币需另行转账）",
        ),
        t(
            lang,
            "wallet -> beneficiary: the vested, not yet released part, on release",
            "钱包 -> 受益人：调用 release 时发放已归属未领取的部分",
        ),
    ]
    risks = [
        t(
            lang,
            "Vesting cannot be cancelled or clawed back: whatever is sent to the wallet belongs to the "
            "beneficiary on schedule.",
            "归属无法取消或收回：转入钱包的资金都将按计划归受益人所有。",
        ),
        t(
            lang,
            "Anything sent to the wallet later vests on the same curve (including past time).",
            "之后再转入钱包的资金按同一曲线归属（包括已过去的时间）。",
        ),
        t(
            lang,
            "If the beneficiary renounces ownership, released funds go to the zero address.",
            "若受益人放弃所有权，之后释放的资金将发往零地址。",
        ),
    ]
    title = t(lang, "Vesting wallet", "归属（锁仓）钱包")
    return explanation(facts, lang, "vesting", title, summary, roles, who, flows, risks, schedule)
