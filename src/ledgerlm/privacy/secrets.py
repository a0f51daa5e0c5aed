"""Private keys and seed phrases: found, then refused outright (never redacted, never stored).

Private keys vs. 32-byte hashes. Both are 64 hex digits, so the words around the value decide:

1. labelled as a key ("private key", "privkey", "secret key", "私钥", "密钥", a JSON key ``privateKey`` ...)
   within the 48 characters before it -> refused (also when unlabelled before but a key word follows within 32);
2. labelled as a hash ("tx", "transaction", "hash", "txid", "block", "root", "digest", "交易", "哈希", "区块",
   "凭证" ...) -> kept: hashes are public and needed to act on them;
3. ABI-padded 20-byte addresses (``0x`` + 24 zeros + 40 hex) are data, never keys -> kept;
4. anything else is unlabelled. With ``hex64_policy="strict"`` (the default) it is refused, because a key pasted
   without a word is still a key and a refusal is cheap to fix ("tx 0x..."), while a leak is not. With
   ``"lenient"`` an unlabelled ``0x``-prefixed value is kept (explorers print hashes with 0x) and only a bare
   64-hex run (the MetaMask export format) is refused.

Seed phrases. A run of consecutive BIP-39 words (English, space/comma separated; Chinese single characters
separated by spaces, or right after a label such as "助记词") is refused when a 12/15/18/21/24-word window passes
the BIP-39 checksum, when the run is labelled ("seed", "mnemonic", "recovery phrase", "助记词", "种子"...), or when
it is 15 words or longer (prose essentially never strings 15 list words together).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ledgerlm.errors import SecretDetected
from ledgerlm.privacy import bip39

SecretKind = Literal["PRIVATE_KEY", "SEED_PHRASE"]
Hex64Policy = Literal["strict", "lenient"]

_HEX64 = re.compile(r"(?<![0-9A-Za-z])(0x)?([0-9a-fA-F]{64})(?![0-9A-Za-z])")
_KEY_LABEL = re.compile(
    r"(private[\s_-]*key|priv[\s_-]*key|secret[\s_-]*key|signing[\s_-]*key|\bpk\b|\bsk\b|\bsecret\b|"
    r"\bkey\s*[:=]|wallet\s+key|私钥|密钥|秘钥|私匙)",
    re.IGNORECASE,
)
_HASH_LABEL = re.compile(
    r"(hash|\btx\b|txid|tx[\s_-]*id|transaction|\bblock|root|digest|receipt|topic|commit|anchor|merkle|"
    r"keccak|sha-?256|checksum|nonce|salt|credential|\bid\b|交易|哈希|区块|凭证|散列|摘要|回执|根)",
    re.IGNORECASE,
)
_SEED_LABEL = re.compile(
    r"(seed|mnemonic|recovery\s+(phrase|words)|secret\s+(phrase|words)|backup\s+(phrase|words)|"
    r"助记词|种子|恢复短语|备份词)",
    re.IGNORECASE,
)
_EN_WORD = re.compile(r"[a-z]+")
_ZH_SPACED = re.compile(r"[\u4e00-\u9fff](?:[\s,，、]+[\u4e00-\u9fff])+")
_ZH_LABELLED = re.compile(r"(?:助记词|种子|mnemonic|seed)[^\u4e00-\u9fff]{0,12}([\u4e00-\u9fff]{12,24})", re.I)
_LABEL_WINDOW = 48


@dataclass(frozen=True)
class SecretFinding:
    """Where a secret sits; the value itself is deliberately not kept."""

    kind: SecretKind
    start: int
    end: int
    reason: str


def _label_before(text: str, start: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
    window = text[max(0, start - _LABEL_WINDOW) : start]
    last = None
    for m in pattern.finditer(window):
        last = m
    return last


def _classify_hex64(text: str, m: re.Match[str], policy: Hex64Policy) -> str | None:
    """Return why this 64-hex run is a key, or None when it is a hash / data."""
    prefixed, digits = m.group(1) is not None, m.group(2)
    if prefixed and digits.startswith("0" * 24):
        return None
    key = _label_before(text, m.start(), _KEY_LABEL)
    hashy = _label_before(text, m.start(), _HASH_LABEL)
    if key and (not hashy or key.end() >= hashy.end()):
        return f"labelled '{key.group(0).strip()}'"
    if hashy:
        return None
    after = _KEY_LABEL.search(text[m.end() : m.end() + 32])
    if after:
        return f"followed by '{after.group(0).strip()}'"
    if policy == "lenient" and prefixed:
        return None
    return "unlabelled 64-hex value (could be a private key)"


def _english_runs(text: str) -> list[tuple[int, int, list[str]]]:
    """Maximal runs of BIP-39 English words separated only by whitespace, commas or numbering like '1.'."""
    runs: list[tuple[int, int, list[str]]] = []
    words: list[tuple[int, int, str]] = []
    tokens = list(re.finditer(r"[A-Za-z]+", text))
    if len(tokens) < 12:  # no run of 12 words can be in it: the wordlist is not even read
        return runs
    index = bip39.word_index("english")
    for m in tokens:
        token = m.group(0)
        in_list = token.islower() or token.istitle() or token.isupper()
        gap_ok = not words or re.fullmatch(r"[\s,;\-\d.)\"']*", text[words[-1][1] : m.start()]) is not None
        if in_list and token.lower() in index and gap_ok:
            words.append((m.start(), m.end(), token.lower()))
            continue
        if len(words) >= 12:
            runs.append((words[0][0], words[-1][1], [w for _, _, w in words]))
        words = [(m.start(), m.end(), token.lower())] if in_list and token.lower() in index else []
    if len(words) >= 12:
        runs.append((words[0][0], words[-1][1], [w for _, _, w in words]))
    return runs


def _checksum_window(words: list[str], language: str) -> bool:
    for n in bip39.MNEMONIC_LENGTHS:
        for i in range(0, len(words) - n + 1):
            if bip39.checksum_valid(words[i : i + n], language):
                return True
    return False


def _seed_reason(text: str, start: int, words: list[str], language: str) -> str | None:
    if _checksum_window(words, language):
        return f"{len(words)} BIP-39 words with a valid checksum"
    if _label_before(text, start, _SEED_LABEL):
        return f"{len(words)} BIP-39 words labelled as a seed phrase"
    if len(words) >= 15:
        return f"{len(words)} consecutive BIP-39 words"
    return None


def find_secrets(text: str, *, hex64_policy: Hex64Policy = "strict") -> list[SecretFinding]:
    """All private keys and seed phrases in ``text`` (positions and reason only)."""
    found: list[SecretFinding] = []
    for m in _HEX64.finditer(text):
        reason = _classify_hex64(text, m, hex64_policy)
        if reason:
            found.append(SecretFinding("PRIVATE_KEY", m.start(), m.end(), reason))
    for start, end, words in _english_runs(text):
        reason = _seed_reason(text, start, words, "english")
        if reason:
            found.append(SecretFinding("SEED_PHRASE", start, end, reason))
    zh_index: dict[str, int] = {}  # read only where a run of characters could be a seed phrase
    for m in _ZH_SPACED.finditer(text):
        chars = [c for c in m.group(0) if "\u4e00" <= c <= "\u9fff"]
        zh_index = zh_index or (bip39.word_index("chinese_simplified") if len(chars) >= 12 else {})
        if len(chars) >= 12 and all(c in zh_index for c in chars):
            reason = _seed_reason(text, m.start(), chars, "chinese_simplified")
            if reason:
                found.append(SecretFinding("SEED_PHRASE", m.start(), m.end(), reason))
    for m in _ZH_LABELLED.finditer(text):
        chars = list(m.group(1))
        zh_index = zh_index or bip39.word_index("chinese_simplified")
        if all(c in zh_index for c in chars[:12]):
            reason = "Chinese BIP-39 characters labelled as a seed phrase"
            found.append(SecretFinding("SEED_PHRASE", m.start(1), m.end(1), reason))
    return found


def refusal(findings: list[SecretFinding]) -> SecretDetected:
    """The bilingual error raised for secrets; it never contains the secret itself."""
    kinds = sorted({f.kind for f in findings})
    en = {"PRIVATE_KEY": "a private key", "SEED_PHRASE": "a seed phrase (BIP-39 mnemonic)"}
    zh = {"PRIVATE_KEY": "私钥", "SEED_PHRASE": "助记词（BIP-39）"}
    what_en = " and ".join(en[k] for k in kinds)
    what_zh = "和".join(zh[k] for k in kinds)
    where = ", ".join(f"{f.kind} at {f.start}-{f.end} ({f.reason})" for f in findings)
    return SecretDetected(
        f"Refused: the input contains {what_en}; it was never stored, logged or sent anywhere. "
        f"输入包含{what_zh}，已拒绝处理；该内容从未被存储、记录或发送。 [{where}]",
        hint="remove it and treat that key as compromised if it was shared; never paste keys or seed phrases. "
        "If a 64-hex value is a transaction hash, label it, e.g. 'tx 0x…' / '交易哈希 0x…'. "
        "请删除后重试；若是交易哈希请注明“交易哈希”。",
    )


def check_secrets(text: str, *, hex64_policy: Hex64Policy = "strict") -> None:
    """Raise ``SecretDetected`` when ``text`` holds a private key or a seed phrase."""
    found = find_secrets(text, hex64_policy=hex64_policy)
    if found:
        raise refusal(found)
