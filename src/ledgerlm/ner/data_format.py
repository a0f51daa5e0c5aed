"""The labelled-span format of the tagger's training and held-out files.

One message per line, ``<lang><TAB><text>``, names marked inline as ``[[PER|张伟]]`` or ``[[ORG|Hart & Sons]]``;
every candidate span the rules propose that is not exactly a marked span is a negative (partial spans included,
so the scorer learns the boundary). ``#`` starts a comment line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

_MARK = re.compile(r"\[\[(PER|ORG)\|(.+?)\]\]")
_LABELS = {"PER": "person", "ORG": "org"}


@dataclass(frozen=True)
class Example:
    lang: str
    text: str
    spans: tuple[tuple[int, int, str], ...]  # (start, end, label)


def parse_line(line: str) -> Example:
    lang, _, body = line.partition("\t")
    text, spans, cursor = "", [], 0
    for m in _MARK.finditer(body):
        text += body[cursor : m.start()]
        spans.append((len(text), len(text) + len(m.group(2)), _LABELS[m.group(1)]))
        text += m.group(2)
        cursor = m.end()
    text += body[cursor:]
    return Example(lang, text, tuple(spans))


def load(path: Path) -> list[Example]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [parse_line(line) for line in lines if line.strip() and not line.startswith("#")]
