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
    "cjk_name",
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


#: a name in backticks, as chat and issue trackers quote ("a token `Nova Five` (NV5)"); never an address or a number
_BACKTICKED = re.compile(r"`([A-Za-z\u4e00-\u9fff][^`\n]{0,40})`")


def _unbacktick(text: str) -> str:
    """Backticks around a name read as double quotes, of the same length: the name readers know quotes, and the
    backticks were once read as part of no name at all (the name asked)."""
    return _BACKTICKED.sub(lambda m: f'"{m.group(1)}"', text)


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
    text, out.table, out.table_at = _header_table(_undash(_unjson(_unmark(_unbacktick(plain(original))))))
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
    if ev is not None and ev.spans and plain(_CJK_BLANKS.sub("", ev.spans[0].words)) == plain(value):
        params[key] = _CJK_BLANKS.sub("", ev.spans[0].words)  # "海邊 日落" joined: 海邊日落, never 海边日落
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
    r"免费|限量|限购|法定人数|投票|时间锁|提案|每(?:个|张|枚|份|人|一)|"
    # "叫山海代币 SHAN": the token's key before its ticker (a name never ends in 代币 said before a ticker)
    r"代币(?=[ \t]*\$?[A-Za-z])"
)
#: words that open a name's phrase but are no part of it ("名字叫山海经" read from 名字 on: "叫山海经")
_ZH_NAME_LEAD = re.compile(r"(?:就|也|可以|先)?(?:叫做|叫|名为|为|是)")
#: the fillers of speech before a name ("名字 叫 嗯 竹林 清风"): no part of it
_ZH_FILLER_LEAD = re.compile(r"(?:[嗯呃额][ \t，,]*)+(?=[\u4e00-\u9fff])")
#: a run of Chinese characters after a space in text dictated with spaces between words ("叫 山海 经 符号")
_ZH_RUN_AFTER = re.compile(r"[ \t]+([\u4e00-\u9fff]+)")
#: a correction said right after a Chinese name ("叫 小熊 不对 叫 熊猫 积分", "叫 星河 币，不是，叫 银河 币"): the
#: marker, then the name's cue said again; the name after it is the one meant
_ZH_NAME_FIX = re.compile(
    r"[ \t]*[，,]?[ \t]*(?:不对|不是|唔系|唔係|哦不|不不|说错了|搞错了|写错了|打错了|更正|改成|改为|换成|应该是)"
    r"[ \t]*[，,]?[ \t]*(?:(?:名字|名称)?(?:就|还是)?(?:叫做|叫|是|为))?[ \t]*(?=[\u4e00-\u9fff])"
)
#: what may open the run after a name without continuing it: a key, a count, a particle or a verb of the request,
#: or a correction marker (the name after the marker is read by ``_ZH_NAME_FIX``)
_ZH_NOT_NAME_START = re.compile(
    _ZH_NAME_END.pattern + r"|不对|不是|唔系|唔係|哦不|不不|说错|搞错|写错|打错|更正|改成|改为|换成|应该是|"
    r"[零一二两三四五六七八九十百千万亿几]|[吧呢啊呀嘛的了和跟与及或还再要想就给发铸卖做搞建]|"
    # the fillers of speech ("叫 邻里 社 嗯 币 叫 LINL") and a cue said again ("叫") open no word of the name
    r"[嗯呃额叫]|那个|这个|代币|可以|能够|支持|允许"
)
#: in typed text, also the verbs and adverbs a setting goes on with ("名称 星光 可以 增发"), never a name's next word
_ZH_TYPED_NOT_NAME = re.compile(r"可以|可|能|需要|支持|允许|不|没|无|请|帮|并|也|都|最|限|初始|用|拿|分")
#: what closes a name typed with a space between its words ("名稱 台北 街貓，代號 TPCAT"): a clause mark, the end,
#: a bracket, the next key
_ZH_NAME_CLOSE = re.compile(
    r"[ \t]*(?:[，,；;。、！!？?\n(（)）|/]|$|" + _ZH_NAME_END.pattern + r"|(?i:symbol|ticker|sym|simbol)\b)"
)
#: inside one run of Chinese after a cue, where the name ends for certain: the next key, a filler, the cue again
_GLUED_STOP = re.compile(_ZH_NAME_END.pattern + r"|[嗯呃]|叫")
#: a key set off by a space inside the words read as a name: the name ended before it
_SPACED_KEY = re.compile(r"(?<=[ \t])(?:" + _ZH_NAME_END.pattern + r"|代币|代幣)")
_ZH_SPACED = re.compile(r"[\u4e00-\u9fff][ \t]+(?=[\u4e00-\u9fff])")
_CJK_BLANKS = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]+(?=[\u4e00-\u9fff])")


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _dictated(text: str) -> bool:
    """Three or more spaces between Chinese characters: a voice note, every word set off by a space."""
    return len(_ZH_SPACED.findall(text)) >= 3


def _joined_end(text: str, end: int, dictated: bool) -> int:
    """Where a Chinese name ending at ``end`` really ends once the words after a space are joined: in dictated text
    every run up to the next key, count or particle ("山海 经 符号": 经 goes on); in typed text the runs up to a
    clause mark or the next key only ("名稱 台北 街貓，代號": 街貓 goes on), never runs that lead on into the
    sentence ("名称 星光 可以 增发"), which leave the name as read."""
    stop = end
    while (run := _ZH_RUN_AFTER.match(text, stop)) is not None and not _ZH_NOT_NAME_START.match(run.group(1)):
        if not dictated and _ZH_TYPED_NOT_NAME.match(run.group(1)):
            break
        cut = _ZH_NAME_END.search(run.group(1), 1)
        if cut is not None:  # "台北 街貓代號TPCAT": the key glued to the last word ends the name
            return run.start(1) + cut.start()
        stop = run.end()
    if dictated or stop == end or _ZH_NAME_CLOSE.match(text, stop) or _ZH_NAME_FIX.match(text, stop):
        return stop
    return end


def _corrected(text: str, start: int, end: int, dictated: bool) -> tuple[int, int] | None:
    """The name said again after a correction marker right after the name ("叫 小熊 不对 叫 熊猫 积分",
    "叫星河币，不是，叫银河币"): where the name meant stands; None when no marker follows the name."""
    fix = _ZH_NAME_FIX.match(text, end)
    if fix is None:
        return None
    first = re.match(r"[\u4e00-\u9fff]+", text[fix.end() :])
    if first is None:
        return None
    new_start, new_end = fix.end(), fix.end() + first.end()
    cut = _ZH_NAME_END.search(text, new_start + 1, new_end)
    if cut is not None:
        return new_start, cut.start()
    return new_start, _joined_end(text, new_end, dictated)


def settle_cjk_name(s: Scan, key: str, name: str) -> str | None:
    """A Chinese name read with its edges settled, its evidence re-cited: cut before the next key when nothing
    separates them ("叫星光币代号XGB总量一亿" is 星光币, never the rest); joined over the spaces between its words, in
    text dictated with spaces between words ("叫 山海 经 符号 SHJ": 山海经, once cut to 山海 silently) and in typed
    text up to the clause mark ("名稱 台北 街貓，代號 TPCAT": 台北街貓, once 台北); and the name said again after a
    correction ("叫 小熊 不对 叫 熊猫 积分": 熊猫积分, once 小熊不对叫熊猫积分) read in place of the first. A name that
    is no name once its edges are settled (only a key) is dropped, so it is asked. Names in Latin letters, and text
    with no Chinese name, are returned unchanged."""
    ev = s.evidence.get(key)
    if not name or ev is None or not ev.spans or (not _cjk(name[0]) and not _cjk(name[-1])):
        return name
    start, end = ev.spans[0].start, ev.spans[0].end
    lead = _ZH_NAME_LEAD.match(s.text, start, end)
    if lead is not None and end - lead.end() >= 2 and _cjk(s.text[lead.end()]):
        start = lead.end()  # "叫山海经": the verb before the name
    filler = _ZH_FILLER_LEAD.match(s.text, start, end)
    if filler is not None and filler.end() < end:
        start = filler.end()  # "叫 嗯 竹林 清风": the filler of speech before the name
    dictated = _dictated(s.text)
    cut = next((m for m in _ZH_NAME_END.finditer(s.text, start + 1, end) if _cjk(s.text[m.start() - 1])), None)
    spaced_key = _SPACED_KEY.search(s.text, start + 1, end)
    if spaced_key is not None and (cut is None or spaced_key.start() < cut.start()):
        cut = spaced_key  # "叫 山海 代币 SHAN 一万个": a key after a space ends the name read on past it
    inside = _ZH_NAME_FIX.search(s.text, start + 1, end)
    if inside is not None and (cut is None or inside.start() < cut.start()):
        end, cut = inside.start(), None  # "叫小熊不对叫熊猫积分": the correction inside the words read
    if cut is not None:
        end = cut.start()
    elif _cjk(s.text[end - 1]):
        end = _joined_end(s.text, end, dictated)
    fixed = _corrected(s.text, start, end, dictated) if _cjk(s.text[end - 1]) else None
    rule = ev.rule
    if fixed is not None:
        (start, end), rule = fixed, ev.rule + "; the name said again after the correction"
    if (start, end) == (ev.spans[0].start, ev.spans[0].end):
        return name
    words = s.text[start:end].strip()
    if len(words) < 1 or _ZH_NAME_END.fullmatch(words):
        s.evidence.pop(key, None)
        return None
    joined = _CJK_BLANKS.sub("", words)
    if joined != words:
        rule += "; the words typed or dictated with spaces joined"
    elif cut is not None:
        rule += "; cut before the next key"
    s.cite(key, start, start + len(words), rule)
    return joined


#: the cue before a Chinese name written with spaces ("代币 叫 星光 币", "名字 叫做 熊猫 日记", "名称：云朵 糖果")
_ZH_NAME_CUE = re.compile(
    r"(?:名字|名称|名为|命名为|取名|名)?\s*(?:叫做|叫|为|是)?(?:[ \t]*[:：][ \t]*|[ \t]*)"
    # ("名字 叫 呃 江南烟雨": the fillers of speech after the cue)
    r"(?:[嗯呃额](?:[ \t]+|[，,][ \t]*))*(?=[\u4e00-\u9fff])"
)


#: the words that cue a Chinese name; 名 alone only after a clause mark or colon ("DAO：名 港漂 議會"), never in 报名
_ZH_CUE_WORD = re.compile(r"名字|名称|名为|命名为|取名|叫做|叫|(?:(?<=[:：，,])|(?<=[:：，,][ \t]))名(?=[ \t:：])")


def spaced_cjk_name(s: Scan, key: str) -> str | None:
    """The name after its cue in Chinese written with spaces between words, which the kind's readers stop at:
    dictated ("发 一个 代币 叫 星光 币 代号 XGB" is 星光币: the runs joined until a key, a count or a particle opens
    the next run), or typed with a space inside the name up to its clause mark ("代币名称：云朵 糖果；代号" is
    云朵糖果); a correction after it read as in ``settle_cjk_name``. The name is cited, or None when none is found."""
    dictated = _dictated(s.text)
    for cue in _ZH_CUE_WORD.finditer(s.text):
        at = _ZH_NAME_CUE.match(s.text, cue.start())
        if at is None or (at.end() <= cue.end() and not dictated):
            continue  # typed "叫车": a cue glued to the next word is no name's cue (dictated "叫咖啡联盟 代号" is)
        first = re.match(r"[\u4e00-\u9fff]+", s.text[at.end() :])
        if first is None or _ZH_NOT_NAME_START.match(first.group(0)):
            continue
        start, end = at.end(), at.end() + first.end()
        glued = _GLUED_STOP.search(first.group(0), 1)
        if glued is not None:  # "叫邻里社嗯币叫 LINL" (a voice note's spaces closed): the filler ends the name
            end = start + glued.start()
        joined_end = end if glued is not None else _joined_end(s.text, end, dictated)
        if not dictated and joined_end == end:
            continue  # typed with no space inside the name: the kind's own readers had it, or it is no name
        end = joined_end
        rule = "the name after its cue, the words written with spaces joined"
        fixed = _corrected(s.text, start, end, dictated)
        if fixed is not None:
            (start, end), rule = fixed, rule + "; the name said again after the correction"
        s.cite(key, start, end, rule)
        return _CJK_BLANKS.sub("", s.text[start:end])
    return None


@contextmanager
def _plain_text(s: Scan) -> Iterator[str]:
    """The scan's text in simplified characters while a name rule runs (same length): yields the user's text."""
    original = s.text
    s.text = plain(original)
    try:
        yield original
    finally:
        s.text = original


def cjk_name(s: Scan, key: str, name: str | None) -> str | None:
    """``settle_cjk_name`` (or ``spaced_cjk_name`` when no name was read) for a kind whose rules read the user's own
    characters, not :func:`plain_scan`'s copy (the DAO's): the keys are matched in simplified characters (代號 is
    代号), the name returned and cited in the user's characters ("灣仔街坊會", never re-spelled)."""
    with _plain_text(s) as original:
        got = settle_cjk_name(s, key, name) if name else spaced_cjk_name(s, key)
    ev = s.evidence.get(key)
    if got is None or ev is None or not ev.spans:
        return got
    sp = ev.spans[0]
    mine = original[sp.start : sp.end]
    s.evidence[key] = replace(ev, spans=(Span(sp.start, sp.end, mine), *ev.spans[1:]))
    closed = _CJK_BLANKS.sub("", mine)
    return closed if plain(closed) == got else got
