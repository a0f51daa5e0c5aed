"""Several requests in one message ("send 1 ETH to bob and then buy 2 ETH" / "给 bob 转 1 ETH，再买 2 个 ETH").

They are split at explicit joints (";", "then", "and", "also", "然后", "再", "并且", "另外", "，", a new line), but only
when every part is itself a request with an amount and a token (or a confident question about a named token, such
as its price, beside at least one such request) -- "swap 100 USDC for ETH" or "send 1 ETH to bob and
alice" stay whole (the latter then asks which recipient). A part without its own verb ("2 USDC to alice") borrows
the verb of the part before it. The assistant lists the parts back and handles them one at a time.
"""

from __future__ import annotations

import re

#: the verbs of an order: a condition clause with one ("when it hits 5k sell it") carries its own order
from ledgerlm.assistant.intents.corrections import ORDER_VERB as _ORDER_VERB

_JOINT = re.compile(
    r"\s*(?:;|；|\n+|。(?=.)|,?\s*\band then\b|,?\s*\bthen\b|,?\s*\band also\b|,?\s*\bafter that\b|"
    # "sell 1 eth. btw how risky is sol?": a full stop before the next sentence (never after a title or an initial)
    r"(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)(?<!\bProf)(?<!\bCorp)(?<!\bInc)(?<!\bLtd)(?<!\bCo)"
    r"(?<!\bJr)(?<!\bSr)(?<!\b[A-Za-z])\.\s+(?:(?:btw|by the way|oh and|ps)\b,?)?|"
    r",?\s*\b(?:btw|by the way)\b,?|"
    r",?\s*\bplus\b|\s\+\s|\s&\s|,\s*and\b|,(?=\s)|\band\b|\balso\b|然后|然後|接着|接著|并且|並且|另外|同时|同時|顺便|順便|顺带|順帶|还有(?!\s*(?:多少|几|没|吗|剩|余))|，\s*再|，|、再|再)\s*",
    re.IGNORECASE,
)
_VERB_HEAD = re.compile(r"^(.*?)(?=\d|[一二两三四五六七八九十百千万半])", re.S)
#: a part that opens with its amount has no verb of its own ("sell 10 sol and 5 avax": "5 avax" sells too)
_OPENS_WITH_AMOUNT = re.compile(r"^\s*(?:\$\s*)?(?:\d|[一二两三四五六七八九十百千万半](?!些|点))")


def _is_request(part: str) -> bool:
    """An amount (or "all") of a named token: "sell 1 eth", "卖掉所有 DOGE"."""
    from ledgerlm.language.slots import wants_all
    from ledgerlm.language.tokens import find_tokens

    try:
        numbers = _amounts(part)
    except Exception:  # noqa: BLE001 - an unreadable part is not split off
        return False
    if _HOLDS.match(part):
        return False  # "I have 5 sol. stake 3 of them": what the user holds, told, is no request
    if _DONE_BEFORE.match(part):
        return False  # "bought 3 eth yesterday at 3100, now sell 1": what was done, told, is the setting
    if _NOT_THIS.match(part):
        return False  # "repay 50 dai, not 500": a correction of the part before, never a request of its own
    if _CONDITION.match(part) and not _ORDER_VERB.search(part):
        return False  # "if eth dips below 3k, buy 1 eth": the condition of the order after it, no order of its own
    if _COLLATERAL_ONLY.search(part) and not _BORROW_VERB.search(part):
        return False  # "用 1.5 个 ETH 抵押，借 2000 USDC": the pledge is part of the loan, not a request of its own
    return (bool(numbers) or wants_all(part)) and bool(find_tokens(part, unknown_tickers=False, colloquial=True))


def _amounts(part: str) -> list[object]:
    """The numbers of ``part`` that may be amounts: no percentage, no identifier ("订单号 88231", "table 12": a part
    that only names an order or a table is no request, and takes no token from the part before)."""
    from ledgerlm.language.numbers import find_numbers
    from ledgerlm.language.slots import is_reference

    return [n for n in find_numbers(part) if not n.percent and not is_reference(part, n)]


_HOLDS = re.compile(
    r"^\W*(?:i(?:'ve|\s+already)?\s+(?:got|have|own|hold|had)|i'?ve\s+got|my\s+(?:wallet|account)\s+(?:has|holds)|"
    # "i owe lisa 30 dai, send it to her": a debt told, the setting of the request after it
    r"i\s+owe|我欠|"
    r"(?:我|我的钱包|钱包|账户)(?:现在|目前|里)?(?:手上|手里)?(?:有|持有|还有))\b",
    re.IGNORECASE,
)
#: a part that tells what the user did before ("bought 3 eth yesterday", "i sold 2 sol last week", "昨天买了 3 个
#: ETH"): the story behind the request, never a request of its own
_DONE_BEFORE = re.compile(
    r"^\W*(?:(?:i|we)\s+)?(?:already\s+|just\s+)?(?:bought|sold|sent|paid|received|staked|deposited|withdrew|"
    r"borrowed|repaid|swapped|transferred)\b|"
    r"^\W*(?:我们?)?(?:昨天|前天|上周|上个月|之前|以前|早上|刚才|刚刚|刚|去年|今天)?\s*(?:已经)?"
    r"(?:买了|卖了|转了|存了|借了|还了|换了|质押了|买入了|卖出了)",
    re.IGNORECASE,
)
_NOT_THIS = re.compile(r"^\s*(?:not|no|never|instead\s+of|rather\s+than|不是|而不是|别)(?![A-Za-z])", re.IGNORECASE)
_COLLATERAL_ONLY = re.compile(r"抵押|担保|\bcollateral\b|\bput(?:ting)? up\b|\bpledg", re.IGNORECASE)
_BORROW_VERB = re.compile(r"借|贷|\bborrow|\bloan\b", re.IGNORECASE)


#: Questions that may stand beside an order in one message ("sell 1 SOL, also what's the ETH price").
_SIDE_QUESTIONS = frozenset({"price", "balance", "risk", "hold", "info"})
#: side requests that need no token of their own ("然后查下余额", "and claim my rewards")
_SIDE_WITHOUT_TOKEN = frozenset({"balance", "dividend"})
#: how sure the head must be that a part after an explicit joint is such a question ("另外帮我看看 ETH 多少钱": 0.61)
_SIDE_QUESTION_CONFIDENCE = 0.6
#: a part shaped as a question ("what is it anyway", "SOL 安全吗？") is answered, never executed: a lower bar
_SHAPED_QUESTION_CONFIDENCE = 0.3
_QUESTION_SHAPE = re.compile(
    r"^\s*(?:what|what's|whats|who|why|how|is|are|does|do|can|should|will|which|show\s+me|tell\s+me|check)\b|"
    r"^\s*(?:帮我)?(?:查一下|查下|查查|看看|看一下|看下|说说|讲讲|聊聊|介绍一下)|[?？]\s*$|[吗呢么]\s*[?？]?\s*$",
    re.IGNORECASE,
)


def _side_intent(part: str) -> str | None:
    """The intent of a question (or a claim of rewards) read with confidence, named token and all: listed back and
    answered in turn, never dropped. None when the part is no such request."""
    from ledgerlm.assistant.intents import understand
    from ledgerlm.language.tokens import find_tokens

    if (len(part.split()) < 2 and len(part) < 4) or _HOLDS.match(part):
        return None  # "I have 5 sol": told as the setting of the request after it, no question of its own
    if _CONDITION.match(part) and not _ORDER_VERB.search(part):
        from ledgerlm.assistant.intents.spec import hypothetical

        if not hypothetical(part):
            return None  # "if eth dips below 3k, buy 1 eth": the condition of the order after it, no question
    try:
        u = understand(part)
    except Exception:  # noqa: BLE001 - an unreadable part is not split off
        return None
    from ledgerlm.language.hant import simplified

    shape = _QUESTION_SHAPE.search(part) or _QUESTION_SHAPE.search(simplified(part))  # 睇下 (Cantonese) = 看下
    sure = _SIDE_QUESTION_CONFIDENCE if not shape else _SHAPED_QUESTION_CONFIDENCE
    if u.confidence < sure and u.intent == u.classified:
        return None
    shaped = bool(_QUESTION_SHAPE.search(part) or _QUESTION_SHAPE.search(simplified(part)))
    if u.intent == "hold" and not shaped:
        return None  # "buy 0.1 btc and hold it": what the user means to do after the order, no question
    if u.intent == "dividend" and not shaped and not _CLAIM.search(part):
        return None  # "stake 3 sol and earn some yield": why the user stakes, neither a claim nor a question
    if u.intent in _SIDE_WITHOUT_TOKEN:
        return u.intent
    named = bool(find_tokens(part, unknown_tickers=False, colloquial=True))
    return u.intent if u.intent in _SIDE_QUESTIONS and named else None


#: a clause that sets a condition ("if eth dips below 3k", "once it hits 100k", "等 SOL 涨到 300", "如果跌破 2000")
_CONDITION = re.compile(
    r"^\W*(?:if|when|whenever|once|as\s+soon\s+as|in\s+case|unless|provided)\b"
    # a courtesy is no condition ("then if you can check my balance", "if possible, also ...")
    r"(?!\s+(?:you|u|ya)\s+(?:can|could|would|don'?t|do\s+not|have|get|want|wish|like|mind)\b|\s+possible\b|"
    r"\s+(?:that'?s|it'?s)\s+(?:ok|okay|fine|alright|possible)\b|\s+(?:not\s+)?too\s+much\b)|"
    r"^\W*(?:如果|要是|假如|假设|万一|一旦|等到?|当|若|只要)(?!可以|可能|方便|有空|不麻烦|麻烦)",
    re.IGNORECASE,
)
#: the words of a claim ("and claim my rewards", "领取收益")
_CLAIM = re.compile(r"\b(?:claim|collect|harvest|withdraw)\b|领取|领|提取|收取", re.IGNORECASE)
#: a joint that says "next, do this" (a comma or "and" alone may join one request's clauses: "i need 800 usdc,
#: sell some of my eth for it")
_THEN = re.compile(r"(?:\bthen|\bafter that|\bnext|然后|然後|接着|接著|之后|之後|再)[\s,，]*$", re.IGNORECASE)


def _after_then(text: str, part: str) -> bool:
    """``part`` follows a "then" joint in ``text``."""
    at = text.find(part[: max(4, min(len(part), 12))])
    return at > 0 and (bool(_THEN.search(text[:at])) or bool(_WITH_PROCEEDS.search(part)))


def _order_without_amount(part: str) -> str | None:
    """A money order that names its token but no amount ("buy eth with the usdc"), read with confidence."""
    from ledgerlm.assistant.intents import spec, understand

    if len(part.split()) < 2 and len(part) < 4:
        return None
    try:
        u = understand(part)
    except Exception:  # noqa: BLE001 - an unreadable part is not split off
        return None
    wanted = u.intent in spec.money_intents() and "token" in u.slots
    return u.intent if wanted and u.confidence >= _SIDE_QUESTION_CONFIDENCE else None


def _named(parts: list[str]) -> list[tuple[str, ...]]:
    from ledgerlm.language.tokens import find_tokens

    return [tuple(t.symbol for t in find_tokens(p, unknown_tickers=False, colloquial=True)) for p in parts]


def _is_side_question(part: str) -> bool:
    return _side_intent(part) is not None


def _inherit_tokens(parts: list[str]) -> list[str]:
    """A part with an amount but no token ("然后给小明转100个", "pay carol 20") takes the one token named in the
    part before it (or, when it names several, the one written with its amount: "withdraw my 50 usdc from aave"),
    written out so that the part, listed back, says what it will do. A part with a token of its own keeps it."""
    from ledgerlm.language.slots import amount_tokens
    from ledgerlm.language.tokens import find_tokens

    out: list[str] = []
    for part in parts:
        try:
            has_amount = bool(_amounts(part))
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
        elif not has_amount and not own and out and (_ONWARD.match(part) or _ORDER_ON_IT.match(part)):
            part = _with_previous_amount(part, out[-1])
        elif not has_amount and not own and len(before) == 1 and _PRONOUN.search(part):
            part = f"{part} ({before[0]})"  # "how risky is arb? and what is it anyway": "it" is ARB
        elif not has_amount and not own and len(before) == 1 and _ABOUT_THE_SAME.search(part):
            part = f"{part} ({before[0]})"  # "查一下 BTC 价格，顺便看看风险大不大": the risk of BTC
        elif own and out and _WITH_PROCEEDS.search(part):
            got = _proceeds(out[-1])
            if got is not None and got not in {t.symbol for t in own}:
                part = f"{part} ({got})"  # "sell 100 uni for usdc, then buy link with it": with the USDC
        out.append(part)
    return out


#: a question that needs a token and names none, beside a request that names one: the risk or price of the same
#: token, or what is left of it ("send 50 usdc to tom, then show me what's left")
_ABOUT_THE_SAME = re.compile(
    r"\b(?:risk(?:y|s)?|safe|price|worth)\b|风险|安全|价格|多少钱|\bwhat'?s\s+left\b|\bremaining\b|\bleft\s+over\b|"
    # "show me what remains", "tell me how much is left", "how much do i have left", "看看 还 剩 多少" (spaced)
    r"\bwhat\s+remains\b|\bhow\s+much\s+(?:is|i\s+have|do\s+i\s+have|i'?ve\s+got)\s+left\b|"
    r"[还還]\s*剩|剩\s*下|剩\s*多少|剩\s*[余餘]",
    re.IGNORECASE,
)
#: an order paid for with what the request before produced ("buy link with it", "and buy eth with the rest")
_WITH_PROCEEDS = re.compile(
    r"\bwith\s+(?:it|that|them|those|the\s+(?:rest|remainder|proceeds|money|cash|leftovers?))\b|"
    r"用(?:它|这些钱?|剩下的|剩余的|换来的|卖来的)",
    re.IGNORECASE,
)


def _proceeds(previous: str) -> str | None:
    """The token the part before leaves the user holding: what a swap acquired, else the one token written with an
    amount ("withdraw 1000 usdc ..." -> USDC)."""
    from ledgerlm.language.slots import amount_tokens, swap_direction

    try:
        direction = swap_direction(previous)
        if direction is not None:
            return direction[1]
        written = amount_tokens(previous) or [t for n in _named([previous]) for t in dict.fromkeys(n)]
    except Exception:  # noqa: BLE001 - nothing to carry over
        return None
    return written[0] if len(written) == 1 else None


#: a part that points back at the token of the part before ("what is it anyway", "它安全吗")
_PRONOUN = re.compile(r"\b(?:it|its|that one|that coin|this coin|that token)\b|它|这个币|这币|该币", re.IGNORECASE)

#: "卖 2 个 SOL，然后把钱转给老王", "sell 2 sol then send the money to bob": what a sale brings in, passed on; its
#: amount is not written (never the 2 SOL sold), so the part is a transfer whose amount and token are asked
_PROCEEDS_ONWARD = re.compile(
    r"^(?:(?:然后|再|就|直接)\s*)*(?:把|将)(?:钱|这笔钱|这些钱|卖来的钱|换来的钱|得到的钱|卖的钱|收益)\s*"
    r"(?:都|全部)?\s*(?:转给|转账给|发给|打给|汇给|给)|"
    r"^(?:(?:then|and|now)\s+)?(?:send|give|pay|transfer|wire|forward)\s+(?:all\s+)?(?:the|that|this)\s+"
    r"(?:money|proceeds|cash|funds)\s+(?:over\s+)?to\b",
    re.IGNORECASE,
)
#: "withdraw 300 usdc, then send it to 小陈" / "然后转给小陈": passing on what the request before produced
_ONWARD = re.compile(
    r"^(?:(?:[取提卖换借拿]完了?|之后|完了)\s*)?(?:直接|马上|就|再)?\s*"
    r"(?:转给|转账给|发给|打给|汇给|(?:send|transfer|wire|give)\s+(?:it|them|that|those)\s+to\b|"
    r"forward\s+(?:it|them)\s+to\b|pay\s+(?:it|them)\s+to\b)",
    re.IGNORECASE,
)


#: "buy 1 eth, stake it": a money verb whose only object is the pronoun for what the request before named; in
#: Chinese the object may be left out altogether ("unstake 5 SOL 然后 卖 掉", "提 2 个 ETH 出来，再存进去")
_ORDER_ON_IT = re.compile(
    r"^(?:(?:and|then|now)\s+)?(?:(?:please|pls)\s+)?(?:stake|deposit|lend|supply|sell|dump|swap|repay|put|send)\s+"
    r"(?:it|them|that|those)\b(?!\s+all\b)|^(?:再|就|直接)?\s*把(?:它|它们|这些|这笔)\s*(?:存|质押|卖|还|拿去)|"
    r"^(?:再|就|直接)?\s*(?:卖|賣|抛|拋|存|质押|質押)\s*(?:掉|了|出去?|进去|進去)?\s*(?:吧|啦|喇)?\s*$",
    re.IGNORECASE,
)


def _with_previous_amount(part: str, previous: str) -> str:
    """The amount and token of ``previous`` written into ``part`` when it names exactly one of each (the plan then
    shows them, and the user confirms or cancels); otherwise ``part`` as it is, and the assistant asks."""
    from ledgerlm.language.slots import extract_slots

    got = _acquired(previous)
    if got is not None:
        bought, amount_got = got
        # "buy eth with 100 usdc, then stake it": what the buy returns is not written, so the token is carried and
        # the amount asked; "buy 1 eth, stake it" carries both; after a sale with no token named nothing is carried
        if not bought:
            return part
        return f"{part} {amount_got} {bought}" if amount_got is not None else f"{part} ({bought})"
    try:
        slots = extract_slots(previous, "deposit")
    except Exception:  # noqa: BLE001 - nothing to pass on
        return part
    amount, token = slots.get("amount"), slots.get("token")
    if amount is None or token is None or amount == "all":
        return part
    return f"{part} {amount} {token}"


def _acquired(previous: str) -> tuple[str, object] | None:
    """What a trade before leaves the user holding, with its amount when it is written: a buy's token (and amount),
    a sale's counter token ("" when none is named) and never an amount; None when ``previous`` is no trade."""
    from ledgerlm.assistant.intents import understand

    try:
        u = understand(previous)
    except Exception:  # noqa: BLE001 - no trade read
        return None
    if u.intent == "buy" and u.slots.get("token"):
        amount = u.slots.get("amount")
        return str(u.slots["token"]), (amount if amount not in (None, "all") else None)
    if u.intent == "sell":
        # a sale leaves the user holding what it was sold for, in an amount nobody wrote: never the coins sold
        # ("卖掉 1 个 BTC 换成 USDT，卖完直接转给阿明" sent the 1 BTC that was sold)
        return str(u.slots.get("counter_token") or ""), None
    return None


#: a forum post's "EDIT:" / "edit 2:" / "UPDATE:" before a correction ("sell 5 DOT. EDIT: make it 8"): a filler, the
#: correction after it is what counts (never a second order)
_EDIT_NOTE = r"(?:edit(?:ed)?|update[d]?|upd)\s*\d?\s*[:：]"
#: a part that corrects the one before it ("buy 100 link... actually make it 150", "卖 50 个，哦不，30 个"): one
#: request, whose amount is the corrected one (``language.slots``), never a second order
_CORRECTS_BEFORE = re.compile(
    r"^\W*(?:(?:嗯|呃|额|啊|唔|hmm+|uh+|um+|er+|well|oh|ok|"
    + _EDIT_NOTE
    + r")\W*)*(?:actually|no\s+wait|wait\s+no|i\s+mean|i\s+meant|make\s+(?:it|that)|scratch\s+that|strike\s+that|"
    r"sorry|correction|on\s+second\s+thought|no\s*[,，]|不对|哦不|噢不|啊不|不不|改成|改为|那就|还是|算了)",
    re.IGNORECASE,
)
#: one question about two tokens, each answered on its own ("查一下我 ETH 和 USDC 分别还有多少", "BTC 和 SOL 各有多少",
#: "my eth and usdc balances each")
_EACH_PAIR = re.compile(
    r"(?P<a>\b[A-Za-z]{2,10}\b|[\u4e00-\u9fff]{2,4}?)\s*(?:和|跟|与|、|/|&|\band\b)\s*"
    r"(?P<b>\b[A-Za-z]{2,10}\b|[\u4e00-\u9fff]{2,4}?)\s*(?P<each>分别|各自|各|都\s*(?=还|有|剩))",
    re.IGNORECASE,
)


#: a part that ends on a correction marker ("withdraw 1k usdc — no", "卖 3 个，不对"): the next part replaces its
#: figure, it is no request of its own
_CORRECTS_AT_END = re.compile(
    r"(?:\bno|\bno\s+wait|\bwait\s+no|\bsorry|\bactually|\bi\s+mean|\boops|\bmy\s+bad|不对|哦不|不是|说错了)\W*$",
    re.IGNORECASE,
)


def _corrects_before(part: str) -> bool:
    """``part`` opens with a self-correction: this module's markers or the shared grammar of
    ``language.corrections`` ("oops 6 eth", "my bad, 25", "说错了，5 个")."""
    if _CORRECTS_BEFORE.match(part):
        return True
    try:
        from ledgerlm.language.corrections import find_corrections

        lead = len(part) - len(_FILLERS.sub("", part, count=1))
        return any(c.start <= lead for c in find_corrections(part))
    except Exception:  # noqa: BLE001 - the shared grammar adds markers; without it this module's own stand
        return False


_FILLERS = re.compile(r"^\W*(?:(?:嗯|呃|额|啊|唔|hmm+|uh+|um+|er+|well|oh|ok|" + _EDIT_NOTE + r")\W*)*", re.IGNORECASE)


def _each_of_two(text: str) -> list[str] | None:
    """Two questions when one balance or price question asks about two named tokens each ("分别", "各")."""
    from ledgerlm.language.tokens import find_tokens

    m = _EACH_PAIR.search(text)
    if m is None:
        return None
    found = {(t.start, t.end): t.symbol for t in find_tokens(text, unknown_tickers=False, colloquial=True)}
    a, b = found.get(m.span("a")), found.get(m.span("b"))
    if a is None or b is None or a == b:
        return None
    head, tail = text[: m.start()], text[m.end("each") :]
    parts = [f"{head}{m.group('a')} {tail.lstrip()}", f"{head}{m.group('b')} {tail.lstrip()}"]
    from ledgerlm.assistant.intents import understand

    try:
        reads = [understand(p) for p in parts]
    except Exception:  # noqa: BLE001 - an unreadable part is not split off
        return None
    return parts if all(u.intent in ("balance", "price") for u in reads) else None


#: a list's marker at the start of a line ("1. sell 50 link", "2) send ...", "- buy 1 eth"): never an amount
_LIST_MARK = re.compile(r"^[ \t]*(?:\d{1,2}[.)、]|[-*•·]|[（(]\d{1,2}[)）])[ \t]+", re.MULTILINE)
#: a greeting, thanks or sign-off on its own ("Hi,", "Dear support,", "Thanks!", "Best regards", "谢谢")
_COURTESY = re.compile(
    r"(?:(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening))(?:\s+(?:team|all|there|everyone|guys|folks|"
    r"support|sir|madam|(?-i:[A-Z][a-z]+))){0,2}|dear\s+[\w .]{1,30}|thanks?(?:\s+(?:you|a\s+lot|so\s+much|"
    r"in\s+advance))?|thx|ty|cheers|regards|best(?:\s+regards)?|kind\s+regards|sincerely|yours\s+truly|"
    r"你好|您好|谢谢|謝謝|多谢|多謝|唔该|唔該|麻烦了|麻煩了)[\s,.!！。~]*",
    re.IGNORECASE,
)


def _repeats_before(part: str) -> bool:
    """A part that only says how often ("转两次", "do it twice", "every week"): no token, a repetition."""
    from ledgerlm.language.slots import repeated
    from ledgerlm.language.tokens import find_tokens

    try:
        named = find_tokens(part, unknown_tickers=False, colloquial=True)
    except Exception:  # noqa: BLE001 - read as a request of its own
        return False
    return not named and repeated(part)


def _one_balance(sides: list[str | None], named: list[tuple[str, ...]]) -> bool:
    """Balance questions only, one of them naming no token ("check my wallet" beside "how much DAI is left"):
    one question about the named token, not two."""
    if not all(side == "balance" for side in sides):
        return False
    tokens = {n for n in named if n}
    return len(tokens) <= 1 and any(not n for n in named)


def _one_hypothetical(parts: list[str]) -> bool:
    """The parts make one hypothetical question: the message supposes an action of the user's ("what if i sold
    ...", "suppose i bought ...", "if i sell 2 eth, how much would i get") and no part is an order outside the
    supposition and its condition (never "what if i sold all my eth? also buy 1 sol": two requests)."""
    from ledgerlm.assistant.intents.spec import hypothetical

    if not hypothetical(" ".join(parts)):
        return False
    return not any(_is_request(p) and not hypothetical(p) and not _CONDITION.match(p) for p in parts)


def _condition_cut_off(text: str, parts: list[str]) -> bool:
    """The message makes an order wait for a price (``spec.conditional``) and no part keeps the condition with its
    order: the split would cut the condition off ("ETH 涨到 5000 | 帮我卖 2 个"), never "buy 1 eth | and when it hits
    5k sell it" (the conditional part is whole)."""
    from ledgerlm.assistant.intents.spec import conditional

    if not conditional(text):
        return False
    return not any(conditional(p) and _ORDER_VERB.search(p) for p in parts)


#: a speaker's label in a pasted support chat ("Agent: how can I help? User: send 0.2 eth to Priya")
_SPEAKER = re.compile(
    r"(?:^|(?<=[\s.?!。？！]))(?P<who>agent|support|bot|assistant|rep|staff|cs|客服|user|customer|client|me|"
    r"用户|客户|我)\s*[:：]\s*",
    re.IGNORECASE,
)
_USER_SPEAKERS = frozenset({"user", "customer", "client", "me", "用户", "客户", "我"})


def user_turns(text: str) -> str | None:
    """The user's own turns of a pasted chat that labels both speakers (None when it is no such chat): the agent's
    question ("how can I help?") is no request, and read with the user's it turned the order into a question."""
    marks = list(_SPEAKER.finditer(text))
    whos = {m.group("who").lower() for m in marks}
    if not (whos & _USER_SPEAKERS) or not (whos - _USER_SPEAKERS):
        return None
    ends = [m.start() for m in marks[1:]] + [len(text)]
    turns = [
        text[m.end() : e].strip() for m, e in zip(marks, ends, strict=True) if m.group("who").lower() in _USER_SPEAKERS
    ]
    joined = " ".join(t for t in turns if t)
    return joined or None


def split_requests(text: str) -> list[str]:
    """The requests in ``text``; a single-element list when it is one request (or cannot be split safely)."""
    if not isinstance(text, str) or len(text) > 2000:
        return [text]
    from ledgerlm.assistant.intents.surface import newest_part, unmentioned

    newest = unmentioned(newest_part(text))
    if newest != text:
        # "buy 1 sol\n\nOn Tue, LedgerLM wrote:\n> buy 2 SOL?": the quoted reply is no request of this message
        return split_requests(newest.strip())
    user = user_turns(text)
    if user is not None:
        return split_requests(user)
    each = _each_of_two(text)
    if each is not None:
        return each
    from ledgerlm.assistant.intents.corrections import withdrawn_later

    if withdrawn_later(text) is not None:
        # "buy 2 sol no wait cancel that, what's sol price": the order is taken back, what follows is read (once
        # the withdrawal is read, by ``understand``); the withdrawn part is never a request of its own
        rest = withdrawn_later(text) or ""
        later = split_requests(rest) if rest else [text]
        return later if len(later) > 1 else [text]
    parts = [p.strip(" ,.，。…") for p in _JOINT.split(_LIST_MARK.sub("", text))]
    # "Hi,\n...\nThanks!": the greeting and the sign-off of a pasted e-mail are no requests
    parts = [p for p in parts if p and not _COURTESY.fullmatch(p)]
    if len(parts) < 2 or any(_corrects_before(p) for p in parts[1:]) or any(_CORRECTS_AT_END.search(p) for p in parts):
        return [text]
    if any(_repeats_before(p) for p in parts[1:]):
        return [text]  # "给阿明转 100 U，转两次": how often the order before is repeated, no request of its own
    if _one_hypothetical(parts):
        return [text]  # "suppose i staked 8 eth last year, how much would i have now": one question
    if _condition_cut_off(text, parts):
        # "ETH 涨到 5000 再帮我卖 2 个": split at 再, the order after the condition would run now; kept whole, it is
        # answered as a conditional order (not supported), never placed
        return [text]
    parts = _inherit_tokens(parts)
    orders = [_is_request(p) for p in parts]
    sides = [None if o else _side_intent(p) for o, p in zip(orders, parts, strict=True)]
    if any(orders):  # "sell 0.5 btc, then buy eth with the usdc": an order whose amount the assistant will ask
        sides = [
            side
            or (
                _order_without_amount(p)
                if i and not o and (_after_then(text, p) or _ORDER_ON_IT.match(p) or _ONWARD.match(p))
                else None
            )
            for i, (o, side, p) in enumerate(zip(orders, sides, parts, strict=True))
        ]
    sides = [
        side or ("transfer" if i and not o and orders[i - 1] and _PROCEEDS_ONWARD.match(p) else None)
        for i, (o, side, p) in enumerate(zip(orders, sides, parts, strict=True))
    ]
    if not all(o or side for o, side in zip(orders, sides, strict=True)):
        return [text]
    # questions alone ("what's my usdc balance and the eth price", "eth price and btc price") split when they ask
    # different things; two readings of one information question ("what is ETH and how does it work") stay one
    asked = set(zip(sides, _named(parts), strict=True))
    if not any(orders) and (all(side == "info" for side in sides) or len(asked) < 2):
        return [text]
    if not any(orders) and _one_balance(sides, _named(parts)):
        return [text]  # "check my wallet, how much DAI is left?": one look at the wallet, asked about one token
    from ledgerlm.assistant.intents import spec, understand

    money = spec.money_intents()
    out: list[str] = []
    for part, order in zip(parts, orders, strict=True):
        read = understand(part).classified if out and order else ""
        # "sell 10 sol and 5 avax": "5 avax" alone reads as a buy, so it takes the verb before it
        verbless = bool(_OPENS_WITH_AMOUNT.match(part)) and read != understand(out[-1]).intent if read else False
        if out and order and (verbless or read not in money):
            head = _VERB_HEAD.match(out[-1])
            if head and head.group(1).strip():
                part = head.group(1) + part
        elif out and order and _NAME_FIRST.match(part) and understand(out[-1]).intent == "transfer":
            # "send alice 10 usdc and bob 20 usdc": "bob 20 usdc" takes the verb, not the payee, of the part before
            verb = _TRANSFER_VERB.match(out[-1])
            zh = _ZH_NAME_FIRST.match(part)
            if zh is not None:
                part = f"给{zh.group('n')}转 {part[zh.end() :].strip()}"  # "给老王转 50 U，小李 30 U"
            elif verb is not None:
                part = f"{verb.group(0).strip()} {part}"
        out.append(part)
    return out


#: a part that opens with a payee's name and then its amount ("bob 20 usdc", "老王 50 U")
_NAME_FIRST = re.compile(
    r"^\s*(?!(?:send|give|pay|transfer|wire|tip|and|then|also|to|buy|sell|swap|stake|unstake|deposit|withdraw|borrow|"
    r"repay|dump|grab|get|cop|lend|supply|claim|check|show|convert|exchange|trade|put|take|pull|move|bridge|"
    r"purchase|acquire|liquidate|cash|redeem|pls|please|plus|another|about|like|maybe|just|only|now|also)\b)"
    r"(?:[A-Za-z][\w.\-]{0,30}|[阿老小][\u4e00-\u9fff]{1,2})\s*(?:\$\s*)?\d",
    re.IGNORECASE,
)
_ZH_NAME_FIRST = re.compile(r"^\s*(?P<n>[阿老小][\u4e00-\u9fff]{1,2})\s*(?=\d)")
#: the verb that opens a transfer ("send", "please send", "can you pay"), without its payee
_TRANSFER_VERB = re.compile(
    r"^\s*(?:(?:please|pls|plz|can\s+you|could\s+you|can\s+u|yo|hey|also)\s+)*(?:send|give|pay|transfer|wire|tip)\b",
    re.IGNORECASE,
)
