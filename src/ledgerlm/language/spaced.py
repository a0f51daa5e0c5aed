"""Chinese written with spaces between words (voice-to-text, WeChat dictation) read as the unspaced Chinese it is.

"嗯 那个 我 想 借给 同事 三千 个 USDT" is how speech-to-text writes "嗯那个我想借给同事三千个 USDT": every rule
written for Chinese expects the characters of a word, a number and its unit to stand together, and a space between
them cuts a value ("一 亿" read as 一) or a name ("阿 强"). ``despace`` drops those spaces and keeps a map back to
the user's text, so the kinds read the despaced copy while every evidence span still points at the user's own words
(``Restructured.span``).

Why not every space between two CJK characters: people who type Chinese use a space as a separator ("茶叶溯源 采摘
杀青 揉捻", "付款方 老周，收款方 我", "代币 松果"), and joining those would fuse list items and names into one
word. Dictation is told apart by its words: the runs of characters around its spaces are a character or two long
(under ``_DICTATED_RUN`` on average, over at least ``_DICTATED_GAPS`` spaces), where typed separators stand
between whole terms ("挤奶 杀菌 灌装"); and words listed after a colon ("成员：我 阿梁 小符") keep their spaces even in
dictation, because speech-to-text writes no colon. Typed text keeps its spaces, except inside a number
("一 亿", "三 千 五"), which is never a separator. In dictation a space before a number word is kept too
("借给 小周 三千"), so the name before it cannot swallow the number; a counting word before it joins
("每 一 瓶" is 每一瓶).

Spaces touching a Latin letter or a digit are always kept ("Alice Wong", "USDT 3000", "12 个月"), and a text with
nothing to join is not rewritten at all (``None``), so unspaced input reads exactly as before.
"""

from __future__ import annotations

import re

from ledgerlm.language.extract import Restructured

__all__ = ["compose", "despace", "dictated"]

#: CJK ideographs (extension A and compatibility forms included) and CJK / full-width punctuation
_CJK = "\u3001-\u303f\u3400-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
_IDEOGRAPH = "\u3400-\u9fff\uf900-\ufaff"
#: a run of blanks on one line between two CJK characters (a line break is never a word space)
_GAP = re.compile(rf"(?<=[{_CJK}])[ \t\u00a0\u3000]+(?=[{_CJK}])")
_RUN_BEFORE = re.compile(rf"[{_IDEOGRAPH}]+$")
_RUN_AFTER = re.compile(rf"^[{_IDEOGRAPH}]+")
#: the characters of a Chinese number (digits, scales, 两/俩, 半, 点 for decimals, 百分之 spelled by its start)
_NUMERAL = frozenset("零〇一二三四五六七八九十百千万亿兩两俩半点點萬億壹贰叁肆伍陆柒捌玖拾佰仟")
#: a colon, then words with no clause mark up to the end (searched with the gap as the end)
_COLON_LIST = re.compile(r"[:：][^，,。；;、！？!?\n:：]*$")
#: words that take the number after them as their own ("每 一 瓶", "第 三 步", "前 六 个 月")
_COUNTS = frozenset("每第前头頭共约約近满滿逾超这這那哪几幾各")
#: words that name a setting of a contract (simplified and traditional): in dictation each opens a new clause
_FIELD_WORDS = (
    "期限", "利率", "年利率", "月利率", "利息", "年息", "年化", "代号", "代號", "符号", "符號", "总量", "總量", "仲裁",
    "截止", "目标", "目標", "名字", "名称", "名稱", "价格", "價格", "版税", "版稅", "受益人", "收款", "付款", "门槛",
    "門檻", "法定人数", "法定人數", "投票", "时间锁", "時間鎖", "供应", "供應", "上限", "金额", "金額", "本金",
    "归属", "歸屬", "悬崖", "懸崖", "锁定", "鎖定", "每人", "发行", "發行",
)  # fmt: skip
_DICTATED_RUN = 2.0
_DICTATED_GAPS = 3


def _runs(text: str, gaps: list[tuple[int, int]]) -> list[tuple[str, str]]:
    """For each gap, the run of ideographs just before it and just after it ("" beside punctuation)."""
    out = []
    for start, end in gaps:
        before = _RUN_BEFORE.search(text, 0, start)
        after = _RUN_AFTER.search(text[end:])
        out.append((before.group() if before else "", after.group() if after else ""))
    return out


def dictated(text: str) -> bool:
    """Whether ``text`` reads as dictated Chinese: spaces between short runs of characters, several of them."""
    return _dictated(_runs(text, [m.span() for m in _GAP.finditer(text)]))


def _dictated(runs: list[tuple[str, str]]) -> bool:
    """Spaces inside a number say nothing of the style: they are left out of the count and the average."""
    between = [(before, after) for before, after in runs if not _in_number(before, after)]
    words = [w for pair in between for w in pair if w]
    if len(between) < _DICTATED_GAPS or not words:
        return False
    return sum(map(len, words)) / len(words) < _DICTATED_RUN


def _in_number(before: str, after: str) -> bool:
    """A space inside a Chinese number ("一 亿", "三 千 五", "百分之 四"): one value on both sides."""
    if not before or not after:
        return False
    if before.endswith("分之") and after[0] in _NUMERAL:
        return True
    return before[-1] in _NUMERAL and all(c in _NUMERAL for c in after)


def _after_colon(text: str, pos: int) -> bool:
    """Whether ``pos`` stands in the list after a colon: a colon before it on the line, no clause mark between."""
    return bool(_COLON_LIST.search(text, 0, pos))


def _opens_field(word: str, after: str) -> bool:
    """Dictation has no commas between settings ("仲裁 是 老板 期限 十 天"): a field word after a value opens the
    next setting, so its space is kept as the comma a typist would write ("老板 期限", not "老板期限"); after a word
    that qualifies it ("年 利率", "年化 利率") it joins."""
    return len(word) >= 2 and not _qualifies(word) and after.startswith(_FIELD_WORDS)


def _qualifies(word: str) -> bool:
    """ "年化", "我的", "年" itself: a word that says which field is meant; "四年" (a length) does not."""
    if word.endswith(("化", "的")):
        return True
    if word.endswith(("个月", "個月")):
        return False  # "十二个月 年化": a length, then the next setting
    return word[-1] in "年月" and (len(word) == 1 or word[-2] not in _NUMERAL)


#: the arrows of a stage list ("果园 采摘 → 包装 厂 → 超市") and the marks that end a clause
_ARROW = re.compile(r"→|->|=>|⇒|➔|➡|>|＞")
_CLAUSE_MARK = re.compile(r"[，,。；;！？!?\n]")


def _in_arrow_item(text: str, pos: int) -> bool:
    """Whether the space at ``pos`` stands inside one item of an arrow list: after an arrow, with no clause mark
    between. The arrows separate the items, so a space inside an item ("包装 厂") is no separator; read as one, the
    list kept "包装" and "厂" as two stages, silently. Before the first arrow a space may end the item being traced
    ("冷链溯源：疫苗 出厂→疾控中心"), so there it keeps its meaning."""
    start = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, pos)), default=0)
    return bool(_ARROW.search(text, start, pos))


def _joins(word: str, after: str, speech: bool, listed: bool) -> bool:
    """Whether the space between ``word`` (the word before it, as joined so far) and ``after`` is no word boundary
    to keep."""
    if _in_number(word, after) or _half_of_length(word, after) or _day_of_week(word, after):
        return True
    if not speech or listed or _opens_field(word, after):
        return False
    # "借给 小周 三千", "阿 强 两千五": the number starts a new value; the name before it must not take it
    return not (_starts_number(after) and word and word[-1] not in _NUMERAL and word[-1] not in _COUNTS)


#: a counted length of time a run ends with ("两年", "三个", "十八个月", "兩個禮拜")
_LENGTH_END = re.compile(r"[零一二两兩三四五六七八九十百]+(?:[个個]|[个個]?(?:月|年|星期|礼拜|禮拜)|[周週天])$")
#: the half said after it as a word of its own ("半", "半释放"), never "半价", "半数", "半年", "一年半载" (a year or so)
_HALF_START = re.compile(r"半(?![个個月年数數价價导導岛島天日载載])")


#: a week word a day of it follows ("下周 五", "星期 三", "礼拜 天"), never "每周 三次" (how often)
_WEEK_END = re.compile(r"(?<!每)(?:周|週|星期|礼拜|禮拜)$")
_DAY_START = re.compile(r"[一二三四五六日天](?![零〇一二三四五六七八九十百千万亿兩两俩半点點萬億个個次回遍])")


def _day_of_week(word: str, after: str) -> bool:
    """ "下 周 五 截止": the day belongs to the week word before it (read apart, "下周" and "五" were no date and
    the 五 a stray number); in typed text too, where a space there separates nothing."""
    return bool(_WEEK_END.search(word)) and bool(_DAY_START.match(after))


def _half_of_length(word: str, after: str) -> bool:
    """ "两年 半", "一年 半 释放", "三 个 半 月": the half belongs to the length before it (30 months, not 24), in
    dictation and in typed text alike; a space there separates nothing."""
    return bool(_LENGTH_END.search(word)) and bool(_HALF_START.match(after))


#: what follows the numerals of a number in Chinese: a measure word, a unit, a scale of time or a share
_MEASURE = frozenset(
    "个個位只条條张張台臺箱瓶件块塊元圆圓角天日周週月年岁歲次成份倍股枚颗顆本套层層间間家名人笔筆期号號%％"
)


def _starts_number(run: str) -> bool:
    """Whether the run of characters after a space starts with a number ("三千", "一台", "两千五百", "百分之五"),
    not a word or name that merely begins with a numeral character ("赵 一鸣", "想 一下"): the numerals are the
    whole run or a measure word or unit follows them."""
    if not run or run[0] not in _NUMERAL:
        return False
    if run.startswith("百分之"):
        return True
    rest = run.lstrip("".join(_NUMERAL))
    return not rest or rest[0] in _MEASURE


def despace(text: str) -> Restructured | None:
    """``text`` without the spaces that split words of dictated Chinese (and numbers in any Chinese), with the map
    back to ``text``; None when nothing is joined."""
    between = [m.span() for m in _GAP.finditer(text)]
    prefixed = {m.span() for m in _PREFIX_GAP.finditer(text)}
    gaps = sorted(set(between) | prefixed)
    if not gaps:
        return None
    runs = _runs(text, gaps)
    speech = _dictated(_runs(text, between))
    parts: list[str] = []
    origin: list[int] = []
    at = 0
    joined = False
    word = ""  # the run of characters the output ends with, words joined so far included
    for (start, end), (_, after) in zip(gaps, runs, strict=True):
        piece = text[at:start]
        parts.append(piece)
        origin.extend(range(at, start))
        whole = bool(piece) and _RUN_BEFORE.fullmatch(piece) is not None
        word = word + piece if whole else _word_before(piece)
        if (
            (start, end) in prefixed
            or _joins(word, after, speech, speech and _after_colon(text, start))
            or _in_arrow_item(text, start)
        ):
            joined = True
            at = end
        else:
            at = start
            word = ""
    if not joined:
        return None
    parts.append(text[at:])
    origin.extend(range(at, len(text)))
    return Restructured("".join(parts), (*origin, len(text)))


#: a name prefix standing alone before a Latin name ("借 俾 阿 Wing", "同 小 Sam"): dictation cut "阿Wing" in two, and
#: the space touches a Latin letter, which keeps it otherwise
_PREFIX_GAP = re.compile(r"(?:(?<=^[阿小老])|(?<=[\s，,、：:；;][阿小老]))[ \t]+(?=[A-Z][a-z])")


def _word_before(written: str) -> str:
    """The run of characters ``written`` ends with."""
    found = _RUN_BEFORE.search(written)
    return found.group() if found else ""


def compose(inner: Restructured | None, outer: Restructured | None) -> Restructured | None:
    """One map for two rewritings in turn: ``inner`` rewrote the user's text, ``outer`` rewrote ``inner.text``;
    the result's ``origin`` points from ``outer.text`` straight into the user's text."""
    if inner is None:
        return outer
    if outer is None:
        return inner
    return Restructured(outer.text, tuple(inner.origin[i] for i in outer.origin))
