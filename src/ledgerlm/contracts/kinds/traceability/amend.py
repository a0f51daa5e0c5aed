"""Later corrections to a stage list: "oh and before delivery there's a QC step", "哦配送前还有个质检",
"actually no freezing", "分拣之后还有个质检", "aged between fermented and bottled".

People list the stages, then remember one ("oh wait, add waxing before sale") or take one back ("actually no
freezing, it's shipped fresh"). Read without this, the list is deployed without the stage (a wrong value that
looks right). The rules, both languages, each anchored on a stage the list already gave, so nothing is placed
by guess:

* insert: ``add|insert X before|after S``, ``there's (also) a X (step) before|after S``, ``before|after S there's
  a X``, ``X between S1 and S2`` (S1, S2 next to each other), ``X comes before|after S``; 在S(之)前/后(还)有/加(个)X,
  在S和S2之间(还)有/加(个)X, 还有(个)X(在)S之前/之后;
* remove: ``no|drop|remove|skip|without|scratch S (step)``, ``S is not needed``; 去掉/删掉/不要/取消S, S不要了/去掉;
* replace: ``X instead of S``, ``replace S with X``; 把S改成/换成X;
* move (round 9), both stages already listed: ``X comes|should come|goes before|after S``, ``move|put X before|after
  S``; X(应该|要)(放)在S之前/前面/之后/后面, 把X放到S前面 (nothing moves when the order already holds).

A correction cue after the list ("oh", "actually", "add", "forgot", 哦, 对了, 还有个, 加个, 去掉 …) in a clause that
names a stage or says before/after/between/前/后 but that no rule above reads exactly makes the stages a
question: never the list as first written."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Edit", "apply_edits", "cue_start", "find_edits", "unread_cue"]

_I = re.IGNORECASE
_CJK = r"\u4e00-\u9fff"
#: the new stage: up to three English words, or two to eight Chinese characters
_X_EN = r"(?P<x>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2}?)"
_X_ZH = rf"(?P<x>[{_CJK}]{{2,8}}?)"
_STEP_EN = r"(?:\s+(?:step|stage|phase))?"
_STEP_ZH = r"(?:环节|步骤|这一步|这步|那一步|那步|这个环节|那个环节|一步|工序)?"
_ZH_END = r"(?=[，,。；;！!？?\s]|$|(?:环节|步骤|这一步|这步|工序)|[吧呢啊哈]|也|了)"
_EN_END = r"(?=\s*(?:[,.;!?]|$|\s+(?:too|as\s+well|also|please|pls|thanks|actually|anymore|after\s+all|either)\b))"
#: after a new stage: the clause end, or who does it ("there's a customs check by DHL"; read by actors.py after)
_EN_END_BY = (
    r"(?=\s*(?:[,.;!?]|$|\s+(?:too|as\s+well|also|please|pls|thanks|actually)\b|"
    r"\s+(?:(?:is\s+)?(?:done|handled|recorded|logged)\s+)?by\s+[A-Za-z0-9]))"
)
#: words that open a correction after the list (a clause that says one of these is read by the rules below)
_CUE = re.compile(
    r"\b(?:oh|oops|wait|actually|forgot|add|insert|also\s+(?:a|an)|there'?s\s+also|there'?s\s+(?:a|an)|"
    r"there\s+is\s+(?:also\s+)?(?:a|an)|remove|drop|skip|scratch|"
    r"instead\s+of|replace|between)\b|哦|噢|喔|对了|还有(?:个|一个|一步|一道)|还要加|加(?:个|一个|一步|一道|上)|增加|添加|插入|漏了|忘了|"
    r"忘记|去掉|删掉|删除|不要|取消|拿掉|其实|不对|改成|换成|之间",
    _I,
)
#: cues that say a stage is added whatever else the clause says ("oh and add labelling"): asked when not read
_STRONG = re.compile(
    r"\b(?:add|insert|forgot)\b|还有(?:个|一个|一步|一道)|还要加|加(?:个|一个|一步|一道|上)|增加|添加|插入|漏了|忘了|忘记",
    _I,
)
#: what a correction clause talks about: a place in the list or a step
_ABOUT = re.compile(r"\b(?:before|after|between|step|stage|phase)\b|前|后|之间|中间|环节|步骤|这步|一步|工序", _I)
_LEAD_EN = re.compile(
    r"^(?:(?:oh|oops|sorry|wait|and|also|plus|add|insert|then|so|actually|a|an|the|one|more|i|we|forgot|missed|"
    r"forgot\s+to\s+(?:say|mention|add))\s+)+",
    _I,
)
_NOT_X_EN = re.compile(
    r"\b(?:i|we|you|it|this|that|there|is|are|was|be|and|or|no|not|before|after|between|step|stage|also|oh|wait|"
    r"something|anything|stuff|thing|things|one|another|other|else|more|extra|new|few|some|couple|oops|sorry|"
    r"forgot|missed|please|should|must|will|would|can|could|has|have|needs?|comes?|goes)\b",
    _I,
)
_NOT_X_ZH = re.compile(
    r"[我你他她它们的了吗呢吧啊哦噢]|还有|之前|之后|环节|步骤|由|负责|记录|东西|什么|别的|其他|一些|几个"
)


@dataclass
class Edit:
    """One correction: ``op`` insert / remove / replace; ``name`` the new stage (insert, replace) or the one
    removed; ``anchor`` the stage it is placed against, ``rel`` before / after (insert) ; ``span`` the words."""

    op: str
    name: str
    name_span: tuple[int, int] | None
    anchor: str | None
    rel: str
    span: tuple[int, int]


def _clause_start(text: str, pos: int, before: bool = False) -> int:
    """Where the clause holding ``pos`` starts (after the last comma, full stop or dash before it; ``before``: at
    that punctuation)."""
    cut = 0
    for m in re.finditer(r"[,，.。;；!！?？:：\n]|\s[-–—]\s", text[:pos]):
        cut = m.start() if before else m.end()
    return cut


def cue_start(text: str, after: int = 0) -> int | None:
    """The start of the first clause after ``after`` that opens with, or holds, a correction cue about a place in
    the list or a step ("…, oh and aged between …"): the list is looked for before it."""
    for m in _CUE.finditer(text, after):
        a = _clause_start(text, m.start())
        end = re.search(r"[.。;；!！?？\n]|$", text[m.end() :])
        b = m.end() + (end.start() if end else 0)
        if a > 0 and _ABOUT.search(text, a, b):
            return _clause_start(text, m.start(), before=True)
    return None


def _name_rx(name: str) -> str:
    return re.escape(name) if re.search(f"[{_CJK}]", name) else rf"(?<![\w-]){re.escape(name)}(?![\w-])"


def _clean_x(text: str, m: re.Match[str], names: list[str]) -> tuple[str, tuple[int, int]] | None:
    a, b = m.span("x")
    raw = text[a:b]
    if re.search(f"[{_CJK}]", raw):
        raw2 = re.sub(r"^(?:一?个|一道|一步|一项)", "", raw)
        a += len(raw) - len(raw2)
        if len(raw2) < 2 or _NOT_X_ZH.search(raw2):
            return None
        raw = raw2
    else:
        lead = _LEAD_EN.match(raw)
        if lead:
            a += lead.end()
            raw = raw[lead.end() :]
        if not raw or _NOT_X_EN.search(raw) or len(raw.split()) > 3:
            return None
    if raw.lower() in (n.lower() for n in names):
        return None  # a stage already in the list is no new one
    return raw, (a, a + len(raw))


#: a rule's compiled pattern, with how it places the new stage ("" / "zh": by its ``rel`` group; "between",
#: "last", "first": after / after / before the anchor)
_Rule = tuple[str, re.Pattern[str]]

#: "add X at the end", "最后再加个X": after the last stage (no stage name in them, so built once)
_LAST_RULES: tuple[_Rule, ...] = (
    (
        "last",
        re.compile(
            rf"\b(?:add|insert|plus|put)\s+(?:in\s+)?(?:a\s+|an\s+)?{_X_EN}{_STEP_EN}\s+(?:at\s+the\s+end|"
            rf"last|as\s+the\s+(?:last|final)\s+(?:step|stage)|after\s+(?:that|all\s+that)){_EN_END}",
            _I,
        ),
    ),
    (
        "last",
        re.compile(rf"最后(?:还|再)?(?:要|得)?(?:有|加|加上|增加)(?:一?个|一道|一步|一项)?{_X_ZH}{_STEP_ZH}{_ZH_END}"),
    ),
)
#: "add X at the start", "最前面还有个X": before the first stage
_FIRST_RULES: tuple[_Rule, ...] = (
    (
        "first",
        re.compile(
            rf"\b(?:add|insert|put)\s+(?:in\s+)?(?:a\s+|an\s+)?{_X_EN}{_STEP_EN}\s+(?:at\s+the\s+(?:start|"
            rf"beginning)|first|as\s+the\s+first\s+(?:step|stage)){_EN_END}",
            _I,
        ),
    ),
    (
        "first",
        re.compile(
            rf"(?:最前面|最开始|一开始|开头)(?:还|再)?(?:要|得)?(?:有|加|加上|增加)(?:一?个|一道|一步|一项)?"
            rf"{_X_ZH}{_STEP_ZH}{_ZH_END}"
        ),
    ),
)


@lru_cache(maxsize=1024)
def _insert_rules(s: str) -> tuple[_Rule, ...]:
    """The insert rules anchored on stage ``s``, built once per stage name (compiling them on every parse cost
    about a hundred milliseconds)."""
    sx = _name_rx(s)
    return (
        (
            "",
            re.compile(
                rf"\b(?:add|insert|put|include|plus)\s+(?:in\s+)?(?:a\s+|an\s+)?(?:step\s+(?:called\s+)?)?"
                rf"{_X_EN}{_STEP_EN}\s+(?P<rel>before|after)\s+(?:the\s+)?{sx}{_STEP_EN}{_EN_END}",
                _I,
            ),
        ),
        (
            "",
            re.compile(
                rf"\b(?:there'?s|there\s+is|there\s+will\s+be|we\s+(?:also\s+)?(?:do|have|need))\s+(?:also\s+)?"
                rf"(?:a|an|one\s+more|another)\s+{_X_EN}{_STEP_EN}\s+(?P<rel>before|after)\s+(?:the\s+)?{sx}"
                rf"{_STEP_EN}{_EN_END}",
                _I,
            ),
        ),
        (
            "",
            re.compile(
                rf"\b(?P<rel>before|after)\s+(?:the\s+)?{sx}{_STEP_EN}\s*,?\s+(?:there'?s|there\s+is|we\s+(?:also\s+)?"
                rf"(?:do|have|need))\s+(?:also\s+)?(?:a\s+|an\s+|one\s+more\s+|another\s+)?{_X_EN}{_STEP_EN}{_EN_END_BY}",
                _I,
            ),
        ),
        (
            "",
            re.compile(
                rf"(?:^|(?<=[,.;!?:]\s)|(?<=[,.;!?:])|\b(?:and|also|plus|add|insert)\s+){_X_EN}{_STEP_EN}\s+"
                rf"(?:(?:comes?|goes|happens|is)\s+)?(?P<rel>before|after)\s+(?:the\s+)?{sx}{_STEP_EN}{_EN_END}",
                _I,
            ),
        ),
        (
            "zh",
            re.compile(
                rf"(?:在)?{sx}{_STEP_ZH}(?P<rel>之前|以前|前面|前|之后|以后|后面|后)(?:还|再|也)?(?:要|得|需要)?"
                rf"(?:有|加|插|增加|添加|加上|插入)(?:一?个|一道|一步|一项)?{_X_ZH}{_STEP_ZH}{_ZH_END}"
            ),
        ),
        (
            "zh",
            re.compile(
                rf"(?:还有|还要加|再加|加上|加|增加|添加|插入|补充|漏了|忘了|忘记说了?)(?:一?个|一道|一步|一项)?{_X_ZH}"
                rf"{_STEP_ZH}[，,]?\s*(?:在|放在|是在)?{sx}{_STEP_ZH}(?P<rel>之前|以前|前面|前|之后|以后|后面|后)"
            ),
        ),
    )


@lru_cache(maxsize=1024)
def _between_rules(s: str, nxt: str) -> tuple[_Rule, ...]:
    """ "X between S and the next stage", "在S和S2之间还有个X": built once per pair of neighbours."""
    sx, nx = _name_rx(s), _name_rx(nxt)
    return (
        (
            "between",
            re.compile(
                rf"(?:^|(?<=[,.;!?:]\s)|(?<=[,.;!?:])|\b(?:and|also|plus|add|insert)\s+){_X_EN}{_STEP_EN}\s+"
                rf"(?:(?:comes?|goes|happens|is)\s+)?between\s+(?:the\s+)?{sx}\s+and\s+(?:the\s+)?{nx}{_EN_END}",
                _I,
            ),
        ),
        (
            "between",
            re.compile(
                rf"(?:在)?{sx}(?:和|与|跟|到){nx}(?:之间|中间)(?:还|再)?(?:要|得)?(?:有|加|插|增加|加上)"
                rf"(?:一?个|一道|一步|一项)?{_X_ZH}{_STEP_ZH}{_ZH_END}"
            ),
        ),
    )


@lru_cache(maxsize=1024)
def _remove_rules(s: str) -> tuple[re.Pattern[str], ...]:
    """ "no S", "S is not needed", 去掉S, S不要了: built once per stage name."""
    sx = _name_rx(s)
    return (
        re.compile(
            rf"\b(?:no|drop|remove|skip|without|scratch|delete|forget(?:\s+about)?|take\s+out|leave\s+out|cut)\s+"
            rf"(?:the\s+)?{sx}{_STEP_EN}{_EN_END}",
            _I,
        ),
        re.compile(
            rf"\b(?:the\s+)?{sx}{_STEP_EN}\s+(?:is\s+not|isn'?t|is\s+no\s+longer)\s+(?:needed|necessary|required)"
            rf"{_EN_END}",
            _I,
        ),
        re.compile(rf"(?:去掉|删掉|删除|不要|取消|不用|不需要|拿掉|省掉|省去)(?:了)?{sx}{_STEP_ZH}{_ZH_END}"),
        re.compile(rf"{sx}{_STEP_ZH}(?:就|也)?(?:不要了|去掉|取消|删掉|不用了|不需要了|省了|不做了)"),
    )


@lru_cache(maxsize=4096)
def _move_rules(other: str, s: str) -> tuple[re.Pattern[str], ...]:
    """ "X comes before S", "move X after S", X应该在S前面: built once per pair of stage names."""
    xx, sx = _name_rx(other), _name_rx(s)
    return (
        re.compile(
            rf"(?:^|(?<=[,.;!?:—–]\s)|(?<=[,.;!?:])|\b(?:actually|wait|oh|so|and|no|sorry|oops)\s+)(?:the\s+)?"
            rf"{xx}{_STEP_EN}\s+(?:actually\s+|really\s+)?(?:comes?|goes|happens|is\s+done|"
            rf"(?:should|must|has\s+to|needs\s+to|will)\s+(?:come|go|be|happen))\s+(?:right\s+|just\s+)?"
            rf"(?P<rel>before|after|ahead\s+of)\s+(?:the\s+)?{sx}{_STEP_EN}{_EN_END}",
            _I,
        ),
        re.compile(
            rf"\b(?:move|put|swap\s+in|place)\s+(?:the\s+)?{xx}{_STEP_EN}\s+(?:right\s+|just\s+)?"
            rf"(?P<rel>before|after|ahead\s+of)\s+(?:the\s+)?{sx}{_STEP_EN}{_EN_END}",
            _I,
        ),
        re.compile(
            rf"(?:^|(?<=[，,。；;：:\s])|把){xx}{_STEP_ZH}(?:应该|应当|应|要|得|需要|必须|其实|是)?(?:放|排|安排|挪|移|调)?(?:到|在)"
            rf"{sx}{_STEP_ZH}(?P<rel>之前|以前|前面|前头|前|之后|以后|后面|后头|后){_ZH_END}"
        ),
    )


@lru_cache(maxsize=2048)
def _end_rules(other: str, end: str) -> tuple[re.Pattern[str], ...]:
    """ "no wait, sorting comes first", "质检放在最后": stage ``other`` moved to one ``end`` ("first" / "last") of
    the list; they name no anchor, so only ``other`` has to be named after the list."""
    xx = _name_rx(other)
    zh = "最前面|最前|第一个|第一步|最先|开头" if end == "first" else "最后面|最后一步|最后|末尾"
    return (
        re.compile(
            rf"(?:^|(?<=[,.;!?:—–]\s)|(?<=[,.;!?:])|\b(?:actually|wait|oh|so|and|no|sorry|oops)\s+)(?:the\s+)?"
            rf"{xx}{_STEP_EN}\s+(?:actually\s+|really\s+)?(?:comes?|goes|happens|is\s+done|"
            rf"(?:should|must|has\s+to|needs\s+to|will)\s+(?:come|go|be|happen))\s+(?P<rel>{end})"
            rf"{_EN_END}",
            _I,
        ),
        re.compile(
            rf"(?:^|(?<=[，,。；;：:\s])|把){xx}{_STEP_ZH}(?:应该|应当|应|要|得|需要|必须|其实|是)?"
            rf"(?:放|排|安排|挪|移|调)?(?:到|在)?(?P<rel>{zh}){_ZH_END}"
        ),
    )


@lru_cache(maxsize=1024)
def _replace_rules(s: str) -> tuple[re.Pattern[str], ...]:
    """ "X instead of S", "replace S with X", 把S改成X: built once per stage name."""
    sx = _name_rx(s)
    return (
        re.compile(rf"(?:^|(?<=[,.;!?:]\s)|\b(?:use|do|with)\s+){_X_EN}\s+instead\s+of\s+(?:the\s+)?{sx}", _I),
        re.compile(rf"\breplace\s+(?:the\s+)?{sx}\s+with\s+{_X_EN}{_EN_END}", _I),
        re.compile(rf"(?:把)?{sx}{_STEP_ZH}(?:改成|换成|改为)(?:了)?{_X_ZH}{_ZH_END}"),
    )


def _named_after(text: str, name: str, after: int) -> bool:
    """Whether ``name`` occurs (any case) at or after ``after``: every rule that names a stage matches that name
    inside its match, which starts at ``after`` or later, so a stage not named there needs none of its rules run
    (an exact gate: it cannot change what is read)."""
    return re.compile(re.escape(name), _I).search(text, after) is not None


def _insert_edits(text: str, names: list[str], after: int, s: str, rules: tuple[_Rule, ...]) -> list[Edit]:
    """The inserts the ``rules`` anchored on stage ``s`` read after ``after``."""
    edits: list[Edit] = []
    for how, rx in rules:
        for m in rx.finditer(text, after):
            x = _clean_x(text, m, names)
            if x is None:
                continue
            rel = {"between": "after", "last": "after", "first": "before"}.get(how) or m.group("rel").lower()
            rel = "before" if rel in ("before", "之前", "以前", "前面", "前") else "after"
            edits.append(Edit("insert", x[0], x[1], s, rel, m.span()))
    return edits


def _move_edits(text: str, names: list[str], after: int, k: int, named: list[bool]) -> list[Edit]:
    """The moves anchored on stage ``k``: "actually packing comes before grading", "检测应该在加工前面", and for the
    first or last stage "X comes first", 质检放在最后 (those need only the moved stage named after the list)."""
    s, last = names[k], len(names) - 1
    end = "first" if k == 0 else "last" if k == last else None
    edits: list[Edit] = []
    for j, other in enumerate(names):
        if j == k or not named[j]:
            continue
        rules = (_move_rules(other, s) if named[k] else ()) + (_end_rules(other, end) if end else ())
        for rx in rules:
            for m in rx.finditer(text, after):
                rel = m.group("rel").lower()
                rel = (
                    "after"
                    if rel in ("after", "之后", "以后", "后面", "后头", "后", "last") or "最后" in rel
                    else "before"
                )
                edits.append(Edit("move", other, None, s, rel, m.span()))
    return edits


def _stage_edits(text: str, names: list[str], after: int, k: int, named: list[bool]) -> list[Edit]:
    """Every correction anchored on stage ``k`` (inserts, removes, moves, replaces, in that order); a rule that
    names a stage not ``named`` after the list is skipped, as it cannot match."""
    s, last = names[k], len(names) - 1
    rules: tuple[_Rule, ...] = _insert_rules(s) if named[k] else ()
    rules += (_LAST_RULES if k == last else ()) + (_FIRST_RULES if k == 0 else ())
    if k < last and named[k] and named[k + 1]:
        rules += _between_rules(s, names[k + 1])
    edits = _insert_edits(text, names, after, s, rules)
    if named[k]:
        for rx in _remove_rules(s):
            edits += [Edit("remove", s, None, None, "", m.span()) for m in rx.finditer(text, after)]
    edits += _move_edits(text, names, after, k, named)
    for rx in _replace_rules(s) if named[k] else ():
        for m in rx.finditer(text, after):
            x = _clean_x(text, m, names)
            if x is not None:
                edits.append(Edit("replace", x[0], x[1], s, "", m.span()))
    return edits


def find_edits(text: str, names: list[str], after: int) -> list[Edit]:
    """Every correction after ``after`` that the rules of the module docstring read exactly, in text order."""
    named = [_named_after(text, s, after) for s in names]
    edits: list[Edit] = []
    for k in range(len(names)):
        edits += _stage_edits(text, names, after, k, named)
    edits.sort(key=lambda e: e.span)
    kept: list[Edit] = []
    for e in edits:  # two rules over the same words: the first reading is kept only if they agree
        clash = [k for k in kept if k.span[0] < e.span[1] and e.span[0] < k.span[1]]
        if clash and any((k.op, k.name, k.anchor, k.rel) != (e.op, e.name, e.anchor, e.rel) for k in clash):
            return []  # two readings of one phrase: none is applied (the caller asks)
        if not clash:
            kept.append(e)
    return kept


def unread_cue(text: str, names: list[str], after: int, read: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A correction cue after ``after``, outside the ``read`` spans, in a clause that names a stage or says
    before/after/step: the words of that clause (asked), else None."""
    for m in _CUE.finditer(text, after):
        a = max(_clause_start(text, m.start()), after)
        end = re.search(r"[.。;；!！?？\n]|$", text[m.end() :])
        b = m.end() + (end.start() if end else 0)
        if any(x < b and a < y for x, y in read):
            continue  # the clause of a correction that was read
        clause = text[a:b]
        if _STRONG.search(clause) or _ABOUT.search(clause) or any(re.search(_name_rx(n), clause, _I) for n in names):
            return a, b
    return None


def apply_edits(
    names: list[str], roles: list[str | None], edits: list[Edit]
) -> tuple[list[str], list[str | None], list[int]] | None:
    """The list after the corrections, the roles moved with their stages, and for each stage the index of its
    old place (-1 for a new one); None when an edit cannot be applied (its stage is gone, a name would repeat)."""
    cur = list(zip(names, roles, range(len(names)), strict=True))
    for e in edits:
        if e.op == "move":  # an order said again: the stage is moved next to its anchor (no-op when already so)
            at = next((i for i, (n, _, _) in enumerate(cur) if n == e.name), None)
            to = next((i for i, (n, _, _) in enumerate(cur) if n == e.anchor), None)
            if at is None or to is None:
                return None
            if (at < to) == (e.rel == "before"):
                continue
            item = cur.pop(at)
            to = next(i for i, (n, _, _) in enumerate(cur) if n == e.anchor)
            cur.insert(to if e.rel == "before" else to + 1, item)
            continue
        at = next((i for i, (n, _, _) in enumerate(cur) if n == e.anchor or n == e.name), None)
        if e.op == "remove":
            if at is None or cur[at][0] != e.name:
                return None
            del cur[at]
            continue
        if any(n.lower() == e.name.lower() for n, _, _ in cur):
            return None
        at = next((i for i, (n, _, _) in enumerate(cur) if n == e.anchor), None)
        if at is None:
            return None
        if e.op == "replace":
            cur[at] = (e.name, None, -1)
        else:
            cur.insert(at if e.rel == "before" else at + 1, (e.name, None, -1))
    if len(cur) < 2:
        return None
    return [n for n, _, _ in cur], [r for _, r, _ in cur], [k for _, _, k in cur]
