"""Splitter plugin: payees pull their share of every ETH or ERC-20 payment; the self-test proves the split."""

from __future__ import annotations

from typing import Any, ClassVar

from ledgerlm.contracts.kinds import base
from ledgerlm.contracts.kinds.base import (
    BuildContext,
    ExplainFacts,
    Explanation,
    KindPlugin,
    check,
    expect_revert,
)
from ledgerlm.contracts.kinds.splitter import explainer, reference, template
from ledgerlm.contracts.kinds.splitter.spec import integer_shares
from ledgerlm.errors import SpecError


class SplitterPlugin(KindPlugin):
    kind = "splitter"
    template: ClassVar[Any] = template
    party_roles = ("payees",)

    def constructor_args(self, spec: Any, ctx: BuildContext) -> list[Any]:
        payees = base.distinct_addresses(ctx, "payees")
        shares = integer_shares(list(spec.shares))
        if len(payees) != len(shares):
            raise SpecError("payees", f"{len(payees)} payees for {len(shares)} shares")
        return [payees, shares]

    def self_test(self, chain: Any, artifact: Any, spec: Any, ctx: BuildContext) -> list[str]:
        self.constructor_args(spec, ctx)  # the real payees must be valid before stand-ins play them
        ctx, substituted = base.keyed_context(chain, ctx)
        payees, shares = self.constructor_args(spec, ctx)
        address = chain.deploy(artifact, [payees, shares]).address
        fn = chain.contract(address, artifact.abi).functions
        check(
            [chain.call(fn.shares(p)) for p in payees] == shares and chain.call(fn.totalShares()) == sum(shares),
            "payees and shares as requested",
            "shares differ",
        )
        passed = ["payees and shares as requested" + (" (dev accounts stand in for the payees)" if substituted else "")]
        outsider = next(a.address for a in chain.dev_accounts if a.address not in payees and a.address != ctx.deployer)
        received = 0
        for payment in (10**18 + 7, 3 * 10**17 + 1):  # odd amounts: the floors are exercised
            chain.send_eth(address, payment, sender=chain.account(ctx.deployer))
            received += payment
            for payee, share in zip(payees[:-1] if payment > 10**18 else payees, shares, strict=False):
                want = reference.due(received, share, sum(shares), chain.call(fn.released(payee)))
                check(chain.call(fn.releasable(payee)) == want, "releasable equals the reference", payee)
                if want > 0:
                    chain.transact(fn.release(), sender=chain.account(payee), expect_events=("PaymentReleased",))
        want_all = reference.entitlements(received, shares)
        got = [chain.call(fn.released(p)) for p in payees]
        check(got == want_all, "released amounts proportional to shares", f"{got} != {want_all}")
        check(
            sum(got) <= received and chain.balance(address) == received - sum(got),
            "never more than received",
            "balance",
        )
        passed.append(f"ETH: two payments split {':'.join(map(str, shares))} to the wei, late pull included")
        passed.append(
            expect_revert(
                lambda: chain.transact(fn.release(), sender=chain.account(outsider)),
                "outsiders get nothing",
                "NotPayee",
            )
        )
        passed.append(
            expect_revert(
                lambda: chain.transact(fn.release(), sender=chain.account(payees[0])),
                "nothing is paid twice",
                "NothingDue",
            )
        )
        if ctx.asset is not None:
            amount = 10**ctx.asset_decimals * 100 + 3
            base.give_asset(chain, ctx.asset, address, amount, sender=ctx.deployer)
            for payee in payees:
                chain.transact(
                    fn.releaseToken(ctx.asset), sender=chain.account(payee), expect_events=("TokenReleased",)
                )
            got = [chain.call(fn.releasedToken(ctx.asset, p)) for p in payees]
            check(got == reference.entitlements(amount, shares), "token split proportional to shares", str(got))
            check(
                base.asset_balance(chain, ctx.asset, address) == amount - sum(got), "token remainder stays", "balance"
            )
            passed.append("ERC-20: a payment split by shares to the base unit")
        return passed

    def read_state(self, chain: Any, address: str, abi: list[dict[str, Any]]) -> dict[str, Any]:
        state = base.read_views(chain, address, abi, ["payees", "totalShares", "totalReleased"])
        fn = chain.contract(address, abi).functions
        state["payees"] = list(state.get("payees") or [])
        state["shares"] = [int(chain.call(fn.shares(p))) for p in state["payees"]]
        state["released"] = [int(chain.call(fn.released(p))) for p in state["payees"]]
        return state

    def explain(self, facts: ExplainFacts, lang: str) -> Explanation:
        return explainer.explain(facts, lang)


PLUGIN = SplitterPlugin()
