"""The token kind describes itself: names, classifier cues, party roles and the field that measures its size."""

from __future__ import annotations

from ledgerlm.contracts.kinds.base import KindDescriptor

DESCRIPTOR = KindDescriptor(
    kind="token",
    display={"en": "token", "zh": "代币"},
    keywords=(
        (
            r"\btoke?n\s+(?:named|called)\b|\b(?:create|issue|launch|mint|deploy)\s+(?:me\s+)?(?:a|an|my|our)?\s*"
            r"(?:new\s+)?(?-i:[A-Z][A-Z0-9]{1,10}\s+)?(?:erc-?20\s+)?(?:toke?n|coin)\b|\berc-?20\b",
            4.0,
        ),
        (
            r"发行.{0,4}(?:代币|币|token)|发币|发个币|发一个币|发(?:个|一个)\s*token|创建.{0,8}代币|(?:新|的)代币|代币名|发行量|总供应|初始供应|"
            r"\bown\s+(?:crypto)?(?:currency|coin|token)\b|"
            r"\b(?:coin|token|cryptocurrency)\s+(?:named|called)\b|"
            r"\b(?:coin|token)\b[^.;]{0,30}\b(?:called|named)\s+\S+\s*\(\s*\$?[A-Z]{2,10}\s*\)|"
            r"^\s*(?:new\s+)?(?:token|代币|erc-?20)\s*[:：]|"
            r"^\s*(?:(?:pls|please|create|make|new|launch|issue|deploy)\s+){0,2}(?:a\s+)?(?:token|coin)\s+(?!for\b)[A-Z]|"
            # "弄个会员币 FLWR", "积分币，叫…": a coin of points or membership, in the everyday words for one
            r"(?:会员|积分|社区|游戏|奖励|平台|粉丝|店铺?)(?:币|代币|通证)|"
            # "帮我整一个币", "搞个币": making a coin in everyday words (never a currency: 人民币, 港币, 比特币)
            r"(?:整|弄|搞|做|来)\s*(?:一)?\s*个\s*(?:币|代币)(?![种])|"
            r"\b(?:create|make|launch|issue)\b[^.?!]{0,24}\b(?:digital|crypto)[\s-]?currency\b",
            4.0,
        ),
        (
            r"\bsymbol\b|\bticker\b|\bsupply\b|\bdecimals\b|\bmintable\b|\bburnable\b|\bpausable\b"
            r"|\bhard cap\b|符号|代号|供应|增发|可销毁|可暂停|精度|小数位",
            1.5,
        ),
        (r"\btoke?ns?\b|代币|\bcoin\b", 0.5),
    ),
    prototypes=(
        "create a new ERC20 token with a name, a symbol and an initial supply",
        "issue a mintable, burnable token called Ocean Credit with symbol OCR and 10 million supply",
        "launch my own coin with a max supply cap",
        "发行代币，名称、符号、发行量一千万，可增发",
        "创建一个新的加密货币，代号 ABC，总量一亿枚",
        "I want my own cryptocurrency for my business with a million units",
        "发个币，名字叫面包，一百万个",
    ),
    roles={},
    size_field=None,
    party_lists=(),
)
