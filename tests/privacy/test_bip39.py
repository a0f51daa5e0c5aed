"""The shipped BIP-39 lists are the official ones and the checksum logic matches the reference implementation."""

from __future__ import annotations

import secrets

import pytest
from eth_account.hdaccount.mnemonic import Language, Mnemonic

from ledgerlm.errors import SecretDetected
from ledgerlm.privacy import bip39, redact


def test_lists_load_with_pinned_digest() -> None:
    assert len(bip39.wordlist("english")) == 2048
    assert bip39.wordlist("english")[:4] == ("abandon", "ability", "able", "about")
    assert bip39.wordlist("english")[-1] == "zoo"
    assert bip39.wordlist("chinese_simplified")[:4] == ("的", "一", "是", "在")


def test_official_test_vectors() -> None:
    # BIP-39 reference vectors (trezor/python-mnemonic vectors.json): entropy 00..00 and ff..ff
    assert bip39.checksum_valid(["abandon"] * 11 + ["about"])
    assert bip39.checksum_valid(["zoo"] * 11 + ["wrong"])
    assert bip39.checksum_valid(["abandon"] * 23 + ["art"])
    assert not bip39.checksum_valid(["abandon"] * 12)
    vector = "legal winner thank year wave sausage worth useful legal winner thank yellow"  # entropy 7f7f..7f
    assert bip39.checksum_valid(vector.split())
    assert bip39.entropy_to_mnemonic(bytes([0x7F]) * 16) == vector.split()


@pytest.mark.parametrize(
    ("language", "enum"), [("english", Language.ENGLISH), ("chinese_simplified", Language.CHINESE_SIMPLIFIED)]
)
def test_agrees_with_eth_account_and_refuses(language: str, enum: Language) -> None:
    reference = Mnemonic(enum)
    for n in (12, 24):
        phrase = reference.generate(n)
        assert bip39.checksum_valid(phrase.split(), language)
        with pytest.raises(SecretDetected):
            redact(f"wallet backup {phrase}")
    entropy = secrets.token_bytes(16)
    assert " ".join(bip39.entropy_to_mnemonic(entropy, language)) == reference.to_mnemonic(entropy)
