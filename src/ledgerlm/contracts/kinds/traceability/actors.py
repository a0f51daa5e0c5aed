"""Who records which stage: sentences that tie an actor to one or several of the stages already read.

Rules (both languages), each matched only against the stage names the list gave, so a stage is never invented:

* English: ``<actor> records|logs|does|handles|signs off|confirms|enters|registers|writes|is responsible for
  <stage>[, <stage>][ and <stage>]`` ("Vineyard records picking, Cellar does fermentation and bottling"); an
  actor is an address, one to three capitalised words, or a noun after "the" ("the farm", "QC team"); an address
  right after the noun ("the factory 0x6fC4…") is the actor; ", the roaster roasting" repeats the verb silently;
* Chinese: ``<stage>[那步|环节](只能|必须|…)由<actor>(记录|写|负责|…)`` ("检测那步只能由第三方检测机构写") and
  ``<actor>负责<stage>`` / ``<actor>记录<stage>`` at the start of a clause;
* a phrase after the verb that is no stage, or a stage given two different actors, makes the whole reading unsure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["ActorReading", "read_actors"]

_I = re.IGNORECASE
_ADDR = r"0[xX][0-9a-fA-F]{40}"
_VERB_EN = (
    r"(?:records?|logs?|does|handles?|signs?\s+off(?:\s+on)?|confirms?|enters?|registers?|writes?|"
    r"is\s+responsible\s+for|takes\s+care\s+of|is\s+in\s+charge\s+of|owns)"
)
_ORG_NOUN = r"(?:team|dept|department|lab|office|center|centre|crew|partner|company|station|house|plant|mill)"
_ACTOR_EN = re.compile(
    r"(?:^|(?<=[.;,:—\-])|(?<=\band)|(?<=\bwhile))\s*(?:(?P<the>[Tt]he)\s+)?"
    rf"(?P<actor>{_ADDR}|[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){{0,2}}(?:\s+{_ORG_NOUN})?|"
    rf"[a-z][\w\-]*(?:\s+{_ORG_NOUN})?)"
    rf"(?:\s+(?P<addr>{_ADDR}))?\s+(?P<verb>(?i:{_VERB_EN}))\s+(?:the\s+)?(?P<what>[^.;:\n]+)"
)
#: who a stage is done "by": an address or up to four words (capitalised or not, "&" inside a firm's name); the
#: right edge must be a clause boundary, so "storage by the hospital blood bank." is certain on both sides
_BY_ACTOR = rf"{_ADDR}|[A-Za-z][\w&.'’\-]*(?:\s+(?:&\s+)?[A-Za-z0-9][\w&.'’\-]*){{0,3}}"
#: the stages not yet given an actor, named by reference ("every other step by a technician", "其余环节由合作社记录")
_REST_EN = re.compile(
    r"\b(?:(?:every|each|all)\s+other\s+(?:steps?|stages?)|all\s+(?:the\s+)?other\s+(?:steps?|stages?)|"
    r"the\s+rest(?:\s+of\s+(?:the\s+)?(?:steps|stages))?|all\s+(?:the\s+)?others|everything\s+else)\s+"
    r"(?:(?:is|are|will\s+be)\s+)?(?:(?:done|handled|recorded|logged|signed\s+off)\s+)?by\s+(?:(?:the|a|an|our|my|their)\s+)?"
    rf"(?P<actor>{_BY_ACTOR})(?=\s*(?:[.;,!?]|$))",
    _I,
)
_REST_ZH = re.compile(
    r"(?:其余|其他|其它|剩下|剩余)的?(?:各个|几个|[两三四五六七八九十仨俩\d]个?)?(?:环节|步骤|阶段)?(?:都|全部|统一)?\s*"
    r"(?:由\s*(?P<actor>[^\s，,。；;、由]{1,16}?)|(?P<me>我自己|我本人|本人|我))\s*(?:来)?\s*"
    r"(?:记录|负责|登记|录入|填写|确认|上传|写入|写|操作|完成|记)"
)
#: a name set after a role, closing the clause ("by our affineur, Mme Giraud."): the name is who records
_APPOSITIVE = re.compile(
    r"\s*,\s*(?P<n>(?:(?:Mme|Mlle|Mr|Mrs|Ms|Dr|Prof|M)\.?\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})"
    r"(?=\s*(?:[.;!?]|$))"
)
_NOT_ACTOR = frozenset({"i", "we", "you", "it", "this", "that", "who", "which", "each", "every", "one", "nobody"})
_ZH_VERB = r"(?:记录|写入|写|负责|登记|上传|填写|录入|确认|签收|完成|上链|操作|做|记)"
#: the writer named as who records ("我自己记", "本人负责"): the user's own account, "me" (issue 8: 我 is the user)
_ZH_ME = re.compile(r"我|我自己|自己|本人|我本人")


#: "<a step>那步由<actor>负责" at a clause start: read against the stage names (an unknown step is asked)
_ZH_OTHER_STAGE_BY = re.compile(
    r"(?:^|(?<=[，,。；;：:]))\s*(?P<stage>[\u4e00-\u9fff]{1,8}?)(?:(?:这|那)(?:一|个)?(?:步|环节|阶段|步骤)|环节|阶段|步骤)?\s*"
    r"(?:都|也|均|只能|必须|需要|要|应该|应当|统一|只)?\s*由\s*(?P<actor>[^\s，,。；;、由让]{1,16}?)\s*(?:来|去)?\s*"
    rf"{_ZH_VERB}"
)
_ZH_LINK_HEAD = re.compile(r"^(?:其中|另外|此外|并且|而且|同时|且|而|然后|最后)+")
#: every stage at once ("全部由我记录", "都由合作社负责"): no stage named otherwise
_ZH_ALL = re.compile(r"全部|所有|全程|每一?步|每个环节|各环节|整个流程|全部环节|所有环节|这些|都")

#: the words each stage-bound rule below cannot match without (an exact gate: a text without them skips compiling
#: the rule, which embeds every stage name and so is built anew for each list)
_JOB_GATE = re.compile(r"['’]s\s+(?i:job|responsibility|task|call)\b")
_IS_GATE = re.compile(r"\s(?:is|=|:)")
_BY_GATE = re.compile(r"(?i:by)\s")
_PAIR_GATE = re.compile(r"[:：=]|->|→|=>")
_ZH_BY_GATE = re.compile(r"由|让")
_ZH_DOES_GATE = re.compile(r"负责|记录|登记")
_ZH_HANDED_GATE = re.compile(r"交给|交由|委托|外包给")


@lru_cache(maxsize=512)
def _rule(name: str, alt: str) -> re.Pattern[str]:
    """The rule ``name`` over the stage names ``alt`` (escaped, longest first, joined by "|"), built once per list."""
    if name == "by":  # "Collection is done by GreenCycle", "pelletizing by 0x…": the stage, then by whom
        return re.compile(
            rf"(?:^|(?<=[.;,:—(（|｜?!？！。，；\n])\s*|(?<=\band\s)|(?<=\s[-–])\s*)(?:(?i:the)\s+)?(?P<stage>(?i:{alt})s?(?:\s*(?:,|and|&)\s*(?i:{alt})s?)*)"
            r"(?:\s+(?i:step|stage|phase))?\s+"
            r"(?:(?P<verb>is|are|were|r|gets|get|will\s+be|both\s+(?:are\s+)?|all\s+(?:are\s+)?)\s+)?"
            r"(?:(?i:done|handled|recorded|logged|signed\s+off|performed|entered|confirmed)\s+)?(?i:by)\s+(?:(?i:the|a|an|our|my|their|your)\s+)?"
            rf"(?P<actor>{_BY_ACTOR})"
            r"(?=\s*(?:[.;,!?)）]|$|\s+and\b))"
        )
    if name == "is":  # "the mill is 0x…", "the refiner is Valcambi": a stage named with who it is
        return re.compile(
            rf"(?:\bthe\s+)?\b(?P<stage>(?i:{alt}))\s+(?:is|=|:)\s*"
            rf"(?P<actor>{_ADDR}|[A-Z][\w&.'’\-]*(?:\s+(?:&\s+)?[A-Z][\w&.'’\-]*){{0,3}}(?=\s*(?:[.;,!?]|$)))"
        )
    if name == "job":  # "conservation is the lab's job": the stage, then whose job it is
        return re.compile(
            rf"\b(?P<stage>(?i:{alt}))\s+(?:is|=)\s+(?:(?i:the|our|my)\s+)?(?P<actor>[A-Za-z][\w&.\-]*(?:\s+[A-Za-z][\w&.\-]*){{0,2}})"
            r"['’]s\s+(?i:job|responsibility|task|call)\b"
        )
    if name == "zh_stage_by":  # "检测那步由第三方写"
        return re.compile(
            rf"(?P<stage>(?:{alt})(?:\s*[和及与]\s*(?:{alt}))*)(?:(?:这|那)(?:一|个)?(?:步|环|环节|阶段|步骤)|环节|阶段)?\s*"
            rf"(?:都|也|均|全部|只能|必须|需要|要|应该|应当|统一|只)?\s*(?:由|让)\s*(?P<actor>[^\s，,。；;、由让]{{1,16}}?)\s*(?:来|去)?\s*"
            rf"{_ZH_VERB}"
        )
    if name == "zh_actor_does":  # "合作社负责种植" at a clause start
        return re.compile(
            rf"(?:^|(?<=[，,。；;：:]))\s*(?:由\s*)?(?P<actor>[\u4e00-\u9fffA-Za-z0-9]{{2,12}}?)\s*(?:负责|记录|登记)\s*"
            rf"(?P<stage>{alt})(?=[，,。；;、和]|$)"
        )
    if name == "pair":  # "roles: extraction=beekeeper, bottling=Golden Jar Ltd": a stage, a key sign, an actor
        return re.compile(
            rf"(?:^|(?<=[\s(（,，;；:：|｜]))(?P<stage>(?i:{alt}))\s*(?:[:：=]|->|→|=>)\s*"
            rf"(?P<actor>{_BY_ACTOR}|[\u4e00-\u9fff]{{2,12}})(?=\s*(?:[.;,!?)），。；]|$))"
        )
    if name == "zh_handed":  # "加工这一步交给米厂": the stage handed to its actor
        return re.compile(
            rf"(?P<stage>{alt})(?:(?:这|那)(?:一|个)?(?:步|环|环节|阶段|步骤|块儿?|部分|边)|环节)?\s*(?:交给|交由|委托给?|外包给)\s*"
            r"(?:[\u4e00-\u9fff]{1,6}的)?(?P<actor>[^\s，,。；;、]{1,16}?|[A-Za-z][\w&.'’\-]*(?:\s+[A-Za-z][\w&.'’\-]*){0,3})"
            r"\s*(?:来做|负责|来|做|记录)?(?=[，,。；;]|$)"
        )
    raise KeyError(name)


@dataclass
class ActorReading:
    roles: list[str | None]
    spans: list[tuple[int, int] | None]
    sure: bool
    unsure_span: tuple[int, int] | None = None


def _stem(word: str) -> str:
    w = word.lower()
    for suffix in ("ing", "ed", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    return w.rstrip("e")


def _which(phrase: str, stages: list[str]) -> int | None:
    """The stage a phrase names: itself, its stem, or its last word when only one stage ends so."""
    p = phrase.strip().lower()
    exact = [i for i, s in enumerate(stages) if s.lower() == p]
    if exact:
        return exact[0]
    stem = [i for i, s in enumerate(stages) if " " not in p and " " not in s and _stem(s) == _stem(p)]
    if len(stem) == 1:
        return stem[0]
    last = [i for i, s in enumerate(stages) if s.lower().split()[-1] == p or _stem(s.split()[-1]) == _stem(p)]
    return last[0] if len(last) == 1 else None


def _phrases(what: str) -> list[tuple[str, int]]:
    """'fermentation and bottling, DHL does …' -> the stage phrases up to the next clause."""
    out: list[tuple[str, int]] = []
    pos = 0
    for m in re.finditer(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)", what + ","):
        out.append((what[pos : m.start()], pos))
        pos = m.end()
    return [(w, a) for w, a in out if w.strip()]


_ABBREV = re.compile(r"(?:Ltd|Co|Inc|Corp|Bros|St|Dr|Jr|Sr|Mt|Pty|plc|Ave)\.$")


def _assign(
    roles: list[str | None], spans: list[tuple[int, int] | None], i: int, actor: str, span: tuple[int, int]
) -> bool:
    if actor.endswith(".") and not _ABBREV.search(actor):  # "by Kensington Meats.": the full stop ends the sentence
        actor, span = actor[:-1], (span[0], span[1] - 1)
    if roles[i] is not None and roles[i] != actor:
        return False
    roles[i], spans[i] = actor, span
    return True


def read_actors(text: str, stages: list[str]) -> ActorReading | None:
    """Roles for ``stages`` from the sentences of ``text``; None when no sentence names an actor."""
    roles: list[str | None] = [None] * len(stages)
    spans: list[tuple[int, int] | None] = [None] * len(stages)
    found, sure = False, True
    first_actor = 0
    bad: tuple[int, int] | None = None
    pos = 0
    while (m := _ACTOR_EN.search(text, pos)) is not None:
        pos = m.end("verb")
        actor, a0, a1 = m.group("actor"), m.start("actor"), m.end("actor")
        if m.group("addr"):
            actor, a0, a1 = m.group("addr"), m.start("addr"), m.end("addr")
        if actor.lower() in _NOT_ACTOR:
            continue
        hits: list[int] = []
        for phrase, _ in _phrases(m.group("what")):
            i = _which(phrase, stages)
            if i is None:
                break  # the stages named end here; what follows is the next clause ("…, DHL does …")
            hits.append(i)
        if not hits:
            continue
        if not found:
            first_actor = m.end("what") - len(m.group("what"))
        found = True
        for i in hits:
            if not _assign(roles, spans, i, actor, (a0, a1)):
                sure, bad = False, (a0, a1)
    # the elided verb: "the farm records harvest, the roaster roasting" (only after a sentence with the verb)
    if found:
        for m in re.finditer(
            r"[,，]\s*(?:and\s+)?(?:the\s+)?(?P<actor>[a-z][\w\-]*)\s+(?:the\s+)?(?P<stage>[a-z][\w\-]*)"
            r"(?=\s*(?:[,.;]|$))",
            text[first_actor:],
            _I,
        ):
            i = _which(m.group("stage"), stages)
            whole = f"{m.group('actor')} {m.group('stage')}"
            if (
                i is not None
                and roles[i] is None
                and _which(m.group("actor"), stages) is None
                and _which(whole, stages) is None
                and not any(whole.lower() in st.lower() for st in stages)
            ):
                m_start, m_end = first_actor + m.start("actor"), first_actor + m.end("actor")
                _assign(roles, spans, i, m.group("actor"), (m_start, m_end))
    alt = "|".join(re.escape(s) for s in sorted(stages, key=len, reverse=True))
    for m in _rule("job", alt).finditer(text) if alt and _JOB_GATE.search(text) else ():
        i = next(k for k, st in enumerate(stages) if st.lower() == m.group("stage").lower())
        found = True
        if not _assign(roles, spans, i, m.group("actor"), m.span("actor")):
            sure, bad = False, m.span("actor")
    for m in _rule("is", alt).finditer(text) if alt and _IS_GATE.search(text) else ():
        i = next(k for k, st in enumerate(stages) if st.lower() == m.group("stage").lower())
        found = True
        if not _assign(roles, spans, i, m.group("actor"), m.span("actor")):
            sure, bad = False, m.span("actor")
    for m in _rule("by", alt).finditer(text) if alt and _BY_GATE.search(text) else ():
        actor, actor_span = m.group("actor"), m.span("actor")
        appos = _APPOSITIVE.match(text, m.end("actor"))
        if appos and actor[:1].islower():  # "done by our affineur, Mme Giraud.": the name after the role is who
            actor, actor_span = appos.group("n"), (m.start("actor"), appos.end("n"))  # the evidence: both
        elif re.match(r"\s*,\s*[A-Z]", text[m.end("actor") :]) and actor[:1].islower():
            found, sure, bad = True, False, m.span("actor")  # "by the lab, Quest …": the role may go on: asked
            continue
        several = re.split(r"\s*(?:,|\band\b|&)\s*", m.group("stage"))
        plural = m.group("verb") and m.group("verb").split()[0].lower() in ("are", "were", "r", "get", "both", "all")
        if len(several) > 1 and not plural and "," in m.group("stage"):
            # "sealed, transferred to the lab, analysed by Dr. Patel": inside a list "by" may name the last stage's
            # actor or all of them; only a plural verb ("are done by") says all
            several = several[-1:]
        for named in several:
            key = named.strip().lower()
            alts = (key, key[:-1]) if key.endswith("s") else (key,)  # "appraisals r done by Gruhn": the stage appraisal
            i = next((k for k, st in enumerate(stages) if st.lower() in alts), None)
            if i is None:
                continue
            found = True
            if not _assign(roles, spans, i, actor, actor_span):
                sure, bad = False, actor_span
    if alt and re.search(r"[\u4e00-\u9fff]", "".join(stages)):
        for m in _rule("zh_stage_by", alt).finditer(text) if _ZH_BY_GATE.search(text) else ():
            joined = re.split(r"\s*[和及与]\s*", m.group("stage"))
            head = re.sub(r"(?:其中|另外|并且|而且|且|而)\s*$", "", text[: m.start()])
            if len(joined) > 1 and head and head[-1] not in "，,。；;：: ":
                sure, bad = False, m.span("stage")  # several stages before 由 only at a clause start: else asked
            found = True
            actor = "me" if _ZH_ME.fullmatch(m.group("actor")) else m.group("actor")
            for named in joined:
                if named not in stages:
                    continue
                if not _assign(roles, spans, stages.index(named), actor, m.span("actor")):
                    sure, bad = False, m.span("actor")
        for m in _rule("zh_actor_does", alt).finditer(text) if _ZH_DOES_GATE.search(text) else ():
            if re.search(r"[我你想要把将]|上链|需要|希望|只能", m.group("actor")):
                continue  # "想上链记录种植": the request's words, not an actor
            found = True
            if not _assign(roles, spans, stages.index(m.group("stage")), m.group("actor"), m.span("actor")):
                sure, bad = False, m.span("actor")
    # "roles: extraction=beekeeper, bottling=Golden Jar Ltd", "(harvest: Vineyard Co, bottling: BottleWorks)":
    # a stage name, a key sign, an actor up to the next pair or the clause end
    for m in _rule("pair", alt).finditer(text) if alt and _PAIR_GATE.search(text) else ():
        i = next((k for k, st in enumerate(stages) if st.lower() == m.group("stage").lower()), None)
        if i is None or _which(m.group("actor"), stages) is not None:
            continue  # "stages: harvest, …": the word after the key is another stage, not an actor
        found = True
        if not _assign(roles, spans, i, m.group("actor"), m.span("actor")):
            sure, bad = False, m.span("actor")
    if alt and re.search(r"[\u4e00-\u9fff]", "".join(stages)):
        handed = _rule("zh_handed", alt).finditer(text) if _ZH_HANDED_GATE.search(text) else ()
        for m in handed:  # "加工这一步交给米厂": the stage handed to its actor
            found = True
            if not _assign(roles, spans, stages.index(m.group("stage")), m.group("actor"), m.span("actor")):
                sure, bad = False, m.span("actor")
    if re.search(r"[\u4e00-\u9fff]", "".join(stages)):
        for m in _ZH_OTHER_STAGE_BY.finditer(text):
            named = _ZH_LINK_HEAD.sub("", m.group("stage"))
            if _REST_ZH.match(text, m.start("stage")) or not named or _ZH_ALL.fullmatch(named):
                continue
            if any(named in st or st in named for st in stages):
                continue  # a stage of the list (read by the rules above)
            # "送货那步由顺丰负责" after "…、送到超市": a stage named otherwise than in the list: its actor is asked
            found, sure, bad = True, False, m.span()
    rest = _REST_EN.search(text) or _REST_ZH.search(text)
    if rest and found and any(r is None for r in roles):
        # "QA is done by the QA lead, every other step by a technician": the rest, after the named ones
        g = "me" if rest.groupdict().get("me") else "actor"
        for i, r in enumerate(roles):
            if r is None:
                roles[i], spans[i] = ("me" if g == "me" else rest.group("actor")), rest.span(g)
    elif rest and not found:
        g = "me" if rest.groupdict().get("me") else "actor"
        found, sure, bad = True, False, rest.span(g)  # "the rest" of no stage named: asked
    if not found:
        return None
    return ActorReading(roles, spans, sure, bad)
