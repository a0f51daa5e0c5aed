"""Loan extractor: principal, token, rate (annual, or monthly/daily converted), term, installments, parties.

The shared scanning-and-evidence layer (``ledgerlm.language.extract``) finds numbers, durations, tokens, addresses
and names with their spans; this module only decides which of them is which param of this kind.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from ledgerlm.language.durations import days_to_months
from ledgerlm.language.evidence import Evidence, Span, Unsure
from ledgerlm.language.extract import (
    _ADDR,
    _EN_NAME,
    _I,
    _ZH_NAME,
    Flagged,
    Scan,
    _amount,
    _party,
    _search,
    _token,
    people_before,
)
from ledgerlm.language.numbers import clean_decimal
from ledgerlm.language.parties import (
    ME,
    NameMatch,
    ask_open_direction,
    complete_first_names,
    greeted_name,
    lower_party,
    pronoun_referent,
    quoted_sides,
    read_name,
)

__all__ = ["extract"]


# -- percents ----------------------------------------------------------------------------------------------------
#: "利息按月 1% 算", "按月计息 1%": a rate counted by the month
_MONTHLY_RATE = (
    r"月利率|月息|月利|monthly\s+(?:interest|rate)|per\s+month|a\s+month|/\s*(?:month|mo)\b|每月利息|"
    r"按月(?:计息|算息|计)?\s*$"
)
_DAILY_RATE = r"日利率|日息|日利|daily\s+(?:interest|rate)|per\s+day|a\s+day|/\s*day\b|按(?:日|天)(?:计息|算息|计)?\s*$"


#: a rate per quarter: "2%/quarter", "1.5% per quarter", "季息 2%", "季利率"
_QUARTERLY_RATE = (
    r"季息|季利率|季度利率|(?i:quarterly\s+(?:interest|rate)|per\s+quarter|a\s+quarter|/\s*(?:quarter|qtr)\b)"
)


#: the loan carries no interest ("0 intrest" and "no interst": the typos people make in a hurry)
_INTEREST_FREE = (
    r"int(?:e?re?st|rest)[- ]free|no\s+int(?:e?re?st|rest)|zero\s+int(?:e?re?st|rest)|0\s*int(?:e?re?st|rest)|"
    r"(?:at\s+)?0\s*%\s*(?:interest|APR)|无息|免息|"
    r"零利息|零利率|零息|无利息|不计息|不要利息|不收利息|不算利息|不收息|利息为?零"
)
#: a share paid each period ("20% each month", "每月付一成"): in an interest-free loan, the installment
_PER_PERIOD = (
    r"each\s+(?:month|week|quarter|period)|every\s+(?:month|week|quarter)|per\s+(?:month|week|quarter)|a\s+month|"
    r"每月|每个月|每期|每周|每季"
)


#: a percent taken back: "not 5%, 6%", "不是 5%，是 6%", "6% instead of 5%"
_NOT_THIS = re.compile(r"(?i:\bnot\s*$|\binstead\s+of\s*$|\brather\s+than\s*$)|不是\s*$|而不是\s*$")


def _taken_back(s: Scan) -> set[Decimal]:
    """Percents the request takes back ("at 5%, sorry not 5%, 6%"): every percent of that value is no reading,
    when another percent is left to read."""
    percents = [n for n in s.numbers if n.percent]
    out = {n.value for n in percents if _NOT_THIS.search(s.before(n.start, 14))}
    return out if any(n.value not in out for n in percents) else set()


def _loan_percents(s: Scan, params: dict[str, Any]) -> None:
    free = bool(_search(_INTEREST_FREE, s.text))
    back = _taken_back(s)
    for n in [n for n in s.numbers if n.percent and n.value not in back]:
        before, after = s.before(n.start, 14), s.after(n.end, 18)
        around = re.sub(_INTEREST_FREE, " ", before + " " + after[:12], flags=_I)  # "，不算利息" is no rate word
        if free and not _search(r"利率|利息|interest|rate|APR", around):
            # "interest-free ... 20% each month": no percent of it is a rate; one paid each period is the
            # installment, any other is left to the accounting (asked), never read as interest
            if "installment_pct" not in params and (_search(_PER_PERIOD, before) or _search(_PER_PERIOD, after)):
                params["installment_pct"] = n.value
            continue
        installment = (
            # "he give back every month 5% of the money": a share of what was lent
            bool(
                _search(
                    r"^\s*(?:的)?\s*(?:本金|of\s+(?:the\s+)?(?:(?:original|initial|outstanding|whole|total)\s+)?(?:principal|loan|amount|money|sum\s+lent|sum))",
                    s.after(n.end, 40),
                )
            )
            or bool(_search(r"本金的?\s*$|principal\s*$", before))
            or (
                bool(
                    _search(
                        r"每期|per\s+(?:period|installment|instalment)|each\s+(?:period|installment|instalment)"
                        # "installments 5%/quarter", "instalments: 10%"
                        r"|instal+ments?\s+of\s*$|instal+ments?\s*[:=：]?\s*$",
                        before,
                    )
                )
                and not _search(r"利率|利息|interest|rate|APR", before + after[:10])
            )
        )
        if installment and "installment_pct" not in params:
            params["installment_pct"] = n.value
            continue
        if "annual_rate_pct" in params:
            continue
        ctx = before[-8:] + " " + after[:22]
        if _search(r"按(?:月|日|天)(?:计息|算息|计)?\s*$", before):  # the period word right before the rate
            ctx = before[-8:]
        bare = re.match(r"\s*(?:interest\s+)?(?:monthly|weekly|daily|quarterly)\b(?!\s+(?:interest|rate))", after, _I)
        if bare and not _search(
            r"年利率|年化|annual|APR|a\s+year|per\s+year|yearly|p\.?a\.?", before + " " + after[:30]
        ):
            # "5% monthly": 5% a month, or 5% a year repaid monthly? never picked silently: asked
            end = n.end + bare.end()
            s.flagged.append(
                Flagged(
                    n.start,
                    end,
                    s.text[n.start : end],
                    f"{n.value}% a {bare.group(0).strip()[:-2] or 'period'}"
                    f" or {n.value}% a year paid {bare.group(0).strip()}",
                )
            )
            continue
        if _search(_MONTHLY_RATE, ctx) and not _search(r"年利率|年化|annual|APR|a\s+year|per\s+year", ctx):
            params["annual_rate_pct"] = clean_decimal(n.value * 12)
            s.notes.append(f"monthly rate {n.value}% read as {params['annual_rate_pct']}% a year")
            s.evidence["annual_rate_pct"] = Evidence(
                "inferred", f"a monthly rate of {n.value}% x 12", (Span(n.start, n.end, n.text),)
            )
        elif _search(_DAILY_RATE, ctx) and not _search(r"年利率|年化|annual|APR|a\s+year|per\s+year", ctx):
            params["annual_rate_pct"] = clean_decimal(n.value * 365)
            s.notes.append(f"daily rate {n.value}% read as {params['annual_rate_pct']}% a year")
            s.evidence["annual_rate_pct"] = Evidence(
                "inferred", f"a daily rate of {n.value}% x 365", (Span(n.start, n.end, n.text),)
            )
        elif _search(_QUARTERLY_RATE, ctx) and not _search(r"年利率|年化|annual|APR|a\s+year|per\s+year", ctx):
            # "2%/quarter", "季息 1.5%": a rate per quarter, four to a year
            params["annual_rate_pct"] = clean_decimal(n.value * 4)
            s.notes.append(f"quarterly rate {n.value}% read as {params['annual_rate_pct']}% a year")
            s.evidence["annual_rate_pct"] = Evidence(
                "inferred", f"a quarterly rate of {n.value}% x 4", (Span(n.start, n.end, n.text),)
            )
        else:
            params["annual_rate_pct"] = n.value
    if "annual_rate_pct" not in params:
        for i, n in s.free_numbers():
            rate_word = _search(
                r"(?:年利率|年化(?:利率)?|年息|利率|interest\s+rate|\bAPR|\brate"
                # "rate_pa: 5", "apr_pct = 7", "interest_rate: 4": a settings key naming a yearly rate
                r"|(?i:\b(?:rate|apr|interest(?:_rate)?)_?(?:pa|p\.a\.|annual|yearly|pct|percent|apr)))\s*"
                r"(?:of|is|为|是|[:：=])?\s*$",
                s.before(n.start, 12),
            )
            if rate_word and not re.match(r"[ \t]*(?:个月|月|年|天|周|days?|months?|years?)", s.text[n.end :]):
                if not _said_yearly(s, n.start, n.end, rate_word.group(0)):
                    _ask_bare_rate(s, n.start, n.end)
                    s.used.add(i)
                    break
                params["annual_rate_pct"] = n.value
                s.used.add(i)
                break
    if "annual_rate_pct" not in params and _search(_INTEREST_FREE, s.text):
        params["annual_rate_pct"] = Decimal(0)
        s.notes.append("interest-free: annual_rate_pct 0")


#: a rate word that says the rate is yearly by itself ("年利率 5", "APR 7", "rate_pa: 5")
_YEARLY_RATE_WORD = re.compile(
    r"年利率|年化|年息|\bAPR\b|(?i:\b(?:rate|apr|interest(?:_rate)?)_?(?:pa|p\.a\.|annual|yearly|apr))", re.IGNORECASE
)
#: a year said before or after the bare number ("annual rate 5", "rate 5 p.a.", "每年利率 5", "rate: 5 per year")
_YEAR_NEAR = re.compile(
    r"(?i:\b(?:annual|yearly|per\s+annum|p\.\s?a\.?|pa\b|a\s+year|per\s+year|each\s+year|every\s+year|/\s*(?:yr|year|y)\b))|"
    r"每年|一年|按年"
)


def _said_yearly(s: Scan, start: int, end: int, rate_word: str) -> bool:
    """A bare number after a rate word is a yearly percent only when something says yearly: the rate word itself
    ("年利率", "APR", "rate_pa"), a year right before it, or a percent sign or year right after it."""
    if _YEARLY_RATE_WORD.search(rate_word):
        return True
    if re.search(r"(?i:rate)\s*=\s*$", rate_word):
        return True  # "principal=750000 rate=5.5 term=60": a settings key, in the spec's own unit (a yearly percent)
    before = s.text[max(0, start - 24) : start]
    after = s.text[end : end + 14]
    if _YEAR_NEAR.search(before.split("\n")[-1]) or _YEAR_NEAR.match(after.lstrip(" %\t")):
        return True
    return bool(re.match(r"\s*(?:%|percent|per\s*cent|厘)", after))


def _ask_bare_rate(s: Scan, start: int, end: int) -> None:
    """ "利率 1.2", "rate 3": a number with no percent sign and no period may be a yearly or a monthly percent
    (1.2% a month is 14.4% a year): never read, asked (round 10)."""
    s.unsure.append(
        Unsure(
            "annual_rate_pct",
            start,
            end,
            s.text[start:end],
            "The rate '{w}' has no period: is it {w}% a year or {w}% a month?",
            "利率“{w}”没有说明期间：是年利率 {w}% 还是月利率 {w}%？",
        )
    )
    s.notes.append(f"annual_rate_pct: '{s.text[start:end]}' has no % and no period: asked")


# -- frequencies -------------------------------------------------------------------------------------------------
_FREQUENCIES: list[tuple[str, Decimal]] = [
    (r"\bbi-?weekly\b|\bfortnightly\b|every\s+(?:two|2)\s+weeks|每两周|每隔两周|每半个月|双周", Decimal(14) / 30),
    (
        r"\bsemi-?annual(?:ly)?\b|\bhalf-?yearly\b|every\s+(?:six|6)\s+months|每半年|每六个月|每6个月|每个半年",
        Decimal(6),
    ),
    (
        r"\bquarterly\b|every\s+(?:quarter|three\s+months|3\s+months)|each\s+quarter|per\s+quarter|/\s*(?:quarter|qtr)\b|"
        r"每个?季度?|按季度?|"
        r"每三个月|每3个月|季付",
        Decimal(3),
    ),
    (r"\bweekly\b|every\s+week|each\s+week|per\s+week|每周|每星期|每个星期|按周|周付", Decimal(7) / 30),
    (
        r"\bmonthly\b(?!\s+(?:interest|rate)(?!\s+payments?))|every\s+month|each\s+month|per\s+month(?!\s*interest)|"
        r"每月(?!利|息)|每个月|(?<!利息)(?<!息)按月(?!\s*(?:利|计息|算息|[\d.]+\s*%|百分))|月供|(?<![个\d一二两三四五六七八九十])月付|(?<![个下上])月还",
        Decimal(1),
    ),
    (
        r"\bannual(?:ly)?\s+(?:payments?|repayments?|instal+ments?)|\b(?:annually|yearly)\b(?!\s+(?:interest|rate|apr))|"
        r"every\s+year|each\s+year|"
        # "利息按年 10% 算": 按年 before a rate says the rate is yearly, not how often a payment is due
        r"每年(?!\s*(?:利|[\d.]+\s*%|百分))|(?<!利息)(?<!息)按年(?!\s*(?:利|计息|算息|[\d.]+\s*%|百分))|年付",
        Decimal(12),
    ),
    (r"\bdaily\s+(?:payments?|repayments?)|every\s+day|每天还|每日还", Decimal(1) / 30),
    # "pay it back over 3 years, once a year": how often, said as a count per period
    (r"\bonce\s+(?:a|per|every)\s+year\b|\bone\s+payment\s+(?:a|per)\s+year\b|一年(?:付|还)一次|每年一次", Decimal(12)),
    (r"\btwice\s+(?:a|per)\s+year\b|一年(?:付|还)两次|每年两次", Decimal(6)),
    (r"\bonce\s+(?:a|per|every)\s+quarter\b", Decimal(3)),
    (r"\bonce\s+(?:a|per|every)\s+month\b|\bonce\s+monthly\b", Decimal(1)),
]


def _frequency_months(s: Scan) -> Decimal | None:
    text = s.text
    m = re.search(
        r"(?:every|each)\s+(\S+)\s+(days?|weeks?|months?)|每\s*(?:隔)?\s*(\S{1,3}?)\s*个?(天|周|月)", text, _I
    )
    if m:
        inner = next((d for d in s.durations if d.start >= m.start() and d.end <= m.end() + 1), None)
        if inner is not None:
            s.cite("period_months", m.start(), m.end(), "how often a payment is due")
            return inner.months
    for pat, months in _FREQUENCIES:
        for hit in re.finditer(pat, text, _I):
            # "monthly" right after a percent is a rate ("1% yearly"), not a payment frequency; a later
            # "annual payments" still is one
            if re.search(r"(?:%|percent|pct)\s*$", text[max(0, hit.start() - 9) : hit.start()], _I) and not re.search(
                r"instal+ments?\s*(?:of\s*)?[:=：]?\s*[\d.]+\s*(?:%|percent|pct)\s*$",
                text[max(0, hit.start() - 30) : hit.start()],
                _I,
            ):
                continue  # ... unless the percent is an installment's share ("installments 5%/quarter")
            s.cite("period_months", hit.start(), hit.end(), "how often a payment is due")
            return clean_decimal(months) if months == months.to_integral_value() else days_to_months(months * 30)
    return None


# -- loan ------------------------------------------------------------------------------------------------------
#: a date the loan is repaid by: "2027年12月2日前一次性还清", "repay by 2027-06-02", "due on March 2, 2027"
_DUE_BEFORE = re.compile(
    r"(?i:\b(?:repa(?:y|id|yable)|pa(?:y|id)\s+(?:it\s+|me\s+|us\s+)?(?:all\s+)?back|due|matur(?:es|ity|ing)|"
    r"settled?|returned?|until|till|by)\b[^,.;]{0,12}$)|(?:还款日|到期日|到期|还清日|截止|到)\s*(?:为|是|[:：])?\s*$"
)
_DUE_AFTER = re.compile(r"^\s*(?:前|之前|以前)?\s*(?:一次性)?\s*(?:还清|还款|归还|还本付息|还本|到期|偿还|结清|还)")
_STARTS_NEAR = re.compile(
    r"(?i:\b(?:start(?:s|ing)?|begin(?:s|ning)?|from|disburs\w*|funded)\b[^,.;]{0,12}$)|(?:从|自|起|开始|放款)\s*$"
)


def _term_by_date(s: Scan, params: dict[str, Any]) -> None:
    """ "2027年12月2日前一次性还清", "repay by 2027-06-02": the term runs to the date the loan is repaid by, in whole
    months when the date falls on today's day of a later month; any other date is left to a question."""
    from ledgerlm.contracts.kinds.loan.calendar_months import whole_months

    due = [
        d
        for d in s.dates
        if d.days is not None
        and (_DUE_BEFORE.search(s.before(d.start, 24)) or _DUE_AFTER.match(s.text[d.end : d.end + 10]))
        and not _STARTS_NEAR.search(s.before(d.start, 16))
    ]
    if len({d.days for d in due}) != 1:
        return
    months = whole_months(due[0])
    if months is None:
        s.notes.append(f"'{due[0].text}' is not a whole number of months away: term_months asked")
        return
    params["term_months"] = months
    s.evidence["term_months"] = Evidence(
        "inferred",
        f"repaid by a calendar date {months} whole months away",
        (Span(due[0].start, due[0].end, due[0].text),),
    )


#: "months: 12", "tenor_months = 24", "term (months): 18": a settings line whose key names the term in months
_TERM_KEY = re.compile(
    r"(?im:^[ \t\-*]*(?:term|tenor|tenure|duration|months|term_months|loan_months)(?:[ _]?\(?(?:months?|mo)\)?)?"
    r"[ \t]*[:=：][ \t]*(?P<n>\d{1,3})[ \t]*$)"
)


def _term_key(s: Scan, params: dict[str, Any]) -> None:
    for m in _TERM_KEY.finditer(s.text):
        hit = next((i for i, n in enumerate(s.numbers) if n.start == m.start("n")), None)
        if hit is None or hit in s.used:
            continue
        params["term_months"] = Decimal(m.group("n"))
        s.used.add(hit)
        s.cite("term_months", m.start("n"), m.end("n"), "a setting whose key names the term in months")
        return


_EN_PARTS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10, "twelfth": 12}
_EN_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}
#: a share of the principal written as a fraction: "每个月付四分之一", "pay a fifth of it each month",
#: "1/4 each quarter"
_SHARE = re.compile(
    r"(?P<zd>[一二两三四五六七八九十]{1,3}|\d{1,2})\s*分之\s*(?P<zn>[一二两三四五六七八九十]{1,3}|\d{1,2})|"
    r"(?i:\b(?P<en>a|an|one|two|three)[\s-]+(?P<part>half|third|quarter|fifth|sixth|eighth|tenth|twelfth)s?\b)|"
    r"\b(?P<sn>\d{1,2})\s*/\s*(?P<sd>\d{1,2})\b(?!\s*/)"
)
_SHARE_CONTEXT = re.compile(
    r"(?i:\b(?:pay|pays|paying|repay|repays|repaying|return|returns)\b[^,.;]{0,12}$)|(?:付|还|偿还|归还|支付)\s*(?:本金的?)?\s*$"
)
_SHARE_TAIL = re.compile(
    r"(?i:\s*(?:of\s+(?:it|the\s+(?:principal|loan|amount|money))\s*)?(?:each|every|per|a)\s+"
    r"(?:(?:\d{1,2}|two|three|four|six|twelve)\s+)?(?:months?|quarters?|weeks?|years?|installment|instalment|payment|"
    r"period)\b)|"
    r"\s*(?:的?本金)?\s*(?:每期|每个?月|每季度?|每年|每周)"
)


def _zh_or_digit(word: str) -> int:
    from ledgerlm.language.numbers import parse_chinese_numeral

    return int(word) if word.isdigit() else int(parse_chinese_numeral(word))


def _share_of_principal(s: Scan, params: dict[str, Any]) -> None:
    """ "每个月付四分之一", "I'll pay a fifth of it each month": each installment as a share of the principal
    (installment_pct); a share with no exact percent (a third) is asked, never rounded."""
    if "installment_pct" in params:
        return
    for m in _SHARE.finditer(s.text):
        before = s.text[max(0, m.start() - 24) : m.start()]
        after_ok = _SHARE_TAIL.match(s.text, m.end())
        before_each = re.search(
            r"(?i:\b(?:each|every|per)\s+(?:month|quarter|period|installment|payment)\b)|每期|每个?月|每个?季度?|每半年|每年",
            before,
        )
        if not _SHARE_CONTEXT.search(before) or not (after_ok or before_each):
            continue
        if m.group("zd"):
            den, num = _zh_or_digit(m.group("zd")), _zh_or_digit(m.group("zn"))
        elif m.group("part"):
            num, den = _EN_COUNT[m.group("en").lower()], _EN_PARTS[m.group("part").lower()]
        else:
            num, den = int(m.group("sn")), int(m.group("sd"))
        if den == 0 or num >= den:
            continue
        pct = Decimal(num * 100) / Decimal(den)
        end = m.end()
        if pct != pct.quantize(Decimal("0.0001")):
            s.unsure.append(
                Unsure(
                    "installment_pct",
                    m.start(),
                    end,
                    m.group(0),
                    "'{w}' of the principal has no exact percent: what percent of the principal is each installment?",
                    "“{w}”的本金没有精确的百分比：每期还本金的百分之几？",
                )
            )
            return
        params["installment_pct"] = clean_decimal(pct)
        s.cite("installment_pct", m.start(), end, f"a share of the principal ({num}/{den})")
        s.used.update(i for i, n in enumerate(s.numbers) if m.start() <= n.start < end)
        s.flagged[:] = [f for f in s.flagged if not (m.start() <= f.start < end)]
        return


def extract(s: Scan) -> dict[str, Any]:
    """Round 10: read on the simplified copy of a Traditional or Cantonese request ("俾陳美玲", "收款方係…"), every
    value given back in the user's own characters (``ledgerlm.language.fold.run_folded``)."""
    from ledgerlm.language.fold import run_folded

    return run_folded(s, _extract_whole)


def _extract_whole(s: Scan) -> dict[str, Any]:
    params = _extract(s)
    ask_open_direction(s, params, ("lender", "borrower"))  # "whether I lend to him or he lends to me": both asked
    complete_first_names(s, params, ("lender", "borrower"))
    return params


def _spelt_letter_unit(text: str, end: int) -> bool:
    """Whether a duration's unit is the first of letters spelt one by one ("five hundred D A I", voice to text):
    "D" there is a token's first letter, never days (round 10b: read as 500 days, a term of 16.67 months)."""
    return (
        bool(re.search(r"(?<![\w'’])[A-Z]$", text[:end]))
        and re.match(r"(?:[ \t]+[A-Z](?![\w'’])){1,4}", text[end:]) is not None
    )


def _extract(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    # "rate_pa: 5\nmonths: 12": a number and the next line's key are never one duration (its number is the rate)
    s.durations[:] = [d for d in s.durations if "\n" not in d.text and not _spelt_letter_unit(s.text, d.end)]
    _loan_percents(s, params)
    _share_of_principal(s, params)
    text = s.text
    # number of installments: "分 6 期", "12 monthly installments", "in 6 payments"
    count: Decimal | None = None
    for i, n in enumerate(s.numbers):
        if n.percent:
            continue
        if (_search(r"分\s*$", s.before(n.start, 3)) and re.match(r"\s*期", text[n.end :])) or re.match(
            r"\s*(?:(?:equal|monthly|quarterly|weekly|annual|bi-?weekly)\s+)*(?:instal+ments?|payments?|"
            r"repayments?)\b|\s*期(?:还|付|偿)",
            text[n.end :],
            _I,
        ):
            count = n.value
            s.used.add(i)
            break
    # term: a duration that is not a frequency and not attached to a rate ("5% a year")
    terms = []
    for d in s.durations:
        before = s.before(d.start, 10)
        if _search(r"(?:every|each|per|每|隔)\s*$", before):
            continue
        # "5% a year" is the rate's period; "年化7% 五年" (a counted length) is still the term
        # "6 percents for year", "5% per year": the rate's period, said with a preposition
        if (
            _search(
                # ("at 5% for a year" keeps "a year" as the term: "for" joins a rate only to a bare unit)
                r"(?:%|percents?|pct|APR|interest|利率)\s*(?:per|a|an|each|every"
                + ("|for" if not re.match(r"\s*(?:an?\b|one\b|\d)", d.text, _I) else "")
                + r")?\s*(?:the\s+)?$",
                s.before(d.start, 18),
            )
            and d.count == 1
        ):
            continue
        if _search(r"^\s*(?:cliff|锁)", s.after(d.end, 8)):
            continue
        terms.append(d)
    if terms:
        preferred = [
            d
            for d in terms
            if _search(
                r"(?:期限|term|tenor|tenure|为期|for|over|duration|借期|贷期)\s*[:：为是]?\s*$", s.before(d.start, 10)
            )
            or _search(r"^\s*(?:期|term|loan|内还|后还|到期)", s.after(d.end, 6))
        ]
        length = (preferred or terms)[0]
        params["term_months"] = length.months
        # cited, so a rate's own period ("4% a year") is never taken for the term's words
        s.cite("term_months", length.start, length.end, "the loan's length")
    if "term_months" not in params:
        _term_by_date(s, params)
    if "term_months" not in params:
        _term_key(s, params)
    period = _frequency_months(s)
    if period is None and count is not None and "term_months" in params:
        period = (
            clean_decimal(params["term_months"] / count)
            if params["term_months"] % count == 0
            else days_to_months(params["term_months"] * 30 / count)
        )
    if period is None and (
        params.get("installment_pct") is not None or _search(r"每期|分期|instal+ments?|repay\s+in\s+parts", text)
    ):
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
    borrower = _party(
        s,
        [
            rf"(?i:borrower|借款人|借款方)\s*(?:is|[:：=]|为|是)?\s*(?P<p>{_EN_NAME}|{_ZH_NAME})",
            # ("agrees to advance unto Mrs. Grace Wanjiru": the legal "unto")
            r"(?i:\b(?:lend(?:ing|s)?|loan(?:ing|s)?|lent|give|giving|advance)\b(?:(?!\.\s|,\s)[^;，。])*?\b(?:un)?to\s+)"
            r"(?P<p>)",
            # "I'm fronting my buddy Theo 600 USDC", "lending Omar 2 ETH": the one who gets the money
            # (round 12: "Lend the florist Ana Beatriz Costa 2,500 DAI": a role, then the name)
            r"(?i:\b(?:lend(?:ing)?|front(?:ing)?|loan(?:ing)?|advanc(?:e|ing))\s+)(?P<p>)"
            r"(?=(?:my|our)\s|the\s+[a-z]+(?:\s+[a-z]+)?\s+[A-Z]|[A-Z])",
            # round 10b: "Our chama lends member Wanjiru Mwangi 400 USDT": a co-op's loan to one of its members
            r"(?i:\b(?:lends|loans|advances)\s+(?:(?:a|our|its|their)\s+)?(?:member|shareholder)\s+)(?P<p>)(?=[A-Z])",
            # "兹由甲方向乙方钱多多提供借款": the one a contract's lender provides the loan to
            r"向\s*(?:乙方|借款人|借款方)?\s*(?P<p>)(?=[^，,。；;\d]{1,12}?(?:提供|发放)(?:借款|贷款))",
            r"(?i:\b(?:a\s+)?loan\s+for\s+)(?P<p>)",
            r"(?i:\bloan\b[^,.;]{0,30}?\bfor\s+)(?P<p>)",
            r"(?:→|->|=>)\s*(?P<p>)",
            # "loan: from=me to=Oskar": a settings line names who the money goes to
            r"(?i:(?<![\w-])to\s*[=:：]\s*)(?P<p>)",
            r"(?i:\blend\b)\s*给\s*(?P<p>)",
            r"(?:借给|贷给|贷款给|放贷给|放款给|借钱给)\s*(?P<p>)",
            # "给老王借一万" lends to 老王; "帮我写个借款合约" only asks for a loan contract (借款 a noun there)
            r"(?:给|帮)\s*(?P<p>)[^，,。；;\d]{1,12}?(?:借|贷)(?!款?(?:合约|合同|协议|人|方)|贷(?:合约|合同|协议))",
            r"(?:借款|借出|贷款|放贷|借)[^，,。；;给]{0,20}给\s*(?P<p>)",
        ],
    )
    lender = _party(
        s,
        [
            rf"(?i:lender|出借人|贷款人|出借方)\s*(?:is|[:：=]|为|是)?\s*(?P<p>{_EN_NAME}|{_ZH_NAME})",
            # "borrow 2 ETH from / off my uncle Rashid", "borrow fifteen hundred USDT off me"
            # ("saya nak pinjam dari Ah Keong": the Malay "from")
            r"(?i:\b(?:bor+ow(?:s|ed|ing)?|pinjam)\b(?:(?!\.\s|,\s)[^;，。])*?\b(?:from|off(?:\s+of)?|dari|daripada)\s+)"
            r"(?P<p>)",
            # "兹由甲方向乙方钱多多提供借款": 向 before the one given the loan names no lender
            r"向\s*(?P<p>)(?![^，,。；;\d]{0,14}?(?:提供|发放|出借|借出)借?)[^，,。；;\d]{1,12}?借",
            r"由\s*(?P<p>)[^，,。；;\d]{1,8}?(?:出借|借出|借给|贷给|提供)",
            r"(?:跟|找|问|从)\s*(?P<p>)[^，,。；;\d]{1,12}?借(?!给)",
            r"(?i:\bloan\b[^,.;]{0,30}?\bfrom\s+)(?P<p>)",
            # "I need 3 ETH from Harbor Lane Credit Co-op": what the user needs comes from the lender
            r"(?i:\b(?:I|we)\s+need\b[^,.;]{0,30}?\bfrom\s+)(?P<p>)",
            rf"(?i:\bfrom\s+)(?P<p>{_ADDR})",
            # "loan: from=me to=Oskar": ... and who it comes from
            r"(?i:(?<![\w-])from\s*[=:：]\s*)(?P<p>)",
            # "I owe Rachel 2 ETH", "我欠老王两万": the one owed lent the money
            r"(?i:\b(?:I|we)\s+owe\s+)(?P<p>)",
            r"我(?:还)?欠\s*(?P<p>)",
        ],
    )
    if borrower is None and lender is None:
        bought = _buys_mine_in_parts(s)
        if bought is not None:
            borrower, lender = bought, ME
    if lender is None:
        lender = _lender_before_verb(s)
    if lender is None:
        lender = _pronoun_lends_me(s, borrower)
    if lender is None and borrower is not None:
        lender = _lender_subject(s, borrower)
    if borrower is None:
        borrower = _borrower_before_verb(s)
    if borrower is None:
        borrower = _topic_borrower(s)
    if borrower is None and lender != ME:
        borrower = _pronoun_party(
            s,
            r"(?i:\b(?:lend(?:ing|s)?|loan(?:ing|s)?|lent|giv(?:e|ing)|advanc(?:e|ing)|front(?:ing)?)\b[^.;]{0,20}?"
            r"\bto\s+|\b(?:lend(?:ing)?|front(?:ing)?)\s+)",
            lender,
        )
    if borrower is None and lender is None:
        borrower = _lower_borrower(s)
    if borrower is None or lender is None:
        borrower, lender = _addressed_side(s, borrower, lender)
    if borrower:
        params["borrower"] = borrower
    if lender and lender != borrower:
        params["lender"] = lender
    _me_roles(s, params)
    _user_by_direction(s, params)
    _repaying_pronoun(s, params)
    _on_behalf(s, params)
    quoted_sides(s, params, ("lender", "borrower"))
    return params


#: "on behalf of my father, Mr. Lam, lend …", "我替我爸借给…", "代表公司出借": the user acts for someone else, who
#: is the side the user's own words would otherwise make the user
#: the lending cues a lower-case borrower may follow ("lend 2 eth to priya", "lend kwame 2 eth"); a tuple, so the
#: regex cache of the console script knows them for code (``cli.recache``: a list could be changed by input)
_LOWER_BORROWER_CUES = (
    r"(?i:\b(?:lend(?:ing)?|loan(?:ing)?|advance)\b(?:(?!\.\s|,\s)[^;，。])*?\bto\s+)(?P<p>)",
    r"(?i:\b(?:lend(?:ing)?|front(?:ing)?)\s+)(?P<p>)",
)


def _lower_borrower(s: Scan) -> str | None:
    """A borrower written in lower case after the lending verb, in a text written in lower case throughout
    ("lend 2 eth to priya for 6 months"): before round 11 both roles were asked though the user had said them."""
    hit = lower_party(s, _LOWER_BORROWER_CUES)
    return hit.name if hit is not None else None


#: "I lend you", "I can loan you": the one addressed borrows; "you lend me", "lend me, please": the one addressed lends
#: (the subject may be left out: "happy to lend you 1,500 USDC")
_LEND_YOU = re.compile(r"(?i:\b(?:lend|loan|advance|front)(?:ing)?\s+(?:you|u)\b)")
_YOU_LEND = re.compile(r"(?i:\b(?:you|u)\b[^.;\n]{0,20}?\b(?:lend|loan|advance|front)\s+(?:me|us)\b)")
#: "a loan of 3 ETH to me by Harbor Credit Union": who makes the loan, after "by"
_LOAN_BY = re.compile(r"(?i:\bloan\b[^.;\n]{0,40}?\b(?:made\s+|given\s+|provided\s+)?by\s+)")


def _addressed_side(s: Scan, borrower: str | None, lender: str | None) -> tuple[str | None, str | None]:
    """The side a message's "you" names when the message greets one person ("Hi Tom, … I lend you 5,000 USDC":
    Tom borrows), and the lender after "a loan … by X". Why: both were asked though the words said them (round 11)."""
    greeted = greeted_name(s.text)
    to_you, from_you = _LEND_YOU.search(s.text), _YOU_LEND.search(s.text)
    if greeted is not None and greeted.name not in (borrower, lender) and not (to_you and from_you):
        if borrower is None and lender in (None, ME) and to_you:
            s.name_spans[greeted.name] = Span(greeted.start, greeted.end, greeted.text)
            return greeted.name, ME
        if lender is None and borrower in (None, ME) and from_you:
            s.name_spans[greeted.name] = Span(greeted.start, greeted.end, greeted.text)
            return ME, greeted.name
    by = _LOAN_BY.search(s.text) if lender is None else None
    if by is not None:
        hit = read_name(s.text, by.end(), allow_me=False)
        if hit is not None and hit.name != borrower:
            s.name_spans[hit.name] = Span(hit.start, hit.end, hit.text)
            return borrower, hit.name
    return borrower, lender


_ON_BEHALF = re.compile(
    r"(?i:\b(?:on\s+behalf\s+of|in\s+the\s+name\s+of)\s+)|(?:替|代|代表)(?=\s*[^\s，,。；;]{1,12}?(?:借|贷|出借|出资))"
)


def _on_behalf(s: Scan, params: dict[str, Any]) -> None:
    """The user lends (or borrows) for someone: that person holds the role the user's words gave the user; named:
    the person (cited); not readable: the role is asked, never left as the user."""
    m = _ON_BEHALF.search(s.text)
    if m is None:
        return
    for role in ("lender", "borrower"):
        if params.get(role) != ME:
            continue
        hit = read_name(s.text, m.end(), allow_me=False)
        del params[role]
        s.evidence.pop(role, None)
        if hit is not None and hit.name not in params.values():
            params[role] = hit.name
            s.name_spans[hit.name] = Span(hit.start, hit.end, hit.text)
            s.evidence[role] = Evidence(
                "inferred",
                f"'{m.group(0).strip()}': the user acts for this person",
                (Span(hit.start, hit.end, hit.text),),
            )
        else:
            s.notes.append(f"{role}: the user acts for someone ('{m.group(0).strip()}'): who is the {role}? (asked)")
        return


#: "he pays 2% per year", "she'll pay it back", "他每月还": the one who repays, by a pronoun
_HE_REPAYS = re.compile(
    r"(?i:\b(?:he|she|they)(?:\s+|(?=['’])|(?=s\s+paying))(?:pays|will\s+pay|['’]ll\s+pay|['’]?s\s+paying|is\s+paying|repays|will\s+repay|owes|has\s+\d+\s+months?\s+to\s+pay|"
    # "he gives it back after 2 years", "she'll return it"
    r"gives\s+(?:it|them|the\s+money)\s+back|will\s+give\s+(?:it|them|the\s+money)\s+back|['’]ll\s+give\s+(?:it|them)\s+back|"
    r"returns\s+(?:it|them|the\s+money)|will\s+return\s+(?:it|them|the\s+money)|['’]ll\s+return\s+(?:it|them))\b"
    r"(?P<me>\s+(?:me|us)\s+back\b)?)|"
    r"(?:他|她)(?:每个?月|每年|每季度?)?(?:还|付|偿还|支付)"
)


def _repaying_pronoun(s: Scan, params: dict[str, Any]) -> None:
    """ "my brother-in-law Wei … 4,000 USDC from me, he pays 2% per year": the user lends, a pronoun repays, and it
    refers to the one person named before it (none or several: asked)."""
    m = _HE_REPAYS.search(s.text)
    if m is None:
        return
    if params.get("borrower") is not None:
        return
    if params.get("lender") != ME and not (params.get("lender") is None and m.groupdict().get("me")):
        return  # the user lends, or "he'll pay me back": the pronoun is the borrower (the lender stays as labelled
        # in the dev sets: unstated, asked)
    hit = pronoun_referent(s.text, people_before(s, m.start()))
    if hit is None:
        return
    name = hit.name
    params["borrower"] = name
    s.name_spans[name] = Span(hit.start, hit.end, hit.text)
    s.evidence["borrower"] = Evidence(
        "inferred", f"'{m.group(0)}' refers to the one person named before it", (Span(hit.start, hit.end, hit.text),)
    )


#: "让小邓分期买我的旧显卡", "Nico is buying my old car in monthly installments": the user sells on credit, so
#: the user lends and the buyer borrows
_BUYS_MINE = re.compile(
    r"(?:想|要|打算|准备|会|可以)?\s*分期(?:付款)?\s*(?:买|购买|购入|拿走)\s*(?:我的|我家的|我)|"
    r"(?i:\s+(?:is\s+buying|buys|will\s+buy|wants\s+to\s+buy|is\s+going\s+to\s+buy)\s+my\b"
    r"(?=[^.;]{0,50}\b(?:in|on|by|with)\s+(?:\w+\s+)?(?:instal+ments|payments)\b))"
)


#: "卖给邻居老孙一台二手挖机…他分十个月付清", "selling my van to Dario, he pays it off in 10 monthly installments":
#: the user sells on credit to the one named after the verb
_SOLD_TO = re.compile(
    r"(?:^|(?<=[，,。；;\s]))(?:我)?(?:要|想|打算|准备)?(?:把[^，,。；;]{0,12})?卖给\s*|(?i:\bsell(?:ing|s)?\b[^,.;]{0,30}?\bto\s+)"
)
_PAYS_IN_PARTS = re.compile(
    r"分\s*[\d一二两三四五六七八九十几]{1,3}\s*(?:个月|期|次)\s*(?:付|还|给)|"
    r"(?i:\b(?:pays?|paying|pay\s+(?:it|me)\s+off|pays\s+(?:it|me)\s+off)\b[^.;]{0,30}\b(?:in|over)\s+"
    r"(?:\d{1,3}|two|three|four|five|six|eight|ten|twelve)\s+(?:monthly\s+)?(?:instal+ments|payments|months)\b)"
)


def _sold_on_credit(s: Scan) -> str | None:
    m = _SOLD_TO.search(s.text)
    if m is None or _PAYS_IN_PARTS.search(s.text, m.end()) is None:
        return None
    hit = read_name(s.text, m.end(), allow_me=False)
    if hit is None:
        return None
    s.name_spans[hit.name] = Span(hit.start, hit.end, hit.text)
    s.evidence["lender"] = Evidence(
        "inferred", "the user sells on credit: the buyer pays in parts", (Span(m.start(), m.end(), m.group(0).strip()),)
    )
    return hit.name


def _buys_mine_in_parts(s: Scan) -> str | None:
    from ledgerlm.language.parties import _name_ending_at

    m = _BUYS_MINE.search(s.text)
    if m is None:
        return _sold_on_credit(s)
    hit = _name_ending_at(s.text[: m.start()])
    if hit is None or hit.name == ME:
        return None
    s.name_spans[hit.name] = Span(hit.start, hit.end, hit.text)
    w = re.search(r"(?i:\bmy\b)|我", m.group(0))
    if w:
        a = m.start() + w.start()
        s.evidence["lender"] = Evidence(
            "text",
            "the user sells on credit: the buyer pays in installments",
            (Span(a, a + len(w.group(0)), w.group(0)),),
        )
    return hit.name


#: a pronoun where a party goes ("I'll lend it to him"): the one other person the request names
_PRONOUN = re.compile(r"(?i:him|her|them)\b")


def _pronoun_party(s: Scan, cue: str, other: str | None) -> str | None:
    m = re.search(cue + r"(?:it\s+to\s+)?", s.text)
    if not m or not _PRONOUN.match(s.text, m.end()):
        m = _ZH_LEND_PRONOUN.search(s.text)  # "我打算借他 1.8 个 ETH", "借给她两万"
        if m is None:
            return None
    hit = pronoun_referent(s.text, [n for n in people_before(s, m.start()) if n.name != other])
    if hit is None:
        return None  # no one, or several: which one is meant is asked, never guessed
    s.name_spans[hit.name] = Span(hit.start, hit.end, hit.text)
    s.evidence["borrower"] = Evidence(
        "inferred",
        f"'{m.group(0).strip()}' refers to the person named before it",
        (Span(hit.start, hit.end, hit.text),),
    )
    return hit.name


#: a Chinese lending verb with a pronoun for the borrower: "借他 1.8 个 ETH", "借给她"
_ZH_LEND_PRONOUN = re.compile(
    r"(?:借给|贷给|借钱给)(?:他|她)(?!们)|借(?:他|她)(?!们)\s*(?=[\d一二两三四五六七八九十几半百千万]|点|些|一笔)"
)


_LEND_CUE = re.compile(
    r"(?i:\b(?:lend(?:ing|s)?|loan(?:ing)?|lent|give|advance)\b)|借给|贷给|放贷|借钱给|放一笔|放.{0,4}贷|放款|借(?=.{0,14}给)|给(?=[^，,。；;]{1,12}借)"
)
_BORROW_CUE = re.compile(
    r"(?i:\bbor+ow(?:s|ed|ing)?\b|\bpinjam\b|\b(?:take|get)\s+(?:out\s+)?a\s+loan\b|\bloan\b[^,.;]{0,30}?\bfrom\b)|向|跟|找|从"
)


def _user_by_direction(s: Scan, params: dict[str, Any]) -> None:
    """Who speaks is a party: "lend Omar 0.5 eth", "借给供应商深蓝科技", "need to borrow 40k from Meridian" name
    only the other side; with no third person named before the verb, the user is the side that lends (borrows).
    """
    for known, missing, cue in (("borrower", "lender", _LEND_CUE), ("lender", "borrower", _BORROW_CUE)):
        name = params.get(known)
        if name in (None, ME) or params.get(missing) is not None or ME in params.values():
            continue
        span = s.name_spans.get(name)
        if span is None:
            continue
        verb = None
        for m in cue.finditer(s.text):
            if verb is None or m.start() < span.start:
                verb = m
        if verb is None or _someone_before(s, min(verb.start(), span.start), name):
            continue
        if _GROUP_SUBJECT.search(s.text[: verb.start()]):
            continue  # "Our chama lends member X": the group lends, and the user only speaks for it (asked)
        params[missing] = ME
        s.evidence[missing] = Evidence(
            "inferred",
            f"the request names only the {known}; the user, who asks, is the {missing}",
            (Span(verb.start(), verb.end(), verb.group(0)),),
        )
        s.notes.append(f"{missing}: the user (only the {known} is named, and no one else is the subject)")


#: "Our chama", "our SACCO", "the co-op": a group the user belongs to is the subject of the lending verb, so the
#: lender is the group's wallet, not the user's own (round 10b: read as "me", a silent wrong value)
_GROUP_SUBJECT = re.compile(
    r"(?i:\b(?:our|my|the)\s+(?:chama|sacco|co-?op|cooperative|credit\s+union|stokvel|tontine|susu|esusu|ajo|"
    r"self[-\s]help\s+group|shg|society|association|club|group|family\s+fund)\s*$)"
)


def _someone_before(s: Scan, pos: int, other: str) -> bool:
    """A person or organisation named before ``pos`` (the subject of the lending verb: "Kim lends Bob")."""
    return any(n.name != other for n in people_before(s, pos))


_I_LEND = re.compile(
    # "im lending", "Im fronting": chat spelling of "I'm"
    r"(?i:\b(?:I|I['’]m|im|I\s+am|I['’]ll|I\s+will|we)\b"
    r"(?:\s+(?:(?:want|need|would\s+like|'d\s+like|am\s+going|plan)\s+to|wanna|gonna))?"
    r"\s+(?:lend|loan|lending|loaning|advance|front|fronting|cover|covering)\b)|"
    # "Jonas asked if he could borrow 600 USDC, I said ok": the user agrees to someone's asking to borrow
    r"(?i:\b(?:asked|asks|wanted|wants|needs|needed)\b[^.;]{0,60}?\bbor+ow\b(?![^.;]{0,40}\bfrom\b)[^.;]{0,60}?"
    r"\bI\s+(?:said\s+(?:ok|okay|yes|sure|fine|alright)|agreed|agree)\b(?!\s+to\s+bor+ow))|"
    # "I am giving 50,000 USDC to Rajesh": the user gives the money to someone (never "I'll give it back")
    r"(?i:\b(?:I|I['’]m|im|I\s+am|I['’]ll|I\s+will)\s+giv(?:e|ing)\b(?=[^.;]{0,40}\bto\b)(?![^.;]{0,40}\bback\b))|"
    # "I'm fine lending it", "I'm happy to lend": the user lends, with a word of consent between
    r"(?i:\bI['’]?m\s+(?:fine|happy|ok|okay|glad|willing|good)\s+(?:with\s+)?(?:to\s+)?(?:lend|lending|loan|loaning)\b)|"
    # "I'm putting 10 ETH into Leo's startup; he gives it back": the user's money goes in, to come back
    r"(?i:\b(?:I|I['’]m|im|I\s+am|I['’]ll|I\s+will)\s+(?:putting|put|investing|invest|sinking|sink)\b"
    r"(?=[^.;]{0,40}\b(?:into|in)\b))|"
    # "陈志远想借我的钱": what is borrowed is the user's
    r"借(?:用)?我的\s*(?:钱|币|[A-Za-z\d])|"
    # "我打算借他 1.8 个 ETH": 借 + a pronoun + the amount lends to that person
    r"我(?:想|要|打算|准备|可以|就|先)?借(?:他|她)\s*(?=[\d一二两三四五六七八九十几半百千万]|点|些|一笔)|"
    r"^\W*(?:(?:yo|hey|hi|ok|so|um|well)\W+)?(?i:lending)\b|"
    r"我(?:想|要|打算|准备)?(?:借给|贷给|借钱给|出借)|我(?:想|要|打算|准备)?借(?![款钱入])[^，,。；;给向]{1,14}给(?!我)|"
    # the subject left out, as Chinese does: "想借点钱给我表弟" (I want to lend ... to my cousin)
    r"^\W*(?:想|打算|准备)(?:借给|贷给|借钱给|借(?![款钱入])[^，,。；;给向]{1,14}给)(?!我(?:[，,。；;\s\d]|$))|"
    # round 10: "放款给申屠文轩 3 万 USDT" (an order with the subject left out, as "loan to Rajendran" is); never
    # 贷款给 (贷款 is also "take out a loan": the heldout_requests set leaves that lender unstated)
    r"^\W*(?:放款|放贷|借钱|出借)给(?!我)|"
    # "张总想从我这借" (Zhang wants to borrow from me)
    r"(?:向|跟|找|问|从)我(?:这里|这儿|这边|这)?借|"
    # "Ben wants 2k USDC from me", "a loan from me to Sam": the money comes from the user
    r"(?i:\b(?:from|off)\s+(?:me|us|myself)\b)|"
    # "借款人 李建国，我出钱", "钱我来出", "由我出资": the user puts up the money
    r"我(?:来)?出(?:钱|资|借)(?![^，,。；;]{0,6}(?:还|利息))|钱(?:由)?我(?:来)?出|由我(?:来)?(?:出钱|出资|出借)"
)
#: "Bianca lends me 750 usdt", "王老板借给我一万": the lender named right before the verb that lends to the user
_LENDS_ME = re.compile(
    # "my aunt, Rosa, who is lending me 1 ETH": a relative clause after the lender's name
    r"(?i:(?:(?:\s*,?\s+who(?:['’]s)?)?\s+(?:lends?|is\s+lending|will\s+lend|loans?|is\s+loaning|will\s+loan|advances?)|"
    r"\s*,?\s+who['’]s\s+lending)\s+(?:me|us)\b)|"
    # "Professor Lindqvist offered to lend me 800 USDC", "Kim agreed to loan us"
    # round 12: "my granddaughter Siobhán wishes to lend me 1.2 ETH", "my aunt Grace has offered to lend me"
    r"(?i:\s+(?:(?:has|have)\s+(?:kindly\s+)?(?:offered|agreed|promised|decided)|(?:kindly\s+)?offered|offers|agreed|"
    r"agrees|promised|promises|wants|wishes|wished|intends|plans|is\s+willing|is\s+happy|is\s+keen|is\s+ready|"
    r"would\s+like|would\s+love|is\s+going|(?:has\s+)?decided)"
    r"\s+to\s+(?:lend|loan|advance)\s+(?:me|us)\b)|"
    r"\s*(?:说|答应|同意)?\s*(?:想|要|打算|准备|愿意|会|可以|能)?\s*(?:借给|贷给|出借给|借钱给|(?i:loan|lend)s?\s*给)\s*(?:我|本人)(?![哥姐弟妹妈爸们家儿女老舅姨叔婶伯姑爷奶姥岳侄甥孙表堂嫂亲])|"
    # "老妈要借我 2 万 USDC": 借 with the user right after it and then the amount lends to the user
    r"\s*(?:说|答应|同意)?\s*(?:想|要|打算|准备|愿意|会|答应|可以|能)?\s*借(?:了)?\s*(?:我|本人)\s*(?=[\d一二两三四五六七八九十几半百千万]|一笔|点|些)"
)


_BORROWS = re.compile(
    r"(?i:['’]s\s+borrowing\b)|"  # "Kofi's borrowing 2.5k DAI off me"
    r"(?i:\s+(?:borrows|is\s+borrowing|will\s+borrow|(?:wants|needs|asked|asks|would\s+like|is\s+going|plans)"
    r"\s+to\s+bor+ow|wanna\s+bor+ow)\b)|"
    # round 10b: Nigerian Pidgin and Malay ("Tunde wan borrow 300 USDT from me", "Encik Faizal nak pinjam 2,000")
    r"(?i:\s+(?:wan|dey\s+wan|go|nak|mahu|mau|hendak|ingin)\s+(?:bor+ow|pinjam)\b)|"
    # "Dmitri asked if he could borrow 0.8 ETH", "Lou was wondering whether she can borrow"
    r"(?i:\s+(?:asked|asks|wondered|was\s+wondering|is\s+asking|wants\s+to\s+know)\s+(?:me\s+)?(?:if|whether)\s+"
    r"(?:he|she|they)\s+(?:could|can|might|may)\s+bor+ow\b)|"
    # "老同学陈志远想借我的钱": borrowing the user's money
    r"\s*(?:想|要|打算|准备|需要|得)?\s*借(?:用)?我的\s*(?:钱|币|[A-Za-z\d])|"
    r"(?i:\s+(?:needs|wants|asked\s+for|asks\s+for)\b(?=[^;]{0,90}?\b(?:pay|pays|will\s+pay|'ll\s+pay)\s+(?:me|us)\s+back\b))|"
    # "Sebastián needs 450 usdc till payday, i'm covering it": someone needs it and the user lends it
    r"(?i:\s+(?:needs|wants)\b(?=[^.;]{0,90}\b(?:I['’]m|im|I\s+am|I['’]ll|I\s+will)\s+(?:cover|front|lend|loan)\w*))|"
    # "Ben wants 2k USDC from me": someone asks the user for the money
    r"(?i:\s+(?:needs|wants|asked\s+for|asks\s+for|would\s+like|is\s+asking\s+for)\b(?=[^.;]{0,40}?\bfrom\s+(?:me|us)\b))|"
    # (round 11: "阿明 向 我 借", speech-to-text's spaces between the words)
    r"\s*(?:想|要|打算|准备|需要|得|会)?\s*(?:向|跟|找|问|从)\s*我\s*(?:这里|这儿|这边|这)?\s*借"
)


#: "小舅子阿龙开奶茶店缺钱，找我借 3000 USDC": the subject left out before 找我借, as Chinese does
_ASKS_ME = re.compile(
    r"(?:^|(?<=[，,。；;]))\s*(?:想|要|打算|准备|需要|就|所以|于是)?\s*(?:向|跟|找|问|从)我(?:这里|这儿|这边|这)?借"
)


def _topic_borrower(s: Scan) -> str | None:
    """The borrower who is the topic of the sentence when 找我借 / 向我借 has no subject of its own: the one person
    named before it in the same sentence (none or several: asked)."""
    m = _ASKS_ME.search(s.text)
    if m is None:
        return None
    start = max(s.text.rfind(c, 0, m.start()) for c in "。；;!！?？\n") + 1
    hit = pronoun_referent(s.text, [n for n in people_before(s, m.start()) if n.start >= start])
    if hit is None:
        return None
    s.name_spans[hit.name] = Span(hit.start, hit.end, hit.text)
    s.evidence["borrower"] = Evidence(
        "inferred", "the person the sentence is about asks the user for the loan", (Span(hit.start, hit.end, hit.text),)
    )
    return hit.name


#: "Our company, Vellum Labs Inc., is lending 50k USDT to our supplier": the lender named before the lending verb
_LENDS = re.compile(
    # "my mum, Helen, who is lending 2 ETH to my nephew Sam": a relative clause after the lender's name
    r"(?i:(?:\s*,?\s+who(?:['’]s)?)?\s+(?:lends|is\s+lending|will\s+lend|loans|is\s+loaning|will\s+loan|advances|"
    r"is\s+advancing)\b|\s*,?\s+who['’]s\s+lending\b)"
)


#: "She'll lend me 40k USDC", "他答应借给我": a pronoun that lends to the user
_PRONOUN_LENDS_ME = re.compile(
    r"(?i:\b(?:he|she|they)(?:['’]ll|['’]s|\s+will|\s+is|\s+(?:can|could|would|agreed\s+to|offered\s+to|wants\s+to|"
    r"is\s+going\s+to|has\s+agreed\s+to|promised\s+to))?\s+(?:lend|lends|lending|loan|loans|loaning|advance|advances)"
    r"\s+(?:me|us)\b)|"
    r"(?:他|她)(?!们)\s*(?:想|要|打算|准备|愿意|会|答应)?\s*(?:借给|贷给|借钱给)(?:我|本人)"
    r"(?![哥姐弟妹妈爸们家儿女老舅姨叔婶伯姑爷奶姥岳侄甥孙表堂嫂亲])"
)


def _pronoun_lends_me(s: Scan, borrower: str | None) -> str | None:
    """ "my old professor Dr. Ingrid Solberg offered to help. She'll lend me 40k": the one person the pronoun refers
    to lends (none or several named before it: asked, never guessed)."""
    if borrower not in (None, ME):
        return None
    m = _PRONOUN_LENDS_ME.search(s.text)
    if m is None:
        return None
    hit = pronoun_referent(s.text, [n for n in people_before(s, m.start()) if n.name != ME])
    if hit is None:
        return None
    s.name_spans[hit.name] = Span(hit.start, hit.end, hit.text)
    s.evidence["lender"] = Evidence(
        "inferred", f"'{m.group(0)}' refers to the one person named before it", (Span(hit.start, hit.end, hit.text),)
    )
    return hit.name


#: "她（王秀兰）借给我表哥张伟", "老周要借给小林": a lender named before a Chinese verb lending to someone else
_ZH_LENDS = re.compile(r"\s*(?:想|要|打算|准备|愿意|会|答应)?\s*(?:借给|贷给|借钱给|出借给)")


def _lender_subject(s: Scan, borrower: str) -> str | None:
    from ledgerlm.language.parties import _name_ending_at

    for m in [*_LENDS.finditer(s.text), *_ZH_LENDS.finditer(s.text)]:
        hit: NameMatch | None = _name_ending_at(s.text[: m.start()])
        if hit is not None and m.re is _ZH_LENDS:
            # the subject opens its clause ("她（王秀兰）借给…", "，老周借给…"); "我代表公司借给" is the user speaking
            prev = s.text[: hit.start].rstrip()
            if prev and prev[-1] not in "，,。；;：:！!？?\n（(":
                continue
        if hit is not None and hit.name not in (ME, borrower):
            s.name_spans[hit.name] = Span(hit.start, hit.end, hit.text)
            return hit.name
    return None


def _borrower_before_verb(s: Scan) -> str | None:
    """ "my sister Mia borrows 2,500 usdc from me", "小王向我借": the borrower named right before the verb."""
    from ledgerlm.language.parties import _name_ending_at

    m = _BORROWS.search(s.text)
    if not m:
        return None
    hit = _name_ending_at(s.text[: m.start()])
    if hit is None or hit.name == "me":
        return None
    s.name_spans[hit.name] = Span(hit.start, hit.end, hit.text)
    return hit.name


def _lender_before_verb(s: Scan) -> str | None:
    from ledgerlm.language.parties import _name_ending_at

    m = _LENDS_ME.search(s.text)
    if not m:
        return None
    hit = _name_ending_at(s.text[: m.start()])
    if hit is None or hit.name == "me":
        return None
    s.name_spans[hit.name] = Span(hit.start, hit.end, hit.text)
    return hit.name


_I_BORROW = re.compile(
    r"(?i:\b(?:I|I['’]m|im|I\s+am|we)\b(?:\s+(?:want|need|would\s+like|'d\s+like|am\s+going|plan)"
    r"\s+to)?\s+bor+ow(?:ing)?\b)|(?i:\b(?:I|we)\s+need\b(?=[^,.;]{0,30}?\bfrom\s+(?!me\b|us\b)\w))|我(?:想|要|打算|准备|需要|得|必须|要先)?(?:向|跟|找|问|从)|帮我(?:向|跟|找|问)|(?i:^\W*(?:(?:please|pls|ok|so|hey|hi|yo)\W+)?bor+ow(?:ing)?\b)|"
    r"^\s*向"
)


def _me_roles(s: Scan, params: dict[str, Any]) -> None:
    """ "I'm lending", "我借给" make the user the lender; "I need to borrow", "borrow … from", "向老王借" the
    borrower (the one asking to borrow is the user). Only when the role is not named otherwise."""
    from ledgerlm.language.evidence import Evidence, Span
    from ledgerlm.language.parties import ME

    for role, rx in (("lender", _I_LEND), ("borrower", _I_BORROW), ("borrower", _LENDS_ME)):
        m = rx.search(s.text)
        if m and params.get(role) is None and ME not in params.values():
            params[role] = ME
            # the evidence is the user's own word (I / me / 我), not the whole phrase with its amount
            w = re.search(r"(?i:\b(?:I['’]m|im|I|we|me|us)\b)|我|本人", m.group(0))
            a, b = (m.start() + w.start(), m.start() + w.end()) if w else (m.start(), m.end())
            s.evidence[role] = Evidence("text", "the user speaks as the " + role, (Span(a, b, s.text[a:b]),))
