"""Denial of service (SWC-113, SWC-128).

- ``ledgerlm-dos-loop``: a loop that pays or calls addresses (one failing receiver reverts all), or whose bound
  comes from a caller's argument or a state array anyone can grow while the body writes storage (the gas limit
  ends it); also clearing or re-creating such an array, which costs gas in proportion to its length.
- ``ledgerlm-dos-revert``: a payment to someone other than the caller that must succeed
  (``require(x.send(v))``, ``x.transfer(v)`` to a stored address inside a payable function anyone calls): the
  receiver can refuse payments and block the function for everyone.
"""

from __future__ import annotations

from typing import Any

from ledgerlm.review.detectors.base import Context, Detector, Hit, bodies, hit, is_public, text


def _loops(function: Any) -> list[tuple[Any, list[Any]]]:
    """(loop head node, body nodes) for each loop."""
    from slither.core.cfg.node import NodeType

    out = []
    for node in function.nodes:
        if node.type != NodeType.IFLOOP:
            continue
        body: list[Any] = []
        stack = [node.son_true] if node.son_true is not None else []
        seen = {node}
        while stack:
            n = stack.pop()
            if n in seen or n.type == NodeType.ENDLOOP:
                continue
            seen.add(n)
            body.append(n)
            stack.extend(n.sons)
        out.append((node, body))
    return out


def _growable(contract: Any) -> set[str]:
    """State arrays that a public function without a caller check pushes to."""
    from ledgerlm.review.guards import guards

    names: set[str] = set()
    for f in contract.functions:
        if not is_public(f) or not f.nodes or guards(f):
            continue
        for node in f.nodes:
            s = text(node.expression)
            for v in node.state_variables_written:
                if f"{v.name}.push(" in s or f"{v.name}.length++" in s or f"{v.name}.length+=" in s:
                    names.add(v.name)
    return names


class LoopDoS(Detector):
    ID = "ledgerlm-dos-loop"
    SEVERITY = "Medium"
    CONFIDENCE = "Medium"

    def run(self, ctx: Context) -> list[Hit]:
        from slither.slithir.operations import HighLevelCall, LowLevelCall, Send, Transfer

        hits: list[Hit] = []
        for contract in ctx.code_contracts():
            grow = _growable(contract)
            for function in bodies(contract):
                params = {p.name for p in function.parameters}
                for head, body in _loops(function):
                    calls = [
                        n for n in body for ir in n.irs if isinstance(ir, (Transfer, Send, LowLevelCall, HighLevelCall))
                    ]
                    cond = text(head.expression)
                    bound_user = any(p and p in cond for p in params)
                    bound_grow = any(g in cond for g in grow)
                    writes = [n for n in body if n.state_variables_written]
                    if calls:
                        hits.append(
                            hit(
                                contract,
                                function,
                                [(head, "loop")] + [(n, "call in loop") for n in calls],
                                "pays or calls inside a loop; one failing receiver blocks all",
                            )
                        )
                    elif (bound_user or bound_grow) and writes and not function.view and not function.is_constructor:
                        hits.append(
                            hit(
                                contract,
                                function,
                                [(head, "loop")],
                                f"loops over "
                                f"{'an argument' if bound_user else 'an array anyone can grow'} "
                                f"and writes storage each time",
                            )
                        )
                if grow:
                    resets = [
                        n
                        for n in function.nodes
                        if n.expression is not None
                        and any(
                            f"{g}=new" in text(n.expression)
                            or text(n.expression).startswith(f"delete{g}")
                            or f"{g}.length=0" in text(n.expression)
                            for g in grow
                        )
                    ]
                    if resets:
                        hits.append(
                            hit(
                                contract,
                                function,
                                [(n, "reset") for n in resets],
                                "clears an array anyone can grow; "
                                "its cost grows with the array until it no longer fits in a block",
                            )
                        )
        return hits


class RevertDoS(Detector):
    ID = "ledgerlm-dos-revert"
    SEVERITY = "Medium"
    CONFIDENCE = "Medium"

    def run(self, ctx: Context) -> list[Hit]:
        from slither.slithir.operations import Send, Transfer

        hits: list[Hit] = []
        for contract, function in ctx.functions():
            if not is_public(function):
                continue
            for node in function.nodes:
                for ir in node.irs:
                    if not isinstance(ir, (Send, Transfer)):
                        continue
                    dest = str(ir.destination)
                    if dest in ("msg.sender", "tx.origin") or dest.startswith("TMP"):
                        continue
                    stored = dest in {v.name for v in contract.state_variables}
                    if isinstance(ir, Send) and node.contains_require_or_assert():
                        hits.append(
                            hit(
                                contract,
                                function,
                                [(node, "payment")],
                                f"requires a payment to {dest} to succeed",
                            )
                        )
                    elif isinstance(ir, Transfer) and stored and function.payable and "owner" not in dest.lower():
                        hits.append(
                            hit(
                                contract,
                                function,
                                [(node, "payment")],
                                f"must pay {dest} before it can go on",
                            )
                        )
        return hits
