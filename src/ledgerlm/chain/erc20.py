"""The ERC-20 interface every area talks to tokens through (one definition: calls, views and both events)."""

from __future__ import annotations

from typing import Any


def _fn(name: str, mutability: str, inputs: tuple[tuple[str, str], ...], output: str) -> dict[str, Any]:
    return {
        "type": "function",
        "name": name,
        "stateMutability": mutability,
        "inputs": [{"name": n, "type": t} for n, t in inputs],
        "outputs": [{"name": "", "type": output}],
    }


def _event(name: str, a: str, b: str) -> dict[str, Any]:
    return {
        "type": "event",
        "name": name,
        "anonymous": False,
        "inputs": [
            {"name": a, "type": "address", "indexed": True},
            {"name": b, "type": "address", "indexed": True},
            {"name": "value", "type": "uint256", "indexed": False},
        ],
    }


ERC20_ABI: list[dict[str, Any]] = [
    _fn("transfer", "nonpayable", (("to", "address"), ("amount", "uint256")), "bool"),
    _fn("approve", "nonpayable", (("spender", "address"), ("amount", "uint256")), "bool"),
    _fn("balanceOf", "view", (("account", "address"),), "uint256"),
    _fn("allowance", "view", (("owner", "address"), ("spender", "address")), "uint256"),
    _fn("decimals", "view", (), "uint8"),
    _fn("symbol", "view", (), "string"),
    _event("Transfer", "from", "to"),
    _event("Approval", "owner", "spender"),
]
