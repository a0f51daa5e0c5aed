"""Unchecked return values of calls (SWC-104).

- ``ledgerlm-unchecked-call``: the success flag of ``call``/``send``/``delegatecall``/``callcode`` is never read
  (not in a require, an if, a return or an assignment that is read later): a failure is silently ignored.
- ``ledgerlm-unchecked-token``: ``transfer``/``transferFrom``/``approve`` on another contract whose result is
  dropped -- also when the interface declares no return value, which old tokens do and Slither's
  ``unchecked-transfer`` does not look at.
"""

from __future__ import annotations

from typing import Any

from ledgerlm.review.detectors.base import Context, Detector, Hit


def _read_later(function: Any, variable: Any) -> bool:
    if variable is None:
        return False
    for node in function.nodes:
        for ir in node.irs:
            if variable in getattr(ir, "read", []):
                return True
    return False


class UncheckedCall(Detector):
    ID = "ledgerlm-unchecked-call"
    SEVERITY = "Medium"
    CONFIDENCE = "Medium"

    def run(self, ctx: Context) -> list[Hit]:
        from slither.slithir.operations import LowLevelCall, Send

        hits: list[Hit] = []
        for contract, function in ctx.functions():
            for node in function.nodes:
                for ir in node.irs:
                    if isinstance(ir, (LowLevelCall, Send)) and not _read_later(function, ir.lvalue):
                        kind = "send" if isinstance(ir, Send) else ir.function_name
                        hits.append(
                            Hit(
                                lines=[(node, "call")],
                                contract=contract.name,
                                message=f"{contract.name}.{function.name}: the result of {kind} to "
                                f"{ir.destination} is ignored",
                            )
                        )
        return hits


class UncheckedToken(Detector):
    ID = "ledgerlm-unchecked-token"
    SEVERITY = "Medium"
    CONFIDENCE = "Medium"

    def run(self, ctx: Context) -> list[Hit]:
        from slither.slithir.operations import HighLevelCall

        hits: list[Hit] = []
        for contract, function in ctx.functions():
            for node in function.nodes:
                for ir in node.irs:
                    if not isinstance(ir, HighLevelCall):
                        continue
                    name = getattr(ir.function, "name", "")
                    if name not in ("transfer", "transferFrom", "approve"):
                        continue
                    if ir.lvalue is not None and _read_later(function, ir.lvalue):
                        continue
                    if "safe" in str(node.expression).lower():
                        continue
                    hits.append(
                        Hit(
                            lines=[(node, "token call")],
                            contract=contract.name,
                            message=f"{contract.name}.{function.name}: the result of {name} on "
                            f"{ir.destination} is not checked",
                        )
                    )
        return hits
