"""Data-access plugin: the owner registers data sets by hash and grants expiring read access; the self-test proves
no access after expiry or revocation, against a Python reference of the grants."""

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
from ledgerlm.contracts.kinds.data_access import explainer, template

DEFAULT_TEST_DAYS = 30


def keccak_text(text: str) -> bytes:
    from eth_utils import keccak

    return bytes(keccak(text.encode("utf-8")))


def has_access(expires_at: int, now: int) -> bool:
    """The reference rule: a grant is live strictly before its expiry; revoked = expiry 0."""
    return expires_at > now


class DataAccessPlugin(KindPlugin):
    kind = "data_access"
    template: ClassVar[Any] = template

    def roles(self, spec: Any) -> list[str]:
        return ["reader"] if spec.reader is not None else []

    def constructor_args(self, spec: Any, ctx: BuildContext) -> list[Any]:
        return [ctx.deployer]

    def self_test(self, chain: Any, artifact: Any, spec: Any, ctx: BuildContext) -> list[str]:
        ctx, substituted = base.keyed_context(chain, ctx)
        owner = ctx.deployer
        spare = [a.address for a in chain.dev_accounts if a.address != owner]
        reader = ctx.parties.get("reader") or spare[0]
        outsider = next(a for a in spare if a != reader)
        days = spec.access_days if spec.access_days is not None else DEFAULT_TEST_DAYS
        seconds = units.days_to_seconds(days, field="access_days")
        address = chain.deploy(artifact, self.constructor_args(spec, ctx)).address
        fn = chain.contract(address, artifact.abi).functions
        data_id, content = keccak_text("self-test data set"), keccak_text("content")
        chain.transact(
            fn.register(data_id, content, "self-test"),
            sender=chain.account(owner),
            expect_events=("DataSetRegistered",),
        )
        passed = ["the owner registers a data set by hash"]
        passed.append(
            expect_revert(
                lambda: chain.transact(fn.grant(data_id, outsider, chain.now() + 100), sender=chain.account(outsider)),
                "only the owner grants",
                "OwnableUnauthorizedAccount",
            )
        )
        passed.append(
            expect_revert(
                lambda: chain.transact(fn.access(data_id, keccak_text("p")), sender=chain.account(reader)),
                "no access without a grant",
                "NoAccess",
            )
        )
        expiry = chain.now() + seconds
        chain.transact(fn.grant(data_id, reader, expiry), sender=chain.account(owner), expect_events=("AccessGranted",))
        chain.transact(
            fn.access(data_id, keccak_text("treatment")), sender=chain.account(reader), expect_events=("DataAccessed",)
        )
        check(
            chain.call(fn.hasAccess(data_id, reader)) == has_access(expiry, chain.now()), "grant is live", "hasAccess"
        )
        passed.append(
            f"a grant for {days} days lets the reader access, logged as an event"
            + (" (a dev account stands in for the reader)" if substituted else "")
        )
        chain.increase_time(seconds + 1)
        check(chain.call(fn.hasAccess(data_id, reader)) is False, "expired", "hasAccess after expiry")
        passed.append(
            expect_revert(
                lambda: chain.transact(fn.access(data_id, keccak_text("late")), sender=chain.account(reader)),
                f"no access after {days} days (expiry)",
                "NoAccess",
            )
        )
        chain.transact(fn.grant(data_id, reader, chain.now() + seconds), sender=chain.account(owner))
        chain.transact(fn.revoke(data_id, reader), sender=chain.account(owner), expect_events=("AccessRevoked",))
        passed.append(
            expect_revert(
                lambda: chain.transact(fn.access(data_id, keccak_text("after revoke")), sender=chain.account(reader)),
                "no access after revocation",
                "NoAccess",
            )
        )
        return passed

    def read_state(self, chain: Any, address: str, abi: list[dict[str, Any]]) -> dict[str, Any]:
        return base.read_views(chain, address, abi, ["owner", "count"])

    def explain(self, facts: ExplainFacts, lang: str) -> Explanation:
        return explainer.explain(facts, lang)


PLUGIN = DataAccessPlugin()
