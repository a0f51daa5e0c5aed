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
from array import array
from functools import lru_cache
from pathlib import Path

from ledgerlm.ner.candidates import ZH_TITLES, Candidate, is_cjk
from ledgerlm.ner.lexicon import (
    EN_ASSISTANTS,
    EN_BRANDS,
    EN_ORG_HEADS,
    EN_SURNAME_BRANDS,
    EN_THING_HEADS,
    EN_WORLD_GIVEN_NAMES,
    ZH_BRANDS,
    ZH_COMPOUND_SURNAMES,
)
from ledgerlm.ner.places import en_place, is_town, zh_place, zh_places


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
    signer signers consignee consignor shipper assignee requester requestor addressee
    landlord landlady tenant named called dear hi hey hello thanks thank brother sister wife husband
    friend mom mum dad son daughter cousin grandma grandpa boss colleague coworker partner owes signed attn
    recipient seller buyer client customer remind ping forward witness to me mr mrs ms dr prof sir madam
    send sent transfer wire refund reimburse venmo text texted call called email emailed message dm invite its
    owe it's im i'm bday birthday congrats congratulations spoke talked chatted met w bro sis bestie mate buddy pal bf
    gf hubby wifey bff let boy girl homie dude
    hire employee applicant candidate patient passenger guest student traveller traveler attendee resident
    occupant policyholder insured claimant guarantor trustee executor nominee spouse
    """
)
# "to" is a cue after a payment verb ("send it to Nadia"), not after a verb of motion ("go to Wagamama", "flying to
# Charlotte"): there it introduces a place
_MOTION_TO = re.compile(
    r"(?<![A-Za-z])(?:go|goes|going|went|gone|been|omw|otw|fly|flying|flew|flight|drive|driving|drove|travel|travelling|"
    r"traveling|"
    r"trip|head|heading|headed|move|moving|moved|back|welcome|next|close|near|walk|walking|ride|train|bus|way|"
    r"route|ticket|tickets|visit|return|returning)\s+to\s*$",
    re.IGNORECASE,
)
# verbs after a span that people do, but shops and apps too ("Zalando sent the wrong size", "Coinbase paid out"):
# evidence for a run of words or a known given name, not for one unknown word
_EN_WEAK_VERBS = re.compile(r"^\s+(?:sent|paid|split|lives|lived|signed|is\s+late|will\s+sign)\b", re.IGNORECASE)
# verbs after a span that only people do
_EN_PERSON_VERBS = re.compile(
    r"^(?:\s+(?:said|says|told|tells|asked|asks|owes|owed|texted|emailed|replied|promised|wrote|agreed|thinks|thought|"
    r"called\s+back|rang\s+(?:me|back)|phoned|"
    r"is\s+my|was\s+my|and\s+i|&\s+i|and\s+me|&\s+me|and\s+(?:his|her)\s|"
    r"wants\s+(?:her|his|their|to\s+(?:pay|send|buy|sell|split|sign|borrow|lend))|needs\s+(?:her|his)|"
    r"\((?:the|my|our)\s)|['’]s\s+(?:wallet|address|account|phone|number|email|e-mail|wife|husband|card|ip|dob|"
    r"kid|kids|son|daughter|mom|dad|birthday|bday|b-day|boyfriend|girlfriend|bf|gf|parents|family|place|house|flat|"
    r"laptop|venmo|paypal|whatsapp|telegram|passport|mobile|cell|bank|iban|ssn|salary|rent|share|cut|turn|flight|"
    r"wedding|visa|baby|luggage|bags|keys|ride|shift|funeral|graduation))\b",
    re.IGNORECASE,
)
_EN_PRODUCT_NEXT = _words(
    """
    sneakers shoes boots jeans shirts jacket jackets tickets ticket seats coffee gift giftcard voucher coupons
    coupon storage invoice membership tuition bowling cakes cake croissants pizza burgers fries menu store stores
    shop outlet app stock shares earnings jersey jerseys merch game games match season concert album tour
    delivers delivery franchise locations location branch headquarters hq sale discount subscription
    reported announced acquired launched listed delisted ipo
    """
)
# what people make: after a given name and a surname, such a noun names the maker's work, not a brand's product
_EN_WORKS = _words(
    "concert concerts album albums tour song songs show shows movie movies film films book books novel "
    "podcast interview memoir documentary exhibition gig"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# given names that are also ordinary words and that the name lists lack
_GIVEN_WORDS = _words("forest rich rusty dusty sandy randy buddy woody chance trace lane brook brooke sky skye")

_ZH_CUE_BEFORE = re.compile(
    r"(?:收款人是|收款人为|收款人|持证人|兹证明|兹有|证明|当事人|投保人|被保险人|承租人|出租人|监护人|业主|患者|乘客|旅客|签字人|签约人|签名人|委托人|担保人|法定代表人|法人代表|甲方|乙方|收件人|收货人|寄件人|签收人|经办人|负责人|代理人|申请人|提交人|报销人|报修人|发起人|审批人|对接人|值班人|持有人|持卡人|收款方|受益人|付款人|借款人|户名|账户名|姓名|名字是|名字叫|我叫|她叫|他叫|名叫|叫做|联系人|"
    r"通知一下|通知下|告诉一下|提醒一下|转告一下|叫上|喊上|联系|转给|付给|打给|汇给|退给|发给|借给|还给|卖给|抄送|告诉|通知|麻烦|仲裁员是|仲裁员|见证人|买方|卖方|房东|房客|"
    r"客户|同事|朋友|老婆|老公|我妈|我爸|我哥|我姐|我弟|我妹|表哥|表姐|表妹|表弟|舅舅|女儿|儿子|转告|代|问下|问一下|"
    r"找下|找一下|查下|查一下|联系下|联系一下|催下|催一下|提醒|让|找|给|跟|帮|请|问|叫|由|替|向|欠|和|同)[\s:：]*$"
)
_ZH_JOIN_BEFORE = re.compile(r"[和同跟与及或、][\s:：]*$")
_ZH_PERSON_VERBS = re.compile(
    r"^(?:说|告诉|答应|欠|借了|借我|跟我说|同意|签了|签名|亲自|本人|"
    # what people do in a meeting's minutes: 汤敏提了两个问题, 柏杨没说话, 刘洋表示反对
    r"提了|提出|没说话|发言|表示|认为|觉得|建议|反对|赞成|汇报|补充|回复说|请假了|"
    # personal data in brackets after it: 郑雅琴（身份证号：…）
    r"[（(]\s*(?:身份证|证件号|护照|手机|电话|联系电话)|"
    # round 10c: a pronoun taking the name up again in speech (那个何俊他说下周过来): only a person is 他/她
    r"[他她](?:说|讲|告诉|答应|同意|签|觉得|认为|表示|想|要|会|已经|刚|也|还|明天|今天|下周|昨天))"
)
_ZH_PRODUCT_NEXT = (
    "麻辣烫", "凉茶", "火锅", "奶茶", "米饭", "米线", "方便面", "拉面", "面馆", "旗舰店", "专卖店", "门店", "店",
    "超市", "牌", "品牌", "地图", "外卖", "快递", "跑鞋", "鞋", "股票", "股价", "财报", "软件", "酒", "茶", "药",
    "膏", "鸭", "鸡", "饭", "粉", "烤", "汽车", "手机", "导航", "集团", "公司", "银行", "直播", "的菜", "的新款",
    "草堂", "故居", "祠", "纪念馆", "评书", "黑茶", "红茶", "绿茶", "白茶", "剪刀", "菜刀", "古镇", "景区", "公园",
    "广场", "大街", "大道", "小区", "花园", "大桥", "门票", "演出", "酒楼", "饭店", "老字号", "站", "路", "街",
    "机场", "火车站", "高铁站", "大学", "学院", "医院", "中学", "小学", "大厦", "中心", "商场", "体育馆", "博物馆",
    "图书馆", "证券", "航空", "快递", "物流", "保险", "基金", "古城", "景点", "乐园", "区", "县",
    "红烧", "烧饼", "烧烤", "烤鱼", "烤肉", "肉夹馍", "煎饼", "包子", "饺子", "馄饨", "米粉", "炸鸡", "汉堡", "披萨",
    "豆腐", "卤味", "卤肉", "串串", "煲仔", "凉皮", "酸菜鱼", "小龙虾", "牛肉", "羊肉", "甜品", "蛋糕", "面包",
    # round 10: what a maker's name stands on, glued on (陈克明面条) or after 的 (X的烤鸭): packaged food, tea and
    # the time-honoured shops' specialities, bought, not owned by a person in a request
    "面条", "挂面", "酱油", "陈醋", "香醋", "月饼", "粽子", "烤鸭", "茶叶", "点心", "糕点", "酱菜", "腐乳", "汤圆",
    "奶粉", "牙膏", "饼干", "辣条", "火腿", "香肠", "调料", "涮肉",
    # round 10c: an app or a medium read on ("小红书上有人说"): a book word with a locative is where posts stand
    "书上", "书里", "书app", "书APP", "书博主", "书的博主",
    "的烤鸭", "的月饼", "的粽子", "的点心", "的糕点", "的酱菜", "的烧鸡", "的茶叶", "的挂面", "的面条", "的酱油",
    "的汤圆", "的涮肉", "的门店", "的分店", "的招牌",
    "眼镜店", "钟表店", "珠宝店", "药店", "药房", "书店", "鞋店", "花店", "茶庄", "酒家", "茶馆", "布店", "饭庄",
    "酱园",
)  # fmt: skip


# a letter's sign-off on the line before: "Best,\nPriscila Montenegro", "Kind regards,\n Tobias"
_SIGN_OFF = re.compile(
    r"(?<![A-Za-z])(?:best|regards|kind\s+regards|best\s+regards|warm\s+regards|cheers|sincerely|yours(?:\s+truly)?|"
    r"warmly|thanks|many\s+thanks|thank\s+you|br|best\s+wishes|talk\s+soon)\s*[,.!]?[ \t]*\n[ \t]*$",
    re.IGNORECASE,
)


# round 11: the hesitations of a voice transcript between a cue word and its name ("tell, uh, Bogdan that …")
_FILLERS_TAIL = re.compile(r"(?:(?<![A-Za-z])(?:uh+|um+|umm+|er+m?|hmm+|ah+)[\s,.…-]*)+$", re.IGNORECASE)


_PARTICLE_TAIL = re.compile(
    r"(?<![A-Za-z])(pay|paid|send|sent|give|gave|lend|lent|wire|wired|transfer|transferred|refund|refunded|owe|owed|"
    r"hand|handed|text|texted|call|called|ping|pinged|email|emailed|forward|forwarded)\s+(?:back|over|out)(?:\s+to)?\s+$",
    re.IGNORECASE,
)


_THANK_YOU = re.compile(r"(?<![A-Za-z])(?:thank\s+you|thanks\s+to|big\s+thanks\s+to|shout-?out\s+to)[\s,]+$", re.I)


def _cue_before_en(text: str, cand: Candidate) -> bool:
    window = text[max(0, cand.start - 30) : cand.start]
    window = _FILLERS_TAIL.sub("", window) if _FILLERS_TAIL.search(window) else window
    window = window.rstrip(" ,") + " " if window.rstrip(" ").endswith(",") and window != window.rstrip() else window
    # "paid back Lwazi", "sent over to Ines": a particle after a cue verb
    window = _PARTICLE_TAIL.sub(r"\1 ", window) if _PARTICLE_TAIL.search(window) else window
    # "thank you Adebola for …": the person thanked
    window = _THANK_YOU.sub("thanks ", window) if _THANK_YOU.search(window) else window
    if _SIGN_OFF.search(window) or _modal_question(text, cand, window) or _seen_doing(text, cand, window):
        return True
    before = _WORD.findall(window)
    if len(before) >= 2 and before[-1].lower() in ("is", "was", "will", "be") and window.rstrip().endswith(before[-1]):
        # "the payee is Hamza al-Rashid", "the tenant was Ines": a role noun, then the copula
        role = [w.lower() for w in before[-3:-1] if w.lower() not in ("will", "be")]
        if role and role[-1] in _EN_CUES and role[-1] not in ("to", "me", "its", "it's", "let", "w"):
            return True
    if not before or before[-1].lower().rstrip(".") not in _EN_CUES:
        return False
    return not (before[-1].lower() == "to" and _MOTION_TO.search(window))


# round 10c: a question opened by a modal, a listed given name, then a bare verb ("Can Maximilian countersign before
# the wire goes out?", "Did Anneke sign?"): the name is the subject of the verb
_MODAL_OPEN = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:can|could|will|would|should|did|does|may|might|must)\s+$", re.I)
_BARE_VERB_AFTER = re.compile(r"\s+(?:also\s+|still\s+|please\s+)?([a-z]{3,})\b")


def _modal_question(text: str, cand: Candidate, window: str) -> bool:
    from ledgerlm.ner.features import fold

    if not _MODAL_OPEN.search(window) or fold(text[cand.start : cand.end].split()[0]) not in first_names():
        return False
    m = _BARE_VERB_AFTER.match(text, cand.end)
    return m is not None and m.group(1) not in _OBJECT_NEXT


# round 10c: a verb of perception or causation, a listed given name, then a bare verb ("Watched Ingeborg sign it",
# "saw Hamish leave", "heard Anouk say"): the name is the one seen doing it; "watching Emma tonight" (a time word
# after it) stays with the scorer and the title rules
_SEEN_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:saw|seen|see|watched|watch|heard|hear|noticed|helped|help|made|let|had)\s+$", re.I
)
_NO_BARE_VERB = frozenset(
    ["tonight", "today", "yesterday", "tomorrow", "again", "last", "this", "for", "with", "twice", "over", "while",
     "before", "after", "and", "or", "but", "on", "at", "in", "of", "every", "all", "too", "live", "play", "perform"]
)  # fmt: skip


def _seen_doing(text: str, cand: Candidate, window: str) -> bool:
    from ledgerlm.ner.features import fold

    if not _SEEN_BEFORE.search(window) or fold(text[cand.start : cand.end].split()[0]) not in first_names():
        return False
    m = re.match(r"\s+([a-z]{2,})\b", text[cand.end : cand.end + 20])
    return m is not None and m.group(1) not in _OBJECT_NEXT and m.group(1) not in _NO_BARE_VERB


# round 14: the verbs and aspect words of Nigerian Pidgin and Singlish chat right after a name, then a bare verb
# ("Segun don pay", "Adaeze n Obinna dey come", "Thandeka say make I send am", "Olamide reply for thread", "Wei Ling
# say can meet"): nouns too (a say, a reply, a don), so they count only after a listed given name that is no word
_PIDGIN_VERBS = re.compile(
    r"^\s+(?:dey|don|wan|fit|never|say|reply|talk|go|come)\s+(?:[a-z]+)\b(?!['’])",
)


def _listed_given_only(text: str, cand: Candidate) -> bool:
    """Whether every word of a Latin candidate is a listed given name that is no English word and no brand."""
    from ledgerlm.ner.features import fold, is_en_word

    words = [fold(w) for w in text[cand.start : cand.end].split()]
    return bool(words) and all(
        w in first_names() and not is_en_word(w) and not is_en_noun(w) and w not in _SINGLE_BRANDS for w in words
    )


def _verb_after_en(text: str, cand: Candidate, weak: bool = True) -> bool:
    # a slice, not ``match(text, pos)``: ``^`` never matches at ``pos`` > 0
    after = text[cand.end : cand.end + 40]
    if _EN_PERSON_VERBS.match(after) or (weak and _EN_WEAK_VERBS.match(after)):
        return True
    if _PIDGIN_VERBS.match(after) and _listed_given_only(text, cand):
        return True
    # "Charlene just texted", "Deshawn really thought": an adverb between the name and the verb
    adverb = _ADVERB.match(text, cand.end)
    if adverb is not None and _EN_PERSON_VERBS.match(text[adverb.end() : adverb.end() + 40]):
        return True
    # "Tiihonen from accounts wants the report": a department of an office is where people work, not brands
    if _DEPT_ASIDE.match(text, cand.end):
        return True
    # "Beau from the gym owes me", "Priya from accounting said": where the person is from, then a person's verb
    for aside in (_FROM_ASIDE1, _FROM_ASIDE2):
        m = aside.match(text, cand.end)
        if m is not None and _EN_PERSON_VERBS.match(text[m.end() : m.end() + 40]):
            return True
    return False


_ADVERB = re.compile(
    r"\s+(?:just|really|already|finally|still|also|never|literally|actually|totally|prob|probably|def|definitely|"
    r"apparently|seriously|honestly|even|basically|kinda|sorta|always|supposedly)(?=\s)",
    re.IGNORECASE,
)
_DEPT_ASIDE = re.compile(
    r"\s+(?:from|of)\s+(?:the\s+|our\s+)?(?:accounts|accounting|finance|legal|hr|payroll|compliance|procurement|"
    r"purchasing|sales|marketing|support|ops|operations|engineering|it|admin|reception|security|logistics|treasury|"
    r"audit|tax|billing|customer\s+service|front\s+desk|back\s+office|facilities)\b(?!\s+(?:app|software|tool|team\s+at))",
    re.IGNORECASE,
)
_FROM_ASIDE1 = re.compile(r"\s+(?:from|at|in)\s+(?:the\s+|my\s+|our\s+)?[A-Za-z]+(?=\s)", re.I)
_FROM_ASIDE2 = re.compile(r"\s+(?:from|at|in)\s+(?:the\s+|my\s+|our\s+)?[A-Za-z]+\s+[A-Za-z]+(?=\s)", re.I)


def _has_cue_en(text: str, cand: Candidate) -> bool:
    return _cue_before_en(text, cand) or _verb_after_en(text, cand)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Given names that count as evidence of a person: the 1990 US census lists (``data/en_first_names.txt``, 5k
    names, see ``build_words``), the Latin-script given names of Faker's locales that are no English word, city or
    brand (``data/world_first_names.txt``, 13.8k: Laurentiu, Idris, Freja), the hand lists of ``lexicon`` and the
    romanised Asian name syllables."""
    from ledgerlm.ner.features import _AMBIG_LOWER, _ASIAN_SYL, _FIRST_LOWER, fold

    listed: set[str] = set()
    for name in ("en_first_names.txt", "world_first_names.txt"):
        path = Path(__file__).with_name("data") / name
        lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        listed |= {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    world = {fold(w) for w in EN_WORLD_GIVEN_NAMES}
    return frozenset(listed | world | _FIRST_LOWER | _AMBIG_LOWER | _ASIAN_SYL | _GIVEN_WORDS)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """Surnames that end a person's name: the 20,000 commonest of the 1990 US census (``data/en_surnames.txt``), the
    hand list of ``lexicon`` and the romanised Asian surnames."""
    from ledgerlm.ner.features import _ASIAN_SUR, _SUR_LOWER

    path = Path(__file__).with_name("data") / "en_surnames.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    listed = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    return frozenset(listed | _SUR_LOWER | _ASIAN_SUR)


_SINGLE_BRANDS = frozenset(w.lower() for w in EN_BRANDS | EN_SURNAME_BRANDS)
# where a single city name stands: after a locative word or a verb of motion ("flying to Charlotte, then Austin")
_PLACE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:in|at|near|around|from|via|then|visiting|based\s+in|lives?\s+in|back\s+to|"
    + _MOTION_TO.pattern.removeprefix("(?<![A-Za-z])").removesuffix("\\s+to\\s*$")
    + r"\s+to)[\s,]*$",
    re.IGNORECASE,
)


# the next stop of a journey: right after the verb of motion's "to", or after "then", "and", a comma or "back to"
_ITINERARY_NEXT = re.compile(r"(?:\bto|,|\bthen|\band|\bback\s+to)\s*(?:then\s+)?(?:back\s+to\s+)?$", re.IGNORECASE)
_MOTION_ANY = re.compile(_MOTION_TO.pattern.removesuffix(r"\s*$") + r"\s", re.IGNORECASE)
_LEGAL_SUFFIX = re.compile(
    r"\b(?:Corp|Corporation|Inc|Ltd|Limited|LLC|LLP|GmbH|AG|PLC|Co|Company|Group|Holdings|Partners|Sons|S\.?A|"
    r"B\.?V|N\.?V|Pty|KG|SE|SAS|SRL|Oy|AB|AS|KK)\.?$"
)
_GENERIC_ORG_TAIL = re.compile(r"\s+(?:Company|Group|Holdings|Partners|Co)\.?$")
# al-/el- before a capital is the Arabic article of a family name ("al-Hashimi", "el-Sayed"); written lower case it
# opens no brand or place the lists lack ("Al Jazeera", "El Paso" are capitalised)
_NAME_SHAPE = re.compile(r"O['’][A-Z][a-z]+|[A-Z][a-z]+-[a-z]{2,}|[A-Z][a-z]+-[A-Z][a-z]+|(?:al|el)-[A-Z][a-z]{2,}")


_PARTICLE_NAME = re.compile(
    r"([A-Z][a-zà-ÿ]+)\s+(?:van\s+der|van\s+den|van\s+de|von\s+der|van|von|de|da|di|du|dos|das|del|bin|binti|ibn)\s+"
    r"([A-Z][a-zà-ÿ'’-]+)"
)


def _particle_name(span: str) -> bool:
    """A given name, a surname particle and a surname ("Pieter de Wit", "Ana da Silva", "Omar bin Said"): the
    particle is the evidence when the first word is no ordinary English word or place ("Tour de France", "Rio de
    Janeiro", "Cirque du Soleil" fail)."""
    from ledgerlm.ner.features import fold, is_en_word, is_place1

    m = _PARTICLE_NAME.fullmatch(span)
    if m is None:
        return False
    first = fold(m.group(1))
    return not (is_en_word(first) or is_place1(first) or is_place1(fold(span)) or fold(span) in _places_lower())


@lru_cache(maxsize=1)
def _places_lower() -> frozenset[str]:
    path = Path(__file__).with_name("data") / "en_places.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


_PAYMENT_CUE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:to|into|onto|on|via|from|with)\s+$|(?:send|sent|transfer|transferred|bridge|bridged|deposit|"
    r"deposited|withdraw|withdrew|move|moved|stake|staked)\s+(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)


def lacks_evidence(text: str, cand: Candidate) -> bool:
    """Whether a capitalised run lacks the evidence that it is a person (the rule of ``docs/privacy.md``).

    One word with no cue before it ("Wagamama", "Cardano", "Ford", "Austin") is a person only when it is a known
    given name (census and hand lists, ``first_names``) and neither a brand nor a city standing where places stand,
    or when a verb only people do follows it ("Obinna says"). A run of two or more words with no cue is a person
    only when its first word is a known given name or no ordinary word ("Chidi Okafor"), and its last word is a
    known surname or no ordinary word ("Hudson Yards", "Saint Laurent", "Brooklyn Bowl" fail); after a cue, a run
    of ordinary words none of them a name ("Dear Valued Customer") is still no person."""
    from ledgerlm.ner.features import _phrase_spans, fold, is_en_word, is_place1

    if cand.label == "org" and not is_cjk(text[cand.start]):
        # "Barnes & Noble", "Procter & Gamble": a joined pair is a shop or a brand; only a legal suffix ("Hart & Sons
        # Ltd") or a cue word ("pay to Hart & Sons") makes it a party
        span = text[cand.start : cand.end]
        if _cue_before_en(text, cand):
            return False
        # "Honest Company", "Pacific Group": a generic head after ordinary words only is a brand's name; a legal form
        # (LLC, GmbH) or a name among the words ("Hart & Sons", "Acme Widgets LLC") makes a party
        generic = _GENERIC_ORG_TAIL.search(span)
        if generic:
            words = [fold(w).strip(".,&") for w in span[: generic.start()].split()]
            given, sur = first_names(), surnames()
            words = [w for w in words if w]
            return bool(words) and all(is_en_word(w) and w not in given and w not in sur for w in words)
        return not _LEGAL_SUFFIX.search(span)
    if cand.label == "person" and cand.kind.startswith("zh_sur") and is_cjk(text[cand.start]):
        # a run that starts or ends inside an ordinary word (床单质量 -> not 单质量, 毛豆炒肉 -> not 毛豆炒) is cut
        # in the wrong place; its shorter neighbours are still judged (not a thing span: 刘洋说明天 keeps 刘洋)
        return _word_runs_in(text, cand) and not (_cue_before_zh(text, cand) or _verb_after_zh(text, cand))
    if cand.label != "person" or not cand.kind.startswith("lat") or cand.kind == "lat_title":
        return False
    span = text[cand.start : cand.end]
    if cand.kind != "lat1":
        return not _particle_name(span) and _run_lacks_evidence(text, cand, span)
    if span in EN_BRANDS and _PAYMENT_CUE_BEFORE.search(text, max(0, cand.start - 40), cand.start):
        return True  # "send it to Coinbase", "bridge to Polkadot": a deposit or a route goes to the brand
    if _cue_before_en(text, cand):
        # "Dear Valued Customer": the first word of a run of ordinary words is no name either
        nxt = re.match(r"\s+([A-Z][a-z]+)", text[cand.end : cand.end + 30])
        return bool(nxt and ordinary_run(span + " " + nxt.group(1)))
    word = fold(span).removesuffix("'s").removesuffix("’s").strip(".,")
    if word in _SINGLE_BRANDS or (text.startswith(("'s", "’s"), cand.end) and word.startswith(("mc", "mac"))):
        return True  # "Cardano fees", "McDonald's accepts crypto": the brand, whatever verb follows
    if compound_word(span):
        return True  # "Datadog says", "Ticketmaster says": a word made of two words is an app's or a shop's name
    if _verb_after_en(text, cand, weak=word in first_names()):
        return False
    if _past_act(text, cand, word):
        return False
    if is_place1(word) and _PLACE_BEFORE.search(text[max(0, cand.start - 30) : cand.start]):
        return True
    window = text[max(0, cand.start - 60) : cand.start]
    if _ITINERARY_NEXT.search(window) and _MOTION_ANY.search(window):
        return True  # "flying to Charlotte, then Austin, then back to Victoria": stops of a journey, given names or not
    if any(a <= cand.start and cand.end <= b for a, b in _phrase_spans(text)):
        return True  # a word of a known brand or place phrase ("Dr. Martens", "Jack Daniels")
    if _JA_DIVISION.fullmatch(span):
        return True  # "Shibuya-ku", "Sapporo-shi": a Japanese ward, city, town or prefecture, never a given name
    # a name's own shape: O'Brien, Jae-hyun, Anne-Marie (a hyphen joining two name parts, not Off-White)
    if _NAME_SHAPE.fullmatch(span) and not all(is_en_word(fold(p)) for p in span.split("-")):
        return False
    return word not in first_names() and not asian_given(word)


def _past_act(text: str, cand: Candidate, word: str) -> bool:
    """Round 11: a word the scorer already takes for a name, opening a clause before a past act and its object
    ("Gulnara phoned the branch twice", "Oyelaran approved the refund"), and no English word, town or city."""
    from ledgerlm.ner.features import is_en_word, is_place1
    from ledgerlm.ner.places import is_town
    from ledgerlm.ner.subjects import _PAST_AFTER, clause_starts

    if not clause_starts(text, cand.start) or is_en_word(word) or is_place1(word) or is_town(word):
        return False
    verb = _PAST_AFTER.match(text, cand.end)
    return verb is not None and verb.group(1) in _OFFICE_PAST  # "Waymo picked us up" stays a brand's act


# acts of a person at a desk, which apps and cars rarely do to us
_OFFICE_PAST = _words(
    """
    phoned rang called emailed texted messaged wrote signed countersigned initialled initialed rescheduled
    resubmitted requested asked promised agreed forgot insisted complained apologised apologized mentioned
    explained offered volunteered visited attended joined met greeted thanked hired interviewed witnessed
    notarised notarized authorised authorized co-signed cosigned telephoned faxed forwarded reviewed proofread
    drafted
    """
)


# the romanised suffixes of Japanese administrative divisions (ward, city, town, village, district, prefecture)
_JA_DIVISION = re.compile(r"[A-Z][a-z]{2,}-(?:ku|shi|cho|machi|mura|gun|ken|fu)")
_COMPOUND_SHAPE = re.compile(r"[A-Z][a-z]{6,15}")


@lru_cache(maxsize=4096)
def compound_word(span: str) -> bool:
    """Whether one capitalised word is two dictionary words run together (Datadog, Ticketmaster, Duolingo,
    Salesforce, Snowflake): how apps, services and shops are named, not people. A listed given name or surname
    (Blackwood, Marigold) or a romanised Asian name is none, and a split whose second part has only three letters
    counts only when the word ends in a consonant (Bongani, Bennani end like given names do: bong|ani, benn|ani)."""
    from ledgerlm.ner.features import fold, is_en_word

    if not _COMPOUND_SHAPE.fullmatch(span):
        return False
    word = fold(span)
    if word in first_names() or word in surnames() or asian_given(word):
        return False
    for i in range(3, len(word) - 2):
        left, right = word[:i], word[i:]
        if len(right) == 3 and word[-1] in "aeiouy":
            continue
        if is_en_word(left) and is_en_word(right):
            return True
    return False


def asian_given(word: str) -> bool:
    """A romanised Korean or Chinese given name written as one word ("Hyejin", "Minjun", "Xiaoming"): two name
    syllables (``features.ASIAN_SYLLABLES``) and no English word or city."""
    from ledgerlm.ner.features import _ASIAN_SYL, is_en_word, is_place1

    if not 4 <= len(word) <= 10 or not word.isalpha() or is_en_word(word) or is_place1(word):
        return False
    return any(word[:i] in _ASIAN_SYL and word[i:] in _ASIAN_SYL for i in range(2, len(word) - 1))


def _run_lacks_evidence(text: str, cand: Candidate, span: str) -> bool:
    from ledgerlm.ner.features import fold, is_place1

    words = [fold(w).removesuffix("'s").removesuffix("’s").strip(".,") for w in span.split()]
    words = [w for w in words if w]
    if len(words) < 2:
        return False
    given, sur = first_names(), surnames()
    if _has_cue_en(text, cand):
        return ordinary_run(span)  # "Dear Valued Customer": ordinary words and no name among them

    first, last = words[0], words[-1]
    first_ok = first in given or not (_plain(first) or is_place1(first))
    last_ok = last in sur or not _plain(last) or "-" in last or last in given
    return not (first_ok and last_ok)


def ordinary_run(span: str) -> bool:
    """Whether every word of a run of two or more is an ordinary dictionary word and none a given name or surname
    ("Valued Customer", "Account Team"): a salutation's object, not a person, even after "Dear"."""
    from ledgerlm.ner.features import fold, is_en_word

    words = [fold(w).strip(".,") for w in span.split()]
    given, sur = first_names(), surnames()
    return len(words) >= 2 and all(is_en_word(w) and w not in given and w not in sur for w in words)


def _plain(word: str) -> bool:
    """An ordinary word or a brand: no evidence of a name."""
    from ledgerlm.ner.features import _NOT_LOWER, is_en_word

    return is_en_word(word) or word in _SINGLE_BRANDS or word in _NOT_LOWER


def trimmed_run(text: str, cand: Candidate) -> Candidate | None:
    """The name inside a run that ``lacks_evidence`` rejects only for its first word: a capitalised ordinary word
    before a name ("Met Siobhan and Tadhg", "should be Judge Judy") -> the rest, when the rest has evidence."""
    from ledgerlm.ner.features import fold

    if cand.label != "person" or cand.kind not in ("lat2", "lat3", "lat4"):
        return None
    span = text[cand.start : cand.end]
    first = span.split()[0]
    if not _plain(fold(first)) or fold(first) in first_names():
        return None
    rest_start = cand.end - len(span[len(first) :].lstrip())
    n = len(span.split()) - 1
    if n == 1 and text.startswith(("'s", "’s"), cand.end) and first.lower() not in _EN_CUES:
        return None  # "Jersey Mike's", "Trader Joe's": an ordinary word, a given name and 's name a shop ("Ask Mike's")
    rest = Candidate(rest_start, cand.end, "person", f"lat{min(n, 4)}")
    if n == 1:
        word = fold(text[rest.start : rest.end]).removesuffix("'s")
        return rest if word in first_names() else None
    return None if lacks_evidence(text, rest) else rest


_MODAL_WORDS = frozenset(["can", "could", "will", "would", "should", "did", "does", "may", "might", "must"])


def _thing_en(text: str, cand: Candidate) -> bool:
    from ledgerlm.ner.features import _AMBIG_LOWER, _ASIAN_SYL, _FIRST_LOWER, _SUR_LOWER, fold, is_en_word

    words = [fold(w).removesuffix("'s").strip(".,") for w in text[cand.start : cand.end].split()]
    words = [w for w in words if w]
    if not words:
        return False
    if len(words) == 2 and words[0] in _MODAL_WORDS and words[1] in first_names():
        return False  # "Can Maximilian countersign": a modal opening a question, then the name
    after = _WORD.findall(text[cand.end : cand.end + 30])
    person_shape = len(words) >= 2 and words[0] in first_names() and words[-1] in surnames()
    if after and after[0].lower() in _EN_WORKS and person_shape:
        return False  # "Phoebe Bridgers concert", "Zadie Smith book": a person's work, the person named
    if after and after[0].lower() in _EN_PRODUCT_NEXT:
        return True
    if thing_noun_after(text, cand):
        return True
    # a word that is also a given name (Hope, Summer, Daisy, Forest: ``EN_AMBIGUOUS``) counts as a first name here:
    # "Daisy Ridley" and "Summer Glau" are people; such runs are left to the scorer and the other shapes
    first = any(w in _FIRST_LOWER or w in _AMBIG_LOWER or w in _GIVEN_WORDS for w in words)
    # an ordinary word opening a sentence before a listed first name and surname ("Forwarding Esther Goldberg's
    # details"): the person after the verb, not a brand made of three words
    first = first or (len(words) == 3 and is_en_word(words[0]) and words[1] in first_names() and words[2] in surnames())
    # a census surname after the first word counts too ("Dolores Whitfield": Dolores is also a Spanish noun)
    sur = any(w in _SUR_LOWER for w in words) or any(w in surnames() and not is_en_word(w) for w in words[1:])
    if len(words) < 2 or first or any(w in _ASIAN_SYL for w in words):
        return False  # one word, a known first name or a romanised syllable: the scorer decides
    dict_words = [is_en_word(w) for w in words]
    # every word ordinary ("Silver Lake", "White Castle"), or an ordinary first word and no known surname ("Atlas
    # Copco"; "Daniela Costa" begins with no dictionary word)
    return all(dict_words) or (dict_words[0] and not sur)


# nouns that follow a person's name as often as a brand's: what a person owns, owes or is part of ("Callum rent 600",
# "Maria's flat", "the Lee family"); they are no evidence of a product
_PERSON_NOUNS = _words(
    """
    share shares part cut half portion rent tab bill bills fee fees invoice payment payments deposit salary wage
    wages loan debt tuition fund funds account accounts wallet wallets address phone number email mail details info
    contact birthday bday wedding party family household house home flat apartment place room office desk car bike
    kid kids baby wife husband son daughter mom dad mum mother father brother sister friend friends team crew side
    group cousin case file profile signature approval vote turn stake split money cash change balance budget order
    name photo pic selfie dog cat pet gift gifts story plan plans idea schedule trip flight visa passport ssn dob
    licence license impression via
    """
)
# before a name, a word that makes the next verb an imperative or a question ("let Sung-min handle it", "can Giulia
# Romano sign", "pls Dmitri check"), not a product ("Herman Miller chair")
_VERB_SLOT_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:let|make|have|had|can|could|will|would|should|did|does|do|may|might|must|pls|please|plz|"
    r"tell|ask|when|if|why|how)\s+$",
    re.IGNORECASE,
)
# after the noun: an object, so the noun was a verb ("Dmitri check ur wallet", "Priya transfer the 50")
_OBJECT_NEXT = _words(
    """
    the a an my your ur our their his her its this that these those it me him them us you u some all every each
    back out up over in on
    """
)
_NOUN_AFTER = re.compile(r"\s+([a-z]+)(?![\w'’-])(?:\s+([A-Za-z]+|\d))?")


@lru_cache(maxsize=1)
def _noun_hashes() -> array[int]:
    """CRC-32 of English nouns that are no inflected verb form (``data/en_nouns.npz``, lemminflect, ``build_words``)."""
    from ledgerlm.ner.model import read_npz_array

    path = Path(__file__).with_name("data") / "en_nouns.npz"
    return read_npz_array(path, "hash", "I", "<u4") if path.exists() else array("I")


def is_en_noun(word: str) -> bool:
    from ledgerlm.ner.features import _in_hashes

    return word.isascii() and _in_hashes(_noun_hashes(), word)


def thing_noun_after(text: str, cand: Candidate) -> bool:
    """Whether a Latin candidate stands as a modifier before a product noun, with no cue before it: "Benjamin Moore
    paint", "Herman Miller chair", "King Arthur flour" are brands; a person's name is followed by a verb ("Mateus
    lives", "Declan went"), a particle or punctuation. Not where the noun is a person's belonging or share
    (``_PERSON_NOUNS``: "Callum rent 600"), where a modal or "let" before makes it a verb ("let Sung-min handle it"),
    or where an object follows it ("Dmitri check ur wallet")."""
    if cand.label != "person" or cand.kind not in ("lat1", "lat2", "lat3", "lat4"):
        return False
    m = _NOUN_AFTER.match(text, cand.end)
    if m is None or m.group(1) in _PERSON_NOUNS or not is_en_noun(m.group(1)):
        return False
    if _PIDGIN_VERBS.match(text[cand.end : cand.end + 40]) and _listed_given_only(text, cand):
        return False  # "Thandeka say make I send am": the verb of Pidgin chat, not a product
    if m.group(2) and (m.group(2).lower() in _OBJECT_NEXT or m.group(2).isdigit()):
        return False
    window = text[max(0, cand.start - 30) : cand.start]
    return not (_VERB_SLOT_BEFORE.search(window) or _cue_before_en(text, cand))


def _cue_before_zh(text: str, cand: Candidate) -> bool:
    before = text[max(0, cand.start - 10) : cand.start]
    # 户名写成王五: 成 ends the verb (写成), so a candidate starting at it (成王) has no cue of its own
    filled = _ZH_ROLE_FILL.search(before) is not None and text[cand.start] not in "成为是的"
    return bool(_ZH_CUE_BEFORE.search(before[-8:])) or filled


# a role field and the verb that fills it ("收款人填东方明", "户名写成王五"): the role is the cue, the verb only joins
_ZH_ROLE_FILL = re.compile(
    r"(?:收款人|收件人|收货人|户名|账户名|开户名|姓名|名字|联系人|受益人|持卡人|付款人|签收人)(?:一栏|那栏|那里|这里)?"
    r"(?:填的是|写的是|填写|填成|写成|改成|改为|填|写)[\s:：]*$"
)


def _verb_after_zh(text: str, cand: Candidate) -> bool:
    return bool(_ZH_PERSON_VERBS.match(text[cand.end : cand.end + 4]))


def _brand_zh(text: str, cand: Candidate) -> bool:
    """A known brand stands where the candidate stands: the candidate is the brand or a part of it (周大 in 周大福),
    or the brand followed by a product word (张亮麻 in 张亮麻辣烫); 高盛华, 李宁波 (brand + given name) are people."""
    span = text[cand.start : cand.end]
    for n in _BRAND_LENS:
        # a brand or place word that begins before the candidate and runs into it (杨枝甘露 -> not 甘露)
        if any(text[cand.start - j : cand.start - j + n] in _BRANDS for j in range(1, min(n, cand.start + 1))):
            return True
        brand = text[cand.start : cand.start + n]
        if brand not in _BRANDS:
            continue
        if len(span) <= n or any(text.startswith(w, cand.start + n) for w in _ZH_PRODUCT_NEXT):
            return True
    return False


# last characters of buildings, shops and places, rare at the end of a given name (钟书阁, 全聚德烤鸭店, 陈家村)
_ZH_PLACE_TAIL = frozenset(
    "阁馆斋坊楼店厂寺塔宫殿桥站港村镇县区省市路街坡沟坪屯寨峡潭墩巷弄岗湾洲岛堡庄汤粥饼糕饺角嘴坝洼峪居氏记炒炖焖蒸煎烩"
    "汁酒奶头"  # drinks (石榴汁, 黄酒, 牛奶): no given name ends in them
    "腩腱肚翅爪蹄羹酱粉"  # cuts of meat, sauces, noodles (番茄牛腩, 卤鸡爪, 米粉): round 9
)
# time words, after which a name often starts (昨天马晓东…): a word crossing into the candidate from one (天马) proves
# nothing
_ZH_TIME_BEFORE = re.compile(
    r"(?:今天|明天|昨天|后天|前天|每天|当天|那天|今年|去年|明年|上周|下周|本周|周末|早上|晚上|刚才|然后)$"
)
# X家Y: a family's place or band (蔡家坡, 杨家将, 刘家大院), never a given name (家豪, 家乐, 家辉 end otherwise)
_ZH_CLAN_TAIL = frozenset("将村庄坡湾院角嘴寨堡沟营岭巷楼铺店祠桥集屯洼峪坝坪湖山河园镇班军菜酒宴大沱塘港渡坊埠滩垭坳")


@lru_cache(maxsize=1)
def zh_sur_words() -> frozenset[str]:
    """Ordinary words that start with a surname character (``data/zh_sur_words.txt``: jieba's dictionary minus the
    words it tags as names, see ``build_words.build_sur_words``). A candidate that is exactly one of them (白菜, 房费,
    程序) is the word unless a cue says otherwise ("跟白菜说"); 刘备 (``nrfg``) and 王国华 (``nr``) are not listed.
    Read on the first Chinese candidate only."""
    path = Path(__file__).with_name("data") / "zh_sur_words.txt"
    if not path.exists():
        return frozenset()
    return frozenset(w for w in path.read_text(encoding="utf-8").split() if "\u4e00" <= w[0] <= "\u9fff")


_ZH_PRONOUN_JOIN = re.compile(r"(?:我|你|他|她|我们|你们|他们|咱们|咱)[和同跟与][\s:：]*$")
# surname characters that are also a conjunction or preposition (和白菜, 向前冲, 于是乎)
_ZH_FUNCTION_SURNAMES = frozenset("和向于")
_ZH_HONORIFICS = ("院士", "博士", "同志", "书记", "总", "董", "先生", "女士")
# characters that end a time or weather word (雨天, 冬季, 假期) and no given name
_ZH_TIME_TAIL = frozenset("天日年季节期")
# particles and verbs that follow a word, never the last character of a given name
# verbs that end no two-character given name (none is a given-name character of ``ZH_GIVEN_CHARS``)
_ZH_VERB_TAIL = frozenset("停开走买卖看听吃喝到去拿放找跑坐站说等写读玩用做洗交打收转付还借租搬换退订叫让给姓")
_ZH_GLUED_AFTER = frozenset("去各的了在是说和也都就还要把被给跟等呢吗吧啊")
# round 10c: an adjective said of a surname-initial word (温差大, 房价高, 钱包少): a predicate, no given name's end
_ZH_PREDICATE_AFTER = frozenset("大小高低多少快慢")


def _sur_word_run(span: str) -> bool:
    """Whether ``span`` is an ordinary surname-initial word (``zh_sur_words``), or a three-character run made of one
    and a glued character that no given name uses: a conjunction before it (和白菜) or a particle after it (白菜各,
    宁宁去); 王国华, 许家印 and 蔡文静 stay candidates (华, 印 end given names; 蔡 starts no function word)."""
    words = zh_sur_words()
    if span in words:
        return True
    if len(span) != 3:
        return False
    return (span[:2] in words and span[2] in _ZH_GLUED_AFTER | _ZH_PREDICATE_AFTER) or (
        span[0] in _ZH_FUNCTION_SURNAMES and span[1:] in words
    )


def _word_runs_in(text: str, cand: Candidate) -> bool:
    """Whether an ordinary word (jieba's dictionary) begins before the candidate and ends inside it: the candidate
    starts mid-word (床单质量 -> not 单质量)."""
    from ledgerlm.ner.candidates import ZH_TITLES
    from ledgerlm.ner.features import ZH_RIGHT_WORDS, _zh_crossing, _zh_dict

    left, right = _zh_crossing(text, cand.start, cand.end, _zh_dict(), (2, 3, 4))
    # 毛豆炒肉 -> not 毛豆炒: a three-character run that ends inside a word (炒肉); not where a particle or a title
    # follows (罗志祥和何婷: 祥和 is a word, 和 joins two names; 王建国师傅: 国师 is a word, 师傅 a title)
    if right and cand.end - cand.start >= 3 and not text.startswith((*ZH_RIGHT_WORDS, *ZH_TITLES), cand.end):
        return True
    return left and not _ZH_TIME_BEFORE.search(text, 0, cand.start)


def titled_brand_zh(text: str, start: int, end: int) -> bool:
    """Whether a titled Chinese name ``text[start:end]`` (田老师, 陈师傅) is directly followed by a dish or product word
    with no cue before it: 田老师红烧肉 is a restaurant chain, 找陈师傅修车 a person (privacy's title pattern asks)."""
    cand = Candidate(start, end, "person", "zh_title")
    return _product_after_zh(text, cand) and not _cue_before_zh(text, cand)


def _product_after_zh(text: str, cand: Candidate) -> bool:
    after = text[cand.end : cand.end + 4]
    return any(after.startswith(w) for w in _ZH_PRODUCT_NEXT)


# the last word of a landscape or park name; also surnames (Park, Hill, Rivers), so they make a place only where a
# locative word stands before the run ("drinks at Stanley Park", "near Hudson Bay"), never "Grace Park owes me"
_GEO_HEADS = _words(
    "park bay lake beach hill hills river harbour harbor pier wharf falls valley point island quay common green "
    "gardens forest woods mountain mount peak cove creek springs fields meadows heath downs marina promenade"
)


def geo_place_en(text: str, cand: Candidate) -> bool:
    """Whether a run of two or more capitalised words ending in a landscape word stands after a locative word ("we're
    meeting at Wellington Park", "a walk around Stanley Park"): a place, cue or not, and its parts no persons."""
    words = text[cand.start : cand.end].split()
    if len(words) < 2 or words[-1].lower().strip(".,") not in _GEO_HEADS:
        return False
    if _GEO_NOUN_AFTER.match(text, cand.end):
        return True  # "Grace Bay beach", "Stanley Park trail": a landscape noun after it names the place's parts
    return bool(_PLACE_BEFORE.search(text[max(0, cand.start - 30) : cand.start]))


_GEO_NOUN_AFTER = re.compile(
    r"\s+(?:beach|beaches|resort|resorts|trail|trails|shoreline|coast|waterfront|boardwalk|lighthouse|campground|"
    r"reserve|area)\b"
)


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
        if (" " in text[c.start : c.end] or (is_cjk(text[c.start]) and c.end - c.start >= 3))
        and not _role_first(text, c)
        and needs_cue(text, c)
    ]
    out += [m.span() for m in _COORDINATED.finditer(text) if ends_in_head(m.group(0))]
    return out


# round 14: a role or a first-person word opening a capitalised run is no part of a thing's name ("Director Wanjiru
# Kamau", "Drummer Ikaika Kealoha", "Saya Budi Santoso" in Indonesian): the run is not a brand, and the name after
# the role is judged on its own
ROLE_WORDS = _words(
    """
    director producer drummer bassist guitarist singer vocalist keyboardist pianist violinist gaffer editor
    cinematographer physio coach captain manager chef engineer designer writer photographer host player winner
    runner-up tenant landlord landlady buyer seller bidder client patient doctor nurse teacher student intern
    saya aku
    """
)


def _role_first(text: str, cand: Candidate) -> bool:
    """Whether a Latin run of three words or more starts with a role word (``ROLE_WORDS``)."""
    words = text[cand.start : cand.end].split()
    return len(words) >= 3 and words[0].lower() in ROLE_WORDS


def inside_thing(text: str, cand: Candidate, things: list[tuple[int, int]]) -> bool:
    """Whether ``cand`` lies inside a thing span of ``thing_spans`` and has no cue of its own."""
    if cand.label != "person" or not any(a <= cand.start and cand.end <= b for a, b in things):
        return False
    if is_cjk(text[cand.start]):
        return not _cue_before_zh(text, cand)
    return not _has_cue_en(text, cand)


def _zh_dict_words() -> frozenset[str]:
    from ledgerlm.ner.features import _zh_dict

    return _zh_dict()


def _phrase_spans_of(text: str) -> tuple[tuple[int, int], ...]:
    from ledgerlm.ner.features import _phrase_spans

    return _phrase_spans(text)


def has_cue(text: str, cand: Candidate) -> bool:
    """Whether a person candidate has a cue word beside it (before it, or a person verb after it), either script."""
    if cand.label != "person":
        return False
    if is_cjk(text[cand.start]):
        return _cue_before_zh(text, cand) or _verb_after_zh(text, cand)
    return _has_cue_en(text, cand)


def miscut(text: str, cand: Candidate) -> bool:
    """Whether a Chinese candidate is cut where no name is: it starts or ends inside a place word (余姚|开会 -> 姚开会,
    在|成都 -> 在成), it ends in a verb that no given name ends in (车停在, 温泉听说, 房东姓孔), or two words overlap
    in it (雷雨|雨天). Unlike ``needs_cue`` this marks no thing span: the names around it are judged as before
    (欧阳修借我 -> 欧阳修)."""
    if cand.label != "person" or not is_cjk(text[cand.start]) or not cand.kind.startswith(("zh_sur", "zh_cmp")):
        return False
    span, head = text[cand.start : cand.end], text[cand.start : cand.start + 2]
    if head in _ZH_MODAL_WORDS:
        return True  # round 12b: 甲方|应于每月…, 乙方|应当…: a contract's modal after its party word, not 应 + a name
    if span[-1] in _ZH_VERB_TAIL and (len(span) == 2 or head in zh_places() or head in zh_sur_words()):
        return not span.startswith(ZH_COMPOUND_SURNAMES) or len(span) == 2
    if len(span) == 3 and head in zh_sur_words() and span[1:] in _zh_dict_words() and not _cue_before_zh(text, cand):
        return True  # 王国华 stays: 国华 is no word
    if len(span) == 3 and span[2] in _ZH_TIME_TAIL and span[1:] in _zh_dict_words() and not _cue_before_zh(text, cand):
        return True  # 雷雨|雨天: a time word ends it (jieba lists 雷雨 as a name, so there is no head word to see)
    if (
        cand.kind.startswith("zh_cmp")
        and text[cand.start + 1 : cand.start + 3] in _ZH_WORD_AFTER_VERB
        and not _cue_before_zh(text, cand)
    ):
        return True  # round 11: 上|官网, 上|官方渠道: a verb before a word, not 上官 and a given name
    if _thing_head(span) and not _cue_before_zh(text, cand):
        return True  # round 12: 公孙树 (a tree), 司徒庙 (a temple), 李子园 (a brand): a place or thing word ends it
    if len(span) >= 3 and _thing_head(span[:3]) and span[2] in _ZH_ROAD_HEADS and _road_context(text, cand):
        return True  # round 12b: 欧阳路和|东方路交叉口: a joiner is no cue where roads are joined at a crossing
    return zh_place(text, cand) == "cut"


# round 12b: modal and function words that open a contract's clauses (甲方应于, 乙方须在, 双方应当); their first
# character is a surname (应, 须), so the rules cut a name out of them after a party word
_ZH_MODAL_WORDS = frozenset(
    ["应于", "应当", "应该", "应在", "应按", "应向", "应将", "应对", "应及", "须于", "须在", "须按", "须向", "须将",
     "需于", "需在", "需按"]
)  # fmt: skip


# round 12: head nouns of places and things (tree, temple, garden, road, bridge, shop ...) that no given name ends in
# often enough to outweigh them
_ZH_THING_HEADS = frozenset("树庙寺祠园道路街巷桥村镇塔亭阁馆店厂站港湾岛坊陵墓府殿")


_ZH_ROAD_HEADS = frozenset("路街道巷桥")
_ZH_CROSSING_AFTER = re.compile(r"^(?:交叉口|交汇处|路口|口|附近|一带|拐角|转角|旁边|那边|东侧|西侧|南侧|北侧)")


def _road_context(text: str, cand: Candidate) -> bool:
    """A road named after a family where roads are spoken of: a crossing or a locative after it (东方路交叉口), or a
    joiner after another road before it (欧阳路和东方路); "请转给上官道" keeps its person."""
    if _ZH_CROSSING_AFTER.match(text[cand.start + 3 : cand.start + 6]):
        return True
    before = text[max(0, cand.start - 4) : cand.start]
    return len(before) >= 2 and before[-1] in "和与跟同及、" and before[-2] in _ZH_ROAD_HEADS


def _thing_head(span: str) -> bool:
    """Whether a three-character span is a compound surname and a place or thing noun (公孙|树, 上官|道), or a surname
    word that a dictionary lists and such a noun (李子|园): a place or a thing named after a family, not a person."""
    if len(span) != 3 or span[2] not in _ZH_THING_HEADS:
        return False
    return span.startswith(ZH_COMPOUND_SURNAMES) or span[:2] in _zh_dict_words()


# words that a compound surname's first character, as a verb or a locative, runs into (上官网 "go to the official
# site", 上官方渠道, 东方面 "on the east side")
_ZH_WORD_AFTER_VERB = frozenset(["官网", "官方", "官博", "官微", "方面", "方向"])


def _listed_non_name(word: str) -> bool:
    from ledgerlm.ner.features import fold
    from ledgerlm.ner.lexicon import EN_NOT_NAMES

    return word in EN_NOT_NAMES and fold(word) not in first_names()


def needs_cue(text: str, cand: Candidate) -> bool:
    """Whether ``cand`` (a person candidate) has the shape of a thing and no cue word: then it is not a name."""
    if cand.label == "person" and cand.kind == "lat_title":
        # "Dr Pepper Zero", "Mrs. Fields cookies": a title that opens a known brand phrase is the brand
        return any(a == cand.start and b <= cand.end for a, b in _phrase_spans_of(text))
    if cand.label != "person" or cand.kind == "zh_dot":
        return False
    if cand.kind == "lat1" and _listed_non_name(text[cand.start : cand.end]):
        # round 10c: a country, a city or a word of the trade that no given name list holds ("0412 338 907
        # (Australia)"): the scorer's weight alone makes no person of it; a person's verb after it still does
        return not _verb_after_en(text, cand, weak=False)
    if cand.kind == "lat1" and text[cand.start : cand.end] in EN_ASSISTANTS:
        return not _EN_PERSON_VERBS.match(text[cand.end : cand.end + 40])  # "asked Alexa to reorder": the assistant
    if is_cjk(text[cand.start]):
        if _brand_zh(text, cand):
            # a known brand: only a cue before it makes it a person ("高盛说" is the bank speaking, "转给李宁" a
            # person); a conjunction is no such cue (杨国福和张亮哪个好吃: two brands)
            return not _cue_before_zh(text, cand) or bool(_ZH_JOIN_BEFORE.search(text, 0, cand.start))
        if cand.kind.startswith(("zh_title", "zh_fam")):
            # 陈师傅, 老周: a title or a familiar prefix is itself the cue, unless a dish or product follows it
            # directly (田老师红烧肉, 老乡鸡: a restaurant's brand)
            return _product_after_zh(text, cand) and not _cue_before_zh(text, cand)
        span = text[cand.start : cand.end]
        # 车停在…, 温泉听说: a surname character before a verb that no given name ends in, or a place before one
        place = zh_place(text, cand)
        if place == "full":
            return True  # 江宁区, 许昌市: a place with its administrative suffix, cue or not
        if place == "place":
            # 许昌, 吴江: a place of the gazetteer (``ner.places``); a cue that is no conjunction makes it a person
            # (给许昌打电话), a list of places does not (温州和金华)
            joined = bool(_ZH_JOIN_BEFORE.search(text, 0, cand.start)) and not _ZH_PRONOUN_JOIN.search(
                text, 0, cand.start
            )
            return not ((_cue_before_zh(text, cand) and not joined) or _verb_after_zh(text, cand))
        clan = len(span) == 3 and span[1] == "家" and span[2] in _ZH_CLAN_TAIL
        # 蒋记烧腊, 冯氏集团: X记 and X氏 name a shop or a firm, and no given name starts with 记 or 氏
        clan = clan or (len(span) == 3 and span[1] in "记氏")
        if _sur_word_run(span) and not span.startswith(ZH_COMPOUND_SURNAMES):
            # an ordinary word (白菜, 房费), or one with a particle glued on (和白菜, 白菜各): a cue before it or
            # a person verb after it makes it a person; a conjunction does not (胡萝卜和白菜: two vegetables),
            # unless a pronoun stands before it (我和宁宁去吃饭: people go with people)
            joined = bool(_ZH_JOIN_BEFORE.search(text, 0, cand.start)) and not _ZH_PRONOUN_JOIN.search(
                text, 0, cand.start
            )
            titled = text.startswith((*ZH_TITLES, *_ZH_HONORIFICS), cand.end)  # 钟南山院士: a title after it is a cue
            return not ((_cue_before_zh(text, cand) and not joined) or _verb_after_zh(text, cand) or titled)
        thing = _product_after_zh(text, cand) or span[-1] in _ZH_PLACE_TAIL or clan
        return thing and not (_cue_before_zh(text, cand) or _verb_after_zh(text, cand))
    if not cand.kind.startswith("lat"):
        return False
    if ends_in_head(text[cand.start : cand.end]):
        return True  # "Dear Crypto Support", "tell Faith Church": a head noun makes it a place or a body, cue or not
    if geo_place_en(text, cand):
        return True
    span = text[cand.start : cand.end]
    if "-" in span and " " not in span and is_town(span):
        return True  # "Winston-Salem", "Stratford-upon-Avon": a hyphenated city, not a double-barrelled name
    place = en_place(text, cand)
    if place == "strong" or (place == "weak" and not _has_cue_en(text, cand)):
        return True  # "Tyler, Texas", "landed in Eugene": a place of the gazetteers where places stand
    return _thing_en(text, cand) and not _has_cue_en(text, cand)


__all__ = [
    "ROLE_WORDS",
    "asian_given",
    "ends_in_head",
    "first_names",
    "has_cue",
    "inside_thing",
    "lacks_evidence",
    "miscut",
    "needs_cue",
    "ordinary_run",
    "thing_spans",
    "titled_brand_zh",
    "trimmed_run",
]
