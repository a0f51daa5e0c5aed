"""Hand-written name rules (Chinese and Latin script): in ``ledgerlm.ner`` they are features of the learned scorer.

They were privacy's name detector before the tagger existed (hence the privacy wording below); moved here so the
tagger can weigh them instead of trusting them.

Why not a plain pattern: a Chinese surname character starts thousands of ordinary words (周期, 黄金, 马上, 高达) and a
capitalised English word may be a token, a chain or a month. So a candidate must pass three checks:

* **shape**: Chinese = surname (single or compound) + one or two common given-name characters, or a title form
  (老周, 小王, 李师傅, 陈律师, 王总); Latin = capitalised words with particles (van der, de, bin, Ní), apostrophes
  and hyphens, where at least one word is a known first name or surname, or a cue/role word stands right before;
* **context**: what stands before (start of text, punctuation, a verb that takes a person: 给/跟/联系/tell/cc/pay
  to, or a role: 收款人是/account holder/arbiter) and after (a verb, 的, punctuation, the end);
* **vocabulary**: an exclusion list of ordinary words, places, tokens and chains that look like names.

A missed name costs privacy, a false one costs only a placeholder, but a placeholder inside an amount or address
would change meaning, which is why digits, hex and token symbols are never part of a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ledgerlm.ner.lexicon import (
    EN_FIRST_NAMES,
    EN_NOT_NAMES,
    EN_SURNAMES,
    ZH_COMPOUND_SURNAMES,
    ZH_GIVEN_CHARS,
    ZH_NOT_NAMES,
    ZH_SURNAMES,
)

Found = tuple[int, int]

# -- Chinese -------------------------------------------------------------------------------------------------------
_SURNAME = "(?:" + "|".join(ZH_COMPOUND_SURNAMES) + "|[" + ZH_SURNAMES + "])"
_GIVEN = "[" + ZH_GIVEN_CHARS + "]"
_TITLES = (
    "师傅|律师|经理|老师|医生|先生|女士|小姐|太太|阿姨|大爷|大妈|大哥|大姐|主管|主任|院士|教授|总监|老板|同学|师兄|师姐|"
    "叔叔|姐姐|哥哥|总|董|工|姐|哥|叔"
)
# the title stays outside the span: "王先生" -> "[NAME_1]先生" (the title is not personal data, the surname is)
ZH_TITLED = re.compile(r"(?=(" + _SURNAME + r"(?:" + _GIVEN + r"{1,2}?)?)(" + _TITLES + r"))")
# 老周 / 小王 / 阿强: familiar forms; strong on their own except for the ordinary words in _ZH_FAMILIAR_NOT
ZH_FAMILIAR = re.compile(r"((?:老|小|阿)" + _SURNAME + r"|小[美红明丽芳强军华娟兰梅]|阿[A-Z][a-z]+|阿[\u4e00-\u9fff])")
_ZH_FAMILIAR_NOT = (
    "老师",
    "老板",
    "老婆",
    "老公",
    "老人",
    "老家",
    "老大",
    "老百姓",
    "老鼠",
    "老虎",
    "老化",
    "老年",
    "老实",
    "老是",
    "小时",
    "小心",
    "小额",
    "小数",
    "小于",
    "小组",
    "小区",
    "小程序",
    "小孩",
    "小伙",
    "小说",
    "小费",
    "小白",
    "小米",
    "阿里",
    "阿拉",
    "阿姨",
    "阿根廷",
    "阿联酋",
    "小黄车",
    "小金库",
    "小熊",
    "小方",
    "老钱包",
    "阿尔法",
    "小安",
    "老乡",
    "老外",
    "小学",
    "小吃",
    "小型",
    "小量",
    "小幅",
    "老牌",
    "老式",
    "老用户",
    "小编",
)
ZH_FULL = re.compile(r"(" + _SURNAME + _GIVEN + _GIVEN + r"?)")
ZH_SURNAME_AT = re.compile(r"(?=" + _SURNAME + r")")

# Words before a person (cue verbs, prepositions, roles, relatives) and after one (verbs, particles).
_ZH_LEFT = (
    "名字|写|收款人是|收款人为|收款方户名：|收款方户名|收款人：|收款人|受益人：|受益人|付款人|借款人：|借款人|贷款人|出借人|持卡人|户名：|户名|"
    "账户名|姓名：|姓名|名字是|名字叫|我叫|她叫|他叫|名叫|叫做|联系人|联系|转给|付给|打给|汇给|退给|发给|借给|还给|卖给|买给|"
    "抄送|告诉|通知|麻烦|找|给|跟|和|与|同|让|帮|请|问|叫|是|由|替|向|买家|卖家|仲裁员是|仲裁员|仲裁人|仲裁|房东|房客|老板|"
    "客户|我妈|我爸|我哥|我姐|我弟|我妹|老婆|老公|朋友|同事|签名人|本人|到|在|欠|、|和|及|或者|或"
)
_ZH_RIGHT_CHARS = set("0123456789一二三四五六七八九十两百千万几拿想要说借欠的和与在让出生名也都已把给还转打发")
_ZH_RIGHT_CHARS |= set("审建作院先女老等跟同及或、，,。.；;：:！!？? \t\n)）」』\"'")
_ZH_RIGHT_WORDS = ("名下", "家属", "作证", "合伙", "要求", "出资", "生于", "上班", "下周", "明天", "今天", "这", "那")
_ZH_LEFT_RE = re.compile(r"(?:" + _ZH_LEFT + r")\s*$")


def _zh_left_ok(text: str, start: int) -> bool:
    if start == 0:
        return True
    prev = text[start - 1]
    if not ("\u4e00" <= prev <= "\u9fff"):
        return not prev.isalnum() or prev == " "
    return _ZH_LEFT_RE.search(text[max(0, start - 6) : start]) is not None


# "X的电话" / "X，邮箱": a surname followed by a personal-data word is a name whatever the given-name characters are
_ZH_PII_AFTER = re.compile(
    r"(?:的|，|,|\s)?\s*(?:电话|手机|邮箱|卡号|银行卡|地址|身份证|生日|护照|账号|微信|email|邮件)", re.I
)


def _zh_pii_after(text: str, start: int) -> bool:
    return any(_ZH_PII_AFTER.match(text, start + n) for n in (2, 3))


def _zh_cue_before(text: str, start: int) -> bool:
    return start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and _zh_left_ok(text, start)


def _zh_right_ok(text: str, end: int) -> bool:
    if end >= len(text):
        return True
    if text[end] in _ZH_RIGHT_CHARS:
        return True
    return text.startswith(_ZH_RIGHT_WORDS, end)


def _zh_excluded(name: str) -> bool:
    return any(name.startswith(w) for w in ZH_NOT_NAMES)


ZH_COMPOUND = re.compile(r"(" + "|".join(ZH_COMPOUND_SURNAMES) + r")([\u4e00-\u9fff]{1,2})")


def chinese_names(text: str) -> Iterator[Found]:
    for m in ZH_TITLED.finditer(text):
        title_len = m.end(2) - m.end(1)
        strong = title_len >= 2 or _zh_right_ok(text, m.end(2))
        if not _zh_excluded(m.group(1)) and (strong or _zh_left_ok(text, m.start(1))):
            yield m.start(1), m.end(1)
    for m in ZH_COMPOUND.finditer(text):
        for end in (m.end(), m.end() - 1):
            if end > m.end(1) and _zh_right_ok(text, end) and _zh_left_ok(text, m.start()):
                yield m.start(), end
                break
    for m in ZH_FAMILIAR.finditer(text):
        s, e = m.start(1), m.end(1)
        if any(text.startswith(w, s) for w in _ZH_FAMILIAR_NOT) or _zh_excluded(text[s + 1 : e]):
            continue
        if s > 0 and text[s - 1] in "养古元最很缩减大变较从":  # 养老金, 古老, 大小, 缩小: a word, not a name
            continue
        if _zh_left_ok(text, s) or _zh_right_ok(text, e) or (s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff"):
            yield s, e
    pos = 0
    for sm in ZH_SURNAME_AT.finditer(text):
        start = sm.start()
        if start < pos:
            continue
        found = None
        full = ZH_FULL.match(text, start)
        # prefer three characters when both fit, else two
        for length in (len(full.group(1)), len(full.group(1)) - 1) if full else ():
            end = start + length
            name = text[start:end]
            if length < 2 or _zh_excluded(name):
                continue
            if len(name) == 2 and any(name.startswith(c) for c in ZH_COMPOUND_SURNAMES):
                continue
            if _zh_left_ok(text, start) and _zh_right_ok(text, end):
                found = (start, end)
                break
        cued = _zh_cue_before(text, start)
        if found is None and (cued or (_zh_pii_after(text, start) and _zh_left_ok(text, start))):
            # after an explicit role or verb cue (收款人是, 持卡人, 给, 抄送), or before a personal-data word (的电话),
            # any two or three characters may be a name
            for length in (3, 2):
                end = start + length
                name = text[start:end]
                cjk = len(name) == length and all("\u4e00" <= ch <= "\u9fff" for ch in name)
                plain = cjk and not _zh_excluded(name) and not any(ch in _ZH_RIGHT_CHARS for ch in name[1:])
                if plain and (_zh_right_ok(text, end) if cued else _ZH_PII_AFTER.match(text, end)):
                    found = (start, end)
                    break
        if found:
            yield found
            pos = found[1]


# -- Latin script --------------------------------------------------------------------------------------------------
_CAP = (
    r"(?:[A-Z][a-zà-öø-ÿ]+-[A-Z][a-zà-öø-ÿ]+|[A-Z][a-z]?['’][A-Z][a-zà-öø-ÿ]+|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+"
    r"|[A-Z][a-zà-öø-ÿ]+(?:['’]s)?|Ní|Nic|Ó)"
)
_PARTICLE = (
    r"(?:van der|van den|van de|von der|de la|de los|del|van|von|de|da|di|du|le|la|bin|binti|ibn|al|el|dos|das|ten|ter)"
)
EN_SEQ = re.compile(
    r"(?<![A-Za-zà-ÿ'’-])(" + _CAP + r"(?:(?:\s+" + _PARTICLE + r")?\s+" + _CAP + r"){0,3})(?![A-Za-zà-ÿ])"
)
EN_TITLE = re.compile(
    r"\b((?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Mr\. and Mrs|Mr and Mrs)\.?\s+" + _CAP + r"(?:\s+" + _CAP + r")?)"
)
_EN_CUE = re.compile(
    r"(?:\b(?:tell|cc|cc:|bcc|pay|paid|pay to|send to|sent to|send it to|to|ask|give|lend|loan to|contact|from|with|"
    r"me and|and|or|arbiter|arbiter:|beneficiary|borrower|borrower is|lender|payee|payee is|holder|account holder|"
    r"signers:|landlord|tenant|name:|name|name's|named|called|is|it's|i'm|i am|this is|dear|hi|hey|thanks|"
    r"brother|sister|wife|husband|friend|mom|mum|dad|son|daughter|grandma|grandpa|boss|colleague|partner|"
    r"owes|by|for|via|signed|attn:?|recipient|recipient:|seller|buyer|client|customer)\s*[:,]?\s*)$",
    re.IGNORECASE,
)
_PLACEHOLDER_NAMES = {"Alice", "Bob", "Carol", "Dave", "Eve", "Mallory", "Trent", "Charlie"}


def _bare(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _is_known(word: str) -> bool:
    w = _bare(word)
    return w in EN_FIRST_NAMES or w in EN_SURNAMES or any(p in EN_FIRST_NAMES | EN_SURNAMES for p in w.split("-"))


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:;\n，。！？；：" or bool(re.search(r"[\u4e00-\u9fff]$", before))


def latin_names(text: str) -> Iterator[Found]:
    for m in EN_TITLE.finditer(text):
        yield m.start(1), m.end(1)
    for m in EN_SEQ.finditer(text):
        s, e = m.start(1), m.end(1)
        words = m.group(1).split()
        # trim vocabulary words from both ends ("Send Jake" -> "Jake", "Jake Coin" -> rejected below)
        while words and _bare(words[0]) in EN_NOT_NAMES:
            s = text.index(words[0], s) + len(words[0])
            s = s + (len(text[s:]) - len(text[s:].lstrip()))
            words = words[1:]
        if not words:
            continue
        if any(_bare(w) in EN_NOT_NAMES for w in words):
            continue
        head = words[0]
        possessive = head.endswith(("'s", "’s")) and len(words) == 1
        if possessive:
            head = head[:-2]
            e = s + len(head)
        elif len(words) >= 2 and words[-1].endswith(("'s", "’s")):
            e -= 2  # "forwarding Dagny Solberg's CV": the name ends before the possessive, as a single word's does
        if possessive and head in _PLACEHOLDER_NAMES:
            continue  # "Alice's vault": the textbook placeholder owner of an account, not a person
        known = any(_is_known(w) for w in words) or (possessive and _is_known(head))
        cue = _EN_CUE.search(text[max(0, s - 24) : s]) is not None
        multi = len(words) >= 2 and not _sentence_start(text, s)
        if known or (cue and not _sentence_start(text, s)) or multi or (cue and len(words) >= 2):
            yield s, e
