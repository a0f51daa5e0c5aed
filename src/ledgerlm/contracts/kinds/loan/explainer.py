"""Explain a loan in words: who does what, where the money goes, the repayment table, the risks."""

from __future__ import annotations

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
from ledgerlm.contracts.kinds.loan import reference
from ledgerlm.contracts.messages import MESSAGES

_WHO = who_words(
    {
        "fund": "loan.who_fund",
        "cancel": "loan.who_cancel",
        "draw": "loan.who_draw",
        "repay": "loan.who_repay",
        "repayAll": "loan.who_repayAll",
        "withdraw": "loan.who_withdraw",
        "markDefault": "loan.who_markDefault",
    }
)


def explain(facts: ExplainFacts, lang: str) -> Explanation:
    lang = reply_lang(lang)
    state = facts.state
    symbol, decimals = asset_of(facts)
    lender, borrower = party(facts, "lender"), party(facts, "borrower")
    terms = _terms(facts, decimals)
    summary_bits: list[str] = []
    if terms is not None:
        principal = fmt_amount(units.from_base_units(terms.principal, decimals), symbol)
        rate = units.bps_to_pct(terms.annual_rate_bps).normalize()
        months = (Decimal(terms.term_seconds) / units.MONTH_SECONDS).normalize()
        n = reference.periods_count(terms)
        interest = fmt_amount(units.from_base_units(reference.total_interest(terms), decimals), symbol)
        inst = units.bps_to_pct(terms.installment_bps).normalize()
        summary_bits.append(
            MESSAGES.say(
                "loan.terms_installments" if terms.installment_bps else "loan.terms_interest_only",
                lang,
                lender=lender,
                principal=principal,
                borrower=borrower,
                months=months,
                rate=rate,
                n=n,
                inst=inst,
                interest=interest,
            )
        )
    if state:
        status = str(state.get("status", "?"))
        summary_bits.append(
            MESSAGES.say(
                "loan.status_late" if state.get("isLate") else "loan.status",
                lang,
                status=MESSAGES.say(_STATUS[status], lang) if status in _STATUS else status,
                paid=state.get("periodsPaid", 0),
                outstanding=fmt_amount(
                    units.from_base_units(int(state.get("outstandingPrincipal", 0)), decimals), symbol
                ),
            )
        )
    grace = _grace_seconds(state)
    grace_days = Decimal(grace) / Decimal(86_400)
    grace_words = MESSAGES.say("loan.grace_period", lang, days=grace_days.normalize())
    tolerance = Decimal(reference.PAYOFF_TOLERANCE_BPS) / 100
    roles = {
        "lender": MESSAGES.say("loan.lender_funds_the_loan", lang, lender=lender, grace=grace_words),
        "borrower": MESSAGES.say("loan.borrower_draws_the_principal", lang, borrower=borrower),
    }
    flows = [
        MESSAGES.say("loan.lender_contract_the_principal", lang, symbol=symbol),
        MESSAGES.say("loan.contract_borrower_the_principal", lang),
        MESSAGES.say("loan.borrower_contract_repay_takes", lang, tolerance=tolerance),
        MESSAGES.say("loan.contract_lender_all_repayments", lang),
    ]
    schedule = []
    if terms is not None:
        rows = reference.schedule_table(terms, decimals, symbol, int(state.get("startTime") or 0))
        head = {
            "#": MESSAGES.say("loan.column_number", lang),
            "due": MESSAGES.say("loan.column_due", lang),
            "principal": MESSAGES.say("loan.column_principal", lang),
            "interest": MESSAGES.say("loan.column_interest", lang),
            "total": MESSAGES.say("loan.column_total", lang),
            "outstanding": MESSAGES.say("loan.column_outstanding", lang),
        }
        schedule = [{head[k]: v for k, v in r.items()} for r in rows]
    risks = [
        MESSAGES.say("loan.if_the_borrower_does", lang),
        MESSAGES.say("loan.due_times_use_block", lang),
        MESSAGES.say("loan.repayments_wait_in_the", lang),
    ]
    title = (
        MESSAGES.say("loan.title_at", lang, address=state["address"])
        if state.get("address")
        else MESSAGES.say("loan.title", lang)
    )
    summary = " ".join(summary_bits) or MESSAGES.say("loan.a_fixed_term_loan", lang)
    who = {k: (v[0], v[1]) for k, v in _WHO.items()}
    return explanation(facts, lang, "loan", title, summary, roles, who, flows, risks, schedule)


def _grace_seconds(state: dict) -> int:
    """The grace period: from the chain when read, else the configured default the plugin deploys with."""
    if state.get("gracePeriodSeconds") is not None:
        return int(state["gracePeriodSeconds"])
    from ledgerlm.contracts.kinds.loan.plugin import grace_period_seconds

    return grace_period_seconds()


#: The message of each status the contract reports (its English text is the on-chain name itself).
_STATUS = {
    "Created": "loan.status_created",
    "Funded": "loan.status_funded",
    "Active": "loan.status_active",
    "Repaid": "loan.status_repaid",
    "Defaulted": "loan.status_defaulted",
    "Cancelled": "loan.status_cancelled",
}


def _terms(facts: ExplainFacts, decimals: int) -> reference.LoanTerms | None:
    """Terms from the chain when read (the truth), else from the spec."""
    s = facts.state
    if "principal" in s and "termSeconds" in s:
        return reference.LoanTerms(
            int(s["principal"]),
            int(s["annualRateBps"]),
            int(s["termSeconds"]),
            int(s["periodSeconds"]),
            int(s["installmentBps"]),
        )
    spec = facts.spec
    if spec is None or spec.missing():
        return None
    return reference.terms_from_spec(spec, decimals)
