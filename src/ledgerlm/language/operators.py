"""Numbers that an operator word changes: "half of 2 ETH", "a third of the 3 million", "2 ETH 的一半", "两倍的 500".

Why: every reader takes the number it sees. "send half of 0.002 ETH to bob" planned 0.002 ETH, "lend Bob half of 2
ETH" deployed a 2 ETH loan, "借给老王 2 ETH 的一半" the same: the operator word is not a number, so nothing flagged
it, and the value was plausible and twice what the user meant. Arithmetic on the user's behalf would be a guess
about what "half" binds to ("half of the 2 ETH I lent, plus ..."); the phrase is found here and the value it
feeds is asked, with the user's words quoted.

API: ``find_operands(text) -> list[Operand]``; ``Operand(start, end, words, number_start, number_end)`` covers the
operator and its number (so a caller can match it against the span a param was read from). Both languages;
percentages are left alone ("10% of the 5,000 each month" is an instalment, read by the kinds), and so is a share
of a schedule ("a quarter of the 400k unlocks each year").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Operand", "find_operands"]


@dataclass(frozen=True)
class Operand:
    start: int
    end: int
    words: str
    number_start: int
    number_end: int


_NUM = r"(?P<num>\d+(?:[.,]\d+)*(?:\.\d+)?(?:\s*[kKmM]\b)?|[一二两三四五六七八九十百千万亿点半]+)"
_FRACTION_EN = (
    r"(?:a\s+|one\s+)?half|(?:a|one|two)\s+thirds?|(?:a|one|three)\s+quarters?|(?:a|one|two|three|four)\s+fifths?|"
    r"(?:a|one)\s+(?:tenth|sixth|eighth)|twice|double|triple|"
    r"(?:two|three|four|five|ten|\d+)\s+times"
)
#: "half of 2 ETH", "a third of the 3 million", "25% of 4 ETH", "twice the 500", "double 300 USDC"
_EN = re.compile(
    rf"\b(?P<op>{_FRACTION_EN})\s+(?:of\s+)?(?:(?:the|that|those|my|our|his|her|their|these)\s+)?"
    rf"(?:(?:total|full|whole)\s+(?:of\s+)?)?{_NUM}",
    re.IGNORECASE,
)
_ZH_OP = (
    r"一半|半数|[二三四五六七八九十两\d]+分之[一二三四五六七八九十\d]+|[一二三四五六七八九\d]成|"
    r"[两二三四五六七八九十\d]+倍"
)
_UNIT = r"(?:\s*(?:[A-Za-z]{2,6}|个|枚|份|块|元|万|亿))?"
#: "2 ETH 的一半", "3万的三分之一", "500 USDC 的两倍", "4 ETH 的 25%"
_ZH_AFTER = re.compile(rf"{_NUM}{_UNIT}\s*的\s*(?P<op>{_ZH_OP})")
#: "一半的 2 ETH", "三分之一的 300 万"; a bare "一半" before a number without 的 ("一半 2 ETH") is too loose
_ZH_BEFORE = re.compile(rf"(?P<op>{_ZH_OP})\s*的\s*{_NUM}")
#: words after the phrase that make it a share of a schedule, not a changed amount: "a quarter of the 400k unlocks
#: each year", "2 ETH 的一半每月释放" state the total and how it is paid out; "twice a year" is a frequency
_SCHEDULE_AFTER = re.compile(
    # a short window, and verbs of paying out only: "one half of 3 ETH for a year" is a changed amount (a term
    # follows), "a quarter of the 8 ETH as a vesting over 2 years" too
    r"[^,，。;；.!?！？\n]{0,14}?(?:\b(?:unlocks?|vests?|vested|is\s+released|released|releases|drips?|each|every|per|"
    r"monthly|yearly|weekly|annually|upfront|up\s+front)\b|每|释放|解锁|归属|首期|先付)",
    re.IGNORECASE,
)


def find_operands(text: str) -> list[Operand]:
    """Every operator word applied to a number, with the number's span (see the module docstring)."""
    found: list[Operand] = []
    for rx in (_EN, _ZH_AFTER, _ZH_BEFORE):
        for m in rx.finditer(text):
            num = m.group("num")
            if not num or not re.search(r"\d|[一二两三四五六七八九十百千万亿]", num):
                continue
            if _SCHEDULE_AFTER.match(text, m.end()):
                continue
            found.append(Operand(m.start(), m.end(), m.group(0), m.start("num"), m.end("num")))
    found.sort(key=lambda o: o.start)
    kept: list[Operand] = []
    for op in found:
        if not any(op.start < k.end and k.start < op.end for k in kept):
            kept.append(op)
    return kept
