"""Round 6, second pass: a list of people is read twice, independently, and filled only when both readings agree.

The first reading is the list grammar (``ledgerlm.language.separators.read_list``); the second is every count of the
group the text states ("the 3 of us", "我们仨", "三个人平分", "3 ways", "my 3 cousins and I" = 4) and every phrase that
puts the user into it ("me included", "外加我"). When they disagree, the list (and what was read against it: the
shares, a count inferred from the list) is asked, the question showing both readings: a silent wrong COUNT or LIST
is no longer possible from these forms. Every test gives the kind (the classifier has its own tests)."""

from __future__ import annotations

import pytest

from ledgerlm.contracts.request import parse
from ledgerlm.language.separators import group_disagreement, stated_counts

from ._newkinds import asked, judged_files


def _read(kind: str, text: str) -> object:
    return parse(text, kind=kind, today="2026-12-01")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("any 2 of the 3 of us should sign", [3]),
        ("all four of us must sign", [4]),
        ("my 3 cousins and I are pooling money", [4]),
        ("me and my 2 partners Lina and Omar", [3]),
        ("split incoming eth 3 ways", [3]),
        ("we're a 4 person band", [4, 4]),
        ("我们仨（我、大伟、思思）", [3]),
        ("我们三个都得同意", [3]),
        ("四个人里三个同意", [4]),
        ("一共四个人", [4]),
        # a part of the group, or a number of approvals: no count of the whole group
        ("the two of us plus our advisor Dr. Mensah", []),
        ("两个人签就行", []),
        ("2 of us must sign", []),
    ],
)
def test_stated_counts_read_apart_from_the_names(text: str, want: list[int]) -> None:
    assert [c.value for c in stated_counts(text)] == want


def test_disagreement_shows_where() -> None:
    assert group_disagreement("the 3 of us: Ana and Bo", ["Ana", "Bo"]) is not None
    assert group_disagreement("the 3 of us: Ana, Bo and me", ["Ana", "Bo", "me"]) is None
    assert group_disagreement("Zoe, Abel and myself", ["Zoe", "Abel"]) is not None  # the user joined, not read
    # a person listed without a name counts; a list said to be partial may be shorter than the count
    assert group_disagreement("我爸老林、我妈、我、我姐林芳，一共四个人", ["老林", "me", "林芳"]) is None
    assert group_disagreement("成员：A、B、我，一共五个，另外两个之后再加", ["A", "B", "me"]) is None


@pytest.mark.parametrize(
    ("kind", "field", "text", "right"),
    [
        # round 7: the list is read whole now ("思思" before a bracket), or a third reading puts you in ("and I", "me
        # included") and the counts then agree: filled, and only with the right list
        ("multisig", "owners", "我们仨（我、大伟、思思）搞个多签，过半数签名就行", ["me", "大伟", "思思"]),
        (
            "multisig",
            "owners",
            "my 3 cousins and I are pooling money. names: Dani, Eitan, Noa. multisig, at least 3 sigs",
            ["Dani", "Eitan", "Noa", "me"],
        ),
        ("multisig", "owners", "帮我和我老婆小雨还有我妈建个多签钱包，我们三个都得同意才能动钱", None),
        ("splitter", "payees", "split incoming eth 3 ways w/ Bjorn and Caius (me included)", ["me", "Bjorn", "Caius"]),
        ("dao", "holders", "a DAO for the three of us, token TRIO, 900 supply, Ines 50%, Marco 50%, quorum 50%", None),
    ],
)
def test_disagreeing_readings_are_asked_or_repaired_never_wrong(
    kind: str, field: str, text: str, right: list[str] | None
) -> None:
    r = _read(kind, text)
    if right is not None:
        assert r.params.get(field) == right
        return
    assert r.params.get(field) is None
    assert asked(r, field)
    q = next(q for q in r.questions if field in q.fields)
    assert "(" in q.text or "（" in q.text  # the names read and their number are shown with the counting words


def test_a_stated_count_replaces_one_inferred_from_a_short_list() -> None:
    r = _read("multisig", "帮我和我老婆小雨还有我妈建个多签钱包，我们三个都得同意才能动钱")
    assert r.params["owners_count"] == 3
    assert r.params["threshold"] == 3  # "都得同意" = every owner, of the three the text states (once read as 2)


def test_shares_read_against_a_disputed_list_are_asked_too() -> None:
    r = _read("splitter", "split incoming eth 4 ways w/ Bjorn and Caius (me included)")  # 4 ways, three people
    assert r.params.get("payees") is None
    assert r.params.get("shares") is None


@pytest.mark.parametrize(
    ("kind", "text", "key", "want"),
    [
        (
            "multisig",
            "公司账户做成多签：CEO 林总、CFO 钱姐、CTO 阿杰，外加我这个董事长，需要至少两人签字",
            "owners",
            ["林总", "钱姐", "阿杰", "me"],
        ),
        ("splitter", "收益分配合约，我和两个合伙人阿强、阿伟三个人平分", "payees", ["me", "阿强", "阿伟"]),
        (
            "splitter",
            "revenue split between the 3 of us - Pablo, Quincy and me - equal parts",
            "payees",
            ["Pablo", "Quincy", "me"],
        ),
        ("dao", "搞个DAO：代币 READ，总量 6000，投票周期一周，法定人数 1/4，时间锁 24 小时", "quorum_pct", 25),
        (
            "nft",
            "NFT drop. Collection: Rust Belt Relics. Ticker: RELIC. 1,200 pieces, 0.02 ETH",
            "name",
            "Rust Belt Relics",
        ),
        ("nft", "发个数字藏品：敦煌飞天，代号 FEITIAN，限量 999 份，免费 mint", "name", "敦煌飞天"),
    ],
)
def test_round6b_classes(kind: str, text: str, key: str, want: object) -> None:
    assert _read(kind, text).params[key] == want


def test_quorum_fraction_with_no_whole_percent_is_asked() -> None:
    r = _read("dao", "dao token X supply 1000 quorum 1/3")
    assert r.params.get("quorum_pct") is None


R6B = ("heldout_nsmd_r6b.jsonl",)


@pytest.mark.parametrize(
    ("kind", "total", "floor"), [("nft", 10, 10), ("splitter", 13, 9), ("multisig", 13, 10), ("dao", 10, 8)]
)
def test_round6b_set_never_silently_wrong(kind: str, total: int, floor: int) -> None:
    n, correct, silent = judged_files(kind, R6B, force_kind=True)
    assert n == total
    assert silent == []
    assert correct >= floor


# -- classes of the after-set, fixed after its one measure (seen now) -------------------------------------------
def test_any_of_them_alone_is_one_approval() -> None:
    got = _read("multisig", "Need a multisig between Harriet, Ignatius & Juno, any of them can approve on their own")
    assert got.params["threshold"] == 1
    assert _read("multisig", "multisig for Ana, Bo and Cy, any of them can approve").params.get("threshold") != 1


def test_royalties_to_my_wallet_are_yours() -> None:
    r = _read("nft", "25 pieces named Salt Flats, ticker SALT, 0.5 eth each, royalties 10% to my wallet")
    assert r.params["royalty_receiver"] == "me"


def test_you_stand_where_you_were_said_before_a_counted_group() -> None:
    r = _read("splitter", "把课程收入分给我和两个助教，小钟、阿月，我拿 50%，她们各 25%")
    assert r.params.get("payees") in (None, ["me", "小钟", "阿月"])


@pytest.mark.parametrize(("kind", "total"), [("nft", 6), ("splitter", 9), ("multisig", 9), ("dao", 6)])
def test_round6b_after_set_never_silently_wrong(kind: str, total: int) -> None:
    n, _correct, silent = judged_files(kind, ("heldout_nsmd_r6b_after.jsonl",), force_kind=True)
    assert n == total
    assert silent == []
