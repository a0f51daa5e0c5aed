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
    chosen = _without_role_words(text, _without_fictional(text, _tagged(text, threshold)))
    chosen = _with_dictated(text, chosen, threshold) if text else chosen
    return [n for n in chosen if not _named_thing(text, n)]


# round 15 (blind12): spans that are a thing's name by the words around them, not a person's
_BIBLE_BOOKS = frozenset(
    [
        "Genesis",
        "Exodus",
        "Leviticus",
        "Numbers",
        "Deuteronomy",
        "Joshua",
        "Judges",
        "Ruth",
        "Samuel",
        "Kings",
        "Chronicles",
        "Ezra",
        "Nehemiah",
        "Esther",
        "Job",
        "Psalm",
        "Psalms",
        "Proverbs",
        "Ecclesiastes",
        "Isaiah",
        "Jeremiah",
        "Lamentations",
        "Ezekiel",
        "Daniel",
        "Hosea",
        "Joel",
        "Amos",
        "Obadiah",
        "Jonah",
        "Micah",
        "Nahum",
        "Habakkuk",
        "Zephaniah",
        "Haggai",
        "Zechariah",
        "Malachi",
        "Matthew",
        "Mark",
        "Luke",
        "John",
        "Acts",
        "Romans",
        "Corinthians",
        "Galatians",
        "Ephesians",
        "Philippians",
        "Colossians",
        "Thessalonians",
        "Timothy",
        "Titus",
        "Philemon",
        "Hebrews",
        "James",
        "Peter",
        "Jude",
        "Revelation",
    ]
)
_VERSE_AFTER = re.compile(r"\s+\d{1,3}:\d{1,3}(?:-\d{1,3})?(?!\d|\s*(?:am|pm|a\.m|p\.m|h\b|hrs?\b|o'clock))", re.I)
_ROAD_NAMED_AFTER = re.compile(r"\.?\s+(?:Way|Street|Road|Avenue|Boulevard|Drive|Lane|Blvd|Ave|Highway)\b")
_PLACE_TAILS = frozenset(
    ["beach", "showground", "showgrounds", "stadium", "racecourse", "fairground", "marina", "lagoon", "reservoir"]
)
_CALENDAR_ABBR = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
    ]
)
_PET_AFTER = re.compile(r"['’]s\s+(?:owner|vet|vaccinations?|leash|groomer|kennel|litter|cage)\b", re.I)
_ZH_PET_BEFORE = re.compile(
    r"(?:狗|猫|狗狗|猫咪|宠物|小狗|小猫|鹦鹉|兔子|仓鼠|乌龟|金鱼|貓|貓咪|寵物|小貓|鸚鵡|烏龜|金魚|倉鼠)\s*(?:的?\s*名字)?\s*(?:叫|是|叫做)\s*$"
)
_ZH_KIN_WORDS = frozenset(
    [
        "阿爸",
        "阿妈",
        "阿媽",
        "阿爺",
        "阿嬤",
        "阿爷",
        "阿嫲",
        "阿婆",
        "阿公",
        "阿叔",
        "阿姨",
        "阿哥",
        "阿姐",
        "阿妹",
        "阿弟",
        "阿伯",
        "阿婶",
        "阿舅",
        "阿嬷",
    ]
)
# sentence particles of Malaysian and Singaporean English and Malay, never a name typed in lower case
_PARTICLES = frozenset(["lah", "leh", "lor", "meh", "mah", "liao", "hor", "ah", "la"])
_FAMILY_AFTER = re.compile(r"\s+(?:family|families|household|twins|brothers|sisters|couple|kids|children)\b", re.I)
_TITLE_WORD = r"(?:[A-Z][\w’-]*|of|the|and|a|an|in|on|to|for|with|my|de|la|del)"
_QUOTED_TITLE = re.compile(
    r"(?<![A-Za-z])['‘\"“](" + _TITLE_WORD + r"(?:\s+" + _TITLE_WORD + r"){1,5})['’\"”](?![A-Za-z])"
)


def _named_thing(text: str, n: NameSpan) -> bool:
    """Whether a span names a thing by its setting: a Bible book before chapter and verse ("John 3:16"), a person a
    road is named after ("Martin Luther King Jr. Way"), a place ending in a place word ("Grace Bay Beach"), a range of
    months ("Jul-Dec"), a pet ("Bella's owner", "狗狗 叫 豆豆"), a boat or a pub after "the" ("of the Mairi Bhan"), a
    word inside a quoted title ("'Ave Maria'"), a kinship word (阿爸) or a sentence particle ("call him lah")."""
    from ledgerlm.ner.hanzi import to_simplified

    words = n.text.split()
    if n.text in _BIBLE_BOOKS and _VERSE_AFTER.match(text, n.end):
        return True
    if len(words) >= 2 and (_ROAD_NAMED_AFTER.match(text, n.end) or words[-1].lower() in _PLACE_TAILS):
        return True
    if all(part.lower() in _CALENDAR_ABBR for part in re.split(r"[-–/ ]", n.text)):
        return True
    if _PET_AFTER.match(text, n.end) or _ZH_PET_BEFORE.search(to_simplified(text[max(0, n.start - 12) : n.start])):
        return True
    if text[max(0, n.start - 4) : n.start] == "the " and n.text[:1].isupper() and not _FAMILY_AFTER.match(text, n.end):
        return True
    if to_simplified(n.text) in _ZH_KIN_WORDS or n.text in _PARTICLES:
        return True
    if _ZH_COOKED.search(text, max(0, n.start - 4), n.start) or _ZH_COOKED.fullmatch(n.text) or _trip_end(text, n):
        return True
    return _in_quoted_title(text, n)


# a cooking word before a dish ("清蒸 石斑", "红烧 狮子头"): food, never a person
_ZH_COOKED = re.compile(r"(?:清蒸|红烧|紅燒|白灼|油炸|香煎|干煎|爆炒|小炒|焖|燜|烤|炖|燉)\s*$")
_FROM_PLACE_TO = re.compile(r"\bfrom\s+([A-Z][a-z]+)\s+to\s+$")


def _trip_end(text: str, n: NameSpan) -> bool:
    """A single word ending a trip from a listed place ("drove from Amman to Petra"): the other end is a place."""
    from ledgerlm.ner.features import fold, is_place1

    m = _FROM_PLACE_TO.search(text, max(0, n.start - 30), n.start)
    return m is not None and " " not in n.text and is_place1(fold(m.group(1)))


def _in_quoted_title(text: str, n: NameSpan) -> bool:
    """A span inside a quoted run of capitalised words that is more than the span (a hymn, a book, a film)."""
    if "'" not in text and '"' not in text and "‘" not in text and "“" not in text:
        return False
    for m in _QUOTED_TITLE.finditer(text):
        if m.start(1) <= n.start and n.end <= m.end(1) and m.group(1) != n.text:
            return True
    return False


def _without_role_words(text: str, chosen: list[NameSpan]) -> list[NameSpan]:
    """``chosen`` with a role word cut off the front of a Latin name ("Producer Wangari Mwangi" -> "Wangari Mwangi",
    ``evidence.ROLE_WORDS``): the role is no part of the personal data, and the redacted text keeps it."""
    from ledgerlm.ner.evidence import ROLE_WORDS

    out: list[NameSpan] = []
    for n in chosen:
        first, _, rest = n.text.partition(" ")
        if n.label == "person" and rest.count(" ") >= 1 and first.lower() in ROLE_WORDS:
            start = n.start + len(first) + 1
            n = NameSpan(start, n.end, text[start : n.end], n.label, n.score, n.source)
        out.append(n)
    return out


def _without_fictional(text: str, chosen: list[NameSpan]) -> list[NameSpan]:
    """``chosen`` less the Chinese spans inside a figure of fiction or myth (孙悟空: the tagger reads 孙悟 as a surname
    and a given name; ``lexicon.ZH_FICTIONAL``): a character of a novel is nobody's personal data."""
    from ledgerlm.ner.hanzi import to_simplified
    from ledgerlm.ner.lexicon import ZH_FICTIONAL

    simplified = to_simplified(text)  # 關公 is 关公: same length, same offsets
    figures = [(at, at + len(w)) for w in ZH_FICTIONAL if w in simplified for at in _occurrences(simplified, w)]
    if not figures:
        return chosen
    return [n for n in chosen if not any(a < n.end and n.start < b for a, b in figures)]


def _occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` stands in ``text``, found by plain search: a pattern per listed word would be compiled on every
    call (the regex cache of the CLI keeps only patterns written in code)."""
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def _with_dictated(text: str, chosen: list[NameSpan], threshold: float | None) -> list[NameSpan]:
    """``chosen`` plus the Chinese names dictated with a space after the surname ("姚 明远") and the surnames with an
    English title ("莊 sir"), both ``ner.spaced``: each replaces the parts of it the tagger found on its own (the bare
    surname "徐") and yields to any other name."""
    from ledgerlm.ner.hanzi import to_simplified
    from ledgerlm.ner.spaced import dictated_names, hk_titled_names, sir_names, word_compound_names

    simplified = to_simplified(text)
    found = dictated_names(simplified, lambda joined: _tagged(joined, threshold))
    found += sir_names(simplified) + word_compound_names(simplified) + hk_titled_names(simplified)
    for start, end in found:
        inside = [n for n in chosen if start <= n.start and n.end <= end]
        if any(n.start < end and start < n.end for n in chosen if n not in inside):
            continue
        chosen = [n for n in chosen if n not in inside]
        chosen.append(NameSpan(start, end, text[start:end], "person", 1.0, "rule"))
    return sorted(chosen, key=lambda n: n.start)


def _tagged(text: str, threshold: float | None) -> list[NameSpan]:
    """The names the rules and the scorer choose in ``text`` as written (see ``find_names``)."""
    from ledgerlm.ner.candidates import candidates
    from ledgerlm.ner.context import thing_slot
    from ledgerlm.ner.evidence import (
        has_cue,
        inside_thing,
        lacks_evidence,
        miscut,
        needs_cue,
        thing_spans,
        trimmed_run,
    )
    from ledgerlm.ner.features import rule_spans, vetoed
    from ledgerlm.ner.hanzi import to_simplified
    from ledgerlm.ner.lowercase import lowercase_names, lowercase_pairs, lowercase_titled
    from ledgerlm.ner.model import load
    from ledgerlm.ner.nicknames import nicknames
    from ledgerlm.ner.slots import parallel_names, slot_names
    from ledgerlm.ner.subjects import subject_names
    from ledgerlm.ner.tables import table_names

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
        if miscut(text, c):
            continue  # cut out of a place word or before a verb (余姚|开会, 车停在): no name starts or ends there
        if lacks_evidence(text, c):
            # "Met Siobhan": an ordinary capitalised word before a name; the name alone may still stand
            rest = trimmed_run(text, c)
            if rest is None or any(rest.start < n.end and n.start < rest.end for n in chosen):
                continue
            c = rest
        if _street_named(text, c):
            continue  # "on Jalan Alor", "Calle Mayor": a road named after a person or a thing is an address word
        if _after_brand_word(text, c):
            continue  # "Hershey Park", "Dyson Airwrap": the word after a brand word is the brand's product or place
        if inside_thing(text, c, things) or (thing_slot(text, c) and not _strong_cue(text, c.start, c.end)):
            continue  # "selling my Switch + Mario Kart": the slot of a thing (``ner.context``)
        chosen.append(NameSpan(c.start, c.end, original[c.start : c.end], c.label, round(prob, 4), "model"))
    chosen += _coordinated(text, cands, chosen)
    chosen += _listed(text, chosen)
    if "@" in text:
        # a run spelled again in an e-mail address of the message; the longest run first ("Sunny Bajwa", not "Sunny")
        for c in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
            if not any(c.start < n.end and n.start < c.end for n in chosen) and _in_email(text, c):
                chosen.append(NameSpan(c.start, c.end, original[c.start : c.end], "person", 1.0, "rule"))
    for c in [
        *candidates(text),
        *_before_personal_data(text),
        *_after_kin(text),
        *lowercase_names(text),
        *lowercase_titled(text),
        *lowercase_pairs(text),
        *nicknames(text),
        *slot_names(text),
        *subject_names(text),
        *table_names(text),
    ]:
        # A kinship word before ("grandma Rose", "我表弟小峰") or a personal-data word after ("毛不易的电话") makes a
        # candidate a person whatever the scorer learned about the word itself ("Rose Gold" is a product); a given
        # name typed in lower case comes with its own slot evidence (``ner.lowercase``: "told fatima").
        inside = [n for n in chosen if c.start <= n.start and n.end <= c.end and (n.start, n.end) != (c.start, c.end)]
        if c.kind == "lat_subj" and inside and all(n.label == "person" for n in inside):
            # round 11: the whole run its own evidence names ("eh Jun Wei,") replaces a part the scorer chose ("Wei")
            chosen = [n for n in chosen if n not in inside]
        overlaps = any(c.start < n.end and n.start < c.end for n in chosen)
        if overlaps or not (
            c.kind in ("zh_kin", "lat_lower", "nick", "slot", "lat_subj")
            or _strong_cue(text, c.start, c.end)
            or _cued_given(text, c, things)
            or _signed(text, c)
            or _owner(text, c)
            or _family(text, c)
        ):
            continue
        chosen.append(NameSpan(c.start, c.end, original[c.start : c.end], "person", 1.0, "rule"))
    for c in parallel_names(text, [(n.start, n.end) for n in chosen if n.label == "person"]):
        if not any(c.start < n.end and n.start < c.end for n in chosen):
            chosen.append(NameSpan(c.start, c.end, original[c.start : c.end], "person", 1.0, "rule"))
    chosen = _extended(text, original, chosen)
    repeats = _repeated(text, original, chosen)
    if repeats:
        chosen += repeats
        chosen += _coordinated(text, cands, chosen)
    chosen = [n for n in chosen if not _british_thanks(text, n)]
    return sorted(_without_honorifics(_without_apposed_words(text, chosen)), key=lambda n: n.start)


# round 12c: "Ta" is British thanks where a clause starts and a comma, "for", "mate" or "very much" follows ("Ta,
# Siobhán", "ta for the tip"); the surname (Tạ Văn Minh) comes before another name word
_TA_AFTER = re.compile(r"\s*(?:[,!.]|$)|\s+(?:for|mate|love|very\s+much|muchly|again|x+)\b", re.IGNORECASE)
_TA_BEFORE = re.compile(r"(?:^|[.!?\n:;,(]|(?<![A-Za-z])(?:ok|okay|oh|cheers|lovely|great|brill))\s*$", re.IGNORECASE)


def _british_thanks(text: str, n: NameSpan) -> bool:
    return (
        n.text.lower() == "ta"
        and _TA_BEFORE.search(text, 0, n.start) is not None
        and _TA_AFTER.match(text, n.end) is not None
    )


# round 11: a Japanese or Korean honorific glued to a name stays outside the span, as a Chinese title does
# ("Minji-ssi" -> "[NAME_1]-ssi")
_HONORIFIC_TAIL = re.compile(r"-(?:san|sama|kun|chan|sensei|senpai|sempai|dono|ssi|nim)$")


def _without_honorifics(chosen: list[NameSpan]) -> list[NameSpan]:
    out: list[NameSpan] = []
    for n in chosen:
        m = _HONORIFIC_TAIL.search(n.text) if n.label == "person" else None
        if m is not None and m.start() >= 2:
            n = NameSpan(n.start, n.start + m.start(), n.text[: m.start()], n.label, n.score, n.source)
        out.append(n)
    return out


def _without_apposed_words(text: str, chosen: list[NameSpan]) -> list[NameSpan]:
    """Drop a Chinese span that is an ordinary word (``zh_sur_words``: 房东, 师傅) directly before another person:
    a role noun in apposition (给房东付宁转三千), not a second name."""
    from ledgerlm.ner.evidence import zh_sur_words

    starts = {n.start for n in chosen if n.label == "person"}
    words = zh_sur_words() if any(is_cjk_start(n.text) for n in chosen) else frozenset()
    return [
        n
        for n in chosen
        if not (n.end in starts and is_cjk_start(n.text) and text[n.start : n.end] in words)
        and not (_INTERJECTION.match(text, n.start) and n.end - n.start <= 4)
    ]


# an interjection opening a clause before a lower-case word or a comma ("Oh btw Esperanza …"); "Sandra Oh" is kept
_INTERJECTION = re.compile(r"(?:Oh|Ah|Uh|Um|Ooh|Aw|Eh)(?=,|\s+[a-z])")


# round 12: road words that come before the road's name in Malay, Indonesian, Spanish, Portuguese, Italian, French
# and Polish; the words after them name the road, whoever it was named after
_STREET_WORD = re.compile(
    r"(?<![\w'’-])(?:Jalan|Jln\.?|Jl\.|Lorong|Lrg\.?|Persiaran|Lebuh|Calle|Avenida|Rua|Travessa|Via|Viale|Piazza|"
    r"Rue|Boulevard|Ulica|ul\.|Soi|Thanon|Đường|Phố)\s+$"
)


def _street_named(text: str, c: Any) -> bool:
    """A Latin run that starts with a road word ("Jalan Alor") or stands right after one ("Rue Oberkampf"), or a
    Vietnamese street named after a person (``_vietnamese_street``)."""
    if c.label != "person" or is_cjk_start(text[c.start : c.end]):
        return False
    run = text[c.start : c.end]
    first, _, rest = run.partition(" ")
    if rest and _STREET_WORD.search(first + " "):
        return True
    return _STREET_WORD.search(text, max(0, c.start - 12), c.start) is not None or _vietnamese_street(text, c)


# round 14: Vietnamese streets carry a hero's full name and no road word ("Pho 24 on Ly Thuong Kiet", "on Nguyen
# Trai", "the Nguyen Hue walking street"); "on" after a verb that takes a person still leads to one ("waiting on
# Nguyen Van An"), and so does an owner's 's ("on Tran Minh's desk")
_VI_SURNAMES = frozenset(
    ("nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ngo", "duong", "ly",
     "dinh", "trinh", "doan", "luong", "hai")
)  # fmt: skip
_ON_ROAD = re.compile(
    r"(?<![A-Za-z])(?<!wait )(?<!waiting )(?<!count )(?<!counting )(?<!rely )(?<!relying )(?<!depend )"
    r"(?<!depending )(?<!call )(?<!calling )(?<!check )(?<!checking )(?<!congrats )(?<!spy )(?<!cc )"
    r"(?:on|along|off)\s+$",
    re.IGNORECASE,
)
_ROAD_AFTER = re.compile(
    r"\s+(?:(?:walking|pedestrian|night|shopping|main)\s+)?(?:street|st\.?|road|rd\.?|avenue|ave\.?|boulevard|blvd)\b",
    re.IGNORECASE,
)


def _vietnamese_street(text: str, c: Any) -> bool:
    """A run of two or three words from a Vietnamese surname, after "on"/"along" or before a road word."""
    from ledgerlm.ner.features import fold

    words = text[c.start : c.end].split()
    if not 2 <= len(words) <= 3 or fold(words[0]) not in _VI_SURNAMES or text.startswith(("'s", "’s"), c.end):
        return False
    return bool(_ON_ROAD.search(text, max(0, c.start - 16), c.start) or _ROAD_AFTER.match(text, c.end))


_BRAND_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][A-Za-z]+)(?:['’]s)?\s+$")


def _after_brand_word(text: str, c: Any) -> bool:
    """A single capitalised word right after a brand word of the same run ("Hershey Park", "Dyson Airwrap")."""
    from ledgerlm.ner.evidence import _SINGLE_BRANDS

    if c.kind != "lat1" or c.label != "person":
        return False
    m = _BRAND_BEFORE.search(text, max(0, c.start - 24), c.start)
    return m is not None and m.group(1).lower() in _SINGLE_BRANDS


_ARABIC_TAIL = re.compile(r" (?:(?:al|el|Al|El)-[A-Z][a-z]{2,}|(?:bin|ibn|bint|binti) [A-Z][a-z]{2,})(?![\w'’-])")
_NEXT_CAP = re.compile(r" ([A-ZÀ-ÖØ-ÞĀ-ŽƠƯḀ-Ỿ][a-zà-öø-ÿā-žơưḁ-ỿ]+)(?![\w'’-])")


def _extended(text: str, original: str, chosen: list[NameSpan]) -> list[NameSpan]:
    """A Latin person of two or more words runs on over the capitalised words right after it that are no English
    word, brand or city ("Nguyễn Thị Hồng" + "Nhung"): the scorer may prefer a shorter run, and the cut-off word
    would leak."""
    from ledgerlm.ner.evidence import _SINGLE_BRANDS
    from ledgerlm.ner.features import fold, is_en_word, is_place1
    from ledgerlm.ner.lexicon import EN_NOT_NAMES

    out: list[NameSpan] = []
    for n in chosen:
        end = n.end
        if n.label == "person" and not is_cjk_start(n.text):
            # "Hamza al-Rashid", "Omar bin Said": an Arabic article or patronymic after a name is the family name
            m = _ARABIC_TAIL.match(text, end)
            if m is not None and not any(o is not n and m.start() < o.end and o.start < m.end() for o in chosen):
                end = m.end()
        if n.label == "person" and " " in n.text and not is_cjk_start(n.text):
            while (m := _NEXT_CAP.match(text, end)) is not None:
                word = fold(m.group(1))
                if is_en_word(word) or word in _SINGLE_BRANDS or is_place1(word) or m.group(1) in EN_NOT_NAMES:
                    break
                if any(o is not n and m.start(1) < o.end and o.start < m.end() for o in chosen):
                    break
                end = m.end()
        out.append(n if end == n.end else NameSpan(n.start, end, original[n.start : end], n.label, n.score, n.source))
    return out


def _repeated(text: str, original: str, chosen: list[NameSpan]) -> list[NameSpan]:
    """One sense per message: a Latin-script person chosen once is that person wherever the same word stands again
    ("Oskar & Freja are both signers; Oskar's mobile is ..."); the first mention often has no cue of its own.

    Linear in the text per distinct name: the spans already taken are an occupancy mask and the brand phrases a
    prefix-maximum of their ends, so a long pasted log with many mentions is no longer names x mentions x spans.
    """
    from ledgerlm.ner.features import _phrase_spans

    out: list[NameSpan] = []
    # "my cousin Stella will drink all the Stella Artois": a mention inside a brand phrase is no mention
    reach = _phrase_reach(len(text), _phrase_spans(text))
    taken = bytearray(len(text) + 1)
    for o in chosen:
        taken[o.start : o.end] = b"\x01" * (o.end - o.start)
    seen: set[str] = set()
    for n in [n for n in chosen if n.label == "person" and not is_cjk_start(n.text) and len(n.text) >= 3]:
        word = text[n.start : n.end]
        if word in seen:
            continue  # a second mention of the same word finds only spans the first already took
        seen.add(word)
        for m in re.finditer(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w-])", text):
            a, b = m.span()
            if reach[a] >= b or any(taken[a:b]):
                continue
            taken[a:b] = b"\x01" * (b - a)
            out.append(NameSpan(a, b, original[a:b], "person", n.score, "rule"))
    return out


def _phrase_reach(size: int, phrases: tuple[tuple[int, int], ...]) -> list[int]:
    """``reach[i]``: the furthest end of a phrase starting at or before ``i`` (-1 if none), so "inside a phrase" is
    one lookup (``reach[start] >= end``) instead of a scan of every phrase."""
    reach = [-1] * (size + 1)
    for a, b in phrases:
        reach[a] = max(reach[a], b)
    for i in range(1, size + 1):
        reach[i] = max(reach[i], reach[i - 1])
    return reach


# the Chinese conjunctions too: "Amy 同 Ken 話佢哋...", "Tom 和 Jerry 都来了" (in Chinese text, a Latin word joined to a
# person is a person even when it is also an English word)
# Italian, Spanish, German and French "and" too ("Paolo e Francesca Russo", "Ana y Luis")
_JOIN = re.compile(r"\s*(?:,|&|\+|/)?\s*(?:and|or|&|n|e|y|und|et)?\s*", re.IGNORECASE)
_JOIN_ZH = re.compile(r"\s*(?:和|同|跟|与|及|、)\s*")


def _coordinated(text: str, cands: list[Any], chosen: list[NameSpan]) -> list[NameSpan]:
    """Single Latin words joined to a chosen person by "and", "&", "," or "/" ("Kwabena and Efua", "Oskar & Freja"):
    a list of people, so a word that is no English word, brand or city is a person too ("Jordan and Chad are
    countries" stays: both are words)."""
    from ledgerlm.ner.evidence import _SINGLE_BRANDS, _plain, first_names
    from ledgerlm.ner.features import fold, is_place1

    persons = [n for n in chosen if n.label == "person" and not is_cjk_start(n.text)]
    out: list[NameSpan] = []
    if not persons:
        return out  # nothing to join to (and the 20k given names, ~25 ms to load, stay unread)
    given = first_names()
    for c in cands:
        if c.kind == "lat2" and c.label == "person" and _full_name_joined(text, c, persons, [*chosen, *out]):
            out.append(NameSpan(c.start, c.end, text[c.start : c.end], "person", 1.0, "rule"))
            continue
        if c.kind != "lat1" or c.label != "person":
            continue
        word = fold(text[c.start : c.end])
        # a city that is no listed given name stays a city ("Paolo" is both: joined to a person, the person)
        if any(c.start < n.end and n.start < c.end for n in [*chosen, *out]) or (is_place1(word) and word not in given):
            continue
        zh = [n for n in persons if _joined_zh(text, n.end, c.start) or _joined_zh(text, c.end, n.start)]
        if zh and word not in _SINGLE_BRANDS:
            out.append(NameSpan(c.start, c.end, text[c.start : c.end], "person", 1.0, "rule"))
            continue
        full = [n for n in persons if " " in n.text.strip()]
        if _plain(word) and not (word in given and any(_joined(text, c.end, n.start) for n in full)):
            continue  # a given name that is also a word joins a full name before it ("Paolo e Francesca Russo")
        joined = any(_joined(text, n.end, c.start) or _joined(text, c.end, n.start) for n in persons)
        if joined:
            out.append(NameSpan(c.start, c.end, text[c.start : c.end], "person", 1.0, "rule"))
    return out


def _full_name_joined(text: str, c: Any, persons: list[NameSpan], taken: list[NameSpan]) -> bool:
    """Round 14: a two-word run joined by "and", "&" or "," to a chosen full name ("Kristóf Nagy and Réka Szabó"),
    neither of its words an English word or brand and the last no city: the second person of a pair ("Bill Gates and
    Microsoft Office" stays: Office is a word)."""
    from ledgerlm.ner.evidence import _plain
    from ledgerlm.ner.features import fold, is_place1

    if any(c.start < n.end and n.start < c.end for n in taken):
        return False
    words = [fold(w) for w in text[c.start : c.end].split()]
    # the given name may share its spelling with some town (Réka, Hungary), the surname may not
    if any(_plain(w) for w in words) or is_place1(words[-1]):
        return False
    full = [n for n in persons if " " in n.text.strip()]
    return any(_joined(text, n.end, c.start) or _joined(text, c.end, n.start) for n in full)


_NAME_LIST = re.compile(r"(?<![\w'’])[A-Z][a-z]+(?:(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)[A-Z][a-z]+(?![\w'’]))+")
_LIST_ITEM = re.compile(r"[A-Z][a-z]+")


def _listed(text: str, chosen: list[NameSpan]) -> list[NameSpan]:
    """The other single words of a list that holds a chosen person ("Rhiannon, Obi and Svetlana confirmed"): a list
    is of one kind, so a word that is no dictionary word, brand or city is a person too; ``_coordinated`` sees only
    the word next to a person."""
    from ledgerlm.ner.evidence import _plain, first_names
    from ledgerlm.ner.features import fold, is_place1
    from ledgerlm.ner.places import is_town

    out: list[NameSpan] = []
    persons = [n for n in chosen if n.label == "person" and not is_cjk_start(n.text)]
    if not persons:
        return out
    given = first_names()
    for m in _NAME_LIST.finditer(text):
        if not any(m.start() <= n.start and n.end <= m.end() for n in persons):
            continue
        for w in _LIST_ITEM.finditer(text, m.start(), m.end()):
            start, end, word = w.start(), w.end(), fold(w.group())
            if any(start < n.end and n.start < end for n in [*chosen, *out]):
                continue
            if _plain(word) or ((is_place1(word) or is_town(word)) and word not in given):
                continue
            out.append(NameSpan(start, end, text[start:end], "person", 1.0, "rule"))
    return out


def _joined_zh(text: str, left_end: int, right_start: int) -> bool:
    between = text[left_end:right_start]
    return 0 < len(between) <= 3 and _JOIN_ZH.fullmatch(between) is not None


def _joined(text: str, left_end: int, right_start: int) -> bool:
    """Whether only a list joiner (",", "and", "&", "/", "+") stands between two spans, close together."""
    between = text[left_end:right_start]
    return 0 < len(between) <= 7 and bool(between.strip()) and _JOIN.fullmatch(between) is not None


def is_cjk_start(span: str) -> bool:
    return bool(span) and "\u4e00" <= span[0] <= "\u9fff"


_KIN_EN = re.compile(
    r"\b(?:grandma|grandpa|granny|grandmother|grandfather|mom|mum|mother|dad|father|brother|sister|wife|husband|"
    r"son|daughter|cousin|uncle|aunt|auntie|nephew|niece|fianc[ée]e?|girlfriend|boyfriend|roommate|flatmate|bro|sis|"
    r"step(?:dad|mom|mum|father|mother|brother|sister|son|daughter)|(?:brother|sister|mother|father|son|daughter)-in-law|"
    r"godmother|godfather|grandson|granddaughter|nana|nan|gramps|pops|"
    r"bestie|bff|hubby|wifey|bf|gf)\s+$",
    re.IGNORECASE,
)
_KIN_ZH = re.compile(
    r"(?:表弟|表妹|表哥|表姐|堂弟|堂妹|堂哥|堂姐|室友|老婆|老公|媳妇|丈夫|妻子|爸爸|妈妈|舅舅|姑姑|阿姨|叔叔|外甥|侄子|"
    r"哥们儿|哥们|兄弟|闺蜜|发小|对象|同桌|舍友)$"
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
    from ledgerlm.ner.candidates import Candidate
    from ledgerlm.ner.lexicon import ZH_SURNAMES

    return [
        Candidate(m.start(1), m.end(1), "person", "zh_data")
        for m in _ZH_BEFORE_DATA.finditer(text)
        if m.group(1)[0] in ZH_SURNAMES
    ]


_ZH_KIN_GIVEN = re.compile(
    r"(?:表弟|表妹|表哥|表姐|堂弟|堂妹|堂哥|堂姐|室友|老婆|老公|媳妇|丈夫|妻子|舅舅|姑姑|外甥|侄子|女儿|儿子|我姐|我哥|"
    r"哥们儿|哥们|兄弟|闺蜜|发小|同桌|舍友|"
    r"我弟|我妹|转告|告诉|通知|提醒|跟|陪|问|给|找|帮|叫)([\u4e00-\u9fff]{2})(?=[要说的在是给也都就还把让想会和跟一吃喝去来聊打见借欠请帮送约下上今明昨这，,。！!？?、\s]|$)"
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


_NOT_CUED_GIVEN = re.compile(r"(?:called|named|symbol|token|ticker)\s*$", re.IGNORECASE)
_CAP_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][A-Za-z'’.-]*)[ \t]+$")
_CAP_AFTER = re.compile(r"[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-Z]")  # "Jake Coin", "Rio de Janeiro"
_PLACEHOLDERS = frozenset(("Alice", "Bob", "Carol", "Dave", "Eve", "Mallory", "Trent", "Charlie"))


def _cued_given(text: str, c: Any, things: list[tuple[int, int]]) -> bool:
    """Two pieces of evidence agree: a cue word before a single capitalised word ("Spoke w/ Deirdre re: the audit")
    or a person's verb after it ("Zoë lives at ..."), and the word is a listed given name that is no English word,
    brand or city. The scorer, trained on few such slots, may still score it low; a thing's shape or slot ("tell
    Faith Church", "bought Mario Kart") still wins."""
    from ledgerlm.ner.context import thing_slot
    from ledgerlm.ner.evidence import (
        _EN_CUES,
        _SINGLE_BRANDS,
        _cue_before_en,
        _verb_after_en,
        first_names,
        inside_thing,
        needs_cue,
    )
    from ledgerlm.ner.features import fold, is_en_word, is_place1, vetoed

    if c.kind != "lat1" or c.label != "person" or _NOT_CUED_GIVEN.search(text[max(0, c.start - 12) : c.start]):
        return False
    cap_before = _CAP_BEFORE.search(text, 0, c.start)
    if cap_before and cap_before.group(1).lower() in _EN_CUES:
        cap_before = None  # "Met Deirdre", "Thanks Ximena": the capital is the cue word opening the sentence
    if _CAP_AFTER.match(text, c.end) or cap_before:
        return False  # one word of a longer run ("a token called Jake Coin", "Morgan Stanley says")
    if text[c.start : c.end] in _PLACEHOLDERS and text.startswith("'s", c.end):
        return False  # "Alice's vault": the textbook placeholder
    word = fold(text[c.start : c.end])
    if word not in first_names() or is_en_word(word) or word in _SINGLE_BRANDS or is_place1(word):
        return False
    cued = _cue_before_en(text, c) or _verb_after_en(text, c)
    if not cued or vetoed(text, c) or needs_cue(text, c) or inside_thing(text, c, things):
        return False
    return not thing_slot(text, c)


_OWNED = re.compile(
    r"['’]s\s+(?:wallet|passport|phone|mobile|cell|wife|husband|kids?|son|daughter|mom|mum|dad|parents|boyfriend|"
    r"girlfriend|birthday|bday|flight|wedding|visa|funeral|graduation|ssn|salary|iban)\b",
    re.IGNORECASE,
)


def _owner(text: str, c: Any) -> bool:
    """One capitalised word that is no English word, brand or city before a belonging only people have
    ("Bongani's flight lands at 7", "Tendekai's passport"): the belonging is the evidence the name lists lack."""
    from ledgerlm.ner.evidence import _SINGLE_BRANDS, first_names
    from ledgerlm.ner.features import fold, is_en_word, is_place1
    from ledgerlm.ner.places import is_town

    if c.kind != "lat1" or c.label != "person" or not _OWNED.match(text, c.end):
        return False
    word = fold(text[c.start : c.end])
    return not (is_en_word(word) or word in _SINGLE_BRANDS or is_place1(word) or is_town(word) or word in first_names())


_FAMILY_AFTER = re.compile(r"\s+(?:family|household|clan|siblings|twins)\b")


def _family(text: str, c: Any) -> bool:
    """A family name before "family" or "household" ("the el-Masri family paid", "Nakashima household"): one
    capitalised word that is a listed surname or has a surname's own shape (al-/el-, O', Mc), and no English word,
    brand or city ("the Pixel family", "the Ford family" of cars stays: Ford is a brand word)."""
    from ledgerlm.ner.evidence import _NAME_SHAPE, _SINGLE_BRANDS, surnames
    from ledgerlm.ner.features import fold, is_en_word, is_place1

    if c.kind != "lat1" or c.label != "person" or not _FAMILY_AFTER.match(text, c.end):
        return False
    span = text[c.start : c.end]
    word = fold(span)
    if is_en_word(word) or word in _SINGLE_BRANDS or is_place1(word):
        return False
    return word in surnames() or _NAME_SHAPE.fullmatch(span) is not None


_EMAIL_LOCAL = re.compile(r"(?<![\w.+-])([A-Za-z0-9._%+-]+)@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def _in_email(text: str, c: Any) -> bool:
    """A capitalised run spelled again in an e-mail address of the same message ("new hire: Dev Malhotra, ...
    dev.malhotra@gmail.com", "Katarzyna Wójcik ... k.wojcik@onet.pl"): the address is the person's, so the run is
    the person, whatever its words mean elsewhere. Every word (or the first one's initial) must be a part of the
    address's local part; a single word must be no English word or brand, in a local part of two parts or more."""
    from ledgerlm.ner.evidence import _plain, ends_in_head, ordinary_run
    from ledgerlm.ner.features import fold

    if "@" not in text or not c.kind.startswith("lat") or c.label != "person" or c.kind == "lat_title":
        return False
    span = text[c.start : c.end]
    words = [fold(w).removesuffix("'s").strip(".,") for w in span.split()]
    if not words or any(len(w) < 2 for w in words) or ordinary_run(span) or ends_in_head(span):
        return False  # "Support Team ... support.team@": a desk's address, not a person's
    for m in _EMAIL_LOCAL.finditer(text):
        parts = [p.rstrip("0123456789") for p in re.split(r"[._+-]", fold(m.group(1)))]
        parts = [p for p in parts if p]
        if len(words) >= 2:
            rest_ok = all(w in parts for w in words[1:])
            if rest_ok and (words[0] in parts or words[0][0] in parts):
                return True
        elif len(parts) >= 2 and words[0] in parts and len(words[0]) >= 3 and not _plain(words[0]):
            return True
    return False


_LINE_END = re.compile(r"[ \t]*(?:\n|$|\||,|—|-\s)")


def _signed(text: str, c: Any) -> bool:
    """A letter's signature: a sign-off on the line before ("Best,", "Kind regards,") and a whole line that starts
    with a listed given name ("Best,\nPriscila Montenegro\nHead of Ops"); the scorer knows Montenegro as a country."""
    from ledgerlm.ner.evidence import _SIGN_OFF, first_names
    from ledgerlm.ner.features import fold

    if not c.kind.startswith("lat") or c.label != "person" or c.kind == "lat_title":
        return False
    if not _SIGN_OFF.search(text, 0, c.start) or not _LINE_END.match(text, c.end):
        return False
    words = text[c.start : c.end].split()
    if fold(words[0]) in first_names():
        return True
    # round 10c: a given name the lists lack ("Thanks,\nPriyanka Raghunathan\nHead of Treasury"): a whole line of two
    # or three words, none an ordinary word, a brand or a known non-name ("Cheers,\nLedgerHaus Support" is no one)
    return 2 <= len(words) <= 3 and _line_starts_at(text, c.start) and all(_unknown_word(w) for w in words)


def _line_starts_at(text: str, start: int) -> bool:
    return text.rfind("\n", 0, start) >= 0 and not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _unknown_word(word: str) -> bool:
    from ledgerlm.ner.evidence import _SINGLE_BRANDS
    from ledgerlm.ner.features import fold, is_en_word
    from ledgerlm.ner.lexicon import EN_NOT_NAMES

    w = fold(word)
    return word[:1].isupper() and not (is_en_word(w) or w in _SINGLE_BRANDS or word in EN_NOT_NAMES)


def _strong_cue(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12) : start]
    return bool(_KIN_EN.search(before) or _KIN_ZH.search(before) or _DATA_AFTER.match(text[end : end + 24]))


__all__ = ["Label", "NameSpan", "Source", "find_names"]
