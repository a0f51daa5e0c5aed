"""Score any contract-request set in the blind format (``{"id", "text", "today", "expect": {"kind", "params"}}``)
with the same ``judge`` as bench/blind.py, and show each miss with the values read and expected, so an engineer can
measure a hand-written held-out set before and after a change.

Run: .venv/bin/python bench/score_set.py FILE [FILE ...] [--kind KIND] [--show-misses]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import temp_home  # noqa: E402


def _rows(path: Path) -> list[dict[str, Any]]:
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (ValueError, UnicodeDecodeError) as exc:
        sys.exit(f"score_set.py: {path} is not a JSONL set ({exc}); each line is one JSON row")


def score(paths: list[Path], kind_filter: str | None, show: bool) -> None:
    from ledgerlm.contracts.request import parse
    from ledgerlm.contracts.request.evaluation import judge
    from ledgerlm.errors import LedgerError

    total, right, silent, refused = Counter[str](), Counter[str](), Counter[str](), Counter[str]()
    for path in paths:
        for row in _rows(path):
            kind = row["expect"]["kind"]
            if kind_filter and kind != kind_filter:
                continue
            total[kind] += 1
            try:
                result = parse(row["text"], today=row.get("today"))
            except LedgerError as exc:
                refused[kind] += 1
                if show:
                    print(f"  {row['id']} REFUSED {exc}\n      {row['text']}")
                continue
            verdict = judge(result, row["expect"])
            right[kind] += verdict.correct
            silent[kind] += len(verdict.silent)
            if show and not verdict.correct:
                params = getattr(result, "params", {}) or {}
                print(f"  {row['id']} silent={verdict.silent} asked={verdict.asked}\n      {row['text']}")
                for name in sorted(set(verdict.silent) | set(verdict.asked)):
                    print(f"      {name}: read {params.get(name)!r} want {row['expect']['params'].get(name)!r}")
    n, ok = sum(total.values()), sum(right.values())
    if not n:
        print("no rows")
        return
    print(f"fully correct {ok}/{n} = {ok / n:.1%}; ", end="")
    print(f"silent values {sum(silent.values())}; refused {sum(refused.values())}")
    for kind in sorted(total):
        print(f"  {kind:13s} {right[kind]:3d}/{total[kind]:<3d} silent {silent[kind]}  refused {refused[kind]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--kind")
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()
    missing = [str(p) for p in args.files if not p.is_file()]
    if missing:
        ap.error(f"no such set: {', '.join(missing)} (give JSONL files in the blind format)")
    with temp_home():
        score(args.files, args.kind, args.show_misses)


if __name__ == "__main__":
    main()
