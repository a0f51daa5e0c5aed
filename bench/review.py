"""Measure `ledgerlm review` on annotated vulnerable contracts (SmartBugs Curated, and the hand-written held-out set).

A known vulnerability counts as found when a finding of its DASP category names its annotated line (any of the
finding's locations). Printed per category: found/total for the full review and, in the same run and through the
same compilers, for Slither alone (the baseline); findings (severity Low or above) that name no annotated line;
seconds per contract (compilers warm, analyses cached after the first run). Which detector found what is listed.

    .venv/bin/python bench/review.py [--dataset DIR] [--heldout DIR] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from ledgerlm.review import catalog  # noqa: E402
from ledgerlm.review.engine import review_file  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATASET = ROOT.parent / "shared" / "datasets" / "smartbugs-curated"
DEFAULT_HELDOUT = ROOT / "tests" / "review" / "heldout"
DEFAULT_CLEAN = ROOT / "tests" / "review" / "clean"
_MARK = re.compile(r"<yes>\s*<report>\s*([A-Z_]+)")
#: SmartBugs' comment tags that differ from its category names
_TAGS = {"unchecked_ll_calls": "unchecked_low_level_calls"}


def annotated(path: Path) -> list[dict]:
    """Known bugs from `// <yes> <report> CATEGORY` comments: the line after the comment."""
    lines = path.read_text(encoding="utf-8").splitlines()
    out = []
    for i, line in enumerate(lines):
        for cat in _MARK.findall(line):
            out.append({"lines": [i + 2], "category": _TAGS.get(cat.lower(), cat.lower())})
    return out


def load(dataset: Path | None, heldout: Path | None, clean: Path | None = None) -> list[tuple[str, Path, list[dict]]]:
    items = []
    if dataset and (dataset / "vulnerabilities.json").exists():
        for entry in json.loads((dataset / "vulnerabilities.json").read_text()):
            items.append(("smartbugs", dataset / entry["path"], entry["vulnerabilities"]))
    if heldout and heldout.is_dir():
        for path in sorted(heldout.rglob("*.sol")):
            items.append(("heldout", path, annotated(path)))
    if clean and clean.is_dir():
        for path in sorted(clean.rglob("*.sol")):
            items.append(("clean", path, []))
    return items


def score(findings, vulns) -> tuple[list[bool], int, list[str]]:
    hits = []
    who = []
    for vuln in vulns:
        ok = [f for f in findings if f.category == vuln["category"] and set(vuln["lines"]) & set(f.lines)]
        hits.append(bool(ok))
        who.extend(f.detector for f in ok)
    known = {ln for v in vulns for ln in v["lines"]}
    other = sum(1 for f in findings if f.severity in ("High", "Medium", "Low") and not known & set(f.lines))
    return hits, other, who


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dataset", type=Path, default=DEFAULT_DATASET)
    parser.add_argument("--heldout", type=Path, default=DEFAULT_HELDOUT)
    parser.add_argument("--clean", type=Path, default=DEFAULT_CLEAN)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    items = load(args.dataset, args.heldout, args.clean)
    if args.limit:
        items = items[: args.limit]
    stats: dict[str, dict[str, Counter]] = defaultdict(
        lambda: {"total": Counter(), "full": Counter(), "slither": Counter()}
    )
    other = defaultdict(lambda: {"full": 0, "slither": 0})
    times: dict[str, list[float]] = defaultdict(list)
    detectors: Counter = Counter()
    failures = []
    for group, path, vulns in items:
        try:
            start = time.perf_counter()
            full = review_file(path, roles=False)
            times[group].append(time.perf_counter() - start)
            base = review_file(path, roles=False, slither_only=True)
        except Exception as exc:  # noqa: BLE001 - a bench reports every failure and goes on
            failures.append(f"{path.name}: {type(exc).__name__}: {str(exc)[:160]}")
            for v in vulns:
                stats[group]["total"][v["category"]] += 1
            continue
        f_hits, f_other, who = score(full.findings, vulns)
        s_hits, s_other, _ = score(base.findings, vulns)
        detectors.update(who)
        for v, fh, sh in zip(vulns, f_hits, s_hits, strict=True):
            stats[group]["total"][v["category"]] += 1
            stats[group]["full"][v["category"]] += fh
            stats[group]["slither"][v["category"]] += sh
        other[group]["full"] += f_other
        other[group]["slither"] += s_other
    for group in [g for g in ("smartbugs", "heldout", "clean") if any(i[0] == g for i in items)]:
        st = stats[group]
        print(f"\n== {group}: {sum(1 for g, _, _ in items if g == group)} contracts")
        print(f"{'category':28} {'review':>9} {'slither':>9}")
        for cat in catalog.CATEGORIES:
            total = st["total"][cat]
            if total:
                print(f"{cat:28} {st['full'][cat]:>4}/{total:<4} {st['slither'][cat]:>4}/{total:<4}")
        total = sum(st["total"].values())
        full, sl = sum(st["full"].values()), sum(st["slither"].values())
        print(
            f"{'ALL':28} {full:>4}/{total:<4} {sl:>4}/{total:<4}   review {100 * full / max(total, 1):.1f}% "
            f"vs slither alone {100 * sl / max(total, 1):.1f}% (ratio {full / max(sl, 1):.2f}x)"
        )
        print(
            f"findings (Low+) on lines without a known bug: review {other[group]['full']}, "
            f"slither alone {other[group]['slither']}"
        )
        if times[group]:
            print(
                f"seconds per contract (full review): median {statistics.median(times[group]):.2f}, "
                f"max {max(times[group]):.2f}"
            )
    print("\nwhich detector found the known bugs:", ", ".join(f"{d} {n}" for d, n in detectors.most_common()))
    print(f"contracts not reviewed: {len(failures)}")
    for line in failures:
        print("  ", line)


if __name__ == "__main__":
    main()
