"""Round 9 of the name tagger (issue 14): places and brands as counter-evidence, nicknames after naming frames.

Each case is a class of failure the round fixed (docs/privacy.md, "Round 9"), written here in sentences of its own,
not copied from a held-out set.
"""

from __future__ import annotations

import pytest

from ledgerlm.ner import find_names
from ledgerlm.ner.candidates import Candidate
from ledgerlm.ner.places import en_place, is_town, zh_place, zh_places


def names(text: str) -> list[str]:
    return [n.text for n in find_names(text)]


@pytest.mark.parametrize(
    "text",
    [
        "下周去娄底出差，顺便看看涟源",  # prefecture-level cities jieba tags as person names
        "在余姚开会，晚上回宁波",  # 姚开会 starts inside 余姚
        "我在成都等你",  # 在成 ends inside 成都
        "请联系江宁区的客服",  # a place with its administrative suffix, cue or not
        "车停在楼下了",  # a surname character before a verb no given name ends in
        "宫保鸡丁、毛血旺和麻婆豆腐都要辣",  # dishes
    ],
)
def test_chinese_places_and_dishes_are_no_names(text: str) -> None:
    assert names(text) == []


def test_a_cue_still_makes_a_place_word_a_person() -> None:
    assert names("给许昌打个电话，问他到哪了") == ["许昌"]
    assert names("去许昌出差三天") == []
    assert names("吴江涛下周去吴江") == ["吴江涛"]  # a name that only begins with a place is judged as before


def test_the_chinese_gazetteer_holds_short_forms() -> None:
    places = zh_places()
    assert {"许昌", "许昌市", "吴江", "吴江区", "湘西", "娄底"} <= places
    text = "去许昌出差"
    assert zh_place(text, Candidate(1, 3, "person", "zh_sur1")) == "place"


@pytest.mark.parametrize(
    "text",
    [
        "we landed in Eugene around six",
        "Tyler, Texas has great barbecue",
        "drove through Florence, Alabama last year",
        "Helena to Missoula is a long drive",
        "moving from Madison to Austin in May",
        "Regina, Saskatoon and Winnipeg all got snow",
        "she sent me to Tacoma instead",
    ],
)
def test_english_places_named_like_people(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tell Eugene the rent is due", ["Eugene"]),
        ("Madison said she'll pay tomorrow", ["Madison"]),
        ("send 5 USDC to Jackson", ["Jackson"]),
    ],
)
def test_a_person_cue_beats_the_place_list(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_en_place_strength() -> None:
    text = "Tyler, Texas"
    assert en_place(text, Candidate(0, 5, "person", "lat1")) == "strong"
    text = "landed in Eugene"
    assert en_place(text, Candidate(10, 16, "person", "lat1")) == "weak"
    assert is_town("Missoula") and is_town("Charlotte")


@pytest.mark.parametrize(
    "text",
    [
        "asked Alexa to add milk to the list",
        "hey Siri, remind me at 5",
        "Dr Pepper Zero tastes the same",
        "grab some Jameson for the party",
    ],
)
def test_assistants_and_drinks_are_no_names(text: str) -> None:
    assert names(text) == []


def test_a_person_named_like_a_brand_keeps_a_kinship_cue() -> None:
    assert names("my cousin Alexa said hi") == ["Alexa"]
    assert names("my cousin Stella will drink all the Stella Artois") == ["Stella"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他外号叫大壮，人很好", ["大壮"]),
        ("女儿小名叫乐乐，今年三岁", ["乐乐"]),
        ("让二狗把钱还我", ["二狗"]),
        ("给铁柱发个消息", ["铁柱"]),
        ("帮我跟大刘说一声", ["大刘"]),
        ("石头（就是石磊）明天来", ["石头", "石磊"]),
        ("we call him Moose at work", ["Moose"]),
        ("my roommate kez still owes me", ["kez"]),
        ("hey it's jonno, this is my new number", ["jonno"]),
        ("Trav and Bex are splitting the bill", ["Trav", "Bex"]),
        ("Fwd from Sully: out till Monday", ["Sully"]),
        ("Beau from the gym owes me twenty", ["Beau"]),
        ("Tendekai's flight lands at 7", ["Tendekai"]),
    ],
)
def test_nicknames_after_naming_frames(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", ["叫他过来一下", "给宝宝买奶粉", "钉钉又弹窗了", "天天加班到十点", "狗狗生病了"])
def test_nickname_frames_leave_words_alone(text: str) -> None:
    assert names(text) == []
