"""Intent rules that read the sentence after the classifier: readings a label alone gets wrong in a way that
matters (an order where the user asked a question, or the other way round).

Why here and not in the head: each rule is a grammatical fact that holds for every token and both languages
("don't sell it" keeps the token; "put 1k usdt into arb" buys ARB, a pool is not named; "is pepe a rug?" asks
about risk), where the head, trained on examples, is unsure or confidently wrong on the next phrasing. Every
rule only moves between intents that the words support; none invents a slot value.
"""

from __future__ import annotations

import re

# "keep my sol, don't sell it", "别卖我的 ETH": a sell that is negated is a decision to hold
_NEGATED_SELL = re.compile(
    r"\b(?:don'?t|do not|never|not|won'?t|shouldn'?t i)\s+(?:\w+\s+)?(?:sell|dump|cash out)\b|"
    r"(?:别|不要|不想|先别|不打算|不)\s*(?:卖|抛|出掉|割)",
    re.IGNORECASE,
)
# where money goes when it is deposited rather than spent on a token
_POOL_WORDS = re.compile(
    r"\b(?:pool|vault|savings?|lending|aave|compound|protocol|farm|earn|yield|interest|stake|staking)\b|"
    r"池|理财|存|质押|生息|利息",
    re.IGNORECASE,
)
# "is pepe a rug?", "这个币 ARB 安全不", "is it safe to put my money in USDe?": a question about risk
_RISK_WORDS = re.compile(
    r"\brisk(?:y|s)?\b|\bsafe(?:ty)?\b|\brug(?:\s*pull)?\b|\bscam\b|\bponzi\b|\bliquidat\w*|\bvolatil\w*|"
    r"\bdepeg\w*|风险|安全|靠谱|跑路|归零|骗局|清算|爆仓|波动|脱钩",
    re.IGNORECASE,
)
# a definition or a how-to ("what is a rug pull", "how do I keep my ETH safe"): answered as information
_DEFINITION = re.compile(
    r"\bwhat(?:'s| is| are| does)\b|\bhow (?:do|can|should|would|to)\b|\bmean(?:s|ing)?\b|什么是|是什么|如何|怎么|怎样",
    re.IGNORECASE,
)
# a message that opens with a transfer verb ("wire 2500 usdt to Hart & Sons Ltd please")
_TRANSFER_OPENING = re.compile(
    r"^\W*(?:(?:please|pls|plz|kindly|can you|could you|yo|hey)\s+)*(?:send|wire|transfer|tip|remit)\b|"
    r"^\W*(?:请|麻烦|帮我)?\s*(?:转账给|转给|打给|汇给|发给)",
    re.IGNORECASE,
)


# "take my 20 sol out of the staking pool", "把 ETH 从池子里拿出来": money taken out, not put in
_OUT_OF = re.compile(
    r"\b(?:take|pull|get|move|cash|bring)\b(?:\s+\S+){0,5}?\s+out\s+(?:of|from)\b|\bout of (?:the|my) "
    r"(?:pool|vault|staking|savings|lending)|从.{0,12}?(?:拿出|取出|提出|撤出|拿回|取回)",
    re.IGNORECASE,
)


# "what's my eth worth", "我的 ETH 值多少钱": the worth of what the user holds
_MY_HOLDING_WORTH = re.compile(
    r"\b(?:my|our)\s+(?:\S+\s+){0,3}?(?:worth|value|valued)\b|我的.{0,10}?(?:值多少|价值多少|总价值|市值)",
    re.IGNORECASE,
)


def reconsider(intent: str, confidence: float, text: str) -> str:
    """The intent after the sentence-level rules (``intent`` itself when none applies)."""
    if intent == "sell" and _NEGATED_SELL.search(text):
        return "hold"
    if intent == "deposit" and _OUT_OF.search(text):
        return "withdraw"
    if intent == "price" and _MY_HOLDING_WORTH.search(text):
        return "balance"  # "what's my eth worth in dollars": the value of the user's own holding
    if intent in ("deposit", "transfer") and not _POOL_WORDS.search(text) and _spends_into_token(text):
        return "buy"
    if intent in ("buy", "sell", "deposit") and confidence < 0.75 and _TRANSFER_OPENING.search(text):
        from ledgerlm.language.slots import recipient_of, swap_direction

        if swap_direction(text) is None and recipient_of(text):
            return "transfer"
    risky = intent in ("info", "explain", "other", "price", "hold") and _RISK_WORDS.search(text)
    if risky and not _DEFINITION.search(text) and _names_token(text):
        return "risk"
    return intent


def _spends_into_token(text: str) -> bool:
    """Money in a stablecoin put into another token ("put 1k usdt into arb", "spend 750 usdc on link")."""
    from ledgerlm.language.slots import swap_direction
    from ledgerlm.language.tokens import is_stablecoin

    direction = swap_direction(text)
    return direction is not None and is_stablecoin(direction[0]) and not is_stablecoin(direction[1])


def _names_token(text: str) -> bool:
    from ledgerlm.language.tokens import find_tokens

    return any(t.known or t.text.isupper() for t in find_tokens(text, colloquial=True))
