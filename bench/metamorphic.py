"""Metamorphic check of the contract-request parser: change a request that is read fully right, and see whether the
reading follows the change or asks about it; never a different value without a question.

Rows: every row of the hand-written dev sets (tests/language/data/heldout_*.jsonl) and the seen blind sets
(tests/heldout_blind/contracts_blind3..6.jsonl) that the parser reads fully right today. Transformations, in the
row's language:

* meaning-preserving (the reading must stay right, or ask): ``order_id`` (an order number), ``year`` (a year in a
  note), ``flat`` (a flat number such as 12B), ``polite`` (filler at the start and the end), ``reorder`` (the last
  two clauses swapped), ``second_name`` (a person with no role), ``signature`` (an e-mail signature with a phone
  number, a room and a date), ``past_years`` (a span of past years as background);
* meaning-changing (the reading must follow, or ask about the changed words): ``correction`` (a self-correction of
  one value appended: the corrected value is expected), ``bare_no`` (the same with a bare ", no," / "，不，"),
  ``range`` (one value replaced by a range: asked), ``each`` (a total said per person: asked).

Per transformation it prints how many variants stayed right, asked (a question or a missing value names the param,
or a clear refusal) or went silently wrong. Run: .venv/bin/python bench/metamorphic.py [--limit N] [--show N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "language" / "data"
BLIND = ROOT / "tests" / "heldout_blind"

_CJK = re.compile(r"[\u4e00-\u9fff]")
_NUM = re.compile(r"(?<![\d.,])\d+(?:\.\d+)?(?![\d.,])")
_TOTALS = ("goal", "amount", "principal", "initial_supply", "supply", "cap", "max_supply")


@dataclass
class Variant:
    """One transformed request: ``expect`` is the row's expectation after the change."""

    name: str
    text: str
    expect: dict[str, Any]
    changed: str | None = None


@dataclass
class Tally:
    right: int = 0
    asked: int = 0
    silent: int = 0
    examples: list[str] = field(default_factory=list)


def dev_files() -> list[Path]:
    """The dev sets and the seen blind sets (never the blind set still being written)."""
    files = sorted(DEV.glob("heldout_*.jsonl"))
    files += [BLIND / f"contracts_blind{n}.jsonl" for n in (3, 4, 5, 6)]
    return [f for f in files if f.exists()]


def load_rows(files: list[Path]) -> list[dict[str, Any]]:
    rows = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if "expect" in row and "text" in row:
                    rows.append(row)
    return rows


def _zh(text: str) -> bool:
    return bool(_CJK.search(text))


def _with(expect: dict[str, Any], **params: Any) -> dict[str, Any]:
    out = {"kind": expect["kind"], "params": dict(expect["params"])}
    for k, v in params.items():
        if v is None:
            out["params"].pop(k, None)
        else:
            out["params"][k] = v
    return out


def _valued_words(result: Any, row: dict[str, Any]) -> Iterator[tuple[str, Decimal, str, int, int]]:
    """(param, value, its words, start, end) for numeric params read from words holding exactly one digit number."""
    for name, ev in result.evidence.items():
        value = result.params.get(name)
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, Decimal))
            or ev.source != "text"
            or len(ev.spans) != 1
        ):
            continue
        if name not in row["expect"]["params"]:
            continue
        sp = ev.spans[0]
        nums = list(_NUM.finditer(sp.words))
        if len(nums) != 1 or Decimal(nums[0].group(0)) == 0:
            continue
        yield name, Decimal(value), sp.words, sp.start, sp.end


def transforms(row: dict[str, Any], result: Any) -> list[Variant]:
    """Every variant of ``row`` (``result`` is its right reading, whose evidence says where each value stands)."""
    text, expect, zh = row["text"], row["expect"], _zh(row["text"])
    out = [
        Variant("order_id", text + ("（订单号 48213）" if zh else " (order #48213)"), expect),
        Variant("year", ("（2027年计划）" if zh else "(planning for 2027) ") + text, expect),
        Variant("flat", text + ("。我住 12B 室。" if zh else ". I live in flat 12B."), expect),
        Variant(
            "polite",
            ("你好，麻烦帮个忙：" + text + "，谢谢！")
            if zh
            else ("Hi, could you please help me with this: " + text + " Thanks a lot!"),
            expect,
        ),
        Variant("second_name", text + ("。我表弟老梁也知道这事。" if zh else ". My cousin Zoltan says hi."), expect),
        # an e-mail signature full of numbers (phone, room, a date) pasted under the request
        Variant(
            "signature",
            text
            + (
                "\n\n——\n王磊 | 手机 138 0013 8000 | 3 号楼 502 室 | 2026-11-28"
                if zh
                else "\n\nBest,\nLena Fischer | +49 151 2345 6789 | Room 204 | sent 2026-11-28"
            ),
            expect,
        ),
        # a span of past years as background ("since 2019-2024"): no range of values
        Variant(
            "past_years", ("（2019-2024 年一直在做这个）" if zh else "(we've run this since 2019-2024) ") + text, expect
        ),
    ]
    sep = "，" if zh and "，" in text else ", "
    clauses = text.split(sep)
    from ledgerlm.language.corrections import find_corrections

    # the order of a list (stages, payees, owners) is part of its meaning, and a correction marker moved away
    # corrects something else: neither is reordered
    if (
        len(clauses) >= 3
        and all(c.strip() for c in clauses[-2:])
        and not any(isinstance(v, list) for v in expect["params"].values())
        and not find_corrections(text)
    ):
        swapped = [*clauses[:-2], clauses[-1].rstrip("。.!！"), clauses[-2]]
        out.append(Variant("reorder", sep.join(swapped), expect))
    valued = list(_valued_words(result, row))
    if valued:
        name, value, words, start, end = valued[0]
        m = _NUM.search(words)
        assert m is not None
        old = Decimal(m.group(0))
        new = old + 1 if old == old.to_integral_value() else old * 2
        new_words = words[: m.start()] + str(new) + words[m.end() :]
        # said right after the value, the way people correct themselves mid-sentence
        fixed = text[:end] + ("，不对，改成" + new_words if zh else ", no wait, make it " + new_words) + text[end:]
        out.append(Variant("correction", fixed, _with(expect, **{name: value * new / old}), name))
        # the bare "no" between pauses ("cliff of 9 months, no, 12 months"), the new words said alone
        bare = text[:end] + ("，不，" + new_words if zh else ", no, " + new_words) + text[end:]
        out.append(Variant("bare_no", bare, _with(expect, **{name: value * new / old}), name))
        hi = old + 2 if old == old.to_integral_value() else old * 3
        ranged = words[: m.start()] + (f"{m.group(0)}到{hi}" if zh else f"{m.group(0)} to {hi}") + words[m.end() :]
        out.append(Variant("range", text[:start] + ranged + text[end:], _with(expect, **{name: None}), name))
    # an NFT's "每人500个" is a per-wallet limit, a reading of its own: the total-per-person check is for sums
    totals = [v for v in valued if v[0] in _TOTALS and not (expect["kind"] == "nft" and v[0] == "max_supply")]
    if totals:
        name, _, words, start, end = totals[0]
        each = ("每人" + words) if zh else (words + " each")
        out.append(Variant("each", text[:start] + each + text[end:], _with(expect, **{name: None}), name))
    return out


def judge_variant(v: Variant, today: str) -> str:
    """ "right", "asked" or "silent" for one variant."""
    from ledgerlm.contracts.request import parse
    from ledgerlm.contracts.request.evaluation import judge
    from ledgerlm.errors import LedgerError

    try:
        verdict = judge(parse(v.text, today=today), v.expect)
    except LedgerError:
        return "asked"  # a clear refusal ("which kind?") is never silent
    if verdict.correct:
        return "right"
    return "silent" if verdict.silent else "asked"


def right_rows(rows: list[dict[str, Any]], limit: int | None = None) -> list[tuple[dict[str, Any], Any]]:
    """The rows read fully right today, with their readings."""
    from ledgerlm.contracts.request import parse
    from ledgerlm.contracts.request.evaluation import judge
    from ledgerlm.errors import LedgerError

    out = []
    for row in rows:
        try:
            result = parse(row["text"], today=row.get("today") or "2026-12-01")
        except LedgerError:
            continue
        if judge(result, row["expect"]).correct:
            out.append((row, result))
            if limit is not None and len(out) >= limit:
                break
    return out


def run(
    pairs: list[tuple[dict[str, Any], Any]], on_silent: Callable[[Variant, dict[str, Any]], None] | None = None
) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for row, result in pairs:
        for v in transforms(row, result):
            outcome = judge_variant(v, row.get("today") or "2026-12-01")
            t = tallies.setdefault(v.name, Tally())
            setattr(t, outcome, getattr(t, outcome) + 1)
            if outcome == "silent":
                t.examples.append(f"{row['id']}: {v.text}")
                if on_silent is not None:
                    on_silent(v, row)
    return tallies


def report(tallies: dict[str, Tally], show: int = 0) -> Counter[str]:
    total: Counter[str] = Counter()
    print(f"  {'transformation':<12} {'variants':>8} {'right':>7} {'asked':>7} {'silent':>7}")
    for name, t in tallies.items():
        n = t.right + t.asked + t.silent
        total.update(right=t.right, asked=t.asked, silent=t.silent)
        print(f"  {name:<12} {n:8d} {t.right:7d} {t.asked:7d} {t.silent:7d}")
        for ex in t.examples[:show]:
            print(f"      silent: {ex}")
    n = sum(total.values())
    print(f"  {'all':<12} {n:8d} {total['right']:7d} {total['asked']:7d} {total['silent']:7d}")
    return total


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _common import temp_home

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=None, help="use at most N right rows")
    ap.add_argument("--show", type=int, default=0, help="print up to N silent examples per transformation")
    args = ap.parse_args()
    with temp_home():
        rows = load_rows(dev_files())
        pairs = right_rows(rows, args.limit)
        print(f"metamorphic: {len(pairs)} rows read fully right (of {len(rows)} in the dev and seen blind sets)")
        report(run(pairs), args.show)


if __name__ == "__main__":
    main()
