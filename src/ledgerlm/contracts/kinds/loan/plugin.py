"""Loan plugin: constructor arguments from the spec, an on-chain self-test against the Python schedule, state."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

from ledgerlm import units
from ledgerlm.config import load_config
from ledgerlm.contracts.kinds import base
from ledgerlm.contracts.kinds.base import BuildContext, ExplainFacts, Explanation, KindPlugin, check
from ledgerlm.contracts.kinds.loan import explainer, reference, template

STATUS = ("Created", "Funded", "Active", "Repaid", "Defaulted", "Cancelled")
#: Rows repaid one by one in the self-test before the rest is paid off with repayAll (keeps it near a second).
_SELF_TEST_ROWS = 3
#: Schedule rows compared with eth_call (all of them up to this many; else evenly spread, first and last included).
_ROWS_COMPARED = 24


def grace_period_seconds() -> int:
    """Grace after a missed due time before the lender may declare a default: [contracts] loan_grace_days."""
    days = load_config().get("contracts", {}).get("loan_grace_days", 7)
    return units.days_to_seconds(Decimal(str(days)), field="contracts.loan_grace_days")


class LoanPlugin(KindPlugin):
    kind = "loan"
    template: ClassVar[Any] = template
    party_roles = ("lender", "borrower")

    def constructor_args(self, spec: Any, ctx: BuildContext) -> list[Any]:
        terms = reference.terms_from_spec(spec, ctx.asset_decimals)
        return [
            ctx.parties["lender"],
            ctx.parties["borrower"],
            ctx.asset_address,
            terms.principal,
            terms.annual_rate_bps,
            terms.term_seconds,
            terms.period_seconds,
            terms.installment_bps,
            grace_period_seconds(),
        ]

    def self_test(self, chain: Any, artifact: Any, spec: Any, ctx: BuildContext) -> list[str]:
        ctx, substituted = base.keyed_context(chain, ctx)
        terms = reference.terms_from_spec(spec, ctx.asset_decimals)
        lender, borrower = ctx.parties["lender"], ctx.parties["borrower"]
        address = chain.deploy(artifact, self.constructor_args(spec, ctx)).address
        loan = chain.contract(address, artifact.abi)
        fn = loan.functions
        passed = [
            "deploys with the requested terms" + (" (dev accounts stand in for the parties)" if substituted else "")
        ]
        rows = reference.schedule(terms)
        check(
            chain.call(fn.periodsCount()) == len(rows),
            "period count matches the reference",
            f"{chain.call(fn.periodsCount())} != {len(rows)}",
        )
        step = max(1, -(-len(rows) // _ROWS_COMPARED))
        compared = sorted({*range(0, len(rows), step), len(rows) - 1})
        for i in compared:
            r = rows[i]
            got = tuple(chain.call(fn.scheduleRow(r.index)))
            want = (r.due_offset_seconds, r.principal_part, r.interest_part, r.outstanding_after)
            check(got == want, "schedule matches the Python reference", f"row {r.index}: {got} != {want}")
        passed.append(
            f"on-chain schedule equals the Python reference to the wei ({len(compared)} of {len(rows)} rows compared)"
        )

        base.give_asset(chain, ctx.asset, lender, terms.principal, sender=ctx.deployer)
        value = base.approve_asset(chain, ctx.asset, lender, address, terms.principal)
        chain.transact(fn.fund(), sender=base.signer(chain, lender), value=value, expect_events=("Funded",))
        before = base.asset_balance(chain, ctx.asset, borrower) if ctx.asset else None
        chain.transact(fn.draw(), sender=base.signer(chain, borrower), expect_events=("Drawn",))
        if ctx.asset:
            check(
                base.asset_balance(chain, ctx.asset, borrower) - before == terms.principal,
                "borrower receives the principal",
                "token balance did not grow by the principal",
            )
        passed.append("lender funds, borrower draws the principal")

        interest_total = reference.total_interest(terms)
        base.give_asset(chain, ctx.asset, borrower, interest_total, sender=ctx.deployer)
        paid = 0
        for r in rows[:_SELF_TEST_ROWS]:
            due = chain.call(fn.amountDue())
            check(due == r.total, "amount due equals the reference row", f"row {r.index}: {due} != {r.total}")
            value = base.approve_asset(chain, ctx.asset, borrower, address, due)
            chain.transact(fn.repay(), sender=base.signer(chain, borrower), value=value, expect_events=("Repaid",))
            paid += due
        if len(rows) > _SELF_TEST_ROWS:
            elapsed = chain.now() - chain.call(fn.startTime())
            p_part, i_part = reference.payoff(terms, _SELF_TEST_ROWS, elapsed + 1)
            value = base.approve_asset(chain, ctx.asset, borrower, address, p_part + i_part)
            result = chain.transact(
                fn.repayAll(), sender=base.signer(chain, borrower), value=value, expect_events=("RepaidInFull",)
            )
            event = result.event("RepaidInFull")["args"]
            check(
                (event["principalPart"], event["interestPart"]) == (p_part, i_part),
                "early payoff equals the reference",
                f"{event} != {(p_part, i_part)}",
            )
            paid += p_part + i_part
            passed.append("early repayment (repayAll) equals the reference payoff")
        else:
            check(
                paid == terms.principal + interest_total,
                "payments sum to principal plus interest",
                f"{paid} != {terms.principal} + {interest_total}",
            )
            passed.append("repayments sum to principal plus the reference interest")
        check(STATUS[chain.call(fn.status())] == "Repaid", "loan ends repaid", str(chain.call(fn.status())))
        check(chain.call(fn.totalRepaid()) == paid, "total repaid recorded", f"{chain.call(fn.totalRepaid())}")
        chain.transact(fn.withdraw(), sender=base.signer(chain, lender), expect_events=("Withdrawn",))
        check(
            base.asset_balance(chain, ctx.asset, address) == 0,
            "contract keeps nothing",
            "balance left after the lender withdrew",
        )
        passed.append("lender withdraws every repayment; the contract is left empty")
        return passed

    def read_state(self, chain: Any, address: str, abi: list[dict[str, Any]]) -> dict[str, Any]:
        return base.read_asset_state(chain, address, abi, STATUS)

    def explain(self, facts: ExplainFacts, lang: str) -> Explanation:
        return explainer.explain(facts, lang)


PLUGIN = LoanPlugin()
