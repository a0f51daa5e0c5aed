"""Round 11: persons the scorer sees too rarely in three slots, each with its own evidence.

* A Japanese or Korean honorific glued to a word ("Tanaka-san", "Minji-ssi", "Sato-sensei"): only people take one;
  the honorific stays outside the span, as a Chinese title does.
* A listed surname or given name opening a clause before a verb in the past and its object ("Nakamura forwarded the
  memo", "Okonkwo approved the refund"): the subject of a past act; a word that is also an English word, a brand, a
  place or a listed non-name is left to the scorer ("Kraken confirmed the deposit", "Phoenix approved the plan").
* A Latin-script name in Chinese text beside a Chinese cue or person's verb ("我同事 Ahmad 说…", "跟 Tanaka 开会",
  "Wong Ka-ming 回复了"): the cue that makes a Chinese run a person makes a Latin run one too, when every word is a
  listed given name or surname and none an English word, brand or place.
"""

from __future__ import annotations

import re

from ledgerlm.ner.candidates import Candidate

_HONORIFIC = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]{1,}(?:-[A-Z]?[a-z]+)?)-(?:san|sama|kun|chan|sensei|senpai|sempai|dono|ssi|nim)(?![\w-])"
)
# where a clause starts: the text's start, a line, punctuation, or a chat filler ("so basically Nakamura said")
_CLAUSE_BODY = (
    r"[.!?;:\n(]|,|(?<![A-Za-z])(?:so|ok|okay|btw|fyi|update|then|and|but|also|basically|apparently|"
    r"yeah|yes|well|anyway|lol|um|uh))\s*$"
)
_CLAUSE_START = re.compile(r"(?:^|" + _CLAUSE_BODY, re.IGNORECASE)
_CLAUSE_START_LOCAL = re.compile(r"(?:" + _CLAUSE_BODY, re.IGNORECASE)


def clause_starts(text: str, pos: int) -> bool:
    """Whether a clause starts at ``pos``, looked at in the 24 characters before it (a long text costs no more)."""
    lo = max(0, pos - 24)
    pattern = _CLAUSE_START if lo == 0 else _CLAUSE_START_LOCAL
    return pattern.search(text[lo:pos]) is not None


_IRREGULAR_PAST = (
    "sent|wrote|said|told|paid|took|gave|made|got|left|brought|bought|sold|spent|found|kept|met|ran|saw|put|read|rang|"
    "forgot|won|lost|built|drove|flew|knew|spoke|threw|withdrew|undertook|oversaw|overpaid|underpaid|forwarded|"
    "countersigned|resent|redid|reissued|rewrote|mistook|forgave"
)
_PAST_AFTER = re.compile(
    r"\s+(?:just\s+|already\s+|also\s+|finally\s+|never\s+|then\s+|personally\s+)?"
    rf"((?:{_IRREGULAR_PAST})|[a-z]{{2,}}(?:-[a-z]+)?ed)"
    r"(?=\s+(?:the|a|an|my|our|his|her|their|your|its|it|me|us|them|you|him|this|that|these|those|both|all|two|"
    r"three|every|to|back|over|up|out|in|on|for|with|again|yesterday|today|twice)\b|[.,!;:]|\s*$)"
)
_LAT_RUN = re.compile(
    r"(?<![\w'’@.-])([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?){0,2})(?![\w'’@-])"
)
_ZH_NAMING_BEFORE = re.compile(r"(?:个|款|只|种|名)(?:叫|叫做|名叫|名为|取名)\s*$|(?:叫|叫做|名为|取名|命名为?)\s*$")
_ZH_THING_AFTER = re.compile(
    r"\s*(?:的)?(?:代币|币|token|Token|项目|合约|钱包|NFT|协议|链|平台|app|App|APP|软件|系统|基金|交易所|公司|团队|社区)"
)
_ZH_VERB_AFTER = re.compile(
    r"\s*(?:说|告诉|答应|同意|回复|回了|表示|觉得|认为|发来|发了|已经|刚刚|刚才|打电话|打给|签了|批了|"
    r"approve|forward|confirm|cc)"
)


def _plain_word(word: str, places: bool = True) -> bool:
    """An English word, a brand, a listed non-name, or (``places``) a city: no evidence of a person by itself. A
    small town that is also a listed surname or given name (Nakamura) stays a possible person."""
    from ledgerlm.ner.evidence import _SINGLE_BRANDS, first_names, surnames
    from ledgerlm.ner.features import fold, is_en_word, is_place1
    from ledgerlm.ner.lexicon import EN_NOT_NAMES
    from ledgerlm.ner.places import _en_place_word

    w = fold(word)
    if is_en_word(w) or w in _SINGLE_BRANDS or word in EN_NOT_NAMES or word.capitalize() in EN_NOT_NAMES:
        return True
    if not places or not (is_place1(w) or _en_place_word(word)):
        return False
    # a city or a given name that is also a place (Austin, Phoenix, Chelsea approved the plan) is a place here; a
    # town that is only a listed surname (Nakamura, Takahashi) stays a possible person
    return is_place1(w) or w in first_names() or w not in surnames()


def _listed(word: str) -> bool:
    from ledgerlm.ner.evidence import first_names, surnames
    from ledgerlm.ner.features import fold

    w = fold(word)
    return w in first_names() or w in surnames()


# "Honda-san is a chain of izakaya": a brand word with an honorific, defined as a thing
_DEFINED = re.compile(r"\s+(?:is|was|are)\s+(?:a|an|the)\s")


def _brand(word: str) -> bool:
    from ledgerlm.ner.evidence import _SINGLE_BRANDS
    from ledgerlm.ner.features import fold

    return fold(word) in _SINGLE_BRANDS


def honorific_names(text: str) -> list[Candidate]:
    """A word with a Japanese or Korean honorific glued on ("Tanaka-san", "Suzuki-san"): the word is a person, even
    where it is also a brand; only an English word is left ("Kawaii-chan" is no one we know)."""
    from ledgerlm.ner.features import fold, is_en_word

    if "-" not in text:
        return []
    return [
        Candidate(m.start(1), m.end(1), "person", "lat_subj")
        for m in _HONORIFIC.finditer(text)
        if not all(is_en_word(fold(part)) for part in m.group(1).split("-"))
        and not (_brand(m.group(1)) and _DEFINED.match(text, m.end()))
    ]


def past_subjects(text: str) -> list[Candidate]:
    """A listed surname or given name opening a clause before a past verb and its object ("Nakamura forwarded the
    memo"); one capitalised word, no English word, brand or place, and no other capitalised word beside it."""
    from ledgerlm.ner.features import is_en_word

    out: list[Candidate] = []
    for m in re.finditer(r"(?<![\w'’@.-])([A-Z][a-z]{2,})(?![\w'’@-])", text):
        start, end, word = m.start(1), m.end(1), m.group(1)
        if not clause_starts(text, start) or re.search(r"[A-Z][\w'’.-]*[ \t]+$", text[max(0, start - 30) : start]):
            continue
        verb = _PAST_AFTER.match(text, end)
        if verb is None or not _listed(word) or _plain_word(word):
            continue
        v = verb.group(1)
        if v.endswith("ed") and not is_en_word(v) and not is_en_word(v[:-2]) and not is_en_word(v[:-1]):
            continue  # "Nakamura Seed": the word after must be a verb
        out.append(Candidate(start, end, "person", "lat_subj"))
    return out


def zh_cued_latin(text: str) -> list[Candidate]:
    """A Latin-script run of listed given names and surnames in Chinese text beside a Chinese cue or person's verb."""
    from ledgerlm.ner.evidence import _ZH_CUE_BEFORE, first_names
    from ledgerlm.ner.features import fold

    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return []
    out: list[Candidate] = []
    for m in _LAT_RUN.finditer(text):
        start, end = m.start(1), m.end(1)
        if not (_ZH_CUE_BEFORE.search(text[max(0, start - 8) : start]) or _ZH_VERB_AFTER.match(text, end)):
            continue
        if _ZH_NAMING_BEFORE.search(text[max(0, start - 8) : start]) or _ZH_THING_AFTER.match(text, end):
            continue  # "建一个叫 Phoenix 的代币": a thing is named, not a person
        words = [p for w in m.group(1).split() for p in w.split("-")]
        if not all(_listed(w) or len(w) <= 4 for w in words) or not _listed(words[0]):
            continue
        if any(_plain_word(w, places=fold(w) not in first_names()) for w in m.group(1).split()):
            continue
        out.append(Candidate(start, end, "person", "lat_subj"))
    return out


# round 11: Singlish and Cantonese chat call a person by a two-syllable given name after an interjection ("wah Mei Ling
# already transfer", "eh Jun Wei, you sent …"); the scorer sees "Mei Ling" as two capitalised words it knows little of
_CALLED_PAIR = re.compile(
    r"(?:^|[.!?,\n]\s*|\s)(?:eh|wah|walao|oi|oei|aiyo|aiya|hey|hi|yo|ah|oh|dear|thanks|thx)[\s,]+"
    r"([A-Z][a-z]{1,5}[ -][A-Z]?[a-z]{1,5})(?=[,?!]|\s+[a-z])",
    re.IGNORECASE,
)
_LOAN_PAIRS = frozenset(
    ["feng shui", "tai chi", "kung fu", "dim sum", "qi gong", "mah jong", "wu shu", "ping pong", "char siu", "bak kwa",
     "mee pok", "kaya toast", "bubble tea", "yum cha", "lo hei"]
)  # fmt: skip


def called_pairs(text: str) -> list[Candidate]:
    """Two romanised Chinese given-name syllables after an interjection, neither pair a place, a phrase or a loan word
    ("wah Hong Kong already crowded", "eh Tai Chi class cancel" stay)."""
    from ledgerlm.ner.features import _ASIAN_SYL, _phrase_spans, _place_spans, is_en_word

    out: list[Candidate] = []
    for m in _CALLED_PAIR.finditer(text):
        run = m.group(1)
        if not run[0].isupper():
            continue
        words = [w.lower() for w in re.split(r"[ -]", run)]
        if not all(w in _ASIAN_SYL for w in words) or sum(is_en_word(w) for w in words) > 1:
            continue
        if " ".join(words) in _LOAN_PAIRS:
            continue
        start, end = m.start(1), m.end(1)
        if any(a < end and start < b for a, b in (*_place_spans(text), *_phrase_spans(text))):
            continue
        out.append(Candidate(start, end, "person", "lat_subj"))
    return out


# round 11: a transcript's speaker label with the speaker's name in brackets ("Caller 3 (Ruairí Ó Briain): …",
# "Speaker 2 (Ingrid): …"): the label says a person speaks
_SPEAKER = re.compile(
    r"(?<![A-Za-z])(?:speaker|caller|agent|customer|client|participant|interviewer|interviewee|host|guest|attendee|"
    r"moderator|witness|rep|operator)\s*#?\d{0,2}\s*[(\[]\s*"
    r"([A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þa-z][\w'’.-]*){0,3})\s*[)\]]\s*:",
    re.IGNORECASE,
)


def speaker_names(text: str) -> list[Candidate]:
    """The name in a transcript's speaker label, unless it is a desk or a role ("Agent 2 (Support):")."""
    from ledgerlm.ner.evidence import ordinary_run

    out: list[Candidate] = []
    for m in _SPEAKER.finditer(text):
        words = m.group(1).split()
        if not words[0][0].isupper() or ordinary_run(m.group(1)):
            continue
        if len(words) == 1 and (_plain_word(words[0]) or words[0].isupper() or len(words[0]) < 3):
            continue  # "Agent 2 (Support):", "Caller 1 (Unknown):", "Interviewer (HR):"
        out.append(Candidate(m.start(1), m.end(1), "person", "lat_subj"))
    return out


# round 12b: verbs of mind and of a meeting's motions that only people do ("Akosua hopes…", "Kofi reckons…",
# "Lakshmamma proposed the loan"): a shop or an app does not hope, doubt or reckon
_MIND_VERBS = re.compile(
    r"\s+(?:also\s+|still\s+|really\s+|now\s+|honestly\s+)?(?:hopes|hoped|doubts|doubted|reckons|reckoned|wonders|"
    r"wondered|worries|worried|fears|feared|suspects|suspected|insists|insisted|swears|swore|proposed|seconded|"
    r"regrets|regretted|"
    # a person's whereabouts at work ("while Oyelaran is on fieldwork", "Chebet is on leave until Monday")
    r"(?:is|was|will\s+be)\s+(?:on\s+(?:leave|holiday|vacation|fieldwork|sabbatical|maternity|paternity|sick\s+leave)|"
    r"away\s+(?:until|till|this|next|on)|out\s+sick|off\s+sick))\b(?!\s+(?:by|as)\b)"
)
# a subordinate clause opens before its subject too ("while Oyelaran is on fieldwork")
_SUBORDINATOR = re.compile(r"(?<![A-Za-z])(?:while|because|since|until|unless|when|whilst|now\s+that)\s+$", re.I)


def mind_subjects(text: str) -> list[Candidate]:
    """One to three capitalised words opening a clause before a verb of mind ("Ama Serwaa hopes to clear…"): each
    word no English word, brand, place or listed non-name, and no capitalised word before the run."""
    if not _MIND_VERBS.search(text):
        return []
    out: list[Candidate] = []
    for m in _LAT_RUN.finditer(text):
        start, end = m.start(1), m.end(1)
        if not _MIND_VERBS.match(text, end):
            continue
        if not clause_starts(text, start) and not _SUBORDINATOR.search(text, max(0, start - 12), start):
            continue
        if re.search(r"[A-Z][\w'’.-]*[ \t]+$", text[max(0, start - 30) : start]):
            continue
        words = m.group(1).split()
        if len(words) >= 2 and _listed(words[0]) and not _brand(words[0]):
            words = words[1:]  # "Ama Serwaa hopes": a listed given name that is also a word, then a surname
        if any(_plain_word(w) for w in words):
            continue  # "Compliance hopes", "Kraken doubts", "Sincerely reckons"
        out.append(Candidate(start, end, "person", "lat_subj"))
    return out


# round 12b: the person after a meeting's motion or a role noun ("seconded by Savitribai", "driver Gurpreet",
# "Agent Priyanka:", "field officer Bakhyt Serikbayev")
_ROLE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:(?P<motion>(?i:seconded|proposed|moved|chaired|minuted|nominated)\s+by)|"
    r"(?i:loaded|unloaded|collected|packed|dispensed|countersigned|witnessed)\s+by|(?i:driver|courier|rider|dispatcher|"
    r"agent|cashier|teller|technician|pharmacist|nurse|caregiver|nanny|plumber|electrician|realtor|broker|notary|"
    r"midwife|tutor|officer|clerk|bookkeeper|accountant|treasurer|chairperson|secretary|bride|groom|bridesmaid|"
    r"groomsman|best\s+man|maid\s+of\s+honou?r|officiant|celebrant|coordinator|supervisor|volunteer|caseworker|"
    r"interpreter|translator|surveyor|inspector|valuer|conveyancer|solicitor|paralegal|dentist|therapist))\s*:?\s+"
    # round 12c: accented letters too ("agent Lucía", "agent Zoë")
    r"(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+"
    r"(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?){0,2})(?![\w'’@-])"
)


def _unlisted_person(text: str, m: re.Match[str], words: list[str]) -> bool:
    """Words no list holds after a role: no English word, brand or place, after a motion's "by" or in a speaker
    label ("Agent Priyanka:")."""
    if any(_plain_word(w) for w in words):
        return False
    return m.group("motion") is not None or (len(words) == 1 and text.startswith(":", m.end("name")))


def _word_then_surname(words: list[str]) -> bool:
    """An English word (no brand, no listed non-name) before a listed name that is no word, brand or city."""
    from ledgerlm.ner.evidence import _SINGLE_BRANDS
    from ledgerlm.ner.features import fold, is_en_word
    from ledgerlm.ner.lexicon import EN_NOT_NAMES

    first, second = words[0], words[1]
    if not is_en_word(fold(first)) or fold(first) in _SINGLE_BRANDS or first in EN_NOT_NAMES:
        return False
    return _listed(second) and not _plain_word(second)


_THING_NEXT = re.compile(
    r"\s+(?:app|apps|link|account|subscription|plan|card|wallet|session|platform|website|site|portal|software|tool|"
    r"service|bot|api|login|dashboard|integration|plugin|extension|mode)\b",
    re.IGNORECASE,
)


def role_names(text: str) -> list[Candidate]:
    """The words after a motion's "by" or a role noun, from a listed given name or surname that is no English word,
    brand or place ("driver Gurpreet"; "driver Update", "agent Orange" stay). A word no list holds is a person only
    after a meeting's motion or in a chat's speaker label ("seconded by Savitribai", "Agent Priyanka:"): after a
    courier or an accountant it is as often a firm or an app ("courier Aramex", "accountant Xero")."""
    out: list[Candidate] = []
    for m in _ROLE_BEFORE.finditer(text):
        words = m.group("name").split()
        if _listed(words[0]) and not _plain_word(words[0]):
            keep = [w for w in words if not _plain_word(w)]
            words = words[: next((i for i, w in enumerate(words) if w not in keep), len(words))]
        elif len(words) >= 2 and _word_then_surname(words):
            # round 12c: a given name that is also a word before a listed name that is none ("courier Amani Juma",
            # "cashier Mercy Achieng"): the second word says the first is a name too
            words = words[:2]
        elif not _unlisted_person(text, m, words):
            continue
        run = " ".join(words)
        if _THING_NEXT.match(text, m.start("name") + len(run)):
            continue  # "therapist Headspace app": the role's tool, not the person
        out.append(Candidate(m.start("name"), m.start("name") + len(run), "person", "lat_subj"))
    return out


# round 12b: a correction or a cleft names people ("wait, not Kwame, it was Yaw who paid", "it was Abena who signed")
_NAME_WORD = r"([A-Z][a-z]{1,}(?:-[A-Z][a-z]+)?)"
_CORRECTION = re.compile(
    r"(?<![A-Za-z])(?i:not)\s+"
    + _NAME_WORD
    + r"\s*[,;]\s*(?i:it\s+was|it\s+is|it['’]s|but|i\s+meant|rather)\s+"
    + _NAME_WORD
    + r"(?![\w'’-])"
)
_CLEFT = re.compile(r"(?<![A-Za-z])(?i:it\s+was|it\s+is|it['’]s)\s+" + _NAME_WORD + r"\s+(?:who|that\s+paid)\b")


def correction_names(text: str) -> list[Candidate]:
    """Both words of a correction and the focus of a cleft, each no English word, brand or place."""
    spans: set[tuple[int, int]] = set()
    for m in _CORRECTION.finditer(text):
        spans |= {m.span(1), m.span(2)}
    for m in _CLEFT.finditer(text):
        spans.add(m.span(1))
    return [Candidate(a, b, "person", "lat_subj") for a, b in sorted(spans) if _focus_word(text[a:b])]


def _focus_word(word: str) -> bool:
    """A word a correction or a cleft singles out as a person: no English word, brand or place, or a listed given
    name that is no brand ("Yaw" is also a word; "it was Amazon who" stays)."""
    from ledgerlm.ner.evidence import first_names
    from ledgerlm.ner.features import fold

    return not _plain_word(word) or (fold(word) in first_names() and not _brand(word))


# round 12b: a Japanese honorific written in kana or kanji after a romanised name ("Fujiwara様", "Watanabe さん")
_HONORIFIC_JA = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]{2,}(?:[ -][A-Z][a-z]{2,})?)[ \t]?(?:様|さま|さん|氏|殿|先生|くん|ちゃん|君)"
)


def kana_honorific_names(text: str) -> list[Candidate]:
    """A romanised name before 様/さん/氏…: only people take one; an English word or a brand ("Sony様", a customer
    company) is left."""
    if not any(ch in text for ch in "様さ氏殿先く君ち"):
        return []
    return [
        Candidate(m.start(1), m.end(1), "person", "lat_subj")
        for m in _HONORIFIC_JA.finditer(text)
        if not any(_plain_word(w, places=False) for w in re.split(r"[ -]", m.group(1)))
    ]


# round 13: a kanji family name alone before a Japanese-only honorific ("山田さんに", "佐々木様、"): さん/さま/様/くん
# /ちゃん are never Chinese, so the run is a person unless it is a role or a kind of people ("お客様", "皆様",
# "社長さん", "担当者様", "店員さん", "運転手さん") or follows お/ご (a polite prefix makes the word a thing)
_KANJI_HONORIFIC = re.compile(
    r"(?<![\u3040-\u30ff\u4e00-\u9fff々])([\u4e00-\u9fff][\u4e00-\u9fff々]{1,3})[ \t]?(?:さん|さま|様|くん|ちゃん)"
)
_ROLE_KANJI_END = frozenset("長长者員员師师手主客様方人屋社店課课部所会會家生士官婦妇医醫神王皆殿")


def kanji_honorific_names(text: str) -> list[Candidate]:
    """A kanji family name before さん/様 (see the pattern above): only Japanese people take these honorifics."""
    if not any(ch in text for ch in "さ様くち"):
        return []
    return [
        Candidate(m.start(1), m.end(1), "person", "lat_subj")
        for m in _KANJI_HONORIFIC.finditer(text)
        if m.group(1)[-1] not in _ROLE_KANJI_END
    ]


def subject_names(text: str) -> list[Candidate]:
    return [
        *honorific_names(text),
        *kana_honorific_names(text),
        *kanji_honorific_names(text),
        *mind_subjects(text),
        *role_names(text),
        *correction_names(text),
        *past_subjects(text),
        *zh_cued_latin(text),
        *called_pairs(text),
        *speaker_names(text),
    ]


__all__ = [
    "called_pairs",
    "correction_names",
    "honorific_names",
    "kana_honorific_names",
    "kanji_honorific_names",
    "mind_subjects",
    "past_subjects",
    "role_names",
    "speaker_names",
    "subject_names",
    "zh_cued_latin",
]
