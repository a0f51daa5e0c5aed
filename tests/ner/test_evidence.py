"""The evidence rule (``ledgerlm.ner.evidence``): a thing-shaped run is a name only with a cue word; real names keep
coming through with and without cues."""

from __future__ import annotations

import pytest

from ledgerlm.ner import find_names
from ledgerlm.ner.evidence import ends_in_head


def _names(text: str) -> list[str]:
    return [n.text for n in find_names(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Golden Harvest Diner takes card only",  # head noun
        "Maple Leaf tickets for friday, 0.1 eth each",  # product word after
        "Iron Horse Saloon and Grill, 8pm?",  # head noun
        "Silver Birch Cottages want a deposit",  # head noun
        "Northern Light just shipped the update",  # every word ordinary
        "Seattle Sounders jerseys are on sale",  # product after
        "Faith, Love and Mercy Chapel collects in usdc",  # coordinated run ending in a head
    ],
)
def test_thing_shapes_without_cue_are_no_names(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "周生生的金价今天涨了",
        "老凤祥的镯子多少钱",
        "康师傅方便面一箱",
        "高盛说美元会跌",  # a bank speaking: a brand needs a cue before it
    ],
)
def test_chinese_brands_without_cue_are_no_names(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tunde Bakare sent the usdc back", "Tunde Bakare"),
        ("please cc Mark Stone on the thread", "Mark Stone"),
        ("cc Hunter Woods on it", "Hunter Woods"),  # ordinary words, but a cue
        ("Priya Raman's wallet got drained", "Priya Raman"),
        ("让杨国福确认一下", "杨国福"),  # a brand's characters after a cue are a person
        ("收款人是周大福", "周大福"),
        ("我表妹白雪想买ETH", "白雪"),
        ("王建军明天还钱", "王建军"),
    ],
)
def test_real_names_still_come_through(text: str, name: str) -> None:
    assert name in _names(text)


def test_head_noun_shape() -> None:
    assert ends_in_head("Crypto Support") and ends_in_head("Trinity Baptist") and ends_in_head("Chicago Bulls")
    assert not ends_in_head("Support") and not ends_in_head("Maria Gonzalez")
