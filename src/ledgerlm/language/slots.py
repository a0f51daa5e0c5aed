"""Slot extraction for the assistant's intents: token, amount, recipient, counter_token.

Conventions: ``token`` is the asset acquired for ``buy`` and given up for ``sell``; ``counter_token`` is the other
side of a swap. A swap into a stablecoin is a ``sell`` of the other asset, a swap out of one is a ``buy``. The
``amount`` is always an amount *of* ``token``: in "use 500 USDC to buy some UNI" the 500 is USDC, so no amount is
reported. For explain / create_contract / other nothing is read from numbers or addresses (a contract request or
an address to explain is not a payment), and info only names a token when a known one is mentioned.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

from ledgerlm.errors import InputError
from ledgerlm.language.addresses import find_addresses
from ledgerlm.language.durations import find_durations
from ledgerlm.language.numbers import NumberMatch, find_numbers
from ledgerlm.language.tokens import TokenMatch, find_tokens, is_stablecoin

__all__ = ["INTENTS", "amount_tokens", "extract_slots", "slot_evidence"]

INTENTS: tuple[str, ...] = (
    "buy",
    "sell",
    "hold",
    "dividend",
    "info",
    "transfer",
    "balance",
    "price",
    "deposit",
    "withdraw",
    "borrow",
    "repay",
    "create_contract",
    "explain",
    "risk",
    "other",
)
_NO_SLOTS = frozenset({"explain", "create_contract", "other"})
_TOKEN_ONLY = frozenset({"hold", "balance", "price", "risk", "dividend", "info"})
_MONEY = frozenset({"buy", "sell", "transfer", "deposit", "withdraw", "borrow", "repay"})

# "X to Y" directions: the first group is given up, the second acquired
_SWAP_PATTERNS = (
    r"(?:use|using|with|spend|pay)\s+(?P<given>.+?)\s+(?:to\s+)?(?:buy|get|purchase|acquire)\s+(?P<got>.+)",
    r"(?:buy|get|purchase|acquire)\s+(?P<got>.+?)\s+(?:with|using|for|from)\s+(?P<given>.+)",
    r"(?:swap|convert|exchange|change|trade|turn|sell)\s+(?P<given>.+?)\s+(?:to|for|into)\s+(?P<got>.+)",
    r"用\s*(?P<given>.+?)\s*(?:买|购买|换|兑换|换成)\s*(?P<got>.+)",
    r"把?\s*(?P<given>.+?)\s*(?:换成|兑换成|转换成|换|兑换为|卖成)\s*(?P<got>.+)",
)
_RECIPIENT_EN = re.compile(
    r"\b(?:(?:to|for)\s+(?:my\s+(?:friend|brother|sister|mom|dad|mother|father|wife|husband|"
    r"colleague|boss|son|daughter|partner)\s+)?|pay\s+)(?P<p>0[xX][0-9a-fA-F]{40}|@?[A-Za-z][\w.\-]{0,30}|"
    r"[\u4e00-\u9fff]{1,3}(?=\s|$|[，,。.!?！？]))"
)
_RECIPIENT_EN_DATIVE = re.compile(
    r"\b(?:send|give|transfer|wire|tip|pay)\s+(?P<p>@?[A-Za-z][\w.\-]{0,30}|[\u4e00-\u9fff]{1,4})"
    r"(?=\s+(?:\d|\$|\.\d|one\b|two\b|three\b|five\b|ten\b|some\b|half\b|a\s))",
    re.I,
)
_RECIPIENT_ZH = re.compile(
    r"(?:转给|打给|发给|转账给|汇给|付给|给)\s*(?P<p>0[xX][0-9a-fA-F]{40}|[A-Za-z][\w.\-]{0,30}|"
    r"[\u4e00-\u9fff]{1,3}?)(?=\s|\d|转|打|发|汇|付|[，,。]|$|[A-Za-z]|[一二两三四五六七八九十半])"
)
_NOT_RECIPIENTS = frozenset(
    {
        "me",
        "my",
        "myself",
        "the",
        "a",
        "an",
        "buy",
        "sell",
        "earn",
        "get",
        "it",
        "them",
        "this",
        "that",
        "wallet",
        "yield",
        "lending",
        "pool",
        "savings",
        "exchange",
        "account",
        "我",
        "我的",
        "自己",
        "钱包",
        "交易所",
        "stake",
        "staking",
        "cash",
        "usd",
        "fiat",
        # verbs and pronouns after "to" ("how to send 5 usdc", "to whom") are never a recipient's name
        "send",
        "transfer",
        "pay",
        "swap",
        "withdraw",
        "deposit",
        "receive",
        "check",
        "see",
        "do",
        "make",
        "bridge",
        "lend",
        "borrow",
        "repay",
        "claim",
        "move",
        "wire",
        "tip",
        "give",
        "whom",
        "who",
        "someone",
        "somebody",
        "him",
        "her",
        "us",
        "you",
    }
)
#: "all", "everything", 全部, "全卖了": the whole balance (read for intents that accept it, planned from the balance)
ALL_WORDS = re.compile(
    r"\ball\b|\beverything\b|全部|所有|全都|统统|(?<![安完健齐周保])全(?=[卖取还转提换存清])", re.IGNORECASE
)


def wants_all(text: str) -> bool:
    """The user asks for the whole balance ("sell all my SOL", "把 SOL 全卖了", "全部取出来")."""
    return bool(ALL_WORDS.search(text or ""))


#: a title before a name ("Dr. Patel"): the name is the title and the word after it
_TITLE = re.compile(r"(?:dr|mr|mrs|ms|miss|prof|sir|madam)\.?", re.IGNORECASE)
_TITLED_NAME = re.compile(r"\s+(?P<n>[A-Z][\w'\-]+)")
#: a firm's name goes on past the first word ("Hart & Sons Ltd", "Globex Corp.")
_FIRM_TAIL = re.compile(
    r"(?:\s*(?:&|and)\s+[A-Z][\w'\-]*)+(?:\s+(?:Ltd|Inc|LLC|Co|Corp|GmbH|PLC|LLP)\b\.?)?|"
    r"\s+(?:Ltd|Inc|LLC|Co|Corp|GmbH|PLC|LLP)\b\.?"
)


def _attached(text: str, n: NumberMatch, tokens: list[TokenMatch]) -> TokenMatch | None:
    for t in tokens:
        if t.start >= n.end and re.fullmatch(r"\s*(?:个|枚|颗|块|份)?\s*", text[n.end : t.start]):
            return t
        if t.end <= n.start and t.text.startswith("$") and not text[t.end : n.start].strip():
            return t
    return None


# "half an eth", "半个 ETH": one half of one token (never "half my link", a share of a holding: no amount)
_HALF_ONE = re.compile(r"\bhalf\s+an?\b(?=\s+\S)|(?<![\d零一二两三四五六七八九十百千万个枚])半(?=\s*(?:个|枚))", re.I)
# "一个半 ETH", "2个半": N and a half (the number grammar reads only the N)
_AND_HALF = re.compile(r"\s*(?:个|枚)半")


def _plain_numbers(text: str) -> list[NumberMatch]:
    numbers = find_numbers(text)
    durations = find_durations(text, numbers)
    addrs = find_addresses(text, strict=False)
    plain = [
        n
        for n in numbers
        if not n.percent
        and not any(d.start <= n.start < d.end for d in durations)
        and not any(a.start <= n.start < a.end for a in addrs)
    ]
    return _halves(text, plain, [(n.start, n.end) for n in numbers])


def _halves(text: str, numbers: list[NumberMatch], taken: list[tuple[int, int]]) -> list[NumberMatch]:
    """The halves the number grammar leaves to the sentence: "half an eth" (0.5 of the token after it) and
    "一个半 ETH" (1.5, read as 1 by the grammar alone)."""
    out: list[NumberMatch] = []
    for n in numbers:
        m = _AND_HALF.match(text, n.end)
        if m and n.form in ("zh", "digits"):
            n = replace(n, value=n.value + Decimal("0.5"), end=m.end(), text=text[n.start : m.end()], note="and a half")
        out.append(n)
    for m in _HALF_ONE.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            out.append(NumberMatch(Decimal("0.5"), m.start(), m.end(), m.group(0), form="words", note="half of one"))
    return sorted(out, key=lambda n: n.start)


def amount_tokens(text: str) -> list[str]:
    """The symbols written with an amount ("withdraw my 50 usdc from aave" -> ["USDC"]; the protocol is no amount's
    token): what a later request without a token of its own ("and pay carol 20") refers to."""
    tokens = find_tokens(text, unknown_tickers=False, colloquial=True)
    found = [t.symbol for n in _plain_numbers(text) if (t := _attached(text, n, tokens)) is not None]
    return list(dict.fromkeys(found))


def _direction(text: str, tokens: list[TokenMatch]) -> tuple[str, str] | None:
    """(given, acquired) symbols when the text swaps one token for another."""
    for pat in _SWAP_PATTERNS:
        m = re.search(pat, text, re.IGNORECASE)
        if not m:
            continue
        given = [t for t in tokens if m.start("given") <= t.start < m.end("given")]
        got = [t for t in tokens if m.start("got") <= t.start < m.end("got")]
        if given and got and given[0].symbol != got[0].symbol:
            return given[0].symbol, got[0].symbol
    return None


def _recipient(text: str, tokens: list[TokenMatch]) -> str | None:
    addrs = find_addresses(text)
    if addrs:
        return addrs[0].address
    token_words = {t.text.lower() for t in tokens}
    for rx in (_RECIPIENT_ZH, _RECIPIENT_EN, _RECIPIENT_EN_DATIVE):
        for m in rx.finditer(text):
            name = m.group("p").lstrip("@")
            if name.lower() in _NOT_RECIPIENTS or name.lower() in token_words or re.fullmatch(r"\d.*", name):
                continue
            return _whole_name(text, m.start("p"), name)
    return None


def _whole_name(text: str, start: int, name: str) -> str | None:
    """The recipient's whole name from where the pattern found its first word: a title takes the name after it
    ("Dr. Patel"), a firm its "& Sons" and legal suffix. A bare title is no name (None: the assistant asks)
    -- a cut name would send to somebody else."""
    end = start + len(name)
    if _TITLE.fullmatch(name.rstrip(".")) or _TITLE.fullmatch(name):
        if text[end : end + 1] == "." and not name.endswith("."):
            end += 1
        m = _TITLED_NAME.match(text, end)
        return text[start : m.end()] if m else None
    m = _FIRM_TAIL.match(text, end)
    return text[start : m.end()] if m else name


def extract_slots(text: str, intent: str) -> dict[str, Any]:
    """Slots for ``intent`` (one of ``INTENTS``); absent slots are omitted. ``amount`` is a ``Decimal``."""
    if intent not in INTENTS:
        raise InputError(f"unknown intent {intent!r}", hint=f"use one of: {', '.join(INTENTS)}")
    if not text or intent in _NO_SLOTS:
        return {}
    tokens = [t for t in find_tokens(text, colloquial=True) if t.known or intent not in ("info", "dividend")]
    if intent == "info":
        tokens = [t for t in tokens if t.known and not t.text.startswith("$") and t.text != "U"]
    slots: dict[str, Any] = {}
    if intent in _TOKEN_ONLY:
        if tokens:
            slots["token"] = tokens[0].symbol
        return slots
    symbols = list(dict.fromkeys(t.symbol for t in tokens))
    direction = _direction(text, tokens) if len(symbols) >= 2 and intent in ("buy", "sell") else None
    if direction is not None:
        given, got = direction
        slots["token"], slots["counter_token"] = (got, given) if intent == "buy" else (given, got)
    elif len(symbols) >= 2 and intent in ("buy", "sell"):
        stable = [s for s in symbols if is_stablecoin(s)]
        other = [s for s in symbols if not is_stablecoin(s)]
        if stable and other:
            slots["token"], slots["counter_token"] = other[0], stable[0]
        else:
            slots["token"] = symbols[0]
    elif symbols:
        slots["token"] = symbols[0]
    numbers = _plain_numbers(text)
    amount: Decimal | None = None
    for n in numbers:
        t = _attached(text, n, tokens)
        if t is not None and t.symbol == slots.get("token"):
            amount = n.value
            break
        if t is None and amount is None and len(numbers) == 1 and len(symbols) <= 1:
            amount = n.value  # "send 5 to bob", "buy ETH 2"
    if amount is not None and intent in _MONEY:
        slots["amount"] = amount
    if intent == "transfer":
        rec = _recipient(text, tokens)
        if rec:
            slots["recipient"] = rec
    return slots


def slot_evidence(text: str, slots: dict[str, Any]) -> dict[str, Any]:
    """Where each slot value stands in ``text``: slot -> ``Evidence`` (the span of the user's words), or
    ``inferred`` when the value is not written literally (e.g. a ``$`` read as USDC). The assistant shows it
    beside each value of a plan, as ``create`` does for a spec."""
    from ledgerlm.language.evidence import Evidence, Span

    out: dict[str, Any] = {}
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    def cite(slot: str, a: int, b: int, rule: str) -> None:
        taken.append((a, b))
        out[slot] = Evidence("text", rule, (Span(a, b, text[a:b]),))

    tokens = find_tokens(text, colloquial=True)
    for slot in ("token", "counter_token", "collateral"):
        value = slots.get(slot)
        if value is None:
            continue
        hit = next((t for t in tokens if t.symbol == value and free(t.start, t.end)), None)
        if hit is not None:
            cite(slot, hit.start, hit.end, "token" if hit.text.upper() == value else f"{hit.text!r} is {value}")
        else:
            out[slot] = Evidence("inferred", f"{value} from the words around it")
    if slots.get("amount") == "all":
        m_all = ALL_WORDS.search(text)
        if m_all is not None:
            cite("amount", m_all.start(), m_all.end(), "the whole balance")
    elif slots.get("amount") is not None:
        numbers = _halves(text, find_numbers(text), [])
        hit_n = next((n for n in numbers if n.value == slots["amount"] and free(n.start, n.end)), None)
        if hit_n is not None:
            cite("amount", hit_n.start, hit_n.end, "number")
        else:
            out["amount"] = Evidence("inferred", "amount derived from the words")
    if slots.get("recipient"):
        rec = str(slots["recipient"])
        m = re.search(re.escape(rec), text, re.IGNORECASE)
        if m:
            cite("recipient", m.start(), m.end(), "recipient")
        else:
            out["recipient"] = Evidence("inferred", "recipient address checksummed from the text")
    return out
