"""``intents_probe12.jsonl`` (40 messages), written after heldout13 to look for more classes (self-corrections
with fillers, an order meant and dropped, "walk me through", 押, "the lot", 一个不剩, a holding told before the
order), read 70% with 6 silent values at first and was tuned on: a seen floor, no silent value."""

from __future__ import annotations

from pathlib import Path

from .heldout import score_messages

DATA = Path(__file__).parent / "data"


def test_probe12() -> None:
    rows, correct, silent, misses = score_messages(DATA / "intents_probe12.jsonl")
    assert silent == [], silent
    assert correct / rows >= 0.97, misses
