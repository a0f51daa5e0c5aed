"""``find_names``: names without cue words in both languages, and the look-alikes it must leave alone."""

from __future__ import annotations

import itertools
import subprocess
import sys

import pytest

from ledgerlm.ner import NameSpan, find_names


def names(text: str) -> list[tuple[str, str]]:
    return [(n.text, n.label) for n in find_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("张伟明天转账", [("张伟", "person")]),
        ("收款人是欧阳娜娜", [("欧阳娜娜", "person")]),
        ("李律师担任仲裁人", [("李律师", "person")]),
        ("给技术总监老周的钱", [("老周", "person")]),
        ("向老王借两千", [("老王", "person")]),
        ("tell Maria Gonzalez the escrow is funded", [("Maria Gonzalez", "person")]),
        ("cc Jean-Luc Picard on the release", [("Jean-Luc Picard", "person")]),
        ("account holder: Siobhan O'Neill", [("Siobhan O'Neill", "person")]),
        ("pay to Hart & Sons, invoice attached", [("Hart & Sons", "org")]),
        ("Dave is the arbiter", [("Dave", "person")]),
        ("to the contractor (Ravi)", [("Ravi", "person")]),
        ("2-of-3 between me, Kai and Lina", [("Kai", "person"), ("Lina", "person")]),
        ("escrow with Globex Corp. for 5 ETH", [("Globex Corp.", "org")]),
    ],
)
def test_names_without_cue_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Send 5 ETH to the vault please",
        "Create a token called Jake Coin with symbol JAKE",
        "周期是三个月，到期自动释放",
        "马上把钱转过去",
        "黄金代币一共发一千万枚",
        "Lock 50000 USDT until March",
        "Swap ETH to USDC on Uniswap",
        "发行一个代币叫王者币",
        "钱包地址是 0x52908400098527886E0F7030069857D2E4169EE7",
    ],
)
def test_look_alikes_are_not_names(text: str) -> None:
    assert names(text) == []


def test_spans_point_into_the_text_and_carry_score_and_source() -> None:
    text = "帮我给刘芳转200块，然后告诉 Maria Gonzalez"
    found = find_names(text)
    assert [n.text for n in found] == ["刘芳", "Maria Gonzalez"]
    for n in found:
        assert isinstance(n, NameSpan)
        assert text[n.start : n.end] == n.text
        assert 0.0 < n.score <= 1.0 and n.source == "model"
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_threshold_trades_recall_for_precision() -> None:
    text = "Grace period of 3 days, then Mark it as repaid"
    assert len(find_names(text, threshold=0.0)) >= len(find_names(text)) >= len(find_names(text, threshold=0.999))


def test_empty_text() -> None:
    assert find_names("") == []


def test_loading_does_not_import_numpy() -> None:
    code = "import sys; from ledgerlm.ner import find_names; find_names('张伟明天转账'); print('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "False"
