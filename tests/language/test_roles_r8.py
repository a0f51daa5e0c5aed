"""Round 8 (issue 8): classes of the shared party reader that the round-7 blind set and the round-8 hand-written
money set (tests/language/data/heldout_money_r8.jsonl) found: the user in a contract's own words ("the
undersigned"), people described by age or plainly as a person ("my kid Leo", "a gentleman named Mr. Lindqvist"),
a number that says which one ("employee #7, Sofía Herrera"), the user's household (我家保姆王阿姨), a child's
doubled pet name after a family word (女儿囡囡), a remark in brackets after a name, and roles said as contracts and
non-native writers say them ("X (the "Lender")", "The Lender, X, shall", "the arbitrator shall be X", "Farid he is
the judge", "my wife Mei decide"). Each case is a class, written with other words than the rows that found it."""

from __future__ import annotations

import pytest

from ledgerlm.language.parties import ME, explicit_roles, find_names, read_name

_ROLES = {
    "lender": (r"lender|creditor", r"出借人|出借方"),
    "borrower": (r"borrower|debtor", r"借款人|借款方"),
    "arbiter": (r"arbiter|arbitrator|mediator|judge", r"仲裁人|裁判"),
}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("^the undersigned shall repay", ME),
        ("funds go to ^the Undersigned on release", ME),
        ("vest it for ^my kid Leo over ten years", "Leo"),
        ("for ^our youngest, Ottilie, 2 ETH", "Ottilie"),
        ("bought from ^a gentleman named Mr. Lindqvist", "Mr. Lindqvist"),
        ("paid to ^a lady called Rosa Maria", "Rosa Maria"),
        ("grant for ^employee #7, Sofía Herrera: 15k", "Sofía Herrera"),
        ("for ^contractor no. 12 (Ravi) only", "Ravi"),
        ("给^我家保姆王阿姨 5 个 ETH", "王阿姨"),
        ("^咱家的司机老韩", "老韩"),
        ("给^女儿囡囡做个归属计划", "囡囡"),
        ("^儿子豆豆的学费", "豆豆"),
        ("跟^老铁阿龙做个托管", "阿龙"),
    ],
)
def test_read_name_classes(text: str, name: str) -> None:
    pos = text.index("^")
    clean = text.replace("^", "")
    found = read_name(clean, pos)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "text",
    [
        "给^女儿慢慢释放 5 ETH",  # a doubled adverb is no pet name: the family word itself names her
        "^女儿好好读书的钱",
    ],
)
def test_doubled_adverb_is_no_name(text: str) -> None:
    pos = text.index("^")
    found = read_name(text.replace("^", ""), pos)
    assert found is None or found.name == "女儿"


@pytest.mark.parametrize("text", ["给^儿子思远锁仓 2 ETH", "给^女儿嘉禾锁仓"])
def test_unread_words_after_a_family_word_are_asked(text: str) -> None:
    """A name the rules cannot read after the family word: never the family word instead (asked)."""
    pos = text.index("^")
    found = read_name(text.replace("^", ""), pos)
    assert found is None or found.name not in ("儿子", "女儿")


@pytest.mark.parametrize(
    ("text", "role", "name"),
    [
        ('made between Northgate Capital LLC (the "Lender") and me', "lender", "Northgate Capital LLC"),
        ("Kestrel Partners (the “Borrower”) shall repay", "borrower", "Kestrel Partners"),
        ("The Lender, Hollowbrook Capital LLC, shall advance", "lender", "Hollowbrook Capital LLC"),
        ("the arbitrator shall be Claire Dubois.", "arbiter", "Claire Dubois"),
        ("the mediator will be Omar Haddad", "arbiter", "Omar Haddad"),
        ("my brother-in-law Farid he is the judge if problem", "arbiter", "Farid"),
        ("our neighbour Kasia, she will be the arbiter", "arbiter", "Kasia"),
        ("if problem my wife Mei decide.", "arbiter", "Mei"),
        ("if we fight, Uncle Bo decide", "arbiter", "Uncle Bo"),
        ('the undersigned (the "Borrower")', "borrower", ME),
    ],
)
def test_roles_in_contract_and_non_native_register(text: str, role: str, name: str) -> None:
    found = explicit_roles(text, _ROLES)
    assert role in found and found[role].name == name


def test_a_remark_in_brackets_after_a_name_keeps_the_name() -> None:
    found = explicit_roles("escrow to Ola; Farid (my wife's brother) will decide if there's a dispute", _ROLES)
    assert found["arbiter"].name == "Farid"
    # a remark that names another person is not stepped over: who decides is asked
    assert "arbiter" not in explicit_roles("Kim (or Lee) will decide", _ROLES)


@pytest.mark.parametrize("text", ["给保姆 5 个 ETH 当养老钱", "从小一起长大的朋友", "大小都行"])
def test_laoxiao_inside_a_word_is_no_titled_name(text: str) -> None:
    assert [n.name for n in find_names(text) if n.name.startswith(("老", "小"))] == []


def test_my_household_is_not_the_user() -> None:
    found = read_name("我家的狗", 0)
    assert found is None or found.name != ME


@pytest.mark.parametrize(
    "text",
    ["^yours truly", "^my own wallet", "^this account", "^my wallet over 12 months", "^the undersigned"],
)
def test_the_user_in_other_words(text: str) -> None:
    found = read_name(text.replace("^", ""), text.index("^"))
    assert found is not None and found.name == ME


def test_a_person_who_keeps_the_users_wallet_is_not_the_user() -> None:
    found = read_name("my wallet manager Ben, 5 days", 0)
    assert found is None or found.name != ME


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("借给^我舅舅 1 ETH", "舅舅"),
        ("借给^我的表姐小雯 2 万 USDT", "小雯"),
        ("给^研发小唐 3 万个 KITE", "小唐"),
        ("跟^发小阿凯做个托管", "阿凯"),
    ],
)
def test_the_users_relatives_and_colleagues(text: str, name: str) -> None:
    found = read_name(text.replace("^", ""), text.index("^"))
    assert found is not None and found.name == name


def test_a_chinese_label_then_a_space_then_the_phrase() -> None:
    found = explicit_roles("借款：出借方 我自己，借款方 胖虎，5000 USDT", _ROLES)
    assert found["lender"].name == ME and found["borrower"].name == "胖虎"


def test_a_comma_after_a_plain_role_word_starts_a_new_phrase() -> None:
    """ "I'm the payer, Northwind Traders gets paid": the name after the comma holds no role of the word before it;
    only a contract's capitalised defined term takes a name in apposition ("The Lender, X, shall")."""
    roles = {"payer": (r"payer", r"付款方"), "payee": (r"payee|seller", r"收款方")}
    found = explicit_roles("escrow 500 dai, Greg is the seller, Ines will judge disputes", roles)
    assert found["payee"].name == "Greg"
    said = explicit_roles("escrow for 25k usdc, I'm the payer, Northwind Traders gets paid", roles)
    assert said["payer"].name == ME
    assert said["payee"].name == "Northwind Traders"  # by its own verb ("gets paid"), not by the comma
