"""Round-4 pieces of the tagger: one-for-one traditional-to-simplified mapping, accent folding, the English word
list, middle-dot names and the brand/place vetoes."""

from __future__ import annotations

from ledgerlm.ner import find_names
from ledgerlm.ner.candidates import Candidate
from ledgerlm.ner.features import fold, is_en_word, vetoed
from ledgerlm.ner.hanzi import to_simplified


def test_traditional_mapping_keeps_length_and_simplified_text() -> None:
    text = "陳美玲住在台北市信義區，電話0912"
    out = to_simplified(text)
    assert len(out) == len(text) and out.startswith("陈美玲") and "信义区" in out
    plain = "张伟明天转账给我，金额三千，住在北京市海淀区"
    assert to_simplified(plain) == plain


def test_spans_point_into_the_original_text() -> None:
    text = "請轉給黃志偉三千"
    got = find_names(text)
    assert [(n.text, text[n.start : n.end]) for n in got] == [("黃志偉", "黃志偉")]


def test_fold_and_english_words() -> None:
    assert fold("Nguyễn") == "nguyen" and fold("İstanbul") == "istanbul" and fold("Łukasz") == "lukasz"
    assert all(is_en_word(w) for w in ("crown", "pools", "chartered", "staked"))
    assert not any(is_en_word(w) for w in ("nkosi", "oluwaseun", "thomas", "nguyễn"))


def test_middle_dot_names_are_whole() -> None:
    assert [n.text for n in find_names("转给买买提·艾力3000")] == ["买买提·艾力"]


def test_vetoes() -> None:
    def cand(text: str, sub: str) -> Candidate:
        start = text.index(sub)
        return Candidate(start, start + len(sub), "person", "lat2")

    text = "Morgan Stanley and Kraken Futures, then in Sevilla"
    assert vetoed(text, cand(text, "Morgan Stanley"))
    assert vetoed(text, cand(text, "Kraken Futures"))
    assert vetoed(text, cand(text, "Sevilla"))
    text = "Maria Gonzalez pays"
    assert not vetoed(text, cand(text, "Maria Gonzalez"))


def test_romanised_asian_names_without_cues() -> None:
    for text, name in (("Leung Ka Wai owes me 30 usdt", "Leung Ka Wai"), ("Kim Soo-jin signed it", "Kim Soo-jin")):
        assert name in [n.text for n in find_names(text)]
