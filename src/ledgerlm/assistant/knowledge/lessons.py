"""Short lessons from the knowledge base, each followed by a question (``ledgerlm learn [TOPIC]``).

A lesson is one section: its text, then one of the section's own hand-written questions put to the learner.  The
learner's answer is checked by how many of the section's key terms it uses (BM25 tokens of the section's opening
sentence), and the model answer, that sentence, is always shown: it is feedback, not an exam.
"""

from __future__ import annotations

from dataclasses import dataclass

from ledgerlm.assistant.knowledge.bm25 import tokenize
from ledgerlm.assistant.knowledge.corpus import Passage
from ledgerlm.assistant.knowledge.index import get_index
from ledgerlm.errors import InputError

#: The order a newcomer meets the topics in.
PATH = (
    "wallets",
    "buying",
    "transactions",
    "gas",
    "tokens",
    "stablecoins",
    "defi",
    "amm",
    "mev",
    "lending",
    "staking",
    "l2-bridges",
    "consensus",
    "smart-contracts",
    "audits",
    "dao",
    "identity",
    "scams",
    "investing",
    "ledgerlm",
)


@dataclass(frozen=True)
class Lesson:
    id: str
    topic: str
    title: str
    section: str
    text: str
    question: str
    model_answer: str
    source: str
    checked: str

    def to_data(self) -> dict[str, str]:
        return dict(self.__dict__)


def _first_sentence(text: str) -> str:
    from ledgerlm.assistant.knowledge.answer import _sentences

    sentences = _sentences(text)
    return sentences[0] if sentences else text


def topics(lang: str = "en") -> list[tuple[str, str]]:
    """(topic id, title in ``lang``) in learning order."""
    index = get_index()
    titles = {p.topic: p.title for p in index.passages if p.lang == lang}
    ordered = [t for t in PATH if t in titles] + sorted(t for t in titles if t not in PATH)
    return [(t, titles[t]) for t in ordered]


def find_topic(name: str, lang: str = "en") -> str:
    """A topic id from its id, a word of its title in either language, or a question about it."""
    wanted = name.strip().lower()
    index = get_index()
    all_titles = {(p.topic, p.title.lower()) for p in index.passages}
    for topic, title in sorted(all_titles):
        if wanted in (topic, title) or wanted == topic.replace("-", " "):
            return topic
    for topic, title in sorted(all_titles):
        if wanted and wanted in title:
            return topic
    from ledgerlm.language.lang import detect_lang

    hits = index.search(name, detect_lang(name), 1)
    if hits and hits[0].qsim >= 0.88:
        return hits[0].passage.topic
    known = ", ".join(t for t, _ in topics(lang))
    from ledgerlm.assistant.messages import CATALOGUE

    raise InputError(
        CATALOGUE.say("kb_no_lessons", lang, name=name), hint=CATALOGUE.say("kb_topics", lang, known=known)
    )


def _lesson(p: Passage) -> Lesson:
    question = p.questions[0] if p.questions else p.section
    question = question[0].upper() + question[1:] if question[:1].isascii() else question
    if p.lang == "en" and not question.endswith("?"):
        question += "?"
    elif p.lang == "zh" and not question.endswith("？"):
        question += "？"
    return Lesson(p.id, p.topic, p.title, p.section, p.text, question, _first_sentence(p.text), p.source, p.checked)


def lessons(topic: str | None = None, lang: str = "en") -> list[Lesson]:
    """The lessons of ``topic`` (or the first lesson of every topic, in learning order)."""
    if lang not in ("en", "zh"):
        raise InputError(f"unsupported language {lang!r}", hint="use 'en' or 'zh'")
    index = get_index()
    by_topic: dict[str, list[Passage]] = {}
    for p in index.passages:
        if p.lang == lang:
            by_topic.setdefault(p.topic, []).append(p)
    if topic is None:
        return [_lesson(by_topic[t][0]) for t, _ in topics(lang)]
    found = find_topic(topic, lang)
    return [_lesson(p) for p in by_topic[found]]


def grade(lesson: Lesson, reply: str) -> float:
    """Share (0..1) of the model answer's key terms the learner's reply uses."""
    key = set(tokenize(lesson.model_answer))
    if not key:
        return 1.0
    return len(key & set(tokenize(reply))) / len(key)
