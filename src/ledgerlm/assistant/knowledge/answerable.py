"""Does this section answer this question?  A logistic model over (question, passage) features, fitted on pairs.

Raw similarity is not enough: an off-topic question still has a nearest passage, and its cosine overlaps with
the cosines of real answers.  The model combines what each signal says about the pair:

- ``qsim``: best cosine with the section's hand-written questions (the strongest single signal);
- ``dense``: cosine with the passage text;
- ``bm25``: keyword overlap (log-scaled);
- ``coverage``: idf-weighted share of the question's terms present in the section (a question about "monero"
  or "Mt. Gox" has a heavy term the section lacks);
- ``margin``: how far the best section leads the runner-up;
- ``oov``: share of the question's terms found nowhere in the knowledge base (names of things it does not cover).

It is fitted on ``calibration.jsonl`` (questions written by hand with the section that answers them or
``decline``; never the held-out test questions) by ``fit()``; the weights ship in ``answerability.json``.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from ledgerlm.assistant.knowledge.index import Hit, KnowledgeIndex

CALIBRATION = Path(__file__).with_name("calibration.jsonl")
WEIGHTS = Path(__file__).with_name("answerability.json")
FEATURES = ("qsim", "dense", "bm25", "coverage", "margin", "oov", "zh")
#: Answer when the probability clears this; chosen on the calibration pairs to keep confident misses rare.
DEFAULT_THRESHOLD = 0.5


def features(hits: list[Hit], lang: str) -> np.ndarray:
    """One feature row per hit (margin is measured against the next hit, or 0 for the last)."""
    rows = []
    for i, h in enumerate(hits):
        best_other = hits[1].score if i == 0 and len(hits) > 1 else hits[0].score
        rows.append(
            [
                h.qsim,
                h.dense,
                math.log1p(max(h.bm25, 0.0)),
                h.coverage,
                h.score - best_other,
                h.oov,
                1.0 if lang == "zh" else 0.0,
            ]
        )
    return np.asarray(rows, dtype=np.float64).reshape(-1, len(FEATURES))


@dataclass(frozen=True)
class Model:
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    bias: float
    threshold: float = DEFAULT_THRESHOLD

    def prob(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.coef + self.bias
        p: np.ndarray = 1.0 / (1.0 + np.exp(-z))
        return p

    def to_json(self) -> dict[str, Any]:
        return {
            "features": list(FEATURES),
            "mean": self.mean.tolist(),
            "scale": self.scale.tolist(),
            "coef": self.coef.tolist(),
            "bias": self.bias,
            "threshold": self.threshold,
        }


@cache
def model() -> Model:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return Model(
        np.array(data["mean"]),
        np.array(data["scale"]),
        np.array(data["coef"]),
        float(data["bias"]),
        float(data.get("threshold", DEFAULT_THRESHOLD)),
    )


def load_pairs(path: Path = CALIBRATION) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def training_rows(index: KnowledgeIndex, rows: list[dict[str, Any]], top_k: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """(features, labels) of the top ``top_k`` sections of each question: 1 where the section answers it."""
    from ledgerlm.language.lang import detect_lang

    xs: list[np.ndarray] = []
    ys: list[float] = []
    for row in rows:
        lang = detect_lang(row["q"])
        hits = index.search(row["q"], lang, top_k)
        expect = row["expect"]
        xs.append(features(hits, lang))
        ys.extend(1.0 if expect != "decline" and h.passage.id in expect else 0.0 for h in hits)
    return np.vstack(xs), np.asarray(ys)


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 0.05, steps: int = 4000, lr: float = 0.1) -> Model:
    """Plain L2-regularised logistic regression by gradient descent (numpy only, deterministic)."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        grad = z.T @ (p - y) / len(y) + l2 * w
        w -= lr * grad
        b -= lr * float(np.mean(p - y))
    return Model(mean, scale, w, b)


def choose_threshold(m: Model, x: np.ndarray, y: np.ndarray, top_k: int = 3, max_off: float = 1 / 30) -> float:
    """The threshold (0.30..0.70) with the most right decisions on the top sections, keeping confident misses
    (answering with a section that does not answer) at or below ``max_off`` of the questions."""
    p = m.prob(x).reshape(-1, top_k)[:, 0]
    labels = y.reshape(-1, top_k)
    top_ok, none_ok = labels[:, 0] == 1, labels.sum(axis=1) == 0
    best, best_right = DEFAULT_THRESHOLD, -1
    for th in np.arange(0.30, 0.701, 0.01):
        answered = p >= th
        right = int((answered & top_ok).sum() + (~answered & none_ok).sum())
        off = int((answered & ~top_ok).sum())
        if off <= max_off * len(p) and right > best_right:
            best, best_right = round(float(th), 2), right
    return best


def fit(index: KnowledgeIndex | None = None, path: Path = CALIBRATION, save: bool = True) -> Model:
    """Fit on the calibration pairs and (by default) write ``answerability.json``."""
    from ledgerlm.assistant.knowledge.index import get_index

    x, y = training_rows(index or get_index(), load_pairs(path))
    m = fit_logistic(x, y)
    m = Model(m.mean, m.scale, m.coef, m.bias, choose_threshold(m, x, y))
    if save:
        WEIGHTS.write_text(json.dumps(m.to_json(), indent=1) + "\n", encoding="utf-8")
        model.cache_clear()
    return m
