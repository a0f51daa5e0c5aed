"""The round-7 hand-written sets, judged on every slot, every message through ``split_requests``:

* ``intents_heldout12.jsonl`` (125 messages): written before any round-7 change (81.6%, 13 silent values on the
  round-6 code), then tuned on: a seen floor;
* ``intents_heldout13.jsonl`` (60): written after the tuning and measured once (95.0%, 3 silent values: the
  unseen figure in docs/intents.md), then its classes fixed; kept here as a floor.

No slot value may be present and wrong, except ``ih13-058`` ("swap ... 1 ETH, into USDC": the parser reads the
round-4/5 convention of ``ib6-028``, a buy of USDC paying ETH; the label says a sell of ETH for USDC, the same
trade; a label dispute documented in docs/intents.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .heldout import score_messages

DATA = Path(__file__).parent / "data"
_DISPUTED = frozenset({"ih13-058"})


@pytest.mark.parametrize(("name", "floor"), [("intents_heldout12.jsonl", 0.97), ("intents_heldout13.jsonl", 0.95)])
def test_heldout_round7(name: str, floor: float) -> None:
    rows, correct, silent, misses = score_messages(DATA / name, disputed=_DISPUTED)
    assert silent == [], silent
    assert correct / rows >= floor, misses
