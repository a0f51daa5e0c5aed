"""The bilingual (Chinese/English) language layer: numbers, durations, dates, tokens, addresses, parties, language
detection, the shared scan with evidence, assistant slot extraction (``extract_slots``) and the LLM client.

Deterministic rules read every number (money must be exact). Contract-request parsing, which combines this layer
with the kind registry, lives above it in ``ledgerlm.contracts.request`` (``ledgerlm.parse`` is its shortcut).
"""

from __future__ import annotations

from typing import Any

from ledgerlm.language.lang import detect_lang

__all__ = ["detect_lang", "extract_slots"]


def extract_slots(text: str, intent: str) -> dict[str, Any]:
    """Assistant slots (token, amount, recipient, counter_token) for ``intent``. See ``ledgerlm.language.slots``."""
    from ledgerlm.language.slots import extract_slots as _extract

    return _extract(text, intent)
