"""Vesting extractor: amount, token, cliff, start delay, duration and the beneficiary.

The shared scanning-and-evidence layer (``ledgerlm.language.extract``) finds numbers, durations, tokens, addresses
and names with their spans; this module only decides which of them is which param of this kind.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from ledgerlm.language.durations import stated_zero
from ledgerlm.language.evidence import Evidence, Span, Unsure
from ledgerlm.language.extract import (
    Scan,
    _amount,
    _party,
    _search,
    _token,
    people_before,
)
from ledgerlm.language.parties import complete_first_names, lower_party, read_name

__all__ = ["extract"]


# -- vesting ---------------------------------------------------------------------------------------------------
def extract(s: Scan) -> dict[str, Any]:
    """Round 10: read on the simplified copy of a Traditional or Cantonese request ("俾陳美玲", "收款方係…"), every
    value given back in the user's own characters (``ledgerlm.language.fold.run_folded``)."""
    from ledgerlm.language.fold import run_folded

    return run_folded(s, _extract_whole)


def _extract_whole(s: Scan) -> dict[str, Any]:
    params = _extract(s)
    complete_first_names(s, params, ("beneficiary",))
    return params


def _extract(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    text = s.text
    amt = _amount(
        s,
        r"vest|代币|释放|锁仓|grant|allocate|amount|金额|总共|共|数量|总量|额度|份额|(?i:quantity|total|tokens?)\s*[:：=]",
    )
    if amt:
        params["amount"] = amt[0].value
        _token(s, amt[1], params)
    else:
        _token(s, None, params)
    if "token" in params and params["token"] in ("TEAM",) and amt and amt[1] is None:
        pass
    cliff_d = start_d = None
    for d in s.durations:
        b, a = s.before(d.start, 18), s.after(d.end, 24)
        if _retracted(s, d):
            continue  # "十个月，不是，十二个月", "cliff 不是 12 个月": a length taken back is no value
        if _corrected_cliff(s, d):
            cliff_d = cliff_d or d
            continue
        if start_d is None and _start_said_later(s, d):
            start_d = d
            continue
        if (
            _search(
                # "6-month cliff", "6 mo. cliff"; never "2 years. Cliff: 3 months" (a label of the next value)
                # ("over eighteen months cliff three months": a cliff word with its own length after it is that one's)
                r"^\.?\s*(?:-|\s)?(?:long\s+)?cliff(?!\s*[:：=])(?!\s+(?:of\s+|is\s+)?(?:\d|(?:one|two|three|four|five|six|"
                r"seven|eight|nine|ten|eleven|twelve|eighteen|twenty|half|an?)\b))|"
                r"^\s*(?:的|是|为|作为)?(?:锁定期|锁仓期|悬崖期?|cliff)"
                # "dur=24mo cliff=3mo", "48个月 悬崖12个月": a cliff word with its own number after it labels
                # that next value, never the length before it
                r"(?!\s*(?:[:：=]|期?\s*(?:为|是)?\s*[\d一二两三四五六七八九十半]))"
                r"(?!\s+(?:of\s+|is\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|"
                r"twenty|half|an?)\b)|"
                r"^\s*[,，]?\s*(?:nothing|no\s+tokens?|none)\s+(?:vests?|unlocks?|is\s+released)|"
                # "头仨月不给", "前半年不发": nothing is paid out in that first length
                r"^\s*(?:内)?(?:都)?(?:不|不能|无法|不可)(?:解锁|释放|领取|领|提取|归属|动|卖|转|攞|拿)|"
                r"^\s*(?:内)?(?:都)?(?:不给|不发|不到账|拿不到|领不到|(?:冇|没|无|無)(?:有)?得?(?:攞|拿|领|收)|攞唔到|拿唔到)",
                a,
            )
            # "前六个月锁定", "头一年冻结": the first months are locked
            or (
                _search(r"(?:前|头|第)\s*$", b)
                and _search(r"^\s*(?:内)?(?:都)?(?:锁定|锁住|锁死|锁着|冻结|锁仓|locked|frozen|lock(?:ed)?\s+up)", a)
            )
            or _search(r"\block(?:ed|\s+up)?\b[^,，。;；]{0,20}\bfor\s*$", s.before(d.start, 30))
            # "满一年才开始解锁": unlocking waits for a full length, the tokens count from the start: a cliff
            or (
                _search(r"满\s*$", b)
                and _search(
                    r"^\s*(?:之?后|以后)?\s*(?:才|再)?\s*(?:开始)?\s*(?:可以|能)?\s*(?:解锁|归属|领取|领|释放|兑现)", a
                )
            )
            or (
                _search(r"(?:first|initial)\s*$", b)
                and _search(r"^\s*(?:are\s+|is\s+|stay\s+|remain\s+)?(?:locked|frozen|nothing|no\s+unlock)", a)
            )
            or _search(
                # "nothing at all for the first six months"
                r"(?:nothing|no\s+tokens?|none|no\s+unlock|zero)\s+(?:at\s+all\s+)?(?:vests?\s+|unlocks?\s+)?"
                r"(?:for|in|during)\s+"
                r"(?:the\s+)?first\s*$",
                s.before(d.start, 40),
            )
            or _search(
                r"(?:cliff|锁仓|锁定期?|锁定|悬崖期?|禁售期?|封闭期)\s*"
                r"(?:of|is|period|为|是|[:：=])?\s*(?:of\s*)?$",
                b,
            )
            # "锁 6 个月，然后两年线性释放": locked first, then released; "锁一年再开始" is a start delay
            or (_search(r"锁\s*$", b) and not _search(r"^\s*(?:之?后)?(?:再|才)?(?:开始|启动)", a))
            # "悬崖期就设短一点，三个月吧": the cliff named, a remark, then its length in the next clause
            or (
                _CLIFF_THEN_LENGTH.search(s.before(d.start, 24)) is not None
                and not _search(r"^\s*(?:内|之?后|以后|线性|释放|归属|解锁|发完|vest|to\s+vest)", a)
            )
        ):
            if cliff_d is None:
                cliff_d = d
        elif start_d is None and (
            _search(
                r"(?:start(?:ing|s)?|begin(?:ning|s)?|commenc\w*|delay(?:ed)?)\s*(?:date|time)?\s*[:：=]?\s*"
                r"(?:in|after|of|is)?\s*$",
                b,
            )
            or (
                # (round 12: "3 个月 后 开始", dictation's blanks between the words)
                _search(r"^\s*(?:from\s+now|later|(?:之)?后\s*(?:才|再)?\s*(?:开始|启动)|(?:才|再)\s*(?:开始|启动))", a)
                and not _search(r"锁仓|锁定", re.split(r"[，,。；;]", b)[-1])
            )
        ):
            start_d = d
    if cliff_d is not None and _search(r"锁\s*$", s.before(cliff_d.start, 4)):
        # "锁四年，第一年一个都不给，之后每月线性解锁": 锁 N is the whole lock when the text also says which first
        # part pays nothing; that first part is the cliff ("锁 6 个月，然后两年线性释放" keeps 6 as the cliff)
        probe = _FIRST_LOCKED.search(text) or _FIRST_ONE.search(text) or _FIRST_LOCKED_EN.search(text)
        if probe is not None and not (probe.start() <= cliff_d.start < probe.end()):
            cliff_d = None
    part = None if cliff_d is not None else _part_of_total(s)
    if part is not None:  # "18 months total, 6 of them cliff": the cliff counts in the total's unit
        months, m = part
        params["cliff_months"] = months
        s.evidence["cliff_months"] = Evidence(
            "text", "a part of the total length", (Span(m[0], m[1], text[m[0] : m[1]]),)
        )
    first = None if cliff_d is not None or part is not None else _FIRST_LOCKED.search(text)
    first_one = None if cliff_d is not None or part is not None or first is not None else _FIRST_ONE.search(text)
    first_en = None if cliff_d is not None or first is not None else _FIRST_LOCKED_EN.search(text)
    zero_cliff = stated_zero(text, _CLIFF_EN, _CLIFF_ZH) or _NO_LOCK.search(text)
    if cliff_d is not None and zero_cliff is not None:
        # "锁仓两年 … 没有锁定期": a length read as the cliff, and the text says there is none: asked, never picked
        s.unsure.append(
            Unsure(
                "cliff_months",
                cliff_d.start,
                cliff_d.end,
                cliff_d.text,
                "Is '{w}' the cliff? The request also says there is no cliff: how long is the cliff?",
                "“{w}”是锁定期吗？请求里也说了没有锁定期：锁定期是多长？",
            )
        )
    elif cliff_d is not None:
        params["cliff_months"] = cliff_d.months
    elif part is not None:
        pass
    elif first_en is not None:  # "first year nothing vests", "nothing unlocks in the first month"
        unit = (first_en.group("u") or first_en.group("u2") or first_en.group("u3")).lower()
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
    elif first_one is not None and zero_cliff is None:  # "首年为锁定期", "首月不释放": the first year / month
        params["cliff_months"] = Decimal(12 if first_one.group("u") == "年" else 1)
        s.evidence["cliff_months"] = Evidence(
            "text", "the first period is locked", (Span(first_one.start(), first_one.end(), first_one.group(0)),)
        )
    elif zero_cliff is not None:
        _set_zero(s, params, "cliff_months", zero_cliff, "the cliff is stated to be zero")
    elif _search(r"立即开始释放|立即释放", text):
        params["cliff_months"] = Decimal(0)
    if start_d is not None:
        params["start_delay_months"] = start_d.months
    elif _start_by_date(s, params):
        pass
    elif (zero := stated_zero(text, _DELAY_EN, _DELAY_ZH) or _STARTS_NOW.search(text)) is not None:
        _set_zero(s, params, "start_delay_months", zero, "the schedule starts now: no start delay")
    else:
        _start_next_month(s, params)
    rest = [
        d
        for d in s.durations
        if d is not cliff_d
        and d is not start_d
        and not _retracted(s, d)
        and not d.frequency  # "按季度释放" says how often, not for how long
        # "第一年一个都不给": the first year named as the cliff is no candidate for the whole length
        and not any(f is not None and f.start() <= d.start < f.end() for f in (first, first_one, first_en))
        and not _search(r"(?:every|each|per|每)\s*$", s.before(d.start, 8))
    ]
    if rest:
        preferred = [
            d
            for d in rest
            if _search(
                r"(?:over|across|during|for|within|duration|total|总共|共|分|为期|期限|周期|总时长|总期限|"
                r"归属期|释放期|线性释放|in)\s*(?:of|为|是|[:：])?\s*$",
                s.before(d.start, 10),
            )
            or _search(r"^\s*(?:内|释放|线性|vesting|duration|to\s+vest|期)", s.after(d.end, 8))
        ]
        length = (preferred or rest)[0]
        after = _AFTER_CLIFF.match(text, length.end)
        if after is not None and cliff_d is not None and after.end() >= cliff_d.start:
            # "18 months after a 12-month cliff": 18 in all, or 18 more after the cliff (30)? asked, never picked
            s.unsure.append(
                Unsure(
                    "duration_months",
                    length.start,
                    after.end(),
                    text[length.start : after.end()],
                    "Is '{w}' the whole schedule (the cliff included) or the part after the cliff? "
                    "How many months does the whole schedule last?",
                    "“{w}”是整个归属期（含锁定期）还是锁定期之后的部分？整个归属期共多少个月？",
                )
            )
        else:
            params["duration_months"] = length.months
    _month_keys(s, params)
    if "cliff_months" not in params:
        _bare_cliff(s, params)
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
            r"(?:给|給|发给|發給|奖励给|授予|分给|留给|为|為)\s*(?P<p>)",
            # "pay my daughter Léa out of a pot": paid out over time, the one paid is the beneficiary
            r"(?i:\b(?:give|grant|award|allocate|pay|paying|drip|stream)\s+)(?P<p>)(?!(?:it|them|out|back|off)\b)",
            r"(?:激励|奖励|期权|分配|释放|归属|锁仓|解锁)\s*[:：]\s*(?P<p>)",
            # "Advisor: Prof. Henrik Larsson", "employee - Kai": the person a grant is for, under a job label
            r"(?i:\b(?:advisor|adviser|employee|grantee|recipient|founder|co-?founder|hire|contributor|"
            r"engineer|developer|cto|ceo|cfo|coo)\s*[:：\-–—]\s*)(?P<p>)",
            r"(?i:\bvest\s+)(?P<p>)(?=(?:my|our)\s|[A-Z])",
            # "my employer Qorvix GmbH vests me 9,600 QRX": the one vested is the beneficiary
            r"(?i:\bvests\s+)(?P<p>)(?=me\b|(?:my|our)\s|[A-Z])",
            r"(?i:\bvesting\s*[:：]\s*)(?P<p>)",
            # "vest 100k NMB -> 0x5290…": the arrow points at the wallet the tokens vest to (round 10)
            r"(?:->|→|=>)\s*(?P<p>)(?=0[xX][0-9a-fA-F]{40})",
            r"(?i:\b(?:want|let|have|like|need)\s+)(?P<p>)(?=[^,.;]{0,30}\bto\s+(?:get|receive|earn)\b)",
        ],
    )
    if ben is None:
        # "帮 intern 阿飞 setup 一个 vesting", "替小葵设置归属": the one the schedule is set up for (never the user:
        # "帮我设一个 vesting" only asks for help)
        ben = _party(
            s,
            [r"(?:帮|替|幫)\s*(?P<p>)(?=[^，,。；;]{1,40}?(?:vesting|归属|歸屬|锁仓|期权|激励|解锁|释放))"],
            allow_me=False,
        )
    if ben is None:
        low = lower_party(s, [r"(?i:\bvest\b(?:(?!\.\s|,\s)[^;，。])*?\bto\s+)(?P<p>)"])
        ben = low.name if low is not None else None  # "vest 1500 dai to mei lin over 18 months" (round 11)
    if ben is None:
        ben = _headed_beneficiary(s)
    if ben is None:
        ben = _self_beneficiary(s)
    if ben is None:
        ben = _owner_of_grant(s)
    if ben is None:
        ben = _pronoun_beneficiary(s)
    if ben:
        params["beneficiary"] = ben
    return params


#: words that take back what was just said: "十个月，不是，十二个月" (唔係 on the simplified copy), "no wait", "sorry"
_TAKEN_BACK = re.compile(
    r"\s*[，,]?\s*(?:不是|不对|不|说错了|错了|(?i:no\s+wait|no|sorry|i\s+mean|actually|make\s+(?:it|that)))\s*[，,:：]?\s*"
    r"(?:而?是|改成|改为|应该是)?\s*$"
)


def _retracted(s: Scan, d: Any) -> bool:
    """A length followed by a word that takes it back and then another length ("十个月，不是，十二个月"), or named
    as what the value is not ("cliff 不是 12 个月，是 3 个月"): the later one stands, this one is no value."""
    if _search(r"(?:不是|并非|(?i:\bnot|isn['’]t))\s*$", s.before(d.start, 6)):
        later = s.text[d.end : d.end + 10]
        return bool(re.match(r"\s*[，,]\s*(?:而)?是|(?i:\s*,?\s*(?:but|it['’]s|is))", later))
    for other in s.durations:
        if other.start > d.end and other.start - d.end <= 16:
            return bool(_TAKEN_BACK.fullmatch(s.text[d.end : other.start]))
    return False


def _corrected_cliff(s: Scan, d: Any) -> bool:
    """ "cliff 不是 12 个月，是 3 个月", "the cliff isn't 12 months, it's 3": the length after the correction."""
    return bool(
        _search(
            r"(?:cliff|锁定期|锁仓期|悬崖期?|禁售期)\s*(?:不是|并非|(?i:is\s+not|isn['’]t|not))\s*[^，,。;；]{1,14}[，,]\s*"
            r"(?:而|(?i:but)\s+)?(?:是|(?i:it['’]s|it\s+is|is))\s*$",
            s.before(d.start, 40),
        )
    )


def _start_said_later(s: Scan, d: Any) -> bool:
    """ "Kwame turns 21 — that's in 14 months. … vest to him over 4 years from then": a length that says when a
    future moment is, with the schedule said to run from that moment, is the start delay."""
    # round 10b: "Arjun turns 18 in 9 months; from then vest …": the moment said with its own verb
    if not _search(
        r"(?i:(?:that['’]s|that\s+is|which\s+is|it['’]s|is)\s+in|"
        r"\b(?:turns|turning|will\s+turn|graduates|will\s+graduate|retires|will\s+retire|comes\s+of\s+age)\b"
        r"[^.;,\n]{0,10}?\s+in)\s*$",
        s.before(d.start, 40),
    ):
        return False
    return bool(
        re.search(
            r"(?i:\bfrom\s+then\b|\bfrom\s+that\s+(?:day|date|point|moment)\b|\bstarting\s+then\b)|从那(?:时|天)(?:起|开始)",
            s.text[d.end :],
        )
    )


#: "cliff 6", "cliff: 12": a cliff number with no unit of its own
_BARE_CLIFF = re.compile(r"(?i:\bcliff\s*[:：=]?\s*)(?P<n>\d{1,3})(?![\d.%\w])(?!\s*(?:个|月|年|天|周|[a-zA-Z]))")


def _bare_cliff(s: Scan, params: dict[str, Any]) -> None:
    """ "48 months, cliff 12", "24mo, cliff 6": a cliff number without a unit counts in the unit of the lengths
    around it when every length stated is in months; a length in years or days leaves it asked (round 10)."""
    m = _BARE_CLIFF.search(s.text)
    if m is None or "duration_months" not in params:
        return
    units = {d.unit for d in s.durations if not d.frequency}
    if units != {"month"}:
        return
    hit = next((i for i, n in enumerate(s.numbers) if n.start == m.start("n")), None)
    if hit is None or hit in s.used:
        return
    params["cliff_months"] = Decimal(m.group("n"))
    s.used.add(hit)
    s.cite("cliff_months", m.start(), m.end(), "a cliff without its unit, in the months every length is stated in")


#: what a person is said to own or get in a vesting: "孙经理的奖金", "Dr. Rossi 的期权", "Kofi gets", "小冯的激励"
_GRANT_AFTER_NAME = re.compile(
    r"\s*(?:的|['’]s)\s*(?:期权|奖金|激励|代币|份额|股份|股票|分红|年终奖|token|归属|锁仓|"
    r"(?i:vesting|grant|allocation|bonus|options?|tokens|shares|equity|incentives?|award|package))|"
    # "Employee Ngozi she get 15,000 USDC": a pronoun that takes the name up again, a verb in its plain form
    r"(?i:,?\s+(?:(?:he|she|they)\s+)?(?:gets|receives|earns|is\s+getting|will\s+(?:get|receive|earn)|"
    r"should\s+(?:get|receive))|\s+(?:he|she|they)\s+(?:get|receive))\b|"
    r"\s*(?:获得|拿到|得到|可以拿|能拿|可得)|"
    # "老员工小马，奖励 8000 枚 PEAK": the person, then what is awarded to them
    r"\s*[，,]?\s*(?:奖励|奖|发放|授予|给予|分配)\s*(?=[\d一二两三四五六七八九十几半百千万])"
)
#: a Chinese label line that opens with the person: "顾问王博士：十二万 TKN"
_ZH_LABEL_HEAD = re.compile(r"(?:^|(?<=[，,。；;\n]))\s*(?=[\u4e00-\u9fff])")


def _owner_of_grant(s: Scan) -> str | None:
    """The person a grant belongs to, said by the words after the name ("孙经理的奖金", "our designer Kofi gets
    12,500 DAI") or a label line that opens with the person ("顾问王博士：十二万 TKN"); one name only, never the
    user."""
    from ledgerlm.language.parties import ME, _name_ending_at

    found: dict[str, tuple[int, int, str]] = {}
    for m in _GRANT_AFTER_NAME.finditer(s.text):
        head = s.text[: m.start()]
        hit = _name_ending_at(head)
        inside = re.search(r"[(（]\s*([^()（）]{1,40}?)\s*[)）]\s*$", head)
        if hit is None and inside is not None:  # "the advisor (Dr. Lee) receives": the name in brackets
            hit = read_name(s.text, inside.start(1), allow_me=False)
            hit = hit if hit is not None and hit.end == inside.end(1) else None
            if hit is None:  # "Hannelore (our COO) gets": who the person is in brackets, the name before them
                hit = _name_ending_at(head[: inside.start() - 1])
        apposition = re.search(r"[,，]\s*(?:our|my|the|his|her|their)\s+[^,，]{1,30}[,，]?\s*$", head)
        if hit is None and apposition is not None:  # "Miguel, our first hire, should receive"
            hit = _name_ending_at(head[: apposition.start()])
        if hit is not None and hit.name != ME and not any(t.start <= hit.start < t.end for t in s.tokens):
            found.setdefault(hit.name, (hit.start, hit.end, hit.text))
    for m in _ZH_LABEL_HEAD.finditer(s.text):
        hit = read_name(s.text, m.end(), allow_me=False)
        if hit is None or (hit.start == m.end() and hit.name not in {n.name for n in s.names}):
            continue  # only a name after a description ("顾问王博士") or one the reader finds on its own
        if re.match(r"\s*[：:]", s.text[hit.end :]):
            found.setdefault(hit.name, (hit.start, hit.end, hit.text))
    if len(found) != 1:
        return None  # nobody, or two people: asked
    name, (a, b, words) = found.popitem()
    s.name_spans[name] = Span(a, b, words)
    return name


#: a line that opens with who the grant is for, a colon, then the amount: "Intern Kai Müller: 2,000 USDC vesting …",
#: "Team member Björn Lindqvist: 5 ETH, vest 10 months"
_HEADED = re.compile(r"(?m:^)[ \t]*(?=[^\n:：]{2,60}[:：][ \t]*(?:[$€£][ \t]*)?\d)")
_COLON_AMOUNT = re.compile(r"[ \t]*[:：][ \t]*(?:[$€£][ \t]*)?\d")


def _headed_beneficiary(s: Scan) -> str | None:
    """The person a line is headed with ("Intern Kai Müller: 2,000 USDC vesting over 12 months"): the words before
    the colon must read as one name (a job word before it skipped), the amount right after it (round 12: asked,
    though the heading said who). A label ("Amount: 2,000") reads as no name, so nothing is taken."""
    for m in _HEADED.finditer(s.text):
        hit = read_name(s.text, m.end(), allow_me=False)
        if hit is None or _COLON_AMOUNT.match(s.text, hit.end) is None:
            continue
        s.name_spans[hit.name] = Span(hit.start, hit.end, hit.text)
        s.cite("beneficiary", hit.start, hit.end, "the person the line is headed with, before the amount")
        return hit.name
    return None


#: the user says the tokens are theirs: "I'm the one receiving", "I'm the beneficiary", "我是受益人", "vest it to me"
_SELF_BEN = re.compile(
    r"(?i:\bI['’]?m\s+the\s+(?:one\s+(?:receiving|getting\s+(?:them|it|the\s+tokens)|being\s+vested)|"
    r"beneficiary|recipient|grantee)\b|\bI\s+am\s+the\s+(?:beneficiary|recipient|grantee)\b|"
    # "(it's my own founder vesting)", "my own grant": the schedule is the user's
    r"\bmy\s+own\s+(?:\w+\s+)?(?:vesting|grant|allocation|tokens|schedule)\b|"
    r"\b(?:vests?|vesting|vested)\s+(?:it\s+|them\s+)?(?:to\s+)?me\b)|"
    r"我是(?:受益人|受益方|领取人|接收方)|(?:归属|释放|解锁)给我(?![们的哥姐弟妹妈爸])"
)


def _self_beneficiary(s: Scan) -> str | None:
    m = _SELF_BEN.search(s.text)
    if m is None:
        return None
    w = re.search(r"(?i:\bI['’]?m\b|\bI\b|\bme\b)|我", m.group(0))
    a, b = (m.start() + w.start(), m.start() + w.end()) if w else (m.start(), m.end())
    s.evidence["beneficiary"] = Evidence(
        "text", "the user says the vested tokens are theirs", (Span(a, b, s.text[a:b]),)
    )
    return "me"


def _pronoun_beneficiary(s: Scan) -> str | None:
    """ "We hired Valentina … Please vest 150,000 GRW to her": a pronoun where the beneficiary goes is the one
    person the request names; none or several, and it stays unknown (asked)."""
    m = re.search(r"(?i:\b(?:to|for)\s+(?:him|her|them)\b)|(?:给|为)(?:他|她)(?!们)", s.text)
    if m is None:
        return None
    # one person, found both by the accounting's reader (which skips a capital at a sentence start: "Grant 45k
    # to her" names nobody) and by the wider reader (which sees "Ana" in "Ana and Bo joined": two people, asked)
    strong = {n.name: n for n in s.names if n.name != "me" and n.start < m.start()}
    people = {n.name: n for n in people_before(s, m.start())} | strong
    if len(strong) != 1 or len(people) != 1:
        return None
    name, hit = people.popitem()
    s.name_spans[name] = Span(hit.start, hit.end, hit.text)
    s.evidence["beneficiary"] = Evidence(
        "inferred", f"'{m.group(0)}' refers to the one person named before it", (Span(hit.start, hit.end, hit.text),)
    )
    return name


#: "... over 18 months after a 12-month cliff", "2 years vesting after a 6 month cliff": a length said to come
#: after the cliff, which may or may not count it
_AFTER_CLIFF = re.compile(
    r"(?i:\s*(?:of\s+)?(?:(?:linear|monthly|gradual)\s+)?(?:vesting|unlock(?:ing)?|release)?\s*"
    r"(?:after|following|once|post)\s+(?:a|an|the|its)?\s*[^,.;]{0,20}?cliff)"
)


_CLIFF_THEN_LENGTH = re.compile(
    r"(?:悬崖期?|锁定期|锁仓期|禁售期|(?i:cliff))(?:就|可以|要|得|先|呢)?(?:设|定)?(?:得|成|为|个)?"
    r"(?:短|长)?(?:一点|一些|点)?(?:吧|啊)?\s*[，,]\s*(?:就|大概|差不多)?\s*$"
)


#: what a cliff and a start delay are called, for "no cliff" / "start delay = 0" (``stated_zero``)
_CLIFF_EN = r"cliff|lock-?up(?:\s+period)?|lock\s+period"
_CLIFF_ZH = r"悬崖期?|锁定期|锁仓期|禁售期|封闭期|cliff"
_DELAY_EN = r"(?:start(?:ing)?\s+)?delay|delayed\s+start|wait(?:ing)?\s+period"
#: "nothing locked up front", "no lockup", "不设锁定", "没有锁定期": no cliff, said without the word cliff
_NO_LOCK = re.compile(
    r"(?i:\bnothing\s+(?:is\s+|gets\s+|will\s+be\s+)?locked(?:\s+up)?(?:\s+(?:up\s*front|first|at\s+the\s+start))?|"
    r"\bno\s+lock-?\s?ups?\b|\bno\s+(?:initial\s+)?lock(?:ing)?\s+period\b)|"
    r"(?:没有|无|不设|不要|不用)(?:任何)?(?:锁定期?|锁仓期|锁定|悬崖期?)|不锁(?:定|仓)?(?![^，,。；;]{0,6}(?:个月|年|天))"
)
_DELAY_ZH = r"(?:开始|启动)?延迟|延期|等待期"
#: "starting immediately", "start right away", "立即开始", "从今天开始": the schedule starts now
_STARTS_NOW = re.compile(
    r"(?i:\b(?:start(?:s|ing|ed)?|begin(?:s|ning)?|kick(?:s|ing)?\s+off|vesting\s+begins)\s+"
    # "starting from today", "begins as of today"
    r"(?:(?:from|as\s+of)\s+)?(?:right\s+away|immediately|right\s+now|now|today|straight\s+away|at\s+once|asap)\b|"
    r"\b(?:immediately|right\s+away)\s+(?:start(?:s|ing)?|begin(?:s|ning)?)\b|"
    r"\bstart(?:ing)?\s*(?:date)?\s*[:：=]\s*(?:now|today|immediately)\b)|"
    r"(?:立即|立刻|马上|即刻|现在|今天|从今天|从现在)(?:就)?(?:开始|起|启动|生效)"
)


_PART_CLIFF = re.compile(
    r"\s+of\s+(?:them|those|these|which|it)\s+(?:(?:are|is|as|being|will\s+be)\s+)?(?:the\s+|a\s+)?"
    r"(?:cliff|locked|lock-?up)\b",
    re.IGNORECASE,
)


def _part_of_total(s: Scan) -> tuple[Decimal, tuple[int, int]] | None:
    """ "18 months total, 6 of them cliff": a bare number that counts part of the length said before it."""
    for i, n in s.free_numbers():
        m = _PART_CLIFF.match(s.text, n.end)
        if m is None:
            continue
        total = next((d for d in reversed(s.durations) if d.end <= n.start and not d.frequency), None)
        if total is None or total.count == 0:
            return None
        s.used.add(i)
        return total.months / total.count * n.value, (n.start, m.end())
    return None


#: a settings line whose key names the unit: "months=24", "cliff_months: 6", "duration_mo=36" (a bare "cliff=6"
#: names no unit and stays asked)
_MONTH_KEY = re.compile(
    r"(?i:(?<![\w])(?:(?P<k>duration|cliff|start_?delay|delay|vesting|vest|total)[_\s-]?)?(?:months|mos|mo)"
    r"\s*[:=：]\s*(?P<n>\d{1,3}(?:\.\d+)?)(?![\w.%]))"
)


def _month_keys(s: Scan, params: dict[str, Any]) -> None:
    for m in _MONTH_KEY.finditer(s.text):
        key = (m.group("k") or "duration").lower()
        param = {"cliff": "cliff_months", "start_delay": "start_delay_months", "startdelay": "start_delay_months"}.get(
            key.replace("-", "_"), "start_delay_months" if key == "delay" else "duration_months"
        )
        if param in params:
            continue
        hit = next((i for i, n in enumerate(s.numbers) if n.start == m.start("n")), None)
        if hit is None or hit in s.used:
            continue
        params[param] = Decimal(m.group("n"))
        s.used.add(hit)
        s.cite(param, m.start(), m.end(), "a setting whose key names months")


def _set_zero(s: Scan, params: dict[str, Any], key: str, m: re.Match[str], rule: str) -> None:
    """A length the text states as zero ("no cliff", "start delay = 0", "立即开始"): 0, cited, and its "0" used."""
    params[key] = Decimal(0)
    s.evidence[key] = Evidence("text", rule, (Span(m.start(), m.end(), m.group(0)),))
    s.used.update(i for i, n in enumerate(s.numbers) if m.start() <= n.start < m.end())


_FIRST_ONE = re.compile(
    r"首(?P<u>年|个?月)(?:内)?(?:都)?(?:(?:不|不能|无法|不可)(?:解锁|释放|领取|领|提取|归属|动)|"
    r"(?:是|为)?(?:锁定期?|锁住|冻结|锁仓期?|悬崖期?))"
)
_FIRST_LOCKED = re.compile(
    r"(?:第|头|前)(?P<n>\d+|[一二两三四五六七八九十半])\s*(?P<u>年|个月)(?:内)?(?:都)?"
    r"(?:(?:不|不能|无法|不可)(?:解锁|释放|领取|领|提取|归属|动|卖|转|攞|拿)|(?:是|为)?(?:锁定期?|锁住|锁死|锁着|冻结|锁仓期?|悬崖期)|"
    # "第一年一个都不给", "头三个月一分都拿不到": nothing is paid out in the first months
    # round 10b: Cantonese "头半年冇得攞" (nothing to take in the first half year), "攞唔到"
    r"[，,]?\s*(?:一个|一分|一枚|一点|一毛|啥|什么)?(?:都|也)?(?:不给|不发|拿不到|领不到|不到账|(?:冇|没|无|無)(?:有)?得?(?:攞|拿|领|收)|没有|"
    r"(?:攞|拿)唔到))"
)
#: a first year / quarter / month with nothing vesting, said without a number ("first year nothing vests")
_FIRST_LOCKED_EN = re.compile(
    r"(?i:\b(?:the\s+|in\s+the\s+|for\s+the\s+|during\s+the\s+)?first\s+(?P<u>year|quarter|month)\b[,:]?\s*"
    r"(?:nothing|no\s+tokens?|none)\s+(?:vests?|unlocks?|is\s+released|comes?\s+out|is\s+paid(?:\s+out)?|gets\s+released)|"
    r"\b(?:nothing|no\s+tokens?|none)(?:\s+(?:vests?|unlocks?|is\s+released|comes?\s+out|is\s+paid(?:\s+out)?|"
    r"gets\s+released|is\s+unlocked|can\s+be\s+(?:withdrawn|claimed)))?\s+(?:in|for|during)\s+the\s+first\s+"
    r"(?P<u2>year|quarter|month)\b|"
    # round 12: "with the first year as a cliff", "the first year is the cliff"
    r"\b(?:the\s+)?first\s+(?P<u3>year|quarter|month)\s+(?:as|is|being|will\s+be|serves\s+as)\s+(?:a\s+|the\s+)?cliff\b)"
)
_START_MONTH = re.compile(
    r"(?P<w>下下个?月|下个?月|下个?季度|(?i:next\s+(?:month|quarter)|the\s+month\s+after\s+next))\s*"
    r"(?:开始|起|启动|(?i:starts?|begins?))|"
    r"(?i:(?:start(?:ing|s)?|begin(?:ning|s)?)\s+(?P<w2>next\s+(?:month|quarter)|the\s+month\s+after\s+next))"
)


#: "starting 2027-03-02", "从2027年3月2日开始释放": the schedule starts on a calendar date
_START_BEFORE_DATE = re.compile(
    r"(?i:\b(?:start(?:ing|s)?|begin(?:ning|s)?|commenc\w*|from|vesting\s+start|start\s+date|effective)\b"
    r"(?:\s+(?:on|date|from))?\s*[:：=]?\s*$)|(?:从|自|于)\s*$"
)
_START_AFTER_DATE = re.compile(r"^\s*(?:起|开始|启动|生效)")


def _start_by_date(s: Scan, params: dict[str, Any]) -> bool:
    """The schedule starts on a calendar date: its start delay is the whole months until then (a date that is not
    a whole number of months away is asked, never rounded)."""
    from ledgerlm.contracts.kinds.loan.calendar_months import whole_months

    starts = [
        d
        for d in s.dates
        if d.days is not None
        and (_START_BEFORE_DATE.search(s.before(d.start, 24)) or _START_AFTER_DATE.match(s.text[d.end : d.end + 6]))
    ]
    if len({d.days for d in starts}) != 1:
        return False
    months = whole_months(starts[0])
    if months is None:
        s.notes.append(f"'{starts[0].text}' is not a whole number of months away: start_delay_months asked")
        return False
    params["start_delay_months"] = months
    s.evidence["start_delay_months"] = Evidence(
        "inferred",
        f"starts on a calendar date {months} whole months away",
        (Span(starts[0].start, starts[0].end, starts[0].text),),
    )
    return True


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
