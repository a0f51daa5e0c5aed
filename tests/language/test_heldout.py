"""Hand-written requests (tests/language/data/heldout_*.jsonl), judged on every param of the kind.

The floor that matters most: no value present and wrong without a question naming it (``Verdict.silent``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ledgerlm.errors import LedgerError
from ledgerlm.language import parse
from ledgerlm.language.evaluation import judge

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(("name", "floor"), [("heldout_requests.jsonl", 0.95), ("heldout_blind2.jsonl", 0.85)])
def test_heldout_sets(name: str, floor: float) -> None:
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    correct, silent = 0, []
    for row in rows:
        try:
            verdict = judge(parse(row["text"], today=row["today"]), row["expect"])
        except LedgerError:
            continue  # a clear refusal is never silent
        correct += verdict.correct
        silent += [(row["id"], row["text"], f) for f in verdict.silent]
    assert silent == []
    assert correct / len(rows) >= floor, f"{correct}/{len(rows)}"
