"""Scoring of the hand-written held-out intent set (``data/intents_heldout2.jsonl``), shared by its test and
``bench/intents.py``.

A row is fully correct when the intent and every slot are exactly as labelled; a slot value that is present but
not labelled, or labelled differently, is *silent* (a wrong value that looks right), which is worse than a missing
one (the assistant asks for what is missing). Rows with ``requests`` hold several requests in one message: the
message must split into exactly those parts, each read right.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

HELDOUT2 = Path(__file__).parent / "data" / "intents_heldout2.jsonl"


@dataclass
class Score:
    rows: int = 0
    correct: int = 0
    silent: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.rows if self.rows else 0.0


def _norm(slots: dict[str, Any]) -> dict[str, Any]:
    return {k: Decimal(str(v)) if k == "amount" and v != "all" else v for k, v in slots.items()}


def score(path: Path = HELDOUT2) -> Score:
    from ledgerlm.assistant.intents import understand
    from ledgerlm.assistant.multi import split_requests

    out = Score()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        out.rows += 1
        wanted = row.get("requests") or [{"intent": row["intent"], "slots": row["slots"]}]
        parts = split_requests(row["text"]) if "requests" in row else [row["text"]]
        if len(parts) != len(wanted):
            out.misses.append(f"{row['text']!r}: {len(parts)} part(s), want {len(wanted)}")
            continue
        good = True
        for part, want in zip(parts, wanted, strict=True):
            u = understand(part)
            got, exp = _norm(u.slots), _norm(want["slots"])
            if any(k not in exp or got[k] != exp[k] for k in got):
                out.silent.append((part, u.intent, got))
            if u.intent != want["intent"] or got != exp:
                good = False
                out.misses.append(f"{part!r}: want {want['intent']} {exp}, got {u.intent} {got}")
        out.correct += good
    return out


def score_messages(
    path: Path, *, ignore: tuple[str, ...] = (), disputed: frozenset[str] = frozenset()
) -> tuple[int, int, list[tuple[str, str, str, Any]], list[str]]:
    """The blind-format sets (``{"id", "text", "expect", "also"?}``), every message through ``split_requests`` as in
    chat: (rows, fully correct, silent values, misses). ``ignore`` drops slots the set does not label; rows in
    ``disputed`` (a documented label dispute) are not counted as silent."""
    from ledgerlm.assistant.intents import understand
    from ledgerlm.assistant.multi import split_requests

    def norm(slots: dict[str, Any]) -> dict[str, Any]:
        return {
            k: Decimal(str(v)) if k in ("amount", "counter_amount") and v != "all" else v
            for k, v in slots.items()
            if k not in ignore
        }

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    correct, silent, misses = 0, [], []
    for row in rows:
        wanted = [row["expect"], *row.get("also", [])]
        parts = split_requests(row["text"])
        good = len(parts) == len(wanted)
        for part, want in zip(parts, wanted, strict=False):
            u = understand(part)
            got, exp = norm(u.slots), norm(want["slots"])
            if row["id"] not in disputed:
                silent += [(row["id"], part, k, got[k]) for k in got if k not in exp or got[k] != exp[k]]
            if u.intent != want["intent"] or got != exp:
                good = False
                misses.append(f"{row['id']} {part!r}: {u.intent} {got}")
        if len(parts) != len(wanted):
            misses.append(f"{row['id']}: {len(parts)} part(s), want {len(wanted)}")
        correct += good
    return len(rows), correct, silent, misses
