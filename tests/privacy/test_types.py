"""One test per personal-data type and per context rule of issue 14 (names without cues, SSN, passports, dates
of birth, national phones, full addresses) and the look-alikes that must stay untouched."""

from __future__ import annotations

import pytest

from ledgerlm.privacy import find_pii, redact


def spans(text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in find_pii(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("张敏想借两万块", "张敏"),
        ("收款人是刘洋，金额五千", "刘洋"),
        ("帮我转给黄晓东300 USDT", "黄晓东"),
        ("老刘说月底还", "老刘"),
        ("约了赵师傅明天修", "赵"),
        ("周律师审一下条款", "周"),
        ("跟小陈说一声", "小陈"),
        ("欧阳修借我一千", "欧阳修"),
    ],
)
def test_chinese_names_without_cue_words(text: str, name: str) -> None:
    assert ("NAME", name) in spans(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("tell Megan Foster the escrow is funded", "Megan Foster"),
        ("cc Pieter de Jong please", "Pieter de Jong"),
        ("pay to Sinead O'Reilly 40 dai", "Sinead O'Reilly"),
        ("account holder Marie-Claire Fontaine", "Marie-Claire Fontaine"),
        ("Brandon Hughes wants a loan", "Brandon Hughes"),
        ("ask Kevin about the keys", "Kevin"),
    ],
)
def test_latin_names_in_roles_and_without_cues(text: str, name: str) -> None:
    assert ("NAME", name) in spans(text)


def test_ssn_passport_and_birth_dates() -> None:
    assert spans("my SSN is 512-48-7770") == [("SSN", "512-48-7770")]
    assert ("SSN", "512487770") in spans("ssn 512487770")
    assert not any(t == "SSN" for t, _ in spans("ref 512487770 attached"))  # nine digits alone: no context
    assert spans("护照号 E87654321") == [("PASSPORT", "E87654321")]
    assert spans("UK passport 925076473") == [("PASSPORT", "925076473")]
    assert spans("order E87654321 shipped") == []  # the passport shape needs the word
    assert spans("born 14 Feb 1989") == [("DOB", "14 Feb 1989")]
    assert spans("出生日期：1991年7月9日") == [("DOB", "1991年7月9日")]
    assert spans("deadline 1991-07-09") == []  # a date is a birth date only in a birth context


def test_national_phones_keep_brackets_inside_the_span() -> None:
    assert spans("call 020 7123 4567") == [("PHONE", "020 7123 4567")]
    assert spans("mobile 07700 900456") == [("PHONE", "07700 900456")]
    assert spans("ring (0161) 496 0999") == [("PHONE", "(0161) 496 0999")]
    assert spans("phone (212) 555-0100") == [("PHONE", "(212) 555-0100")]
    assert spans("座机 (010)6552-8890") == [("PHONE", "(010)6552-8890")]


def test_full_addresses_with_building_and_room() -> None:
    text = "寄到北京市海淀区中关村大街27号中关村大厦1205室"
    assert spans(text) == [("ADDRESS", "北京市海淀区中关村大街27号中关村大厦1205室")]
    text = "ship to 350 Fifth Avenue, Suite 3300, New York, NY 10118 asap"
    assert spans(text) == [("ADDRESS", "350 Fifth Avenue, Suite 3300, New York, NY 10118")]


@pytest.mark.parametrize(
    "text",
    [
        "send 13812345678 USDC to the vault",  # an 11-digit amount before a token symbol
        "金额13800138000个代币",
        "block 13812345678 finalized",
        "tx 0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",
        "to 0x742d35Cc6634C0532925a3b844Bc454e4438f44e",
        "周期三个月，马上转账",
        "Send half to Treasury and half to Operations",
        "bridge 250 USDC from Arbitrum to Base",
        "Lock 100 DAI until March 3, 2027",
    ],
)
def test_amounts_blocks_hashes_addresses_and_lookalikes_stay(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("张伟明天转账给我", "张伟"),
        ("tell Maria Gonzalez the escrow is funded", "Maria Gonzalez"),
        ("cc Jean-Luc Picard on the release", "Jean-Luc Picard"),
        ("收款人是欧阳娜娜，金额两万", "欧阳娜娜"),
        ("account holder: Siobhan O'Neill", "Siobhan O'Neill"),
        ("pay to Hart & Sons, invoice attached", "Hart & Sons"),
        ("收款方深圳市腾达科技有限公司，货款30万", "深圳市腾达科技有限公司"),
        ("2-of-3 between me, Kai and Lina", "Lina"),
    ],
)
def test_names_from_the_shared_tagger(text: str, name: str) -> None:
    assert ("NAME", name) in spans(text)


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("her paris mobile is 06 12 34 56 78", "06 12 34 56 78"),  # FR
        ("German mobile 0151 23456789, ok", "0151 23456789"),  # DE
        ("Berlin office +49 30 12345678", "+49 30 12345678"),
        ("Tokyo office 03-1234-5678", "03-1234-5678"),  # JP
        ("india +91 98765 43210", "+91 98765 43210"),  # IN
        ("my number is 98765 43210", "98765 43210"),
        ("HK mobile 6234 5678, whatsapp ok", "6234 5678"),  # HK, 8 digits after a phone word
        ("香港同事电话 9123 4567", "9123 4567"),
        ("电话0571-8802 3344打不通", "0571-8802 3344"),  # CN landline with a space
        ("手机 139-1234-5678", "139-1234-5678"),
        ("call (415) 555-0100 after 5", "(415) 555-0100"),
    ],
)
def test_national_phone_formats(text: str, phone: str) -> None:
    assert spans(text) == [("PHONE", phone)]


def test_eight_digits_without_a_phone_word_are_not_a_phone() -> None:
    for text in ("ticket 4512 3344", "order 20261201 shipped", "block 12345678", "send 12345678 USDC"):
        assert spans(text) == [], text


def test_ssn_after_social_and_addresses_with_unit_first() -> None:
    assert spans("my social is 078 05 1120") == [("SSN", "078 05 1120")]
    assert spans("ship to Apt 4B, 221B Baker Street") == [("ADDRESS", "Apt 4B, 221B Baker Street")]
    text = "寄到广东省深圳市南山区科技园南区高新南七道18号创维大厦B座1203室"
    assert spans(text) == [("ADDRESS", "广东省深圳市南山区科技园南区高新南七道18号创维大厦B座1203室")]
    text = "地址写四川省成都市高新区天府大道北段1700号环球中心E1区1502"
    assert spans(text) == [("ADDRESS", "四川省成都市高新区天府大道北段1700号环球中心E1区1502")]
    assert ("ADDRESS", "Via Roma 12, Milano") in spans("he lives at Via Roma 12, Milano")  # the town is part of it
    assert ("ADDRESS", "12 rue de Rivoli") in spans("I live at 12 rue de Rivoli, Paris")
    assert spans("知道18号的事了") == []


@pytest.mark.parametrize(
    "text",
    [
        "order id 20261201123456 paid",
        "SKU 4006381333931 is the widget",
        "发行 99999999999 枚代币",
        "黄金代币一共发一千万枚",
        "Grace period is 7 days",
    ],
)
def test_order_ids_units_and_capitalised_words_stay(text: str) -> None:
    assert redact(text).text == text
