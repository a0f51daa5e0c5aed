"""Round 9b of the name tagger (issue 14): names without cue words, found by their grammatical slot and their own
shape (``ner/slots.py``), a given name joined to a full name, and the cuts it must not make.

Sentences written here for the tests, not copied from a held-out set (docs/privacy.md, "Round 9b").
"""

from __future__ import annotations

import pytest

from ledgerlm.ner import find_names
from ledgerlm.ner.slots import slot_names


def names(text: str) -> list[str]:
    return [n.text for n in find_names(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wiremu is on leave till Monday", "Wiremu"),  # no list holds it: a predicate only people take
        ("Florentyna will cover the desk", "Florentyna"),
        ("ok Lucinda forgot her keys again", "Lucinda"),  # a third person's pronoun after the verb
        ("Tamsin can't make it tonight", "Tamsin"),
        ("notes: Gwenllian blocked on the vendor, Osric pairing with him", "Gwenllian"),
    ],
)
def test_a_word_no_list_holds_is_a_person_in_a_persons_slot(text: str, name: str) -> None:
    assert name in names(text)
    assert any(text[c.start : c.end] == name for c in slot_names(text))


@pytest.mark.parametrize(
    "text",
    [
        "Grafana is showing spikes at 3am",  # an unknown word before a verb apps take too
        "Figma will be slow during the update",
        "Xero has the invoices",
        "Lazada will deliver tomorrow",
        "Finance will approve the budget",  # a dictionary word never
        "Ops is covering the night shift",
        "Tuesday is packed, Monday works",
        "Mom says dinner is at 7",  # kin words take people's verbs and are no names
    ],
)
def test_apps_departments_and_days_stay_unnamed(text: str) -> None:
    assert slot_names(text) == []


def test_a_given_name_that_is_a_word_joins_the_full_name_after_it() -> None:
    assert names("Matteo e Chiara Bellini are hosting") == ["Matteo", "Chiara Bellini"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kevin说陆子涵周五才回来", "陆子涵"),  # object of 说, before a time word
        ("你问一下邵嘉怡，她知道", "邵嘉怡"),
    ],
)
def test_a_chinese_name_in_a_persons_slot(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    ["雷雨天别出门", "华为说明年发布", "周末说好了去爬山", "黄金周去哪玩"],
)
def test_chinese_words_in_the_same_slot_stay_unnamed(text: str) -> None:
    assert names(text) == []


def test_a_role_noun_before_a_name_is_no_second_name() -> None:
    assert names("给房东付宁转三千") == ["付宁"]
    # only a time word's last character (天 日 年 季 节 期) cuts a run whose tail is a word: 太太 and 多多 stay names
    assert names("找王老师或者王太太，电话在群里") == ["王老师", "王太太"]
    assert names("这是钱多多的") == ["钱多多"]
