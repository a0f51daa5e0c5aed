"""The rules for judging a parse against a hand-written expectation (shared by the tests and bench/parse.py).

Two rules: ``params_match`` (dev sets: only the listed params are checked) and ``judge`` (held-out sets: every
param of the kind is checked, unlisted ones must keep the spec's default, and each wrong value is classed as
*asked* (left missing or named by a question) or *silently wrong* (present, wrong, and nothing says so)). Lists whose
order means nothing are compared without it: a splitter's payees with their shares and a DAO's holders with their
parts as pairs (shares as proportions), a multisig's owners as a set (round 8; before, a right reading written in
another order than the label counted as silently wrong). Free text (names, items, stages, data) compares with the
blanks between two Chinese characters left out (round 12): dictated Chinese puts a space between every word
("山水 之间"), and reading it as the word it is ("山水之间") is the same value, not a silent error; blanks touching
Latin letters or digits still count ("Farm Co" is not "FarmCo").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

__all__ = ["Verdict", "judge", "params_match"]

#: blanks between two CJK ideographs: a word space of dictated Chinese, no part of the value
_CJK_BLANK = re.compile(r"(?<=[\u3400-\u9fff\uf900-\ufaff])[ \t\u00a0\u3000]+(?=[\u3400-\u9fff\uf900-\ufaff])")


def _text(value: Any) -> Any:
    """``value`` with the word spaces of Chinese closed (strings, and strings inside lists); anything else as is."""
    if isinstance(value, str):
        return _CJK_BLANK.sub("", value)
    if isinstance(value, list):
        return [_text(v) for v in value]
    return value


def _same(got: Any, want: Any) -> bool:
    if want is None or got is None:
        return got is None and want is None
    if isinstance(want, (bool, str, list)) or isinstance(got, (bool, str, list)):
        return bool(_text(got) == _text(want))
    return abs(Decimal(str(got)) - Decimal(str(want))) <= Decimal("1e-6")


def _same_ratio(got: Any, want: Any) -> bool:
    """Shares are proportions: 70:30 splits a payment exactly as 7:3 does (the kind's own held-out test agrees)."""
    if not isinstance(got, list) or not isinstance(want, list) or len(got) != len(want) or not got:
        return False
    g = [Decimal(str(x)) for x in got]
    w = [Decimal(str(x)) for x in want]
    return all(a * sum(w) == b * sum(g) for a, b in zip(g, w, strict=True))


#: lists whose order carries no meaning, compared as pairs: a splitter paying Chidi 45 and me 55 pays exactly what
#: one paying me 55 and Chidi 45 does; so do DAO holders and their parts. (names field, parts field)
PAIRED = {"splitter": ("payees", "shares"), "dao": ("holders", "holder_shares")}
#: lists that are sets: the owners of a multisig sign alike, whatever order they are written in
UNORDERED = {"multisig": ("owners",)}


def _same_pairs(got: dict[str, Any], want: dict[str, Any], names: str, parts: str) -> bool:
    """The same people with the same parts (as proportions), in any order."""
    gn, gp, wn, wp = got.get(names), got.get(parts), want.get(names), want.get(parts)
    if not (isinstance(gn, list) and isinstance(gp, list) and isinstance(wn, list) and isinstance(wp, list)):
        return False
    if len({len(gn), len(gp), len(wn), len(wp)}) != 1:
        return False
    got_names, want_names = [_text(str(n)) for n in gn], [_text(str(n)) for n in wn]
    if sorted(got_names) != sorted(want_names) or len(set(got_names)) != len(got_names):
        return False
    order = [got_names.index(n) for n in want_names]
    return _same_ratio([gp[i] for i in order], wp)


def params_match(result: Any, expect: dict[str, Any]) -> bool:
    """Numbers compare as numbers, strings exactly, null = left unknown and listed in ``missing``."""
    if result.kind != expect["kind"]:
        return False
    for key, want in expect.get("params", {}).items():
        got = result.params.get(key)
        if want is None:
            if got is not None or key not in result.missing:
                return False
        elif isinstance(want, (bool, str, list)):
            if _text(got) != _text(want):
                return False
        elif got is None or isinstance(got, bool) or abs(Decimal(str(got)) - Decimal(str(want))) > Decimal("1e-6"):
            return False
    return True


@dataclass
class Verdict:
    """One request judged: ``correct`` when kind and every param are right; ``silent`` lists wrong values that
    nothing flagged; ``asked`` lists wrong or absent values the parse left missing or asked about."""

    correct: bool
    kind_ok: bool
    silent: list[str] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)


def judge(result: Any, expect: dict[str, Any]) -> Verdict:
    """Judge ``result`` (a ``ParseResult``) exhaustively against ``expect`` ({"kind", "params"})."""
    from ledgerlm.contracts.spec import spec_class

    if result.kind != expect["kind"]:
        return Verdict(False, False, asked=["kind"])
    defaults = {name: f.default for name, f in spec_class(result.kind).model_fields.items()}
    flagged: set[str] = set(result.missing)
    for q in getattr(result, "questions", []) or []:
        flagged.update(q.fields if hasattr(q, "fields") else q.get("fields", []))
    silent: list[str] = []
    asked: list[str] = []
    wanted = {name: expect["params"].get(name, default) for name, default in defaults.items()}
    same_pairs: tuple[str, ...] = ()
    if result.kind in PAIRED and _same_pairs(result.params, wanted, *PAIRED[result.kind]):
        same_pairs = PAIRED[result.kind]
    for name in defaults:
        want = wanted[name]
        got = result.params.get(name)
        if _same(got, want) or (name == "shares" and _same_ratio(got, want)) or name in same_pairs:
            continue
        if (
            name in UNORDERED.get(result.kind, ())
            and isinstance(got, list)
            and isinstance(want, list)
            and sorted(_text(list(map(str, got)))) == sorted(_text(list(map(str, want))))
        ):
            continue
        if got is None or name in flagged:
            asked.append(name)
        else:
            silent.append(name)
    return Verdict(not silent and not asked, True, silent, asked)
