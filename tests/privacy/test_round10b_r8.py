"""Round 10b (issue 14, precision): the look-alike classes that a name-shaped word stands in without being a
person, each with the names beside it that must still be found: titles of works (quoted after a verb of watching,
reading or listening, before the kind of work or its author, bare after such a verb, inside 《》), words made of two
words (apps and services before "says"), possessive shops before a shop's verb or a sale, a kind of person counted
with 个 (马大哈, 高富帅), Japanese ward and city names."""

from __future__ import annotations

import pytest

from ledgerlm.ner import find_names
from ledgerlm.ner.evidence import compound_word
from ledgerlm.privacy import redact


def names(text: str) -> list[str]:
    return [n.text for n in find_names(text) if n.label == "person"]


def redacted_names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in redact(text).findings if f.type == "NAME"]


@pytest.mark.parametrize(
    "text",
    [
        'we rewatched "Good Will Hunting" on the weekend',
        "listening to 'Eleanor Rigby' on repeat",
        "the movie 'Erin Brockovich' is on tonight",
        "'Valerie' by Amy Winehouse came on the radio",
        "finished reading Oliver Twist on the train",
        "the novel Jane Eyre is on the syllabus",
        "我最近在读《许三观卖血记》",
        "周末一起看《李焕英》吧",
    ],
)
def test_titles_of_works_are_no_names(text: str) -> None:
    assert redacted_names(text) == [], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I watched Maria open the safe", "Maria"),  # a verb of her own follows: she is watched doing it
        ('the payee is "Tomasz Nowak"', "Tomasz Nowak"),  # quoted, but no verb of watching or reading before it
        ("read Kevin the terms before he signs", "Kevin"),
        ("I'm watching Emma tonight, her parents are out", "Emma"),  # babysitting: a bare single word stays a person
        ("请把《张伟借款协议》发给我", "张伟"),  # a document's title names its party
    ],
)
def test_names_beside_titles_stay(text: str, name: str) -> None:
    assert name in redacted_names(text), text


@pytest.mark.parametrize("word", ["Datadog", "Ticketmaster", "Salesforce", "Snowflake", "Coinbase", "Duolingo"])
def test_two_words_run_together_are_compounds(word: str) -> None:
    assert compound_word(word)


@pytest.mark.parametrize("word", ["Bongani", "Bennani", "Blackwood", "Fenwick", "Olusegun", "Thandiwe", "Sudarsana"])
def test_names_are_no_compounds(word: str) -> None:
    # listed surnames, given names that end like given names (bong|ani), or no two words at all
    assert not compound_word(word)


@pytest.mark.parametrize(
    "text",
    [
        "Basecamp says the project was archived",  # base|camp, neither a listed name
        "Hubspot says the form has 12 new leads",
        "Lightspeed says the payment terminal is offline",
    ],
)
def test_compound_apps_before_says_are_no_names(text: str) -> None:
    assert redacted_names(text) == [], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bongani says hi", "Bongani"),
        ("Fenwick called twice about the deposit", "Fenwick"),
        ("thanks Ashdown, received", "Ashdown"),  # a cue word before it still makes the compound a person
    ],
)
def test_names_before_says_stay(text: str, name: str) -> None:
    assert name in redacted_names(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Arby's won't take Apple Pay, Nando's will",
        "Hardee's delivers until midnight",
        "Carrabba's accepts gift cards",
        "Kohl's sweaters are 30% off",
        "Dillard's boots on sale this weekend",
    ],
)
def test_possessive_shops_are_no_names(text: str) -> None:
    assert redacted_names(text) == [], text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sarah's jeans are in the wash", "Sarah"),
        ("Tom's will was read on Monday", "Tom"),  # a testament, not a shop's modal
        ("Priya's taking the morning shift", "Priya"),  # a contraction of "is"
    ],
)
def test_possessive_people_stay(text: str, name: str) -> None:
    assert name in redacted_names(text), text


@pytest.mark.parametrize("text", ["他就是个马大哈", "她想嫁个高富帅", "别像个白眼狼一样"])
def test_a_kind_of_person_counted_with_ge_is_no_name(text: str) -> None:
    assert names(text) == [], text


@pytest.mark.parametrize(("text", "name"), [("张伟是个好人", "张伟"), ("这位王先生来电话了", "王先生")])
def test_chinese_names_beside_classifiers_stay(text: str, name: str) -> None:
    assert name in names(text), text


def test_japanese_divisions_are_places() -> None:
    text = "ship to Aiko Tanaka, 3-5-1 Umeda, Kita-ku, Osaka-shi 530-0001"
    found = redacted_names(text)
    assert "Aiko Tanaka" in found
    assert "Kita-ku" not in found and "Osaka-shi" not in found
    assert "Jae-hyun" in names("Jae-hyun says hi")  # a hyphenated given name keeps its shape
