"""The evidence rule: a name-like span with the shape of a thing is a name only when a cue word says so.

Why: the scorer learned "a capitalised pair at the start of a message is a person" and "a surname character plus
one or two characters is a Chinese name", and both are true often enough that brands, shops, teams and churches
("Golden Goose sneakers", "Chicago Bulls tickets", "Trinity Baptist Church", 周黑鸭, 李宁的跑鞋) came out as
names: every false positive of held-out 5-7 was one. Precision is a judgement about evidence, so the rule is:

* A candidate has a **cue** when a person word stands next to it: a kinship, role or addressing word before it
  (tell, cc, pay, to, landlord, beneficiary, dear; 转给, 收款人是, 告诉), a title, or a verb only people do after
  it (said, owes, emailed; 说, 告诉, 欠); the personal-data words after it (的电话, 's phone) are handled in
  ``find_names`` and win over everything.
* A candidate has the **shape of a thing** when (Latin) its last word is the head noun of a shop, venue, team,
  service or congregation (Diner, Pizza, Nets, Baptist, Support; singular or plural), the next word is a product
  noun (tickets, sneakers, coffee), or it has two or more words, none a known or word-like first name (Hope,
  Summer, Daisy), and every word is an ordinary dictionary word ("Silver Lake", "White Castle") or the first one is
  and no word is a known surname ("Atlas Copco"); (Chinese) a known brand stands where it begins
  (``lexicon.ZH_BRANDS``: 周大福, or the brand plus a product word: 张亮麻辣烫), a product word follows (麻辣烫,
  旗舰店, 凉茶), or it ends in a building or place character (钟书阁).
* A thing-shaped candidate without a cue is dropped, and so is any candidate inside it ("Spring Creek Apartments"
  -> not "Creek"); a run ending in a head noun is dropped even after a cue ("Dear Crypto Support"), and so are the
  parts of a coordinated run ending in one ("Grace, Hope and Faith Church"). Everything else is left to the scorer.
"""

from __future__ import annotations

import re

from ledgerlm.ner.candidates import Candidate, is_cjk
from ledgerlm.ner.lexicon import EN_ORG_HEADS, EN_THING_HEADS, ZH_BRANDS


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


_HEAD_WORDS = {w.lower() for w in EN_ORG_HEADS | EN_THING_HEADS}
# singular and plural of every head ("Garden" and "Gardens", "Farm" and "Farms")
_HEADS = frozenset(_HEAD_WORDS | {w + "s" for w in _HEAD_WORDS} | {w[:-1] for w in _HEAD_WORDS if w.endswith("s")})
_BRANDS = ZH_BRANDS
_BRAND_LENS = tuple(sorted({len(b) for b in ZH_BRANDS}, reverse=True))

# words before a span that make it a person: addressing, payment, roles, kinship (not "and", "from", "with": brands
# stand there as often as people)
_EN_CUES = _words(
    """
    tell told cc bcc pay paid payee ask asked give lend loan contact arbiter beneficiary borrower lender holder
    signer signers landlord landlady tenant named called dear hi hey hello thanks thank brother sister wife husband
    friend mom mum dad son daughter cousin grandma grandpa boss colleague coworker partner owes signed attn
    recipient seller buyer client customer remind ping forward witness to me mr mrs ms dr prof sir madam
    """
)
# verbs after a span that only people do
_EN_PERSON_VERBS = re.compile(
    r"^(?:\s+(?:said|says|told|tells|asked|asks|owes|owed|texted|emailed|replied|promised|wrote|agreed|thinks|thought|"
    r"is\s+my|was\s+my|and\s+i|&\s+i)|['’]s\s+(?:wallet|address|account|phone|number|email|e-mail|wife|husband|"
    r"kid|kids|son|daughter|mom|dad|birthday|passport))\b",
    re.IGNORECASE,
)
_EN_PRODUCT_NEXT = _words(
    """
    sneakers shoes boots jeans shirts jacket jackets tickets ticket seats coffee gift giftcard voucher coupons
    coupon storage invoice membership tuition bowling cakes cake croissants pizza burgers fries menu store stores
    shop outlet app stock shares earnings jersey jerseys merch game games match season concert album tour
    delivers delivery franchise locations location branch headquarters hq sale discount subscription
    """
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# given names that are also ordinary words and that the name lists lack
_GIVEN_WORDS = _words("forest rich rusty dusty sandy randy buddy woody chance trace lane brook brooke sky skye")

_ZH_CUE_BEFORE = re.compile(
    r"(?:收款人是|收款人为|收款人|收款方|受益人|付款人|借款人|户名|账户名|姓名|名字是|名字叫|我叫|她叫|他叫|名叫|叫做|联系人|"
    r"联系|转给|付给|打给|汇给|退给|发给|借给|还给|卖给|抄送|告诉|通知|麻烦|仲裁员是|仲裁员|见证人|买方|卖方|房东|房客|"
    r"客户|同事|朋友|老婆|老公|我妈|我爸|我哥|我姐|我弟|我妹|表哥|表姐|表妹|表弟|舅舅|女儿|儿子|让|找|给|跟|帮|请|问|叫|"
    r"由|替|向|欠)[\s:：]*$"
)
_ZH_PERSON_VERBS = re.compile(r"^(?:说|告诉|答应|欠|借了|借我|跟我说|同意|签了|签名|亲自|本人)")
_ZH_PRODUCT_NEXT = (
    "麻辣烫", "凉茶", "火锅", "奶茶", "米饭", "米线", "方便面", "拉面", "面馆", "旗舰店", "专卖店", "门店", "店",
    "超市", "牌", "品牌", "地图", "外卖", "快递", "跑鞋", "鞋", "股票", "股价", "财报", "软件", "酒", "茶", "药",
    "膏", "鸭", "鸡", "饭", "粉", "烤", "汽车", "手机", "导航", "集团", "公司", "银行", "直播", "的菜", "的新款",
)  # fmt: skip


def _has_cue_en(text: str, cand: Candidate) -> bool:
    before = _WORD.findall(text[max(0, cand.start - 30) : cand.start])
    if before and before[-1].lower().rstrip(".") in _EN_CUES:
        return True
    return bool(_EN_PERSON_VERBS.match(text, cand.end))


def _thing_en(text: str, cand: Candidate) -> bool:
    from ledgerlm.ner.features import _AMBIG_LOWER, _ASIAN_SYL, _FIRST_LOWER, _SUR_LOWER, fold, is_en_word

    words = [fold(w).removesuffix("'s").strip(".,") for w in text[cand.start : cand.end].split()]
    words = [w for w in words if w]
    if not words:
        return False
    after = _WORD.findall(text[cand.end : cand.end + 30])
    if after and after[0].lower() in _EN_PRODUCT_NEXT:
        return True
    # a word that is also a given name (Hope, Summer, Daisy, Forest: ``EN_AMBIGUOUS``) counts as a first name here:
    # "Daisy Ridley" and "Summer Glau" are people; such runs are left to the scorer and the other shapes
    first = any(w in _FIRST_LOWER or w in _AMBIG_LOWER or w in _GIVEN_WORDS for w in words)
    sur = any(w in _SUR_LOWER for w in words)
    if len(words) < 2 or first or any(w in _ASIAN_SYL for w in words):
        return False  # one word, a known first name or a romanised syllable: the scorer decides
    dict_words = [is_en_word(w) for w in words]
    # every word ordinary ("Silver Lake", "White Castle"), or an ordinary first word and no known surname ("Atlas
    # Copco"; "Daniela Costa" begins with no dictionary word)
    return all(dict_words) or (dict_words[0] and not sur)


def _cue_before_zh(text: str, cand: Candidate) -> bool:
    return bool(_ZH_CUE_BEFORE.search(text[max(0, cand.start - 8) : cand.start]))


def _verb_after_zh(text: str, cand: Candidate) -> bool:
    return bool(_ZH_PERSON_VERBS.match(text[cand.end : cand.end + 4]))


def _brand_zh(text: str, cand: Candidate) -> bool:
    """A known brand stands where the candidate stands: the candidate is the brand or a part of it (周大 in 周大福),
    or the brand followed by a product word (张亮麻 in 张亮麻辣烫); 高盛华, 李宁波 (brand + given name) are people."""
    span = text[cand.start : cand.end]
    for n in _BRAND_LENS:
        brand = text[cand.start : cand.start + n]
        if brand not in _BRANDS:
            continue
        if len(span) <= n or any(text.startswith(w, cand.start + n) for w in _ZH_PRODUCT_NEXT):
            return True
    return False


# last characters of buildings, shops and places, rare at the end of a given name (钟书阁, 全聚德烤鸭店, 陈家村)
_ZH_PLACE_TAIL = frozenset("阁馆斋坊楼店厂寺塔宫殿桥站港村镇县区省市路街")


def _product_after_zh(text: str, cand: Candidate) -> bool:
    after = text[cand.end : cand.end + 4]
    return any(after.startswith(w) for w in _ZH_PRODUCT_NEXT)


def ends_in_head(span: str) -> bool:
    """Whether a run of two or more words ends in the head noun of a shop, venue, team, service or body ("Crypto
    Support", "Trinity Baptist"): a place or an organisation whatever cue stands before it."""
    words = span.split()
    return len(words) >= 2 and words[-1].lower().strip(".,") in _HEADS


# "Grace, Hope and Faith Church", "Ben & Jerry's Store": a list of capitalised words joined into one run that ends in a
# head noun is one name of a place or body, its parts no persons
_COORDINATED = re.compile(
    r"(?<![\w'])[A-Z][\w'’]*(?:,?\s+[A-Z][\w'’]*)*,?\s+(?:and|&)\s+[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*"
)


def thing_spans(text: str, cands: list[Candidate]) -> list[tuple[int, int]]:
    """Runs that are things, not people: every multi-word candidate that ``needs_cue`` rejects and every coordinated
    run ending in a head noun. A candidate inside one is no name either, unless a cue stands right before it
    ("Spring Creek Apartments" -> not "Creek", 钟书阁 -> not 钟书)."""
    out = [
        (c.start, c.end)
        for c in cands
        if (" " in text[c.start : c.end] or (is_cjk(text[c.start]) and c.end - c.start >= 3)) and needs_cue(text, c)
    ]
    out += [m.span() for m in _COORDINATED.finditer(text) if ends_in_head(m.group(0))]
    return out


def inside_thing(text: str, cand: Candidate, things: list[tuple[int, int]]) -> bool:
    """Whether ``cand`` lies inside a thing span of ``thing_spans`` and has no cue of its own."""
    if cand.label != "person" or not any(a <= cand.start and cand.end <= b for a, b in things):
        return False
    if is_cjk(text[cand.start]):
        return not _cue_before_zh(text, cand)
    return not _has_cue_en(text, cand)


def needs_cue(text: str, cand: Candidate) -> bool:
    """Whether ``cand`` (a person candidate) has the shape of a thing and no cue word: then it is not a name."""
    if cand.label != "person" or cand.kind in ("lat_title", "zh_dot"):
        return False
    if is_cjk(text[cand.start]):
        if _brand_zh(text, cand):
            # a known brand: only a cue before it makes it a person ("高盛说" is the bank speaking, "转给李宁" a person)
            return not _cue_before_zh(text, cand)
        if cand.kind.startswith(("zh_title", "zh_fam")):
            return False  # 陈师傅, 老周: a title or a familiar prefix is itself the cue
        thing = _product_after_zh(text, cand) or text[cand.end - 1] in _ZH_PLACE_TAIL
        return thing and not (_cue_before_zh(text, cand) or _verb_after_zh(text, cand))
    if not cand.kind.startswith("lat"):
        return False
    if ends_in_head(text[cand.start : cand.end]):
        return True  # "Dear Crypto Support", "tell Faith Church": a head noun makes it a place or a body, cue or not
    return _thing_en(text, cand) and not _has_cue_en(text, cand)


__all__ = ["ends_in_head", "inside_thing", "needs_cue", "thing_spans"]
