"""Person and organisation names in Chinese and Latin script, with or without cue words: rules propose, a small
learned scorer decides.

from ledgerlm.ner import find_names
find_names("张伟明天转账给我")
# [NameSpan(start=0, end=2, text='张伟', label='person', score=0.9..., source='model')]
find_names("pay to Hart & Sons, invoice attached")[0].label   # 'org'

Shared by ``ledgerlm.privacy`` (names to redact) and ``ledgerlm.language`` (parties to account for). Imports only
numpy and ledgerlm's base layer; the weights load on the first call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

Label = Literal["person", "org"]
# the score a candidate needs when a cue word stands beside it (the trained threshold applies to all others)
CUED_THRESHOLD = 0.1
Source = Literal["rule", "model"]


@dataclass(frozen=True)
class NameSpan:
    """One name: ``text == original[start:end]``; ``score`` is the scorer's probability (1.0 for rule-only)."""

    start: int
    end: int
    text: str
    label: Label
    score: float
    source: Source


def find_names(text: str, *, threshold: float | None = None) -> list[NameSpan]:
    """Non-overlapping name spans in ``text``, sorted by position.

    ``threshold`` overrides the trained decision threshold (lower = more recall, less precision).
    """
    from ledgerlm.ner.candidates import candidates
    from ledgerlm.ner.evidence import has_cue, inside_thing, lacks_evidence, needs_cue, thing_spans, trimmed_run
    from ledgerlm.ner.features import rule_spans, vetoed
    from ledgerlm.ner.hanzi import to_simplified
    from ledgerlm.ner.lowercase import lowercase_names
    from ledgerlm.ner.model import load

    if not text:
        return []
    original, text = text, to_simplified(text)  # same length: spans found in ``text`` point into ``original``
    model = load()
    cut = model.threshold if threshold is None else threshold
    rules = rule_spans(text)
    cands = candidates(text)
    scored = [(model.score(text, c, rules), c) for c in cands]
    things = thing_spans(text, cands)
    # a middle-dot name (艾力·买买提) is one name, whatever the scorer thinks of its parts
    chosen = [NameSpan(c.start, c.end, original[c.start : c.end], "person", 1.0, "rule") for c in _dotted_names(text)]
    for prob, c in sorted(scored, key=lambda sc: (-sc[0], -(sc[1].end - sc[1].start))):
        # a cue word is evidence, so a cued candidate needs a lower score ("its Jen", "帮我问下陈志强"); with none, the
        # trained threshold and the evidence rules (``ledgerlm.ner.evidence``) decide
        if prob < (min(cut, CUED_THRESHOLD) if threshold is None and has_cue(text, c) else cut):
            continue
        if any(c.start < n.end and n.start < c.end for n in chosen) or vetoed(text, c) or needs_cue(text, c):
            continue  # a brand, shop or team shape with no cue word is no name (``ledgerlm.ner.evidence``)
        if lacks_evidence(text, c):
            # "Met Siobhan": an ordinary capitalised word before a name; the name alone may still stand
            rest = trimmed_run(text, c)
            if rest is None or any(rest.start < n.end and n.start < rest.end for n in chosen):
                continue
            c = rest
        if inside_thing(text, c, things):
            continue
        chosen.append(NameSpan(c.start, c.end, original[c.start : c.end], c.label, round(prob, 4), "model"))
    chosen += _coordinated(text, cands, chosen)
    for c in [*candidates(text), *_before_personal_data(text), *_after_kin(text), *lowercase_names(text)]:
        # A kinship word before ("grandma Rose", "我表弟小峰") or a personal-data word after ("毛不易的电话") makes a
        # candidate a person whatever the scorer learned about the word itself ("Rose Gold" is a product); a given
        # name typed in lower case comes with its own slot evidence (``ner.lowercase``: "told fatima").
        overlaps = any(c.start < n.end and n.start < c.end for n in chosen)
        if overlaps or not (c.kind in ("zh_kin", "lat_lower") or _strong_cue(text, c.start, c.end)):
            continue
        chosen.append(NameSpan(c.start, c.end, original[c.start : c.end], "person", 1.0, "rule"))
    return sorted(chosen, key=lambda n: n.start)


_JOIN = re.compile(r"\s*(?:,|&|\+|/)?\s*(?:and|or|&|n)?\s*", re.IGNORECASE)


def _coordinated(text: str, cands: list[Any], chosen: list[NameSpan]) -> list[NameSpan]:
    """Single Latin words joined to a chosen person by "and", "&", "," or "/" ("Kwabena and Efua", "Oskar & Freja"):
    a list of people, so a word that is no English word, brand or city is a person too ("Jordan and Chad are
    countries" stays: both are words)."""
    from ledgerlm.ner.evidence import _plain
    from ledgerlm.ner.features import fold, is_place1

    persons = [n for n in chosen if n.label == "person" and not is_cjk_start(n.text)]
    out: list[NameSpan] = []
    for c in cands:
        if c.kind != "lat1" or c.label != "person":
            continue
        word = fold(text[c.start : c.end])
        if _plain(word) or is_place1(word) or any(c.start < n.end and n.start < c.end for n in [*chosen, *out]):
            continue
        joined = any(_joined(text, n.end, c.start) or _joined(text, c.end, n.start) for n in persons)
        if joined:
            out.append(NameSpan(c.start, c.end, text[c.start : c.end], "person", 1.0, "rule"))
    return out


def _joined(text: str, left_end: int, right_start: int) -> bool:
    """Whether only a list joiner (",", "and", "&", "/", "+") stands between two spans, close together."""
    between = text[left_end:right_start]
    return 0 < len(between) <= 7 and bool(between.strip()) and _JOIN.fullmatch(between) is not None


def is_cjk_start(span: str) -> bool:
    return bool(span) and "\u4e00" <= span[0] <= "\u9fff"


_KIN_EN = re.compile(
    r"\b(?:grandma|grandpa|granny|grandmother|grandfather|mom|mum|mother|dad|father|brother|sister|wife|husband|"
    r"son|daughter|cousin|uncle|aunt|auntie|nephew|niece|fianc[ée]e?|girlfriend|boyfriend|roommate|flatmate|bro|sis|"
    r"bestie|bff|hubby|wifey|bf|gf)\s+$",
    re.IGNORECASE,
)
_KIN_ZH = re.compile(
    r"(?:表弟|表妹|表哥|表姐|堂弟|堂妹|堂哥|堂姐|室友|老婆|老公|媳妇|丈夫|妻子|爸爸|妈妈|舅舅|姑姑|阿姨|叔叔|外甥|侄子)$"
)
_DATA_AFTER = re.compile(
    r"^(?:的(?:电话|手机|手机号|邮箱|身份证|住址|地址|银行卡|护照)|'s\s+(?:phone|mobile|cell|e-?mail|address|passport|"
    r"ssn|social security|date of birth|birthday))",
    re.IGNORECASE,
)


_ZH_BEFORE_DATA = re.compile(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,3})(?=的(?:电话|手机|邮箱|身份证|住址|地址|护照))"
)


def _before_personal_data(text: str) -> list[Any]:
    """Chinese names directly before 的电话/的手机/...: the data word decides even where the rules' candidate shapes
    do not (毛不易: 不 never starts a given name elsewhere)."""
    from ledgerlm.ner.candidates import ZH_SURNAMES, Candidate

    return [
        Candidate(m.start(1), m.end(1), "person", "zh_data")
        for m in _ZH_BEFORE_DATA.finditer(text)
        if m.group(1)[0] in ZH_SURNAMES
    ]


_ZH_KIN_GIVEN = re.compile(
    r"(?:表弟|表妹|表哥|表姐|堂弟|堂妹|堂哥|堂姐|室友|老婆|老公|媳妇|丈夫|妻子|舅舅|姑姑|外甥|侄子|女儿|儿子|我姐|我哥|"
    r"我弟|我妹|转告|告诉|通知|提醒|跟|陪|问)([\u4e00-\u9fff]{2})(?=[要说的在是给也都就还把让想会和跟一吃喝去来聊打见，,。！!？?、\s]|$)"
)


def _after_kin(text: str) -> list[Any]:
    """A given name alone after a kinship word or a verb that takes a person (我老婆晓燕要…, 转告雅琴一下): no
    surname, so the rules' shapes miss it; one character at least must be a given-name character and the pair no
    ordinary word (我老婆今天要… is no name)."""
    from ledgerlm.ner.candidates import Candidate
    from ledgerlm.ner.features import _GIVEN, _ZH_NOT, _zh_dict

    # the 41k-word dictionary loads (lru_cache) only when a match needs it: most texts have none (a parse's audit
    # record redacts every request, and reading the list is most of a Chinese redaction)
    return [
        Candidate(m.start(1), m.end(1), "person", "zh_kin")
        for m in _ZH_KIN_GIVEN.finditer(text)
        # an ordinary word is no name (今天, 上周), unless both are given-name characters and it is no listed
        # look-alike (我姐海燕: 海燕 is also a bird)
        if any(ch in _GIVEN for ch in m.group(1))
        and (m.group(1) not in _zh_dict() or (all(ch in _GIVEN for ch in m.group(1)) and m.group(1) not in _ZH_NOT))
    ]


# 艾力·买买提, 列夫·托尔斯泰: a transliterated name joins its parts with a middle dot, which ordinary words never do
# (the parts stop at particles and verbs: "转给艾力·买买提的卡" -> 艾力·买买提)
_NOT_IN_DOTTED = "的是在和与及或给了说要把被让也都就还向跟转付打汇收请叫找问人名为"
_DOT_PART = r"(?:(?![" + _NOT_IN_DOTTED + r"])[\u4e00-\u9fff])"
_ZH_DOTTED = re.compile(_DOT_PART + r"{1,6}(?:[·•・‧]" + _DOT_PART + r"{1,8})+")


def _dotted_names(text: str) -> list[Any]:
    from ledgerlm.ner.candidates import Candidate

    return [Candidate(m.start(), m.end(), "person", "zh_dot") for m in _ZH_DOTTED.finditer(text)]


def _strong_cue(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12) : start]
    return bool(_KIN_EN.search(before) or _KIN_ZH.search(before) or _DATA_AFTER.match(text[end : end + 24]))


__all__ = ["Label", "NameSpan", "Source", "find_names"]
