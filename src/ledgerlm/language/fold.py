"""Traditional characters and Cantonese words read as the simplified words the rules are written in.

The kind's rules are written for simplified Chinese ("授权…查看", "由…负责"); a request in traditional characters
("授權陳醫生查閱", "由鹿谷茶廠負責") or in Cantonese ("俾李醫生睇我嘅X光片", "啲咖啡豆") says the same with other
characters. ``folded`` maps them one character to one character, so every span read on the folded copy stands at the
same place in the user's text; ``run_folded`` runs an extractor on that copy and gives back every value, evidence span
and question in the user's own characters (a value is always the user's words, never a converted spelling).
Shared by traceability and data_access (documented edge rule: only characters whose simplified form has the same
meaning in a request; 係 is 是 except in 關係/联係).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ledgerlm.language.durations import find_durations
from ledgerlm.language.evidence import Evidence, Span
from ledgerlm.language.extract import Scan
from ledgerlm.language.hant import simplified
from ledgerlm.language.numbers import find_numbers
from ledgerlm.language.parties import find_names

__all__ = ["folded", "run_folded"]


#: markdown emphasis and heading marks ("**Data:** …", "## Provenance – …"): layout, never part of a value
_MARKUP = re.compile(r"\*\*|__|`+|(?m:^[ \t]*#{1,6}(?=[ \t]))")


#: traditional characters the shared table (``ledgerlm.language.hant``) does not map yet, met in round 10's requests
#: ("溫醫師" is 温医师, "養殖" 养殖, "鍋爐" 锅炉, "漁獲" 渔获): one character each, so every offset still holds. Each
#: pair has one simplified form whatever the context (鍊, 炼 or 链, is left out). To move into hant.py's table.
_EXTRA_PAIRS = (
    "飲饮慶庆齡龄蘭兰鹽盐鹼碱濃浓壺壶燈灯綠绿藍蓝鎂镁鈣钙鈉钠衛卫襯衬紗纱鑽钻璽玺齒齿腦脑臟脏氣气溫温養养鰻鳗鱈鳕鯛鲷"
    "鮑鲍鯖鲭蜆蚬蠣蛎鴿鸽鵪鹌鶉鹑飼饲鍋锅爐炉錫锡綢绸漁渔鵝鹅莊庄園园圖图紙纸監监憑凭錦锦閻阎壽寿燉炖紮扎綁绑繭茧"
    "駝驼艙舱廂厢鏢镖蔥葱薑姜蘿萝蔔卜餌饵餚肴飴饴饅馒餃饺饃馍鑑鉴賞赏絨绒蠔蚝"
)
_EXTRA = {ord(a): b for a, b in zip(_EXTRA_PAIRS[0::2], _EXTRA_PAIRS[1::2], strict=True)}


def folded(text: str) -> str:
    """``text`` with traditional characters and Cantonese words in their simplified form, character for character
    (the shared table: ``ledgerlm.language.hant``, then the pairs it lacks), and markdown marks blanked, mark for
    blank (round 9)."""
    return _MARKUP.sub(lambda m: " " * len(m.group(0)), simplified(text).translate(_EXTRA))


def _back(value: Any, text: str, copy: str) -> Any:
    """A value read on the folded copy, in the user's characters (found at the same place in the copy)."""
    if isinstance(value, str) and value and value != (back := _restore(value, text, copy)):
        return back
    if isinstance(value, list):
        return [_back(v, text, copy) for v in value]
    return value


def _restore(value: str, text: str, copy: str) -> str:
    at = copy.find(value)
    return text[at : at + len(value)] if at >= 0 else value


def run_folded(s: Scan, extract: Callable[[Scan], dict[str, Any]]) -> dict[str, Any]:
    """``extract(s)`` on the folded copy of the text when folding changes it, every value given back in the user's
    characters; the durations and numbers are read again on the copy ("為期兩週" is two weeks)."""
    text = s.text
    copy = folded(text)
    if copy == text:
        return extract(s)
    s.text = copy
    numbers = find_numbers(copy)
    if not s.used and len(numbers) >= len(s.numbers):
        s.numbers = numbers
    extra = [
        d
        for d in find_durations(copy, s.numbers)
        if not any(o.start < d.end and d.start < o.end for o in s.durations)
        and not any(a.start < d.end and d.start < a.end for a in s.dates)
    ]
    s.durations = sorted([*s.durations, *extra], key=lambda d: d.start)
    # the names are found again on the copy too ("阿爸李志強": the name reader knows 强, not 強), in the user's words
    s.names = [
        replace(nm, name=_restore(nm.name, text, copy), text=text[nm.start : nm.end])
        for nm in find_names(copy)
        if not any(t.start <= nm.start < t.end for t in s.tokens)
        and not any(a.start <= nm.start < a.end for a in s.addresses)
    ]
    try:
        params = extract(s)
    finally:
        s.text = text
    params = {k: _back(v, text, copy) for k, v in params.items()}
    s.evidence = {
        k: Evidence(ev.source, ev.rule, tuple(Span(sp.start, sp.end, text[sp.start : sp.end]) for sp in ev.spans))
        for k, ev in s.evidence.items()
    }
    s.unsure = [replace(u, words=text[u.start : u.end]) for u in s.unsure]
    s.name_spans = {
        _back(k, text, copy): Span(sp.start, sp.end, text[sp.start : sp.end]) for k, sp in s.name_spans.items()
    }
    return params
