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
)
from ledgerlm.contracts.kinds.explain_common import explanation, reply_lang, who_words
from ledgerlm.contracts.kinds.vesting import reference
from ledgerlm.contracts.messages import MESSAGES


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

    summary = MESSAGES.say("vesting.summary", lang, total=total_text, beneficiary=beneficiary)
    schedule: list[dict[str, str]] = []
    if terms is not None:
        summary += MESSAGES.say(
            "vesting.linearly_over_months_terms",
            lang,
            duration_months=months(terms.duration_seconds),
            cliff_months=months(terms.cliff_seconds),
        )
        for ts in reference.schedule_points(terms):
            when = (
                datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d")
                if dated
                else f"+{months(ts - terms.start)} " + MESSAGES.say("vesting.months", lang)
            )
            amount = reference.vested(total, terms, ts)
            schedule.append(
                {
                    MESSAGES.say("vesting.time", lang): when,
                    MESSAGES.say("vesting.vested", lang): fmt_amount(units.from_base_units(amount, decimals), symbol),
                    MESSAGES.say("vesting.share", lang): f"{(Decimal(amount) * 100 / total).quantize(Decimal('0.01'))}%"
                    if total
                    else "-",
                }
            )
    else:
        summary += "."
    if "releasableOfAsset" in state:
        summary += MESSAGES.say(
            "vesting.releasable_now_fmt_amount",
            lang,
            releasable=fmt_amount(units.from_base_units(int(state["releasableOfAsset"]), decimals), symbol),
        )
    roles = {"beneficiary": MESSAGES.say("vesting.beneficiary_owns_the_wallet", lang, beneficiary=beneficiary)}
    who = who_words(
        {
            "release": "vesting.who_release",
            "releaseAsset": "vesting.who_releaseAsset",
            "transferOwnership": "vesting.who_transferOwnership",
            "renounceOwnership": "vesting.who_renounceOwnership",
        }
    )
    flows = [
        MESSAGES.say("vesting.funder_flow", lang, total=total_text),
        MESSAGES.say("vesting.wallet_beneficiary_the_vested", lang),
    ]
    risks = [
        MESSAGES.say("vesting.vesting_cannot_be_cancelled", lang),
        MESSAGES.say("vesting.anything_sent_to_the", lang),
        MESSAGES.say("vesting.if_the_beneficiary_renounces", lang),
    ]
    title = MESSAGES.say("vesting.vesting_wallet", lang)
    return explanation(facts, lang, "vesting", title, summary, roles, who, flows, risks, schedule)
