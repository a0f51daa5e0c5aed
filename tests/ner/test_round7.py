"""Round 7 of issue 14 (docs/privacy.md, "Round 7"): given names of the world's locales, given names typed in lower
case in a person's slot, brands before a product noun, generic organisation heads after ordinary words, and a
titled Chinese name that is a restaurant's brand."""

from __future__ import annotations

import pytest

from ledgerlm.ner import find_names
from ledgerlm.ner.evidence import first_names, is_en_noun, titled_brand_zh
from ledgerlm.ner.lowercase import lowercase_names
from ledgerlm.privacy import redact


def _names(text: str) -> list[str]:
    return [n.text for n in find_names(text)]


def test_world_given_names_are_evidence_but_words_and_cities_are_not() -> None:
    given = first_names()
    assert {"laurentiu", "idris", "freja", "oluwafemi"} <= given  # Faker's locales, folded
    # the world list leaves out English words, cities, brands and crypto tokens
    assert not {"lima", "tesla", "matic", "pepe"} & given


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Laurentiu ai primit banii? 0.1 eth trimis", "Laurentiu"),
        ("meeting notes: Ruth (legal), Idris (eng), Paloma (ops) agreed", "Idris"),
    ],
)
def test_world_given_names_alone_are_persons(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("told fatima about the airdrop, she's in", "fatima"),  # a person's verb before, no English word
        ("lol mike still hasnt paid me back", "mike"),  # a word-name: a person's verb after it, clause start
        ("i told jasmine the price would dump", "jasmine"),  # a word-name after a verb that takes only persons
        ("hey priya u there", "priya"),
        ("sent 20 usdc to kenji", "kenji"),
    ],
)
def test_lower_case_given_names_in_a_persons_slot(text: str, name: str) -> None:
    assert name in _names(text)
    assert any(text[f.start : f.end] == name for f in redact(text).findings)


@pytest.mark.parametrize(
    "text",
    [
        "the bill says 40",  # a determiner before: the word
        "pay rent to the landlord",
        "call support now",
        "so the mark said nothing",
        "may i pay in usdc",  # a given name that is a word, in no person's slot
        "will send it tmrw",
    ],
)
def test_lower_case_words_stay_words(text: str) -> None:
    assert lowercase_names(text) == []
    assert _names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Benjamin Moore paint for the fence, 3 gallons",
        "buying a Herman Miller chair off marketplace, 0.15 eth",
        "King Arthur flour and oats, 31 usdc total",
        "Honest Company diapers subscription, cancel pls",  # a generic head after ordinary words
    ],
)
def test_brands_before_a_product_noun_are_no_names(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mateus Oliveira lives in Porto", "Mateus Oliveira"),  # a verb after: a person
        ("Callum rent 600, Niamh 550", "Callum"),  # a person's share, not a product
        ("let Ji-ho handle it", "Ji-ho"),  # "let" makes the noun a verb
        ("Dmitri check ur wallet", "Dmitri"),  # an object after the noun: an imperative
        ("Viktor Horvath still owes us 2k usdc", "Viktor Horvath"),  # "still" is no product
        ("Abdullah Khan passport AB1234567", "Abdullah Khan"),  # a document of the person
        ("pay Hart & Sons today", "Hart & Sons"),
        ("Acme Widgets LLC invoice", "Acme Widgets LLC"),  # a legal form
    ],
)
def test_names_before_nouns_that_are_no_products(text: str, name: str) -> None:
    assert name in _names(text)


def test_noun_list_holds_products_not_verb_forms() -> None:
    assert all(is_en_noun(w) for w in ("paint", "chair", "flour", "sneakers"))
    assert not any(is_en_noun(w) for w in ("lives", "went", "said", "still", "first"))


def test_titled_brand_before_a_dish() -> None:
    text = "田老师红烧肉今天人好多，排了半小时"
    assert titled_brand_zh(text, 0, 3)
    assert redact(text).findings == []
    for person, surname in (("找陈师傅修车", "陈"), ("王老师说明天到", "王")):
        assert [person[f.start : f.end] for f in redact(person).findings] == [surname]


def test_seen_sets_as_training_examples() -> None:
    """``train --with-seen``: the NAME marks of the seen privacy sets become spans, other types plain text; a named
    set is left out; a lenient row skips a candidate overlapping a name no candidate matches exactly."""
    from ledgerlm.ner import train
    from ledgerlm.ner.data_format import Example

    seen = train.seen_examples()
    assert len(seen) > 2000
    for ex in seen[:400]:
        assert all(0 <= a < b <= len(ex.text) for a, b, _ in ex.spans)
    left_out = train.seen_examples(exclude=["heldout17.jsonl"])
    assert len(seen) - len(left_out) == 100
    matched = Example("zh", "王先生说好", ((0, 3, "person"),))  # a candidate matches: its neighbours stay negatives
    assert train.rows_of(matched, lenient=True)[1] == train.rows_of(matched)[1]
    unmatched = Example("zh", "王先生说好", ((0, 5, "person"),))  # none matches: the overlapping ones are left out
    assert train.rows_of(unmatched)[0] and not train.rows_of(unmatched, lenient=True)[0]
