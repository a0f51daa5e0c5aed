"""Answer a question: route it by kind, then answer from figures, the advisor or the cited knowledge base.

- live figures (price, risk, two assets side by side, the user's own loan, balance, gas price) come from the risk
  module or the chain, with window, as-of date and source (``knowledge.figures``);
- advice questions get figure-grounded general guidance marked as not personal financial advice
  (``ledgerlm.risk.advisor``); price predictions are declined;
- everything else is answered from the knowledge base only when the answerability model says the best section
  answers the question (``knowledge.answerable``); otherwise "I don't know" plus the nearest topics it knows.
  How-to answers are the section's steps; every answer names its section, public source and checked date.

With an OpenAI-compatible LLM configured, the answer may be rephrased from the same passages, and is shown only
when every number, name and citation in it is grounded (``knowledge.llm_guard``).  The reply language follows
the question unless ``lang`` is given.

Stable API (the chat and the CLI call it): ``answer(question, lang=None, top_k=3, use_llm=True, *, context=None)
-> Answer``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ledgerlm.assistant.knowledge.figures import AnswerContext
from ledgerlm.assistant.knowledge.index import Hit, get_index
from ledgerlm.assistant.knowledge.route import Route, classify
from ledgerlm.errors import InputError
from ledgerlm.language.lang import detect_lang

MAX_QUESTION_CHARS = 1000
ABOUT_TOPIC = "ledgerlm"
_SENTENCE_ZH = re.compile(r"(?<=[。！？])")
_SENTENCE_EN = re.compile(r"(?<=[^.][.!?])\s+(?=[A-Z0-9\"(`])")


def _say(key: str, lang: str, **values: object) -> str:
    from ledgerlm.assistant.messages import CATALOGUE

    return CATALOGUE.say(key, lang, **values)


@dataclass
class Answer:
    """``citations``: [{id, file, section, score, source, checked}] of the passages the text is drawn from.

    ``kind``: the question type (see ``route.Route``); ``mode``: extractive | llm | figures | advice | none;
    ``figures``: the computed numbers behind a figure or advice answer; ``nearest``: topics offered on a decline.
    """

    text: str
    citations: list[dict[str, Any]] = field(default_factory=list)
    found: bool = False
    lang: str = "en"
    mode: str = "extractive"
    kind: str = "definition"
    confidence: float = 0.0
    figures: dict[str, Any] = field(default_factory=dict)
    nearest: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _sentences(text: str) -> list[str]:
    splitter = _SENTENCE_ZH if re.search(r"[\u3400-\u9fff]", text) else _SENTENCE_EN
    return [s.strip() for s in splitter.split(text.replace("\n", " ")) if s.strip()]


def _excerpt(text: str, max_chars: int) -> str:
    out: list[str] = []
    for sentence in _sentences(text):
        if out and len(" ".join(out)) + len(sentence) > max_chars:
            break
        out.append(sentence)
    joiner = "" if out and re.search(r"[\u3400-\u9fff]", out[0]) else " "
    return joiner.join(out)


def _citation(hit: Hit) -> dict[str, Any]:
    p = hit.passage
    return {
        "id": p.id,
        "file": p.file,
        "section": p.section,
        "score": round(hit.prob, 4),
        "source": p.source,
        "checked": p.checked,
    }


def _source_line(hits: list[Hit], lang: str) -> str:
    refs = "; ".join(
        f"{h.passage.file} § {h.passage.section} — {h.passage.source} ({_say('kb_checked', lang)} {h.passage.checked})"
        for h in hits
    )
    return _say("kb_sources", lang, refs=refs)


def _body(hits: list[Hit], route: Route, lang: str) -> str:
    first = hits[0].passage
    if first.is_steps or route.kind == "howto":
        main = first.text if first.is_steps else _excerpt(first.text, 600 if lang == "en" else 300)
    else:
        main = _excerpt(first.text, 420 if lang == "en" else 200)
    parts = [main]
    if len(hits) > 1:
        parts.append(_excerpt(hits[1].passage.text, 1))  # its first sentence
    return "\n\n".join(p for p in parts if p)


def _validate(question: str, lang: str | None, top_k: int) -> None:
    if not isinstance(question, str) or not question.strip():
        raise InputError("empty question", hint='ask something like "what is impermanent loss?" / "什么是无常损失"')
    if len(question) > MAX_QUESTION_CHARS:
        raise InputError(
            f"question is {len(question)} characters long (max {MAX_QUESTION_CHARS})",
            hint="ask one shorter question at a time",
        )
    if lang is not None and lang not in ("en", "zh"):
        raise InputError(f"unsupported language {lang!r}", hint="use 'en' or 'zh'")
    if not 1 <= top_k <= 10:
        raise InputError(f"top_k must be between 1 and 10, got {top_k}")


def answer(
    question: str,
    lang: str | None = None,
    top_k: int = 3,
    use_llm: bool = True,
    *,
    context: AnswerContext | None = None,
) -> Answer:
    """Answer ``question`` (reply in ``lang`` or the question's language); never executes anything."""
    _validate(question, lang, top_k)
    question = question.strip()
    reply_lang = lang or detect_lang(question)
    route = classify(question)
    if route.is_figure:
        return _figure_answer(route, reply_lang, context)
    if route.kind == "advice":
        return _advice_answer(route, reply_lang, context)
    if route.kind == "prediction":
        return _prediction_answer(route, reply_lang, context)
    return _knowledge_answer(question, route, reply_lang, top_k, use_llm)


def _figure_answer(route: Route, lang: str, ctx: AnswerContext | None) -> Answer:
    from ledgerlm.assistant.knowledge import figures

    if route.kind == "price":
        fig = figures.price(route.assets[0], lang, ctx)
    elif route.kind == "risk":
        fig = (
            figures.risk(route.assets[0], lang, ctx)
            if len(route.assets) == 1
            else figures.compare(route.assets, lang, ctx)
        )
    elif route.kind == "compare":
        fig = figures.compare(route.assets, lang, ctx)
    elif route.kind == "loan":
        fig = figures.loan(lang, ctx)
    elif route.kind == "balance":
        fig = figures.balance(lang, ctx)
    else:
        fig = figures.gas_price(lang, ctx)
    return Answer(
        fig.text,
        [],
        found=fig.found,
        lang=lang,
        mode="figures",
        kind=route.kind,
        confidence=1.0,
        figures={**fig.data, "source": fig.source},
    )


def _advice_answer(route: Route, lang: str, ctx: AnswerContext | None) -> Answer:
    from ledgerlm.risk.advisor import Profile, advise

    advice = advise(Profile(), list(route.assets), lang, stocks=route.stocks, as_of=ctx.as_of if ctx else None)
    return Answer(
        advice.text, [], found=True, lang=lang, mode="advice", kind="advice", confidence=1.0, figures=advice.to_data()
    )


def _prediction_answer(route: Route, lang: str, ctx: AnswerContext | None) -> Answer:
    from ledgerlm.assistant.knowledge import figures

    sym = route.assets[0] if route.assets else "BTC"
    fig = figures.risk(sym, lang, ctx)
    return Answer(
        f"{_say('kb_no_prediction', lang)} {fig.text}",
        [],
        found=False,
        lang=lang,
        mode="figures",
        kind="prediction",
        figures={**fig.data, "source": fig.source},
    )


def _knowledge_answer(question: str, route: Route, lang: str, top_k: int, use_llm: bool) -> Answer:
    from ledgerlm.assistant.knowledge.answerable import features, model

    index = get_index()
    question_lang = detect_lang(question)
    # Retrieve in the question's language (BM25 needs shared words), then reply from the parallel section.
    hits = index.search(question, question_lang, max(top_k, 3) + 2)
    if route.kind != "about":  # ledgerlm's own manual answers questions about ledgerlm, not "how do I learn python"
        hits = [h for h in hits if h.passage.topic != ABOUT_TOPIC]
    hits = hits[: max(top_k, 3)]
    m = model()
    probs: Sequence[float] = m.prob(features(hits, question_lang)).tolist() if hits else []
    hits = [replace(h, prob=float(p), relevant=bool(p >= m.threshold)) for h, p in zip(hits, probs, strict=True)]
    nearest = list(dict.fromkeys(index.counterpart(h.passage, lang).title for h in hits))
    if not hits or not hits[0].relevant:
        text = _say("kb_dont_know", lang)
        if route.stocks:
            text = _say("kb_stocks", lang)
        elif nearest:
            text += " " + _say("kb_nearest", lang, topics=_say("kb_topic_separator", lang).join(nearest))
        confidence = float(hits[0].prob) if hits else 0.0
        return Answer(
            text,
            [],
            found=False,
            lang=lang,
            mode="none",
            kind=route.kind,
            confidence=round(confidence, 4),
            nearest=nearest,
        )
    used = [h for h in hits[:top_k] if h.relevant][:2]
    if lang != question_lang:
        used = [replace(h, passage=index.counterpart(h.passage, lang)) for h in used]
    citations = [_citation(h) for h in used]
    source = _source_line(used, lang)
    notes: list[str] = []
    if use_llm:
        from ledgerlm.assistant.knowledge.llm_guard import compose

        composed, why = compose(question, [h.passage for h in used], "", lang)
        if composed is not None:
            return Answer(
                f"{composed}\n\n{source}",
                citations,
                found=True,
                lang=lang,
                mode="llm",
                kind=route.kind,
                confidence=round(used[0].prob, 4),
            )
        if why and why != "no LLM configured":
            notes.append(why)
    return Answer(
        f"{_body(used, route, lang)}\n\n{source}",
        citations,
        found=True,
        lang=lang,
        mode="extractive",
        kind=route.kind,
        confidence=round(used[0].prob, 4),
        notes=notes,
    )
