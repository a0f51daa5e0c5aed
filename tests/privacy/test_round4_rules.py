"""The round-4 context rules of issue 14: unit-first and ordinal-street addresses, traditional-script Chinese,
dates of birth in more forms, phones named by a cue word, and the look-alikes each rule must leave alone."""

from __future__ import annotations

import pytest

from ledgerlm.privacy import find_pii


def spans(text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in find_pii(text)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "mail it to Apt 7D, 41 West 73rd Street, New York, NY 10023 pls",
            "Apt 7D, 41 West 73rd Street, New York, NY 10023",
        ),
        ("HQ: Building 4, 1 Hacker Way, Menlo Park, CA 94025", "Building 4, 1 Hacker Way, Menlo Park, CA 94025"),
        ("office at 12 King's Road, Chelsea", "12 King's Road, Chelsea"),
        ("Blk 456 Jurong West Ave 1, #08-12, Singapore 640456", "Blk 456 Jurong West Ave 1, #08-12, Singapore 640456"),
        ("flat at 9 Oak Grove, Leeds LS6 2AB", "9 Oak Grove, Leeds LS6 2AB"),
        ("ev adresi Moda Caddesi No: 12 Daire 3", "Moda Caddesi No: 12 Daire 3"),
        ("she lives at Rua das Flores 88, Porto", "Rua das Flores 88, Porto"),
    ],
)
def test_english_and_european_addresses(text: str, address: str) -> None:
    found = [value for kind, value in spans(text) if kind == "ADDRESS"]
    assert any(address in value or value in address for value in found), spans(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("寄到高雄市前鎮區中山二路91號23樓", "高雄市前鎮區中山二路91號23樓"),
        ("地址是九龙尖沙咀弥敦道100号20楼", "九龙尖沙咀弥敦道100号20楼"),
    ],
)
def test_traditional_script_and_dao_streets(text: str, address: str) -> None:
    assert ("ADDRESS", address) in spans(text)


@pytest.mark.parametrize("text", ["我知道18号的事", "这个频道3号开播", "味道10号再说"])
def test_dao_words_are_not_streets(text: str) -> None:
    assert [k for k, _ in spans(text)] == []


@pytest.mark.parametrize(
    ("text", "dob"),
    [
        ("Jean Morel, né le 03/09/1971", "03/09/1971"),
        ("her bday is March 2 1999", "March 2 1999"),
        ("dob 1/2/1960 and her sister's 5 May 1963", "5 May 1963"),
        ("生日：98年11月3日", "98年11月3日"),
        ("他出生于一九七九年十月一日", "一九七九年十月一日"),
        ("geboren am 12.03.1980", "12.03.1980"),
    ],
)
def test_dates_of_birth(text: str, dob: str) -> None:
    assert ("DOB", dob) in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "born 1990-01-01, joined 2020-05-05",  # the second date is the day they joined
        "合约2023年5月1日部署",
        "snapshot on 98年 is a typo",
    ],
)
def test_other_dates_stay(text: str) -> None:
    assert ("DOB", "2020-05-05") not in spans(text)
    assert "DOB" not in [k for k, v in spans(text) if v != "1990-01-01"]


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("電話852-6123-4567", "852-6123-4567"),
        ("手機 9876 5432", "9876 5432"),
        ("tel: 44 20 7946 0958", "44 20 7946 0958"),
    ],
)
def test_phones_after_a_phone_word(text: str, phone: str) -> None:
    assert ("PHONE", phone) in spans(text)


@pytest.mark.parametrize("text", ["phone case NFT, 123 456 7890 edition", "区块 20112233 确认", "订单 2024 1105 0012"])
def test_grouped_numbers_without_a_phone_word_stay(text: str) -> None:
    assert "PHONE" not in [k for k, _ in spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("台灣同事鄭志豪下午到", "鄭志豪"),
        ("阿依古丽·吐尔逊的卡到了", "阿依古丽·吐尔逊"),
        ("Trần Văn Hùng paid 2 ETH", "Trần Văn Hùng"),
    ],
)
def test_names_in_other_scripts(text: str, name: str) -> None:
    assert ("NAME", name) in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kraken Futures liquidated me",
        "Visa Direct payouts are instant",
        "Zurich Insurance covers hacks?",
        "Is Bitcoin Cash still alive",
        "we met in Sevilla last year",
        "Manchester United fan token",
    ],
)
def test_brands_products_and_cities_are_not_names(text: str) -> None:
    assert "NAME" not in [k for k, _ in spans(text)], spans(text)
