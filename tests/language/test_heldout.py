"""Hand-written requests (tests/language/data/heldout_*.jsonl), judged on every param of the kind.

The floor that matters most: no value present and wrong without a question naming it (``Verdict.silent``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ledgerlm.contracts.request import parse
from ledgerlm.contracts.request.evaluation import judge
from ledgerlm.errors import LedgerError

DATA = Path(__file__).parent / "data"


#: measured 2026-12-01 (without / with the dao kind in the registry): requests 217/218 / 214, blind2 39/40,
#: blind4 124/125 / 123 (52.8% before the fixes it drove), blind5 64/65 (72.3% before), blind6 45/48 (60.4% before),
#: blind7 39/39 (71.8% before), blind8 35/35 (62.9% and 3 silent before), blind9 32/33 (87.9%, 1 silent before),
#: blind10 30/30 (80.0% and 2 silent when scored untouched at the end of the round);
#: the floors leave a little room for new kinds that compete for the same words
FLOORS = [
    ("heldout_requests.jsonl", 0.97),
    ("heldout_blind2.jsonl", 0.95),
    ("heldout_blind4.jsonl", 0.96),
    ("heldout_blind5.jsonl", 0.95),
    ("heldout_blind6.jsonl", 0.90),
    ("heldout_blind7.jsonl", 0.92),
    ("heldout_blind8.jsonl", 0.92),
    ("heldout_blind9.jsonl", 0.92),
    ("heldout_blind10.jsonl", 0.92),
    # round 4 (issue 8), loan/token/escrow/vesting/crowdfund/multisig: r4 written before tuning (61.7%, 5 silent),
    # 120/120 after; r4_after written after that tuning and scored once: 34/40 = 85.0%, 0 silent (40/40 after its
    # fixes); r4_after2 written after that and scored once: 33/40 = 82.5%, 0 silent (39/40 after its fixes);
    # r4_after3 written last and scored once: 26/30 = 86.7%, 1 silent ("阿Ken" read as "Ken"; 30/30 after its fixes)
    ("heldout_r4.jsonl", 0.97),
    ("heldout_r4_after.jsonl", 0.95),
    ("heldout_r4_after2.jsonl", 0.92),
    ("heldout_r4_after3.jsonl", 0.93),
    # round 5 (issue 8), loan/token/escrow/vesting/crowdfund: r5 written before tuning (56/80 = 70.0%, 3 silent),
    # 79/80 after (80/80 with the kind given); r5_after written after that tuning and scored once: 31/40 = 77.5%,
    # 1 silent (38/40 after its fixes, 39/40 with the kind given: one row needs the kind classifier, one a label
    # convention the older sets disagree on)
    ("heldout_r5.jsonl", 0.97),
    ("heldout_r5_after.jsonl", 0.92),
    # r5_after2 written after r5_after's fixes and scored once: 24/30 = 80.0%, 3 silent (30/30 after its
    # fixes)
    ("heldout_r5_after2.jsonl", 0.93),
    # round 6 (issue 8), loan/token/escrow/vesting/crowdfund: r6 written before tuning (42/64 = 65.6%, 4 silent),
    # 62/64 after (one row needs the classifier, one is a label the dev sets disagree with); r6_after written after
    # that tuning and scored once: 31/40 = 77.5%, 1 silent ("name it Purl Points" read "it Purl Points"; 38/40
    # after its fixes: one refusal by the classifier, one "apr 10" asked as a date)
    ("heldout_r6.jsonl", 0.95),
    ("heldout_r6_after.jsonl", 0.92),
    # r6_after2 written after r6_after's fixes and scored once: 21/30 = 70.0%, 2 silent ("名字就叫「豆子」" kept
    # 就叫; "Selling my laptop to Jasper" made Jasper the one paid); 27/30 after its fixes (two classifier refusals,
    # and "he's paying me back" leaves the lender unstated, as u001 labels it)
    ("heldout_r6_after2.jsonl", 0.86),
    # round 12 (issue 8), each written before its engineer's changes and scored on the untouched code first, the
    # "_after" sets written after them and scored once: core (numbers, durations, corrections) 31/42 = 73.8%, 5 silent
    # -> 40/42, after-set 18/21 (1 silent: a moving company read as the payee, labelled a question); money (who is
    # who) 18/42, 9 silent -> 41/42, after-set 19/21 (1 silent, "丙方赵律师", fixed since); names (token, NFT, DAO)
    # 9/39, 7 silent -> 38/39, after-set 22/22; trace/data 15/36, 12 silent -> 29/36, after-set 17/21 with 2 silent
    # (kept out of this floor; tests/contracts/kinds/test_trace_r12.py pins what it reads)
    ("heldout_core_r12.jsonl", 0.92),
    ("heldout_money_r12.jsonl", 0.95),
    ("heldout_money_r12_after.jsonl", 0.90),
    ("heldout_names_r12.jsonl", 0.95),
    ("heldout_names_r12_after.jsonl", 0.95),
    ("heldout_trace_r12.jsonl", 0.78),
]


@pytest.mark.parametrize(("name", "floor"), FLOORS)
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
