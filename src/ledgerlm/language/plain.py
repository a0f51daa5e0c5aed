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
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from typing import Any, TypeVar

from ledgerlm.language.evidence import Span, Unsure
from ledgerlm.language.extract import Scan
from ledgerlm.language.hant import simplified

__all__ = [
    "PLACEHOLDER",
    "Plain",
    "plain",
    "plain_scan",
    "quoted",
    "read_table",
    "restore_name",
    "settle_cjk_name",
    "spaced_cjk_name",
]


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


#: the words a header cell of a pasted settings table may be ("Name | Symbol | Supply"): a header row is keys, never
#: values, so a row whose cells are all such words (two or more) is read as the header of the row under it
_COLUMN = re.compile(
    r"(?i:(?:token\s+|collection\s+|nft\s+)?(?:name|symbol|ticker|sym|token|coin|collection|supply|initial\s+supply|"
    r"total\s+supply|max(?:imum)?\s+supply|max|cap|decimals?|price|mint\s+price|royalt(?:y|ies)|royalty\s*%?|"
    r"(?:max\s+)?per\s+wallet|wallet\s+limit|notes?|comments?|description|type|chain|network)|"
    r"名称|名字|代号|符号|简称|总量|发行量|供应量|精度|小数位|上限|价格|版税|备注)"
)
_SEPARATOR = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*")


def _cells(line: str, at: int) -> list[tuple[int, int]] | None:
    """The cells of a table row (split at "|", or at tabs when no "|"), each as its stripped span in the text."""
    sep = "|" if "|" in line else "\t" if "\t" in line else None
    if sep is None and line.count(":") == 1:
        sep = ":"  # "Token | Symbol" of two cells arrives here already read as the settings line "Token: Symbol"
    if sep is None:
        return None
    body_start, body = 0, line
    if sep == "|":
        body = line.strip()
        body_start = line.find(body)
        if body.startswith("|"):
            body, body_start = body[1:], body_start + 1
        if body.endswith("|"):
            body = body[:-1]
    out: list[tuple[int, int]] = []
    pos = body_start
    for cell in body.split(sep):
        lead = len(cell) - len(cell.lstrip())
        out.append((at + pos + lead, at + pos + len(cell.rstrip())))
        pos += len(cell) + 1
    return out


def _header_table(text: str) -> tuple[str, dict[str, tuple[int, int]], tuple[int, int]]:
    """A pasted settings table with a header row ("Name | Symbol | Supply", with or without "|---|" under it):
    the header and value cells paired by column, and the text with those rows blanked (same length), so no rule
    ever reads a header word as a value. Paired only when sure: one value row with as many cells as the header;
    any other shape (more value rows, cells missing) is blanked unpaired, and its values are asked."""
    lines: list[tuple[int, str]] = []
    at = 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    for i, (start, line) in enumerate(lines):
        head = _cells(line, start)
        if not head or len(head) < 2:
            continue
        words = [text[a:b] for a, b in head]
        if not all(w and _COLUMN.fullmatch(w.strip()) for w in words):
            continue
        j = i + 1
        if j < len(lines) and _SEPARATOR.fullmatch(lines[j][1]):
            j += 1
        rows: list[list[tuple[int, int]]] = []
        while j < len(lines):
            cells = _cells(lines[j][1], lines[j][0])
            if not cells or _SEPARATOR.fullmatch(lines[j][1]):
                break
            if _COLUMN.fullmatch(text[cells[0][0] : cells[0][1]]):
                break  # "Name: Coin\nSymbol: CNDB": settings lines, each its own key, never a header's values
            rows.append(cells)
            j += 1
        if not rows:
            continue
        end = lines[j - 1][0] + len(lines[j - 1][1])
        blanked = text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]
        if len(rows) != 1 or len(rows[0]) != len(head):
            return blanked, {}, (start, end)
        pairs = {re.sub(r"\s+", " ", w.strip().lower()): cell for w, cell in zip(words, rows[0], strict=True)}
        return blanked, {k: v for k, v in pairs.items() if v[1] > v[0]}, (start, end)
    return text, {}, (0, 0)


#: a JSON key in quotes ('"name": "Velvet Moth"'): read as the settings key name : "Velvet Moth" (quotes blanked)
_JSON_KEY = re.compile(r'"([A-Za-z_][A-Za-z0-9_ ]{0,30})"(?=\s*:)')


#: a JSON number written as a string ('"cap": "5000000"', '"mintPrice": "0.02"'): the quotes are no part of it
_JSON_NUMBER = re.compile(r'(?<=:)(\s*)"(\d[\d_.,]*(?:[eE][+-]?\d+)?)"(?=\s*[,}\n])')


def _unjson(text: str) -> str:
    """The quotes around JSON keys and number strings blanked, of the same length: '"name": "X"' was read as the
    quoted name "name", and '"cap": "5000000"' left the cap unread behind its quote."""
    text = _JSON_KEY.sub(lambda m: f" {m.group(1)} ", text)
    return _JSON_NUMBER.sub(lambda m: f"{m.group(1)} {m.group(2)} ", text)


#: a dash that ends a list before the count said of it ("signers: tomo, priya, me — 2 needed")
_DASH_CLAUSE = re.compile(
    r"(?<=\s)[—–](?=\s*(?:\d+|two|three|four|five|six|seven)\s+(?:needed|required|must|to\s+sign|sigs?|signatures|"
    r"approvals?|of\s+(?:us|them|these)|have\s+to|need\s+to|should)\b)",
    re.IGNORECASE,
)


def _undash(text: str) -> str:
    """A dash before "2 needed" read as ";", of the same length: it ends the list before it, so the count is no
    name of the list (the list reader once ran on into "— 2 needed" and asked the owners)."""
    return _DASH_CLAUSE.sub(";", text)


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
        #: the value cells of a pasted table with a header row, by header word ("name", "symbol", "supply")
        self.table: dict[str, tuple[int, int]] = {}
        #: where the table's header and value rows stand (blanked for the rules)
        self.table_at = (0, 0)

    def cell(self, *keys: str) -> tuple[int, int] | None:
        """The value cell under the first of ``keys`` that heads a column of the table, if any."""
        for key in keys:
            if key in self.table:
                return self.table[key]
        return None

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
    text, out.table, out.table_at = _header_table(_undash(_unjson(_unmark(plain(original)))))
    text = _untable(text)
    if len(text) != len(original):  # never: every replacement keeps the length (a span must stand where it stood)
        yield out
        return
    s.text = text
    if s.text != original:
        _numbers_of_plain(s, original)
    a, b = out.table_at
    # the numbers of a pasted table's rows are read from their cells only (``read_table``): one in a cell with no
    # header, or in a table that could not be paired, is never a bare count for the kind's rules to take
    s.used.update(i for i, n in enumerate(s.numbers) if a <= n.start < b)
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


def _table_number(s: Scan, cell: tuple[int, int]) -> Any:
    """The one number written in a table cell (marked used), or None when the cell holds none or several."""
    inside = [i for i, n in enumerate(s.numbers) if cell[0] <= n.start and n.end <= cell[1]]
    if len(inside) != 1:
        return None
    s.used.add(inside[0])
    return s.numbers[inside[0]].value


_TICKER = re.compile(r"\$?[A-Za-z][A-Za-z0-9]{1,10}")


def read_table(
    s: Scan,
    out: Plain,
    params: dict[str, Any],
    text_cols: Mapping[str, tuple[str, ...]],
    number_cols: Mapping[str, tuple[str, ...]],
    whole: tuple[str, ...] = (),
) -> None:
    """The values of a pasted table with a header row, each from the cell under its header word. The rows were
    blanked for the kind's rules, but a name or ticker they found there from the scan's tokens is dropped here; a
    cell that does not read as its value (no ticker, several numbers, "TBD") is left to be asked. ``whole``: the
    params written as whole numbers."""
    a, b = out.table_at
    if not b:
        return
    for key in text_cols:
        ev = s.evidence.get(key)
        if key in params and ev is not None and any(a <= sp.start < b for sp in ev.spans):
            params.pop(key)
            s.evidence.pop(key, None)
    for key, heads in text_cols.items():
        cell = out.cell(*heads)
        if cell is None:
            continue
        words = out.original[cell[0] : cell[1]].strip("'\"“”")
        if not words or PLACEHOLDER.fullmatch(words) or (key == "symbol" and not _TICKER.fullmatch(words)):
            continue
        params[key] = words.lstrip("$") if key == "symbol" else words
        s.cite(key, cell[0], cell[1], f"the table's {key} column")
    for key, heads in number_cols.items():
        cell = out.cell(*heads)
        if cell is None:
            continue
        value = _table_number(s, cell)
        if value is None:
            continue
        params[key] = int(value) if key in whole else value
        s.cite(key, cell[0], cell[1], f"the table's {key} column")


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


#: the keys and words of a Chinese request that never stand inside a name: with no punctuation between them
#: ("叫星光币代号XGB总量一亿", or a voice note whose spaces were taken out) a name reader runs on into them
_ZH_NAME_END = re.compile(
    r"代号|符号|简称|代码|缩写|总量|总数|总共|一共|发行|供应|数量|精度|小数位|上限|价格|售价|单价|定价|版税|白名单|"
    r"免费|限量|限购|每(?:个|张|枚|份|人|一)"
)
#: words that open a name's phrase but are no part of it ("名字叫山海经" read from 名字 on: "叫山海经")
_ZH_NAME_LEAD = re.compile(r"(?:就|也|可以|先)?(?:叫做|叫|名为|为|是)")
#: a run of Chinese characters after a space in text dictated with spaces between words ("叫 山海 经 符号")
_ZH_RUN_AFTER = re.compile(r"[ \t]+([\u4e00-\u9fff]+)")
#: what may open the run after a name without continuing it: a key, a count, a particle or a verb of the request
_ZH_NOT_NAME_START = re.compile(
    _ZH_NAME_END.pattern + r"|[零一二两三四五六七八九十百千万亿几]|[吧呢啊呀嘛的了和跟与及或还再要想就给发铸卖做搞建]"
)
_ZH_SPACED = re.compile(r"[\u4e00-\u9fff][ \t]+(?=[\u4e00-\u9fff])")


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def settle_cjk_name(s: Scan, key: str, name: str) -> str | None:
    """A Chinese name read with its edges settled, its evidence re-cited: cut before the next key when nothing
    separates them ("叫星光币代号XGB总量一亿" is 星光币, never the rest), and, in text dictated with spaces between
    words ("叫 山海 经 符号 SHJ"), joined over the spaces until the next key ("山海经", once cut to "山海" silently).
    A name that is no name once its edges are settled (only a key) is dropped, so it is asked. Names in Latin
    letters, and text with no Chinese name, are returned unchanged."""
    ev = s.evidence.get(key)
    if not name or ev is None or not ev.spans or (not _cjk(name[0]) and not _cjk(name[-1])):
        return name
    start, end = ev.spans[0].start, ev.spans[0].end
    lead = _ZH_NAME_LEAD.match(s.text, start, end)
    if lead is not None and end - lead.end() >= 2 and _cjk(s.text[lead.end()]):
        start = lead.end()  # "叫山海经": the verb before the name
    cut = next((m for m in _ZH_NAME_END.finditer(s.text, start + 1, end) if _cjk(s.text[m.start() - 1])), None)
    if cut is not None:
        end = cut.start()
    elif len(_ZH_SPACED.findall(s.text)) >= 3 and _cjk(s.text[end - 1]):
        while (run := _ZH_RUN_AFTER.match(s.text, end)) is not None and not _ZH_NOT_NAME_START.match(run.group(1)):
            end = run.end()  # "山海 经 符号": 经 continues the name, 符号 is the next key
        if end == ev.spans[0].end and start == ev.spans[0].start:
            return name
        words = s.text[start:end]
        s.cite(key, start, end, ev.rule + "; the words dictated with spaces joined")
        return re.sub(r"[ \t]+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])[ \t]+", "", words)
    if (start, end) == (ev.spans[0].start, ev.spans[0].end):
        return name
    words = s.text[start:end].strip()
    if len(words) < 1 or _ZH_NAME_END.fullmatch(words):
        s.evidence.pop(key, None)
        return None
    s.cite(key, start, start + len(words), ev.rule + "; cut before the next key")
    return words


#: the cue before a name in Chinese dictated with spaces ("代币 叫 星光 币", "名字 叫做 熊猫 日记", "名为 稻香")
_ZH_NAME_CUE = re.compile(r"(?:名字|名称|名为|命名为|取名)?\s*(?:叫做|叫|为|是)?[ \t]+(?=[\u4e00-\u9fff])")


def spaced_cjk_name(s: Scan, key: str) -> str | None:
    """The name after its cue in Chinese dictated with spaces between words ("发 一个 代币 叫 星光 币 代号 XGB" is
    星光币): the runs after the cue joined until a key, a count or a particle opens the next run. Only text with
    three or more spaces between Chinese characters is read so; the name is cited, or None when none is found."""
    if len(_ZH_SPACED.findall(s.text)) < 3:
        return None
    for cue in re.finditer(r"名字|名称|名为|命名为|取名|叫做|叫", s.text):
        at = _ZH_NAME_CUE.match(s.text, cue.start())
        if at is None or at.end() <= cue.end():
            continue
        first = re.match(r"[\u4e00-\u9fff]+", s.text[at.end() :])
        if first is None or _ZH_NOT_NAME_START.match(first.group(0)):
            continue
        end = at.end() + first.end()
        while (run := _ZH_RUN_AFTER.match(s.text, end)) is not None and not _ZH_NOT_NAME_START.match(run.group(1)):
            end = run.end()
        s.cite(key, at.end(), end, "the name after its cue, the words dictated with spaces joined")
        return re.sub(r"[ \t]+", "", s.text[at.end() : end])
    return None
