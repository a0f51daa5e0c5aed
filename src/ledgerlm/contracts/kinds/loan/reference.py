"""The loan schedule in Python, integer for integer what LedgerLoan.sol computes on-chain.

Rules (mirrored exactly by the contract):
- periods = ceil(term / period); the last period is shorter when the term is not a multiple of the period;
- row i: outstanding = max(principal - i * installment, 0) with installment = principal * installment_bps // 10_000;
  principal part = min(installment, outstanding), except the last row, which pays all that is left;
  interest part = outstanding * annual_rate_bps * period_length // (10_000 * 360 days);
- early payoff at ``elapsed`` seconds after the draw: rows already due are owed in full, then the running period's
  interest pro rata to the seconds elapsed in it, plus all principal still outstanding;
- repayAll() in ETH accepts from the payoff up to ``PAYOFF_TOLERANCE_BPS`` above it and refunds the excess.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ledgerlm import units
from ledgerlm.units import BPS, YEAR_SECONDS

#: LedgerLoan.PAYOFF_TOLERANCE_BPS: how far above the exact payoff an ETH repayAll() may pay (refunded).
PAYOFF_TOLERANCE_BPS = 100


def payoff_ceiling(due: int) -> int:
    """The most an ETH repayAll() accepts when the payoff is ``due`` (the excess is refunded)."""
    return due + due * PAYOFF_TOLERANCE_BPS // BPS


@dataclass(frozen=True)
class LoanTerms:
    """Loan parameters in contract units (base units, basis points, seconds)."""

    principal: int
    annual_rate_bps: int
    term_seconds: int
    period_seconds: int
    installment_bps: int

    def __post_init__(self) -> None:
        if self.principal <= 0 or self.term_seconds <= 0 or not 0 < self.period_seconds <= self.term_seconds:
            raise ValueError(f"invalid loan terms: {self}")
        if not 0 <= self.installment_bps <= BPS or self.annual_rate_bps < 0:
            raise ValueError(f"invalid loan terms: {self}")


@dataclass(frozen=True)
class ScheduleRow:
    index: int
    due_offset_seconds: int  # seconds after the draw
    principal_part: int
    interest_part: int
    outstanding_after: int

    @property
    def total(self) -> int:
        return self.principal_part + self.interest_part


def terms_from_spec(spec: object, decimals: int) -> LoanTerms:
    """Spec (token units, percent, months) -> contract units, through the shared ``units`` helpers."""
    term_s = units.months_to_seconds(spec.term_months, field="term_months")  # type: ignore[attr-defined]
    period_months = spec.period_months  # type: ignore[attr-defined]
    installment = spec.installment_pct  # type: ignore[attr-defined]
    return LoanTerms(
        principal=units.to_base_units(spec.principal, decimals, field="principal"),  # type: ignore[attr-defined]
        annual_rate_bps=units.pct_to_bps(spec.annual_rate_pct, field="annual_rate_pct"),  # type: ignore[attr-defined]
        term_seconds=term_s,
        period_seconds=term_s
        if period_months is None
        else units.months_to_seconds(period_months, field="period_months"),
        installment_bps=0 if installment is None else units.pct_to_bps(installment, field="installment_pct"),
    )


def periods_count(terms: LoanTerms) -> int:
    return -(-terms.term_seconds // terms.period_seconds)


def _installment(terms: LoanTerms) -> int:
    return terms.principal * terms.installment_bps // BPS


def _outstanding_before(terms: LoanTerms, i: int) -> int:
    return max(terms.principal - i * _installment(terms), 0)


def _bounds(terms: LoanTerms, i: int) -> tuple[int, int]:
    start = i * terms.period_seconds
    end = terms.term_seconds if i + 1 == periods_count(terms) else start + terms.period_seconds
    return start, end


def _interest(terms: LoanTerms, outstanding: int, seconds: int) -> int:
    return outstanding * terms.annual_rate_bps * seconds // (BPS * YEAR_SECONDS)


def row(terms: LoanTerms, i: int) -> ScheduleRow:
    n = periods_count(terms)
    if not 0 <= i < n:
        raise IndexError(f"period {i} outside 0..{n - 1}")
    start, end = _bounds(terms, i)
    outstanding = _outstanding_before(terms, i)
    principal_part = outstanding if i + 1 == n else min(_installment(terms), outstanding)
    return ScheduleRow(i, end, principal_part, _interest(terms, outstanding, end - start), outstanding - principal_part)


def schedule(terms: LoanTerms) -> list[ScheduleRow]:
    return [row(terms, i) for i in range(periods_count(terms))]


def total_interest(terms: LoanTerms) -> int:
    return sum(r.interest_part for r in schedule(terms))


def payoff(terms: LoanTerms, periods_paid: int, elapsed_seconds: int) -> tuple[int, int]:
    """(principal, interest) repayAll() takes ``elapsed_seconds`` after the draw with ``periods_paid`` rows paid."""
    principal_part = interest_part = 0
    for i in range(periods_paid, periods_count(terms)):
        start, end = _bounds(terms, i)
        if elapsed_seconds >= end:
            r = row(terms, i)
            principal_part += r.principal_part
            interest_part += r.interest_part
        else:
            outstanding = _outstanding_before(terms, i)
            interest_part += _interest(terms, outstanding, max(elapsed_seconds - start, 0))
            principal_part += outstanding
            break
    return principal_part, interest_part


def schedule_table(terms: LoanTerms, decimals: int, symbol: str, start_time: int = 0) -> list[dict[str, str]]:
    """Rows for people: amounts in token units; due as days after the draw, or a UTC date once drawn."""
    from datetime import UTC, datetime

    out = []
    for r in schedule(terms):
        if start_time:
            due = datetime.fromtimestamp(start_time + r.due_offset_seconds, UTC).strftime("%Y-%m-%d %H:%M UTC")
        else:
            due = f"+{units.seconds_to_days(r.due_offset_seconds)}d"
        out.append(
            {
                "#": str(r.index + 1),
                "due": due,
                "principal": _fmt(r.principal_part, decimals, symbol),
                "interest": _fmt(r.interest_part, decimals, symbol),
                "total": _fmt(r.total, decimals, symbol),
                "outstanding": _fmt(r.outstanding_after, decimals, symbol),
            }
        )
    return out


def _fmt(amount: int, decimals: int, symbol: str) -> str:
    value: Decimal = units.from_base_units(amount, decimals)
    return f"{value.normalize():f} {symbol}"
