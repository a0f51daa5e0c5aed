"""Person and organisation names for redaction: the shared tagger ``ledgerlm.ner`` decides.

The hand-written rules that used to live here (surname + given-name shapes, capitalised runs, cue words) moved to
``ledgerlm.ner.rules``, where they are features of the learned scorer rather than final answers: on text nobody
had tuned them on they caught 2 names in 3 and flagged tokens, months and products ("Rose Gold", "Grace period").
The cue-word patterns in ``detectors`` ("我叫…", "my name is…", "Mr. …") still run beside the tagger.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ledgerlm.ner.rules import _TITLES, chinese_names, latin_names

Found = tuple[int, int]
_ZH_TITLE_TAIL = re.compile(r"(?:" + _TITLES + r")$")

__all__ = ["chinese_names", "latin_names", "tagged_names"]


def tagged_names(text: str) -> Iterator[Found]:
    """Names the shared tagger finds (persons and organisations). A Chinese title stays outside the span
    ("王先生" -> "[NAME_1]先生"): the title is not personal data and keeps the sentence readable; familiar forms
    (老周, 小王) stay whole, since the prefix alone would leave the surname bare, and so do nicknames (胖哥: 胖 is no
    surname)."""
    from ledgerlm.ner import find_names
    from ledgerlm.ner.lexicon import ZH_SURNAMES

    for span in find_names(text):
        start, end = span.start, span.end
        # 胖哥 stays whole: 胖 is no surname, so the title is part of the nickname
        if span.label == "person" and span.text[0] in ZH_SURNAMES and span.text[0] not in "老小阿":
            m = _ZH_TITLE_TAIL.search(span.text)
            if m and m.start() > 0:
                end = start + m.start()
        yield start, end
