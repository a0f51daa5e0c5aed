"""Traditional characters and Cantonese words read as simplified ones, one character for one, so every span found in
the plain text stands at the same place in the user's own words.

The table is the shared one (``ledgerlm.language.hant``). Values are always quoted from the original text:
:func:`plain_scan` swaps the scan's text for the plain one while the rules run, then puts the user's words back into
every span, question and name; markdown bold markers are blanked and two-column table rows read as settings lines.
Used by the token, multisig and NFT rules (``ledgerlm.language.fold`` is the same idea
for traceability and data_access, which also re-read numbers, durations and names on the copy).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any, TypeVar

from ledgerlm.language.evidence import Span, Unsure
from ledgerlm.language.extract import Scan
from ledgerlm.language.hant import simplified

__all__ = ["PLACEHOLDER", "Plain", "plain", "plain_scan", "quoted", "restore_name"]


def plain(text: str) -> str:
    """``text`` in simplified characters, of the same length (offsets unchanged): ``ledgerlm.language.hant``."""
    return simplified(text)


#: a row of a two-column table, "| name | Harbor Lights |": read as the line "  name : Harbor Lights  "
_ROW = re.compile(r"(?m)^([ \t]*)\|([^|\n]+)\|([^|\n]+)\|([ \t]*)$")


def _untable(text: str) -> str:
    """Two-column table rows as key: value lines of the same length (the rules read "key: value" settings)."""

    def row(m: re.Match[str]) -> str:
        if re.fullmatch(r"[\s:\-]*", m.group(2) + m.group(3)):
            return m.group(0)  # "|---|---|": the line under the header
        return f"{m.group(1)} {m.group(2)}:{m.group(3)} {m.group(4)}"

    return _ROW.sub(row, text)


#: markdown emphasis ("**Name:** Harbor", "** Symbol HBR", "__Required__: 2"): no part of any key or value
_EMPHASIS = re.compile(r"\*\*+|(?<![A-Za-z0-9])__+|__+(?![A-Za-z0-9])")


def _unmark(text: str) -> str:
    """Markdown bold markers blanked, of the same length: a pasted "**Token name:** Harbor Gold" is the setting
    "Token name:   Harbor Gold" (the markers were once read as the start of the name)."""
    return _EMPHASIS.sub(lambda m: " " * len(m.group(0)), text)


class Plain:
    """What :func:`plain_scan` hands the rules: the user's text, and after the rules the user's spelling of every
    name read from the plain text (``renamed``: plain spelling -> the user's)."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.renamed: dict[str, str] = {}

    def restore(self, params: dict[str, Any], *keys: str) -> None:
        """The values of ``keys`` (a name, or a list of names) as the user wrote them: "咖啡豆", "我媽", never
        re-spelled in simplified characters."""
        for key in keys:
            value = params.get(key)
            if isinstance(value, str):
                params[key] = self.renamed.get(value, value)
            elif isinstance(value, list):
                params[key] = [self.renamed.get(v, v) if isinstance(v, str) else v for v in value]


@contextmanager
def plain_scan(s: Scan) -> Iterator[Plain]:
    """Run the rules over the plain text of ``s`` (simplified characters, table rows as settings lines); afterwards
    every span, question and name quotes the user's own words again."""
    original = s.text
    out = Plain(original)
    text = _untable(_unmark(plain(original)))
    if len(text) != len(original):  # never: every replacement keeps the length (a span must stand where it stood)
        yield out
        return
    s.text = text
    if s.text != original:
        _numbers_of_plain(s, original)
    try:
        yield out
    finally:
        s.text = original
        for key, ev in list(s.evidence.items()):
            s.evidence[key] = replace(ev, spans=tuple(quoted(sp, original) for sp in ev.spans))
        s.unsure[:] = [quoted(u, original) for u in s.unsure]
        spans: dict[str, Span] = {}
        for key, sp in s.name_spans.items():
            mine = quoted(sp, original)
            if mine is not sp and sp.words == key:
                out.renamed[key] = mine.words
                key = mine.words
            spans[key] = mine
        s.name_spans.clear()
        s.name_spans.update(spans)


def _numbers_of_plain(s: Scan, original: str) -> None:
    """Numbers the scan of the user's words missed or cut short and the plain words show whole ("兩個" read as 两个,
    "兩千萬" as 两千万, never 千萬 alone): put at their place, quoting the user's words; a number already read is
    replaced only by a longer one that holds it, and the indices marked used follow the numbers they mark."""
    from ledgerlm.language.extract import scan

    blocked = [(x.start, x.end) for x in s.ignored] + [(d.start, d.end) for d in s.dates]
    blocked += [(f.start, f.end) for f in s.flagged]
    used = [s.numbers[i] for i in s.used if i < len(s.numbers)]
    numbers = list(s.numbers)
    changed = False
    for n in scan(s.text).numbers:
        if any(a < n.end and n.start < b for a, b in blocked):
            continue
        overlap = [o for o in numbers if o.start < n.end and n.start < o.end]
        if overlap and not all(
            n.start <= o.start and o.end <= n.end and (o.end - o.start) < (n.end - n.start) and o not in used
            for o in overlap
        ):
            continue
        numbers = [o for o in numbers if o not in overlap] + [replace(n, text=original[n.start : n.end])]
        changed = True
    if not changed:
        return
    s.numbers[:] = sorted(numbers, key=lambda n: n.start)
    s.used.clear()
    s.used.update(i for i, n in enumerate(s.numbers) if any(n is u for u in used))


_Q = TypeVar("_Q", Span, Unsure)


def quoted(item: _Q, original: str) -> _Q:
    """``item`` with its words as the user wrote them, where they were read from the plain text at that place."""
    mine = original[item.start : item.end]
    if mine != item.words and plain(mine) == item.words:
        return replace(item, words=mine)
    return item


def restore_name(s: Scan, params: dict[str, Any], key: str = "name") -> None:
    """The name as the user wrote it (咖啡豆 in 名稱 咖啡豆 stays as written, never re-spelled); call it after
    :func:`plain_scan` has put the user's text back."""
    value = params.get(key)
    if not isinstance(value, str):
        return
    ev = s.evidence.get(key)
    if ev is not None and ev.spans and plain(ev.spans[0].words) == plain(value):
        params[key] = ev.spans[0].words
        return
    at = plain(s.text).find(plain(value))
    if at >= 0:
        params[key] = s.text[at : at + len(value)]


#: words written where a value is not decided yet ("Symbol: TBD", "name: N/A", "代号：待定"): never a value, so the
#: field is asked
PLACEHOLDER = re.compile(r"(?i:tbd|tba|tbc|n/?a|todo|none|null|\?+|待定|未定|暂无)")
