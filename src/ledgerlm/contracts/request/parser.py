"""``parse(text)``: a plain-language contract request (Chinese or English) -> kind, canonical params, missing.

Pipeline: detect the language; choose the kind (embeddings + keywords, with a confidence; below the threshold
``AmbiguousRequest`` lists the likely kinds so the caller asks instead of guessing); extract params by rules;
optionally let an LLM fill params the rules left null (every number it returns must come from the text); validate
with the kind's spec model, which raises ``SpecError`` naming the field and the rule for impossible values.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from ledgerlm.config import load_config
from ledgerlm.contracts.kinds import descriptor, kind_names
from ledgerlm.contracts.request.classify import classify_kind
from ledgerlm.contracts.request.extract import extract_params
from ledgerlm.contracts.spec import build_spec, spec_class
from ledgerlm.errors import AmbiguousRequest, InputError, LedgerError
from ledgerlm.language.lang import detect_lang

__all__ = ["ParseResult", "confidence_threshold", "parse"]


class ParseResult(BaseModel):
    """The typed result of ``parse``. ``params`` holds every param of the kind (``None`` = not stated)."""

    kind: str
    params: dict[str, Any]
    missing: list[str]
    lang: Literal["zh", "en"]
    confidence: float
    kind_scores: dict[str, float] = Field(default_factory=dict)
    notes: list[str] = Field(default_factory=list)
    #: params the LLM supplied (empty without an LLM)
    llm_filled: list[str] = Field(default_factory=list)
    #: param -> where its value came from (``Evidence``: the user's words, or default / inferred with the rule)
    evidence: dict[str, Any] = Field(default_factory=dict)
    #: what the parser could not settle (``Question``): unaccounted phrases and phrases read twice
    questions: list[Any] = Field(default_factory=list)
    #: phrases deliberately not read, with the reason (``Ignored``: ERC-20, v2, Q1)
    ignored: list[Any] = Field(default_factory=list)
    #: the reference date calendar deadlines count from (ISO), when one was given or used
    today: str | None = None
    #: what the LLM was asked, proposed, which proposals were accepted and why the others were rejected (or its
    #: error); None when no LLM is configured
    llm: dict[str, Any] | None = None

    def summary(self) -> dict[str, Any]:
        """The stable CLI JSON schema: kind, params, missing, lang, confidence, evidence (param -> {source, rule,
        spans: [{start, end, words}]}), questions ([{text, words, start, end, fields, reason}]), ignored."""
        return {
            "kind": self.kind,
            "params": self.params,
            "missing": self.missing,
            "lang": self.lang,
            "confidence": self.confidence,
            "evidence": {k: v.to_dict() for k, v in self.evidence.items()},
            "questions": [q.to_dict() for q in self.questions],
            "ignored": [i.to_dict() for i in self.ignored],
            "today": self.today,
            "llm": self.llm,
        }


def confidence_threshold(cfg: dict[str, Any] | None = None) -> float:
    raw = (cfg if cfg is not None else load_config()).get("contracts", {}).get("kind_confidence_threshold", 0.5)
    try:
        return float(raw)
    except (TypeError, ValueError):
        return 0.5


def _ambiguous(text: str, scores: dict[str, float], lang: str, likely: tuple[str, ...] = ()) -> AmbiguousRequest:
    """The "which kind?" question, listing up to three kinds the classifier finds at all likely (its own options
    and any kind scoring 2% or more); when "not a contract" takes nearly all the probability, every kind is listed
    rather than one picked by noise."""
    kinds = kind_names()
    ranked = sorted(kinds, key=lambda k: -scores.get(k, 0.0))
    options = [k for k in ranked if scores.get(k, 0.0) >= (0.01 if k in likely else 0.02)][:3]
    if not options:
        options = list(kinds)
    if lang == "zh":
        listed = "、".join(f"{k}（{descriptor(k).name('zh')}）" for k in options)
        return AmbiguousRequest(
            f"无法确定要创建哪种合约：{text!r}。可能是：{listed}",
            options,
            hint="请说明合约类型，或使用 --kind KIND 指定",
        )
    return AmbiguousRequest(
        f"could not tell which kind of contract {text!r} asks for; it may be: {', '.join(options)}",
        options,
        hint="say which kind you mean, or pass --kind KIND",
    )


def parse(
    text: str,
    *,
    allow_high_rate: bool = False,
    llm: Any = None,
    kind: str | None = None,
    threshold: float | None = None,
    embeddings: bool = True,
    today: Any = None,
) -> ParseResult:
    """Parse a contract request. ``kind`` forces the kind (skips classification); ``llm`` is an ``LLMClient``
    (default: the configured one when ``llm.url`` is set, else none); ``threshold`` overrides the config;
    ``embeddings=False`` classifies by keywords only (the benchmark's baseline)."""
    if not isinstance(text, str) or not text.strip():
        raise InputError("the request is empty", hint="describe the contract, e.g. 'loan 1000 USDC for 6 months at 5%'")
    # terminal escape sequences and control characters are never part of a request: drop them before reading, so
    # neither a value nor a name (and nothing echoed later) carries them; evidence offsets refer to this text
    from ledgerlm.inert import strip_controls

    text = strip_controls(text).strip()
    if not text:
        raise InputError("the request is empty", hint="describe the contract, e.g. 'loan 1000 USDC for 6 months at 5%'")
    # a pasted table or CSV block is read as the settings list it stands for ("| 本金 | 一万五 USDT |" is
    # "本金: 一万五 USDT"); what is found is pointed back at the user's own words at the end
    # Chinese dictated with spaces between words ("借 给 阿 强 两千五 USDC") is read as the unspaced Chinese it is;
    # both rewritings keep one map back to the user's text
    from ledgerlm.language.extract import restructure
    from ledgerlm.language.spaced import compose, despace

    written = text
    spaced = despace(text)
    if spaced is not None:
        text = spaced.text
    shaped = compose(spaced, restructure(text))
    if shaped is not None:
        text = shaped.text
    lang = detect_lang(text)
    cfg = load_config()  # read once per parse: it is not free
    if kind is not None:
        spec_class(kind)  # raises SpecError for an unknown kind
        chosen, confidence, scores = kind, 1.0, {kind: 1.0}
    else:
        ks = classify_kind(text, use_embeddings=embeddings)
        limit = confidence_threshold(cfg) if threshold is None else threshold
        if ks.confidence < limit and spaced is not None:
            # the classifier learnt from typed text, spaces included: the words as dictated may settle the kind
            as_said = classify_kind(written, use_embeddings=embeddings)
            if as_said.confidence > ks.confidence:
                ks = as_said
        if ks.confidence < limit:
            raise _ambiguous(written, ks.scores, lang, ks.options)
        chosen, confidence, scores = ks.kind, ks.confidence, ks.scores
    ref = _reference_date(today)
    params, notes, scan = extract_params(chosen, text, ref)
    filled: list[str] = []
    client = llm if llm is not None else _configured_llm(cfg)
    llm_report: dict[str, Any] | None = None
    if client is not None:
        from ledgerlm.contracts.request.llm import fill_params

        # the LLM may propose values the rules left out AND those the accounting flags (unread or doubly read
        # words): it can correct a wrong reading, but each proposal must be grounded in a span of the text
        try:
            first = build_spec(chosen, params, allow_high_rate=allow_high_rate).params()
            _, pre_questions, _ = _ground(chosen, scan, params, first, [], lang)
            flagged = sorted({f for q in pre_questions for f in q.fields if params.get(f) is not None})
        except LedgerError:
            flagged = []
        reports: list[Any] = []
        params, filled, llm_notes = fill_params(
            client, chosen, text, params, scan, allow_high_rate=allow_high_rate, flagged=flagged, report_out=reports
        )
        notes.extend(llm_notes)
        if reports:
            llm_report = reports[0].to_dict()
            for p in reports[0].accepted:
                at = text.find(p.span) if p.span else -1
                if at >= 0:
                    scan.cite(p.key, at, at + len(p.span), "proposed by the LLM, grounded in these words")
    spec = build_spec(chosen, params, allow_high_rate=allow_high_rate)
    full = spec.params()
    required = spec.missing()
    unstated = [k for k, v in full.items() if v is None and k not in required]
    evidence, questions, ignored = _ground(chosen, scan, params, full, filled, lang)
    if shaped is not None:
        evidence, questions, ignored = _point_back(shaped, written, evidence, questions, ignored)
    return ParseResult(
        kind=chosen,
        params=full,
        missing=required + unstated,
        lang=lang,
        confidence=round(float(confidence), 4),
        kind_scores=scores,
        notes=notes,
        llm_filled=filled,
        evidence=evidence,
        questions=questions,
        ignored=ignored,
        llm=llm_report,
        today=ref.isoformat(),
    )


def _point_back(
    shaped: Any, written: str, evidence: dict[str, Any], questions: list[Any], ignored: list[Any]
) -> tuple[dict[str, Any], list[Any], list[Any]]:
    """Evidence, questions and ignored phrases found in the rewritten table, with the spans and words of the text
    as the user wrote it (``ledgerlm.language.extract.restructure``)."""
    from dataclasses import replace

    from ledgerlm.language.evidence import Span

    def back(start: int, end: int) -> tuple[int, int, str]:
        a, b = shaped.span(start, end)
        return a, b, written[a:b]

    out_ev = {}
    for name, ev in evidence.items():
        spans = tuple(Span(*back(sp.start, sp.end)) for sp in ev.spans)
        out_ev[name] = replace(ev, spans=spans)
    out_q = []
    for q in questions:
        a, b, words = back(q.start, q.end)
        out_q.append(replace(q, start=a, end=b, words=words))
    out_i = []
    for ig in ignored:
        a, b, words = back(ig.start, ig.end)
        out_i.append(replace(ig, start=a, end=b, words=words))
    return out_ev, out_q, out_i


def _reference_date(today: Any) -> date:
    """The date calendar deadlines count from: the one given (``date`` or ISO text), else today's UTC date; the
    result records it, so the same request with the same ``today`` parses the same way on any day."""
    if today is None:
        return datetime.now(UTC).date()
    if isinstance(today, datetime):
        return today.date()
    if isinstance(today, date):
        return today
    try:
        return date.fromisoformat(str(today))
    except ValueError:
        raise InputError(f"reference date {today!r} is not YYYY-MM-DD", hint="e.g. --today 2026-12-01") from None


_FIELD_TYPES: dict[tuple[str, int], dict[str, str]] = {}


def _field_types(kind: str) -> dict[str, str]:
    """param -> "party" | "number" | "flag" | "text", for the questions the accounting asks (cached per spec)."""
    key = (kind, id(spec_class(kind)))
    if key not in _FIELD_TYPES:
        _FIELD_TYPES[key] = _compute_field_types(kind)
    return _FIELD_TYPES[key]


def _compute_field_types(kind: str) -> dict[str, str]:
    desc = descriptor(kind)
    out: dict[str, str] = {}
    for name, f in spec_class(kind).model_fields.items():
        ann = str(f.annotation)
        if name in desc.roles or name in desc.party_lists:
            out[name] = "party"
        elif "bool" in ann:
            out[name] = "flag"
        elif "Decimal" in ann or "int" in ann:
            out[name] = "number"
        else:
            out[name] = "text"
    return out


def _ground(
    kind: str, scan: Any, params: dict[str, Any], full: dict[str, Any], filled: list[str], lang: str
) -> tuple[dict[str, Any], list[Any], list[Any]]:
    """Evidence for every value and the accounting of every phrase (``ledgerlm.language.evidence``)."""
    from ledgerlm.language.evidence import Evidence, account, collect_evidence

    defaults = {name: f.default for name, f in spec_class(kind).model_fields.items()}
    evidence = collect_evidence(scan, params, full, defaults)
    for name in filled:
        evidence[name] = Evidence(
            "llm", "proposed by the LLM and checked against the text", evidence[name].spans if name in evidence else ()
        )
    desc = descriptor(kind)
    roles = tuple(desc.roles) + tuple(p for p in desc.party_lists if p not in desc.roles)
    questions, ignored = account(scan, evidence, lang=lang, kind_fields=_field_types(kind), roles=roles)
    return evidence, questions, ignored


def _configured_llm(cfg: dict[str, Any]) -> Any:
    if not str(cfg.get("llm", {}).get("url") or "").strip():
        return None  # no endpoint configured: the HTTP client is not even imported
    from ledgerlm.language.llm import LLMClient

    return LLMClient.from_config()
