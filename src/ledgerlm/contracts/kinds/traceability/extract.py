"""Traceability extractor: the ordered list of stages, what is tracked, and who records which stage.

Stages are read only from an explicit list ("through harvested, roasted, shipped", "种植、加工、运输、销售四个环节");
a stated count that does not match the list leaves the stages unread (the accounting then asks)."""

from __future__ import annotations

import re
from typing import Any

from ledgerlm.language.evidence import Evidence, Span
from ledgerlm.language.extract import _I, Scan

__all__ = ["extract"]

_WORD_EN = r"[A-Za-z][A-Za-z\-]*(?:\s+[a-z][A-Za-z\-]*)?"
_WORD_ZH = r"[\u4e00-\u9fff]{1,8}"
_SEP = (
    r"\s*(?:,\s*(?:and\s+|then\s+)?|，|、|→|->|=>|>|\s+then\s+|\s+and\s+(?:finally\s+)?|和|然后|再到|到|"
    r"\s[-–—]+\s+(?:and\s+)?(?:then\s+)?)\s*"  # "sewing - and then retail"
)
_LIST_EN = re.compile(
    r"(?:\bthrough|\bthru|\bstages?\s*(?:are|[:：=])?|\bsteps?\s*(?:are|[:：=])?|\bfrom|\bacross|"
    r"\bin)"
    rf"\s+(?:the\s+stages?\s+)?(?P<list>{_WORD_EN}(?:{_SEP}{_WORD_EN}){{1,31}})",
    _I,
)
_LIST_ZH = re.compile(
    rf"(?P<list>{_WORD_ZH}(?:\s*(?:、|，|,|→|->|=>|>|—)\s*{_WORD_ZH}){{1,31}})"
    r"\s*(?:(?P<count>[一二两三四五六七八九十\d]+)\s*个)?\s*(?:环节|阶段|步骤|流程|节点)?"
)
_LIST_EN_COLON = re.compile(rf"(?:[:：]|\s[-—–]+)\s*(?P<list>{_WORD_EN}(?:{_SEP}{_WORD_EN}){{2,31}})")
_FROM_TO = re.compile(r"\bfrom\s+(?P<list>[a-z][\w\-]*(?:\s+to\s+[a-z][\w\-]*){2,31})", _I)
_FROM_TO_ZH = re.compile(r"从\s*(?P<list>[^\s到，,。；;、]{1,6}(?:\s*(?:到|再到)\s*[^\s到，,。；;、]{1,6}){2,31})")
_LIST_ZH_CUED = re.compile(
    r"(?:[:：]|包括|经过|分为|(?:环节|阶段|步骤|流程|节点)(?:有|是|为|包括)|溯源\s*[，,]|追溯\s*[，,])\s*"
    + _LIST_ZH.pattern
)
_ITEM = re.compile(
    r"\brecord\s+where\s+(?:the\s+|our\s+|my\s+)?(?P<item3>[a-z][\w\- ]{1,30}?)\s+(?:goes|go|travels?|moves?)\b|"
    r"\b(?:track(?:ing)?|follow)\s+(?:for\s+|of\s+)?(?:the\s+|our\s+|my\s+|each\s+|every\s+)?"
    r"(?:batch(?:es)?\s+of\s+)?(?P<item>[a-z][\w\- ]{1,30}?)"
    r"(?:\s+(?:through|from|across|in|at|as)\b|\s*[:：;,]|\s+[-—–])|"
    r"(?:\bsupply[- ]chain(?:\s+tracking)?|\bprovenance(?:\s+registry)?|\btraceability|\btracking|"
    r"\bchain\s+of\s+custody|溯源|追溯)\s+"
    r"(?:for|of)\s+(?:the\s+|our\s+|my\s+|each\s+)?(?P<item2>[a-z][\w\- ]{1,30}?)(?:\s*[:：;,]|\s+[-—–]|\s+(?:through|"
    r"from|across|with|stages?)\b)|"
    r"(?P<zh>[\u4e00-\u9fff]{2,8})(?:的)?(?:溯源|追溯|全程追踪|追踪|跟踪)|"
    r"(?:跟踪|追踪|追溯)(?P<zh2>[\u4e00-\u9fff]{2,8}?)(?=[：:，,]|的(?:全程|流转|生产))",
    _I,
)
#: words around a Chinese item that are no part of it ("帮我搞个农产品溯源", "给我们的牛肉做个溯源")
_ZH_ITEM_HEAD = re.compile(r"^(?:帮|麻烦|请|给|为|对|替|我们|咱们|我|们|公司|的|搞|做|弄|建|来|创建|一个|个)+")
_ZH_ITEM_TAIL = re.compile(r"(?:做|搞|弄|建|进行|实现)?(?:一个|个|一套)?(?:全程)?$")
#: where a Chinese item stops: a route or a place phrase after it ("蔬菜从农场到餐桌溯源")
_ZH_ITEM_CUT = re.compile(r"从|在|的全程|全程|的")
_ACTOR = re.compile(
    r"(?:\bthe\s+)?(?P<actor>[a-z][\w\-]*|[A-Z][\w\-]*)\s+"
    r"(?:records?|logs?|signs?\s+off|confirms?|enters?|"
    r"does|handles?|registers?)\s+(?:the\s+)?(?P<stage>[a-z][\w\-]*)",
    _I,
)
_ZH_TAIL = re.compile(r"(?:(?P<count>[一二两三四五六七八九十\d]+)\s*个)?\s*(?:环节|阶段|步骤|流程|节点)$")
_ACTOR_MORE = re.compile(
    r"[,，]\s*(?:and\s+)?(?:the\s+)?(?P<actor>[a-z][\w\-]*)\s+(?:the\s+)?"
    r"(?P<stage>[a-z][\w\-]*)",
    _I,
)
_ZH_NUM = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_STOP_EN = {"the", "stages", "stage", "steps", "step", "and", "then"}


def _split_from_to(s: Scan) -> tuple[list[str], list[Span]] | None:
    m = _FROM_TO.search(s.text)
    if not m:
        return None
    words = [w for w in re.split(r"\s+to\s+", m.group("list"))]
    spans, pos = [], m.start("list")
    for w in words:
        at = s.text.index(w, pos)
        spans.append(Span(at, at + len(w), w))
        pos = at + len(w)
    return words, spans


def _split(raw: str) -> list[tuple[str, int, int]]:
    parts: list[tuple[str, int, int]] = []
    pos = 0
    for m in re.finditer(_SEP + r"|\s*—\s*", raw, _I):
        parts.append((raw[pos : m.start()], pos, m.start()))
        pos = m.end()
    parts.append((raw[pos:], pos, len(raw)))
    return [(p.strip(), a, b) for p, a, b in parts if p.strip()]


def _stem(word: str) -> str:
    w = word.lower()
    for suffix in ("ing", "ed", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    return w.rstrip("e")


def extract(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    text = s.text
    m = _LIST_EN.search(text) or _LIST_EN_COLON.search(text) or _LIST_ZH_CUED.search(text) or _LIST_ZH.search(text)
    if m and re.search(r"溯源|追溯|^环节", m.group("list")):
        m = None
    zh_count: int | None = None
    if m:
        items = _split(m.group("list"))
        base = m.start("list")
        if items:  # "销售四个环节": the count and the word for "stages" close the list
            last, a, b = items[-1]
            tail = _ZH_TAIL.search(last)
            if tail and tail.start() > 0:
                items[-1] = (last[: tail.start()], a, a + tail.start())
                raw = tail.group("count")
                if raw:
                    zh_count = int(raw) if raw.isdigit() else _ZH_NUM.get(raw)
                    start = base + a + tail.start()
                    s.used.update(i for i, n in enumerate(s.numbers) if start <= n.start < base + b)
        names = [w for w, _, _ in items]
        if names and names[-1].split()[-1].lower() in _STOP_EN:
            names = []
        if len(names) >= 2:
            count = zh_count
            if "count" in m.groupdict() and m.group("count"):
                raw = m.group("count")
                count = int(raw) if raw.isdigit() else _ZH_NUM.get(raw)
                s.used.update(i for i, n in enumerate(s.numbers) if m.start("count") <= n.start < m.end("count"))
            if count is None or count == len(names):
                params["stages"] = names
                s.evidence["stages"] = Evidence(
                    "text",
                    "a list of stages in order",
                    tuple(Span(base + a, base + b, text[base + a : base + b]) for _, a, b in items),
                )
    if "stages" not in params:
        found = _split_from_to(s)
        if found:
            params["stages"] = found[0]
            s.evidence["stages"] = Evidence("text", "stages from ... to ... to ...", tuple(found[1]))
    if "stages" not in params:
        zm = _FROM_TO_ZH.search(text)
        if zm:
            parts = [(p.group(0), zm.start("list") + p.start()) for p in re.finditer(r"[^\s到]+", zm.group("list"))]
            parts = [(w, a) for w, a in parts if w != "再"]
            params["stages"] = [w for w, _ in parts]
            s.evidence["stages"] = Evidence("text", "stages 从…到…到…", tuple(Span(a, a + len(w), w) for w, a in parts))
    im = _ITEM.search(text)
    if im:
        g = next(k for k in ("item", "item2", "item3", "zh", "zh2") if im.group(k))
        start, end = im.start(g), im.end(g)
        if g == "zh":
            # the clause before 溯源, without the request's own words ("给我们的…做一个", "帮我搞个")
            clause = re.split(r"[，,。；;：:\s]", text[: im.end(g)])[-1]
            start = im.end(g) - len(clause)
            head = _ZH_ITEM_HEAD.match(text, start, end)
            start = head.end() if head else start
            tail = _ZH_ITEM_TAIL.search(text[start:end])
            end = start + tail.start() if tail else end
            cut = _ZH_ITEM_CUT.search(text, start, end)
            end = cut.start() if cut and cut.start() > start else end
        value = text[start:end].strip()
        if value and value not in ("供应链", "产品链", "全程", "产品") and len(value) >= (2 if g == "zh" else 1):
            params["item"] = value
            s.cite("item", start, end, "what is tracked")
    stages = params.get("stages")
    if stages:
        roles: list[str | None] = [None] * len(stages)
        spans: list[Span] = []
        found = list(_ACTOR.finditer(text))
        if found:  # "the farm records harvest, the roaster roasting": the verb is not repeated
            found += list(_ACTOR_MORE.finditer(text, found[0].end()))
        for am in found:
            stem = _stem(am.group("stage"))
            for i, stage in enumerate(stages):
                if _stem(stage.split()[0]) == stem or stage.lower().startswith(stem):
                    roles[i] = am.group("actor")
                    spans.append(Span(am.start("actor"), am.end("actor"), am.group("actor")))
                    s.name_spans[am.group("actor")] = spans[-1]
        if any(r is not None for r in roles):
            params["stage_roles"] = roles
            s.evidence["stage_roles"] = Evidence("text", "who records which stage", tuple(spans))
    return params
