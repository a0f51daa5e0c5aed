"""Who may call a function, read from the code (Slither's IR and expressions), not from its name.

A guard is a condition on the caller: ``require(msg.sender == owner)``, ``if (msg.sender != admin) throw``,
membership ``require(isOwner[msg.sender])``, ``hasRole(ROLE, msg.sender)`` / ``_checkRole``, ``onlyOwner``-style
modifiers whose body (or the internal functions it calls) checks ``msg.sender``, and ``tx.origin`` checks (flagged).
A condition on the caller's *own* data (``require(balances[msg.sender] >= amount)``) is not a guard: anyone may
take out their own balance.
"""

from __future__ import annotations

from typing import Any

from ledgerlm.review.detectors.base import text, walk
from ledgerlm.review.models import Guard

_SENDERS = ("msg.sender", "_msgSender()", "tx.origin")
_ROLE_CALLS = (
    "hasRole",
    "_checkRole",
    "checkRole",
    "onlyRole",
    "isOwner",
    "isAdmin",
    "isAuthorized",
    "_checkOwner",
    "authorized",
    "isAllowed",
    "whitelisted",
    "isWhitelisted",
)


def _conditions(function: Any) -> list[Any]:
    out = []
    for node in function.nodes:
        if node.expression is None:
            continue
        if node.contains_require_or_assert() or node.is_conditional(include_loop=False):
            out.append(node)
    return out


def _comparison_guard(expr: Any) -> Guard | None:
    from slither.core.expressions import BinaryOperation, BinaryOperationType, CallExpression, IndexAccess

    if isinstance(expr, BinaryOperation) and expr.type in (BinaryOperationType.EQUAL, BinaryOperationType.NOT_EQUAL):
        left, right = text(expr.expression_left), text(expr.expression_right)
        for me, other in ((left, right), (right, left)):
            if me in _SENDERS and other not in _SENDERS and other not in ("address(0)", "0x0", "0"):
                kind = "tx-origin" if me == "tx.origin" else "sender-check"
                return Guard(kind=kind, text=f"{me} == {other}", role=other)
    if isinstance(expr, IndexAccess) and text(expr.expression_right) in _SENDERS:
        return Guard(kind="role", text=f"{text(expr)}", role=f"listed in {text(expr.expression_left)}")
    if isinstance(expr, CallExpression):
        called = text(expr.called)
        args = [text(a) for a in expr.arguments]
        name = called.split(".")[-1]
        if name in _ROLE_CALLS or (
            any(a in _SENDERS for a in args) and name.lower().startswith(("is", "has", "check", "only", "auth"))
        ):
            role = args[0] if args and args[0] not in _SENDERS else name
            return Guard(kind="role", text=f"{called}({', '.join(args)})", role=role)
    return None


def _atoms(node: Any) -> list[Any]:
    """The conjuncts/disjuncts of a node's condition (``require(a && b)`` -> [a, b]; ``!x`` -> [x])."""
    from slither.core.expressions import (
        BinaryOperation,
        BinaryOperationType,
        CallExpression,
        TupleExpression,
        UnaryOperation,
    )

    root = node.expression
    if isinstance(root, CallExpression) and text(root.called).startswith(("require", "assert")) and root.arguments:
        root = root.arguments[0]
    out: list[Any] = []
    stack = [root]
    while stack:
        expr = stack.pop()
        if isinstance(expr, BinaryOperation) and expr.type in (BinaryOperationType.ANDAND, BinaryOperationType.OROR):
            stack.extend([expr.expression_left, expr.expression_right])
        elif isinstance(expr, UnaryOperation) and str(expr.type) in ("!", "UnaryOperationType.BANG"):
            stack.append(expr.expression)
        elif isinstance(expr, TupleExpression) and len(expr.expressions) == 1:
            stack.append(expr.expressions[0])
        elif (
            isinstance(expr, BinaryOperation)
            and expr.type in (BinaryOperationType.EQUAL, BinaryOperationType.NOT_EQUAL)
            and text(expr.expression_right) in ("true", "false")
        ):
            stack.append(expr.expression_left)
        else:
            out.append(expr)
    return out


def _guards_in(function: Any, depth: int, seen: set[int]) -> list[Guard]:
    if id(function) in seen or depth > 3:
        return []
    seen.add(id(function))
    found: list[Guard] = []
    for node in _conditions(function):
        for atom in _atoms(node):
            guard = _comparison_guard(atom)
            if guard is None:
                # a role check nested in a call: require(isOwner(msg.sender)) is an atom already; look one level in
                for expr in walk(atom):
                    if expr is not atom and type(expr).__name__ == "CallExpression":
                        guard = _comparison_guard(expr)
                        if guard is not None:
                            break
            if guard is not None:
                found.append(guard)
    for call in getattr(function, "internal_calls", []):
        target = getattr(call, "function", call)
        if hasattr(target, "nodes") and not getattr(target, "is_constructor", False):
            found.extend(_guards_in(target, depth + 1, seen))
    return found


def guards(function: Any) -> list[Guard]:
    """Every condition on the caller that protects ``function`` (its body, its modifiers, what they call)."""
    out: list[Guard] = []
    seen: set[int] = set()
    for modifier in getattr(function, "modifiers", []):
        inner = _guards_in(modifier, 0, seen)
        if inner:
            role = inner[0].role
            out.append(Guard(kind="modifier", text=modifier.name, role=role if role else modifier.name))
    out.extend(_guards_in(function, 0, seen))
    unique: dict[tuple[str, str], Guard] = {}
    for g in out:
        unique.setdefault((g.kind, g.text), g)
    return list(unique.values())


def caller_restricted(function: Any) -> bool:
    """Whether only some callers get through (tx.origin checks count: they restrict, though badly)."""
    return bool(guards(function))


def auth_variables(contract: Any) -> set[str]:
    """Names of state variables the contract compares ``msg.sender`` against (owner, admin, owners[...])."""
    names: set[str] = set()
    for function in list(contract.functions) + list(contract.modifiers):
        for g in _guards_in(function, 3, set()):  # depth 3: only this function's own conditions
            role = g.role.removeprefix("listed in ")
            names.add(role.split("[")[0].split(".")[0].split("(")[0])
    state = {v.name for v in contract.state_variables}
    return {n for n in names if n in state}
