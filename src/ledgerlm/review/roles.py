"""Roles, permissions and money flows of each contract, from the code through Slither's IR.

For every entry point: which guards restrict the caller (``guards``), whether it takes ETH, and where it can move
ETH or tokens (transfer/send/call with value, ERC-20 calls, selfdestruct, delegatecall). OpenZeppelin bases are
recognised (``openzeppelin``) with the parameters the code passes them.
"""

from __future__ import annotations

from typing import Any

from ledgerlm.review import guards as guards_mod
from ledgerlm.review import openzeppelin
from ledgerlm.review.models import ContractSummary, FunctionAccess

_TOKEN_CALLS = (
    "transfer",
    "transferFrom",
    "safeTransfer",
    "safeTransferFrom",
    "approve",
    "safeApprove",
    "forceApprove",
    "mint",
    "burn",
)


def _dest(value: Any) -> str:
    name = str(value)
    return "the caller" if name == "msg.sender" else name


def money_flows(function: Any) -> list[str]:
    """Plain statements of what a function can do with value: 'sends ETH to the caller', 'selfdestruct', ..."""
    from slither.slithir.operations import HighLevelCall, LowLevelCall, Send, SolidityCall, Transfer

    out: list[str] = []
    for node in function.nodes:
        for ir in node.irs:
            if isinstance(ir, (Transfer, Send)):
                out.append(f"sends ETH to {_dest(ir.destination)}")
            elif isinstance(ir, LowLevelCall):
                if ir.function_name == "delegatecall":
                    out.append(f"delegatecall into {_dest(ir.destination)} (its code runs on this contract's storage)")
                elif ir.call_value is not None:
                    out.append(f"sends ETH with call to {_dest(ir.destination)}")
                else:
                    out.append(f"low-level call to {_dest(ir.destination)}")
            elif isinstance(ir, HighLevelCall) and getattr(ir.function, "name", "") in _TOKEN_CALLS:
                args = ", ".join(_dest(a) for a in ir.arguments)
                out.append(f"token call {ir.function.name}({args}) on {_dest(ir.destination)}")
            elif isinstance(ir, SolidityCall) and ir.function.name.startswith(("selfdestruct", "suicide")):
                out.append(
                    "destroys the contract (selfdestruct) and sends its ETH to "
                    f"{_dest(ir.arguments[0]) if ir.arguments else '?'}"
                )
    for call in getattr(function, "internal_calls", []):
        target = getattr(call, "function", call)
        name = getattr(target, "name", "")
        if name in ("_mint", "_burn", "_transfer", "_update", "_approve") and hasattr(target, "nodes"):
            out.append(f"token {name.lstrip('_')} (internal)")
    return list(dict.fromkeys(out))


def summarise(slither: Any, own: set[str], sources: dict[str, str]) -> list[ContractSummary]:
    out: list[ContractSummary] = []
    for contract in slither.contracts:
        mapping = contract.source_mapping
        name = mapping.filename.relative or mapping.filename.used or ""
        if not any(name == f or name.endswith("/" + f) for f in own) or contract.is_interface:
            continue
        kind = "library" if contract.is_library else "contract"
        summary = ContractSummary(name=contract.name, kind=kind, bases=[b.name for b in contract.inheritance])
        if not contract.is_library:
            for function in contract.functions:
                if function.visibility not in ("public", "external") or function.is_constructor:
                    continue
                access = FunctionAccess(
                    contract=function.contract_declarer.name,
                    name=function.name,
                    signature=function.full_name,
                    visibility=function.visibility,
                    payable=function.payable,
                    view=function.view or function.pure,
                    guards=guards_mod.guards(function),
                    moves=money_flows(function),
                    line=function.source_mapping.lines[0] if function.source_mapping.lines else 0,
                )
                summary.functions.append(access)
            summary.recognised = openzeppelin.recognise(contract, sources)
            summary.roles = sorted({f.who for f in summary.functions if f.privileged})
        out.append(summary)
    return out
