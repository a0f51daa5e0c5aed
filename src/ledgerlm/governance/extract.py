"""A DAO request in plain language -> ``DaoSpec`` values, each with the user's words as evidence.

"创建一个DAO：治理代币 GUILD 一百万枚，法定人数 4%，投票期一周，时间锁两天" and "a DAO for the Harbor guild, 1M votes,
4% quorum, one-week voting, 2-day timelock" both read fully. Each duration and percent is tied to the nearest cue
(voting period, voting delay, timelock, quorum); a number no cue claims, or a value claimed twice, is a question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ledgerlm.governance.messages import CATALOGUE
from ledgerlm.language.lang import detect_lang

say = CATALOGUE.say

DAY = 86400
_CUES: dict[str, re.Pattern[str]] = {
    "voting_delay_s": re.compile(r"voting\s+delay|delay\s+before\s+voting|投票延迟|投票前等待|提案后等待", re.I),
    "voting_period_s": re.compile(
        r"voting(?:\s+period|\s+window|\s+lasts?)?|vote[sd]?\s+(?:for|over|last)|投票期|投票时间|投票", re.I
    ),
    "timelock_delay_s": re.compile(r"time\s*-?\s*lock|execution\s+delay|时间锁|锁定期|执行延迟|延迟执行", re.I),
    "quorum_pct": re.compile(r"quorum|法定人数|投票门槛|最低投票率", re.I),
    "supply": re.compile(r"votes?|tokens?|supply|shares?|代币|枚|票|总量|发行", re.I),
}
_WIN = 18


@dataclass
class Evidence:
    start: int
    end: int
    text: str
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "rule": self.rule}


@dataclass
class DaoReading:
    params: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Evidence] = field(default_factory=dict)
    defaults: dict[str, str] = field(default_factory=dict)
    questions: list[str] = field(default_factory=list)
    lang: str = "en"

    def to_dict(self) -> dict[str, Any]:
        return {
            "params": {k: str(v) if isinstance(v, Decimal) else v for k, v in self.params.items()},
            "evidence": {k: e.to_dict() for k, e in self.evidence.items()},
            "defaults": self.defaults,
            "questions": self.questions,
            "lang": self.lang,
        }


def _nearest_cue(text: str, start: int, end: int, keys: tuple[str, ...]) -> str | None:
    best: tuple[int, str] | None = None
    for key in keys:
        for m in _CUES[key].finditer(text):
            if m.end() <= start:
                gap = start - m.end()
            elif m.start() >= end:
                gap = m.start() - end
            else:
                gap = 0
            if gap <= _WIN and (best is None or gap < best[0] or (gap == best[0] and key != "voting_period_s")):
                best = (gap, key)
    return best[1] if best else None


def read_dao(text: str) -> DaoReading:
    from ledgerlm.language.durations import find_durations
    from ledgerlm.language.numbers import find_numbers
    from ledgerlm.language.tokens import find_tokens

    lang = detect_lang(text)
    r = DaoReading(lang=lang)
    numbers = find_numbers(text, include_flagged=True)
    durations = [d for d in find_durations(text) if not d.frequency]
    used: set[tuple[int, int]] = set()

    def claim(key: str, value: Any, start: int, end: int, rule: str) -> None:
        if key in r.params and r.params[key] != value:
            first = r.evidence[key].text
            r.questions.append(say("dao_two_readings", lang, first=first, second=text[start:end], key=key))
            return
        r.params[key] = value
        r.evidence[key] = Evidence(start, end, text[start:end], rule)

    for d in durations:
        key = _nearest_cue(text, d.start, d.end, ("voting_delay_s", "voting_period_s", "timelock_delay_s"))
        if key is None:
            r.questions.append(say("dao_which_duration", lang, words=d.text))
            continue
        seconds = int(d.days * DAY)
        claim(key, seconds, d.start, d.end, f"duration next to the {key.removesuffix('_s').replace('_', ' ')} cue")
        used.add((d.start, d.end))
    for n in numbers:
        if any(d.start <= n.start < d.end for d in durations) or n.ignored:
            continue
        if n.text in ("一", "1") and text[n.end : n.end + 1] in ("个", "家", "份"):
            continue  # 一个DAO: an article, not a quantity
        if n.ambiguous or n.error:
            r.questions.append(say("dao_number_ambiguous", lang, words=n.text))
            continue
        if n.percent:
            key = _nearest_cue(text, n.start, n.end, ("quorum_pct",))
            if key is None:
                r.questions.append(say("dao_which_percent", lang, words=n.text))
                continue
            claim("quorum_pct", n.value, n.start, n.end, "percent next to the quorum cue")
            continue
        key = _nearest_cue(text, n.start, n.end, ("supply",))
        if key is None:
            r.questions.append(say("dao_which_count", lang, words=n.text))
            continue
        claim("supply", n.value, n.start, n.end, "number next to a votes/tokens cue")
    tickers = [t for t in find_tokens(text) if not t.known and t.symbol not in ("DAO",)]
    if tickers:
        claim("symbol", tickers[0].symbol, tickers[0].start, tickers[0].end, "an upper-case ticker")
    m = re.search(
        r"\bfor\s+(?:the\s+)?([A-Z][\w&' -]{1,40}?)(?:\s+(guild|dao|club|collective|community))?(?=[,.;]|$)", text
    )
    m_zh = re.search(r"(?:名为|叫做|叫|名叫)[“\"]?([\u4e00-\u9fffA-Za-z0-9]{2,20}?)[”\"]?(?=的|，|,|。|$)", text)
    if m:
        name = (m.group(1).strip() + (" " + m.group(2).title() if m.group(2) else "")).strip()
        claim("name", name, m.start(1), m.end(2) if m.group(2) else m.end(1), "a name after 'for'")
    elif m_zh:
        claim("name", m_zh.group(1), m_zh.start(1), m_zh.end(1), "a name after 名为/叫")
    if "name" not in r.params and "symbol" in r.params:
        r.params["name"] = f"{r.params['symbol']} DAO"
        r.defaults["name"] = "default: the symbol + ' DAO'"
    if "symbol" not in r.params and "name" in r.params:
        r.questions.append(say("dao_ask_symbol", lang))
    if "voting_delay_s" not in r.params:
        r.params["voting_delay_s"] = DAY
        r.defaults["voting_delay_s"] = "default: 1 day between a proposal and its vote snapshot"
    for key, question in (
        ("supply", "dao_ask_supply"),
        ("quorum_pct", "dao_ask_quorum_pct"),
        ("voting_period_s", "dao_ask_voting_period_s"),
        ("timelock_delay_s", "dao_ask_timelock_delay_s"),
    ):
        if key not in r.params:
            r.questions.append(say(question, lang))
    return r
