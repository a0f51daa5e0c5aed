"""``ask`` on the hand-written held-out questions: accuracy, confident misses, and p50/p99 latency in-process.

Run: ``.venv/bin/python bench/answers.py`` (add ``--show`` to print every miss).  The held-out set
(tests/knowledge/data/heldout_questions.jsonl) was written before tuning and is never used to fit anything.
A question is right when its answer cites one of the expected sections, when it is routed to the expected live
figure / advice path, or, for "decline", when the answer is a decline.  A confident miss is an answer (found)
that cites none of the expected sections, or any answer to a question that should be declined.
Baseline in the same process: BM25-only retrieval with the old fixed-threshold rule replaced by "top BM25 > 0".
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "knowledge" / "data" / "heldout_questions.jsonl"


def load(path: Path = HELDOUT) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def judge(row: dict, ans) -> tuple[bool, bool]:
    """(right, confidently off the point)."""
    expect = row["expect"]
    if expect == "decline":
        return (not ans.found, ans.found)
    if isinstance(expect, str) and expect.startswith("route:"):
        ok = ans.kind == expect[6:] and ans.found
        return ok, (ans.found and not ok)
    cited = {c.get("id") for c in ans.citations}
    ok = ans.found and bool(cited & set(expect))
    return ok, (ans.found and not ok)


def evaluate(rows: list[dict]) -> dict:
    from ledgerlm.assistant.knowledge import answer

    answer("warm up", use_llm=False)
    right = off = 0
    times, misses = [], []
    for row in rows:
        t = time.perf_counter()
        ans = answer(row["q"], use_llm=False)
        times.append((time.perf_counter() - t) * 1000)
        ok, bad = judge(row, ans)
        right += ok
        off += bad
        if not ok:
            misses.append((row["q"], row["expect"], ans.kind, [c.get("id") for c in ans.citations], ans.confidence))
    return {
        "n": len(rows),
        "right": right,
        "off": off,
        "p50_ms": float(np.percentile(times, 50)),
        "p99_ms": float(np.percentile(times, 99)),
        "misses": misses,
    }


def baseline(rows: list[dict]) -> dict:
    """BM25 alone, answering whenever any keyword matches (what similarity-only retrieval does)."""
    from ledgerlm.assistant.knowledge.answer import detect_lang
    from ledgerlm.assistant.knowledge.bm25 import tokenize
    from ledgerlm.assistant.knowledge.index import get_index

    index = get_index()
    right = off = 0
    for row in rows:
        lang = detect_lang(row["q"])
        idx = index._by_lang[lang]
        scores = index._bm25[lang].scores(tokenize(row["q"]))
        j = int(np.argmax(scores))
        found = scores[j] > 0
        expect = row["expect"]
        if expect == "decline" or str(expect).startswith("route:"):
            ok = not found if expect == "decline" else False
            bad = found
        else:
            ok = found and index.passages[idx[j]].id in expect
            bad = found and not ok
        right += ok
        off += bad
    return {"right": right, "off": off}


def main() -> None:
    rows = load()
    res = evaluate(rows)
    base = baseline(rows)
    n = res["n"]
    seeds = [r for r in rows if r.get("seed")]
    from ledgerlm.assistant.knowledge import answer

    seed_ok = sum(judge(r, answer(r["q"], use_llm=False))[0] for r in seeds)
    print(f"held-out questions: {n} ({sum(1 for r in rows if r['expect'] == 'decline')} to decline)")
    print(
        f"ask:      right {res['right']}/{n} = {res['right'] / n:.1%}   confident off-point {res['off']}/{n} "
        f"= 1 in {n / max(res['off'], 1):.0f}   seeds {seed_ok}/{len(seeds)}"
    )
    print(
        f"baseline (BM25 only): right {base['right']}/{n} = {base['right'] / n:.1%}   confident off-point "
        f"{base['off']}/{n}"
    )
    print(f"ratio right ask/baseline: {res['right'] / max(base['right'], 1):.2f}x")
    print(f"ask latency (in-process, extractive): p50 {res['p50_ms']:.1f} ms   p99 {res['p99_ms']:.1f} ms")
    if "--show" in sys.argv:
        for m in res["misses"]:
            print("MISS", m)


if __name__ == "__main__":
    main()
