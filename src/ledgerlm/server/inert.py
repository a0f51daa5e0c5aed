"""Text from users or chains is made inert before the server echoes it: no control characters.

HTML escaping happens where text meets markup: the page inserts every value with ``textContent``, never
``innerHTML``, so JSON carries the text as it is (minus C0/C1 controls, which have no business in a reply).
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def inert(text: str | None) -> str:
    return _CONTROL.sub("", text or "")
