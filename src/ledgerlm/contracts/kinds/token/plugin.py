"""Token plugin: OpenZeppelin ERC-20 with flags; the deployer owns it and receives the initial supply."""

from __future__ import annotations

from typing import Any

from ledgerlm import units
from ledgerlm.contracts.kinds import base
from ledgerlm.contracts.kinds.base import BuildContext, ExplainFacts, Explanation, GeneratedSource, KindPlugin, check
from ledgerlm.contracts.kinds.token import explainer, template
from ledgerlm.errors import ContractReverted


class TokenPlugin(KindPlugin):
    kind = "token"

    def render(self, spec: Any) -> GeneratedSource:
        return template.render(template.features_of(spec))

    def constructor_args(self, spec: Any, ctx: BuildContext) -> list[Any]:
        args: list[Any] = [
            spec.name,
            spec.symbol,
            spec.decimals,
            ctx.deployer,
            units.to_base_units(spec.initial_supply, spec.decimals, field="initial_supply"),
        ]
        if spec.cap is not None:
            args.append(units.to_base_units(spec.cap, spec.decimals, field="cap"))
        return args

    def self_test(self, chain: Any, artifact: Any, spec: Any, ctx: BuildContext) -> list[str]:
        owner = ctx.deployer
        other = next(a.address for a in chain.dev_accounts if a.address != owner)
        supply = units.to_base_units(spec.initial_supply, spec.decimals)
        address = chain.deploy(artifact, self.constructor_args(spec, ctx)).address
        fn = chain.contract(address, artifact.abi).functions
        check(
            (chain.call(fn.name()), chain.call(fn.symbol()), chain.call(fn.decimals()))
            == (spec.name, spec.symbol, spec.decimals),
            "name, symbol and decimals as requested",
            "metadata differs",
        )
        check(
            chain.call(fn.totalSupply()) == supply == chain.call(fn.balanceOf(owner)),
            "initial supply minted to the owner",
            f"{chain.call(fn.totalSupply())} != {supply}",
        )
        passed = ["name, symbol and decimals as requested", "initial supply minted to the owner"]
        features = template.features_of(spec)
        if supply:
            chain.transact(fn.transfer(other, 1), sender=chain.account(owner), expect_events=("Transfer",))
            check(chain.call(fn.balanceOf(other)) == 1, "transfers move balances", "recipient balance")
            passed.append("transfers move balances")
        if "mintable" in features:
            _expect_revert(
                lambda: chain.transact(fn.mint(other, 1), sender=chain.account(other)), "only the owner mints"
            )
            room = 1 if spec.cap is None else units.to_base_units(spec.cap, spec.decimals) - supply
            if room:
                chain.transact(fn.mint(other, room), sender=chain.account(owner))
            passed.append("only the owner mints")
            if spec.cap is not None:
                _expect_revert(
                    lambda: chain.transact(fn.mint(other, 1), sender=chain.account(owner)),
                    "minting above the cap fails",
                )
                check(chain.call(fn.totalSupply()) == chain.call(fn.cap()), "supply reaches the cap exactly", "cap")
                passed.append("minting above the cap fails")
        if "burnable" in features and chain.call(fn.balanceOf(other)):
            before = chain.call(fn.totalSupply())
            chain.transact(fn.burn(1), sender=chain.account(other))
            check(chain.call(fn.totalSupply()) == before - 1, "holders burn their own tokens", "supply")
            passed.append("holders burn their own tokens")
        if "pausable" in features and supply:
            chain.transact(fn.pause(), sender=chain.account(owner), expect_events=("Paused",))
            _expect_revert(
                lambda: chain.transact(fn.transfer(other, 1), sender=chain.account(owner)),
                "paused token blocks transfers",
            )
            chain.transact(fn.unpause(), sender=chain.account(owner), expect_events=("Unpaused",))
            passed.append("pause blocks transfers, unpause restores them")
        return passed

    def read_state(self, chain: Any, address: str, abi: list[dict[str, Any]]) -> dict[str, Any]:
        return base.read_views(chain, address, abi)

    def explain(self, facts: ExplainFacts, lang: str) -> Explanation:
        return explainer.explain(facts, lang)


def _expect_revert(action: Any, name: str) -> None:
    try:
        action()
    except ContractReverted:
        return
    check(False, name, "the call succeeded but must revert")


PLUGIN = TokenPlugin()
