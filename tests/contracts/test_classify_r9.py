"""Round 9 of the kind classifier's data: the hand-written training rows are never rows of a held-out set.

``kinds_r9_heldout.jsonl`` (120 rows) was written for this round and measured once on the round-8 head (100 of 110
clear requests right, 9 asked, 1 wrong; 3 of 10 non-requests taken). ``kinds_r9_train.jsonl`` (277 rows) is for the
next retrain; the head shipped now was not trained on it.
"""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "language" / "data"


def _texts(name: str) -> set[str]:
    return {json.loads(line)["text"] for line in (DATA / name).read_text("utf-8").splitlines() if line.strip()}


def test_the_round_9_training_rows_are_not_held_out_rows() -> None:
    train = _texts("kinds_r9_train.jsonl")
    assert len(train) == 277
    for name in ("kinds_r9_heldout.jsonl", "kinds_r8_heldout.jsonl", "kinds_r7_heldout2.jsonl"):
        assert not train & _texts(name), name


def test_the_round_9_sets_cover_every_kind_and_non_requests() -> None:
    from ledgerlm.contracts.request import classify as C

    for name in ("kinds_r9_train.jsonl", "kinds_r9_heldout.jsonl"):
        rows = [json.loads(line) for line in (DATA / name).read_text("utf-8").splitlines() if line.strip()]
        kinds = {r["expect"]["kind"] for r in rows if r["expect"]["kind"]}
        assert kinds == set(C._kinds()), name
        assert all(r.get("other") is True for r in rows if r["expect"]["kind"] is None), name
