"""The assistant's words: ``say(id, lang, **values)`` over its message catalogue (``assistant/messages.py``) and
``verb(intent, lang)`` from the intent registry. Facts are filled in; wording never changes facts."""

from __future__ import annotations

from typing import Any

from ledgerlm.assistant.messages import CATALOGUE


def say(key: str, lang: str, **values: Any) -> str:
    """The message ``key`` in ``lang`` (values made inert by the catalogue)."""
    return CATALOGUE.say(key, lang, **values)


def verb(intent: str, lang: str) -> str:
    """How the intent is named in a question ("How much ETH should I *send*?"): its registry display name."""
    from ledgerlm.assistant.intents import spec

    found = spec.all_specs().get(intent)
    return found.word(lang) if found is not None else intent
