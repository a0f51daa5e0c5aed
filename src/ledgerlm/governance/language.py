"""Proposals in plain language: "pay 5,000 USDC from the treasury to 0x… for the audit" / "从金库支付 5000 USDC 给
0x…，用于审计" -> typed treasury payments with the user's words as evidence.

Only what is read for sure becomes an action: one amount, one token, one recipient per payment. Anything else (two
recipients, an ambiguous number, a name without an address, a flagged number) becomes a question, never a guess.
Calls other than payments (role grants, settings) are given as typed JSON actions (``--actions FILE``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ledgerlm.errors import InputError
from ledgerlm.governance.actions import Action
from ledgerlm.governance.messages import CATALOGUE
from ledgerlm.language.lang import detect_lang

say = CATALOGUE.say

_SPLIT = re.compile(r"[;；\n]|(?:,|，)\s*(?:and|then|再|然后|并且?)\s+|\band then\b|\bthen\b|另外|然后")
_PAY_CUES = re.compile(r"\b(pay|send|transfer|give|grant|fund|reimburse|award)\b|支付|付|转|拨|发放|打款|给", re.I)
_NAME_AFTER_TO = re.compile(
    r"(?:\bto\b\s*([A-Z][a-zA-Z]+)\b|(?:给|向)\s*([\u4e00-\u9fff]{2,3}?)(?=支付|付|转|打|发|[^\u4e00-\u9fff]|$))"
)


@dataclass
class ProposalDraft:
    text: str
    lang: str
    actions: list[Action] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    description: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "lang": self.lang,
            "actions": [a.to_dict() for a in self.actions],
            "questions": self.questions,
            "description": self.description,
        }


def _segments(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for m in _SPLIT.finditer(text):
        if text[pos : m.start()].strip():
            out.append((pos, text[pos : m.start()]))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, text[pos:]))
    return out


def draft_proposal(text: str, chain: Any, treasury: str) -> ProposalDraft:
    """Read treasury payments from ``text``; questions for anything not read for sure."""
    from ledgerlm.language.addresses import find_addresses
    from ledgerlm.language.numbers import find_numbers
    from ledgerlm.language.tokens import find_tokens

    if not text.strip():
        raise InputError("the proposal is empty", hint='e.g. "pay 5,000 USDC from the treasury to 0x… for the audit"')
    lang = detect_lang(text)
    draft = ProposalDraft(text=text, lang=lang, description=text.strip())
    for offset, seg in _segments(text):
        if not _PAY_CUES.search(seg):
            continue
        addresses = find_addresses(seg)
        numbers = [
            n
            for n in find_numbers(seg, include_flagged=True)
            if not n.percent and not any(a.start <= n.start < a.end for a in addresses)
        ]
        tokens = [t for t in find_tokens(seg) if not any(a.start <= t.start < a.end for a in addresses)]
        flagged = [n for n in numbers if n.ambiguous or n.error]
        usable = [n for n in numbers if not (n.ambiguous or n.error or n.ignored)]
        where = seg.strip()
        if flagged:
            n = flagged[0]
            draft.questions.append(say("ask_amount_ambiguous", lang, words=n.text))
            continue
        if len(usable) != 1:
            draft.questions.append(say("ask_amount" if not usable else "ask_which_amount", lang, where=where))
            continue
        amount = usable[0]
        if amount.negative or amount.value <= 0:
            draft.questions.append(say("ask_positive_amount", lang, words=amount.text))
            continue
        recipient = _recipient(seg, addresses, draft, lang)
        if recipient is None:
            continue
        symbol = tokens[0].symbol if len(tokens) == 1 else ("ETH" if not tokens else None)
        if symbol is None:
            draft.questions.append(say("ask_which_token", lang, where=where))
            continue
        span = (offset + amount.start, offset + amount.end, amount.text)
        draft.actions.append(payment(chain, symbol, amount.value, recipient, treasury, span))
    if not draft.actions and not draft.questions:
        draft.questions.append(say("ask_no_payment", lang))
    return draft


def _recipient(seg: str, addresses: list[Any], draft: ProposalDraft, lang: str) -> str | None:
    from ledgerlm.chain import contacts

    names = [m.group(1) or m.group(2) for m in _NAME_AFTER_TO.finditer(seg)]
    known = [(n, contacts.lookup(n)) for n in names]
    candidates = [a.address for a in addresses] + [addr for _, addr in known if addr]
    distinct = sorted(set(candidates), key=candidates.index)
    if len(distinct) == 1:
        return str(distinct[0])
    if len(distinct) > 1:
        draft.questions.append(say("ask_which_recipient", lang, candidates=", ".join(distinct)))
        return None
    unknown = [n for n, addr in known if not addr]
    if unknown:
        draft.questions.append(say("ask_contact_address", lang, name=unknown[0]))
    else:
        draft.questions.append(say("ask_recipient", lang))
    return None


def payment(
    chain: Any,
    symbol: str,
    amount: Decimal,
    recipient: str,
    treasury: str,
    evidence: tuple[int, int, str] | None = None,
) -> Action:
    """A treasury payment of ``amount`` whole tokens (ETH or an ERC-20 whose decimals are read from the token)."""
    from ledgerlm.contracts.assets import resolve_asset

    asset = resolve_asset(chain, symbol, create_on_local=False)
    base = asset.to_base_units(amount)
    if asset.is_native:
        return Action(
            recipient,
            base,
            None,
            [],
            summary_en=f"pay {amount} ETH from the treasury to {recipient}",
            summary_zh=f"从金库向 {recipient} 支付 {amount} ETH",
            evidence=evidence,
        )
    return Action(
        str(asset.address),
        0,
        "transfer(address,uint256)",
        [recipient, base],
        summary_en=f"pay {amount} {asset.symbol} from the treasury to {recipient}",
        summary_zh=f"从金库向 {recipient} 支付 {amount} {asset.symbol}",
        evidence=evidence,
    )
