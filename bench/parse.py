"""Language layer: parse latency p50/p95 and accuracy per kind over the dev set (and our larger set), against a
keyword-only classifier baseline in the same process; slot-extraction accuracy and latency.

Target: parse <= 15 ms p50 (the kind prototypes are embedded once per process, before timing).
Run: .venv/bin/python bench/parse.py [--rounds N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, SHARED, load_jsonl, percentile, summary_ms, temp_home  # noqa: E402

from ledgerlm.errors import LedgerError  # noqa: E402
from ledgerlm.language import extract_slots, parse  # noqa: E402
from ledgerlm.language.evaluation import params_match  # noqa: E402
from ledgerlm.language.kinds import _prototype_matrix  # noqa: E402

DATA = ROOT / "tests" / "language" / "data"


def run_set(name: str, rows: list[dict[str, Any]], rounds: int, embeddings: bool) -> tuple[list[float], dict]:
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    samples: list[float] = []
    for r in range(rounds):
        for row in rows:
            options = [row["expect"]] if "expect" in row else row["expect_any"]
            start = time.perf_counter()
            try:
                result = parse(row["text"], embeddings=embeddings)
                ok = any(params_match(result, e) for e in options)
            except LedgerError:
                ok = False
            samples.append(time.perf_counter() - start)
            if r == 0:
                per[options[0]["kind"]][1] += 1
                per[options[0]["kind"]][0] += int(ok)
    return samples, per


def report(label: str, samples: list[float], per: dict) -> float:
    total = sum(a for a, _ in per.values()) / max(1, sum(b for _, b in per.values()))
    kinds = "  ".join(f"{k} {a}/{b}" for k, (a, b) in sorted(per.items()))
    print(f"  {label:<26} {summary_ms(samples)}   accuracy {total:6.1%}   [{kinds}]")
    return percentile([s * 1000 for s in samples], 50)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    with temp_home():
        t0 = time.perf_counter()
        _prototype_matrix()
        parse("warm up: loan 1 ETH for 1 month at 1%")
        print(f"model load + prototype embeddings (once per process): {(time.perf_counter() - t0) * 1000:.0f} ms")
        sets = {
            "dev (shared)": load_jsonl(SHARED / "examples" / "contracts_dev.jsonl", DATA / "contracts_dev.jsonl"),
            "ours (bilingual)": load_jsonl(DATA / "contracts_more.jsonl"),
        }
        for name, rows in sets.items():
            print(f"{name}: {len(rows)} requests x {args.rounds} rounds")
            full = report("embeddings + keywords", *run_set(name, rows, args.rounds, True))
            base = report("keyword-only baseline", *run_set(name, rows, args.rounds, False))
            print(f"  p50 ratio full/baseline: {full / base:.1f}x (the embedding query is the extra cost)")
        for label, text in (("non-contract", "what's the weather like"), ("non-contract zh", "今天天气怎么样")):
            try:
                parse(text)
                print(f"{label}: forced into a kind (bad)")
            except LedgerError as exc:
                print(f"{label}: {type(exc).__name__} (asks instead of guessing)")
            try:
                parse(text, embeddings=False)
                print("  keyword-only baseline: forced into a kind")
            except LedgerError as exc:
                print(f"  keyword-only baseline: {type(exc).__name__}")
        for file in ("intents_dev.jsonl", "intents_more.jsonl"):
            rows = load_jsonl(DATA / file)
            ok, samples = 0, []
            for row in rows:
                start = time.perf_counter()
                got = extract_slots(row["text"], row["intent"])
                samples.append(time.perf_counter() - start)
                if "counter_token" not in row["slots"]:
                    got.pop("counter_token", None)
                want = {k: Decimal(str(v)) if k == "amount" else v for k, v in row["slots"].items()}
                ok += got == want
            print(f"slots {file}: exact {ok}/{len(rows)} ({ok / len(rows):.1%})   {summary_ms(samples)}")


if __name__ == "__main__":
    main()
