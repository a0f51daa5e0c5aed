"""Slot rules that belong to particular intents: the spent amount of a swap, the collateral of a loan, the
claim-or-question test of rewards. ``understand`` applies them to the slots of the intent it names (``refine``)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

_CLAIM = re.compile(r"\bclaim\b|\bcollect\b|\bharvest\b|\bwithdraw (?:my )?rewards?\b|领取|领|提取收益|收取", re.I)
_QUESTION = re.compile(r"\?|？|\bhow much\b|\bwhat\b|\bcan i\b|多少|吗|么", re.I)
_COLLATERAL = re.compile(
    r"(?:using|with|against|put(?:ting)?\s+up|post(?:ing)?|pledg(?:e|ing))\s+(?:my\s+|the\s+)?"
    r"(?:[\d.,]+\s*[kK]?\s+(?:of\s+(?:my\s+)?)?)?([A-Za-z][A-Za-z0-9.]{1,10})\s+"
    r"(?:as\s+)?collat(?:eral)?\b|collat(?:eral)?\s*(?:[:=]|\bis\b|\bwill\s+be\b)?\s*(?:my\s+|the\s+)?"
    r"([A-Za-z][A-Za-z0-9.]{1,10})|"
    # "borrow a grand in usdc using my sol", "pledging my link", "secured by my btc": the user's own token behind it
    r"(?:using|with|w/|pledg(?:e|ing)|secured\s+by|collateralized\s+by)\s+(?:my|the)\s+"
    r"(?:[\d.,]+\s*[kK]?\s+(?:of\s+(?:my\s+)?)?)?([A-Za-z][A-Za-z0-9.]{1,10})\b|"
    r"(?:用|拿|以)(?:我的)?\s*(?:[\d.,]+\s*(?:个|枚)?\s*)?([A-Za-z][A-Za-z0-9.]{1,10}|[\u4e00-\u9fff]{1,4}?)\s*"
    r"(?:作为|作|做|当)?\s*(?:抵押|押着|押上|押)|"
    # "抵押 ETH 借 1000 USDT", "against my ETH", "backed by my WBTC", "ETH 做抵押"
    r"(?:抵押|质押|(?<![抵质])押(?!金))\s*(?:我的)?\s*(?:[\d.,]+\s*(?:个|枚)?\s*)?([A-Za-z][A-Za-z0-9.]{1,10})|"
    r"(?:against|backed\s+by)\s+(?:my\s+|the\s+)?"
    r"(?:[\d.,]+\s*[kK]?\s*(?:of\s+(?:my\s+)?)?)?([A-Za-z][A-Za-z0-9.]{1,10})\b|"
    r"([A-Za-z][A-Za-z0-9.]{1,10})\s*(?:作为|作|做|当)抵押|"
    # "my sol is the collateral", "ETH as collateral", "WBTC 是抵押物"
    r"(?:my\s+|the\s+)?([A-Za-z][A-Za-z0-9.]{1,10})\s+(?:is|as|will\s+be|would\s+be)\s+(?:the\s+|my\s+)?collateral|"
    r"([A-Za-z][A-Za-z0-9.]{1,10})\s*(?:是|为)\s*抵押|"
    # "抵押物是 BTC", "抵押品用 ETH", "collateral: WBTC" written the other way round
    r"抵押(?:物|品)\s*(?:是|为|用|[:：=])\s*(?:我的)?\s*([A-Za-z][A-Za-z0-9.]{1,10})",
    re.IGNORECASE,
)


def is_claim(text: str) -> bool:
    """ "claim my rewards" is an order; "what rewards have I earned?" is a question answered with the figures."""
    return bool(_CLAIM.search(text)) and not _QUESTION.search(text)


def amount_of(text: str, symbol: str) -> Decimal | None:
    """The number written right before ``symbol`` ("swap 100 USDC for ETH" -> 100 for USDC)."""
    from ledgerlm.language.numbers import find_numbers
    from ledgerlm.language.slots import share_of
    from ledgerlm.language.tokens import find_tokens

    for tok in find_tokens(text, colloquial=True):
        if tok.symbol != symbol:
            continue
        for n in find_numbers(text):
            if share_of(text, n):
                continue  # "use half of 1000 usdc to buy eth": 1000 is not what is spent
            gap = text[n.end : tok.start]  # "两万块钱的USDT": a sum in money words, then the token it is in
            if not n.percent and n.end <= tok.start and re.fullmatch(r"\s*(?:个|枚|块钱?的?|元的?|刀的?)?\s*", gap):
                return n.value
            if (
                not n.percent
                and tok.text.startswith("$")
                and n.start >= tok.end
                and not text[tok.end : n.start].strip()
            ):
                return n.value  # "buy $200 of eth": the sum after its dollar sign
    return None


def swap_spend(text: str, slots: dict[str, Any]) -> dict[str, Any]:
    """ "use 500 USDC to buy UNI": no amount of UNI, but 500 of the counter token is what the user spends."""
    if "amount" not in slots and slots.get("counter_token"):
        counter_amount = amount_of(text, str(slots["counter_token"]))
        if counter_amount is not None:
            return {**slots, "counter_amount": counter_amount}
    if "amount" not in slots and "counter_amount" not in slots and slots.get("token"):
        from ledgerlm.language.slots import money_sum
        from ledgerlm.language.tokens import is_stablecoin

        spent = None if is_stablecoin(str(slots["token"])) else money_sum(text)
        if spent is not None:
            return {**slots, "counter_amount": spent}  # "买一千块钱的 DOGE": 1000 spent, the currency asked
    return slots


def collateral(text: str, slots: dict[str, Any]) -> dict[str, Any]:
    """ "borrow 2,000 DAI using my WETH as collateral" / "用我的 WETH 作抵押借 2000 个 DAI": keep the collateral, and
    make sure the borrowed token and amount are the other token's (the slot parser may take the collateral)."""
    m = _COLLATERAL.search(text)
    if not m:
        return slots
    from ledgerlm.language.tokens import find_tokens

    raw = next(g for g in m.groups() if g)
    found = [t for t in find_tokens(text, colloquial=True) if t.start >= m.start() and t.end <= m.end()]
    if found:
        wanted = found[0].symbol
    elif raw.isascii() and raw.isalpha() and raw.isupper():
        wanted = raw  # a ticker the token list does not know, written as a ticker
    else:
        return slots  # "collateral is ..." without a token: nothing is read rather than a wrong word
    out = {**slots, "collateral": wanted}
    if str(out.get("token") or "").upper() == wanted:
        others = [t.symbol for t in find_tokens(text, colloquial=True) if t.symbol != wanted]
        if not others:  # "borrow against my 5 eth": what to borrow, and how much, is asked
            out.pop("token", None)
            out.pop("amount", None)
        if others:
            out["token"] = others[0]
            amount = amount_of(text, others[0])
            if amount is not None:
                out["amount"] = amount
            else:
                out.pop("amount", None)
    return out
