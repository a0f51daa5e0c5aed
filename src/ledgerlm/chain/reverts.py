"""Turn the many shapes of "execution reverted" (py-evm, anvil, remote nodes) into one ``ContractReverted``.

Custom errors are decoded with the ABIs the chain has seen, so a user reads ``SlippageExceeded(minOut=.., out=..)``
instead of a hex blob.
"""

from __future__ import annotations

import ast
import contextlib
import re
from typing import Any

from eth_abi import decode as abi_decode
from eth_utils import function_signature_to_4byte_selector

from ledgerlm.errors import ContractReverted

_PANIC_CODES = {
    0x01: "assertion failed",
    0x11: "arithmetic overflow or underflow",
    0x12: "division by zero",
    0x21: "invalid enum value",
    0x22: "invalid storage byte array",
    0x31: "pop on empty array",
    0x32: "array index out of bounds",
    0x41: "out of memory",
    0x51: "call to an uninitialised function",
}
_ERROR_SELECTOR = bytes.fromhex("08c379a0")
_PANIC_SELECTOR = bytes.fromhex("4e487b71")
_HEX = re.compile(r"0x[0-9a-fA-F]{8,}")


def _type_string(param: dict[str, Any]) -> str:
    if param["type"].startswith("tuple"):
        inner = ",".join(_type_string(c) for c in param.get("components", []))
        return f"({inner}){param['type'][5:]}"
    return str(param["type"])


class ErrorRegistry:
    """Custom-error definitions by 4-byte selector, gathered from every ABI the chain handles."""

    def __init__(self) -> None:
        self._by_selector: dict[bytes, dict[str, Any]] = {}

    def add_abi(self, abi: list[dict[str, Any]]) -> None:
        for item in abi:
            if item.get("type") == "error":
                sig = f"{item['name']}({','.join(_type_string(i) for i in item.get('inputs', []))})"
                self._by_selector[function_signature_to_4byte_selector(sig)] = item

    def decode(self, data: bytes) -> str:
        if len(data) < 4:
            return "reverted without a reason"
        selector, body = data[:4], data[4:]
        if selector == _ERROR_SELECTOR:
            return str(abi_decode(["string"], body)[0])
        if selector == _PANIC_SELECTOR:
            code = int(abi_decode(["uint256"], body)[0])
            return f"panic: {_PANIC_CODES.get(code, hex(code))}"
        item = self._by_selector.get(selector)
        if item is None:
            return f"custom error 0x{selector.hex()}"
        types = [_type_string(i) for i in item.get("inputs", [])]
        try:
            values = abi_decode(types, body)
        except Exception:
            return f"{item['name']}(...)"
        args = ", ".join(
            f"{i.get('name') or f'arg{n}'}={_fmt(v)}"
            for n, (i, v) in enumerate(zip(item.get("inputs", []), values, strict=True))
        )
        return f"{item['name']}({args})"


def _fmt(value: Any) -> str:
    if isinstance(value, bytes):
        return "0x" + value.hex()
    return str(value)


def extract_revert_data(exc: BaseException) -> bytes | None:
    """Find the revert payload inside whatever exception a provider raised."""
    data = getattr(exc, "data", None)
    if isinstance(data, dict):
        data = data.get("data")
    if isinstance(data, bytes):
        return data
    if isinstance(data, str) and data.startswith("0x"):
        try:
            return bytes.fromhex(data[2:])
        except ValueError:
            return None
    for arg in getattr(exc, "args", ()):
        if isinstance(arg, bytes):
            return arg
        if isinstance(arg, dict) and isinstance(arg.get("data"), str):
            return extract_revert_data(type("E", (), {"data": arg["data"]})())
        if isinstance(arg, str) and (": b'" in arg or ': b"' in arg):
            # py-evm formats the payload as a Python bytes literal inside the message
            with contextlib.suppress(ValueError, SyntaxError):
                literal = ast.literal_eval(arg.split(": ", 1)[1])
                if isinstance(literal, bytes):
                    return literal
        if isinstance(arg, str):
            found = _HEX.search(arg)
            if found and len(found.group()) % 2 == 0:
                return bytes.fromhex(found.group()[2:])
    return None


def to_contract_reverted(exc: BaseException, registry: ErrorRegistry, tx_hash: str | None = None) -> ContractReverted:
    data = extract_revert_data(exc)
    if data:
        reason = registry.decode(data)
        return ContractReverted(reason, data="0x" + data.hex(), tx_hash=tx_hash)
    args = getattr(exc, "args", ())
    message = str(getattr(exc, "message", None) or (args[0] if args else exc))
    reason = message.split("execution reverted:", 1)[-1].strip(" :'\"") or "reverted without a reason"
    return ContractReverted(reason, tx_hash=tx_hash)
