"""The user as one more item of a list of owner addresses: "0xA… and 0xB… and me" once became a 2-owner wallet."""

from __future__ import annotations

import pytest

from ledgerlm.contracts.request import parse

A = "0x34408AF4FC97c11b943a56ccc7Ed9025624a680E"
B = "0x4F4Ae567f1a6f416b2379D9b530Ff92eb54757C3"


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        (f"multisig with {A} and {B} and me, 2 of 3", [A, B, "me"]),
        (f"多签 2/3，成员：{A}、{B}、我", [A, B, "me"]),
        (f"multisig between me, {A} and {B}, threshold 2", ["me", A, B]),
        (f"multisig owners {A}, {B}, threshold 2", [A, B]),
        (f"多签：{A}、{B}，我的朋友管理，2个签名", [A, B]),  # 我的 starts a phrase, not an owner
    ],
)
def test_me_at_either_end_of_an_address_list_is_an_owner(text: str, owners: list[str]) -> None:
    result = parse(text, kind="multisig", today="2026-12-01")
    assert result.params["owners"] == owners
    assert result.params["owners_count"] == len(owners)
