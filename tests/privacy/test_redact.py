"""Redaction behaviour on real inputs: typed placeholders, validation, protected hex, secrets refused."""

from __future__ import annotations

import pytest

from ledgerlm.errors import SecretDetected
from ledgerlm.privacy import find_secrets, redact
from ledgerlm.privacy.validators import cn_id_check_char, luhn_valid

ADDR = "0x742d35Cc6634C0532925a3b844Bc454e4438f44e"
KEY = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"


def test_chinese_sentence_gets_typed_placeholders() -> None:
    r = redact("我叫张伟，电话 13812345678，邮箱 zhangwei@example.com")
    assert r.text == "我叫[NAME_1]，电话 [PHONE_1]，邮箱 [EMAIL_1]"
    assert r.has_pii
    assert [f.type for f in r.findings] == ["NAME", "PHONE", "EMAIL"]
    assert all(f.value is None for f in r.findings), "values must not be kept unless asked"


def test_english_sentence_and_spans_point_into_original() -> None:
    text = "My name is John Smith, call +1 415-555-0132, I live at 742 Evergreen Terrace, Springfield."
    r = redact(text, keep_values=True)
    assert "[NAME_1]" in r.text and "[PHONE_1]" in r.text and "[ADDRESS_1]" in r.text
    for f in r.findings:
        assert text[f.start : f.end] == f.value
    assert r.restore() == text


def test_same_value_same_placeholder() -> None:
    r = redact("mail a@example.com, again a@example.com, and b@example.com")
    assert r.text == "mail [EMAIL_1], again [EMAIL_1], and [EMAIL_2]"


def test_cn_id_needs_valid_check_digit() -> None:
    first17 = "11010519900307123"
    good = first17 + cn_id_check_char(first17)
    bad_char = "0" if good[-1] != "0" else "1"
    assert redact(f"身份证 {good}").findings[0].type == "CN_ID"
    assert not redact(f"身份证 {first17}{bad_char}").has_pii


def test_card_needs_luhn() -> None:
    assert luhn_valid("4111111111111111")
    assert redact("card 4111 1111 1111 1111").findings[0].type == "CARD"
    assert not redact("order 4111 1111 1111 1112").has_pii


def test_iban_mod97() -> None:
    assert redact("IBAN DE89 3704 0044 0532 0130 00").findings[0].type == "IBAN"
    assert not redact("IBAN DE88 3704 0044 0532 0130 00").has_pii


def test_ip_addresses_validated() -> None:
    r = redact("nodes 10.0.0.5 and 2001:db8::1, not 999.1.1.1 nor 12:30:45 nor version 1.2.3.4")
    assert r.text.count("[IP_") == 2
    assert "999.1.1.1" in r.text and "12:30:45" in r.text and "1.2.3.4" in r.text


def test_ethereum_address_is_kept_and_not_mistaken_for_numbers() -> None:
    text = f"send 1500.50 USDT to {ADDR} and 0x1381234567800000000000000000000000000000"
    r = redact(text)
    assert r.text == text and not r.has_pii


def test_chinese_address_and_title_name() -> None:
    r = redact("我住在北京市朝阳区建国路88号3号楼1201室，请联系王先生")
    assert r.text == "我住在[ADDRESS_1]，请联系[NAME_1]先生"


@pytest.mark.parametrize(
    "text",
    [
        f"my private key is 0x{KEY}",
        f"我的私钥是 {KEY}",
        KEY,
        f"privateKey={KEY}",
        f"0x{KEY}",
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
        "助记词：的一是在不了有和人这中大",
    ],
)
def test_secrets_refused_without_echoing_them(text: str) -> None:
    with pytest.raises(SecretDetected) as info:
        redact(text)
    message = str(info.value) + (info.value.hint or "")
    assert KEY not in message and "abandon" not in message and "的一是" not in message
    assert "never stored" in message and "从未被存储" in message


def test_labelled_hashes_pass_and_lenient_policy() -> None:
    tx = "0x" + KEY
    assert redact(f"status of tx {tx}").text == f"status of tx {tx}"
    assert redact(f"交易哈希 {tx} 已确认").text == f"交易哈希 {tx} 已确认"
    assert redact(f"merkle root {tx}").text == f"merkle root {tx}"
    # unlabelled 0x-value: refused by default, kept under the lenient policy; bare 64-hex refused in both
    assert redact(f"look at {tx}", hex64_policy="lenient").text == f"look at {tx}"
    with pytest.raises(SecretDetected):
        redact(f"look at {KEY}", hex64_policy="lenient")
    with pytest.raises(SecretDetected):
        redact(f"{tx} is my private key", hex64_policy="lenient")
    # a key label wins over an earlier hash word
    with pytest.raises(SecretDetected):
        redact(f"tx failed, my private key is {tx}")


def test_abi_padded_address_is_data() -> None:
    topic = "0x000000000000000000000000742d35cc6634c0532925a3b844bc454e4438f44e"
    assert redact(f"topic {topic}").text.endswith(topic)
    assert redact(topic).text == topic


def test_prose_with_bip39_words_is_not_a_seed() -> None:
    assert find_secrets("Abandon the plan and act now, the market is volatile") == []
    assert find_secrets("please check my account balance and then send the money to my friend") == []


def test_config_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    from ledgerlm.config import save_setting

    tx = "0x" + KEY
    save_setting("privacy", "hex64_policy", "lenient")
    assert redact(f"see {tx}").text == f"see {tx}"
