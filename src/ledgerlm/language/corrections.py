"""Self-corrections in Chinese and English: "0.05 BTC? no wait, make it 1.6 WETH", "三个月——哦不，改成六个月".

Why: people correct themselves mid-message, and a reader that takes the first value it meets keeps the value the
user took back. This module finds the correction markers and works out which earlier words each one retracts;
what to do with the retracted words (read again without them, ask) is the caller's business, so the contract
parser and the assistant share one grammar.

API (kept stable; the assistant uses it too):

- ``find_corrections(text) -> list[Correction]``: every correction marker, left to right, with the region it
  may retract (``before``: the clause or sentence before it) and the region that replaces it (``after``: the
  first clause after it that says something).
- ``Correction(start, end, marker, strength, before, after)``: ``strength`` is ``"strong"`` for markers that
  always take something back (no wait, scratch that, 不对, 算了, 哦不, 更正) and ``"weak"`` for words that are a
  correction only when a value of the same sort follows (actually, make it, I mean, rather, 改成, 还是, 应该是).
- ``retractions(text, values) -> list[Retraction]``: given the value-carrying spans of the text as
  ``(start, end, sort)`` (sort: "number", "percent", "duration", "token", "date", "name"...), the earlier spans
  each correction replaces: for every sort said after the marker, the same count of the latest spans of that sort
  before it (within the sentence, else the sentence before). A strong marker with no value after it ("算了，就
  每个月只付利息") retracts its whole clause. ``Retraction(start, end, correction)``.
- ``mask(text, spans) -> str``: the text with those spans blanked (same length, so every offset still holds).

Markers are never acted on blindly: the caller re-reads the masked text and keeps a changed value only when it
comes from the words after the marker (see ``ledgerlm.contracts.request.extract``); otherwise it asks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from ledgerlm.language.hant import simplified

__all__ = ["ELIDED_SORTS", "NUMERIC_SORTS", "Correction", "Retraction", "find_corrections", "mask", "retractions"]

_STRONG_EN = (
    r"no\s*,?\s*wait|wait\s*,?\s*no|oh\s+no|scratch\s+that|strike\s+that|forget\s+that|never\s*mind|"
    r"correction\s*[:：,]|no[\s,，]+sorry\b|sorry\s*[,，:]|my\s+bad|oops|i\s+meant"
)
_WEAK_EN = (
    r"actually|make\s+(?:it|that)|i\s+mean|or\s+rather|rather\s*,|change\s+(?:it|that)\s+to|let'?s\s+say|"
    r"instead\s*,"
)
#: Traditional and Cantonese forms too ("十個月，唔係，十二個月", "說錯了", "講錯咗"); a bare 唔係 only between pauses
#: (it is also the Cantonese "is not": "唔係好貴")
_STRONG_ZH = (
    r"不对|不對|算了|哦不|噢不|呃不|啊不|不不|更正一下|更正|说错了|說錯了|搞错了|搞錯了|写错了|寫錯了|打错了|打錯了|"
    r"讲错|講錯|唔啱|(?<=[，,。；;！!…\s])唔係(?=\s*[，,…—])|(?<=[，,。；;！!…\s])不是(?=\s*[，,…—](?!\s*是))"
)
#: a bare 不 between pauses ("每个 0.02，不，0.025 ETH"): weak, like the bare "no"
_WEAK_ZH = r"改成|改为|改為|换成|換成|应该是|應該是|其实是|其實是|还是|(?<=[，,。；;！!…\s])不(?=\s*[，,…—])"
#: a bare "no" between pauses ("cliff of 9 months, no, 12 months", "a fortnight... no, actually 6 months", "hmm no,
#: cliff nine months", "500 ETH? no, 5 ETH"): weak, so it corrects only when a value of the same sort follows ("no,
#: thanks", "Arbiter no need", "no cliff" correct nothing)
_BARE_NO = (
    r"(?:(?<=[,，;；.…—?？!！-])|(?<=[,，;；.…—?？!！-]\s))(?:(?:hmm+|um+|uh+|erm?|oh|ah)[,，]?\s*)?"
    r"no(?=\s*[,，…—]|\.\.\.)"
)
#: a line opened by an edit label ("EDIT: quorum 6%", "UPD: rate 7%", "> Update 2: 5 days", "修改：期限 3 天"), as in
#: forum posts, chat edits and GitHub issues: weak, so it replaces only a value of the sort it states; words
#: without a value after it ("EDIT: typo") take nothing back
_EDIT_LINE = (
    r"(?m:^[ \t>*_#-]*(?i:edit(?:ed)?|upd(?:ate[ds]?)?|changed?)\s*\d*\s*[*_]*\s*[:：])"
    r"|(?m:^[ \t>*_#-]*(?:更新|修改|补充|補充|改一下)\s*\d*\s*[:：])"
)
#: a choice made among values just offered ("@Siddharth says 40 days, @Mei says 30 — go with 30", "有人说 20 天，有人说
#: 40 天，最后定 30 天"): every value of the chosen sort offered before it in its sentence is taken back, not only the
#: last (the first offer was kept, silently)
_CHOICE_EN = (
    r"(?:let'?s\s+|we'?ll\s+|i'?ll\s+|just\s+)?go(?:ing)?\s+with|settle[ds]?\s+on|decided\s+on|"
    r"final\s+(?:answer|call|decision)\b"
)
_CHOICE_ZH = (
    r"(?<=[，,。；;！!…—\s])(?:那就按|那就|就按|最后(?:就|定|决定)|最終(?:就|定|決定)|最终(?:就|定|决定)|"
    r"最後(?:就|定|決定))"
)
_MARKER = re.compile(
    rf"(?P<choice>(?i:\b(?:{_CHOICE_EN})\b)|{_CHOICE_ZH})"
    rf"|(?P<strong>(?i:\b(?:{_STRONG_EN}))|{_STRONG_ZH})"
    rf"|(?P<weak>{_EDIT_LINE}|(?i:\b(?:{_WEAK_EN})\b|\b{_BARE_NO})|{_WEAK_ZH})",
)
#: 还是 is "or" between two values ("5%还是6%", "两个？还是三个？"): a correction only after a pause ("，还是改成…")
_PAUSE_BEFORE = re.compile(r"[，,。；;！!…—\-\s]\s*$")  # not after "？": "两个人签就行？还是三个？" asks
_SENTENCE_END = re.compile(r"\.\.\.|\.(?!\d)|[!?。！？；;\n]|…+")
_CLAUSE_END = re.compile(r"\.\.\.|\.(?!\d)|,(?!\d{3})|[，、:：!?。！？；;\n(（]|…+|——|—| - ")
_NUMERIC = frozenset({"number", "percent", "duration", "date"})
NUMERIC_SORTS = _NUMERIC
#: sorts whose words say what they are (a percent sign, a unit of time, a calendar date)
_SELF_NAMING = frozenset({"percent", "duration", "date"})
#: words right after a marker that still belong to it ("no wait, make it", "哦不，改成")
_GLUE = re.compile(r"[\s,，:：—\-…]*")


@dataclass(frozen=True)
class Correction:
    """One correction marker; ``before`` may be retracted by it, ``after`` replaces it (character ranges)."""

    start: int
    end: int
    marker: str
    strength: Literal["strong", "weak"]
    before: tuple[int, int]
    after: tuple[int, int]
    #: the words taken back were negated outright ("不是 5% 是 4.5%", "not 5% but 6%"): never a value, even when
    #: the kind's rules already read the right one
    negation: bool = False
    #: a choice among the values offered before it ("…, others 40 — go with 25"): all of them are taken back
    choice: bool = False


@dataclass(frozen=True)
class Retraction:
    """Words taken back by a correction (``start``/``end`` in the text)."""

    start: int
    end: int
    correction: Correction


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (after the last sentence end before it)."""
    last = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        if m.end() <= pos:
            last = m.end()
    return last


def _clause_start(text: str, pos: int) -> int:
    last = 0
    for m in _CLAUSE_END.finditer(text, 0, pos):
        if m.end() <= pos:
            last = m.end()
    return last


#: "年利率不是 5% 是 4.5%", "目标不是五万，而是六万", "not 5% but 6%", "not 5%, 6%": the value after "不是" / "not"
#: is the one taken back, and the "是" / "but" (or the bare comma) that follows it is the marker (weak: it corrects
#: only when a value of the same sort follows); "是不是 5%" is a question, and "not" needs a value right after it
_NUM_WORD = (
    r"(?:\d|[一二两三四五六七八九十百千万亿零半]|(?i:\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|a)\b))"
)
_NOT_BUT = re.compile(
    r"(?:(?<!是)不是|(?<!係)唔係|(?<!係)不係)\s*(?P<zx>[^，,。；;！!？?\n是係]{1,16}?)"
    r"\s*(?P<zm>[，,]?\s*(?:而|就|应该|應該|应|應|其实|其實)?[是係])(?!不是|唔係)"
    r"|(?i:\bnot\s+(?P<ex>(?:like\s+|about\s+)?[^,;.!?\n]{1,20}?)(?P<em>\s*,\s*(?:but\s+)?(?:rather\s+)?|\s+but\s+))"
    r"(?=[$€£¥]?\s*" + _NUM_WORD + r")"
)


def _not_but(text: str) -> list[re.Match[str]]:
    """The "不是 X 是 Y" / "not X but Y" pairs whose X holds a value (see ``_NOT_BUT``)."""
    out = []
    for m in _NOT_BUT.finditer(text):
        said = m.group("zx") if m.group("zx") is not None else m.group("ex")
        if said is None or not re.search(_NUM_WORD, said):
            continue
        if m.group("zx") is None and re.match(r"(?i)(?:only|just|more|less|fewer|over|under|until|before)\b", said):
            continue  # "not more than 5, 6 at most": a limit, no correction
        out.append(m)
    return out


def find_corrections(text: str) -> list[Correction]:
    """Every correction marker in ``text``; adjacent markers ("no wait, make it", "哦不，改成") are one.

    "不是 X 是 Y" is looked for in the simplified copy (same length), so Cantonese and traditional writing
    corrects as Mandarin does ("唔係 兩年 係 三年" kept 兩年: 兩 is no numeral of the simplified rules); the markers
    themselves list their traditional forms."""
    out: list[Correction] = []
    pairs = []
    for pm in _not_but(simplified(text)):
        g = "zm" if pm.group("zm") is not None else "em"
        a, b = pm.start(g), pm.end(g)
        while a < b and (text[a] in " \t" or (text[a] in ",，" and re.search(r"\w", text[a:b]))):
            a += 1  # the marker is "是" / "but" when written, else the bare comma ("not 5%, 6%")
        while b > a and text[b - 1] in " \t":
            b -= 1
        pairs.append((a, b))
    found = [
        (m.start(), m.end(), m.group("weak") is None, False, m.group("choice") is not None)
        for m in _MARKER.finditer(text)
    ]
    found += [(a, b, False, True, False) for a, b in pairs if a < b and not any(x < b and a < y for x, y, *_ in found)]
    for start, end, strong, negation, choice in sorted(found):
        word = text[start:end]
        if word.startswith("还是") and not _PAUSE_BEFORE.search(text[:start]):
            continue  # "5%还是6%": two alternatives (a range question), not a correction
        if (
            word.lower().startswith("sorry")
            and not re.search(r"\S", text[_sentence_start(text, start) : start])
            and not re.match(r"[\s,，:]*[\d一二两三四五六七八九十]", text[end:])
        ):
            # "sorry for the long message": an apology opening a sentence corrects nothing, unless a value follows
            # at once ("Sorry, 4 days")
            continue
        if out and re.fullmatch(_GLUE, text[out[-1].end : start]):
            prev = out[-1]  # glued to the marker before it: one correction
            out[-1] = Correction(
                prev.start,
                end,
                text[prev.start : end],
                "strong" if strong or prev.strength == "strong" else "weak",
                prev.before,
                _after(text, end),
                prev.negation or negation,
                prev.choice or choice,
            )
            continue
        out.append(
            Correction(
                start,
                end,
                word,
                "strong" if strong else "weak",
                _before(text, start),
                _after(text, end),
                negation,
                choice,
            )
        )
    return out


def _before(text: str, pos: int) -> tuple[int, int]:
    """The sentence before the marker (the one before that when the marker opens its sentence)."""
    end = pos
    while end > 0 and text[end - 1] in " \t,，:：—-…":
        end -= 1
    core = end
    while core > 0 and text[core - 1] in " \t,，:：—-….。!?！？;；\n":
        core -= 1
    start = _sentence_start(text, core)
    return start, end


def _after(text: str, pos: int) -> tuple[int, int]:
    """The first clause after the marker that says something (the comma right after the marker is skipped)."""
    glue = _GLUE.match(text, pos)
    start = glue.end() if glue else pos
    m = _CLAUSE_END.search(text, start)
    return start, (m.start() if m else len(text))


def retractions(
    text: str, values: Iterable[tuple[int, int, str]], unclear: list[Correction] | None = None
) -> list[Retraction]:
    """The value spans each correction takes back (see the module docstring). A correction whose target is not
    clear (another value stands between the candidate and the marker) retracts nothing and is appended to
    ``unclear`` when given, so the caller asks."""
    spans = sorted(set(values))
    out: list[Retraction] = []
    unclear = unclear if unclear is not None else []
    taken: set[tuple[int, int]] = set()
    for c in find_corrections(text):
        said = [v for v in spans if c.after[0] <= v[0] and v[1] <= c.after[1]]
        if c.choice:
            _take_offers(text, c, spans, said, taken, out, unclear)
            continue
        if not said:
            if c.strength == "strong":
                cs = _clause_start(text, c.before[1])
                if re.search(r"\S", text[cs : c.before[1]]):
                    out.append(Retraction(cs, c.before[1], c))
            continue
        sorts: dict[str, int] = {}
        for _, _, sort in said:
            sorts[sort] = sorts.get(sort, 0) + 1
        elided = _elided_sort(text, c, spans, said)
        if elided is not None:  # "2 weeks, no, three": the bare number is a length in the unit before it
            if _far_apart(text, c, spans, said[0]):
                # "30天，不对，8000", "30 days, make that 1500": no one means 8000 days; the number corrects some
                # value, which one is not clear: asked (as a strong marker is), never kept or read as days
                unclear.append(replace(c, strength="strong"))
                continue
            sorts = {elided: 1}
        same = _same_amount(text, spans, said, c)
        for sort, count in sorts.items():
            earlier = [v for v in spans if v[2] == sort and v[1] <= c.start and (v[0], v[1]) not in taken]
            inside = [v for v in earlier if v[0] >= c.before[0]]
            if not inside:  # the sentence before the one holding the marker (back over its end: "a fortnight... no")
                back = c.before[0]
                while back > 0 and text[back - 1] in " \t\n.。!?！？;；…":
                    back -= 1
                prev = _sentence_start(text, back)
                inside = [v for v in earlier if v[0] >= prev]
            chosen = inside[-count:]
            named = _named_earlier(text, c, said, inside) if count == 1 and inside else False
            if named is None and len(inside) > 1:  # "rate 6%" after "at 5% a year, late fee 2%": which one is meant?
                unclear.append(c)
                continue
            if named:  # "target 4000 USDC, 20 days / UPDATE: target 5000 USDC": the value the label names
                chosen = [named]
            elif same is not None and sort in ("number", "token") and count == 1:
                chosen = [same[0] if sort == "number" else same[1]]
            elif (
                chosen
                and sort not in _SELF_NAMING
                and any(w[2] in _NUMERIC and w[2] != sort and chosen[0][1] <= w[0] and w[1] <= c.start for w in spans)
            ):
                # "…, max 4 per wallet, royalties 5%, no wait, make it 3001": another value stands between the
                # one this would take back and the marker, so which one is corrected is not clear: ask. A value
                # that names its sort ("7%", "12 months", "March 3") can only replace one of that sort, so what
                # stands between does not matter ("年化 6%，期限 8 个月，不对，利率改成 7%"), nor does it when the
                # correction names the field of the value it replaces
                unclear.append(c)
                continue
            for v in chosen:
                taken.add((v[0], v[1]))
                out.append(Retraction(v[0], v[1], c))
    return out


def _take_offers(
    text: str,
    c: Correction,
    spans: Sequence[tuple[int, int, str]],
    said: Sequence[tuple[int, int, str]],
    taken: set[tuple[int, int]],
    out: list[Retraction],
    unclear: list[Correction],
) -> None:
    """A choice ("go with 30") takes back every value of its sort offered before it in the sentence; a bare number
    chosen among lengths or percents ("says 40 days, @Mei says 30 — go with 30") takes back the lengths and the
    bare numbers offered after the first of them. A choice of several values is asked; words with no value after
    them ("那就麻烦你了", "go with it") choose nothing and take nothing back."""
    if not said:
        return
    if len(said) != 1 and not (len(said) == 2 and {v[2] for v in said} == {"number", "token"}):
        unclear.append(c)
        return
    value = next(v for v in said if v[2] != "token")
    offered = [v for v in spans if c.before[0] <= v[0] and v[1] <= c.start and (v[0], v[1]) not in taken]
    sort = value[2]
    first_named = None
    if sort == "number" and len(said) == 1:
        named = [v for v in offered if v[2] in ELIDED_SORTS]
        if named:
            sort, first_named = named[-1][2], next(v for v in named if v[2] == named[-1][2])
    chosen = [v for v in offered if v[2] == sort]
    if first_named is not None:
        chosen += [v for v in offered if v[2] == "number" and v[0] >= first_named[1]]
    if not chosen:
        return
    for v in sorted(chosen):
        taken.add((v[0], v[1]))
        out.append(Retraction(v[0], v[1], c))


def _far_apart(text: str, c: Correction, spans: Sequence[tuple[int, int, str]], new: tuple[int, int, str]) -> bool:
    """A bare number more than ten times off the length or percent right before the marker ("30天，不对，8000"):
    it may well mean another value, so the correction is asked, never read as 8000 days."""
    before = [v for v in spans if v[1] <= c.start and v[2] in ELIDED_SORTS]
    if not before:
        return False
    old = re.search(r"\d+(?:\.\d+)?", text[before[-1][0] : before[-1][1]])
    now = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*", text[new[0] : new[1]])
    if old is None or now is None or not float(old.group(0)) or not float(now.group(1)):
        return False
    ratio = float(now.group(1)) / float(old.group(0))
    return ratio > 10 or ratio < 0.1


#: between an amount and the token it counts ("30 ETH", "3 个 ETH")
_COUNT_GAP = re.compile(r"\s*(?:个|個|枚)?\s*")


_Value = tuple[int, int, str]


def _counted_token(text: str, spans: Sequence[_Value], value: _Value) -> _Value | None:
    """The token span ``value`` counts ("900 ETH": the ETH), if one stands right after it."""
    for v in spans:
        if v[2] == "token" and v[0] >= value[1] and _COUNT_GAP.fullmatch(text, value[1], v[0]):
            return v
    return None


def _same_amount(
    text: str, spans: Sequence[_Value], said: Sequence[_Value], c: Correction
) -> tuple[_Value, _Value] | None:
    """The amount (and its token) that the one amount said after the marker replaces: the latest one before it, in
    its sentence, that counts the same token ("900 ETH over 36 months?? no wait 30 ETH": an amount of ETH replaces
    the amount of ETH, whatever length stands between). None unless exactly one amount with a token is said."""
    numbers = [v for v in said if v[2] == "number"]
    if len(numbers) != 1:
        return None
    new = _counted_token(text, spans, numbers[0])
    if new is None:
        return None
    symbol = text[new[0] : new[1]].lower()
    for v in reversed([v for v in spans if v[2] == "number" and c.before[0] <= v[0] and v[1] <= c.start]):
        token = _counted_token(text, spans, v)
        if token is not None and token[1] <= c.start:
            return (v, token) if text[token[0] : token[1]].lower() == symbol else None
    return None


#: a field word: a Latin word of three letters or more, or two Chinese characters or more
_LABEL_WORD = re.compile(r"[A-Za-z]{3,}|[\u4e00-\u9fff]{2,}")
#: words of a correction that name no field ("make it", "改成", "actually")
_NO_LABEL = re.compile(
    r"(?i)\b(?:make|it|that|the|is|was|should|be|actually|instead|then|change|to|let'?s|say)\b"
    r"|改成|改为|改為|应该是|應該是|其实是|其實是"
)


def _named_earlier(
    text: str, c: Correction, said: Sequence[tuple[int, int, str]], inside: Sequence[tuple[int, int, str]]
) -> tuple[int, int, str] | Literal[False] | None:
    """The earlier value (of several) a correction names by its field word: "EDIT: quorum 6%" takes back the value
    after "quorum", not the last percent said. False when the correction names no field (the last value is meant,
    as before); None when it names one that no earlier value stands after, so the caller asks."""
    first = min(v[0] for v in said)
    label = _NO_LABEL.sub(" ", text[c.after[0] : first])
    words: list[str] = []
    for w in _LABEL_WORD.findall(label):  # a Chinese run by its pairs of characters ("利率要" names 利率)
        words += [w.lower()] if w.isascii() else [w[i : i + 2] for i in range(len(w) - 1)]
    if not words:
        return False
    for v in reversed(inside):
        lead = text[max(0, v[0] - 24) : v[0]].lower()
        if any(w in lead for w in words):
            return v
    return None


#: what may follow a bare number that is the whole correction ("no, three", "不对，五吧", "make it 6 then")
_BARE_REST = re.compile(r"\s*(?:吧|了|啦|呢|(?i:then|instead|please|actually))?\s*[.!。！…]*\s*")
#: sorts whose unit a bare number after a correction takes over ("2 weeks, no, three", "5%, no wait, 6")
ELIDED_SORTS = frozenset({"duration", "percent"})


def _elided_sort(
    text: str, c: Correction, spans: Sequence[tuple[int, int, str]], said: Sequence[tuple[int, int, str]]
) -> str | None:
    """The sort a bare number said alone after a correction takes from the value right before the marker: "two
    weeks, no, three" is three weeks, "5%, no wait, 6" is 6%. None unless the number is all the clause says (no
    unit, no token, nothing else: "2 years, actually 3 people" is no length) and the value before it names its
    unit."""
    if len(said) != 1 or said[0][2] != "number" or not _BARE_REST.fullmatch(text, said[0][1], c.after[1]):
        return None
    if re.search(r"\S", text[c.after[0] : said[0][0]]) and not re.fullmatch(
        r"\s*(?:(?i:make\s+it|make\s+that|it'?s|i\s+mean)|改成|是|就)\s*", text[c.after[0] : said[0][0]]
    ):
        return None
    before = [v for v in spans if v[1] <= c.start and v[2] in _NUMERIC | {"token"}]
    if not before or before[-1][2] not in ELIDED_SORTS or before[-1][0] < c.before[0]:
        return None
    return before[-1][2]


def mask(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with every span replaced by spaces: the same length, so offsets found in it hold in ``text``."""
    chars = list(text)
    for start, end in spans:
        for i in range(max(0, start), min(len(chars), end)):
            if not chars[i].isspace():
                chars[i] = " "
    return "".join(chars)
