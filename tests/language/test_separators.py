"""The one list grammar (``ledgerlm.language.separators``): a list of people reads the same way in every kind."""

from __future__ import annotations

import pytest

from ledgerlm.contracts.request import parse
from ledgerlm.language.parties import NameMatch
from ledgerlm.language.separators import SEP, chain, read_list, read_person, split_zh, without_role

A = "0xA3bDe7CF5B7E549e3580d44C9b7E7C6A5705bC85"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ana, Bea and me", ["Ana", "Bea", "me"]),
        ("我、阿琳、周叔", ["me", "阿琳", "周叔"]),
        ("Ana + Bea + me", ["Ana", "Bea", "me"]),
        ("me plus Ana and Bea", ["me", "Ana", "Bea"]),
        ("me / Kwame / " + A, ["me", "Kwame", A]),
        ("老王跟小李以及我", ["老王", "小李", "me"]),
        ("我和合伙人老陈、老刘", ["me", "老陈", "老刘"]),  # 我 and a separator: the user, not a description
        ("Ana, Bea, and me", ["Ana", "Bea", "me"]),
    ],
)
def test_the_same_list_in_every_form(text: str, names: list[str]) -> None:
    assert [n.name for n in read_list(text, 0)] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("财务部刘会计", "刘会计"),  # a department belongs to no name
        ("社长阿龙", "阿龙"),
        ("副社长小蒋", "小蒋"),
        ("作者老何", "老何"),
        ("我爸老林", "老林"),
        ("the club treasurer Mrs. Adeyemi", "Mrs. Adeyemi"),
        ("our accountant Ms. Brandt", "Ms. Brandt"),
        ("王老师", "王老师"),  # a title after the name stays with it
    ],
)
def test_a_role_noun_before_a_name_is_no_part_of_it(text: str, name: str) -> None:
    found = read_person(text, 0)
    assert found is not None and found.name == name


def test_words_of_a_sentence_are_no_role_noun() -> None:
    text = "爷爷、爸爸、叔叔、我，需要全部同意"
    assert [n.name for n in read_list(text, 0)] == ["爷爷", "爸爸", "叔叔", "me"]  # never "同意" after "需要全部"


def test_a_role_noun_read_with_an_organisation_is_dropped() -> None:
    text = "出版社上海星辰文化有限公司"
    whole = NameMatch(text, 0, len(text), text)
    assert without_role(text, whole).name == "上海星辰文化有限公司"
    plain = NameMatch("老何", 0, 2, "老何")
    assert without_role("老何", plain) is plain


def test_a_person_without_a_name_is_kept_apart() -> None:
    text = "我爸老林、我妈、我、我姐林芳，一共四个人"
    people = read_list(text, 0)
    assert [n.name for n in people] == ["老林", "me", "林芳"]
    assert [n.text for n in people.nameless] == ["我妈"]


def test_a_ratio_slash_is_no_separator_of_people() -> None:
    assert [n.name for n in read_list("Kai 60/40", 0)] == ["Kai"]
    assert SEP.match(" / ") is not None and SEP.match(" plus ") is not None and SEP.match("x") is None


def test_chain_wants_three_or_two_joined_by_a_word() -> None:
    assert [n.name for n in chain("so: Ana, Bea", [4])] == []  # two joined by a bare comma: not a list
    assert [n.name for n in chain("so: Ana and Bea", [4])] == ["Ana", "Bea"]
    assert [n.name for n in chain("so: Ana, Bea, Cai", [4])] == ["Ana", "Bea", "Cai"]
    assert chain("Ana and Ana", [0]) == []  # the same name twice is not a list


def test_split_zh() -> None:
    assert split_zh("我和阿珍") == ["我", "阿珍"]
    assert split_zh("老王、小李跟我") == ["老王", "小李", "我"]


@pytest.mark.parametrize(
    ("kind", "key", "text"),
    [
        ("multisig", "owners", "multisig for {}, any 2 can sign"),
        ("splitter", "payees", "split income equally between {}"),
        ("dao", "holders", "DAO, token GUILD, 1000 supply, quorum 10%, 5 days voting, split evenly between {}"),
    ],
)
@pytest.mark.parametrize("people", ["Ana, Bea and me", "Ana + Bea + me", "Ana plus Bea and me", "Ana / Bea / me"])
def test_every_kind_reads_a_list_of_people_the_same_way(kind: str, key: str, text: str, people: str) -> None:
    r = parse(text.format(people), kind=kind, today="2026-12-01")
    assert r.params[key] == ["Ana", "Bea", "me"]


def test_a_comma_and_a_chinese_joiner_continue_the_list() -> None:
    text = "CEO 林总、CFO 钱姐、CTO 阿杰，外加我这个董事长"
    assert [n.name for n in read_list(text, text.index("林总"))] == ["林总", "钱姐", "阿杰", "me"]


def test_a_list_found_in_its_middle_is_read_from_its_opener() -> None:
    text = "split between the 3 of us - Pablo, Quincy and me - equal parts"
    assert [n.name for n in chain(text, [text.index("Quincy")])] == ["Pablo", "Quincy", "me"]


def test_settings_list_round7() -> None:
    """Round 7: a key=value list pairs each value with the key right before it; a scalar value ends at a comma, a
    list value runs to the next hard break or key."""
    from ledgerlm.language.separators import settings

    text = "safe: owners=me,Hugo,Ptolemy,Wen; m=2"
    got = {st.key: (text[st.start : st.end], text[st.start : st.list_end]) for st in settings(text)}
    assert got["owners"] == ("me", "me,Hugo,Ptolemy,Wen")
    assert got["m"] == ("2", "2")
    assert [st.key for st in settings("see https://x.io/a and 10:30")] == []  # a URL or a time is no key


def test_lone_pair_after_a_count_of_two_round7() -> None:
    """ "my two co-founders (Sigrid & Dev)": a lone "A & B" right after a count of two is two people; without the
    count ("Procter & Gamble") it stays one name."""
    from ledgerlm.language.separators import read_list

    text = "me + my two co-founders (Sigrid & Dev)"
    assert [n.name for n in read_list(text, text.index("Sigrid"))] == ["Sigrid", "Dev"]
    text = "between Procter & Gamble and me"
    assert next(n.name for n in read_list(text, text.index("Procter"))) == "Procter & Gamble"
