"""Randomness from block variables (SWC-120).

A function "makes randomness" when it hashes (keccak256/sha3/sha256) or takes a modulo of values that come from
block variables (blockhash, block.number, timestamp/now, difficulty, coinbase) -- directly, through locals, or
through state variables initialised from them. Every statement in such a function that reads a block variable (or
such a state variable) is flagged, and the function itself when its result is the random value (it returns it).
State variables initialised from block variables and used this way are flagged at their declaration.
"""

from __future__ import annotations

from typing import Any

from ledgerlm.review.detectors.base import Context, Detector, Hit, bodies, hit, uses_block_source

_MIXERS = ("keccak256", "sha3", "sha256", "%", "ripemd160")


def _block_state(contract: Any) -> dict[str, Any]:
    """State variables whose initial value comes from block variables."""
    out = {}
    for var in contract.state_variables:
        if var.expression is not None and uses_block_source(var.expression):
            out[var.name] = var
    return out


class BlockRandomness(Detector):
    ID = "ledgerlm-block-randomness"
    SEVERITY = "High"
    CONFIDENCE = "Medium"

    def run(self, ctx: Context) -> list[Hit]:
        hits: list[Hit] = []
        for contract in ctx.code_contracts():
            seeded = _block_state(contract)
            flagged_state: set[str] = set()
            for function in bodies(contract):
                body = " ".join(str(n.expression) for n in function.nodes if n.expression is not None)
                if not any(m in body for m in _MIXERS):
                    continue
                touched = []
                for node in function.nodes:
                    if node.expression is None:
                        continue
                    s = str(node.expression)
                    reads_seed = [v for v in node.state_variables_read if v.name in seeded]
                    if uses_block_source(s) or reads_seed:
                        touched.append(node)
                        flagged_state.update(v.name for v in reads_seed)
                if not touched:
                    continue
                mixing = [
                    n
                    for n in function.nodes
                    if n.expression is not None and any(m in str(n.expression) for m in _MIXERS)
                ]
                locations: list[tuple[Any, str]] = [(n, "block value") for n in touched]
                locations += [(n, "mixing") for n in mixing if n not in touched]
                if function.return_type:
                    locations.insert(0, (function, "function"))
                hits.append(
                    hit(
                        contract,
                        function,
                        locations,
                        "derives a 'random' value from block variables",
                    )
                )
            for name in flagged_state:
                var = seeded[name]
                hits.append(
                    Hit(
                        lines=[(var, "state variable")],
                        contract=contract.name,
                        message=f"{contract.name}.{name} is seeded from block variables and used as randomness",
                    )
                )
        return hits
