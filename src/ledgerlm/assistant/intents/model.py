"""The trained intent head: a multinomial logistic regression over ``features.combine`` vectors.

Stored as ``head.npz`` (weights) + ``meta.json`` (labels, feature settings, metrics) in one model directory, so
runtime needs numpy only and never retrains.  The project's default head ships in ``intents/data/``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ledgerlm.assistant.intents import features
from ledgerlm.errors import ConfigError

HEAD_FILE = "head.npz"
META_FILE = "meta.json"


@dataclass
class HeadModel:
    """Linear softmax head; ``weights`` has shape (n_labels, n_features)."""

    labels: list[str]
    weights: np.ndarray
    bias: np.ndarray
    ngram_weight: float = 1.0
    ngram_dim: int = features.NGRAM_DIM
    meta: dict[str, Any] = field(default_factory=dict)

    kind = "head"

    def featurise(self, texts: list[str], embeddings: np.ndarray | None = None) -> np.ndarray:
        emb = features.embed(texts) if embeddings is None else embeddings
        grams = features.ngram_features(texts, self.ngram_dim) if self.ngram_weight > 0 else None
        return features.combine(emb, grams, self.ngram_weight)

    def predict_proba(self, texts: list[str], embeddings: np.ndarray | None = None) -> np.ndarray:
        logits = self.featurise(texts, embeddings) @ self.weights.T + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        return probs / probs.sum(axis=1, keepdims=True)

    def save(self, directory: Path, extra_meta: dict[str, Any] | None = None) -> Path:
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            directory / HEAD_FILE, weights=self.weights.astype(np.float32), bias=self.bias.astype(np.float32)
        )
        meta = {
            **self.meta,
            **(extra_meta or {}),
            "kind": self.kind,
            "labels": self.labels,
            "ngram_weight": self.ngram_weight,
            "ngram_dim": self.ngram_dim,
            "embedding": features.EMBED_MODEL_ID,
        }
        (directory / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        self.meta = meta
        return directory

    @classmethod
    def load(cls, directory: Path) -> HeadModel:
        directory = Path(directory)
        meta = read_meta(directory)
        try:
            with np.load(directory / HEAD_FILE) as data:
                weights, bias = data["weights"], data["bias"]
        except (OSError, KeyError, ValueError) as exc:
            raise ConfigError(
                f"intent model in {directory} is unreadable: {exc}",
                hint="retrain it with `ledgerlm train intent --data FILE.csv --save NAME`",
            ) from exc
        labels = list(meta["labels"])
        if weights.shape[0] != len(labels) or bias.shape != (len(labels),):
            raise ConfigError(
                f"intent model in {directory} has {weights.shape[0]} rows for {len(labels)} labels",
                hint="retrain it with `ledgerlm train intent`",
            )
        return cls(
            labels=labels,
            weights=weights,
            bias=bias,
            ngram_weight=float(meta.get("ngram_weight", 0.0)),
            ngram_dim=int(meta.get("ngram_dim", features.NGRAM_DIM)),
            meta=meta,
        )


def read_meta(directory: Path) -> dict[str, Any]:
    path = Path(directory) / META_FILE
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"no intent model at {directory} (missing {META_FILE})",
            hint="train one with `ledgerlm train intent --data FILE.csv --save NAME`",
        ) from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{path} is not valid JSON: {exc}") from exc
    if not isinstance(meta, dict) or "labels" not in meta:
        raise ConfigError(f"{path} lacks a 'labels' list", hint="retrain the model with `ledgerlm train intent`")
    return meta


def fit_head(x: np.ndarray, y: list[str], c: float = 10.0, seed: int = 0) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Fit multinomial logistic regression; returns (labels, weights, bias)."""
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, max_iter=3000, random_state=seed)
    clf.fit(x, y)
    labels = [str(label) for label in clf.classes_]
    weights, bias = clf.coef_.astype(np.float32), clf.intercept_.astype(np.float32)
    if len(labels) == 2:  # sklearn collapses binary problems to one row; expand to a softmax pair
        weights = np.vstack([-weights / 2, weights / 2])
        bias = np.array([-bias[0] / 2, bias[0] / 2], dtype=np.float32)
    return labels, weights, bias
