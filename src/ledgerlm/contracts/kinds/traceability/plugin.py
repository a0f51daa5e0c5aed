"""Traceability plugin: stages in order, each recorded only by its role; the self-test proves the order, the
roles and that the history only grows, against a Python reference of the history."""

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
from ledgerlm.contracts.kinds.traceability import explainer, template


def doc_hash(text: str) -> bytes:
    """The hash a record carries for its off-chain document (keccak256 of the document's bytes)."""
    from eth_utils import keccak

    return bytes(keccak(text.encode("utf-8")))


def item_id(label: str) -> bytes:
    return doc_hash("item:" + label)


class TraceabilityPlugin(KindPlugin):
    kind = "traceability"
    template: ClassVar[Any] = template

    def constructor_args(self, spec: Any, ctx: BuildContext) -> list[Any]:
        return [list(spec.stages), ctx.deployer]

    def self_test(self, chain: Any, artifact: Any, spec: Any, ctx: BuildContext) -> list[str]:
        stages = list(spec.stages)
        address = chain.deploy(artifact, self.constructor_args(spec, ctx)).address
        fn = chain.contract(address, artifact.abi).functions
        check(list(chain.call(fn.stages())) == stages, "stages as requested", "stage names differ")
        spare = [a.address for a in chain.dev_accounts if a.address != ctx.deployer]
        actors = [spare[i % (len(spare) - 1)] for i in range(len(stages))]
        outsider = spare[-1]
        admin = chain.account(ctx.deployer)
        for i, actor in enumerate(actors):
            chain.transact(fn.grantRole(chain.call(fn.stageRole(i)), actor), sender=admin)
        passed = [f"{len(stages)} stages in order: " + " -> ".join(stages)]
        item = item_id("self-test lot 1")
        expected: list[tuple[int, str, bytes]] = []  # the reference history
        passed.append(
            expect_revert(
                lambda: chain.transact(fn.record(item, 0, doc_hash("x"), ""), sender=chain.account(outsider)),
                "an outsider cannot record",
                "AccessControlUnauthorizedAccount",
            )
        )
        if len(stages) > 1:
            passed.append(
                expect_revert(
                    lambda: chain.transact(fn.record(item, 1, doc_hash("x"), ""), sender=chain.account(actors[1])),
                    "no stage before the previous one",
                    "OutOfOrder",
                )
            )
        for i, actor in enumerate(actors):
            if actors[i] != actors[(i + 1) % len(actors)] and len(stages) > 1 and i + 1 < len(stages):
                nxt = i + 1
                passed_name = f"stage {nxt} cannot be recorded by stage {i}'s actor"
                if actors[nxt] != actor:
                    expect_revert(
                        lambda nxt=nxt, actor=actor: chain.transact(
                            fn.record(item, nxt, doc_hash("x"), ""), sender=chain.account(actor)
                        ),
                        passed_name,
                    )
            document = doc_hash(f"document of stage {i}")
            chain.transact(
                fn.record(item, i, document, f"stage {stages[i]}"),
                sender=chain.account(actor),
                expect_events=("StageRecorded",),
            )
            expected.append((i, actor, document))
            history = chain.call(fn.history(item))
            got = [(int(r[0]), r[1], bytes(r[3])) for r in history]
            check(got == expected, "history equals the reference", f"after stage {i}")
        passed.append("only each stage's role records it; the history equals the reference after every step")
        passed.append(
            expect_revert(
                lambda: chain.transact(fn.record(item, 0, doc_hash("again"), ""), sender=chain.account(actors[0])),
                "the history is append-only (no stage recorded twice)",
                "OutOfOrder",
            )
        )
        check(chain.call(fn.itemCount()) == 1, "one item recorded", "itemCount")
        return passed

    def read_state(self, chain: Any, address: str, abi: list[dict[str, Any]]) -> dict[str, Any]:
        state = base.read_views(chain, address, abi, ["stages", "itemCount"])
        state["stages"] = list(state.get("stages") or [])
        return state

    def explain(self, facts: ExplainFacts, lang: str) -> Explanation:
        return explainer.explain(facts, lang)


PLUGIN = TraceabilityPlugin()
