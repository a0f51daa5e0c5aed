"""The second reading of traceability values: a gate every filled value passes after extraction, or is asked.

The extractor's rules find a value; this gate re-reads it independently of how it was found, so a rule that
takes too much or too little cannot fill a value silently. A value is kept only when all of these hold, else it is
moved to a question that shows the candidate words ("Is the item 'X'?"):

1. **verbatim**: the value is written in the text as is (an item, a stage or an actor the rules built from pieces
   is never filled);
2. **shape**: its length fits the field (item: at most 5 English words or 12 Chinese characters; stage: 5 words or
   10 characters; actor: 6 words or 16 characters), it holds no quote, bracket or sentence punctuation, and no
   clause word inside it (``_EN_INNER`` / ``_ZH_INNER``: "by", "is done", 由, 记录, 负责, a pronoun, a request verb;
   in a stage also a preposition before a proper name, "born at Ridge Ranch"; an item that ends in a firm's word,
   茶厂 / 公司 / 合作社, is who makes it);
3. **edges**: its first and last word is no function word (``_EN_EDGE``: articles, prepositions, determiners,
   quantifiers, "and", spoken fillers such as "basically"; Chinese 的 / 和 / 由 / 把 / 给 at either end);
4. **the list accounts for every word** (stages only): between two consecutive stages the text holds nothing but
   separators, connectors ("and", "then", "to", 和, 到, 然后), order words, numbering and the actor written for the
   stage before ("shearing by the farmer / scouring"); anything else there means the list was segmented without
   certainty, and the whole list (with its actors) is asked; so is a list followed by an order word ("…，然后仓储",
   "then") after its last stage, which may go on past where it was cut.

5. **a stage named again** outside the list, in a clause that says who does something ("grading is our QA team's
   job", "the artist also does framing") and that no reading of actors used: the actors are asked (round 7);
6. **round 7 shape rules**: a Chinese stage that opens with someone ("质检中心检测", "经销商上架") or with an order
   word ("再到分拣", "最后快递发货"); an order word right before the first stage ("鸡场养殖然后收蛋，…"); an item that
   opens with a describing compound ("small-batch hot sauce": writers disagree whether it belongs to the item) or
   ends with one of the stages ("手机回收"); an actor that is the writer's own side ("in-house").

The cost is measured in ``docs/contract-kinds.md`` (round 6b, round 7): rows whose value passed every rule before
and that the gate now asks about are counted there."""

from __future__ import annotations

import re
from typing import Any

from ledgerlm.language.corrections import mask
from ledgerlm.language.evidence import Unsure
from ledgerlm.language.extract import Scan
from ledgerlm.language.reasons import CJK_RANGE, fill_reason, has_cjk

__all__ = ["gate", "gate_roles"]

_I = re.IGNORECASE
_CJK = CJK_RANGE
#: sentence punctuation, quotes and brackets: never inside a stage, item or actor name
_PUNCT = re.compile(r"[\"“”‘’《》「」()（）\[\]【】{}<>;；。！？!?，,、:：|｜→]")
#: clause words that never sit inside a value: who did it, who wants it, the request itself
_EN_INNER = re.compile(
    r"\b(?:by|is|are|was|were|done|handled|recorded|logged|tracked|want|wants|need|needs|please|pls|plz|"
    r"i|we|you|they|them|me|us|my|our|your|their|should|could|would|can|will|let|gets?|does|handles|takes|"
    r"this\s+one)\b",
    _I,
)
#: verbs that name a step as well as say who records one ("logged in", "recorded", "tracked") pass inside a stage
_EN_STAGE_VERB = re.compile(r"recorded|logged|tracked|gets?|done", _I)
#: a firm (茶厂, 公司, 合作社) is who makes or records the thing, never the item itself ("做大红袍的茶厂")
_ZH_FIRM = re.compile(r"(?:公司|企业|工厂|厂家|厂|商家|店铺?|农场|合作社|工作室|养殖场|门店|集团|作坊|工坊|酒庄|牧场)$")
_ZH_INNER = re.compile(r"由|负责|记录|我们|我|你|他们|她们|想|希望|请|帮|溯源|追溯|合约|上链|环节")
#: function words at the edge of a value mean its boundary was cut in the wrong place
_EN_EDGE = re.compile(
    r"(?:the|a|an|of|for|to|and|or|from|with|by|in|on|at|each|every|all|some|any|this|that|these|those|then|via)",
    _I,
)
_ZH_EDGE_HEAD = re.compile(r"^(?:的|和|由|把|给|对|让|跟|及|与|将|每|这|那)")
_ZH_EDGE_TAIL = re.compile(r"(?:的|和|由|把|给|及|与|等|了|吧|呢|啊)$")
#: a stage is a whole list item, so only particles that never begin or end a process step count ("和面" is a stage)
_ZH_STAGE_HEAD = re.compile(r"^(?:的|由|把|给|将)")
_ZH_STAGE_TAIL = re.compile(r"(?:的|等|了|吧|呢|啊)$")
#: the particle of a phrasal verb may end a stage ("logged in", "checked out", "topping up")
_EN_PARTICLE = re.compile(r"in|on|out|up|off|over|down|back", _I)
#: spoken fillers ("basically salting", "packing lol") never begin or end a name
_EN_FILLER = re.compile(
    r"(?:basically|just|like|so|um|uh|actually|probably|maybe|really|also|even|usually|lol|pls|please|etc)", _I
)
#: a describing compound before the noun ("small-batch", "single-origin", "conflict-free", "hand-picked"): writers
#: disagree whether it belongs to the item, so an item that opens with one is asked (never "e-bike battery")
_DESCRIBING = re.compile(
    r"(?:small|single|hand|home|farm|free|fair|cold|wild|grass|lab|locally|ethically|sustainably|slow|stone|"
    r"sun|barrel|wood|kettle|cage|conflict|gluten|sugar|fat)-[a-z]+|"
    r"[a-z]+-(?:batch|origin|free|range|made|grown|pressed|picked|roasted|raised|fed|sourced|crafted|harvested|"
    r"brewed|aged|dried|baked|farmed|caught|certified|trade|fired|smoked|cured)",
    _I,
)
#: a Chinese stage that opens with someone ("质检中心检测", "经销商上架"): the actor rode along into the stage
_ZH_STAGE_ACTOR = re.compile(
    rf"^[{_CJK}]{{0,5}}?(?:农户|农民|[茶果蜂菜棉桑药渔牧花]农|中心|公司|集团|局|经销商|供应商|批发商|零售商|合作社|企业|单位|机构)"
    rf"[{_CJK}]{{2,}}$"
)
#: an order or linking word opening a Chinese stage ("再到分拣", "最后快递发货"): the list was cut in the wrong place
_ZH_STAGE_ORDER = re.compile(rf"^(?:再到|然后|最后|接着|之后|首先|随后)[{_CJK}]{{2,}}$")
#: an order word between two words of a Chinese stage ("养殖再屠宰", "采摘然后晾晒"): two stages read as one
_ZH_ORDER_INSIDE = re.compile(rf"[{_CJK}]{{2}}(?:再|然后|接着|之后|随后)[{_CJK}]{{2}}")
#: an order word right before the first stage ("鸡场养殖然后收蛋，…"): the list may begin earlier than where it was read
_MORE_BEFORE = re.compile(r"(?:然后|接着|之后|\b(?:then|and\s+then|after\s+that|next))\s*$", _I)
#: an actor that is the writer's own side ("roast (in-house)", "自己"): nobody to grant a role to
_SELF = re.compile(r"in-?house|ourselves|myself|self|us|me|i|we|我|我们|自己|我们自己|本厂|本公司|咱们", _I)
#: a preposition before a proper name inside a stage means an actor or a place rode along ("born at Ridge Ranch";
#: "aged in barrels", "received at lab" are stages)
_EN_STAGE_INNER = re.compile(r"(?<![\w-])(?:at|from|with|in|by)\s+(?:the\s+)?[A-Z]")
#: an order word after the last stage means the list goes on past where it was cut ("采茶、晒青，压饼…，然后仓储")
_MORE_AFTER = re.compile(r"然后|接着|最后|之后再|\b(?:then|finally|lastly|after\s+that|afterwards)\b", _I)
#: what may stand between two stages of one list (rule 4): separators, numbering, connectors, order words, and
#: the words that introduce an actor (the actor's own name is masked before this is matched)
_GAP_WORDS = re.compile(
    r"(?:and\s+then|and\s+finally|after\s+that|and|then|to|thru|through|next|finally|lastly|first(?:ly)?|"
    r"second(?:ly)?|third(?:ly)?|afterwards?|after|at\s+last|in\s+the\s+end|lastly|u+m+|u+h+|e+r+m+|h+m+|嗯+|呃+|"
    r"(?:step|stage|phase)\s*\d{0,2}|by|at|is|are|done|handled|recorded|logged|the|our|"
    r"(?:does|handles|checks|records|certifies|logs|takes\s+care\s+of|signs\s+off(?:\s+on)?)\s+"
    r"(?:this(?:\s+one|\s+step|\s+stage|\s+part)?|that(?:\s+one|\s+step|\s+part)?|it|them)|"
    r"和|及|与|到|然后|再|最后|接着|之后|其次|首先|先|由|记录|负责|来|做|(?:步骤|环节|阶段)\s*[一二三四五六七八九十\d]{1,3}|第[一二三四五六七八九十\d]{1,3}(?:步|个?环节|阶段|道工序))",
    _I,
)
_GAP_CHARS = re.compile(r"[\s,，、/\\→>\-–—=;；|｜+&·•*:：()（）\[\]【】'\"‘’“”.。\d⇒➡➔➜▶]+")

_ASK = {
    "item": (
        "Is the item '{w}'? I could not read its edges for certain ({why}); give it with --set item=….",
        "追溯的物品是“{w}”吗？无法确定它的边界（{why}）；请用 --set item=… 给出。",
    ),
    "stages": (
        "Are the stages '{w}'? The list holds words I cannot account for ({why}); give them with --set stages=a,b,c.",
        "环节是“{w}”吗？列表里有无法解释的词（{why}）；请用 --set stages=甲,乙,丙 给出。",
    ),
    "stage_roles": (
        "Who records which stage? I read '{w}' but am not sure of it ({why}); give stage_roles with --set.",
        "各环节由谁记录？读到“{w}”但不能确定（{why}）；请用 --set stage_roles=… 给出。",
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
    "a place or an actor inside the stage": "环节名里带着地点或执行者",
    "an order word after the last stage: the list may go on": "最后一个环节之后还有表示顺序的词，列表可能没有读完",
    "stages out of order": "环节的位置顺序不对",
    "a route compound": "是一个路线复合词",
    "a filler word at its edge": "边上是口头语",
    "a describing word at its edge": "边上是一个修饰词",
    "it ends with one of the stages": "它以某个环节结尾",
    "a subject before the first stage": "第一个环节前带着主语",
    "an order word inside the stage": "环节名里带着表示顺序的词",
    "an order word before the first stage: the list may begin earlier": (
        "第一个环节之前还有表示顺序的词，列表可能从更前面开始"
    ),
    "a pronoun": "是代词",
    "a firm, not what it makes": "是一家企业，不是它生产的东西",
}


def weak(value: str, field: str, text: str) -> str | None:
    """Why ``value`` (of ``field``: item, stage or actor) is not certain, or None when it passes rules 1-3."""
    limits = {"item": (5, 12), "stage": (5, 10), "actor": (6, 16)}[field]
    v = value.strip()
    if not v:
        return "empty"
    if v.lower() not in text.lower():
        return "not written as such in the text"
    if _PUNCT.search(v if field != "actor" else v.replace(",", "")):
        return "punctuation inside"
    if has_cjk(v):
        if len(re.sub(r"\s", "", v)) > limits[1] + (len(re.findall(r"[A-Za-z]+", v)) * 2):
            return "too long for one name"
        if field == "item" and _ZH_FIRM.search(v):
            return "a firm, not what it makes"
        if field != "actor" and _ZH_INNER.search(v):
            return "a clause word inside"
        if field == "stage" and _ZH_STAGE_ACTOR.match(v):
            return "a place or an actor inside the stage"
        if field == "stage" and (_ZH_STAGE_ORDER.match(v) or _ZH_ORDER_INSIDE.search(v)):
            return "an order word inside the stage"
        if field == "actor" and re.search(r"由|负责|记录|想|希望|请|帮|合约", v):
            return "a clause word inside"
        head, tail = (_ZH_STAGE_HEAD, _ZH_STAGE_TAIL) if field == "stage" else (_ZH_EDGE_HEAD, _ZH_EDGE_TAIL)
        if head.search(v) or tail.search(v):
            return "a function word at its edge"
    words = re.findall(r"[A-Za-z][\w'’&.-]*", v)
    if words:
        if not has_cjk(v) and len(v.split()) > limits[0]:
            return "too long for one name"
        inner = _EN_INNER.search(v)
        if inner and not (field == "stage" and _EN_STAGE_VERB.fullmatch(inner.group(0))):
            return "a clause word inside"
        if re.search(r"\w-to-\w", v, _I):
            return "a route compound"
        if field == "item" and len(words) > 1 and _DESCRIBING.fullmatch(words[0]):
            # "small-batch hot sauce", "single-origin coffee": the item may be the noun without its describing word
            return "a describing word at its edge"
        phrasal = field == "stage" and len(words) > 1 and _EN_PARTICLE.fullmatch(words[-1])  # "logged in"
        letter = len(words) > 1 and words[-1] == "A" and words[-2][:1].isupper()  # "Foundry A", "Plant A": a name
        if _EN_EDGE.fullmatch(words[0]) or (_EN_EDGE.fullmatch(words[-1]) and not phrasal and not letter):
            return "a function word at its edge"
        if _EN_FILLER.fullmatch(words[0]) or _EN_FILLER.fullmatch(words[-1]):
            return "a filler word at its edge"
        if field == "stage" and _EN_STAGE_INNER.search(v):
            return "a place or an actor inside the stage"
    return None


#: a marker that numbers an item in brackets ("（二）", "(b)", "(iii)", "②"): numbering, like "2." (round 9)
_ENUM_GAP = re.compile(
    r"[(（]\s*(?:[一二三四五六七八九十]{1,2}|\d{1,2}|[a-hA-H]|i{1,3}|iv|vi{0,3}|ix|x)\s*[)）]|[\u2460-\u2473]"
)


def _gap_ok(gap: str) -> bool:
    rest = _GAP_CHARS.sub(" ", _ENUM_GAP.sub(" ", gap))
    rest = _GAP_WORDS.sub(" ", rest)
    return not rest.strip()


def _ask(s: Scan, field: str, start: int, end: int, why: str) -> None:
    en, zh = _ASK[field]
    words = s.text[start:end]
    s.unsure.append(Unsure(field, start, end, words, *fill_reason(en, zh, why, _WHY_ZH)))


def _gate_stages(s: Scan, params: dict[str, Any], skip: list[tuple[int, int]]) -> None:
    stages: list[str] = params["stages"]
    ev = s.evidence.get("stages")
    spans = [(sp.start, sp.end) for sp in ev.spans] if ev else []
    why = next((w for w in (weak(x, "stage", s.text) for x in stages) if w), None)
    if why is None and len(spans) == len(stages) and all(a < b for a, b in spans):
        roles_ev = s.evidence.get("stage_roles")
        role_spans = [(sp.start, sp.end) for sp in roles_ev.spans] if roles_ev else []
        names = [r for r in params.get("stage_roles") or [] if r]
        # the actors' names and what the scan set aside or read as a duration ("aging (6 months)") are masked
        aside = [(x.start, x.end) for x in s.ignored] + [(d.start, d.end) for d in s.durations]
        text = mask(s.text, role_spans + aside)
        for i in range(len(spans) - 1):
            a, b = spans[i][1], spans[i + 1][0]
            if b < a:
                why = "stages out of order"
                break
            gap = text[a:b]
            for name in names:
                gap = gap.replace(name, " ")
            # a table's other cells ("| Shearing | farmer | spring only |") stand between its rows by design: the
            # stage column is named in the header, so only the stage cells themselves are re-read (round 10)
            if ev is not None and ev.rule == "a table" and "\n" in gap:
                continue
            if ev is not None and ev.rule == "stages each said with who records it":
                continue  # "…, the mill records pressing": the clause reader bounded each gap (lists.py)
            if not _gap_ok(gap):
                why = f"'{s.text[a:b].strip()}' between two stages"
                break
    if why is None and spans and _MORE_AFTER.search(mask(s.text, skip), spans[-1][1]):
        why = "an order word after the last stage: the list may go on"
    if (
        why is None
        and len(stages) >= 3
        and re.fullmatch(r"[a-z]+\s+[a-z]+ed", stages[0])
        and all(re.fullmatch(r"[a-z]+ed", st) for st in stages[1:3])
    ):  # "evidence collected, photographed, bagged": a subject rode along into the first stage
        why = "a subject before the first stage"
    if why is None and spans and _MORE_BEFORE.search(s.text, 0, spans[0][0]):
        why = "an order word before the first stage: the list may begin earlier"
    if why is None:
        return
    a, b = (spans[0][0], spans[-1][1]) if spans else s.span_of("stages", stages[0])
    _ask(s, "stages", a, b, why)
    params.pop("stages", None)
    s.evidence.pop("stages", None)
    params.pop("stage_roles", None)
    s.evidence.pop("stage_roles", None)


def _gate_roles(s: Scan, params: dict[str, Any]) -> None:
    roles: list[str | None] = params["stage_roles"]
    for role in roles:
        why = weak(role, "actor", s.text) if role and role != "me" else None  # "me": read from 我 (actors.py)
        if why is None and role and role != "me" and _SELF.fullmatch(role.strip()):
            why = "a pronoun"  # "in-house", 我们: the writer's side, not one account ("me" is read from 我 only)
        if why:
            a, b = s.span_of("stage_roles", role or "")
            _ask(s, "stage_roles", a, b, why)
            params.pop("stage_roles", None)
            s.evidence.pop("stage_roles", None)
            return


#: what may stand in a clause that names a stage again without saying who records it ("Harvest happens in June" is
#: asked; "and packing." is not): articles, connectors and order words only
_BARE_MENTION = re.compile(
    r"(?:\s|[,，、]|\b(?:and|then|the|also|finally|lastly|first|next)\b|和|及|然后|最后|再|也)*", _I
)


#: words that say who does something, in a clause that names a stage again
_WHO_CUE = re.compile(
    r"\b(?:is|are|was|does|do|did|handles?|handled|records|recorded|takes|job|responsib\w*|by|signs?|owns?|charge|"
    r"done|performed|checks|will|our|their)\b|['’]s\b|由|负责|记录|交给|交由|找|来做|那边",
    _I,
)


def _gate_mentions(s: Scan, params: dict[str, Any], skip: list[tuple[int, int]]) -> None:
    """Rule 5: a stage named again outside the list, in a clause no reading of actors used ("grading is our QA
    team's job", "the artist also does framing"), may say who records it: the actors are asked, never left out."""
    stages: list[str] = params.get("stages") or []
    ev, roles_ev = s.evidence.get("stages"), s.evidence.get("stage_roles")
    if not stages or not ev or not ev.spans:
        return
    lo, hi = ev.spans[0].start, ev.spans[-1].end
    used = [(sp.start, sp.end) for sp in roles_ev.spans] if roles_ev else []
    text = s.text
    for m in re.finditer(r"[^.;!?。；！？\n,，—–()（）:：]+", text):
        a, b = m.span()
        if a < hi and lo < b:
            continue  # the list itself
        if any(x < b and a < y for x, y in used + skip):
            continue  # a clause the actors were read from, or a correction of the list (amend.py)
        clause = m.group(0)
        for st in stages:
            rx = re.escape(st) if has_cjk(st) else rf"(?<![\w-]){re.escape(st)}(?![\w-])"
            hit = re.search(rx, clause, _I)
            if hit is None:
                continue
            rest = clause[: hit.start()] + clause[hit.end() :]
            if _BARE_MENTION.fullmatch(rest) or not _WHO_CUE.search(rest):
                continue  # a title or a remark that says nothing about who ("Handbag authentication log")
            _ask(s, "stage_roles", a, b, f"'{clause.strip()}' names the stage '{st}' again")
            params.pop("stage_roles", None)
            s.evidence.pop("stage_roles", None)
            return


def gate_roles(s: Scan, params: dict[str, Any]) -> None:
    """Rules 1-3 and the writer's side (rule 6) for the actors alone (after a correction re-read them)."""
    _gate_roles(s, params)


def gate(s: Scan, params: dict[str, Any], skip: list[tuple[int, int]] | None = None) -> None:
    """Re-read each filled value (rules 1-5 above): a value that fails is removed and asked with its words.
    ``skip``: the words of corrections said after the list (amend.py), read there and not here."""
    item = params.get("item")
    if isinstance(item, str):
        why = weak(item, "item", s.text)
        if why is None and any(
            has_cjk(st) and item.endswith(st) and len(item) > len(st) for st in params.get("stages") or []
        ):
            why = "it ends with one of the stages"  # "手机回收" with the stage 回收: the item is what is recycled
        if why:
            a, b = s.span_of("item", item)
            _ask(s, "item", a, b, why)
            params.pop("item", None)
            s.evidence.pop("item", None)
    if params.get("stages"):
        _gate_stages(s, params, skip or [])
    if params.get("stage_roles"):
        _gate_roles(s, params)
    if params.get("stages"):
        _gate_mentions(s, params, skip or [])
