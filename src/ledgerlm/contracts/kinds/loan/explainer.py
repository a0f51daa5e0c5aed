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
    t,
)
from ledgerlm.contracts.kinds.explain_common import explanation, reply_lang
from ledgerlm.contracts.kinds.loan import reference

_WHO = {
    "fund": ("lender", "出借人"),
    "cancel": ("lender, before the draw", "出借人（借款人提款前）"),
    "draw": ("borrower", "借款人"),
    "repay": ("borrower", "借款人"),
    "repayAll": ("borrower", "借款人"),
    "withdraw": ("lender", "出借人"),
    "markDefault": ("lender, after the grace period", "出借人（宽限期过后）"),
}


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
            t(
                lang,
                f"{lender} lends {principal} to {borrower} for {months:f} months at {rate:f}% a year, repaid in "
                f"{n} payment(s)"
                + (
                    f", each returning {inst:f}% of the principal"
                    if terms.installment_bps
                    else ", interest only until maturity"
                )
                + f"; the rest of the principal is due at maturity. Interest over the full term: {interest}.",
                f"{lender} 向 {borrower} 出借 {principal}，期限 {months:f} 个月，年利率 {rate:f}%，分 {n} 期还款"
                + (f"，每期归还本金的 {inst:f}%" if terms.installment_bps else "，到期前只付利息")
                + f"；到期时还清剩余本金。全期利息合计 {interest}。",
            )
        )
    if state:
        status = str(state.get("status", "?"))
        summary_bits.append(
            t(
                lang,
                f"Status now: {status}; {state.get('periodsPaid', 0)} period(s) paid, outstanding principal "
                f"{fmt_amount(units.from_base_units(int(state.get('outstandingPrincipal', 0)), decimals), symbol)}"
                + ("; the next payment is LATE." if state.get("isLate") else "."),
                f"当前状态：{_STATUS_ZH.get(status, status)}；已还 {state.get('periodsPaid', 0)} 期，剩余本金 "
                f"{fmt_amount(units.from_base_units(int(state.get('outstandingPrincipal', 0)), decimals), symbol)}"
                + ("；下一期已逾期。" if state.get("isLate") else "。"),
            )
        )
    grace = _grace_seconds(state)
    grace_days = Decimal(grace) / Decimal(86_400)
    grace_en = f"the grace period of {grace_days.normalize():f} day(s) after a missed due time"
    grace_zh = f"逾期后 {grace_days.normalize():f} 天的宽限期"
    tolerance = Decimal(reference.PAYOFF_TOLERANCE_BPS) / 100
    roles = {
        "lender": t(
            lang,
            f"{lender}: funds the loan, may cancel before the draw, withdraws repayments, may declare "
            f"a default only after {grace_en}",
            f"{lender}：提供贷款资金，借款人提款前可取消，提取还款，{grace_zh}过后才可宣布违约",
        ),
        "borrower": t(
            lang,
            f"{borrower}: draws the principal, repays each period or everything early",
            f"{borrower}：提取本金，按期还款或提前一次还清",
        ),
    }
    flows = [
        t(
            lang,
            f"lender -> contract: the principal ({symbol}) on fund()",
            f"出借人 -> 合约：fund() 时转入本金（{symbol}）",
        ),
        t(lang, "contract -> borrower: the principal on draw()", "合约 -> 借款人：draw() 时发放本金"),
        t(
            lang,
            "borrower -> contract: repay() takes exactly amountDue(), the next schedule row (principal part "
            "plus interest); repayAll() takes the payoff at the second it is mined (overdue rows in full, the "
            "outstanding principal, interest of the running period pro rata): read payoffAmount() and send it "
            f"plus a margin of up to {tolerance:f}% in ETH; the excess is refunded in the same transaction "
            "(in a token, approve that much: exactly the payoff is taken)",
            "借款人 -> 合约：repay() 恰好收取 amountDue()，即下一期的本金加利息；repayAll() 收取交易被打包那一秒的"
            "提前还款额（逾期各期全额、剩余本金、当期按秒计的利息）：读取 payoffAmount() 后在 ETH 中最多多付 "
            f"{tolerance:f}%，多付部分在同一笔交易中退回（代币则授权这么多：只收取实际应还金额）",
        ),
        t(
            lang,
            "contract -> lender: all repayments on withdraw(); funds can reach no one else",
            "合约 -> 出借人：withdraw() 提取全部还款；资金不会流向其他任何人",
        ),
    ]
    schedule = []
    if terms is not None:
        rows = reference.schedule_table(terms, decimals, symbol, int(state.get("startTime") or 0))
        head = (
            {
                "#": "#",
                "due": "due",
                "principal": "principal",
                "interest": "interest",
                "total": "total",
                "outstanding": "outstanding",
            }
            if lang == "en"
            else {
                "#": "期数",
                "due": "到期",
                "principal": "本金",
                "interest": "利息",
                "total": "合计",
                "outstanding": "剩余本金",
            }
        )
        schedule = [{head[k]: v for k, v in r.items()} for r in rows]
    risks = [
        t(
            lang,
            "If the borrower does not pay, the lender can only declare a default on-chain; there is no "
            "collateral, so recovery happens off-chain.",
            "借款人不还款时，出借人只能在链上宣布违约；本合约没有抵押品，追偿需在链下进行。",
        ),
        t(
            lang,
            "Due times use block timestamps, which validators can shift by a few seconds.",
            "到期判断使用区块时间戳，出块者可以将其偏移几秒。",
        ),
        t(
            lang,
            "Repayments wait in the contract until the lender calls withdraw().",
            "还款会留在合约中，直到出借人调用 withdraw() 提取。",
        ),
    ]
    title = t(
        lang,
        f"Loan contract at {state['address']}" if state.get("address") else "Loan contract",
        f"借贷合约 {state['address']}" if state.get("address") else "借贷合约",
    )
    summary = " ".join(summary_bits) or t(lang, "A fixed-term loan.", "一份固定期限的借贷合约。")
    who = {k: (v[0], v[1]) for k, v in _WHO.items()}
    return explanation(facts, lang, "loan", title, summary, roles, who, flows, risks, schedule)


def _grace_seconds(state: dict) -> int:
    """The grace period: from the chain when read, else the configured default the plugin deploys with."""
    if state.get("gracePeriodSeconds") is not None:
        return int(state["gracePeriodSeconds"])
    from ledgerlm.contracts.kinds.loan.plugin import grace_period_seconds

    return grace_period_seconds()


_STATUS_ZH = {
    "Created": "已创建",
    "Funded": "已注资",
    "Active": "还款中",
    "Repaid": "已还清",
    "Defaulted": "已违约",
    "Cancelled": "已取消",
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
