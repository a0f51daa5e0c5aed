"""Intents as self-describing plug-ins: one ``IntentSpec`` per intent, discovered from a package of modules.

Why: the rules about an intent (does it move money, is it a question, which slots it has, how it is planned or
answered, its cue words, its names in both languages, examples to train on) used to be spread over six sets and
several if/elif chains. Each intent now lives in one module of ``ledgerlm.assistant.intents.catalog`` (a module
per intent, exporting ``INTENT = IntentSpec(...)``); the classifier, planner, replies, core, DeFi bridge,
executor, keyword baseline and training all read this registry.

Adding an intent means adding one module: to a built-in package, or to any importable package named in the
config (``assistant.intent_packages = ["my_intents"]``) or passed to ``add_package``. An intent the shipped head
was not trained on is recognised by its ``cues`` until ``ledgerlm train intent`` learns it from its ``examples``.

``ledgerlm.language.slots.INTENTS`` stays the list of built-in names (the language layer cannot import the
assistant); a test checks that the two agree.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Any, Literal

from ledgerlm.errors import ConfigError, InputError

__all__ = [
    "BUILTIN_PACKAGE",
    "IntentSpec",
    "add_package",
    "all_specs",
    "as_question",
    "conditional",
    "get",
    "how_to_do",
    "hypothetical",
    "money_intents",
    "names",
    "question_intents",
    "reload",
]

BUILTIN_PACKAGE = "ledgerlm.assistant.intents.catalog"

#: (planner, intent, slots, lang, text) -> Plan
PlanFn = Callable[[Any, str, dict[str, Any], str, str], Any]
#: (assistant, intent, slots, lang, text) -> Reply
AnswerFn = Callable[[Any, str, dict[str, Any], str, str], Any]

#: The slot vocabulary and its types (the pydantic model of an intent is built from the names it lists).
SLOT_TYPES: dict[str, Any] = {
    "token": str | None,
    "counter_token": str | None,
    "amount": Decimal | Literal["all"] | None,
    "recipient": str | None,
}

# "how do I buy bitcoin?" / "我想知道如何购买比特币": a question about a money action, never an order
_HOW_TO = re.compile(
    r"\bhow (?:do|can|should|would|to)\b|\bhow'?s\b|\bwhat(?:'s| is| are)\b|\bexplain\b|"
    r"\bwhere (?:can|do)\b|\bsteps? to\b|\bguide\b|\btutorial\b|"
    r"如何|怎么|怎样|咋|想知道|想了解|是什么|什么是|教我|为什么|要先|先要|干嘛|步骤|流程|教程",
    re.IGNORECASE,
)
# "how can I check my balance" / "怎样查余额": a question about *how to* do it, asked of an intent that answers with
# the user's own figures (balance, rewards, holding advice). Narrower than ``_HOW_TO``: "what's my balance" and
# "余额怎么样" ask for the figures themselves.
_HOW_TO_DO = re.compile(
    r"\bhow (?:do|does|can|should|would) (?:i|we|you|one|someone|people|a person)\b(?! have\b)|\bhow (?:to|2)\b|"
    # "what are the steps if i wanna send ...", "steps for sending 50 usdc", "what do i do to withdraw ...", "ways to
    # buy btc", "is it possible to repay part of my loan? how": the way to do it is asked, nothing is ordered
    r"\bsteps?\s+(?:if|for|when|involved)\b|\b(?:what|wat|wut|wht)\s+(?:are|r)\s+(?:the\s+)?steps\b|\bwhat\s+do\s+i\s+(?:need\s+to\s+)?do\s+to\b|"
    r"\bways?\s+to\s+(?:buy|sell|send|get|stake|withdraw|deposit|borrow|repay|swap|bridge)\b|"
    r"[?？]\s*(?:and\s+)?how\s*[?？]*\s*$|\bwalk\s+me\s+through\b|\bshow\s+me\s+how\s+to\b|\bteach\s+me\b|"
    r"\bhow\s+(?:i|we|one)\s+(?:can|could|should|would)\b|\bwhere\s+do\s+i\s+go\s+to\b|\bany\s+guide\b|\bthe\s+process\s+(?:to|for|of)\b|怎么操作|如何操作|要怎么|需要什么(?:步骤|手续)|"
    r"\bsteps? (?:to|2|by step)\b|\bguide\b|\bis there a way to\b|\bwhat(?:'s| is) the (?:best )?way to\b|"
    r"\bgo about\b|如何|怎么(?!样|回事)|怎样(?!了)|咋|教我|步骤|流程|教程|几步|多少步|哪几步|\bhow\s+many\s+steps\b|"
    # "i'd like to know how staking works before i stake my 10 eth": a how-question inside the sentence
    r"\b(?:like|want|wanna|need)\s+to\s+(?:know|understand|learn)\s+how\b(?!\s+(?:much|many)\b)|\bwondering\s+how\b|"
    # "can u tell me how i send 30 usdc to my brother", "explain me how to borrow", "點樣買 USDC" (Cantonese "how")
    r"\b(?:tell|show|explain(?:\s+to)?)\s+(?:me|us)\s+how\b(?!\s+(?:much|many|long|far|big|high|low|old|often|it|this|that)\b)|\b(?:know|knows|learn)\s+how\s+(?:i|we|one|to|do)\b|"
    r"點樣|点样|點先可以|点先可以|"
    r"\bhow\s+(?!it\b|this\b|that\b)(?:\w+\s+){1,2}works?\b",
    re.IGNORECASE,
)
#: "how much would it cost to send 5 usdc to bob", "what's the fee to swap 1 eth", "转 100 U 手续费多少": the cost of
#: an order asked, with its amount, before anything is ordered
_COST_OF = re.compile(
    r"\bhow\s+much\s+(?:would|will|does|do|is|did)\s+it\s+(?:cost|be|charge)\b|"
    r"\bwhat(?:'s|\s+is|\s+are|\s+would\s+be|\s+will\s+be)\s+the\s+(?:\w+\s+)?(?:fees?|gas|cost|charges?)\s+(?:to|for|of|if)\b|"
    r"\bhow\s+much\s+(?:is|are|would\s+be)\s+the\s+(?:\w+\s+)?(?:fees?|gas)\b|"
    r"(?:手续费|gas\s*费?|费用)(?:是|要|大概)?多少|要(?:付)?多少(?:手续费|gas|费用)",
    re.IGNORECASE,
)
#: a hypothetical about the user's own action ("what if I sold all my eth", "suppose i bought 5 sol last year",
#: "如果我把 BTC 全卖了会怎样", "假如我存 1000 U 进去一年能赚多少"): a question about what would follow, never an order
#: (a condition on an order with no question, "如果 ETH 跌到 2000 就买 1 个", "if i have 2 eth left sell 1", stays one)
_HYPOTHETICAL = re.compile(
    r"\bwhat\s+(?:if|happens\s+if|would\s+happen\s+if|will\s+happen\s+if|happens\s+when|would\s+happen\s+when)\s+"
    r"(?:i|we)\b|"
    r"\b(?:suppose|supposing|imagine|hypothetically(?:\s+speaking)?|let'?s\s+say|say)\s*,?\s+(?:that\s+|if\s+)?(?:i|we)\s+"
    r"(?:had|did|were|was|\w+ed|bought|sold|put|spent|sent|got|took|lent|kept|held|stake|buy|sell|swap|borrow|repay|"
    r"deposit|withdraw|stak\w+|invest\w*)\b|"
    r"\bif\s+(?:i|we)\s+(?:were\s+to|had\s+(?:bought|sold|staked|put|kept|held|invested|spent|swapped))\b|"
    r"\bhad\s+(?:i|we)\s+(?:bought|sold|staked|invested|held|kept)\b|"
    r"\bif\s+(?:i|we)\b[^.?!;]{0,60}?[,\s](?:how\s+much|how\s+many|what|would\s+(?:i|we|it|that|my|there)|"
    r"will\s+(?:i|we|it|that|my)\b[^.!;]*\?)|"
    r"\bhow\s+much\s+would\s+(?:i|we)\s+(?:have\s+)?(?:made|make|get|gotten|earn(?:ed)?|los[et]|gain(?:ed)?|"
    r"save[d]?|receive[d]?|end\s+up|profit(?:ed)?)\b|"
    r"(?:如果|假如|假设|要是|万一|假使|倘若|设想|若是)\s*(?:我|我们)[^。；;！!]{0,30}?"
    r"(?:会怎样|会怎么样|会如何|怎么样|怎么办|点算|點算|点搞|點搞|会发生什么|会有什么|有什么(?:影响|后果|结果)|能赚|会赚|赚多少|亏多少|会亏|能拿|"
    r"能拿到|能得到|能换|会得到|能有多少|多少|吗\s*[?？]?\s*$|呢\s*[?？]?\s*$|[?？])|"
    r"(?:我|我们)\s*(?:如果|假如|要是)[^。；;！!]{0,30}?(?:会怎样|会怎么样|会如何|会发生什么|能赚|会赚|多少|"
    r"吗\s*[?？]?\s*$|呢\s*[?？]?\s*$|[?？])",
    re.IGNORECASE,
)
#: what an order needs, asked before it ("how much eth do i need as collateral to borrow 1000 usdc", "借 1000 U
#: 要抵押多少 ETH", "how many sol are required to stake"): a question, never the order it is about
_REQUIREMENT = re.compile(
    r"\bhow\s+(?:much|many)\s+(?:\w+\s+){0,2}?(?:do|would|will|should|must)\s+(?:i|we|you|one)\s+"
    r"(?:need|have\s+to|put\s+up|lock|pledge)\b|"
    r"\bhow\s+(?:much|many)\s+(?:\w+\s+){0,2}?(?:is|are)\s+(?:needed|required|necessary)\b|"
    r"\bwhat(?:'s|\s+is)\s+the\s+(?:minimum|min|max|maximum|least)\b|"
    r"(?:需要|要|得)(?:抵押|质押|押|准备|交|存|放)(?:多少|几个|几)|需要多少|最少(?:要|需要|得)?多少|最低(?:要|需要)?多少",
    re.IGNORECASE,
)
#: an order that waits for a price ("if eth drops below 2000 buy 1", "sell all my doge once it reaches 1 dollar",
#: "SOL 跌到 100 就帮我买 10 个", "等 BTC 涨到 12 万就卖"): the assistant places no conditional orders, and run now it
#: would be an order the user never gave, so it is answered (``info``: not supported) and never planned. A condition
#: on the user's own balance ("if i have more than 5 sol left sell 2") names no price move and stays the order.
_CONDITIONAL = re.compile(
    r"\b(?:if|when|once|whenever|as\s+soon\s+as|after|until|till|the\s+moment)\s+(?:\w+\s+){0,3}?"
    r"(?:drops?|dips?|falls?|hits?|reach(?:es)?|touch(?:es)?|cross(?:es)?|breaks?|rises?|climbs?|pumps?|dumps?|"
    r"tanks?|moons?|crash(?:es)?|gets?\s+(?:to|above|below|over|under|back)|goes\s+(?:to|above|below|over|under|up|down)|"
    r"(?:is|'s|trades?|trading)\s+(?:at|above|below|over|under|back)|moves?\s+(?:to|above|below))\b|"
    r"\b(?:below|above|under|over)\s+\$?\d[\d.,]*\s*k?\s*,?\s*(?:then\s+)?(?:buy|sell|swap|send|stake)\b|"
    r"\bat\s+(?:a\s+)?(?:price\s+of\s+)?\$?\d[\d.,]*\s*k?\s*(?:or\s+(?:less|lower|more|higher|better|below|above))\b|"
    # "平過 3000 就買 1 粒", "贵过 5000 就卖": Cantonese "cheaper / dearer than" a price, then the order
    r"(?:跌到|跌破|跌穿|跌至|涨到|涨破|涨至|升到|升穿|升破|突破|回落到|达到|站上|低于|高于|"
    r"(?:[平贵貴低高]|便宜)[过過])"
    r"[^，,。；;！!]{0,14}?(?:就|再|才|时|的时候|之后|以后|后)|"
    r"(?:等|当|如果|要是|假如|一旦)[^，,。；;！!]{0,12}?(?:跌|涨|升|到\s*\$?\d)[^，,。；;！!]{0,12}?(?:就|再|才|时|的时候)",
    re.IGNORECASE,
)
#: intents answered with the user's own figures, which a how-to question turns into ``info``
_FIGURES = frozenset({"balance", "dividend", "hold"})


@dataclass(frozen=True)
class IntentSpec:
    """Everything the assistant knows about one intent.

    ``kind``: ``order`` (planned, confirmed, signed) or ``question`` (answered, never transacts). ``plan`` builds
    the plan of an order; ``answer`` answers a question (and an order that ``order_when`` says is really a
    question, such as "what rewards have I earned"). ``cues`` feed the keyword baseline (lower ``cue_rank`` wins)
    and recognise an intent the trained head does not know yet. ``slots_like`` names the built-in intent whose
    slot reading a plug-in reuses (or give ``extract``)."""

    name: str
    kind: Literal["order", "question"]
    display: Mapping[str, str]
    slots: tuple[str, ...] = ()
    moves_money: bool = False
    plan: PlanFn | None = None
    answer: AnswerFn | None = None
    order_when: Callable[[str], bool] | None = None
    refine: Callable[[str, dict[str, Any]], dict[str, Any]] | None = None
    cues: tuple[str, ...] = ()
    cue_rank: int = 100
    examples: tuple[str, ...] = ()
    defi_action: str | None = None
    needs_token: bool = True
    accepts_all: bool = False
    kyc_action: str | None = None
    slots_like: str | None = None
    extract: Callable[[str], dict[str, Any]] | None = None
    module: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        unknown = [s for s in self.slots if s not in SLOT_TYPES]
        if unknown:
            raise ConfigError(f"intent {self.name!r} names unknown slot(s) {unknown}", hint=f"use {list(SLOT_TYPES)}")
        if self.kind == "order" and self.plan is None:
            raise ConfigError(f"intent {self.name!r} is an order but has no plan function")
        if self.kind == "question" and self.answer is None:
            raise ConfigError(f"intent {self.name!r} is a question but has no answer function")
        if set(self.display) != {"en", "zh"}:
            raise ConfigError(f"intent {self.name!r} needs display names in en and zh")

    def word(self, lang: str) -> str:
        """Its display name (a verb for orders: "send" / "转账") in ``lang``."""
        return self.display.get(lang, self.display["en"])

    def clean(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        """The slots this intent has, absent ones (None, "") omitted."""
        return {k: v for k, v in raw.items() if k in self.slots and v not in (None, "")}

    def model(self) -> Any:
        """The pydantic model of its slots (built on first use: pydantic is not needed to classify)."""
        return _slot_model(self.name, self.slots)

    def validate(self, slots: Mapping[str, Any]) -> Any:
        """Check ``slots`` against the model (extra keys such as ``collateral`` are kept); ``InputError`` if not."""
        from pydantic import ValidationError

        try:
            return self.model().model_validate(dict(slots))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ()))
            raise InputError(f"slot {where} of {self.name!r} is invalid: {first.get('msg')}") from None


@cache
def _slot_model(name: str, slots: tuple[str, ...]) -> Any:
    from pydantic import ConfigDict, create_model

    fields: dict[str, Any] = {s: (SLOT_TYPES[s], None) for s in slots}
    title = "".join(part.title() for part in name.split("_")) + "Slots"
    return create_model(title, __config__=ConfigDict(extra="allow"), **fields)


# -- discovery ------------------------------------------------------------------------------------------------
_lock = threading.Lock()
_specs: dict[str, IntentSpec] | None = None
_extra_packages: list[str] = []


def _configured_packages() -> list[str]:
    from ledgerlm.config import load_config

    value = load_config().get("assistant", {}).get("intent_packages", []) or []
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in value]


def _load_package(package: str) -> list[IntentSpec]:
    try:
        pkg = importlib.import_module(package)
    except ImportError as exc:
        raise ConfigError(
            f"intent package {package!r} cannot be imported: {exc}",
            hint="fix assistant.intent_packages in the config (or the package's import path)",
        ) from None
    found: list[IntentSpec] = []
    paths = getattr(pkg, "__path__", None)
    modules = [pkg] if paths is None else []
    for info in sorted(pkgutil.iter_modules(paths or []), key=lambda i: i.name):
        if not info.name.startswith("_"):
            modules.append(importlib.import_module(f"{package}.{info.name}"))
    for mod in modules:
        spec = getattr(mod, "INTENT", None)
        if isinstance(spec, IntentSpec):
            object.__setattr__(spec, "module", mod.__name__)
            found.append(spec)
    return found


def _discover() -> dict[str, IntentSpec]:
    from ledgerlm.language.slots import INTENTS

    builtin = {s.name: s for s in _load_package(BUILTIN_PACKAGE)}
    order = [n for n in INTENTS if n in builtin] + sorted(n for n in builtin if n not in INTENTS)
    specs = {n: builtin[n] for n in order}
    for package in dict.fromkeys([*_configured_packages(), *_extra_packages]):
        for spec in _load_package(package):
            if spec.name in specs and specs[spec.name].module != spec.module:
                raise ConfigError(
                    f"intent {spec.name!r} is defined twice ({specs[spec.name].module} and {spec.module})",
                    hint="give the plug-in intent its own name",
                )
            specs[spec.name] = spec
    return specs


def all_specs() -> dict[str, IntentSpec]:
    """name -> spec, built-ins first in ``INTENTS`` order, then plug-ins. Discovered once per process."""
    global _specs
    if _specs is None:
        with _lock:
            if _specs is None:
                _specs = _discover()
    return _specs


def reload() -> dict[str, IntentSpec]:
    """Discover again (after the config's ``intent_packages`` or ``add_package`` changed)."""
    global _specs
    with _lock:
        _specs = None
    return all_specs()


def add_package(package: str) -> None:
    """Also discover the intents of ``package`` (an importable package of intent modules)."""
    if package not in _extra_packages:
        _extra_packages.append(package)
    reload()


def remove_package(package: str) -> None:
    if package in _extra_packages:
        _extra_packages.remove(package)
    reload()


def get(name: str) -> IntentSpec:
    spec = all_specs().get(name)
    if spec is None:
        raise InputError(f"unknown intent {name!r}", hint=f"use one of: {', '.join(all_specs())}")
    return spec


def names() -> tuple[str, ...]:
    return tuple(all_specs())


def money_intents() -> frozenset[str]:
    """Intents whose orders move money (planned, confirmed, signed)."""
    return frozenset(n for n, s in all_specs().items() if s.moves_money)


def question_intents() -> frozenset[str]:
    """Intents that are always answered and never produce a transaction."""
    return frozenset(n for n, s in all_specs().items() if s.kind == "question")


def how_to_do(text: str) -> bool:
    """``text`` asks how to do something ("how 2 buy pepe", "walk me through selling 1 btc", "怎么操作")."""
    return bool(_HOW_TO_DO.search(text))


def hypothetical(text: str) -> bool:
    """``text`` asks what would follow from an action of the user's ("what if I sold all my eth", "如果我把 BTC
    全卖了会怎样"): answered as ``info``, never planned."""
    return bool(_HYPOTHETICAL.search(text))


def conditional(text: str) -> bool:
    """``text`` makes an order wait for a price ("when btc hits 100k sell half", "跌到 2000 就买"): no conditional
    order is placed, so it is answered as ``info`` (never run now, which the user did not ask)."""
    return bool(_CONDITIONAL.search(text))


def as_question(intent: str, text: str) -> bool:
    """A money intent asked as "how do I ..." (``_HOW_TO_DO``, with or without an amount) or as a looser question
    ("what's the fee to send ...", ``_HOW_TO``) without an amount of its own is a question (answered as ``info``),
    and so is "how do I check my balance" for an intent answered with the user's figures, and "how do you deploy
    a token contract?" for a contract request."""
    spec = all_specs().get(intent)
    if spec is None:
        return False
    if spec.moves_money and conditional(text):
        return True  # "if eth drops below 2000 buy 1 for me": a conditional order, which is not placed
    if intent not in ("info", "explain", "create_contract", "price") and hypothetical(text):
        from ledgerlm.assistant.intents.reading import asks_about_risk

        # "what if I sold all my eth today", "假如我存 1000 U 进去一年能赚多少": what would follow, asked (never "what
        # if i lose all my money": a question about risk)
        return intent != "risk" or not asks_about_risk(text)
    if not spec.moves_money:
        # "how do you deploy a token contract?" asks how; "deploy a token called Sun" asks for one
        return intent in (*_FIGURES, "create_contract") and bool(_HOW_TO_DO.search(text))
    if _HOW_TO_DO.search(text) or _COST_OF.search(text) or _REQUIREMENT.search(text):
        # "how to send 5 usdc to bob?", "how much would it cost to send ...", "借 1000 U 要抵押多少 ETH": answered,
        # never planned
        return True
    if spec.order_when is not None and spec.answer is not None:
        return False  # "what are my avax rewards so far": an intent that answers its own questions with the figures
    if not _HOW_TO.search(text):
        return False
    from ledgerlm.language.numbers import find_numbers

    try:
        return not any(not n.percent for n in find_numbers(text))
    except Exception:  # noqa: BLE001 - an unreadable number is no amount; the question reading stands
        return True


def cue_match(text: str, specs: list[IntentSpec]) -> IntentSpec | None:
    """The first of ``specs`` (by ``cue_rank``) one of whose cues occurs in ``text`` (case-insensitive)."""
    low = re.sub(r"\s+", " ", text.lower())
    for spec in sorted(specs, key=lambda s: s.cue_rank):
        if any(cue in low for cue in spec.cues):
            return spec
    return None
