"""Traceability extractor: the ordered list of stages, what is tracked, and who records which stage.

Stages are read only from an explicit list ("through harvested, roasted, shipped", "种植、加工、运输、销售四个环节");
a stated count that does not match the list leaves the stages unread (the accounting then asks)."""

from __future__ import annotations

import re
from typing import Any

from ledgerlm.language.evidence import Evidence, Span
from ledgerlm.language.extract import _I, Scan

__all__ = ["extract"]

_WORD_EN = r"[A-Za-z][A-Za-z\-]*(?:\s+(?!(?:and|then|to)\b)[a-z][A-Za-z\-]*)?"
_WORD_ZH = r"[\u4e00-\u9fff]{1,8}"
_SEP = (
    r"\s*(?:,\s*(?:and\s+|then\s+)?|，|、|;|；|→|->|=>|>|\s+then\s+|\s+and\s+(?:finally\s+)?|和|然后|再到|到|"
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
    r"(?:[:：]|包括|经过|分为|(?:环节|阶段|步骤|流程|节点)(?:依次|分别)?(?:有|是|为|包括)[:：]?|溯源\s*[，,]|追溯\s*[，,])\s*"
    + _LIST_ZH.pattern
)
_ITEM = re.compile(
    r"\brecord\s+where\s+(?:the\s+|our\s+|my\s+)?(?P<item3>[a-z][\w\- ]{1,30}?)\s+(?:goes|go|travels?|moves?)\b|"
    r"\b(?:track(?:ing)?|trac(?:e|ing)|follow)\s+(?:for\s+|of\s+)?(?:the\s+|our\s+|my\s+|each\s+|every\s+)?"
    r"(?:batch(?:es)?\s+of\s+)?(?P<item>[a-z][\w\- ]{1,30}?)"
    r"(?:\s+(?:through|from|across|in|at|as)\b|\s*[:：;,]|\s+[-—–])|"
    r"(?:\bsupply[- ]chain(?:\s+tracking)?|\bprovenance(?:\s+registry)?|\btraceability|\btracking|"
    r"\bchain\s+of\s+custody|溯源|追溯)\s+(?:(?:contract|system|registry|record|log|ledger|app)\s+)?"
    r"(?:for|of)\s+(?:the\s+|our\s+|my\s+|each\s+)?(?P<item2>[a-z][\w\- ]{1,30}?)"
    r"(?:\s*[:：;,.。]|\s+[-—–]|\s+(?:through|from|across|with|stages?)\b|\s*$)|"
    # "stages for our honey jars: …"
    r"\b(?:stages?|steps?)\s+(?:for|of)\s+(?:the\s+|our\s+|my\s+|each\s+)?(?P<item4>[a-z][\w\- ]{1,30}?)\s*[:：]|"
    # "溯源合约：茶叶 从 …", "溯源：鸡蛋，养殖 > …": the item right after the colon, before the route
    r"(?:溯源|追溯)[^：:，,\s]{0,4}[：:]\s*(?P<zh3>[\u4e00-\u9fff]{2,8}?)\s*(?:从|[，,])|"
    r"(?P<zh4>[\u4e00-\u9fff]{2,8}?)冷链\s*[：:]|"
    # "冷链追溯：海鲜从捕捞到…": the item right before its route
    r"(?<=[：:，,])\s*(?P<zh5>[\u4e00-\u9fff]{2,6}?)从(?=[\u4e00-\u9fff])|"
    r"(?P<zh>[\u4e00-\u9fff]{2,8})(?:的)?(?:溯源|追溯|全程追踪|追踪|跟踪)|"
    r"(?:跟踪|追踪|追溯)(?P<zh2>[\u4e00-\u9fff]{2,8}?)(?=[：:，,]|的(?:全程|流转|生产))",
    _I,
)
#: words around a Chinese item that are no part of it ("帮我搞个农产品溯源", "给我们的牛肉做个溯源")
_ZH_ITEM_HEAD = re.compile(
    r"^(?:帮|麻烦|请|给|为|对|替|我们|咱们|我|们|公司|的|搞|做|弄|建|来|创建|一个|个|需要|想要|想|要|打算|准备)+"
)
_ZH_ITEM_TAIL = re.compile(r"(?:做|搞|弄|建|进行|实现)?(?:一个|个|一套)?(?:全程)?$")
#: where a Chinese item stops: a route or a place phrase after it ("蔬菜从农场到餐桌溯源")
_ZH_ITEM_CUT = re.compile(r"从|在|的全程|全程|的")
#: words for the chain itself, not for what travels along it
_GENERIC_ITEMS = frozenset({"供应链", "产品链", "全程", "产品", "冷链", "物流", "冷链物流"})
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
#: "4个环节：…", "three stages: …": a count stated before the list
_COUNT_BEFORE = re.compile(
    r"(?P<count>[一二两三四五六七八九十]|\d{1,2})\s*(?:个\s*)?(?:环节|阶段|步骤|节点|stages|steps)\s*[:：]", _I
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


#: "1. mining 2. refining", "1) extraction 2) filtering": a numbered list (numbers 1, 2, 3… in order)
_NUMBERED = re.compile(
    r"(?<![\w.])(?P<n>\d{1,2})\s*[.)）、]\s*(?P<w>[A-Za-z][A-Za-z\-]*(?:\s+[a-z][A-Za-z\-]*)?|[\u4e00-\u9fff]{1,8})"
    r"(?=\s*[,，;；]?\s*(?:\d{1,2}\s*[.)）、]|$|[.。;；]))"
)
#: "harvest (vineyard), bottling (winery)": a stage with who records it in brackets
_PAREN_STAGE = re.compile(
    r"(?P<stage>[A-Za-z][A-Za-z\-]*(?:\s+[a-z][A-Za-z\-]*)?|[\u4e00-\u9fff]{1,8})\s*[(（]\s*"
    r"(?P<role>[^()（）,，]{1,30}?)\s*[)）]"
)
_OWN_CUE = re.compile(r"\s*(?:依次|分别)?(?:有|是|为|包括)\s*[:：]?\s*")
_GAP = re.compile(r"\s*(?:,|，|、|;|；|→|->|=>|>)?\s*(?:and\s+|then\s+)?", _I)
_ARROWS = {">", "→", "->", "=>"}


def _numbered(s: Scan) -> tuple[list[str], list[Span]] | None:
    hits = list(_NUMBERED.finditer(s.text))
    for k in range(len(hits)):
        run = [hits[k]]
        for h in hits[k + 1 :]:
            if int(h.group("n")) == int(run[-1].group("n")) + 1 and h.start() - run[-1].end() <= 3:
                run.append(h)
        if int(run[0].group("n")) == 1 and len(run) >= 2:
            s.used.update(i for i, n in enumerate(s.numbers) if any(h.start("n") == n.start for h in run))
            return [h.group("w") for h in run], [Span(h.start("w"), h.end("w"), h.group("w")) for h in run]
    return None


def _paren_stages(s: Scan) -> tuple[list[str], list[str], list[Span], list[Span]] | None:
    hits = list(_PAREN_STAGE.finditer(s.text))
    run: list[re.Match[str]] = []
    for h in hits:
        if run and not _GAP.fullmatch(s.text[run[-1].end() : h.start()]):
            if len(run) >= 2:
                break
            run = []
        run.append(h)
    if len(run) < 2:
        return None
    return (
        [h.group("stage") for h in run],
        [h.group("role") for h in run],
        [Span(h.start("stage"), h.end("stage"), h.group("stage")) for h in run],
        [Span(h.start("role"), h.end("role"), h.group("role")) for h in run],
    )


def extract(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    text = s.text
    head_item: tuple[str, int, int] | None = None
    paren = _paren_stages(s)
    if paren:
        params["stages"], params["stage_roles"] = paren[0], paren[1]
        s.evidence["stages"] = Evidence("text", "stages, each with who records it in brackets", tuple(paren[2]))
        s.evidence["stage_roles"] = Evidence("text", "who records each stage (in brackets)", tuple(paren[3]))
        for role, span in zip(paren[1], paren[3], strict=True):
            s.name_spans[role] = span
    numbered = None if paren else _numbered(s)
    if numbered:
        params["stages"] = numbered[0]
        s.evidence["stages"] = Evidence("text", "a numbered list of stages", tuple(numbered[1]))
    m = None
    if not paren and not numbered:
        m = _LIST_EN.search(text) or _LIST_EN_COLON.search(text) or _LIST_ZH_CUED.search(text) or _LIST_ZH.search(text)
    if m and (own := re.search(r"溯源|追溯|^环节", m.group("list"))):
        # "羊毛的追溯系统，从剪毛、清洗…": the list is the clause after the kind's own word
        after_own = m.start("list") + own.end()
        cue = _OWN_CUE.match(text, after_own) if own.group(0) == "环节" else None
        rest = re.compile(r"[^，,：:。]*[，,：:]").match(text, after_own)
        # "环节是种植、采摘、配送": the list right after the stages' word and its verb; else after the next comma
        after_cue = _LIST_ZH.match(text, cue.end()) if cue else None
        m = after_cue if cue else (_LIST_ZH.search(text, rest.end()) if rest else None)
        if m and re.search(r"溯源|追溯", m.group("list")):
            m = None
    zh_count: int | None = None
    if m:
        items = _split(m.group("list"))
        base = m.start("list")
        if items and items[0][0].startswith("从") and len(items[0][0]) > 1:  # "从剪毛、清洗、纺纱到织布"
            w, a, b = items[0]
            items[0] = (w[1:], a + 1, b)
        raw_list = m.group("list")
        seps = [raw_list[items[k][2] : items[k + 1][1]].strip() for k in range(len(items) - 1)]
        semi = [k for k, x in enumerate(seps) if x in (";", "；")]
        if semi and len(semi) < len(seps):  # "…, delivered; the farm records…": a semicolon ends the list
            items, seps = items[: semi[0] + 1], seps[: semi[0]]
        if len(seps) >= 2 and seps[0] in (",", "，") and all(x in _ARROWS for x in seps[1:]):
            # "溯源：鸡蛋，养殖 > 分拣 > 冷链": a comma, then arrows: the head is what is tracked, not a stage
            head_item = (items[0][0], base + items[0][1], base + items[0][2])
            items = items[1:]
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
    stated = _COUNT_BEFORE.search(text)
    if stated and params.get("stages"):
        raw = stated.group("count")
        count = int(raw) if raw.isdigit() else _ZH_NUM.get(raw)
        if count == len(params["stages"]):  # "4个环节：种植，采摘，加工，销售": the count says the same as the list
            s.used.update(i for i, n in enumerate(s.numbers) if stated.start("count") <= n.start < stated.end("count"))
        else:  # a count that disagrees with the list: the stages are asked, never one of the two picked
            params.pop("stages")
            params.pop("stage_roles", None)
            s.evidence.pop("stages", None)
    if "stages" not in params and head_item is not None:
        head_item = None
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
    first = _ITEM.search(text)
    if head_item is not None and (first is None or first.start() >= head_item[1]):
        params["item"] = head_item[0]
        s.cite("item", head_item[1], head_item[2], "what is tracked (before the route)")
    for im in _ITEM.finditer(text) if "item" not in params else ():
        g = next(k for k in ("item", "item2", "item3", "item4", "zh", "zh2", "zh3", "zh4", "zh5") if im.group(k))
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
        if value and value not in _GENERIC_ITEMS and len(value) >= (2 if g.startswith("zh") else 1):
            params["item"] = value
            s.cite("item", start, end, "what is tracked")
            break  # a generic word ("冷链追溯：海鲜从…") is no item: the next candidate is read
    stages = params.get("stages")
    if stages and "stage_roles" not in params:
        roles: list[str | None] = [None] * len(stages)
        spans: list[Span] = []
        actors = list(_ACTOR.finditer(text))
        if actors:  # "the farm records harvest, the roaster roasting": the verb is not repeated
            actors += list(_ACTOR_MORE.finditer(text, actors[0].end()))
        for am in actors:
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
