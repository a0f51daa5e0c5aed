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

from ledgerlm.errors import AmbiguousRequest, InputError, PolicyViolation

ZERO = "0x" + "0" * 40
# A word that starts like an address ("0x", possibly with a look-alike x or 0) and runs 30+ characters.
_ADDRISH = re.compile(r"(?<![0-9A-Za-z])[0OoОо０][xXхХｘ×][0-9A-Za-z\u00c0-\uffff]{30,50}")
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
                name = _name_of(ch)
                if lang == "zh":
                    raise InputError(
                        f"地址 {word} 的第 {i + 1} 个字符“{ch}”（{name}）不是 ASCII 字符，只是看起来像；"
                        "拒绝使用这个地址",
                        hint="请从钱包中重新复制地址，不要手动输入",
                    )
                raise InputError(
                    f"the address {word} contains '{ch}' ({name}) at position {i + 1}: a look-alike, "
                    "not an ASCII hex character; refusing it",
                    hint="copy the address again from the wallet instead of typing it",
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
            if lang == "zh":
                raise InputError(
                    f"地址 {raw} 的 EIP-55 校验和（大小写）不正确，可能有字符输错；拒绝使用",
                    hint=f"请重新复制地址；若确认无误，其正确校验和形式是 {good}",
                )
            raise InputError(
                f"the address {raw} has a wrong EIP-55 checksum (its upper/lower case does not match); "
                "a character may be off, so I will not use it",
                hint=f"copy it again; if it is right, its checksummed form is {good}",
            )
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
    listing = "；".join(shown) if lang == "zh" else "; ".join(shown)
    aside = bool(_ASIDE.search(text))
    if lang == "zh":
        msg = (
            f"你的消息里有 {len(cands)} 个可能的收款方：{listing}。"
            + ("其中一个写在括号、引号或“其实/改为”之后。" if aside else "")
            + "我不会替你选择：请只写明一个收款方后重新发送。"
        )
        hint = "例如：给 bob 转 1 USDC"
    else:
        msg = (
            f"Your message names {len(cands)} possible recipients: {listing}."
            + (" One of them is in brackets, quotes or after 'actually'/'instead'." if aside else "")
            + " I will not pick one for you: send the request again naming only the one you mean."
        )
        hint = "for example: send 1 USDC to bob"
    raise AmbiguousRequest(msg, shown, hint=hint)


def check_destination(chain: Any, tokens: Any, recipient: str, symbol: str, name: str | None, lang: str) -> None:
    """Refuse destinations that lose the money: the zero address, token contracts, and (for ERC-20s) contracts
    that are not in the address book."""
    zh = lang == "zh"
    if recipient.lower() == ZERO:
        raise PolicyViolation(
            "收款地址是零地址（0x000…000），发送到那里的资产会永久丢失"
            if zh
            else "the recipient is the zero address (0x000…000): anything sent there is lost for good",
            hint="检查收款地址" if zh else "check the recipient address",
        )
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
            f"收款地址 {recipient} 是 {which} 代币合约本身；转到代币合约的资产通常无法取回"
            if zh
            else f"{recipient} is the {which} token contract itself; tokens or ETH sent to a token contract are usually "  # noqa: E501
            "lost",
            hint="请改为收款人的钱包地址" if zh else "use the recipient's own wallet address",
        )
    if symbol != "ETH" and name is None:
        try:
            code = chain.code(recipient)
        except Exception:  # noqa: BLE001 - no code lookup: the simulation still runs
            code = b""
        if code:
            raise PolicyViolation(
                f"{recipient} 是一个合约，不是钱包；它不一定能转出收到的 {symbol}，资产可能永久锁死"
                if zh
                else f"{recipient} is a contract, not a wallet; it may have no way to move {symbol} it receives, so the "  # noqa: E501
                "tokens could be locked for good",
                hint=(
                    f"若确定该合约能处理 {symbol}，先添加联系人：ledgerlm contacts add NAME {recipient}"
                    if zh
                    else f"if you are sure it handles {symbol}, add it first: ledgerlm contacts add NAME {recipient}"
                ),
            )
