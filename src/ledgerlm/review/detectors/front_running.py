"""Front-running / transaction-order dependence (SWC-114).

- ``ledgerlm-front-running``: ETH paid out with an amount held in a state variable that another public function
  can change (a reward, a price) -- whoever gets mined first decides what is paid; or a payout to the caller for
  knowing a value (``require(keccak256(answer) == hash)``) that the first sender reveals in the mempool.
- ``ledgerlm-approve-race``: an ERC-20 ``approve`` that overwrites the allowance without requiring the old one to
  be zero: the spender can spend the old and the new allowance by front-running the change.
"""

from __future__ import annotations

from typing import Any

from ledgerlm.review.detectors.base import Context, Detector, Hit, hit, is_public, text


def _payouts(function: Any) -> list[tuple[Any, Any]]:
    """(node, amount expression IR variable) of ETH transfers in a function."""
    from slither.slithir.operations import LowLevelCall, Send, Transfer

    out = []
    for node in function.nodes:
        for ir in node.irs:
            if isinstance(ir, (Transfer, Send)) or (isinstance(ir, LowLevelCall) and ir.call_value is not None):
                out.append((node, ir.call_value))
    return out


class TransactionOrder(Detector):
    ID = "ledgerlm-front-running"
    SEVERITY = "Medium"
    CONFIDENCE = "Low"

    def run(self, ctx: Context) -> list[Hit]:
        hits: list[Hit] = []
        for contract in ctx.code_contracts():
            public = [f for f in contract.functions if is_public(f) and f.nodes and not (f.view or f.pure)]
            writers: dict[str, set[str]] = {}
            for f in public:
                for v in f.state_variables_written:
                    writers.setdefault(v.name, set()).add(f.name)
            for function in contract.functions_declared:
                if not is_public(function):
                    continue
                for node, _amount in _payouts(function):
                    amount_names = {v.name for v in node.state_variables_read}
                    changed_elsewhere = {n for n in amount_names if writers.get(n, set()) - {function.name}}
                    s = text(node.expression)
                    # the amount itself must be one of those state variables (not just any state read on the line)
                    changed_elsewhere = {n for n in changed_elsewhere if n in s.split("(")[-1]}
                    if changed_elsewhere and "balance" not in "".join(changed_elsewhere).lower():
                        others = set().union(*(writers[n] for n in changed_elsewhere)) - {function.name}
                        hits.append(
                            hit(
                                contract,
                                function,
                                [(node, "payout")],
                                f"pays "
                                f"{', '.join(sorted(changed_elsewhere))}, which "
                                f"{', '.join(sorted(others))} can change first",
                            )
                        )
                if self._reveals_secret(function):
                    hits.append(
                        hit(
                            contract,
                            function,
                            [(function, "function")] + [(n, "payout") for n, _ in _payouts(function)],
                            "pays whoever submits a matching value first; the value is visible in the mempool",
                        )
                    )
        return hits

    @staticmethod
    def _reveals_secret(function: Any) -> bool:
        if not _payouts(function):
            return False
        params = {p.name for p in function.parameters}
        for node in function.nodes:
            if node.expression is None or not (node.contains_require_or_assert() or node.is_conditional()):
                continue
            s = text(node.expression)
            if any(h in s for h in ("keccak256(", "sha3(", "sha256(")) and "==" in s and any(p in s for p in params):
                return True
        return False


class ApproveRace(Detector):
    ID = "ledgerlm-approve-race"
    SEVERITY = "Low"
    CONFIDENCE = "Medium"

    def run(self, ctx: Context) -> list[Hit]:
        hits: list[Hit] = []
        for contract, function in ctx.functions():
            if function.name != "approve" or not is_public(function) or len(function.parameters) != 2:
                continue
            conds = " ".join(
                text(n.expression)
                for n in function.nodes
                if n.expression is not None and (n.contains_require_or_assert() or n.is_conditional())
            )
            if "==0" in conds and ("allow" in conds.lower() or "[" in conds):
                continue
            writes = [n for n in function.nodes if n.state_variables_written]
            if not writes:
                continue
            hits.append(
                Hit(
                    lines=[(function, "function")] + [(n, "allowance write") for n in writes],
                    contract=contract.name,
                    message=f"{contract.name}.approve overwrites the allowance directly",
                )
            )
        return hits
