"""Hand-built features of a candidate span in its context, hashed into a fixed-size index space.

Why hashing: the scorer is a logistic regression over sparse binary features; hashing (CRC-32 of the feature
string) needs no vocabulary file, so the weights are one float array and loading costs one ``np.load``. The
features say what a person would look at: the shape of the span (surname, given-name characters, capitalised
words, known first names and surnames, a title, an organisation suffix), what stands before it (a cue verb or role:
给/转给/收款人是/tell/cc/pay to/account holder, the start of a sentence) and what stands after it (a verb, 的, a
punctuation mark, a token symbol, a noun that makes it a product: token, coin, NFT, 代币, 合约).
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from array import array
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from ledgerlm.ner.candidates import ZH_TITLES, Candidate, is_cjk
from ledgerlm.ner.lexicon import (
    EN_AMBIGUOUS,
    EN_AUX_WORDS,
    EN_BRANDS,
    EN_COMMON_WORDS,
    EN_FIRST_NAMES,
    EN_NOT_NAMES,
    EN_ORG_HEADS,
    EN_PHRASES,
    EN_SURNAMES,
    ZH_DOMAIN_WORDS,
    ZH_GIVEN_CHARS,
    ZH_NOT_NAMES,
    ZH_SURNAMES,
    ZH_WORD_COMPOUNDS,
)

DIM = 1 << 18


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


_FOLD_EXTRA = str.maketrans({"ı": "i", "ø": "o", "đ": "d", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "’": "'"})


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """Lower case without accents (Nguyễn -> nguyen, İstanbul -> istanbul), so the name and place lists, written
    without diacritics, still recognise words typed with them."""
    decomposed = unicodedata.normalize("NFKD", word.lower().translate(_FOLD_EXTRA))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_GIVEN = frozenset(ZH_GIVEN_CHARS)
_SURNAME_RANK = {ch: i for i, ch in enumerate(ZH_SURNAMES)}
_FIRST_LOWER = frozenset(w.lower() for w in EN_FIRST_NAMES)
_SUR_LOWER = frozenset(w.lower() for w in EN_SURNAMES)
_NOT_LOWER = frozenset(w.lower() for w in EN_NOT_NAMES)
_AMBIG_LOWER = frozenset(w.lower() for w in EN_AMBIGUOUS)
_COMMON_LOWER = frozenset(EN_COMMON_WORDS)
_ORG_AFTER = re.compile(
    r",?\s+(?:Corp|Corporation|Inc|Ltd|Limited|LLC|LLP|GmbH|AG|PLC|Co\.|Company|Group|Holdings|&)\b"
)

ZH_LEFT_CUES = (
    "收款人是", "收款人为", "收款人", "收款方", "付款方", "受益人", "付款人", "借款人", "贷款人", "出借人", "持卡人",
    "户名", "账户名", "姓名", "名字是", "名字叫", "我叫", "她叫", "他叫", "名叫", "叫做", "联系人", "联系", "转给",
    "付给", "打给", "汇给", "退给", "发给", "借给", "还给", "卖给", "抄送", "告诉", "通知", "麻烦", "仲裁员是",
    "仲裁员", "仲裁人", "仲裁", "见证人", "托管人", "买方", "卖方", "买家", "卖家", "房东", "房客", "客户", "同事",
    "朋友", "老婆", "老公", "我妈", "我爸", "我哥", "我姐", "我弟", "我妹", "表哥", "表姐", "表妹", "表弟", "舅舅",
    "女儿", "儿子", "签名人", "本人", "成员", "让", "找", "给", "跟", "和", "与", "同", "帮", "请", "问", "叫", "是",
    "由", "替", "向", "欠", "、", "及", "或",
)  # fmt: skip
ZH_RIGHT_WORDS = (
    "说", "想", "要", "借", "欠", "的", "和", "与", "在", "让", "也", "都", "已", "把", "给", "还", "转", "打", "发",
    "出资", "名下", "家", "明天", "今天", "昨天", "下周", "下个月", "今晚", "先生", "女士", "老师", "律师", "签",
    "同意", "负责", "确认", "是", "请假", "导演", "又", "再", "这", "那", "，", "。", "、", "：", "；", "！", "？",
    "来", "去", "各", "早", "晚", "会", "能", "可", "就", "才", "先", "后", "刚", "正", "被", "对", "从", "今", "明",
    "昨", "上周", "下周", "付", "退", "收", "签", "请", "帮", "跟", "同", "及", "或", "、",
)  # fmt: skip
_ZH_LEFT_RE = re.compile("(?:" + "|".join(sorted(ZH_LEFT_CUES, key=len, reverse=True)) + r")\s*$")
EN_LEFT_CUES = _words(
    """
    tell cc bcc pay paid to ask give lend loan contact from with and or arbiter beneficiary borrower lender
    payee holder signers landlord tenant name named called is it's i'm am dear hi hey thanks brother sister wife
    husband friend mom mum dad son daughter cousin grandma grandpa boss colleague partner owes by for via signed
    attn recipient seller buyer client customer remind get ping forward make set witness vendor between me
    """
)
_EN_PRODUCT_AFTER = _words(
    """
    token tokens coin coins nft nfts collection pool fund dao protocol chain network bank office swap finance
    labs v2 v3 wallet safe sale trip edition card pay prize subscription staking rewards quote domain
    """
)
_ZH_PRODUCT_AFTER = frozenset(
    ("代币", "合约", "钱包", "币", "链", "基金", "银行", "公司", "集团", "科技", "项目", "门票")
)
_ZH_RIGHT = frozenset(ZH_RIGHT_WORDS)
# characters that end names of things, not people (叶子币, 孔明灯, 长城卡): a product, a place, a building
_ZH_THING_TAIL = frozenset(
    "币链灯卡券码池楼路街店厂场馆院村镇县区省市湖山河桥站港园寺塔宫殿酒茶糖药车机器犬狗猫猪鸭鱼虫菌"
)
_ZH_TITLE_SET = frozenset(ZH_TITLES)
# ordinary words of two or more characters (周期, 马上, 黄金); a span containing one is suspect
_ZH_NOT = frozenset(ZH_NOT_NAMES)
# every ordinary word, place and brand: a word that crosses a candidate's boundary means the candidate starts or
# ends mid-word (矿池收益 -> "池收益", 华夏银行 -> "夏银行")
_ZH_WORDS = _ZH_NOT | frozenset(ZH_WORD_COMPOUNDS) | frozenset(ZH_DOMAIN_WORDS)
_ZH_WORD_LENS = tuple(sorted({len(w) for w in _ZH_WORDS}))
_AUX_LOWER = frozenset(w.lower() for w in EN_AUX_WORDS)


@lru_cache(maxsize=1)
def _zh_dict() -> frozenset[str]:
    """The general word list (``data/zh_words.txt``, from jieba's dictionary, see ``build_words``): 41k words,
    read on the first Chinese candidate (20-40 ms), so Latin-only messages never pay for it."""
    path = Path(__file__).with_name("data") / "zh_words.txt"
    if not path.exists():
        return frozenset()
    return frozenset(w for w in path.read_text(encoding="utf-8").split() if "\u4e00" <= w[0] <= "\u9fff")


_PHRASE_RE = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(re.escape(p) for p in sorted(EN_PHRASES, key=len, reverse=True)) + r")(?![A-Za-z])",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _phrase_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where known brand, place and product phrases ("Morgan Stanley", "Santa Clara") occur in ``text``."""
    return tuple(m.span() for m in _PHRASE_RE.finditer(text))


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Multi-word city names, lower case (``data/en_places.txt``, from GeoNames via ``build_words``): 4k names."""
    path = Path(__file__).with_name("data") / "en_places.txt"
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.lower() for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def _places1_hashes() -> array[int]:
    """CRC-32 of single-word city names, folded (``data/en_places1.npz``: Sevilla, Joburg, Istanbul; cities of 100k
    people or more and their Latin-script alternate names, see ``build_words``), sorted."""
    from ledgerlm.ner.model import read_npz_array

    path = Path(__file__).with_name("data") / "en_places1.npz"
    return read_npz_array(path, "hash", "I", "<u4") if path.exists() else array("I")


def _in_hashes(hashes: array[int], word: str) -> bool:
    h = zlib.crc32(word.encode("utf-8"))
    i = bisect_left(hashes, h)
    return i < len(hashes) and hashes[i] == h


def is_place1(word: str) -> bool:
    """Whether a single word is a city name (folded first)."""
    return _in_hashes(_places1_hashes(), fold(word))


@lru_cache(maxsize=1)
def _en_word_hashes() -> array[int]:
    """CRC-32 hashes of the lower-case words of Webster's Second (``data/en_words.npz``, see ``build_words``), sorted;
    read on the first Latin candidate in ~2 ms (an array, not a set of 174k strings)."""
    from ledgerlm.ner.model import read_npz_array

    path = Path(__file__).with_name("data") / "en_words.npz"
    if not path.exists():
        return array("I")
    return read_npz_array(path, "hash", "I", "<u4")


_STEMS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ers", "er"))


@lru_cache(maxsize=8192)
def is_en_word(word: str) -> bool:
    """Whether a folded word (or its stem: pools, chartered, staked) is an ordinary English dictionary word."""
    hashes = _en_word_hashes()
    if not hashes or not word.isascii() or not word.isalpha():
        return False
    forms = [word] + [word[: -len(suf)] + rep for suf, rep in _STEMS if word.endswith(suf) and len(word) > len(suf) + 2]
    return any(_in_hashes(hashes, form) for form in forms)


# Romanised Chinese (pinyin, Cantonese, Hokkien), Korean and Vietnamese name syllables, and the surnames among
# them: "Chan Tai Man", "Tan Wei Liang", "Kim Min-jun", "Nguyen Van Thanh" are names made of syllables that the
# English first-name lists do not hold.
ASIAN_SURNAMES = _words(
    """
    chan wong lee li lam cheung leung ng tsang chow chau lau yip ip kwok tang tse mak fung ho lai law lo lui luk
    man mok poon siu so tam tong tsui wan wu yau yeung yu yuen choi chu chung hui kam kong kwan kwong to tsoi
    tan lim goh ong teo koh chua low yeo sim chong heng quek toh seah neo ang aw boey chia foo gan hoo kang khoo
    lau loh ng ooi phua soh tay wee yap
    kim park choi jung jeong kang cho yoon jang lim han oh seo shin kwon hwang ahn song ryu jeon hong ko moon yang
    son bae baek heo nam noh ha kwak sung cha joo woo min na
    nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong ly dinh trinh doan luong mai
    wang zhang liu chen huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han feng
    deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng su wei lu ding shen yao jiang cui zhong tan
    qian qin xue hou shi fang bai zou meng xiong jin shao mao hao gong wan qiu wen
    """
)
ASIAN_SYLLABLES = ASIAN_SURNAMES | _words(
    """
    siu ming tai man ka yan wing sze fai chun kwok hing kit kin yee mei ling wai hoi chi yuen kei lok sum yin
    shing tak fat kam pui suet wah hang ching keung lun hin yat chuen cheuk tsz hiu nga man-kit ka-yan wing-sze
    wei liang jie hao jun xin yi hui qing fang jing lei yan ying hong hua min bo feng tao xiang kai ning yu xiao
    zhi rui ze yang hai bin lan mei li na ting ting jia jun hui chen tian lu cheng peng long ping
    min jun ji woo seo hyun soo young yeon hee jin ho sung won joon jae hye eun bin seung hoon kyung mi na ra
    min-jun ji-woo seo-yeon ji-hoon hyun-woo soo-jin sung-min jae-won hye-jin eun-ji
    van thi thanh minh hoang anh tuan lan mai nam hung duc linh huong thao trang phuong quang hai long ngoc
    hieu dung khanh vy hanh quynh tam kim bao
    """
)
_ASIAN_SUR = frozenset(ASIAN_SURNAMES)
_ASIAN_SYL = frozenset(ASIAN_SYLLABLES)
_TICKER = re.compile(r"\s+[A-Z][A-Z0-9]{1,5}(?![A-Za-z])")
# endings of ordinary words (products, services, verbs), rare at the end of a person's name
_WORD_SUFFIX = re.compile(r"(?:ed|ing|ers|ics|ies|ment|tion|ness|ity|ware|tech|bank|pay|coin|swap|chain|ly)$")


def vetoed(text: str, cand: Candidate) -> bool:
    """A Latin candidate that is exactly a known brand, product or city phrase ("Morgan Stanley", "Santa Clara") is
    never a person on the scorer's word alone; a title or kinship word before it still makes it one (``find_names``
    adds those afterwards)."""
    if cand.kind.startswith("zh") or cand.kind == "lat_title":
        return False
    known = _phrase_spans(text) + _place_spans(text)
    # the phrase itself, or a run that swallows it whole ("Is Bitcoin Cash still a thing")
    if cand.label == "person" and any(cand.start <= a and b <= cand.end for a, b in known):
        return True
    word = text[cand.start : cand.end]
    words = word.split()
    if cand.label == "person" and len(words) >= 2 and (words[0] in EN_BRANDS or words[-1] in EN_BRANDS):
        return True  # "Kraken Futures", "Visa Direct": a brand's product
    if cand.label == "person" and len(words) >= 2 and words[-1] in EN_ORG_HEADS:
        return True  # "Zurich Insurance", "Singapore Pools": a business or a place
    # a single-word city right after a locative preposition ("in Sevilla", "flying in from Karachi")
    return " " not in word and is_place1(word) and _LOCATIVE_BEFORE.search(text, 0, cand.start) is not None


_LOCATIVE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:in|at|near|around|from|visiting|based in|live in|lives in|moved to)\s+$", re.I
)


_CAP_RUN = re.compile(r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)+")


@lru_cache(maxsize=64)
def _place_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where a multi-word city name stands in ``text`` (every 2-4 word window of each capitalised run)."""
    out = []
    places = _places()
    for run in _CAP_RUN.finditer(text):
        words = [(m.start() + run.start(), m.end() + run.start()) for m in re.finditer(r"\S+", run.group(0))]
        for i in range(len(words)):
            for j in range(i + 2, min(len(words), i + 4) + 1):
                a, b = words[i][0], words[j - 1][1]
                if text[a:b].lower().rstrip(".,") in places:
                    out.append((a, b))
    return tuple(out)


def _zh_crossing(
    text: str, start: int, end: int, words: frozenset[str] = _ZH_WORDS, lens: tuple[int, ...] = _ZH_WORD_LENS
) -> tuple[bool, bool]:
    """Whether a word of ``words`` crosses the candidate's left edge / right edge (the span starts or ends
    mid-word)."""
    left = right = False
    for n in lens:
        for j in range(1, n):
            if not left and start - j >= 0 and text[start - j : start - j + n] in words:
                left = True
            if not right and end - j >= start and end - j + n > end and text[end - j : end - j + n] in words:
                right = True
    return left, right


_DETERMINERS = _words(
    """
    the a an our my your their his her its this that these those all every each some
    """
)
_WORD = re.compile(r"[A-Za-zÀ-ÿ'’-]+|\d+|[^\sA-Za-z\d]")


_HASHES: dict[str, int] = {}


def _h(feature: str) -> int:
    """CRC-32 bucket of a feature string, memoised (most feature strings recur in every message)."""
    got = _HASHES.get(feature)
    if got is None:
        if len(_HASHES) > 200_000:
            _HASHES.clear()
        got = _HASHES[feature] = zlib.crc32(feature.encode("utf-8")) % DIM
    return got


_ZH_NUM = frozenset("〇零一二三四五六七八九十百千万亿两几")
_ZH_UNIT = frozenset("个枚块元张份次笔位名条只天月年号岁")


def _char_class(ch: str) -> str:
    if ch in _ZH_NUM:
        return "N"
    if is_cjk(ch):
        return ch
    if ch.isdigit():
        return "D"
    if ch.isalpha():
        return "A" if ch.isupper() else "a"
    if ch.isspace():
        return "_"
    return ch if ch in ",.:;!?()（）：，。、；！？'\"&" else "P"


def _prev_words(text: str, start: int, n: int) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[max(0, start - 40) : start])][-n:]


def _next_words(text: str, end: int, n: int) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[end : end + 40])][:n]


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:;\n，。！？；：()（）\"'"


Spans = frozenset[tuple[int, int]]


def rule_spans(text: str) -> Spans:
    """What the hand-written rules of ``ledgerlm.ner.rules`` accept: one feature of every candidate."""
    from ledgerlm.ner import rules

    return frozenset(rules.chinese_names(text)) | frozenset(rules.latin_names(text))


def _rule_feature(cand: Candidate, spans: Spans) -> str:
    if (cand.start, cand.end) in spans:
        return "rule=exact"
    if any(a <= cand.start and cand.end <= b for a, b in spans):
        return "rule=inside"
    if any(cand.start <= a and b <= cand.end for a, b in spans):
        return "rule=covers"
    if any(a < cand.end and cand.start < b for a, b in spans):
        return "rule=overlap"
    return "rule=none"


def names_of(text: str, cand: Candidate, rules: Spans | None = None) -> list[str]:
    """The feature strings of one candidate (readable; ``indices`` hashes them). ``rules``: ``rule_spans(text)``,
    computed once per text by the caller."""
    span = text[cand.start : cand.end]
    kind = cand.kind
    rule = _rule_feature(cand, rule_spans(text) if rules is None else rules)
    f = ["bias", f"k={kind}", f"lab={cand.label}", rule, f"{rule}|k={kind[:4]}"]
    before, after = text[: cand.start], text[cand.end :]
    l1 = _char_class(before[-1]) if before else "^"
    r1 = _char_class(after[0]) if after else "$"
    f += [f"L1={l1}", f"R1={r1}", f"k={kind}|L1={l1}", f"k={kind}|R1={r1}"]
    if kind.startswith("zh"):
        l2 = before[-2:] if len(before) >= 2 else "^" + before
        r2 = after[:2] if len(after) >= 2 else after + "$"
        f += [f"L2={l2}", f"R2={r2}", f"L3={before[-3:]}", f"R3={after[:3]}", f"w={span}", f"len={len(span)}"]
        f.append(f"k={kind}|len={len(span)}")
        cross_left, cross_right = _zh_crossing(text, cand.start, cand.end)
        # a cue character that is part of a word with the span's first character is no cue (向日葵, 和平)
        cue = _ZH_LEFT_RE.search(before[-6:]) if before and not cross_left else None
        f.append("zh_lcue=" + (cue.group(0).strip() if cue else ("^" if not before or not is_cjk(before[-1]) else "-")))
        right = next((after[:k] for k in (3, 2, 1) if after[:k] in _ZH_RIGHT), None)
        f.append("zh_rcue=" + (right or ("$" if not after or not is_cjk(after[0]) else "-")))
        f.append(f"zh_cues={bool(cue)}|{bool(right)}")
        if after[:1] in _ZH_UNIT:
            f.append("zh_unit_after")
        core = span
        if kind.startswith("zh_title"):
            core = span[: len(span) - next((k for k in (3, 2, 1) if span[-k:] in _ZH_TITLE_SET), 0)] or span
        if kind != "zh_org" and any(
            core[i:j] in _ZH_NOT for i in range(len(core)) for j in range(i + 2, len(core) + 1)
        ):
            f.append("zh_notname")
        if any(core[i:j] in _ZH_WORDS for i in range(len(core)) for j in range(i + 2, len(core) + 1)):
            f.append(f"zh_inword|k={kind[:6]}")
        cross_right = _zh_crossing(text, cand.start, cand.start + len(core))[1]
        if kind != "zh_org":
            # the same with the general word list; a title after the span (王建国师傅: 国师) is no crossing
            d_left, d_right = _zh_crossing(text, cand.start, cand.start + len(core), _zh_dict(), (2, 3, 4))
            titled = any(text.startswith(t, cand.start + len(core)) for t in _ZH_TITLE_SET)
            if d_left:
                f.append(f"zh_dxleft|k={kind[:6]}")
            if d_right and not titled and core == span:
                f.append(f"zh_dxright|k={kind[:6]}")
            if core in _zh_dict():
                f.append(f"zh_dword|len={len(core)}")
        if cross_left:
            f += ["zh_xleft", f"zh_xleft|k={kind[:6]}"]
        if cross_right:
            f += ["zh_xright", f"zh_xright|k={kind[:6]}"]
        if after[:1] in _ZH_PRODUCT_AFTER or after[:2] in _ZH_PRODUCT_AFTER:
            f.append("zh_product_after")
        if kind != "zh_org" and core[-1] in _ZH_THING_TAIL:
            f.append(f"zh_thing_tail|k={kind[:6]}")
        if kind.startswith(("zh_sur", "zh_cmp")):
            sl = 2 if kind.startswith("zh_cmp") else 1
            rank = _SURNAME_RANK.get(span[0], 999)
            f.append("sur_rank=" + ("20" if rank < 20 else "100" if rank < 100 else "more"))
            f.append(f"sur={span[:sl]}")
            given = span[sl:]
            hits = sum(ch in _GIVEN for ch in given)
            f.append(f"given_hits={hits}/{len(given)}")
            f += [f"g={ch}" for ch in given]
            f.append(f"glast={given[-1]}")
            # a longer name would continue into another common given-name character
            if after and after[0] in _GIVEN:
                f.append("next_is_given")
        if kind.startswith("zh_title"):
            f.append(f"title_tail={span[-2:]}")
        if kind.startswith("zh_fam"):
            f.append(f"fam={span}")
        if kind == "zh_org":
            f.append(f"org_head={span[:2]}")
            f.append("org_city" if re.match(r"[\u4e00-\u9fff]{2,3}[市省]", span) else "org_nocity")
    else:
        words = span.split()
        low = [w.lower().rstrip(".,") for w in words]
        prev, nxt = _prev_words(text, cand.start, 2), _next_words(text, cand.end, 2)
        p1 = prev[-1] if prev else "^"
        p2 = " ".join(prev) if len(prev) == 2 else "^"
        n1 = nxt[0] if nxt else "$"
        f += [f"Lw={p1}", f"Lw2={p2}", f"Rw={n1}", f"nwords={len(words)}", f"k={kind}|n={len(words)}"]
        if p1 in EN_LEFT_CUES:
            f.append("en_lcue")
        f += [f"lw={w}" for w in low]
        f.append(f"first={low[0]}")
        f.append(f"last={low[-1]}")
        folded = [fold(w).removesuffix("'s") for w in low]
        known_first = sum(w in _FIRST_LOWER for w in folded)
        known_sur = sum(w in _SUR_LOWER for w in folded)
        notname = sum(w in _NOT_LOWER for w in folded)
        syllables = sum(w in _ASIAN_SYL or all(p in _ASIAN_SYL for p in w.split("-")) for w in folded)
        if syllables == len(words) and len(words) >= 2:
            asian_sur = folded[0] in _ASIAN_SUR or folded[-1] in _ASIAN_SUR
            f.append(f"asian_rom|n={min(len(words), 3)}|sur={asian_sur}")
            f.append(f"asian_rom|ss={_sentence_start(text, cand.start)}|sur={asian_sur}")
        if len(words) == 1 and is_place1(folded[0]):
            f += ["place1", f"place1|ss={_sentence_start(text, cand.start)}"]
        dict_words = sum(is_en_word(w) and w not in _FIRST_LOWER and w not in _SUR_LOWER for w in folded)
        f.append(f"dw={min(dict_words, 3)}/{min(len(words), 3)}|known={bool(known_first or known_sur)}")
        if dict_words == len(words):
            f.append(f"dw_all|ss={_sentence_start(text, cand.start)}|n={min(len(words), 3)}")
        if _TICKER.match(text, cand.end):
            f.append("ticker_after")
        if _WORD_SUFFIX.search(folded[-1]) and not known_sur:
            f.append(f"word_suffix|n={min(len(words), 3)}")
        f += [f"kf={min(known_first, 2)}", f"ks={min(known_sur, 2)}", f"nn={min(notname, 2)}"]
        f.append(f"known={bool(known_first or known_sur)}|nn={bool(notname)}|n={min(len(words), 3)}")
        if len(words) == 1:
            f += [f"suf3={low[0][-3:]}", f"suf2={low[0][-2:]}"]
        if n1 in _DETERMINERS:
            f.append(f"det_after|ss={_sentence_start(text, cand.start)}")
        if after[:1] in (":", "："):
            f.append("colon_after")
        common = sum(w in _COMMON_LOWER for w in low)
        f.append(f"common={min(common, 2)}|n={min(len(words), 3)}|known={bool(known_first or known_sur)}")
        if cand.label == "person" and _ORG_AFTER.match(text, cand.end):
            f.append("org_suffix_after")
        ambiguous = sum(w in _AMBIG_LOWER for w in low)
        if ambiguous:
            f.append(f"ambig|n={min(len(words), 3)}|ss={_sentence_start(text, cand.start)}")
            f.append(f"ambig|Rw={n1}")
        phrases = _phrase_spans(text)
        if (cand.start, cand.end) in phrases:
            f += ["mwe=exact", f"mwe=exact|{rule}", f"mwe=exact|ss={_sentence_start(text, cand.start)}"]
        elif any(a <= cand.start and cand.end <= b for a, b in phrases):
            f.append("mwe=inside")
        elif any(a < cand.end and cand.start < b for a, b in phrases):
            f.append("mwe=overlap")
        places = _place_spans(text)
        if (cand.start, cand.end) in places:
            f += ["place=exact", f"place=exact|{rule}"]
        elif any(a <= cand.start and cand.end <= b for a, b in places):
            f.append("place=inside")
        elif any(a < cand.end and cand.start < b for a, b in places):
            f.append("place=overlap")
        if low[0] in _AUX_LOWER:
            f.append(f"aux_first|ss={_sentence_start(text, cand.start)}")
        if folded[0] in _NOT_LOWER:
            f.append("nn_first")
        if folded[-1] in _NOT_LOWER:
            f.append("nn_last")
        start_of_sentence = _sentence_start(text, cand.start)
        f.append(f"ss={start_of_sentence}|n={min(len(words), 3)}")
        f.append(f"ss={start_of_sentence}|known={bool(known_first or known_sur)}")
        if any(w.isupper() and len(w) > 1 for w in words):
            f.append("allcaps")
        if any(re.search(r"[a-z][A-Z]", w) and not w.startswith(("Mc", "Mac", "O'", "D'")) for w in words):
            f.append("camel")
        if "-" in span:
            f.append("hyphen")
        if "'" in span or "’" in span:
            f.append("apostrophe")
        if re.search(r"\b(?:van|von|de|da|di|du|bin|ibn|al-|el-|le|la)\b", span):
            f.append("particle")
        if after.startswith(("'s", "’s")):
            f.append("possessive")
        if n1 in _EN_PRODUCT_AFTER:
            f.append("product_after")
        if p1 == "the":
            f.append("the_before")
        if p1 in ("a", "an"):
            f.append("a_before")
        if nxt and nxt[0].isdigit():
            f.append("num_after")
        if before and is_cjk(before[-1]):
            f.append("in_zh")
        if before.rstrip().endswith(("(", "（")):
            f.append("paren_before")
        if re.search(r"(?:^|\s)(?:called|named|symbol|token|叫|名为|名叫)\s*$", before, re.I):
            f.append("naming_cue")
    return f


def indices(text: str, cand: Candidate, rules: Spans | None = None) -> list[int]:
    return list({_h(name) for name in names_of(text, cand, rules)})
