"""Answer questions from the knowledge base, citing file and section; say "I don't know" when nothing fits.

Without an LLM the answer quotes the best passage's opening sentences (and the first sentence of a second relevant
passage); with an OpenAI-compatible LLM configured it is asked to compose an answer from the retrieved passages
only, and falls back to the extractive answer if the call fails.  The reply language follows the question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from ledgerlm.assistant.knowledge.index import Hit, get_index
from ledgerlm.errors import InputError, LedgerError

MAX_QUESTION_CHARS = 1000
_SENTENCE_ZH = re.compile(r"(?<=[。！？])")
_SENTENCE_EN = re.compile(r"(?<=[^.][.!?])\s+(?=[A-Z0-9\"(])")

DONT_KNOW = {
    "en": "I don't know. My knowledge base has nothing reliable on that question, so I won't guess. I can answer "
          "questions about DeFi, smart contracts, wallets and key safety, gas, stablecoins, AMMs and impermanent "
          "loss, lending and liquidation, PoW vs PoS, DAOs, decentralized identity, tokens and common scams.",
    "zh": "我不知道。我的知识库里没有关于这个问题的可靠内容，所以不会乱猜。"
          "我可以回答关于 DeFi、智能合约、钱包与密钥安全、gas 手续费、稳定币、AMM 与无常损失、"
          "借贷与清算、PoW 与 PoS、DAO、去中心化身份、代币以及常见骗局的问题。",
}
_SOURCE_LABEL = {"en": "Source", "zh": "来源"}


@dataclass
class Answer:
    """``citations``: [{file, section, score}] of the passages the text is drawn from."""

    text: str
    citations: list[dict[str, Any]] = field(default_factory=list)
    found: bool = False
    lang: str = "en"
    mode: str = "extractive"  # "extractive" | "llm" | "none"


def detect_lang(text: str) -> str:
    try:
        from ledgerlm.language.lang import detect_lang as shared
    except ImportError:  # pragma: no cover - the shared detector ships with the project
        return "zh" if re.search(r"[\u3400-\u9fff]", text) else "en"
    return shared(text)


def _sentences(text: str) -> list[str]:
    splitter = _SENTENCE_ZH if re.search(r"[\u3400-\u9fff]", text) else _SENTENCE_EN
    return [s.strip() for s in splitter.split(text) if s.strip()]


def _excerpt(text: str, max_chars: int) -> str:
    out: list[str] = []
    for sentence in _sentences(text):
        if out and len(" ".join(out)) + len(sentence) > max_chars:
            break
        out.append(sentence)
    joiner = "" if out and re.search(r"[\u3400-\u9fff]", out[0]) else " "
    return joiner.join(out)


def _citation(hit: Hit) -> dict[str, Any]:
    return {"file": hit.passage.file, "section": hit.passage.section, "score": round(hit.dense, 4)}


def _extractive(hits: list[Hit], lang: str) -> str:
    first = hits[0].passage
    parts = [_excerpt(first.text, 420 if lang == "en" else 200)]
    if len(hits) > 1:
        parts.append(_excerpt(hits[1].passage.text, 1))  # its first sentence
    label = _SOURCE_LABEL[lang]
    refs = "; ".join(f"{h.passage.file} § {h.passage.section}" for h in hits[:2])
    return "\n\n".join(p for p in parts if p) + f"\n\n({label}: {refs})"


def _compose_with_llm(question: str, hits: list[Hit], lang: str) -> str | None:
    try:
        from ledgerlm.language.llm import LLMClient
    except ImportError:
        return None
    client = LLMClient.from_config()
    if client is None:
        return None
    passages = "\n\n".join(f"[{i + 1}] ({h.passage.file} § {h.passage.section})\n{h.passage.text}"
                           for i, h in enumerate(hits))
    language = "Simplified Chinese" if lang == "zh" else "English"
    messages = [
        {"role": "system", "content": (
            "You answer questions about crypto and DeFi using ONLY the numbered passages given. Do not add facts "
            "that are not in them. Cite passages as [1], [2]. If the passages do not answer the question, reply "
            f"exactly NO_ANSWER. Reply in {language}, in at most 5 sentences.")},
        {"role": "user", "content": f"Passages:\n{passages}\n\nQuestion: {question}"},
    ]
    try:
        text = client.complete(messages).strip()
    except LedgerError:
        return None
    if not text or "NO_ANSWER" in text:
        return None
    return text


def answer(question: str, lang: str | None = None, top_k: int = 3, use_llm: bool = True) -> Answer:
    """Answer ``question`` from the shipped bilingual knowledge base (reply in ``lang`` or the question's)."""
    if not isinstance(question, str) or not question.strip():
        raise InputError("empty question", hint='ask something like "what is impermanent loss?" / "什么是无常损失"')
    if len(question) > MAX_QUESTION_CHARS:
        raise InputError(f"question is {len(question)} characters long (max {MAX_QUESTION_CHARS})",
                         hint="ask one shorter question at a time")
    if lang is not None and lang not in ("en", "zh"):
        raise InputError(f"unsupported language {lang!r}", hint="use 'en' or 'zh'")
    if not 1 <= top_k <= 10:
        raise InputError(f"top_k must be between 1 and 10, got {top_k}")
    question_lang = detect_lang(question)
    reply_lang = lang or question_lang
    index = get_index()
    # Retrieve in the question's language (BM25 needs shared words), then reply from the parallel section.
    hits = [h for h in index.search(question.strip(), question_lang, top_k) if h.relevant]
    if reply_lang != question_lang:
        hits = [replace(h, passage=index.counterpart(h.passage, reply_lang)) for h in hits]
    if not hits:
        return Answer(DONT_KNOW[reply_lang], [], found=False, lang=reply_lang, mode="none")
    citations = [_citation(h) for h in hits]
    if use_llm:
        composed = _compose_with_llm(question, hits, reply_lang)
        if composed is not None:
            return Answer(composed, citations, found=True, lang=reply_lang, mode="llm")
    return Answer(_extractive(hits, reply_lang), citations[:2], found=True, lang=reply_lang, mode="extractive")
