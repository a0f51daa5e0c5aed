"""The evidence rule of the unseen-precision round (issue 14, ``docs/privacy.md``): with no cue word a capitalised
run needs evidence of being a person (a known given name, a surname at its end, a person verb after it); a cue word
is evidence itself, so a cued candidate needs a lower score."""

from __future__ import annotations

import pytest

from ledgerlm.ner import find_names
from ledgerlm.ner.evidence import first_names, ordinary_run, surnames


def _names(text: str) -> list[str]:
    return [n.text for n in find_names(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Zalando returns are free now",  # one word, no given name, no cue
        "Cardano staking is down to 2%",  # a brand
        "Kellogg's cereal prices doubled",  # a brand that is also a surname
        "McDonald's takes apple pay",
        "driving to Denver, then Aurora, then back to Boulder",  # stops of a journey, given names or not
        "Hudson Yards is packed on weekends",  # a run whose last word is an ordinary word, no surname
        "Brooklyn Bridge walk at 6?",
        "Barnes & Noble gift card for 25 usdc",  # a joined pair with no legal suffix and no cue
        "Dear Valued Customer, your statement is ready",  # a salutation of ordinary words
        "Pepsi Max is back in stock",
    ],
)
def test_runs_without_evidence_are_no_names(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Deborah wants the refund in usdc", "Deborah"),  # a census given name
        ("Niamh paid for the pizza", "Niamh"),  # a given name of the hand-written world list
        ("O'Sullivan is late again", "O'Sullivan"),  # a name's own shape
        ("Okonkwo says the node is down", "Okonkwo"),  # a verb only people do
        ("send Zebulon 20 usdc", "Zebulon"),  # a cue before: any word
        ("Harriet Okafor will cosign", "Harriet Okafor"),  # given name + surname
        ("Bartek Wolny needs 300 usdt", "Bartek Wolny"),  # no ordinary word in it
        ("Met Aoife at the meetup", "Aoife"),  # an ordinary capitalised word before a name is cut off
        ("pay Ford 20 usdc for the logo", "Ford"),  # a brand word after a cue is a person
        ("pay to Hart & Sons, invoice attached", "Hart & Sons"),
    ],
)
def test_names_with_evidence_come_through(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "蔡家湾的房子租出去了",  # X家Y: a family's place
        "胡辣汤好喝",  # a dish
        "邓州站下车",  # a station after it
        "杨枝甘露第二杯半价",  # a brand word runs into the candidate
        "床单质量还行",  # the candidate starts inside an ordinary word
        "陶陶居的早茶",  # a restaurant's tail character
    ],
)
def test_chinese_things_without_cue_are_no_names(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我老公志刚说晚点转", "志刚"),  # a given name alone after a kinship word
        ("转告秀兰一下，明天开会", "秀兰"),  # after a verb that takes a person
        ("收件人马丽华，电话见附件", "马丽华"),  # a role word as the cue
        ("罗振宇和何静一起出的钱", "罗振宇"),  # 宇和 is no word that cuts the name
        ("昨天马晓军在群里说了", "马晓军"),  # a time word before: 天马 proves nothing
    ],
)
def test_chinese_names_with_evidence_come_through(text: str, name: str) -> None:
    assert name in _names(text)


def test_name_lists_are_loaded() -> None:
    given, sur = first_names(), surnames()
    assert len(given) > 5000 and {"deborah", "kevin", "saoirse"} <= given and "wagamama" not in given
    assert len(sur) >= 20000 and {"whitfield", "collins"} <= sur
    assert ordinary_run("Valued Customer") and not ordinary_run("Grace Kelly")


def test_a_cue_lowers_the_bar() -> None:
    # the scorer alone is unsure of a one-word name after "its"; the cue word carries it
    assert "Jen" in _names("hey its Jen again, did it go through?")
