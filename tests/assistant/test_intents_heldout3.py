"""The third hand-written held-out intent set (``data/intents_heldout3.jsonl``, 125 messages, written before the
round-4 tuning, every message through ``split_requests`` as in chat): no slot value present and wrong, and a
floor on the fully correct share. ``bench/intents.py --set`` prints the figure."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from ledgerlm.assistant.intents import understand
from ledgerlm.assistant.multi import split_requests

DATA = Path(__file__).parent / "data"
_UNLABELLED = ("collateral", "counter_amount")


def _norm(slots: dict[str, Any]) -> dict[str, Any]:
    return {k: Decimal(str(v)) if k == "amount" and v != "all" else v for k, v in slots.items() if k not in _UNLABELLED}


@pytest.mark.parametrize("name", ["intents_heldout3.jsonl"])
def test_heldout_no_silent_slot_values(name: str) -> None:
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    correct, silent, misses = 0, [], []
    for row in rows:
        wanted = [row["expect"], *row.get("also", [])]
        parts = split_requests(row["text"])
        good = len(parts) == len(wanted)
        for part, want in zip(parts, wanted, strict=False):
            u = understand(part)
            got, exp = _norm(u.slots), _norm(want["slots"])
            silent += [(part, k, got[k]) for k in got if k not in exp or got[k] != exp[k]]
            if u.intent != want["intent"] or got != exp:
                good = False
                misses.append(f"{row['id']} {part!r}: {u.intent} {got}")
        correct += good
    assert silent == [], silent
    assert correct / len(rows) >= 0.95, misses


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
