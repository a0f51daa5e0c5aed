"""Word-boundary and gazetteer evidence (name-precision round): Chinese candidates that start or end mid-word,
brand/place phrases, sentence-initial auxiliaries; features the scorer weighs, and what ``find_names`` makes of
them on messages written for this test (not from any held-out set)."""

from __future__ import annotations

import pytest

from ledgerlm.ner import find_names
from ledgerlm.ner.candidates import Candidate
from ledgerlm.ner.features import _phrase_spans, _zh_crossing, names_of
from ledgerlm.privacy.detectors import detect_ip


def test_a_word_across_the_left_edge_means_the_candidate_starts_mid_word() -> None:
    text = "把电池快充的钱付了"  # 电池: the candidate "池快充" starts inside a word
    assert _zh_crossing(text, 2, 5) == (True, False)
    assert _zh_crossing("张伟明天转账", 0, 2) == (False, False)
    # "张伟明" would end inside 明天
    assert _zh_crossing("张伟明天转账", 0, 3) == (False, True)


def test_crossing_words_become_features_and_silence_the_cue() -> None:
    text = "向日葵基金会的捐款"
    feats = names_of(text, Candidate(1, 6, "org", "zh_org"))
    assert "zh_xleft" in feats
    assert "zh_lcue=向" not in feats  # 向 belongs to 向日葵 here, it is no cue


def test_phrases_are_found_case_insensitively_as_whole_words() -> None:
    assert _phrase_spans("moved it to wells fargo, then Santa Monica") == ((12, 23), (30, 42))
    assert _phrase_spans("Santa Claravelle") == ()
    feats = names_of("Goldman Sachs filed", Candidate(0, 13, "person", "lat2"))
    assert "mwe=exact" in feats


def test_sentence_initial_auxiliary_is_a_feature() -> None:
    assert any(f.startswith("aux_first") for f in names_of("Could we pay later", Candidate(0, 5, "person", "lat1")))


@pytest.mark.parametrize(
    "text",
    [
        "中华慈善总会的地址发我",
        "那边的节点又挂了",
        "水池项目的流动性太差了",
        "Goldman Sachs wants a custody license",
        "booked the Ritz Carlton with usdc",
        "Could we split the fee",
        "Happy New Year, mint opens at 8",
    ],
)
def test_look_alikes_are_not_names(text: str) -> None:
    assert find_names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("让华晨光把发票开了", "华晨光"), ("tell Morgan the vault is funded", "Morgan"), ("叶文洁说她来签", "叶文洁")],
)
def test_names_that_share_characters_or_words_with_look_alikes_stay_names(text: str, name: str) -> None:
    assert [n.text for n in find_names(text)] == [name]


def test_a_network_block_is_not_an_ip_address_but_a_host_in_it_is() -> None:
    assert list(detect_ip("allow 10.0.0.0/8 only")) == []
    assert [(s.start, s.end) for s in detect_ip("my box is 192.168.1.5/24")] == [(10, 21)]


def test_multiword_city_names_are_found_inside_capitalised_runs() -> None:
    from ledgerlm.ner.features import _place_spans

    text = "Tell Marcus the office in Palm Springs is rented, not Grand Rapids"
    found = [text[a:b] for a, b in _place_spans(text)]
    assert found == ["Palm Springs", "Grand Rapids"]
    assert "place=exact" in names_of(text, Candidate(26, 38, "person", "lat2"))
