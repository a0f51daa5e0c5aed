"""Candidate name spans from rules: deliberately generous, because the learned scorer decides which are names.

Why two stages: a rule alone must choose between recall and precision (every surname character starts ordinary
words: 周期, 马上, 高达; every sentence starts with a capital). Here the rules only propose shapes that *could* be a
name, each with the kind of rule that proposed it; ``ledgerlm.ner.features`` describes the context and
``ledgerlm.ner.model`` scores it. Shapes:

* Chinese: surname (single or compound) + one or two characters; surname + given + title (李律师, 王总, 刘德华先生);
  familiar forms 老周 / 小王 / 阿强 / 阿May; organisations ending in 有限公司 / 公司 / 集团.
* Latin: runs of capitalised words with particles (van der, de la, bin, al-), apostrophes (O'Neill), hyphens
  (Jean-Luc), initials (J. R.), titles (Mr./Ms./Dr.); every contiguous sub-run is a candidate so the scorer also
  picks the boundary ("Tell Maria Gonzalez" -> "Maria Gonzalez"); organisations with Corp./Inc./Ltd/LLC/GmbH/
  "& Sons" suffixes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ledgerlm.ner.lexicon import ZH_COMPOUND_SURNAMES, ZH_SURNAMES

Label = Literal["person", "org"]

_SURNAME_SET = frozenset(ZH_SURNAMES)
_COMPOUND_SET = frozenset(ZH_COMPOUND_SURNAMES)
ZH_TITLES = (
    "律师", "师傅", "先生", "女士", "小姐", "经理", "医生", "老师", "教授", "主任", "主管", "总监", "老板", "阿姨",
    "大爷", "大妈", "大哥", "大姐", "叔叔", "姐姐", "哥哥", "同学", "院长", "局长", "处长", "科长", "部长", "董事长",
    "总", "董", "工", "姐", "哥", "叔", "姨",
)  # fmt: skip
_TITLE_SET = frozenset(ZH_TITLES)
_ZH_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两几")


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    label: Label
    kind: str


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# pronouns and particles never stand inside a Chinese name ("改成我的": 成 is a surname, 成我 is not a name)
# (and the Cantonese ones: 佢哋, 咗, 嘅, 喺, 冇, 啲, 嚟, 唔, 嘢, 嗰: "呢单嘢" is "this thing", no 单嘢)
_NEVER_IN_NAME = frozenset("我你您他她它们的了吗呢吧啊么着过与及或是没不也都就还把被让给对从向佢哋咗嘅喺冇啲嚟唔嘢嗰")


def _cjk_run(text: str, start: int, length: int, surname: int = 1) -> bool:
    """``length`` Chinese characters from ``start``; after the first ``surname`` ones, none a pronoun or particle."""
    end = start + length
    return end <= len(text) and all(
        is_cjk(ch) and (k < surname or ch not in _NEVER_IN_NAME) for k, ch in enumerate(text[start:end])
    )


def _title_at(text: str, pos: int) -> str | None:
    return next((text[pos : pos + k] for k in (3, 2, 1) if text[pos : pos + k] in _TITLE_SET), None)


def chinese(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    n = len(text)
    for i, ch in enumerate(text):
        if not is_cjk(ch):
            continue
        if ch == "万" and i > 0 and (text[i - 1].isdigit() or text[i - 1] in _ZH_NUMERALS):
            continue  # 一千万枚, 3万: the unit, not the surname
        sur_lens = [2] if text[i : i + 2] in _COMPOUND_SET else []
        if ch in _SURNAME_SET:
            sur_lens.append(1)
        for sl in sur_lens:
            kind = "zh_cmp" if sl == 2 else "zh_sur"
            for gl in (1, 2):
                if _cjk_run(text, i, sl + gl, sl):
                    out.append(Candidate(i, i + sl + gl, "person", f"{kind}{gl}"))
            for gl in (0, 1, 2):
                pos = i + sl + gl
                if pos >= n or not _cjk_run(text, i, sl + gl, sl):
                    continue
                title = _title_at(text, pos)
                if title:
                    out.append(Candidate(i, pos + len(title), "person", f"zh_title{gl}"))
        if ch in "老小阿" and i + 1 < n:
            nxt = text[i + 1]
            if nxt in _SURNAME_SET or (ch != "老" and is_cjk(nxt)):
                out.append(Candidate(i, i + 2, "person", "zh_fam_sur" if nxt in _SURNAME_SET else "zh_fam"))
            if ch == "阿":
                m = _LATIN_WORD.match(text, i + 1)
                if m:
                    out.append(Candidate(i, m.end(), "person", "zh_fam_latin"))
    out.extend(_chinese_orgs(text))
    return out


_LATIN_WORD = re.compile(r"[A-Z][a-z]+")
_ZH_ORG = re.compile(r"[\u4e00-\u9fff]{2,24}?(?:股份有限公司|有限责任公司|有限公司|集团|公司|工作室|事务所|基金会)")
# where an organisation's name may begin inside a run of Chinese characters: after one of these words
_ZH_ORG_LEFT = re.compile(r"(?:收款方|付款方|收款人|付款给|转给|打给|公司名|名称|户名|是|给|向|和|与|跟|由|替|为|方)")


def _chinese_orgs(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _ZH_ORG.finditer(text):
        starts = {m.start()}
        run_start = m.start()
        while run_start > 0 and is_cjk(text[run_start - 1]):
            run_start -= 1
        starts.add(run_start)
        for cue in _ZH_ORG_LEFT.finditer(text, run_start, m.end()):
            if m.end() - cue.end() >= 4:
                starts.add(cue.end())
        for s in starts:
            if m.end() - s >= 4 and not _generic_org(text[s : m.end()]):
                out.append(Candidate(s, m.end(), "org", "zh_org"))
    return out


# round 12b: a pointer or a pronoun before an organisation word (那家…, 我们…) and the trades a company is named by
# when it has no name of its own (物业公司, 婚庆公司, 装修公司): "the wedding company said" names no one
_ZH_ORG_POINTER = re.compile(
    r"^(?:那家|这家|那个|这个|一家|某家|某|我们|你们|他们|她们|咱们|我|你|他|她|该|本|贵|原|新)"
)
_ZH_ORG_SUFFIX = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|集团|公司|工作室|事务所|基金会)$")
_ZH_TRADES = frozenset(
    ["物业", "装修", "装饰", "保洁", "清洁", "搬家", "婚庆", "快递", "物流", "货运", "运输", "中介", "房产", "地产",
     "家政", "保姆", "月嫂", "保安", "租车", "租赁", "旅游", "旅行", "外卖", "保险", "广告", "设计", "建筑", "燃气",
     "煤气", "自来水", "水务", "供暖", "电力", "有线", "宽带", "维修", "开锁", "律师", "会计", "咨询", "猎头", "票务",
     "劳务", "外包", "担保", "贷款", "小贷", "信托", "培训", "印刷", "餐饮", "演出", "传媒", "婚纱", "摄影", "网络",
     "软件", "科技", "贸易", "投资"]
)  # fmt: skip


def _generic_org(span: str) -> bool:
    """An organisation word with no name of its own: a pointer or pronoun (我们公司, 那家公司) and at most a trade
    before the suffix (物业公司, 那家婚庆公司); 顺丰公司 and 腾讯科技有限公司 keep their names."""
    rest = _ZH_ORG_SUFFIX.sub("", _ZH_ORG_POINTER.sub("", span))
    return not rest or rest in _ZH_TRADES


# -- Latin script --------------------------------------------------------------------------------------------------
_L = "A-Za-zà-öø-ÿĀ-žƠ-ưḀ-ỿ"
# Latin Extended-B and Additional (ơ, ư, ễ, ị: Vietnamese) count as letters; those blocks mix cases, so both classes
# hold them and the first letter's case is checked in ``_tokens``.
_UP = "A-ZÀ-ÖØ-ÞĀ-ŽƠƯḀ-Ỿ"
_LOW = "a-zà-öø-ÿā-žßơưḁ-ỿ"
_CAP_WORD = (
    r"(?:Mc|Mac|O['’]|D['’]|al-|el-)?["
    + _UP
    + r"]["
    + _LOW
    + r"]+(?:ʻ["
    + _LOW
    + r"]+)*(?:[A-Z][a-z]+)?(?:-["
    + _UP
    + r"]?["
    + _LOW
    + r"]+)*"
    r"|[A-Z]\.|[A-Z][a-z]?['’][A-Z][a-zà-öø-ÿ]+"
)
_PARTICLES = ("van der", "van den", "van de", "von der", "de la", "de los", "del", "van", "von", "de", "da", "di",
              "du", "le", "la", "bin", "binti", "ibn", "al", "el", "dos", "das", "ten", "ter", "y")  # fmt: skip
_PARTICLE_SET = frozenset(_PARTICLES)
_PARTICLE = "(?:" + "|".join(p.replace(" ", r"\s") for p in _PARTICLES) + ")"
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?"
# round 12: the ʻokina is a letter of Hawaiian and Tongan words (Kaʻiulani, Nukuʻalofa): no word ends before it
_TOKEN = re.compile(r"(" + _TITLE + r"(?=\s)|" + _CAP_WORD + r"|" + _PARTICLE + r"(?=\s+[A-Z]))(?![" + _L + r"ʻ])")
_ORG_SUFFIX = re.compile(
    r"(?:,?\s+(?:Corp\.?|Corporation|Inc\.?|Incorporated|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|GmbH|AG|PLC|plc|S\.A\.|"
    r"S\.A\.S\.|SARL|B\.V\.|N\.V\.|Pty\s+Ltd\.?|Co\.,?\s+Ltd\.?|Co\.|Company|Group|Holdings)"
    r"|\s+&\s+(?:Sons|Son|Partners|Co\.?|Associates|Daughters|[A-Z][a-z]+))(?![" + _L + r"])"
)
_TITLE_RE = re.compile(_TITLE + r"$")


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Capitalised words, titles and particles with their offsets, in order."""
    out: list[tuple[int, int, str]] = []
    for m in _TOKEN.finditer(text):
        if m.start() > 0 and (text[m.start() - 1].isalnum() and not is_cjk(text[m.start() - 1])):
            continue
        word = m.group(1)
        if not word[:1].isupper() and not word[:1].islower():
            continue
        if word[:1].islower() and word not in _PARTICLE_SET and not word.startswith(("al-", "el-")):
            continue  # a lower-case letter of the mixed-case blocks (ḁ, ạ) opened the match
        kind = "title" if _TITLE_RE.match(word) else ("particle" if word[0].islower() and "-" not in word else "cap")
        out.append((m.start(), m.end(), kind))
    return out


def _runs(text: str, toks: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Group tokens separated only by single spaces into runs."""
    runs: list[list[tuple[int, int, str]]] = []
    for tok in toks:
        if runs and text[runs[-1][-1][1] : tok[0]] in (" ", "  "):
            runs[-1].append(tok)
        else:
            runs.append([tok])
    return runs


def latin(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for run in _runs(text, _tokens(text)):
        n = len(run)
        for i in range(n):
            if run[i][2] == "particle":
                continue
            for j in range(i, min(n, i + 5)):
                if run[j][2] != "cap":
                    continue
                start, end = run[i][0], run[j][1]
                words = j - i + 1
                title = run[i][2] == "title"
                kind = "lat_title" if title else f"lat{min(words, 4)}"
                if not (title and words == 1):
                    out.append(Candidate(start, end, "person", kind))
                org_end = end
                while (m := _ORG_SUFFIX.match(text, org_end)) is not None:
                    org_end = m.end()
                if org_end > end and not title:
                    out.append(Candidate(start, org_end, "org", "lat_org"))
    return out


def candidates(text: str) -> list[Candidate]:
    """Every candidate span in ``text`` (overlapping; the scorer and ``find_names`` choose), one per span and label;
    a title, familiar or organisation shape wins over the plain surname shape of the same span."""
    best: dict[tuple[int, int, str], Candidate] = {}
    for cand in chinese(text) + latin(text):
        key = (cand.start, cand.end, cand.label)
        if key not in best or best[key].kind.startswith("zh_sur"):
            best[key] = cand
    return sorted(best.values(), key=lambda c: (c.start, c.end))
