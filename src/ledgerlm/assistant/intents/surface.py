"""How a message is written, undone before it is read (round 11): quoted e-mail replies and signatures, chat-app
mention markup, and Chinese written with spaces between words.

Why: the classifier and the slot parser read the words of one request. A reply that quotes the message before
it ("> sell 5 ETH") carries a second, older request whose figure made the new one's amount ambiguous; a Slack
mention (``<@U02AB3CD>``) was read as a ticker; and a voice transcript of Chinese ("给 小 李 转 一百 U", "两千 五百")
split names and numbers at every word ("小" was the payee, "两千 五百" read 500).

The first two are blanked with spaces of the same length, so every offset (the evidence of a slot) still points
at the user's words. Closing the spaces of spaced Chinese changes the length, so ``despaced`` returns, for each
character it reads, the offset of that character in the text as written.
"""

from __future__ import annotations

import re

__all__ = ["despaced", "newest_part", "unmentioned", "word_spaced"]

#: the header a mail client writes above a quoted reply ("On Tue, 1 Dec 2026, Bob wrote:", "老王 写道：")
_QUOTE_HEADER = re.compile(
    r"^[^\S\n]*(?:on\b[^\n]{0,160}\bwrote\s*:|[^\n]{0,80}写道\s*[:：]|-{2,}\s*original\s+message\s*-{2,}|"
    r"-{2,}\s*forwarded\s+message\s*-{2,}|from:\s[^\n]{0,120}\n[^\S\n]*(?:sent|date):)[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
#: a quoted line of an e-mail reply ("> sell 5 ETH", ">> 卖 1 个")
_QUOTED_LINE = re.compile(r"^[^\S\n]*>[^\n]*$", re.MULTILINE)
#: the line that opens a signature ("-- ", "--", "—") or a client's footer ("Sent from my iPhone")
_SIGNATURE = re.compile(
    r"^[^\S\n]*(?:--|—|__+)[^\S\n]*$|^[^\S\n]*sent from my \w+[^\n]*$", re.IGNORECASE | re.MULTILINE
)
_WORDY = re.compile(r"[A-Za-z\u4e00-\u9fff]")


def _blank(text: str, start: int, end: int) -> str:
    """``text`` with ``[start, end)`` replaced by spaces (newlines kept), so offsets do not move."""
    return text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]


def newest_part(text: str) -> str:
    """``text`` with the quoted part of an e-mail reply blanked: everything from a quote header or a signature
    line on, and every line that opens with ``>``. The message as written is returned when nothing of the user's
    own would be left (a message that is only a quote is read whole, and the assistant asks)."""
    if "\n" not in text:
        return text
    out = text
    cuts = [m.start() for m in (_QUOTE_HEADER.search(out), _SIGNATURE.search(out)) if m is not None]
    if cuts:
        out = _blank(out, min(cuts), len(out))
    for m in _QUOTED_LINE.finditer(out):
        out = _blank(out, m.start(), m.end())
    return out if _WORDY.search(out) else text


#: chat-app mention markup: Slack ``<@U02AB3CD>`` / ``<@U02AB3CD|dave>``, Discord ``<@!1234>``, channel ``<#C0123>``
_MARKUP = re.compile(r"<[@#]!?[A-Z0-9]{4,}(?:\|[^>\n]{0,40})?>", re.IGNORECASE)


def unmentioned(text: str) -> str:
    """``text`` with chat-app mention markup blanked (same length): an id like ``U02AB3CD`` is no ticker and no
    payee. A mention written as a name (``@maria``) stays: it names a person."""
    return _MARKUP.sub(lambda m: " " * len(m.group(0)), text)


_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
#: a run of horizontal spaces between two Chinese characters; never after a spoken filler ("给 那个 老陈": the
#: filler stays apart from the payee's name)
_HAN_GAP = re.compile(rf"(?<=[{_HAN}])(?<!那个)(?<!这个)(?<!就是)[^\S\n]+(?=[{_HAN}])")
#: a one-character Chinese word standing alone between spaces ("帮 我 转", "买 三百"): the mark of word-spaced text
_LONE_HAN = re.compile(rf"(?:^|(?<=\s))[{_HAN}](?=\s|$|[，,。！？!?])")


def word_spaced(text: str) -> bool:
    """Chinese written with a space after every word (a voice transcript, "我 想 看 一下 比特币"): at least one
    space between two Chinese characters and one one-character word standing alone. Ordinary mixed text
    ("给 alice 转 20 USDC", "老王 小李") has neither both."""
    return bool(_HAN_GAP.search(text)) and bool(_LONE_HAN.search(text))


def despaced(text: str) -> tuple[str, tuple[int, ...]]:
    """``text`` with the spaces between Chinese characters closed when it is word-spaced (``word_spaced``), and
    for each character of the result the offset of that character in ``text``; ``(text, ())`` when nothing
    changes. "给 小 李 转 一百 U" reads "给小李转一百 U": the payee is 小李 and "两千 五百" is 2500."""
    if not word_spaced(text):
        return text, ()
    chars: list[str] = []
    offsets: list[int] = []
    at = 0
    for m in _HAN_GAP.finditer(text):
        chars.extend(text[at : m.start()])
        offsets.extend(range(at, m.start()))
        at = m.end()
    chars.extend(text[at:])
    offsets.extend(range(at, len(text)))
    return "".join(chars), tuple(offsets)
