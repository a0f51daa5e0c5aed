"""Who receives the money: unambiguous, or asked about; never a silent pick.

Checked before a transfer is planned:

* an address with a look-alike character (Cyrillic ``а``, Greek ``ο``, full-width digits...) is an error naming the
  character; a mixed-case address with a wrong EIP-55 checksum is an error naming the checksum;
* two different candidate recipients in one message (a contact name and an address, two addresses, text in
  brackets or quotes, "actually" / "instead" / "其实" naming someone else) -> a question showing both;
* when planned: the zero address, a token contract (the one being sent or any known token), or a contract that
  cannot take the asset (ERC-20 to a contract that is not in the address book, ETH to a contract whose simulation
  reverts) -> a refusal with the reason.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ledgerlm.assistant.replies import say
from ledgerlm.errors import AmbiguousRequest, InputError, PolicyViolation

ZERO = "0x" + "0" * 40
# A word that starts like an address ("0x", possibly with a look-alike x or 0) and runs 30+ characters of what can
# pass for hex: ASCII letters and digits, Latin/Greek/Cyrillic letters, full-width digits and letters, and the
# invisible characters (zero-width, direction controls) that hide inside a pasted address. Not CJK text or
# punctuation: "（其实转到 0xAb…）" ends the address at "）", which is not a look-alike.
_LOOKS_HEX = (
    "0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
    "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
)
_ADDRISH = re.compile(rf"(?<![0-9A-Za-z])[0OoОо０][xXхХｘ×][{_LOOKS_HEX}]{{30,50}}")
_HEX40 = re.compile(r"(?<![0-9A-Za-z])0x[0-9a-fA-F]{40}(?![0-9A-Za-z])")
_ASIDE = re.compile(
    r"[(（\[【{\"“”'‘’「」『』]|\bactually\b|\binstead\b|\brather\b|\bnote to\b"
    r"|其实|改为|改成|而是|换成",
    re.IGNORECASE,
)


def _name_of(ch: str) -> str:
    try:
        return unicodedata.name(ch)
    except ValueError:
        return f"U+{ord(ch):04X}"


def check_lookalikes(text: str, lang: str) -> None:
    """Raise ``InputError`` naming the first non-ASCII character inside something written like an address."""
    for m in _ADDRISH.finditer(text):
        word = m.group(0)
        for i, ch in enumerate(word):
            if ord(ch) > 127:
                invisible = unicodedata.category(ch) == "Cf"  # zero-width, direction controls: nothing to see
                raise InputError(
                    say(
                        "invisible_in_address" if invisible else "lookalike",
                        lang,
                        word=word,
                        char=ch,
                        name=_name_of(ch),
                        position=i + 1,
                    ),
                    hint=say("lookalike_hint", lang),
                )


def check_checksums(text: str, lang: str) -> list[str]:
    """Every 0x+40-hex address in ``text`` (EIP-55), raising ``InputError`` on a mixed-case address whose
    checksum is wrong."""
    from eth_utils import is_checksum_address, to_checksum_address

    out: list[str] = []
    for m in _HEX40.finditer(text):
        raw = m.group(0)
        body = raw[2:]
        if body != body.lower() and body != body.upper() and not is_checksum_address(raw):
            good = to_checksum_address(raw)
            raise InputError(say("bad_checksum", lang, address=raw), hint=say("bad_checksum_hint", lang, good=good))
        out.append(to_checksum_address(raw))
    return out


def candidates(text: str, slots: dict[str, Any], lang: str) -> list[tuple[str, str | None]]:
    """Distinct (address, contact name or None) the message could mean as recipient."""
    from ledgerlm.chain import contacts

    check_lookalikes(text, lang)
    found: dict[str, str | None] = {}
    for addr in check_checksums(text, lang):
        found.setdefault(addr.lower(), None)
    book = contacts.all_contacts()
    lowered = text.lower()
    for name, addr in book.items():
        if re.search(rf"(?<![\w]){re.escape(name.lower())}(?![\w])", lowered):
            key = addr.lower()
            if found.get(key) is None:
                found[key] = name
    raw = str(slots.get("recipient") or "").strip()
    if raw and not raw.lower().startswith("0x"):
        addr = contacts.lookup(raw)
        if addr is None:
            found.setdefault("?" + raw.lower(), raw)
        elif found.get(addr.lower()) is None:
            found[addr.lower()] = raw
    out = []
    for key, name in found.items():
        out.append((key if key.startswith("?") else _checksum(key), name))
    return out


def _checksum(addr: str) -> str:
    from eth_utils import to_checksum_address

    return to_checksum_address(addr)


def require_one(text: str, slots: dict[str, Any], lang: str) -> None:
    """Ask (``AmbiguousRequest``) when the message names more than one recipient."""
    cands = candidates(text, slots, lang)
    if len(cands) < 2:
        return
    shown = [f"{name} ({addr})" if name and not addr.startswith("?") else (name or addr) for addr, name in cands]
    listing = say("list_separator", lang).join(shown)
    aside = say("recipient_aside", lang) if _ASIDE.search(text) else ""
    msg = say("several_recipients", lang, count=len(cands), listing=listing, aside=aside)
    raise AmbiguousRequest(msg, shown, hint=say("several_recipients_hint", lang))


def check_destination(chain: Any, tokens: Any, recipient: str, symbol: str, name: str | None, lang: str) -> None:
    """Refuse destinations that lose the money: the zero address, token contracts, and (for ERC-20s) contracts
    that are not in the address book."""
    if recipient.lower() == ZERO:
        raise PolicyViolation(say("zero_address", lang), hint=say("check_recipient", lang))
    token_addrs = {}
    for sym in tokens.symbols():
        try:
            info = tokens.get(sym)
        except Exception:  # noqa: BLE001 - an unreachable token entry is simply not compared
            continue
        if info.address:
            token_addrs[info.address.lower()] = sym
    if recipient.lower() in token_addrs:
        which = token_addrs[recipient.lower()]
        raise PolicyViolation(
            say("token_contract", lang, recipient=recipient, symbol=which), hint=say("token_contract_hint", lang)
        )
    if symbol != "ETH" and name is None:
        try:
            code = chain.code(recipient)
        except Exception:  # noqa: BLE001 - no code lookup: the simulation still runs
            code = b""
        if code:
            raise PolicyViolation(
                say("contract_recipient", lang, recipient=recipient, symbol=symbol),
                hint=say("contract_recipient_hint", lang, recipient=recipient, symbol=symbol),
            )
