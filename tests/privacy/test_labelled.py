"""The labelled set (zh + en, >= 100 items) holds the redactor to measured recall and zero false positives."""

from __future__ import annotations

from pathlib import Path

from ledgerlm.privacy.evaluation import ledgerlm_redactor, load_labelled, score

DATA = Path(__file__).parent / "data" / "labelled.jsonl"


def test_labelled_set_shape() -> None:
    items = load_labelled(DATA)
    assert len(items) >= 100
    assert {i["lang"] for i in items} == {"zh", "en"}
    assert sum(1 for i in items if not i["entities"] and not i["secret"]) >= 30


def test_recall_precision_and_false_positives() -> None:
    s = score(load_labelled(DATA), ledgerlm_redactor)
    assert s.secret_recall == 1.0, s.misses
    assert s.non_secrets_refused == 0, s.misses
    assert s.false_positive_rate == 0.0, s.misses
    assert s.precision >= 0.95, s.misses
    for kind in ("EMAIL", "PHONE", "CN_ID", "CARD", "IBAN", "IP"):
        found, total = s.recall_by_type[kind]
        assert found == total, (kind, s.misses)
    assert s.recall >= 0.9, s.misses
