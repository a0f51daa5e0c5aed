"""A keyword-rule intent classifier: the baseline the learned classifier is benchmarked against.

It is what one writes first (ordered cue lists, first match wins). The cues and their order come from the intent
registry (``IntentSpec.cues`` / ``cue_rank``), so a plug-in intent takes part without an edit here.
``bench/intents.py`` reports both on the same data in the same process, to show what the embedding head buys.
"""

from __future__ import annotations


def classify_keywords(text: str) -> str:
    from ledgerlm.assistant.intents import spec

    hit = spec.cue_match(text, list(spec.all_specs().values()))
    return hit.name if hit is not None else "other"
