"""Deterministic parameter extraction per contract kind.

Numbers, durations, tokens and addresses are found once with their character spans (``Scan``); each kind's
extractor then assigns them to parameters by the words around them. A value the text does not state is left
out (the caller reports it as ``null`` and missing): nothing is invented. Every default or inference that is
not literally in the text is explained in ``notes``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ledgerlm.language.addresses import AddressMatch, find_addresses
from ledgerlm.language.durations import DurationMatch, find_durations
from ledgerlm.language.numbers import NumberMatch, find_numbers
from ledgerlm.language.tokens import TokenMatch, find_tokens

__all__ = ["Scan", "extract_params", "scan"]

_I = re.IGNORECASE


@dataclass
class Scan:
    """Everything found in one text, with spans; ``used`` marks number indices already assigned."""

    text: str
    numbers: list[NumberMatch]
    durations: list[DurationMatch]
    tokens: list[TokenMatch]
    addresses: list[AddressMatch]
    used: set[int] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)

    def before(self, pos: int, width: int = 16) -> str:
        return self.text[max(0, pos - width):pos]

    def after(self, pos: int, width: int = 16) -> str:
        return self.text[pos:pos + width]

    def in_duration(self, n: NumberMatch) -> DurationMatch | None:
        return next((d for d in self.durations if d.start <= n.start < d.end), None)

    def in_address(self, n: NumberMatch) -> bool:
        return any(a.start <= n.start < a.end for a in self.addresses)

    def free_numbers(self) -> list[tuple[int, NumberMatch]]:
        """Plain numbers (not percents, not part of a duration or address) not yet used."""
        return [(i, n) for i, n in enumerate(self.numbers)
                if i not in self.used and not n.percent and self.in_duration(n) is None and not self.in_address(n)
                and not (n.text in ("一", "1") and _ARTICLE_ONE.match(self.text, n.end))]

    def token_for(self, n: NumberMatch) -> TokenMatch | None:
        """A token written right after (``3 ETH``, ``3 个以太坊``, ``100USDC``) or before (``$5``, ``USDC 500``)."""
        for t in self.tokens:
            gap = self.text[n.end:t.start]
            if t.start >= n.end and re.fullmatch(r"\s*(?:个|枚|颗|块|份)?\s*", gap):
                return t
        for t in self.tokens:
            gap = self.text[t.end:n.start]
            if t.end <= n.start and re.fullmatch(r"\s*[:：]?\s*", gap) and (t.text.startswith("$") or t.known):
                return t
        return None


_ARTICLE_ONE = re.compile(r"\s*(?:个|份|笔|种|款|张|项|套|位)\s*(?:新的?)?\s*"
                          r"(?:代币|合约|多签|钱包|托管|众筹|借|贷|项目|计划|ERC|"
                          r"token|币|叫|名|钱|智能|资金|金库|锁仓|归属)", re.IGNORECASE)


def scan(text: str) -> Scan:
    numbers = find_numbers(text)
    addresses = find_addresses(text)
    # tokens whose span lies inside an address (e.g. "ADD" in hex) are not tokens
    tokens = [t for t in find_tokens(text) if not any(a.start <= t.start < a.end for a in addresses)]
    return Scan(text, numbers, find_durations(text, numbers), tokens, addresses)


def _search(pattern: str, text: str) -> re.Match[str] | None:
    return re.search(pattern, text, _I)


# -- amounts ---------------------------------------------------------------------------------------------------
_COUNT_AFTER = re.compile(
    r"\s*(?:-\s*)?(?:期|次|笔|payments?\b|instal+ments?\b|periods?\b|tranches?\b|owners?\b|signers?\b|"
    r"people\b|persons?\b|members?\b|人|位|名|个签|decimals?\b|位小数|位精度|st\b|nd\b|rd\b|th\b)", _I)
_YEAR_AFTER = re.compile(r"\s*年(?!利|化|息)")


def _amount(s: Scan, hint_words: str) -> tuple[NumberMatch, TokenMatch | None] | None:
    """The money amount: a number with a token, else one near ``hint_words``, else the only plain number."""
    cands = []
    for i, n in s.free_numbers():
        if _COUNT_AFTER.match(s.text, n.end) or _search(r"(?:分|第)\s*$", s.before(n.start, 3)):
            continue
        if n.value >= 1900 and _YEAR_AFTER.match(s.text, n.end):
            continue
        cands.append((i, n))
    if not cands:
        return None
    with_token = [(i, n, s.token_for(n)) for i, n in cands]
    for i, n, t in with_token:
        if t is not None:
            s.used.add(i)
            return n, t
    for i, n, _ in with_token:
        if _search(hint_words, s.before(n.start, 14)):
            s.used.add(i)
            return n, None
    if len(cands) == 1:
        i, n = cands[0]
        s.used.add(i)
        return n, None
    return None


def _token(s: Scan, attached: TokenMatch | None, params: dict[str, Any], key: str = "token") -> None:
    if attached is not None:
        params[key] = attached.symbol
        return
    named = [t for t in s.tokens if t.known or t.text.isupper()]
    if named:
        params[key] = named[0].symbol


# -- parties -----------------------------------------------------------------------------------------------------
_ADDR = r"0[xX][0-9a-fA-F]{40}"
_EN_NAME = r"(?:" + _ADDR + r"|[A-Z][\w.\-]*(?:\s+[A-Z][\w\-]*)?|[a-z][a-z0-9_.\-]{1,20})"
_ZH_NAME = (r"(?:" + _ADDR + r"|[\u4e00-\u9fff]{1,3}?(?=\s|\d|[，,。；;:：]|[一二两三四五六七八九十几半]|"
            r"个|的|$|作为|当|来|借|贷|"
            r"还|担|是|[A-Za-z]))")
_NOT_NAMES = frozenset({
    "the", "a", "an", "my", "our", "me", "us", "be", "buy", "sell", "earn", "pay", "repay", "release", "fund",
    "make", "get", "build", "create", "start", "help", "him", "her", "them", "someone", "somebody", "anyone",
    "it", "this", "that", "each", "every", "any", "all", "whom", "which", "who", "reach", "cover", "support",
    "finance", "settle", "confirm", "approve", "vest", "lend", "loan", "borrow", "deposit", "withdraw", "send",
    "transfer", "fully", "become", "unlock", "date", "zero", "one", "two", "three", "four", "five", "and",
    "or", "is", "are", "whoever", "deliver", "raise", "go", "do", "sign",
})
_ZH_NOT_NAMES = frozenset({"我", "我们", "你", "他", "她", "对方", "别人", "一个", "一位", "合约", "钱包", "账户"})


def _clean_name(raw: str | None) -> str | None:
    if not raw:
        return None
    name = raw.strip().strip("'\"“”‘’「」").strip()
    if re.fullmatch(_ADDR, name):
        return name
    name = re.sub(r"^(?:the|a|an|my|our)\s+", "", name, flags=_I)
    first = name.split()[0] if name.split() else ""
    if not name or first.lower() in _NOT_NAMES or name in _ZH_NOT_NAMES:
        return None
    if re.search(r"\d", name) and not name.lower().startswith("0x"):
        return None
    if first.isupper() and len(first) > 1 and first.lower() in _TOKENISH:
        return None
    # stop a capitalised name at a following capitalised non-name word ("Bob For")
    return name.split()[0] if len(name.split()) > 1 and name.split()[1].lower() in _NOT_NAMES | _FILLER \
        else name


_FILLER = frozenset({"for", "at", "with", "over", "in", "on", "by", "from", "to", "as", "who", "when", "if"})
_TOKENISH = frozenset({"eth", "btc", "usdc", "usdt", "dai"})


def _party(s: Scan, patterns: list[str]) -> str | None:
    for pat in patterns:
        for m in re.finditer(pat, s.text):
            name = _clean_name(m.group("p"))
            if name:
                return name
    return None


def _role_words(role: str) -> str:
    return role


# -- escrow ----------------------------------------------------------------------------------------------------
def _deadline_days(s: Scan, params: dict[str, Any], key: str = "deadline_days") -> None:
    cands = [d for d in s.durations if not _search(r"(?:every|each|per|每)\s*$", s.before(d.start, 8))]
    if cands:
        preferred = [d for d in cands if _search(r"deadline|截止|期限|内|after|within|in|by|refund|退", s.before(
            d.start, 14) + s.after(d.end, 14))]
        params[key] = (preferred or cands)[0].days


def extract_params(kind: str, text: str) -> tuple[dict[str, Any], list[str], Scan]:
    """Params the text states for ``kind`` (absent = not stated), notes on inferences, and the scan used.
    The rules themselves live in the kind's folder (``contracts/kinds/<kind>/extract.py``)."""
    from ledgerlm.contracts.kinds import extractor

    s = scan(text)
    params = extractor(kind)(s)
    return params, s.notes, s
