"""The address book: names people use ("bob", "小王") bound to EIP-55 addresses, in ``<data_dir>/contacts.json``."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from eth_utils import is_address, is_checksum_address, to_checksum_address

from ledgerlm.config import data_dir
from ledgerlm.errors import InputError, NotFound

_NAME = re.compile(r"^[\w.\- ]{1,40}$", re.UNICODE)


def _path() -> Path:
    return data_dir() / "contacts.json"


def _load() -> dict[str, str]:
    path = _path()
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _save(book: dict[str, str]) -> None:
    path = _path()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(book, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def validate_address(address: str) -> str:
    """Accept all-lower/all-upper hex, or mixed case only with a correct EIP-55 checksum."""
    if not is_address(address):
        raise InputError(f"{address!r} is not a 20-byte hex address", hint="an address is 0x and 40 hex digits")
    body = address[2:]
    if body != body.lower() and body != body.upper() and not is_checksum_address(address):
        raise InputError(f"{address} has a wrong EIP-55 checksum", hint="copy the address again; a character is off")
    return to_checksum_address(address)


def add(name: str, address: str) -> str:
    key = name.strip().lower()
    if not _NAME.match(key):
        raise InputError(f"invalid contact name {name!r}", hint="use up to 40 letters, digits, spaces, '.', '_' or '-'")
    checksummed = validate_address(address)
    book = _load()
    book[key] = checksummed
    _save(book)
    return checksummed


def remove(name: str) -> None:
    book = _load()
    if book.pop(name.strip().lower(), None) is None:
        raise NotFound(f"no contact named {name!r}")
    _save(book)


def lookup(name: str) -> str | None:
    return _load().get(name.strip().lower())


def all_contacts() -> dict[str, str]:
    return dict(sorted(_load().items()))
