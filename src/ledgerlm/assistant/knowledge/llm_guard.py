"""Let an optional LLM rephrase an answer, and show its text only when every fact in it is grounded.

The LLM sees only the retrieved passages (labelled with their ids) and the computed figures.  Its reply is
rejected, and the extractive answer shown instead, when any of these fails:

- every number it writes appears in the passages or the figures;
- every name it writes (a capitalised or all-caps Latin word not opening a sentence, a ticker, an EIP number)
  appears in the passages or the figures;
- it cites at least one passage and every citation ``[...]`` is one of the passages' own ids;
- the text is in the reply language and is not garbled (no replacement characters or mojibake).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ledgerlm.assistant.knowledge.corpus import Passage

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_CITE = re.compile(r"\[([^\[\]]{1,120})\]")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
_HAN = re.compile(r"[\u3400-\u9fff]")
_MOJIBAKE = re.compile(r"\ufffd|Ã.|Â.|â€|ï¼|ã€|å[\x80-\xbf]|æ[\x80-\xbf]|ç[\x80-\xbf]|é[\x80-\xbf]")


@dataclass
class Verdict:
    ok: bool
    reason: str = ""


def _numbers(text: str) -> set[str]:
    out = set()
    for n in _NUMBER.findall(text):
        plain = n.replace(",", "")
        out.add(plain)
        out.add(plain.rstrip("0").rstrip(".") if "." in plain else plain)
    return out


def _names(text: str) -> set[str]:
    """Latin words that look like names: all-caps or with digits anywhere, capitalised ones not opening a sentence."""
    names = set()
    for m in _LATIN.finditer(text):
        word = m.group()
        before = text[: m.start()].rstrip()
        opens = not before or before[-1] in ".!?:;\n。！？：；([\"'“" or before.endswith("- ")
        tickerish = any(c.isdigit() for c in word) or (len(word) >= 2 and word.isupper())
        if tickerish or (word[0].isupper() and not opens and len(word) >= 3):
            names.add(word.lower())
        elif word[0].isupper() and opens and any(c.isupper() for c in word[1:]):
            names.add(word.lower())  # "MetaMask", "OpenZeppelin" even at a sentence start
    return names


def check(reply: str, passages: list[Passage], figures_text: str, lang: str) -> Verdict:
    """Is ``reply`` grounded in ``passages`` and ``figures_text`` (see the module docstring)?"""
    text = reply.strip()
    if not text or "NO_ANSWER" in text:
        return Verdict(False, "no answer")
    if _MOJIBAKE.search(text):
        return Verdict(False, "garbled text")
    han, latin = len(_HAN.findall(text)), len(_LATIN.findall(_CITE.sub(" ", text)))
    if lang == "zh" and han < max(4, latin):
        return Verdict(False, "not in Chinese")
    if lang == "en" and han > 0:
        return Verdict(False, "not in English")
    ids = {p.id for p in passages}
    cited = [c.strip() for c in _CITE.findall(text)]
    if not cited:
        return Verdict(False, "no citation")
    bad = [c for c in cited if c not in ids]
    if bad:
        return Verdict(False, f"citation not among the passages: {bad[0]}")
    body = _CITE.sub(" ", text)
    ground = " ".join(p.title + " " + p.section + " " + p.text for p in passages) + " " + figures_text
    allowed_numbers = _numbers(ground)
    for n in _numbers(body):
        if n not in allowed_numbers:
            return Verdict(False, f"number {n} is in no passage")
    ground_lower = ground.lower()
    ground_words = {w.lower() for w in _LATIN.findall(ground)}
    for name in _names(body):
        if name not in ground_words and name not in ground_lower:
            return Verdict(False, f"name {name!r} is in no passage")
    return Verdict(True)


def compose(question: str, passages: list[Passage], figures_text: str, lang: str) -> tuple[str | None, str]:
    """(the LLM's grounded rephrasing or None, why not); None also when no LLM is configured or it fails."""
    try:
        from ledgerlm.language.llm import LLMClient
    except ImportError:  # pragma: no cover - ships with the project
        return None, "no LLM client"
    from ledgerlm.errors import LedgerError

    try:
        client = LLMClient.from_config()
    except LedgerError as exc:
        return None, f"LLM not configured: {exc.message}"
    if client is None:
        return None, "no LLM configured"
    blocks = "\n\n".join(f"[{p.id}] {p.title} - {p.section}\n{p.text}" for p in passages)
    if figures_text:
        blocks += f"\n\nComputed figures:\n{figures_text}"
    language = "Simplified Chinese" if lang == "zh" else "English"
    messages = [
        {
            "role": "system",
            "content": (
                "You answer questions about crypto and DeFi using ONLY the passages given, each labelled with its id in "  # noqa: E501
                "square brackets. Do not add any fact, number or name that is not in them. Cite the passages you use "
                "by their exact id in square brackets, e.g. [gas/what-is-gas]. If the passages do not answer the "
                f"question, reply exactly NO_ANSWER. Reply in {language}, in at most 5 sentences; keep numbered steps "
                "as steps."
            ),
        },
        {"role": "user", "content": f"Passages:\n{blocks}\n\nQuestion: {question}"},
    ]
    try:
        reply = client.complete(messages)
    except LedgerError as exc:
        return None, f"LLM failed: {exc.message}"
    verdict = check(str(reply), passages, figures_text, lang)
    return (str(reply).strip(), "") if verdict.ok else (None, f"LLM answer rejected: {verdict.reason}")
