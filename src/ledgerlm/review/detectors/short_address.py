"""Short address attack (before Solidity 0.5, which checks calldata length).

A public token-moving function taking ``(address, uint ...)`` that writes a balance mapping, compiled before 0.5,
with no ``msg.data.length`` check: a client that sends a truncated address makes the EVM pad the amount with
zeros, multiplying it by 256 per missing byte.
"""

from __future__ import annotations

from ledgerlm.review.detectors.base import Context, Detector, Hit, is_public


class ShortAddress(Detector):
    ID = "ledgerlm-short-address"
    SEVERITY = "Low"
    CONFIDENCE = "Low"

    def run(self, ctx: Context) -> list[Hit]:
        if ctx.release >= (0, 5, 0):
            return []
        hits: list[Hit] = []
        for contract, function in ctx.functions():
            if not is_public(function) or len(function.parameters) < 2:
                continue
            types = [str(p.type) for p in function.parameters]
            if types[0] != "address" or not types[-1].startswith("uint"):
                continue
            mappings = [v for v in function.state_variables_written if str(v.type).startswith("mapping(address")]
            if not mappings:
                continue
            body = " ".join(str(n.expression) for n in function.nodes if n.expression is not None)
            if "msg.data.length" in body or any(
                "msg.data.length" in str(n.expression) for m in function.modifiers for n in m.nodes
            ):
                continue
            hits.append(
                Hit(
                    lines=[(function, "function")],
                    contract=contract.name,
                    message=f"{contract.name}.{function.name}({', '.join(types)}) does not check msg.data.length",
                )
            )
        return hits
