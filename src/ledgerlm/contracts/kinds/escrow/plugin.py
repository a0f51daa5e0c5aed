"""Escrow plugin: the payer locks funds; payer or arbiter releases to the payee; refunds go back to the payer."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from ledgerlm import units
from ledgerlm.contracts.kinds import base
from ledgerlm.contracts.kinds.base import (
    ZERO_ADDRESS,
    BuildContext,
    ExplainFacts,
    Explanation,
    KindPlugin,
    check,
    expect_revert,
)
from ledgerlm.contracts.kinds.escrow import explainer, template

STATUS = ("AwaitingDeposit", "Funded", "Released", "Refunded")


class EscrowPlugin(KindPlugin):
    kind = "escrow"
    template: ClassVar[Any] = template

    def roles(self, spec: Any) -> list[str]:
        return ["payer", "payee"] + (["arbiter"] if spec.arbiter is not None else [])

    def constructor_args(self, spec: Any, ctx: BuildContext) -> list[Any]:
        return [
            ctx.parties["payer"],
            ctx.parties["payee"],
            ctx.parties.get("arbiter") or ZERO_ADDRESS,
            ctx.asset_address,
            units.to_base_units(spec.amount, ctx.asset_decimals, field="amount"),
            ctx.now + units.days_to_seconds(spec.deadline_days, field="deadline_days"),
        ]

    def value_wei(self, spec: Any, ctx: BuildContext) -> int:
        """An ETH escrow whose payer is the deployer is funded by the deployment itself."""
        if ctx.asset is None and ctx.parties["payer"] == ctx.deployer:
            return units.to_base_units(spec.amount, 18, field="amount")
        return 0

    def self_test(self, chain: Any, artifact: Any, spec: Any, ctx: BuildContext) -> list[str]:
        ctx, substituted = base.keyed_context(chain, ctx)
        payer, payee = ctx.parties["payer"], ctx.parties["payee"]
        arbiter = ctx.parties.get("arbiter")
        amount = units.to_base_units(spec.amount, ctx.asset_decimals)
        passed: list[str] = []

        def deploy_funded() -> Any:
            ctx_now = replace(ctx, now=chain.now())
            address = chain.deploy(artifact, self.constructor_args(spec, ctx_now)).address
            fn = chain.contract(address, artifact.abi).functions
            base.give_asset(chain, ctx.asset, payer, amount, sender=ctx.deployer)
            value = base.approve_asset(chain, ctx.asset, payer, address, amount)
            chain.transact(fn.deposit(), sender=chain.account(payer), value=value, expect_events=("Deposited",))
            check(base.asset_balance(chain, ctx.asset, address) == amount, "the escrow holds the amount", "balance")
            return address, fn

        address, fn = deploy_funded()
        passed.append(
            "payer deposits exactly the amount" + (" (dev accounts stand in for the parties)" if substituted else "")
        )
        passed.append(
            expect_revert(
                lambda: chain.transact(fn.refund(), sender=chain.account(payer)),
                "no refund to the payer before the deadline",
                "DeadlineNotReached",
            )
        )
        passed.append(
            expect_revert(
                lambda: chain.transact(fn.release(), sender=chain.account(payee)),
                "the payee cannot release to themself",
                "Unauthorized",
            )
        )
        before = base.asset_balance(chain, ctx.asset, payee)
        chain.transact(fn.release(), sender=chain.account(payer), expect_events=("Released",))
        check(base.asset_balance(chain, ctx.asset, payee) - before == amount, "release pays the payee", "payee balance")
        check(base.asset_balance(chain, ctx.asset, address) == 0, "release empties the escrow", "balance left")
        passed.append("payer's release pays the payee the whole amount")
        if arbiter:
            address, fn = deploy_funded()
            before = base.asset_balance(chain, ctx.asset, payer)
            chain.transact(fn.refund(), sender=chain.account(arbiter), expect_events=("Refunded",))
            gained = base.asset_balance(chain, ctx.asset, payer) - before
            check(gained == amount, "arbiter refund returns the amount to the payer", f"{gained} != {amount}")
            passed.append("arbiter's refund returns the whole amount to the payer")
        return passed

    def read_state(self, chain: Any, address: str, abi: list[dict[str, Any]]) -> dict[str, Any]:
        return base.read_asset_state(chain, address, abi, STATUS)

    def explain(self, facts: ExplainFacts, lang: str) -> Explanation:
        return explainer.explain(facts, lang)


PLUGIN = EscrowPlugin()
