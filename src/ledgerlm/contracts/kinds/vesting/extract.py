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
                r"^\.?\s*(?:-|\s)?(?:long\s+)?cliff|^\s*(?:的|是|为|作为)?(?:锁定期|锁仓期|悬崖期?|cliff)|"
                r"^\s*[,，]?\s*(?:nothing|no\s+tokens?|none)\s+(?:vests?|unlocks?|is\s+released)|"
                r"^\s*(?:内)?(?:都)?(?:不|不能|无法|不可)(?:解锁|释放|领取|领|提取|归属|动|卖|转)",
                a,
            )
            # "前六个月锁定", "头一年冻结": the first months are locked
            or (_search(r"(?:前|头|第)\s*$", b) and _search(r"^\s*(?:内)?(?:都)?(?:锁定|锁住|冻结|锁仓)", a))
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
                _search(r"^\s*(?:from\s+now|later|(?:之)?后(?:才|再)?(?:开始|启动)|(?:才|再)(?:开始|启动))", a)
                and not _search(r"锁仓|锁定", re.split(r"[，,。；;]", b)[-1])
            )
        ):
            start_d = d
    first = None if cliff_d is not None else _FIRST_LOCKED.search(text)
    first_en = None if cliff_d is not None or first is not None else _FIRST_LOCKED_EN.search(text)
    if cliff_d is not None:
        params["cliff_months"] = cliff_d.months
    elif first_en is not None:  # "first year nothing vests", "nothing unlocks in the first month"
        unit = (first_en.group("u") or first_en.group("u2")).lower()
        params["cliff_months"] = Decimal({"year": 12, "quarter": 3, "month": 1}[unit])
        s.evidence["cliff_months"] = Evidence(
            "text", f"nothing vests in the first {unit}", (Span(first_en.start(), first_en.end(), first_en.group(0)),)
        )
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
        if d is not cliff_d
        and d is not start_d
        and not d.frequency  # "按季度释放" says how often, not for how long
        and not _search(r"(?:every|each|per|每)\s*$", s.before(d.start, 8))
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
            # "to the dev fund 0x2019…": a description, then the address that is the beneficiary
            r"(?i:\b(?:to|for)\s+(?:the\s+|our\s+|my\s+)?(?:[a-z]+\s+){1,3})(?P<p>)(?=0[xX][0-9a-fA-F]{40})",
            # "Tom's vesting", "Ana's grant": the owner of the schedule
            r"(?-i:(?P<p>)(?=[A-Z][\w\-]*['’]s\s+(?:vesting|grant|tokens|allocation|schedule)\b))",
            # "Kenji gets 60k SOL vested": the one who gets the vested tokens
            r"(?-i:(?:^|[,.;:]\s*)(?P<p>)(?=[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s+(?:gets|receives|earns|"
            r"will\s+(?:get|receive|earn))\b))",
            r"(?:给|发给|奖励给|授予|分给|留给)\s*(?P<p>)",
            r"(?i:\b(?:give|grant|award|allocate)\s+)(?P<p>)",
            r"(?:激励|奖励|期权|分配)\s*[:：]\s*(?P<p>)",
            r"(?i:\bvest\s+)(?P<p>)(?=(?:my|our)\s|[A-Z])",
            r"(?i:\bvesting\s*[:：]\s*)(?P<p>)",
            r"(?i:\b(?:want|let|have|like|need)\s+)(?P<p>)(?=[^,.;]{0,30}\bto\s+(?:get|receive|earn)\b)",
        ],
    )
    if ben:
        params["beneficiary"] = ben
    return params


_FIRST_LOCKED = re.compile(
    r"(?:第|头|前)(?P<n>\d+|[一二两三四五六七八九十半])\s*(?P<u>年|个月)(?:内)?(?:都)?"
    r"(?:(?:不|不能|无法|不可)(?:解锁|释放|领取|领|提取|归属|动|卖|转)|(?:是|为)?(?:锁定期?|锁住|冻结|锁仓期?|悬崖期))"
)
#: a first year / quarter / month with nothing vesting, said without a number ("first year nothing vests")
_FIRST_LOCKED_EN = re.compile(
    r"(?i:\b(?:the\s+|in\s+the\s+|for\s+the\s+|during\s+the\s+)?first\s+(?P<u>year|quarter|month)\b[,:]?\s*"
    r"(?:nothing|no\s+tokens?|none)\s+(?:vests?|unlocks?|is\s+released)|"
    r"\b(?:nothing|no\s+tokens?|none)\s+(?:vests?|unlocks?|is\s+released)\s+(?:in|for|during)\s+the\s+first\s+"
    r"(?P<u2>year|quarter|month)\b)"
)
_START_MONTH = re.compile(
    r"(?P<w>下下个?月|下个?月|下个?季度|(?i:next\s+(?:month|quarter)|the\s+month\s+after\s+next))\s*"
    r"(?:开始|起|启动|(?i:starts?|begins?))|"
    r"(?i:(?:start(?:ing|s)?|begin(?:ning|s)?)\s+(?P<w2>next\s+(?:month|quarter)|the\s+month\s+after\s+next))"
)


def _start_next_month(s: Scan, params: dict[str, Any]) -> None:
    """ "下下个月开始", "starting next month": the schedule starts that many calendar months from now."""
    m = _START_MONTH.search(s.text)
    if not m:
        return
    g = "w" if m.group("w") else "w2"
    word = m.group(g)
    months = (
        3
        if "季" in word or "quarter" in word.lower()
        else 2
        if word.startswith("下下") or "after" in word.lower()
        else 1
    )
    params["start_delay_months"] = Decimal(months)
    s.evidence["start_delay_months"] = Evidence(
        "text", f"'{word}' = {months} month(s) from now", (Span(m.start(g), m.end(g), word),)
    )
