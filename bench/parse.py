"""Language layer: parse latency p50/p95/p99 and accuracy per kind over the dev set (and our larger set), against a
keyword-only classifier baseline in the same process; the hand-written held-out set judged exhaustively (fully
correct per kind, and the count of silently wrong values); whole-process ``ledgerlm parse`` median against
``python -c pass`` measured in the same run; slot-extraction accuracy and latency.

Targets: parse <= 15 ms p50 in-process; whole-process ``ledgerlm parse`` <= 0.3 s; held-out >= 95% fully correct
with zero silently wrong values.
Run: .venv/bin/python bench/parse.py [--rounds N] [--procs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, SHARED, load_jsonl, percentile, summary_ms, temp_home  # noqa: E402

from ledgerlm.contracts.request import parse  # noqa: E402
from ledgerlm.contracts.request.classify import _prototype_matrix  # noqa: E402
from ledgerlm.contracts.request.evaluation import judge, params_match  # noqa: E402
from ledgerlm.errors import LedgerError  # noqa: E402
from ledgerlm.language import extract_slots  # noqa: E402

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
    p99 = percentile([x * 1000 for x in samples], 99)
    print(f"  {label:<26} {summary_ms(samples)}  p99 {p99:8.2f} ms   accuracy {total:6.1%}   [{kinds}]")
    return percentile([s * 1000 for s in samples], 50)


#: hand-written held-out sets judged exhaustively; each docstring line says how blind it still is
HELDOUT = (
    "heldout_requests.jsonl",  # written before the rules were tuned on it (61.5% blind), tuned since
    "heldout_blind2.jsonl",  # written blind (90%), tuned a little
    "heldout_blind4.jsonl",  # 125 requests, all 10 kinds, half Chinese: 52.8% and 5 silent before round 8's fixes
    "heldout_blind5.jsonl",  # 65 requests written after blind4 was tuned on: 72.3% and 4 silent before its fixes
    "heldout_blind6.jsonl",  # 48 chat-style requests written after blind5: 60.4% and 0 silent before its fixes
    "heldout_blind7.jsonl",  # 39 requests written after blind6's fixes: 71.8% and 0 silent before its fixes
    "heldout_blind8.jsonl",  # 35 (number words, paraphrases) written after blind7's fixes: 62.9%, 3 silent before
    "heldout_blind9.jsonl",  # 33 (mixed zh/en, short) written after blind8's fixes: 87.9%, 1 silent before
    "heldout_blind10.jsonl",  # 30 written last and scored untouched: 80.0%, 2 silent before its fixes
    "heldout_r4.jsonl",  # 120 (six kinds, round 4) written before tuning: 61.7% and 5 silent before its fixes
    "heldout_r4_after.jsonl",  # 40 written after round 4's tuning, scored once: 85.0%, 0 silent (unseen figure)
    "heldout_r4_after2.jsonl",  # 40 more, written after r4_after's fixes, scored once: 82.5%, 0 silent (unseen)
    "heldout_r4_after3.jsonl",  # 30 written last, scored once: 86.7%, 1 silent ("阿Ken" read as "Ken") (unseen)
    "heldout_r5.jsonl",  # 80 (five kinds, round 5) written before tuning: 70.0% and 3 silent before its fixes
    "heldout_r5_after.jsonl",  # 40 written after round 5's tuning, scored once: 77.5%, 1 silent (unseen figure)
    "heldout_acct_r7.jsonl",  # 65 (ranges, corrections, per person, dates), before round 7: 44.6%, 8 silent
    "heldout_acct_r7_after.jsonl",  # 40 written after round 7's tuning, scored once: 90.0%, 0 silent (unseen)
)


def heldout() -> None:
    for name in HELDOUT:
        heldout_set(name)


def heldout_set(name: str) -> None:
    """A hand-written set judged on every param of the kind: heldout_requests.jsonl was written before the rules were
    tuned on it (its blind score was 61.5%), heldout_blind2.jsonl after, and scored untouched."""
    rows = load_jsonl(DATA / name)
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # correct, total, silent values, asked
    samples: list[float] = []
    for row in rows:
        kind = row["expect"]["kind"]
        per[kind][1] += 1
        try:
            start = time.perf_counter()
            result = parse(row["text"], today=row.get("today"))
            samples.append(time.perf_counter() - start)
            verdict = judge(result, row["expect"])
        except LedgerError:
            per[kind][3] += 1  # refused with a clear error: a question, not a silent value
            continue
        per[kind][0] += int(verdict.correct)
        per[kind][2] += len(verdict.silent)
        per[kind][3] += int(bool(verdict.asked))
    ok, total = sum(v[0] for v in per.values()), sum(v[1] for v in per.values())
    print(
        f"{name} (hand-written, {total} requests): fully correct {ok}/{total} = {ok / total:.1%}   "
        f"silently wrong values: {sum(v[2] for v in per.values())}"
    )
    ms = [x * 1000 for x in samples]
    print(f"  parse in-process: p50 {percentile(ms, 50):.2f} ms   p99 {percentile(ms, 99):.2f} ms")
    for kind, (c, n, silent, asked) in sorted(per.items()):
        print(f"  {kind:<10} {c}/{n} = {c / n:6.1%}   silent {silent}   asked/refused {asked}")


def whole_process(procs: int) -> None:
    """Median wall time of whole processes: ``ledgerlm parse`` against ``python -c pass`` (same run, same load)."""
    exe = [sys.executable, "-m", "ledgerlm.cli.main"]
    cases = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "ledgerlm parse (keywords decide)": [*exe, "parse", "Loan 1000 USDC to Bob for 6 months at 5% annual interest"],
        "ledgerlm parse (embeddings)": [*exe, "parse", "my friend needs 2 ETH and will pay me back in a year, 5%"],
        "python -c 'import ledgerlm.contracts.request.parser'": [
            sys.executable,
            "-c",
            "import ledgerlm.contracts.request.parser",
        ],
    }
    env = {**os.environ, "COLUMNS": "120"}
    medians: dict[str, float] = {}
    for label, cmd in cases.items():
        times = []
        for _ in range(procs):
            start = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=False, env=env)
            times.append(time.perf_counter() - start)
        medians[label] = statistics.median(times)
    base = medians["python -c pass"]
    print(f"whole process ({procs} runs each, median):")
    for label, med in medians.items():
        print(f"  {label:<46} {med * 1000:8.0f} ms   {med / base:5.1f}x python -c pass")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--procs", type=int, default=5)
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
        heldout()
        whole_process(args.procs)


if __name__ == "__main__":
    main()
