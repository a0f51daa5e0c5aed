"""The third hand-written held-out intent set (``data/intents_heldout3.jsonl``, 125 messages, written before the
round-4 tuning, every message through ``split_requests`` as in chat): no slot value present and wrong, and a
floor on the fully correct share. ``bench/intents.py --set`` prints the figure."""

from __future__ import annotations

from pathlib import Path

import pytest

from ledgerlm.assistant.intents import understand

from .heldout import score_messages

DATA = Path(__file__).parent / "data"
_UNLABELLED = ("collateral", "counter_amount")


@pytest.mark.parametrize("name", ["intents_heldout3.jsonl"])
def test_heldout_no_silent_slot_values(name: str) -> None:
    rows, correct, silent, misses = score_messages(DATA / name, ignore=_UNLABELLED)
    assert silent == [], silent
    assert correct / rows >= 0.95, misses


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("how can i check my balance", "info"),  # how-to, asked of an intent answered with figures
        ("怎样查余额", "info"),
        ("what's my link balance", "balance"),  # asks for the figure itself
        ("my health factor ok?", "risk"),
        ("新手想问下，买以太坊要先干嘛", "info"),  # 要先 / 干嘛: a how-to in Chinese
    ],
)
def test_how_to_questions(text: str, intent: str) -> None:
    assert understand(text).intent == intent
