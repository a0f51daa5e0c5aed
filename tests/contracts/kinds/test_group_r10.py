"""Round 10, dao and splitter and the list grammar: the classes fixed this round, each checked on the parse itself.

Every case is a class, not a sentence: a document's reference number, a ratio corrected by a dash, a company with
its legal form, a name cut by the reader (an order word, a compound surname, a verb glued on), a pronoun's part,
a pasted YAML config, a lower-case full name, Traditional-character cues, a value only asked about in a question;
each with a twin that must stay a question."""

from __future__ import annotations

from typing import Any

import pytest

from ledgerlm.contracts.request import parse
from ledgerlm.contracts.request.evaluation import judge
from ledgerlm.language.separators import lower_name_list, reference_spans

TODAY = "2026-12-02"
DAO_REST = "quorum 12%, voting 6 days, timelock 1 day"
DAO_WANT = {"quorum_pct": 12, "voting_period_days": 6, "timelock_delay_days": 1}


def _parse(text: str) -> Any:
    return parse(text, today=TODAY)


def _ok(text: str, kind: str, params: dict[str, Any]) -> None:
    verdict = judge(_parse(text), {"kind": kind, "params": params})
    assert verdict.correct, (text, verdict)


# -- the list grammar: references, lower-case full names -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Board minutes ref. BM/2025/07 say so", "minutes ref. BM/2025/07"),
        ("per Ordinance No. 2025-118", "Ordinance No. 2025-118"),
        ("Kapasiyahan No. 9, series of 2025", "No. 9"),
        ("根据第12号决议", "第12号"),
    ],
)
def test_reference_spans_find_document_numbers(text: str, words: str) -> None:
    assert words in [text[a:b] for a, b in reference_spans(text)]


def test_reference_word_without_digits_is_no_reference() -> None:
    assert reference_spans("see item two, ref. BOARD") == []


def test_lower_case_full_names_make_a_list() -> None:
    text = "among me, nguyen thi lan and omar haddad."
    got = lower_name_list(text, text.index("me"))
    assert [n.name for n in got] == ["me", "nguyen thi lan", "omar haddad"]


@pytest.mark.parametrize(
    "text", ["between friends and family", "between someone else and me", "between the band and me"]
)
def test_lower_case_words_naming_no_person_make_no_list(text: str) -> None:
    assert lower_name_list(text, text.index("between") + 8) == []


# -- splitter -----------------------------------------------------------------------------------------------------


def test_reference_numbers_are_never_shares() -> None:
    _ok(
        "Per resolution No. 2025-33 we split the hall rental 40/60 between Tevita and Mele",
        "splitter",
        {"payees": ["Tevita", "Mele"], "shares": [40, 60]},
    )


def test_a_ratio_corrected_after_a_dash_is_no_range() -> None:
    _ok("split with Noor — not 60/40 – 65/35, me first", "splitter", {"payees": ["me", "Noor"], "shares": [65, 35]})


def test_two_ratios_with_or_stay_asked() -> None:
    _ok("split 65/35 or 60/40 between me and Noor", "splitter", {"payees": ["me", "Noor"]})


@pytest.mark.parametrize(
    "company",
    ["Nowak Sp. z o.o.", "Inversiones Lima S.A.C.", "Grupo Azteca S.A. de C.V.", "Brno Tech s.r.o."],
)
def test_company_with_legal_form_read_whole(company: str) -> None:
    _ok(
        f"royalty splitter: 30% to {company}, the rest to me",
        "splitter",
        {"payees": [company, "me"], "shares": [30, 70]},
    )


def test_order_word_is_no_part_of_the_name() -> None:
    _ok(
        "Pay Ingrid 25%, Sven 25%, the rest to me",
        "splitter",
        {"payees": ["Ingrid", "Sven", "me"], "shares": [25, 25, 50]},
    )


@pytest.mark.parametrize(
    ("text", "payees", "shares"),
    [
        ("分帳：歐陽靖 40%、我 60%", ["歐陽靖", "me"], [40, 60]),
        ("收益：我佔百分之七十，林美玲佔百分之三十", ["me", "林美玲"], [70, 30]),
    ],
)
def test_chinese_names_cut_by_the_reader_are_whole(text: str, payees: list[str], shares: list[int]) -> None:
    _ok(text, "splitter", {"payees": payees, "shares": shares})


def test_zh_ratio_after_the_list_is_no_part_of_the_last_name() -> None:
    _ok("收益由慕容复和段誉四六分", "splitter", {"payees": ["慕容复", "段誉"], "shares": [4, 6]})


def test_pronoun_percent_is_the_other_payee() -> None:
    _ok(
        "split between Ayşe Yılmaz and me, she takes 30%",
        "splitter",
        {"payees": ["Ayşe Yılmaz", "me"], "shares": [30, 70]},
    )


def test_pronoun_percent_with_no_me_stays_asked() -> None:
    _ok("split between Ayşe and Deniz, she takes 30%", "splitter", {"payees": ["Ayşe", "Deniz"]})


def test_pronoun_with_a_bare_part() -> None:
    _ok(
        "My cousin Tunde and I run the food truck. Card income: him 35 and me 65.",
        "splitter",
        {"payees": ["Tunde", "me"], "shares": [35, 65]},
    )


def test_yaml_config_pasted() -> None:
    text = "payees:\n  - me\n  - Keanu\n  - Malia\nshares:\n  - 50\n  - 30\n  - 20"
    _ok(text, "splitter", {"payees": ["me", "Keanu", "Malia"], "shares": [50, 30, 20]})


def test_yaml_config_with_unequal_lists_is_not_read_from_it() -> None:
    _ok("payees:\n  - me\n  - Keanu\nshares: [50, 30, 20]", "splitter", {})


def test_lower_case_full_names_and_spaced_pair() -> None:
    _ok(
        "split between aroha ngata and me, 55 45",
        "splitter",
        {"payees": ["aroha ngata", "me"], "shares": [55, 45]},
    )


def test_spaced_pair_not_a_hundred_stays_asked() -> None:
    _ok("split between Aroha and Tane, 30 50", "splitter", {"payees": ["Aroha", "Tane"]})


# -- dao ----------------------------------------------------------------------------------------------------------


def test_reference_id_is_no_ticker_and_no_supply() -> None:
    _ok(
        f"Following minute ref. GA/2025/12 the assembly wants a DAO: token ASMB, 40,000 tokens, {DAO_REST}",
        "dao",
        {"symbol": "ASMB", "supply": 40000, **DAO_WANT},
    )


def test_traditional_delay_and_timelock_cues() -> None:
    _ok(
        "DAO 代號 TAIPEI，總量 30 萬，法定人數 12%，投票期 6 天，投票延遲 2 天，執行延遲 1 天",
        "dao",
        {"symbol": "TAIPEI", "supply": 300000, "voting_delay_days": 2, **DAO_WANT},
    )


def test_token_called_in_capitals_is_the_symbol_not_the_name() -> None:
    _ok(
        "開個 DAO，代幣叫 BOBA，總共 5 萬個，法定人數 12%，投票六日，時間鎖一日",
        "dao",
        {"symbol": "BOBA", "supply": 50000, **DAO_WANT},
    )


def test_name_after_a_comma_wants_a_dao() -> None:
    _ok(
        f"Since 2015, the Accra Chess League needs a DAO: token ACL, 8000 tokens, {DAO_REST}",
        "dao",
        {"name": "Accra Chess League", "symbol": "ACL", "supply": 8000, **DAO_WANT},
    )


def test_holders_key_without_colon() -> None:
    """The holders are read; their split, never said, is asked (left out of the expectation)."""
    _ok(
        f"DAO token FJORD, 90k supply, {DAO_REST}, initial holders Solveig and me",
        "dao",
        {"symbol": "FJORD", "supply": 90000, "holders": ["Solveig", "me"], **DAO_WANT},
    )


def test_value_only_asked_about_gives_way_to_the_statement() -> None:
    _ok(
        "Would a 3 day vote be too short? Let's say: DAO token LAGO, 20k tokens, quorum 12%, voting 6 days, "
        "timelock 1 day",
        "dao",
        {"symbol": "LAGO", "supply": 20000, **DAO_WANT},
    )


def test_two_stated_values_stay_asked() -> None:
    _ok(
        "DAO token LAGO, 20k tokens, quorum 12%, voting 3 days, voting 6 days, timelock 1 day",
        "dao",
        {"symbol": "LAGO", "supply": 20000, "quorum_pct": 12, "timelock_delay_days": 1},
    )


def test_japanese_cues() -> None:
    _ok(
        "DAOを作りたい。トークン KOI、発行量 1万、定足数 12%、投票期間 6日、タイムロック 1日",
        "dao",
        {"symbol": "KOI", "supply": 10000, **DAO_WANT},
    )


# -- the kinds' cue words: a bare ratio said with a person, a pasted header, Traditional and Japanese DAO words ----


def test_bare_ratio_with_a_named_partner_is_a_splitter() -> None:
    _ok("6:4 with my bandmate Olamide", "splitter", {"payees": ["me", "Olamide"], "shares": [6, 4]})


def test_bare_ratio_with_an_unnamed_partner_asks_who() -> None:
    _ok("65/35 with my editor", "splitter", {"shares": [65, 35]})


def test_name_share_header_is_a_splitter() -> None:
    _ok("name;share\nTui;70\nme;30", "splitter", {"payees": ["Tui", "me"], "shares": [70, 30]})


def test_traditional_dao_words_without_the_word_dao() -> None:
    _ok(
        "治理合約：代幣 TAMSUI，總量 3 萬，法定人數 12%，投票 6 天，時間鎖 1 天",
        "dao",
        {"symbol": "TAMSUI", "supply": 30000, **DAO_WANT},
    )
