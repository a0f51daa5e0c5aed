"""The round-6 second-pass hand-written sets, judged on every slot, every message through ``split_requests``:

* ``intents_heldout10.jsonl`` (109 messages): written before the second pass, then tuned on (a seen floor);
* ``intents_probe10*.jsonl`` (61 + 40 + 30): written during the pass to find more classes (seen);
* ``intents_heldout11.jsonl`` (60): written after the tuning and measured once (the unseen figure in
  docs/intents.md), then its four classes fixed; kept here as a floor.

No slot value may be present and wrong, except ``ih10-091`` ("what is aave?": the label reads the protocol, the
parser its token; a label dispute documented in docs/intents.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .heldout import score_messages

DATA = Path(__file__).parent / "data"
_DISPUTED = {"ih10-091"}


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("intents_heldout10.jsonl", 0.98),
        ("intents_heldout11.jsonl", 0.98),
        ("intents_probe10.jsonl", 0.95),
        ("intents_probe10b.jsonl", 0.97),
        ("intents_probe10c.jsonl", 0.85),
    ],
)
def test_heldout_round6_second_pass(name: str, floor: float) -> None:
    rows, correct, silent, misses = score_messages(DATA / name, disputed=_DISPUTED)
    assert silent == [], silent
    assert correct / rows >= floor, misses
