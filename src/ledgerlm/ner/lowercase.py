"""Given names typed in lower case ("told fatima about it", "lol mike still hasnt paid me back").

Why: the candidate rules propose capitalised words only, so a name typed the way people type in chat was never even
scored, and a missed name leaks to a model. A lower-case word carries no capital letter as evidence, so it needs
more than a capital would: it must be a listed given name (the census and world lists of ``evidence.first_names``,
not the romanised syllables or the words-that-are-names lists: "so", "may", "hope" stay words) AND stand in a
person's slot: right after a verb or greeting that takes a person (tell, ask, remind, ping, text, cc, thanks, hey,
owe, pay), or at the start of a clause before a verb only people do (said, texted, owes, still hasn't paid). A name
that is also an ordinary word (mike, jasmine, bill, mark) needs the stronger of the two: the person verb after it,
or one of the verbs before it that take only persons (tell, ask, remind, ping, text, cc), and never after a
determiner ("the bill says 40").
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ledgerlm.ner.candidates import Candidate


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# verbs and greetings whose next word is a person; the first group takes only persons ("tell X"), the second also
# things ("pay rent", "call support"), so a word-name after it needs a person verb too
_ONLY_PERSON = (
    r"tell|told|telling|ask|asked|asking|remind|reminded|ping|pinged|text|texted|cc|bcc|dm|dmed|thank|thanks|thx|ty"
)
_ALSO_THING = (
    r"hey|hi|hello|yo|owe|owes|owed|pay|paid|send|sent|call|called|email|emailed|message|messaged|venmo|with|to|"
    # round 13: a caller naming themself ("this is um marcus calling") and chat sign-offs ("cheers, bjørn")
    r"this\s+is|it'?s|cheers|regards|rgds|best"
)
# round 13: handing-over and approval phrases whose next word is a person ("delivered to meenakshi", "signed by
# rahul", "handed over to"); the word must still be a listed given name (an unlisted one, "zubair", is not read:
# a rule for those flagged tool names, "signed by docusign", "assigned to jira")
_BY_PERSON = (
    r"(?:signed|approved|authori[sz]ed|countersigned|witnessed|received|collected|prepared|reviewed|checked|"
    r"submitted|raised|requested|initiated)\s+by|"
    r"(?:delivered|handed(?:\s+over)?|given|passed|forwarded|assigned|reassigned|escalated|sold|lent|loaned)\s+to|"
    r"attn|attention|c/o|ping|tell|ask|remind|cc|bcc"
)
_FILLER = r"(?:\s+(?:um+|uh+|er|erm|uhh?m))*"
_BEFORE = re.compile(rf"(?<![A-Za-z'])(?:({_ONLY_PERSON})|{_ALSO_THING}|({_BY_PERSON})){_FILLER}[\s,:]+$", re.I)
# round 11: a Chinese label or verb that takes only a person, before a name typed in lower case in mixed text
# ("联系人：mandy chan", "告诉 kevin 一声")
_BEFORE_ZH = re.compile(
    r"(?:联系人|收款人|收件人|持卡人|户名|姓名|名字是|名字叫|我叫|同事|客户|告诉|通知|提醒|抄送|转告|问问|问下|问一下)[\s:：]*$"
)
# lower-case Latin letters with their accented forms ("sebastián", "zoë", "łukasz"): folded before the list look-up
_LOWER = "a-zß-öø-ÿā-ž"
# round 13: "rahul and meenakshi paid": a name joined by "and" to another lower-case word, the verb after both
_AND_NEXT = re.compile(rf"\s+(?:and|&|n)\s+[{_LOWER}]{{3,}}(?=\s)")
_WORD = re.compile(rf"(?<![A-Za-zÀ-ž0-9@#_'.-])([{_LOWER}][{_LOWER}]{{2,}}(?:-[{_LOWER}]+)?)(?![A-Za-zÀ-ž0-9@_'-])")
# a listed surname typed in lower case right after the given name ("mandy chan", "priya ramaswamy")
_SURNAME_AFTER = re.compile(rf"[ \t]+([{_LOWER}]{{2,}}(?:-[{_LOWER}]+)?)(?![A-Za-zÀ-ž0-9@_'-])")
_PERSON_AFTER = re.compile(
    r"^\s+(?:(?:still|just|already|also|never|finally|prob|probably|literally|even|def|definitely)\s+)?"
    r"(?:said|says|told|tells|asked|asks|owes|owed|texted|emailed|replied|promised|wrote|agreed|thinks|thought|"
    r"hasn'?t|hasnt|didn'?t|didnt|won'?t|wont|doesn'?t|doesnt|wants\s+(?:her|his|to)|needs\s+(?:her|his)|"
    # round 12b: "honestly nnamdi never answered", "tbh adwoa hasn't responded"
    r"answered|responded|replied|got\s+back|showed\s+up|turned\s+up|"
    r"is\s+my|was\s+my|and\s+i\b|and\s+me\b)",
    re.IGNORECASE,
)
# round 11: verbs that apps and shops do too ("lol kavya just sent it"): evidence after a name that is no English word
_WEAK_AFTER = re.compile(
    r"^\s+(?:(?:still|just|already|also|never|finally|prob|probably|literally|even|def|definitely)\s+)?"
    r"(?:sent|paid|forwarded|called|messaged|pinged|confirmed|approved|signed|transferred|booked|cancelled|canceled|"
    r"replied|uploaded|emailed|asked|wants|needs|will|can|cannot|can'?t|is|was)\b",
    re.IGNORECASE,
)
# where a clause starts: the text's start, punctuation, or a chat filler ("lol mike said", "ok so priya texted")
_CLAUSE_START = re.compile(
    r"(?:^|[.!?,;:\n(]|(?<![A-Za-z])(?:lol|lmao|ok|okay|so|and|but|btw|fyi|also|then|cuz|coz|bc|idk|tbh|ngl|"
    r"because|like|um|uh|anyway|apparently|well|"
    # round 11: the fillers of a voice note and of Singlish chat ("ok so basically aditya said", "wah mei ling said")
    r"basically|actually|honestly|literally|yeah|yea|ya|wah|walao|eh|oh|hmm|omg|wait|alright|aiyo|aiya))\s*$",
    re.IGNORECASE,
)
# round 12c: an English word before an object pronoun is the verb of a sign-off, not a name ("thanks see you")
_PRONOUN_NEXT = re.compile(r"\s+(?:you|u|ya|yall|me|us|them|him|it)\b", re.IGNORECASE)
_DETERMINER = re.compile(r"(?<![A-Za-z])(?:the|a|an|this|that|my|your|our|their|his|her|its|some|any|no)\s+$", re.I)
# words in the name lists that are pronouns, fillers or chat words when typed in lower case
_NEVER = _words(
    """
    the and but for nor not you your yours she her hers him his they them their our ours who whom what when where
    why how all any each few more most some such than too very can will just don should now here there then also
    only own same other both one two ten lol lmao omg okay yes yeah yep nope thanks thx pls plz cool nice sure
    guys team everyone anyone someone nobody sir madam bro sis mom dad mum boss babe dear honey sweetie buddy pal
    """
)


@lru_cache(maxsize=1)
def _listed_given() -> frozenset[str]:
    """The census and world given names (files only: the hand lists hold capitalised ambiguous words)."""
    out: set[str] = set()
    for name in ("en_first_names.txt", "world_first_names.txt"):
        path = Path(__file__).with_name("data") / name
        if path.exists():
            out |= {w for w in path.read_text(encoding="utf-8").split() if not w.startswith("#")}
    return frozenset(out - _NEVER)


@lru_cache(maxsize=1)
def census_given() -> frozenset[str]:
    """The 1990 US census given names alone (``en_first_names.txt``), folded."""
    path = Path(__file__).with_name("data") / "en_first_names.txt"
    lines = path.read_text(encoding="utf-8").split() if path.exists() else []
    return frozenset(w for w in lines if not w.startswith("#"))


def lowercase_names(text: str) -> list[Candidate]:
    """Person candidates for given names typed in lower case, each in a person's slot (see the module doc)."""
    from ledgerlm.ner.evidence import _SINGLE_BRANDS
    from ledgerlm.ner.features import fold, is_en_word

    if not any("a" <= ch <= "z" for ch in text):
        return []
    given = _listed_given()
    out: list[Candidate] = []
    for m in _WORD.finditer(text):
        word = fold(m.group(1))
        before = text[max(0, m.start() - 30) : m.start()]
        cue = _BEFORE.search(before)
        if word in _SINGLE_BRANDS or word not in given:
            continue
        zh_cue = _BEFORE_ZH.search(before) is not None
        rest = m.end()
        joined = _AND_NEXT.match(text, rest)
        after = bool(_PERSON_AFTER.match(text[rest : rest + 40]))
        if not after and joined is not None:  # the verb follows the second of two joined names
            after = bool(_PERSON_AFTER.match(text[joined.end() : joined.end() + 40])) or bool(
                _WEAK_AFTER.match(text[joined.end() : joined.end() + 40])
            )
        starts_clause = bool(_CLAUSE_START.search(before)) and not _DETERMINER.search(before)
        if is_en_word(word):
            ok = (cue is not None and cue.group(1) is not None) or zh_cue or (after and starts_clause)
            ok = ok and not _PRONOUN_NEXT.match(text, m.end(1))
        else:
            weak = bool(_WEAK_AFTER.match(text[m.end() : m.end() + 40]))
            ok = cue is not None or zh_cue or ((after or weak) and starts_clause)
        if ok:
            end = m.end(1)
            tail = _SURNAME_AFTER.match(text, end)
            if tail is not None and _lower_surname(tail.group(1)):
                end = tail.end(1)
            out.append(Candidate(m.start(1), end, "person", "lat_lower"))
    return out


# round 14: a title typed in lower case before a surname ("the landlord mr. patel", "thanks to dr. mehta")
_LOWER_TITLE = re.compile(
    rf"(?<![A-Za-z])(?:mr|mrs|ms|mx|dr|prof)\.?[ \t]+([{_LOWER}][{_LOWER}'-]+)(?![A-Za-zÀ-ž0-9@_])"
)
# a given name and a surname both typed in lower case ("ngozi okoro and chinedu eze won", "pieter de boer"): the
# second word must be a listed surname or no English word, and may follow a particle
# (a look-ahead, so that "and astrid" failing does not swallow the "astrid" of "astrid berg")
_PAIR = re.compile(
    rf"(?<![A-Za-zÀ-ž0-9@#_'.-])(?=([{_LOWER}]{{3,}})[ \t]+((?:(?:de|van|von|der|den|da|di|le|la|bin|binti|al)[ \t]+)*)"
    rf"([{_LOWER}]{{2,}}(?:-[{_LOWER}]+)?)(?![A-Za-zÀ-ž0-9@_'-]))"
)


def lowercase_titled(text: str) -> list[Candidate]:
    """A lower-case title and the surname after it: a listed surname ("patel", also a dictionary word) or a word no
    dictionary, brand or place list holds ("dr. mehta"); "dr. appointment" and "mr. bean" stay words."""
    from ledgerlm.ner.evidence import _SINGLE_BRANDS, is_en_noun, surnames
    from ledgerlm.ner.features import fold, is_en_word

    out: list[Candidate] = []
    for m in _LOWER_TITLE.finditer(text):
        word = fold(m.group(1))
        if word in _NEVER or word in _SINGLE_BRANDS or (is_en_word(word) and word not in surnames()):
            continue
        if word in _NOT_AFTER_TITLE or word in _CALENDAR or (is_en_noun(word) and word not in _TOP_SURNAMES):
            continue  # "mr. bean marathon", "dr. who": a noun after the title is a character, unless a common surname
        out.append(Candidate(m.start(), m.end(1), "person", "lat_lower"))
    return out


# the commonest English surnames that are also nouns ("mr. smith", "mrs. baker")
_TOP_SURNAMES = _words("smith baker cook taylor clark walker wright king hill green hall wood turner cooper miller")
# listed surnames that are also everyday words after a title ("dr. king" is a name, "dr. will see you" is not)
_NOT_AFTER_TITLE = _words("will can may said says is was has had and or but the to of in on at for with")


def lowercase_pairs(text: str) -> list[Candidate]:
    """A lower-case given name and surname standing together, with no slot around them ("ngozi okoro and chinedu
    eze won"). The given name must be listed and no English word, brand or place. A surname that is listed and no
    English word ("eze", "visser") is evidence enough; a weaker one (an English word, "berg", "person", or a word no
    list holds, "okoro", "bukti") needs a person's slot before the pair or another such pair joined to it by "and"
    or a comma: "per person", "Bu Siti minta bukti", "the aircon guy leh" stay words."""
    if not any("a" <= ch <= "z" for ch in text):
        return []
    pairs = [(m.start(1), m.end(3), strong) for m in _PAIR.finditer(text) if (strong := _pair_strength(m)) is not None]
    out: list[Candidate] = []
    for start, end, strong in pairs:
        before = text[max(0, start - 30) : start]
        joined = any(
            _JOINS.fullmatch(text[min(end, b) : max(start, a)]) is not None
            for a, b, _ in pairs
            if (a, b) != (start, end)
        )
        if strong or _BEFORE.search(before) or _BEFORE_ZH.search(before) or joined:
            out.append(Candidate(start, end, "person", "lat_lower"))
    return out


# days and months are listed surnames (Friday, May) and no dictionary word once folded, never a lower-case surname
_CALENDAR = _words(
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun january february march april "
    "june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec"
)
_JOINS = re.compile(r"\s*(?:,|,?\s*(?:and|&|n)\b)\s*")


def _pair_strength(m: re.Match[str]) -> bool | None:
    """Whether a lower-case pair's surname is strong evidence (True), weak (False), or none at all (None)."""
    from ledgerlm.ner.evidence import _SINGLE_BRANDS, _places_lower, is_en_noun, surnames
    from ledgerlm.ner.features import fold, is_en_word

    given, places = _listed_given(), _places_lower()
    first, last = fold(m.group(1)), fold(m.group(3))
    if first not in given or is_en_word(first) or is_en_noun(first) or first in places or first in _SINGLE_BRANDS:
        return None  # "the water bill friday": bill is a noun before it is a name
    if last in _NEVER or last in places or last in _SINGLE_BRANDS or last in _NOT_AFTER_TITLE or last in given:
        return None
    if last in _CALENDAR:
        return None
    if last in surnames() and not is_en_word(last):
        return True
    if last in surnames() or (len(last) >= 3 and not is_en_word(last)) or m.group(2):
        return False
    return None


def _lower_surname(word: str) -> bool:
    """A listed surname that is no English word, brand or pronoun ("chan", "ramaswamy"; not "said", "lee" is kept)."""
    from ledgerlm.ner.evidence import _SINGLE_BRANDS, surnames
    from ledgerlm.ner.features import fold, is_en_word

    w = fold(word)
    return w in surnames() and not is_en_word(w) and w not in _SINGLE_BRANDS and w not in _NEVER


__all__ = ["lowercase_names", "lowercase_pairs", "lowercase_titled"]
