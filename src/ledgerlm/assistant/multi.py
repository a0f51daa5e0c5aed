"""Several requests in one message ("send 1 ETH to bob and then buy 2 ETH" / "给 bob 转 1 ETH，再买 2 个 ETH").

They are split at explicit joints (";", "then", "and", "also", "然后", "再", "并且", "另外", "，", a new line), but only
when every part is itself a request with an amount and a token -- "swap 100 USDC for ETH" or "send 1 ETH to bob and
alice" stay whole (the latter then asks which recipient). A part without its own verb ("2 USDC to alice") borrows
the verb of the part before it. The assistant lists the parts back and handles them one at a time.
"""

from __future__ import annotations

import re

_JOINT = re.compile(
    r"\s*(?:;|；|\n+|。(?=.)|,?\s*\band then\b|,?\s*\bthen\b|,?\s*\band also\b|,\s*and\b|\band\b|"
    r"\balso\b|然后|接着|并且|另外|同时|，\s*再|，|、再|再)\s*",
    re.IGNORECASE,
)
_VERB_HEAD = re.compile(r"^(.*?)(?=\d|[一二两三四五六七八九十百千万半])", re.S)


def _is_request(part: str) -> bool:
    from ledgerlm.language.numbers import find_numbers
    from ledgerlm.language.tokens import find_tokens

    try:
        numbers = [n for n in find_numbers(part) if not n.percent]
    except Exception:  # noqa: BLE001 - an unreadable part is not split off
        return False
    return bool(numbers) and bool(find_tokens(part, unknown_tickers=False))


def split_requests(text: str) -> list[str]:
    """The requests in ``text``; a single-element list when it is one request (or cannot be split safely)."""
    if not isinstance(text, str) or len(text) > 2000:
        return [text]
    parts = [p.strip(" ,.，。") for p in _JOINT.split(text)]
    parts = [p for p in parts if p]
    if len(parts) < 2 or not all(_is_request(p) for p in parts):
        return [text]
    from ledgerlm.assistant.intents import understand
    from ledgerlm.assistant.planner import MONEY_INTENTS

    out: list[str] = []
    for part in parts:
        if out and understand(part).intent not in MONEY_INTENTS:
            head = _VERB_HEAD.match(out[-1])
            if head and head.group(1).strip():
                part = head.group(1) + part
        out.append(part)
    return out
