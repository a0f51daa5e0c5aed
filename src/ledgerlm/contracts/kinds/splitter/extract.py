"""Splitter extractor: the shares (60/40, 5:3:2, "60% to Alice", 平分) and the payees they go to.

Shares are read only where the text states them: a ratio ("60/40", "5:3:2"), percents each attached to a payee,
or an explicit equal split ("evenly", "平分"). Payees come from a list ("between Alice and 0x…", "分给老王、小李和我")
or from the percent pairs. A count that does not match is left for the spec to refuse (a question, not a guess).
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal
from typing import Any

from ledgerlm.language.evidence import Evidence, Ignored, Span, Unsure
from ledgerlm.language.extract import _I, Scan
from ledgerlm.language.parties import NameMatch, _name_ending_at, read_name
from ledgerlm.language.separators import (
    SEP,
    ZH_ROLE,
    ask_group,
    ask_me_left_out,
    bare_item,
    chain,
    counted_me,
    cut_by_blank,
    lower_name_list,
    read_list,
    read_person,
    role_only,
    set_aside_references,
    spaced_zh,
    with_me,
    without_role,
)

__all__ = ["extract"]

_RATIO = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*%?\s*(?:[/:：比]|\s*-\s*(?=\d))\s*(\d+(?:\.\d+)?)%?"
    r"(?:\s*%?\s*(?:[/:：比]|-(?=\d))\s*(\d+(?:\.\d+)?)%?)?(?:\s*%?\s*(?:[/:：比]|-(?=\d))\s*(\d+(?:\.\d+)?)%?)?"
    r"(?:\s*%?\s*(?:[/:：比]|-(?=\d))\s*(\d+(?:\.\d+)?)%?)?(?![\d.])"
)
_EQUAL = re.compile(
    r"\b(?:equally|evenly|equal\s+(?:shares|parts|split)|half\s+each|fifty[- ]fifty|down\s+the\s+middle|"
    r"half\s+and\s+half|even\s+split|split\s+(?:it\s+|everything\s+)?even)\b|"
    r"(?<!not\s)(?<!n't\s)(?<!\bno\s)\b(?:all\s+equal|equal\s+(?:cuts?|amounts?))\b|"
    r"对半分?|一人一半|"
    # "1/3 each", "a third each", "3 ways", "three-way split": one equal part each (the count is checked)
    r"(?<![\d.])1\s*/\s*(?P<each>\d)\s+each\b|\b(?:a|one)\s+(?:third|quarter|fifth)\s+each\b|"
    r"\b(?P<ways>\d|two|three|four|five|six)[- ]ways?\b|"
    r"\b(?:gets?|get|receives?|takes?)\s+the\s+same(?:\s+(?:share|amount|cut))?\b|\bsame\s+(?:share|cut)\s+each\b|"
    r"平分|均分|平均分|平摊|均摊|各一半|各半|一人一半|(?:拿|分|得)(?:的)?(?:一样多|同样多)|"
    # "张伟、李娜、王芳各三分之一", "每人四分之一": one equal part each (the count is checked)
    r"(?:各|每人|每个人|一人)\s*(?:占|佔|拿|得|分|分到|分得)?\s*(?P<zh_each>[二两三四五六七八九十])分之一",
    _I,
)
#: a ratio said not to be the split: "but not 50/50", "不是五五分"
_NOT_RATIO = re.compile(r"(?i:\b(?:not|never|isn'?t|no)\s+(?:a\s+)?$)|(?:不是|不要|别|不按)\s*$")
_TENS = r"(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
#: "seventy-thirty", "sixty forty" (never "fifty-five", one number): a ratio written in words
_WORD_RATIO = re.compile(rf"(?i:(?<![\w-]){_TENS}(?:[ \t]*[-–/:][ \t]*|[ \t]+){_TENS}(?![\w-]))")
_OF_THE_REST = re.compile(r"\s*(?:剩下|剩余|其余|(?i:the\s+rest|the\s+remainder|what'?s\s+left))")
#: a negation right before an equal-split word: "but not evenly", "不平分", "not all equal"
_NOT_BEFORE = re.compile(
    r"(?i:\b(?:not|never|no|isn't|aren't|won't|don't)\s+(?:\w+\s+)?$|n't\s+(?:be\s+)?$)|(?:不|别|不要|不能|并非|没有|不是)\s*$"
)


_CLOCK_SHAPE = re.compile(r"\d{1,2}\s*[:：]\s*(\d{2})(?:\s*[:：]\s*\d{2})?")
_CLOCK_AFTER = re.compile(r"\s*(?:[\])）]|(?i:a\.?m\b|p\.?m\b|h\b|hrs\b|uhr\b|utc\b|gmt\b))")


def _heading_list(s: Scan, listed: list[tuple[str, Span]], pairs: list[tuple[int, str, Span]]) -> bool:
    """ "Minutes, Kisumu Farmers Co-op: … 40% to Wanjiru, 35% to Otieno": a "list" closed by a heading's colon,
    before percents each said with other names, is the heading; the percents' names are the payees."""
    last = max(sp.end for _, sp in listed)
    return (
        re.match(r"[ \t]*[:：]", s.text[last:]) is not None
        and last <= min(sp.start for _, _, sp in pairs)
        and not {n for n, _ in listed} & {n for _, n, _ in pairs}
    )


def _clock(text: str, r: re.Match[str]) -> bool:
    """ "[10:02]", "at 9:05", "14:30 UTC": a time of day looks like a ratio; its minutes have two digits and
    either start with 0 (no one writes a share as 05) or the time is bracketed or said with am/pm/UTC."""
    shape = _CLOCK_SHAPE.fullmatch(r.group(0).strip())
    if shape is None:
        return False
    bracketed = text[max(0, r.start() - 1) : r.start()] in ("[", "(", "（")
    return shape.group(1).startswith("0") or bracketed or _CLOCK_AFTER.match(text, r.end()) is not None


def _equal(text: str) -> re.Match[str] | None:
    """The first equal-split word of the text that no negation turns around ("split it evenly", never "but not
    evenly" or "不平分", which say the shares differ and leave them a question)."""
    for m in _EQUAL.finditer(text):
        if _NOT_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
            return None  # an equal split denied: the shares are asked, never guessed from another equal word
        if _OF_THE_REST.match(text, m.end()):
            return None  # "他俩平分剩下的": an equal split of what is left, among some: no equal split of all
        return m
    return None


_LIST_CUE = re.compile(
    r"(?:由|\bnamely\s+(?:to\s+)?|(?:跟|和|与)(?=[^，,。；;]{1,30}?一起(?:分|平分|均分))|\bbetween|\bamong|\bfor|\bpayees?\s*(?:are|is|[:：=]|是|为)?|分给|分配给|分成给|给|"
    r"收款人\s*[:：为是]?|分别(?:是|给|为|归)?|依次(?:是|给|为|归)?|\brespectively\b|[:：]|^|"
    r"受益人\s*[:：为是]?|[(（])\s*",
    _I,
)
_DESCRIBED_ADDRESS = re.compile(r"\s*(?:my|our|the)\s+[a-z][\w\-]*\s+(0x[0-9a-fA-F]{40})", _I)
_ZH_RATIO = re.compile(r"([一二三四五六七八九])([一二三四五六七八九])(?:开|分)")
_ZH_DIGIT = {c: i + 1 for i, c in enumerate("一二三四五六七八九")}
_WITH = re.compile(
    # "split … with X", and "7:3 with my partner Priya": a ratio said with the one you split with
    r"\b(split|share|(?<![\d./:])\d{1,2}\s*[:/：]\s*\d{1,2}(?=\s+(?:with|w/)))\b[^.;]{0,40}?(?:\bwith\s+|\bw/\s*)"
    # "演出费跟鼓手大军、贝斯手阿飞一起分": you share with the people after 跟 / 和 / 与
    r"|(跟|和|与)(?=[^，,。；;]{1,30}?一起(?:分|平分|均分))",
    _I,
)
_PCT_TO = re.compile(
    # "80% of what comes in to …", "30% of every sale to …": what the percent is of, then to whom
    r"(?:\s+of\s+(?:what\s+comes\s+in|everything|it\s+all|it|(?:the|all|each|every)\s+[\w\-]+(?:\s+[\w\-]+)?|"
    r"what\s+(?:the\s+|my\s+|our\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+(?:earns|makes|brings\s+in|takes\s+in|gets)))?"
    r"\s*(?:(?:\bto\s+go\s+|\bgoes\s+|\bgo\s+|\bis\s+|\bpaid\s+|\bsent\s+)?\bto\b|\bfor\b|给|归|→|->|=>)\s*|"
    r"[ \t]+(?=me\b|my\b|our\b|the\s+[\w\- ]{0,30}0x|0x|[A-Z]|(?i:[a-z][a-z\-]*\s*[(（]\s*(?:me|myself)\s*[)）]))",
    _I,
)
#: "小梅 2 份": a number of parts, paired with a payee like a percent
_PARTS_AFTER = re.compile(r"\s*(?:份|parts?\b|shares?\b)", _I)


#: "the gallery (Blue Room Gallery)", "the studio (Blue Fox Ltd)": a description, then the name in brackets
_PAREN_DESCRIBED = re.compile(r"(?:the|my|our|a)\s+(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*\s*[(（]\s*", _I)
_CLOSE = re.compile(r"\s*[)）]")
_ZH_ROLE_WORD = re.compile(r"[\u4e00-\u9fff]{1,3}?(?:师|员|手|家|主播|运营|总监)(?=[\u4e00-\u9fffA-Z])")
_BRACKETED_NAME = re.compile(r"([A-Z][\w&.'\-]*(?:\s+[A-Z&][\w&.'\-]*){0,4}|[\u4e00-\u9fff]{2,12})\s*[)）]")
#: "两个合伙人陈总、刘总": a count of the payees that follow, then their description
_ZH_COUNT = re.compile(r"([两二三四五六七八九十]|\d+)\s*[个位名]\s*(?=[\u4e00-\u9fff])")


_TITLE = r"(?:Mr|Ms|Mrs|Mx|Dr|Prof|Sir|Dame)\.?"
_TITLED_ONE = re.compile(rf"{_TITLE}[ \t]+[A-Z][\w'\-]*")
_NEXT_CAP = re.compile(r"[ \t]+([A-Z][a-zà-ÿ'\-]+)(?![\w&])")
_TITLE_BEFORE = re.compile(rf"(?<![\w.]){_TITLE}[ \t]+$")
_NOT_SURNAME = frozenset({"and", "gets", "takes", "receives", "for", "to", "with", "is", "has", "plus", "in"})
#: "the charity wallet 0x…", "our DAO treasury 0x…", "工作室钱包 0x…": a description, then the payee's address
_DESCRIBED_ADDR = re.compile(
    r"(?i:(?:the|our|my|a|an|their|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?['’]s)\s+(?:[\w\-'’]+\s+){0,3}?)"
    r"(0x[0-9a-fA-F]{40})(?![0-9a-fA-F])"
    r"|(?:我们的?|我的)?[\u4e00-\u9fff]{1,8}?\s*[:：]?\s*(0x[0-9a-fA-F]{40})(?![0-9a-fA-F])"
)


#: the user in the formal register: "the undersigned", "本人", "我方"
_SELF_FORMAL = re.compile(r"[ \t]*((?i:the\s+undersigned\b|undersigned\b)|本人|我方)")
#: the user in the formal register right before a share: "我方 70%", "本人占 40%"
_SELF_BEFORE = re.compile(r"(?<![\u4e00-\u9fff])(本人|我方)\s*(?:占|拿|得|分得|享有|获得|[:：])?\s*$")
#: "90% artist (me)", "the author (myself)": a role word, then the user in brackets
_ROLE_SELF = re.compile(
    r"[ \t]*(?i:(?:the\s+|my\s+)?[a-z][a-z\-]*[ \t]*)[(（][ \t]*((?i:me|myself)|我|本人)[ \t]*[)）]"
)
#: a contract's party label with the party in brackets, before its share: "甲方（蓝鲸传媒有限公司）占", "乙方（本人）"
_PARTY_LABEL = re.compile(
    r"[甲乙丙丁戊]方\s*[(（]\s*(?P<who>[^()（）,，;；]{1,40}?)\s*[)）]\s*(?:占|拿|得|分得|享有|获得|[:：])?\s*$"
)


def whole_name(text: str, found: NameMatch) -> NameMatch:
    """A titled name read whole: "Ms. Harper" + "Lee" (the shared reader keeps one word after a title), and
    "Harper Lee" read back to its title ("Ms. Harper Lee")."""
    if _TITLED_ONE.fullmatch(found.name):
        nxt = _NEXT_CAP.match(text, found.end)
        if nxt and nxt.group(1).lower() not in _NOT_SURNAME:
            end = nxt.end(1)
            return NameMatch(text[found.start : end], found.start, end, text[found.start : end])
    title = _TITLE_BEFORE.search(text[: found.start])
    if title and found.name[:1].isupper() and found.name.replace(" ", "").isalpha() and len(found.name.split()) <= 2:
        start = title.start()
        return NameMatch(text[start : found.end], start, found.end, text[start : found.end])
    return found


def read_payee(text: str, pos: int) -> NameMatch | None:
    """A payee's name at ``pos``, past a description the shared reader does not know ("the gallery (…)"); a share
    said in Chinese numerals ("六成", "三份") is never a name, whatever the shared reader finds."""
    found = _read_payee(text, pos)
    if found is not None and _ZH_SHARE_WORD.fullmatch(found.name):
        return None
    return found


#: a part said in Chinese numerals: "六成", "三份", "一半"
_ZH_SHARE_WORD = re.compile(
    r"[零〇一二两三四五六七八九十百]+[成份]|一半|[一二两三四五六七八九十]分之[一二两三四五六七八九十]"
)


def _read_payee(text: str, pos: int) -> NameMatch | None:
    formal = _SELF_FORMAL.match(text, pos) or _ROLE_SELF.match(text, pos)
    if formal:  # "to the undersigned", "乙方（本人）", "artist (me)": the user, in the formal register or by role
        return NameMatch("me", formal.start(1), formal.end(1), formal.group(1))
    described = _DESCRIBED_ADDR.match(text, pos)
    if described:
        g = 1 if described.group(1) else 2
        return NameMatch(described.group(g), described.start(g), described.end(g), described.group(g))
    found = read_person(text, pos)
    if found is not None:
        found = whole_name(text, found)
    if found is not None and found.name[-1:].isascii() and found.name[-1:].isalpha():
        end = found.end
        while end < len(text) and text[end].isalpha() and not text[end].isascii() and text[end] < "\u0250":
            end += 1  # "Chloé": the shared reader stops at the first non-ASCII letter; the name goes on
        if end > found.end:
            found = NameMatch(found.name + text[found.end : end], found.start, end, text[found.start : end])
    if found is None:  # "my agency, Bluebird Media": a description, a comma, then the name
        ap = _APPOSED.match(text, pos)
        hit = read_name(text, ap.end()) if ap else None
        if hit is not None and hit.start == ap.end():  # type: ignore[union-attr]
            found = hit
    if found is None:  # "画师阿杰", "剪辑师小黑": a Chinese trade word, then the name
        role = _ZH_ROLE_WORD.match(text, pos)
        found = read_name(text, role.end()) if role else None
        if found is not None and found.start != role.end():  # type: ignore[union-attr]
            found = None
    if found is None:
        d = _PAREN_DESCRIBED.match(text, pos)
        whole = _BRACKETED_NAME.match(text, d.end()) if d else None
        if d and whole:  # the whole bracket is the name ("Blue Room Gallery"), not only its first two words
            return NameMatch(whole.group(1), whole.start(1), whole.end(), whole.group(1))
        if d:
            found = read_name(text, d.end())
            close = _CLOSE.match(text, found.end) if found is not None else None
            if found is None or close is None:
                return None
            return NameMatch(found.name, found.start, close.end(), found.text)
    return found


def _names_at(s: Scan, pos: int) -> list[tuple[str, Span]]:
    text = s.text
    #: "namely to A, to B, and to the undersigned": the word before the first item said again before each
    again = re.search(r"(?i:\b(to|for)\s+)$", text[:pos])
    names: list[tuple[str, Span]] = []
    counted: tuple[int, int] | None = None  # (number index, count) of "两个合伙人…"
    start_at = 0
    while True:
        found = read_payee(text, pos)
        if found is None:  # "my producer 0x…": a description, then the address
            d = _DESCRIBED_ADDRESS.match(text, pos)
            if d:
                found = read_name(text, d.start(1))
        if found is None and names and counted is None:
            c = _ZH_COUNT.match(text, pos)
            idx = next((i for i, n in enumerate(s.numbers) if c and n.start == c.start(1)), None)
            if c and idx is not None:
                # "两个合伙人大壮、小美": the count, a role noun and the names it counts (the role noun is no name)
                found = read_name(text, c.end()) or read_person(text, c.end())
                if found is not None:
                    counted = (idx, int(s.numbers[idx].value))
                    start_at = len(names)
        if found is None and names and text[pos - 1 : pos] == "、":
            found = bare_item(text, pos)  # "我、大刘、小马、阿强": a bare item of a 、 list
        if found is None:
            joined = text[max(0, pos - 6) : pos].strip().lower()
            if names and joined.endswith(("、", "和", "及", "与", "and", "&")) and _LOOKS_LIKE_ITEM.match(text, pos):
                return []  # the list goes on with an item that is not read: the payees are asked, not cut short
            break
        if found.name.islower() and re.fullmatch(r"[a-z]+[ \t]+", text[pos : found.start]):
            return []  # "between dev anand and me": a lower-case word skipped as a job may be the first name
        if any(found.name == n for n, _ in names):
            break  # "我、大刘、小马、阿强，我多拿一点": a name again starts a new sentence, not a new payee
        names.append((found.name, Span(found.start, found.end, found.text)))
        sep = SEP.match(text, found.end)
        if not sep:
            break
        pos = sep.end()
        rep_word = re.match(r"(?i:(?:and\s+)?(to|for)\s+)", text[pos:]) if again else None
        if rep_word and again and rep_word.group(1).lower() == again.group(1).lower():
            pos += rep_word.end()
    if counted is not None:
        if len(names) - start_at != counted[1]:
            return []  # "两个合伙人" but not two names after it: the list is not read
        s.used.add(counted[0])
    return names


#: what a list item looks like when the name reader cannot read it: a short Chinese word or a capitalised word
#: ending at a separator or the end ("…、小美、大勇"): the list is then not taken at all
#: what a list item looks like when the name reader cannot read it: a short Chinese word or a capitalised word
#: ending at a separator or the end ("…、小美、大勇"): the list is then not taken at all
_LOOKS_LIKE_ITEM = re.compile(
    r"(?:[\u4e00-\u9fff]{1,4}|[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*)?|"
    # ... or a described party with no name ("me, Nikhil and the lab's account", "… and our church fund"): a payee
    # the name reader cannot give, so the list is asked rather than cut to the names before it
    r"(?i:(?:the|my|our|his|her|their)\s+(?!(?:rest|remainder|remaining|others?|balance)\b)[\w'’\-]+"
    r"(?:\s+[\w'’\-]+){0,2}))"
    r"\s*(?=[、，,。；;]|\.(?:\s|$)|\s*(?:和|及|与|\band\b)|$)"
)
_APPOSED = re.compile(r"(?:the|my|our)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?\s*[,(（]\s*", _I)


def _in_address(s: Scan, pos: int) -> bool:
    return any(a.start <= pos < a.end for a in s.addresses)


def _one_list(s: Scan) -> list[NameMatch]:
    """The one list of people in the text, from the user or a name found by the scanner (the shared list grammar)."""
    return chain(s.text, [m.start() for m in re.finditer(r"我|\bme\b", s.text)] + [n.start for n in s.names])


#: "…, 60 40": two whole numbers, a blank between, alone in their clause
_SPACED_PAIR = re.compile(
    r"(?:^|(?<=[,，:：;；])|(?<=[,，:：;；][ \t]))(\d{1,2})[ \t]+(\d{1,2})(?=[ \t]*(?:[,，.;；!\n]|$))"
)


def _spaced_pair(s: Scan, after: int) -> tuple[list[Decimal], Span] | None:
    """Two parts written with only a blank between ("60 40") after the two payees: a ratio when they make 100 and
    nothing else (a percent, a unit) is said with them; any other pair is left unread, and asked."""
    m = _SPACED_PAIR.search(s.text, after)
    if m is None:
        return None
    idx = [i for i, n in enumerate(s.numbers) if m.start() <= n.start < m.end()]
    if len(idx) != 2 or any(i in s.used or s.numbers[i].percent for i in idx):
        return None
    values = [s.numbers[i].value for i in idx]
    if sum(values) != 100 or any(v <= 0 for v in values):
        return None
    s.used.update(idx)
    return values, Span(m.start(), m.end(), m.group(0))


def _payee_list(s: Scan) -> list[tuple[str, Span]]:
    for cue in _LIST_CUE.finditer(s.text):
        names = _names_at(s, cue.end())
        if len(names) >= 2 and len({n for n, _ in names}) == len(names):
            return _with_counted_me(s, names)
    for cue in _LOWER_CUE.finditer(s.text):  # "split between ama owusu and kofi mensah": full names in lower case
        low = lower_name_list(s.text, cue.end())
        if low:
            return [(n.name, Span(n.start, n.end, n.text)) for n in low]
    return []


_LOWER_CUE = re.compile(r"(?i:\b(?:between|among|amongst)\s+)")


def _with_counted_me(s: Scan, names: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """ "我和两个朋友阿坤、小菲平分": the user before a counted group the list names is a payee too."""
    me = counted_me(s.text, [NameMatch(n, sp.start, sp.end, sp.words) for n, sp in names])
    if me is None:
        return names
    s.used.update(i for i, n in enumerate(s.numbers) if me.start <= n.start < names[0][1].start)
    return [("me", Span(me.start, me.end, me.text)), *names]


def _percent_pairs(s: Scan) -> list[tuple[int, str, Span]]:
    """ "60% to Alice", "Alice 60%", "我拿60%", "给老王50%": (number index, payee, where the payee stands)."""
    out: list[tuple[int, str, Span]] = []
    for i, n in enumerate(s.numbers):
        if not n.percent and not _PARTS_AFTER.match(s.text, n.end):
            continue
        found = None
        m = _PCT_TO.match(s.text, n.end)
        if m:
            found = read_payee(s.text, m.end())
        if found is None:  # "甲方（上海蓝鲸传媒有限公司）占百分之四十五": the party in the brackets of its label
            label = _PARTY_LABEL.search(s.text[max(0, n.start - 60) : n.start])
            if label:
                at = max(0, n.start - 60) + label.start("who")
                who = label.group("who")
                me = _SELF_FORMAL.fullmatch(who)
                found = NameMatch("me", at, at + len(who), who) if me or who == "我" else read_payee(s.text, at)
                if found is not None and found.end != at + len(who):
                    found = NameMatch(who, at, at + len(who), who) if re.search(_ORG_END, who) else None
        if found is None:  # "我方 70%，张伟 30%", "本人占 40%": the user in the formal register, before the share
            formal = _SELF_BEFORE.search(s.text[max(0, n.start - 12) : n.start])
            if formal:
                at = max(0, n.start - 12) + formal.start(1)
                found = NameMatch("me", at, at + len(formal.group(1)), formal.group(1))
        if found is None:  # the name before: "Alice 60%", "我拿60%", "老王50%", "Bob gets 40%"
            head = s.text[max(0, n.start - 60) : n.start]
            lead = _NAME_BEFORE.search(head)
            if lead:
                at = n.start - len(head) + lead.start(1)
                found = read_name(s.text, at)
                if found is not None and found.end > n.start:
                    found = None
                # "Globex Corp gets 55%", "合伙人大刘 35%": the whole name that ends where the cue word ends
                whole = _name_ending_at(s.text[: n.start - len(head) + lead.end(1)])
                if (
                    whole is not None
                    and whole.name != "me"
                    and (found is None or (whole.start <= found.start and whole.end >= found.end))
                ):
                    found = whole
                if found is None:  # "给小张 六成": the name after a particle, ending where the share starts
                    found = _name_ending_at(s.text[: n.start - len(head) + lead.end(1)])
                    if found is not None and found.start < at:
                        found = None
                if found is None and _ZH_PARTY.fullmatch(lead.group(1)):
                    # "工作室 六成": a Chinese word standing for a party, right before its share
                    found = NameMatch(lead.group(1), at, at + len(lead.group(1)), lead.group(1))
        if found is not None:
            found = without_role(s.text, whole_name(s.text, found))
        if found is not None and (_truncated(s.text, found) or cut_by_blank(s.text, found)):
            found = None  # "Acme |Studios", "茶农 |合作社": a name read short is asked, never paid
        if found is not None:
            out.append((i, found.name, Span(found.start, found.end, found.text)))
        elif n.percent:
            return []  # a percent with no payee read: pairing the others would split among the wrong people
    return out


#: one credit of a band's or crew's list, its share after it: "vocals (Maya) 30", "Maya (vocals) 30%",
#: "guitar — that's me — 30" (a role in lower case, the person in brackets or dashes, or the other way round)
_ROLE_WORDS = r"[a-z][a-z/&+\-]*(?:[ \t]+[a-z][a-z/&+\-]*){0,2}"
_ITEM_END = r"[ \t]*[:：=\-–]?[ \t]*$"
#: "vocals (Maya)", "guitar — that's me —", "主唱 (阿杰)": the role first, the person in brackets or dashes
_ROLE_THEN_WHO = re.compile(
    rf"(?P<role>{_ROLE_WORDS}|[\u4e00-\u9fff]{{1,4}})[ \t]*(?:[(（][ \t]*(?P<who>[^()（）\n,，]{{1,40}}?)[ \t]*[)）]|"
    rf"[—–][ \t]*(?P<self>(?:that'?s|that[ \t]+is|i\.e\.?|aka)[ \t]+me|me)[ \t]*[—–])" + _ITEM_END
)
#: "Maya (vocals)", "阿杰（主唱）": the person first, the role in brackets
_WHO_THEN_ROLE = re.compile(
    rf"(?<![\u4e00-\u9fffA-Za-z])(?P<who2>[A-Z][\w'\-]*(?:[ \t]+[A-Z][\w'\-]*){{0,2}}|me|我|[\u4e00-\u9fff]{{2,4}})"
    rf"[ \t]*[(（][ \t]*(?:{_ROLE_WORDS}|[\u4e00-\u9fff]{{1,4}})[ \t]*[)）]" + _ITEM_END
)
_ME_IN_BRACKET = re.compile(r"(?i:me|myself|that'?s\s+me|this\s+is\s+me|i\.e\.?\s+me)|我|本人")


def _bracket_pairs(s: Scan) -> list[tuple[int, str, Span]]:
    """ "vocals (Maya) 30, drums (Kofi) 20, …": a list of credits, each a role and its person (one in brackets or
    dashes), then a number. Why apart: the percent and bare readers look for a name right before the number and
    meet a bracket. Read only when every number of the text after the first credit is such a share, they are all
    percents or all plain, plain ones make exactly 100, and the people differ (anything else is asked)."""
    out: list[tuple[int, str, Span]] = []
    for i, n in enumerate(s.numbers):
        if i in s.used or s.in_address(n) or s.in_duration(n):
            continue
        who = _credit_person(s.text, n.start)
        if who is None:
            if out:
                return []  # a number after the credits that is no credit's share: the split is asked
            continue
        out.append((i, who.name, Span(who.start, who.end, who.text)))
    if len(out) < 2 or len({p for _, p, _ in out}) != len(out):
        return []
    kinds = {s.numbers[i].percent for i, _, _ in out}
    if len(kinds) != 1 or (kinds == {False} and sum(s.numbers[i].value for i, _, _ in out) != 100):
        return []
    return out


def _credit_person(text: str, end: int) -> NameMatch | None:
    """The person of the credit ending at ``end``, read both ways ("贝斯 (阿乐)", "阿乐（贝斯）"): a name the payee
    reader knows wins over words only the brackets mark off; two readings of equal strength that differ are asked
    (None)."""
    found: list[tuple[NameMatch, bool]] = []
    for rx in (_ROLE_THEN_WHO, _WHO_THEN_ROLE):
        m = rx.search(text, max(0, end - 80), end)
        got = _bracket_person(text, m) if m is not None else None
        if got is not None:
            found.append(got)
    strong = [who for who, known in found if known]
    if len(strong) == 1:
        return strong[0]
    names = {who.name for who, _ in found}
    return found[0][0] if len(names) == 1 else None


def _bracket_person(text: str, m: re.Match[str]) -> tuple[NameMatch, bool] | None:
    """The person of one credit (``_ROLE_THEN_WHO``, ``_WHO_THEN_ROLE``): the user or a name read whole by the
    payee reader (known: True), or words the brackets hold whole that the reader does not know (False)."""
    for g, words in m.groupdict().items():
        if g == "role" or words is None:
            continue
        at = m.start(g)
        if _ME_IN_BRACKET.fullmatch(words):
            return NameMatch("me", at, at + len(words), words), True
        found = read_payee(text, at)
        if found is not None and found.start == at and found.end == at + len(words):
            return found, True
        if _WHOLE_IN_BRACKET.fullmatch(words) and not role_only(words):
            return NameMatch(words, at, at + len(words), words), False  # "鼓手 (大军)": the brackets hold it whole
        return None  # a bracket that is no whole name ("(for now)", "(待定)"): no credit
    return None


#: what brackets after a role may hold as a whole name the name reader does not know: capitalised words, or two
#: to four Chinese characters that say nothing is decided
_WHOLE_IN_BRACKET = re.compile(
    r"(?!.*\b(?:Someone|Somebody|Anyone|Anybody|Tbd|Tba|Later|Unknown|Vacant|Open|None|Nobody|Guest|Whoever)\b)"
    r"[A-Z][a-z][\w'\-]*(?:[ \t]+[A-Z][a-z][\w'\-]*){0,3}|"
    r"(?!.*(?:待定|未定|再说|暂定|不定|没定|先空))[\u4e00-\u9fff]{2,4}"
)


def _truncated(text: str, found: NameMatch) -> bool:
    """A Latin name read short: letters go on after it ("Acme Studio|s"), or a capitalised word stands right
    before it ("Acme |Studios"), so the whole name is not known and the pair is not read (a question)."""
    if not found.name[:1].isascii() or not found.name[:1].isalpha() or found.name == "me":
        return False
    after = text[found.end : found.end + 1]
    if _ORDER_BEFORE.search(text[: found.start]) or _CREW_ROLE_BEFORE.search(text[: found.start]):
        # "Pay Ingrid 25%", "DP Marco Ruiz 25%": an order or a crew role's letters before, no part of the name
        return after.isalpha()
    return after.isalpha() or re.search(r"(?:[A-Z][\w&.'\-]*|&)[ \t]+$", text[: found.start]) is not None


#: a crew or band role written in capitals, opening the clause right before a name ("DP Marco Ruiz 25%", "A&R
#: Tunde 10%"): what the person does, never a first word of their name
_CREW_ROLE_BEFORE = re.compile(
    r"(?:^|[.!?\n,;:：，；(（]\s*|\band\s+)(?:DP|DOP|AD|1st\s+AD|PA|DJ|MC|VO|A&R|PR|PM|QA|CEO|CTO|CFO|COO|MD|GM)[ \t]+$"
)
#: an order word opening the clause right before a name ("Pay Ingrid 25%", "…; Give Omar 20%")
_ORDER_BEFORE = re.compile(
    r"(?:^|[.!?\n,;:：，；]\s*)(?:Give|Pay|Send|Transfer|Allocate|Assign|Route|Also|Then|Plus)[ \t]+$"
)


_ZH_PARTY = re.compile(
    r"(?:(?!比例|分成|收入|收益|利润|每人|各自|合约|其中|剩下)[^\W\d的我你他她们给归由向让和跟与拿得占分按把被是为到])"
    r"{2,3}"
)
_HALF = re.compile(r"\s*(?:拿|得|分|占|留|gets?|takes?|keeps?)?\s*(?:一半|半数|\bhalf\b)", _I)
_NAME_BEFORE = re.compile(
    r"((?:0x[0-9a-fA-F]{40})|(?<![A-Za-z])[A-Z][\w\-]*\.?|\bme\b|我|[\u4e00-\u9fff]{2,3}?)\s*"
    r"(?:gets?|takes?|receives?|keeps?|拿|得|占|分|留|[:：])?\s*[(（]?\s*$"
)


#: a dash between two ratios: "not 50/50 — 70/30" (the second replaces the first), never the range "50 — 70"
_RATIO_DASH = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*/\s*\d+(?:\.\d+)?\s*[—–-]{1,2}\s*\d+(?:\.\d+)?\s*/\s*\d+")


def _two_ratios_no_range(s: Scan) -> None:
    """Drop a range hedge that joins the halves of two ratios ("not 50/50 — 70/30", "60/40 - no, 55/45"): each
    side is one whole ratio, so the dash parts two readings (the earlier one negated or corrected), and the numbers
    next to it are no interval of one value."""
    for m in _RATIO_DASH.finditer(s.text):
        s.hedges = [h for h in s.hedges if not (h.sort == "range" and m.start() <= h.start and h.end <= m.end())]
    for r in _RATIO.finditer(s.text):
        if _NOT_RATIO.search(s.text[max(0, r.start() - 12) : r.start()]):  # "not 50/50": said to be no split
            for i, n in enumerate(s.numbers):
                if r.start() <= n.start < r.end() and i not in s.used:
                    s.used.add(i)
                    s.ignored.append(Ignored(n.start, n.end, n.text, "a split said not to be the one wanted"))


#: a company written with its legal form, dots and all: "Kowalski Sp. z o.o.", "Andes Trading S.A.C.", "Grupo Sol
#: S.A. de C.V.", "Mwangi Holdings Ltd." (the shared reader stops at the first dot, or reads only the last letter)
_LEGAL_FORM = (
    r"(?:Sp\.[ \t]*z[ \t]*o\.[ \t]*o\.|Sp\.[ \t]*[jk]\.|S\.A\.[ \t]*de[ \t]*C\.V\.|S\.A\.C\.|S\.A\.A\.|S\.A\.S\.|"
    r"S\.A\.|S\.L\.|S\.R\.L\.|S\.r\.l\.|S\.p\.A\.|E\.I\.R\.L\.|Ltda\.?|Ltd\.|Inc\.|Corp\.|Co\.|s\.r\.o\.|a\.s\.|"
    r"Kft\.|Zrt\.|B\.V\.|N\.V\.|K\.K\.|Pty\.?[ \t]+Ltd\.?|Pvt\.?[ \t]+Ltd\.?|Pte\.?[ \t]+Ltd\.?|Sdn\.?[ \t]+Bhd\.?|"
    r"GmbH|AG|LLC|LLP|PLC|SAC|SRL|SAS|OÜ|Oy|AB|ApS)"
)
_COMPANY = re.compile(rf"(?<![\w.])(?:[A-Z][\w&'\-]*[ \t]+){{1,4}}{_LEGAL_FORM}(?![\w])")
#: an order word at the start of a clause, never the first word of a payee's name ("Give Fatima 20%")
_ORDER_WORD = re.compile(
    r"(?:Give|Pay|Send|Split|Make|Set|Put|Let|Transfer|Allocate|Assign|Route|Please|Also|Then|Plus)[ \t]+(?=\S)"
)
#: two-character Chinese surnames, which the shared reader cuts in half ("上官婉兒" read as 官婉兒)
_ZH_COMPOUND = frozenset(
    [
        "欧阳",
        "歐陽",
        "司马",
        "司馬",
        "诸葛",
        "諸葛",
        "上官",
        "皇甫",
        "东方",
        "東方",
        "慕容",
        "令狐",
        "公孙",
        "公孫",
        "夏侯",
        "尉迟",
        "尉遲",
        "长孙",
        "長孫",
        "宇文",
        "司徒",
        "端木",
        "轩辕",
        "軒轅",
        "独孤",
        "獨孤",
        "南宫",
        "南宮",
        "西门",
        "西門",
        "司空",
        "澹台",
        "澹臺",
        "百里",
        "呼延",
        "万俟",
        "闻人",
        "聞人",
        "申屠",
        "太史",
    ]
)


#: a verb the shared reader took as a name's last character: "陳志明佔百分之四十" read as 志明佔
_ZH_VERB_END = re.compile(r"(?<=[\u4e00-\u9fff]{2})[佔占拿得要收]$")
#: the common one-character surnames (simplified and traditional): a name read back only over one of these
_ZH_SURNAME = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘"
    "于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫阎段雷"
    "侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶"
)


def _zh_name_before(text: str, start: int, end: int) -> tuple[str, Span]:
    """The Chinese name ending at ``end`` read back over a surname the reader left out ("陳" of 陳志明; "上官" of
    上官婉兒), for a name whose last character was a verb; anything else before it stays out (收入小李 is 小李)."""
    if start > 0 and end - start == 2 and text[start - 1] in _ZH_SURNAME:
        start -= 1
    if start >= 1 and text[start - 1 : start + 1] in _ZH_COMPOUND and end - start < 4:
        start -= 1
    return text[start:end], Span(start, end, text[start:end])


def _whole_payee(text: str, name: str, span: Span) -> tuple[str, Span]:
    """A payee's name as written, where the shared reader cut it: a company read to its full legal form, an order
    word ("Give") dropped from the front, a compound surname ("上官", "歐陽") given back its first character."""
    for m in _COMPANY.finditer(text):
        if m.start() <= span.start and span.end <= m.end() and m.end() - m.start() > span.end - span.start:
            order = _ORDER_WORD.match(text, m.start())
            start = order.end() if order else m.start()
            if start <= span.start:
                return m.group(0)[start - m.start() :], Span(start, m.end(), text[start : m.end()])
    order = _ORDER_WORD.match(name)
    if order and name == text[span.start : span.end] and name[order.end() :][:1].isupper():
        start = span.start + order.end()
        return name[order.end() :], Span(start, span.end, text[start : span.end])
    zr = _ZH_RATIO.search(text, span.start, span.end + 3)
    if zr and span.start + 2 <= zr.start() < span.end and name == text[span.start : span.end]:
        cut = zr.start()  # "诸葛亮三七分" read as 诸葛亮三: the ratio's first digit is no part of the name
        return text[span.start : cut], Span(span.start, cut, text[span.start : cut])
    if _ZH_VERB_END.search(name) and name == text[span.start : span.end]:
        return _zh_name_before(text, span.start, span.end - 1)
    compound = span.start >= 1 and text[span.start - 1 : span.start + 1] in _ZH_COMPOUND
    if compound and name and name == text[span.start : span.end]:
        return text[span.start - 1 : span.end], Span(span.start - 1, span.end, text[span.start - 1 : span.end])
    cue = _ZH_CUE_HEAD.search(name) if name == text[span.start : span.end] else None
    if cue is not None:  # "分给茶农合作社 60%" read as one name: the words of giving before it are no part of it
        start = span.start + cue.end()
        return name[cue.end() :], Span(start, span.end, text[start : span.end])
    return name, span


#: the words of the split glued before a Chinese organisation's name that a reader read as one name ("分给茶农合作社",
#: "收益分配茶农合作社", "分账茶农合作社"): the last of them ends the words that are not the name
_ZH_CUE_HEAD = re.compile(
    r"^[\u4e00-\u9fff]{0,4}?(?:分配给|分给|付给|转给|打给|分配|分账|分帳|分成|分润|收益|收入|利润|版税)(?:给)?"
    r"(?=[\u4e00-\u9fff]{1,12}(?:合作社|公司|工作室|集团|基金会|协会|商会|农场|工厂|中心|有限公司|事务所|研究所|学校|医院|诊所|店)$)"
)


#: a YAML key of a pasted config, its inline value after the colon ("[50, 25, 25]", or nothing: a block follows)
_YAML_KEY = re.compile(
    r"(?im)^[ \t]*(?P<key>payees|recipients|shares|splits?|percent(?:ages)?|weights)[ \t]*:[ \t]*(?P<inline>.*)$"
)
_YAML_ITEM = re.compile(r"[ \t]*-[ \t]+(?P<item>[^\n]*?)[ \t]*(?:\n|$)")
_YAML_SHARE = re.compile(r"(?P<v>\d+(?:\.\d+)?)[ \t]*%?")


def _yaml_items(s: Scan, m: re.Match[str]) -> list[tuple[str, int]]:
    """The items of one YAML key with where each starts: inline ("[a, b]") or the "- item" lines below it."""
    inline = m.group("inline").strip()
    if inline:
        if not (inline.startswith("[") and inline.endswith("]")):
            return []
        base = m.start("inline") + m.group("inline").index("[") + 1
        out, pos = [], base
        for raw in inline[1:-1].split(","):
            lead = len(raw) - len(raw.lstrip())
            out.append((raw.strip(), pos + lead))
            pos += len(raw) + 1
        return out
    items, pos = [], m.end() + 1
    while (it := _YAML_ITEM.match(s.text, pos)) is not None:
        items.append((it.group("item"), it.start("item")))
        pos = it.end()
    return items


def _yaml_lists(s: Scan) -> tuple[list[str], list[Decimal]] | None:
    """A pasted YAML config: a payees key and a shares key, each a list (block or inline) of as many items. Every
    payee must read whole as a name (or "me") and every share as one number, else nothing is read here and the
    text goes through the ordinary rules."""
    found: dict[str, list[tuple[str, int]]] = {}
    for m in _YAML_KEY.finditer(s.text):
        kind = "payees" if m.group("key").lower() in ("payees", "recipients") else "shares"
        found.setdefault(kind, _yaml_items(s, m))
    names, parts = found.get("payees", []), found.get("shares", [])
    if len(names) < 2 or len(names) != len(parts):
        return None
    payees: list[str] = []
    for item, at in names:
        hit = NameMatch("me", at, at + len(item), item) if item.lower() in ("me", "myself") else read_payee(s.text, at)
        if hit is None or hit.start != at or hit.end != at + len(item):
            return None
        payees.append(hit.name)
        s.name_spans[hit.name] = Span(at, at + len(item), item)
    shares: list[Decimal] = []
    for item, at in parts:
        v = _YAML_SHARE.fullmatch(item)
        if v is None:
            return None
        shares.append(Decimal(v.group("v")))
        s.used.update(i for i, n in enumerate(s.numbers) if at <= n.start < at + len(item))
    if len(set(payees)) != len(payees):
        return None
    start, end = parts[0][1], parts[-1][1] + len(parts[-1][0])
    s.cite("shares", start, end, "the shares key of a pasted config, in the order of its payees")
    return payees, shares


#: a capitalised word (or a legal form) right next to a number word: "Studio Nine Ltd", "Three Rivers Co-op"
_CAP_BEFORE = re.compile(r"(?<![\w.])[A-Z][\w&'\-]*[ \t]+$")
_CAP_AFTER = re.compile(r"[ \t]+(?:[A-Z][a-z][\w&'\-]*|[A-Z]{2,}\b|&)")


def _set_aside_name_numbers(s: Scan) -> None:
    """A number written as a capitalised word inside a Title Case name ("Studio Nine Ltd", "Seven Hills Farm") is
    part of the name: it is marked used and ignored, so no reader pairs it as a share with the words before it."""
    for i, n in enumerate(s.numbers):
        if i in s.used or not n.text.isalpha() or not n.text[:1].isupper():
            continue
        if _CAP_BEFORE.search(s.text[: n.start]) or _CAP_AFTER.match(s.text, n.end):
            s.used.add(i)
            s.ignored.append(Ignored(n.start, n.end, n.text, "a number word inside a name"))


def extract(s: Scan) -> dict[str, Any]:
    """Round 12: read on the simplified copy of a Traditional or Cantonese request ("拆帳：…由林志豪同黃淑芬平分"), as
    loan, escrow and vesting are, every value given back in the user's own characters
    (``ledgerlm.language.fold.run_folded``): the shared name reader knows 黄, not 黃."""
    from ledgerlm.language.fold import run_folded

    return run_folded(s, _extract)


def _extract(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    text = s.text
    shares: list[Decimal] | None = None
    one_list = False  # the payees are the one list of names of the text (no cue, no shares said with them)
    refs = set_aside_references(s)  # "Minute ref. FC/2026/31": a paper's number, never a ratio or a share
    _set_aside_name_numbers(s)  # "Studio Nine Ltd 70": the Nine is the studio's name, no share
    pasted = _yaml_lists(s)
    if pasted is not None:  # "payees:\n  - me\n  - Farida\nshares: [50, 25]": a pasted config says it all
        params["payees"], params["shares"] = pasted
        _income_token(s, params)
        return params
    _two_ratios_no_range(s)
    fractions = _fraction_pairs(s)
    # a ratio never starts inside an address ("…D180: 40%" is the address's digits, then a percent)
    m = (
        None
        if fractions
        else next(
            (
                r
                for r in _RATIO.finditer(text)
                if not _in_address(s, r.start())
                and not _in_address(s, r.end() - 1)
                and not any(a <= r.start() < b for a, b in refs)
                and not _NOT_RATIO.search(text[max(0, r.start() - 12) : r.start()])  # "not 50/50 — 70/30"
                and not _clock(text, r)  # "[10:02] customer: …": a chat log's time, never a ratio
            ),
            None,
        )
    )
    if m and re.match(r"\s+each\b", text[m.end() :], _I):
        m = None  # "1/3 each": one equal part per payee, not a 1:3 ratio
    if m and m.lastindex == 2 and re.match(r"\s+of\s+(?:every|each|all|the|it|[a-z]+)\b", text[m.end() :], _I):
        m = None  # "1/4 of every payment", "1/2 of proceeds": a fraction of the whole for one payee, not a ratio
    if (
        m
        and m.lastindex == 2
        and "/" in m.group(0)
        and "%" not in m.group(0)
        and 0 < Decimal(m.group(1)) < Decimal(m.group(2)) <= 12
        and _VALUE_TO.match(text, m.end())
        and read_payee(text, _VALUE_TO.match(text, m.end()).end()) is not None  # type: ignore[union-attr]
    ):
        m = None  # "2/3 to me and a third to Kim": a fraction of the whole for the one payee after it, no ratio
    if m and m.lastindex == 2 and re.search(r"(?<![\d.])1\s*/\s*\d+(?![\d.])", text[m.end() :]) and "/" in m.group(0):
        m = None  # "1/2 to me and 1/4 each to …": more fractions after it, each a part of the whole, never a ratio
    if m:
        groups = [g for g in m.groups() if g is not None]
        if len(groups) >= 2:
            shares = [Decimal(g) for g in groups]
            s.cite("shares", m.start(), m.end(), "a ratio of shares")
            s.used.update(i for i, n in enumerate(s.numbers) if m.start() <= n.start < m.end())
    if shares is None and m is None and not fractions:
        wm = _WORD_RATIO.search(text)
        tens = [n for n in s.numbers if wm is not None and wm.start() <= n.start < wm.end()]
        if wm is not None and len(tens) == 2 and sum(n.value for n in tens) == 100:
            # "seventy-thirty", "sixty forty": a ratio in words (two tens that make the whole)
            shares = [n.value for n in tens]
            s.cite("shares", wm.start(), wm.end(), "a ratio of shares, in words")
            s.used.update(i for i, n in enumerate(s.numbers) if wm.start() <= n.start < wm.end())
    pairs = _bracket_pairs(s) if shares is None else []
    if not pairs:
        pairs = _percent_pairs(s) if shares is None and _rest_split(s) is None else []
    if shares is None and len(pairs) < 2:
        pairs = _bare_pairs(s) or _address_pairs(s) or pairs
    payees = _payee_list(s)
    rest_split = None if shares is not None or fractions else _rest_split(s)
    if rest_split is not None:  # "she gets half, and me and Bastian split the rest"
        payees, shares = rest_split[0], rest_split[1]
        if shares is not None:
            s.evidence["shares"] = Evidence("text", "one payee's part, the rest split equally", tuple(rest_split[2]))
    if fractions:  # "Ravi Patel 1/3, Mei Chen 1/3, me 1/3": a fraction of the whole for each payee
        shares = [v for _, _, v, _ in fractions]
        payees = [(name, span) for name, span, _, _ in fractions]
        s.evidence["shares"] = Evidence(
            "text", "a fraction of the whole for each payee", tuple(f for *_, f in fractions)
        )
        s.used.update(i for i, n in enumerate(s.numbers) if any(f.start <= n.start < f.end for *_, f in fractions))
    rest = _rest(s, pairs) if shares is None and pairs else None
    if shares is None and pairs and all(s.numbers[i].percent for i, _, _ in pairs) and rest is None:
        total = sum((s.numbers[i].value for i, _, _ in pairs), Decimal(0))
        if abs(total - 100) >= 1:  # "50% to me, 30% to Ana": who gets the other 20% is not said, so ask
            if total > 100 and not payees and len({p for _, p, _ in pairs}) == len(pairs):
                payees = [(p, sp) for _, p, sp in pairs]  # "me 50%, Lior 30%, Dana 30%": everyone, too much: asked
            pairs = []
    if shares is None and rest is not None and len(pairs) + 1 >= 2:
        name, span, value, words = rest
        shares = [*(s.numbers[i].value for i, _, _ in pairs), value]
        s.used.update(i for i, _, _ in pairs)
        s.evidence["shares"] = Evidence(
            "text",
            "a percent for each payee, the rest to the last",
            (*(Span(s.numbers[i].start, s.numbers[i].end, s.numbers[i].text) for i, _, _ in pairs), words),
        )
        if not payees or len(payees) != len(shares):
            payees = [*((n, sp) for _, n, sp in pairs), (name, span)]
    if shares is None and len(pairs) >= 2 and len({p for _, p, _ in pairs}) == len(pairs):
        shares = [s.numbers[i].value for i, _, _ in pairs]
        s.used.update(i for i, _, _ in pairs)
        s.evidence["shares"] = Evidence(
            "text",
            "a percent for each payee",
            tuple(Span(s.numbers[i].start, s.numbers[i].end, s.numbers[i].text) for i, _, _ in pairs),
        )
        if not payees or _heading_list(s, payees, pairs):
            payees = [(name, span) for _, name, span in pairs]
    zh = _ZH_RATIO.search(text)
    if zh and shares is not None:  # "三七分，我拿七成，阿强拿三成": the ratio agrees with the parts, so it is read
        ratio = sorted(_ZH_DIGIT[c] for c in zh.group(1, 2))
        total = sum(shares, Decimal(0))
        if sorted(x * 10 / total for x in shares) == ratio:
            old = s.evidence["shares"]
            s.evidence["shares"] = Evidence(
                "text",
                old.rule + " (agrees with the stated ratio)",
                (*old.spans, Span(zh.start(), zh.end(), zh.group(0))),
            )
    if shares is None and zh is not None:
        paired = _ratio_parts(s, [_ZH_DIGIT[c] for c in zh.group(1, 2)], zh.end())
        if paired:  # "收益按四六分，我四，阿豪六": each payee named with its part of the ratio
            shares = [Decimal(v) for _, _, v in paired]
            payees = [(n, sp) for n, sp, _ in paired]
            s.evidence["shares"] = Evidence(
                "text", "a Chinese ratio, each part named", (Span(zh.start(), zh.end(), zh.group(0)),)
            )
    if shares is None and zh is not None:  # "我和老周五五分", "三七分": the ratio alone
        shares = [Decimal(_ZH_DIGIT[c]) for c in zh.group(1, 2)]
        if shares[0] == shares[1]:
            shares = [Decimal(1), Decimal(1)]
        s.evidence["shares"] = Evidence(
            "text", "a Chinese ratio (五五分 = equal)", (Span(zh.start(), zh.end(), zh.group(0)),)
        )
        s.used.update(i for i, n in enumerate(s.numbers) if zh.start() <= n.start < zh.end())
        if not payees:
            chain = _one_list(s)
            payees = [(n.name, Span(n.start, n.end, n.text)) for n in chain]
            if payees and zh.start() < payees[-1][1].end and len(set(shares)) > 1:
                payees = []  # "三七分，我和老周": who gets the seven is not said (五五分: the order does not matter)
    if shares is None:
        halves = _halves(s)
        if halves:
            shares = [Decimal(1), Decimal(1)]
            payees = payees or [(n, sp) for n, sp, _ in halves]
            s.evidence["shares"] = Evidence("text", "half each: an equal split of two", tuple(h for _, _, h in halves))
    if shares is None and not payees and _equal(text):  # "我和阿花平分每一笔收入"
        chain = _one_list(s)
        payees = [(n.name, Span(n.start, n.end, n.text)) for n in chain]
        one_list = True
    if shares is None and payees:
        eq = _equal(text)
        if eq and _equal_count(eq) == len(payees) + 1:  # "3 ways w/ Bjorn and Caius (me included)": you are one
            joined = with_me(s, [n for n, _ in payees])
            if joined is not None:
                where = dict(payees) | {"me": s.name_spans["me"]}
                payees = [(n, where[n]) for n in joined]
        if eq and _equal_count(eq) not in (None, len(payees)):
            eq = None  # "3 ways" for two names: the count disagrees, so the shares stay a question
        each = _PCT_EACH.search(text) if eq is None else None
        if each is not None:  # "25% each for me, Lou, Max and Ivy": an equal part that must be the whole
            idx = [i for i, n in enumerate(s.numbers) if n.percent and n.start == each.start()]
            if idx and s.numbers[idx[0]].value * len(payees) == 100:
                shares = [Decimal(1)] * len(payees)
                s.used.add(idx[0])
                s.evidence["shares"] = Evidence(
                    "text",
                    f"the same percent for each of {len(payees)} payees",
                    (Span(each.start(), each.end(), each.group(0)),),
                )
        if eq:
            shares = [Decimal(1)] * len(payees)
            s.used.update(i for i, n in enumerate(s.numbers) if eq.start() <= n.start < eq.end())
            s.evidence["shares"] = Evidence(
                "text", f"an equal split among {len(payees)} payees", (Span(eq.start(), eq.end(), eq.group(0)),)
            )
    if (shares is None or len(shares) == 2) and not payees:  # "split 75/25 with my cofounder Priya"
        w = _WITH.search(text)
        if w:
            found = read_name(text, w.end()) or read_person(text, w.end())  # "with my cowriter Benedetta"
            apposed = _APPOSED.match(text, w.end())
            if found is None and apposed:  # "with the label, Northwind Records": a description, then the name
                found = read_name(text, apposed.end())
                found = found if found is not None and found.start == apposed.end() else None
            more = read_list(text, found.start) if found is not None else []
            if (
                len(more) >= 3
                and more[-1].name == "me"
                and re.fullmatch(r"\s*[,，;；]\s*", text[more[-2].end : more[-1].start])
            ):
                more = more[:-1]  # "with Sam and Priya, I get more": the "I" opens the next clause, no item
            if found is not None and found.name != "me":
                payees = [
                    ("me", Span(w.start(), w.start() + len(w.group(1) or w.group(2)), w.group(1) or w.group(2))),
                    (found.name, Span(found.start, found.end, found.text)),
                ]
                if len(more) >= 2 and more[0].start == found.start and "me" not in (n.name for n in more):
                    # "split the rent 50/50 with Anouk and Pieter": you and everyone listed after "with"
                    payees = [payees[0], *((n.name, Span(n.start, n.end, n.text)) for n in more)]
                s.notes.append("payees: 'split ... with X' read as you and X, in the order of the shares")
                eq = _equal(text) if shares is None else None
                if eq and _equal_count(eq) in (None, 2):  # "split it down the middle with Ari": you and Ari, equal
                    shares = [Decimal(1), Decimal(1)]
                    s.used.update(i for i, n in enumerate(s.numbers) if eq.start() <= n.start < eq.end())
                    s.evidence["shares"] = Evidence(
                        "text", "an equal split of you and the one named", (Span(eq.start(), eq.end(), eq.group(0)),)
                    )
    if shares is not None and m is not None and not payees and all(x == x.to_integral_value() for x in shares):
        parted = _ratio_parts(s, [int(x) for x in shares], m.end())
        if parted:  # "5:3:2 分，我5，小汪3，阿秀2": each payee parted with its part of the ratio
            shares = [Decimal(v) for _, _, v in parted]
            payees = [(n, sp) for n, sp, _ in parted]
            s.evidence["shares"] = Evidence(
                "text",
                "a ratio, each part parted",
                (Span(m.start(), m.end(), m.group(0)), *(sp for _, sp, _ in parted)),
            )
    if shares is not None and len(shares) == 2 and shares[0] != shares[1] and not payees and m is not None:
        assigned = _ratio_owner(s, shares, m.end())  # "split every sale 55/45, her 55": who gets which part
        if assigned is not None:
            payees = assigned
    for listed_after, rule in (
        (_percent_list, "percents listed in the order of the payees"),  # "我、阿泽、小凡三个人分收入，按 50%、30%、20%"
        (_parallel_shares, "a list of shares in the order of the payees"),  # "payees: Mina, Jae, me; shares: 2, 1, 1"
    ):
        listed = listed_after(s, payees[-1][1].end, len(payees)) if shares is None and len(payees) >= 2 else []
        if listed:
            shares = [s.numbers[i].value for i in listed]
            s.used.update(listed)
            s.evidence["shares"] = Evidence(
                "text", rule, tuple(Span(s.numbers[i].start, s.numbers[i].end, s.numbers[i].text) for i in listed)
            )
    if shares is None and len(payees) == 2:
        spaced = _spaced_pair(s, payees[-1][1].end)
        if spaced is not None:  # "between ama owusu and kofi mensah, 60 40": two parts of a hundred, their own clause
            shares, words = spaced
            s.evidence["shares"] = Evidence("text", "two parts of a hundred in the order of the payees", (words,))
    if shares is None and len(payees) >= 2:
        packed = _packed_shares(s, payees[-1][1].end, len(payees))
        if packed is not None:  # "payees=me,Hana,Oluwaseun shares=50,25,25": the list written without blanks
            shares, words = packed
            s.evidence["shares"] = Evidence("text", "a list of shares in the order of the payees", (words,))
    if shares is None and len(s.addresses) >= 2 and not payees:
        payees = [(a.address, Span(a.start, a.end, a.text)) for a in s.addresses]
    if shares is not None and not payees:  # "we're three, me, Ola and Tunde … split 50/25/25": the one list named
        chain = _one_list(s)
        if len(chain) == len(shares):
            payees = [(n.name, Span(n.start, n.end, n.text)) for n in chain]
            s.notes.append("payees: the one list of names, in the order of the shares")
    w = _WITH.search(text)
    equal = shares is not None and len(set(shares)) == 1
    if (
        payees
        and w
        and "me" not in (n for n, _ in payees)
        and payees[0][1].start >= w.end()
        and (shares is None or equal or len(shares) == len(payees) + 1)
    ):
        # "split ETH equally with my two cofounders, Ada and Bo": you split with them, so you are a payee too
        payees = [("me", Span(w.start(), w.start() + len(w.group(1) or w.group(2)), w.group(1) or w.group(2))), *payees]
        s.notes.append("payees: 'split ... with X' includes you")
        if shares is not None and len(shares) == len(payees) - 1 and equal:
            shares = [shares[0]] * len(payees)  # an equal split, now among one more
    if shares is None and not payees:  # "我和小武，怎么分还没想好": the payees are read, the shares are asked
        payees = [(n.name, Span(n.start, n.end, n.text)) for n in _one_list(s)]
        one_list = True
    if payees and shares is None and [n for n, _ in payees][1:].count("me") == 1:
        # "分给我和两个助教，小钟、阿月，我拿 50%": you, said before the counted group, stand where you were said
        named = [(n, sp) for n, sp in payees if n != "me"]
        if len(_with_counted_me(s, named)) > len(named):
            payees = _with_counted_me(s, named)
    if payees and "me" not in (n for n, _ in payees) and (shares is None or len(set(shares)) == 1):
        # "我和两个合伙人阿强、阿伟三个人平分": the user before a counted group the list names, on every path
        grown = _with_counted_me(s, payees)
        if len(grown) > len(payees) and shares is not None:
            shares = [shares[0]] * len(grown)
        payees = grown
    if shares is None:  # "我拿四分之三，小雨拿四分之一", "she takes 45 and I take 55", "Finnegan gets twice what I get"
        parts = _parts(s, payees)
        if parts is not None:
            payees, shares, spans = parts
            s.evidence["shares"] = Evidence("text", "each payee's part, adding up to the whole", tuple(spans))
    if shares is None and len(payees) == 2:
        other = _one_of_two(s, payees)
        if other is not None:  # "split between Hugo and me — Hugo gets 35%": the other gets the rest
            shares, spans2 = other
            s.evidence["shares"] = Evidence("text", "one payee's percent of two, the rest to the other", spans2)
    if one_list and shares is None and payees:
        payees = _unless_outside(s, payees)  # the one list, no shares, someone paid outside it: asked
    payees = [_whole_payee(s.text, n, sp) for n, sp in payees]
    if payees:
        params["payees"] = [n for n, _ in payees]
        # "平分给我们三个：我、小黑、小白": the count says the same as the list
        for i, n in enumerate(s.numbers):
            plural = re.match(
                r"\s*(?:个|位|人|people\b|of\s+us\b|[a-z]{3,}s\b|-?\s*(?:person|people|man|member|piece)\b)",
                text[n.end :],
                _I,
            )
            others = "me" in params["payees"] and re.search(
                r"\b(?:my|our)\s*$|(?:我的?|和|跟)\s*$", s.before(n.start, 6)
            )
            if (
                i not in s.used
                and not n.percent
                and not s.in_duration(n)
                and plural
                and (n.value == len(payees) or (others and n.value == len(payees) - 1))
            ):
                s.used.add(i)  # "we're three podcasters", "my two cofounders, Ada and Bo": the count of the list
        for name, span in payees:
            s.name_spans[name] = span
        for nm in s.names:  # "Grandma Rosa's wallet 0x…": whose wallet the payee is, no party of its own
            if (
                nm.name not in s.name_spans
                and (w := re.match(r"['’]s\s+(?:[\w\-]+\s+){0,3}?(0x[0-9a-fA-F]{40})", text[nm.end :]))
                and w.group(1) in params["payees"]
            ):
                s.ignored.append(Ignored(nm.start, nm.end, nm.text, "whose wallet a payee's address is"))
        for nm in s.names:  # "我跟老周的收入…，老周六": the same payee named again is no new party
            if nm.name in s.name_spans and nm.start != s.name_spans[nm.name].start:
                s.ignored.append(Ignored(nm.start, nm.end, nm.text, "the same payee named again"))
    if shares is not None:
        params["shares"] = shares
    _pair_order(s, params)
    ask_me_left_out(s, params, "payees", "shares", _ME_PART, _ASK_ME)
    if ask_group(s, params, "payees"):  # the names and the stated counts disagree: the list is asked, and the
        params.pop("shares", None)  # shares, which were read against it, with it
        s.evidence.pop("shares", None)
    _mismatch(s, params)
    _labelled_payees(s, params)
    _nameless_payees(s, params)
    _income_token(s, params)
    _headings(s)
    return params


_ASK_NAMELESS = (
    "'{w}' is a role, not a name: who is this payee (a name or an address)?",
    "“{w}”是身份而不是名字：这位收款人是谁（名字或地址）？",
)


_LABEL = re.compile(r"[甲乙丙丁戊]方")
_LABEL_IS = re.compile(r"([甲乙丙丁戊]方)\s*(?:为|是|即|系|[:：])\s*")


def _label_names(s: Scan) -> dict[str, tuple[str, Span]]:
    """ "甲方为张明，乙方为李华": each contract label the text defines, with the name it stands for."""
    found: dict[str, tuple[str, Span]] = {}
    for m in _LABEL_IS.finditer(s.text):
        who = read_name(s.text, m.end())
        if who is not None and who.start == m.end() and not role_only(who.name):
            found.setdefault(m.group(1), (who.name, Span(m.start(), who.end, s.text[m.start() : who.end])))
    return found


def _labelled_payees(s: Scan, params: dict[str, Any]) -> None:
    """Legal Chinese: the shares are said for 甲方/乙方/丙方 and the labels defined apart ("甲方、乙方按6:4分配，甲方为
    张明，乙方为李华"). The payees are the defined names in the labels' order; a label left undefined keeps the
    payees asked (``_nameless_payees``)."""
    names = _label_names(s)
    if not names:
        return
    payees = params.get("payees")
    if payees:
        order = list(payees)
    elif params.get("shares"):
        order = list(dict.fromkeys(m.group(0) for m in _LABEL.finditer(s.text)))
        if len(order) != len(params["shares"]):
            return
    else:
        return
    if not all(p in names or not _LABEL.fullmatch(p) for p in order) or not any(p in names for p in order):
        return
    resolved = [names[p][0] if p in names else p for p in order]
    if len(set(resolved)) != len(resolved):
        return
    params["payees"] = resolved
    for label in order:
        if label in names:
            name, span = names[label]
            s.name_spans[name] = span
    first = min(names[p][1].start for p in order if p in names)
    last = max(names[p][1].end for p in order if p in names)
    s.cite("payees", first, last, "the contract labels and the names they are defined as")


def _role_defined(text: str, role: str) -> bool:
    """ "甲方为张明", "乙方：李华", "表哥（阿强）": the text says who the role is, and the parties step binds it."""
    return re.search(re.escape(role) + r"\s*(?:为|是|即|系|指|叫|[:：(（])\s*\S", text) is not None


def _nameless_payees(s: Scan, params: dict[str, Any]) -> None:
    """ "甲方占50%，乙方占30%", "剩下的给表哥": a payee read as a bare role or family word names nobody, so the
    payees are asked (the shares, said for the roles in order, stay)."""
    payees = params.get("payees") or []
    nameless = next((p for p in payees if role_only(p) and not _role_defined(s.text, p)), None)
    if nameless is None:
        return
    params.pop("payees", None)
    s.evidence.pop("payees", None)
    span = s.name_spans.get(nameless)
    start, end = (span.start, span.end) if span is not None else (0, 0)
    s.unsure.append(Unsure("payees", start, end, nameless, *_ASK_NAMELESS))


#: "Revenue Allocation: …" (a heading closing with a colon at the start of a line), "the Parties" (a contract's word
#: for everyone in it): no party of their own
_HEADING = re.compile(r"(?m)^[ \t]*((?:[A-Z][\w\-]*[ \t]+){0,3}[A-Z][\w\-]*)[ \t]*[:：]")
_THE_PARTIES = re.compile(r"\b(?:the|both|all)\s+(Part(?:y|ies))\b")


def _headings(s: Scan) -> None:
    spans = [(m.start(1), m.end(1), "a heading") for m in _HEADING.finditer(s.text)]
    spans += [(m.start(1), m.end(1), "the contract's word for its parties") for m in _THE_PARTIES.finditer(s.text)]
    for nm in s.names:
        if nm.name in s.name_spans or nm.name == "me":
            continue
        why = next((w for a, b, w in spans if a <= nm.start and nm.end <= b), None)
        if why is not None:
            s.ignored.append(Ignored(nm.start, nm.end, nm.text, why))


#: someone something is sent to ("to me", "for Olu", "给我", "归小林"), outside the list of payees read
_RECIPIENT = re.compile(
    r"(?i:\b(?:to|for)\s+(?:me|myself|[A-Z][\w'\-]+)\b)|(?:给|归)\s*(?:我(?!们)|[\u4e00-\u9fff]{2})"
)
_ASK_OUTSIDE = (
    "'{w}' names someone to be paid outside the list read: who are all the payees?",
    "“{w}”说的收款人不在读到的名单里：收款人一共是哪几位？",
)


def _unless_outside(s: Scan, payees: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """``payees`` (the one list of the text, read with no shares), or none and a question when someone is paid
    outside it ("1/2 to me and 1/4 each to Wanjiru and Olumide": the list is not all of them)."""
    outside = _recipient_outside(s, payees) if payees else None
    if outside is None:
        return payees
    if not any(u.field == "payees" and u.start == outside.start() for u in s.unsure):
        s.unsure.append(Unsure("payees", outside.start(), outside.end(), outside.group(0), *_ASK_OUTSIDE))
    return []


def _recipient_outside(s: Scan, payees: list[tuple[str, Span]]) -> re.Match[str] | None:
    """A recipient named outside ``payees`` (a list read with no shares): the list may not be all of them."""
    names = {n for n, _ in payees}
    for m in _RECIPIENT.finditer(s.text):
        at = m.start() + len(re.match(r"(?i:(?:to|for)\s+)|(?:给|归)\s*", m.group(0)).group(0))  # type: ignore[union-attr]
        who = read_person(s.text, at)
        if who is not None and who.start == at and who.name not in names:
            return m
    return None


_ASK_MISMATCH = (
    "The payees read ({names}) and the shares read ({shares}) do not match one for one: who are the payees, and "
    "what is each one's share?",
    "读到的收款人（{names}）与份额（{shares}）对不上：收款人是哪几位？各占多少？",
)


def _mismatch(s: Scan, params: dict[str, Any]) -> None:
    """ "我和两个合伙人大壮、小美、阿花平分": a list grown or cut by another reading (here a count of two against three
    names) no longer matches the shares read for it; both are asked, never one share dropped or made up."""
    payees, shares = params.get("payees"), params.get("shares")
    if not payees or not shares or len(payees) == len(shares):
        return
    spans = [s.name_spans[p] for p in payees if p in s.name_spans]
    start = min((sp.start for sp in spans), default=0)
    end = max((sp.end for sp in spans), default=len(s.text))
    names = "、".join(str(p) for p in payees).replace("{", "(").replace("}", ")")
    values = ":".join(str(v) for v in shares)
    en, zh = (m.replace("{names}", names).replace("{shares}", values) for m in _ASK_MISMATCH)
    for field in ("payees", "shares"):
        params.pop(field, None)
        s.evidence.pop(field, None)
    s.unsure.append(Unsure("payees", start, end, s.text[start:end], en, zh, ("payees", "shares")))


_ASSET_CUE = re.compile(
    r"(?i:\b(?:in|paid\s+in|payments?\s+in|denominated\s+in|income\s+in|revenue\s+in|all)\s*$)"
    r"|(?:用|收|以|币种\s*[:：]?|结算币种\s*[:：]?|收款币种\s*[:：]?)\s*$"
)


def _income_token(s: Scan, params: dict[str, Any]) -> None:
    """The asset the income comes in: a known token, or a ticker after "in"/"paid in"/"用" ("in ACME"); an
    upper-case word alone ("Initech LLC") is a company's suffix, not an asset."""
    for t in s.tokens:
        if any(sp.start <= t.start < sp.end for sp in s.name_spans.values()):
            continue  # part of a payee's name
        if t.known or _ASSET_CUE.search(s.text[max(0, t.start - 24) : t.start]):
            params["token"] = t.symbol
            s.cite("token", t.start, t.end, "the asset the income comes in")
            return


_HALF_TO = re.compile(r"\s*(?:goes\s+|go\s+|is\s+|gets\s+paid\s+)?(?:to|for)\s+|\s*(?:给|归)\s*", _I)


def _halves(s: Scan) -> list[tuple[str, Span, Span]]:
    """ "阿珍一半，我一半", "half for Ann, half for me": two payees each said to get half."""
    out: list[tuple[str, Span, Span]] = []
    for m in _HALF.finditer(s.text):
        head = s.text[max(0, m.start() - 30) : m.start()]
        lead = _NAME_BEFORE.search(head)
        found = read_name(s.text, m.start() - len(head) + lead.start(1)) if lead else None
        if found is None or found.end > m.start():  # "half goes to the charity 0x…", "the other half to me"
            to = _HALF_TO.match(s.text, m.end())
            found = read_payee(s.text, to.end()) if to else None
            if found is None:
                continue
        out.append((found.name, Span(found.start, found.end, found.text), Span(m.start(), m.end(), m.group(0).strip())))
    if len(out) == 2 and out[0][0] != out[1][0]:
        return out
    return []


_RATIO_OWNER = re.compile(
    r"(?i:\b(?P<who>her|him|she|he|me|I|mine)\b\s*(?:gets?|takes?|has|keeps?|is|[:：=])?\s*(?P<v>\d+(?:\.\d+)?)\b(?!\s*[/:]))"
    r"|(?P<zwho>我|她|他|佢)\s*(?:拿|得|占|要)?\s*(?P<zv>\d+(?:\.\d+)?)(?![\d/:])"
)


#: one part of a two-part ratio said by its size and whose it is: "I keep the bigger part", "she gets the smaller
#: share", "in my favour", "我拿大头", "她拿小头"
_SIZE_OWNER = re.compile(
    r"(?i:\b(?P<who>I|me|she|he|her|him)\s+(?:gets?|takes?|keeps?|receives?|get|have|has)\s+(?:the\s+)?"
    r"(?P<size>bigger|larger|biggest|largest|major|smaller|lesser|smallest|minor)\s+(?:part|share|cut|portion|piece|"
    r"half|chunk|slice)\b|\bin\s+(?P<fav>my|her|his)\s+fav(?:ou)?r\b)"
    r"|(?P<zwho>我|她|他|佢)\s*(?:拿|得|占|要|收)\s*(?P<zsize>大头|小头|多的|少的)"
)
_BIG = ("bigger", "larger", "biggest", "largest", "major", "大头", "多的")


def _sized_part(m: re.Match[str], shares: list[Decimal]) -> tuple[str, Decimal]:
    """Whose part a size phrase names and which part it is: the larger for "bigger"/"in my favour", else the
    smaller."""
    who = (m.group("who") or m.group("fav") or m.group("zwho")).lower()
    who = {"my": "me", "his": "he"}.get(who, who)
    size = (m.group("size") or m.group("zsize") or "bigger").lower()
    return who, max(shares) if size in _BIG else min(shares)


#: a capitalised word right before the money it names is where the income comes from ("my Etsy income", "the
#: YouTube revenue"), no person to pay
_SOURCE_AFTER = re.compile(
    r"(?i:\s+(?:income|revenue|sales|earnings|shop|store|channel|account|payouts?|royalt(?:y|ies)|money|ads?)\b)"
)


def _ratio_owner(s: Scan, shares: list[Decimal], after: int) -> list[tuple[str, Span]] | None:
    """ "55/45, her 55", "70/30, I take 70": after a two-part ratio, one part said to be yours or the one other
    person's; the payees then stand in the ratio's order. Read only when exactly one other person is named."""
    m = _RATIO_OWNER.search(s.text, after)
    sized = _SIZE_OWNER.search(s.text, after) if m is None else None
    if m is None and sized is None:
        return None
    if sized is not None:  # "65/35, I keep the bigger part", "70/30 in my favour": the part said by its size
        who, value = _sized_part(sized, shares)
    else:
        who = (m.group("who") or m.group("zwho")).lower()  # type: ignore[union-attr]
        value = Decimal(m.group("v") or m.group("zv"))  # type: ignore[union-attr]
    people = [n for n in s.names if n.name != "me" and not _SOURCE_AFTER.match(s.text, n.end)]
    others = list(dict.fromkeys(n.name for n in people))
    if value not in shares or len(others) != 1:
        return None
    other = next(n for n in people if n.name == others[0])
    you = re.search(r"(?i:\b(?:I|me|my|we|us)\b)|我", s.text)
    if you is None:
        return None
    owner_is_you = who in ("me", "i", "mine", "我")
    first_is_owner = shares[0] == value
    mine = ("me", Span(you.start(), you.end(), you.group(0)))
    theirs = (other.name, Span(other.start, other.end, other.text))
    owner, rest = (mine, theirs) if owner_is_you else (theirs, mine)
    if m is not None:
        i = next(i for i, n in enumerate(s.numbers) if n.start == m.start("v" if m.group("v") else "zv"))
        s.used.add(i)  # the same part said again, now with its owner
    return [owner, rest] if first_is_owner else [rest, owner]


def _ratio_parts(s: Scan, ratio: list[int], after: int) -> list[tuple[str, Span, int]]:
    """ "四六分，我四，阿豪六", "5:3:2 分，我5，小汪3，阿秀2", "split 5:3:2 - me 5, Tom 3, Ann 2": after the ratio,
    each payee followed by its part; the parts must be the ratio's, each payee named once."""
    out: list[tuple[str, Span, int]] = []
    digits: list[int] = []  # where each part's number starts
    others = list(dict.fromkeys(n.name for n in s.names if n.name != "me" and n.start < after))
    for m in _RATIO_PART.finditer(s.text[after:]):
        at = after + m.start()  # "我四", "我拿八", "me 5": the name ends where the part (or its verb) starts
        hit = _name_ending_at(s.text[:at])
        if hit is None and s.text[at - 1 : at] in ("他", "她", "佢") and len(others) == 1:
            # "我跟 Jonah 七三分，我七他三", Cantonese "我七佢三": "he" is the one other person named before the ratio
            hit = NameMatch(others[0], at - 1, at, s.text[at - 1 : at])
        if hit is None or hit.start < after:
            continue
        raw = m.group(1)
        out.append((hit.name, Span(hit.start, hit.end, hit.text), _ZH_DIGIT[raw] if raw in _ZH_DIGIT else int(raw)))
        digits.append(after + m.start(1))
    pool = others + (["me"] if re.search(r"我(?!们)", s.text[:after]) else [])
    if len(ratio) == 2 and len(out) == 1 and len(pool) == 2 and out[0][0] in pool and out[0][2] in ratio:
        # "我跟老吕二八分，我拿八": one part named, the other part is the one other person's
        other = next(p for p in pool if p != out[0][0])
        rest = list(ratio)
        rest.remove(out[0][2])
        at_other = next((n for n in s.names if n.name == other and n.start < after), None)
        me_at = re.search(r"我(?!们)", s.text[:after])
        span = (
            Span(at_other.start, at_other.end, at_other.text)
            if at_other is not None
            else Span(me_at.start(), me_at.end(), "我")
            if me_at is not None
            else out[0][1]
        )

        def mention(name: str) -> int:  # the payees stand in the order the text first names them
            if name == "me":
                return me_at.start() if me_at is not None else len(s.text)
            return min((n.start for n in s.names if n.name == name), default=len(s.text))

        first = mention(other) < mention(out[0][0])
        out = [(other, span, rest[0]), *out] if first else [*out, (other, span, rest[0])]
    if len(out) == len(ratio) and sorted(v for *_, v in out) == sorted(ratio) and len({n for n, *_ in out}) == len(out):
        for i, n in enumerate(s.numbers):
            if n.start >= after and (n.start in digits or any(sp.end <= n.start <= sp.end + 1 for _, sp, _ in out)):
                s.used.add(i)
        return out
    return []


#: one payee's part after a ratio: "我四", "我拿八", "小汪3", "me 5", "Tom: 3", "Ann gets 2" (the name before it)
_RATIO_PART = re.compile(
    r"(?:[ \t]*(?:拿|得|占|要|gets?|takes?|keeps?|[:：])[ \t]*|[ \t]*)"
    r"(?<![\d.])([一二三四五六七八九]|\d{1,3})(?:成|份|[ \t]*(?:parts?|shares?)\b)?(?![\d.%:/])"
    # the part ends at a break, or where the next payee and its part start ("我六阿珍四": 阿珍, then 四)
    r"(?=[，,。；;\s他她佢]|$|我|"
    r"[\u4e00-\u9fff]{1,3}?[ \t]*(?:拿|得|占|要)?[ \t]*[一二三四五六七八九](?:成|份)?(?:[，,。；;\s]|$))",
    _I,
)


_WORD_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


#: the denominator of "三分之一" (one of how many equal parts)
_ZH_PART_COUNT = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _equal_count(eq: re.Match[str]) -> int | None:
    """How many equal parts an equal split names ("3 ways" = 3, "1/4 each" = 4); None when it names none."""
    for g in ("each", "ways"):
        v = eq.group(g)
        if v:
            return int(v) if v.isdigit() else _WORD_COUNT[v.lower()]
    zh = eq.group("zh_each")
    if zh:
        return _ZH_PART_COUNT[zh]
    word = re.search(r"third|quarter|fifth", eq.group(0), _I)
    return {"third": 3, "quarter": 4, "fifth": 5}[word.group(0).lower()] if word else None


#: a note after the list that says its numbers are parts of a ratio: "Thanh Huong 2, Quoc Bao 1 (ratio)"
_RATIO_NOTE = re.compile(r"[ \t]*[(（][ \t]*(?i:ratio|as\s+a\s+ratio|shares|parts|weights|比例|份数)[ \t]*[)）]")
_BARE_TO = re.compile(r"\s+(?:to|for)\s+|\s*(?:给|归)\s*", _I)
#: what ends a "name number" pair: a separator, the end, or (in a key=value list) a blank and the next name
_BARE_AFTER = re.compile(
    r"\s*(?:[/,，、;；]|\band\b|$)|[ \t]+(?=(?:[A-Za-z][\w\-]*|[\u4e00-\u9fff]{1,4})\s*[=:：]?\s*\d)"
    r"|(?=" + _RATIO_NOTE.pattern + r")"  # "Quoc Bao 1 (ratio)": the note closes the last pair
    r"|[ \t]*[|｜]?[ \t]*\n",  # a row of a list, one a line ("- me: 45", "Arash,30")
    _I,
)
#: a row of a CSV or table, one payee a line: "me,50", "Arash\t30", "- me: 45" (the name opens the line)
_ROW_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*•][ \t]+|[|｜][ \t]*)?$")

#: between a row's name and its number: a comma or semicolon (CSV), a tab, a cell wall, a dash set off by blanks
_ROW_GAP = re.compile(r"(?:[ \t]*[,;\t|｜]|[ \t]+[-–—]{1,2})[ \t]*$")
_ROW_END = re.compile(r"[ \t]*[|｜]?[ \t]*(?:\n|$)")


def _bare_pairs(s: Scan) -> list[tuple[int, str, Span]]:
    """ "Hana 60 / Ivo 40": plain numbers, each right after a payee's name, read as percents only when they add up
    to exactly 100 (otherwise they may be anything, and stay a question)."""
    out: list[tuple[int, str, Span]] = []
    for i, n in enumerate(s.numbers):  # "60 to me, 40 to my producer Dex": the number, then to whom
        to = _BARE_TO.match(s.text, n.end)
        if n.percent or i in s.used or s.in_address(n) or s.in_duration(n) or not to:
            continue
        found = read_payee(s.text, to.end()) or _pronoun_payee(s, to.end())
        if found is not None:
            out.append((i, found.name, Span(found.start, found.end, found.text)))
    if len(out) >= 2 and sum(s.numbers[i].value for i, _, _ in out) == 100:
        return out
    out = []
    for i, n in enumerate(s.numbers):
        close = _BRACKET_CLOSE.match(s.text, n.end)  # "Nadia (60) and me (40)": the number in brackets
        after = close.end() if close and _BRACKET_OPEN.search(s.text[: n.start]) else n.end
        if n.percent or i in s.used or s.in_address(n) or s.in_duration(n) or not _BARE_AFTER.match(s.text, after):
            continue
        hit = _name_ending_at(s.text[: n.start].rstrip(" \t=:：(（"))
        row_gap = _ROW_GAP.search(s.text[: n.start]) if _ROW_END.match(s.text, after) else None
        if hit is None and row_gap is not None:  # "Arash,30" on a line of its own: a row of a CSV
            hit = _name_ending_at(s.text[: row_gap.start()])
            if hit is not None and not _ROW_START.search(s.text[: hit.start]):
                hit = None
        mine = _MY_CUT.search(s.text[: n.start])
        if mine is not None:  # "my cut 60 and Ray 40": the user's part
            hit = NameMatch("me", mine.start(1), mine.end(1), mine.group(1))
        elif hit is None or not (
            re.fullmatch(r"\s*[:：=(（]?\s*", s.text[hit.end : n.start])
            or (row_gap is not None and hit.end == row_gap.start() and _ROW_START.search(s.text[: hit.start]))
        ):
            continue
        out.append((i, hit.name, Span(hit.start, hit.end, hit.text)))
    if len(out) >= 2 and (sum(s.numbers[i].value for i, _, _ in out) == 100 or _shares_keyed(s, out[0][2].start)):
        return out
    out = []
    for i, n in enumerate(s.numbers):  # "70 me 30 Ana": each number, a blank, then whose it is
        gap = re.match(r"[ \t]+", s.text[n.end :])
        if n.percent or i in s.used or s.in_address(n) or s.in_duration(n) or gap is None:
            continue
        found = read_payee(s.text, n.end + gap.end())
        if found is None or found.start != n.end + gap.end():
            continue
        if not re.match(r"\s*(?:$|[,，;；/.]|\band\b|\d|[A-Za-z]+\s*$)", s.text[found.end :], _I):
            continue
        out.append((i, found.name, Span(found.start, found.end, found.text)))
    every = [n for n in s.numbers if not n.percent and not s.in_address(n)]
    if len(out) >= 2 and len(out) == len(every) and sum(s.numbers[i].value for i, _, _ in out) == 100:
        return out if len({p for _, p, _ in out}) == len(out) else []
    return []


#: what may stand between a shares key and its list: "shares → me:5", "ratio: Ana 3, Bo 2", "weights = …"
_KEY_TO_LIST = re.compile(r"[ \t]*(?:[:：=]|->|→|=>|-|—)?[ \t]*$")


def _shares_keyed(s: Scan, first: int) -> bool:
    """The list of "name number" pairs starting at ``first`` is said to be shares: a key right before it ("shares →
    me:5, Olu:3, Zainab:2"), or the header line of its table ("| payee | share |", "name,shares"): the numbers are
    parts of a ratio, whatever they add up to."""
    before = s.text[:first]
    key = None
    for found in _SHARES_KEY.finditer(before):
        key = found
    if key is not None and _KEY_TO_LIST.fullmatch(before, key.end()) and "percent" not in key.group(0).lower():
        return True
    if _RATIO_NOTE.search(s.text, first):
        return True  # "Thanh Huong 2, Quoc Bao 1 (ratio)": the note after the list says what the numbers are
    lines = before.rstrip(" \t|｜-*•").split("\n")
    header = next((ln for ln in reversed(lines[:-1]) if ln.strip() and not re.fullmatch(r"[\s|｜:\-]+", ln)), "")
    return (
        len(lines) >= 2
        and not re.search(r"\d", header)
        and re.search(r"(?i:\b(?:shares?|ratio|weights?|parts?)\b)|份额|比例|份数", header) is not None
    )


#: "25% each", "各 25%": one percent for every payee
_PCT_EACH = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|percent)\s*(?:each|apiece)\b", _I)
#: the user taking a part ("我拿", "我多拿点", "I get", "I'll keep"): the user is one of the payees
_ME_PART = re.compile(
    r"我(?:自己)?\s*(?:多|少)?\s*(?:拿|得|占|分到|分得|要|留)|(?i:\b(?:I|me)(?:'ll|\s+will|\s+should)?\s+"
    r"(?:get|take|keep|receive)s?\b)"
)
_ASK_ME = (
    "You take a part too ('{w}'), but the payees read leave you out: who are the payees, all of them?",
    "您也分一份（“{w}”），但读到的收款人里没有您：收款人一共是哪几位？",
)


#: a pronoun with the part right after it: "she gets 35%", "he takes 40%", "her share is 30%", "him 45%"
_PRONOUN_PART = re.compile(
    r"(?i:(?<![\w'])(?:(?:she|he)\s+(?:gets?|takes?|receives?|keeps?|will\s+get|should\s+get|has)|"
    r"(?:her|his)\s+(?:share|cut|part)\s+(?:is|=|:)|her|him))\s*[:=]?\s*$|[她他]\s*(?:拿|得|占|佔|分到)\s*$"
)


def _one_of_two(s: Scan, payees: list[tuple[str, Span]]) -> tuple[list[Decimal], tuple[Span, ...]] | None:
    """Two payees listed and one percent said for one of them, no other number in the text: the other payee gets
    the rest (with three or more payees the rest has no owner said, and is asked)."""
    free = [i for i, n in enumerate(s.numbers) if i not in s.used and not s.in_address(n) and not s.in_duration(n)]
    if len(free) != 1 or not s.numbers[free[0]].percent:
        return None
    pairs = _percent_pairs(s)
    names = [n for n, _ in payees]
    if not pairs and "me" in names:  # "split between Siobhán and me, she gets 35%": the pronoun is the other one
        said = _PRONOUN_PART.search(s.text[max(0, s.numbers[free[0]].start - 30) : s.numbers[free[0]].start])
        pairs = [(free[0], next(n for n in names if n != "me"), Span(0, 0, ""))] if said else []
    if len(pairs) != 1 or pairs[0][0] != free[0]:
        return None
    value = s.numbers[free[0]].value
    if pairs[0][1] not in names or not 0 < value < 100:
        return None
    s.used.add(free[0])
    n = s.numbers[free[0]]
    shares = [value if name == pairs[0][1] else 100 - value for name in names]
    return shares, (Span(n.start, n.end, n.text),)


def _pair_order(s: Scan, params: dict[str, Any]) -> None:
    """The payees in the order their parts are said ("split with Selin 50/50, actually 55 for her and 45 for me":
    Selin, then you), whichever phrase the shares were read from. One order for every reading of the same text:
    a request read again without the words a correction takes back keeps its payees and gets new shares, and the
    two must line up. Reordered only when the parts name exactly the payees; payees and shares move together."""
    payees, shares = params.get("payees"), params.get("shares")
    if not payees or len(payees) < 2:
        return
    pairs = _bare_pairs(s)
    if not pairs:
        return
    order = [name for _, name, _ in pairs]
    if sorted(order) != sorted(payees) or order == payees:
        return
    if shares is not None:  # payees and shares move together: who gets which share never changes
        if len(shares) != len(payees):
            return
        mine = dict(zip(payees, shares, strict=True))
        params["shares"] = [mine[n] for n in order]
    params["payees"] = order


_ORG_END = r"(?:公司|集团|工作室|事务所|中心|协会|基金会|(?i:\bLtd\.?|\bInc\.?|\bLLC|\bGmbH|\bCorp\.?))$"
#: "my cut 60", "my share: 40", "我的那份 60": the user's part, said as a thing the user owns
_MY_CUT = re.compile(
    r"((?i:\bmy\s+(?:cut|share|part|portion|piece))|我的?(?:那份|份额|部分))\s*(?:is\s+|是|[:：=])?\s*$"
)
_BRACKET_OPEN = re.compile(r"[(（]\s*$")
_BRACKET_CLOSE = re.compile(r"\s*[)）]")
_OBJ_PRONOUN = re.compile(r"(?i:her|him)\b|[她他佢](?![们哋])")


def _pronoun_payee(s: Scan, pos: int) -> NameMatch | None:
    """ "55 for her": the pronoun stands for the one other person the text names (none, or two: not read)."""
    m = _OBJ_PRONOUN.match(s.text, pos)
    if m is None:
        return None
    others = {n.name for n in s.names if n.name != "me" and n.end <= pos} - {a.address for a in s.addresses}
    if len(others) != 1:
        return None
    return NameMatch(next(iter(others)), m.start(), m.end(), m.group(0))


_AFTER_ADDRESS = re.compile(r"\s*[:：=(（]?\s*")
_PAIR_END = re.compile(r"\s*[)）]?\s*(?:[,，、;；/]|\band\b|和|$)", _I)


def _address_pairs(s: Scan) -> list[tuple[int, str, Span]]:
    """ "0xA… 60，0xB… 25，0xC… 15", "0xA… (25%), 0xB… (75%)": each address followed by its share; plain numbers
    are read as percents only when they add up to exactly 100."""
    out: list[tuple[int, str, Span]] = []
    for a in s.addresses:
        gap = _AFTER_ADDRESS.match(s.text, a.end)
        at = gap.end() if gap else a.end
        idx = next((i for i, n in enumerate(s.numbers) if n.start == at and i not in s.used), None)
        if idx is None or not _PAIR_END.match(s.text, s.numbers[idx].end):
            continue
        out.append((idx, a.address, Span(a.start, a.end, a.text)))
    if len(out) < 2 or len(out) != len(s.addresses):
        return []
    values = [s.numbers[i] for i, _, _ in out]
    if all(n.percent for n in values) or (not any(n.percent for n in values) and sum(n.value for n in values) == 100):
        return out
    return []


_FRACTION = re.compile(r"(?<![\d./])(\d{1,2})\s*/\s*(\d{1,2})(?![\d./%])")


def _fraction_pairs(s: Scan) -> list[tuple[str, Span, Decimal, Span]]:
    """ "Ravi Patel 1/3, Mei Chen 1/3, me 1/3": a fraction after each payee's name; read only when there are two or
    more and they add up to exactly one whole (the shares are then the fractions over a common denominator)."""
    from fractions import Fraction
    from math import lcm

    found = list(_FRACTION.finditer(s.text))
    if len(found) < 2:
        return []
    out: list[tuple[str, Span, Fraction, Span]] = []
    for m in found:
        addr = next((a for a in s.addresses if re.fullmatch(r"\s*[:：]?\s*", s.text[a.end : m.start()])), None)
        hit = (
            NameMatch(addr.address, addr.start, addr.end, addr.text)
            if addr is not None
            else _name_ending_at(s.text[: m.start()])
        )
        if hit is None or not re.fullmatch(r"\s*[:：]?\s*", s.text[hit.end : m.start()]):
            return []
        hit = whole_name(s.text, hit) if addr is None else hit
        if int(m.group(2)) == 0:
            return []
        out.append(
            (
                hit.name,
                Span(hit.start, hit.end, hit.text),
                Fraction(int(m.group(1)), int(m.group(2))),
                Span(m.start(), m.end(), m.group(0)),
            )
        )
    if sum(f for _, _, f, _ in out) != 1 or len({n for n, *_ in out}) != len(out):
        return []
    den = lcm(*(f.denominator for _, _, f, _ in out))
    return [(n, sp, Decimal(int(f * den)), fs) for n, sp, f, fs in out]


_REST = re.compile(
    r"(?i:\b(?:the\s+rest|the\s+remainder|the\s+remaining(?:\s+\d+(?:\.\d+)?\s*%)?|everything\s+else|rest)\b"
    r"\s*(?:goes\s+)?(?:to|for)\s+)"
    # "the rest stays with me", "the remainder is kept by me"
    r"|(?i:\b(?:the\s+rest|the\s+remainder|everything\s+else)\s+(?:stays|remains|is\s+kept|is\s+left)\s+(?:with|by)\s+)"
    r"|(?:剩下的?|其余的?|余下的?|其他的?)\s*(?:都|全部)?\s*(?:给|归|分给|打给|留给)\s*"
)


_GETS_REST = re.compile(
    r"(?i:\s+(?:gets|takes|receives|keeps)\s+(?:the\s+)?(?:rest|remainder|remaining\s+share))\b"
    r"|\s*(?:拿|得|分|要)\s*(?:剩下的|剩余的?|其余的?)"
)


def _spaced(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` reading Chinese written with blanks between words too ("剩下 的 给 我", "平 分")."""
    return re.compile(spaced_zh(rx.pattern), rx.flags)


_REST, _GETS_REST, _EQUAL, _OF_THE_REST = (_spaced(rx) for rx in (_REST, _GETS_REST, _EQUAL, _OF_THE_REST))


def _rest(s: Scan, pairs: list[tuple[int, str, Span]]) -> tuple[str, Span, Decimal, Span] | None:
    """ "50% to me, 30% to Ana, the rest to Bo": the payee after "the rest" gets 100 minus the stated percents."""
    if not all(s.numbers[i].percent for i, _, _ in pairs):
        return None
    m = _REST.search(s.text)
    gets = _GETS_REST.search(s.text)
    found: NameMatch | None
    if m is None and gets is not None:  # "Sam gets the rest", "阿强拿剩下的"
        hit = _name_ending_at(s.text[: gets.start()])
        if hit is None:
            return None
        m, found = gets, hit
    elif m is None:
        return None
    else:
        found = read_payee(s.text, m.end())
    if m is gets and found is not None:
        total = sum((s.numbers[i].value for i, _, _ in pairs), Decimal(0))
        if not 0 < total < 100 or found.name in {n for _, n, _ in pairs}:
            return None
        return found.name, Span(found.start, found.end, found.text), 100 - total, Span(m.start(), m.end(), m.group(0))
    total = sum((s.numbers[i].value for i, _, _ in pairs), Decimal(0))
    if found is None or found.start != m.end() or not 0 < total < 100 or found.name in {n for _, n, _ in pairs}:
        return None
    if _fraction_word_to_other(s, {found.name, *(n for _, n, _ in pairs)}):
        return None  # "30% to Amara, a quarter to Bayo, the rest to me": the rest is not 100 minus the percents
    return found.name, Span(found.start, found.end, found.text), 100 - total, Span(m.start(), m.end(), m.group(0))


def _fraction_word_to_other(s: Scan, names: set[str]) -> bool:
    """A part said as a fraction word before a payee outside ``names`` ("a quarter to Bayo"): the percents and
    the rest then leave someone's part out, and the parts reader (which counts fractions too) must read them."""
    for at, _, _, (name, _) in _parts_to(s, set()):
        if name not in names and (_EN_FRACTION.match(s.text, at) or _ZH_FRACTION.match(s.text, at)):
            return True
    return False


def _percent_list(s: Scan, after: int, count: int) -> list[int]:
    """Indices of ``count`` percents written as one list after ``after`` ("按 50%、30%、20%"), adding up to 100;
    anything else between them (a name, another number) and the list is not read."""
    found = [i for i, n in enumerate(s.numbers) if n.percent and n.start >= after and i not in s.used]
    if len(found) != count:
        return []
    for a, b in itertools.pairwise(found):
        if not re.fullmatch(r"\s*(?:[、,，/:：]|\band\b|和)\s*", s.text[s.numbers[a].end : s.numbers[b].start], _I):
            return []
    if sum((s.numbers[i].value for i in found), Decimal(0)) != 100:
        return []
    return found


#: "me and Bastian split the rest", "the rest is split evenly between A and B", "剩下的给阿青和阿蓝平分",
#: "其余由A和B平分": the part left over, split equally among a list of payees
_REST_AFTER = re.compile(
    r"(?i:\b(?:split|share|divide)\s+the\s+(?:rest|remainder|remaining\s+(?:half|part|share))"
    r"(?:\s+(?:equally|evenly))?\s+(?:between|among)\s+)"
    r"|(?i:\bthe\s+(?:rest|remainder|other\s+half)\s+(?:is\s+|gets\s+)?(?:split|shared|divided)\s+"
    r"(?:equally\s+|evenly\s+)?(?:between|among)\s+)"
    # "the other 60% split between Ola and Sven": the rest, said as its percent
    r"|(?i:\bthe\s+(?:other|remaining)\s+(?P<restpct>\d+(?:\.\d+)?)\s*%\s+(?:is\s+|gets\s+)?(?:split|shared|divided)\s+"
    r"(?:equally\s+|evenly\s+)?(?:between|among)\s+)"
    r"|(?:剩下的?|其余的?|余下的?|另一半)(?:钱|部分|收入)?\s*(?:都)?\s*(?:给|由|归)?\s*"
)
_REST_BEFORE = re.compile(
    r"(?i:\s+(?:split|share|divide)\s+the\s+(?:rest|remainder|remaining\s+(?:half|part)|other\s+half)"
    r"(?:\s+(?:equally|evenly))?)"
)
_ZH_EQUAL_END = re.compile(r"\s*(?:平分|均分|平摊|各一半|各半|一人一半)")
_HEAD = re.compile(
    # ("我拿六成，剩下…": a part in tenths, 成, is a percent as the scan reads it, round 12)
    r"\s*(?:gets?|takes?|keeps?|receives?|拿|得|分|占|要)\s*(?:(?P<half>一半|半数|\bhalf\b)|(?=\d|[一二三四五六七八九]成))"
    # "我 50%，剩下的…", "me: 40%, the rest …": a percent right after the name
    r"|(?<=[^\W\d_])[ \t]*[:：]?[ \t]*(?=\d)",
    _I,
)
_PRONOUN = re.compile(r"(?i:\b(?:she|he)\b)|[她他佢](?![们哋])")


def _rest_split(s: Scan) -> tuple[list[tuple[str, Span]], list[Decimal] | None, list[Span]] | None:
    """ "Liv … gets half, and me and Bastian split the rest", "我拿一半，剩下的给阿青和阿蓝平分": one payee's part
    (half, or a percent), then the rest split equally among a list; the list must read whole and the parts exact."""
    text = s.text
    listed: list[NameMatch] = []
    rest_span: Span | None = None
    rest_pct: int | None = None  # the number index of "the other 60%"
    for m in _REST_AFTER.finditer(text):
        items = chain(text, [m.end()], min_items=2)
        if len(items) >= 2:
            zh_end = _ZH_EQUAL_END.match(text, items[-1].end)
            if m.group(0)[:1].isascii() or zh_end:
                if m.group("restpct"):
                    rest_pct = next((i for i, n in enumerate(s.numbers) if n.start == m.start("restpct")), None)
                    if rest_pct is None:
                        continue
                listed = items
                rest_span = Span(m.start(), zh_end.end() if zh_end else m.end(), text[m.start() : (zh_end or m).end()])
                break
    if not listed:
        for m in _REST_BEFORE.finditer(text):
            starts = [x.start() for x in re.finditer(r"\bme\b|\bI\b|我", text)] + [n.start for n in s.names]
            for st in sorted(x for x in starts if x < m.start()):
                items = chain(text, [st], min_items=2)
                if len(items) >= 2 and items[-1].end == m.start():
                    listed, rest_span = items, Span(m.start(), m.end(), m.group(0).strip())
                    break
            if listed:
                break
    if not listed or rest_span is None:
        return None
    head: tuple[NameMatch, Decimal, Span, int | None] | None = None
    for h in _HEAD.finditer(text, 0, rest_span.start):
        who = _name_ending_at(text[: h.start()])
        if who is None:
            pro = _PRONOUN.search(text, max(0, h.start() - 4), h.start())
            named = _named_before(s, h.start())
            if pro is None or len({n.name for n in named}) != 1:
                continue  # "she gets half": "she" is the one person named before, or nobody is guessed
            who = named[0]
        if h.group("half"):
            head = (who, Decimal(50), Span(h.start(), h.end(), h.group(0).strip()), None)
        else:
            idx = next((i for i, n in enumerate(s.numbers) if n.start == h.end() and n.percent), None)
            if idx is None:
                continue
            n = s.numbers[idx]
            head = (who, n.value, Span(n.start, n.end, n.text), idx)
        break
    if head is None:  # "10% goes to the charity wallet 0x…, the rest split evenly between me and Sol"
        head = _percent_to_head(s, rest_span.start)
    if head is None or not 0 < head[1] < 100:
        return None
    who, part, part_span, idx = head
    if who.name in {n.name for n in listed}:
        return None
    if rest_pct is not None:
        if s.numbers[rest_pct].value != 100 - part:
            return None  # "40% to me, the other 50% …": the parts do not make the whole, asked
        s.used.add(rest_pct)
    each = (100 - part) / len(listed)
    payees = [(who.name, Span(who.start, who.end, who.text)), *((n.name, Span(n.start, n.end, n.text)) for n in listed)]
    if each != each.quantize(Decimal("0.000001")):
        return payees, None, []  # the rest in three has no exact percent: the payees are read, the shares asked
    if idx is not None:
        s.used.add(idx)
    return payees, [part, *([each] * len(listed))], [part_span, rest_span]


_TO_HEAD = re.compile(r"\s*(?:(?:goes|go|is|paid|sent)\s+)?(?:to|for)\s+|\s*(?:给|归)\s*", _I)
_HEAD_DESCRIBED = re.compile(r"(?i:(?:the|our|my|a)\s+(?:[a-z][\w\-]*\s+){0,3})?|[\u4e00-\u9fff]{0,8}")


def _percent_to_head(s: Scan, end: int) -> tuple[NameMatch, Decimal, Span, int | None] | None:
    """One percent before the rest, said with the payee after it: "10% goes to (the charity wallet) 0x…", "20% to
    Mo"; exactly one such percent, or none is read."""
    found: list[tuple[NameMatch, Decimal, Span, int | None]] = []
    for i, n in enumerate(s.numbers):
        if not n.percent or n.end > end:  # (the first reading of the same text may have marked it used)
            continue
        to = _TO_HEAD.match(s.text, n.end)
        if to is None:
            continue
        pos = to.end()
        addr = next(
            (a for a in s.addresses if a.start >= pos and _HEAD_DESCRIBED.fullmatch(s.text, pos, a.start)), None
        )
        who = NameMatch(addr.address, addr.start, addr.end, addr.text) if addr is not None else read_payee(s.text, pos)
        if who is None or who.end > end:
            continue
        found.append((who, n.value, Span(n.start, n.end, n.text), i))
    return found[0] if len(found) == 1 else None


def _named_before(s: Scan, end: int) -> list[NameMatch]:
    """The people other than the user named before ``end`` (the scanner's names, and capitalised words that read as
    a name: "Liv did most of the art")."""
    found = [n for n in s.names if n.end <= end and n.name != "me"]
    for m in re.finditer(r"(?<![\w.])[A-Z][a-z]+", s.text[:end]):
        hit = read_name(s.text, m.start(), allow_me=False)
        if hit is not None and hit.start == m.start() and all(hit.start != n.start for n in found):
            found.append(hit)
    return [n for n in found if not any(t.start <= n.start < t.end for t in s.tokens)]


#: "payees: Mina, Jae, me; shares: 2, 1, 1", "payees 是 我、Hannah…，shares 40、20、20、20": two lists side by side
_SHARES_KEY = re.compile(r"(?i:\b(?:shares?|splits?|ratio|percent(?:ages?)?|weights?)\b)|份额|比例|占比", _I)
_LIST_GAP = re.compile(r"\s*(?:[、,，/:：]|\band\b|和)\s*", _I)


_PACKED = re.compile(r"(?:[1-9]\d{0,2}|0)(?:,(?:[1-9]\d{0,2}|0))+")


def _packed_shares(s: Scan, after: int, count: int) -> tuple[list[Decimal], Span] | None:
    """ "shares=50,25,25" right after a shares key that follows the payee list: the number grammar cannot tell
    "50,25,25" from one number with odd separators and asks; after a shares key, with exactly one part per payee
    and a piece of fewer than three digits (never a thousands group), it is the list of shares."""
    key = next((k for k in _SHARES_KEY.finditer(s.text) if k.start() >= after), None)
    if key is None:
        return None
    gap = re.match(r"\s*(?:是|为|[:：=]|are|is)?\s*", s.text[key.end() :], _I)
    pos = key.end() + (gap.end() if gap else 0)
    m = _PACKED.match(s.text, pos)
    if m is None or (m.end() < len(s.text) and not re.match(r"\s*(?:$|[;；。.\n]|\s)", s.text[m.end() :])):
        return None
    parts = m.group(0).split(",")
    if len(parts) != count or all(len(p) == 3 for p in parts[1:]) or any(p == "0" for p in parts):
        return None
    flagged = [f for f in s.flagged if f.start == m.start() and f.end == m.end()]
    if len(flagged) != 1 or any(m.start() <= n.start < m.end() for n in s.numbers):
        return None
    s.flagged.remove(flagged[0])
    return [Decimal(p) for p in parts], Span(m.start(), m.end(), m.group(0))


def _parallel_shares(s: Scan, after: int, count: int) -> list[int]:
    """Indices of ``count`` numbers listed right after a shares key ("shares: 2, 1, 1") that comes after the payee
    list; nothing but list separators between them."""
    key = next((k for k in _SHARES_KEY.finditer(s.text) if k.start() >= after), None)
    if key is None:
        return []
    gap = re.match(r"\s*(?:是|为|[:：=]|are|is)?\s*", s.text[key.end() :], _I)
    pos = key.end() + (gap.end() if gap else 0)
    out: list[int] = []
    for i, n in enumerate(s.numbers):
        if n.start < pos or i in s.used:
            continue
        if n.start != pos:
            break
        out.append(i)
        sep = _LIST_GAP.match(s.text, n.end)
        if len(out) == count or sep is None:
            break
        pos = sep.end()
    if len(out) != count or len({s.numbers[i].percent for i in out}) != 1:
        return []
    if s.numbers[out[0]].percent and sum(s.numbers[i].value for i in out) != 100:
        return []
    return out


# -- each payee's part said as a clause of its own -------------------------------------------------------------
#
# "我拿四分之三，小雨拿四分之一", "she takes 45 and I take 55", "Finnegan gets twice what I get", "she gets a third and
# I get the rest": a person (a name, you, or "she / he" when exactly one other person is named), a verb of taking,
# and a part (a percent, a number, a fraction in words, the rest). Read only when the parts add up to exactly the
# whole (the second reading) and, when the text lists the payees elsewhere, name the same people; otherwise the
# shares stay a question.

_PART_VERB = re.compile(
    r"(?i:(?:\s+to)?\s+(?:gets?|takes?|receives?|keeps?|earns?|has|have)\s+)|\s*(?:拿|得|占|分到|分得|领|要)\s*"
)
_PART_WHO = re.compile(r"(?i:(?<![\w'])(?P<me>I|me|myself)|(?P<pro>she|he|her|him))$|(?P<zme>我)$|(?P<zpro>[她他])$")
_ZH_FRACTION = re.compile(r"(?P<d>[一二三四五六七八九十\d]{1,2})\s*分之\s*(?P<n>[一二三四五六七八九十\d]{1,2})")
_EN_FRACTION = re.compile(
    r"(?i:(?:a|one)\s+(?P<one>half|third|quarter|fourth|fifth|tenth)|(?P<two>two)\s+thirds|(?P<three>three)\s+"
    r"(?:quarters|fourths|fifths)|(?P<half>half))\b|(?P<zhalf>一半)"
)
_EN_PARTS = {"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "tenth": 10}
_PART_REST = re.compile(r"(?i:the\s+(?:rest|remainder)|whatever(?:'s|\s+is)\s+left)\b|剩下的?|剩余的?|其余的?")
_TIMES = re.compile(
    r"(?i:\s+(?:gets?|earns?|takes?|receives?|makes?)\s+(?P<k>twice|double|three\s+times|triple|2x|3x)\s+"
    r"(?:what\s+|as\s+much\s+as\s+|the\s+amount\s+of\s+|of\s+)?)"
)
_TIMES_K = {"twice": 2, "double": 2, "2x": 2, "three times": 3, "triple": 3, "3x": 3}
_PART_EACH = re.compile(r"(?i:\s*each\b)|\s*各")


#: a part for each of several people: "各 25%", "各自拿三成"
_EACH_VERB = re.compile(r"各(?:自)?\s*(?:拿|得|占|分到?|要)?\s*")
#: the others, as a group: "她们各 25%", "they get 20% each", "the other two 25% each"
_THE_OTHERS = re.compile(
    r"(?i:\b(?:they|them|the\s+others|the\s+other\s+(?:two|three|four)|the\s+rest\s+of\s+(?:us|them))\s*)$"
    r"|(?:她们|他们|其他人|其余的人|剩下的人|另外(?:两|三|四)(?:个|位)(?:人)?)\s*$"
)
_ROLE_BEFORE = re.compile("(?:" + ZH_ROLE.pattern + r"|(?i:\b(?:my|our)\s+[a-z]+\s+))$")
_AND_BEFORE = re.compile(r"(?i:\s*(?:&|\band\b|\+)\s*)$|\s*(?:和|跟|与|、)\s*$")


def _part_group(s: Scan, end: int) -> list[tuple[str, Span]] | str | None:
    """Who a part "each" is for: "the others" (resolved against the list), or two people joined by and / & / 和."""
    if _THE_OTHERS.search(s.text[:end]):
        return "others"
    second = _part_person(s, end) or _bare_before(s, end)
    if second is None:
        return None
    at = second[1].start
    role = _ROLE_BEFORE.search(s.text[:at])  # "我和贝斯手大毛各15%": a role noun before the name is no part of it
    sep = _AND_BEFORE.search(s.text[: role.start() if role else at])
    if sep is None:
        return None
    first = _part_person(s, sep.start())
    if first is None or first[0] == second[0]:
        return None
    return [first, second]


def _bare_before(s: Scan, end: int) -> tuple[str, Span] | None:
    """ "阿宝和胖子各拿…": a two-character Chinese item right before ``end`` that the name reader does not know,
    after a joiner (和, 跟, 与, 、), with no word of a sentence in it."""
    m = re.search(r"(?<=[和跟与、])([\u4e00-\u9fff]{2})\s*$", s.text[:end])
    if m is None:
        return None
    hit = bare_item(s.text[:end], m.start(1))  # (the item ends where the part's verb starts)
    if hit is None or hit.end != m.end(1):
        return None
    return hit.name, Span(hit.start, hit.end, hit.text)


def _zh_small(raw: str) -> int:
    digits = "一二三四五六七八九十"
    if raw.isdigit():
        return int(raw)
    if raw == "十":
        return 10
    return digits.index(raw[-1]) + 1 + (10 if raw.startswith("十") and len(raw) == 2 else 0)


#: you or a pronoun right before a bare number ("him 45 and me 55"): the number is that person's part
_BARE_WHO = re.compile(r"(?i:(?<![\w'])(me|him|her))[ \t]+$")


def _part_person(s: Scan, end: int) -> tuple[str, Span] | None:
    """The person whose part follows ``end``: you, a pronoun for the one other person named, or a name."""
    head = s.text[max(0, end - 40) : end]
    m = _PART_WHO.search(head)
    if m is not None:
        start = end - len(head) + m.start()
        word = m.group(0)
        if m.group("me") or m.group("zme"):
            return "me", Span(start, start + len(word), word)
        others = {n.name for n in s.names if n.name != "me"} - {a.address for a in s.addresses}
        if len(others) != 1:
            return None  # "she" with two or more people named: who is meant is not known
        return next(iter(others)), Span(start, start + len(word), word)
    hit = _name_ending_at(s.text[:end])
    if hit is None or hit.end != end:
        return None
    if re.search(r"(?<![\w.])[A-Z][\w&'\-]*\s+$", s.text[: hit.start]):
        return None  # "Acme Studios 70%": a capitalised word before the name read may be part of it: not read
    return hit.name, Span(hit.start, hit.end, hit.text)


#: "大头", "the lion's share": a size word before the part said exactly
_BIG_PART = re.compile(
    r"(?:大头|小头|大部分|小部分|(?i:the\s+(?:big|bigger|biggest|larger|largest|lion'?s)\s+(?:share|part|cut|chunk)))"
    r"\s*[,，:：(（]?\s*"
)
#: "剩下的一半", "half of the rest": a part of what the others leave
_REST_HALF = re.compile(r"(?:剩下|剩余|其余)的?一半|(?i:half\s+(?:of\s+)?the\s+(?:rest|remainder))")
#: "他俩平分剩下的", "the other two split the rest": the rest, in equal parts, for the others listed
_OTHERS_SPLIT_REST = re.compile(
    r"(?:他俩|她俩|他们俩|她们俩|他们两个|她们两个|他们两人|她们两人|他们|她们|其他人|另外两人|另外两个人?)\s*(?:平分|均分|分)\s*"
    r"(?:剩下|剩余|其余)的?(?:部分|钱)?"
    r"|(?i:\b(?:the\s+other\s+(?:two|three|four)|they|the\s+two\s+of\s+them|both\s+of\s+them|the\s+others)\s+"
    r"(?:split|share|divide)\s+the\s+(?:rest|remainder)(?:\s+(?:equally|evenly))?)"
)
_VULGAR = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅕": (1, 5), "⅖": (2, 5), "⅗": (3, 5)}
_VULGAR.update({"⅘": (4, 5), "⅙": (1, 6), "⅚": (5, 6), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8)})


def _part_value(s: Scan, pos: int) -> tuple[Any, int] | None:
    """The part right at ``pos``: a Fraction of the whole, a percent, a bare number, or "rest"; with its end."""
    from fractions import Fraction

    text = s.text
    vulgar = _VULGAR.get(text[pos : pos + 1])
    if vulgar is not None:  # "我 ½，小林和小董各 ¼": a fraction sign is a part of the whole
        return Fraction(*vulgar), pos + 1
    m = _ZH_FRACTION.match(text, pos)
    if m:
        den, num = _zh_small(m.group("d")), _zh_small(m.group("n"))
        return (Fraction(num, den), m.end()) if 0 < num < den else None
    m = _EN_FRACTION.match(text, pos)
    if m:
        if m.group("one"):
            return Fraction(1, _EN_PARTS[m.group("one").lower()]), m.end()
        if m.group("two"):
            return Fraction(2, 3), m.end()
        if m.group("three"):
            word = m.group(0).split()[-1].lower()
            return Fraction(3, {"quarters": 4, "fourths": 4, "fifths": 5}[word]), m.end()
        return Fraction(1, 2), m.end()
    m = _REST_HALF.match(text, pos)
    if m:  # "阿宝和胖子各拿剩下的一半": each a half of what is left
        return ("restpart", Fraction(1, 2)), m.end()
    m = _PART_REST.match(text, pos)
    if m:
        return "rest", m.end()
    m = re.match(r"(\d{1,2})\s*/\s*(\d{1,2})(?![\d/])", text[pos:])  # "Tova gets 1/4 … I keep 3/4"
    if m:
        num, den = int(m.group(1)), int(m.group(2))
        return (Fraction(num, den), pos + m.end()) if 0 < num < den else None
    n = next((x for x in s.numbers if x.start == pos and not s.in_duration(x) and not s.in_address(x)), None)
    if n is None or n.ambiguous or n.error or n.value <= 0:
        return None
    if n.percent:
        return Fraction(n.value) / 100, n.end
    tail = re.match(r"\s*(?:成(?!本)|%)", text[n.end :])
    if tail and tail.group(0).strip() == "成":
        return Fraction(n.value) / 10, n.end + tail.end()
    return ("bare", Fraction(n.value)), n.end


def _parts(s: Scan, listed: list[tuple[str, Span]]) -> tuple[list[tuple[str, Span]], list[Decimal], list[Span]] | None:
    from fractions import Fraction
    from math import lcm

    text = s.text
    people: list[tuple[str, Span]] = []
    values: list[Any] = []
    spans: list[Span] = []
    times = [m for m in _TIMES.finditer(text)]
    zh_times = [m for m in _ZH_TIMES.finditer(text)]
    if len(zh_times) == 1 and not times:  # "阿伟拿的是我的两倍": k parts to one, one to the other
        return _zh_times(s, zh_times[0], listed)
    if len(times) == 1:  # "Finnegan gets twice what I get": two people, k parts to one
        t = times[0]
        a = _part_person(s, t.start())
        each_of = _EACH_OF.match(text, t.end())
        if each_of is not None and a is not None:  # "I get double what each of Sam and Priya gets"
            return _times_each_of(s, t, a, each_of.end(), listed)
        b_who = re.match(r"(?i:(?P<me>I|me)\b|(?P<pro>she|he|her|him)\b)", text[t.end() :])
        b: tuple[str, Span] | None = None
        if b_who is not None and b_who.group("me"):
            b = ("me", Span(t.end() + b_who.start(), t.end() + b_who.end(), b_who.group(0)))
        else:
            hit = read_payee(text, t.end())
            if hit is not None and hit.start == t.end():
                b = (hit.name, Span(hit.start, hit.end, hit.text))
        if a is None or b is None or a[0] == b[0]:
            return None
        k = _TIMES_K[re.sub(r"\s+", " ", t.group("k").lower())]
        people, shares = [a, b], [Decimal(k), Decimal(1)]
        spans = [Span(t.start(), t.end(), t.group(0))]
        return _in_list_order(people, shares, listed, spans)
    # (where the person ends, where the part starts, said "each"): after a verb, or a percent right after a name
    slots = [(v.start(), v.end(), v.re is _EACH_VERB) for v in (*_PART_VERB.finditer(text), *_EACH_VERB.finditer(text))]
    each_at = [(a, b) for a, b, each in slots if each]
    # "各拿": the verb inside an "each" is no part of its own ("老孙各拿" is no person "孙各")
    slots = [(a, b, each) for a, b, each in slots if each or not any(x <= a < y for x, y in each_at)]
    taken = {b for _, b, _ in slots}
    for n in s.numbers:
        gap = re.search(r"[ \t]*$", text[: n.start])
        vulgar = text[n.start : n.start + 1] in _VULGAR
        if (n.percent or vulgar) and n.start not in taken and gap is not None and gap.start() > 0:
            slots.append((gap.start(), n.start, False))  # "鼓手小乐30%", "Ana 40%", "我 ½"
        elif not n.percent and n.start not in taken and (who_at := _BARE_WHO.search(text[: n.start])) is not None:
            slots.append((who_at.end(1), n.start, False))  # "him 45 and me 55": a pronoun, then its bare part
    for f in (*_EN_FRACTION.finditer(text), *_ZH_FRACTION.finditer(text)):
        gap = re.search(r"(?<=[^\W\d_])[ \t]*[:：]?[ \t]*$", text[: f.start()])
        if f.start() not in taken and gap is not None:
            slots.append((gap.start(), f.start(), False))  # "Kim gets a quarter, Ana a quarter": a name, its part
    others_at: list[tuple[Any, Span]] = []
    for at, value, end, payee in _parts_to(s, taken):  # "2/3 to me and a third to Kim": each part before its payee
        people.append(payee)
        values.append(value)
        spans.append(Span(at, end, text[at:end]))
        slots = [sl for sl in slots if sl[1] != at]  # the part is its payee's after it, not a name's before it
    for v_start, v_end, each_verb in sorted(slots):
        got = _part_value(s, v_end)
        big = _BIG_PART.match(text, v_end) if got is None else None
        if big is not None:  # "我拿大头 70%": the size word said before the part itself
            got = _part_value(s, big.end())
        if got is None:
            continue
        value, end = got
        if each_verb or _PART_EACH.match(text, end):
            # "Me & Delphine get 40 each", "她们各 25%": one part for each of several people
            group = _part_group(s, v_start)
            if group is None:
                return None
            if isinstance(group, str):  # "others"
                others_at.append((value, Span(v_end, end, text[v_end:end])))
                continue
            for member in group:
                people.append(member)
                values.append(value)
            spans.append(Span(v_end, end, text[v_end:end]))
            continue
        who = _part_person(s, v_start)
        if who is None:
            continue
        people.append(who)
        values.append(value)
        spans.append(Span(v_end, end, text[v_end:end]))
    for m in _REST.finditer(text):  # "小林拿三分之一，剩下的都归我": the rest, to the one named after it
        after = read_payee(text, m.end())
        if after is not None and after.start == m.end() and after.name not in {p for p, _ in people}:
            people.append((after.name, Span(after.start, after.end, after.text)))
            values.append("rest")
            spans.append(Span(m.start(), m.end(), m.group(0)))
    for m in _OTHERS_SPLIT_REST.finditer(text):  # "我拿四成，他俩平分剩下的": the rest, equally, for the others
        others_at.append(("restsplit", Span(m.start(), m.end(), m.group(0))))
    for value, span in others_at:  # "我拿 50%，她们各 25%": the payees listed elsewhere that have no part yet
        rest = [(n, sp) for n, sp in listed if n not in {p for p, _ in people}]
        if not rest:
            return None
        people.extend(rest)
        values.extend([("restpart", Fraction(1, len(rest))) if value == "restsplit" else value] * len(rest))
        spans.append(span)
    if len(people) < 2 or len({p for p, _ in people}) != len(people):
        return None
    restparts = [i for i, x in enumerate(values) if isinstance(x, tuple) and x[0] == "restpart"]
    if restparts:  # parts of what is left: they must share out all of it, after parts of the whole
        if sum((values[i][1] for i in restparts), Fraction(0)) != 1 or "rest" in values:
            return None
        whole = [x for x in values if isinstance(x, Fraction)]
        if len(whole) + len(restparts) != len(values) or not 0 < sum(whole, Fraction(0)) < 1:
            return None
        left = 1 - sum(whole, Fraction(0))
        values = [left * x[1] if isinstance(x, tuple) else x for x in values]
    bare = [x for x in values if isinstance(x, tuple)]
    pcts = [x for x in values if isinstance(x, Fraction) and (x * 100).denominator == 1]
    if (
        bare
        and len(bare) + len(pcts) == len(values)
        and sum((x[1] for x in bare), Fraction(0)) + sum(pcts, Fraction(0)) * 100 == 100
        and any(n.percent for n in s.numbers)
    ):
        # "65 percent to me and 35 to Efua": the bare number of a list of percents, adding up to 100, is a percent
        values = [x[1] / 100 if isinstance(x, tuple) else x for x in values]
        bare = []
    if bare and len(bare) != len(values):
        return None  # numbers and fractions mixed: what the numbers count is not known
    if bare:
        parts = [x[1] for x in bare]
        if sum(parts) != 100:
            return None  # "she takes 45 and I take 55": bare numbers are percents only when they add up to 100
        fracs: list[Fraction] = [p / 100 for p in parts]
    else:
        rests = [i for i, x in enumerate(values) if x == "rest"]
        known = sum((x for x in values if isinstance(x, Fraction)), Fraction(0))
        if len(rests) > 1 or (rests and known >= 1) or (not rests and known != 1):
            return None
        fracs = [Fraction(1) - known if x == "rest" else x for x in values]
    den = lcm(*(f.denominator for f in fracs))
    shares = [Decimal(int(f * den)) for f in fracs]
    return _in_list_order(people, shares, listed, spans)


#: "阿伟拿的是我的两倍", "小林分到的是阿杰的三倍": one payee k times the other
_ZH_TIMES = re.compile(
    r"(?:拿|得|分到?|领)(?:的|到的)?\s*(?:是|为)?\s*(?P<b>我|[\u4e00-\u9fff]{2,3}?)(?:的)\s*(?P<k>两|二|三|2|3)\s*倍"
)
#: "each of them", "each of the others", "each of us": the rest of the payees listed elsewhere
_THE_OTHERS_AFTER = re.compile(r"(?i:(?:them|us|the\s+others|the\s+other\s+(?:two|three|four))\b)")
#: "double what each of Sam and Priya gets": the k parts measured against each of a list
_EACH_OF = re.compile(r"(?i:each\s+of\s+)")
#: a part said before its payee: "2/3 to me", "a third to Kim", "35 to Efua", "30%给阿梅"
_VALUE_TO = re.compile(r"(?i:\s*(?:goes\s+|go\s+|is\s+)?(?:to|for)\s+)|\s*(?:给|归)\s*")


def _zh_times(
    s: Scan, z: re.Match[str], listed: list[tuple[str, Span]]
) -> tuple[list[tuple[str, Span]], list[Decimal], list[Span]] | None:
    """ "阿伟拿的是我的两倍": the one before the verb k parts, the one measured against one."""
    a = _part_person(s, z.start())
    b_at = z.start("b")
    b: tuple[str, Span] | None = None
    if z.group("b") == "我":
        b = ("me", Span(b_at, b_at + 1, "我"))
    else:
        hit = read_payee(s.text, b_at)
        if hit is not None and hit.start == b_at and hit.end == z.end("b"):
            b = (hit.name, Span(hit.start, hit.end, hit.text))
    if a is None or b is None or a[0] == b[0]:
        return None
    k = {"两": 2, "二": 2, "2": 2, "三": 3, "3": 3}[z.group("k")]
    return _in_list_order([a, b], [Decimal(k), Decimal(1)], listed, [Span(z.start(), z.end(), z.group(0))])


def _times_each_of(
    s: Scan, t: re.Match[str], a: tuple[str, Span], at: int, listed: list[tuple[str, Span]]
) -> tuple[list[tuple[str, Span]], list[Decimal], list[Span]] | None:
    """ "I get double what each of Sam and Priya gets": k parts to one, one to each of the list after "each of"."""
    if _THE_OTHERS_AFTER.match(s.text, at):  # "… each of the others gets": everyone listed but the one
        names = [(n, sp) for n, sp in listed if n != a[0]]
        if len(names) + 1 != len(listed):
            return None
    else:
        names = [(g.name, Span(g.start, g.end, g.text)) for g in read_list(s.text, at)]
    if len(names) < 2 or a[0] in {n for n, _ in names} or len({n for n, _ in names}) != len(names):
        return None
    k = _TIMES_K[re.sub(r"\s+", " ", t.group("k").lower())]
    spans = [Span(t.start(), at, s.text[t.start() : at])]
    return _in_list_order([a, *names], [Decimal(k)] + [Decimal(1)] * len(names), listed, spans)


def _parts_to(s: Scan, taken: set[int]) -> list[tuple[int, Any, int, tuple[str, Span]]]:
    """Each part written before its payee ("2/3 to me and a third to Kim"): (start, value, end, payee)."""
    text = s.text
    starts = sorted(
        {n.start for n in s.numbers if not s.in_duration(n) and not s.in_address(n)}
        | {m.start() for m in _EN_FRACTION.finditer(text)}
        | {m.start() for m in _ZH_FRACTION.finditer(text)}
    )
    out: list[tuple[int, Any, int, tuple[str, Span]]] = []
    last = -1
    for at in starts:
        if at in taken or at < last:
            continue
        got = _part_value(s, at)
        if got is None:
            continue
        value, end = got
        each = _EACH_TO.match(text, end)
        # "a quarter each to Ken and Lucy": the part for every one named (a slashed "1/4 each to …" stays asked, as
        # round 7 settled for the lists around it)
        if each is not None and value != "rest" and "/" not in text[at:end]:
            group = read_list(text, each.end(), read_payee)
            if len(group) < 2 or group.nameless or group[0].start != each.end():
                continue
            out.extend((at, value, end, (m.name, Span(m.start, m.end, m.text))) for m in group)
            last = group[-1].end
            continue
        to = _VALUE_TO.match(text, end)
        if to is None:
            continue
        hit = read_payee(text, to.end())
        if hit is None or hit.start != to.end():
            continue
        # "…, and the rest to me": what the other parts leave, for the payee after it
        out.append((at, value, end, (hit.name, Span(hit.start, hit.end, hit.text))))
        last = hit.end
    if all(value == "rest" for _, value, _, _ in out):
        return []  # "the rest to me" alone names no part: the other readers read the shares
    return out


#: a part said before several payees, the same for each: "a quarter each to Ken and Lucy", "20% each for A, B"
_EACH_TO = re.compile(r"(?i:\s*each\s+(?:goes\s+)?(?:to|for)\s+|\s*(?:to|for)\s+each\s+of\s+)")


def _in_list_order(
    people: list[tuple[str, Span]], shares: list[Decimal], listed: list[tuple[str, Span]], spans: list[Span]
) -> tuple[list[tuple[str, Span]], list[Decimal], list[Span]] | None:
    """The parts in the order of the payees listed elsewhere, when that list names exactly the same people."""
    if not listed:
        return people, shares, spans
    names = [n for n, _ in listed]
    if not set(names) <= {p for p, _ in people}:
        return None  # two readings of who is paid disagree: asked
    if len(names) < len(people):  # "Me & Delphine get 40 each, our producer Rocco gets 20": the parts name them all
        return people, shares, spans
    order = {p: i for i, (p, _) in enumerate(people)}
    return listed, [shares[order[n]] for n in names], spans
