"""Deterministic parameter extraction per contract kind.

Numbers, durations, tokens and addresses are found once with their character spans (``Scan``); each kind's
extractor then assigns them to parameters by the words around them. A value the text does not state is left
out (the caller reports it as ``null`` and missing): nothing is invented. Every default or inference that is
not literally in the text is explained in ``notes``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ledgerlm.language.addresses import AddressMatch, find_addresses
from ledgerlm.language.durations import DurationMatch, days_to_months, find_durations
from ledgerlm.language.numbers import NumberMatch, clean_decimal, find_numbers
from ledgerlm.language.tokens import TokenMatch, canonical_token, find_tokens

__all__ = ["Scan", "extract_params", "scan"]

_I = re.IGNORECASE


@dataclass
class Scan:
    """Everything found in one text, with spans; ``used`` marks number indices already assigned."""

    text: str
    numbers: list[NumberMatch]
    durations: list[DurationMatch]
    tokens: list[TokenMatch]
    addresses: list[AddressMatch]
    used: set[int] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)

    def before(self, pos: int, width: int = 16) -> str:
        return self.text[max(0, pos - width):pos]

    def after(self, pos: int, width: int = 16) -> str:
        return self.text[pos:pos + width]

    def in_duration(self, n: NumberMatch) -> DurationMatch | None:
        return next((d for d in self.durations if d.start <= n.start < d.end), None)

    def in_address(self, n: NumberMatch) -> bool:
        return any(a.start <= n.start < a.end for a in self.addresses)

    def free_numbers(self) -> list[tuple[int, NumberMatch]]:
        """Plain numbers (not percents, not part of a duration or address) not yet used."""
        return [(i, n) for i, n in enumerate(self.numbers)
                if i not in self.used and not n.percent and self.in_duration(n) is None and not self.in_address(n)
                and not (n.text in ("一", "1") and _ARTICLE_ONE.match(self.text, n.end))]

    def token_for(self, n: NumberMatch) -> TokenMatch | None:
        """A token written right after (``3 ETH``, ``3 个以太坊``, ``100USDC``) or before (``$5``, ``USDC 500``)."""
        for t in self.tokens:
            gap = self.text[n.end:t.start]
            if t.start >= n.end and re.fullmatch(r"\s*(?:个|枚|颗|块|份)?\s*", gap):
                return t
        for t in self.tokens:
            gap = self.text[t.end:n.start]
            if t.end <= n.start and re.fullmatch(r"\s*[:：]?\s*", gap) and (t.text.startswith("$") or t.known):
                return t
        return None


_ARTICLE_ONE = re.compile(r"\s*(?:个|份|笔|种|款|张|项|套|位)\s*(?:新的?)?\s*"
                          r"(?:代币|合约|多签|钱包|托管|众筹|借|贷|项目|计划|ERC|"
                          r"token|币|叫|名|钱|智能|资金|金库|锁仓|归属)", re.IGNORECASE)


def scan(text: str) -> Scan:
    numbers = find_numbers(text)
    addresses = find_addresses(text)
    # tokens whose span lies inside an address (e.g. "ADD" in hex) are not tokens
    tokens = [t for t in find_tokens(text) if not any(a.start <= t.start < a.end for a in addresses)]
    return Scan(text, numbers, find_durations(text, numbers), tokens, addresses)


def _search(pattern: str, text: str) -> re.Match[str] | None:
    return re.search(pattern, text, _I)


# -- amounts ---------------------------------------------------------------------------------------------------
_COUNT_AFTER = re.compile(
    r"\s*(?:-\s*)?(?:期|次|笔|payments?\b|instal+ments?\b|periods?\b|tranches?\b|owners?\b|signers?\b|"
    r"people\b|persons?\b|members?\b|人|位|名|个签|decimals?\b|位小数|位精度|st\b|nd\b|rd\b|th\b)", _I)
_YEAR_AFTER = re.compile(r"\s*年(?!利|化|息)")


def _amount(s: Scan, hint_words: str) -> tuple[NumberMatch, TokenMatch | None] | None:
    """The money amount: a number with a token, else one near ``hint_words``, else the only plain number."""
    cands = []
    for i, n in s.free_numbers():
        if _COUNT_AFTER.match(s.text, n.end) or _search(r"(?:分|第)\s*$", s.before(n.start, 3)):
            continue
        if n.value >= 1900 and _YEAR_AFTER.match(s.text, n.end):
            continue
        cands.append((i, n))
    if not cands:
        return None
    with_token = [(i, n, s.token_for(n)) for i, n in cands]
    for i, n, t in with_token:
        if t is not None:
            s.used.add(i)
            return n, t
    for i, n, _ in with_token:
        if _search(hint_words, s.before(n.start, 14)):
            s.used.add(i)
            return n, None
    if len(cands) == 1:
        i, n = cands[0]
        s.used.add(i)
        return n, None
    return None


def _token(s: Scan, attached: TokenMatch | None, params: dict[str, Any], key: str = "token") -> None:
    if attached is not None:
        params[key] = attached.symbol
        return
    named = [t for t in s.tokens if t.known or t.text.isupper()]
    if named:
        params[key] = named[0].symbol


# -- parties -----------------------------------------------------------------------------------------------------
_ADDR = r"0[xX][0-9a-fA-F]{40}"
_EN_NAME = r"(?:" + _ADDR + r"|[A-Z][\w.\-]*(?:\s+[A-Z][\w\-]*)?|[a-z][a-z0-9_.\-]{1,20})"
_ZH_NAME = (r"(?:" + _ADDR + r"|[\u4e00-\u9fff]{1,3}?(?=\s|\d|[，,。；;:：]|[一二两三四五六七八九十几半]|"
            r"个|的|$|作为|当|来|借|贷|"
            r"还|担|是|[A-Za-z]))")
_NOT_NAMES = frozenset({
    "the", "a", "an", "my", "our", "me", "us", "be", "buy", "sell", "earn", "pay", "repay", "release", "fund",
    "make", "get", "build", "create", "start", "help", "him", "her", "them", "someone", "somebody", "anyone",
    "it", "this", "that", "each", "every", "any", "all", "whom", "which", "who", "reach", "cover", "support",
    "finance", "settle", "confirm", "approve", "vest", "lend", "loan", "borrow", "deposit", "withdraw", "send",
    "transfer", "fully", "become", "unlock", "date", "zero", "one", "two", "three", "four", "five", "and",
    "or", "is", "are", "whoever", "deliver", "raise", "go", "do", "sign",
})
_ZH_NOT_NAMES = frozenset({"我", "我们", "你", "他", "她", "对方", "别人", "一个", "一位", "合约", "钱包", "账户"})


def _clean_name(raw: str | None) -> str | None:
    if not raw:
        return None
    name = raw.strip().strip("'\"“”‘’「」").strip()
    if re.fullmatch(_ADDR, name):
        return name
    name = re.sub(r"^(?:the|a|an|my|our)\s+", "", name, flags=_I)
    first = name.split()[0] if name.split() else ""
    if not name or first.lower() in _NOT_NAMES or name in _ZH_NOT_NAMES:
        return None
    if re.search(r"\d", name) and not name.lower().startswith("0x"):
        return None
    if first.isupper() and len(first) > 1 and first.lower() in _TOKENISH:
        return None
    # stop a capitalised name at a following capitalised non-name word ("Bob For")
    return name.split()[0] if len(name.split()) > 1 and name.split()[1].lower() in _NOT_NAMES | _FILLER \
        else name


_FILLER = frozenset({"for", "at", "with", "over", "in", "on", "by", "from", "to", "as", "who", "when", "if"})
_TOKENISH = frozenset({"eth", "btc", "usdc", "usdt", "dai"})


def _party(s: Scan, patterns: list[str]) -> str | None:
    for pat in patterns:
        for m in re.finditer(pat, s.text):
            name = _clean_name(m.group("p"))
            if name:
                return name
    return None


def _role_words(role: str) -> str:
    return role


# -- percents ----------------------------------------------------------------------------------------------------
_MONTHLY_RATE = r"月利率|月息|月利|monthly\s+(?:interest|rate)|per\s+month|a\s+month|/\s*(?:month|mo)\b|每月利息"
_DAILY_RATE = r"日利率|日息|日利|daily\s+(?:interest|rate)|per\s+day|a\s+day|/\s*day\b"


def _loan_percents(s: Scan, params: dict[str, Any]) -> None:
    for n in [n for n in s.numbers if n.percent]:
        before, after = s.before(n.start, 14), s.after(n.end, 18)
        installment = bool(_search(r"^\s*(?:的)?\s*(?:本金|of\s+(?:the\s+)?(?:principal|loan|amount))", after)) or bool(
            _search(r"本金的?\s*$|principal\s*$", before)) or (
            bool(_search(r"每期|per\s+(?:period|installment|instalment)|each\s+(?:period|installment|instalment)"
                         r"|installments?\s+of\s*$|instalments?\s+of\s*$", before))
            and not _search(r"利率|利息|interest|rate|APR", before + after[:10])
        )
        if installment and "installment_pct" not in params:
            params["installment_pct"] = n.value
            continue
        if "annual_rate_pct" in params:
            continue
        ctx = before[-8:] + " " + after[:22]
        if _search(_MONTHLY_RATE, ctx) and not _search(r"年利率|年化|annual|APR|a\s+year|per\s+year", ctx):
            params["annual_rate_pct"] = clean_decimal(n.value * 12)
            s.notes.append(f"monthly rate {n.value}% read as {params['annual_rate_pct']}% a year")
        elif _search(_DAILY_RATE, ctx) and not _search(r"年利率|年化|annual|APR|a\s+year|per\s+year", ctx):
            params["annual_rate_pct"] = clean_decimal(n.value * 365)
            s.notes.append(f"daily rate {n.value}% read as {params['annual_rate_pct']}% a year")
        else:
            params["annual_rate_pct"] = n.value
    if "annual_rate_pct" not in params:
        for i, n in s.free_numbers():
            rate_word = _search(r"(?:年利率|年化(?:利率)?|年息|利率|interest\s+rate|\bAPR|\brate)\s*"
                                r"(?:of|is|为|是|[:：=])?\s*$", s.before(n.start, 12))
            if rate_word and not re.match(r"\s*(?:个月|月|年|天|周|days?|months?|years?)", s.text[n.end:]):
                params["annual_rate_pct"] = n.value
                s.used.add(i)
                break
    if "annual_rate_pct" not in params and _search(
            r"interest[- ]free|no\s+interest|zero\s+interest|0\s*interest|无息|免息|零利息|不要利息|不收利息", s.text):
        params["annual_rate_pct"] = Decimal(0)
        s.notes.append("interest-free: annual_rate_pct 0")


# -- frequencies -------------------------------------------------------------------------------------------------
_FREQUENCIES: list[tuple[str, Decimal]] = [
    (r"\bbi-?weekly\b|\bfortnightly\b|every\s+(?:two|2)\s+weeks|每两周|每隔两周|每半个月|双周", Decimal(14) / 30),
    (r"\bsemi-?annual(?:ly)?\b|\bhalf-?yearly\b|every\s+(?:six|6)\s+months|每半年|每六个月|每6个月", Decimal(6)),
    (r"\bquarterly\b|every\s+(?:quarter|three\s+months|3\s+months)|each\s+quarter|per\s+quarter|每季度?|按季度?|"
     r"每三个月|每3个月|季付", Decimal(3)),
    (r"\bweekly\b|every\s+week|each\s+week|per\s+week|每周|每星期|每个星期|按周|周付", Decimal(7) / 30),
    (r"\bmonthly\b(?!\s+(?:interest|rate))|every\s+month|each\s+month|per\s+month(?!\s*interest)|"
     r"每月(?!利|息)|每个月|按月|月供|月付|(?<![个下上])月还", Decimal(1)),
    (r"\bannual(?:ly)?\s+(?:payments?|repayments?|instal+ments?)|\b(?:annually|yearly)\b(?!\s+(?:interest|rate|apr))|"
     r"every\s+year|each\s+year|"
     r"每年(?!\s*(?:利|[\d.]+\s*%|百分))|按年|年付", Decimal(12)),
    (r"\bdaily\s+(?:payments?|repayments?)|every\s+day|每天还|每日还", Decimal(1) / 30),
]


def _frequency_months(s: Scan) -> Decimal | None:
    text = s.text
    m = re.search(r"(?:every|each)\s+(\S+)\s+(days?|weeks?|months?)|每\s*(?:隔)?\s*(\S{1,3}?)\s*个?(天|周|月)",
                  text, _I)
    if m:
        inner = next((d for d in s.durations if d.start >= m.start() and d.end <= m.end() + 1), None)
        if inner is not None:
            return inner.months
    for pat, months in _FREQUENCIES:
        hit = re.search(pat, text, _I)
        if hit:
            # "monthly" right after a percent is a rate ("1% monthly"), not a payment frequency
            if re.search(r"(?:%|percent|pct)\s*$", text[max(0, hit.start() - 9):hit.start()], _I):
                continue
            return clean_decimal(months) if months == months.to_integral_value() else days_to_months(months * 30)
    return None


# -- loan ------------------------------------------------------------------------------------------------------
def extract_loan(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    _loan_percents(s, params)
    text = s.text
    # number of installments: "分 6 期", "12 monthly installments", "in 6 payments"
    count: Decimal | None = None
    for i, n in enumerate(s.numbers):
        if n.percent:
            continue
        if (_search(r"分\s*$", s.before(n.start, 3)) and re.match(r"\s*期", text[n.end:])) or re.match(
                r"\s*(?:(?:equal|monthly|quarterly|weekly|annual|bi-?weekly)\s+)*(?:instal+ments?|payments?|"
                r"repayments?)\b|\s*期(?:还|付|偿)", text[n.end:], _I):
            count = n.value
            s.used.add(i)
            break
    # term: a duration that is not a frequency and not attached to a rate ("5% a year")
    terms = []
    for d in s.durations:
        before = s.before(d.start, 10)
        if _search(r"(?:every|each|per|每|隔)\s*$", before) or _search(r"(?:%|percent|pct|APR|interest|利率)\s*$",
                                                                         before):
            continue
        if _search(r"^\s*(?:cliff|锁)", s.after(d.end, 8)):
            continue
        terms.append(d)
    if terms:
        preferred = [d for d in terms if _search(r"(?:期限|term|为期|for|over|duration|借期|贷期)\s*[:：为是]?\s*$",
                                                 s.before(d.start, 10))
                     or _search(r"^\s*(?:期|term|loan|内还|后还|到期)", s.after(d.end, 6))]
        params["term_months"] = (preferred or terms)[0].months
    period = _frequency_months(s)
    if period is None and count is not None and "term_months" in params:
        period = clean_decimal(params["term_months"] / count) if params["term_months"] % count == 0 else \
            days_to_months(params["term_months"] * 30 / count)
    if period is None and (params.get("installment_pct") is not None or _search(
            r"每期|分期|instal+ments?|repay\s+in\s+parts", text)):
        term = params.get("term_months")
        if term is None or term >= 1:
            period = Decimal(1)
            s.notes.append("installments without a stated frequency are read as monthly (period_months 1)")
    if period is not None:
        params["period_months"] = period
    if "term_months" not in params and count is not None and period is not None:
        params["term_months"] = clean_decimal(count * period)
        s.notes.append(f"term_months {params['term_months']} follows from {count} installments")
    amt = _amount(s, r"本金|principal|借|贷款|loan(?:\s+of)?|lend|borrow|amount|金额|\bof\s*$")
    if amt:
        params["principal"] = amt[0].value
        _token(s, amt[1], params)
    else:
        _token(s, None, params)
    if "token" not in params:
        s.notes.append("no currency named: token defaults to ETH")
    borrower = _party(s, [
        rf"(?i:borrower|借款人|借款方)\s*(?:is|[:：=]|为|是)?\s*(?P<p>{_EN_NAME}|{_ZH_NAME})",
        rf"(?i:\b(?:lend|loan|lent|give|advance)\b(?:(?!\.\s|,\s)[^;，。])*?\bto\s+)(?P<p>{_EN_NAME})",
        rf"(?:借给|贷给|贷款给|放贷给|借钱给)\s*(?P<p>{_ZH_NAME}|{_EN_NAME})",
        rf"(?:给|帮)\s*(?P<p>{_ZH_NAME})\s*(?:借|贷)",
        rf"(?:借款|借出|贷款|放贷|借)[^，,。；;给]{{0,20}}给\s*(?P<p>{_ZH_NAME}|{_EN_NAME})",
    ])
    lender = _party(s, [
        rf"(?i:lender|出借人|贷款人|出借方)\s*(?:is|[:：=]|为|是)?\s*(?P<p>{_EN_NAME}|{_ZH_NAME})",
        rf"(?i:\bborrow\b(?:(?!\.\s|,\s)[^;，。])*?\bfrom\s+)(?P<p>{_EN_NAME})",
        rf"向\s*(?P<p>{_ZH_NAME})\s*借",
        rf"(?i:\bfrom\s+)(?P<p>{_ADDR})",
    ])
    if borrower:
        params["borrower"] = borrower
    if lender and lender != borrower:
        params["lender"] = lender
    return params


# -- token -----------------------------------------------------------------------------------------------------
_NAME_STOP = r"(?=\s*(?:\(|（|,|，|;|；|。|\.(?:\s|$)|$|\bwith\b|\bsymbol\b|\bticker\b|\band\b|\bthat\b|\bwhich\b|" \
             r"\bof\b|\bhaving\b|\bfor\b|的|代号|符号|简称|，|、|\d))"


def extract_token(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    text = s.text
    name = None
    for pat in (
        r"(?:named|called|call\s+it|name(?:d)?\s*(?:is|[:：=])|name)\s+"
        r"['\"“‘]?(?P<n>[^'\"”’,，;；()（]+?)['\"”’]?" + _NAME_STOP,
        r"(?:名称|名字|名为|叫做?|命名为|取名)\s*(?:是|为|[:：])?\s*['\"“‘「]?(?P<n>[^'\"”’」，,；;。()（\s]+"
        r"(?:\s[A-Za-z][^'\"”’」，,；;。()（\s]*)*)['\"”’」]?" + _NAME_STOP,
        r"['\"“‘「](?P<n>[^'\"”’」]{1,64})['\"”’」]",
        r"(?P<n>(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*|[\u4e00-\u9fff]{2,8})\s*[(（]\s*\$?[A-Z0-9]{1,11}\s*[)）]",
        r"(?:代币|\btoken|\bcoin)\s+(?!(?:named|called|with|that|for|and|of|please|contract|symbol)\b)"
        r"(?P<n>[A-Z][a-z][\w\-]*(?:\s+[A-Z][a-z][\w\-]*){0,2}|[\u4e00-\u9fff]{2,8})(?=\s*[，,(（])",
    ):
        m = re.search(pat, text, _I)
        if m and m.group("n").strip():
            name = m.group("n").strip()
            break
    symbol = None
    m = re.search(r"(?:symbol|ticker|符号|代号|简称|代码|缩写)\s*(?:is|为|是|[:：=])?\s*"
                  r"['\"“]?\$?(?P<s>[A-Za-z0-9]{1,11})\b",
                  text, _I)
    if m:
        symbol = m.group("s")
    else:
        m = re.search(r"[(（]\s*\$?(?P<s>[A-Za-z0-9]{1,11})\s*[)）]", text)
        if m:
            symbol = m.group("s")
        elif name:
            m = re.search(re.escape(name) + r"['\"”’」]?\s*[,，]?\s*\$?(?P<s>[A-Z][A-Z0-9]{1,10})\b", text)
            if m and m.group("s") not in ("ERC20", "ERC"):
                symbol = m.group("s")
    slash = re.search(r"(?:代币|\btoken|\bcoin)\s*[:：]\s*(?P<n>[^/|,，]+?)\s*[/|]\s*"
                      r"\$?(?P<s>[A-Za-z0-9]{1,11})\s*(?:[/|]|$)",
                      text, _I)
    if slash:
        name = name or slash.group("n").strip().strip("'\"“”")
        symbol = symbol or slash.group("s")
    if symbol is None:
        tickers = {t.text for t in s.tokens if not t.known and t.text.isupper() and t.text != (name or "").upper()}
        if len(tickers) == 1:
            symbol = tickers.pop()
    if symbol is None:
        m = re.search(r"(?:代币|\btoken|\bcoin)\s+\$?(?P<s>[A-Z][A-Z0-9]{1,10})\b(?!\s*(?:代币|token))", text)
        if m and canonical_token(m.group("s")) and m.group("s") != (name or "").upper():
            symbol = m.group("s")
    if name:
        params["name"] = name
    if symbol:
        params["symbol"] = symbol.upper()
    # decimals
    small = [(i, n) for i, n in enumerate(s.numbers) if not n.percent and n.value == n.value.to_integral_value()
             and 0 <= n.value <= 36]
    for i, n in sorted(small, key=lambda p: not _search(r"(?:decimals?|精度|小数位数?)\s*(?:of|is|为|是|[:：=])?\s*$",
                                                           s.before(p[1].start, 14))):
        if re.match(r"\s*(?:decimals?\b|decimal places|位小数|位精度|个小数位)", text[n.end:], _I) or _search(
                r"(?:decimals?|精度|小数位数?)\s*(?:of|is|为|是|[:：=])?\s*$", s.before(n.start, 14)):
            params["decimals"] = int(n.value)
            s.used.add(i)
            break
    # cap
    for i, n in s.free_numbers():
        if _search(r"(?:\bcap(?:ped)?|\bmax(?:imum)?(?:\s+supply)?|supply\s+cap|up\s+to|"
                   r"上限|最大供应量?|封顶|最多|总量上限|最高)"
                   r"\s*(?:of|at|is|to|为|是|[:：=])?\s*(?:\$)?$", s.before(n.start, 24)) or \
                re.match(r"\s*(?:\w+\s+)?(?:cap\b|上限|封顶)", text[n.end:], _I):
            params["cap"] = n.value
            s.used.add(i)
            break
    # initial supply
    supply_hint = (r"(?:supply|供应量?|发行量?|发行|总量|总供应|数量|铸造|mint|issue|initial|start(?:ing)?\s+with)"
                   r"\s*(?:of|is|为|是|[:：=])?\s*$")
    cands = [(i, n) for i, n in s.free_numbers()]
    chosen = next(((i, n) for i, n in cands if _search(supply_hint, s.before(n.start, 20))), None) or next(
        ((i, n) for i, n in cands if re.match(r"\s*(?:tokens?|coins?|枚|个|supply|initial|total)", text[n.end:], _I)),
        None) or (cands[0] if len(cands) == 1 else None)
    if chosen:
        s.used.add(chosen[0])
        params["initial_supply"] = chosen[1].value
    flags = {
        "mintable": r"\bmintable\b|\ballow(?:s|ing)?\s+minting|\bminting\s+(?:is\s+)?allowed|"
                    r"\bcan\s+(?:be\s+)?mint|\bmint(?:ing)?\s+(?:more|new|additional|later)|可增发|能增发|"
                    r"允许增发|支持增发|可铸造|可以增发|增发",
        "burnable": r"\bburnable\b|\bcan\s+(?:be\s+)?burn|\bburn(?:ing)?\b|可销毁|能销毁|可燃烧|可以销毁|支持销毁|销毁",
        "pausable": r"\bpausable\b|\bcan\s+(?:be\s+)?paused?|\bpause\b|可暂停|能暂停|可以暂停|支持暂停|暂停",
    }
    for key, pat in flags.items():
        m = re.search(pat, text, _I)
        if not m:
            continue
        neg = _search(r"(?:\bnot|\bnon|\bno|\bwithout|不可|不能|不|无法|禁止|没有)[\s\-]*(?:be\s+)?$",
                      text[max(0, m.start() - 10):m.start()])
        params[key] = not neg
    return params


# -- escrow ----------------------------------------------------------------------------------------------------
def _deadline_days(s: Scan, params: dict[str, Any], key: str = "deadline_days") -> None:
    cands = [d for d in s.durations if not _search(r"(?:every|each|per|每)\s*$", s.before(d.start, 8))]
    if cands:
        preferred = [d for d in cands if _search(r"deadline|截止|期限|内|after|within|in|by|refund|退", s.before(
            d.start, 14) + s.after(d.end, 14))]
        params[key] = (preferred or cands)[0].days


def extract_escrow(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    amt = _amount(s, r"托管|担保|escrow|lock|deposit|存入|amount|金额|hold")
    if amt:
        params["amount"] = amt[0].value
        _token(s, amt[1], params)
    else:
        _token(s, None, params)
    _deadline_days(s, params)
    for key, pats in {
        "arbiter": [rf"(?i:arbiter|arbitrator|仲裁人|仲裁方|仲裁|裁判|中间人)\s*(?:is|[:：=]|为|是)?\s*"
                    rf"(?P<p>{_EN_NAME}|{_ZH_NAME})",
                    rf"(?P<p>{_EN_NAME})(?i:\s+as\s+(?:the\s+)?(?:arbiter|arbitrator))",
                    rf"(?:由)\s*(?P<p>{_ZH_NAME})\s*(?:仲裁|裁决)"],
        "payee": [rf"(?i:payee|seller|recipient|收款人|收款方)\s*(?:is|[:：=]|为|是)?\s*(?P<p>{_ADDR}|[A-Z][\w\-]*|"
                  rf"{_ZH_NAME})",
                  rf"(?i:\b(?:pay|release\s+(?:it\s+|the\s+funds\s+)?to|for|to)\s+)(?P<p>{_ADDR}|[A-Z][a-z][\w\-]*)",
                  rf"(?:放款给|付给|支付给|转给)\s*(?P<p>{_ADDR}|{_ZH_NAME})"],
        "payer": [rf"(?i:payer|buyer|付款人|付款方)\s*(?:is|[:：=]|为|是)?\s*(?P<p>{_ADDR}|[A-Z][\w\-]*|{_ZH_NAME})",
                  rf"(?i:\bfrom\s+)(?P<p>{_ADDR}|[A-Z][a-z][\w\-]*)"],
    }.items():
        found = _party(s, pats)
        if found and found not in params.values() and not found.startswith(("卖方", "买方")):
            params[key] = found
    return params


# -- vesting ---------------------------------------------------------------------------------------------------
def extract_vesting(s: Scan) -> dict[str, Any]:
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
        if _search(r"^\s*(?:-|\s)?(?:long\s+)?cliff|^\s*(?:的)?(?:锁定期|锁仓期|悬崖期|cliff)", a) or _search(
                r"\block(?:ed|\s+up)?\b[^,，。;；]{0,20}\bfor\s*$", s.before(d.start, 30)) or _search(
                r"(?:cliff|锁仓|锁定期?|锁定|悬崖期?|禁售期?|封闭期)\s*"
                r"(?:of|is|period|为|是|[:：=])?\s*(?:of\s*)?$", b):
            if cliff_d is None:
                cliff_d = d
        elif start_d is None and (
                _search(r"(?:start(?:ing|s)?|begin(?:ning|s)?|commenc\w*|delay(?:ed)?)\s*(?:in|after|of)?\s*$", b)
                or (_search(r"^\s*(?:from\s+now|later|后开始|之后开始|后启动)", a) and not _search(r"锁仓|锁定", b))):
            start_d = d
    if cliff_d is not None:
        params["cliff_months"] = cliff_d.months
    elif _search(r"\bno\s+cliff|without\s+(?:a\s+|any\s+)?cliff|zero\s+cliff|cliff\s*(?:of\s*)?(?:0|zero|none)\b|"
                 r"无锁定期|没有锁定期|不设锁定期|无锁仓|无悬崖|不设锁仓|没有锁仓|立即开始释放|立即释放|"
                 r"(?:无|没有|不设)\s*cliff", text):
        params["cliff_months"] = Decimal(0)
    if start_d is not None:
        params["start_delay_months"] = start_d.months
    rest = [d for d in s.durations if d is not cliff_d and d is not start_d
            and not _search(r"(?:every|each|per|每)\s*$", s.before(d.start, 8))]
    if rest:
        preferred = [d for d in rest if _search(r"(?:over|across|during|for|within|duration|总共|共|分|为期|期限|"
                                                r"归属期|释放期|线性释放|in)\s*(?:of|为|是|[:：])?\s*$",
                                                s.before(d.start, 10))
                     or _search(r"^\s*(?:内|释放|线性|vesting|duration|to\s+vest|期)", s.after(d.end, 8))]
        params["duration_months"] = (preferred or rest)[0].months
    ben = _party(s, [
        rf"(?i:beneficiary|受益人|受益方)\s*(?:is|[:：=]|为|是)?\s*(?P<p>{_EN_NAME}|{_ZH_NAME})",
        rf"(?i:\b(?:to|for)\s+)(?P<p>{_ADDR}|(?i:(?:an?\s+|the\s+|our\s+|my\s+)?"
        rf"(?:advisor|adviser|employee|founder|developer|engineer|investor|contributor|cto|ceo))\b|[A-Z][a-z][\w\-]*)",
        rf"(?:给|发给|奖励给|授予)\s*(?P<p>{_ADDR}|{_ZH_NAME})",
        rf"(?i:\b(?:give|grant|award|allocate)\s+)(?P<p>{_ADDR}|[A-Z][a-z][\w\-]*)",
    ])
    if ben:
        params["beneficiary"] = ben
    return params


# -- crowdfund -------------------------------------------------------------------------------------------------
def extract_crowdfund(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    amt = _amount(s, r"目标|goal|raise|众筹|筹集|募集|target|of")
    if amt:
        params["goal"] = amt[0].value
        _token(s, amt[1], params)
    else:
        _token(s, None, params)
    _deadline_days(s, params)
    return params


# -- multisig --------------------------------------------------------------------------------------------------
_OWNER_WORDS = (r"(?:owners?|signers?|signatories|signatory|members?|keyholders?|key\s+holders?|people|persons?|"
                r"parties|trustees?|admins?|managers?|partners?|wallets?|directors?|cofounders?|co-founders?|"
                r"签名人|签名者|签署人|签字人|所有者|所有人|管理员|持有人|成员|人|合伙人|股东|钥匙|私钥|地址)")
_THRESHOLD_BEFORE = r"(?:any|majority(?:\s+of)?|approvals?\s+(?:from|of|by)|quorum(?:\s+of)?|法定人数|签名数|" \
                    r"at\s+least|" \
                    r"requires?|required|need(?:s|ed)?|needing|must|min(?:imum)?|threshold(?:\s+of)?|" \
                    r"需要|至少|须|必须|需|任意|任何|其中|门槛|阈值|满)\s*[:：=为是]?\s*$"
_THRESHOLD_AFTER = r"^\s*(?:of\s+them|(?:个|名|位|把)?\s*(?:人|signers?|owners?|of\s+them|people)?\s*" \
                   r"(?:(?:are\s+|is\s+)?(?:required|needed)\s+to\s+|to\s+|can\s+|must\s+|need\s+to\s+|共同|一起|" \
                   r"就能|就可以|即可|可以|才能)?" \
                   r"(?:approve|sign|confirm|signatures?|approvals?|confirmations?|co-?sign|同意|确认|签名|签字|" \
                   r"批准|通过|签署|动用|转账|支付|付款|执行))"


def extract_multisig(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    text = s.text
    plain = [(i, n) for i, n in enumerate(s.numbers) if not n.percent and not s.in_address(n)
             and s.in_duration(n) is None and n.value == n.value.to_integral_value() and 0 <= n.value < 1000]
    # pairs: "3-of-5", "3 of 5", "3 out of 5", "2/3", "5人中3人", "五个人里任意三个"
    for (_, a), (_, b) in itertools.pairwise(plain):
        gap = text[a.end:b.start]
        if re.fullmatch(r"\s*(?:-|\s)?\s*(?:out\s+)?of\s*(?:-|\s)?\s*(?:the\s+)?|\s*/\s*|\s*(?:个|名|位)?\s*"
                        r"(?:签名人|管理员|持有人|成员)?\s*之\s*", gap, _I):
            params["threshold"], params["owners_count"] = int(a.value), int(b.value)
            break
        if re.fullmatch(r"\s*(?:选|签)\s*", gap) or re.fullmatch(
                r"\s*(?:个|名|位)?\s*(?:人|签名人|管理员|所有者|持有人|成员|owners?)?\s*(?:中|里|当中|之中)\s*"
                        r"(?:的)?\s*(?:任意|任何|至少|需要|有)?\s*", gap, _I):
            params["owners_count"], params["threshold"] = int(a.value), int(b.value)
            break
    if "threshold" not in params:
        for _i, n in plain:
            after = text[n.end:n.end + 30]
            before = s.before(n.start, 14)
            owner_after = re.match(r"\s*(?:-|\s)?\s*(?:个|名|位|把)?\s*" + _OWNER_WORDS +
                                   r"(?!\s*(?:同意|确认|签名|签字|批准))", after, _I)
            owner_before = _search(r"(?:among|of|out\s+of|共|总共|一共|owners?\s*[:：=]|signers?\s*[:：=])\s*$", before)
            if _search(_THRESHOLD_BEFORE, before) or (not owner_after and not owner_before and
                                                       _search(_THRESHOLD_AFTER, after)):
                if "threshold" not in params:
                    params["threshold"] = int(n.value)
            elif (owner_after or owner_before) and "owners_count" not in params:
                params["owners_count"] = int(n.value)
    owners: list[str] = [a.address for a in s.addresses]
    m = re.search(r"(?:owners?|signers?|signatories|签名人|所有者|管理员|成员)\s*(?:are|is|[:：=]|为|是|包括)?\s*"
                  r"(?P<l>[^.;。；]+)", text, _I)
    if m and not owners:
        items = [x.strip() for x in re.split(r",|，|、|\band\b|和|及|与", m.group("l")) if x.strip()]
        names = []
        for item in items:
            name = _clean_name(item.split("(")[0])
            if name is None or len(name) > 24 or re.search(r"需要|need|require|any|threshold", name, _I) or \
                    re.search(r"都|要|确认|同意|签|需|^[一二两三四五六七八九十\d]+\s*(?:个|名|位)?人", name) or \
                    (re.search(r"[\u4e00-\u9fff]", name) and len(name) > 4):
                break
            names.append(name)
        if len(names) >= 2:
            owners = names
    if owners:
        params["owners"] = owners
    return params


EXTRACTORS: dict[str, Callable[[Scan], dict[str, Any]]] = {
    "loan": extract_loan,
    "token": extract_token,
    "escrow": extract_escrow,
    "vesting": extract_vesting,
    "crowdfund": extract_crowdfund,
    "multisig": extract_multisig,
}


def extract_params(kind: str, text: str) -> tuple[dict[str, Any], list[str], Scan]:
    """Params the text states for ``kind`` (absent = not stated), notes on inferences, and the scan used."""
    s = scan(text)
    params = EXTRACTORS[kind](s)
    return params, s.notes, s
