"""Person and organisation names in Chinese and Latin script, with or without cue words: rules propose, a small
learned scorer decides.

from ledgerlm.ner import find_names
find_names("张伟明天转账给我")
# [NameSpan(start=0, end=2, text='张伟', label='person', score=0.9..., source='model')]
find_names("pay to Hart & Sons, invoice attached")[0].label   # 'org'

Shared by ``ledgerlm.privacy`` (names to redact) and ``ledgerlm.language`` (parties to account for). Imports only
numpy and ledgerlm's base layer; the weights load on the first call.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Label = Literal["person", "org"]
Source = Literal["rule", "model"]


@dataclass(frozen=True)
class NameSpan:
    """One name: ``text == original[start:end]``; ``score`` is the scorer's probability (1.0 for rule-only)."""

    start: int
    end: int
    text: str
    label: Label
    score: float
    source: Source


def find_names(text: str, *, threshold: float | None = None) -> list[NameSpan]:
    """Non-overlapping name spans in ``text``, sorted by position.

    ``threshold`` overrides the trained decision threshold (lower = more recall, less precision).
    """
    from ledgerlm.ner.candidates import candidates
    from ledgerlm.ner.features import rule_spans
    from ledgerlm.ner.model import load

    if not text:
        return []
    model = load()
    cut = model.threshold if threshold is None else threshold
    rules = rule_spans(text)
    scored = [(model.score(text, c, rules), c) for c in candidates(text)]
    chosen: list[NameSpan] = []
    for prob, c in sorted(scored, key=lambda sc: (-sc[0], -(sc[1].end - sc[1].start))):
        if prob < cut:
            break
        if any(c.start < n.end and n.start < c.end for n in chosen):
            continue
        chosen.append(NameSpan(c.start, c.end, text[c.start : c.end], c.label, round(prob, 4), "model"))
    return sorted(chosen, key=lambda n: n.start)


__all__ = ["Label", "NameSpan", "Source", "find_names"]
