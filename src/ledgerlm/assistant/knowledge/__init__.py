"""The assistant's answers: question routing, the cited bilingual knowledge base, live figures and advice.

``answer(question, lang=None, top_k=3, use_llm=True, *, context=None) -> Answer`` is the one entry point.
"""

from ledgerlm.assistant.knowledge.answer import Answer, answer
from ledgerlm.assistant.knowledge.figures import AnswerContext
from ledgerlm.assistant.knowledge.index import Hit, KnowledgeIndex, get_index

__all__ = ["Answer", "AnswerContext", "Hit", "KnowledgeIndex", "answer", "get_index"]
