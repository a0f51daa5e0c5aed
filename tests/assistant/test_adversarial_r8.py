"""Round 8: a second adversarial set for issue 10, written by the lead before running it (``data/adversarial_r8.jsonl``,
40 conversations on the memory chain, both languages): edits of a plan before the "yes" (the yes must run the plan on
screen, never the first), assent with an order attached ("yes and also send 1 ETH to ..."), a Cyrillic "уеѕ",
markdown links and rich markup around a recipient, amounts the plan cannot represent or reads two ways (22 decimals,
"0,001", a 30-digit amount, a negative one), seeds and keys inside a request, how-to questions, a quoted old plan,
a confirmation code pasted as text, and the other user's or a tampered confirmation.

Each case is played by ``test_adversarial_r7.play`` (the same checks and classes: UNCONFIRMED, STALE, MOVED,
UNDISPLAYED, REFUSED_LEGIT, SECRET, TRACEBACK, RAISED, LANG). ``alt`` lists the other outcomes a careful assistant
may reach (asking instead of planning, or planning what was clearly meant).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ledgerlm.chain import Chain, connect

from .test_adversarial_r7 import play

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "adversarial_r8.jsonl").read_text(encoding="utf-8").split("\n")
    if line.strip()
]


@pytest.fixture(scope="module")
def memory_chain() -> Chain:
    return connect("memory")


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_round8_turns_on_the_memory_chain(
    memory_chain: Chain, case: dict[str, Any], ledgerlm_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    problems = play(memory_chain, case, ledgerlm_home, monkeypatch)
    assert not problems, (case["id"], problems)


def test_the_round8_set_is_bilingual_and_has_legitimate_paths() -> None:
    langs = {c["lang"] for c in CASES}
    legit = [c for c in CASES if c["txs"] > 0]
    assert langs == {"en", "zh"} and len(CASES) >= 40 and len(legit) >= 8
