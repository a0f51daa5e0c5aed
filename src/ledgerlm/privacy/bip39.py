"""BIP-39 word lists and checksum validation, so seed phrases can be recognised and refused.

The two lists shipped in ``wordlists/`` are the official BIP-39 English and Chinese-simplified lists (2048 entries
each). Their SHA-256 digests are pinned below and checked on first load: a corrupted or edited list would silently
weaken secret detection, so it fails loudly instead.

A mnemonic of ``n`` words (n in 12, 15, 18, 21, 24) encodes ``n * 11`` bits = entropy ``ENT`` bits followed by
``ENT / 32`` checksum bits, which are the first bits of ``sha256(entropy)``. A random run of list words passes the
checksum with probability 2^-(ENT/32) (1/16 for 12 words), so "checksum valid" is strong evidence of a real seed.
"""

from __future__ import annotations

import hashlib
from functools import cache

from ledgerlm.errors import ConfigError

MNEMONIC_LENGTHS: tuple[int, ...] = (12, 15, 18, 21, 24)

# Official list digests (bitcoin/bips bip-0039/english.txt and chinese_simplified.txt).
_SHA256 = {
    "english": "2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda",
    "chinese_simplified": "5c5942792bd8340cb8b27cd592f1015edf56a8c5b26276ee18a482428e7c5726",
}


@cache
def wordlist(language: str = "english") -> tuple[str, ...]:
    """The 2048 words of ``language`` ("english" or "chinese_simplified"), in BIP-39 index order."""
    if language not in _SHA256:
        raise ConfigError(f"unknown BIP-39 language {language!r}", hint=f"use one of {sorted(_SHA256)}")
    # imported here: importlib.resources pulls in tempfile, shutil and zipfile, and most redactions need no wordlist
    from importlib import resources

    raw = resources.files("ledgerlm.privacy").joinpath("wordlists", f"{language}.txt").read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != _SHA256[language]:
        raise ConfigError(f"BIP-39 {language} word list is corrupted (sha256 {digest})", hint="reinstall ledgerlm")
    words = tuple(raw.decode("utf-8").split())
    if len(words) != 2048:
        raise ConfigError(f"BIP-39 {language} word list has {len(words)} words, expected 2048")
    return words


@cache
def word_index(language: str = "english") -> dict[str, int]:
    return {word: i for i, word in enumerate(wordlist(language))}


def is_word(token: str, language: str = "english") -> bool:
    return token in word_index(language)


def checksum_valid(words: list[str] | tuple[str, ...], language: str = "english") -> bool:
    """True when ``words`` form a BIP-39 mnemonic whose checksum bits match ``sha256(entropy)``."""
    n = len(words)
    if n not in MNEMONIC_LENGTHS:
        return False
    index = word_index(language)
    try:
        bits = "".join(format(index[w], "011b") for w in words)
    except KeyError:
        return False
    checksum_bits = n * 11 // 33
    entropy_bits = n * 11 - checksum_bits
    entropy = int(bits[:entropy_bits], 2).to_bytes(entropy_bits // 8, "big")
    expected = format(int.from_bytes(hashlib.sha256(entropy).digest(), "big"), "0256b")[:checksum_bits]
    return bits[entropy_bits:] == expected


def entropy_to_mnemonic(entropy: bytes, language: str = "english") -> list[str]:
    """Encode entropy (16-32 bytes, multiple of 4) as mnemonic words; used by tests and the labelled set."""
    if len(entropy) not in (16, 20, 24, 28, 32):
        raise ValueError("entropy must be 16, 20, 24, 28 or 32 bytes")
    entropy_bits = len(entropy) * 8
    checksum = format(int.from_bytes(hashlib.sha256(entropy).digest(), "big"), "0256b")[: entropy_bits // 32]
    bits = format(int.from_bytes(entropy, "big"), f"0{entropy_bits}b") + checksum
    words = wordlist(language)
    return [words[int(bits[i : i + 11], 2)] for i in range(0, len(bits), 11)]
