"""Seconds per test file from pytest ``--durations`` output, written to tests/durations.json.

Why: ``make test`` runs ``pytest -n 2 --dist loadfile``, where one file is one unit of work; a long file handed out
last runs alone while the other worker idles. tests/conftest.py puts the files this table names first, longest
first. Refresh it after a full run on an idle machine (files not listed keep xdist's order after the listed ones)::

    .venv/bin/pytest -n 2 --dist loadfile --durations=0 | tee /tmp/durations.txt
    .venv/bin/python tools/durations.py /tmp/durations.txt            # replaces tests/durations.json
    .venv/bin/python tools/durations.py --merge /tmp/durations.txt    # updates only the files it names
    .venv/bin/python tools/durations.py --show                        # the table, longest first, and its sum
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

TABLE = Path(__file__).resolve().parents[1] / "tests" / "durations.json"
LINE = re.compile(r"^\s*(\d+(?:\.\d+)?)s\s+(setup|call|teardown)\s+(\S+?\.py)(?:::|\s|$)")


def per_file(text: str) -> dict[str, float]:
    """Sum of setup, call and teardown seconds per test file, from ``--durations`` report lines."""
    out: dict[str, float] = {}
    for line in text.splitlines():
        m = LINE.match(line)
        if m:
            out[m.group(3)] = out.get(m.group(3), 0.0) + float(m.group(1))
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("logs", nargs="*", type=Path, help="pytest output with --durations lines")
    parser.add_argument("--merge", action="store_true", help="keep the files of the table the logs do not name")
    parser.add_argument("--show", action="store_true", help="print the table")
    parser.add_argument("--min", type=float, default=2.0, help="leave out files under this many seconds")
    args = parser.parse_args(argv)
    table: dict[str, float] = json.loads(TABLE.read_text(encoding="utf-8")) if TABLE.exists() else {}
    if args.logs:
        measured: dict[str, float] = {}
        for log in args.logs:
            for file, seconds in per_file(log.read_text(encoding="utf-8", errors="replace")).items():
                measured[file] = measured.get(file, 0.0) + seconds
        table = {**table, **measured} if args.merge else measured
        table = {f: round(s, 1) for f, s in sorted(table.items(), key=lambda kv: -kv[1]) if s >= args.min}
        TABLE.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{TABLE}: {len(table)} files, {sum(table.values()):.0f} s")
    if args.show or not args.logs:
        for file, seconds in sorted(table.items(), key=lambda kv: -kv[1]):
            print(f"{seconds:8.1f} s  {file}")
        print(f"{sum(table.values()):8.1f} s  in all ({len(table)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
