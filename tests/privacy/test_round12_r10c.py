"""Round 12 (r10), third pass of the privacy engineer: the classes heldout44 showed, each beside its behaviour.

heldout44 was written before the changes (untouched code: recall 84.8 %, precision 97.5 %, 1/24 clean flagged) and
tuned on (after: 100 % / 100 %, 0/24); heldout45 was written after them and measured once (88.9 % / 96.0 %, 1/12; missed
"proposed by Kamau,", "[08:12] Agent Ayşe:", "this is Oluwadamilare"; flagged "Madame Tussauds"); its floor below holds
that figure and is no target.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ledgerlm.privacy import redact
from ledgerlm.privacy.evaluation import ledgerlm_redactor, load_labelled, score

DATA = Path(__file__).parent / "data"


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in redact(text).findings if f.type == "NAME"]


def _hit(text: str, name: str) -> bool:
    start = text.find(name)
    return any(f.type == "NAME" and f.start < start + len(name) and start < f.end for f in redact(text).findings)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sra. Conceição Almeida confirmed the transfer", "Conceição Almeida"),
        ("Sr. Joaquim Mendes ligou sobre o boleto", "Joaquim Mendes"),
        ("Chief Okonkwo donated the land", "Okonkwo"),
        ("Encik Hafiz will collect the cheque", "Hafiz"),
        ("Herr Brückner wants the invoice in euros", "Brückner"),
    ],
)
def test_iberian_nigerian_and_foreign_titles_with_accents(text: str, name: str) -> None:
    assert _hit(text, name)


@pytest.mark.parametrize(
    "text",
    [
        "Sr. accountant position posted on the board",
        "Sr. Analyst role open",
        "Chief Executive Officer resigned",
        "Chief financial officer will review the budget",
        "Herr is the German word for mister",
    ],
)
def test_titles_before_ranks_and_words_stay(text: str) -> None:
    assert not _names(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("[16:05] agent Zoë: refund issued", ["Zoë"]),
        ("courier Amani Juma dropped the parcel", ["Amani Juma"]),
        ("cashier Mercy Achieng counted it", ["Mercy Achieng"]),
    ],
)
def test_role_noun_reads_accents_and_a_word_name_before_a_surname(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"), [("김민수 씨 송금 확인했습니다", ["김민수"]), ("박지영님 계좌로 입금 완료", ["박지영"])]
)
def test_korean_name_before_ssi_or_nim(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    ["고객님 감사합니다", "이사장님 안녕하세요", "정회원님께 안내드립니다", "선생님 감사합니다", "송금 확인했습니다"],
)
def test_korean_roles_before_nim_stay(text: str) -> None:
    assert not _names(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [("Ta, Siobhán, see you Friday", ["Siobhán"]), ("Ta for the tip", []), ("ok thanks see you tmrw", [])],
)
def test_british_thanks_and_a_sign_off_verb_are_no_names(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_the_surname_ta_stays_a_name() -> None:
    assert _names("Ta Van Minh paid the invoice") == ["Ta Van Minh"]


# (file, recall floor, precision floor): 44 tuned on (after: 100 % / 100 %); 45 measured once after the changes
# (88.9 % / 96.0 %), not tuned on
FLOORS = [("heldout44.jsonl", 0.98, 0.98), ("heldout45.jsonl", 0.88, 0.96)]


@pytest.mark.parametrize(("name", "min_recall", "min_precision"), FLOORS)
def test_round12c_floor(name: str, min_recall: float, min_precision: float) -> None:
    s = score(load_labelled(DATA / name), ledgerlm_redactor)
    assert s.recall >= min_recall, s.misses
    assert s.precision >= min_precision, s.misses


def test_round12c_sets_have_the_promised_shape() -> None:
    for name, total, clean in (("heldout44.jsonl", 60, 20), ("heldout45.jsonl", 30, 10)):
        items = load_labelled(DATA / name)
        assert len(items) >= total and sum(1 for i in items if not i["entities"]) >= clean
        for item in items:
            for ent in item["entities"]:
                assert item["text"][ent["start"] : ent["end"]] == ent["value"]
