# ruff: noqa: E501 - sentences in two languages side by side (Chinese characters count double in line width)
"""What the risk area says (price, risk and hold views, the advisor, the CLI), English and Chinese side by side.

Why one table: the views are built from numbers, and each figure must be given the same way in both languages;
keeping the two templates together makes a figure missing from one of them a failed check, not a silent gap.
"""

from __future__ import annotations

from ledgerlm.i18n import Catalogue

MESSAGES = Catalogue(
    "risk",
    {
        # -- advice.py: the views
        "not_advice": {
            "en": "This is a reading of past data, not financial advice; prices can move either way.",
            "zh": "以上是对历史数据的解读，不构成投资建议；价格可能上涨也可能下跌。",
        },
        "view_window": {
            "en": " (shipped daily series, {days}-day window, as of {as_of})",
            "zh": "（内置日线数据，{days} 天窗口，截至 {as_of}）",
        },
        "trend_up": {"en": "up over the last 30 days", "zh": "过去30天上涨"},
        "trend_down": {"en": "down over the last 30 days", "zh": "过去30天下跌"},
        "trend_flat": {"en": "roughly flat over the last 30 days", "zh": "过去30天基本横盘"},
        "vol_low": {"en": "low", "zh": "低"},
        "vol_high": {"en": "high", "zh": "较高"},
        "vol_very_high": {"en": "very high", "zh": "很高"},
        "price_view": {
            "en": "{symbol} is ${price:,} (data as of {as_of}); 7 days {c7:+.2f}%, 30 days {c30:+.2f}%.",
            "zh": "{symbol} 价格 ${price:,}（数据截至 {as_of}）；7天 {c7:+.2f}%，30天 {c30:+.2f}%。",
        },
        "at_peg": {"en": " (priced at its $1 peg)", "zh": "（按 1 美元锚定估算）"},
        "risk_view": {
            "en": "{symbol}{peg}: annualised volatility {vol:.1f}% ({vol_word}), max drawdown {dd_window:.1f}% over the last year and {dd_all:.1f}% in the whole series; one-day 95% VaR about {var95:.2f}% (historical), 99% about {var99:.2f}%{window}.",
            "zh": "{symbol}{peg}：年化波动率 {vol:.1f}%（{vol_word}），近一年最大回撤 {dd_window:.1f}%，历史最大回撤 {dd_all:.1f}%；单日 95% VaR 约 {var95:.2f}%（历史模拟），99% 约 {var99:.2f}%{window}。",
        },
        "risk_view_position": {
            "en": " For your {position} {symbol}, on 95% of days the one-day loss stayed below about ${loss:,.2f}.",
            "zh": "按你的 {position} {symbol}，95% 的交易日单日亏损不超过约 ${loss:,.2f}。",
        },
        "hold_view": {
            "en": "{symbol} is ${price:,}, {trend} ({c30:+.2f}%), with {vol_word} volatility ({vol:.1f}% a year) and a {dd_window:.1f}% max drawdown over the last year. Whether to keep it depends on your horizon and how large a drawdown you can bear.",
            "zh": "{symbol} 当前 ${price:,}，{trend}（{c30:+.2f}%），波动{vol_word}（年化 {vol:.1f}%），近一年最大回撤 {dd_window:.1f}%。是否继续持有取决于你的期限和能承受的回撤。",
        },
        # -- advisor.py: the three questions and the guidance
        "disclaimer": {
            "en": "General information from past data: not financial advice, and not tailored to you. ledgerlm never trades for you.",
            "zh": "以下是基于历史数据的一般信息，不构成投资建议，也不是针对你个人的建议。ledgerlm 不会替你做任何交易。",
        },
        "ask_horizon": {
            "en": "How long could you leave this money invested without needing it (e.g. 6 months, 3 years, 10 years)?",
            "zh": "这笔钱你能放多久不用（例如半年、3 年、10 年）？",
        },
        "ask_loss_tolerance": {
            "en": "What is the largest fall in value you could live with without selling in a panic (e.g. 10%, 30%, half)?",
            "zh": "你能承受的最大跌幅是多少，跌到多少你也不会恐慌卖出（例如 10%、30%、一半）？",
        },
        "ask_experience": {
            "en": "How much experience do you have with crypto: none, some, or experienced?",
            "zh": "你的加密货币经验如何：没有、有一些，还是很有经验？",
        },
        "ask_again": {"en": "Sorry, I did not get that. ", "zh": "没听懂，请再说一次："},
        "stocks_out_of_scope": {
            "en": "Stocks are out of scope: ledgerlm has no stock data and gives no stock advice; for shares please ask a licensed adviser. What follows covers crypto only.",
            "zh": "股票不在范围内：ledgerlm 没有股票数据，也不提供股票建议；股票请咨询持牌顾问。以下只涉及加密货币。",
        },
        "advice_window": {
            "en": "{days} days to {as_of}; drawdowns over {first}..{last}",
            "zh": "波动率与 VaR 用截至 {as_of} 的 {days} 天，历史回撤用 {first} 至 {last}",
        },
        "not_personal_advice": {"en": "[Not personal financial advice]", "zh": "【不构成个人投资建议】"},
        "figures_heading": {
            "en": "The figures (shipped daily closes, ledgerlm/risk/data/prices.csv, {window}):",
            "zh": "数据（内置日线收盘价 ledgerlm/risk/data/prices.csv，{window}）：",
        },
        "figure_line": {
            "en": "- {symbol}{peg}: volatility {vol:.1f}% a year, worst drawdown {dd_all:.1f}% (last year {dd_window:.1f}%), one-day 95% VaR {var95:.2f}%",
            "zh": "- {symbol}{peg}：年化波动率 {vol:.1f}%，历史最大回撤 {dd_all:.1f}%，近一年最大回撤 {dd_window:.1f}%，单日 95% VaR {var95:.2f}%",
        },
        "correlation": {
            "en": "- Their daily returns had a correlation of about {corr:.2f}: they tend to fall together, so holding several coins diversifies less than it seems.",
            "zh": "- 这些资产日收益的相关系数约 {corr:.2f}：它们往往同涨同跌，多买几个币分散效果有限。",
        },
        "avoid": {
            "en": "Avoid: leverage and futures, borrowing to invest, platforms promising guaranteed or high fixed returns, tokens pushed by strangers, keeping everything on one exchange, sharing a seed phrase.",
            "zh": "避免：杠杆和合约、借钱投资、承诺保本或高固定收益的平台、陌生人推荐的代币、把全部资产放在一个交易所、泄露助记词。",
        },
        "name_horizon": {"en": "horizon", "zh": "投资期限"},
        "name_loss_tolerance": {"en": "loss tolerance", "zh": "能承受的亏损"},
        "name_experience": {"en": "experience", "zh": "经验"},
        "list_separator": {"en": ", ", "zh": "、"},
        "still_need": {
            "en": "To tailor this I still need your {missing} (run `ledgerlm advise` to answer three questions).",
            "zh": "要给出更贴合你的建议，还需要知道：{missing}（可运行 `ledgerlm advise` 回答三个问题）。",
        },
        "horizon_short": {
            "en": "You may need this money within a year: crypto has often halved within a year, so money needed that soon belongs in low-risk savings, not crypto.",
            "zh": "你一年内可能要用这笔钱：加密货币一年内跌一半很常见，这部分钱更适合放在存款等低风险资产。",
        },
        "horizon_long": {
            "en": "A long horizon can sit out drawdowns, but only if the position is small enough that you are never forced to sell in a crash; buying in regular instalments and rebalancing suits it.",
            "zh": "期限较长可以熬过回撤，但前提是仓位小到你在大跌中不会被迫卖出；可以考虑定投并定期再平衡。",
        },
        "horizon_medium": {
            "en": "Over one to five years the past shows both doublings and halvings; the outcome is very uncertain, so buy in parts and only with spare money.",
            "zh": "一到五年的期限里，历史上既有翻倍也有腰斩，结果很不确定；分批买入、只投闲钱。",
        },
        "crypto_share": {
            "en": "You can bear about a {tolerance:g}% loss and these assets' worst drawdown was {worst:.1f}%: at that drawdown, crypto could be at most about {share:g}% of the money you invest before a similar fall takes you past your limit.",
            "zh": "你能承受约 {tolerance:g}% 的亏损，而这些资产历史最大回撤达 {worst:.1f}%：按这个回撤计算，加密货币最多约占你可投资金的 {share:g}%，再大的仓位在类似下跌中亏损就会超过你的承受范围。",
        },
        "experience_none": {
            "en": "As a beginner: start small, stick to major assets such as BTC and ETH, learn self-custody and scam safety first, and leave DeFi yield products for later.",
            "zh": "你是新手：从小额开始，只买 BTC、ETH 这类主流资产，先学会自托管和防骗，再考虑 DeFi 收益产品。",
        },
        "experience_experienced": {
            "en": "Even with experience, cap each position and count protocol risk (contracts, oracles, bridges) as part of the loss you can bear.",
            "zh": "即使有经验，也要给每个仓位设定上限，并把协议风险（合约、预言机、跨链桥）算进去。",
        },
        "no_single_asset": {
            "en": "Do not put all your savings into one asset; keep an emergency fund in cash first.",
            "zh": "不要把全部积蓄投入单一资产；先留足应急现金。",
        },
        # -- cli/risk.py
        "cli_window": {
            "en": "Data: shipped daily series (ledgerlm/risk/data/prices.csv), {days}-day window, as of {as_of}",
            "zh": "数据：内置日线（ledgerlm/risk/data/prices.csv），{days} 天窗口，截至 {as_of}",
        },
        "cli_chart_saved": {"en": "Chart saved to {path}", "zh": "图表已保存：{path}"},
    },
)

__all__ = ["MESSAGES"]
