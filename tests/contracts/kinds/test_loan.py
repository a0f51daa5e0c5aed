"""Loan: the Python reference schedule and the on-chain LedgerLoan agree to the wei, and payments sum right."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledgerlm.contracts.kinds import get_plugin
from ledgerlm.contracts.kinds.base import ZERO_ADDRESS, BuildContext
from ledgerlm.contracts.kinds.loan import reference
from ledgerlm.contracts.kinds.loan.reference import LoanTerms
from ledgerlm.contracts.spec import build_spec
from ledgerlm.errors import ContractReverted, SpecError
from ledgerlm.units import DAY_SECONDS, MONTH_SECONDS

from .conftest import accounts, compile_kind, rolled_back

CHAIN_SETTINGS = settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


@st.composite
def loan_terms(draw: st.DrawFn, max_periods: int = 10, max_principal: int = 10**22) -> LoanTerms:
    period = draw(st.integers(1, 90)) * DAY_SECONDS + draw(st.integers(0, DAY_SECONDS))
    periods = draw(st.integers(1, max_periods))
    term = period if periods == 1 else period * (periods - 1) + draw(st.integers(1, period))  # last may be shorter
    return LoanTerms(
        principal=draw(st.integers(1, max_principal)),
        annual_rate_bps=draw(st.integers(0, 100_00)),
        term_seconds=term,
        period_seconds=period,
        installment_bps=draw(st.sampled_from([0, 10_000]) | st.integers(0, 10_000)),
    )


# -- the reference on its own ------------------------------------------------------------------------------
@given(loan_terms(max_periods=60, max_principal=10**30))
@settings(max_examples=200, deadline=None)
def test_reference_principal_parts_sum_to_principal(terms: LoanTerms) -> None:
    rows = reference.schedule(terms)
    assert sum(r.principal_part for r in rows) == terms.principal
    assert rows[-1].outstanding_after == 0 and rows[-1].due_offset_seconds == terms.term_seconds
    outstanding = [terms.principal] + [r.outstanding_after for r in rows]
    assert all(a >= b for a, b in itertools.pairwise(outstanding))
    assert len(rows) == -(-terms.term_seconds // terms.period_seconds)


@given(loan_terms(max_periods=30, max_principal=10**30), st.data())
@settings(max_examples=200, deadline=None)
def test_reference_payoff_is_never_more_than_the_schedule(terms: LoanTerms, data: st.DataObject) -> None:
    rows = reference.schedule(terms)
    paid = data.draw(st.integers(0, len(rows) - 1))
    elapsed = data.draw(st.integers(0, terms.term_seconds + 400 * DAY_SECONDS))
    principal, interest = reference.payoff(terms, paid, elapsed)
    assert principal == sum(r.principal_part for r in rows[paid:])
    assert interest <= sum(r.interest_part for r in rows[paid:])
    if elapsed >= terms.term_seconds:  # at or after maturity the payoff is the rest of the schedule
        assert interest == sum(r.interest_part for r in rows[paid:])


def test_reference_seed_example_by_hand() -> None:
    """3 months, 5% a year, monthly, 10% of 1000 principal per period (the issue's seed request)."""
    terms = LoanTerms(
        principal=1000 * 10**18,
        annual_rate_bps=500,
        term_seconds=3 * MONTH_SECONDS,
        period_seconds=MONTH_SECONDS,
        installment_bps=1000,
    )
    rows = reference.schedule(terms)
    month_interest = [
        1000 * 10**18 * 500 * MONTH_SECONDS // (10_000 * 12 * MONTH_SECONDS),
        900 * 10**18 * 500 * MONTH_SECONDS // (10_000 * 12 * MONTH_SECONDS),
        800 * 10**18 * 500 * MONTH_SECONDS // (10_000 * 12 * MONTH_SECONDS),
    ]
    assert [r.interest_part for r in rows] == month_interest
    assert [r.principal_part for r in rows] == [100 * 10**18, 100 * 10**18, 800 * 10**18]


def test_interest_only_and_single_payment_specs() -> None:
    only = reference.terms_from_spec(
        build_spec("loan", {"principal": 100, "annual_rate_pct": 12, "term_months": 6, "period_months": 1}), 6
    )
    rows = reference.schedule(only)
    assert [r.principal_part for r in rows] == [0] * 5 + [100 * 10**6]
    assert all(r.interest_part == 1 * 10**6 for r in rows)  # 1% a month on 100
    single = reference.terms_from_spec(
        build_spec("loan", {"principal": 100, "annual_rate_pct": 12, "term_months": 6}), 6
    )
    assert [(r.principal_part, r.interest_part) for r in reference.schedule(single)] == [(100 * 10**6, 6 * 10**6)]


def test_spec_values_finer_than_the_contract_are_refused() -> None:
    spec = build_spec("loan", {"principal": Decimal("1.0000001"), "annual_rate_pct": 5, "term_months": 3})
    with pytest.raises(SpecError, match="principal"):
        reference.terms_from_spec(spec, 6)
    spec = build_spec("loan", {"principal": 1, "annual_rate_pct": Decimal("5.125"), "term_months": 3})
    with pytest.raises(SpecError, match="annual_rate_pct"):
        reference.terms_from_spec(spec, 18)


# -- on the chain ------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def loan_artifact(module_env):  # noqa: ANN001, ANN201
    return compile_kind("loan", {"principal": 1, "annual_rate_pct": 1, "term_months": 1})


def _deploy(chain, artifact, terms: LoanTerms, asset: str = ZERO_ADDRESS, grace: int = 7 * DAY_SECONDS):  # noqa: ANN001, ANN202
    lender, borrower = accounts(chain, 2)
    args = [
        lender,
        borrower,
        asset,
        terms.principal,
        terms.annual_rate_bps,
        terms.term_seconds,
        terms.period_seconds,
        terms.installment_bps,
        grace,
    ]
    address = chain.deploy(artifact, args).address
    return chain.contract(address, artifact.abi).functions, address, lender, borrower


@given(terms=loan_terms())
@CHAIN_SETTINGS
def test_chain_schedule_and_payments_match_the_reference(chain, loan_artifact, terms: LoanTerms) -> None:  # noqa: ANN001
    """Invariant: loan payments sum to principal plus the reference interest, row by row to the wei."""
    with rolled_back(chain):
        fn, address, lender, borrower = _deploy(chain, loan_artifact, terms)
        rows = reference.schedule(terms)
        assert chain.call(fn.periodsCount()) == len(rows)
        for r in rows:
            assert tuple(chain.call(fn.scheduleRow(r.index))) == (
                r.due_offset_seconds,
                r.principal_part,
                r.interest_part,
                r.outstanding_after,
            )
        chain.transact(fn.fund(), sender=chain.account(lender), value=terms.principal)
        chain.transact(fn.draw(), sender=chain.account(borrower))
        paid = 0
        for r in rows:
            due = chain.call(fn.amountDue())
            assert due == r.total
            result = chain.transact(fn.repay(), sender=chain.account(borrower), value=due)
            evt = result.event("Repaid")["args"]
            assert (evt["principalPart"], evt["interestPart"]) == (r.principal_part, r.interest_part)
            paid += due
        assert paid == terms.principal + reference.total_interest(terms)
        assert chain.call(fn.totalRepaid()) == paid and chain.call(fn.status()) == 3  # Repaid
        assert chain.balance(address) == paid
        with pytest.raises(ContractReverted):
            chain.transact(fn.repay(), sender=chain.account(borrower), value=0)


@given(terms=loan_terms(max_periods=6), data=st.data())
@CHAIN_SETTINGS
def test_chain_early_payoff_matches_the_reference(
    chain,
    loan_artifact,
    terms: LoanTerms,  # noqa: ANN001
    data: st.DataObject,
) -> None:
    with rolled_back(chain):
        fn, address, lender, borrower = _deploy(chain, loan_artifact, terms)
        chain.transact(fn.fund(), sender=chain.account(lender), value=terms.principal)
        chain.transact(fn.draw(), sender=chain.account(borrower))
        start = chain.call(fn.startTime())
        rows = reference.schedule(terms)
        paid_rows = data.draw(st.integers(0, len(rows) - 1), label="rows repaid first")
        for _ in range(paid_rows):
            chain.transact(fn.repay(), sender=chain.account(borrower), value=chain.call(fn.amountDue()))
        skip = data.draw(st.integers(0, terms.term_seconds + 30 * DAY_SECONDS), label="seconds later")
        if skip:
            chain.increase_time(skip)
        elapsed = chain.now() + 1 - start  # the payoff transaction is mined in the next block
        principal, interest = reference.payoff(terms, paid_rows, elapsed)
        quoted = chain.call(fn.payoffAmount())
        due = principal + interest
        # the borrower pays what they read plus a margin within the stated tolerance; the excess comes back
        margin = data.draw(st.integers(0, reference.payoff_ceiling(due) - due), label="margin above the payoff")
        held = chain.balance(address)
        result = chain.transact(fn.repayAll(), sender=chain.account(borrower), value=due + margin)
        evt = result.event("RepaidInFull")["args"]
        assert (evt["principalPart"], evt["interestPart"]) == (principal, interest)
        if margin:
            assert result.event("Refunded")["args"]["amount"] == margin
        assert chain.balance(address) == held + due  # exactly the payoff stays for the lender
        assert quoted <= principal + interest  # quoted one second earlier: interest only grows
        repaid_principal = sum(r.principal_part for r in rows[:paid_rows]) + principal
        assert repaid_principal == terms.principal
        chain.transact(fn.withdraw(), sender=chain.account(lender))
        assert chain.balance(address) == 0


def test_repay_all_accepts_a_quote_read_earlier_and_refuses_outside_the_tolerance(
    chain,
    loan_artifact,  # noqa: ANN001
) -> None:
    terms = LoanTerms(
        principal=10**18,
        annual_rate_bps=1200,
        term_seconds=360 * DAY_SECONDS,
        period_seconds=30 * DAY_SECONDS,
        installment_bps=800,
    )
    with rolled_back(chain):
        fn, address, lender, borrower = _deploy(chain, loan_artifact, terms)
        chain.transact(fn.fund(), sender=chain.account(lender), value=terms.principal)
        chain.transact(fn.draw(), sender=chain.account(borrower))
        chain.increase_time(45 * DAY_SECONDS)
        quoted = chain.call(fn.payoffAmount())
        with pytest.raises(ContractReverted, match="WrongAmount"):  # more than the tolerance above the payoff
            chain.transact(
                fn.repayAll(), sender=chain.account(borrower), value=reference.payoff_ceiling(quoted) + 10**15
            )
        with pytest.raises(ContractReverted, match="WrongAmount"):  # less than the payoff
            chain.transact(fn.repayAll(), sender=chain.account(borrower), value=quoted - 1)
        chain.increase_time(60)  # the borrower sends a minute after reading the quote, with a 0.5% margin
        sent = quoted + quoted * 50 // 10_000
        result = chain.transact(fn.repayAll(), sender=chain.account(borrower), value=sent)
        evt = result.event("RepaidInFull")["args"]
        paid = evt["principalPart"] + evt["interestPart"]
        assert paid > quoted and result.event("Refunded")["args"]["amount"] == sent - paid
        assert chain.balance(address) == paid


def test_late_status_and_default_only_after_the_grace_period(chain, loan_artifact) -> None:  # noqa: ANN001
    terms = LoanTerms(10**18, 1200, 3 * MONTH_SECONDS, MONTH_SECONDS, 2000)
    with rolled_back(chain):
        fn, _, lender, borrower = _deploy(chain, loan_artifact, terms, grace=5 * DAY_SECONDS)
        with pytest.raises(ContractReverted, match="Unauthorized"):
            chain.transact(fn.fund(), sender=chain.account(borrower), value=terms.principal)
        with pytest.raises(ContractReverted, match="WrongAmount"):
            chain.transact(fn.fund(), sender=chain.account(lender), value=terms.principal - 1)
        chain.transact(fn.fund(), sender=chain.account(lender), value=terms.principal)
        chain.transact(fn.draw(), sender=chain.account(borrower))
        assert chain.call(fn.isLate()) is False
        chain.increase_time(MONTH_SECONDS + 60)
        assert chain.call(fn.isLate()) is True
        with pytest.raises(ContractReverted, match="GracePeriodNotOver"):
            chain.transact(fn.markDefault(), sender=chain.account(lender))
        chain.increase_time(5 * DAY_SECONDS)
        with pytest.raises(ContractReverted, match="Unauthorized"):
            chain.transact(fn.markDefault(), sender=chain.account(borrower))
        chain.transact(fn.markDefault(), sender=chain.account(lender), expect_events=("Defaulted",))
        assert chain.call(fn.status()) == 4  # Defaulted
        with pytest.raises(ContractReverted, match="WrongStatus"):
            chain.transact(fn.repay(), sender=chain.account(borrower), value=chain.call(fn.amountDue()))


def test_erc20_loan_moves_tokens_exactly(chain, loan_artifact, test_token) -> None:  # noqa: ANN001
    from ledgerlm.contracts.kinds import base

    terms = LoanTerms(5_000 * 10**6, 800, 4 * MONTH_SECONDS, MONTH_SECONDS, 2500)
    with rolled_back(chain):
        fn, address, lender, borrower = _deploy(chain, loan_artifact, terms, asset=test_token)
        deployer = chain.default_account.address
        base.give_asset(chain, test_token, lender, terms.principal, sender=deployer)
        base.give_asset(chain, test_token, borrower, reference.total_interest(terms), sender=deployer)
        with pytest.raises(ContractReverted):
            chain.transact(fn.fund(), sender=chain.account(lender))  # no allowance yet
        base.approve_asset(chain, test_token, lender, address, terms.principal)
        chain.transact(fn.fund(), sender=chain.account(lender))
        chain.transact(fn.draw(), sender=chain.account(borrower))
        for _ in reference.schedule(terms):
            base.approve_asset(chain, test_token, borrower, address, chain.call(fn.amountDue()))
            chain.transact(fn.repay(), sender=chain.account(borrower))
        assert base.asset_balance(chain, test_token, borrower) == 0  # paid exactly principal + interest
        chain.transact(fn.withdraw(), sender=chain.account(lender))
        assert base.asset_balance(chain, test_token, lender) == terms.principal + reference.total_interest(terms)


def test_plugin_constructor_args_use_the_shared_units() -> None:
    spec = build_spec(
        "loan",
        {
            "principal": Decimal("1000.5"),
            "annual_rate_pct": Decimal("4.25"),
            "term_months": 7,
            "period_months": 2,
            "installment_pct": 10,
        },
    )
    ctx = BuildContext(
        asset=None,
        asset_decimals=18,
        parties={"lender": "0x" + "1" * 40, "borrower": "0x" + "2" * 40},
        deployer="0x" + "1" * 40,
        now=0,
    )
    args = get_plugin("loan").constructor_args(spec, ctx)
    assert args[2:8] == [ZERO_ADDRESS, 1000_5 * 10**17, 425, 7 * MONTH_SECONDS, 2 * MONTH_SECONDS, 1000]
    assert get_plugin("loan").roles(spec) == ["lender", "borrower"]
