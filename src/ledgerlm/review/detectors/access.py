"""Access control from the code (SWC-105, SWC-112, SWC-118).

- ``ledgerlm-unprotected-state``: a public function with no check of the caller writes a state variable that the
  contract uses elsewhere to authorise callers (``owner``, ``admin``, ``owners[...]``) -- anyone can take control.
  This covers mistyped old-style constructors (``function Rubixi()`` in ``contract Rubixi2``), forgotten
  ``initWallet``-style initialisers and ``changeOwner`` without ``onlyOwner``. Functions that only run once
  (guarded by a check that the variable is still unset) are not flagged.
- ``ledgerlm-delegatecall-input``: a public function without a caller check does ``delegatecall`` -- with the
  caller's data (``msg.data``, an argument) or into a stored library with arguments -- so the caller chooses code
  that runs with this contract's storage and ETH.
- ``ledgerlm-unprotected-selfdestruct``: selfdestruct/suicide reachable with no caller check.
"""

from __future__ import annotations

from typing import Any

from ledgerlm.review.detectors.base import Context, Detector, Hit, is_public, text, walk
from ledgerlm.review.guards import auth_variables, guards


def _once_only(function: Any, written: set[str]) -> bool:
    """``require(owner == address(0))`` / ``if (initialized) throw``: a one-time initialiser."""
    for node in function.nodes:
        if node.expression is None or not (node.contains_require_or_assert() or node.is_conditional()):
            continue
        s = text(node.expression)
        for name in written:
            if f"{name}==address(0)" in s or f"{name}==0" in s or f"{name}==0x0" in s:
                return True
        if any(v.name.lower().startswith(("init", "intit")) for v in node.state_variables_read):
            return True
    return False


def _writes(function: Any) -> set[str]:
    names = {v.name for v in function.state_variables_written}
    for call in function.internal_calls:
        target = getattr(call, "function", call)
        if hasattr(target, "state_variables_written") and getattr(target, "visibility", "") in ("internal", "private"):
            names |= {v.name for v in target.state_variables_written}
    return names


class UnprotectedState(Detector):
    ID = "ledgerlm-unprotected-state"
    SEVERITY = "High"
    CONFIDENCE = "Medium"

    def run(self, ctx: Context) -> list[Hit]:
        hits: list[Hit] = []
        for contract in ctx.code_contracts():
            auth = auth_variables(contract)
            for function in contract.functions_declared:
                if not function.nodes or not is_public(function) or function.view or function.pure:
                    continue
                hit_vars = _writes(function) & auth
                if not hit_vars or guards(function):
                    continue
                if _once_only(function, hit_vars) and function.name.lower() != contract.name.lower():
                    continue
                where = [(function, "function")]
                where += [
                    (n, "write") for n in function.nodes if {v.name for v in n.state_variables_written} & hit_vars
                ]
                misnamed = function.name.lower() == contract.name.lower() or function.name in (
                    "Constructor",
                    "constructor",
                )
                why = (
                    " (an old-style constructor whose name does not match the contract: a normal function)"
                    if misnamed
                    else ""
                )
                hits.append(
                    Hit(
                        lines=where,
                        contract=contract.name,
                        message=f"anyone can call {contract.name}.{function.name} and set "
                        f"{', '.join(sorted(hit_vars))}{why}",
                    )
                )
        return hits


class DelegatecallInput(Detector):
    ID = "ledgerlm-delegatecall-input"
    SEVERITY = "High"
    CONFIDENCE = "Medium"

    def run(self, ctx: Context) -> list[Hit]:
        from slither.slithir.operations import LowLevelCall

        hits: list[Hit] = []
        for contract, function in ctx.functions():
            if not is_public(function) and not function.is_fallback:
                continue
            if guards(function):
                continue
            for node in function.nodes:
                for ir in node.irs:
                    if isinstance(ir, LowLevelCall) and ir.function_name == "delegatecall":
                        args = text(node.expression)
                        hits.append(
                            Hit(
                                lines=[(node, "delegatecall")],
                                contract=contract.name,
                                message=f"{contract.name}.{function.name}: anyone reaches `{args[:100]}`",
                            )
                        )
        return hits


class UnprotectedSelfdestruct(Detector):
    ID = "ledgerlm-unprotected-selfdestruct"
    SEVERITY = "High"
    CONFIDENCE = "High"

    def run(self, ctx: Context) -> list[Hit]:
        hits: list[Hit] = []
        for contract, function in ctx.functions():
            if not is_public(function) or guards(function):
                continue
            for node in function.nodes:
                if node.expression is None:
                    continue
                if any(text(e).startswith(("selfdestruct(", "suicide(")) for e in walk(node.expression)):
                    hits.append(
                        Hit(
                            lines=[(function, "function"), (node, "selfdestruct")],
                            contract=contract.name,
                            message=f"anyone can destroy {contract.name} through {function.name}",
                        )
                    )
        return hits
