"""Score a redactor against a labelled set: per-type recall, precision, false positives, secret refusals.

Shared by ``bench/privacy.py`` and the tests so the numbers printed and the numbers asserted are the same
computation. A labelled entity counts as found when a finding of the same type overlaps it; a finding counts as
correct when it overlaps a labelled entity of the same type. A negative item (no entities, no secret) is a false
positive when anything is redacted or refused.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ledgerlm.errors import SecretDetected

# A redactor returns (type, start, end) spans, or raises SecretDetected.
Redactor = Callable[[str], list[tuple[str, int, int]]]


@dataclass
class Scores:
    items: int = 0
    recall_by_type: dict[str, tuple[int, int]] = field(default_factory=dict)  # type -> (found, total)
    precision_by_type: dict[str, tuple[int, int]] = field(default_factory=dict)  # type -> (correct, findings)
    true_findings: int = 0
    all_findings: int = 0
    negatives: int = 0
    negatives_flagged: int = 0
    secrets_total: int = 0
    secrets_refused: int = 0
    non_secrets_refused: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        found = sum(f for f, _ in self.recall_by_type.values())
        total = sum(t for _, t in self.recall_by_type.values())
        return found / total if total else 1.0

    @property
    def precision(self) -> float:
        return self.true_findings / self.all_findings if self.all_findings else 1.0

    @property
    def false_positive_rate(self) -> float:
        return self.negatives_flagged / self.negatives if self.negatives else 0.0

    @property
    def secret_recall(self) -> float:
        return self.secrets_refused / self.secrets_total if self.secrets_total else 1.0


def load_labelled(path: Path) -> list[dict[str, Any]]:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for item in items:
        cursor: dict[str, int] = {}
        for ent in item["entities"]:
            start = item["text"].find(ent["value"], cursor.get(ent["value"], 0))
            if start < 0:
                raise ValueError(f"item {item['id']}: {ent['value']!r} not in text")
            ent["start"], ent["end"] = start, start + len(ent["value"])
            cursor[ent["value"]] = ent["end"]
    return items


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(items: list[dict[str, Any]], redactor: Redactor) -> Scores:
    s = Scores(items=len(items))
    for item in items:
        is_secret = item["secret"] is not None
        s.secrets_total += is_secret
        is_negative = not item["entities"] and not is_secret
        s.negatives += is_negative
        try:
            spans = redactor(item["text"])
            refused = False
        except SecretDetected:
            spans, refused = [], True
        if refused:
            s.secrets_refused += is_secret
            s.non_secrets_refused += not is_secret
        elif is_secret:
            s.misses.append({"id": item["id"], "secret": item["secret"]})
        if is_negative and (refused or spans):
            s.negatives_flagged += 1
            s.misses.append({"id": item["id"], "false_positive": [item["text"][a:b] for _, a, b in spans]})
        for ent in item["entities"]:
            found, total = s.recall_by_type.get(ent["type"], (0, 0))
            hit = any(t == ent["type"] and _overlap((a, b), (ent["start"], ent["end"])) for t, a, b in spans)
            s.recall_by_type[ent["type"]] = (found + hit, total + 1)
            if not hit:
                s.misses.append({"id": item["id"], "missed": ent["type"], "value": ent["value"]})
        for t, a, b in spans:
            s.all_findings += 1
            correct = any(t == e["type"] and _overlap((a, b), (e["start"], e["end"])) for e in item["entities"])
            s.true_findings += correct
            good, seen = s.precision_by_type.get(t, (0, 0))
            s.precision_by_type[t] = (good + correct, seen + 1)
    return s


def ledgerlm_redactor(text: str) -> list[tuple[str, int, int]]:
    from ledgerlm.privacy import redact

    return [(f.type, f.start, f.end) for f in redact(text).findings]


_MARK = __import__("re").compile(r"\[\[([A-Z_]+)\|(.+?)\]\]")


def load_marked(path: Path) -> list[dict[str, Any]]:
    """Read a hand-written set in the inline format (``<lang>\\t<text>`` with ``[[TYPE|value]]`` marks).

    Lines starting with ``#`` are comments; ``SECRET:<KIND>\\t<text>`` is a message that must be refused. A CN_ID
    or CARD value ending in ``?`` gets its check digit computed, so the set holds valid numbers without copying
    real ones.
    """
    from ledgerlm.privacy.validators import cn_id_check_char, luhn_valid

    items: list[dict[str, Any]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        head, _, body = line.partition("\t")
        secret = head.split(":", 1)[1] if head.startswith("SECRET:") else None
        lang = "zh" if secret is None and head == "zh" else ("en" if secret is None else "any")
        text, entities, cursor = "", [], 0
        for m in _MARK.finditer(body):
            text += body[cursor : m.start()]
            kind, value = m.group(1), m.group(2)
            if kind == "CN_ID" and value.endswith("?"):
                value = value[:-1] + cn_id_check_char(value[:-1])
            elif kind == "CARD" and value.endswith("?"):
                value = value[:-1] + next(d for d in "0123456789" if luhn_valid((value[:-1] + d).replace(" ", "")))
            entities.append({"type": kind, "value": value, "start": len(text), "end": len(text) + len(value)})
            text += value
            cursor = m.end()
        text += body[cursor:]
        items.append({"id": n, "lang": lang, "text": text, "entities": entities, "secret": secret})
    return items
