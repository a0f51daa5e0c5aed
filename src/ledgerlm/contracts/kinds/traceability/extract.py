"""Traceability extractor: the ordered list of stages, what is tracked, and who records which stage.

Every value here is free text, so each is filled only when its edges are certain (``lists.py`` for the stages,
``actors.py`` for who records them, ``_ITEM_RULES`` below for the item); otherwise the scan records an
``Unsure`` and the accounting asks with the candidate words ("Are the stages …?"), never a silent guess."""

from __future__ import annotations

import re
from typing import Any

from ledgerlm.contracts.kinds.traceability import gate as _gate
from ledgerlm.contracts.kinds.traceability.actors import read_actors
from ledgerlm.contracts.kinds.traceability.amend import Edit, apply_edits, cue_start, find_edits, unread_cue
from ledgerlm.contracts.kinds.traceability.lists import StageList, find_stage_list
from ledgerlm.language.evidence import Evidence, Ignored, Span, Unsure
from ledgerlm.language.extract import Scan
from ledgerlm.language.fold import run_folded
from ledgerlm.language.reasons import has_cjk

__all__ = ["extract"]

_I = re.IGNORECASE
_CJK = r"\u4e00-\u9fff"
#: the kind's own words, with the misspellings users type ("provenence", "tracability")
_KIND_EN = (
    r"(?:trace?abi?li?ty|proven[ae]nce|provanance|tracking|tracing|trace|supply[- ]?chain|"
    r"chain[\s-]+of[\s-]+custody)"
)
#: a container or quantity before "of" is no part of the item ("each pallet of bananas" tracks bananas)
_CONTAINER = (
    r"(?:batch|lot|pallet|crate|box|shipment|bag|case|carton|container|load|unit|bottle|jar|piece|sack|drum|vial|pair|"
    r"wheel|bar|block|wedge|"
    r"ampoule|tube|roll|bale|barrel|cask|keg|tin|can|packet|pack|tray|sample|"
    # a kind of container before its own noun ("reefer containers of bananas", round 10)
    r"(?:reefer|refrigerated|shipping|cold[\s-]chain)\s+(?:container|truck|unit|van)|reefer|tote|bin|hamper|basket|"
    r"flask|cylinder|tank(?:er)?|truckload|boatload|container\s+load)(?:e?s)?"
)
_END_EN = (
    # a line end closes the item too ("tracking for each batch of insulin pens\n1) …", round 10)
    r"(?=\s*(?:[:：;,.!?。，(（\n]|$|\s[-—–]\s|"
    r"\s*(?:->|→|=>)|"
    r"\s+(?:through|thru|from|frm|fom|across|in|at|as|with|via|stages?|steps?|recorded|logged|tracked|traced|"
    r"registered|written|stored|saved|put|going|that|which|so|on\s+(?:the\s+)?(?:block)?chain|on-?chain|"
    # "a ledger for timber logs covering: (a) …", "the kaya jars lah:" (round 9)
    r"covering|including|comprising|containing|consisting|lah|leh|lor|meh|hor|would|will|shall|should|must)\b|"
    # "Tracking for the marble slabs we export.": what the writer makes or ships closes the item
    r"\s+(?:we|i|they)\s+(?:make|sell|produce|ship|grow|export|import|roast|brew|bake|build|harvest|manufacture)\b))"
)
#: what is tracked, by rules in order of certainty; each names the group holding the item
_ITEM_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "产品是冷冻水饺", "物品：…": the item stated outright
    (
        "zh",
        re.compile(
            rf"(?:产品|物品|商品|货物|溯源对象|追溯对象|对象)(?:是|为|[：:=])\s*(?P<v>[{_CJK}A-Za-z]{{2,10}}?)(?=[，,。；;|\s]|$)"
        ),
    ),
    # "item=茅台酒 stages=…": the English key with a Chinese value, up to the next key or the clause end
    ("zh", re.compile(rf"(?<![A-Za-z])(?i:item|product)\s*[:=]\s*(?P<v>[{_CJK}]{{2,10}})(?=[，,。；;|\s]|$)")),
    # "The Registry shall record, for each pharmaceutical lot, the following events": the item "for each" names
    (
        "en",
        re.compile(
            r"(?:^|[,;:]\s*)for\s+(?:each|every)\s+(?P<v>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)\s*,\s+(?:the\s+)?"
            r"(?:following\s+)?(?:events?|stages?|steps?)\b",
            _I,
        ),
    ),
    # "item: cashew nuts | stages: …": a key, then the value up to the next key or the clause end
    (
        "en",
        re.compile(
            r"\b(?:item|product|goods|tracked\s+item)['\"]?\s*(?:[:=]|->|→|=>)\s*['\"“‘]?"
            r"(?P<v>[A-Za-z][\w\-]*(?:\s+[A-Za-z0-9][\w\-]*){0,3}?)['\"”’]?"
            r"(?=\s*(?:[|;,.。}\n]|$)|\s+[\w\-]+\s*[:=])",
            _I,
        ),
    ),
    # "我们做有机蔬菜，…", "我们是做茶油的": what the user makes is what travels
    (
        "zh",
        re.compile(
            r"(?:我们|我家|我们公司|我们厂|咱们)(?:[\u4e00-\u7683\u7685-\u9fff]{0,4}?)(?:是)?"
            rf"(?:做|生产|种|养|卖|经营|种植|养殖)(?:了[{_CJK}\d]{{1,6}}?(?=的))?的?"
            rf"(?P<v>[{_CJK}]{{2,8}}?)的?(?=[，,。：:；;]|$)"
        ),
    ),
    # "We ship frozen salmon and …": what the user makes or ships is what travels
    (
        "en",
        re.compile(
            r"\b(?:we|i)\s+(?:make|ship|grow|sell|produce|roast|brew|farm|export|import|manufacture|raise)\s+"
            r"(?P<v>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)(?=\s*(?:[,.;:!?]|$|\s+and\b|\s+by\s+hand\b|"
            r"\s+(?:at|in|for|from|out\s+of)\b))",
            _I,
        ),
    ),
    # "Traceability: coffee. Stages - …": the kind's word, a colon, one short noun, a full stop
    (
        "en",
        re.compile(
            rf"\b(?:{_KIND_EN}|trace|track)\s*[:：]\s*(?P<v>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){{0,2}})(?:\s*[.;。|｜]|\s+[-—–]+\s)",
            _I,
        ),
    ),
    # "Our goat cheese needs a chain of custody:": the owned noun that needs the kind's thing (round 10b)
    (
        "en",
        re.compile(
            r"(?:^|(?<=[.;!?:]\s))(?:our|my|the)\s+(?P<v>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)\s+"
            rf"(?:needs?|requires?|should\s+have|must\s+have)\s+(?:(?:a|an|some|full|proper|end-to-end)\s+)*{_KIND_EN}\b",
            _I,
        ),
    ),
    # "…| baling | warehouse |\n(cotton lint)": a last line that is one bracketed noun names the item (round 10b)
    (
        "en",
        re.compile(
            r"\n[ \t]*[(（](?!(?:draft|optional|example|e\.g|tbd|tbc|todo|wip|edit|edited|updated|sorry|thanks|"
            r"thank\s+you|see\s+above|etc)\b)(?P<v>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2})[)）][ \t]*$",
            _I,
        ),
    ),
    # "## Provenance – vintage guitars": a heading line, the kind's word, a dash or a colon, the item (round 9)
    (
        "en",
        re.compile(
            rf"(?m)^[ \t#*]*(?:{_KIND_EN}|trace|track)\s*(?:[:：]|\s[-—–]+\s|\s+for\s+|\s+of\s+)\s*"
            r"(?P<v>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2})[ \t*]*$",
            _I,
        ),
    ),
    # "honey traceability: …", "可可豆 traceability": the noun right before the kind's word, at a clause start
    (
        "en",
        re.compile(
            rf"(?:^|(?<=[.;!?。]\s))(?!{_CONTAINER}\s+{_KIND_EN})"
            rf"(?P<v>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){{0,2}}?)\s+(?:[—–-]+\s+)?{_KIND_EN}\b",
            _I,
        ),
    ),
    ("zh", re.compile(rf"(?:^|(?<=[。；;，,]))\s*(?P<v>[{_CJK}]{{2,8}})\s*{_KIND_EN}\b", _I)),
    (
        "en",
        re.compile(
            r"\b(?:(?:record|ledger|log|registry)\s+(?:of\s+)?where|(?:every|each)\s+(?:step|stage)|"
            r"all\s+the\s+(?:steps|stages))\s+(?:that\s+)?"
            r"(?:the\s+|our\s+|my\s+)?(?P<v>[a-z][\w\- ]{1,30}?)\s+(?:goes|go|travels?|moves?|passes)\b",
            _I,
        ),
    ),
    (
        "en",
        re.compile(
            r"\b(?:track(?:ing)?|trac(?:e|ing)|follow|log|record)\s+(?:for\s+|of\s+)?"
            r"(?:the\s+|our\s+|my\s+|each\s+|every\s+|these\s+|those\s+|all\s+(?:the\s+|our\s+|my\s+)?)?"
            r"(?!(?:journey|path|route|history|story|life|lifecycle|trail|hand-?offs?|handovers?|movements?|transfers?|"
            r"custody)\b)(?:[a-z][\w\-]*['’]s\s+)?"
            rf"(?:{_CONTAINER}\s+of\s+(?:the\s+)?)?(?P<v>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){{0,3}}?){_END_EN}",
            _I,
        ),
    ),
    (
        "en",
        re.compile(
            # the kind's words as users misspell them too ("traceabilty for our hemp seed oil:", "provenence for")
            r"(?:\bsupply[- ]chain(?:\s+tracking)?|\b(?:proven[ae]nce|provanance)(?:\s+(?:registry|tracking))?|"
            r"\btrace?abi?li?ty|\btracking|"
            r"\btracing|\btrace|\bcold[- ]chain|"
            r"\bchain[\s-]+of[\s-]+custody|溯源|追溯)\s+(?:(?:contract|system|registry|record|log|ledger|app|thing|trail|"
            r"history|"
            r"stuff|setup|tool|platform)\s+)?"
            r"(?:for|4|of|on)\s+(?:the\s+|our\s+|my\s+|each\s+)?(?:[a-z][\w\-]*['’]s\s+)?"
            r"(?P<v>(?:\d+[A-Za-z][\w\-]*|[a-z][\w\-]*)(?:\s+[a-z][\w\-]*){0,3}?)"
            rf"{_END_EN}",
            _I,
        ),
    ),
    # "traceability for 榴莲:": a Chinese item after the English cue, bounded by the colon or the clause end
    (
        "zh",
        re.compile(
            rf"\b(?:traceability|provenance|tracking|tracing|trace|track)\s+(?:for|of)\s+(?P<v>[{_CJK}]{{2,8}})"
            r"(?=\s*(?:[:：,，;；.。]|$))",
            _I,
        ),
    ),
    # "log the journey of our vinyl records:", "the life cycle of each battery": the item after its journey's word
    (
        "en",
        re.compile(
            r"\b(?:journey|path|route|history|story|life\s*cycle|lifecycle|trail|hand-?offs?|handovers?|movements?|"
            r"transfers?|custody)\s+of\s+(?:the\s+|our\s+|my\s+|each\s+|every\s+)?"
            rf"(?P<v>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){{0,3}}?){_END_EN}",
            _I,
        ),
    ),
    # "wants every keg of IPA tracked": the item between "every" (and its container) and the participle
    (
        "en",
        re.compile(
            rf"\b(?:every|each|all)\s+(?:{_CONTAINER}\s+of\s+(?:the\s+|our\s+|my\s+)?)?"
            r"(?P<v>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)"
            r"\s+(?:tracked|traced|logged|recorded|registered)\b",
            _I,
        ),
    ),
    # "each bottle of our rye whiskey to be traceable", "our olive oil traceable": the item, then the kind's adjective
    (
        "en",
        re.compile(
            rf"\b(?:(?:every|each|all)\s+(?:{_CONTAINER}\s+of\s+)?)?(?:our|my|the)\s+"
            r"(?P<v>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)\s+(?:to\s+be\s+|be\s+|is\s+|are\s+)?"
            r"(?:traceable|trackable|tracked|traced)\b",
            _I,
        ),
    ),
    # "log each EV battery's life", "every painting's history": the item before its journey's word
    (
        "en",
        re.compile(
            rf"\b(?:each|every|our|my|the)\s+(?!(?:one|it|this|that|{_CONTAINER})['’]s)"
            r"(?P<v>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2}?)['’]s\s+"
            r"(?:life|journey|history|story|life\s*cycle|lifecycle|path|trail|provenance)\b",
            _I,
        ),
    ),
    # "where my gold comes from": the item between the possessive and "comes from"
    (
        "en",
        re.compile(
            r"\bwhere\s+(?:my|our|the|their)\s+(?P<v>[a-z][\w\-']*(?:\s+[a-z][\w\-']*){0,2}?)\s+comes?\s+from\b", _I
        ),
    ),
    # "put our pinot noir on chain", "every time our lab samples change hands": cues on both sides
    (
        "en",
        re.compile(
            r"\b(?:put|get|record|log)\s+(?:our|my|the|all\s+(?:our|my|the))\s+(?P<v>[a-z][\w\-']*(?:\s+[a-z][\w\-']*){0,3}?)"
            r"\s+on(?:to)?\s+(?:the\s+)?(?:block)?chain\b|"
            r"\b(?:every\s+time|whenever|each\s+time)\s+(?:our|my|the|a|an)\s+"
            r"(?P<w>[a-z][\w\-']*(?:\s+[a-z][\w\-']*){0,3}?)\s+(?:change|changes|move|moves|goes|go|pass|passes)\b",
            _I,
        ),
    ),
    (
        "en",
        re.compile(
            r"\b(?:stages?|steps?)\s+(?:for|of)\s+(?:the\s+|our\s+|my\s+|each\s+)?(?P<v>[a-z][\w\- ]{1,30}?)\s*[:：]",
            _I,
        ),
    ),
    # "the stages for our lamb would be …", "steps for the coffee are …": the item before the copula (round 9)
    (
        "en",
        re.compile(
            r"\b(?:stages?|steps?)\s+(?:for|of)\s+(?:the\s+|our\s+|my\s+|each\s+)?"
            r"(?P<v>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)\s+(?:would\s+be|will\s+be|should\s+be|are|is|go|include)\b",
            _I,
        ),
    ),
    # "我们要给 espresso beans 做 traceability": English words between 给 and the request for the kind (round 9)
    (
        "en",
        re.compile(
            r"(?:给|为|对)\s*(?P<v>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2})\s*(?:做|搞|上|建)(?:个|一个|一套)?\s*"
            r"(?:溯源|追溯|(?i:traceability|tracking|provenance|trace))"
        ),
    ),
    # "blockchain records for durian", "recycling tracker for used phones": a record kept for the item
    (
        "en",
        re.compile(
            r"\b(?:records?|registry|ledger|log|tracker)\s+for\s+(?:the\s+|our\s+|my\s+|each\s+)?"
            rf"(?P<v>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){{0,3}}?){_END_EN}",
            _I,
        ),
    ),
    # "For our rosé wine we need traceability.": the item the request opens with, before who needs it
    (
        "en",
        re.compile(
            r"(?:^|(?<=[.!?]\s))\s*for\s+(?:our|my|the|these|those)\s+(?P<v>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)"
            r"\s*,?\s+(?:we|i)\s+(?:need|want|would\s+like|require|wanna|gotta)\b",
            _I,
        ),
    ),
    # "…, stages = a / b / c, for silver coins": "for" and the item closing the request
    (
        "en",
        re.compile(r",\s*for\s+(?:our\s+|my\s+|the\s+)?(?P<v>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)\s*[.!]?\s*$", _I),
    ),
    # "溯源合约：茶叶 从 …", "溯源：鸡蛋，养殖 > …": the item right after the colon, before the route
    (
        "zh",
        re.compile(
            rf"(?:溯源|追溯)[^：:，,\s]{{0,4}}[：:]\s*(?P<v>[{_CJK}]{{2,8}}?)(?:\s*(?:从|[，,｜|；;。])|\s+(?=[{_CJK}]))"
        ),
    ),
    ("zh", re.compile(rf"(?P<v>[{_CJK}]{{2,8}}?)冷链\s*[：:]")),
    # "溯源 coffee: harvest, …", "追溯：coffee beans，…": English words between the kind's Chinese word and a colon
    (
        "en",
        re.compile(
            r"(?:溯源|追溯)\s*[：:]?\s*(?P<v>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2})\s*(?:[:：，,；;。]|\s+(?=[\u4e00-\u9fff]))"
        ),
    ),
    # "我们的 organic tea 要做溯源": English words between a possessive and the request for the kind
    (
        "en",
        re.compile(
            r"(?:我们|我家|我|我们公司|咱们)的?\s*(?P<v>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2})\s*"
            r"(?:要|想|需要|想要|打算)?(?:做|搞|上)?(?:个|一个)?(?:溯源|追溯|链)"
        ),
    ),
    # "every airbag we make needs …", "each wheel of cheese we sell": what the user makes, between "every" and "we"
    (
        "en",
        re.compile(
            rf"\b(?:every|each|all(?:\s+(?:of\s+)?(?:the|our))?)\s+(?:{_CONTAINER}\s+of\s+)?"
            r"(?P<v>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)\s+(?:we|i)\s+(?:make|sell|produce|ship|grow|roast|"
            r"build|export|import|brew|bake|harvest|manufacture|assemble|refurbish|repair)\b",
            _I,
        ),
    ),
    # "saffron threads, four steps: picked, …", "cocoa beans, stages fermentation / …": a noun opening the request,
    # a comma, then the word for the stages (the list itself is checked below)
    (
        "head",
        re.compile(
            r"^\s*(?P<v>[A-Za-z][\w\-']*(?:\s+[A-Za-z][\w\-']*){0,2})\s*,\s*(?:(?:\d{1,2}|two|three|four|five|six|"
            r"seven|eight|nine|ten)\s+)?(?:stages?|steps?)\b",
            _I,
        ),
    ),
    (
        "zh_head",
        re.compile(rf"^\s*(?P<v>[{_CJK}]{{2,10}})\s*[，,]\s*(?:[一二两三四五六七八九十\d]+个)?(?:环节|步骤|阶段)"),
    ),
    # "diamonds: mined, cut, …", "茶叶：采摘、杀青…": a noun opening the request, then its list (checked below)
    ("head", re.compile(r"^\s*(?P<v>[A-Za-z][\w\-']*(?:\s+[A-Za-z][\w\-']*){0,2})(?:\s*[:：]|\s+[—–]\s)")),
    ("zh_head", re.compile(rf"^\s*(?P<v>[{_CJK}]{{2,10}})\s*[:：]")),
    # dictation, two words with a blank, then the list after a colon (round 12): "藥品 批次 追溯：原料 入庫、…",
    # "追溯 有機 蔬菜：農場、…": both words are the item (the colon closes it; the last word alone is a misreading)
    ("zh_head", re.compile(rf"^\s*(?P<v>[{_CJK}]{{2,4}}[ \t\u3000][{_CJK}]{{1,4}})\s*(?:溯源|追溯|追踪|跟踪)\s*[:：]")),
    ("zh_head", re.compile(rf"(?:溯源|追溯|追踪|跟踪)\s+(?P<v>[{_CJK}]{{2,4}}[ \t\u3000][{_CJK}]{{1,4}})\s*[:：]")),
    # "…追踪啲燕窩：採集、…" (round 10): the thing right after the tracking verb, then a colon and its list
    ("zh_head", re.compile(rf"(?:溯源|追溯|追踪|跟踪)(?P<v>(?:(?!溯源|追溯|追踪|跟踪)[{_CJK}]){{2,10}})\s*[:：]")),
    # "溯源 咖啡 种植-采摘…": the kind's word, a space, one word, a space
    ("zh", re.compile(rf"(?:溯源|追溯)\s+(?P<v>[{_CJK}]{{2,8}})\s+(?=[{_CJK}])")),
    ("zh", re.compile(rf"(?:^|(?<=[，,。；;]))\s*(?:溯源|追溯)\s*(?P<v>[{_CJK}]{{2,8}})\s*[:：]")),
    # "冷链追溯：海鲜从捕捞到…", "记录大米从田里到餐桌": the item right before its route
    ("zh", re.compile(rf"(?:^|(?<=[：:，,]))\s*(?P<v>[{_CJK}]{{2,8}}?)从(?=[{_CJK}])")),
    # "鳳梨酥的產銷履歷" (Taiwan's word for a traceability record), "大闸蟹的全程记录" (round 10)
    (
        "zhclause",
        re.compile(rf"(?P<v>[{_CJK}]{{2,12}}?)\s*(?:的)?(?:溯源|追溯|全程追踪|追踪|跟踪|(?:产销|生产)履历|全程记录)"),
    ),
    # "记录一下每桶原浆啤酒的流程 …", "文物流转记录": the item before the word for its route or its record
    (
        "zhclause",
        re.compile(
            rf"(?P<v>[{_CJK}]{{2,12}}?)(?:的(?:生产|流转|流通)?(?:全流程|流程|全过程|过程|每一步|每个环节|各个环节|流转|流向|去向|来历|来源)|"
            r"(?:都|也)?(?:能|可以)(?:查到|查询到?|追溯到?|看到)(?:它的|其)?(?:来源|来历|产地|源头)|"
            r"(?:都|也)?(?:想|要|需要)?(?:有个|有一个|建个|建一个)(?:来历|来源|溯源|履历)(?:记录|档案)|"
            r"(?:流转|流通|生产)(?:记录|档案|台账|过程|流程)|"
            r"(?:鉴定|生产|加工|检测|物流|运输|流转|翻新|回收|维修|制作|制造|组装|酿造|养殖|种植|拆解|质检|销售)"
            r"(?:全流程|流程|全过程)(?:上链|溯源|记录)?)"
        ),
    ),
    (
        "zh",
        re.compile(
            rf"(?:跟踪|追踪|追溯|溯源)[ \t]*(?:一下[ \t]*)?(?P<v>[{_CJK}][{_CJK}A-Za-z0-9]{{1,9}}?)"
            rf"(?=[：:，,。\s]|$|的(?:全程|流转|生产)|从[{_CJK}])"
        ),
    ),
    # "we're a small olive oil co-op": a producer names what it makes (last: weaker than every rule above)
    (
        "en",
        re.compile(
            r"\bwe(?:'re|’re|\s+are)\s+(?:an?\s+)?(?:(?:small|little|tiny|local|independent|family(?:-run|-owned)?)\s+)*"
            r"(?!(?:small|little|tiny|local|independent|family|craft|artisan|artisanal|boutique|specialty|organic|"
            r"premium|new|young)\b)(?P<v>[a-z][\w\-']*(?:\s+[a-z][\w\-']*){0,2}?)\s+"
            r"(?:co-?op|cooperative|producer|growers?|farm|maker|roastery|roaster|brewery|winery|distillery|mill|"
            r"creamery|dairy|bakery|apiary|orchard|vineyard|plantation|fishery)\b",
            _I,
        ),
    ),
)
#: words that make a heading no item ("奶粉批次追踪：…" names the chain, not the thing tracked)
_HEAD_NOT_ITEM = "溯源|追溯|追踪|跟踪|履历|环节|阶段|步骤|流程|合约|系统|冷链|链路|链条"
#: request words at the left edge of a Chinese item (documented edge rule): "帮我搞个农产品溯源", "记录大米从…"
_ZH_ITEM_HEAD = re.compile(
    r"(?:所以|因此|于是|因为|现在|今年|去年|最近|帮忙|帮|麻烦|请|给|为|对|替|我们|咱们|我|们|公司|搞|做|弄|建立|建设|搭建|建|来|创建|一个|个|需要|想要|想|要|打算|准备|记录|冷链|全程|"
    r"上链|追踪|跟踪|把|将|一下|每一?[批个件箱瓶盒台只头桶袋罐包辆棵株粒块条支份]|一批|这批|这些|所有的?|全部的?|各种|"
    # Cantonese 啲 (folded to 些: "啲咖啡豆") and 嗰批 ("那批"): a quantity word, never the item
    r"些|那批|那些|"
    # "帮我哋整個溯源系統": 整个 sizes the system, never the thing tracked (round 10)
    r"整个|整套|一整套|"
    # voice-to-text fillers and demonstratives ("嗯那个我们想给那个芒果做个溯源"): speech, never the item (round 10b)
    r"嗯+|呃+|额|啊|那个|这个|就是)+"
)
#: ... and at its right edge: a request verb, the chain's own words ("锂电池需要溯源", "药品冷链追溯")
_ZH_ITEM_TAIL = re.compile(
    r"(?:都|也|还)?(?:需要|想要|想|要|打算|准备)?(?:能|可以|能够)?(?:做|搞|弄|建立|建|进行|实现|开展)?(?:一个|个|一套)?"
    r"(?:全程|冷链|物流|供应链|防伪|全生命周期|生命周期|全流程|全链条|鉴定|认证|质量安全|质量|安全|防伪鉴定|"
    r"回收|翻新|维修|生产|加工|流通|运输|养殖|种植|上链)?$"
)
#: request verbs inside a Chinese clause before the item (documented): the item is what follows the last one
_ZH_ITEM_ASK = re.compile(
    r"(?:想要|想|要|需要|打算|准备|希望)(?:做|搞|弄|建|给|对)(?:一个|个|一套)?|(?:做|搞|弄|建)(?:一个|个|一套)|"
    # "甲方要求对药品批次进行追溯": a party's demand before 对 is who asks, never the item (round 10b)
    r"(?:要求|请求|委托乙方|委托)(?:对|给|为)|"
    # "投标人须提供冷冻水饺溯源方案", "建立肉牛追溯体系" (tender and government drafting, round 9)
    r"(?:须|需|应|应当|必须|需要)?(?:提供|建立|建设|搭建|实施|部署|开发)(?:一个|个|一套|套)?"
)
#: a business after 的 is who makes the item, not the item ("我们是一家做宠物粮的公司" tracks 宠物粮)
_ZH_BUSINESS = re.compile(
    r"公司|企业|工厂|厂家|厂|商家|店铺?|农场|合作社|品牌|工作室|养殖场|基地|门店|作坊|工坊|酒庄|牧场"
)
#: a business or an institution as the subject of a request ("我们餐厅想追踪海鲜", "工厂要溯源月饼", round 12)
_ZH_WHO_ASKS = re.compile(
    rf"[{_CJK}]{{0,3}}(?:{_ZH_BUSINESS.pattern}|餐厅|餐馆|酒楼|饭店|超市|医院|诊所|学校|药房|药店)"
)
#: ... followed by its wish (the request's verb before the kind's word)
_ZH_WANTS = re.compile(r"\s*(?:都|也|还)?(?:想要|想|要|需要|打算|准备|希望)")
#: where a Chinese item stops: a route or a place phrase after it ("蔬菜从农场到餐桌溯源")
_ZH_ITEM_CUT = re.compile(
    r"从|在|的全程|全程|的(?:流向|去向|来源|轨迹|流程|全流程|全过程|过程|每一步|流转)|(?:做|变|弄|搞)成|可(?:以)?(?:溯源|追溯)"
)
#: words for the chain itself (or the contract), not for what travels along it
_GENERIC_ITEMS = frozenset(
    {
        "供应链",
        "产品链",
        "全程",
        "产品",
        "冷链",
        "物流",
        "冷链物流",
        "合约",
        "系统",
        "平台",
        "流程",
        "记录",
        "合同",
        "全过程",
        "链路",
        "链条",
        "全链路",
        "方案",
        "体系",
        "机制",
        "制度",
        "管理",
        "工作",
    }
)
#: request words that are never an English item ("I want traceability", "set up tracing")
_EN_NOT_ITEM = re.compile(
    r"^(?:a|an|the|i|we|you|it|this|that|them|they|these|those|him|her|its|their|our|my|your|who|want|need|wanna|build|create|make|set|setup|up|please|pls|some|for|"
    r"me|us|contract|system|registry|app|ledger|log|where|what|how|on|chain|supply|simple|new|basic|stages?|steps?|"
    r"blockchain|onchain|on-chain|digital|qr|nft|web3|"
    r"roles?|route|flow|process|items?|products?|note|notes|ps|hi|hello|hey|ok|so)$",
    _I,
)
#: a route compound at the left edge names the journey, not what travels ("farm-to-cup coffee" tracks coffee)
_ROUTE_COMPOUND = re.compile(r"[A-Za-z]+-to-[A-Za-z]+\s+", _I)
#: a participle or relative word ends an English item ("our cold brew recorded on chain", "the beans that we …")
_EN_ITEM_VERB = re.compile(
    r"\s+(?:recorded|logged|tracked|traced|registered|written|stored|saved|put|going|that|which|in|at|near|since|"
    r"on\s+(?:the\s+)?"
    r"(?:block)?chain|on-?chain)\b",
    _I,
)
#: slang and politeness at the right edge of an English item ("my sourdough loaves lol")
_EN_ITEM_FILLER = re.compile(
    r"(?:\s+(?:lol|pls|plz|please|thx|thanks|ok|okay|asap|too|as\s+well|fr|frfr|ngl|tbh|rn|no\s+cap|lowkey|fam|bruh|lah|leh|lor|"
    r"btw|fyi|imo))+$",
    _I,
)

#: the request's verb opening a heading ("track pallets:", "trace the mangoes:")
_EN_KIND_VERB = re.compile(r"(?:track|trace|tracking|tracing|follow|log|record)\s+(?:the\s+|our\s+|my\s+)?", _I)
#: a defined term's meaning in brackets right after it (legal drafting): "the Goods (namely, crude palm oil)"
_NAMELY = re.compile(
    r"\s*[(（]\s*(?:namely|i\.\s?e\.?|that\s+is|viz\.?|being|to\s+wit|即|也就是|指)\s*[,:，：]?\s*"
    r"(?P<v>[^()（）,;:，；：]{2,40}?)\s*[)）]",
    _I,
)

_ASK_STAGES = (
    "I could not tell for certain where the list of stages starts and ends ({why}): are the stages {w!r}? "
    "Give them with --set stages=a,b,c.",
    "无法确定环节列表的起止（{why_zh}）：环节是“{w}”吗？请用 --set stages=甲,乙,丙 给出。",
)
_ASK_RIVAL = (
    "Is the item '{w}'? I read more than one thing that may be tracked ({words}); give it with --set item=….",
    "追溯的物品是“{w}”吗？读到了不止一个可能被追溯的东西（{words}）；请用 --set item=… 给出。",
)
_ASK_ROLES = (
    "I could not tell for certain who records which stage ({w!r}): give stage_roles with --set.",
    "无法确定各环节由谁记录（“{w}”）：请用 --set stage_roles=… 给出。",
)


def _ask(s: Scan, field: str, start: int, end: int, texts: tuple[str, str], **kw: str) -> None:
    words = s.text[start:end]
    safe = {k: v.replace("{", "(").replace("}", ")") for k, v in kw.items()}
    en, zh = (t.replace("{w!r}", "'{w}'").format(w="{w}", **safe) for t in texts)
    s.unsure.append(Unsure(field, start, end, words, en, zh))


def _use_numbers(s: Scan, span: tuple[int, int] | None) -> None:
    if span is not None:
        s.used.update(i for i, n in enumerate(s.numbers) if span[0] <= n.start < span[1])


def _stages(s: Scan, params: dict[str, Any], unsure: list[StageList]) -> StageList | None:
    found = find_stage_list(s.text)
    cut = cue_start(s.text)
    if cut is not None and (found is None or found.span[0] < cut):
        # "…, bottled, oh and aged between fermented and bottled": the list is read before the correction (amend.py)
        early = find_stage_list(s.text[:cut])
        if early is not None and early.sure and (found is None or not found.sure or found.span[1] > cut):
            found = early
    if found is None:
        return None
    _use_numbers(s, found.count_span)
    for span in found.numbers:
        _use_numbers(s, span)
    if not found.sure:
        _ask(s, "stages", found.span[0], found.span[1], _ASK_STAGES, why=found.why, why_zh=found.why_zh or found.why)
        unsure.append(found)  # its words are asked about as stages: never read as the item either
        return None
    params["stages"] = found.names
    s.evidence["stages"] = Evidence("text", found.why, tuple(Span(a, b, s.text[a:b]) for a, b in found.spans))
    if any(r is not None for r in found.roles):
        params["stage_roles"] = found.roles
        spans = [Span(a, b, s.text[a:b]) for sp in found.role_spans if sp is not None for a, b in [sp]]
        s.evidence["stage_roles"] = Evidence("text", "who records each stage (in brackets)", tuple(spans))
        for role, sp in zip(found.roles, found.role_spans, strict=True):
            if role is not None and sp is not None:
                s.name_spans[role] = Span(sp[0], sp[1], s.text[sp[0] : sp[1]])
    return found


def _roles(s: Scan, params: dict[str, Any], stages: list[str]) -> None:
    reading = read_actors(s.text, stages)
    if reading is None:
        return
    if not reading.sure:
        a, b = reading.unsure_span or (0, len(s.text))
        _ask(s, "stage_roles", a, b, _ASK_ROLES)
        params.pop("stage_roles", None)
        s.evidence.pop("stage_roles", None)
        return
    merged: list[str | None] = list(params.get("stage_roles") or [None] * len(stages))
    for i, role in enumerate(reading.roles):
        if role is None:
            continue
        if merged[i] not in (None, role):  # brackets and a sentence disagree: asked
            a, b = reading.spans[i] or (0, len(s.text))
            _ask(s, "stage_roles", a, b, _ASK_ROLES)
            params.pop("stage_roles", None)
            s.evidence.pop("stage_roles", None)
            return
        merged[i] = role
    spans = [Span(a, b, s.text[a:b]) for sp in reading.spans if sp is not None for a, b in [sp]]
    old = s.evidence.get("stage_roles")
    params["stage_roles"] = merged
    s.evidence["stage_roles"] = Evidence(
        "text", "who records which stage", tuple((old.spans if old else ()) + tuple(spans))
    )
    for role, sp in zip(reading.roles, reading.spans, strict=True):
        if role is not None and sp is not None:
            s.name_spans[role] = Span(sp[0], sp[1], s.text[sp[0] : sp[1]])


def _item(s: Scan, params: dict[str, Any], stages: StageList | None, asked: list[StageList]) -> None:
    text = s.text
    taken = [(a, b) for a, b in stages.spans] if stages else []
    taken += [(a, b) for f in asked for a, b in f.spans]
    roles_ev = s.evidence.get("stage_roles")  # who records a stage is not the item either ("钢厂生产，…")
    taken += [(sp.start, sp.end) for sp in roles_ev.spans] if roles_ev else []
    hits: list[tuple[int, int, int]] = []  # (rule order, start, end)
    for order, (how, rx) in enumerate(_ITEM_RULES):
        for m in rx.finditer(text):
            g = "v" if m.group("v") is not None or "w" not in rx.groupindex else "w"
            start, end = m.start(g), m.end(g)
            if how in ("head", "zh_head") and not (stages and stages.sure and 0 <= stages.span[0] - m.end() <= 2):
                continue  # "diamonds: …" is the item only when the stage list starts right after the colon
            if how == "zhclause":
                # the clause before 溯源, without the request's own words ("给我们的…做一个", "帮我搞个")
                clause = re.split(r"[，,。；;：:\s]", text[:end])[-1]
                start = end - len(clause)
            if how.startswith("zh"):
                head = _ZH_ITEM_HEAD.match(text, start, end)
                start = head.end() if head else start
                tail = _ZH_ITEM_TAIL.search(text[start:end])
                end = start + tail.start() if tail else end
                asks = list(_ZH_ITEM_ASK.finditer(text, start, end))
                if asks and asks[-1].end() < end:  # "养殖场想做生猪": what follows the request's verb
                    start = asks[-1].end()
                cut = _ZH_ITEM_CUT.search(text, start, end)
                if cut and cut.start() > start:  # "宝宝奶粉要全程追溯": the request's verb before the cut goes too
                    end = cut.start()
                    tail = _ZH_ITEM_TAIL.search(text[start:end])
                    end = start + tail.start() if tail and tail.start() > 0 else end
                de = text.rfind("的", start, end)
                firm = text[de + 1 : end]  # "做宠物粮的公司", "做大红袍的茶厂" (a firm, short modifier): what it makes
                if de >= 0 and re.fullmatch(rf"[{_CJK}]{{0,3}}?(?:{_ZH_BUSINESS.pattern})", firm):
                    end = de
                    de = text.rfind("的", start, end)
                start = de + 1 if de >= 0 and de + 1 < end else start  # "我家的脐橙": what follows 的
                while end > start and text[end - 1] == "的":  # "跟踪疫苗的全程": 的 ties the item to its route
                    end -= 1
            else:
                filler = _EN_ITEM_FILLER.search(text[start:end])
                end = start + filler.start() if filler else end
                route = _ROUTE_COMPOUND.match(text, start, end)
                start = route.end() if route and route.end() < end else start
                verb = _EN_ITEM_VERB.search(text, start, end)  # "every step of our cold brew recorded on chain:"
                end = verb.start() if verb and verb.start() > start else end

            value = text[start:end].strip()
            if (
                not value
                or value in _GENERIC_ITEMS
                or (
                    how.startswith("zh")
                    and (len(value) < 2 or re.search("溯源|追溯|追踪|跟踪|履历|环节|阶段|步骤|由|记录|负责", value))
                )
            ):
                continue
            if how in ("head", "zh_head") and re.search(_HEAD_NOT_ITEM, value):
                continue
            if how == "zhclause" and _ZH_WHO_ASKS.fullmatch(value) and _ZH_WANTS.match(text, end):
                continue  # "我哋餐廳想追蹤海鮮": the business that wants the record is who asks, never the item
            verb_head = _EN_KIND_VERB.match(value) if how == "head" else None
            if verb_head and verb_head.end() < len(value):  # "track pallets: packed by …": the verb is no item
                start += verb_head.end()
                value = text[start:end].strip()
            if (
                not how.startswith("zh")
                and (
                    re.search(r"\b(?:a|an|the)\b", value, _I)  # "launching a": an article inside is no item
                    # "boss say must trace …": a modal or a verb of saying inside is no item (round 9)
                    or re.search(
                        r"\b(?:must|should|gotta|say|says|said|wants?|needs?|can|could|will|would)\b", value, _I
                    )
                    or any(_EN_NOT_ITEM.match(w) for w in value.split()[:1])
                    or re.search(rf"\b{_KIND_EN}\b", value, _I)
                )
            ):
                continue  # a request word or the kind's own name ("provenance tracking for …") is no item
            if any(a < end and start < b for a, b in taken):
                continue  # a stage is not the item
            hits.append((order, start, end))
    # a candidate that is no noun phrase at all ("Our cooperative wants": a clause word inside) gives way to the next
    # rule's; one that is a plausible item the gate doubts ("small-batch hot sauce") stays first and is asked
    junk = ("a clause word inside", "a function word at its edge", "a filler word at its edge")
    hits = [h for h in hits if _gate.weak(text[h[1] : h[2]].strip(), "item", text) not in junk]
    hits = [
        h
        for h in hits
        if not re.fullmatch(_CONTAINER, text[h[1] : h[2]].strip(), _I)  # "every pair traced"
        or re.search(r"\b(?:track|trace)\s+$", text[: h[1]], _I)  # "track pallets: …": the pallets are the item
    ]
    if not hits:
        return
    order, start, end = min(hits, key=lambda h: (h[0], h[1]))
    value = text[start:end].strip().lower()
    rivals = {
        text[a:b].strip()
        for _, a, b in hits
        if order > 1  # an item stated with a key ("产品是…", "item: …") has no rival
        and not (a < end and start < b)  # another place in the text
        and text[a:b].strip().lower() not in value
        and value not in text[a:b].strip().lower()
    }
    if rivals:  # two readings of what is tracked disagree ("we're a craft distillery … our rye whiskey"): asked
        words = ", ".join(sorted({text[start:end].strip(), *rivals})).replace("{", "(").replace("}", ")")
        s.unsure.append(
            Unsure(
                "item",
                start,
                end,
                text[start:end],
                _ASK_RIVAL[0].replace("{words}", words),
                _ASK_RIVAL[1].replace("{words}", words),
            )
        )
        return
    named = _NAMELY.match(text, end)
    if named:  # "the Goods (namely, crude palm oil)": a defined term, then what it is in the brackets
        start, end = named.start("v"), named.end("v")
    params["item"] = text[start:end].strip()
    s.cite("item", start, end, "what is tracked")


#: the last word of a step ("fermentation", "drying", "shipped", "storage"): a stage names a process
_PROCESS = re.compile(r"(?:ing|ion|ment|ed|age|ery|ance|ure|al|sis|up|out)$", _I)
_ASK_HEAD = (
    "Is '{w}' what is tracked, or the first stage? The list opens the request: give --set item=… and "
    "--set stages=a,b,c.",
    "“{w}”是追溯的物品，还是第一个环节？列表就在开头：请用 --set item=… 和 --set stages=甲,乙,丙 给出。",
)


def _head_of_list(s: Scan, params: dict[str, Any]) -> None:
    """ "cocoa beans -> fermentation -> drying -> …" with no item said: the first element may be what travels (a
    thing, where every other element is a process) or the first stage; asked, never read either way."""
    stages = params.get("stages")
    ev = s.evidence.get("stages")
    if params.get("item") or not stages or not ev or len(stages) < 3 or has_cjk(stages[0]):
        return
    if s.text[: ev.spans[0].start].strip():
        return  # a cue or a title before the list: its first element is a stage
    last = stages[0].split()[-1]
    rest = [st.split()[-1] for st in stages[1:]]
    plural = re.search(r"[^su]s$", last, _I) is not None  # "cocoa beans", "tyres": a thing, not a step
    if not plural or _PROCESS.search(last) or sum(1 for w in rest if _PROCESS.search(w)) * 2 < len(rest):
        return
    a, b = ev.spans[0].start, ev.spans[0].end
    _ask(s, "stages", a, b, _ASK_HEAD)
    _ask(s, "item", a, b, _ASK_HEAD)
    for key in ("stages", "stage_roles"):
        params.pop(key, None)
        s.evidence.pop(key, None)


_ASK_AMEND = (
    "The stages may be corrected after the list ({w!r}): I could not read the correction for certain. "
    "Give the stages with --set stages=a,b,c.",
    "列表之后似乎修改了环节（“{w}”），无法确定怎样改：请用 --set stages=甲,乙,丙 给出。",
)
#: a list item that takes back an earlier one ("…, freezing, export, no freezing", "…，冷藏，不要冷藏")
_TAKE_BACK = re.compile(
    r"^(?:(?:no|not|without|skip|drop|remove)\s+(?:the\s+)?|不要|去掉|不用|没有|取消)(?P<s>.+)$", _I
)


_ZH_NEW_BY = re.compile(
    r"\s*[，,]?\s*(?:由|让|交给|交由)\s*(?P<a>[^\s，,。；;、由]{2,16}?)\s*(?:来)?\s*(?:负责|记录|登记|记|做)(?=[，,。；;！!]|$)"
)


_EN_NEW_BY = re.compile(
    r"(?:\s+(?:step|stage))?\s+(?:(?:is\s+)?(?:done|handled|recorded|logged)\s+)?by\s+(?:the\s+)?"
    r"(?P<a>0[xX][0-9a-fA-F]{40}|[A-Za-z][\w&.'’\-]*(?:\s+(?:&\s+)?[A-Za-z0-9][\w&.'’\-]*){0,3}?)(?=\s*(?:[,;!?]|\.(?:\s|$)|$))",
    _I,
)


def _edits(s: Scan, params: dict[str, Any]) -> list[Edit]:
    """The corrections after the list (amend.py), read against the stages as first written."""
    stages = params.get("stages")
    ev = s.evidence.get("stages")
    if not stages or ev is None or not ev.spans:
        return []
    edits = find_edits(s.text, stages, ev.spans[-1].end)
    for k, name in enumerate(stages):  # "…, export, no freezing": the last item takes an earlier one back
        m = _TAKE_BACK.match(name)
        if m and m.group("s") in stages[:k]:
            sp = (ev.spans[k].start, ev.spans[k].end)
            edits += [Edit("remove", m.group("s"), None, None, "", sp), Edit("remove", name, None, None, "", sp)]
    return edits


#: a correction put as a question, or taken back ("…? no sorry, keep it as is", "就按原来的"): the order is asked
_REVERT = re.compile(
    r"[?？]|\b(?:keep\s+it|as\s+(?:it\s+)?(?:is|was)|never\s*mind|scratch\s+that|original\s+order|leave\s+it)\b|"
    r"按原来|按之前|不改了|算了|不变|照旧|还是原来",
    _I,
)


def _amend(s: Scan, params: dict[str, Any], edits: list[Edit]) -> None:
    """Apply the corrections said after the list, or ask the stages when a correction is there but not read."""
    stages = params.get("stages")
    ev = s.evidence.get("stages")
    if not stages or ev is None or not ev.spans:
        return
    after = ev.spans[-1].end
    roles_ev = s.evidence.get("stage_roles")  # "oh and the release step is signed off by QA": who, not a correction
    taken = [e.span for e in edits] + ([(sp.start, sp.end) for sp in roles_ev.spans] if roles_ev else [])
    left = unread_cue(s.text, stages, after, taken)
    result = apply_edits(stages, list(params.get("stage_roles") or [None] * len(stages)), edits) if edits else None
    bad = left is not None or (edits and result is None)
    if edits and _REVERT.search(s.text, min(e.span[0] for e in edits)):
        bad = True  # "fermentation should come after distillation? no sorry, keep it as is": asked, never applied
    if result is not None and not bad:
        bad = any(_gate.weak(e.name, "stage", s.text) for e in edits if e.op not in ("remove", "move"))
    if not edits and left is None:
        return
    if bad or result is None:
        a, b = left or (edits[0].span if edits else (ev.spans[0].start, after))
        _ask(s, "stages", a, b, _ASK_AMEND)
        for key in ("stages", "stage_roles"):
            params.pop(key, None)
            s.evidence.pop(key, None)
        return
    names, roles, old = result
    by_name = {e.name: e for e in edits if e.name_span is not None}
    spans: list[Span] = []
    for name, k in zip(names, old, strict=True):
        sp = ev.spans[k] if k >= 0 else None
        if sp is None:
            a, b = by_name[name].name_span or (0, 0)
            sp = Span(a, b, s.text[a:b])
        spans.append(sp)
    spans += [Span(a, b, s.text[a:b]) for e in edits for a, b in [e.span]]  # the correction's own words
    params["stages"] = names
    s.evidence["stages"] = Evidence(
        "text", "a list of stages in order, with the correction said after it", tuple(spans)
    )
    if params.get("stage_roles") is not None:
        params["stage_roles"] = roles
    for e in edits:  # "屠宰前有个检疫，由防疫站负责": who does the new stage, said right after it
        by = _ZH_NEW_BY.match(s.text, e.span[1]) if e.op not in ("remove", "move") else None
        if by is None and e.op != "remove" and e.name_span is not None:
            by = _EN_NEW_BY.match(s.text, e.name_span[1])  # "there's a customs check by DHL"
        if by is not None and e.name in names:
            actor, a0 = by.group("a"), by.start("a")
            if actor.endswith(".") and not re.search(r"(?:Ltd|Co|Inc|Corp|St|Dr|Jr|Sr|plc|Bros)\.$", actor):
                actor = actor[:-1]  # "by DHL.": the full stop ends the sentence
            merged = list(params.get("stage_roles") or [None] * len(names))
            merged[names.index(e.name)] = actor
            params["stage_roles"] = merged
            old_ev = s.evidence.get("stage_roles")
            sp = Span(a0, a0 + len(actor), actor)
            s.evidence["stage_roles"] = Evidence(
                "text", "who records which stage", (old_ev.spans if old_ev else ()) + (sp,)
            )
            s.name_spans[actor] = sp
    if any(e.op not in ("remove", "move") for e in edits):  # "…, oh and add labelling before ship, labelling by Acme"
        _roles(s, params, names)
        if params.get("stage_roles") and all(r is None for r in params["stage_roles"]):
            params.pop("stage_roles", None)
            s.evidence.pop("stage_roles", None)
        if params.get("stage_roles"):
            _gate.gate_roles(s, params)  # the actors read again are re-read by the gate too


_ASK_ORDER = (
    "You said the order of the stages is not settled yet ({w!r}): what is the order? "
    "Give the stages with --set stages=a,b,c.",
    "你说环节的顺序还没定（“{w}”）：顺序是怎样的？请用 --set stages=甲,乙,丙 给出。",
)
#: the writer says the order is not final ("not sure about the order yet", "顺序可能不对，我回头再确认",
#: "顺序不是这样的，我晚点再排"): the stages are a draft, so they are asked, never recorded in that order (round 10)
_ORDER_UNSETTLED = re.compile(
    r"\b(?:not\s+(?:sure|certain)|unsure|undecided)\s+(?:about|of|on)?\s*(?:the\s+)?(?:order|sequence)\b|"
    r"\b(?:order|sequence)\s+(?:is\s+|may\s+be\s+|might\s+be\s+)?(?:not\s+(?:final|fixed|settled|decided|right|"
    r"correct|confirmed)|tbd|tbc|to\s+be\s+(?:decided|confirmed|agreed)|still\s+open|wrong)\b|"
    r"\b(?:will|I'll|we'll|i\s+will|we\s+will)\s+(?:confirm|sort\s+out|fix|decide|check)\s+the\s+(?:order|sequence)\b|"
    r"\b(?:might|may)\s+not\s+be\s+in\s+(?:the\s+right\s+)?order\b|\bin\s+no\s+particular\s+order\b|"
    r"顺序(?:可能|也许|好像|大概|应该)?(?:不对|不是这样|不一定对|还没定|没定|未定|待定|不确定|有问题|要调|还要调|再说)|"
    r"顺序[^。；;\n]{0,8}?(?:晚点|回头|之后|以后|稍后|改天|下次)(?:再)?(?:排|定|确认|调整|改|说)|"
    r"(?:不确定|不知道|没想好|还没想好)(?:一下)?(?:的)?(?:先后)?顺序|先后(?:顺序)?(?:还)?(?:没定|不确定|待定|未定)",
    _I,
)

#: the same said in any word order (round 10b): an order word and an unsettled word in one clause, either first
#: ("order still TBD", "haven't decided the order", "先后还待定", "次序再说吧", "顺序我还不太确定"); the clause
#: stops at any punctuation, so "in this order, not sure who records" keeps its stages
_ORDER_WORD_EN = r"\b(?:order|sequence|ordering)\b"
_UNSETTLED_EN = (
    r"\b(?:not\s+(?:yet\s+)?(?:sure|certain|decided|settled|final|fixed|confirmed)|unsure|undecided|unclear|tbd|tbc|"
    r"(?:haven'?t|have\s+not|hasn'?t|didn'?t|not)\s+(?:yet\s+)?(?:decided|settled|figured|worked\s+out|fixed|"
    r"confirmed|finali[sz]ed)|still\s+(?:figuring|working|deciding|thinking|open|tbd|undecided|unsure)|"
    r"to\s+be\s+(?:decided|confirmed|agreed|determined)|up\s+in\s+the\s+air|(?:will|I'll|we'll)\s+decide)\b"
)
_ORDER_WORD_ZH = r"(?:顺序|先后|次序|排序)"
_UNSETTLED_ZH = (
    r"(?:没想好|没想清楚|未定|待定|没定|未确定|不确定|不太确定|不清楚|不太清楚|再说|没决定|未决定|没确定|还要想|再想想|"
    r"再定|再商量|没排好|还没排|"
    # waiting on someone to confirm ("各环节次序待甲方确认", "顺序要等老板定")
    r"(?:待|等|要等|需|需要)[^,.;:!?\n，。；：！？、]{0,6}?(?:确认|确定|定|决定|批准|同意|审核))"
)
_ORDER_EITHER_SIDE = re.compile(
    rf"{_ORDER_WORD_EN}[^,.;:!?\n，。；：！？、]{{0,30}}?{_UNSETTLED_EN}|"
    rf"{_UNSETTLED_EN}[^,.;:!?\n，。；：！？、]{{0,30}}?{_ORDER_WORD_EN}|"
    rf"{_ORDER_WORD_ZH}[^,.;:!?\n，。；：！？、]{{0,8}}?{_UNSETTLED_ZH}|"
    rf"{_UNSETTLED_ZH}[^,.;:!?\n，。；：！？、]{{0,4}}?{_ORDER_WORD_ZH}",
    _I,
)


def _order_unsettled(s: Scan, params: dict[str, Any], edits: list[Edit]) -> None:
    """Stages whose order the writer says is not settled, with no correction read after it, are asked: a chain
    recorded in a draft order is a wrong contract that looks right."""
    if not params.get("stages") or edits:
        return
    m = _ORDER_UNSETTLED.search(s.text) or _ORDER_EITHER_SIDE.search(s.text)
    if m is None:
        return
    _ask(s, "stages", m.start(), m.end(), _ASK_ORDER)
    for key in ("stages", "stage_roles"):
        params.pop(key, None)
        s.evidence.pop(key, None)


#: "其他仨环节我自己记": the count of the remaining stages (checked against the stages given that actor)
_REST_COUNT = re.compile(r"(?:其余|其他|其它|剩下|剩余)的?(?P<n>[两三四五六七八九十仨俩\d]{1,2})个?(?:环节|步骤|阶段)")
_REST_N = {"两": 2, "俩": 2, "三": 3, "仨": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _rest_count(s: Scan, params: dict[str, Any]) -> None:
    m = _REST_COUNT.search(s.text)
    if m is None:
        return
    raw = m.group("n")
    n = int(raw) if raw.isdigit() else _REST_N.get(raw)
    roles = params.get("stage_roles") or []
    last = next((r for r in reversed(roles) if r is not None), None)
    if roles and n is not None and sum(1 for r in roles if r == last) < n:
        _ask(s, "stage_roles", m.start(), m.end(), _ASK_ROLES)  # "其他仨环节" where fewer are left: asked
        params.pop("stage_roles", None)
        s.evidence.pop("stage_roles", None)
    for i, num in enumerate(s.numbers):
        if i not in s.used and m.start("n") <= num.start < m.end("n"):
            s.used.add(i)
            s.ignored.append(Ignored(num.start, num.end, num.text, "counts the remaining stages"))


#: "零售这一环", "那一步": the 一 of a demonstrative is no number
_ZH_THIS_ONE = re.compile(r"[这那每]一(?=[步环个批件箱])|一步")


def _words_hold_numbers(s: Scan, params: dict[str, Any]) -> None:
    """Digits and number characters inside a stage, actor or item name ("零售", "二次质检", "Plant 2") are part
    of the name wherever the name is repeated, never a value: set aside with the reason (issue 8, accounting)."""
    names = [str(v) for v in [params.get("item"), *(params.get("stages") or []), *(params.get("stage_roles") or [])]]
    spans: list[tuple[int, int]] = []
    for name in (n for n in names if n and n != "None"):
        spans += [(m.start(), m.end()) for m in re.finditer(re.escape(name), s.text)]
    spans += [m.span() for m in _ZH_THIS_ONE.finditer(s.text)]
    for i, n in enumerate(s.numbers):
        if i not in s.used and any(a <= n.start and n.end <= b for a, b in spans):
            s.used.add(i)
            s.ignored.append(Ignored(n.start, n.end, n.text, "part of a stage, actor or item name"))


#: a job title before a person's name is no part of who records (round 9; data_access reads readers alike): "the
#: FSC auditor Ms. Brandt" is Ms. Brandt, "the affineur, Jean-Luc Morel" Jean-Luc Morel, "调酒师王建华" 王建华
_EN_TITLE_BEFORE_NAME = re.compile(
    r"^(?:(?:the|our|my|their|a|an)\s+)?(?:[A-Z]{2,6}\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}\s*,?\s+"
    r"(?=(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Mme|Mlle)\.?\s+[A-Z][\w'’\-]*|[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][\w'’\-]+)+)$)"
)


def _drop_titles(s: Scan, params: dict[str, Any]) -> None:
    from ledgerlm.contracts.kinds.data_access.extract import _role_before_name

    roles = params.get("stage_roles")
    if not roles:
        return
    ev = s.evidence.get("stage_roles")
    for i, role in enumerate(roles):
        if not role:
            continue
        cut = _role_before_name(role) if has_cjk(role) else 0
        m = None if has_cjk(role) else _EN_TITLE_BEFORE_NAME.match(role)
        cut = m.end() if m else cut
        if not cut:
            continue
        name = role[cut:]
        roles[i] = name
        sp = s.name_spans.pop(role, None)
        if sp is not None:
            s.name_spans[name] = Span(sp.start + cut, sp.end, s.text[sp.start + cut : sp.end])
        if ev is not None:
            ev = Evidence(
                ev.source,
                ev.rule,
                tuple(
                    Span(x.start + cut, x.end, s.text[x.start + cut : x.end]) if x.words == role else x
                    for x in ev.spans
                ),
            )
            s.evidence["stage_roles"] = ev


def extract(s: Scan) -> dict[str, Any]:
    return run_folded(s, _extract)  # traditional characters and Cantonese words: read as simplified (fold.py)


def _extract(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    asked: list[StageList] = []
    found = _stages(s, params, asked)
    if found is not None:
        _roles(s, params, params["stages"])
    _item(s, params, found, asked)
    _head_of_list(s, params)
    edits = _edits(s, params)
    _gate.gate(s, params, skip=[e.span for e in edits])  # the second reading: every value re-read, else asked
    _amend(s, params, edits)
    _order_unsettled(s, params, edits)
    _rest_count(s, params)
    _drop_titles(s, params)
    _words_hold_numbers(s, params)
    return params
