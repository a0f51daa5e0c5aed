"""The second reading of data-access values: what the data is and who reads it, re-read after extraction.

The extractor's cues find a value; this gate checks it independently of the rule that found it, so a cue that
takes too much or too little cannot fill a value silently. A value is kept only when all of these hold, else it is
removed and asked with its words ("Is the data 'X'?"):

1. **verbatim**: the value is written in the text as is (a DID's account counts as written);
2. **shape**: data at most 6 English words or 14 Chinese characters, a reader at most 7 words or 16 characters;
   no quote, bracket or sentence punctuation inside (a reader may hold the comma of "Acme, Inc." only before a
   company suffix);
3. **no clause word inside** (``_EN_INNER`` / ``_ZH_INNER``): a grant or read verb (see, read, access, share, 查看,
   读取, 授权, 开放, 权限), a duration ("30天", "for"), the kind's own words (合约, "data access contract",
   reader, 读取者);
4. **edges**: a verb's complement alone ("一下", "一点") is no name; no function word first or last (articles,
   prepositions, "and", 的 / 和 / 给 / 让 / 把 at either end);
5. **a reader is somebody**: never a pronoun alone ("them", "me", 他们, 我), never the data itself.

The cost is measured in ``docs/contract-kinds.md`` (round 6b)."""

from __future__ import annotations

import re
from typing import Any

from ledgerlm.language.evidence import Unsure
from ledgerlm.language.extract import Scan
from ledgerlm.language.reasons import CJK_RANGE, fill_reason, has_cjk

__all__ = ["gate"]

_I = re.IGNORECASE
_CJK = CJK_RANGE
_PUNCT = re.compile(r"[\"“”‘’《》「」()（）\[\]【】{}<>;；。！？!?，、:：|｜→]")
_EN_INNER = re.compile(
    r"\b(?:see|view|read|reads|access|share|grant|granted|let|give|allow|until|till|for|days?|weeks?|months?|"
    r"years?|reader|readers|permission|i|we|you|they|them|me|us|want|need|please|pls|can|could|should|"
    r"will|would)\b",
    _I,
)
_ZH_INNER = re.compile(
    r"查看|读取|授权|开放|权限|访问|合约|读取者|可以|能够|能看|想|希望|请|帮|期限|以后再说|做研究|研究用|用于|用来|"
    # a duration ("30天"), never a year in a name ("2026年门诊记录")
    r"(?<!\d)(?:\d{1,3}|[一二三四五六七八九十两半]+)(?:天|周|个月|年)(?!\d)"
)
#: a verb's complement or a bare quantity read after 看 / 给 ("给他看一下") is no name of data or reader
_ZH_COMPLEMENT = re.compile(r"[一这那哪][下点些个份次遍眼会儿]+|一会儿?|一下子|一点儿?")
_EN_EDGE = re.compile(r"(?:the|a|an|of|for|to|and|or|from|with|by|in|on|at|my|our|your|his|her|their|this|that)", _I)
_ZH_EDGE_HEAD = re.compile(r"^(?:的|和|给|让|把|对|将|跟|与|及|由)")
_ZH_EDGE_TAIL = re.compile(r"(?:的|和|给|让|把|与|及|看|了|吧|呢|啊)$")
_PRONOUN = re.compile(
    r"(?:them|they|him|her|me|myself|us|you|i|someone|somebody|anyone|他|她|它|他们|她们|它们|你|您|你们|我|我们|自己|"
    r"对方|人家|大家|别人)",
    _I,
)
_COMPANY_COMMA = re.compile(r",\s*(?:Inc|LLC|Ltd|plc|LLP|Co|GmbH|AG|SA|BV|Pty)\.?$", _I)

_ASK = {
    "data": (
        "Is the data '{w}'? I could not read its edges for certain ({why}); give it with --set data=….",
        "数据是“{w}”吗？无法确定它的边界（{why}）；请用 --set data=… 给出。",
    ),
    "reader": (
        "Is the reader '{w}'? I could not read the name for certain ({why}); give it with --set reader=….",
        "读取者是“{w}”吗？无法确定这个名字（{why}）；请用 --set reader=… 给出。",
    ),
}


#: the reasons in Chinese (a question comes in the user's language, its reason too)
_WHY_ZH = {
    "empty": "为空",
    "not written as such in the text": "原文里没有这样写",
    "punctuation inside": "里面有标点",
    "too long for one name": "作为一个名字太长",
    "a clause word inside": "里面有句子成分的词",
    "a function word at its edge": "边上是虚词",
    "a pronoun, not a name": "是代词，不是名字",
    "a grant word inside": "里面有授权或时长的词",
    "the kind's own words": "是合约类型本身的词",
    "a verb's complement, not a name": "是动词的补语，不是名字",
    "the same words as the data": "与数据的文字相同",
}


def weak(value: str, field: str, text: str) -> str | None:
    """Why ``value`` (``data`` or ``reader``) is not certain, or None when it passes rules 1-5."""
    v = value.strip()
    if not v:
        return "empty"
    if re.fullmatch(r"0x[0-9a-fA-F]{40}|did:pkh:eip155:\d+:0x[0-9a-fA-F]{40}", v):
        return None
    if v.lower() not in text.lower():
        return "not written as such in the text"
    if field == "reader" and _PRONOUN.fullmatch(v):
        return "a pronoun, not a name"
    max_words, max_chars = (6, 14) if field == "data" else (7, 16)
    if _PUNCT.search(v) or ("," in v and not _COMPANY_COMMA.search(v)) or v[0] in "'`" or v[-1] in "'`":
        return "punctuation inside"
    if has_cjk(v):
        if len(re.sub(r"[\sA-Za-z]", "", v)) + len(re.findall(r"[A-Za-z]+", v)) > max_chars:
            return "too long for one name"
        if _ZH_INNER.search(v):
            return "a grant word inside"
        if _ZH_COMPLEMENT.fullmatch(v):
            return "a verb's complement, not a name"
        if _ZH_EDGE_HEAD.search(v) or _ZH_EDGE_TAIL.search(v):
            return "a function word at its edge"
    words = re.findall(r"[A-Za-z][\w'’&.-]*", v)
    if words:
        if not has_cjk(v) and len(v.split()) > max_words:
            return "too long for one name"
        if _EN_INNER.search(v):
            return "a grant word inside"
        if _EN_EDGE.fullmatch(words[0].rstrip(".")) or _EN_EDGE.fullmatch(words[-1].rstrip(".")):
            return "a function word at its edge"
    return None


def gate(s: Scan, params: dict[str, Any]) -> None:
    """Re-read the data and the reader (rules 1-5 above): a value that fails is removed and asked with its words."""
    for field in ("data", "reader"):
        value = params.get(field)
        if not isinstance(value, str):
            continue
        why = weak(value, field, s.text)
        if why is None and re.search(r"\b(?:data[\s-]+)?(?:access|sharing)[\s-]+contract\b|数据授权", value, _I):
            why = "the kind's own words"
        if field == "reader" and why is None and params.get("data") and value.strip() == str(params["data"]).strip():
            why = "the same words as the data"
        if why is None:
            continue
        a, b = s.span_of(field, value)
        en, zh = _ASK[field]
        s.unsure.append(Unsure(field, a, b, s.text[a:b], *fill_reason(en, zh, why, _WHY_ZH)))
        params.pop(field, None)
        s.evidence.pop(field, None)
