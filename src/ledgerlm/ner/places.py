"""Places as counter-evidence: a candidate that is a known place, standing where places stand, is no person.

Why: the evidence rule accepted a surname character plus a given-name character (许昌, 吴江, 娄底, 邵阳) and a listed
given name (Charlotte, Tyler, Eugene, Savannah, Regina, Helena) on their own shape; both shapes are also the shapes of
places. The gazetteers say what a word can be (``data/zh_places.txt``: every province, prefecture, county and
district of cpca's table with its short form; the GeoNames cities of ``features.is_place1`` and
``evidence._places_lower``; the US states and Canadian provinces below), and the words around it say what it is
here: a place is flown into, driven through, moved from, followed by its state ("Tyler, Texas"), an airport or
traffic, or listed beside other places; a person is told, paid, met or says something. So the gazetteer is counter-
evidence that a cue still overrides: "去许昌出差" is the city, "给许昌打电话" the person; "landed in Eugene" the city,
"tell Eugene" or "Eugene said" the person.
"""

from __future__ import annotations

import re
from array import array
from functools import lru_cache
from pathlib import Path

from ledgerlm.ner.candidates import Candidate, is_cjk

# written out by hand: the states of the US and the provinces and territories of Canada and Australia (one line
# each), with their postal abbreviations; several are also given names (Georgia, Virginia, Carolina), so they count
# only where the context is a place's
US_STATES = (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois "
    "Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri "
    "Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington "
    "Wisconsin Wyoming Carolina Dakota Jersey Hampshire Mexico York Columbia",
    "Alberta Manitoba Ontario Quebec Saskatchewan Nunavut Yukon Newfoundland Labrador Brunswick Scotia",
    "Queensland Victoria Tasmania",
)
STATE_ABBR = (
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR "
    "PA RI SC SD TN TX UT VT VA WA WV WI WY DC BC AB MB ON QC SK NS NB NL PE NSW QLD VIC TAS WA NT ACT USA UK"
)
_STATES = frozenset(w.lower() for line in US_STATES for w in line.split())
_STATE_RE = "|".join(
    sorted({*(w for line in US_STATES for w in line.split()), *STATE_ABBR.split()}, key=lambda w: (-len(w), w))
)

# what stands before a place: a locative word, a verb of motion, a distance ("in", "into", "flying into", "landed
# in", "drove through", "moved from", "outside")
_BEFORE_EN = re.compile(
    r"(?<![A-Za-z])(?:in|into|near|around|via|through|thru|outside|across|to|toward|towards|out\s+of|(?:moved|moving|"
    r"move|flew|flying|fly|flight|drove|driving|drive|back|came|coming|home|trip|train|bus|miles|hours|far)\s+from|"
    r"visiting|visit|leaving|left|reach|reached|landed|arrived|flew|flying|drove|driving|moved|moving|relocating|"
    r"relocated|based|born\s+in|raised\s+in|downtown|uptown|greater|north|south|east|west|central)\s*$",
    re.IGNORECASE,
)
# what follows a place: its state or country ("Tyler, Texas", "Victoria BC"), a place's noun, the next stop
_AFTER_EN = re.compile(
    rf"^(?:,?\s+(?:{_STATE_RE})\b|\s+(?:airport|pier|county|traffic|downtown|area|suburbs|metro|weather|harbou?r|"
    r"skyline|rent|real\s+estate|housing|property|zoo|marathon|time|timezone|office|branch|campus|station|"
    r"is\s+(?:about|around|only|like)?\s*\d|in\s+(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december|winter|summer|spring|fall|autumn)|pier|beach|at\s+(?:sunset|night|dawn))\b|"
    r"\s+(?:to|->|→)\s+[A-Z])",
    re.IGNORECASE,
)
# a list of places: the neighbour across ", " or " and " is a place that is no given name ("Regina, Saskatoon and
# Winnipeg", "Tyler to Dallas")
_NEIGHBOUR_BEFORE = re.compile(r"([A-Z][a-z]+)(?:,\s*|\s+and\s+|\s+(?:to|->|→)\s+)$")
_NEIGHBOUR_AFTER = re.compile(r"^(?:,\s*|\s+and\s+|\s+(?:to|->|→)\s+)([A-Z][a-z]+)")


def is_state(word: str) -> bool:
    return word.lower() in _STATES


@lru_cache(maxsize=1)
def _town_hashes() -> array[int]:
    """CRC-32 of the single-word names of every GeoNames city of 15,000 people or more, given names included
    (Charlotte, Tyler, Missoula: ``data/en_towns.npz``), which ``features.is_place1`` leaves out."""
    from ledgerlm.ner.model import read_npz_array

    path = Path(__file__).with_name("data") / "en_towns.npz"
    return read_npz_array(path, "hash", "I", "<u4") if path.exists() else array("I")


def is_town(word: str) -> bool:
    from ledgerlm.ner.features import _in_hashes, fold

    return _in_hashes(_town_hashes(), fold(word))


def _en_place_word(word: str) -> bool:
    from ledgerlm.ner.evidence import _places_lower
    from ledgerlm.ner.features import fold, is_place1

    w = fold(word)
    return is_place1(w) or is_town(w) or w in _places_lower() or w in _STATES


def _other_place(word: str) -> bool:
    """A neighbour that is a place and nothing else (Saskatoon, Missoula): no listed given name."""
    from ledgerlm.ner.evidence import first_names
    from ledgerlm.ner.features import fold

    return _en_place_word(word) and fold(word) not in first_names()


# "moved from Madison to Austin", "flying from Tyler to Dallas": a journey's two ends; its "to" is no payment cue
_FROM_TO = re.compile(
    r"(?<![A-Za-z])(?:moved|moving|move|flew|flying|fly|flight|drove|driving|drive|went|going|go|travel\w*|commut\w*|"
    r"trip|train|bus|ride|road\s+trip|relocat\w*)\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+to\s*$",
    re.IGNORECASE,
)


def en_place(text: str, cand: Candidate) -> str | None:
    """How surely a single capitalised word is a known place standing where places stand: ``"strong"`` where no cue
    word can make it a person ("Florence, Alabama": a state after its city; "Tyler, Texas"; "Helena to Missoula": a
    place beside it; "moved from Madison to Austin"), ``"weak"`` where a cue still can ("landed in Eugene" vs "sent
    it to Eugene"), else ``None``."""
    from ledgerlm.ner.features import fold, is_place1

    if cand.kind != "lat1" or cand.label != "person":
        return None
    word = text[cand.start : cand.end].removesuffix("'s").removesuffix("’s")
    if not _en_place_word(word):
        return None
    before = text[max(0, cand.start - 40) : cand.start]
    after = text[cand.end : cand.end + 40]
    if is_state(word) and re.search(r"[A-Z][a-z]+,\s*$", before):
        return "strong"  # "Florence, Alabama": the state after its city
    if re.match(rf",?\s+(?:{_STATE_RE})\b", after) or _FROM_TO.search(before):
        return "strong"
    nb = _NEIGHBOUR_BEFORE.search(before)
    na = _NEIGHBOUR_AFTER.match(after)
    if (nb and _other_place(nb.group(1))) or (na and _other_place(na.group(1))):
        return "strong"
    if _route(text, cand) or _OBJECT_TO.search(before):
        return "strong"
    if is_place1(fold(word)) and _TO_PLACE.search(before) and not _TO_PAYEE.search(before):
        return "strong"  # "your package to Utrecht": a city no given name, after a "to" that follows no payment verb
    if _BEFORE_EN.search(before[-24:]) or _AFTER_EN.match(after):
        return "weak"
    return None


_TO_PLACE = re.compile(r"(?<![A-Za-z])to\s*$", re.IGNORECASE)
_TO_PAYEE = re.compile(
    r"(?<![A-Za-z])(?:send|sent|sending|pay|paid|paying|wire|wired|transfer|transferred|give|gave|lend|lent|refund|"
    # an amount before "to" (50 to), not the digits of a code (train G1234 to Guangzhou, flight CA981 to Beijing)
    r"refunded|forward|forwarded|it|them|this|that|usdc|usdt|eth|btc|dai|(?<![A-Za-z\d])\d[\d,.]*[kKmM]?)\s+to\s*$",
    re.IGNORECASE,
)
# "sent me to Tacoma", "drop us to Tyler": after an object pronoun, "to" leads to a place, never to a payee
_OBJECT_TO = re.compile(r"(?<![A-Za-z])(?:me|us|him|her|them)\s+(?:to|into|over\s+to)\s*$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)\s+(?:to|->|→|-)\s+$")
_TO_AFTER = re.compile(r"\s+(?:to|->|→|-)\s+([A-Z][a-z]+)(?![\w'’-])")


def _route(text: str, cand: Candidate) -> bool:
    """ "Helena to Missoula", "Lafayette -> Baton Rouge": two places joined by "to", the first with no cue word before
    it ("send Jackson to Denver" stays a person)."""
    from ledgerlm.ner.evidence import _cue_before_en

    m = _TO_BEFORE.search(text, max(0, cand.start - 30), cand.start)
    if m is not None and _en_place_word(m.group(1)):
        first = Candidate(m.start(1), m.end(1), "person", "lat1")
        return not _cue_before_en(text, first)
    m = _TO_AFTER.match(text, cand.end)
    if m is not None and _en_place_word(m.group(1)):
        return not _cue_before_en(text, cand)
    return False


@lru_cache(maxsize=1)
def zh_places() -> frozenset[str]:
    path = Path(__file__).with_name("data") / "zh_places.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def _zh_lens() -> tuple[int, ...]:
    return tuple(sorted({len(p) for p in zh_places()}, reverse=True))


def zh_place(text: str, cand: Candidate) -> str | None:
    """Whether a Chinese candidate is a place of the gazetteer (cue words are checked by the caller): ``"cut"``
    when it starts or ends inside a place (余姚|开会 -> 姚开会, 在|成都 -> 在成: a name is never cut out of a place
    word, cue or not), ``"full"`` when it is a place with its administrative suffix (江宁区, 许昌市: never a person),
    ``"place"`` when it is a place's short form or lies inside one (许昌, 吴江, 石家 in 石家庄: a cue still makes it
    a person, 给许昌打电话), else ``None``. A candidate that only begins with a place and runs on (吴江涛) is judged
    as before."""
    if not is_cjk(text[cand.start]):
        return None
    places, span = zh_places(), text[cand.start : cand.end]
    if span in places:
        return "full" if span[-1] in "省市区县旗盟" and len(span) >= 3 else "place"
    inside = False
    for n in _zh_lens():
        for a in range(max(0, cand.start - n + 1), cand.end):
            b = a + n
            if b > len(text) or text[a:b] not in places:
                continue
            if (a < cand.start < b) or (cand.start < a < cand.end < b):
                return "cut"
            inside = inside or (a <= cand.start and cand.end <= b)
    return "place" if inside else None


__all__ = ["STATE_ABBR", "US_STATES", "en_place", "is_state", "is_town", "zh_place", "zh_places"]
