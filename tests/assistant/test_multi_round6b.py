"""Several requests, round 6 second pass: "stake it" after an order passes that order's amount and token on."""

from __future__ import annotations

from ledgerlm.assistant.multi import split_requests


def test_order_on_it_takes_the_amount_before() -> None:
    parts = split_requests("buy 1 eth, stake it, and then show me my balance")
    assert len(parts) == 3
    assert "1" in parts[1] and "ETH" in parts[1] and parts[1].startswith("stake it")


def test_it_without_an_amount_before_stays_whole() -> None:
    assert split_requests("buy eth, stake it") == ["buy eth, stake it"]


def test_plus_joins_two_questions() -> None:
    assert split_requests("my usdc balance + eth price pls") == ["my usdc balance", "eth price pls"]


def test_a_correction_is_no_request_of_its_own() -> None:
    assert split_requests("repay 50 dai, not 500") == ["repay 50 dai, not 500"]
    assert split_requests("卖 2 个 ETH，不是 20 个") == ["卖 2 个 ETH，不是 20 个"]
