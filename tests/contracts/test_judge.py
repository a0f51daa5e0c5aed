"""The held-out judge compares lists whose order means nothing without their order: payees with their shares and
DAO holders with their parts as pairs, multisig owners as a set; a person given another's part is still wrong."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from ledgerlm.contracts.request.evaluation import judge


def _result(kind: str, **params: Any) -> SimpleNamespace:
    return SimpleNamespace(kind=kind, params=params, missing=[], questions=[])


def test_payees_and_shares_are_pairs_in_any_order() -> None:
    got = _result("splitter", payees=["Chidi", "me"], shares=[45, 55], token="ETH")
    assert judge(got, {"kind": "splitter", "params": {"payees": ["me", "Chidi"], "shares": [55, 45]}}).correct
    # the same names with the parts swapped between them: a different split, silently wrong
    verdict = judge(got, {"kind": "splitter", "params": {"payees": ["me", "Chidi"], "shares": [45, 55]}})
    assert not verdict.correct and verdict.silent == ["payees"]


def test_pairs_compare_shares_as_proportions() -> None:
    got = _result("splitter", payees=["Ana", "me"], shares=[3, 7], token="ETH")
    assert judge(got, {"kind": "splitter", "params": {"payees": ["me", "Ana"], "shares": [70, 30]}}).correct


def test_dao_holders_are_pairs_too() -> None:
    want = {"holders": ["me", "阿哲", "小白"], "holder_shares": [60, 20, 20]}
    got = _result("dao", holders=["阿哲", "me", "小白"], holder_shares=[20, 60, 20])
    verdict = judge(got, {"kind": "dao", "params": want})
    assert "holders" not in verdict.silent and "holder_shares" not in verdict.silent


def test_multisig_owners_are_a_set_but_a_missing_owner_is_wrong() -> None:
    want = {"kind": "multisig", "params": {"owners": ["me", "Ana", "Bo"], "owners_count": 3, "threshold": 2}}
    assert judge(_result("multisig", owners=["Bo", "me", "Ana"], owners_count=3, threshold=2), want).correct
    verdict = judge(_result("multisig", owners=["me", "Ana"], owners_count=3, threshold=2), want)
    assert verdict.silent == ["owners"]


def test_a_word_space_of_dictated_chinese_is_no_difference() -> None:
    """ "山水 之间" as labelled from dictation and "山水之间" as read name the same collection; a blank beside Latin
    letters still counts, and other characters still differ."""
    want = {"kind": "nft", "params": {"name": "山水 之间", "symbol": "SSZJ"}}
    assert "name" not in judge(_result("nft", name="山水之间", symbol="SSZJ"), want).silent
    assert judge(_result("nft", name="山水", symbol="SSZJ"), want).silent == ["name"]
    latin = {"kind": "nft", "params": {"name": "Farm Co", "symbol": "FC"}}
    assert judge(_result("nft", name="FarmCo", symbol="FC"), latin).silent == ["name"]
    stages = {"kind": "traceability", "params": {"item": "藥品 批次", "stages": ["原料 入庫", "出貨"]}}
    verdict = judge(_result("traceability", item="藥品批次", stages=["原料入庫", "出貨"]), stages)
    assert "item" not in verdict.silent and "stages" not in verdict.silent
