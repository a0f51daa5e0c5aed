"""The parser's use of the optional LLM: ask it to PROPOSE values for params the rules left out or flagged, and
accept a proposal only when it is grounded in a span of the text and the kind's spec still validates.

Why here: validating a proposal needs the kinds' spec models (``ledgerlm.contracts.spec``); the client that sends
the request (and redacts it first) stays in the low layer, ``ledgerlm.language.llm``.
"""

from __future__ import annotations

from typing import Any

from ledgerlm.contracts.spec import build_spec, spec_class
from ledgerlm.errors import SpecError
from ledgerlm.language.llm import (
    _SYSTEM,
    LLMClient,
    LLMError,
    LLMReport,
    Proposal,
    ground,
    proposal_schema,
    redact_messages,
)

__all__ = ["fill_params", "propose"]


def propose(
    client: LLMClient,
    kind: str,
    text: str,
    keys: list[str],
    current: dict[str, Any] | None = None,
    *,
    allow_high_rate: bool = False,
) -> tuple[dict[str, Any], LLMReport]:
    """Ask the LLM to propose values for ``keys`` (unknown or flagged by the rules) of a ``kind`` request.

    Returns (params with the accepted proposals applied, report). Never raises for an LLM failure: the report's
    ``error`` / ``error_kind`` say what went wrong and the params are unchanged. ``SecretDetected`` is raised."""
    fields = spec_class(kind).model_fields
    params = dict(current or {})
    report = LLMReport(model=client.model, asked=[k for k in keys if k in fields])
    if not report.asked:
        return params, report
    messages = [
        {"role": "system", "content": _SYSTEM},
        {"role": "user", "content": f"Contract kind: {kind}\nParameters: {', '.join(report.asked)}\nRequest: {text}"},
    ]
    try:
        _, red = redact_messages(messages)
        report.redacted = red.counts
        data = client.complete_json(messages, proposal_schema(report.asked))
    except LLMError as exc:
        report.error, report.error_kind = exc.message, exc.kind
        return params, report
    report.used = True
    for item in data["proposals"]:
        p = Proposal(item["key"], item["value"], item["span"])
        report.proposed.append(p)
    for p in report.proposed:
        value, reason = ground(p, text)
        if reason is None and any(a.key == p.key for a in report.accepted):
            reason = "a second proposal for the same key"
        if reason is None:
            trial = {**params, p.key: value}
            try:
                build_spec(kind, trial, allow_high_rate=allow_high_rate)
            except SpecError as exc:
                reason = f"the spec rejects it: {exc.message}"
        if reason is not None:
            report.rejected.append((p, reason))
            continue
        params[p.key] = value
        report.accepted.append(Proposal(p.key, value, p.span))
    return params, report


def fill_params(
    client: LLMClient,
    kind: str,
    text: str,
    params: dict[str, Any],
    scan: Any,
    *,
    allow_high_rate: bool = False,
    flagged: list[str] | None = None,
    report_out: list[LLMReport] | None = None,
) -> tuple[dict[str, Any], list[str], list[str]]:
    """The parser's entry point: propose values for params still unknown plus those in ``flagged``.

    Returns (params, names filled by the LLM, notes); the full ``LLMReport`` is appended to ``report_out`` when
    given. LLM failures never break parsing: they become a note and the report's ``error``."""
    del scan  # grounding now uses each proposal's own span
    fields = spec_class(kind).model_fields
    wanted = [k for k in fields if k not in params or params.get(k) is None] + [
        k for k in (flagged or []) if k in fields and k in params and params.get(k) is not None
    ]
    if not wanted:
        return params, [], []
    base = {k: v for k, v in params.items() if k not in (flagged or [])}
    merged, report = propose(client, kind, text, wanted, base, allow_high_rate=allow_high_rate)
    if report_out is not None:
        report_out.append(report)
    notes: list[str] = []
    if report.error:
        notes.append(f"LLM not used ({report.error_kind}): {report.error}")
        return params, [], notes
    for k, v in params.items():
        merged.setdefault(k, v)
    for p, reason in report.rejected:
        notes.append(f"LLM value {p.key}={p.value!r} rejected: {reason}")
    filled = [p.key for p in report.accepted]
    if filled:
        notes.append(f"proposed by LLM and grounded in the text: {', '.join(filled)}")
    return merged, filled, notes
