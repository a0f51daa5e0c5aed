"""Where intent models live and which one the assistant uses.

* the shipped default: ``ledgerlm/assistant/intents/data/`` (``head.npz`` + ``meta.json``);
* user-trained models: ``<data_dir>/models/<NAME>/`` written by ``ledgerlm train intent --save NAME``;
* selection: config ``assistant.intent_model`` (empty = shipped default; a NAME or a directory path).
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Protocol

import numpy as np

from ledgerlm.assistant.intents.model import HeadModel, read_meta
from ledgerlm.config import data_dir, load_config
from ledgerlm.errors import ConfigError, InputError

DEFAULT_MODEL_DIR = Path(__file__).parent / "data"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


class IntentModel(Protocol):
    labels: list[str]
    kind: str
    meta: dict

    def predict_proba(self, texts: list[str]) -> np.ndarray: ...


def models_root() -> Path:
    return data_dir() / "models"


def validate_name(name: str) -> str:
    if not _NAME.match(name):
        raise InputError(
            f"invalid model name {name!r}",
            hint="use letters, digits, '_', '-' or '.', starting with a letter or digit (max 64)",
        )
    return name


_configured: dict[tuple[str, tuple[int, int, int] | None, str | None], str] = {}


def configured_model() -> str:
    """The configured model's name, read again only when the config file or its environment variable changes:
    ``load_config`` copies the defaults and scans the environment, about a millisecond that every ``understand``
    call paid (the median call is about 2 ms)."""
    import os

    from ledgerlm.config import config_path

    path = config_path()
    try:
        st = path.stat()
        stamp: tuple[int, int, int] | None = (st.st_mtime_ns, st.st_size, st.st_ino)
    except OSError:
        stamp = None
    key = (str(path), stamp, os.environ.get("LEDGERLM_ASSISTANT_INTENT_MODEL"))
    if key not in _configured:
        _configured.clear()
        _configured[key] = str(load_config().get("assistant", {}).get("intent_model", "") or "")
    return _configured[key]


def resolve(name: str | None = None) -> Path:
    """Directory of the model ``name`` (None -> configured, '' or 'default' -> shipped)."""
    name = configured_model() if name is None else name
    if name in ("", "default", "builtin"):
        return DEFAULT_MODEL_DIR
    as_path = Path(name).expanduser()
    if ("/" in name or name.startswith(".")) and as_path.is_dir():
        return as_path
    directory = models_root() / validate_name(name)
    if not directory.is_dir():
        known = ", ".join(sorted(p.name for p in models_root().glob("*") if p.is_dir())) or "none"
        raise ConfigError(
            f"intent model {name!r} not found in {models_root()} (trained models: {known})",
            hint="train it with `ledgerlm train intent --data FILE.csv --save NAME`, or set "
            "assistant.intent_model to '' for the built-in model",
        )
    return directory


_cache: dict[tuple[str, float], IntentModel] = {}
_lock = threading.Lock()


def load(name: str | None = None) -> IntentModel:
    """Load (and cache per directory + modification time) the selected model."""
    directory = resolve(name)
    meta_path = directory / "meta.json"
    key = (str(directory.resolve()), meta_path.stat().st_mtime if meta_path.exists() else 0.0)
    with _lock:
        if key in _cache:
            return _cache[key]
        kind = read_meta(directory).get("kind", "head")
        if kind == "head":
            model: IntentModel = HeadModel.load(directory)
        elif kind == "transformer":
            from ledgerlm.assistant.intents.finetune import TransformerModel

            model = TransformerModel.load(directory)
        else:
            raise ConfigError(f"unknown intent model kind {kind!r} in {directory}")
        _cache[key] = model
        return model


def list_models() -> list[dict]:
    out = [{"name": "default", "path": str(DEFAULT_MODEL_DIR), **_summary(DEFAULT_MODEL_DIR)}]
    root = models_root()
    if root.is_dir():
        out += [
            {"name": p.name, "path": str(p), **_summary(p)}
            for p in sorted(root.iterdir())
            if (p / "meta.json").exists()
        ]
    return out


def _summary(directory: Path) -> dict:
    meta = read_meta(directory)
    return {
        "kind": meta.get("kind", "head"),
        "labels": len(meta["labels"]),
        "accuracy": meta.get("metrics", {}).get("accuracy"),
    }
