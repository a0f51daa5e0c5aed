"""Vesting extractor: amount, token, cliff, start delay, duration and the beneficiary.

The shared scanning-and-evidence layer (``ledgerlm.language.extract``) finds numbers, durations, tokens, addresses
and names with their spans; this module only decides which of them is which param of this kind.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from ledgerlm.language.evidence import Evidence, Span
from ledgerlm.language.extract import (
    Scan,
    _amount,
    _party,
    _search,
    _token,
)

__all__ = ["extract"]


# -- vesting ---------------------------------------------------------------------------------------------------
def extract(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    text = s.text
    amt = _amount(s, r"vest|代币|释放|锁仓|grant|allocate|amount|金额|总共|共")
    if amt:
        params["amount"] = amt[0].value
        _token(s, amt[1], params)
    else:
        _token(s, None, params)
    if "token" in params and params["token"] in ("TEAM",) and amt and amt[1] is None:
        pass
    cliff_d = start_d = None
    for d in s.durations:
        b, a = s.before(d.start, 18), s.after(d.end, 10)
        if (
            _search(
                r"^\s*(?:-|\s)?(?:long\s+)?cliff|^\s*(?:的|是|为|作为)?(?:锁定期|锁仓期|悬崖期|cliff)|"
                r"^\s*[,，]?\s*(?:nothing|no\s+tokens?|none)\s+(?:vests?|unlocks?|is\s+released)|"
                r"^\s*(?:内)?(?:都)?(?:不|不能|无法|不可)(?:解锁|释放|领取|归属|动)",
                a,
            )
            or _search(r"\block(?:ed|\s+up)?\b[^,，。;；]{0,20}\bfor\s*$", s.before(d.start, 30))
            or (
                _search(r"(?:first|initial)\s*$", b)
                and _search(r"^\s*(?:are\s+|is\s+|stay\s+|remain\s+)?(?:locked|frozen|nothing|no\s+unlock)", a)
            )
            or _search(
                r"(?:nothing|no\s+tokens?|none|no\s+unlock|zero)\s+(?:vests?\s+|unlocks?\s+)?(?:for|in|during)\s+"
                r"(?:the\s+)?first\s*$",
                s.before(d.start, 40),
            )
            or _search(
                r"(?:cliff|锁仓|锁定期?|锁定|悬崖期?|禁售期?|封闭期)\s*"
                r"(?:of|is|period|为|是|[:：=])?\s*(?:of\s*)?$",
                b,
            )
        ):
            if cliff_d is None:
                cliff_d = d
        elif start_d is None and (
            _search(r"(?:start(?:ing|s)?|begin(?:ning|s)?|commenc\w*|delay(?:ed)?)\s*(?:in|after|of)?\s*$", b)
            or (
                _search(r"^\s*(?:from\s+now|later|后开始|之后开始|后启动)", a)
                and not _search(r"锁仓|锁定", re.split(r"[，,。；;]", b)[-1])
            )
        ):
            start_d = d
    first = None if cliff_d is not None else _FIRST_LOCKED.search(text)
    if cliff_d is not None:
        params["cliff_months"] = cliff_d.months
    elif first is not None:  # "第一年不能动", "头半年不解锁": the first N months are the cliff
        n = first.group("n")
        count = (
            Decimal("0.5")
            if n == "半"
            else Decimal(int(n) if n.isdigit() else "一二三四五六七八九十".index(n.replace("两", "二")) + 1)
        )
        params["cliff_months"] = count * (12 if first.group("u") == "年" else 1)
        s.evidence["cliff_months"] = Evidence(
            "text", "the first months are locked", (Span(first.start(), first.end(), first.group(0)),)
        )
        s.used.update(i for i, m in enumerate(s.numbers) if first.start() <= m.start < first.end())
    elif _search(
        r"\bno\s+cliff|without\s+(?:a\s+|any\s+)?cliff|zero\s+cliff|cliff\s*(?:of\s*)?(?:0|zero|none)\b|"
        r"无锁定期|没有锁定期|不设锁定期|无锁仓|无悬崖|不设锁仓|没有锁仓|立即开始释放|立即释放|"
        r"(?:无|没有|不设)\s*cliff",
        text,
    ):
        params["cliff_months"] = Decimal(0)
    if start_d is not None:
        params["start_delay_months"] = start_d.months
    else:
        _start_next_month(s, params)
    rest = [
        d
        for d in s.durations
        if d is not cliff_d and d is not start_d and not _search(r"(?:every|each|per|每)\s*$", s.before(d.start, 8))
    ]
    if rest:
        preferred = [
            d
            for d in rest
            if _search(
                r"(?:over|across|during|for|within|duration|总共|共|分|为期|期限|"
                r"归属期|释放期|线性释放|in)\s*(?:of|为|是|[:：])?\s*$",
                s.before(d.start, 10),
            )
            or _search(r"^\s*(?:内|释放|线性|vesting|duration|to\s+vest|期)", s.after(d.end, 8))
        ]
        params["duration_months"] = (preferred or rest)[0].months
    ben = _party(
        s,
        [
            r"(?i:\b(?:to|for)\s+)(?P<p>)",
            r"(?:给|发给|奖励给|授予|分给|留给)\s*(?P<p>)",
            r"(?i:\b(?:give|grant|award|allocate)\s+)(?P<p>)",
            r"(?:激励|奖励|期权|分配)\s*[:：]\s*(?P<p>)",
            r"(?i:\bvest\s+)(?P<p>)(?=(?:my|our)\s|[A-Z])",
            r"(?i:\bvesting\s*[:：]\s*)(?P<p>)",
            r"(?i:\b(?:want|let|have)\s+)(?P<p>)(?=[^,.;]{0,30}\bto\s+(?:get|receive|earn)\b)",
        ],
    )
    if ben:
        params["beneficiary"] = ben
    return params


_FIRST_LOCKED = re.compile(
    r"(?:第|头|前)(?P<n>\d+|[一二两三四五六七八九十半])\s*(?P<u>年|个月)(?:内)?(?:都)?(?:不|不能|无法|不可)(?:解锁|释放|领取|归属|动)"
)
_START_MONTH = re.compile(
    r"(?P<w>下下个?月|下个?月|(?i:next\s+month|the\s+month\s+after\s+next))\s*(?:开始|起|启动|(?i:starts?|begins?))|"
    r"(?i:(?:start(?:ing|s)?|begin(?:ning|s)?)\s+(?P<w2>next\s+month|the\s+month\s+after\s+next))"
)


def _start_next_month(s: Scan, params: dict[str, Any]) -> None:
    """ "下下个月开始", "starting next month": the schedule starts that many calendar months from now."""
    m = _START_MONTH.search(s.text)
    if not m:
        return
    g = "w" if m.group("w") else "w2"
    word = m.group(g)
    months = 2 if word.startswith("下下") or "after" in word.lower() else 1
    params["start_delay_months"] = Decimal(months)
    s.evidence["start_delay_months"] = Evidence(
        "text", f"'{word}' = {months} month(s) from now", (Span(m.start(g), m.end(g), word),)
    )
