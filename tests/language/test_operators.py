"""An operator word on a number ("half of 2 ETH", "2 ETH 的一半") is found with the number's span, so the value it
feeds is asked, never read as the bare number; a share of a schedule and a number's own words are not operators."""

from __future__ import annotations

import pytest

from ledgerlm.language.operators import find_operands


@pytest.mark.parametrize(
    ("text", "words", "number"),
    [
        ("send half of 0.002 ETH to bob", "half of 0.002", "0.002"),
        ("lend Bob half of 2 ETH for 6 months at 5%", "half of 2", "2"),
        ("supply is a third of 3 million", "a third of 3", "3"),
        ("double 300 USDC to alice", "double 300", "300"),
        ("借给老王 2 ETH 的一半，半年", "2 ETH 的一半", "2"),
        ("给 bob 转 0.002 ETH 的一半", "0.002 ETH 的一半", "0.002"),
        ("一半的 300 万给我", "一半的 300", "300"),
        ("3万的三分之一", "3万的三分之一", "3"),
        ("2 ETH 的两倍", "2 ETH 的两倍", "2"),
    ],
)
def test_an_operator_on_a_number_is_found_with_the_number(text: str, words: str, number: str) -> None:
    (op,) = find_operands(text)
    assert op.words == words and text[op.number_start : op.number_end] == number
    assert op.start <= op.number_start < op.number_end <= op.end


@pytest.mark.parametrize(
    "text",
    [
        "half a million tokens",  # one value, read by the number grammar
        "a quarter of the 400k unlocks each year",  # a share of a schedule: the total is 400k
        "repay 10% of the 5000 USDC each month",  # an instalment, read by the loan kind
        "twice a year",
        "2 ETH 的一半每月释放",
        "send 0.002 ETH to bob",
    ],
)
def test_shares_of_a_schedule_and_plain_numbers_are_not_operands(text: str) -> None:
    assert find_operands(text) == []


@pytest.mark.parametrize(
    ("text", "param"),
    [
        ("lend Bob half of 2 ETH for 6 months at 5%", "principal"),
        ("借给老王 2 ETH 的一半，半年，年利率5%", "principal"),
        ("a token called Foo, symbol FOO, supply is a third of 3 million", "initial_supply"),
    ],
)
def test_a_contract_value_under_an_operator_is_asked_never_the_bare_number(text: str, param: str) -> None:
    from ledgerlm.contracts.request import parse

    result = parse(text, today="2026-12-02")
    assert result.params.get(param) is None
    assert param in result.missing
    (question,) = [q for q in result.questions if param in q.fields]
    assert question.words in text and text[question.start : question.end] == question.words


def test_a_plain_amount_beside_an_unrelated_half_is_kept() -> None:
    from ledgerlm.contracts.request import parse

    result = parse("lend Bob 2 ETH for half a year at 5%", today="2026-12-02")
    assert result.params["principal"] == 2
