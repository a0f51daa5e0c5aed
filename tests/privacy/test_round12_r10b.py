"""Round 12 (r10), second pass of the privacy engineer: the classes heldout42 showed, each beside its behaviour.

heldout42 was written before the changes (untouched code: recall 80.6 %, precision 94.7 %, 3/33 clean flagged) and
tuned on (after: 95.5 % / 100 %, 0/33); heldout43 was written after them and measured once (90.6 % / 100 %, 0/19; missed
"agent Lucía" (an accented name after a role), "Sr. Raimundo Nonato", "courier Mbali" (an unlisted name after a role
firms fill too)); its floor below holds that figure and is no target.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ledgerlm.privacy import redact
from ledgerlm.privacy.evaluation import ledgerlm_redactor, load_labelled, score

DATA = Path(__file__).parent / "data"


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in redact(text).findings if f.type == "NAME"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kwesi doubts the bank will refund the fee", ["Kwesi"]),
        ("Efua Mensah hopes to settle by Friday", ["Efua Mensah"]),
        ("Tupac reckons the float is short", ["Tupac"]),
        ("the rota is fine while Adebayo is on leave", ["Adebayo"]),
    ],
)
def test_subjects_of_verbs_of_mind_and_of_absence(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Management hopes to close by Friday",
        "Binance proposed a new fee schedule",
        "Microsoft reckons the cloud will grow",
        "Revolut doubts the charge",
        "while Coinbase is on maintenance",
        "Everyone hopes the rates fall",
    ],
)
def test_verbs_of_mind_after_a_word_a_brand_or_a_desk_stay(text: str) -> None:
    assert not _names(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Motion carried: Wambui proposed, seconded by Odhiambo", ["Wambui", "Odhiambo"]),
        ("dispatch: rider Olumide is 5 min away", ["Olumide"]),
        ("[09:14] Agent Bhavna: your ticket is closed", ["Bhavna"]),
        ("the groom Chukwudi pays the band", ["Chukwudi"]),
        ("Loaded by Olumide at 05:30", ["Olumide"]),
    ],
)
def test_names_after_a_role_noun_or_a_motion(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Agent Mode is enabled in the app",
        "collected by DHL at 9",
        "driver Seat Belt warning",
        "agent Airbnb charged me",
        "courier Aramex delayed the parcel",  # a firm no list holds, after a role that firms fill too
        "accountant Xero export is due",
        "therapist Headspace app renewal",
    ],
)
def test_role_nouns_before_a_thing_stay(text: str) -> None:
    assert not _names(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("hold on, not Kojo, it was Kwaku who signed", ["Kojo", "Kwaku"]),
        ("it was Yaw who paid the deposit", ["Yaw"]),
    ],
)
def test_corrections_and_clefts_name_people(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize("text", ["not Visa, it was Mastercard", "it was Amazon who refunded me", "it was Tuesday"])
def test_corrections_between_brands_or_days_stay(text: str) -> None:
    assert not _names(text)


def test_romaji_before_a_japanese_honorific() -> None:
    assert _names("Kobayashi様のお支払いを確認しました") == ["Kobayashi"]
    assert _names("Sony様からのご注文") == []  # a customer company is addressed 様 too


@pytest.mark.parametrize(
    "text",
    [
        "物业公司说下个月涨价",  # a trade with no name of its own
        "那家装修公司说要先付三成",
        "我们公司说年底发奖金",
        "甲方应于签约后三日内付款",  # a contract's modal after its party word
        "乙方应当按时交付",
        "中山路和东方路交叉口",  # roads named after a family, at a crossing
        "李子园的甜牛奶打折了",
    ],
)
def test_chinese_generic_companies_modals_and_roads_stay(text: str) -> None:
    assert not redact(text).findings


def test_a_named_company_and_a_cued_family_road_are_still_found() -> None:
    assert _names("顺丰公司说明天到") == ["顺丰公司"]
    assert _names("请转给上官道") == ["上官道"]
    assert _names("甲方：应晓东") == ["应晓东"]


def test_lower_case_name_before_a_reply_verb() -> None:
    assert _names("tbh nnamdi never answered") == ["nnamdi"]


# (file, recall floor, precision floor): 42 tuned on (after: 95.5 % / 100 %); 43 measured once after the changes
# (90.6 % / 100 %), not tuned on
FLOORS = [("heldout42.jsonl", 0.95, 0.98), ("heldout43.jsonl", 0.90, 0.98)]


@pytest.mark.parametrize(("name", "min_recall", "min_precision"), FLOORS)
def test_round12b_floor(name: str, min_recall: float, min_precision: float) -> None:
    s = score(load_labelled(DATA / name), ledgerlm_redactor)
    assert s.recall >= min_recall, s.misses
    assert s.precision >= min_precision, s.misses


def test_round12b_sets_have_the_promised_shape() -> None:
    for name, total, clean in (("heldout42.jsonl", 80, 25), ("heldout43.jsonl", 40, 15)):
        items = load_labelled(DATA / name)
        assert len(items) >= total and sum(1 for i in items if not i["entities"]) >= clean
        for item in items:
            for ent in item["entities"]:
                assert item["text"][ent["start"] : ent["end"]] == ent["value"]
