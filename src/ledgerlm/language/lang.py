"""Language detection: Chinese and English are equal citizens, so every reply follows the user's language."""

from __future__ import annotations

import re
from typing import Literal

Lang = Literal["zh", "en"]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def detect_lang(text: str) -> Lang:
    """``"zh"`` when Chinese characters carry the sentence, else ``"en"``.

    A few Han characters inside English (a name like 小王) do not make it Chinese; token tickers and addresses
    inside Chinese do not make it English. Rule: zh when Han characters are at least half the Latin word count.
    """
    han = len(_HAN.findall(text))
    if han == 0:
        return "en"
    words = len(_LATIN_WORD.findall(re.sub(r"0x[0-9a-fA-F]+", " ", text)))
    return "zh" if han * 2 >= words else "en"


def has_han(text: str) -> bool:
    return _HAN.search(text) is not None
