"""Round 10c (issue 14, precision): where software stands (it goes down, crashes, has an API, a dashboard or an
integration, says an export failed, receives the files moved to it), an animal or machine named in apposition, a word
of the trade that no given-name list holds, surname-initial Chinese words before an adjective, a medium or a food
ending (温差大, X书上, X头); and the persons beside them: an unlisted name on a signature line, a name after a modal
that opens a question, a name taken up again by 他/她, an address that a residence verb introduces."""

from __future__ import annotations

import pytest

from ledgerlm.ner import find_names
from ledgerlm.privacy import redact


def names(text: str) -> list[str]:
    return [n.text for n in find_names(text) if n.label == "person"]


def found(text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in redact(text).findings if f.type == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Confluence is down for everyone since 9am",
        "Basecamp keeps crashing when I upload the term sheet",
        "Xero won't sync with the bank feed",
        "Pipedrive's API returned a 500 again",
        "the Airtable integration stopped after the update",
        "Freshdesk says my export failed",
        "please upload the signed copy to Pandadoc",
        "we migrated the invoices into Quickbooks last week",
    ],
)
def test_software_slots_are_no_names(text: str) -> None:
    assert found(text, "NAME") == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kevin said the transfer failed twice", ["Kevin"]),
        ("can you sync the list with Marguerite before noon", ["Marguerite"]),
        ("Kasia said she'll pick up at 6, her cell +48 512 384 906", ["Kasia"]),
        ("Margaret's app keeps asking me for a PIN", ["Margaret"]),
    ],
)
def test_people_beside_software_words_stay_names(text: str, expected: list[str]) -> None:
    assert found(text, "NAME") == expected, text


@pytest.mark.parametrize(
    "text", ["Biscuit the dog chewed my hardware wallet", "Ameca the robot answered questions on stage"]
)
def test_an_animal_or_machine_in_apposition_is_no_person(text: str) -> None:
    assert found(text, "NAME") == [], text


def test_a_listed_non_name_needs_a_persons_verb() -> None:
    assert found("new number is 0421 555 019 (Australia)", "NAME") == []
    assert found("call me at +49 151 2345 6789 (Germany)", "NAME") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kind regards,\nVenkatesh Subramaniam\nFinance Lead", ["Venkatesh Subramaniam"]),
        ("Cheers,\nOluwadamilare Ogunleye", ["Oluwadamilare Ogunleye"]),
    ],
)
def test_an_unlisted_name_on_a_signature_line(text: str, expected: list[str]) -> None:
    assert found(text, "NAME") == expected


def test_a_signature_line_of_ordinary_words_is_no_name() -> None:
    assert found("Best,\nTreasury Operations\n", "NAME") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Can Bartholomew approve the payout today?", ["Bartholomew"]),
        ("Did Anneke sign the addendum?", ["Anneke"]),
        ("Could Wilhelmina forward the invoice", ["Wilhelmina"]),
    ],
)
def test_a_name_after_a_modal_opening_a_question(text: str, expected: list[str]) -> None:
    assert names(text) == expected, text


def test_a_modal_before_a_brand_makes_no_name() -> None:
    assert names("Will Bitcoin recover by March?") == []


@pytest.mark.parametrize(
    "text",
    ["最近房价高，先别买", "昨天温差大，感冒了", "小红书上都在推这个钱包", "妈妈做的马兰头拌香干", "这次涨幅大不大"],
)
def test_surname_initial_words_before_an_adjective_medium_or_food_ending(text: str) -> None:
    assert found(text, "NAME") == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("那个罗文斌他说周五再转", ["罗文斌"]),
        ("小红说她明天到", ["小红"]),
        ("王国华说可以", ["王国华"]),
        ("跟温差大说一声", ["温差大"]),
    ],
)
def test_chinese_names_beside_those_words_stay(text: str, expected: list[str]) -> None:
    assert names(text) == expected, text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("the seller resides at 45 Trần Hưng Đạo, Quận 1, Hồ Chí Minh", "45 Trần Hưng Đạo, Quận 1, Hồ Chí Minh"),
        ("she lives at 4 Rua das Flores, Porto", "4 Rua das Flores, Porto"),
    ],
)
def test_an_address_a_residence_verb_introduces(text: str, address: str) -> None:
    assert found(text, "ADDRESS") == [address]
    assert found(text, "NAME") == []


def test_a_residence_verb_before_no_address() -> None:
    assert found("he lives at 5 minutes from the office, Dave said", "ADDRESS") == []


@pytest.mark.parametrize(
    ("text", "dob"),
    [
        ("出生年月：1988年11月", "1988年11月"),
        ("DOB: September 1979", "September 1979"),
        ("born 07/1990 in Oslo", "07/1990"),
    ],
)
def test_a_birth_month_and_year_after_a_birth_word(text: str, dob: str) -> None:
    assert found(text, "DOB") == [dob]


@pytest.mark.parametrize("text", ["invoice for September 2024 attached", "账单月份：2024年9月", "card valid 07/2029"])
def test_a_month_and_year_without_a_birth_word_is_no_dob(text: str) -> None:
    assert found(text, "DOB") == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I saw Rosalind sign the deed", ["Rosalind"]),
        ("we heard Tobias say yes on the call", ["Tobias"]),
    ],
)
def test_a_name_seen_doing_something(text: str, expected: list[str]) -> None:
    assert names(text) == expected, text


@pytest.mark.parametrize("text", ["顺路买了三斤荔枝和两斤车厘子", "拿了一箱黄桃", "送了两盒白茶"])
def test_goods_counted_with_a_measure_word_are_no_names(text: str) -> None:
    assert found(text, "NAME") == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Kevin crashed at mine after the party", ["Kevin"]), ("Priya is not responding to my messages", ["Priya"])],
)
def test_a_given_name_that_crashes_or_goes_quiet_stays_a_person(text: str, expected: list[str]) -> None:
    assert found(text, "NAME") == expected, text
