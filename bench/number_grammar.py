"""``find_numbers`` time per call on the dev sentences, against the grammar before issue 8, in the same process.

The baseline is ``language/numbers.py`` at git revision ``--baseline`` (default: the checkpoint before the
rebuild), loaded from ``git show`` into a private module, so both are timed on the same machine in the same run;
calls are interleaved and the order flips every round. Prints p50/p99/mean per call and the ratio.
Run: .venv/bin/python bench/number_grammar.py [--rounds N] [--baseline REV]
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, SHARED, load_jsonl, percentile  # noqa: E402

from ledgerlm.language.numbers import find_numbers  # noqa: E402

#: The grammar before the rebuild of issue 8 (the last checkpoint that had the old ``numbers.py``).
BEFORE_ISSUE_8 = "53462c3"


def _baseline(rev: str) -> Callable[[str], Any] | None:
    try:
        source = subprocess.run(
            ["git", "show", f"{rev}:src/ledgerlm/language/numbers.py"],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    path = Path(tempfile.mkdtemp()) / "numbers_head.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("numbers_head", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["numbers_head"] = module
    spec.loader.exec_module(module)
    return module.find_numbers  # type: ignore[no-any-return]


def _time(fns: dict[str, Callable[[str], Any]], texts: list[str], rounds: int) -> dict[str, list[float]]:
    """Calls interleaved, the order flipped every round, so a busy machine slows both alike."""
    for fn in fns.values():
        for t in texts:  # warm the regex caches
            fn(t)
    samples: dict[str, list[float]] = {name: [] for name in fns}
    order = list(fns.items())
    for r in range(rounds):
        for t in texts:
            for name, fn in order if r % 2 == 0 else order[::-1]:
                start = time.perf_counter()
                fn(t)
                samples[name].append(time.perf_counter() - start)
    return samples


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=200)
    ap.add_argument("--baseline", default=BEFORE_ISSUE_8, help="git revision of the baseline numbers.py")
    args = ap.parse_args()
    dev = load_jsonl(
        SHARED / "examples" / "contracts_dev.jsonl", ROOT / "tests" / "language" / "data" / "contracts_dev.jsonl"
    )
    texts = [row["text"] for row in dev]
    fns: dict[str, Callable[[str], Any]] = {"new": find_numbers}
    base = _baseline(args.baseline)
    if base is not None:
        fns["before"] = base
    results = _time(fns, texts, args.rounds)
    for name, samples in results.items():
        us = [s * 1e6 for s in samples]
        print(
            f"{name:5s} find_numbers  p50 {percentile(us, 50):7.1f} us  p99 {percentile(us, 99):7.1f} us  "
            f"mean {sum(us) / len(us):7.1f} us  ({len(texts)} sentences x {args.rounds} rounds)"
        )
    if "before" in results:
        ratio = percentile(results["new"], 50) / percentile(results["before"], 50)
        print(f"ratio new/before p50: {ratio:.2f}x (before = {args.baseline})")


if __name__ == "__main__":
    main()
