"""Round 12 (r10) of the privacy engineer: the classes heldout40 showed, each beside its behaviour.

heldout40 was written before the changes (untouched code: recall 85.0 %, precision 91.9 %, 5/30 clean flagged);
heldout41 was written after them and measured once (recall 91.7 %, precision 97.1 %, 1/16 clean flagged); its floor
below holds that figure and is no target.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

import ledgerlm.ner as ner
from ledgerlm.ner import NameSpan, find_names, is_cjk_start
from ledgerlm.privacy import redact
from ledgerlm.privacy.evaluation import ledgerlm_redactor, load_labelled, score

DATA = Path(__file__).parent / "data"


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in redact(text).findings if f.type == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ikaika plans to move the funds next week", "Ikaika"),
        ("Yesterday Oluwaseun mentioned a second wallet", "Oluwaseun"),
        ("ping tane about the overdue lease", "tane"),
        ("can you tell ama owusu the payout cleared", "ama owusu"),
        ("Aigerim Nurlanovna signs off on the budget", "Aigerim Nurlanovna"),
    ],
)
def test_names_of_many_cultures_before_verbs_and_in_lower_case(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("SURNAME: OKONKWO\nGIVEN NAMES: CHIDI EMMANUEL", ["OKONKWO", "CHIDI EMMANUEL"]),
        ("Last name: Quispe, First name: Kusi", ["Quispe", "Kusi"]),
        ("Nachname: MÜLLER", ["MÜLLER"]),
    ],
)
def test_form_name_fields(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", ["SURNAME: (leave blank if none)", "GIVEN NAMES: SEE PAGE 2", "First name: required"])
def test_form_fields_without_a_name_stay(text: str) -> None:
    assert not redact(text).findings


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("name,email,city\nMere Parata,mere.p@example.co.nz,Rotorua", ["Mere Parata"]),
        ("| payee | amount |\n|---|---|\n| Emeka Obi | 1,200 |\n| Zainab Musa | 850 |", ["Emeka Obi", "Zainab Musa"]),
        ("姓名,电话\n笪丽娟,13812345678", ["笪丽娟"]),
    ],
)
def test_names_in_table_columns(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "name,symbol\nUniswap,UNI\nWrapped Ether,WETH",
        "name\tteam\nPetty Cash\tops",
        "| payee | amount |\n|---|---|\n| TBD | 0 |",
        "name,email,city\n,,",
    ],
)
def test_table_cells_that_are_no_person_stay(text: str) -> None:
    assert not _names(text)


@pytest.mark.parametrize(
    "text",
    ["公孙树的叶子秋天会变黄", "司徒庙在苏州", "上官道的路灯坏了", "our office is on Jalan Alor near the night market"],
)
def test_places_and_things_named_after_a_family_are_no_person(text: str) -> None:
    assert not _names(text)


def test_rare_surnames_and_a_thing_word_after_a_cue() -> None:
    assert _names("笪丽娟 问什么时候到账") == ["笪丽娟"]
    assert _names("郦晓东已经付了定金") == ["郦晓东"]
    assert _names("请转给上官道") == ["上官道"]  # a cue word still makes the same shape a person


def test_okina_is_a_letter() -> None:
    """No name is cut out of a Hawaiian or Tongan word at its ʻokina ("Nuku" from Nukuʻalofa)."""
    text = "Sione Tupou approved the remittance to Nukuʻalofa"
    assert _names(text) == ["Sione Tupou"]


def _old_repeated(text: str, original: str, chosen: list[NameSpan]) -> list[NameSpan]:
    """The round-11 implementation (names x mentions x spans), kept to show the linear one returns the same."""
    from ledgerlm.ner.features import _phrase_spans

    out: list[NameSpan] = []
    phrases = _phrase_spans(text)
    for n in [n for n in chosen if n.label == "person" and not is_cjk_start(n.text) and len(n.text) >= 3]:
        for m in re.finditer(r"(?<![\w'’-])" + re.escape(text[n.start : n.end]) + r"(?![\w-])", text):
            if any(a <= m.start() and m.end() <= b for a, b in phrases):
                continue
            if not any(m.start() < o.end and o.start < m.end() for o in [*chosen, *out]):
                out.append(NameSpan(m.start(), m.end(), original[m.start() : m.end()], "person", n.score, "rule"))
    return out


def test_repeated_matches_the_old_implementation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every call ``find_names`` makes on these sets returns what the old ``_repeated`` returned."""
    new = ner._repeated
    calls: list[bool] = []

    def both(text: str, original: str, chosen: list[NameSpan]) -> list[NameSpan]:
        got = new(text, original, chosen)
        assert got == _old_repeated(text, original, chosen), text
        calls.append(bool(got))
        return got

    monkeypatch.setattr(ner, "_repeated", both)
    for name in ("heldout36.jsonl", "heldout40.jsonl"):
        for item in load_labelled(DATA / name):
            find_names(item["text"])
    text = "tell Wiremu the Wiremu account is closed; my cousin Stella will drink the Stella Artois"
    find_names(text)
    assert calls and any(calls)


def test_repeated_is_linear_on_a_long_log() -> None:
    """A long pasted log with many mentions of many names: every later mention found, in well under a second (the
    old version compared each mention with every span taken so far)."""
    names = ["Wiremu", "Abena", "Kofi", "Oluwaseun", "Sigrun", "Dariush", "Aigerim", "Keoni"]
    text = "\n".join([" ".join(f"{n} paid {n} twice;" for n in names)] * 150)
    chosen = [NameSpan(text.find(n), text.find(n) + len(n), n, "person", 0.9, "model") for n in names]
    begin = time.perf_counter()
    got = ner._repeated(text, text, chosen)
    assert time.perf_counter() - begin < 1.0
    assert len(got) == len(names) * (2 * 150 - 1)


# (file, recall floor, precision floor): 40 tuned on (after: 97.5 % / 98.7 %); 41 measured once after the changes
# (91.7 % / 97.1 %, 1/16 clean flagged: 东方路 after 欧阳路和), not tuned on
FLOORS = [("heldout40.jsonl", 0.95, 0.97), ("heldout41.jsonl", 0.91, 0.97)]


@pytest.mark.parametrize(("name", "min_recall", "min_precision"), FLOORS)
def test_round12_floor(name: str, min_recall: float, min_precision: float) -> None:
    s = score(load_labelled(DATA / name), ledgerlm_redactor)
    assert s.recall >= min_recall, s.misses
    assert s.precision >= min_precision, s.misses


def test_round12_sets_have_the_promised_shape() -> None:
    for name, total, clean in (("heldout40.jsonl", 80, 25), ("heldout41.jsonl", 40, 15)):
        items = load_labelled(DATA / name)
        assert len(items) >= total and sum(1 for i in items if not i["entities"]) >= clean
        for item in items:
            for ent in item["entities"]:
                assert item["text"][ent["start"] : ent["end"]] == ent["value"]
