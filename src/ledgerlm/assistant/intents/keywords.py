"""A keyword-rule intent classifier: the baseline the learned classifier is benchmarked against.

It is what one writes first (ordered cue lists, first match wins).  ``bench/intents.py`` reports both on the same
data in the same process, to show what the embedding head buys.
"""

from __future__ import annotations

import re

_RULES: list[tuple[str, tuple[str, ...]]] = [
    ("transfer", ("send", "transfer", "pay ", "wire", "转账", "转给", "打给", "给 ", "转 ")),
    ("repay", ("repay", "pay back", "pay off", "还款", "还清", "偿还", "还 ")),
    ("borrow", ("borrow", "loan", "借", "贷款")),
    ("withdraw", ("withdraw", "unstake", "redeem", "取出", "提现", "提币", "赎回", "取回")),
    ("deposit", ("deposit", "supply", "stake", "存入", "存", "质押")),
    ("dividend", ("reward", "yield", "interest", "dividend", "收益", "奖励", "利息", "分红")),
    ("create_contract", ("deploy", "create", "部署", "创建", "发币", "发行")),
    ("explain", ("this contract", "audit", "这个合约", "合约代码", "审计", "这段")),
    ("risk", ("risk", "liquidat", "volatil", "风险", "清算", "波动", "爆仓")),
    ("hold", ("hold", "keep", "拿着", "持有", "拿住")),
    ("sell", ("sell", "dump", "卖", "抛", "出掉", "割肉", "清仓")),
    ("buy", ("buy", "purchase", "买", "入手", "梭哈", "抄底")),
    ("price", ("price", "worth", "价格", "多少钱", "行情")),
    ("balance", ("balance", "portfolio", "holdings", "余额", "有多少", "持仓")),
    ("info", ("what is", "what's a", "how does", "explain", "什么是", "是什么", "怎么")),
]


def classify_keywords(text: str) -> str:
    low = re.sub(r"\s+", " ", text.lower())
    for intent, cues in _RULES:
        if any(cue in low for cue in cues):
            return intent
    return "other"
