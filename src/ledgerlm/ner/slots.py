"""Names in a person's grammatical slot, with no cue word and no list entry: "Fenwick called twice", "Priyanka
blocked on the API", "Kevin说陆子涵周五才回来" (round 9b).

Why: what fails on unseen text is a name that no list holds and no framing phrase introduces. Such a name still
stands where only people stand: the subject of a verb people do, at the start of a clause ("Ezinne has the keys",
"lol Thandiwe just dropped her phone"), or in Chinese a surname character followed by given-name characters as the
subject or object of a verb of saying, asking or giving. The slot alone is not enough ("Slack is down", "Legal is
reviewing", "华为说"), so each slot is evidence only together with the word's own shape:

* Latin script: a listed given name that is no dictionary word (Mateus, Thandiwe) before most verbs; a word no
  list holds (Fenwick, Ezinne) only before a predicate apps and brands do not take ("called twice", "is on leave",
  "forgot his"), since "Grafana is showing spikes" has the same slot; a given name that is also a word (Hope, Mark)
  before those or says/said. Dictionary words (Chrome, Finance, Weather), brands, cities, days, kin words and
  departments never.
* Chinese: a common surname, then one or two characters of ``lexicon.ZH_GIVEN_CHARS`` (the characters two- and
  three-character given names draw from), no dictionary word, after a clause boundary or a verb of saying/asking/
  giving (说/给/找/问/跟/和/让/告诉) and before a person's verb, a time word or 和我/跟我.

Every span found here is a person; ``find_names`` skips those that overlap a name already chosen.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ledgerlm.ner.candidates import Candidate

_ADV = (
    r"(?:\s+(?:just|really|already|finally|still|also|never|literally|actually|totally|probably|apparently|"
    r"seriously|honestly|even|basically|always|supposedly|prob|def|kinda))?"
)
# verbs after a clause-initial word that people (and, for a dictionary word, also departments and apps) do
_VERB_ANY = re.compile(
    _ADV + r"\s+(?:says|said|is|was|will|would|can|can['’]t|cannot|won['’]t|has|had|hasn['’]t|didn['’]t|doesn['’]t|"
    r"isn['’]t|wasn['’]t|called|calls|forgot|forgets|wants|wanted|needs|needed|owes|owed|thinks|thought|knows|knew|"
    r"dropped|lost|left|blocked|brought|loves|hates|likes|misses|missed|joined|quit|"
    r"arrived|leaves|texted|told|asked|agreed|replied|mentioned|suggested|confirmed|pairing|"
    r"covering|bringing|driving|hosting|handling|leading|presenting|reviewing|"
    r"to\s+(?:draft|check|send|call|review|follow|book|handle|update|prepare|fix|chase|email|schedule|confirm|own|"
    r"lead|present|write|bring|cover|pick)|and\s+I|&\s+I|and\s+me)(?![\w'’])",
    re.IGNORECASE,
)
# predicates only people take: evidence enough for a word no list holds ("Fenwick called twice", "Corentin thinks",
# "Ezinne has the keys"); apps and brands take the others ("Figma will be slow", "Xero has the invoices")
_VERB_PERSON = re.compile(
    _ADV + r"\s+(?:thinks|thought|owes|owed|texted|told|promised|insisted|swore|forgot\s+to|"
    r"called\s+(?:me|twice|again|back|in\s+sick)|is\s+(?:covering|out\s+sick|off\s+sick|sick|on\s+leave|on\s+vacation|"
    r"on\s+holiday|pregnant)|(?:is\s+|['’]s\s+|was\s+)?(?:bringing|driving|hosting|reviewing|cooking|picking\s+up|"
    r"coming\s+(?:over|with|to)|joining|presenting|organi[sz]ing|babysitting|visiting|staying\s+with)|"
    r"will\s+(?:bring|cover|drive|host|pick\s+up)|can['’]t\s+make\s+it|blocked\s+on|has\s+the\s+keys|and\s+I|&\s+I|"
    r"to\s+(?:draft|chase|email|call|review|follow\s+up|present|own))(?![\w'’])",
    re.IGNORECASE,
)
# a verb, then a third person's pronoun: a person did it ("Caspian forgot his charger", "Mateus pairing with her")
_PRONOUN_AFTER = re.compile(
    _ADV + r"\s+[a-z]+(?:\s+(?:with|to|for|on|at))?\s+(?:his|her|him|himself|herself)(?![\w'’])"
)
_SAYS = re.compile(_ADV + r"\s+(?:says|said)(?![\w'’])", re.IGNORECASE)
# a clause start before the word: the message start, punctuation, or an interjection
_CLAUSE_BEFORE = re.compile(
    r"(?:^|[,;:.!?|()\[\]\-–—/>\n]|(?<![\w'’])(?:lol|lmao|omg|ok|okay|so|but|btw|fyi|also|then|plus|ugh|oh|well|"
    r"yeah|yes|no|and|update|notes?|pls|please|guys|"
    # round 12: a time or stance adverb opening the sentence ("Yesterday Oluwaseun mentioned …")
    r"yesterday|today|tonight|earlier|later|meanwhile|apparently|actually|honestly|sadly|luckily|anyway))\s*$",
    re.IGNORECASE,
)
_CAP_WORD = re.compile(r"(?<![\w'’@#.-])([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?![\w'’@-])")
# kin and role words that take a person's verbs but are no name ("Mom says", "Grandma forgot")
_NOT_SUBJECT = frozenset(
    str.split(
        "mom mum dad mother father grandma grandpa granny nana papa auntie aunt uncle boss teacher doctor everyone "
        "everybody someone somebody nobody anyone anybody team management staff admin security finance legal sales "
        "support marketing customs shipping carrier courier landlord landlady tenant neighbour neighbor baby ops "
        "devops qa hr dev eng pr sre infra "
        # kin words of other languages that English chats use as they are ("Nonna is cooking Sunday")
        "nonna nonno abuela abuelo abuelita oma opa mamie papi nan baba yaya yiayia lola lolo amma appa ammi abba "
        "nani nana dada dadi bibi tita tito"
    )
)

_ZH_SLOT_BEFORE = re.compile(r"(?:^|[\s，。！？；：:,.!?;、（(]|说|给|找|问|跟|和|让|叫|告诉|通知|转给|联系|提醒)$")
_ZH_SLOT_AFTER = re.compile(
    r"^(?:说|讲|觉得|认为|负责|和我|跟我|同意|答应|请假|生日|刚|已经|昨天|今天|明天|后天|上周|下周|这周|周[一二三四五六日末]|"
    r"星期|下午|上午|晚上|早上|才|还没|也|都|在|去|来|要|想|把|打|发|回|让|帮|找|问|说过|确认|汇报|补充|开车|来接|请客)"
)


def slot_names(text: str) -> list[Candidate]:
    """Person spans that their grammatical slot and their own shape make names (see the module docstring)."""
    return [*_latin(text), *_chinese(text)]


_NEXT_WORD = re.compile(r"\s+([a-z]{3,})(?![\w'’])")


def parallel_names(text: str, persons: list[tuple[int, int]]) -> list[Candidate]:
    """A clause-initial word that is no dictionary word, brand or city, before the same verb as a person found in
    the message ("邱敏 takes Tuesday, Henrike takes Wednesday"): parallel clauses have subjects of one kind."""
    from ledgerlm.ner.evidence import _SINGLE_BRANDS, _plain
    from ledgerlm.ner.features import fold, is_place1
    from ledgerlm.ner.places import is_town

    verbs = set()
    for _, end in persons:
        m = _NEXT_WORD.match(text, end)
        if m:
            verbs.add(m.group(1))
    out: list[Candidate] = []
    if not verbs:
        return out
    for m in _CAP_WORD.finditer(text):
        word = fold(m.group(1))
        nxt = _NEXT_WORD.match(text, m.end())
        if nxt is None or nxt.group(1) not in verbs or word in _NOT_SUBJECT or word in _SINGLE_BRANDS:
            continue
        if _plain(word) or is_place1(word) or is_town(word):
            continue
        if _CLAUSE_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            out.append(Candidate(m.start(1), m.end(1), "person", "slot"))
    return out


def _latin(text: str) -> list[Candidate]:
    from ledgerlm.ner.evidence import _SINGLE_BRANDS, _plain, first_names
    from ledgerlm.ner.features import fold, is_place1
    from ledgerlm.ner.lexicon import EN_ASSISTANTS
    from ledgerlm.ner.places import is_town

    out: list[Candidate] = []
    given = first_names()
    assistants = {w.lower() for w in EN_ASSISTANTS}
    for m in _CAP_WORD.finditer(text):
        word = fold(m.group(1))
        if word in _NOT_SUBJECT or word in _SINGLE_BRANDS or word in assistants:
            continue
        if not _CLAUSE_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        after = text[m.end() : m.end() + 40]
        plain = _plain(word)  # a dictionary word, a brand, a month or day
        strong = bool(_VERB_PERSON.match(after) or _PRONOUN_AFTER.match(after))
        if word in given and plain:
            ok = strong or bool(_SAYS.match(after))  # "Hope says" is Hope; "Will is" stays a question
        elif plain or ((is_place1(word) or is_town(word)) and word not in given):
            ok = False  # "Chrome keeps crashing", "Finance will approve", "Austin is hot"
        elif word in given:
            ok = bool(_VERB_ANY.match(after))  # a listed given name that is no word: most verbs ("Mateus is driving")
        else:
            ok = strong  # a word no list holds: apps and brands too ("Grafana is showing spikes")
        if ok:
            out.append(Candidate(m.start(1), m.end(1), "person", "slot"))
    return out


@lru_cache(maxsize=1)
def _zh_tables() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The 120 commonest surname characters, the given-name characters and every word that is no name (the
    dictionary, the surname-initial words, the places, the hand lists and brands), built once."""
    from ledgerlm.ner.evidence import zh_sur_words
    from ledgerlm.ner.features import _zh_dict
    from ledgerlm.ner.lexicon import ZH_BRANDS, ZH_GIVEN_CHARS, ZH_NOT_NAMES, ZH_SURNAMES
    from ledgerlm.ner.places import zh_places

    words = _zh_dict() | zh_sur_words() | zh_places() | frozenset(ZH_NOT_NAMES) | ZH_BRANDS
    return frozenset(ZH_SURNAMES[:120]), frozenset(ZH_GIVEN_CHARS), words


def _chinese(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return out
    common, given, words = _zh_tables()
    for i, ch in enumerate(text):
        if ch not in common or not _ZH_SLOT_BEFORE.search(text[max(0, i - 3) : i]):
            continue
        for n in (3, 2):
            span = text[i : i + n]
            if len(span) < n or not all(c in given for c in span[1:]):
                continue
            if any(w in words for w in (span, span[:2], span[1:])):
                continue  # 高山 / 黄金 / 万达: a word, not a name
            if _ZH_SLOT_AFTER.match(text[i + n : i + n + 3]):
                out.append(Candidate(i, i + n, "person", "slot"))
                break
    return out
