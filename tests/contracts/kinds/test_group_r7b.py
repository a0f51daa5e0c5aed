"""Round 7, second pass (issues 16 and 8): the classes the first pass left asked, each in both languages.

* a count and a role noun before the names they count ("我和两个合伙人大壮、小美平分", "me and my two partners Big
  Dave and Sally"): the role noun is no name, the count must equal the names after it (else the list is asked);
* a count of people who nod ("四个里面三个点头"): the number layer reads "三个点" as percentage points; the multisig
  kind reads it back as the count 三 before the verb 点头 ("项目经费涨了三个点" stays a question);
* a ratio, then each payee's part ("5:3:2 分，我5，小汪3，阿秀2", "5:3:2 - me 5, Tom 3, Ann 2"): read only when the
  parts are the ratio's, each payee named once;
* "split it down the middle with Ari": you and the one named, equal;
* payees and shares that no longer match one for one after another reading are both asked (never a spec error).

Every test gives the kind (the classifier has its own tests)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.contracts.request import parse

from ._newkinds import judged_files


def _read(kind: str, text: str) -> object:
    return parse(text, kind=kind, today="2026-12-01")


def _values(r: object) -> dict[str, object]:
    return {k: v for k, v in r.params.items() if v is not None}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("kind", "text", "field", "want"),
    [
        ("splitter", "分账：我和两个合伙人大壮、小美平分", "payees", ["me", "大壮", "小美"]),
        ("splitter", "我跟三个室友阿飞、大宝、小鱼平摊", "payees", ["me", "阿飞", "大宝", "小鱼"]),
        (
            "splitter",
            "me and my two partners Big Dave and Sally, split it evenly",
            "payees",
            ["me", "Big Dave", "Sally"],
        ),
        ("multisig", "我和两个合伙人大壮、小美一起管，两个人签就行", "owners", ["me", "大壮", "小美"]),
        ("multisig", "我跟两位理事老郑、阿珍共管，都要签", "owners", ["me", "老郑", "阿珍"]),
        (
            "multisig",
            "me and my two partners Big Dave and Sally, any 2 can sign",
            "owners",
            ["me", "Big Dave", "Sally"],
        ),
        ("dao", "我和两个合伙人大壮、小美，代币平分", "holders", ["me", "大壮", "小美"]),
    ],
)
def test_a_counted_role_noun_before_the_names(kind: str, text: str, field: str, want: list[str]) -> None:
    assert _values(_read(kind, text)).get(field) == want


@pytest.mark.parametrize(
    ("kind", "text", "field"),
    [
        ("splitter", "我和两个合伙人大壮、小美、阿花平分", "payees"),  # two counted, three named
        ("splitter", "me and my two partners, Dax, Wren and Ola, split evenly", "payees"),
        ("multisig", "我和三个合伙人大壮、小美一起管，两个人签就行", "owners"),
    ],
)
def test_a_count_the_names_after_it_dispute_is_asked(kind: str, text: str, field: str) -> None:
    r = _read(kind, text)
    assert field not in _values(r)
    assert any(field in q.fields for q in r.questions)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "count", "threshold"),
    [
        ("四个里面三个点头", 4, 3),
        ("多签钱包，我们四个里面三个点头就能转账：我、阿杰、小敏、老胡", 4, 3),
        ("我们五个人，三个点了头才能出钱", 5, 3),
        ("车友会要搞个多签钱包管活动经费，会长老黄、副会长阿Ken、财务小周，还有我，四个里面三个点头才能花钱", 4, 3),
        ("the four of us, three have to nod it through", 4, 3),
    ],
)
def test_a_count_of_people_who_nod(text: str, count: int, threshold: int) -> None:
    got = _values(_read("multisig", text))
    assert (got.get("owners_count"), got.get("threshold")) == (count, threshold)


def test_percentage_points_stay_a_question() -> None:
    r = _read("multisig", "项目经费涨了三个点")
    assert "threshold" not in _values(r)
    assert r.questions  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "payees", "shares"),
    [
        ("5:3:2 分，我5，小汪3，阿秀2", ["me", "小汪", "阿秀"], [5, 3, 2]),
        ("奶茶店收入按 5:3:2 分，我5，小汪3，阿秀2", ["me", "小汪", "阿秀"], [5, 3, 2]),
        ("split the band money 5:3:2 - me 5, Tom 3, Ann 2", ["me", "Tom", "Ann"], [5, 3, 2]),
        ("50:30:20 split: Nadia 50, Omar 30, me 20", ["Nadia", "Omar", "me"], [50, 30, 20]),
        ("收益按 6:4 分，我6，阿豪4", ["me", "阿豪"], [6, 4]),
        ("6:4 split, Jo gets 6, I get 4", ["Jo", "me"], [6, 4]),
        ("split everything down the middle with my cousin Ari", ["me", "Ari"], [1, 1]),
        ("split it down the middle with Ari", ["me", "Ari"], [1, 1]),
    ],
)
def test_a_ratio_then_each_payees_part(text: str, payees: list[str], shares: list[int]) -> None:
    got = _values(_read("splitter", text))
    assert got.get("payees") == payees
    assert got.get("shares") == [Decimal(x) for x in shares]


@pytest.mark.parametrize(
    "text",
    [
        "5:3:2 分，我5，小汪3",  # a part unnamed
        "5:3:2 分，我5，小汪3，阿秀3",  # parts that are not the ratio's
        "split 3 ways with Ari",  # three ways, two people
    ],
)
def test_parts_that_do_not_name_the_ratio_are_asked(text: str) -> None:
    r = _read("splitter", text)
    got = _values(r)
    assert not ("payees" in got and "shares" in got)
    assert r.questions  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        # found by the round's unseen set (nsmd7c-010): the one list left "me" out, silently
        "Please route 1/2 of proceeds to me and 1/4 each to Wanjiru and Olumide",
        "Please route 1/2 to me and 1/4 each to Wanjiru and Olumide",
    ],
)
def test_someone_paid_outside_the_list_read_asks_the_payees(text: str) -> None:
    r = _read("splitter", text)
    assert "payees" not in _values(r)
    assert any("payees" in q.fields for q in r.questions)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        ("ok so the deal is: every payment gets split between me, Rosa and Tiago, all equal", [1, 1, 1]),
        ("split between me, Rosa and Tiago, equal cuts", [1, 1, 1]),
        ("me, Rosa and Tiago, not all equal: I get more", None),
        ("me, Rosa and Tiago, no equal cuts", None),
        ("split between me and Kai, but not evenly", None),  # was read as 1:1, silently
        ("我和小武，不平分", None),  # was read as 1:1, silently
        ("我和阿花平分每一笔收入", [1, 1]),
    ],
)
def test_all_equal_and_its_negation(text: str, shares: list[int] | None) -> None:
    got = _values(_read("splitter", text)).get("shares")
    assert got == ([Decimal(x) for x in shares] if shares else None)


@pytest.mark.parametrize(
    "text", ["DAO：代幣 LUNA，總量五十萬，我和阿妹各佔一半", "DAO：代币 LUNA，总量五十万，我和阿妹各占一半"]
)
def test_dao_half_each_in_both_scripts(text: str) -> None:
    got = _values(_read("dao", text))
    assert got.get("holders") == ["me", "阿妹"]
    assert got.get("holder_shares") == [Decimal(50), Decimal(50)]


@pytest.mark.parametrize("kind", ["nft", "splitter", "multisig", "dao"])
def test_round7_third_set_never_silently_wrong(kind: str) -> None:
    # measured once before these last fixes: 10/20, one silent row (nsmd7c-010); now seen
    total, correct, silent = judged_files(kind, ("heldout_nsmd_r7_after3.jsonl",), force_kind=True)
    assert total == 5
    assert silent == []
    assert correct >= {"nft": 4, "splitter": 3, "multisig": 2, "dao": 3}[kind]


@pytest.mark.parametrize(
    ("text", "receiver"),
    [
        (
            "数字藏品名称：敦煌飞天；代号：DHFT；发行总量：壹仟份；单价：零点零八 ETH；"
            "二级市场版税百分之五，归属于敦煌文创有限公司。",
            "敦煌文创有限公司",
        ),
        ("NFT 叫 Ink Crane，symbol INKC，数量 256，价格 0.2 ETH，版税 5% 归于小林", "小林"),
    ],
)
def test_a_royalty_that_belongs_to_someone(text: str, receiver: str) -> None:
    """归属于 / 归于 are whole cue words: the receiver is the name after them, never '属于敦煌…' (blind7, seen)."""
    assert _values(_read("nft", text)).get("royalty_receiver") == receiver
