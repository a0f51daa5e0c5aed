"""What kind of question is this?  Rules in both languages, because the kinds are few and the cues are plain.

Live figures (price, risk, a comparison of two assets, balance, gas price, the user's own loan) must come from
the risk module or the chain with a date and a source, never from text; advice goes to the advisor; a question
about future prices is declined (nothing here predicts).  Everything else is answered from the knowledge base,
and the kind only shapes the reply: ``howto`` answers are steps, ``comparison`` answers put two things side by
side, ``about`` is about ledgerlm itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Assets with a shipped price series (or a peg), and the names people use for them.
_ASSET_WORDS = {
    "BTC": r"btc|bitcoin|xbt|比特币|大饼|wbtc",
    "ETH": r"eth|ether|ethereum|以太坊|以太币|以太|姨太|weth",
    "BNB": r"bnb|币安币",
    "XRP": r"xrp|ripple|瑞波币?",
    "ADA": r"ada|cardano|艾达币",
    "USDC": r"usdc",
    "USDT": r"usdt|tether|泰达币",
    "DAI": r"dai",
}
_ASSET_RES = {sym: re.compile(rf"(?<![a-z0-9])(?:{words})(?![a-z0-9])", re.I) for sym, words in _ASSET_WORDS.items()}

_PREDICT = re.compile(
    r"\b(will|gonna|going to)\b.*\b(hit|reach|go up|go down|rise|fall|moon|crash|be worth)\b|"
    r"\bprice (prediction|target|forecast)\b|\bpredict|\bnext (year|month|week)\b.*\bprice|"
    r"预测|会涨|会跌|能涨|涨到|跌到|还会涨|还会跌|能不能涨|目标价",
    re.I,
)
_STOCKS = re.compile(
    r"\bstocks?\b|\bshares\b|\bequit(y|ies)\b|\bnasdaq\b|\bs&p\b|\bapple\b|\btesla\b|"
    r"股票|股市|美股|a股|港股|基金",
    re.I,
)
_ADVICE = re.compile(
    r"\bshould i\b.*\b(buy|sell|invest|put|hold|move|keep)\b|\binvest(ment|ing)? advice\b|"
    r"\b(investment|investing|financial|crypto|portfolio) advice\b|\badvi[cs]e (on|for|me)\b|"
    r"\bwhat should i (buy|invest)|\ball my (savings|money)\b|"
    r"\bhow much should i (invest|put|buy)\b|\bworth (buying|investing)\b|\bgood investment\b|"
    r"投资建议|理财建议|给.*建议|建议.*(买|投资|配置)|该不该|我该|应该买|值得买|值得投资|全部买|全仓|梭哈|"
    r"存款.*(买|投|全部)|推荐.*(币|股|投资)",
    re.I,
)
_LOAN = re.compile(
    r"(liquidat\w*|health factor).*\b(am i|my|me|i)\b|\b(am i|my|me|i)\b.*(liquidat\w*|health factor)|"
    r"我.*(清算|爆仓|健康因子)|(清算|爆仓|健康因子).*我",
    re.I,
)
_BALANCE = re.compile(
    r"\bmy balances?\b|\bbalance of my\b|\bhow much \w+ do i (have|own)\b|\bwhat do i (have|own)\b|"
    r"我的余额|余额(是)?多少|我有多少|我的资产|我的持仓",
    re.I,
)
_GAS_PRICE = re.compile(
    r"\bgas price\b|\bgwei\b|\bcurrent gas\b|\bgas (now|right now|today)\b|现在.*gas|gas.*多少|"
    r"gas 价格|gas价格",
    re.I,
)
_RISK = re.compile(
    r"\brisk(y|ier|iest)?\b|\bvolatil\w*|\bdrawdown\b|\bvar\b|\bvalue at risk\b|"
    r"风险|波动|回撤",
    re.I,
)
_PRICE = re.compile(
    r"\bprice\b|\bhow much is\b|\bquote\b|\btrading at\b|(?<!需要)多少钱|价格|现价|行情|报价|多"
    r"少美元",
    re.I,
)
_COMPARE = re.compile(
    r"\bvs\.?\b|\bversus\b|\bcompare|\bcompared\b|\bor\b|\bwhich\b|\bbetter\b|\bdifference\b|"
    r"比较|对比|哪个|还是|和|与|跟|区别|不同",
    re.I,
)
_HOWTO = re.compile(
    r"\bhow (do|can|should|would) (i|we|you)\b|\bhow to\b|\bsteps?\b|\bguide\b|\bwalk me through\b|"
    r"怎么|如何|怎样|步骤|教程|教我",
    re.I,
)
_ABOUT = re.compile(
    r"ledgerlm|\bthis (tool|assistant|app|bot)\b|\bwhat can you\b|\bcan you (do|help)\b|"
    r"你能|你可以|你会|这个助手|这个工具",
    re.I,
)
_FIGURE_KINDS = frozenset({"price", "risk", "compare", "balance", "gas_price", "loan"})


@dataclass(frozen=True)
class Route:
    """``kind``: price | risk | compare | balance | gas_price | loan | advice | prediction | howto | comparison |
    about | definition.  ``assets``: symbols named, in order of appearance."""

    kind: str
    assets: tuple[str, ...] = ()
    stocks: bool = False
    cues: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_figure(self) -> bool:
        return self.kind in _FIGURE_KINDS

    @property
    def from_knowledge(self) -> bool:
        return self.kind in ("howto", "comparison", "about", "definition")


def assets_in(text: str) -> tuple[str, ...]:
    found = []
    for sym, rx in _ASSET_RES.items():
        m = rx.search(text)
        if m:
            found.append((m.start(), sym))
    return tuple(sym for _, sym in sorted(found))


def classify(question: str) -> Route:
    """The kind of ``question`` and the assets it names (see the module docstring for what each kind gets)."""
    text = question.strip()
    assets = assets_in(text)
    stocks = bool(_STOCKS.search(text))
    if _PREDICT.search(text) and (assets or _PRICE.search(text)):
        return Route("prediction", assets, stocks)
    if _ADVICE.search(text) or (stocks and re.search(r"invest|推荐|买", text, re.I)):
        return Route("advice", assets, stocks)
    if _LOAN.search(text):
        return Route("loan", assets, stocks)
    if _BALANCE.search(text):
        return Route("balance", assets, stocks)
    if _GAS_PRICE.search(text) and not re.search(r"\bwhy\b|为什么|为啥", text, re.I):
        return Route("gas_price", assets, stocks)
    if len(assets) >= 2 and (_RISK.search(text) or _PRICE.search(text)) and _COMPARE.search(text):
        return Route("compare", assets, stocks)
    if assets and _RISK.search(text):
        return Route("risk", assets, stocks)
    if assets and _PRICE.search(text):
        return Route("price", assets, stocks)
    if _ABOUT.search(text):
        return Route("about", assets, stocks)
    if _HOWTO.search(text):
        return Route("howto", assets, stocks)
    if _COMPARE.search(text) and re.search(r"\bvs\.?\b|versus|differen|compare|区别|不同|对比|比较", text, re.I):
        return Route("comparison", assets, stocks)
    return Route("definition", assets, stocks)
