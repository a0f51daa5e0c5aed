"""Vesting plugin: OpenZeppelin VestingWalletCliff; an ETH vesting is funded by the deployment itself."""

from __future__ import annotations

from typing import Any, ClassVar

from ledgerlm import units
from ledgerlm.contracts.kinds import base
from ledgerlm.contracts.kinds.base import BuildContext, ExplainFacts, Explanation, KindPlugin, check
from ledgerlm.contracts.kinds.vesting import explainer, reference, template


class VestingPlugin(KindPlugin):
    kind = "vesting"
    template: ClassVar[Any] = template
    party_roles = ("beneficiary",)

    def constructor_args(self, spec: Any, ctx: BuildContext) -> list[Any]:
        terms = reference.terms_from_spec(spec, ctx.now)
        return [ctx.parties["beneficiary"], ctx.asset_address, terms.start, terms.duration_seconds, terms.cliff_seconds]

    def value_wei(self, spec: Any, ctx: BuildContext) -> int:
        """ETH vesting: the deployment carries the amount. An ERC-20 vesting is funded by a transfer afterwards."""
        return units.to_base_units(spec.amount, 18, field="amount") if ctx.asset is None else 0

    def post_deploy(self, chain: Any, address: str, spec: Any, ctx: BuildContext) -> list[str]:
        """An ERC-20 vesting wallet is funded by the deployer's transfer of the whole amount."""
        if ctx.asset is None:
            return []
        amount = units.to_base_units(spec.amount, ctx.asset_decimals)
        token = chain.contract(ctx.asset, base._erc20_abi())
        result = chain.transact(token.functions.transfer(address, amount), expect_events=["Transfer"])
        return [result.tx_hash]

    def self_test(self, chain: Any, artifact: Any, spec: Any, ctx: BuildContext) -> list[str]:
        ctx, substituted = base.keyed_context(chain, ctx)
        total = units.to_base_units(spec.amount, ctx.asset_decimals)
        beneficiary = ctx.parties["beneficiary"]
        address = chain.deploy(artifact, self.constructor_args(spec, ctx), value=self.value_wei(spec, ctx)).address
        if ctx.asset is not None:
            base.give_asset(chain, ctx.asset, address, total, sender=ctx.deployer)
        fn = chain.contract(address, artifact.abi).functions
        terms = reference.terms_from_spec(spec, ctx.now)
        check(chain.call(fn.owner()) == beneficiary, "the beneficiary owns the wallet", "owner")
        check(
            (chain.call(fn.start()), chain.call(fn.duration()), chain.call(fn.cliff()))
            == (terms.start, terms.duration_seconds, terms.cliff_end),
            "start, duration and cliff as requested",
            "timing differs",
        )
        passed = [
            "start, duration and cliff as requested"
            + (" (dev accounts stand in for the parties)" if substituted else "")
        ]
        probes = sorted(
            {
                terms.start - 1,
                terms.cliff_end - 1,
                terms.cliff_end,
                terms.end - 1,
                terms.end,
                *reference.schedule_points(terms),
            }
        )
        last = 0
        for ts in (p for p in probes if p >= 0):
            got = chain.call(fn.vestedOfAsset(ts))
            want = reference.vested(total, terms, ts)
            check(got == want, "vested amount equals the reference", f"at {ts}: {got} != {want}")
            check(got >= last and got <= total, "vested amount is monotone and capped", f"at {ts}: {got}")
            last = got
        check(last == total, "everything vests by the end", f"{last} != {total}")
        passed.append(
            f"vested amount equals the OpenZeppelin curve at {len(probes)} times, monotone, never above the total"
        )
        return passed

    def read_state(self, chain: Any, address: str, abi: list[dict[str, Any]]) -> dict[str, Any]:
        state = base.read_views(
            chain,
            address,
            abi,
            ["owner", "asset", "start", "duration", "cliff", "end", "releasableOfAsset", "releasedOfAsset"],
        )
        state["asset_decimals"] = base.read_asset_decimals(chain, state.get("asset"))
        contract = chain.contract(address, abi)
        state["total_allocation"] = int(state.get("releasedOfAsset", 0)) + base.asset_balance(
            chain, None if state.get("asset") in (None, base.ZERO_ADDRESS) else state["asset"], address
        )
        state["vested_now"] = chain.call(contract.functions.vestedOfAsset(chain.now()))
        return state

    def explain(self, facts: ExplainFacts, lang: str) -> Explanation:
        return explainer.explain(facts, lang)


PLUGIN = VestingPlugin()
