"""Crowdfund plugin: contributions until a deadline; the creator (the deployer) claims once the goal is met."""

from __future__ import annotations

from typing import Any, ClassVar

from ledgerlm import units
from ledgerlm.contracts.kinds import base
from ledgerlm.contracts.kinds.base import (
    BuildContext,
    ExplainFacts,
    Explanation,
    KindPlugin,
    check,
    expect_revert,
)
from ledgerlm.contracts.kinds.crowdfund import explainer, template


class CrowdfundPlugin(KindPlugin):
    kind = "crowdfund"
    template: ClassVar[Any] = template

    def constructor_args(self, spec: Any, ctx: BuildContext) -> list[Any]:
        return [
            ctx.parties.get("creator") or ctx.deployer,
            ctx.asset_address,
            units.to_base_units(spec.goal, ctx.asset_decimals, field="goal"),
            ctx.now + units.days_to_seconds(spec.deadline_days, field="deadline_days"),
        ]

    def self_test(self, chain: Any, artifact: Any, spec: Any, ctx: BuildContext) -> list[str]:
        creator = ctx.parties.get("creator") or ctx.deployer
        goal = units.to_base_units(spec.goal, ctx.asset_decimals)
        backers = [a.address for a in chain.dev_accounts if a.address != creator][:2]
        address = chain.deploy(artifact, self.constructor_args(spec, ctx)).address
        fn = chain.contract(address, artifact.abi).functions
        shares = [goal // 2, goal - goal // 2]
        for who, amount in zip(backers, shares, strict=True):
            if amount == 0:
                continue
            base.give_asset(chain, ctx.asset, who, amount, sender=ctx.deployer)
            value = base.approve_asset(chain, ctx.asset, who, address, amount)
            chain.transact(
                fn.contribute(amount), sender=chain.account(who), value=value, expect_events=("Contributed",)
            )
            check(chain.call(fn.contributions(who)) == amount, "contributions are recorded", who)
        passed = ["contributions are recorded per contributor"]
        check(chain.call(fn.totalRaised()) == goal and chain.call(fn.goalReached()), "goal reached", "total")
        passed.append(
            expect_revert(
                lambda: chain.transact(fn.refund(), sender=chain.account(backers[1])),
                "no refunds while the goal is met",
                "RefundsNotOpen",
            )
        )
        passed.append(
            expect_revert(
                lambda: chain.transact(fn.claim(), sender=chain.account(backers[0])),
                "only the creator claims",
                "Unauthorized",
            )
        )
        before = base.asset_balance(chain, ctx.asset, creator)
        result = chain.transact(fn.claim(), sender=chain.account(creator), expect_events=("Claimed",))
        gained = base.asset_balance(chain, ctx.asset, creator) - before
        if ctx.asset is None:
            gained += result.fee_wei
        check(gained == goal, "the creator receives everything raised", f"{gained} != {goal}")
        check(base.asset_balance(chain, ctx.asset, address) == 0, "nothing stays in the contract", "balance")
        passed.append("the creator claims exactly what was raised")
        passed.append(
            expect_revert(
                lambda: chain.transact(
                    fn.contribute(1), sender=chain.account(backers[0]), value=1 if ctx.asset is None else 0
                ),
                "a claimed campaign is closed",
                "CampaignClosed",
            )
        )
        return passed

    def read_state(self, chain: Any, address: str, abi: list[dict[str, Any]]) -> dict[str, Any]:
        return base.read_asset_state(chain, address, abi)

    def explain(self, facts: ExplainFacts, lang: str) -> Explanation:
        return explainer.explain(facts, lang)


PLUGIN = CrowdfundPlugin()
