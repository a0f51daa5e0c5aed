"""Slot rules of round 6, second pass: a fraction is a share (asked, never its numerator as an amount), two tokens
offered as a choice leave the token to ask, an arrow points at the recipient, a company suffix is part of the
recipient and never a token, and a lower-case ticker after a spelled-out count is the token."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.language.slots import extract_slots


@pytest.mark.parametrize("text", ["sell 1/2 of my sol", "sell 3/4 of my eth", "卖掉 1/3 的 SOL"])
def test_a_fraction_is_no_amount(text: str) -> None:
    slots = extract_slots(text, "sell")
    assert "amount" not in slots and slots["token"] in ("SOL", "ETH")


@pytest.mark.parametrize(
    ("text", "intent", "want"),
    [
        ("which is riskier, sol or avax", "risk", None),
        ("ETH 还是 SOL 涨得多", "price", None),
        ("sol vs avax price", "price", None),
        ("what is the difference between usdc and usdt", "info", "USDC"),  # a comparison keeps the first
        ("ETH/USDC 现在多少", "price", "ETH"),  # a pair is priced in its second token
    ],
)
def test_two_tokens_offered_as_a_choice(text: str, intent: str, want: str | None) -> None:
    assert extract_slots(text, intent).get("token") == want


def test_arrow_points_at_the_recipient() -> None:
    slots = extract_slots("transfer 12.5 dai → anna", "transfer")
    assert slots == {"token": "DAI", "amount": Decimal("12.5"), "recipient": "anna"}


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("pay Harbor Lane Studios LLC 1,800 usdc", "Harbor Lane Studios LLC"),
        ("send 1k usdt to Bluewater Trading Co.", "Bluewater Trading Co."),
    ],
)
def test_company_suffix_is_no_token(text: str, recipient: str) -> None:
    slots = extract_slots(text, "transfer")
    assert slots["recipient"] == recipient and slots["token"] in ("USDC", "USDT") and "amount" in slots


def test_spelled_count_before_a_lower_case_ticker() -> None:
    assert extract_slots("could you get me twelve sol please", "buy") == {"token": "SOL", "amount": Decimal(12)}


@pytest.mark.parametrize("text", ["买一千块钱的 DOGE", "sell 300 dollars of eth", "买 500 块的 ETH"])
def test_a_money_sum_is_no_count_of_the_token(text: str) -> None:
    from ledgerlm.language.slots import money_sum

    slots = extract_slots(text, "sell" if text.startswith("sell") else "buy")
    assert "amount" not in slots and money_sum(text) is not None


def test_a_money_sum_in_a_stablecoin_is_that_many() -> None:
    assert extract_slots("买两万块钱的USDT", "buy") == {"token": "USDT", "amount": Decimal(20000)}


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("send 0.02 btc to uncle raj", "uncle raj"),
        ("send 0.02 btc to uncle for his birthday", "uncle"),
        ("I would like to transfer 250 USDC to my accountant, Mrs. Delgado. Thank you.", "Mrs. Delgado"),
        ("Send 5,000 USDT to Ridgeway Capital Partners, LLC", "Ridgeway Capital Partners, LLC"),
    ],
)
def test_recipient_titles_and_firms(text: str, recipient: str) -> None:
    assert extract_slots(text, "transfer")["recipient"] == recipient


def test_completely_is_all() -> None:
    from ledgerlm.language.slots import wants_all

    assert wants_all("close out my usdc loan completely") and wants_all("repay the dai in full")
    assert not wants_all("repay 20 dai")


@pytest.mark.parametrize(("text", "recipient"), [("send 75 usdc to coach miller", "coach miller")])
def test_role_title_before_a_lower_case_name(text: str, recipient: str) -> None:
    assert extract_slots(text, "transfer")["recipient"] == recipient


def test_and_a_half_before_a_lower_case_ticker() -> None:
    assert extract_slots("buy two and a half sol", "buy") == {"token": "SOL", "amount": Decimal("2.5")}


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("send 20 usdc to my mom for her birthday", "mom"),  # was "for": a silent wrong recipient
        ("send 20 usdc to my landlord.", "landlord"),
        ("send 10 usdc to my friend Leo", "Leo"),
        ("send 5 usdc to bob for rent", "bob"),
    ],
)
def test_kin_word_without_a_name(text: str, recipient: str) -> None:
    assert extract_slots(text, "transfer")["recipient"] == recipient


@pytest.mark.parametrize(
    "text",
    [
        "send 1 eth to bob and alice",
        "send 20 usdc each to amy and ben",
        "给张三和李四各转 100 U",
        "给老王、老李转 50 U",
    ],
)
def test_two_recipients_are_asked(text: str) -> None:
    assert "recipient" not in extract_slots(text, "transfer")


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("send 1 eth to bob and then buy 2 eth", "bob"),
        ("pay 100 usdc to Hart & Sons Ltd", "Hart & Sons Ltd"),
        ("pay rent 1200 usdc to landlord", "landlord"),  # rent is what the payment is for
        ("send my dad 0.2 eth for his meds", "dad"),
    ],
)
def test_one_recipient(text: str, recipient: str) -> None:
    assert extract_slots(text, "transfer")["recipient"] == recipient


def test_part_of_a_counted_holding() -> None:
    assert extract_slots("sell 1 of my 3 eth", "sell") == {"token": "ETH", "amount": Decimal(1)}


@pytest.mark.parametrize(
    ("text", "intent", "want"),
    [
        ("buy 5 sol, no wait, 6 sol", "buy", {"token": "SOL", "amount": Decimal(6)}),
        ("卖 3 个 ETH，不对，改成 2 个 ETH", "sell", {"token": "ETH", "amount": Decimal(2)}),
        ("sell like 2 or 3 eth", "sell", {"token": "ETH"}),  # a range: asked
        ("买 2 到 3 个 SOL", "buy", {"token": "SOL"}),
        ("把 aave 里的 DAI 取 300 出来", "withdraw", {"token": "DAI", "amount": Decimal(300)}),
    ],
)
def test_corrections_ranges_and_places(text: str, intent: str, want: dict[str, object]) -> None:
    assert extract_slots(text, intent) == want


@pytest.mark.parametrize(
    ("text", "recipient"),
    [("move 500 usdc from aave to compound", None), ("send 100 usdc to Room 42 Studio", "Room 42 Studio")],
)
def test_protocols_and_numbered_names(text: str, recipient: str | None) -> None:
    assert extract_slots(text, "transfer").get("recipient") == recipient
