"""The round-6 second-pass hand-written sets, judged on every slot, every message through ``split_requests``:

* ``intents_heldout10.jsonl`` (109 messages): written before the second pass, then tuned on (a seen floor);
* ``intents_probe10*.jsonl`` (61 + 40 + 30): written during the pass to find more classes (seen);
* ``intents_heldout11.jsonl`` (60): written after the tuning and measured once (the unseen figure in
  docs/intents.md), then its four classes fixed; kept here as a floor.

No slot value may be present and wrong, except ``ih10-091`` ("what is aave?": the label reads the protocol, the
parser its token; a label dispute documented in docs/intents.md)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ledgerlm.assistant.intents import understand
from ledgerlm.assistant.multi import split_requests

DATA = Path(__file__).parent / "data"
_DISPUTED = {"ih10-091"}


def _norm(slots: dict[str, Any]) -> dict[str, Any]:
    return {k: Decimal(str(v)) if k in ("amount", "counter_amount") and v != "all" else v for k, v in slots.items()}


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
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    correct, silent, misses = 0, [], []
    for row in rows:
        wanted = [row["expect"], *row.get("also", [])]
        parts = split_requests(row["text"])
        good = len(parts) == len(wanted)
        for part, want in zip(parts, wanted, strict=False):
            u = understand(part)
            got, exp = _norm(u.slots), _norm(want["slots"])
            if row["id"] not in _DISPUTED:
                silent += [(row["id"], part, k, got[k]) for k in got if k not in exp or got[k] != exp[k]]
            if u.intent != want["intent"] or got != exp:
                good = False
                misses.append(f"{row['id']} {part!r}: {u.intent} {got}")
        if len(parts) != len(wanted):
            misses.append(f"{row['id']}: {len(parts)} part(s), want {len(wanted)}")
        correct += good
    assert silent == [], silent
    assert correct / len(rows) >= floor, misses
