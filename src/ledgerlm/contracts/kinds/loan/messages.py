# ruff: noqa: E501 - sentences in two languages side by side (Chinese characters count double in line width)
"""What the loan explainer says, in English and Chinese side by side (merged into ``ledgerlm.contracts.messages``)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "loan.lender_funds_the_loan": {
        "en": "{lender}: funds the loan, may cancel before the draw, withdraws repayments, may declare a default only after {grace}",
        "zh": "{lender}：提供贷款资金，借款人提款前可取消，提取还款，{grace}过后才可宣布违约",
    },
    "loan.borrower_draws_the_principal": {
        "en": "{borrower}: draws the principal, repays each period or everything early",
        "zh": "{borrower}：提取本金，按期还款或提前一次还清",
    },
    "loan.lender_contract_the_principal": {
        "en": "lender -> contract: the principal ({symbol}) on fund()",
        "zh": "出借人 -> 合约：fund() 时转入本金（{symbol}）",
    },
    "loan.contract_borrower_the_principal": {
        "en": "contract -> borrower: the principal on draw()",
        "zh": "合约 -> 借款人：draw() 时发放本金",
    },
    "loan.borrower_contract_repay_takes": {
        "en": "borrower -> contract: repay() takes exactly amountDue(), the next schedule row (principal part plus interest); repayAll() takes the payoff at the second it is mined (overdue rows in full, the outstanding principal, interest of the running period pro rata): read payoffAmount() and send it plus a margin of up to {tolerance:f}% in ETH; the excess is refunded in the same transaction (in a token, approve that much: exactly the payoff is taken)",
        "zh": "借款人 -> 合约：repay() 恰好收取 amountDue()，即下一期的本金加利息；repayAll() 收取交易被打包那一秒的提前还款额（逾期各期全额、剩余本金、当期按秒计的利息）：读取 payoffAmount() 后在 ETH 中最多多付 {tolerance:f}%，多付部分在同一笔交易中退回（代币则授权这么多：只收取实际应还金额）",
    },
    "loan.contract_lender_all_repayments": {
        "en": "contract -> lender: all repayments on withdraw(); funds can reach no one else",
        "zh": "合约 -> 出借人：withdraw() 提取全部还款；资金不会流向其他任何人",
    },
    "loan.if_the_borrower_does": {
        "en": "If the borrower does not pay, the lender can only declare a default on-chain; there is no collateral, so recovery happens off-chain.",
        "zh": "借款人不还款时，出借人只能在链上宣布违约；本合约没有抵押品，追偿需在链下进行。",
    },
    "loan.due_times_use_block": {
        "en": "Due times use block timestamps, which validators can shift by a few seconds.",
        "zh": "到期判断使用区块时间戳，出块者可以将其偏移几秒。",
    },
    "loan.repayments_wait_in_the": {
        "en": "Repayments wait in the contract until the lender calls withdraw().",
        "zh": "还款会留在合约中，直到出借人调用 withdraw() 提取。",
    },
    "loan.a_fixed_term_loan": {
        "en": "A fixed-term loan.",
        "zh": "一份固定期限的借贷合约。",
    },
    "loan.grace_period": {
        "en": "the grace period of {days:f} day(s) after a missed due time",
        "zh": "逾期后 {days:f} 天的宽限期",
    },
    "loan.title_at": {"en": "Loan contract at {address}", "zh": "借贷合约 {address}"},
    "loan.title": {"en": "Loan contract", "zh": "借贷合约"},
    "loan.status": {
        "en": "Status now: {status}; {paid} period(s) paid, outstanding principal {outstanding}.",
        "zh": "当前状态：{status}；已还 {paid} 期，剩余本金 {outstanding}。",
    },
    "loan.status_late": {
        "en": "Status now: {status}; {paid} period(s) paid, outstanding principal {outstanding}; the next payment is LATE.",
        "zh": "当前状态：{status}；已还 {paid} 期，剩余本金 {outstanding}；下一期已逾期。",
    },
    "loan.terms_installments": {
        "en": "{lender} lends {principal} to {borrower} for {months:f} months at {rate:f}% a year, repaid in {n} payment(s), each returning {inst:f}% of the principal; the rest of the principal is due at maturity. Interest over the full term: {interest}.",
        "zh": "{lender} 向 {borrower} 出借 {principal}，期限 {months:f} 个月，年利率 {rate:f}%，分 {n} 期还款，每期归还本金的 {inst:f}%；到期时还清剩余本金。全期利息合计 {interest}。",
    },
    "loan.terms_interest_only": {
        "en": "{lender} lends {principal} to {borrower} for {months:f} months at {rate:f}% a year, repaid in {n} payment(s), interest only until maturity; the rest of the principal is due at maturity. Interest over the full term: {interest}.",
        "zh": "{lender} 向 {borrower} 出借 {principal}，期限 {months:f} 个月，年利率 {rate:f}%，分 {n} 期还款，到期前只付利息；到期时还清剩余本金。全期利息合计 {interest}。",
    },
    "loan.who_fund": {"en": "lender", "zh": "出借人"},
    "loan.who_cancel": {"en": "lender, before the draw", "zh": "出借人（借款人提款前）"},
    "loan.who_draw": {"en": "borrower", "zh": "借款人"},
    "loan.who_repay": {"en": "borrower", "zh": "借款人"},
    "loan.who_repayAll": {"en": "borrower", "zh": "借款人"},
    "loan.who_withdraw": {"en": "lender", "zh": "出借人"},
    "loan.who_markDefault": {"en": "lender, after the grace period", "zh": "出借人（宽限期过后）"},
    "loan.status_created": {"en": "Created", "zh": "已创建"},
    "loan.status_funded": {"en": "Funded", "zh": "已注资"},
    "loan.status_active": {"en": "Active", "zh": "还款中"},
    "loan.status_repaid": {"en": "Repaid", "zh": "已还清"},
    "loan.status_defaulted": {"en": "Defaulted", "zh": "已违约"},
    "loan.status_cancelled": {"en": "Cancelled", "zh": "已取消"},
    "loan.column_number": {"en": "#", "zh": "期数"},
    "loan.column_due": {"en": "due", "zh": "到期"},
    "loan.column_principal": {"en": "principal", "zh": "本金"},
    "loan.column_interest": {"en": "interest", "zh": "利息"},
    "loan.column_total": {"en": "total", "zh": "合计"},
    "loan.column_outstanding": {"en": "outstanding", "zh": "剩余本金"},
}
