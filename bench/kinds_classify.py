"""Which-kind figures: right / asked / wrong kind on labelled request sets, and the classifier's latency.

Sets are JSONL rows with ``text`` and ``expect.kind``: a kind (a clear request), or null with ``could_be`` (a
genuinely ambiguous request: asking is right, taking one of ``could_be`` is "took a side", anything else wrong),
or null with ``"other": true`` (not a contract request: asking is right). Latency is ``classify_kind`` per request
in-process, with the keyword-only baseline (``use_embeddings=False``) measured in the same process for the ratio.
Also prints the head's cross-validated figures recorded at build time (``train_kinds.py``).

Run: .venv/bin/python bench/kinds_classify.py [--set PATH ...] [--show-misses]
(default set: tests/language/data/kinds_r7_heldout.jsonl, the hand-written unseen set of round 7)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, percentile  # noqa: E402

DEFAULT = ROOT / "tests" / "language" / "data" / "kinds_r7_heldout.jsonl"


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def judge(row: dict[str, Any], got: Any) -> str:
    """One of: right, asked (a clear request refused), wrong; for ambiguous rows ask-ok / side / wrong; for
    non-requests ask-ok / taken."""
    want = row.get("expect", {}).get("kind")
    if want is not None:
        if got.ask:
            return "asked"
        return "right" if got.kind == want else "wrong"
    if got.ask:
        return "ask-ok"
    if row.get("other"):
        return "taken"
    return "side" if got.kind in row.get("could_be", []) else "wrong"


def run_set(path: Path, show: bool) -> None:
    from ledgerlm.contracts.request.classify import classify_kind

    rows = _rows(path)
    verdicts: Counter[str] = Counter()
    per_kind: dict[str, Counter[str]] = {}
    times: list[float] = []
    sources: Counter[str] = Counter()
    misses = []
    for row in rows:
        start = time.perf_counter()
        got = classify_kind(row["text"])
        times.append(time.perf_counter() - start)
        sources[got.source] += 1
        verdict = judge(row, got)
        want = row.get("expect", {}).get("kind") or ("other" if row.get("other") else "ambiguous")
        verdicts[verdict] += 1
        per_kind.setdefault(want, Counter())[verdict] += 1
        if verdict not in ("right", "ask-ok"):
            misses.append((row.get("id", "?"), want, verdict, got.kind, got.probability, got.options, row["text"]))
    clear = sum(1 for r in rows if r.get("expect", {}).get("kind"))
    wrong_clear = sum(c["wrong"] for k, c in per_kind.items() if k not in ("ambiguous", "other"))
    print(f"{path.name}: {len(rows)} rows")
    if clear:
        print(
            f"  clear requests {clear}: right {verdicts['right']} ({verdicts['right'] / clear:.1%}), "
            f"asked {verdicts['asked']} ({verdicts['asked'] / clear:.1%}), wrong kind {wrong_clear}"
        )
    amb = per_kind.get("ambiguous", Counter())
    if amb:
        print(
            f"  ambiguous {sum(amb.values())}: asked {amb['ask-ok']}, took a listed side {amb['side']}, "
            f"wrong {amb['wrong']}"
        )
    oth = per_kind.get("other", Counter())
    if oth:
        print(f"  not requests {sum(oth.values())}: asked {oth['ask-ok']}, taken as a contract {oth['taken']}")
    for kind in sorted(k for k in per_kind if k not in ("ambiguous", "other")):
        c = per_kind[kind]
        print(f"  {kind:13s} right {c['right']:3d}  asked {c['asked']:2d}  wrong {c['wrong']:2d}")
    ms = [t * 1000 for t in times[1:]] or [times[0] * 1000]
    print(
        f"  classify_kind p50 {percentile(ms, 50):.2f} ms  p95 {percentile(ms, 95):.2f} ms; decided by {dict(sources)}"
    )
    if show:
        for m in misses:
            print("    ", *m)


def baseline_ratio(path: Path) -> None:
    """The keyword-only classifier on the same rows, same process: how much the head costs per request."""
    from ledgerlm.contracts.request.classify import classify_kind

    texts = [r["text"] for r in _rows(path)]
    t0 = time.perf_counter()
    for t in texts:
        classify_kind(t, use_embeddings=False)
    base = (time.perf_counter() - t0) / len(texts)
    t0 = time.perf_counter()
    for t in texts:
        classify_kind(t)
    head = (time.perf_counter() - t0) / len(texts)
    print(
        f"  per request: head {head * 1000:.2f} ms, keyword-only baseline {base * 1000:.2f} ms, "
        f"ratio {head / base:.1f}x"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, action="append", help="a JSONL set (repeatable)")
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()
    from ledgerlm.contracts.request.classify import load_head

    head = load_head()
    if head is not None:
        cv = head.meta.get("cv5", {})
        print(
            f"head: {head.meta.get('rows')} training rows; 5-fold CV ({head.meta.get('cv_folds', 'random folds')}) "
            f"on clear requests: accuracy "
            f"{cv.get('accuracy')}, asked {cv.get('refused_rate')}, wrong kind {cv.get('wrong_kind')}; "
            f"thresholds fast {head.fast_accept}, ask below p {head.ask_p} or margin {head.ask_margin}"
        )
    for path in args.set or [DEFAULT]:
        run_set(path, args.show_misses)
        baseline_ratio(path)


if __name__ == "__main__":
    main()
