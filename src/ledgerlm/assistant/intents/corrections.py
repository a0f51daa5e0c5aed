"""A withdrawn order: "算了不买了，帮我看看 SOL 多少钱就行", "nvm don't buy anything, what's btc at".

Why: the user first names an order and then takes it back in the same message; what they still want is the rest
of the message. Read whole, the sentence keeps the withdrawn order's verb ("买", "buy") and the head calls it a buy
(or a risk question), so an order the user cancelled would be planned. The rule reads the message after the
withdrawal clause; when nothing follows it, the message is read as written (the assistant then asks).

The amounts of a self-correction ("买一个 ETH……那就半个吧", "stake 5 eth, scratch that, stake 3") are the slot
parser's (``ledgerlm.language.slots``: the number after the last correction marker counts, its own markers joined
with the shared grammar of ``ledgerlm.language.corrections``). A withdrawal moves the intent, not a value, so the
rule lives here, beside the intents.
"""

from __future__ import annotations

import re

__all__ = ["ORDER_VERB", "after_withdrawal", "only_negated", "withdrawn_later"]

_ORDER_VERBS_EN = (
    r"(?:buy|sell|send|swap|trade|stake|transfer|borrow|repay|withdraw|deposit|do\s+(?:it|that|the\s+\w+))"
)
_ORDER_VERBS_ZH = r"(?:买|卖|转|换|借|还|存|取|提|质押|抛|下单|操作)"
#: the orders whose negation declines them (a negated sell is a decision to hold, read by ``reading``)
_DECLINED_EN = r"(?:buy|send|swap|stake|transfer|borrow|repay|withdraw|deposit|pay|get)"
#: the clause that takes an order back, at the start of the message, followed by a separator and the rest
_WITHDRAWN = re.compile(
    r"^\W*(?:(?:nah|no|nope|ok|okay|hmm+|actually|wait|oh|um+|uh+|嗯|呃)[\s,.!…，。！]+)*(?:"
    # 算了不买了 / 算了，先不卖 / 先别卖了 / 不买了 / 买的事算了 / 不要买了
    r"(?:算了|罢了|那算了)?\s*[，,]?\s*(?:先|还是)?(?:不|别|不要|不想)\s*" + _ORDER_VERBS_ZH + r"[了啦]?"
    r"|算了|罢了|取消(?:吧|了)?"
    # nvm / never mind / forget it / scratch that / cancel that, don't buy anything
    r"|(?:nvm|never\s*mind|forget\s+(?:it|that|the\s+\w+)|scratch\s+that|cancel\s+(?:that|it|the\s+\w+))"
    r"(?:\s*[,.;!]*\s*(?:i\s+)?(?:don'?t|do\s+not|dont|won'?t)\s+"
    + _ORDER_VERBS_EN
    + r"(?:\s+anything|\s+it|\s+that)?)?"
    r"|(?:don'?t|do\s+not|dont)\s+" + _ORDER_VERBS_EN + r"\s+(?:anything|it|that)(?:\s+after\s+all)?"
    # "no need to buy btc today, just show me its price", "i don't want to send it yet, what's my balance": a
    # declined order (never a sell, whose negation is a decision to hold) and then what is asked instead
    r"|(?:no\s+need\s+to\s+|(?:i\s+)?(?:don'?t|do\s+not|dont)\s+(?:want\s+to\s+|wanna\s+|need\s+to\s+)?)"
    + _DECLINED_EN
    + r"\b[^,，。.;；!！?？]{0,40}"
    r")\s*(?:[，,。.;；!！…]+|\s+(?=just\b|only\b|instead\b))\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)


#: an order the user meant to give and drops in the same breath ("i was gonna sell my sol but nah, ...", "本来想卖
#: ETH 的，算了，...")
_MEANT_THEN_DROPPED = re.compile(
    r"^\W*(?:i\s+)?(?:was\s+)?(?:gonna|going\s+to|about\s+to|wanted\s+to|planned\s+to|thought\s+(?:about|of))\s+"
    r"(?:\w+\s+){0,1}" + _ORDER_VERBS_EN + r"\b.{0,60}?\b(?:but\s+)?(?:nah|nope|never\s*mind|nvm|forget\s+it|"
    r"changed\s+my\s+mind|not\s+anymore)\b[\s,.;!…]*(?P<rest>\S.*)$"
    r"|^\W*(?:我)?(?:本来|原本|刚才|之前)(?:想|打算|准备|要)"
    + _ORDER_VERBS_ZH
    + r".{0,30}?(?:算了|不了|不"
    + _ORDER_VERBS_ZH
    + r"了)[，,。.;；!！…\s]*(?P<zh>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)


def after_withdrawal(text: str) -> str | None:
    """What is left of ``text`` once a clause that withdraws an order is taken off (an opening "算了不买了，", "nvm
    don't buy anything,", or "i was gonna sell my sol but nah,"), or None when there is no such clause (or
    nothing follows it)."""
    m = _WITHDRAWN.match(text)
    if m is not None:
        rest = m.group("rest").strip()
        # "no need to buy btc today, just show me its price": "its" is the declined order's token
        return _carry_token(text[: m.start("rest")], rest) if rest else None
    m = _MEANT_THEN_DROPPED.match(text)
    if m is None:
        return None
    rest = (m.group("rest") or m.group("zh") or "").strip()
    if not rest:
        return None
    return _carry_token(text[: len(text) - len(rest)], rest)


_POINTS_BACK = re.compile(r"\b(?:it|its|it's|that|them)\b|它|这个币", re.IGNORECASE)


def _carry_token(dropped: str, rest: str) -> str:
    """ "i was gonna sell my sol but nah, what's it worth now?": "it" in the rest is the one token of the dropped
    clause, written out (in brackets) so the question names it."""
    from ledgerlm.language.tokens import find_tokens

    if find_tokens(rest, unknown_tickers=False, colloquial=True) or not _POINTS_BACK.search(rest):
        return rest
    named = list(dict.fromkeys(t.symbol for t in find_tokens(dropped, unknown_tickers=False, colloquial=True)))
    return f"{rest} ({named[0]})" if len(named) == 1 else rest


_PUNCT = r"[\s,.;:!?…，。；：！？]"
#: an order, then later in the message the words that take it back ("send 20 usdc to leo... actually never mind,
#: just check my balance", "buy 2 sol no wait cancel that", "转 50 U 给老王，算了不用了"); a bare "算了" is left to the
#: amount's self-correction ("卖掉 2 个 ETH……算了还是卖 1 个吧": the second figure counts)
_WITHDRAWN_LATER = re.compile(
    r"^(?P<order>.*?(?:\b" + _ORDER_VERBS_EN + r"\b|" + _ORDER_VERBS_ZH + r").*?)" + _PUNCT + r"+"
    r"(?:(?:oh|no|nah|nope|wait|actually|hmm+|ok|okay|um+|uh+|lol)" + _PUNCT + r"+){0,3}"
    r"(?:never\s*mind|nvm|forget\s+(?:it|that|about\s+(?:it|that))|cancel\s+(?:that|it|this|the\s+\w+)|"
    r"don'?t\s+do\s+(?:it|that)|"
    r"(?:don'?t|do\s+not)(?=\W*$)|算了(?:吧|，?不用了|，?不" + _ORDER_VERBS_ZH + r"了)|不用了|取消(?:吧|了|掉)?)"
    r"(?=" + _PUNCT + r"|$)" + _PUNCT + r"*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
#: what opens a correction of the withdrawn order rather than a new request ("..., make it 3", "算了还是卖 1 个")
_CORRECTS = re.compile(r"^(?:还是|那就|改成|改为|make\s+(?:it|that)\b|do\b|then\b)", re.IGNORECASE)
_LEAD = re.compile(r"^(?:just|instead|rather|only|and|so|but|i\s+just\s+want\s+to|就|只)\s*", re.IGNORECASE)


def withdrawn_later(text: str) -> str | None:
    """When ``text`` names an order and then takes it back: what is left after the withdrawal ("" when nothing
    is), or None when there is no such withdrawal (or what follows corrects the order instead of replacing it)."""
    m = _WITHDRAWN_LATER.match(text)
    if m is None:
        return None
    rest = m.group("rest").strip()
    if _CORRECTS.match(rest) or (rest and not re.search(r"[A-Za-z\u4e00-\u9fff]", rest)):
        return None  # "..., nvm, 3": a new figure for the same order, read by the slot parser
    rest = _LEAD.sub("", rest, count=1).strip()
    return rest


#: an opening clause that tells what the user did before ("bought 3 eth yesterday at 3100, now sell 1", "昨天买了 3 个
#: ETH，现在卖 1 个"): its figures are the story (a past trade, a price paid), never the order after it
_TOLD_BEFORE = re.compile(
    r"^\W*(?:(?:i|we)\s+)?(?:already\s+|just\s+)?(?:bought|sold|sent|paid|received|staked|deposited|withdrew|"
    r"borrowed|repaid|swapped|transferred)\b[^,，;；.。!！?？]{0,80}[,，;；.。!！]\s*(?:so\s+|and\s+)?(?:now\s+)?"
    r"(?P<rest>\S.*)$|"
    r"^\W*(?:我们?)?(?:昨天|前天|上周|上个月|之前|以前|早上|刚才|刚刚|刚|去年)\s*(?:已经)?"
    r"(?:买了|卖了|转了|存了|借了|还了|换了|质押了)[^，,；;。！!?？]{0,40}[，,；;。！!]\s*(?:现在|那|所以)?\s*(?P<zh>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
#: the verb of an order in what follows the story (a story followed by a question stays whole)
_ORDER_AFTER = re.compile(
    r"\b(?:buy|sell|send|transfer|swap|stake|unstake|deposit|withdraw|borrow|repay|dump|pay)\b|买|卖|转|换|存|取|借|还|质押",
    re.IGNORECASE,
)


def after_story(text: str) -> str | None:
    """The order after an opening clause that tells a past trade ("bought 3 eth yesterday at 3100, now sell 1"), with
    the story's one token carried when the order names none; None when the message opens with no such story."""
    m = _TOLD_BEFORE.match(text)
    if m is None:
        return None
    rest = (m.group("rest") or m.group("zh") or "").strip()
    if not rest or not _ORDER_AFTER.search(rest) or _POINTS_BACK.search(rest) or re.search(r"[它其]|\bthem\b", rest):
        return None  # "我之前买了一些 LINK，……把它全部卖掉": the order is about the story's token, read whole
    from ledgerlm.language.tokens import find_tokens

    if find_tokens(rest, unknown_tickers=False, colloquial=True):
        return rest
    story = text[: m.start("rest" if m.group("rest") else "zh")]
    named = list(dict.fromkeys(t.symbol for t in find_tokens(story, unknown_tickers=False, colloquial=True)))
    return f"{rest} {named[0]}" if len(named) == 1 else rest


#: an order verb under a negation: "先别买 SOL 了", "别转给老王了", "不要给他转钱", "don't send anything to bob",
#: "i do not want to buy eth". A-not-A questions (买不买, 要不要买) and "don't forget to send" are no negations.
_NEGATED_ZH = re.compile(
    r"(?<![买卖转换借还存取提要特区分识告级类差个性])(?:先别|别|不要|不用|不必|甭|不想|不打算|先不|暂时不|暂不|不)\s*(?:再|帮我|给我)?\s*"
    r"(?:给\s*[^\s，,。]{1,6}?\s*|把\s*[^，,。]{0,12}?)?(?:买|转|换|借|还|存|取|提|质押|下单|充|汇|打钱|发)"
)
_NEGATED_EN = re.compile(
    r"\b(?:don'?t|do\s+not|dont|no\s+need\s+to|never|won'?t|not\s+going\s+to|stop)\s+"
    r"(?!forget|hesitate|fail)(?:\w+\s+){0,2}?" + _DECLINED_EN + r"\b",
    re.IGNORECASE,
)
#: the verbs of an order, both languages: the one list for "an order is named here" (a plain order outside the
#: negated spans of ``only_negated``; a condition clause that carries its own order in ``assistant.multi``)
ORDER_VERB = re.compile(
    r"\b(?:buy|sell|send|transfer|swap|convert|stake|unstake|deposit|withdraw|borrow|repay|pay|dump|grab|cash\s+out|"
    r"lend|supply|claim|bridge|wire|tip|give)\b|买|卖|转|换|存|取|提|借|还|质押|抛|沽",
    re.IGNORECASE,
)
#: a question about the order, not a decision ("为什么不要买 SOL", "shouldn't i buy?", "不买吗")
_ASKS = re.compile(r"[?？吗呢]|\b(?:why|should|shouldn'?t|whether)\b|为什么|为啥|要不要|该不该", re.IGNORECASE)


def only_negated(text: str) -> bool:
    """``text`` names no order except ones it declines ("先别买 SOL 了", "别 转 给 老王 了", "don't send anything to
    bob"): nothing is to be done, and the declined order must never be planned (the head read "先别买 SOL 了" as a
    buy of SOL). A negated sell is left to ``reading`` (a decision to hold), a question to the classifier."""
    if _ASKS.search(text):
        return False
    spans = [m.span() for m in (*_NEGATED_ZH.finditer(text), *_NEGATED_EN.finditer(text))]
    if not spans:
        return False
    rest = "".join(" " if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(text))
    return ORDER_VERB.search(rest) is None
