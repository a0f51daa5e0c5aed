"""Multisig plugin: owners and a threshold; the self-test proves nothing executes below the threshold."""

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
from ledgerlm.contracts.kinds.multisig import explainer, template
from ledgerlm.errors import SpecError


class MultisigPlugin(KindPlugin):
    kind = "multisig"
    template: ClassVar[Any] = template
    party_roles = ("owners",)

    def constructor_args(self, spec: Any, ctx: BuildContext) -> list[Any]:
        owners = base.distinct_addresses(ctx, "owners")
        if not 1 <= int(spec.threshold) <= len(owners):
            raise SpecError("threshold", f"must be between 1 and the number of owners ({len(owners)})")
        return [owners, int(spec.threshold)]

    def self_test(self, chain: Any, artifact: Any, spec: Any, ctx: BuildContext) -> list[str]:
        self.constructor_args(spec, ctx)  # the real owners must be valid before stand-ins play them
        ctx, substituted = base.keyed_context(chain, ctx)
        owners = list(ctx.parties["owners"])
        threshold = int(spec.threshold)
        address = chain.deploy(artifact, self.constructor_args(spec, ctx)).address
        fn = chain.contract(address, artifact.abi).functions
        check(
            list(chain.call(fn.owners())) == owners and chain.call(fn.threshold()) == threshold,
            "owners and threshold as requested",
            "owners/threshold differ",
        )
        passed = [
            "owners and threshold as requested" + (" (dev accounts stand in for the owners)" if substituted else "")
        ]
        chain.send_eth(address, 1000, sender=chain.account(ctx.deployer))
        outsider = next(a.address for a in chain.dev_accounts if a.address not in owners)
        passed.append(
            expect_revert(
                lambda: chain.transact(fn.submit(outsider, 1, b""), sender=chain.account(outsider)),
                "outsiders cannot submit",
                "NotOwner",
            )
        )
        chain.transact(fn.submit(outsider, 100, b""), sender=chain.account(owners[0]), expect_events=("Submitted",))
        tx_id = chain.call(fn.transactionCount()) - 1
        for owner in owners[1 : threshold - 1]:  # one confirmation short of the threshold
            chain.transact(fn.confirm(tx_id), sender=chain.account(owner), expect_events=("Confirmed",))
        if threshold > 1:
            passed.append(
                expect_revert(
                    lambda: chain.transact(fn.execute(tx_id), sender=chain.account(owners[0])),
                    "never executes below the threshold",
                    "BelowThreshold",
                )
            )
            chain.transact(fn.revoke(tx_id), sender=chain.account(owners[0]), expect_events=("Revoked",))
            check(chain.call(fn.confirmed(tx_id, owners[0])) is False, "revoke withdraws a confirmation", "still on")
            chain.transact(fn.confirm(tx_id), sender=chain.account(owners[0]), expect_events=("Confirmed",))
            chain.transact(fn.confirm(tx_id), sender=chain.account(owners[threshold - 1]), expect_events=("Confirmed",))
            passed.append("owners confirm and revoke")
        before = chain.balance(outsider)
        chain.transact(fn.execute(tx_id), sender=chain.account(owners[-1]), expect_events=("Executed",))
        check(chain.balance(outsider) - before == 100, "executed call moves the value", "recipient balance")
        passed.append(f"executes with {threshold} of {len(owners)} confirmations")
        passed.append(
            expect_revert(
                lambda: chain.transact(fn.execute(tx_id), sender=chain.account(owners[0])),
                "never executes twice",
                "AlreadyExecuted",
            )
        )
        return passed

    def read_state(self, chain: Any, address: str, abi: list[dict[str, Any]]) -> dict[str, Any]:
        state = base.read_views(chain, address, abi, ["owners", "threshold", "transactionCount"])
        contract = chain.contract(address, abi)
        count = int(state.get("transactionCount", 0))
        txs = []
        for i in range(max(0, count - 20), count):  # the latest 20
            to, value, data, executed, confirmations = chain.call(contract.functions.getTransaction(i))
            txs.append(
                {
                    "id": i,
                    "to": to,
                    "value_wei": value,
                    "data": "0x" + bytes(data).hex(),
                    "executed": executed,
                    "confirmations": confirmations,
                }
            )
        state["transactions"] = txs
        return state

    def explain(self, facts: ExplainFacts, lang: str) -> Explanation:
        return explainer.explain(facts, lang)


PLUGIN = MultisigPlugin()
