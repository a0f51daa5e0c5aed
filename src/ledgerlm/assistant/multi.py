"""Several requests in one message ("send 1 ETH to bob and then buy 2 ETH" / "给 bob 转 1 ETH，再买 2 个 ETH").

They are split at explicit joints (";", "then", "and", "also", "然后", "再", "并且", "另外", "，", a new line), but only
when every part is itself a request with an amount and a token (or a confident question about a named token, such
as its price, beside at least one such request) -- "swap 100 USDC for ETH" or "send 1 ETH to bob and
alice" stay whole (the latter then asks which recipient). A part without its own verb ("2 USDC to alice") borrows
the verb of the part before it. The assistant lists the parts back and handles them one at a time.
"""

from __future__ import annotations

import re

_JOINT = re.compile(
    r"\s*(?:;|；|\n+|。(?=.)|,?\s*\band then\b|,?\s*\bthen\b|,?\s*\band also\b|,?\s*\bafter that\b|"
    r",?\s*\bplus\b|,\s*and\b|,(?=\s)|\band\b|\balso\b|然后|接着|并且|另外|同时|顺便|顺带|还有|，\s*再|，|、再|再)\s*",
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
    return bool(numbers) and bool(find_tokens(part, unknown_tickers=False, colloquial=True))


#: Questions that may stand beside an order in one message ("sell 1 SOL, also what's the ETH price").
_SIDE_QUESTIONS = frozenset({"price", "balance", "risk", "hold"})
#: how sure the head must be that a part after an explicit joint is such a question ("另外帮我看看 ETH 多少钱": 0.61)
_SIDE_QUESTION_CONFIDENCE = 0.6


def _is_side_question(part: str) -> bool:
    """A question about a named token, read with confidence: listed back and answered in turn, never dropped."""
    from ledgerlm.assistant.intents import understand
    from ledgerlm.language.tokens import find_tokens

    if len(part.split()) < 2 and len(part) < 4:
        return False
    try:
        u = understand(part)
    except Exception:  # noqa: BLE001 - an unreadable part is not split off
        return False
    return (
        u.intent in _SIDE_QUESTIONS
        and u.confidence >= _SIDE_QUESTION_CONFIDENCE
        and bool(find_tokens(part, unknown_tickers=False, colloquial=True))
    )


def _inherit_tokens(parts: list[str]) -> list[str]:
    """A part with an amount but no token ("然后给小明转100个", "pay carol 20") takes the one token named in the
    part before it (or, when it names several, the one written with its amount: "withdraw my 50 usdc from aave"),
    written out so that the part, listed back, says what it will do. A part with a token of its own keeps it."""
    from ledgerlm.language.numbers import find_numbers
    from ledgerlm.language.slots import amount_tokens
    from ledgerlm.language.tokens import find_tokens

    out: list[str] = []
    for part in parts:
        try:
            has_amount = any(not n.percent for n in find_numbers(part))
            own = find_tokens(part, unknown_tickers=False, colloquial=True)
            before: list[str] = []
            if out:
                before = list(
                    dict.fromkeys(t.symbol for t in find_tokens(out[-1], unknown_tickers=False, colloquial=True))
                )
                if len(before) > 1:
                    before = amount_tokens(out[-1])
        except Exception:  # noqa: BLE001 - an unreadable part is left as it is
            has_amount, own, before = False, [], []
        if has_amount and not own and len(before) == 1:
            part = f"{part} {before[0]}"
        elif not has_amount and not own and out and _ONWARD.match(part):
            part = _with_previous_amount(part, out[-1])
        out.append(part)
    return out


#: "withdraw 300 usdc, then send it to 小陈" / "然后转给小陈": passing on what the request before produced
_ONWARD = re.compile(
    r"^(?:转给|转账给|发给|打给|汇给|send\s+(?:it|them|that|those)\s+to\b|forward\s+(?:it|them)\s+to\b|"
    r"pay\s+(?:it|them)\s+to\b)",
    re.IGNORECASE,
)


def _with_previous_amount(part: str, previous: str) -> str:
    """The amount and token of ``previous`` written into ``part`` when it names exactly one of each (the plan then
    shows them, and the user confirms or cancels); otherwise ``part`` as it is, and the assistant asks."""
    from ledgerlm.language.slots import extract_slots

    try:
        slots = extract_slots(previous, "deposit")
    except Exception:  # noqa: BLE001 - nothing to pass on
        return part
    amount, token = slots.get("amount"), slots.get("token")
    if amount is None or token is None or amount == "all":
        return part
    return f"{part} {amount} {token}"


def split_requests(text: str) -> list[str]:
    """The requests in ``text``; a single-element list when it is one request (or cannot be split safely)."""
    if not isinstance(text, str) or len(text) > 2000:
        return [text]
    parts = [p.strip(" ,.，。") for p in _JOINT.split(text)]
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return [text]
    parts = _inherit_tokens(parts)
    orders = [_is_request(p) for p in parts]
    if not any(orders) or not all(o or _is_side_question(p) for o, p in zip(orders, parts, strict=True)):
        return [text]
    from ledgerlm.assistant.intents import spec, understand

    money = spec.money_intents()
    out: list[str] = []
    for part, order in zip(parts, orders, strict=True):
        if out and order and understand(part).classified not in money:
            head = _VERB_HEAD.match(out[-1])
            if head and head.group(1).strip():
                part = head.group(1) + part
        out.append(part)
    return out
