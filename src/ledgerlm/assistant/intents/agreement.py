"""A second, independent reading of each slot value: a value is kept only when it agrees, otherwise it is left
empty, so the assistant asks for it.

Why: the slot parser (``ledgerlm.language.slots``) is one reading built of many rules; on words it has not seen it
can cut a name ("Kevin 陈" -> "Kevin"), take a verb for a person ("to sending ... Carlos"), or take the one number of
a long message that is not the amount ("savings, around 3000 ... put maybe 1000 of that into ETH"). A wrong value
that looks right is the worst outcome (a question costs one turn), so each value is checked by a reading that does
not share the parser's rules:

* **recipient**: the name tagger (``ledgerlm.ner``, a learned scorer over name candidates, built for redaction)
  reads the same text. When it finds a name that covers more than the parser's recipient (a cut name), or finds
  names and none of them is the recipient (the parser took another word), the recipient is asked. A recipient
  that contains the tagger's name ("Tony 老师" around "Tony", "coach miller") or a message in which the tagger finds
  no name at all does not contradict the parser. Addresses are exact already (checksummed by the parser).
* **amount** and **counter_amount**: every number of the message is accounted for: the amount, a number written
  with a token, the spent side of a swap, a number inside the recipient's name, a holding ("我有 800 个"), a
  percentage, a duration, an address. When the amount is not written with its token and another number of the
  message is unaccounted for, which of them is the amount is asked. After a self-correction ("no wait", "那就",
  "scratch that") the amount must be the one written after it; without one, two different figures written with
  the same token ("I had like 2 ETH ... so 1 ETH") are asked.
* **token**: the symbol must be written in the message (a span of the user's words, or a dollar form read as a
  stablecoin); a symbol the parser inferred from nothing is asked.

``check`` returns the slots that agree and, for each value dropped, the reason (kept on ``Understanding.unsure``
and in ``to_dict()["unsure"]``, which ``ledgerlm intent --json`` prints).
"""

from __future__ import annotations

import re
from typing import Any

from ledgerlm.language.slots import NOT_THAT_BUT

__all__ = ["check"]

#: markers after which the user's last figure counts; joined with ``language.corrections.find_corrections`` (the
#: grammar the contract parser uses), this is the check that the value the slot parser kept stands after the last
_CORRECTION = re.compile(
    r"\bno\s+wait\b|\bwait\s+no\b|\bactually\b|\bi\s+mean\b|\bi\s+meant\b|\bmake\s+(?:it|that)\b|\bscratch\s+that\b|"
    r"\bstrike\s+that\b|\bcorrection\b|(?<=[\d\w]\s)no\s+(?=\$?\d)|\bsorry\b|\bforget\s+(?:it|that)\b|\bnever\s*mind\b|\bnvm\b|\bno\s*,|\bon\s+second\s+thought|不对|改成|改为|哦不|噢不|啊不|不不|那就|算了|"
    r"还是(?![^，,。]*(?:[?？吗呢]|还是))|"  # "……还是转 50 吧" corrects; "2 个还是 3 个？" asks (never a correction)
    + NOT_THAT_BUT,
    re.IGNORECASE,
)
_ADDRESS = re.compile(r"0[xX][0-9a-fA-F]{6,}")
#: words the parser may keep around the tagger's name: a capitalised word, a title or kin word, a firm's "&",
#: Chinese (a surname or title after a Latin name: "Tony 老师"); a lower-case word ("sarah like") is not one
_NAME_PART = re.compile(
    r"(?-i:[A-Z])[\w'.\-]*|&|and|[\u4e00-\u9fff]+|(?:dr|mr|mrs|ms|miss|prof|sir|madam|uncle|aunt|auntie|aunty|grandma|"
    r"grandpa|granny|cousin|coach|pastor|captain|officer|nurse|teacher|doctor|professor|judge|chef)\.?,?|"
    # an honorific written onto the name ("Tanaka-san", "Kim-ssi", "Sharma-ji"): part of how the payee is called
    r"-(?:san|sama|kun|chan|sensei|senpai|ssi|nim|ji|bhai|didi)",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"(?:\bfrom|\blove|\bthanks|\bthank\s+you|\bthx|\bcheers|\bregards|\bbest|\bsincerely|\bxoxo|\bsigned|[—–-]|"
    r"谢谢|署名|落款)[,，:\s]*$",
    re.IGNORECASE,
)


def check(text: str, intent: str, slots: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """(slots that a second reading confirms, {slot: why it was dropped}) for ``slots`` read from ``text``."""
    if not slots or not text:
        return slots, {}
    out = dict(slots)
    unsure: dict[str, str] = {}
    rec = out.get("recipient")
    if isinstance(rec, str) and rec and not _ADDRESS.fullmatch(rec):
        why = _recipient_disagrees(text, rec)
        if why:
            out.pop("recipient")
            unsure["recipient"] = why
    for key in ("token", "counter_token", "collateral"):
        sym = out.get(key)
        if isinstance(sym, str) and sym and not _written(text, sym):
            out.pop(key)
            unsure[key] = f"{sym} is not written in the message"
    if intent == "transfer" and _TRADED_THEN_SENT.search(text):
        # the amount and token of a transfer read from a message that also trades are not to be trusted: the
        # proceeds of the trade, or another order's figures (see _TRADED_THEN_SENT): asked
        for key in ("amount", "token"):
            if out.pop(key, None) is not None:
                unsure[key] = "the message also trades: which amount of which token is sent?"
    for key in ("amount", "counter_amount"):
        value = out.get(key)
        if value is not None and value != "all":
            why = _amount_disagrees(text, out, key)
            if why:
                out.pop(key)
                unsure[key] = why
    return out, unsure


def _written(text: str, symbol: str) -> bool:
    """``symbol`` (or a name of it: 以太坊, bitcoin, a ``$`` sum) is written in ``text``: the token list's own
    reading, without the parser's rules on which of several tokens is which slot."""
    if re.search(r"(?<![A-Za-z])" + re.escape(symbol) + r"(?![A-Za-z])", text, re.IGNORECASE):
        return True  # the symbol itself, as written: no need for the token table
    from ledgerlm.language.slots import chat_tokens

    try:
        return symbol in {t.symbol for t in chat_tokens(text)}
    except Exception:  # noqa: BLE001 - no second reading
        return True


#: what the tagger can only read with a capital letter or in Chinese: a message with neither has nothing for it
_NAME_SHAPED = re.compile(r"(?<![0-9A-Za-z])[A-Z][a-z]|[\u4e00-\u9fff]")


def _recipient_disagrees(text: str, rec: str) -> str | None:
    if not _NAME_SHAPED.search(_ADDRESS.sub(" ", text)):
        return None  # "send 5 usdc to bob": all lower case, no second reading to contradict the first (and no cost)
    try:
        from ledgerlm.ner import find_names

        names = find_names(text)
    except Exception:  # noqa: BLE001 - without the tagger there is no second reading to contradict the first
        return None
    # "love from Mark", "Thanks, Ana", "Regards, Tom": the sender signing off, no candidate for the payee
    names = [n for n in names if not _ADDRESS.search(n.text) and not _SIGN_OFF.search(text[: n.start])]
    if not names:
        return None
    at = text.lower().find(rec.lower())
    if at < 0:
        return f"the recipient {rec!r} is not written as such in the message"
    end = at + len(rec)
    over = [n for n in names if n.start < end and at < n.end]
    if not over:
        listed = ", ".join(repr(n.text) for n in names)
        return f"the words name {listed}, the request was read as paying {rec!r}"
    for n in over:
        if n.start < at or n.end > end:
            return f"the name may be {n.text!r}, the request was read as {rec!r}"
    tail = text[over[-1].end : end]
    if _legal_form(tail):
        tail = ""  # "Nowak & Partners Sp. z o.o.": the tagger stops before the firm's legal form, which is the name's
    extra = (text[at : over[0].start] + " " + tail).split()
    if not all(_NAME_PART.fullmatch(w) for w in extra):
        return f"the name may be {over[0].text!r}, the request was read as {rec!r}"
    return None


def _legal_form(words: str) -> bool:
    """``words`` are a firm's legal form (``ledgerlm.language.slots.legal_form``); False without the parser."""
    try:
        from ledgerlm.language.slots import legal_form
    except ImportError:
        return False
    return legal_form(words)


def _last_correction(text: str) -> tuple[int, int] | None:
    """(start, end) of the last self-correction marker: the shared grammar of ``ledgerlm.language.corrections``
    (the contract parser's), joined with this module's own markers (那就, a 还是 that is no question)."""
    spans = [(m.start(), m.end()) for m in _CORRECTION.finditer(text)]
    try:
        from ledgerlm.language.corrections import find_corrections

        spans += [(c.start, c.end) for c in find_corrections(text)]
    except Exception:  # noqa: BLE001 - the shared grammar is a second source of markers, not a requirement
        pass
    return max(spans) if spans else None


#: a trade and a transfer in one message read as one transfer: "sell 2 sol, then send it to bob" (the proceeds),
#: "sell 2 sol and send 10 usdc to bob" (two orders the splitter kept together) both planned "send 2 SOL to bob"
_TRADED_THEN_SENT = re.compile(
    r"\b(?:sell|sold|swap|dump|convert|cash\s+out|liquidate|buy)\b.{0,80}?\b(?:send|transfer|forward|wire)\b|"
    r"(?:卖(?!完)|抛|换成|兑换|套现|买入).{0,40}?(?:转给|转账给|发给|打给|汇给)",
    re.IGNORECASE | re.DOTALL,
)


def _amount_disagrees(text: str, slots: dict[str, Any], key: str) -> str | None:
    from ledgerlm.language.numbers import find_numbers
    from ledgerlm.language.slots import accounted_numbers, repeated, share_of

    if repeated(text):
        return "the order is repeated or recurring ('twice', '3 times', 'every week'): one plan cannot carry it"
    from ledgerlm.language.operators import find_operands

    try:
        operands = find_operands(text)
        if any(
            n.value == slots[key]
            and (share_of(text, n) or any(o.number_start <= n.start < o.number_end for o in operands))
            for n in find_numbers(text)
        ):
            return "a share of this figure is asked ('half of', '30% of', '的一半'), not the figure itself"
    except Exception:  # noqa: BLE001 - an unreadable number: the amount is asked rather than guessed
        return "the amount could not be read twice the same way"

    try:
        acc = accounted_numbers(text, slots, key)
    except Exception:  # noqa: BLE001 - an unreadable number: the amount is asked rather than guessed
        return "the amount could not be read twice the same way"
    if acc.excluded:
        return "this number is not an amount (a share, a percentage, a date, or '2' for 'to')"
    if acc.amount_start is None:
        return None  # a value the number grammar derived (a half, "a grand"): its own evidence says so
    fix = _last_correction(text)
    if fix is not None and acc.amount_start < fix[0] and any(n >= fix[1] for n in acc.every):
        return "the message corrects itself after this amount"
    if fix is None and acc.rivals:
        return "the message writes two different amounts of this token"
    if not acc.attached and acc.loose:
        return "the message has other numbers, and this one is not written with its token"
    return None
