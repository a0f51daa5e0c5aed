"""Reading the ordered list of stages out of a request, with certain edges or not at all.

Why its own module: a stage list is free text, the place where a parser most easily reads a value that looks
right and is wrong ("想上链记录种植、采收…" read as the stage "想上链记录种植"). The rules here are explicit:

* a list is a run of items joined by ONE kind of separator (``,`` ``，`` ``、`` ``/`` ``→`` ``->`` ``>``
  `` - `` ``;`` ``then``), the last item optionally joined by "and" / "&" / 和 / 及 / 到 (after 从); any other
  punctuation ends the list (the comma of the next clause, the dash before a remark, a full stop);
* the first item starts at a cue ("stages:", "through", "环节有", 包括, 记录, 把, 从 …) or at the start of its
  clause; the last item ends at the end of its clause, or before a count ("四个环节", "these five stages");
* words at the edges that are no part of a stage are cut by the documented rules ``_ZH_HEAD``/``_EN_HEAD`` (verbs
  and particles before the first item) and ``_ZH_TAIL``/``_EN_TAIL`` (counts and the word for "stages" after the
  last one);
* an edge item that still carries request words (a pronoun, a verb of wanting, 的) is not a stage: the list is
  then UNSURE, and the caller asks with the candidate words instead of filling the stages;
* a count stated with the list that disagrees with it is unsure too.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

__all__ = ["StageList", "find_stage_list"]

_I = re.IGNORECASE
_CJK = r"\u4e00-\u9fff"

#: separators, by kind; one list uses one kind
_SEPS: dict[str, str] = {
    "comma": r"\s*[,，]\s*(?:and\s+then\s+|and\s+|then\s+|&\s*)?",
    "dun": r"\s*、\s*",
    "arrow": r"\s*(?:→|->|=>|⟶|➔|➡|＞|>|»)\s*",
    "slash": r"\s*[/／]\s*",
    "pipe": r"\s*[|｜]\s*",
    "dash": r"\s+[-–—]+\s*|(?<=[" + _CJK + r"])\s*[-–—]+\s*(?=[" + _CJK + r"])",
    "semi": r"\s*[;；]\s*",
    "then": r"\s+then\s+|\s*然后\s*",
    # "压榨 灌装 销售": Chinese words separated by spaces only
    "space": r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])",
}
_SEP_ANY = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _SEPS.items()), _I)
#: what ends a list (besides a separator of another kind): the end of a sentence or clause, a colon
_HARD = re.compile(
    r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)(?<!\bCo)(?<!\bLtd)(?<!\bInc)(?<!\bProf)\.|"
    r"[。!！?？:：\n\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]|\s[-–—]+\s|[(（)）]|\s+for\s+(?:each|every|all|our|my|the|a)\b",
    _I,
)
#: the last item may be joined by one of these ("inspection and assembly", "纺纱和织布", "从剪毛、清洗到织布")
_JOIN_LAST = re.compile(
    r"\s*[-–—,，]+\s*(?:and\s+)?(?:then|finally)\s+|\s+(?:and|&)\s+(?:finally\s+|then\s+)?|\s*(?:和|及|以及|与|最后)\s*",
    _I,
)
_DASH_JOIN = re.compile(r"\s*[-–—]+\s*(?:and\s+)?(?:then|finally)\s+|\s+and\s+(?:then|finally)\s+", _I)
_JOIN_TO = re.compile(r"\s*(?:到|再到)\s*|\s+(?:and\s+)?(?:then\s+)?to\s+(?:the\s+)?", _I)

#: cues right before a first item: the item starts after the last one found in the first segment
_EN_CUE = re.compile(
    r"(?:^|(?<=[\s;；,，|]))(?:stages?|steps?)(?:\s+(?:are|is|include|includes|will\s+be))?(?:\s*[:=-])?\s+(?!\d)|"
    r"(?:^|(?<=[\s;；,，|]))(?:stages?|steps?)\s*(?:是|为|有|包括)\s*(?!\d)|"
    r"(?:^|(?<=[\s;；,，|]))(?:stages?|steps?)\s*[:=]\s*(?!\d)|"
    r"(?:^|(?<=\s))(?:process|workflow|flow|route|journey|path|chain)(?:\s+(?:is|are|goes|includes|will\s+be))?"
    r"(?:\s*[:=-])?\s+(?:like\s+)?|"
    r"(?:^|(?<=\s))(?:would|will|should)\s+be\s+(?:like\s+)?|"
    r"(?:^|(?<=\s))(?:through|thru|across|via|in|from|covering|goes?\s+through|log|record|capture)\s+"
    r"(?:the\s+stages?\s+)?",
    _I,
)
_ZH_CUE = re.compile(
    r"(?:环节|阶段|步骤|流程|节点)(?:依次|分别)?(?:有|是|为|包括|包含)?|包括|包含|经过|分为|依次是|依次为|依次|"
    r"记录|上链|追踪|跟踪|溯源|追溯|把|将|从|"
    # "stages 是 sourcing、roasting": the English key with a Chinese copula (round 9)
    r"(?i:stages?|steps?)\s*(?:是|为|有|包括|[:：])"
)
#: request words before a first item that the cue did not remove (documented edge rule): cut from the left
_ZH_HEAD = re.compile(
    # ... and the fillers of dictation before it ("然后呢就是采蜜、…", "那个就是…")
    r"^(?:我们|我|想要|想|要|需要|打算|准备|希望|请|帮忙|帮我|麻烦|对|给|就是|就|都|也|先|然后|呢|那个|嗯|呃|额)+"
)
#: ... and a subject with a passive or motion verb before the first item ("grapes get picked, crushed, …")
_EN_HEAD = re.compile(
    r"^(?:(?:and|then|the|of|stages?|steps?)\s+(?!\d))+|^(?:(?:the|our|my|each|every)\s+)?[a-z][\w\-]*\s+"
    r"(?:get|gets|got|are|is|go|goes|get\s+to\s+be)\s+(?:through\s+)?",
    _I,
)
#: after the last item: a count and/or the word for stages ("配送四个环节", "冶炼三个环节", "出库这五个环节上链")
_ZH_TAIL = re.compile(
    r"(?:这|那|共|一共|总共)?(?:(?:(?P<count>[一二两三四五六七八九十\d]+)|几)\s*个)?\s*"
    r"(?:环节|阶段|步骤|流程|节点)(?:[\u4e00-\u9fff]{0,6})$"
)
_EN_TAIL = re.compile(r"\s+(?:stages?|steps?)$", _I)
#: words a stage never contains: the request's own words (a pronoun, wanting, a politeness, a possessive 的)
_EN_NOT_STAGE = re.compile(
    r"\b(?:i|we|you|me|us|my|our|your|their|it|this|that|these|those|want|wanna|need|needs|please|pls|plz|lol|"
    r"would|should|could|can|will|is|are|was|be|have|has|records?|logs?|does|handles?|signs?|registers?|stages?|"
    r"steps?|traceability|provenance|done|handled|performed)\b",
    _I,
)
_ZH_NOT_STAGE = re.compile(
    r"[我你您他她它们的想要请吗呢吧啊]|需要|希望|可以|只能|必须|负责|记录|由|溯源|追溯|环节|阶段|步骤|流程|节点|几个|\d+个|"
    # a correction said in dictation ("…，哦 过滤 之后 还有个 质检"): its words place a stage, none is one (round 12)
    r"^[哦噢喔嗯呃哈]$|之后|之前|以后|以前|还有"
)
_ZH_NUM = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_EN_NUM = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
#: a count said before the list: "4个环节：", "共4个阶段：", "three stages:", "five steps -"
_COUNT_BEFORE = re.compile(
    r"(?P<count>[一二两三四五六七八九十]|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s*(?:个\s*)?"
    r"(?:环节|阶段|步骤|节点|stages|steps)\s*(?:[:：]|-|\s(?:are|is)\b|(?:有|是|为|包括))",
    _I,
)
#: a bracket remark that says how long or how much, never who ("aging (6 months)", "冷藏（-18℃）")
_NOT_ACTOR_REMARK = re.compile(
    r"\d|天|月|年|周|小时|℃|°|\b(?:days?|weeks?|months?|years?|hours?|optional|approx)\b", _I
)
#: "生产由药厂记录", "检测环节由第三方实验室负责": a Chinese stage with who records it, inside the list
_ZH_BY = re.compile(
    r"^(?P<stage>[\u4e00-\u9fffA-Za-z0-9]{1,10}?)(?:这一?步|那一?步|这一?环|环节|阶段)?\s*(?:只能|必须|统一|只)?\s*由\s*"
    r"(?P<role>[^\s由，,。；;、]{1,16}?)\s*(?:来|去)?\s*(?:记录|负责|登记|录入|填写|确认|上传|写入|写|操作|完成)$"
)
#: "牧场负责养殖", "质检站记录检测": a Chinese list item naming who does the stage before it (actor, verb, stage)
_ZH_DOES = re.compile(
    r"^(?P<role>[\u4e00-\u9fffA-Za-z0-9]{2,12}?)\s*(?:负责|记录|登记)\s*(?P<stage>[\u4e00-\u9fff]{2,8})$"
)
#: a bracket that is a sentence ("farm is recorded by Kofi's cooperative") is read by actors.py, not as a name
_SENTENCE_REMARK = re.compile(
    r"\b(?:is|are|was|were|gets?|recorded|logged|done|handled|signed|by|does|do|handles|records|signs|takes|checks|"
    r"will|would)\b|由|记录|负责",
    _I,
)
#: "certified (GIA does this one)", "(the lab handles it)": a bracket saying who does the stage it follows
_DOES_THIS = re.compile(
    r"^(?:the\s+)?(?P<role>[A-Za-z0-9][\w&.'’\-]*(?:\s+[A-Za-z0-9&][\w&.'’\-]*){0,3}?)\s+"
    r"(?:does|do|handles|records|signs\s+off(?:\s+on)?|takes\s+care\s+of|checks|certifies|logs)\s+"
    r"(?:this(?:\s+one|\s+step|\s+stage|\s+part)?|that(?:\s+one|\s+step|\s+part)?|it|them)$",
    _I,
)


def _role_edges(role: str) -> tuple[int, int]:
    """Where the actor lies inside a bracket or a "by" phrase (documented edge rule): without a leading "the" and,
    in Chinese, without 由 before it and the verb after it ("（由包装厂记录）" is 包装厂)."""
    a, b = 0, len(role)
    m = re.match(r"(?:(?:the|our|my|their|a|an)\s+|由\s*)", role, re.IGNORECASE)
    if m and m.end() < b:
        a = m.end()
    v = re.search(r"\s*(?:来|去)?\s*(?:记录|负责|登记|录入|填写|确认|上传|写入)$", role)
    if v and v.start() > a and re.search(r"[\u4e00-\u9fff]", role):
        b = v.start()
    return a, b


_PAREN = re.compile(r"^(?P<stage>.+?)\s*[(（]\s*(?:by\s+|由\s*)?(?P<role>[^()（）]{1,60}?)\s*[)）]$", _I)
_PAIR = re.compile(
    r"(?:\b(?:through|thru|via)|\b(?:stages?|steps?)\s*(?:[:：=-]|are\b))\s+(?P<a>[A-Za-z][\w\-]*(?:\s+[a-z][\w\-]*)?)"
    r"\s+(?:and|then|&)\s+(?P<b>[A-Za-z][\w\-]*(?:\s+[a-z][\w\-]*)?)(?=\s*(?:[.;!?。]|$))",
    _I,
)
#: "harvest by the farm", "QC by 0x…": a stage with who records it, said with "by"
_BY = re.compile(
    r"^(?P<stage>[A-Za-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+by\s+(?:the\s+)?(?P<role>[A-Za-z0-9][\w&.'’\- ]{0,40})$", _I
)
_ON_THE = re.compile(r"^[A-Za-z][\w\-]*\s+(?:on|in|inside)\s+the\s+[A-Za-z][\w\-]*$", _I)
_AT = re.compile(
    r"^(?P<stage>[A-Za-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+at\s+(?:the\s+)?(?P<role>[A-Za-z0-9][\w&.'’\- ]{0,40})$", _I
)
#: "from A to B to C" (three or more places) and "从A到B到C"
_FROM_TO = re.compile(
    r"\bfrom\s+(?P<list>(?:(?:the|a|our)\s+)?[A-Za-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"(?:\s+to\s+(?:(?:the|a|our)\s+)?[A-Za-z][\w\-]*(?:\s+[a-z][\w\-]*)?){2,31})"
    r"(?=\s*(?:[.,;!?。，；]|$|\s+and\s|\s+for\s|\s+with\s))",
    _I,
)
_FROM_TO_ZH = re.compile(
    r"从\s*(?P<list>[^\s到，,。；;、：:]{1,8}(?:\s*(?:到|再到)\s*[^\s到，,。；;、：:]{1,8}){2,31})(?=[，,。；;]|$|的)"
)
#: a chain of three or more places joined by 到 / "to" alone, a clause of its own (round 12): "漁港 到 中央廚房 到
#: 分店", "forest to sawmill to lumberyard" (two joints, so one "A to B" phrase is never read as a list)
_TO_CHAIN_ZH = re.compile(
    rf"(?:^|(?<=[，,：:；;]))\s*(?P<list>[{_CJK}]{{2,8}}(?:\s*(?:到|再到)\s*[{_CJK}]{{2,8}}){{2,31}})\s*(?=[，,。；;]|$)"
)
_TO_CHAIN_EN = re.compile(
    r"(?:^|(?<=[,;:]))\s*(?P<list>[A-Za-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?:\s+to\s+[A-Za-z][\w\-]*(?:\s+[a-z][\w\-]*)?){2,31})"
    r"\s*(?=[.,;!?。，；]|$)",
    _I,
)
#: 到 between two Chinese words inside one item ("茶园到茶庄"): a route, not one stage
_TO_INSIDE = re.compile(rf"[{_CJK}]{{2}}\s*(?:到|再到)\s*[{_CJK}]{{2}}")
_MAX_EN_WORDS = 4
_ZH_ETC = "列表以“等”结尾，环节没有列全"
_MAX_ZH_CHARS = 10


@dataclass
class StageList:
    """A list found in the text: stage names with their spans, the roles written in brackets, and whether its
    edges are certain (``sure``); an unsure list is asked about (``span`` covers the candidate words)."""

    names: list[str]
    spans: list[tuple[int, int]]
    sure: bool
    span: tuple[int, int]
    why: str
    roles: list[str | None] = field(default_factory=list)
    role_spans: list[tuple[int, int] | None] = field(default_factory=list)
    count_span: tuple[int, int] | None = None
    #: why the list is unsure, in Chinese (``why`` is the English)
    why_zh: str = ""
    #: the digits that number the items of a numbered list (used, not amounts)
    numbers: list[tuple[int, int]] = field(default_factory=list)


def _cjk(s: str) -> bool:
    return bool(re.search(f"[{_CJK}]", s))


#: order words before a stage are no part of it (documented edge rule): "first harvest", "then drying", "finally
#: packing", "Step 2 sorting", "第二步晾晒", "最后包装"; the digits of "Step 2" number the list (used, not amounts)
_ORDER_PREFIX = re.compile(
    r"^(?:(?:step|stage|phase)\s*(?P<n>\d{1,2})\s*[:.)\-–]?\s+|第(?P<z>[一二三四五六七八九十\d]{1,3})(?:步|个?环节|阶段|道工序)\s*[：:，,]?\s*|"
    r"(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|after\s+that|afterwards?|after|finally|lastly|at\s+last|"
    r"in\s+the\s+end|and\s+(?:then|finally))\s*,?\s+(?:the\s+)?|"
    # "先采摘，再杀青，然后揉捻，最后包装": 先 and 再 open a stage only in a list written in order words (see below)
    r"(?:首先|然后|接着|其次|之后|最后|先|再)(?=[\u4e00-\u9fff]{2}))",
    re.IGNORECASE,
)


_FINAL = re.compile(r"(?:finally|lastly|at\s+last|in\s+the\s+end)\s+|最后(?=[\u4e00-\u9fff]{2})", re.IGNORECASE)
_NUMBERED_PREFIX = re.compile(
    r"(?:step|stage|phase)\s*\d|第[一二三四五六七八九十\d]{1,3}(?:步|个?环节|阶段|道工序)", re.IGNORECASE
)


#: words that open a new clause, never a stage ("其中压榨由油坊记录", "另外…", "and then the farm records …")
_CLAUSE_LINK = re.compile(r"(?:其中|另外|此外|并且|而且|同时|其余|其他|剩下)")


def _cut_order(word: str) -> tuple[str, int, tuple[int, int] | None]:
    """``word`` without its order prefix, how many characters were cut, and the span of a step number in it."""
    m = _ORDER_PREFIX.match(word)
    if not m or m.end() >= len(word):
        return word, 0, None
    g = "n" if m.group("n") else "z" if m.group("z") else None
    return word[m.end() :], m.end(), (m.span(g) if g else None)


#: the first item right after a colon in dictation ("藥品批次追溯：原料 入庫、生產、…"): two Chinese words with a
#: blank between them are one stage there (nothing before the colon's list can join it), never cut to the last word
_DICTATED_PAIR = re.compile(rf"[{_CJK}]{{2,4}}[ \t\u3000][{_CJK}]{{2,4}}")


#: the kind's and the request's own words in a heading before a colon ("冷链溯源：", "建个溯源："): no item
_HEADING_WORDS = re.compile(
    r"溯源|追溯|追踪|跟踪|冷链|全程|合约|系统|帮我|我们|一下|一个|[我想要个做建搞请的]|[^\u4e00-\u9fff]"
)


def _item_before(text: str, colon_end: int) -> bool:
    """Whether the heading before the colon ending at ``colon_end`` names the thing tracked ("藥品 批次 追溯："):
    then the words after the colon are all stages, and two dictated words there are one stage; after a bare
    heading ("冷链溯源：疫苗 出厂→…") the first word may be the item, so the blank still divides."""
    line = text[: colon_end - 1].rsplit("\n", 1)[-1]
    return len(_HEADING_WORDS.sub("", line)) >= 2


def _clean_item(raw: str, spaced_ok: bool = False) -> bool:
    """An item in the middle of a list: short and free of request words (``spaced_ok``: a dictated first item
    after a colon, whose blank is no word boundary)."""
    if not raw.strip():
        return False
    raw = _cut_order(raw.strip())[0]
    if _cjk(raw):
        plain = re.sub(r"[(（].*?[)）]", "", raw).strip()
        by = _ZH_BY.match(plain) or _ZH_DOES.match(plain)
        if by:  # "入库由仓库管理员记录": the stage is judged, the actor is checked for request words only
            plain = by.group("stage")
            if re.search(r"[我你您想要请吗呢吧]|需要|希望", by.group("role")):
                return False
        # a space inside a Chinese item separates two words ("咖啡 种植"): not one stage
        spaced = re.search(rf"[{_CJK}]\s+[{_CJK}]", plain)
        return len(plain) <= _MAX_ZH_CHARS + 4 and not _ZH_NOT_STAGE.search(plain) and (spaced_ok or not spaced)
    plain = re.sub(r"\s*[(（].*?[)）]", "", raw).strip()
    by_en = _BY.match(plain) or _AT.match(plain)
    if by_en and len(by_en.group("role").split()) <= 4:  # "lab tested by Apiary Labs": the stage is judged
        plain = by_en.group("stage")
    edge = re.search(r"^(?:and|or|then|&)\b|\b(?:and|or|then)$", plain, _I)
    return len(plain.split()) <= _MAX_EN_WORDS and not _EN_NOT_STAGE.search(plain) and not edge


def _runs(text: str) -> list[tuple[str, list[re.Match[str]]]]:
    """Maximal runs of separators of one kind whose middle segments are clean items."""
    seps = [m for m in _SEP_ANY.finditer(text) if m.group(0).strip() or m.lastgroup in ("then", "space")]
    out: list[tuple[str, list[re.Match[str]]]] = []
    for kind in _SEPS:
        mine = [m for m in seps if m.lastgroup == kind]
        run: list[re.Match[str]] = []
        for m in mine:
            if run:
                between = text[run[-1].end() : m.start()]
                if _HARD.search(_strip_paren(between)) or _other_sep(between, kind) or not _clean_item(between):
                    if run:
                        out.append((kind, run))
                    run = []
            run.append(m)
        if run:
            out.append((kind, run))
    return out


def _strip_paren(s: str) -> str:
    return re.sub(r"[(（][^()（）]*[)）]", "", s)


def _mask(s: str) -> str:
    """``s`` with each bracketed remark blanked (same length): boundaries are looked for outside brackets."""
    return re.sub(r"[(（][^()（）]*[)）]", lambda m: " " * len(m.group(0)), s)


def _foreign(m: re.Match[str], kind: str) -> bool:
    """A separator of another kind that ends a list of ``kind``. A slash tight between two letters inside a comma
    or arrow list is part of one stage's name ("fill/finish", "QA/QC"), never a separator of its own."""
    if m.lastgroup == kind or not m.group(0).strip():
        return False
    if m.lastgroup == "slash" and m.group(0) in ("/", "／"):
        s, e = m.start(), m.end()
        tight = s > 0 and e < len(m.string) and m.string[s - 1].isascii() and m.string[e].isascii()
        return not (tight and m.string[s - 1].isalnum() and m.string[e].isalnum())  # Latin only: "生产/灭菌" is a list
    return True


def _other_sep(segment: str, kind: str) -> bool:
    """A separator of another kind inside ``segment``; 然后 opening it is an order word ("，然后揉捻，"), not one."""
    return any(
        _foreign(m, kind) and not (m.lastgroup == "then" and m.start() == 0 and "然后" in m.group(0))
        for m in _SEP_ANY.finditer(_strip_paren(segment))
    )


def _first_segment(text: str, start: int, kind: str) -> tuple[int, str]:
    """Where the first item may begin: after the last hard boundary or separator of another kind before ``start``."""
    head = _mask(text[:start])
    cut = 0
    for m in _HARD.finditer(head):
        cut = m.end()
    for m in _SEP_ANY.finditer(head):
        if m.end() > cut and _foreign(m, kind):
            cut = m.end()
    if kind != "comma":  # "茶叶溯源，流程为：…" / "…, stages - a - b": a comma before a dun or arrow list ends it
        for m in re.finditer(r"[,，;；]", head):
            cut = max(cut, m.end())
    return cut, text[cut:start]


def _last_segment(text: str, end: int, kind: str) -> str:
    tail = text[end:]
    masked = _DASH_JOIN.sub(lambda m: "\x01" * len(m.group(0)), _mask(tail))
    stop = len(tail)
    for m in _HARD.finditer(masked):
        if not _DASH_JOIN.match(masked, m.start()):  # "sewing - and then retail": a dash joining the last item
            stop = min(stop, m.start())
            break
    for m in _SEP_ANY.finditer(masked):
        if _foreign(m, kind) and not _DASH_JOIN.match(masked, m.start()):
            stop = min(stop, m.start())
            break
    if kind != "comma":
        c = re.search(r"[,，;；]", masked)
        if c:
            stop = min(stop, c.start())
    return tail[:stop]


def _cut_head(seg: str, base: int, after_colon: bool = False) -> tuple[str, int, bool]:
    """The first item: after the last cue in its segment (sure), else the whole segment with the documented
    request words cut from its left edge (sure only when it is then clean). ``after_colon``: the segment opens
    right after a colon, so two dictated words there are one stage (``_DICTATED_PAIR``)."""
    zh = _cjk(seg)
    cues = list((_ZH_CUE if zh else _EN_CUE).finditer(_mask(seg)))
    if zh:
        cues = [c for c in cues if c.end() < len(seg)]
    else:  # "assembled in Geneva", "stored at …": a preposition after a participle belongs to the stage, no cue
        cues = [
            c
            for c in cues
            if not (
                re.match(r"(?:in|from|across|via|thru|through)\b", c.group(0).strip(), _I)
                and re.search(r"\b[a-z]+(?:ed|en|ing)\s*$", seg[: c.start()], _I)
                and not re.search(
                    r"\b(?:track|trac|logg|record|register|follow|monitor|document|pass|go|mov|travell?)(?:ed|ing)\s*$",
                    seg[: c.start()],
                    _I,
                )
            )
        ]
    if cues:
        c = cues[-1]
        rest = seg[c.end() :]
        off = c.end() + (len(rest) - len(rest.lstrip()))
        rest = rest.strip().lstrip(":：=").strip()
        off = seg.index(rest, off) if rest else off
    else:
        rest, off = seg.strip(), len(seg) - len(seg.lstrip())
    dictated = after_colon and not cues and _DICTATED_PAIR.fullmatch(rest) is not None
    if dictated and _clean_item(rest, spaced_ok=True):
        return rest, base + off, True
    if zh and re.search(rf"[{_CJK}]\s+(?=[{_CJK}])", rest):  # "溯源 咖啡 种植": a space ends the words before
        cut = [m.end() for m in re.finditer(rf"[{_CJK}]\s+(?=[{_CJK}])", rest)][-1]
        off += cut
        rest = rest[cut:]
    head = (_ZH_HEAD if zh else _EN_HEAD).match(rest)
    if head and head.end() < len(rest):
        off += head.end()
        rest = rest[head.end() :]
    return rest, base + off, _clean_item(rest) and bool(rest)


def _split_last(seg: str, base: int, allow_to: bool) -> list[tuple[str, int]]:
    """The last segment may hold the last two items joined by and / 和 / 到."""
    rx = _JOIN_TO if allow_to else _JOIN_LAST
    m = rx.search(seg) or (_JOIN_LAST.search(seg) if allow_to else None)
    if m and seg[: m.start()].strip() and seg[m.end() :].strip():
        return [(seg[: m.start()], base), (seg[m.end() :], base + m.end())]
    return [(seg, base)]


def _count(raw: str) -> int | None:
    raw = raw.lower()
    if raw.isdigit():
        return int(raw)
    return _ZH_NUM.get(raw) or _EN_NUM.get(raw)


def _from_run(text: str, kind: str, run: list[re.Match[str]]) -> StageList | None:
    first_start, seg0 = _first_segment(text, run[0].start(), kind)
    items: list[tuple[str, int]] = []
    after_colon = (
        kind != "space" and first_start > 0 and text[first_start - 1] in ":：" and _item_before(text, first_start)
    )
    name0, at0, sure0 = _cut_head(seg0, first_start, after_colon)
    if (
        kind != "space"
        and len(run) >= 2
        and re.search(r"(?:溯源|追溯)(?:系统|合约|平台)?$|\b(?:traceability|provenance)$", seg0.strip(), _I)
    ):
        # "我们公司卖的红酒想做溯源，葡萄采摘，酿造，…": a first segment ending with the kind's word is the title
        title_end = run[0].end()
        run = run[1:]
        name0, at0, sure0 = text[title_end : run[0].start()], title_end, True
    elif (
        kind == "space" and len(run) >= 3 and re.search(r"溯源|追溯|\b(?:traceability|provenance|tracking)\b", seg0, _I)
    ):
        # "茶叶溯源 采摘 杀青 揉捻": a first item that ends with the kind's own word is the title, not a stage
        title_end = run[0].end()
        run = run[1:]
        name0, at0, sure0 = text[title_end : run[0].start()], title_end, True
    items.append((name0, at0))
    for a, b in itertools.pairwise(run):
        items.append((text[a.end() : b.start()], a.end()))
    last = _last_segment(text, run[-1].end(), kind)
    allow_to = "从" in seg0 or re.search(r"\bfrom\s", seg0, _I) is not None  # "from a, b, c to d" too
    parts = _split_last(last, run[-1].end(), allow_to)
    if len(parts) == 2 and len(parts[0][0].split()) > 3 and not _cjk(parts[0][0]):
        parts = [(last, run[-1].end())]  # "…, wash and dry the beans": no clean join, judged whole below
    if len(items) >= 2 and _CLAUSE_LINK.match(parts[0][0].strip()):
        parts = []  # "…，灌装，其中压榨由油坊记录": a new clause after the last separator ends the list before it
    items += parts
    count_span: tuple[int, int] | None = None
    sure = sure0
    why, why_zh = "a list of stages in order", ""
    # the last item: the count and the word for stages close it ("配送四个环节"); else it must be clean
    text_l, at_l = items[-1]
    stripped = text_l.rstrip()
    tail = (_ZH_TAIL if _cjk(stripped) else _EN_TAIL).search(stripped)
    if tail and tail.start() > 0:
        if tail.groupdict().get("count"):
            count_span = (at_l + tail.start("count"), at_l + tail.end("count"))
        stripped = stripped[: tail.start()]
        if stripped.endswith("等"):
            sure, why, why_zh = False, "the list ends with 等 (and so on): the stages are not all named", _ZH_ETC
    elif _cjk(stripped):
        rest = re.match(r"^[^，,。；;]*?(?=等|这|那|都|要|需|由|想|的|只|共)", stripped)
        if _ZH_BY.match(stripped) or _PAREN.match(stripped):
            rest = None  # "销售由药店记录", "包装（由包装厂记录）": a stage with its actor, read whole below
        if rest and rest.group(0):
            if stripped[rest.end() :].startswith("等"):
                sure, why, why_zh = False, "the list ends with 等 (and so on): the stages are not all named", _ZH_ETC
            stripped = rest.group(0)
    items[-1] = (stripped, at_l)
    names: list[str] = []
    spans: list[tuple[int, int]] = []
    roles: list[str | None] = []
    role_spans: list[tuple[int, int] | None] = []
    step_numbers: list[tuple[int, int]] = []
    # an order word is cut only when the list is written in order words ("first …, then …, finally …"), never
    # from one item alone ("first sale" is a stage); "Step 2" / "第二步" number their item wherever they stand
    ordered = sum(1 for raw, _ in items if _ORDER_PREFIX.match(raw.strip())) >= 2
    # "harvested by the beekeeper, extracted at the co-op": in a list that names actors with "by", "at <who>" names
    # one too (the second reading: "loaded at Shenzhen port" alone in a list stays the stage's own words)
    at_list = sum(1 for raw, _ in items if _BY.match(raw.strip())) >= 1
    for k_item, (raw, at) in enumerate(items):
        lead = len(raw) - len(raw.lstrip())
        word = raw.strip()
        start = at + lead
        quotes = re.match(r"^[\[{'\"“‘]+", word)  # "['mixing', 'wrapping']": quotes and brackets of a pasted list
        if quotes:
            word, start = word[quotes.end() :], start + quotes.end()
        word = re.sub(r"['\"”’\]}]+$", "", word)
        final = k_item == len(items) - 1 and _FINAL.match(word)  # "…, and finally kegging": never part of a stage
        word, cut, num = _cut_order(word) if ordered or final or _NUMBERED_PREFIX.match(word) else (word, 0, None)
        if num is not None:
            step_numbers.append((start + num[0], start + num[1]))
        start += cut
        p = _PAREN.match(word) or _BY.match(word) or _ZH_BY.match(word) or _ZH_DOES.match(word)
        if p is None and at_list:
            p = _AT.match(word)  # "pressing at Frantoio Rossi" in a list whose other actors are said with "by"
        does = _DOES_THIS.match(p.group("role")) if p is not None and p.re is _PAREN else None
        if p is not None and does is not None:  # "certified (GIA does this one)": GIA
            at_role = start + p.start("role") + does.start("role")
            roles.append(does.group("role"))
            role_spans.append((at_role, at_role + len(does.group("role"))))
            word = p.group("stage").strip()
        elif (
            p
            and (
                _NOT_ACTOR_REMARK.search(p.group("role"))
                or _SENTENCE_REMARK.search(p.group("role")[slice(*_role_edges(p.group("role")))])
                or re.search(r"[:：=,，;；]", p.group("role"))  # "(harvest: Vineyard Co, bottling: …)": a map
            )
            and not re.fullmatch(r"0[xX][0-9a-fA-F]{40}", p.group("role"))
        ):
            word = p.group("stage").strip()  # "aging (6 months)": a remark about the stage, not who records it
            p = None
            roles.append(None)
            role_spans.append(None)
        elif p:
            r0, r1 = _role_edges(p.group("role"))
            roles.append(p.group("role")[r0:r1])
            role_spans.append((start + p.start("role") + r0, start + p.start("role") + r1))
            word = p.group("stage").strip()
            start += p.start("stage")  # "牧场负责养殖": the stage after its actor
        else:
            roles.append(None)
            role_spans.append(None)
        if not word:
            return None
        names.append(word)
        spans.append((start, start + len(word)))
    split_why = _split_zh_actors(names, spans, roles, role_spans, kind)
    seen: dict[str, int] = {}
    for k, name in enumerate(list(names)):
        if name in seen and k == len(names) - 1 and roles[k] is not None:
            # "… 鉴定 销售 鉴定由鉴定中心记录": a last item naming an earlier stage with its actor is a sentence
            # about that stage, not a stage of its own
            j = seen[name]
            roles[j], role_spans[j] = roles[j] or roles[k], role_spans[j] or role_spans[k]
            del names[k], spans[k], roles[k], role_spans[k]
            break
        seen[name] = k
    if len(set(names)) != len(names):
        sure, why, why_zh = False, "a stage is named twice", "有环节重复出现"
    if at_list and any(_ON_THE.match(n) for n in names):
        # "shearing on the farm, scouring at the mill, …": in a list that names actors, "on/in the X" may be who
        # records the stage or where it happens
        sure, why, why_zh = (
            False,
            "a stage says where it happens in a list that names who",
            "某个环节写了地点，可能是执行者",
        )
    if split_why is not None:
        sure, why, why_zh = False, split_why, "某一项可以在不止一处分成执行者和环节"
    if len(names) < 2:
        return None
    if not allow_to and any(_TO_INSIDE.search(n) for n in names):
        # "想追踪茶叶，茶园到茶庄": an item that joins two places by 到 is a route, maybe the stages themselves
        sure, why, why_zh = False, "an item joins two places with 到 (a route)", "某一项用“到”连接两个地点（是路线）"
    spaced0 = after_colon and _DICTATED_PAIR.fullmatch(names[0]) is not None  # "原料 入庫" kept whole above
    if not all(_clean_item(n, spaced_ok=k == 0 and spaced0) for k, n in enumerate(names)):
        sure, why, why_zh = (
            False,
            "an item of the list carries words that are no stage",
            "列表中有一项含有不属于环节的词",
        )
    if not sure0:
        why, why_zh = "where the list starts is not certain", "列表从哪里开始不确定"
    lo, hi = spans[0][0], spans[-1][1]
    found = StageList(names, spans, sure, (lo, hi), why, roles, role_spans, count_span)
    found.why_zh = why_zh
    found.numbers = step_numbers
    return found


#: who does a Chinese stage, said before it without 由 ("茶农采摘，加工厂杀青，质检中心检测"): a word that ends in a
#: person's or an organisation's suffix, then the stage (two to six characters). Strong suffixes name someone for
#: certain (农户, 茶农, 中心, 公司, 经销商); weak ones also begin stage names ("门店销售", "出厂检验", "工厂加工")
_ZH_ACTOR_STRONG = (
    r"农户|农民|[\u4e00-\u9fff]农|中心|公司|集团|局|经销商|供应商|批发商|零售商|合作社|检测所|研究所|"
    r"企业|单位|机构"
)
_ZH_ACTOR_WEAK_LONG = r"超市|工厂|厂家|农场|牧场|门店|药店|商店|药房|市场|餐厅|渔船|冷库|仓库|基地|商超"
_ZH_ACTOR_WEAK = r"厂|场|店|站|院|部|队|员|师|商|社|所|铺|行|户|房|船|库|厅|馆|组|科|室"
_ZH_ACTOR = re.compile(
    rf"[{_CJK}]{{0,5}}(?:{_ZH_ACTOR_STRONG}|{_ZH_ACTOR_WEAK_LONG})|[{_CJK}]{{1,5}}(?:{_ZH_ACTOR_WEAK})"
)
_ZH_ORDER = re.compile(r"(?:最后|然后|接着|之后|再)(?=[\u4e00-\u9fff]{3})")


def _actor_splits(name: str) -> tuple[int, list[int]]:
    """Where an order word ends and every place where ``name`` may split into <actor><stage> (stage 2-6 chars)."""
    order = _ZH_ORDER.match(name)
    o = order.end() if order else 0
    return o, [i for i in range(o + 1, len(name) - 1) if len(name) - i <= 6 and _ZH_ACTOR.fullmatch(name, o, i)]


def _split_zh_actors(
    names: list[str],
    spans: list[tuple[int, int]],
    roles: list[str | None],
    role_spans: list[tuple[int, int] | None],
    kind: str,
) -> str | None:
    """Chinese items of the form <actor><stage> (documented above), split in place when the list is written so:
    at least two items and most of them read that way (the second reading: one item alone, "门店销售", is a stage
    name). A list of names (separated by 、 or an arrow, not by "，") is read so only when two of its actors carry a
    strong suffix ("工厂生产、门店销售" stays whole). An item that splits in two places ("医院药房发药": 医院 or
    医院药房?) makes the reading unsure: the reason is returned and the list is asked. A lone item with a strong
    suffix ("质检中心检测" among plain stages) is left whole; the gate asks it."""
    if not names or not all(_cjk(n) for n in names):
        return None
    strong = re.compile(rf"(?:{_ZH_ACTOR_STRONG})$")
    reads = [(0, []) if roles[k] is not None else _actor_splits(n) for k, n in enumerate(names)]
    count = sum(1 for _, cuts in reads if cuts)
    strong_count = sum(1 for k, (o, cuts) in enumerate(reads) if any(strong.search(names[k][o:i]) for i in cuts))
    if count < 2 or count * 2 <= len(names) or (kind != "comma" and strong_count < 2):
        return None
    if any(len(cuts) > 1 for _, cuts in reads):
        return "an item may be split into who and which stage in more than one place"
    if any(not cuts and len(names[k]) >= 4 and roles[k] is None for k, (_, cuts) in enumerate(reads)):
        # "牧场挤奶，乳品厂加工，冷链车运输": the others name who does them; a long item that does not split may too
        return "most items name who does the stage, one long item does not split"
    for k, (o, cuts) in enumerate(reads):
        if not cuts:
            order = _ZH_ORDER.match(names[k]) if k else None
            if order and not names[k][order.end() :].startswith("一"):
                names[k] = names[k][order.end() :]
                spans[k] = (spans[k][0] + order.end(), spans[k][1])
            continue
        a, i = spans[k][0], cuts[0]
        roles[k] = names[k][o:i]
        role_spans[k] = (a + o, a + i)
        names[k] = names[k][i:]
        spans[k] = (a + i, spans[k][1])
    return None


def _from_to(text: str) -> StageList | None:
    m = _FROM_TO.search(text)
    if m:
        names, spans, pos = [], [], m.start("list")
        for w in re.split(r"\s+to\s+", m.group("list")):
            w = re.sub(r"^(?:the|a|our)\s+", "", w, flags=_I)
            at = text.index(w, pos)
            names.append(w)
            spans.append((at, at + len(w)))
            pos = at + len(w)
        return StageList(names, spans, True, (spans[0][0], spans[-1][1]), "stages from … to … to …")
    z = _FROM_TO_ZH.search(text)
    if z:
        # "冷轧再到镀锌": 再到 is one joint, so 再 never ends the stage before it (round 10)
        parts = [
            (p.group(0), z.start("list") + p.start()) for p in re.finditer(r"(?:(?!再到)[^\s到])+", z.group("list"))
        ]
        parts = [(w[1:] if w.startswith("再") else w, a + (1 if w.startswith("再") else 0)) for w, a in parts]
        last, at = parts[-1]
        tail = re.search(r"(?:都|也|要|想|需|全部|统统|一起|等)", last)
        if tail and tail.start() > 0:  # "…到销售都想记下来": the request's words after the last stage are cut
            parts[-1] = (last[: tail.start()], at)
        spans = [(a, a + len(w)) for w, a in parts]
        sure = all(_clean_item(w) for w, _ in parts)
        return StageList([w for w, _ in parts], spans, sure, (spans[0][0], spans[-1][1]), "stages 从…到…到…")
    return _to_chain(text)


def _to_chain(text: str) -> StageList | None:
    """A clause that is a chain of places joined by 到 / "to" (``_TO_CHAIN_ZH`` / ``_TO_CHAIN_EN``): its parts are
    the stages, sure only when every part is a clean stage name."""
    m = _TO_CHAIN_ZH.search(text) or _TO_CHAIN_EN.search(text)
    if m is None:
        return None
    joint = r"\s*(?:再到|到)\s*" if _cjk(m.group("list")) else r"\s+to\s+"
    names, spans, pos = [], [], m.start("list")
    for w in re.split(joint, m.group("list"), flags=_I):
        at = text.index(w, pos)
        names.append(w)
        spans.append((at, at + len(w)))
        pos = at + len(w)
    sure = all(_clean_item(w) for w in names) and len(set(names)) == len(names)
    return StageList(names, spans, sure, (spans[0][0], spans[-1][1]), "stages joined by 到 / to")


#: "1. mining 2. refining", "1) extraction 2) filtering": a numbered list (numbers 1, 2, 3… in order)
_NUMBERED = re.compile(
    r"(?<![\w.])(?P<n>\d{1,2})\s*[.)）、]\s*(?P<w>[A-Za-z][A-Za-z\-]*(?:\s+[a-z][A-Za-z\-]*)?|[\u4e00-\u9fff]{1,8})"
    r"(?=\s*[,，;；]?\s*(?:[(（]?\d{1,2}\s*[.)）、]|$|[.。;；]))"
)


#: "步骤一 采摘 步骤二 酿造", "第一步：采摘 第二步：晾晒", "Step 1: harvest Step 2: drying": a step word with its
#: number before each stage (numbers 1, 2, 3… in order); each stage runs to the next step word or the clause end
_STEPPED = re.compile(
    r"(?:(?<![A-Za-z])(?i:step|stage|phase)\s*(?P<n>\d{1,2})|(?:步骤|环节|阶段)\s*(?P<z>[一二三四五六七八九十\d]{1,3})|"
    r"第(?P<y>[一二三四五六七八九十\d]{1,3})(?:步|个?环节|阶段|道工序))\s*[:：.、)）\-–]?\s*"
    r"(?P<w>[\u4e00-\u9fff]{1,8}|[A-Za-z][A-Za-z\-]*(?:\s+[a-z][A-Za-z\-]*){0,2}?)"
    r"(?=\s*[,，;；、]?\s*(?:(?<![A-Za-z])(?i:step|stage|phase)\s*\d|(?:步骤|环节|阶段)\s*[一二三四五六七八九十\d]|第[一二三四五六七八九十\d]|$|[.。;；!！]))"
)


def _zh_int(raw: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    if raw in _ZH_NUM:
        return _ZH_NUM[raw]
    if raw.startswith("十") and len(raw) == 2 and raw[1] in _ZH_NUM:
        return 10 + _ZH_NUM[raw[1]]
    return None


def _stepped(text: str) -> StageList | None:
    hits = list(_STEPPED.finditer(text))
    run: list[re.Match[str]] = []
    for h in hits:
        n = _zh_int(h.group("n") or h.group("z") or h.group("y"))
        if n == 1:
            run = [h]
        elif run and n == len(run) + 1 and not text[run[-1].end() : h.start()].strip(" \t,，;；、"):
            run.append(h)
        elif len(run) < 2:
            run = []
        if len(run) >= 2 and (h is hits[-1] or run[-1] is not h):
            break
    if len(run) < 2:
        return None
    spans = [(h.start("w"), h.end("w")) for h in run]
    names = [h.group("w") for h in run]
    found = StageList(
        names, spans, all(_clean_item(n) for n in names), (run[0].start(), spans[-1][1]), "numbered steps"
    )
    g = ["n" if h.group("n") else "z" if h.group("z") else "y" for h in run]
    found.numbers = [h.span(k) for h, k in zip(run, g, strict=True)]
    if not found.sure:
        found.why, found.why_zh = "a numbered step carries words that are no stage", "某一步含有不属于环节的词"
    return found


def _numbered(text: str) -> StageList | None:
    hits = list(_NUMBERED.finditer(text))
    for k in range(len(hits)):
        run = [hits[k]]
        for h in hits[k + 1 :]:
            if int(h.group("n")) == int(run[-1].group("n")) + 1 and h.start() - run[-1].end() <= 3:
                run.append(h)
        if int(run[0].group("n")) == 1 and len(run) >= 2:
            spans = [(h.start("w"), h.end("w")) for h in run]
            found = StageList(
                [h.group("w") for h in run], spans, True, (run[0].start(), spans[-1][1]), "a numbered list"
            )
            found.numbers = [(h.start("n"), h.end("n")) for h in run]
            return found
    return None


#: items numbered in brackets, as legal and tender texts number them ("（一）种植；（二）采收", "(a) felling; (b)
#: skidding", "(1)原料验收(2)速冻", "①采摘②晾晒", "(i) … (ii) …"): the markers count 1, 2, 3… (a, b, c…) in order,
#: each item runs to the next marker, the last to the end of its clause (round 9)
_ENUM_MARK = re.compile(
    r"[(（]\s*(?P<m>[一二三四五六七八九十]{1,2}|\d{1,2}|[a-hA-H]|(?:i{1,3}|iv|vi{0,3}|ix|x))\s*[)）]|(?P<c>[\u2460-\u2473])"
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_ENUM_JOIN = re.compile(r"(?:[\s,，;；、]+(?:and|or|&)?|\s*(?:和|及|以及|与))+$", _I)
_ENUM_LAST_END = re.compile(r"[。.;；\n!?！？,，]|\s[-–—]\s")


def _enum_values(m: re.Match[str]) -> tuple[int | None, int | None, int | None]:
    """The ordinal a marker says as a number, a letter and a roman numeral (None where it is not one)."""
    if m.group("c"):
        return ord(m.group("c")) - 0x245F, None, None
    raw = m.group("m")
    num = int(raw) if raw.isdigit() else _zh_int(raw)
    letter = ord(raw.lower()) - 96 if len(raw) == 1 and raw.isalpha() and raw.isascii() else None
    return num, letter, _ROMAN.get(raw.lower()) if raw.isascii() and raw.isalpha() else None


def _enumerated(text: str) -> StageList | None:
    marks = list(_ENUM_MARK.finditer(text))
    for k, first in enumerate(marks):
        vals = _enum_values(first)
        style = next((i for i, v in enumerate(vals) if v == 1), None)
        if style is None:
            continue
        run = [first]
        for h in marks[k + 1 :]:
            if _enum_values(h)[style] == len(run) + 1:
                run.append(h)
            elif _enum_values(h)[style] is not None and _enum_values(h)[style] != len(run) + 1:
                break
        if len(run) < 2:
            continue
        names: list[str] = []
        spans: list[tuple[int, int]] = []
        for i, h in enumerate(run):
            a = h.end()
            if i + 1 < len(run):
                b = run[i + 1].start()
                if _ENUM_LAST_END.search(text, a, b) and re.search(r"[。.!?！？\n]", text[a:b].rstrip(" \t.。;；")):
                    break  # a sentence ends between two markers: not one list
            else:
                end = _ENUM_LAST_END.search(text, a)
                b = end.start() if end else len(text)
            raw = text[a:b]
            lead = len(raw) - len(raw.lstrip(" \t:："))
            core = raw[lead:]
            tail = _ENUM_JOIN.search(core)
            core = core[: tail.start()] if tail else core
            core = core.rstrip()
            if not core:
                break
            names.append(core)
            spans.append((a + lead, a + lead + len(core)))
        if len(names) != len(run):
            continue
        sure = all(_clean_item(n) for n in names) and len(set(names)) == len(names)
        found = StageList(names, spans, sure, (run[0].start(), spans[-1][1]), "items numbered in brackets")
        found.numbers = [h.span() for h in run]
        if not sure:
            found.why, found.why_zh = "a numbered item carries words that are no stage", "某一项含有不属于环节的词"
        return found
    return None


#: one stage per line, after a bullet or a number ("- harvest", "• 采摘", "2) roasting"): the line is the item
_BULLET = re.compile(
    r"^[ \t]*(?:[-*•·●▪]|\d{1,2}\s*[.)）、])[ \t]*(?P<w>[^\n]{1,60}?)[ \t]*[,，;；.。]?[ \t]*$", re.MULTILINE
)


def _bullets(text: str) -> StageList | None:
    """Consecutive bullet lines (two or more) read as the list; each line must be a clean item."""
    hits = list(_BULLET.finditer(text))
    best: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for h in hits:
        if run and text[run[-1].end() : h.start()].strip():
            run = []
        run.append(h)
        if len(run) > len(best):
            best = list(run)
    if len(best) < 2:
        return None
    names: list[str] = []
    spans: list[tuple[int, int]] = []
    roles: list[str | None] = []
    role_spans: list[tuple[int, int] | None] = []
    sure = True
    for h in best:
        word, start = h.group("w"), h.start("w")
        p = _PAREN.match(word) or _BY.match(word) or _ZH_BY.match(word)
        if (
            p
            and not _NOT_ACTOR_REMARK.search(p.group("role"))
            and not _SENTENCE_REMARK.search(p.group("role")[slice(*_role_edges(p.group("role")))])
        ):
            r0, r1 = _role_edges(p.group("role"))
            roles.append(p.group("role")[r0:r1])
            role_spans.append((start + p.start("role") + r0, start + p.start("role") + r1))
            word = p.group("stage").strip()
        else:
            roles.append(None)
            role_spans.append(None)
            word = re.sub(r"\s*[(（][^()（）]*[)）]$", "", word) if p else word
        sure = sure and _clean_item(word)
        names.append(word)
        spans.append((start, start + len(word)))
    found = StageList(names, spans, sure, (spans[0][0], spans[-1][1]), "one stage per bulleted line", roles, role_spans)
    if not sure:
        found.why, found.why_zh = "a bulleted line carries words that are no stage", "某一行含有不属于环节的词"
    found.numbers = [(h.start(), h.start() + len(h.group(0)) - len(h.group(0).lstrip(" \t0123456789"))) for h in best]
    return found


#: "stages=[mined, refined, …]", "steps: [a, b]" and "roles=[MinerCo, null, …]": a pasted list after its key; the
#: brackets bound it on both sides (a role written null / none / - / n/a is not said)
_KEY_LIST = re.compile(r"(?<![\w-])(?:stages?|steps?)\s*[:=]\s*\[(?P<body>[^\[\]\n]{1,400})\]", _I)
_KEY_ROLES = re.compile(
    r"(?<![\w-])(?:stage_?roles|roles|actors|recorders)\s*[:=]\s*\[(?P<body>[^\[\]\n]{1,400})\]", _I
)
_NO_ROLE = re.compile(r"null|none|nil|-|–|—|n/?a|~|''|\"\"|无|空", _I)


def _key_items(text: str, m: re.Match[str]) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    pos = m.start("body")
    for part in re.split(r"([,，、;；])", m.group("body")):
        if part and not re.fullmatch(r"[,，、;；]", part):
            word = part.strip().strip("'\"“”‘’").strip()
            a = text.index(word, pos) if word else pos
            out.append((word, a, a + len(word)))
        pos += len(part)
    return out


def _key_list(text: str) -> StageList | None:
    m = _KEY_LIST.search(text)
    if m is None:
        return None
    items = _key_items(text, m)
    names = [w for w, _, _ in items]
    spans = [(a, b) for _, a, b in items]
    if len(names) < 2 or not all(names):
        return None
    sure = all(_clean_item(n) for n in names) and len(set(names)) == len(names)
    found = StageList(names, spans, sure, (spans[0][0], spans[-1][1]), "a pasted list after its key")
    if not sure:
        found.why, found.why_zh = "an item of the pasted list is no stage", "粘贴的列表中有一项不是环节"
    r = _KEY_ROLES.search(text)
    if r is not None:
        roles = _key_items(text, r)
        if len(roles) != len(names):
            found.sure = False
            found.why = f"{len(roles)} roles given for {len(names)} stages"
            found.why_zh = f"给了 {len(roles)} 个角色，但有 {len(names)} 个环节"
            return found
        found.roles = [None if _NO_ROLE.fullmatch(w) or not w else w for w, _, _ in roles]
        found.role_spans = [
            None if role is None else (a, b) for role, (_, a, b) in zip(found.roles, roles, strict=True)
        ]
    return found


#: a table pasted as text: a header row naming the stage column (and perhaps who records it), one row per stage
_TABLE_STAGE = re.compile(r"stages?|steps?|环节|阶段|步骤|工序", _I)
_TABLE_ACTOR = re.compile(
    r"actors?|who|roles?|by|recorded[\s_]+by|recorders?|done[\s_]+by|owner|记录人|记录方|负责人?|负责方|执行方?|角色|谁记录?|"
    # "| stage | who records |", "logged by", "who signs" (round 10b)
    r"who[\s_]+(?:records?|logs?|signs?(?:[\s_]+off)?|does[\s_]+it|enters?|is[\s_]+responsible)|"
    r"(?:logged|signed(?:[\s_]+off)?|handled|entered|registered)[\s_]+by|responsible(?:[\s_]+party)?|谁负责|谁来记录?|由谁记录",
    _I,
)


def _csv_table(text: str) -> StageList | None:
    """A CSV block (round 9): a header line naming the stage column (and perhaps who records it), then one line
    per stage with as many comma-separated cells; a line with another count of cells ends the block."""
    lines = [(m.group(0), m.start()) for m in re.finditer(r"[^\n]+", text)]
    for k, (ln, _at) in enumerate(lines):
        head = [c.strip() for c in re.split(r"[,，\t]", ln)]
        if len(head) < 2 or not all(head):
            continue
        si = next((i for i, c in enumerate(head) if _TABLE_STAGE.fullmatch(c)), None)
        ai = next((i for i, c in enumerate(head) if _TABLE_ACTOR.fullmatch(c)), None)
        if si is None or any(not re.fullmatch(r"[\w\s\-#]{1,24}", c) for c in head):
            continue
        names: list[str] = []
        spans: list[tuple[int, int]] = []
        roles: list[str | None] = []
        role_spans: list[tuple[int, int] | None] = []
        for row, at in lines[k + 1 :]:
            parts = re.split(r"([,，\t])", row)
            cells = parts[::2]
            if len(cells) != len(head):
                break
            offs, pos = [], at
            for i, part in enumerate(parts):
                if i % 2 == 0:
                    lead = len(part) - len(part.lstrip())
                    offs.append((pos + lead, pos + len(part.rstrip())))
                pos += len(part)
            a, b = offs[si]
            names.append(text[a:b])
            spans.append((a, b))
            if (
                ai is not None
                and text[offs[ai][0] : offs[ai][1]]
                and not _NO_ROLE.fullmatch(text[offs[ai][0] : offs[ai][1]])
            ):
                roles.append(text[offs[ai][0] : offs[ai][1]])
                role_spans.append(offs[ai])
            else:
                roles.append(None)
                role_spans.append(None)
        if len(names) < 2:
            continue
        sure = all(n and _clean_item(n) for n in names) and len(set(names)) == len(names)
        found = StageList(names, spans, sure, (spans[0][0], spans[-1][1]), "a table")
        found.roles, found.role_spans = roles, role_spans
        if not sure:
            found.why, found.why_zh = "a row of the table is no stage", "表格中有一行不是环节"
        return found
    return None


def _table(text: str) -> StageList | None:
    lines = [(m.group(0), m.start()) for m in re.finditer(r"[^\n]+", text)]
    rows = [(ln, at) for ln, at in lines if "|" in ln or "｜" in ln]
    if len(rows) < 3:
        return None
    cells = [[c.strip() for c in re.split(r"[|｜]", ln.strip().strip("|｜"))] for ln, _ in rows]
    head = cells[0]
    si = next((k for k, c in enumerate(head) if _TABLE_STAGE.fullmatch(c)), None)
    ai = next((k for k, c in enumerate(head) if _TABLE_ACTOR.fullmatch(c)), None)
    body = [
        (c, at, ln) for c, (ln, at) in zip(cells[1:], rows[1:], strict=True) if not re.fullmatch(r"[\s:\-–—|｜]*", ln)
    ]
    first = rows[0][1]
    if si is None:  # rows of a table without a header naming the stages: asked, never read by the separators
        found = StageList([c[0] for c, _, _ in body], [], False, (first, len(text)), "a table without a stage column")
        found.why_zh = "表格没有写明哪一列是环节"
        return found
    names: list[str] = []
    spans: list[tuple[int, int]] = []
    roles: list[str | None] = []
    role_spans: list[tuple[int, int] | None] = []
    for c, at, _ln in body:
        if len(c) <= si:
            return None
        word = c[si]
        a = text.index(word, at) if word else at
        names.append(word)
        spans.append((a, a + len(word)))
        actor = c[ai] if ai is not None and len(c) > ai else ""
        if actor and not _NO_ROLE.fullmatch(actor):
            b = text.index(actor, a + len(word))
            roles.append(actor)
            role_spans.append((b, b + len(actor)))
        else:
            roles.append(None)
            role_spans.append(None)
    sure = len(names) >= 2 and all(n and _clean_item(n) for n in names) and len(set(names)) == len(names)
    found = StageList(names, spans, sure, (spans[0][0], spans[-1][1]) if spans else (first, len(text)), "a table")
    found.roles, found.role_spans = roles, role_spans
    if not sure:
        found.why, found.why_zh = "a row of the table is no stage", "表格中有一行不是环节"
    return found


#: one clause that names a stage with who records it: "the mill records pressing", "Acme logs the packing"
_ACTOR_CLAUSE = re.compile(
    r"(?:(?:the|our|a)\s+)?(?P<a>[A-Za-z][\w&'\-]*(?:\s+[A-Za-z][\w&'\-]*){0,2}?)\s+"
    r"(?:records|logs|enters|registers|handles|does|signs\s+off(?:\s+on)?)\s+(?:the\s+)?"
    r"(?P<s>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)(?P<end>\s*(?:,\s*(?:and\s+)?(?:then\s+)?|;\s*|\s+and\s+(?:then\s+)?"
    r"|\s+then\s+)|\s*(?=[.!?\n]|$))"
)
_ACTOR_WORDS_NOT = re.compile(r"\b(?:i|we|you|he|she|they|it|who|which|that|each|every|nobody|one|me|us)\b", _I)
#: a clause starts after a colon, a semicolon, a line break, a sentence end or a spaced dash ("trace basmati rice —
#: the farmer records harvesting, …", round 10b)
_CLAUSE_LEAD = re.compile(r"(?:^|[:：;\n]|(?<=[.!?])\s|\s[—–-]{1,2})\s*$")


def _actor_clauses(text: str) -> StageList | None:
    """Stages each said with who records it, one clause after another (round 10): "the grower records picking, the
    mill records pressing, the bottler records bottling". Two clauses at least, the first at a clause start; an
    actor or a stage that is a pronoun or a function word ends the reading (None)."""
    for first in _ACTOR_CLAUSE.finditer(text):
        if not _CLAUSE_LEAD.search(text[: first.start()]):
            continue
        names: list[str] = []
        spans: list[tuple[int, int]] = []
        roles: list[str | None] = []
        role_spans: list[tuple[int, int] | None] = []
        m: re.Match[str] | None = first
        while m is not None:
            if _ACTOR_WORDS_NOT.search(m.group("a")) or _ACTOR_WORDS_NOT.search(m.group("s")):
                return None
            names.append(m.group("s"))
            spans.append(m.span("s"))
            roles.append(m.group("a"))
            role_spans.append(m.span("a"))
            if not m.group("end").strip(" \t"):
                break
            m = _ACTOR_CLAUSE.match(text, m.end())
        if len(names) < 2 or len(set(names)) != len(names):
            return None
        found = StageList(names, spans, True, (spans[0][0], spans[-1][1]), "stages each said with who records it")
        found.roles, found.role_spans = roles, role_spans
        return found
    return None


def find_stage_list(text: str) -> StageList | None:
    """The stage list of ``text``: the first run with a cue or the longest run; ``from … to … to …`` when there
    is no separated list. ``None`` when the text names no list at all."""
    keyed = _key_list(text)
    if keyed is not None:
        return keyed
    table = (_table(text) or _csv_table(text)) if "\n" in text else None
    if table is not None:
        return table
    # "planting, um, harvesting": a hesitation sound is never a stage nor part of one; blanked (same length)
    text = _HESITATION.sub(lambda m: " " * len(m.group(0)), text)
    best = _find_stage_list(text)
    if best is None or not best.sure:
        clauses = _actor_clauses(text)
        if clauses is not None and (best is None or best.span[0] <= clauses.span[1]):
            return clauses
    if best is not None and best.sure and "\n" in text[best.span[0] : best.span[1]] and best.why not in _LINE_LISTS:
        # a list read across lines by its separators ("harvest | Farm Co\nwash | …"): its edges are not certain
        best.sure = False
        best.why, best.why_zh = "the list runs over several lines", "列表跨越了好几行"
    if best is not None and best.sure and best.why not in _LINE_LISTS:
        more = _NEXT_LINE.match(text, best.span[1])
        if more and not _SIGN_OFF.match(more.group("w")):
            # "harvest | wash\npack": a list broken across lines; the next line may be one more stage (asked)
            best.sure = False
            best.span = (best.span[0], more.end("w"))
            best.why, best.why_zh = "the list may go on on the next line", "列表可能在下一行继续"
    return best


#: the line right after a list that ends without a full stop: a few bare words, no digits, no sentence
_NEXT_LINE = re.compile(
    r"[ \t]*[,，、|｜;；/>→-]?[ \t]*\n[ \t]*"
    r"(?P<w>[A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff\- |｜,，、/>→]{0,60}?)[ \t]*(?:\n|$)"
)
#: ... unless it is a greeting, a thanks or a signature
_SIGN_OFF = re.compile(
    r"(?i:thanks|thank\s+you|thx|cheers|regards|best|br|kind\s+regards|sincerely|sent\s+from|hi|hello|dear)\b|"
    r"谢谢|多谢|感谢|此致|敬礼|祝好|你好|您好|[A-Z][a-z]+\s+[A-Z][a-z]+$|[\u4e00-\u9fff]{1,2}(?:先生|小姐|女士|经理|总)$"
)


#: the word that opens a remark on what a term means (legal drafting): never a first stage
_NAMELY_WORD = re.compile(r"namely|i\.?\s?e\.?|e\.?\s?g\.?|viz\.?|that\s+is|to\s+wit|即|也就是|比如|例如", re.I)
_HESITATION = re.compile(r"(?<![\w-])(?:u+m+|u+h+|e+r+m+|e+r+|h+m+)(?![\w-])\s*[,，]?|(?:嗯+|呃+)\s*[,，]?", _I)
#: lists whose items are lines by design
_LINE_LISTS = ("one stage per bulleted line", "a numbered list", "numbered steps", "items numbered in brackets")


def _find_stage_list(text: str) -> StageList | None:
    found: list[StageList] = []
    for kind, run in _runs(text):
        hit = _from_run(text, kind, run)
        if hit is not None and (hit.sure or len(run) >= 2):  # one separator and unsure edges: no list at all
            found.append(hit)
    # "the Goods (namely, crude palm oil)": a remark that says what a term means is no list of stages
    found = [f for f in found if not _NAMELY_WORD.fullmatch(f.names[0].strip())] if found else found
    # runs inside a longer list (the "and" of "sewing and retail") and lists of actors are no stage lists
    found = [
        f for f in found if not any(o is not f and o.span[0] <= f.span[0] and f.span[1] <= o.span[1] for o in found)
    ]
    sure = [f for f in found if f.sure]
    if sure:
        best = max(sure, key=lambda f: (len(f.names), -f.span[0]))
        rival = [
            f
            for f in found
            if not f.sure
            and len(f.names) > len(best.names)
            and (f.span[0] < best.span[1] <= f.span[1] or (len(best.names) == 2 and len(f.names) >= 3))
        ]
        if rival:  # two readings of the same words disagree ("stages=a,b,c; c by X"): the longer one is asked
            best = rival[0]
    elif found:
        best = max(found, key=lambda f: (len(f.names), -f.span[0]))
    else:
        best = None
    if best is None:
        pair = _PAIR.search(text)  # "thru pressing and bottling": two stages after a cue, joined by and
        if pair:
            spans = [pair.span("a"), pair.span("b")]
            best = StageList([pair.group("a"), pair.group("b")], spans, True, (spans[0][0], spans[1][1]), "two stages")
    bullets = _bullets(text) if "\n" in text else None
    if (
        bullets is not None
        and (
            best is None
            or not best.sure
            or len(bullets.names) > len(best.names)
            # "## Provenance – vintage guitars\n- built\n- …": a heading's dash ran into the bullets (round 9)
            or (bullets.sure and "\n" in text[best.span[0] : best.span[1]] and best.span[0] <= bullets.span[0])
        )
    ):
        return bullets
    enumerated = _enumerated(text)
    if (
        enumerated is not None
        and enumerated.sure
        and (best is None or not best.sure or (best.span[0] < enumerated.span[1] and enumerated.span[0] < best.span[1]))
    ):
        return enumerated
    numbered = _numbered(text)
    if numbered is not None and (best is None or not best.sure):
        return numbered
    stepped = _stepped(text)
    if stepped is not None and stepped.sure and (best is None or not best.sure):
        return stepped
    route = _from_to(text)
    if route is not None and (best is None or not best.sure or len(route.names) > len(best.names)):
        best = route
    if best is not None and best.sure:
        stated = _COUNT_BEFORE.search(text)
        if stated and stated.end() <= best.span[0] + 2:
            n = _count(stated.group("count"))
            best.count_span = (stated.start("count"), stated.end("count"))
            if n != len(best.names):
                best.sure, best.why = False, f"the text says {stated.group(0).strip()} but lists {len(best.names)}"
                best.why_zh = f"文中说“{stated.group(0).strip()}”，但列出了 {len(best.names)} 个"
        elif best.count_span is not None:
            n = _count(text[best.count_span[0] : best.count_span[1]])
            if n != len(best.names):
                best.sure, best.why = False, f"the count says {n} but the list has {len(best.names)}"
                best.why_zh = f"数量是 {n}，但列出了 {len(best.names)} 个"
    return best
