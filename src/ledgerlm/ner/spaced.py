"""Chinese names dictated with a space between surname and given name ("朴 树", "姚 明远", "闻人 静", "徐 妈妈").

Why: voice input (语音转文字) and people typing word by word put a space after the surname, and every Chinese rule
and the scorer's features read a name as one unbroken run of characters, so "收款人 是 姚 明远" leaked the whole
name. A space alone is no evidence, though: "很 高 兴", "钱 包 里 的 余 额" are words dictated character by
character, and a surname character is often an ordinary word ("方 便", "黄 金 价格").

So the space is taken out only where a standalone surname token (single or compound, never a conjunction like 和)
is followed by one short standalone token, and the tagger is asked again on the joined text: the join is kept when
the tagger then chooses a person that starts at the surname and reaches into the given token. Everything
the tagger knows about context and ordinary words still decides; this module only undoes the dictation. A joined
word the dictionary lists (高兴, 钱包, 黄金) is never joined, and two single characters ("宁 静") need a cue, a list or
a given-name character (``_short_name_evidence``). Compound surnames that are also words (百里, 司空), which the
tagger never proposes, stand only with a list, a title or a cue beside them (``word_compound_names``).

Beside them, the Hong Kong forms of address that the tagger's features miss: a bare surname with an English title
("莊 sir") or with the Cantonese 太 and 生 before a Cantonese verb ("黃太 話…").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from ledgerlm.ner.lexicon import ZH_COMPOUND_SURNAMES, ZH_SURNAMES

_CJK = "\u4e00-\u9fff"
_SURNAME = "(?:" + "|".join(ZH_COMPOUND_SURNAMES) + "|[" + ZH_SURNAMES + "])"
# a standalone surname token, one space (or an ideographic space), a standalone token of one or two characters;
# the token before the surname ends at a space, a punctuation mark or the text's start
_JOINABLE = re.compile(r"(?<![" + _CJK + r"])(" + _SURNAME + r")[ \u3000]([" + _CJK + r"]{1,2})(?![" + _CJK + r"])")
# surname characters that are also conjunctions or prepositions when they stand alone ("王老吉 和 李宁")
_FUNCTION_SURNAMES = frozenset("和向于")
# a one-character token that is a particle, pronoun or verb is the next word, not a given name ("小林 说")
_NOT_GIVEN = frozenset("的了吗呢吧啊么着过是在和与及或也都就还把被让给对从向说去来要会能想看听到等叫姓我你他她它您")


class _Span(Protocol):
    """What ``dictated_names`` reads of the tagger's spans (``ner.NameSpan``), read-only."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def label(self) -> str: ...


@dataclass(frozen=True)
class Join:
    """One dictated name: the surname token at ``[start, space)``, the given token at ``(space, end)``."""

    start: int
    space: int
    end: int


def _ordinary_word(word: str) -> bool:
    """Whether surname + given, joined, is a dictionary word ("高兴", "钱包"): then the space split a word."""
    from ledgerlm.ner.evidence import _zh_dict_words, zh_sur_words

    return word in zh_sur_words() or word in _zh_dict_words()


def dictated_joins(text: str) -> list[Join]:
    """Where ``text`` (simplified) holds a surname token and a given token separated by one space."""
    out: list[Join] = []
    for m in _JOINABLE.finditer(text):
        surname, given = m.group(1), m.group(2)
        if surname in _FUNCTION_SURNAMES or (len(given) == 1 and given in _NOT_GIVEN):
            continue
        if any(ch in _NOT_GIVEN for ch in given[:1]) or _ordinary_word(surname + given):
            continue
        out.append(Join(m.start(1), m.end(1), m.end(2)))
    return out


def _collapsed(text: str, joins: Sequence[Join]) -> tuple[str, list[int]]:
    """``text`` without the join spaces, and for each of its positions (plus the end) the original position."""
    removed = {j.space for j in joins}
    kept = [i for i in range(len(text)) if i not in removed]
    return "".join(text[i] for i in kept), [*kept, len(text)]


def dictated_names(text: str, tag: Callable[[str], Sequence[_Span]]) -> list[tuple[int, int]]:
    """Spans (into ``text``) of the dictated names the tagger ``tag`` confirms once their space is taken out."""
    joins = dictated_joins(text)
    if not joins:
        return []
    collapsed, origin = _collapsed(text, joins)
    by_start = {j.start: j for j in joins}
    out: list[tuple[int, int]] = []
    for span in tag(collapsed):
        start, end = origin[span.start], origin[span.end - 1] + 1
        join = by_start.get(start)
        # the tagger may keep only part of the given token (姚明|远): the token is still one name with the surname
        if span.label != "person" or join is None or end <= join.space + 1:
            continue
        if join.end - join.start == 3 and not _short_name_evidence(text, collapsed, join, span.start):
            continue
        out.append((start, max(end, join.end)))
    return out


# a separator or a label colon right before or after the name: a list of people or a form field ("评审：毛 静怡、阎 冬")
_LIST_BEFORE = re.compile(r"[、：:，,；;/（(][ \u3000]*$")
_LIST_AFTER = re.compile(r"^[ \u3000]*[、，,；;/）)]")
# Hong Kong forms of address after a bare surname (鄧太 = 鄧太太, 甄生 = 甄先生); "太" alone is also "too" (高 太 多),
# so the title must end its clause (a mark, the text's end, or a Cantonese particle: 嘅, 話, 同)
_CANTONESE_TITLES = frozenset("太生")
_TITLE_AFTER = re.compile(r"^[ \u3000]*(?:$|[、，,。！？!?；;：:）)]|(?:嘅|話|话|同|都|係|系)(?![\u4e00-\u9fff]))")
_CLAUSE_START = re.compile(r"(?:^|[。！？!?.\n])[ \u3000]*$")
# "的" and a word that is no one's personal data: "宁 静 的 夜晚" (but "韩 雪 的 电话" is a person's number)
_THEN_DE = re.compile(
    r"^[ \u3000]+的(?![ \u3000]*(?:电话|手机|邮箱|身份证|住址|地址|银行卡|护照|账户|账号|卡号|工资|生日|微信|"
    r"报告|妈妈|爸爸))"
)


def _short_name_evidence(text: str, collapsed: str, join: Join, at: int) -> bool:
    """Whether a one-plus-one dictated name ("宁 静", "毛 巾") is a person: two single characters are a word as
    often as a name, so it needs a cue word (``evidence.has_cue``), a list around it, or a given-name character
    that does not open the clause as the subject of "的" ("宁 静 的 夜晚" is the adjective; "是 宁 静" the name)."""
    from ledgerlm.ner.candidates import Candidate
    from ledgerlm.ner.evidence import has_cue
    from ledgerlm.ner.lexicon import ZH_GIVEN_CHARS

    before, after = text[: join.start], text[join.end :]
    if has_cue(collapsed, Candidate(at, at + 2, "person", "zh_sur1")):
        return True
    if _LIST_BEFORE.search(before) or _LIST_AFTER.match(after):
        return True
    if text[join.end - 1] in _CANTONESE_TITLES and _TITLE_AFTER.match(after):
        return True  # "俾 鄧 太。", "甄 生、": Mrs and Mr in Hong Kong speech, at the end of a clause or a list
    opens_clause = _CLAUSE_START.search(before) is not None and _THEN_DE.match(after) is not None
    return text[join.end - 1] in ZH_GIVEN_CHARS and not opens_clause


# compound surnames that are also ordinary words (百里 "a hundred li", 司空 as in 司空见惯, 第五 "fifth", 西门 "west
# gate"), so the tagger never proposes them: dictated with a space, they are a surname only with a list, a title or
# a cue word beside them ("乐队 成员：百里 屠苏、本人", "司空 摘星 教授")
_WORD_COMPOUNDS = ("百里", "司空", "第五", "西门", "南门", "东门", "公良", "夹谷", "谷梁", "左丘")
_WORD_COMPOUND_NAME = re.compile(
    r"(?<![" + _CJK + r"])(" + "|".join(_WORD_COMPOUNDS) + r")[ \u3000]([" + _CJK + r"]{1,2})(?![" + _CJK + r"])"
)
_PERSON_TITLE_AFTER = re.compile(
    r"^[ \u3000]*(?:先生|女士|小姐|老师|医生|教授|律师|经理|主任|同学|博士|院士|校长|总监|师傅|阿姨|叔叔)"
)


def word_compound_names(text: str) -> list[tuple[int, int]]:
    """Spans of a dictated name whose compound surname is also a word (``_WORD_COMPOUNDS``), with its evidence."""
    from ledgerlm.ner.candidates import Candidate
    from ledgerlm.ner.evidence import has_cue

    out: list[tuple[int, int]] = []
    for m in _WORD_COMPOUND_NAME.finditer(text):
        before, after = text[: m.start()], text[m.end() :]
        if _NOT_GIVEN.intersection(m.group(2)):
            continue
        if _PERSON_TITLE_AFTER.match(after):
            out.append(m.span())  # "司空 明远 教授": a title after it, whatever the given name means as a word
            continue
        listed = _LIST_BEFORE.search(before) is not None and _LIST_AFTER.match(after) is not None
        if _ordinary_word(m.group(2)):
            continue  # "百里 之外": the given part is a word
        if listed or has_cue(text, Candidate(m.start(), m.end(), "person", "zh_cmp2")):
            out.append(m.span())
    return out


# round 14: a bare surname and an English title, as Hong Kong offices and schools address teachers, officers and
# bosses ("莊 sir", "陈Sir", "何 madam"); the surname must stand alone, not end a word (大 sir)
_SIR = re.compile(
    r"(?<![" + _CJK + r"])(" + _SURNAME + r")[ \u3000]?(?:sir|Sir|SIR|madam|Madam|MADAM|miss|Miss)(?![A-Za-z])"
)


def sir_names(text: str) -> list[tuple[int, int]]:
    """Spans (into ``text``, simplified) of a standalone surname and the English title after it ("莊 sir")."""
    return [m.span() for m in _SIR.finditer(text) if m.group(1) not in _FUNCTION_SURNAMES]


# Hong Kong's Mrs and Mr glued to a bare surname at a clause's start or after a joining word, then a Cantonese verb or
# particle ("黃太 話 佢…", "同 麥生 講"): 太 and 生 start words too (太多, 生产), so the next word must be Cantonese
_HK_TITLED = re.compile(
    r"(?:(?<![" + _CJK + r"])|(?<=[同俾搵问問畀]))([" + ZH_SURNAMES + r"](?:太太|太|生))"
    r"(?=[ \u3000]*(?:话|話|同|喺|嘅|係|系|都|讲|講|要|会|會|已经|已經|俾|畀|佢|[，,。、：:！!？?]|$))"
)


def hk_titled_names(text: str) -> list[tuple[int, int]]:
    """Spans (into ``text``, simplified) of a surname with the Cantonese 太 or 生 ("黃太 話…")."""
    return [m.span(1) for m in _HK_TITLED.finditer(text) if m.group(1)[0] not in _FUNCTION_SURNAMES]


__all__ = ["Join", "dictated_joins", "dictated_names", "hk_titled_names", "sir_names", "word_compound_names"]
