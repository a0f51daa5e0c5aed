"""Block timestamp deciding an outcome (SWC-116).

Slither's ``timestamp`` flags comparisons; this also flags ``now``/``block.timestamp`` returned by a function (a
clock other code trusts) or mixed into a value (hash, modulo) -- miners can shift the timestamp by seconds.
Every statement reading the timestamp in a state-changing or value-returning function is reported, except those
that only record it (an assignment to a state variable or an event argument).
"""

from __future__ import annotations

from typing import Any

from ledgerlm.review.detectors.base import Context, Detector, Hit, hit


def _reads_time(node: Any) -> bool:
    names = {v.name for v in node.solidity_variables_read}
    return bool(names & {"block.timestamp", "now"})


class TimestampDependence(Detector):
    ID = "ledgerlm-timestamp"
    SEVERITY = "Low"
    CONFIDENCE = "Medium"

    def run(self, ctx: Context) -> list[Hit]:
        from slither.core.cfg.node import NodeType

        hits: list[Hit] = []
        for contract, function in ctx.functions():
            for node in function.nodes:
                if node.expression is None or not _reads_time(node):
                    continue
                s = str(node.expression)
                decides = (
                    node.is_conditional()
                    or node.contains_require_or_assert()
                    or node.type == NodeType.RETURN
                    or any(m in s for m in ("%", "keccak256", "sha3", "sha256"))
                )
                if not decides:
                    continue
                hits.append(
                    hit(
                        contract,
                        function,
                        [(node, "timestamp use")],
                        f"decides on the block timestamp: {s[:120]}",
                    )
                )
        return hits
