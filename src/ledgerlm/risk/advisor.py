"""General, figure-grounded investment guidance after a three-question dialogue (horizon, loss tolerance, experience).

What it does: computes each asset's volatility, worst drawdown and one-day VaR from the shipped daily series, how
closely the assets moved together, and from the person's own loss tolerance how large a crypto share that
tolerance allows (tolerance / worst drawdown); then says what to diversify and what to avoid, in the person's
language.  What it never does: predict prices, name stocks (out of scope, and it says so), or execute anything.
Every reply is marked as general information, not personal financial advice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from ledgerlm.errors import InputError
from ledgerlm.risk.market import TokenRisk, token_report
from ledgerlm.risk.messages import MESSAGES
from ledgerlm.risk.prices import STABLECOINS, canonical, joint_returns, series

DEFAULT_ASSETS = ("BTC", "ETH")
HORIZONS = ("short", "medium", "long")  # < 1 year, 1-5 years, > 5 years
EXPERIENCE = ("none", "some", "experienced")
SOURCE = "shipped daily closes, ledgerlm/risk/data/prices.csv"

DISCLAIMER: dict[str, str] = MESSAGES.both("disclaimer")
QUESTIONS: dict[str, dict[str, str]] = {
    "horizon": MESSAGES.both("ask_horizon"),
    "loss_tolerance_pct": MESSAGES.both("ask_loss_tolerance"),
    "experience": MESSAGES.both("ask_experience"),
}
STOCKS_NOTE: dict[str, str] = MESSAGES.both("stocks_out_of_scope")


@dataclass
class Profile:
    horizon: str | None = None
    loss_tolerance_pct: float | None = None
    experience: str | None = None

    def missing(self) -> list[str]:
        return [k for k in ("horizon", "loss_tolerance_pct", "experience") if getattr(self, k) is None]

    def validate(self) -> Profile:
        if self.horizon is not None and self.horizon not in HORIZONS:
            raise InputError(f"horizon must be one of {', '.join(HORIZONS)}, got {self.horizon!r}")
        if self.experience is not None and self.experience not in EXPERIENCE:
            raise InputError(f"experience must be one of {', '.join(EXPERIENCE)}, got {self.experience!r}")
        if self.loss_tolerance_pct is not None and not 0 <= self.loss_tolerance_pct <= 100:
            raise InputError(f"loss tolerance must be a percent from 0 to 100, got {self.loss_tolerance_pct}")
        return self


# -- reading free-text answers ----------------------------------------------------------------------------------
_CN_NUM = {
    "半": 0.5,
    "一": 1,
    "两": 2,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}


def _number(text: str) -> float | None:
    m = re.search(r"\d+(?:\.\d+)?", text)
    if m:
        return float(m.group())
    m = re.search(r"[半一两二三四五六七八九十]", text)
    return _CN_NUM[m.group()] if m else None


def parse_horizon(text: str) -> str | None:
    t = text.lower()
    if re.search(r"\bshort\b|短期|几个月|随时|马上", t):
        return "short"
    if re.search(r"\blong\b|长期|退休|retire", t):
        return "long"
    n = _number(t)
    if n is None:
        return "medium" if re.search(r"\bmedium\b|中期", t) else None
    months = n if re.search(r"month|个月|月|\d\s*m\b", t) else n * 12 if re.search(r"year|yr|年|\d\s*y\b", t) else None
    if months is None:
        return None
    return "short" if months < 12 else "medium" if months <= 60 else "long"


def parse_loss(text: str) -> float | None:
    t = text.lower()
    if re.search(r"\bhalf\b|一半", t):
        return 50.0
    if re.search(r"\bnone\b|\bnothing\b|\bno loss|不能亏|一点都不|不想亏", t):
        return 0.0
    if re.search(r"\ball\b|全部|全亏", t):
        return 100.0
    n = _number(t)
    if n is None:
        return None
    if "成" in t and n <= 10:  # 三成 = 30%
        n *= 10
    return n if 0 <= n <= 100 else None


def parse_experience(text: str) -> str | None:
    t = text.lower()
    if re.search(r"\bnone\b|\bno\b|\bnever\b|\bbeginner\b|\bnew\b|没有|新手|小白|从没|第一次", t):
        return "none"
    if re.search(r"\bexperienced\b|\bexpert\b|\byears\b|\ba lot\b|很有|丰富|老手|多年", t):
        return "experienced"
    if re.search(r"\bsome\b|\ba little\b|\bbit\b|一些|一点|有过|少量", t):
        return "some"
    return None


PARSERS = {"horizon": parse_horizon, "loss_tolerance_pct": parse_loss, "experience": parse_experience}


# -- the figures ------------------------------------------------------------------------------------------------
@dataclass
class Advice:
    text: str
    lang: str
    profile: Profile
    figures: list[TokenRisk] = field(default_factory=list)
    correlation: float | None = None
    max_crypto_share_pct: float | None = None
    as_of: str = ""
    window: str = ""
    source: str = SOURCE
    stocks_out_of_scope: bool = False

    def to_data(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "lang": self.lang,
            "profile": self.profile.__dict__,
            "figures": [f.model_dump(mode="json") for f in self.figures],
            "correlation": self.correlation,
            "max_crypto_share_pct": self.max_crypto_share_pct,
            "as_of": self.as_of,
            "window": self.window,
            "source": self.source,
            "stocks_out_of_scope": self.stocks_out_of_scope,
            "executes": False,
        }


def correlation(symbols: list[str], lookback_days: int = 365, as_of: date | str | None = None) -> float | None:
    """Mean pairwise correlation of daily returns over the window (None for a single volatile asset)."""
    vol = [s for s in symbols if s not in STABLECOINS]
    if len(vol) < 2:
        return None
    c = np.corrcoef(joint_returns(vol, lookback_days, as_of), rowvar=False)
    upper = c[np.triu_indices(len(vol), 1)]
    return round(float(np.mean(upper)), 4)


def advise(
    profile: Profile,
    assets: list[str] | tuple[str, ...] = (),
    lang: str = "en",
    *,
    stocks: bool = False,
    as_of: date | str | None = None,
) -> Advice:
    """Guidance for ``profile`` about ``assets`` (default BTC and ETH); missing profile answers are stated as such."""
    if lang not in ("en", "zh"):
        raise InputError(f"unsupported language {lang!r}", hint="use 'en' or 'zh'")
    profile.validate()
    symbols = list(dict.fromkeys(canonical(a) for a in assets)) or list(DEFAULT_ASSETS)
    figures = [token_report(s, as_of) for s in symbols]
    volatile = [f for f in figures if f.symbol not in STABLECOINS]
    corr = correlation([f.symbol for f in figures], as_of=as_of)
    worst = max((f.max_drawdown_all_time_pct for f in volatile), default=None)
    share = None
    if worst and profile.loss_tolerance_pct is not None:
        share = round(min(100.0, profile.loss_tolerance_pct / worst * 100), 1)
    first = series(figures[0].symbol).upto(as_of)
    window = MESSAGES.say(
        "advice_window",
        lang,
        days=figures[0].window_days,
        as_of=figures[0].as_of,
        first=first.dates[0],
        last=first.last_date,
    )
    text = _render(profile, figures, corr, worst, share, lang, stocks, window)
    return Advice(text, lang, profile, figures, corr, share, figures[0].as_of, window, SOURCE, stocks)


def _render(
    p: Profile,
    figs: list[TokenRisk],
    corr: float | None,
    worst: float | None,
    share: float | None,
    lang: str,
    stocks: bool,
    window: str,
) -> str:
    lines = [MESSAGES.say("not_personal_advice", lang) + " " + DISCLAIMER[lang]]
    if stocks:
        lines.append(STOCKS_NOTE[lang])
    lines.append(MESSAGES.say("figures_heading", lang, window=window))
    for f in figs:
        lines.append(
            MESSAGES.say(
                "figure_line",
                lang,
                symbol=f.symbol,
                peg=MESSAGES.say("at_peg", lang) if f.assumed_peg else "",
                vol=f.volatility_annual_pct,
                dd_all=f.max_drawdown_all_time_pct,
                dd_window=f.max_drawdown_window_pct,
                var95=f.var_1d_95_pct_historical,
            )
        )
    if corr is not None:
        lines.append(MESSAGES.say("correlation", lang, corr=corr))
    lines.append(_profile_advice(p, worst, share, lang))
    lines.append(MESSAGES.say("avoid", lang))
    return "\n".join(lines)


#: The message naming each profile answer, for "still need your ...".
_ANSWER_NAMES = {
    "horizon": "name_horizon",
    "loss_tolerance_pct": "name_loss_tolerance",
    "experience": "name_experience",
}
#: What each horizon and experience answer adds (the middle ones add nothing of their own).
_HORIZON_ADVICE = {"short": "horizon_short", "long": "horizon_long", "medium": "horizon_medium"}
_EXPERIENCE_ADVICE = {"none": "experience_none", "experienced": "experience_experienced"}


def _profile_advice(p: Profile, worst: float | None, share: float | None, lang: str) -> str:
    parts: list[str] = []
    if p.missing():
        names = [MESSAGES.say(_ANSWER_NAMES[k], lang) for k in p.missing()]
        parts.append(MESSAGES.say("still_need", lang, missing=MESSAGES.say("list_separator", lang).join(names)))
    if horizon_advice := _HORIZON_ADVICE.get(p.horizon or ""):
        parts.append(MESSAGES.say(horizon_advice, lang))
    if share is not None and worst is not None:
        parts.append(MESSAGES.say("crypto_share", lang, tolerance=p.loss_tolerance_pct, worst=worst, share=share))
    if experience_advice := _EXPERIENCE_ADVICE.get(p.experience or ""):
        parts.append(MESSAGES.say(experience_advice, lang))
    parts.append(MESSAGES.say("no_single_asset", lang))
    return " ".join(parts)


class AdviceDialogue:
    """Ask the three questions in turn; ``reply(text)`` returns the next question, or the advice once complete."""

    def __init__(
        self,
        lang: str = "en",
        assets: list[str] | tuple[str, ...] = (),
        stocks: bool = False,
        profile: Profile | None = None,
    ) -> None:
        self.lang, self.assets, self.stocks = lang, list(assets), stocks
        self.profile = profile or Profile()

    def question(self) -> str | None:
        missing = self.profile.missing()
        return QUESTIONS[missing[0]][self.lang] if missing else None

    def reply(self, text: str) -> str | Advice:
        missing = self.profile.missing()
        if missing:
            key = missing[0]
            value = PARSERS[key](text)
            if value is None:
                return MESSAGES.say("ask_again", self.lang) + QUESTIONS[key][self.lang]
            setattr(self.profile, key, value)
        nxt = self.question()
        return nxt if nxt is not None else advise(self.profile, self.assets, self.lang, stocks=self.stocks)
