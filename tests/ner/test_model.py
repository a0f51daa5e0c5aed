"""The weights file: written by the trainer, read without numpy, refused when it belongs to another feature space."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from ledgerlm.errors import ConfigError
from ledgerlm.ner import features, model, train
from ledgerlm.ner.data_format import parse_line


def test_save_then_load_round_trips(tmp_path: Path) -> None:
    w = np.zeros(features.DIM, dtype=np.float32)
    w[[3, 70_000, features.DIM - 1]] = [0.5, -1.25, 2.0]
    path = tmp_path / "w.npz"
    train.save(w, 0.45, path)
    m = model.load(path)
    assert m.threshold == pytest.approx(0.45)
    assert m.weights == {3: 0.5, 70_000: -1.25, features.DIM - 1: 2.0}


def test_stale_or_missing_weights_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "stale.npz"
    np.savez(path, index=np.zeros(1, "<i4"), value=np.zeros(1, "<f4"), threshold=np.ones(1, "<f4"),
             dim=np.asarray([1024], "<i4"))  # fmt: skip
    with pytest.raises(ConfigError, match="another feature space"):
        model.load(path)
    with pytest.raises(ConfigError, match="unreadable"):
        model.load(tmp_path / "absent.npz")


def test_training_learns_from_labelled_spans() -> None:
    lines = [
        "zh\t[[PER|张伟]]明天转账", "zh\t给[[PER|李娜]]转100", "zh\t周期是三个月", "zh\t马上转过去",
        "en\ttell [[PER|Maria Gonzalez]] now", "en\tSend 5 ETH to the vault", "en\tpay [[ORG|Hart & Sons]] today",
    ] * 3  # fmt: skip
    rows = [r for line in lines for r in train.rows_of(parse_line(line))[1]]
    assert sum(y for _, y in rows) == 12 and len(rows) > 20
    w = train.fit(rows, epochs=10)
    probs = train._probs(w, rows)
    pos = [p for p, (_, y) in zip(probs, rows, strict=True) if y]
    neg = [p for p, (_, y) in zip(probs, rows, strict=True) if not y]
    assert min(pos) > max(neg)


def test_shipped_training_set_is_large_and_bilingual() -> None:
    examples = train.load(train.DATA)
    spans = [s for ex in examples for s in ex.spans]
    assert len(examples) >= 400 and len(spans) >= 400
    assert {ex.lang for ex in examples} == {"zh", "en"}
    assert {label for _, _, label in spans} == {"person", "org"}
    negatives = [ex for ex in examples if not ex.spans]
    assert len(negatives) >= 150
