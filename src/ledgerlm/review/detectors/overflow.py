"""Integer overflow and underflow before Solidity 0.8 (SWC-101).

Before 0.8 arithmetic wraps silently. Flagged: ``+``, ``*`` and ``-`` (and ``+=``, ``*=``, ``-=``, ``--``) whose
operands include a state variable or a function argument -- balances, counters, amounts -- in the user's contracts,
unless the function guards it:
- a subtraction ``a - b`` is safe when a condition of the function compares ``a`` and ``b`` (``require(a >= b)``);
- an addition is safe when a condition mentions the sum or compares both operands (``require(a + b >= a)``);
- a multiplication is safe when a condition divides back (``c / a == b``).
Additions of ``msg.value`` are not flagged (bounded by the ETH supply), nor loop counters on locals, nor library
code (SafeMath). Constant-only expressions are skipped.
"""

from __future__ import annotations

from typing import Any

from ledgerlm.review.detectors.base import Context, Detector, Hit, text, walk

_COMPARATORS = (">=", "<=", ">", "<", "==", "!=")


def _conditions(function: Any) -> list[str]:
    out = []
    nodes = list(function.nodes)
    for modifier in function.modifiers:
        nodes.extend(modifier.nodes)
    for node in nodes:
        if node.expression is not None and (node.contains_require_or_assert() or node.is_conditional()):
            out.append(text(node.expression))
    return out


def _refs(expr: Any, names: set[str]) -> bool:
    s = text(expr)
    return any(part in names for part in _words(s))


def _words(s: str) -> set[str]:
    import re

    return set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", s))


def _is_constant(expr: Any) -> bool:
    from slither.core.expressions import Literal

    if isinstance(expr, Literal):
        return True
    s = text(expr)
    digits = s.replace(".", "")
    return digits.isascii() and digits.isdigit()


def _guarded(kind: str, left: str, right: str, conditions: list[str]) -> bool:
    for cond in conditions:
        if not any(c in cond for c in _COMPARATORS):
            continue
        if kind == "sub" and left in cond and right in cond:
            return True
        if kind == "add" and (f"{left}+{right}" in cond or (left in cond and right in cond)):
            return True
        if kind == "mul" and "/" in cond and (left in cond or right in cond):
            return True
    return False


class IntegerOverflow(Detector):
    ID = "ledgerlm-integer-overflow"
    SEVERITY = "High"
    CONFIDENCE = "Medium"

    def run(self, ctx: Context) -> list[Hit]:
        from slither.core.expressions import (
            AssignmentOperation,
            AssignmentOperationType,
            BinaryOperation,
            BinaryOperationType,
            UnaryOperation,
            UnaryOperationType,
        )

        if ctx.checked_arithmetic:
            return []
        hits: list[Hit] = []
        for contract, function in ctx.functions():
            if function.is_constructor:
                continue  # runs once, with the deployer's values
            state = {v.name for v in contract.state_variables}
            types = {v.name: str(v.type) for v in contract.state_variables}
            params = {p.name for p in function.parameters if p.name}
            interesting = state | params
            conditions = _conditions(function)
            for node in function.nodes:
                if node.expression is None:
                    continue
                for expr in walk(node.expression):
                    kind = left = right = None
                    if isinstance(expr, BinaryOperation):
                        kind = {
                            BinaryOperationType.ADDITION: "add",
                            BinaryOperationType.SUBTRACTION: "sub",
                            BinaryOperationType.MULTIPLICATION: "mul",
                        }.get(expr.type)
                        left, right = expr.expression_left, expr.expression_right
                    elif isinstance(expr, AssignmentOperation):
                        kind = {
                            AssignmentOperationType.ASSIGN_ADDITION: "add",
                            AssignmentOperationType.ASSIGN_SUBTRACTION: "sub",
                            AssignmentOperationType.ASSIGN_MULTIPLICATION: "mul",
                        }.get(expr.type)
                        left, right = expr.expression_left, expr.expression_right
                    elif isinstance(expr, UnaryOperation) and expr.type in (
                        UnaryOperationType.MINUSMINUS_PRE,
                        UnaryOperationType.MINUSMINUS_POST,
                    ):
                        if _refs(expr.expression, state) and not _guarded(
                            "sub", text(expr.expression), "0", conditions
                        ):
                            # a counter decremented with no check: can wrap below zero
                            kind = None
                            hits.append(self._hit(contract, function, node, "underflow", text(expr)))
                        continue
                    if kind is None or left is None or right is None:
                        continue
                    if _is_constant(left) and _is_constant(right):
                        continue
                    if not (_refs(left, interesting) or _refs(right, interesting)):
                        continue
                    lt, rt = text(left), text(right)
                    if kind == "add" and "msg.value" in (lt, rt):
                        continue
                    if (
                        kind in ("add", "mul")
                        and (_is_constant(right) or _is_constant(left))
                        and not (_refs(left, state | params) if _is_constant(right) else _refs(right, state | params))
                    ):
                        continue
                    if kind == "add" and _is_constant(right) and not _refs(left, state):
                        continue  # i + 1 on a local
                    if kind == "add" and _is_constant(right) and types.get(text(left)) in ("uint256", "uint"):
                        continue  # a uint256 counter stepped by a constant cannot realistically wrap
                    if _guarded(kind, lt, rt, conditions):
                        continue
                    hits.append(
                        self._hit(contract, function, node, "underflow" if kind == "sub" else "overflow", text(expr))
                    )
        return hits

    def _hit(self, contract: Any, function: Any, node: Any, what: str, expr: str) -> Hit:
        return Hit(
            lines=[(node, "expression")],
            contract=contract.name,
            message=f"{contract.name}.{function.name}: `{expr}` can {what} (no check, compiled before 0.8)",
            extra={"kind": what},
        )
