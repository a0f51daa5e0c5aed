"""Okapi BM25 with a tokenizer for both languages: English words (light stemming) and Chinese character bigrams.

Chinese has no spaces, so a word tokenizer would need a dictionary; overlapping character bigrams (plus single
characters for one-character runs) are the standard dictionary-free choice and match "无常损失" against
"无常" / "常损" / "损失" reliably.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

_TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*|[\u3400-\u9fff]+")
_STOP_EN_WORDS = (
    "a an the is are was were be been being of to in on at for and or but with by as it its this that these those "
    "what whats how why when where which who whom do does did can could should would will i me my you your we our "
    "they them their he she his her about from into than then there here so if not no yes any some much many "
    "please tell explain mean means meaning work works"
)
_STOP_ZH_WORDS = "什么 是什 么是 怎么 为什 么会 如何 一下 一个 的是 吗 呢 了 的 是 么 什 怎 请 我 你"
_STOP_EN = frozenset(_STOP_EN_WORDS.split())
_STOP_ZH = frozenset(_STOP_ZH_WORDS.split())


def _stem(word: str) -> str:
    for suffix, keep in (("ies", "y"), ("sses", "ss"), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2 and not word.endswith("ss"):
            return word[: -len(suffix)] + keep
    return word


def tokenize(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower()
    out: list[str] = []
    for tok in _TOKEN.findall(text):
        if "\u3400" <= tok[0] <= "\u9fff":
            grams = [tok] if len(tok) == 1 else [tok[i : i + 2] for i in range(len(tok) - 1)]
            out.extend(g for g in grams if g not in _STOP_ZH)
        elif tok not in _STOP_EN:
            out.append(_stem(tok))
    return out


class BM25:
    """Okapi BM25 over pre-tokenised documents (k1=1.5, b=0.75)."""

    def __init__(self, docs: Sequence[Sequence[str]], k1: float = 1.5, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.tf = [Counter(d) for d in docs]
        self.len = [len(d) for d in docs]
        self.avg_len = (sum(self.len) / len(docs)) if docs else 0.0
        df: Counter[str] = Counter()
        for counts in self.tf:
            df.update(counts.keys())
        n = len(docs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}

    def scores(self, query: Sequence[str]) -> list[float]:
        out = []
        terms = [t for t in set(query) if t in self.idf]
        for counts, length in zip(self.tf, self.len, strict=True):
            s = 0.0
            norm = self.k1 * (1 - self.b + self.b * length / (self.avg_len or 1.0))
            for t in terms:
                f = counts.get(t, 0)
                if f:
                    s += self.idf[t] * f * (self.k1 + 1) / (f + norm)
            out.append(s)
        return out
