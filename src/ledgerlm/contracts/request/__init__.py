"""Contract requests: plain language -> kind, params with evidence, questions (``parse``).

This is orchestration: it combines the language layer's scan (numbers, durations, dates, parties, evidence) with
the kind registry (each kind's cues, extractor and spec in ``ledgerlm.contracts.kinds``). Modules: ``parser``
(``parse`` and ``ParseResult``), ``classify`` (which kind: embeddings + keyword cues), ``extract`` (the kind's
params), ``llm`` (optional grounded LLM proposals), ``evaluation`` (the ``judge`` rule of the held-out sets).
Importing this package is cheap: ``parse`` loads its modules on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ledgerlm.contracts.request.parser import ParseResult

__all__ = ["ParseResult", "parse"]


def parse(text: str, **kwargs: Any) -> ParseResult:
    """Text -> ``ParseResult`` (kind, params, missing, lang, confidence, evidence). See ``parser.parse``."""
    from ledgerlm.contracts.request.parser import parse as _parse

    return _parse(text, **kwargs)


def __getattr__(name: str) -> Any:
    if name == "ParseResult":
        from ledgerlm.contracts.request.parser import ParseResult

        return ParseResult
    raise AttributeError(name)
