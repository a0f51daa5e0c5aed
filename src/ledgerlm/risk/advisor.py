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
from ledgerlm.risk.prices import STABLECOINS, canonical, joint_returns, series

DEFAULT_ASSETS = ("BTC", "ETH")
HORIZONS = ("short", "medium", "long")  # < 1 year, 1-5 years, > 5 years
EXPERIENCE = ("none", "some", "experienced")
SOURCE = "shipped daily closes, ledgerlm/risk/data/prices.csv"

DISCLAIMER = {
    "en": "General information from past data: not financial advice, and not tailored to you. ledgerlm never trades "
    "for you.",
    "zh": "以下是基于历史数据的一般信息，不构成投资建议，也不是针对你个人的建议。ledgerlm 不会替你做任何交易。",
}
QUESTIONS = {
    "horizon": {
        "en": "How long could you leave this money invested without needing it (e.g. 6 months, 3 years, 10 years)?",
        "zh": "这笔钱你能放多久不用（例如半年、3 年、10 年）？",
    },
    "loss_tolerance_pct": {
        "en": "What is the largest fall in value you could live with without selling in a panic (e.g. 10%, 30%, half)?",
        "zh": "你能承受的最大跌幅是多少，跌到多少你也不会恐慌卖出（例如 10%、30%、一半）？",
    },
    "experience": {
        "en": "How much experience do you have with crypto: none, some, or experienced?",
        "zh": "你的加密货币经验如何：没有、有一些，还是很有经验？",
    },
}
STOCKS_NOTE = {
    "en": "Stocks are out of scope: ledgerlm has no stock data and gives no stock advice; for shares please ask a "
    "licensed adviser. What follows covers crypto only.",
    "zh": "股票不在范围内：ledgerlm 没有股票数据，也不提供股票建议；股票请咨询持牌顾问。以下只涉及加密货币。",
}


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
    window = (
        f"波动率与 VaR 用截至 {figures[0].as_of} 的 {figures[0].window_days} 天，历史回撤用 {first.dates[0]} 至 "
        f"{first.last_date}"
        if lang == "zh"
        else f"{figures[0].window_days} days to {figures[0].as_of}; drawdowns over {first.dates[0]}..{first.last_date}"
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
    zh = lang == "zh"
    lines = [("【不构成个人投资建议】" if zh else "[Not personal financial advice]") + " " + DISCLAIMER[lang]]
    if stocks:
        lines.append(STOCKS_NOTE[lang])
    lines.append(
        f"数据（内置日线收盘价 ledgerlm/risk/data/prices.csv，{window}）："
        if zh
        else f"The figures ({SOURCE}, {window}):"
    )
    for f in figs:
        peg = ("（按 1 美元锚定估算）" if zh else " (priced at its $1 peg)") if f.assumed_peg else ""
        if zh:
            lines.append(
                f"- {f.symbol}{peg}：年化波动率 {f.volatility_annual_pct:.1f}%，历史最大回撤 "
                f"{f.max_drawdown_all_time_pct:.1f}%，近一年最大回撤 {f.max_drawdown_window_pct:.1f}%，"
                f"单日 95% VaR {f.var_1d_95_pct_historical:.2f}%"
            )
        else:
            lines.append(
                f"- {f.symbol}{peg}: volatility {f.volatility_annual_pct:.1f}% a year, worst drawdown "
                f"{f.max_drawdown_all_time_pct:.1f}% (last year {f.max_drawdown_window_pct:.1f}%), one-day "
                f"95% VaR {f.var_1d_95_pct_historical:.2f}%"
            )
    if corr is not None:
        lines.append(
            f"- 这些资产日收益的相关系数约 {corr:.2f}：它们往往同涨同跌，多买几个币分散效果有限。"
            if zh
            else f"- Their daily returns had a correlation of about {corr:.2f}: they tend to fall together, so "
            f"holding several coins diversifies less than it seems."
        )
    lines.append(_profile_advice(p, worst, share, lang))
    lines.append(
        "避免：杠杆和合约、借钱投资、承诺保本或高固定收益的平台、陌生人推荐的代币、把全部资产放在一个交易所、"
        "泄露助记词。"
        if zh
        else "Avoid: leverage and futures, borrowing to invest, platforms promising guaranteed or high fixed "
        "returns, tokens pushed by strangers, keeping everything on one exchange, sharing a seed phrase."
    )
    return "\n".join(lines)


def _profile_advice(p: Profile, worst: float | None, share: float | None, lang: str) -> str:
    zh = lang == "zh"
    parts: list[str] = []
    if p.missing():
        names = {
            "horizon": ("投资期限", "horizon"),
            "loss_tolerance_pct": ("能承受的亏损", "loss tolerance"),
            "experience": ("经验", "experience"),
        }
        missing = "、".join(names[k][0] for k in p.missing()) if zh else ", ".join(names[k][1] for k in p.missing())
        parts.append(
            f"要给出更贴合你的建议，还需要知道：{missing}（可运行 `ledgerlm advise` 回答三个问题）。"
            if zh
            else f"To tailor this I still need your {missing} (run `ledgerlm advise` to answer three questions)."
        )
    if p.horizon == "short":
        parts.append(
            "你一年内可能要用这笔钱：加密货币一年内跌一半很常见，这部分钱更适合放在存款等低风险资产。"
            if zh
            else "You may need this money within a year: crypto has often halved within a year, so money needed "
            "that soon belongs in low-risk savings, not crypto."
        )
    elif p.horizon == "long":
        parts.append(
            "期限较长可以熬过回撤，但前提是仓位小到你在大跌中不会被迫卖出；可以考虑定投并定期再平衡。"
            if zh
            else "A long horizon can sit out drawdowns, but only if the position is small enough that you are "
            "never forced to sell in a crash; buying in regular instalments and rebalancing suits it."
        )
    elif p.horizon == "medium":
        parts.append(
            "一到五年的期限里，历史上既有翻倍也有腰斩，结果很不确定；分批买入、只投闲钱。"
            if zh
            else "Over one to five years the past shows both doublings and halvings; the outcome is very "
            "uncertain, so buy in parts and only with spare money."
        )
    if share is not None and worst is not None:
        parts.append(
            f"你能承受约 {p.loss_tolerance_pct:g}% 的亏损，而这些资产历史最大回撤达 {worst:.1f}%："
            f"按这个回撤计算，加密货币最多约占你可投资金的 {share:g}%，再大的仓位在类似下跌中亏损就会超"
            f"过你的承受范围。"
            if zh
            else f"You can bear about a {p.loss_tolerance_pct:g}% loss and these assets' worst drawdown was "
            f"{worst:.1f}%: at that drawdown, crypto could be at most about {share:g}% of the money you "
            f"invest before a similar fall takes you past your limit."
        )
    if p.experience == "none":
        parts.append(
            "你是新手：从小额开始，只买 BTC、ETH 这类主流资产，先学会自托管和防骗，再考虑 DeFi 收益产品。"
            if zh
            else "As a beginner: start small, stick to major assets such as BTC and ETH, learn self-custody and "
            "scam safety first, and leave DeFi yield products for later."
        )
    elif p.experience == "experienced":
        parts.append(
            "即使有经验，也要给每个仓位设定上限，并把协议风险（合约、预言机、跨链桥）算进去。"
            if zh
            else "Even with experience, cap each position and count protocol risk (contracts, oracles, bridges) "
            "as part of the loss you can bear."
        )
    parts.append(
        "不要把全部积蓄投入单一资产；先留足应急现金。"
        if zh
        else "Do not put all your savings into one asset; keep an emergency fund in cash first."
    )
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
                again = "没听懂，请再说一次：" if self.lang == "zh" else "Sorry, I did not get that. "
                return again + QUESTIONS[key][self.lang]
            setattr(self.profile, key, value)
        nxt = self.question()
        return nxt if nxt is not None else advise(self.profile, self.assets, self.lang, stocks=self.stocks)
