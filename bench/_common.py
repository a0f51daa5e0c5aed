"""Shared helpers for the benchmarks: percentiles, temporary data dirs, dev-set loading."""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * pct / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def summary_ms(samples_s: list[float]) -> str:
    ms = [s * 1000 for s in samples_s]
    return f"p50 {percentile(ms, 50):8.2f} ms  p95 {percentile(ms, 95):8.2f} ms  mean {statistics.mean(ms):8.2f} ms"


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


@contextmanager
def temp_home() -> Iterator[Path]:
    """A throw-away LEDGERLM_HOME, so a benchmark never touches the user's data."""
    old = os.environ.get("LEDGERLM_HOME")
    with tempfile.TemporaryDirectory(prefix="ledgerlm-bench-") as tmp:
        os.environ["LEDGERLM_HOME"] = tmp
        try:
            yield Path(tmp)
        finally:
            if old is None:
                os.environ.pop("LEDGERLM_HOME", None)
            else:
                os.environ["LEDGERLM_HOME"] = old


def load_jsonl(*candidates: Path) -> list[dict[str, Any]]:
    for path in candidates:
        if path.exists():
            return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    raise FileNotFoundError(f"none of {', '.join(map(str, candidates))} exists")
