"""The name word lists now live in ``ledgerlm.ner.lexicon`` (shared by the name tagger); re-exported here."""

from __future__ import annotations

from ledgerlm.ner.lexicon import (
    EN_FIRST_NAMES,
    EN_NOT_NAMES,
    EN_SURNAMES,
    ZH_COMPOUND_SURNAMES,
    ZH_GIVEN_CHARS,
    ZH_NOT_NAMES,
    ZH_SURNAMES,
)

__all__ = [
    "EN_FIRST_NAMES",
    "EN_NOT_NAMES",
    "EN_SURNAMES",
    "ZH_COMPOUND_SURNAMES",
    "ZH_GIVEN_CHARS",
    "ZH_NOT_NAMES",
    "ZH_SURNAMES",
]
