"""Multisig reading, round 5: thresholds said as "all", a share of the owners, the user among the owners, and the
round-5 hand-written sets never silently wrong."""

from __future__ import annotations

import pytest

from ledgerlm.contracts.request import parse

from ._newkinds import asked, judged_round5

KIND = "multisig"


def _read(text: str) -> dict[str, object]:
    r = parse(text, kind=KIND, today="2026-12-01")
    return {k: r.params[k] for k in ("owners", "owners_count", "threshold")}


@pytest.mark.parametrize(
    ("text", "owners", "count"),
    [
        ("我和老郑、小孙建个多签，必须全票通过才能动钱", ["me", "老郑", "小孙"], 3),
        ("Multisig: signers = Dr. Chen, Ms. Alvarez, Mr. Boateng; need all three", None, 3),
        ("我跟两个合伙人搞个多签，三个人必须都签字", None, 3),
        ("multisig where both me and Tariq sign every tx", ["me", "Tariq"], 2),
        ("multi-sig for me + Zoe + Ravi, unanimous approval", ["me", "Zoe", "Ravi"], 3),
    ],
)
def test_every_owner_must_sign_is_the_owner_count(text: str, owners: list[str] | None, count: int) -> None:
    got = _read(text)
    assert got["owners_count"] == count and got["threshold"] == count
    if owners is not None:
        assert got["owners"] == owners


@pytest.mark.parametrize(
    ("text", "count", "threshold"),
    [
        ("六个股东的多签，三分之二同意就行", 6, 4),  # once read as 2, silently
        ("需要一个八人多签，四分之三同意才可以执行", 8, 6),  # 一个 before a count is an article
        ("多签：5 位股东，需要五分之三的人同意", 5, 3),
        ("multisig, 6 signers, two-thirds must approve", 6, 4),
        ("需要 9 个董事中的 6 个签名的多签钱包", 9, 6),
    ],
)
def test_a_share_of_the_owners_is_at_least_that_share(text: str, count: int, threshold: int) -> None:
    got = _read(text)
    assert (got["owners_count"], got["threshold"]) == (count, threshold)


def test_a_share_without_a_count_is_asked() -> None:
    r = parse("多签钱包，三分之二同意就行", kind=KIND, today="2026-12-01")
    assert r.params["threshold"] is None and asked(r, "threshold")


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("multisig, 4 keys: mine plus Priya, Tom and Aiko. 3 confirmations", ["me", "Priya", "Tom", "Aiko"]),
        ("我自己加上 Kevin 和 Lucy 三个人的多签，任意两个签就行", ["me", "Kevin", "Lucy"]),
        ("I want a safe with me plus 2 cofounders, Yuki and Omar; 2 signatures to execute", ["me", "Yuki", "Omar"]),
    ],
)
def test_me_plus_others_puts_the_user_among_the_owners(text: str, owners: list[str]) -> None:
    got = _read(text)
    assert got["owners"] == owners and got["owners_count"] == len(owners)


def test_addresses_and_a_threshold() -> None:
    a = [
        "0x34408AF4FC97c11b943a56ccc7Ed9025624a680E",
        "0x4F4Ae567f1a6f416b2379D9b530Ff92eb54757C3",
        "0x69D7eC0c6D6353CA7De5113916dD60553d4ff0b9",
    ]
    got = _read(f"owners: {a[0]}, {a[1]}, {a[2]} — threshold 2")
    assert got == {"owners": a, "owners_count": 3, "threshold": 2}


def test_round5_heldout_sets_never_silently_wrong() -> None:
    total, correct, silent = judged_round5(KIND)
    assert total == 60
    assert silent == []
    assert correct >= 57
