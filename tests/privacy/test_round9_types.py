"""Round 9 formats (issue 14): Australian landlines, two-letter passports, Japanese addresses, "soc sec" as an SSN
word; and the redactor keeps places, dishes and assistants while it takes nicknames."""

from __future__ import annotations

import pytest

from ledgerlm.privacy import redact


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start : f.end]) for f in redact(text).findings]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("office (02) 8123 4567 after 9", "PHONE", "(02) 8123 4567"),
        ("Melbourne line: (03) 9988 7766", "PHONE", "(03) 9988 7766"),
        ("passport no. AB654321, expires 2031", "PASSPORT", "AB654321"),
        ("soc sec # 219-09-9999 on the form", "SSN", "219-09-9999"),
    ],
)
def test_round9_formats(text: str, kind: str, value: str) -> None:
    assert (kind, value) in kinds(text)


def test_japanese_address_with_building_and_floor() -> None:
    text = "届け先：〒530-0001 大阪府大阪市北区梅田3-1-3 ルクアビル10階 までお願いします"
    found = kinds(text)
    assert [k for k, _ in found] == ["ADDRESS"]
    assert found[0][1].startswith("〒530-0001 大阪府") and found[0][1].endswith("10階")


def test_a_bracketed_area_code_is_not_an_amount_or_a_version() -> None:
    assert kinds("v(2) 1234 5678") == []
    assert kinds("send 1234 5678 USDC") == []


@pytest.mark.parametrize(
    "text",
    ["周末去娄底吃米粉", "hey Siri set a timer", "we flew into Charlotte on friday", "宫保鸡丁多放花生"],
)
def test_places_dishes_assistants_stay(text: str) -> None:
    assert redact(text).text == text


def test_nicknames_are_redacted() -> None:
    assert redact("他外号叫大壮，电话 13912345678").text == "他外号叫[NAME_1]，电话 [PHONE_1]"
    assert redact("my buddy dre still owes me").text == "my buddy [NAME_1] still owes me"
