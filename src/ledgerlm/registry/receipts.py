"""EIP-712 signed model receipts: which registered model made an audited decision.

A receipt signs ``ModelReceipt(bytes32 modelId, bytes32 manifestHash, bytes32 inputHash, bytes32 outputHash,
string time)`` under the domain ``{name: "ledgerlm model receipt", version: "1"}`` (no chain id: a decision is made
before, and independently of, any chain). Every field is derived from the audit record it belongs to:

* ``modelId``/``manifestHash``: the record's committed ``model_version`` field, ``"<modelId>:<manifestHash>"``;
* ``inputHash``: the record's ``input_sha256`` (zero when the record has no input);
* ``outputHash``: sha256 of the record's canonical output JSON text;
* ``time``: the record's ``time``.

So the receipt adds only a signature to what the Merkle proof already commits to, and anyone can check it with
eth-account's ``encode_typed_data`` (tests do). The digest is computed here by hand with keccak and coincurve
because this module sits on the decision path, which must not import web3 or eth-account.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from ledgerlm.audit.hashing import keccak as keccak256
from ledgerlm.errors import LedgerError

DOMAIN = {"name": "ledgerlm model receipt", "version": "1"}
PRIMARY_TYPE = "ModelReceipt"
TYPES: dict[str, list[dict[str, str]]] = {
    "EIP712Domain": [{"name": "name", "type": "string"}, {"name": "version", "type": "string"}],
    PRIMARY_TYPE: [
        {"name": "modelId", "type": "bytes32"},
        {"name": "manifestHash", "type": "bytes32"},
        {"name": "inputHash", "type": "bytes32"},
        {"name": "outputHash", "type": "bytes32"},
        {"name": "time", "type": "string"},
    ],
}
ZERO32 = "0x" + "00" * 32


class ReceiptError(LedgerError):
    """A model receipt is malformed, or its signature does not match the record it claims."""


def _type_string(name: str) -> bytes:
    fields = ",".join(f"{f['type']} {f['name']}" for f in TYPES[name])
    return f"{name}({fields})".encode()


def _b32(value: str, what: str) -> bytes:
    raw = bytes.fromhex(value.removeprefix("0x"))
    if len(raw) != 32:
        raise ReceiptError(f"{what} must be 32 bytes, got {len(raw)}")
    return raw


def digest(message: dict[str, str]) -> bytes:
    """The EIP-712 digest ``keccak256(0x1901 || domainSeparator || hashStruct(message))``."""
    domain_sep = keccak256(
        keccak256(_type_string("EIP712Domain"))
        + keccak256(DOMAIN["name"].encode())
        + keccak256(DOMAIN["version"].encode())
    )
    struct = keccak256(
        keccak256(_type_string(PRIMARY_TYPE))
        + _b32(message["modelId"], "modelId")
        + _b32(message["manifestHash"], "manifestHash")
        + _b32(message["inputHash"], "inputHash")
        + _b32(message["outputHash"], "outputHash")
        + keccak256(message["time"].encode())
    )
    return keccak256(b"\x19\x01" + domain_sep + struct)


def model_version_field(model_id: str, manifest_hash: str) -> str:
    return f"{model_id}:{manifest_hash}"


def split_model_version(value: str | None) -> tuple[str, str] | None:
    """``(model_id, manifest_hash)`` from a record's ``model_version``, or None when it names no registry entry."""
    if not value or value.count(":") != 1:
        return None
    model_id, manifest = value.split(":")
    if len(model_id) == 66 and len(manifest) == 66 and model_id.startswith("0x") and manifest.startswith("0x"):
        return model_id, manifest
    return None


def message_for_record(fields: dict[str, Any], output_json: str) -> dict[str, str]:
    """The receipt message a record's committed fields imply (``fields`` as ``AuditRecord.fields()``)."""
    ref = split_model_version(fields.get("model_version"))
    if ref is None:
        raise ReceiptError("the record names no registered model (model_version is not '<modelId>:<manifestHash>')")
    input_hash = fields.get("input_sha256")
    return {
        "modelId": ref[0],
        "manifestHash": ref[1],
        "inputHash": ("0x" + input_hash) if input_hash and not input_hash.startswith("0x") else (input_hash or ZERO32),
        "outputHash": "0x" + hashlib.sha256(output_json.encode("utf-8")).hexdigest(),
        "time": str(fields["time"]),
    }


@dataclass(frozen=True)
class Signer:
    """The local key that signs receipts for ledgerlm's own models (and owns their registry entries)."""

    private_key: bytes

    @cached_property
    def _key(self) -> Any:
        from coincurve import PrivateKey

        return PrivateKey(self.private_key)

    @cached_property
    def address(self) -> str:
        pub = self._key.public_key.format(compressed=False)[1:]
        return to_checksum(keccak256(pub)[-20:].hex())

    def sign(self, message: dict[str, str]) -> str:
        sig: bytes = self._key.sign_recoverable(digest(message), hasher=None)
        r, s, rec = sig[:32], sig[32:64], sig[64]
        return "0x" + (r + s + bytes([27 + rec])).hex()


def to_checksum(hex_address: str) -> str:
    """EIP-55 checksum of a 20-byte hex address."""
    addr = hex_address.lower().removeprefix("0x")
    h = keccak256(addr.encode()).hex()
    return "0x" + "".join(c.upper() if c.isalpha() and int(h[i], 16) >= 8 else c for i, c in enumerate(addr))


def recover(message: dict[str, str], signature: str) -> str:
    """The address that signed ``message`` (EIP-55)."""
    from coincurve import PublicKey

    raw = bytes.fromhex(signature.removeprefix("0x"))
    if len(raw) != 65 or raw[64] not in (27, 28):
        raise ReceiptError("a receipt signature is 65 bytes r || s || v with v 27 or 28")
    pub = PublicKey.from_signature_and_message(raw[:64] + bytes([raw[64] - 27]), digest(message), hasher=None)
    return to_checksum(keccak256(pub.format(compressed=False)[1:])[-20:].hex())


def signer_path() -> Path:
    from ledgerlm.config import data_dir

    return data_dir() / "registry" / "signer.key"


_signers: dict[str, Signer] = {}


def local_signer() -> Signer:
    """The data dir's receipt signer, created on first use (file mode 0600, never printed)."""
    path = signer_path()
    known = _signers.get(str(path))
    if known is not None:
        return known
    if path.exists():
        raw = bytes.fromhex(path.read_text(encoding="ascii").strip())
        if len(raw) != 32:
            raise ReceiptError(f"{path} is not a 32-byte hex key", hint="delete it to create a new signer")
        return _signers.setdefault(str(path), Signer(raw))
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = secrets.token_bytes(32)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key.hex())
    try:
        os.link(tmp, path)  # first writer wins; a concurrent process reads the winner's key
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)
    return local_signer()


def make_receipt(fields: dict[str, Any], output_json: str, signer: Signer | None = None) -> dict[str, Any]:
    """The signed receipt of one record: ``{domain, types, primaryType, message, signer, signature}``."""
    signer = signer or local_signer()
    message = message_for_record(fields, output_json)
    return {
        "domain": dict(DOMAIN),
        "types": TYPES,
        "primaryType": PRIMARY_TYPE,
        "message": message,
        "signer": signer.address,
        "signature": signer.sign(message),
    }


def check_receipt(receipt: dict[str, Any], fields: dict[str, Any], output_json: str) -> str:
    """Check a receipt against its record offline; returns the signer. Raises ``ReceiptError`` on any mismatch."""
    expected = message_for_record(fields, output_json)
    if receipt.get("message") != expected:
        raise ReceiptError("the receipt's message does not match the record's committed fields")
    if receipt.get("domain") != DOMAIN or receipt.get("primaryType") != PRIMARY_TYPE:
        raise ReceiptError("the receipt's domain or type is not ledgerlm's ModelReceipt v1")
    signer = recover(expected, str(receipt.get("signature", "")))
    if signer != receipt.get("signer"):
        raise ReceiptError(f"the signature recovers {signer}, not the stated signer {receipt.get('signer')}")
    return signer
