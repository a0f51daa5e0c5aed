"""Round 10, the shared language core: the Indian digit grouping ("2,00,000") and scales in words ("half a mil",
"ten lakh", "2 hundred thousand"), a correction whose new value only the old label explains ("cliff 3 months,
sorry, 4 months"; "not a 12-month cliff, a 3-month one"), Cantonese and Traditional correction markers (唔係,
不對), fixed-date holidays (Valentine's, Halloween, 聖誕), and real words the kind classifier must not "correct"
into cue words ("Tender" is no "lender"). Each test asserts what is read, and where the text is not clear, that
the parser asks instead of guessing."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ledgerlm.contracts.request import parse
from ledgerlm.contracts.request.classify import correct_typos, keyword_scores
from ledgerlm.contracts.request.evaluation import judge
from ledgerlm.errors import AmbiguousRequest
from ledgerlm.language.corrections import find_corrections
from ledgerlm.language.dates import find_dates
from ledgerlm.language.numbers import find_numbers

TODAY = "2026-12-02"
DATA = Path(__file__).parent / "data"


def _asked(r: Any) -> set[str]:
    return set(r.missing) | {f for q in r.questions for f in q.fields}


def _one(text: str) -> Any:
    found = find_numbers(text, include_flagged=True)
    assert len(found) == 1, found
    return found[0]


# -- numbers ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2,00,000 USDT", 200000),
        ("1,50,000", 150000),
        ("10,00,000", 1000000),
        ("1,25,00,000", 12500000),
    ],
)
def test_the_indian_lakh_grouping_reads_one_way(text: str, value: int) -> None:
    n = _one(text)
    assert n.value == value and not n.readings and n.usable


@pytest.mark.parametrize("text", ["1,5,000", "12,50,00", "1,5"])
def test_a_grouping_that_fits_no_system_is_still_asked(text: str) -> None:
    assert _one(text).ambiguous


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("half a mil", 500000),
        ("ten lakh", 1000000),
        ("one crore fifty lakh", 15000000),
        ("2 hundred thousand", 200000),
        ("3 hundred million", 300000000),
        ("five mil", 5000000),
    ],
)
def test_scales_in_words(text: str, value: int) -> None:
    assert _one(text).value == value


def test_a_number_restated_in_words_in_brackets_is_one_number() -> None:
    n = _one("10,00,000 (ten lakh)")
    assert n.value == 1000000 and n.usable


def test_one_standing_for_a_noun_is_no_number() -> None:
    assert [n.value for n in find_numbers("not a 12-month cliff, a 3-month one")] == [12, 3]
    assert find_numbers("a shorter one please") == []


def test_a_lakh_grouped_supply_reaches_the_token() -> None:
    r = parse("new coin: name=Tundra, symbol=TUN, supply=10,00,000 (ten lakh), burnable", today=TODAY)
    assert r.params["initial_supply"] == 1000000


def test_a_malformed_grouping_is_asked_not_read() -> None:
    r = parse("lend Meera 1,5,000 USDC at 5% a year for 12 months", today=TODAY)
    assert r.params["principal"] is None and "principal" in _asked(r)


# -- corrections -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "借给阿玲五千 USDT，年息 5%，十個月，唔係，十二個月",
        "借给阿玲五千 USDT，年息 5%，十個月，不對，十二個月",
        "借给阿玲五千 USDT，年息 5%，十個月，講錯，十二個月",
    ],
)
def test_cantonese_and_traditional_markers_correct_a_length(text: str) -> None:
    r = parse(text, today=TODAY)
    assert r.params["term_months"] == 12


def test_cantonese_not_x_but_y() -> None:
    r = parse("借俾阿強一萬 USDT，年息唔係 5% 係 4%，一年", today=TODAY)
    assert r.params["annual_rate_pct"] == 4


def test_a_bare_cantonese_not_is_no_correction() -> None:
    assert find_corrections("多簽，唔係好複雜，三個人兩個簽") == []


@pytest.mark.parametrize("marker", ["sorry,", "no wait,", "oops,"])
def test_a_correction_right_after_a_labelled_length_keeps_the_label(marker: str) -> None:
    r = parse(f"vesting: Amara gets 5000 USDC, cliff 3 months, {marker} 4 months, total 2 years", today=TODAY)
    assert (r.params["cliff_months"], r.params["duration_months"]) == (4, 24)


def test_not_a_length_but_one_of_another_length_is_a_correction() -> None:
    r = parse("vesting for Diego, 1 lakh USDC, not a 12-month cliff, a 3-month one, 36 months total", today=TODAY)
    p = r.params
    assert (p["amount"], p["cliff_months"], p["duration_months"]) == (100000, 3, 36)


def test_a_correction_without_a_clear_target_is_still_asked() -> None:
    r = parse("vest 5000 USDC to Amara over 2 years, cliff 3 months, no wait, 4", today=TODAY)
    assert r.params["cliff_months"] in (None, 4) or "cliff_months" in _asked(r)


# -- dates -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("deadline Valentine's", 74),
        ("by St. Valentine's Day", 74),
        ("by Halloween", 333),
        ("聖誕節前", 23),
        ("until Christmas Eve", 22),
    ],
)
def test_fixed_date_holidays(text: str, days: int) -> None:
    found = [d for d in find_dates(text, date(2026, 12, 2)) if d.error is None]
    assert [d.days for d in found] == [days]


@pytest.mark.parametrize("text", ["escrow 2 ETH to Yara by Thanksgiving", "托管 2 ETH 给小林，清明節前"])
def test_a_movable_holiday_is_asked(text: str) -> None:
    r = parse(text, today=TODAY)
    assert r.params["deadline_days"] is None and "deadline_days" in _asked(r)


def test_chinese_dates_still_read_when_the_chinese_forms_load_lazily() -> None:
    found = find_dates("限期到 2027年1月15日", date(2026, 12, 2))
    assert [d.days for d in found] == [44]


# -- classifier cues -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["tender", "sending", "resting", "render"])
def test_a_real_word_is_never_corrected_into_a_cue(word: str) -> None:
    assert correct_typos(f"{word.capitalize()} 2026/88 for the records", {"lender": 500, "lending": 500}).split()[
        0
    ] == (word)


def test_a_tender_is_no_loan() -> None:
    text = "Tender 2026/88 — The Ministry requires a tamper-proof record of each seized firearm's journey"
    assert keyword_scores(text).get("loan", 0.0) == 0.0


# -- the held-out set ------------------------------------------------------------------------------------------


def _rows(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def test_the_held_out_set_has_no_silent_value() -> None:
    silent = []
    for row in _rows("heldout_core_r10.jsonl"):
        try:
            v = judge(parse(row["text"], today=row["today"]), row["expect"])
        except AmbiguousRequest:  # "which kind?" is a question, never a silent value
            continue
        if v.silent:
            silent.append((row["id"], v.silent))
    assert silent == []


def test_the_held_out_set_reads_lakh_and_corrections() -> None:
    rows = {r["id"]: r for r in _rows("heldout_core_r10.jsonl")}
    for rid in ("core10-001", "core10-017", "core10-021", "core10-023", "core10-037", "core10-056"):
        row = rows[rid]
        assert judge(parse(row["text"], today=row["today"]), row["expect"]).correct, rid


def test_decimal_values_stay_exact() -> None:
    assert _one("1,50,000").value == Decimal("150000")


@pytest.mark.parametrize(
    "text",
    [
        "我想知道 vesting 同 lockup 有咩分別？",
        "多簽錢包有什麼區別？",
        "what happens to an escrow if the seller never ships?",
        "Suppose hypothetically I set up a DAO for my choir, would anyone vote?",
    ],
)
def test_a_question_about_a_concept_is_no_request(text: str) -> None:
    from ledgerlm.contracts.request.classify import is_concept_question

    assert is_concept_question(text)


@pytest.mark.parametrize(
    "text",
    ["imagine a vesting for Ana of 1000 USDC over 12 months", "crowdfund 10 ETH for the choir, deadline Christmas"],
)
def test_an_order_is_no_concept_question(text: str) -> None:
    from ledgerlm.contracts.request.classify import is_concept_question

    assert not is_concept_question(text)
