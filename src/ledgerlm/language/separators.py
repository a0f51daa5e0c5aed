"""One grammar for a list of people, shared by every kind that has one (multisig owners, splitter payees, DAO
holders).

Why one place: the separator between two names was written three times (multisig, splitter and dao extractors),
each a little different ("+" in one, 跟 in another), so "me + Ollie + Ms. Brandt" read as three owners in one kind
and as nothing in the next. Here the same list reads the same way everywhere:

* separators (``SEP``): ``,`` ``，`` ``、`` ``, and`` ``and`` ``&`` ``+`` ``plus`` ``along with`` ``as well as``
  ``/`` and 和 及 以及 与 跟 还有 加上 (a separator joins two items only where both read as people, so the
  "/" of "60/40" never makes a list);
* an item (``read_person``): a name as ``ledgerlm.language.parties.read_name`` reads it (titles, "me", addresses),
  or a name after a Chinese role noun that belongs to no name ("财务部刘会计" is 刘会计, "社长阿龙" is 阿龙,
  "出版社上海星辰文化有限公司" is the company);
* a list (``read_list``): items joined by separators, each read whole, from a given place; ``chain`` tries
  several places and keeps the first list of enough distinct names.

Nothing here decides what the people are (owners, payees, holders): each kind's extractor does, from its cues.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ledgerlm.language.evidence import Ignored, Span, Unsure
from ledgerlm.language.parties import NameMatch, read_name

if TYPE_CHECKING:
    from ledgerlm.language.extract import Scan

__all__ = [
    "SEP",
    "SUPERSEDED",
    "ZH_ROLE",
    "People",
    "Stated",
    "ask_group",
    "ask_me_left_out",
    "bare_item",
    "chain",
    "cut_by_blank",
    "group_disagreement",
    "lower_item",
    "lower_name_list",
    "me_joined",
    "read_list",
    "read_person",
    "reference_spans",
    "role_only",
    "sep_at",
    "set_aside_references",
    "spaced_zh",
    "split_zh",
    "stated_counts",
    "without_role",
]

#: the separator between two people of a list (with the blanks around it)
SEP = re.compile(
    r"\s*(?:,\s*(?:and|plus|&|\+)\b|[,，]\s*(?:外加|再加上|加上|还有|以及)|,|，|、|\band\b|\bplus\b|\balong\s+with\b|\bas\s+well\s+as\b|&|\+|＋|"
    # 同 is the Cantonese 和 ("我同阿強、阿May"): only where it is no word of its own (同意, 同时, 共同 ...)
    r"/|\bn\b|以及|还有|加上|外加|再加上|和|及|与|跟|(?<![共相一不])同(?![意时样步等事学行伴期比类款]))\s*",
    re.IGNORECASE,
)

#: a Chinese role or department noun written right before a name, which is no part of it: "财务部刘会计",
#: "社长阿龙", "副社长小蒋", "作者老何", "插画师小楠", "出版社上海星辰文化有限公司", "姐姐小雯"
ZH_ROLE = re.compile(
    r"(?:[\u4e00-\u9fff]{1,4}?(?:部|处|科|组|办|中心)|(?:副|总|首席|常务)?(?:社长|会长|组长|队长|主席|部长|主任|秘书长|"
    r"经理|总监|主管|理事|董事|监事|会计|出纳|财务|律师|顾问|作者|作家|编辑|主编|译者|出版社|出版方|平台方?|"
    r"画师|插画师|设计师|摄影师|剪辑师|歌手|导演|制片人?|编剧|主播|老板|店长|厨师|司机|管家|"
    r"主唱|鼓手|吉他手|贝斯手|键盘手|乐手|经纪人|助教|助理|合伙人|股东|会员|队员|教练|委员|业主代表|业主|楼长|车主|群主|"
    r"司库|秘书|村长|校长|班长|厂长|院长|站长|镇长|乡长|处长|科长|所长|馆长|社工|"
    r"哥哥|姐姐|弟弟|妹妹|表哥|表姐|表弟|表妹|堂哥|堂姐|爸爸|妈妈|老婆|老公|妻子|丈夫))"
)

#: a contract's party label with no party named ("甲方", "乙方", "丙方"): who signs, never who the party is
_PARTY_LETTER = re.compile(r"[甲乙丙丁戊己庚辛]方")


def role_only(name: str) -> bool:
    """``name`` is only a role or a family word ("甲方", "表哥", "经纪人"): a read like this names nobody, so the
    place it fills is asked rather than bound to a person the text never names."""
    name = name.strip()
    return bool(_PARTY_LETTER.fullmatch(name) or ZH_ROLE.fullmatch(name))


#: the user's relative written before a name ("我爸老林", "我姐林芳"): no part of the name
_MY_KIN = re.compile(r"(?:我的?|my\s+)(?:爸爸?|妈妈?|哥哥?|姐姐?|弟弟?|妹妹?|老婆|老公|爸|妈)", re.IGNORECASE)
#: someone listed without a name ("我妈", "my mom"): a person of the list, but nobody to bind; kept apart
_NAMELESS = re.compile(
    r"(?:我的?|咱)(?:爸爸?|妈妈?|哥哥?|姐姐?|弟弟?|妹妹?|老婆|老公|爷爷|奶奶)(?![\u4e00-\u9fffA-Za-z])"
    r"|(?:my|our)\s+(?:mom|mum|dad|mother|father|brother|sister|wife|husband|son|daughter|partner)(?![\w'])",
    re.IGNORECASE,
)

_COUNTED = re.compile(
    r"(?:\d+|[一二两三四五六七八九十])\s*(?:个|位|名)|\b(?:two|three|four|five|\d+)\s+[a-z]+s\b", re.IGNORECASE
)
_ME_THEN_SEP = re.compile(r"我(?=\s*(?:和|跟|与|及|同(?![意时样步等事学行伴期比类款])|、|，|,|＋|\+))")
_ROLE_STOP = re.compile(r"[需要全都的是为和跟与你他她们请帮让给把被将就才能可以一二三四五六七八九十两个每]")

_ZH_JOIN = re.compile(r"\s*(?:以及|还有|加上|和|与|跟|及|(?<![共相一不])同(?![意时样步等事学行伴期比类款])|、|，|,)\s*")


def sep_at(text: str, pos: int) -> re.Match[str] | None:
    """The list separator starting at ``pos`` (blanks included), or None."""
    return SEP.match(text, pos)


def read_person(text: str, pos: int) -> NameMatch | None:
    """The person at ``pos``: a Chinese role noun first is skipped when a whole name follows it ("社长阿龙" is
    阿龙); otherwise the shared name reader's reading. A Latin name goes on past the letters with accents the name
    reader stops at ("Björn", "Chloé")."""
    found = _read_person(text, pos)
    if found is None or not found.name[-1:].isascii() or not found.name[-1:].isalpha():
        return found
    end = found.end
    while end < len(text) and text[end].isalpha() and not text[end].isascii() and text[end] < "\u0250":
        end += 1
    while end > found.end and end < len(text) and text[end].isascii() and text[end].isalpha():
        end += 1  # "Björn": the ASCII letters after the accented one are the same word
    if end == found.end:
        return found
    return NameMatch(found.name + text[found.end : end], found.start, end, text[found.start : end])


#: a chat mention ("@Dana", "@rohit.k"): the handle names the person, the "@" is no part of the name
_MENTION = re.compile(r"@(?P<h>[A-Za-z][\w.\-]{0,30}[A-Za-z0-9]|[A-Za-z])(?![\w@])")


def _mention(text: str, at: int) -> NameMatch | None:
    """ "split evenly between me, @Dana and @Rohit": a Slack/Discord mention is a person, read as its handle; an
    e-mail address ("ana@x.io", a word right before the "@") is none."""
    m = _MENTION.match(text, at)
    if m is None or (at > 0 and (text[at - 1].isalnum() or text[at - 1] in "._-")):
        return None
    return NameMatch(m.group("h"), at, m.end(), m.group(0))


#: a speech filler before a list item ("between me and uh Sofia Bianchi", "me, um, Rohan"): no part of the name
_FILLER = re.compile(r"(?:(?:uh+|um+|erm+|er|ah+|hmm+)(?![\w'’])[ \t,]*)+")


def _read_person(text: str, pos: int) -> NameMatch | None:
    at = pos
    while at < len(text) and text[at] in " \t":
        at += 1
    filler = _FILLER.match(text, at)
    if filler is not None and filler.end() < len(text):  # dictation: the filler is skipped, the name read after it
        at = pos = filler.end()
    mention = _mention(text, at)
    if mention is not None:
        return mention
    if _ME_THEN_SEP.match(text, at):  # "我和合伙人老陈": the user, then a separator (never a description of 老陈)
        return NameMatch("me", at, at + 1, "我")
    role = ZH_ROLE.match(text, at) or _MY_KIN.match(text, at)
    if role is not None and _ROLE_STOP.search(role.group(0)):
        role = None  # "需要全部同意": words of a sentence, not a department
    if role is not None and role.end() < len(text):
        inner = read_name(text, role.end(), allow_me=False)
        if inner is not None and inner.start == role.end():
            return _trim_verb(text, inner)
        given = _ZH_GIVEN.match(text, role.end())  # "表妹晓雪": a given name alone after the role noun
        if given is not None and not _NOT_BARE.search(given.group(0)):
            return NameMatch(given.group(0), given.start(), given.end(), given.group(0))
    found = read_name(text, pos)
    if role is not None and found is not None and found.start >= role.end() and _NOT_BARE.search(found.name):
        # "我跟表姐平分" read as a person "平分": the words after the role noun are a verb, not a name; the role
        # noun alone is read as the shared reader reads it there (a family word is the person), or nothing
        alone = read_name(text[: role.end()], pos)
        return alone if alone is not None and alone.end == role.end() else None
    if found is not None and _COUNTED.search(text, at, found.start):
        return None  # "两个合伙人共管", "三个朋友分钱": a counted group, and the words after it are no one's name
    if found is not None:
        found = _trim_verb(text, found)
    if found is None:  # "drummer Kofi", "treasurer Ms. Obi": a role noun right before a capitalised name
        r = _EN_ROLE.match(text, at)
        inner = read_name(text, r.end(), allow_me=False) if r is not None else None
        if inner is not None and r is not None and inner.start == r.end() and inner.name[:1].isupper():
            return inner
    if found is None:  # "the club treasurer Mrs. Adeyemi": a description the name reader does not know, then a name
        d = _EN_DESCRIBED.match(text, at)
        if d is not None and not (set(d.group(0).lower().split()[1:]) & _NOT_DESCRIPTION):
            inner = read_name(text, d.end(), allow_me=False)
            if inner is not None and inner.start == d.end() and inner.name[:1].isupper():
                return inner
    return found


#: a two-character given name after a role noun, ending where the item ends ("表妹晓雪，", "表妹晓雪和我")
_ZH_GIVEN = re.compile(r"[\u4e00-\u9fff]{2}(?=\s*(?:[、，,。；;：:!！?？)）]|$|和|跟|与|及))")
#: a verb glued to the last name of a Chinese list ("小芸、大卫弄个多签"), or a word of the parts ("王芳各四分之一",
#: "老李占一半"): no part of the name
_ZH_VERB = re.compile(r"(?:弄|搞|建|做|开|设|创|办|整|来|一起|准备|想|要|的|各|都|共|占|佔|拿)")


#: a bare item of a 、 list that the name reader does not know ("大勇", "阿强", "大卫"): two or three Chinese
#: characters up to the next separator, or two before a verb that starts the sentence ("大卫弄个多签")
_BARE = re.compile(
    r"[\u4e00-\u9fff]{2,3}(?=\s*(?:[、，,。；;：:)）]|$))|[\u4e00-\u9fff]{2}(?=(?:弄|搞|建|开|办|整|做)(?:个|一个|了))"
)
_NOT_BARE = re.compile(
    r"[的我你他她们给归由向让和跟与拿得占分按把被是为到钱收入益利润比例平均各自其中剩下一二三四五六七八九十几个人位名]"
)


def bare_item(text: str, pos: int) -> NameMatch | None:
    """A 2-3 character Chinese item of a 、 list, when no word of a sentence is in it (only after a 、)."""
    m = _BARE.match(text, pos)
    if m is None or _NOT_BARE.search(m.group(0)):
        return None
    return NameMatch(m.group(0), m.start(), m.end(), m.group(0))


def _trim_verb(text: str, found: NameMatch) -> NameMatch:
    """A three-character Chinese name whose last character is a verb that starts the sentence after the list
    ("大卫弄个…" is 大卫) when the two characters before read as a name on their own."""
    if len(found.name) == 3 and found.text == found.name and _ZH_VERB.match(found.name, 2):
        short = read_name(text[: found.end - 1], found.start, allow_me=False)
        if short is not None and short.start == found.start and short.end == found.end - 1:
            return short
    return found


#: a role noun written right before a name in a list ("drummer Kofi, bassist Lena, me"): no part of the name
_EN_ROLE = re.compile(
    r"(?i:(?:drummer|bassist|guitarist|singer|vocalist|keyboardist|pianist|violinist|producer|engineer|manager|"
    r"treasurer|secretary|chair(?:man|woman|person)?|president|vice[- ]president|captain|coach|director|editor|"
    r"designer|developer|illustrator|photographer|writer|author|founder|co-?founder|partner|member|officer|trustee|"
    r"accountant|lawyer|advisor|adviser|admin|moderator|mod|organi[sz]er)\s+)(?=[A-Z])"
)
#: "the club treasurer", "our sound guy": an article or possessive and one or two lower-case words before a name
_EN_DESCRIBED = re.compile(r"(?:the|my|our|his|her|their)\s+(?:[a-z][\w\-]*\s+){1,2}(?=[A-Z])")
_NOT_DESCRIPTION = frozenset(
    [
        "the",
        "my",
        "our",
        "to",
        "for",
        "and",
        "or",
        "of",
        "with",
        "from",
        "by",
        "is",
        "are",
        "gets",
        "get",
        "takes",
        "keeps",
        "rest",
        "remainder",
        "other",
        "half",
        "split",
        "share",
        "shares",
        "goes",
        "go",
        "sent",
        "paid",
        "in",
        "on",
        "at",
        "as",
    ]
)


def without_role(text: str, found: NameMatch) -> NameMatch:
    """``found`` without a Chinese role noun it was read with ("出版社上海星辰文化有限公司" is the company, "作者
    老何" is 老何), when what follows the role noun reads as a whole name to the same end."""
    role = ZH_ROLE.match(text, found.start) or _MY_KIN.match(text, found.start)
    if role is None or role.end() >= found.end:
        return found
    inner = read_name(text, role.end(), allow_me=False)
    if inner is not None and inner.start == role.end() and inner.end == found.end:
        return inner
    return found


Reader = Callable[[str, int], NameMatch | None]


class People(list[NameMatch]):
    """The named people of a list, in order; ``nameless`` holds the items that are people without a name ("我妈",
    "my mom"), so a kind never counts the list as complete when someone in it cannot be bound."""

    def __init__(self) -> None:
        super().__init__()
        self.nameless: list[NameMatch] = []


def read_list(text: str, pos: int, reader: Reader = read_person, *, exact: bool = False) -> People:
    """The people listed from ``pos`` on, joined by ``SEP``; the list ends at the first item that does not read
    as a name (``exact``: an item must start right where the separator ends). A person without a name inside the
    list ("我爸老林、我妈、我") is set aside in ``nameless`` and the list goes on."""
    items = People()
    counted: tuple[int, int] | None = None  # (where a counted group starts in ``items``, its count)
    while True:
        found = reader(text, pos)
        if found is None and items and counted is None:
            # "我和两个合伙人大壮、小美": a count and a role noun before the names they count (the role is no name)
            c = _COUNT_ROLE.match(text, pos)
            inner = reader(text, c.end()) if c is not None else None
            if (
                c is not None
                and inner is not None
                and re.fullmatch(r"[\u4e00-\u9fff]{1,4}", text[c.end() : inner.start])
            ):
                counted = (len(items), _value(c.group("n")))
                found = inner
        if found is None and items and (text[pos - 1 : pos] == "、" or text[pos - 2 : pos] == "、和"):
            found = bare_item(text, pos)
        if found is None and items:
            found = lower_item(text, pos)
        if found is None and items:
            blank = _NAMELESS.match(text, pos)
            after = SEP.match(text, blank.end()) if blank is not None else None
            if blank is not None and after is not None and reader(text, after.end()) is not None:
                items.nameless.append(NameMatch(blank.group(0), blank.start(), blank.end(), blank.group(0)))
                pos = after.end()
                continue
        if found is None or (exact and found.start != pos):
            break
        if any(found.start < it.end for it in items):
            break  # a reader that looks past a separator and finds an earlier name again: the list has ended
        items.extend(_ampersand(found) if items else [found])
        sep = SEP.match(text, found.end) or _blank_between_cjk(text, found, reader)
        if not sep or sep.end() >= len(text):
            break
        pos = sep.end()
    if counted is not None and len(items) - counted[0] != counted[1]:
        del items[counted[0] :]  # "两个合伙人" and not two names after it: the list ends before the group
    if len(items) == 1 and _TWO_BEFORE.search(text[: items[0].start]):
        # "my two co-founders (Sigrid & Dev)": a lone "A & B" right after a count of two is the two people counted
        pair = _ampersand(items[0])
        if len(pair) == 2:
            items[:] = pair
    return items


#: where a lower-case item of a list ends: the next separator, or the end of the list's clause
_LOWER_ITEM_END = re.compile(r"[ \t]*(?:[,，、;；.!?！？)）\n:：]|\band\b|&|\+|$)", re.IGNORECASE)


def lower_item(text: str, pos: int) -> NameMatch | None:
    """ "me, aiko, bongani and tess": a lower-case word the name reader knows as no common word, as an item of a
    list a name already opened, when the item ends where a list item ends (a separator, the clause's end)."""
    low = read_name(text, pos, allow_me=False, lower=True)
    if low is None or not low.name.islower() or not low.name.isascii() or " " in low.name:
        return None
    if text[pos : low.start].strip() or not _LOWER_ITEM_END.match(text, low.end):
        return None
    return low


#: lower-case words that read as names to the lenient reader but name no person: never half of a two-word name
_NOT_LOWER_NAME = frozenset(
    [
        "the",
        "a",
        "an",
        "my",
        "our",
        "your",
        "their",
        "his",
        "her",
        "them",
        "us",
        "everyone",
        "everybody",
        "charity",
        "band",
        "studio",
        "label",
        "fund",
        "team",
        "company",
        "group",
        "club",
        "family",
        "friends",
        "shop",
        "store",
        "church",
        "school",
        "city",
        "council",
        "and",
        "or",
        "with",
        "for",
        "to",
        "of",
        "in",
        "on",
        "at",
        "by",
        "someone",
        "somebody",
        "anyone",
        "anybody",
        "nobody",
        "else",
        "other",
        "others",
        "another",
        "person",
        "people",
        "partner",
        "partners",
        "wife",
        "husband",
        "brother",
        "sister",
        "mom",
        "mum",
        "dad",
        "mother",
        "father",
        "son",
        "daughter",
        "friend",
        "cousin",
        "uncle",
        "aunt",
        "boss",
        "manager",
        "agent",
        "landlord",
        "investor",
        "investors",
        "artist",
        "artists",
        "owner",
        "owners",
        "member",
        "members",
        "whoever",
        "later",
        "tbd",
    ]
)
_LOWER_JOIN = re.compile(r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]and[ \t]+|[ \t]*&[ \t]*)", re.IGNORECASE)
#: where a lower-case list closes: punctuation, the end, or how it is split ("… and me equally", "… 60 40")
_LOWER_LIST_END = re.compile(
    r"[ \t]*(?:[,，;；.!?！？\n:：(（]|$)|[ \t]+(?:equally|evenly|in[ \t]+equal|down[ \t]+the[ \t]+middle|\d)",
    re.IGNORECASE,
)
_LOWER_WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ'\-]+")
_BLANK = re.compile(r"[ \t]")
_ME_WORD = re.compile(r"(?:me|myself)\b", re.IGNORECASE)


def _lower_full_name(text: str, pos: int) -> NameMatch | None:
    """ "ama owusu", "li wei": two or three lower-case words at ``pos``, each one the name reader takes as a name
    and none a common word that names no person ("the band")."""
    words: list[re.Match[str]] = []
    at = pos
    for _ in range(3):
        m = _LOWER_WORD.match(text, at)
        if m is None or m.group(0) in _NOT_LOWER_NAME:
            break
        low = read_name(text, m.start(), allow_me=False, lower=True)
        if low is None or low.start != m.start() or low.end != m.end():
            break
        words.append(m)
        gap = _BLANK.match(text, m.end())
        if gap is None:
            break
        at = gap.end()
    if len(words) < 2:
        return None
    end = words[-1].end()
    return NameMatch(text[pos:end], pos, end, text[pos:end])


def lower_name_list(text: str, pos: int) -> list[NameMatch]:
    """ "between ama owusu and kofi mensah", "among me, li wei and ana lima": a list written all in lower case,
    each item you or a full name of two or three words, the list closing where the clause does. Single lower-case
    words stay unread here ("between friends and family" is no list of names)."""
    items: list[NameMatch] = []
    while True:
        me = _ME_WORD.match(text, pos)
        found = NameMatch("me", pos, me.end(), me.group(0)) if me else _lower_full_name(text, pos)
        if found is None:
            return []
        items.append(found)
        join = _LOWER_JOIN.match(text, found.end)
        if join is None:
            break
        nxt = join.end()
        me_next = _ME_WORD.match(text, nxt)
        if not me_next and _lower_full_name(text, nxt) is None:
            break
        pos = nxt
    if len(items) < 2 or all(i.name == "me" for i in items) or not _LOWER_LIST_END.match(text, items[-1].end):
        return []
    if len({i.name for i in items}) != len(items):
        return []
    return items


#: a count before a role noun and the names it counts ("两个合伙人大壮、小美", "三位委员…")
_COUNT_ROLE = re.compile(r"(?P<n>[两二三四五六七八九十]|\d{1,2})\s*(?:个|位|名)\s*(?=[\u4e00-\u9fff])")
#: a count of two right before a list ("my two co-founders (", "2 partners:"): the second reading of a lone "A & B"
_TWO_BEFORE = re.compile(
    r"(?i:\b(?:two|2|both)\s+(?:[a-z][\w\-]*\s*){0,2}[(（:：,，]\s*)$|(?:两|二)(?:个|位|名)[\u4e00-\u9fff]{0,4}[(（:：,，]\s*$"
)
_AMP = re.compile(r"([A-Z][a-zà-ÿ'\-]+)\s*&\s*([A-Z][a-zà-ÿ'\-]+)")
_ORG_WORD = re.compile(r"(?:Sons|Daughters|Co|Company|Partners|Associates|Brothers|Bros|Friends|Family)\b")


def _ampersand(found: NameMatch) -> list[NameMatch]:
    """ "me, Oona, Piet, Quinn & Rosa": after other items, "Quinn & Rosa" is the list's last two people (the name
    reader keeps "Hart & Sons" whole, and so does this: an organisation word after "&" is one name)."""
    m = _AMP.fullmatch(found.text)
    if m is None or _ORG_WORD.match(m.group(2)):
        return [found]
    a, b = found.start + m.start(1), found.start + m.start(2)
    return [
        NameMatch(m.group(1), a, a + len(m.group(1)), m.group(1)),
        NameMatch(m.group(2), b, b + len(m.group(2)), m.group(2)),
    ]


def _blank_between_cjk(text: str, found: NameMatch, reader: Reader) -> re.Match[str] | None:
    """ "成员 小马 老钱 阿May 我": blanks alone separate Chinese names (a Chinese name never holds a blank)."""
    blank = re.compile(r"[ \t\u3000]+").match(text, found.end)
    if blank is None or (not re.search(r"[\u4e00-\u9fff]", found.text) and found.name != "me"):
        return None
    if found.name == "me" and not found.text.startswith("我"):
        return None
    nxt = reader(text, blank.end())
    if nxt is None or nxt.start != blank.end():
        return None
    # "我 阿梁 小符 老邝 Kelvin": a Latin name may close a list of Chinese names set apart by blanks, when it is the
    # last word of the clause (never the start of a sentence: "小马 Please …")
    latin_last = re.fullmatch(r"[A-Z][a-z]+", nxt.text) is not None and re.match(
        r"\s*(?:[,，。；;)）]|$)", text[nxt.end :]
    )
    if not re.search(r"[\u4e00-\u9fff]", nxt.text) and not latin_last:
        return None
    return blank


def chain(text: str, starts: list[int], *, min_items: int = 3, reader: Reader = read_person) -> list[NameMatch]:
    """The first list of distinct people starting at one of ``starts`` ("我、老张、小李", "me + Ana + Raj"): at
    least ``min_items`` names, or two joined by a word separator (and, 和, +, …; not a bare comma)."""
    for pos in sorted({_extend_left(text, p, reader) for p in starts}):
        items = read_list(text, pos, reader)
        if not items or len({n.name for n in items}) != len(items):
            continue
        if items[0].start != pos and not _described(text, pos, items[0]):
            continue
        if len(items) >= min_items:
            return items
        if len(items) == 2 and text[items[0].end : items[1].start].strip() not in ("", ",", "，"):
            return items
    return []


#: a capitalised word and a comma right before a list's first item, the word itself right after a list opener
#: ("the 3 of us - Pablo, Quincy and me": the scanner found Quincy, the list begins at Pablo)
_LEFT_ITEM = re.compile(r"(?:^|[-—–:：(（]\s*)([A-Z][\w'\-]*)\s*[,，、]\s*$")


def _extend_left(text: str, pos: int, reader: Reader) -> int:
    """Where a list really starts when a name was found in its middle: back over items a list opener begins."""
    m = _LEFT_ITEM.search(text[:pos])
    if m is None:
        return pos
    found = reader(text, m.start(1))
    return m.start(1) if found is not None and found.start == m.start(1) and found.end == m.end(1) else pos


def _described(text: str, pos: int, first: NameMatch) -> bool:
    """ "my friend Alex", "our accountant Ms. Brandt": words before the first name that describe it."""
    return first.start > pos and re.fullmatch(r"[\w\s\u4e00-\u9fff]{1,30}", text[pos : first.start]) is not None


_COUNTED_ME = re.compile(
    r"(?:我|\b(?:me|I|myself))\s*(?:和|跟|与|\band\b)\s*(?:我的|my\s+|our\s+)?"
    r"(?P<n>\d+|[一二两三四五六七八九十]|two|three|four|five|six|seven|eight|nine)\s*(?:个|位|名)?\s*"
    r"(?:[\u4e00-\u9fff]{1,4}|[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s*[:：(（,，]?\s*$",
    re.IGNORECASE,
)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def counted_me(text: str, items: list[NameMatch]) -> NameMatch | None:
    """ "我和两个朋友阿坤、小菲", "me and my two cofounders, Ada and Bo": the user, then a counted group that the list
    names; the user is one of the people when the count equals the list's length (None otherwise)."""
    if not items or items[0].name == "me":
        return None
    m = _COUNTED_ME.search(text[: items[0].start])
    if m is None:
        return None
    raw = m.group("n").lower()
    n = (
        int(raw)
        if raw.isdigit()
        else _COUNT_WORDS.get(raw) or "一二三四五六七八九十".index(raw.replace("两", "二")) + 1
    )
    if n != len(items):
        return None
    word = m.group(0)[:1] if m.group(0).startswith("我") else m.group(0).split()[0]
    return NameMatch("me", m.start(), m.start() + len(word), word)


def split_zh(phrase: str) -> list[str]:
    """A short Chinese phrase split at its joiners ("我和阿珍" -> ["我", "阿珍"]); empty parts are dropped."""
    return [p for p in _ZH_JOIN.split(phrase) if p]


# -- the second, independent reading of a group: the counts the text states -------------------------------------
#
# Why: a list of people read by the list grammar alone can be short by one ("Quinn & Rosa" as one name, "我们仨（我、
# 大伟、思思）" cut after 大伟) or leave the user out ("my 3 cousins and I … names: Dani, Eitan, Noa") and nothing would
# tell. So every count of the group the text states is read on its own ("the 3 of us", "我们仨", "三个人平分", "3 ways",
# "my 3 cousins and I" = 4, "一共四个人"), and every phrase that puts the user into the group ("me included", "外加我",
# "and I"); a kind fills its list only when both readings agree (``group_disagreement``), else it asks, showing both.

_N = r"(?P<n>\d{1,2}|[一二两三四五六七八九十]|two|three|four|five|six|seven|eight|nine|ten|仨|俩)"
_N_VALUES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_N_VALUES.update({"仨": 3, "俩": 2})
_N_VALUES.update({c: i + 1 for i, c in enumerate("一二三四五六七八九十")})
_N_VALUES["两"] = 2
#: words right after a count that make it a part of a larger group ("the two of us plus our advisor")
_MORE_AFTER = re.compile(
    r"\s*(?:[(（][^)）]*[)）]\s*)?(?:plus|and|with|along|as\s+well|\+|＋|&|外加|加上|还有|以及|和|跟|与|带上)", re.I
)
#: a threshold word right after a count: "two people must sign", "两个人签" is no count of the group
_VERB_AFTER = re.compile(
    r"\s*(?:must|need|needs|have\s+to|has\s+to|should|can|could|to\s+(?:sign|approve|agree)|sign|approve|agree|"
    r"同意|签|确认|批准|通过|点头|拍板|就|才|即可|可以|能|要|得)",
    re.I,
)
_GROUP_FORMS: tuple[tuple[re.Pattern[str], int], ...] = (
    # "the 3 of us", "all four of us", "both of us" (below): the whole group, the user in it
    (re.compile(r"\b(?:the|all(?:\s+the)?)\s+" + _N + r"\s+of\s+us\b", re.I), 0),
    (re.compile(r"\bwe(?:'re|’re|\s+are)\s+(?:a\s+)?" + _N + r"\b(?![\d.%])", re.I), 0),
    (
        re.compile(
            r"\b" + _N + r"[-\s](?:person|people|man|member)\s+(?:team|band|group|crew|board|company|club)\b", re.I
        ),
        0,
    ),
    (re.compile(r"\b" + _N + r"[-\s]ways?\b", re.I), 0),
    # "my 3 cousins and I": the N named others and the user
    (re.compile(r"\b(?:my|our)\s+" + _N + r"\s+[a-z][\w\-]*\s+and\s+(?:I|me|myself)\b", re.I), 1),
    (re.compile(r"\b(?:me|I|myself)\s+(?:and|&|\+|plus)\s+(?:my|our)\s+" + _N + r"\s+[a-z][\w\-]*", re.I), 1),
    (re.compile(r"(?:我们|咱们|咱)\s*" + _N + r"(?:\s*(?:个|位|名))?(?:\s*人)?"), 0),
    (
        re.compile(
            r"我\s*(?:和|跟|与|加上)\s*(?:我的)?\s*"
            + _N
            + r"\s*(?:个|位|名)\s*[\u4e00-\u9fff]{1,4}?(?=[\u4e00-\u9fff]{2}|[:：，,、]|$)"
        ),
        1,
    ),
    (
        re.compile(
            r"(?:一共|总共|共|合计)\s*(?:有\s*)?" + _N + r"\s*(?:个|位|名)\s*(?:人|签名人|成员|股东|所有者|管理员)?"
        ),
        0,
    ),
    (re.compile(_N + r"\s*(?:个|位|名)?\s*人\s*(?=平分|均分|一起|合伙|团队|小组|多签|共同|里|中|当中|之中)"), 0),
    # "我、阿荣、阿星三个人拿着", "代币分给我、阿芳、小骆三个人，…": a count closing the list (the list is the group)
    (
        re.compile(
            r"(?<=[\u4e00-\u9fffA-Za-z])(?<![共计有])\s*"
            + _N
            + r"\s*(?:个|位|名)\s*人?"
            + r"\s*(?=拿着|持有|拿|各|分|[，,。；;]|$)"
        ),
        0,
    ),
    # "split equally between us three", "for us four": the user and the others, counted
    (re.compile(r"\b(?:between|among|for|of)\s+us\s+(?:all\s+)?" + _N + r"\b(?![\d.%])", re.I), 0),
)
_BOTH = re.compile(r"\bboth\s+of\s+us\b|我们两个|我们俩|咱俩", re.I)
#: a phrase that puts the user into the group: "me included", "外加我", "Zoe, Abel and myself"
_ME_JOINED = re.compile(
    r"\b(?:me|myself)\s+included\b|\bincluding\s+(?:me|myself)\b|\b(?:and|plus|\+|&)\s+(?:me|myself)\b|"
    r"\band\s+I\b|"
    r"(?:包括|算上|含|外加|加上|还有|以及|连)\s*我(?![们的老妈爸哥姐弟妹媳儿女家公司])",
    re.I,
)


#: after a person listed without a name: the list goes on or ends ("我妈、我", "我妈，一共四个人"), unlike "我爸一个人"
_LIST_GOES_ON = re.compile(r"\s*(?:[,，、;；。.!！?？)）]|$|and\b|和|跟|还有|以及)", re.I)
#: a list said to be partial: the people named may be fewer than the count
_PARTIAL = re.compile(
    r"另外\S{0,3}(?:个|位)|其余|其他人|之后再|以后再|稍后|回头再|\blater\b|\bTBD\b|to\s+be\s+added|more\s+to\s+come|"
    r"\bthe\s+(?:rest|others?)\s+(?:will|to|TBD)",
    re.I,
)


@dataclass(frozen=True)
class Stated:
    """A count of the whole group the text states, the user counted when the phrase says so."""

    value: int
    start: int
    end: int
    words: str


def _value(raw: str) -> int:
    raw = raw.lower()
    return int(raw) if raw.isdigit() else _N_VALUES.get(raw, 0)


def stated_counts(text: str) -> list[Stated]:
    """Every count of the whole group of people the text states, read apart from any list of names: "the 3 of us",
    "we're five", "a 4 person band", "3 ways", "my 3 cousins and I" (4), "我们仨", "我和两个朋友" (3), "一共四个人",
    "三个人平分". A count followed by more people ("the two of us plus our advisor") is a part, not the group; a
    count followed by a threshold word ("两个人签就行") is a number of approvals."""
    out: list[Stated] = []
    for form, extra in _GROUP_FORMS:
        for m in form.finditer(text):
            if _MORE_AFTER.match(text, m.end()) or (m.group(0)[:1] in "我咱" and _VERB_AFTER.match(text, m.end())):
                continue
            v = _value(m.group("n"))
            if v >= 2 or (v >= 1 and extra):
                out.append(Stated(v + extra, m.start(), m.end(), m.group(0)))
    for m in _BOTH.finditer(text):
        if not _MORE_AFTER.match(text, m.end()):
            out.append(Stated(2, m.start(), m.end(), m.group(0)))
    return out


#: a list that follows "with": you are the one who shares with them, so you stand first
_WITH_BEFORE = re.compile(r"(?i:\b(?:with|w/)\s*(?:my\s+|our\s+)?(?:[a-z]+\s+)?)$|(?:和|跟|与)\s*$")


def with_me(s: Scan, names: list[str]) -> list[str] | None:
    """``names`` with you added, when the text puts you in the group ("me included", "and I", "my 3 cousins and
    I", "外加我") and the list read leaves you out: a third reading that a caller accepts only when the counts then
    agree. You stand first after "with" ("3 ways w/ Bjorn and Caius (me included)"), last otherwise."""
    if not names or "me" in names:
        return None
    me = me_joined(s.text)
    counted = [c for c in stated_counts(s.text) if re.search(r"(?i:\b(?:I|me|myself)\b)|我", c.words)]
    first_at = s.name_spans[names[0]].start if names[0] in s.name_spans else s.text.find(names[0])
    bare = re.search(r"(?i:\bme)[ \t]+$", s.text[:first_at]) if first_at > 0 else None
    if bare is not None:  # "split 3 ways, me Lorenzo and Bea": you, written before the list with no comma
        s.name_spans["me"] = Span(bare.start(), bare.start() + 2, s.text[bare.start() : bare.start() + 2])
        return ["me", *names]
    if me is None and not counted:
        return None
    span = s.name_spans.get(names[0])
    at = span.start if span is not None else s.text.find(names[0])
    words = me.group(0) if me is not None else counted[0].words
    where = me.start() if me is not None else counted[0].start
    s.name_spans["me"] = Span(where, where + len(words), words)
    if at > 0 and _WITH_BEFORE.search(s.text[:at]):
        return ["me", *names]
    return [*names, "me"]


def me_joined(text: str) -> re.Match[str] | None:
    """A phrase that puts the user into a group of people ("me included", "and myself", "外加我", "包括我")."""
    return _ME_JOINED.search(text)


def group_disagreement(text: str, names: list[str], counts: tuple[int, ...] = ()) -> tuple[int, int, str] | None:
    """The two readings of a group compared: ``names`` (the list read) against every count the text states and
    every phrase that counts the user (and ``counts``, a kind's own stated totals such as the N of "3-of-5").
    Returns the span and words of the first disagreement (to ask about, showing both), or None when they agree."""
    if not names:
        return None
    # a person listed without a name ("我爸老林、我妈、我") is one of the group; a list said to be partial
    # ("另外两个之后再加", "the rest later") may be shorter than the count, never longer
    listed = len(names) + sum(1 for m in _NAMELESS.finditer(text) if _LIST_GOES_ON.match(text, m.end()))
    partial = _PARTIAL.search(text) is not None
    for value, start, end, words in [(st.value, st.start, st.end, st.words) for st in stated_counts(text)] + [
        (c, 0, 0, str(c)) for c in counts
    ]:
        if value != listed and not (partial and listed < value):
            return start, end, words
    me = me_joined(text)
    if me is not None and "me" not in names:
        return me.start(), me.end(), me.group(0)
    return None


_ASK_COUNTS = (
    "'{w}' and another number of the request count the people differently: how many are there in all?",
    "“{w}”与请求里的另一个数字说的人数不同：一共几位？",
)


def _stated_value(text: str, start: int, end: int) -> int | None:
    return next((c.value for c in stated_counts(text) if c.start == start and c.end == end), None)


def ask_group(s: Scan, params: dict[str, Any], field: str, count_field: str | None = None) -> bool:
    """Fill ``params[field]`` (a list of people) only when the two readings of the group agree; else the list is
    taken out and asked, the question showing both readings (the names read and the words that count the group).
    A ``count_field`` read from the text ("3-of-5", "一共四个人") is one more count the list must agree with; one
    inferred from the list itself is taken out with it. Returns True when the list was asked."""
    names = params.get(field)
    if not names:
        return False
    ev = s.evidence.get(count_field) if count_field else None
    stated = (params[count_field],) if count_field and count_field in params and ev and ev.source == "text" else ()
    bad = group_disagreement(s.text, list(names), tuple(int(c) for c in stated))
    joined = with_me(s, list(names)) if bad is not None else None
    if joined is not None and group_disagreement(s.text, joined, tuple(int(c) for c in stated)) is None:
        params[field] = joined  # "my 3 cousins and I … names: Dani, Eitan, Noa": the third reading puts you in
        bad = None
        if count_field and count_field in params and not stated:  # a count inferred from the short list grows
            from ledgerlm.language.evidence import Evidence

            params[count_field] = len(joined)
            s.evidence[count_field] = Evidence("inferred", f"{len(joined)} owners: the names read and you")
    if bad is None:  # the counts say the same as the list: their numbers are accounted for by it (issue 8, item 2)
        for c in stated_counts(s.text):
            s.used.update(i for i, n in enumerate(s.numbers) if c.start <= n.start < c.end)
        return False
    start, end, words = bad
    if start != end and stated and count_field and stated[0] != _stated_value(s.text, start, end):
        # the kind's count and a count of the group the text states disagree too: the count is asked as well
        s.unsure.append(Unsure(count_field, start, end, words, *_ASK_COUNTS))
    if start == end and ev is not None and ev.spans:
        start, end, words = ev.spans[0].start, ev.spans[0].end, ev.spans[0].words
        if count_field:  # the kind's own count ("two keys") is the reading that disagrees: it is asked as well
            en_c = f"'{{w}}' counts differently from the {len(names)} names read: how many are there in all?"
            zh_c = f"“{{w}}”与读到的 {len(names)} 个名字人数不同：一共几位？"
            s.unsure.append(Unsure(count_field, start, end, words, en_c, zh_c))
    del params[field]
    s.evidence.pop(field, None)
    read = ", ".join(str(n) for n in names).replace("{", "(").replace("}", ")")
    en = f"The names read are {read} ({len(names)}), but '{{w}}' counts the group differently: who are they, all?"
    zh = f"读到的名字是 {read}（{len(names)} 个），但“{{w}}”说的人数不同：一共是哪几位？"
    s.unsure.append(Unsure(field, start, end, words, en, zh))
    if count_field and count_field in params and not stated:
        del params[count_field]  # a count inferred from the list falls with it
        s.evidence.pop(count_field, None)
    counts = {c.value for c in stated_counts(s.text)}
    if count_field and count_field not in params and len(counts) == 1:
        c = stated_counts(s.text)[0]
        params[count_field] = c.value
        s.cite(count_field, c.start, c.end, "the number of people the text states")
    return True


# -- a list of settings: "name=Ferrous Collective symbol=FERR supply=21000000", "名称：青花瓷；符号：QHC" -----------
#
# Why: people who know what they want write a spec as keys and values ("quorum=9 period=3d delay=0", "m=2",
# "Price: free | Max/wallet: 3"). Read word by word, the numbers of such a list fall into each other's clauses (a
# "9" beside "supply" became a second supply); read as a list, each value belongs to the key right before it.
# ``settings`` only finds the pairs; ``read_settings`` reads each value with the grammar its key's type names, and
# a value is taken only when that grammar reads it COMPLETELY (a number with nothing but its unit, a name, a
# ticker); ``apply_settings`` then reconciles with what the kind's own rules read: the same value, or the kind read
# nothing there, and the setting stands; a different value from other words of the text is asked, showing both.

#: a key: one to three words (English) or up to six characters (Chinese), then "=", ":" or "："
_SETTING_KEY = re.compile(
    r"(?<![\w/.\-])(?P<key>[A-Za-z][A-Za-z_\-/]*(?:[ _][A-Za-z][A-Za-z_\-]*){0,2}|[\u4e00-\u9fff]{1,6})"
    r"[ \t]*(?P<sep>=|:(?!//)|：)[ \t]*"
)
#: where a value ends: a hard break, or the start of the next key (a word, then "=" / ":" / "：")
_SETTING_END = re.compile(
    r"\s*(?:[;；|｜\n。]|\.(?=\s|$)|\s+[-—–]{1,2}\s+|"
    r"(?<=[^\s])\s+(?=(?:[A-Za-z][A-Za-z_\-]*|[\u4e00-\u9fff]{1,6})[ \t]*(?:=|:(?!//)|：)))"
)
#: inside a scalar value a comma ends it too (never one between digits: "21,000,000")
_SCALAR_END = re.compile(r"\s*(?:(?<!\d)[,，、]|[,，、](?!\d))")


@dataclass(frozen=True)
class Setting:
    """One ``key=value`` of a settings list: the key as written and normalised (lower case, "_" and "-" as
    blanks), the key's span and the value's span (``end``: a scalar value ends at a comma; ``list_end``: a list
    value runs on to the next hard break or key)."""

    key: str
    key_start: int
    key_end: int
    start: int
    end: int
    list_end: int
    #: written "key value" (a blank, no "=" or ":"): names and lower-case tickers are not read from such a pair
    blank: bool = False


def _norm_key(raw: str) -> str:
    # "votingPeriod", "proposalThreshold": a camelCase key is the same words as "voting period"
    raw = re.sub(r"(?<=[a-z])(?=[A-Z][a-z])", " ", raw)
    return " ".join(raw.replace("_", " ").replace("-", " ").lower().split())


def settings(text: str) -> list[Setting]:
    """Every ``key=value`` / ``key: value`` / ``键：值`` pair of the text, in order (the key's last one to three
    words; a caller matches the longest known ending: "dao name" is "name")."""
    out: list[Setting] = []
    for m in _SETTING_KEY.finditer(text):
        start = m.end()
        if start >= len(text):
            continue
        stop = _SETTING_END.search(text, start)
        list_end = stop.start() if stop else len(text)
        comma = _SCALAR_END.search(text, start, list_end)
        end = comma.start() if comma else list_end
        if end <= start:
            continue
        out.append(Setting(_norm_key(m.group("key")), m.start("key"), m.end("key"), start, end, list_end))
    taken = {st.key_start for st in out}
    for row in _TABLE_ROW.finditer(text):  # "| quorum | 5% |": a table of two columns, key then value
        if row.start("key") in taken or re.fullmatch(r"[\s\-:]*", row.group("value")):
            continue
        start, end = row.start("value"), row.end("value")
        out.append(Setting(_norm_key(row.group("key")), row.start("key"), row.end("key"), start, end, end))
    out.sort(key=lambda st: st.key_start)
    return out


#: a row of a two-column table: "| voting period | 5 days |", "voting period | 5 days" (the key a word or a few, the
#: value one cell); the header ("| setting | value |") reads as a key no kind knows, the rule row ("|---|") as none
_TABLE_ROW = re.compile(
    r"(?m)^[ \t]*(?:[|｜][ \t]*)?"
    r"(?P<key>[A-Za-z][A-Za-z_\-/%]*(?:[ _][A-Za-z%][A-Za-z_\-%]*){0,2}|[\u4e00-\u9fff]{1,6})"
    r"[ \t]*[|｜][ \t]*(?P<value>[^|｜\n]*?[^|｜\n \t])[ \t]*(?:[|｜][ \t]*)?$"
)

#: a key that names its value's unit ("voting_days=5", "timelock_hours=36", "quorum_pct=7"): the key without the
#: unit, and the unit the bare value is read in
_KEY_UNIT = re.compile(r"^(?P<key>.+?)[ ]+(?P<unit>days?|hours?|hrs?|pct|percent|%)$")


@dataclass(frozen=True)
class Reading:
    """A setting read completely: the param, its value, the words (span) it was read from."""

    param: str
    value: Any
    start: int
    end: int
    key_start: int
    rule: str


#: a duration written in a settings list: "3d", "48h", "1w", "7 days", "2 天", "36 小时", "一週"
_SETTING_DAYS = re.compile(
    r"(?i:(?:d|days?|h|hrs?|hours?|w|wks?|weeks?|mins?|minutes?))|天|日|小时|个小时|周|週|星期|个星期|分钟"
)
_UNIT_DAYS = {"d": 1, "day": 1, "days": 1, "天": 1, "日": 1, "w": 7, "wk": 7, "wks": 7, "week": 7, "weeks": 7}
_UNIT_DAYS.update({"周": 7, "週": 7, "星期": 7, "个星期": 7})
_UNIT_HOURS = {"h", "hr", "hrs", "hour", "hours", "小时", "个小时"}
_UNIT_MINUTES = {"min", "mins", "minute", "minutes", "分钟"}
_COUNT_UNIT = re.compile(
    r"(?i:\s*(?:个|枚|张|份|件|票|人|位|名|pcs|pieces?|tokens?|nfts?|votes?|items?|editions?)?\s*)"
)
_PCT_UNIT = re.compile(r"(?i:\s*(?:%|％|percent|pct)?\s*)")
_ETH_UNIT = re.compile(r"(?i:\s*(?:eth|ether|Ξ|以太坊?|个\s*eth|个以太坊?)?\s*(?:each|一个|每个)?\s*)")
_FREE_VALUE = re.compile(r"(?i:\s*(?:free|zero|none|免费|零|0)\s*)")
_SYMBOL_VALUE = re.compile(r"\s*[\"'“‘「『]?\$?(?P<s>[A-Za-z][A-Za-z0-9]{0,10})[\"'”’」』]?\s*")
#: a name as a value: quotes around it allowed; brackets, slashes, "%" or "@" inside it are another value's words
_TEXT_VALUE = re.compile(r"\s*[\"'“‘「『《]?(?P<t>[^\"'”’」』》=:：()（）\[\]【】<>/@#%]{1,64}?)[\"'”’」』》]?\s*")


def _one_number(s: Scan, start: int, end: int) -> tuple[Any, str] | None:
    """The single usable number inside ``text[start:end]`` and what is left of the value around it, or None."""
    inside = [n for n in s.numbers if start <= n.start and n.end <= end]
    blocked = any(start < f.end and f.start < end for f in s.flagged)
    if len(inside) != 1 or blocked:
        return None
    n = inside[0]
    rest = s.text[start : n.start] + " " + s.text[n.end : end]
    return n, rest


def _read_value(s: Scan, kind: str, start: int, end: int, ticker: str | None, unit: str | None = None) -> Any | None:
    """``text[start:end]`` read completely as ``kind``, or None (a value the grammar does not read in full);
    ``unit``: the unit the key names ("voting_days=5"), which a bare number is read in."""
    from decimal import Decimal
    from fractions import Fraction

    text = s.text
    if kind in ("count", "amount", "percent", "eth", "days"):
        if kind in ("eth", "days") and _FREE_VALUE.fullmatch(text, start, end) and text[start:end].strip()[:1] != "0":
            return Decimal(0) if kind == "eth" or not re.search(r"free", text[start:end], re.I) else None
        got = _one_number(s, start, end)
        if got is None:
            return None
        n, rest = got
        if n.ambiguous or n.error or n.negative:
            return None
        if kind == "percent":
            return n.value if _PCT_UNIT.fullmatch(rest.strip()) else None
        if unit is not None and not rest.strip():
            rest = unit  # "timelock_hours=36": the key's unit
        if n.percent:
            return None
        if kind in ("count", "amount"):
            unit = rest.strip()
            if ticker and unit.upper() == ticker.upper():
                unit = ""
            if not _COUNT_UNIT.fullmatch(unit):
                return None
            if kind == "count" and n.value != n.value.to_integral_value():
                return None
            return int(n.value) if kind == "count" else n.value
        if kind == "eth":
            return n.value if _ETH_UNIT.fullmatch(rest.strip()) else None
        unit = rest.strip().lower()
        if not unit:
            return Decimal(0) if n.value == 0 else None  # "delay=0" needs no unit; "delay=2" does: asked
        if not _SETTING_DAYS.fullmatch(unit):
            return None
        if unit in _UNIT_DAYS:
            return n.value * _UNIT_DAYS[unit]
        per_day = 24 if unit in _UNIT_HOURS else 1440 if unit in _UNIT_MINUTES else 0
        if not per_day:
            return None
        frac = Fraction(n.value) / per_day
        rest_den = frac.denominator
        for p in (2, 5):
            while rest_den % p == 0:
                rest_den //= p
        return Decimal(frac.numerator) / Decimal(frac.denominator) if rest_den == 1 else None
    if kind == "symbol":
        m = _SYMBOL_VALUE.fullmatch(text, start, end)
        return m.group("s").upper() if m else None
    if kind == "text":
        m = _TEXT_VALUE.fullmatch(text, start, end)
        if m is None or (re.search(r"\d", m.group("t")) and re.fullmatch(r"[\d\s.,%]+", m.group("t"))):
            return None
        return m.group("t").strip()
    return None


def _blank_settings(text: str, table: dict[str, tuple[str, str]]) -> list[Setting]:
    """ "总量 200万 法定人数 8% 投票期 10天 提案门槛 5000", "quorum 5% voting 7d": a known key, a blank (none needed
    after a Chinese key) and its value, the value ending at the next known key or a hard break. Keys of one letter
    ("m", "n") are read only with "=" or ":". A pair already written with "=" / ":" is left to ``settings``."""
    # a Chinese key ("总量 200万") or an English key of two or more words ("voting period 3 days"); a single English
    # word ("max", "mint", "quorum") is too often part of a sentence ("max 3 per wallet") to own the next number
    keys = sorted(
        (k for k in table if (re.match(r"[\u4e00-\u9fff]", k) and len(k) > 1) or len(k.split()) > 1),
        key=len,
        reverse=True,
    )
    if not keys:
        return []
    alt = "|".join(re.escape(k).replace(r"\ ", r"[\s_\-]+") for k in keys)
    key_rx = re.compile(r"(?<![\w\u4e00-\u9fff'’/.\-])(?P<key>" + alt + r")(?![\w\-])?", re.IGNORECASE)
    found = []
    for m in key_rx.finditer(text):
        key = _norm_key(m.group("key"))
        cjk = bool(re.match(r"[\u4e00-\u9fff]", key))
        gap = re.match(r"[ \t]+" if not cjk else r"[ \t]*", text[m.end() :])
        if not cjk and not re.match(r"[ \t]+", text[m.end() :]):
            continue
        if re.match(r"\s*(?:=|:(?!//)|：)", text[m.end() :]):
            continue  # "key=value": read by ``settings``
        found.append((m, key, m.end() + (gap.end() if gap else 0)))
    out: list[Setting] = []
    for i, (m, key, start) in enumerate(found):
        nxt = found[i + 1][0].start() if i + 1 < len(found) else len(text)
        stop = re.compile(r"[,，;；。|｜\n!！?？]|\.(?=\s|$)|\s+[-—–]{1,2}\s+").search(text, start, nxt)
        end = stop.start() if stop else nxt
        while end > start and text[end - 1] in " \t":
            end -= 1
        if end > start:
            out.append(Setting(key, m.start("key"), m.end("key"), start, end, end, blank=True))
    return out


def read_settings(s: Scan, table: dict[str, tuple[str, str]], *, ticker: str | None = None) -> list[Reading]:
    """The settings of the text whose key ``table`` knows (normalised key -> (param, value type: count, amount,
    percent, eth, days, symbol, text)), each value read completely; the numbers read are marked used and the keys
    set aside as no names. A key whose value is not read in full is left to the kind's rules (and the accounting)."""
    from ledgerlm.language.evidence import Ignored

    out: list[Reading] = []
    for st in settings(s.text) + _blank_settings(s.text, table):
        words = st.key.split()
        ends = [" ".join(words[i:]) for i in range(len(words))]
        if re.fullmatch(r"[\u4e00-\u9fff]+", st.key):  # "我们的名称：" ends in the key 名称
            ends = [st.key[i:] for i in range(len(st.key) - 1)] or [st.key]
        key = next((k for k in ends if k in table), None)
        u = _KEY_UNIT.match(st.key)  # "timelock days", "voting days": a key that names the unit of its value
        unit = u.group("unit") if u else None
        if key is None and u:  # "timelock days": the key "timelock", read in days
            bare = u.group("key").split()
            key = next((k for k in (" ".join(bare[i:]) for i in range(len(bare))) if k in table), None)
        if key is None:
            continue
        param, kind = table[key]
        if unit is not None and kind != ("days" if unit[0] in "dh" else "percent"):
            continue  # "supply days": a unit the key's value is not read in
        if st.blank and kind == "text":
            continue  # "my name is Bob", "名字叫潮汐": without "=" or ":" the words after a key are no name for certain
        key_start = st.key_end - len(key) if len(key) <= st.key_end - st.key_start else st.key_start
        value = _read_value(s, kind, st.start, st.end, ticker, unit)
        if value is None or any(st.start < b and a < st.end for a, b in _asked_spans(s)):
            continue  # the kind's rules already ask about these words ("quorum 2.5%"): the question stands
        if kind == "percent" and st.blank and not re.search(r"[%％]|percent|百分之", s.text[st.start : st.end]):
            continue  # "quorum 10" without "%" or "=": a percent, or ten votes? asked
        if (
            kind == "symbol"
            and st.blank
            and value is not None
            and not re.search(r"\$?[A-Z][A-Z0-9]*\b", s.text[st.start : st.end])
        ):
            continue  # "token holders": a ticker without "=" or ":" is written in capitals
        if value is None or (kind == "text" and _starts_with_key(str(value), table)):
            continue  # "DAO：名称 星河学社": the value holds another key, so it is no value of this one
        out.append(
            Reading(param, value, st.start, st.end, key_start, f"the value of '{s.text[key_start : st.key_end]}'")
        )
        s.ignored.append(Ignored(key_start, st.key_end, s.text[key_start : st.key_end], "a key of a settings list"))
        s.used.update(i for i, n in enumerate(s.numbers) if st.start <= n.start < st.end)
    return out


def _asked_spans(s: Scan) -> list[tuple[int, int]]:
    """The words already asked about: unclear numbers and values the rules were unsure of."""
    return [(f.start, f.end) for f in s.flagged] + [(u.start, u.end) for u in s.unsure]


def _starts_with_key(value: str, table: dict[str, tuple[str, str]]) -> bool:
    low = value.lower()
    return any(
        low.startswith(k) and (len(low) == len(k) or not low[len(k)].isalnum() or k[-1] > "\u4e00") for k in table
    )


_ASK_SETTING = (
    "'{w}' says one value and other words of the request another: which is meant?",
    "“{w}”与请求里其他地方说的值不同：以哪个为准？",
)


#: why a kind set a value's words aside as said earlier and taken back (a forum post's later edit): a setting read
#: from those words is no second reading of the value
SUPERSEDED = "replaced by a later edit of the post"


def _superseded(s: Scan, r: Reading) -> bool:
    return any(i.reason == SUPERSEDED and i.start < r.end and r.start < i.end for i in s.ignored)


def apply_settings(s: Scan, params: dict[str, Any], readings: list[Reading]) -> None:
    """Reconcile the settings read completely with what the kind's rules read: the setting stands when the kind
    read the same value, nothing, or a value from inside the setting's own words (a part of the phrase the
    setting reads whole); a value the kind read from OTHER words is a second reading that disagrees: the param
    is taken out and asked, showing the setting. Two settings of one param with different values: asked."""
    from ledgerlm.language.evidence import Evidence, Span

    by_param: dict[str, list[Reading]] = {}
    for r in readings:
        if any(r.start < b and a < r.end for a, b in _asked_spans(s)):
            continue  # the kind's rules ask about these words ("quorum 2.5%" cannot be held): the question stands
        if _superseded(s, r):
            continue  # "quorum 4% … EDIT: quorum 6%": the kind took the edit; the old words are no setting
        by_param.setdefault(r.param, []).append(r)
    for param, rs in by_param.items():
        first = rs[0]
        words = s.text[first.start : first.end]
        if len({str(r.value) for r in rs}) > 1:
            params.pop(param, None)
            s.evidence.pop(param, None)
            s.unsure.append(Unsure(param, first.start, first.end, words, *_ASK_SETTING))
            continue
        kept = params.get(param)
        ev = s.evidence.get(param)
        inside = (
            ev is not None
            and bool(ev.spans)
            and all(first.start <= sp.start and sp.end <= first.end for sp in ev.spans)
        )
        differs = kept is not None and str(kept) != str(first.value)
        if differs and isinstance(first.value, str):
            inside = False  # a name read two ways (the kind's words and the setting's): asked, never one picked
        if differs and not inside and ev is not None and ev.source == "text":
            params.pop(param, None)
            s.evidence.pop(param, None)
            s.unsure.append(Unsure(param, first.start, first.end, words, *_ASK_SETTING))
            continue
        # another param read from these words belongs to this key: it was misread, and is asked
        for other, oev in list(s.evidence.items()):
            if other != param and any(first.start <= sp.start and sp.end <= first.end for sp in oev.spans):
                params.pop(other, None)
                s.evidence.pop(other, None)
        params[param] = first.value
        s.evidence[param] = Evidence("text", first.rule, (Span(first.start, first.end, words),))
        if isinstance(first.value, str):
            s.name_spans[first.value] = Span(first.start, first.end, words)


def ask_me_left_out(
    s: Scan,
    params: dict[str, Any],
    people: str,
    parts: str,
    me_takes: re.Pattern[str],
    ask: tuple[str, str],
) -> None:
    """A list of people read without you and no parts, while the text has you taking a part ("40% to me, the other
    60% split between Ola and Sven", "我多拿点，小林和小董…"): the list is short by you, so ``people`` is asked (never
    kept without you, nor grown by guess). ``me_takes`` finds the user's part; ``ask`` is the (en, zh) question."""
    listed = params.get(people)
    if not listed or "me" in listed or params.get(parts) is not None:
        return
    m = me_takes.search(s.text)
    if m is None:
        return
    del params[people]
    s.evidence.pop(people, None)
    s.unsure.append(Unsure(people, m.start(), m.end(), m.group(0), *ask))


#: a document's reference, never a value: "Minute ref. FC/2026/31", "Resolution No. 2026-045", "No. 14, series of
#: 2026" (a Philippine barangay resolution), "#31"; an id of letters and digits joined by "/" or "-" ("FC/2026/31")
_REFERENCE = re.compile(
    r"(?:\b(?:[Rr]ef(?:erence)?|[Mm]inutes?\s+ref|[Rr]esolution|[Oo]rdinance|[Mm]otion|[Ii]tem)\.?\s*"
    r"(?:No\.?|#|Nr\.?|n[º°o]\.?)?\s*|\b(?:No|Nr|Nº)\.\s*|#\s*)"
    r"(?P<id>[A-Za-z0-9]+(?:[/\-][A-Za-z0-9]+)*)|第\s*\d+\s*[号號]"
    r"|\b[A-Z]{1,6}(?:/\d{1,6}){2,}\b"
    r"|\b(?:[Ss]eries\s+of)\s+(?:19|20)\d\d\b"
)


def reference_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a document by its number ("Minute ref. FC/2026/31", "Resolution No. 14, series of
    2026"): the digits there identify a paper, so no kind may read them as a share, a supply or a ticker. A
    reference word alone ("ref. 5 days") must be followed by an id holding a digit to count."""
    out: list[tuple[int, int]] = []
    for m in _REFERENCE.finditer(text):
        ident = m.group("id")
        if ident is not None and not any(c.isdigit() for c in ident):
            continue  # "Item Two", "ref. BOARD": no number, nothing to set aside
        out.append((m.start(), m.end()))
    return out


def set_aside_references(s: Scan) -> list[tuple[int, int]]:
    """Mark every number inside a document reference as used and ignored (said why), and return the spans, so the
    kind's readers skip them (a ticker inside "FC/2026/31" is no ticker either)."""
    spans = reference_spans(s.text)
    for i, n in enumerate(s.numbers):
        if i not in s.used and any(a <= n.start < b for a, b in spans):
            s.used.add(i)
            s.ignored.append(Ignored(n.start, n.end, n.text, "a document's reference number, not a value"))
    return spans


_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
#: what ``spaced_zh`` puts between two Chinese characters of a cue word: one blank at most
_ZH_GAP = r"[ \t\u3000]?"


def spaced_zh(pattern: str) -> str:
    """``pattern`` with one optional blank allowed between two Chinese characters written next to each other, so a
    cue word still reads in Chinese written with blanks between words ("法定 人数 百分之五", "投票 期 七 天": speech
    to text). Why here: each kind's cue tables are written unspaced; rewriting every alternative by hand would miss
    some. Characters inside a character class ``[...]`` and inside look-behinds (which must keep a fixed width)
    are left as they are."""
    out: list[str] = []
    in_class = False
    groups: list[bool] = []  # one flag per open group: is it a look-behind?
    prev_cjk = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i, prev_cjk = i + 2, False
            continue
        behind = any(groups)
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            groups.append(pattern.startswith(("(?<=", "(?<!"), i))
        elif ch == ")" and groups:
            groups.pop()
        cjk = not in_class and not behind and _CJK_CHAR.match(ch) is not None
        if cjk and prev_cjk:
            out.append(_ZH_GAP)
        out.append(ch)
        prev_cjk = cjk
        i += 1
    return "".join(out)


#: a Chinese word before a blank that may stand right before a name without being part of it: a verb or
#: preposition of giving, a separator word, a word of the money ("分账 ： 陈静", "分给 陈静", "收益 我 和 小美")
_ZH_BEFORE_NAME = re.compile(
    r"(?:给|归|由|和|跟|与|及|同|是|为|為|让|把|向|还有|以及|其中|然后|另外|再|剩下的?|其余的?|其他的?|分账|分帳|分成|分润|"
    r"收入|收益|版税|版稅|利润|利潤|比例|每人|各|都|平分|均分)$"
)
_WORD_BEFORE_BLANK = re.compile(r"([\u4e00-\u9fff]{1,4})[ \t\u3000]+$")


def cut_by_blank(text: str, found: NameMatch) -> bool:
    """True when a Chinese name read at a blank may be the tail of a longer name in Chinese written with blanks
    between words ("茶农 合作社 占 六成" read as 合作社): the word before the blank is no verb, separator word or role
    noun, so it may be the name's head. Why: in speech-to-text Chinese a blank no longer ends a name, and a name cut
    short is a silently wrong payee; the caller asks instead."""
    if found.name == "me" or not _CJK_CHAR.match(found.text[:1]):
        return False
    before = _WORD_BEFORE_BLANK.search(text[: found.start])
    if before is None:
        return False
    word = before.group(1)
    # "乙方 上海砚台文化传播有限公司": a contract's party label before the blank labels the name, never starts it
    return not (_ZH_BEFORE_NAME.search(word) or role_only(word) or word.endswith("我"))
