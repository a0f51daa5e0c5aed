"""``parse(text)``: a plain-language contract request (Chinese or English) -> kind, canonical params, missing.

Pipeline: detect the language; choose the kind (embeddings + keywords, with a confidence; below the threshold
``AmbiguousRequest`` lists the likely kinds so the caller asks instead of guessing); extract params by rules;
optionally let an LLM fill params the rules left null (every number it returns must come from the text); validate
with the kind's spec model, which raises ``SpecError`` naming the field and the rule for impossible values.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from ledgerlm.config import load_config
from ledgerlm.contracts.kinds import descriptor, kind_names
from ledgerlm.contracts.spec import build_spec, spec_class
from ledgerlm.errors import AmbiguousRequest, InputError
from ledgerlm.language.extract import extract_params
from ledgerlm.language.kinds import classify_kind
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

    def summary(self) -> dict[str, Any]:
        """The stable CLI JSON schema."""
        return {"kind": self.kind, "params": self.params, "missing": self.missing, "lang": self.lang,
                "confidence": self.confidence}


def confidence_threshold() -> float:
    raw = load_config().get("contracts", {}).get("kind_confidence_threshold", 0.5)
    try:
        return float(raw)
    except (TypeError, ValueError):
        return 0.5


def _ambiguous(text: str, scores: dict[str, float], lang: str) -> AmbiguousRequest:
    kinds = kind_names()
    options = [k for k in sorted(kinds, key=lambda k: -scores.get(k, 0.0)) if scores.get(k, 0.0) >= 0.05][:3]
    if not options:
        options = list(kinds)
    if lang == "zh":
        listed = "、".join(f"{k}（{descriptor(k).name('zh')}）" for k in options)
        return AmbiguousRequest(f"无法确定要创建哪种合约：{text!r}。可能是：{listed}", options,
                                hint="请说明合约类型，或使用 --kind 指定 / pass --kind KIND")
    return AmbiguousRequest(f"could not tell which kind of contract {text!r} asks for; it may be: "
                            f"{', '.join(options)}", options, hint="say which kind you mean, or pass --kind KIND")


def parse(text: str, *, allow_high_rate: bool = False, llm: Any = None, kind: str | None = None,
          threshold: float | None = None, embeddings: bool = True) -> ParseResult:
    """Parse a contract request. ``kind`` forces the kind (skips classification); ``llm`` is an ``LLMClient``
    (default: the configured one when ``llm.url`` is set, else none); ``threshold`` overrides the config;
    ``embeddings=False`` classifies by keywords only (the benchmark's baseline)."""
    if not isinstance(text, str) or not text.strip():
        raise InputError("the request is empty", hint="describe the contract, e.g. 'loan 1000 USDC for 6 months at 5%'")
    text = text.strip()
    lang = detect_lang(text)
    if kind is not None:
        spec_class(kind)  # raises SpecError for an unknown kind
        chosen, confidence, scores = kind, 1.0, {kind: 1.0}
    else:
        ks = classify_kind(text, use_embeddings=embeddings)
        limit = confidence_threshold() if threshold is None else threshold
        if ks.confidence < limit:
            raise _ambiguous(text, ks.scores, lang)
        chosen, confidence, scores = ks.kind, ks.confidence, ks.scores
    params, notes, scan = extract_params(chosen, text)
    filled: list[str] = []
    client = llm if llm is not None else _configured_llm()
    if client is not None:
        from ledgerlm.language.llm import fill_params

        params, filled, llm_notes = fill_params(client, chosen, text, params, scan,
                                                allow_high_rate=allow_high_rate)
        notes.extend(llm_notes)
    spec = build_spec(chosen, params, allow_high_rate=allow_high_rate)
    full = spec.params()
    required = spec.missing()
    unstated = [k for k, v in full.items() if v is None and k not in required]
    return ParseResult(kind=chosen, params=full, missing=required + unstated, lang=lang,
                       confidence=round(float(confidence), 4), kind_scores=scores, notes=notes, llm_filled=filled)


def _configured_llm() -> Any:
    if not str(load_config().get("llm", {}).get("url") or "").strip():
        return None  # no endpoint configured: the HTTP client is not even imported
    from ledgerlm.language.llm import LLMClient

    return LLMClient.from_config()

