"""Metamorphic net over the contract-request parser (bench/metamorphic.py has the transformations and the figures):
a request read fully right, changed in a way that keeps its meaning (an order number, a year, a flat number,
politeness, two clauses swapped, a name with no role) or changes it (a self-correction, a range, "each"), is read
right again or asked about: never a different value without a question. A fixed sample keeps it to seconds."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import metamorphic  # noqa: E402

#: a fixed sample of the seen sets, both languages, every kind (every 13th row of blind6, every 23rd of blind4)
SAMPLE = [("contracts_blind6.jsonl", 13), ("contracts_blind4.jsonl", 23)]


def _sample() -> list[dict]:
    rows = []
    for name, step in SAMPLE:
        lines = (ROOT / "tests" / "heldout_blind" / name).read_text(encoding="utf-8").splitlines()
        rows += [json.loads(line) for line in lines[::step] if line.strip()]
    return rows


def test_no_transformation_gives_a_silent_value() -> None:
    pairs = metamorphic.right_rows(_sample())
    assert len(pairs) >= 15  # the sample still reads right; otherwise it tests nothing
    silent: list[str] = []
    tallies = metamorphic.run(pairs, on_silent=lambda v, row: silent.append(f"{v.name} {row['id']}: {v.text}"))
    assert silent == []
    changed = sum(t.right + t.asked for name, t in tallies.items() if name in ("correction", "range", "each"))
    assert changed >= 15  # the meaning-changing transformations did apply


def test_a_correction_variant_expects_the_new_value() -> None:
    row = {
        "id": "x",
        "text": "escrow 1.5 ETH for the bike; buyer me, seller Hamid, 14 days",
        "today": "2026-12-01",
        "expect": {"kind": "escrow", "params": {"amount": 1.5, "payer": "me", "payee": "Hamid", "deadline_days": 14}},
    }
    (pair,) = metamorphic.right_rows([row])
    by_name = {v.name: v for v in metamorphic.transforms(*pair)}
    fixed = by_name["correction"]
    assert "no wait, make it" in fixed.text and fixed.changed is not None
    assert fixed.expect["params"][fixed.changed] != row["expect"]["params"][fixed.changed]
    assert metamorphic.judge_variant(fixed, "2026-12-01") == "right"
    assert metamorphic.judge_variant(by_name["range"], "2026-12-01") in ("right", "asked")
