"""Hashes and canonical bytes of the audit trail, shared by the log and the standalone verifier.

Everything an outsider needs to recompute a proof is defined here and nowhere else:

* canonical JSON: sorted keys, no spaces, UTF-8 (not ASCII-escaped), ``Decimal`` as a string, NaN/Infinity refused;
  records are written with portable numbers (``portable_json``: no float that a JavaScript reader would re-encode
  differently, no integer beyond 2**53), so parsing a record and re-encoding it in any language gives its bytes;
* ``leaf = keccak256(0x00 || canonical_record_bytes)`` and ``node = keccak256(0x01 || left || right)``: the
  one-byte prefixes separate the domains, so a leaf can never be passed off as an inner node (no second-preimage
  trick), and the same rule is mirrored in ``AuditAnchor.verify``;
* ``link = keccak256(0x02 || previous_link || leaf)``: each record is chained to the one before it in the log.

keccak256 comes from ``safe-pysha3`` when installed (about 6x faster here than pycryptodome), else pycryptodome.
This module must not import sqlite or anything that touches the local database.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from ledgerlm.errors import InputError

try:  # the fast C implementation
    from sha3 import keccak_256 as _sha3_keccak

    #: keccak_new(data).digest(): the C constructor itself, no wrapper call on hot loops.
    keccak_new: Callable[[bytes], Any] = _sha3_keccak
    KECCAK_BACKEND = "pysha3"
except ImportError:  # pragma: no cover - depends on what is installed
    from Crypto.Hash import keccak as _pyc

    def _pycryptodome_keccak(data: bytes) -> Any:
        return _pyc.new(digest_bits=256, data=data)

    keccak_new = _pycryptodome_keccak
    KECCAK_BACKEND = "pycryptodome"


def keccak(data: bytes) -> bytes:
    digest: bytes = keccak_new(data).digest()
    return digest


LEAF_PREFIX = b"\x00"
NODE_PREFIX = b"\x01"
LINK_PREFIX = b"\x02"
ZERO_HASH = bytes(32)

#: The fields of a record that its leaf commits to, in canonical (sorted) order. ``output`` is a JSON value.
RECORD_FIELDS = (
    "actor",
    "component",
    "id",
    "input",
    "input_sha256",
    "kind",
    "model",
    "model_version",
    "output",
    "time",
    "tx_hashes",
    "v",
)
RECORD_VERSION = 1


def _default(value: Any) -> Any:
    """JSON for the types callers hand us: models, dataclasses, Decimals (as strings), bytes (0x-hex), sets."""
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise InputError(f"cannot record the non-finite number {value}", hint="pass a finite value")
        return str(value)
    if hasattr(value, "model_dump"):  # pydantic
        return value.model_dump(mode="json")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, (bytes, bytearray)):
        return "0x" + bytes(value).hex()
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=repr)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    raise InputError(
        f"cannot record a value of type {type(value).__name__} as JSON",
        hint="pass plain JSON values, Decimals, dataclasses or pydantic models",
    )


_encoder = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False, default=_default
)
_encode: Callable[[Any], str] = _encoder.encode


def canonical_json(value: Any) -> str:
    """The one canonical text of a JSON value (see the module docstring)."""
    try:
        return _encode(value)
    except ValueError as exc:
        raise InputError(f"cannot record this value as canonical JSON: {exc}", hint="no NaN or Infinity") from None


#: the largest integer every JSON reader holds exactly (JavaScript numbers are IEEE doubles)
_SAFE_INT = 2**53
#: a digit before "." or an exponent (every JSON float has one), or 16 digits in a row (every integer >= 2**53):
#: where neither occurs, even inside strings, the text has no number to rewrite
_MAYBE_UNPORTABLE = re.compile(r"\d[.eE]|\d{16}")


def portable_json(value: Any) -> str:
    """``canonical_json`` of ``value`` with its numbers written so that any JSON reader re-encodes them to the
    same text: integral floats as integers, floats Python would write with an exponent as decimal strings, and
    integers of 2**53 or more as strings. Records are written this way, so a verifier in JavaScript (the web app's,
    or an outsider's) that parses a proof and re-encodes its record gets the very bytes that were hashed."""
    text = canonical_json(value)
    if _MAYBE_UNPORTABLE.search(text) is None:
        return text  # no float and no long integer anywhere (the common record): nothing to parse again
    changed: list[bool] = []  # per call, so concurrent appends never share it

    def float_token(token: str) -> Any:
        number = float(token)
        if number.is_integer() and abs(number) < _SAFE_INT:
            changed.append(True)
            return int(number)  # 1.0 -> 1: JavaScript writes 1.0 as "1"
        if "e" in token or "E" in token:
            changed.append(True)
            return format(Decimal(token), "f")  # Python writes 1e-05, JavaScript 0.00001: a string both keep
        return number  # shortest round-trip digits, the same in Python and JavaScript

    def int_token(token: str) -> Any:
        if abs(int(token)) >= _SAFE_INT:
            changed.append(True)
            return token  # beyond 2**53 a JavaScript reader would round it
        return int(token)

    normalised = json.loads(text, parse_float=float_token, parse_int=int_token)
    return canonical_json(normalised) if changed else text


_encode_str = json.encoder.encode_basestring  # the C string encoder (ensure_ascii=False), as json.dumps uses it


def _s(value: str | None) -> str:
    return "null" if value is None else _encode_str(value)


def record_bytes(fields: dict[str, Any], output_json: str | None = None) -> bytes:
    """Canonical bytes of a record. ``output_json`` (already canonical) saves re-encoding the output.

    Assembled by hand in sorted key order for speed; equal to ``canonical_json(fields)`` by construction (a test
    checks this), so any JSON library that sorts keys can reproduce it.
    """
    out = canonical_json(fields["output"]) if output_json is None else output_json
    return (
        '{"actor":'
        + _s(fields["actor"])
        + ',"component":'
        + _s(fields["component"])
        + ',"id":'
        + str(int(fields["id"]))
        + ',"input":'
        + _s(fields["input"])
        + ',"input_sha256":'
        + _s(fields["input_sha256"])
        + ',"kind":'
        + _s(fields["kind"])
        + ',"model":'
        + _s(fields["model"])
        + ',"model_version":'
        + _s(fields["model_version"])
        + ',"output":'
        + out
        + ',"time":'
        + _s(fields["time"])
        + ',"tx_hashes":['
        + ",".join(map(_encode_str, fields["tx_hashes"]))
        + "]"
        + ',"v":'
        + str(int(fields["v"]))
        + "}"
    ).encode("utf-8")


def leaf_hash(canonical: bytes) -> bytes:
    return keccak(LEAF_PREFIX + canonical)


def node_hash(left: bytes, right: bytes) -> bytes:
    return keccak(NODE_PREFIX + left + right)


def link_hash(previous: bytes, leaf: bytes) -> bytes:
    return keccak(LINK_PREFIX + previous + leaf)


def to_hex(data: bytes) -> str:
    return "0x" + data.hex()


def from_hex(text: str, *, what: str = "hash", size: int = 32) -> bytes:
    """Parse a 0x-prefixed hex string of ``size`` bytes, naming ``what`` in the error."""
    if not isinstance(text, str) or not text.startswith("0x"):
        raise InputError(f"{what} must be a 0x-prefixed hex string, got {text!r}")
    try:
        raw = bytes.fromhex(text[2:])
    except ValueError:
        raise InputError(f"{what} is not valid hex: {text!r}") from None
    if size and len(raw) != size:
        raise InputError(f"{what} must be {size} bytes, got {len(raw)}")
    return raw
