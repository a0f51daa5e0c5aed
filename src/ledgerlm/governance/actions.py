"""Typed proposal actions: from a sentence (or a JSON list) to (target, value, calldata), decoded back and compared.

The most common complaint of governance users is calldata nobody can read, so every action ledgerlm makes or reads
is decoded against the known ABIs below (ERC-20, AccessControl, Ownable, UUPS/ERC-1967 upgrades, the Governor's
and the Timelock's own settings, multicall batches, recursively) and an action whose decoding does not give back
what was meant is refused before anything is signed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ledgerlm.errors import InputError

#: signature -> (human name, risk class or None)
KNOWN_FUNCTIONS: dict[str, tuple[str, str | None]] = {
    "transfer(address,uint256)": ("token transfer", None),
    "approve(address,uint256)": ("token approval", "approval"),
    "transferFrom(address,address,uint256)": ("token transfer from", None),
    "grantRole(bytes32,address)": ("role grant", "role_change"),
    "revokeRole(bytes32,address)": ("role revocation", "role_change"),
    "renounceRole(bytes32,address)": ("role renunciation", "role_change"),
    "transferOwnership(address)": ("ownership transfer", "ownership_change"),
    "renounceOwnership()": ("ownership renunciation", "ownership_change"),
    "upgradeTo(address)": ("contract upgrade", "upgrade"),
    "upgradeToAndCall(address,bytes)": ("contract upgrade", "upgrade"),
    "changeAdmin(address)": ("proxy admin change", "upgrade"),
    "updateDelay(uint256)": ("timelock delay change", "governance_change"),
    "setVotingDelay(uint48)": ("voting delay change", "governance_change"),
    "setVotingPeriod(uint32)": ("voting period change", "governance_change"),
    "setProposalThreshold(uint256)": ("proposal threshold change", "governance_change"),
    "updateQuorumNumerator(uint256)": ("quorum change", "governance_change"),
    "updateTimelock(address)": ("timelock change", "governance_change"),
    "multicall(bytes[])": ("batch of calls", "batch"),
    "mint(address,uint256)": ("token mint", "mint"),
}
ROLE_NAMES = (
    "DEFAULT_ADMIN_ROLE",
    "PROPOSER_ROLE",
    "EXECUTOR_ROLE",
    "CANCELLER_ROLE",
    "MINTER_ROLE",
    "PAUSER_ROLE",
    "UPGRADER_ROLE",
    "ANCHORER_ROLE",
    "ISSUER_ROLE",
)


def selector(signature: str) -> bytes:
    from ledgerlm.audit.hashing import keccak

    return keccak(signature.encode())[:4]


def role_id(name: str) -> bytes:
    from ledgerlm.audit.hashing import keccak

    return bytes(32) if name == "DEFAULT_ADMIN_ROLE" else keccak(name.encode())


def role_name(value: bytes) -> str:
    for name in ROLE_NAMES:
        if role_id(name) == bytes(value):
            return name
    return "0x" + bytes(value).hex()


def _types(signature: str) -> list[str]:
    inner = signature[signature.index("(") + 1 : -1]
    return [t for t in inner.split(",") if t] if inner else []


@dataclass
class Action:
    """One call the timelock will make. ``signature`` None = a plain ETH payment."""

    target: str
    value_wei: int = 0
    signature: str | None = None
    args: list[Any] = field(default_factory=list)
    summary_en: str = ""
    summary_zh: str = ""
    #: the user's words this action came from: (start, end, text)
    evidence: tuple[int, int, str] | None = None

    @property
    def calldata(self) -> bytes:
        if self.signature is None:
            return b""
        from eth_abi.abi import encode

        return selector(self.signature) + encode(_types(self.signature), self.args)

    def to_dict(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "value_wei": str(self.value_wei),
            "signature": self.signature,
            "args": [_jsonable(a) for a in self.args],
            "calldata": "0x" + self.calldata.hex(),
            "summary": {"en": self.summary_en, "zh": self.summary_zh},
            "evidence": None
            if self.evidence is None
            else {"start": self.evidence[0], "end": self.evidence[1], "text": self.evidence[2]},
        }


def _jsonable(value: Any) -> Any:
    if isinstance(value, bytes):
        return "0x" + value.hex()
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


@dataclass
class Decoded:
    signature: str | None
    name: str
    risk: str | None
    args: list[Any]
    inner: list[Decoded] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "signature": self.signature,
            "name": self.name,
            "risk": self.risk,
            "args": [_jsonable(a) for a in self.args],
            "inner": [i.to_dict() for i in self.inner],
        }

    def walk(self) -> list[Decoded]:
        out = [self]
        for i in self.inner:
            out.extend(i.walk())
        return out


def decode(calldata: bytes) -> Decoded:
    """Decode calldata against the known ABIs (recursively for batches); unknown selectors say so."""
    if not calldata:
        return Decoded(None, "ETH payment", None, [])
    by_selector = {selector(sig): sig for sig in KNOWN_FUNCTIONS}
    sig = by_selector.get(bytes(calldata[:4]))
    if sig is None:
        return Decoded(None, f"unknown function 0x{bytes(calldata[:4]).hex()}", "unknown_call", [])
    from eth_abi.abi import decode as abi_decode

    try:
        args = list(abi_decode(_types(sig), bytes(calldata[4:])))
    except Exception as exc:  # noqa: BLE001 - malformed calldata is a finding, not a crash
        return Decoded(sig, f"malformed call to {sig}: {exc}", "unknown_call", [])
    from ledgerlm.registry.receipts import to_checksum

    args = [to_checksum(a) if t == "address" else a for t, a in zip(_types(sig), args, strict=True)]
    name, risk = KNOWN_FUNCTIONS[sig]
    inner: list[Decoded] = []
    if sig == "multicall(bytes[])":
        inner = [decode(bytes(c)) for c in args[0]]
    if sig == "upgradeToAndCall(address,bytes)" and args[1]:
        inner = [decode(bytes(args[1]))]
    return Decoded(sig, name, risk, args, inner)


def check_roundtrip(action: Action) -> Decoded:
    """Decode the encoded action and require the same function and arguments back."""
    decoded = decode(action.calldata)
    if decoded.signature != action.signature or [_jsonable(a) for a in decoded.args] != [
        _jsonable(_normalise(a)) for a in action.args
    ]:
        raise InputError(
            f"the encoded call does not decode back to {action.signature}{action.args}",
            hint="this is a bug in the action builder; nothing was proposed",
        )
    return decoded


def _normalise(value: Any) -> Any:
    if isinstance(value, str) and value.startswith("0x") and len(value) == 42:
        from ledgerlm.registry.receipts import to_checksum

        return to_checksum(value)
    return value


def actions_from_json(items: list[dict[str, Any]]) -> list[Action]:
    """Typed actions from JSON: ``[{"target": "0x..", "value_wei": "0", "signature": "grantRole(bytes32,address)",
    "args": ["MINTER_ROLE", "0x.."]}]``. Role names become role ids; uint strings become ints."""
    from ledgerlm.language.addresses import validate_address

    out = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or "target" not in item:
            raise InputError(f"action {i + 1} needs a target", hint='{"target": "0x...", "signature": "..."}')
        sig = item.get("signature")
        if sig is not None and not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*\([a-z0-9,\[\]]*\)", str(sig)):
            raise InputError(
                f"action {i + 1}: {sig!r} is not a function signature", hint="e.g. transfer(address,uint256)"
            )
        types = _types(sig) if sig else []
        raw_args = list(item.get("args") or [])
        if len(raw_args) != len(types):
            raise InputError(
                f"action {i + 1}: {sig} takes {len(types)} arguments, {len(raw_args)} given",
                hint="list one argument per parameter",
            )
        args = [_coerce(t, a, i) for t, a in zip(types, raw_args, strict=True)]
        value = int(Decimal(str(item.get("value_wei", 0))))
        out.append(
            Action(
                validate_address(str(item["target"])),
                value,
                sig,
                args,
                summary_en=f"call {sig} on {item['target']}",
                summary_zh=f"在 {item['target']} 上调用 {sig}",
            )
        )
    return out


def _coerce(typ: str, value: Any, i: int) -> Any:
    from ledgerlm.language.addresses import validate_address

    if typ == "address":
        return validate_address(str(value))
    if typ.startswith("uint") or typ.startswith("int"):
        return int(Decimal(str(value)))
    if typ == "bytes32":
        if isinstance(value, str) and value.upper() in ROLE_NAMES:
            return role_id(value.upper())
        raw = bytes.fromhex(str(value).removeprefix("0x"))
        if len(raw) != 32:
            raise InputError(f"action {i + 1}: bytes32 needs 32 bytes", hint="0x + 64 hex digits, or a role name")
        return raw
    if typ == "bytes":
        return bytes.fromhex(str(value).removeprefix("0x"))
    if typ == "bytes[]":
        return [bytes.fromhex(str(v).removeprefix("0x")) for v in value]
    if typ == "bool":
        return bool(value)
    return value
