"""Round 8 of issue 14 (docs/privacy.md, "Round 8"): the slot a candidate stands in (``ner.context``), ordinary
Chinese words that start with a surname character (jieba's dictionary, ``zh_sur_words.txt``), a cue word plus a
listed given name, one sense per message, surname particles, landscape names after a locative word, role fields
filled with a verb, and accented given names typed in lower case."""

from __future__ import annotations

import pytest

from ledgerlm.ner import find_names
from ledgerlm.ner.candidates import Candidate
from ledgerlm.ner.context import thing_slot
from ledgerlm.ner.evidence import zh_sur_words


def _names(text: str) -> list[str]:
    return [n.text for n in find_names(text)]


@pytest.mark.parametrize(
    "text",
    [
        "selling my Nintendo Switch + Mario Kart for 0.08 eth, dm",  # a list after a selling verb
        "I bought Mario Kart yesterday",
        "Can u check if Harvey Norman still has the Breville espresso machine on sale?",  # what a shop does
        "we're meeting at Wellington Park near the Hudson Bay store",  # a landscape name after a locative
        "we're opening offices in Florence and Adelaide next year",  # a city in a list of places
        "胡萝卜和白菜各买一斤",  # ordinary words joined by a conjunction
        "转账备注写上：房费",
        "刚刚路过陆家嘴，东方明珠亮灯了好漂亮",  # a landmark that starts with a surname character
        "flights to Rio de Janeiro",
        "FWD: Your Uber Eats order from Nando's is on the way",  # a bare possessive where a shop stands
        "蒋记烧腊今天没开门",  # X记: a shop
        "呢单嘢你跟进下",  # Cantonese particles never stand in a name
        "石榴汁和柠檬水各来一杯",  # a drink character at the end
        "signed up for Duolingo Super and Headspace, both billed monthly",
        "Cheers,\nAcme Support",  # a sign-off before no given name
    ],
)
def test_things_in_a_things_slot_are_no_names(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("bought Sarah Connor a coffee", "Sarah Connor"),  # the person bought for: the thing comes after
        ("sold my Tesla and Kevin Hart bought it", "Kevin Hart"),  # a clause of its own
        ("Spoke w/ Deirdre re: the audit, she's fine with it", "Deirdre"),  # a cue and a listed given name
        ("Pieter de Wit from the Utrecht meetup wants a demo", "Pieter de Wit"),  # a surname particle
        ("Forwarding Esther Goldberg's details: SSN 509-44-2187", "Esther Goldberg"),
        ("ping sebastián when the deploy is done", "sebastián"),  # accented, lower case, after ping
        ("帮我转500 USDT给晓峰，他急用", "晓峰"),  # a given name alone after 给
        ("我和宁宁去吃饭", "宁宁"),  # a pronoun and 和: people go with people
        ("钟南山院士的众筹项目", "钟南山"),  # a title after an ordinary word makes it a person
        ("跟白菜说一声", "白菜"),  # a cue word before it
        ("收款人填东方明，备注写房租", "东方明"),  # a role field filled with a verb
        ("我妈阎秀英1962年8月8日出生", "阎秀英"),  # rarer surnames
        ("代端木蓉问一句：提现要几天？", "端木蓉"),  # compound surnames
        ("dinner at Maria's tonight", "Maria"),  # a census given name: her place
        ("drinks with Femi and his cousin Adaeze", "Femi"),  # "and his" refers back to a person
        ("Amy 同 Ken 話佢哋下個月結婚", "Ken"),  # joined to a person by a Chinese conjunction
        ("full name: Nguyễn Thị Hồng Nhung\nDOB: 05/09/1993", "Nguyễn Thị Hồng Nhung"),  # runs on over Nhung
        ("Best,\nPriscila Montenegro\nHead of Ops | priscila@vantaflow.io", "Priscila Montenegro"),  # a signature
    ],
)
def test_people_stay_people(text: str, name: str) -> None:
    assert name in _names(text)


def test_one_sense_per_message() -> None:
    """The first mention has no cue; the second does, so both are the person (and the one joined to it)."""
    assert _names("Oskar & Freja are both signers; Oskar's mobile is +46 73 555 01 22") == ["Oskar", "Freja", "Oskar"]


def test_placeholders_and_token_names_are_no_cued_given_names() -> None:
    assert _names("Send 3 to Bob's wallet 0xAb5801a7D398351b8bE11C439e05C5B3259aeC9B") == []
    assert _names("Create a token called Jake Coin with symbol JAKE") == []


def test_surname_initial_words_list() -> None:
    words = zh_sur_words()
    assert {"白菜", "房费", "程序"} <= words  # jieba words tagged n/v, not nr
    assert not {"刘备", "王国华", "胡桃"} & words  # tagged as names (nrfg/nr): not listed


def test_thing_slot_reads_the_words_around() -> None:
    text = "played Zelda and Mario all night"
    start = text.index("Mario")
    assert thing_slot(text, Candidate(start, start + 5, "person", "lat1"))
    text = "told Mario about it"
    assert not thing_slot(text, Candidate(5, 10, "person", "lat1"))
