"""Helpers shared by the tests of the nft, splitter, traceability and data_access kinds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ledgerlm.contracts import pipeline
from ledgerlm.contracts.kinds import base, get_plugin
from ledgerlm.contracts.request import parse
from ledgerlm.contracts.spec import build_spec
from ledgerlm.solidity import analysis

HELDOUT = Path(__file__).parents[2] / "language" / "data" / "heldout_new_kinds.jsonl"
#: round 4: hand-written before tuning (r4) and after it (r4_after, r4_after2), blind3 format, judged on every param
ROUND4 = tuple(
    Path(__file__).parents[2] / "language" / "data" / name
    for name in ("heldout_new_kinds_r4.jsonl", "heldout_new_kinds_r4_after.jsonl", "heldout_new_kinds_r4_after2.jsonl")
)


def judged_round4(kind: str) -> tuple[int, int, list[str]]:
    """(rows of ``kind``, fully correct, lines naming each silently wrong value) over the round-4 sets; a refusal
    (a ``LedgerError``: "which kind?", a value the spec cannot hold) counts as asked, never as silent."""
    return _judged(ROUND4, kind)


def _judged(paths: tuple[Path, ...], kind: str, *, force_kind: bool = False) -> tuple[int, int, list[str]]:
    """The one scoring loop: every row of ``kind`` in ``paths`` parsed (with the kind given when ``force_kind``)
    and judged on every param; a ``LedgerError`` counts as asked."""
    from ledgerlm.contracts.request.evaluation import judge
    from ledgerlm.errors import LedgerError

    total = correct = 0
    silent: list[str] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else None
            if row is None or row["expect"]["kind"] != kind:
                continue
            total += 1
            try:
                result = parse(row["text"], today=row["today"], kind=kind if force_kind else None)
                verdict = judge(result, row["expect"])
            except LedgerError:
                continue
            correct += verdict.correct
            silent += [f"{row['id']}: {name}" for name in verdict.silent]
    return total, correct, silent


def judged_files(kind: str, names: tuple[str, ...], *, force_kind: bool = False) -> tuple[int, int, list[str]]:
    """(rows of ``kind``, fully correct, lines naming each silently wrong value) over ``tests/language/data/<names>``;
    ``force_kind`` parses with the kind given (the extractor alone, without the classifier)."""
    return _judged(tuple(HELDOUT.parent / name for name in names), kind, force_kind=force_kind)


#: round 5 (nft, splitter, multisig, dao): written before tuning (r5), then four sets each written after a round
#: of fixes and measured once before the next (r5_after … r5_after4), blind3 format
ROUND5 = tuple(
    Path(__file__).parents[2] / "language" / "data" / f"heldout_nsmd_r5{suffix}.jsonl"
    for suffix in ("", "_after", "_after2", "_after3", "_after4")
)


def judged_round5(kind: str) -> tuple[int, int, list[str]]:
    """(rows of ``kind``, fully correct, silently wrong values) over the round-5 sets, as ``judged_round4``; a row
    whose kind is decided otherwise (a classifier change) counts as asked, never as silent."""
    return _judged(ROUND5, kind)


def heldout(kind: str) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r["kind"] == kind]


def _norm(v: Any) -> Any:
    if isinstance(v, list):
        return [_norm(x) for x in v]
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return str(v)
    return str(v) if v is not None and not isinstance(v, bool | str) else v


def score(kind: str) -> tuple[int, int, list[str]]:
    """(fully correct, silently wrong, report lines) over the held-out requests of ``kind``.

    Fully correct: the right kind, every expected param equal, no question. Silently wrong: a param differs from
    the expectation and nothing (no question, no missing required field, no ambiguity) warns the user."""
    from decimal import Decimal

    ok = silent = 0
    lines = []
    for row in heldout(kind):
        try:
            r = parse(row["text"], today="2026-12-01")
        except Exception as exc:  # noqa: BLE001 - an ambiguity or a spec error is a question, not a wrong value
            lines.append(f"asked: {row['text']!r}: {type(exc).__name__}")
            continue
        wrong = []
        if r.kind != kind:
            wrong.append(f"kind {r.kind}")
        for key, want in row["params"].items():
            got = r.params.get(key) if r.kind == kind else None
            if key == "shares" and got is not None:  # only the ratio matters: 70:30 is 7:3
                same = len(got) == len(want) and all(
                    Decimal(str(g)) * sum(Decimal(str(w)) for w in want)
                    == Decimal(str(w)) * sum(Decimal(str(x)) for x in got)
                    for g, w in zip(got, want, strict=True)
                )
            elif isinstance(want, list) and got is not None:
                same = [str(Decimal(str(g))) if isinstance(g, Decimal) else g for g in got] == [
                    str(Decimal(str(w))) if isinstance(w, int | float) else w for w in want
                ]
            elif isinstance(want, int | float) and not isinstance(want, bool) and got is not None:
                same = Decimal(str(got)) == Decimal(str(want))
            else:
                same = got == want
            if not same:
                wrong.append(f"{key}={got!r} (want {want!r})")
        warned = bool(r.questions) or bool(set(r.missing) & set(build_spec_required(r.kind, r.params)))
        if not wrong and not r.questions:
            ok += 1
        elif wrong and not warned:
            silent += 1
            lines.append(f"SILENT: {row['text']!r}: {wrong}")
        else:
            lines.append(f"asked: {row['text']!r}: {wrong} q={[q.text for q in r.questions]}")
    return ok, silent, lines


def build_spec_required(kind: str, params: dict[str, Any]) -> list[str]:
    try:
        return build_spec(kind, params).missing()
    except Exception:  # noqa: BLE001
        return ["?"]


def slither_counts(kind: str, params: dict[str, Any]) -> dict[str, int]:
    generated = get_plugin(kind).render(build_spec(kind, params))
    report = analysis.analyse_sources({generated.filename: generated.source})
    return report.counts()


def self_test(chain: Any, artifact: Any, kind: str, params: dict[str, Any]) -> list[str]:
    spec = build_spec(kind, params)
    plugin = get_plugin(kind)
    scratch_asset = None
    if "token" in type(spec).model_fields and getattr(spec, "token", None):
        from ledgerlm.contracts.assets import resolve_asset

        scratch_asset = resolve_asset(chain, spec.token)
    roles = plugin.roles(spec)
    parties, _ = pipeline.resolve_parties(chain, spec, roles)
    return plugin.self_test(chain, artifact, spec, pipeline.build_context(chain, spec, parties, scratch_asset))


def explain(
    kind: str, params: dict[str, Any], abi: list[dict[str, Any]], lang: str, state: dict[str, Any] | None = None
) -> str:
    facts = base.ExplainFacts(spec=build_spec(kind, params), abi=abi, state=state or {})
    return get_plugin(kind).explain(facts, lang).to_text()


def asked(result: Any, key: str) -> bool:
    """``key`` is left for the user: missing, or named by a question."""
    fields = {f for q in result.questions for f in (q.fields if hasattr(q, "fields") else q.get("fields", []))}
    return key in result.missing or key in fields


def flagged(result: Any) -> set[str]:
    """Every param left for the user: missing, or named by a question (the set form of ``asked``)."""
    return set(result.missing) | {f for q in result.questions for f in q.fields}


def read_as(kind: str, text: str, today: str = "2026-12-02") -> tuple[dict[str, Any], set[str]]:
    """``text`` parsed as ``kind`` (forced), as (params, flagged params): the shape the round-10 kind tests read."""
    r = parse(text, today=today, kind=kind)
    return dict(r.params), flagged(r)
