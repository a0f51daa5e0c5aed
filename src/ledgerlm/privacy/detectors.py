"""Pattern detectors for personal data, each validated beyond its regex where a check exists.

Every detector yields ``Span(type, start, end)`` over the original text; ``redact`` resolves overlaps by
priority. Ethereum addresses and other hex strings are "protected": a candidate that overlaps one is dropped, so
the digits inside ``0x7a...`` never become a phone or card number. Digit boundaries use ``[0-9A-Za-z]``, not
``\\w``, because ``\\w`` matches Chinese characters and "电话13812345678" must still match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

from ledgerlm.ner.lexicon import ZH_COMPOUND_SURNAMES, ZH_SURNAMES
from ledgerlm.privacy import validators

PiiType = Literal[
    "EMAIL", "PHONE", "CN_ID", "CARD", "IBAN", "IP", "ADDRESS", "NAME", "SSN", "PASSPORT", "DOB", "NATIONAL_ID"
]

# Higher wins when spans overlap (a valid ID number is not also reported as a phone number).
PRIORITY: dict[str, int] = {
    "EMAIL": 90, "CN_ID": 80, "IBAN": 75, "CARD": 70, "SSN": 65, "NATIONAL_ID": 64, "PASSPORT": 62, "DOB": 61, "IP": 60,
    "PHONE": 50,
    "ADDRESS": 40, "NAME": 30,
}  # fmt: skip


@dataclass(frozen=True)
class Span:
    type: PiiType
    start: int
    end: int


_B = r"(?<![0-9A-Za-z_])"
_E = r"(?![0-9A-Za-z_])"

PROTECTED = re.compile(r"0x[0-9a-fA-F]{6,}|(?<![0-9A-Za-z])[0-9a-fA-F]{32,}(?![0-9A-Za-z])")

EMAIL = re.compile(
    r"(?<![A-Za-z0-9_.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}(?![A-Za-z])"
)

CN_MOBILE = re.compile(_B + r"(?:(?:\+|00)86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}" + _E)
CN_LANDLINE = re.compile(r"(?<![0-9A-Za-z_(])(?:\(0\d{2,3}\)\s?|0\d{2,3}-)(?:\d{7,8}|\d{3,4}[\s-]\d{4})" + _E)
# UK and other "trunk 0" national formats: 0 + area + subscriber, 10-11 digits, spaces or a bracketed area code.
NATIONAL_PHONE = re.compile(
    r"(?<![0-9A-Za-z_(+])(?:\(0\d{1,4}\)\s?\d{3,4}[\s-]?\d{3,4}|0\d{2,4}[\s-]\d{3,4}(?:[\s-]\d{3,4})?|07\d{3}\s?\d{6})"
    + _E
)
# France 06 12 34 56 78 / 01.42.68.53.00; Germany 0151 23456789 / 030/12345678 / 030/4488 2190;
# Japan 03-1234-5678 / 090-1234-5678
FR_PHONE = re.compile(r"(?<![0-9A-Za-z_(+])0[1-9](?:[ .-]\d{2}){4}" + _E)
DE_PHONE = re.compile(r"(?<![0-9A-Za-z_(+])0[1-9]\d{1,4}(?:[ /-]\d{6,8}|\s?/\s?\d{2,4}[ -]\d{3,4})" + _E)
JP_PHONE = re.compile(r"(?<![0-9A-Za-z_(+])0\d{1,4}-\d{1,4}-\d{4}" + _E)
# German mobiles (015x/016x/017x, 11-12 digits: "0176 3482 9915", "0151 2384 7710") and Dutch ones (06 + 8 digits:
# "06-48213976", "06 2837 4419"): the mobile prefix after the trunk 0 is the evidence, no cue word needed
MOBILE_PREFIX_PHONE = re.compile(
    r"(?<![0-9A-Za-z_(+.,/-])(?:01[5-7]\d[\s/-]?\d{3,4}[\s-]?\d{3,5}|06[\s-]?(?:\d{8}|\d{4}[\s-]\d{4}))" + _E
)
# trunk 0, an area or operator code, then groups of two ("0532 418 77 39" Turkey, "070-123 45 67" Sweden,
# "08-12 34 56" not: too short): pairs at the end are how these countries write phone numbers, never amounts
PAIRED_PHONE = re.compile(r"(?<![0-9A-Za-z_(+.,/-])0\d{1,3}[\s-]\d{2,3}(?:\s\d{2}){2,3}" + _E)
# Spain, 9 digits without a trunk 0, written 3-2-2-2 ("612 48 39 07") or 2-3-2-2 ("91 435 27 80"); a thousands
# grouping is always 3-3-3, so these shapes are phone numbers (6/7 mobiles, 8/9 landlines)
ES_PHONE = re.compile(r"(?<![0-9A-Za-z_(+.,/-])(?:[6-9]\d{2}(?:\s\d{2}){3}|[89]\d\s\d{3}\s\d{2}\s\d{2})" + _E)
# Hong Kong / Singapore 8 digits, India 10 digits (98765 43210): common shapes, so only after a phone word
# (round 12: and Nigeria's 11-digit mobiles typed without spaces, "08031234567")
LOCAL_PHONE = re.compile(r"(?<![0-9A-Za-z_(+.,])(?:[2-9]\d{3}[\s-]?\d{4}|[6-9]\d{4}[\s-]?\d{5}|0[789][01]\d{8})" + _E)
# any grouped digits right after a phone word ("电话852-6123-4567", "tel 44 20 7946 0958"): 8-15 digits
CUED_PHONE = re.compile(r"(?<![0-9A-Za-z_(+.,])\d{1,4}(?:[\s-]\d{2,5}){1,4}" + _E)
_PHONE_CUE = re.compile(
    r"(phone|mobile|cell|tel|call|(?:my|his|her|your|their|our|new|the)\s+number|whatsapp|wechat|signal|(?-i:HP)|h/p|"
    r"\bhp\s*[:：]|no\.?\s*hp|"
    r"电话|手机|号码|座机|联系方式|微信|致电|打给)[^0-9\n]{0,14}$",
    re.I,
)
_PHONE_CUE_NEAR = re.compile(
    r"(phone|mobile|cell|tel|whatsapp|wechat|电话|手机|号码|座机|联系方式|微信)(?:\s*(?:number|no\.?|#))?"
    r"(?:\s*(?:is|是|为|:|：|-))?\s*$",
    re.I,
)
# round 11: Brazil, a bracketed two-digit area code, then 9 + 4-4 (mobile) or 4-4 (landline): "(11) 98765-4321",
# "(21) 3456-7890"; a bracketed pair before a dashed 4-4 is no amount or order number
# round 13: Indonesia, a mobile prefix 081x-089x then 3-4 + 3-5 digits ("0812 3456 7890", "0857-1234-567"); UK
# freephone 0800 is excluded by the third digit, and the grouping 4-4-4 is no thousands grouping
ID_PHONE = re.compile(r"(?<![0-9A-Za-z_(+.,/-])08[1-9]\d[\s-]\d{3,4}[\s-]\d{3,5}" + _E)
BR_PHONE = re.compile(r"(?<![0-9A-Za-z_(+])\(\d{2}\)\s?(?:9\d{4}|[2-5]\d{3})-\d{4}" + _E)
# round 15: a tab or a line break ends the number ("+84 90 555 3127\t45 Lý Thường Kiệt": the next cell is no part)
INTL_PHONE = re.compile(r"(?<![0-9A-Za-z+])\+[1-9]\d{0,2}(?:[ \u00a0.-]?\(?\d{1,4}\)?){2,5}" + _E)
NANP_PHONE = re.compile(r"(?<![0-9A-Za-z_(])(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}" + _E)

CN_ID = re.compile(_B + r"\d{17}[\dXx]" + _E)
CARD = re.compile(_B + r"\d(?:[ -]?\d){12,18}" + _E)
IBAN = re.compile(r"(?<![0-9A-Za-z])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}" + _E)
IPV4 = re.compile(r"(?<![0-9.])(?:\d{1,3}\.){3}\d{1,3}(?![0-9]|\.\d)")
IPV6 = re.compile(r"(?<![0-9A-Za-z:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?:%\w+)?(?![0-9A-Za-z:])")
_VERSION_CUE = re.compile(r"((?<![A-Za-z])(version|ver\.?|v)|版本号?)\s*$", re.IGNORECASE)

_ZH_ADMIN = (
    r"(?:[\u4e00-\u9fff]{2,7}(?:省|自治区|特别行政区))?(?:[\u4e00-\u9fff]{2,4}市)?"
    r"(?:[\u4e00-\u9fff]{1,5}(?:区|县|旗|镇))?"
)
ZH_ADDRESS = re.compile(
    _ZH_ADMIN
    + r"[\u4e00-\u9fff0-9]{1,10}?(?:路|街|大道|大街|(?<![知味频渠轨通赛说隧管霸人难报跑叫问答笑写公王正])道|巷|胡同|弄)"
    + r"(?:[东南西北中一二三四五六七八九十\d]{1,3}段)?"
    + r"\d{1,5}(?:号|弄)(?:院)?"
    # building name (SOHO现代城, 华星时代广场A座), then building / unit / floor / room, then a bare room number
    # (round 12: a Taiwanese floor's share, 5楼之5 / 12樓之3, is part of the unit)
    + r"(?:[\u4e00-\u9fffA-Za-z]{0,12}?(?:\s?[A-Z\d\-]{1,6}(?:号楼|栋|幢|座|单元|层|楼|室|号|期|F|f)(?:之\d{1,3})?)+"
    + r"(?:\d{3,4}(?:室)?)?"
    + r"|[\u4e00-\u9fffA-Za-z]{2,12}?(?:大厦|中心|广场|大楼|小区|花园|公寓|科学园|园区)"
    + r"(?:[A-Z]座|[A-Z]?\d{0,2}区\d{1,4}(?:室)?|\d{1,4}(?:室)?)?)?"
)
_ZH_ADDRESS_LEAD = "我你他她住在家于到往是为的地址寄送收货居写填改"
# round 15 (blind12): a street number and a Taiwanese lane before the house number ("文化路一段 188 巷 12 號"), and a
# Hong Kong estate's block and floor with no street at all ("沙田 第一城 42 座 18 樓 F", "海濱花園 3 座 27 樓 D"):
# a block (座) followed by a floor (楼) is where someone lives, never a count
ZH_ESTATE_ADDRESS = re.compile(
    r"[\u4e00-\u9fff]{2,10}?\d{1,3}(?:座|栋|幢)\d{1,2}(?:楼|层)(?:[A-Z](?![A-Za-z])|\d{1,2}(?:室|号)?)?(?:室)?"
)
# a blank between two Chinese characters, or between one and a digit or a capital ("中山路 301 号", "12 樓 B 室"):
# dictated and spaced-out addresses are matched with those blanks closed (``_squeezed``); a long number before the
# blank is a phone or an order, never a house number ("13912345678 南京市…" stays apart)
_ZH_BLANK = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff0-9A-Z])|(?<=[0-9A-Z])(?<![0-9]{6}) (?=[\u4e00-\u9fff])")
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"
_CA_POSTCODE_EN = r"[A-Z]\d[A-Z]\s?\d[A-Z]\d"
_UNIT_WORD = r"(?:Apt|Apartment|Suite|Ste|Unit|Flat|Room|Rm|Floor|Fl|Level|Lvl|Building|Bldg|Tower|Block|Blk)"
EN_ADDRESS = re.compile(
    # units before the street: "Apt 4B, ", "Building 2, ", "Room 1502, 15/F, Tower 2, "
    r"(?:\b" + _UNIT_WORD + r"\.?\s*#?[0-9A-Z][0-9A-Z-]{0,4},?\s+|\b\d{1,3}/F,?\s+)*"
    # house number (or a Singapore block: "Blk 123"), then the street's words: "West 88th", "Queen's", "Ang Mo Kio"
    r"(?:\b(?:Blk|Block)\s+\d{1,4}[A-Z]?|\b\d{1,6}[A-Z]?(?:-\d{1,4})?)\s+"
    # a compass abbreviation before the street's words ("350 W 42nd St", "12 NE. Alberta St")
    r"(?:(?:N|S|E|W|NE|NW|SE|SW)\.?\s+)?"
    r"(?:(?:[A-Z][a-z]+(?:['’]s)?\.?|\d{1,3}(?:st|nd|rd|th))\s+){1,4}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Square|Sq|"
    r"Parkway|Pkwy|Highway|Hwy|Crescent|Close|Circle|Cir|Loop|Alley|Row|Walk|Mews|Grove|Gardens|Rise|Parade|Quay|"
    r"Wharf|Esplanade)\b\.?"
    r"(?:\s+\d{1,3}(?![0-9/.,]\d))?(?:\s+(?:NW|NE|SW|SE|N|S|E|W|Central|North|South|East|West)\b)?"
    r"(?:,?\s+(?:" + _UNIT_WORD + r"|#)\.?\s*#?[\w-]+)*"
    # round 12: Singapore's six-digit postcode after the city name, with or without a comma ("#03-01 Singapore 088509")
    r"(?:,?\s+Singapore\s+\d{6}(?![0-9]))?"
    # round 15: a city district's number ("Dublin 2")
    r"(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?:\s\d{1,2}(?![0-9]))?(?!\s*[a-z]))?"
    # a UK postcode before a bare two-letter state ("London NW1 6XE", not "London NW"); round 15: an Irish Eircode
    # ("D02 X285"), a Canadian postcode after the province ("ON M5V 1Z4"), four digits after a town ("Auckland 1011")
    r"(?:,?\s*(?:[A-Z]{2,3}\s+\d{4,5}(?:-\d{4})?|" + _UK_POSTCODE + r"|[A-Z]\d{2}\s[A-Z0-9]{4}(?![A-Za-z0-9])|"
    r"[A-Z]{2}\s+" + _CA_POSTCODE_EN + r"|[A-Z]{2}(?![A-Za-z])|\d{6}(?![0-9])|(?<=[a-z])\s\d{4}(?![0-9])))?"
)

# Chinese surnames (single and compound): the tagger's lists, so the cue and title patterns know the rare ones too
# (round 11: 联系人：钭建国, 危经理, 闾丘先生)
_ZH_SURNAMES = ZH_SURNAMES
_ZH_COMPOUND = ZH_COMPOUND_SURNAMES
_ZH_SURNAME_RE = "(?:" + "|".join(_ZH_COMPOUND) + "|[" + _ZH_SURNAMES + "])"
# Characters that end a given name: verbs/particles that commonly follow a name in a request.
_ZH_NAME_STOP = set("想要给转在的了是，,。和也请要向从把被让用打汇付还借买卖查说来去")
_ZH_NAME_STOP |= set("有吗呢吧啊账号电话手机邮箱住地今明昨已")
ZH_NAME_CUES = re.compile(
    r"(?:我叫|我的名字是|名字是|名字叫|姓名[:：\s]\s*|联系人[:：\s]\s*|收款人[:：\s]\s*|收件人[:：\s]\s*|付款人[:：\s]\s*|"
    r"借款人[:：\s]?\s*|贷款人[:：\s]?\s*|户名[:：\s]\s*|持卡人[:：\s]\s*|本人)"
    r"(" + _ZH_SURNAME_RE + r"[\u4e00-\u9fff]{1,2})"
)
# round 15 (blind12): the role nouns of receipts, registers and forms, written right before the person's name
# ("捐款人 許金龍", "家長 譚 子朗", "先人 何 耀祖"); a blank may stand between the role and the name
ZH_ROLE_CUES = re.compile(
    r"(?:捐款人|捐赠人|捐献人|收货人|寄件人|联络人|申请人|委托人|受益人|监护人|担保人|家长|家属|家屬|先人|患者|业主|租客|"
    r"住客|乘客)[:：]?\s*(" + _ZH_SURNAME_RE + r"[\u4e00-\u9fff]{1,2})"
)
# round 15: a dictated name with its title, a blank on each side ("賴 佩君 店長", "区 志强 律师"): the surname, one or
# two characters, then the title; 和/向/于 are words there, never surnames
ZH_SPACED_TITLE = re.compile(
    r"(?<![\u4e00-\u9fff])(?![和向于])(" + _ZH_SURNAME_RE + r" [\u4e00-\u9fff]{1,2}) "
    r"(?:先生|女士|小姐|太太|店长|律师|医生|老师|经理|主任|会计|师傅|様|さん)"
)
ZH_NAME_TITLE = re.compile(
    r"(" + _ZH_SURNAME_RE + r"[\u4e00-\u9fff]{0,2}?)(?:先生|女士|小姐|老师|医生|经理|总(?![\u4e00-\u9fff]))"
)

# letters with their accents too ("Name: Anahí Quispe", "Dear Zoë Łukasiewicz"), round 11
_UP, _LO = "A-ZÀ-ÖØ-ÞĀ-Ž", "a-zß-öø-ÿā-ž"
_EN_NAME = (
    rf"([{_UP}][{_LO}]+(?:[-'][{_UP}][{_LO}]+)?(?:\s+[A-Z]\.)?(?:\s+[{_UP}][{_LO}]+(?:[-'][{_UP}][{_LO}]+)?){{0,2}})"
    rf"(?![{_LO}])"
)
EN_NAME_CUES = re.compile(
    r"(?:\b[Mm]y name is|\b[Nn]ame\s*:|\b[Ff]ull name\s*:|\b[Cc]ontact\s*:|\b[Rr]ecipient\s*:|\b[Pp]ayee\s*:|"
    r"\b[Cc]ardholder\s*:|\b[Bb]orrower:?|\b[Ll]ender:?|\b[Aa]ccount holder\s*:|"
    r"\bI am|\bI'm|\bthis is|\bDear|\b[Ss]igned,?)\s+" + _EN_NAME
)
# a name in capitals after a form's role label, as banks and card forms print it ("beneficiary ADEBAYO OLUWATOBI",
# "name on card: JOSE A. RAMIREZ"); the title-case patterns above never see it
EN_NAME_CAPS = re.compile(
    r"(?i:\b(?:name\s+on\s+(?:the\s+)?card|card\s*holder|beneficiary|payee|account\s+(?:holder|name)|holder|"
    r"recipient|customer|full\s+name|name|attn|remitter|sender))\s*[:：-]?\s+"
    r"([A-Z][A-Z'’-]+(?:,?\s+[A-Z]\.?)?(?:,?\s+[A-Z][A-Z'’-]+){1,2})(?![A-Za-z])"
)
_CAPS_NOT_NAMES = frozenset(
    re.findall(
        r"\S+",
        "USD USDC USDT ETH BTC EUR GBP CNY RMB IBAN SWIFT BIC BANK LTD LLC INC CORP PLC REF ACCT NO NA N/A NONE THE "
        "AND FOR OF TO ON IN AT BY IS ID KYC AML DOB SSN VISA MASTERCARD AMEX CARD ACCOUNT NAME HOLDER",
    )
)
EN_NAME_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+" + _EN_NAME)
# round 11: a title and a name in capitals, as a shouted note or a form prints them ("PLEASE CALL MR OKONKWO BEFORE
# 5PM", "DR A. MENSAH"): the first word after the title is the name, and so are the next ones that are no English word
EN_NAME_TITLE_CAPS = re.compile(
    r"(?<![A-Za-z])(?:MR|MRS|MS|MISS|DR|PROF|MADAM|MDM)\.?\s+((?:[A-Z]\.\s*)?[A-Z][A-Z'’-]{2,}(?:\s+[A-Z](?:[A-Z'’-]+|\.))*)"
    r"(?![a-z])"
)
_EN_NOT_NAMES = {
    "I", "The", "A", "An", "Ethereum", "Bitcoin", "Ether", "Alice's", "Send", "Please", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December", "Going", "Not", "Here", "Sure", "Sorry",
    "Interested", "Happy", "Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Sir", "Madam", "Ready", "Trying", "Looking",
    "From", "In", "On", "At", "New", "USDC", "USDT", "ETH",
}  # fmt: skip


def _candidates(pattern: re.Pattern[str], text: str, kind: PiiType, group: int = 0) -> Iterator[Span]:
    for m in pattern.finditer(text):
        yield Span(kind, m.start(group), m.end(group))


# round 15: an e-mail address read out ("daniel dot okafor at gmail dot com", "k underscore lee at yahoo dot co dot
# uk"): a local part, "at", a domain and "dot" + a common top-level domain; the last "dot com" is the evidence
_SPOKEN_PART = r"[a-z0-9]+(?:\s+(?:dot|underscore|dash|hyphen)\s+[a-z0-9]+)*"
SPOKEN_EMAIL = re.compile(
    r"(?<![A-Za-z])" + _SPOKEN_PART + r"\s+at\s+[a-z0-9]+(?:\s+dot\s+[a-z0-9]+)*\s+dot\s+"
    r"(?:com|net|org|edu|gov|io|co|uk|de|fr|ng|ke|in|au|ca|nl|info|me)(?![A-Za-z])",
    re.I,
)


def detect_email(text: str) -> Iterator[Span]:
    yield from _candidates(EMAIL, text, "EMAIL")
    if " dot " in text.lower():
        yield from _spoken_emails(text)


def _spoken_emails(text: str) -> Iterator[Span]:
    """Spoken addresses (``SPOKEN_EMAIL``), from the first word of the local part that is no ordinary verb before it
    ("email daniel dot okafor …" starts at daniel: the lazy local part may reach back over "email")."""
    for m in SPOKEN_EMAIL.finditer(text):
        start = m.start()
        local = text[start : m.end()]
        at = re.search(r"\s+at\s+", local)
        head = local[: at.start()] if at else local
        words = head.split()
        # keep from the last word of the local part that is not joined to the next by dot/underscore
        k = len(words) - 1
        while k >= 2 and words[k - 1].lower() in ("dot", "underscore", "dash", "hyphen"):
            k -= 2
        start += head.find(words[k]) if words else 0
        yield Span("EMAIL", start, m.end())


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


_AMOUNT_CUE = re.compile(
    r"(wei|gwei|gas|amount|supply|value|balance|block|height|nonce|timestamp|"
    r"(?:invoice|order|ticket|tracking|reference|ref|sku|item|product)(?:\s*(?:id|no\.?|number|num|code|#))?|#|"
    r"金额|数量|余额|总量|"
    r"区块|高度|订单号?|发票|转)\W{0,3}$",
    re.IGNORECASE,
)


# A number followed by a token symbol or unit is an amount ("12345678901 USDC"), never a phone or card.
# round 14: a symbol on the next line ("…0199\nDOB: …") or a shouted word ("CALL … 1288 NOW") is no unit
_UNIT_AFTER = re.compile(
    r"(?:[ \t]*(?!(?:NOW|ASAP|TODAY|TONIGHT|PLS|PLEASE|AND|OR|TO|ON|AT|FOR|THE|DOB|SSN|EXT|ID|OK|THX|THANKS)\b)"
    r"[A-Z]{2,6}[a-z]?(?![a-z])|\s*(?:wei\b|gwei\b|eth\b|usdc\b|usdt\b|dai\b|tokens?\b|coins?\b|shares?\b|"
    r"个|枚|块|元|美元|代币|万|亿|u\b))",
)
_DATE_LIKE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _before_unit(text: str, end: int) -> bool:
    return _UNIT_AFTER.match(text, end) is not None


def _looks_like_amount(text: str, start: int, digits: str) -> bool:
    """Round numbers (6+ trailing zeros) and numbers right after an amount word are quantities, not identifiers."""
    return digits.endswith("000000") or _AMOUNT_CUE.search(text[max(0, start - 12) : start]) is not None


# round 15: a group of three or more digits and one blank right before the match: the match is the tail of a longer
# number ("reference 4532 0151 1283 0367", a batch id), and a phone's own patterns start at its first group
_GROUP_BEFORE = re.compile(r"(?<![0-9A-Za-z+])\d{3,}[ ]$")


def detect_phone(text: str) -> Iterator[Span]:
    from ledgerlm.ner.hanzi import to_simplified

    cue_text = to_simplified(text)  # 手機/電話 are phone words too; same length, same offsets
    found: list[Span] = []
    for pattern in (CN_MOBILE, CN_LANDLINE, NANP_PHONE, INTL_PHONE, NATIONAL_PHONE, FR_PHONE, DE_PHONE, JP_PHONE,
                    MOBILE_PREFIX_PHONE, PAIRED_PHONE, ES_PHONE, BR_PHONE, ID_PHONE, LOCAL_PHONE,
                    CUED_PHONE):  # fmt: skip
        for m in pattern.finditer(text):
            digits = _digits(m.group(0))
            window = cue_text[max(0, m.start() - 24) : m.start()]
            if pattern in (LOCAL_PHONE, CUED_PHONE) and not _PHONE_CUE.search(window):
                continue
            if pattern is CUED_PHONE and not _PHONE_CUE_NEAR.search(window):
                continue  # "phone case NFT, 123 456 7890 edition": the cue must name this number
            if pattern is CUED_PHONE and not 8 <= len(digits) <= 15:
                continue
            if pattern in (DE_PHONE, JP_PHONE, PAIRED_PHONE) and not 9 <= len(digits) <= 12:
                continue
            if pattern in (MOBILE_PREFIX_PHONE, ID_PHONE) and not 10 <= len(digits) <= 13:
                continue
            if pattern is INTL_PHONE and not 8 <= len(digits) <= 15:
                continue
            if pattern is NATIONAL_PHONE and (not 10 <= len(digits) <= 11 or _DATE_LIKE.search(m.group(0))):
                continue
            if _before_unit(text, m.end()) or (pattern is not INTL_PHONE and _GROUP_BEFORE.search(text, 0, m.start())):
                continue
            if not _looks_like_amount(text, m.start(), digits):
                found.append(Span("PHONE", m.start(), m.end()))
                yield found[-1]
    yield from _corrected_phones(text, found)
    yield from _hk_phones(text, found)
    yield from _spoken_phones(cue_text)


# round 15 (blind12): Hong Kong's eight digits written 4-4 inside Chinese text with no phone word ("阿May 9678 1234",
# "家屬 何 美蓮 9012 3344", "通知 佢 9456 2201"): Chinese writes amounts and counts with commas or 萬, never 4-4
HK_PHONE = re.compile(
    r"(?<![0-9A-Za-z_(+.,/:-])[2-9]\d{3}[ -]\d{4}(?![0-9A-Za-z_]|[ .,-]\d|\s?(?:元|蚊|港币|港幣|HKD|%))"
)
_CJK_NEAR = re.compile(r"[\u4e00-\u9fff][^0-9\n]{0,8}$")


def _hk_phones(text: str, found: list[Span]) -> Iterator[Span]:
    """4-4 numbers (``HK_PHONE``) with a Chinese word within eight characters before them, unless an amount word
    stands right before ("金额 2500 3000") or another group of digits ("4532 0151 1283")."""
    if not re.search(r"[\u4e00-\u9fff]", text):
        return
    for m in HK_PHONE.finditer(text):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        if not _CJK_NEAR.search(text, max(0, m.start() - 10), m.start()) or _GROUP_BEFORE.search(text, 0, m.start()):
            continue
        if not _looks_like_amount(text, m.start(), _digits(m.group(0))):
            yield Span("PHONE", m.start(), m.end())


# round 15: a phone number read out digit by digit ("oh seven seven double oh nine …", "nine seven one five zero …",
# "一 三 九 一 二 三 四 五 六 七 八") after a phone word or "call … at" within 40 characters: seven or more digits
_DIGIT_WORD = (
    r"(?:(?:double|triple)\s+)?(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine)|[〇零一二三四五六七八九幺两]"
)
SPOKEN_PHONE = re.compile(
    r"(?<![A-Za-z])(?:" + _DIGIT_WORD + r")(?:[\s,-]+(?:" + _DIGIT_WORD + r")){6,15}(?![A-Za-z])", re.I
)
_SPOKEN_CUE = re.compile(
    r"(phone|mobile|cell|number|call|ring|text|whatsapp|reach|电话|手机|号码|打给|致电|联系)", re.I
)


def _spoken_phones(text: str) -> Iterator[Span]:
    """Spoken digit runs (``SPOKEN_PHONE``) that add up to seven digits or more, with a phone word before them."""
    for m in SPOKEN_PHONE.finditer(text):
        words = re.findall(r"double|triple|[A-Za-z]+|[〇零一二三四五六七八九幺两]", m.group(0), re.I)
        count = sum(2 if w.lower() == "double" else 3 if w.lower() == "triple" else 0 for w in words)
        count += sum(1 for w in words if w.lower() not in ("double", "triple")) - sum(
            1 for w in words if w.lower() in ("double", "triple")
        )
        if count >= 7 and _SPOKEN_CUE.search(text, max(0, m.start() - 40), m.start()):
            yield Span("PHONE", m.start(), m.end())


# round 14: a speaker correcting a number ("電話 9876 5432 唔係 9876 5433", "0812 555 0101, sorry, 0812 555 0110"): the
# number after the correction word is a phone too, though the phone word stands before the first one
_CORRECTION = re.compile(
    r"^[\s,，.。;；-]*(?:(?:唔係|唔系|不是|不对|不對|错了|錯了|应该是|應該是|是|係|系|no|nope|sorry|wait|i\s+mean|"
    r"correction|actually|or)[\s,，.。:：!！-]*)+$",
    re.I,
)


def _corrected_phones(text: str, found: list[Span]) -> Iterator[Span]:
    """Numbers of a phone's shape that follow a phone number and a correction word (see ``_CORRECTION``)."""
    for m in (*LOCAL_PHONE.finditer(text), *CUED_PHONE.finditer(text)):
        if not 8 <= len(_digits(m.group(0))) <= 15 or any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        before = [f for f in found if f.end <= m.start() and m.start() - f.end <= 24]
        if before and _CORRECTION.match(text[before[-1].end : m.start()]):
            found.append(Span("PHONE", m.start(), m.end()))
            yield found[-1]


def detect_cn_id(text: str) -> Iterator[Span]:
    for m in CN_ID.finditer(text):
        if validators.cn_id_valid(m.group(0)):
            yield Span("CN_ID", m.start(), m.end())


def detect_card(text: str) -> Iterator[Span]:
    for m in CARD.finditer(text):
        raw = m.group(0)
        if re.search(r"[ -]{2}", raw) or text[max(0, m.start() - 1) : m.start()] == "+":
            continue  # "+234 706 555 0181": a country code opens a phone number, never a card number
        if _before_unit(text, m.end()):
            continue
        if validators.card_valid(_digits(raw)) and not _looks_like_amount(text, m.start(), _digits(raw)):
            yield Span("CARD", m.start(), m.end())


def detect_iban(text: str) -> Iterator[Span]:
    for m in IBAN.finditer(text):
        raw = m.group(0)
        # Trim trailing groups until the checksum holds (the regex may swallow a following word).
        while len(raw.replace(" ", "")) >= 15:
            if validators.iban_valid(raw):
                yield Span("IBAN", m.start(), m.start() + len(raw))
                break
            raw = raw[:-1].rstrip()


def detect_ip(text: str) -> Iterator[Span]:
    for pattern in (IPV4, IPV6):
        for m in pattern.finditer(text):
            value = m.group(0)
            if pattern is IPV6 and (value.count(":") < 2 or not re.search(r"[0-9A-Fa-f]", value)):
                continue
            if pattern is IPV4 and _VERSION_CUE.search(text[max(0, m.start() - 10) : m.start()]):
                continue
            if pattern is IPV4 and _is_network_block(value, text[m.end() : m.end() + 4]):
                continue
            if validators.ip_valid(value.split("%")[0]):
                yield Span("IP", m.start(), m.end())


_CIDR = re.compile(r"/(\d{1,2})(?!\d)")


def _is_network_block(value: str, after: str) -> bool:
    """``10.0.0.0/8`` names a network (host bits all zero), not a machine: no one's address. ``192.168.1.5/24``
    is an interface address and stays personal data."""
    import ipaddress

    m = _CIDR.match(after)
    if not m:
        return False
    try:
        ipaddress.ip_network(f"{value}/{m.group(1)}", strict=True)
    except ValueError:
        return False
    return True


# Continental forms: "Via Roma 12", "Calle Mayor 5", "Hauptstraße 12a", "12 rue de Rivoli"
EU_ADDRESS = re.compile(
    r"\b(?:(?:Via|Viale|Piazza|Corso|Calle|Avenida|Av\.|Avda\.|Rua|Plaza|Carrer|Jir[óo]n)\s+"
    r"(?:(?:[A-Z][a-zà-ÿ']+|de|da|das|do|dos|del|della|delle|degli|dei|di|la|las|los|le)\s){0,3}[A-Z][a-zà-ÿ']+"
    r"|[A-Z][a-zäöüßåæø]+(?:straße|strasse|str\.|weg|gasse|platz|allee|laan|straat|gracht|gatan|gata|vägen|väg|"
    r"vej|veien|gade|gate|torget|tie|katu)"
    # round 15: the street word written apart, after the name ("Karl Johans gate 14", "Amir Temur ko'chasi 108")
    r"|(?:[A-Z][a-zäöüßåæø]+\s+){1,3}(?:gate|gata|gatan|gade|vei|veien|vej|vegen|väg|vägen|ko['‘’`]chasi))"
    r"\s+\d{1,4}[a-z]?\b"
    # then the town, with or without its postcode: ", 1100-148 Lisboa", ", 10119 Berlin", ", 114 55 Stockholm"; after a
    # postcode the town may be followed by any word ("20121 Milano and …"), and a postcode may follow the town
    r"(?:,\s*(?:(?:\d{4,5}(?:-\d{3})?|\d{3}\s\d{2})\s+[A-Z][a-zà-ÿ]+(?:\s[A-Z][a-zà-ÿ]+)?"
    r"|[A-Z][a-zà-ÿ]+(?:\s[A-Z][a-zà-ÿ]+)?(?:\s+\d{5,6}(?![0-9]))?(?![a-zà-ÿ]|\s+[a-z])))?"
    r"|\b\d{1,4}(?:\s?bis)?,?\s+(?:rue|avenue|boulevard|place|chemin|allée)\s+(?:de\s+la\s+|de\s+|du\s+|des\s+|d')?"
    r"[A-Z][a-zà-ÿ-]+"
    # Turkish: "Bağdat Caddesi No: 45 Daire 7", "Atatürk Bulvarı No 12"
    r"|\b[A-ZÇĞİÖŞÜ][a-zçğıöşüâî]+\s+(?:Caddesi|Cad\.|Sokak|Sok\.|Sokağı|Bulvarı|Mahallesi|Mah\.)\s+(?:No[:.]?\s*)?"
    r"\d{1,4}(?:\s+(?:Daire|D\.|Kat)[:.]?\s*\d{1,3})?"
)


# Poland: "ul. Długa 23/25 lok. 8, 80-827 Gdańsk", "al. Jerozolimskie 65/79 m. 12, 00-697 Warszawa": the street
# abbreviation, the building (a slash joins a double number), then a flat ("lok.", "m.", "/8") and the postcode NN-NNN
_PL_UPPER = "A-ZĄĆĘŁŃÓŚŹŻ"
_PL_WORD = "[" + _PL_UPPER + "][a-ząćęłńóśźż-]+"
PL_ADDRESS = re.compile(
    r"(?<![A-Za-z])(?:ul|al|pl|os)\.\s*(?:" + _PL_WORD + r"\s+){0,2}" + _PL_WORD + r"\s+\d{1,4}[a-zA-Z]?"
    r"(?:/\d{1,4}[a-zA-Z]?)?(?:,?\s*(?:lok|m|mieszk|kl)\.\s*\d{1,4}[a-zA-Z]?)?"
    r"(?:,\s*\d{2}-\d{3}\s+" + _PL_WORD + r"(?:\s+" + _PL_WORD + r")?)?"
)
# Québec: "Apt 804, 1550 Rue Sherbrooke Ouest, Montréal, QC H3G 1L7", "Appartement 6, 3450 rue Saint-Denis, Montréal QC
# H2X 3L3": a unit first, the number before rue/boulevard/avenue/chemin, a compass word, the town, province, postcode
_CA_POSTCODE = r"[A-Z]\d[A-Z]\s?\d[A-Z]\d"
CA_FR_ADDRESS = re.compile(
    r"(?:\b(?:Apt|App|Appt|Appartement|Apartment|Unit|Suite|Bureau|Local)\.?\s*#?[0-9A-Z][0-9A-Z-]{0,4},?\s+)?"
    r"\b\d{1,5}(?:-\d{1,4})?,?\s+(?:[Rr]ue|[Bb]oulevard|[Bb]oul\.|[Bb]lvd|[Aa]venue|[Cc]hemin|[Cc]\u00f4te|[Mm]ont[ée]e|"
    r"[Rr]ang|[Pp]lace|[Aa]ll[ée]e)\s+(?:(?:de\s+la|de|du|des|d['’])\s*)?[A-Z\u00c0-\u00dd][\w\u00c0-\u00ff'’-]+"
    r"(?:\s+[A-Z\u00c0-\u00dd][\w\u00c0-\u00ff'’-]+){0,2}"
    r"(?:\s+(?:Ouest|Est|Nord|Sud|O|E|N|S)\b)?"
    r"(?:,?\s+(?:app|apt|appt|bureau|suite|unit)\.?\s*#?[0-9A-Z-]{1,5})?"
    r"(?:,\s*[A-Z\u00c0-\u00dd][\w\u00c0-\u00ff'’-]+(?:\s[A-Z\u00c0-\u00dd][\w\u00c0-\u00ff'’-]+)?,?"
    r"\s*(?:QC|ON|NB|NS|BC|AB|MB|SK|PE|NL)\b\s*(?:" + _CA_POSTCODE + r")?)?"
)
# Belgium, Switzerland, Luxembourg: the street word first, the number after it, then a four-digit postcode and the
# town ("Rue Neuve 45, 1000 Bruxelles", "Chemin des Vignes 4, 1009 Pully"); the postcode makes it an address
_FR_HEAD = r"(?:Rue|Avenue|Av\.|Boulevard|Bd|Chaussée|Place|Quai|Chemin|Allée|Route|Impasse|Rte)"
_CAP_WORD = r"[A-ZÀ-Ý][\w'’-]+"
BE_ADDRESS = re.compile(
    r"\b" + _FR_HEAD + r"\s+(?:(?:de\s+la|de|du|des|d['’]|l['’])\s*)?" + _CAP_WORD + r"(?:\s+" + _CAP_WORD + r"){0,2}"
    r"\s+\d{1,4}[a-z]?(?:\s*(?:bte|boîte|bus)\s*\d{1,4})?,\s*\d{4}\s+" + _CAP_WORD
)
# Czechia, Slovakia (and Sweden's form too): street and number, then the postcode written NNN NN and the town with
# its district number ("Vinohradská 12, 120 00 Praha 2", "Obchodná 5/7, 811 06 Bratislava")
CZ_ADDRESS = re.compile(
    r"\b[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýžäöå]+(?:\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][a-záčďéěíňóřšťúůýžäöå]+)?"
    r"\s+\d{1,4}(?:/\d{1,4})?[a-z]?,\s*\d{3}\s\d{2}\s+" + _CAP_WORD + r"(?:\s\d{1,2}(?![\d.,]))?"
)
# Hong Kong and other one-word streets ("88 Queensway", "1 Kingsway"): only after a room or flat and its tower, which
# are the evidence ("Room 1807, Tower 2, 88 Queensway, Admiralty, Hong Kong")
ONE_WORD_STREET_ADDRESS = re.compile(
    r"\b(?:Room|Rm|Flat|Unit|Suite|Apt)\.?\s*[0-9A-Z][0-9A-Z-]{0,5},\s*(?:(?:Tower|Block|Blk|Floor)\s*[0-9A-Z]{1,3},\s*"
    r"|\d{1,2}/F,\s*)*"
    # round 11: the building's name between the tower and the number ("Tower B, Pacific Place, 88 Queensway")
    r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\s(?:Place|Plaza|Centre|Center|Building|House|Court|Tower|Towers|Square|"
    r"Gardens|Mansion|Mansions),\s*)?"
    r"\d{1,4}\s+[A-Z][a-z]+(?:way|gate)\b(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?){0,3}"
)
# round 11: Malaysia, Indonesia, Brunei: a house number, then "Jalan"/"Jln"/"Jl."/"Lorong"/"Persiaran" and the road's
# words (capitalised or a section code: "Jalan SS 2/24"), then up to three comma parts, a postcode before or after the
# town ("18 Jalan Ampang, Kuala Lumpur", "No. 7, Jln Tun Razak, 50400 Kuala Lumpur", "Jl. Sudirman No. 5, Jakarta")
MY_ADDRESS = re.compile(
    r"(?:\b(?:No\.?|Lot)\s*)?\b\d{1,5}[A-Z]?(?:-\d{1,4})?,?\s+"
    r"(?:Jalan|Jln\.?|Jl\.|Lorong|Lrg\.?|Persiaran|Lebuh|Lebuhraya|Lingkaran|Solok)\s+"
    r"[A-Z0-9][\w/'’-]*(?:\s+[A-Z0-9][\w/'’-]*){0,3}"
    r"(?:,\s*(?:\d{5}\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}){0,3}(?:,?\s+\d{5}(?![0-9]))?"
)
# round 14: Indonesia and Malaysia with the number after the road ("Jl. Sudirman No. 25, Jakarta Pusat 10220",
# "Jalan Bukit Bintang 88, 55100 Kuala Lumpur"): "No." before the number, or a town after it, tells it from "Jalan
# Alor 5 stars"
ID_ADDRESS = re.compile(
    r"\b(?:Jalan|Jln\.?|Jl\.)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},?\s+"
    r"(?:No\.?\s*\d{1,5}[A-Z]?(?![\w/])|\d{1,5}[A-Z]?(?=,\s*(?:\d{5}\s+)?[A-Z]))"
    r"(?:,\s*(?:\d{5}\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}){0,3}(?:,?\s+\d{5}(?![0-9]))?"
)
# round 14: Pakistan, Bangladesh, India: a dwelling and its number, then street, block, road or sector parts, then the
# sector code, the area and the city ("House 14, Street 7, F-7/2, Islamabad", "Flat 3B, Road 12, Gulshan 2, Dhaka
# 1212", "Plot 9, Block C, DHA Phase 5, Lahore"): two numbered parts in a row before a town are an address
_SA_PART = r"(?:Street|St\.?|Road|Rd\.?|Lane|Block|Blk|Sector|Phase|Gali)\s*(?:No\.?\s*)?[A-Z0-9][A-Z0-9/-]*"
SA_ADDRESS = re.compile(
    r"(?:\b(?:House|H\.?\s?No\.?|Plot|Flat|Apartment|Apt\.?)\s*(?:No\.?\s*|#\s*)?\d{1,4}[A-Z]?(?:[/-]\d{1,3}[A-Z]?)?"
    # round 15: a lettered house number before a sector or a block ("B-14, Sector 62, Noida 201301")
    r"|\b[A-Z]{1,2}-\d{1,4}[A-Z]?(?=,\s*(?:Sector|Block|Phase|Street|Road|Gali)\b))"
    r"(?:,\s*" + _SA_PART + r")+"
    r"(?:,\s*(?:[A-Z]-\d{1,2}(?:/\d{1,2})?|[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d{1,2}(?![0-9])))*))+"
    r"(?:\s+\d{4,6}(?![0-9]))?"
)
# round 15 (blind12): forms the patterns above did not know, each closed by its own evidence
_STREET_TYPE = r"(?:Road|Rd|Street|St|Avenue|Ave|Way|Close|Crescent|Drive|Lane|Highway|Boulevard)"
_TOWN_PART = r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|es|el|al|de|la|\d{1,2}(?![0-9])))*"
# East and West Africa: a plot or stand number, then a street with its type, then one to three places ("Plot 12,
# Kapsabet Road, Eldoret", "Plot 33, Ali Hassan Mwinyi Road, Dar es Salaam", "Plot 7, Admiralty Way, Lekki Phase 1,
# Lagos"): a plot's number before a named road is a parcel of land someone owns or lives on
PLOT_ADDRESS = re.compile(
    r"\b(?:Plot|Stand|Erf|Parcel)\s+(?:No\.?\s*)?\d{1,5}[A-Z]?,\s*(?:[A-Z][\w'’-]*\s+){1,4}" + _STREET_TYPE + r"\b\.?"
    r"(?:,\s*" + _TOWN_PART + r"){0,3}"
)
# the number after the street's type, then a town after a comma ("Jetty Road 3, Kilifi", "Harbour Street 12,
# Mombasa"): how East African and continental writers put it; the town makes a street and a number an address
NUMBER_AFTER_ADDRESS = re.compile(
    r"\b(?:[A-Z][a-z]+\s+){1,3}(?:Road|Street|Avenue|Lane|Drive)\s+\d{1,4}[A-Z]?,\s*[A-Z][a-z]+"
    r"(?:\s[A-Z][a-z]+)?(?![a-z])"
)
# Ukraine, Russia, Kazakhstan in Latin letters: "vul. Khreshchatyk 22, Kyiv 01001", "ul. Tverskaya 18, kv. 44, Moscow
# 125009", "pr. Abaya 10, Almaty": the street's abbreviation, the number, a flat (kv.), the town and its postcode
CIS_ADDRESS = re.compile(
    r"(?<![A-Za-z])(?:vul|vulytsia|ul|ulitsa|pr|prosp|prospekt|prov|bul|nab|shosse|pl)\.?\s+"
    r"[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?\s+\d{1,4}[A-Za-z]?(?:/\d{1,4})?"
    r"(?:,\s*(?:kv|apt|kvartyra|korp|str)\.?\s*\d{1,4})*"
    r",\s*[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?(?:,?\s+\d{5,6}(?![0-9]))?"
)
# a UK address the postcode closes, whatever its street words ("6 Heol y Felin, Cardiff CF14 2AB", "3 Bryn Derw,
# Bangor LL57 2PW"): Welsh and Gaelic streets put the street word first, and the full postcode is the evidence
UK_POSTCODE_ADDRESS = re.compile(
    r"\b\d{1,4}[A-Z]?\s+(?:[A-Z][\w'’-]*|y|yr|an|na|nan|de)(?:\s+(?:[A-Z][\w'’-]*|y|yr|an|na|nan|de)){0,4},\s*"
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,?\s+" + _UK_POSTCODE + r"(?![A-Za-z0-9])"
)
# Korea: a city or province, a district, a road (로/길) and its number, then a flat (호) or a building (동)
# ("서울특별시 마포구 양화로 45, 302호", "부산광역시 해운대구 센텀중앙로 79")
KR_ADDRESS = re.compile(
    r"[가-힣]{1,6}(?:특별시|광역시|특별자치시|특별자치도|도|시)\s+[가-힣]{1,6}(?:구|군|시)"
    r"(?:\s+[가-힣]{1,6}(?:구|동|읍|면))?\s+[가-힣0-9]{1,12}(?:로|길)(?:\s?\d{1,3}번?길)?\s?\d{1,4}(?:-\d{1,4})?"
    r"(?:,?\s*\d{1,4}(?:동|호)(?![가-힣]))*"
)
# Vietnam: a house number, the street's words, then the ward or district and a city of the country ("45 Lý Thường
# Kiệt, Hoàn Kiếm, Hà Nội", "12 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh"): the city closes the comma list
_VN_CITY = (
    r"(?:Hà Nội|Ha Noi|Hanoi|(?:TP\.?\s?)?Hồ Chí Minh|(?:TP\.?\s?)?HCM|Sài Gòn|Đà Nẵng|Hải Phòng|Cần Thơ|Huế|Nha Trang)"
)
VN_ADDRESS = re.compile(
    r"\b\d{1,4}[A-Z]?(?:/\d{1,3})?\s+(?:[" + _UP + r"][^\W\d_]*\s+){0,3}[" + _UP + r"][^\W\d_]*"
    r"(?:,\s*(?:[" + _UP + r"][^\W\d_]*|\d{1,2})(?:\s+(?:[" + _UP + r"][^\W\d_]*|\d{1,2})){0,3}){0,3},\s*" + _VN_CITY
)


# Japan in Latin letters: the block numbers (chome-ban-go), the town, the ward or city with its suffix, the
# prefecture and the postcode ("4-2-8 Shibakoen, Minato-ku, Tokyo 105-0011", "1-1 Umeda, Kita-ku, Osaka"): the
# -ku/-shi part is the evidence
JP_LATIN_ADDRESS = re.compile(
    r"\b\d{1,2}-\d{1,2}(?:-\d{1,3})?,?\s+[A-Z][a-z]+(?:-[a-z]+)?,\s*[A-Z][a-z]+-(?:ku|shi|cho|machi|gun|mura)\b"
    r"(?:,\s*[A-Z][a-z]+)?(?:,?\s+\d{3}-\d{4}(?![0-9]))?"
)


# round 11: the flat, floor, tower and building before a street address ("Unit 1502, 15/F, Tower 1, Times Square, 1
# Matheson Street", "Apt 12B, Tower 3, The Gardens, 18 Jalan Ampang"): a unit word first, then up to four such parts
_UNITS_BEFORE = re.compile(
    r"\b(?:Unit|Room|Rm|Flat|Suite|Ste|Apt|Apartment)\.?\s*#?[0-9A-Z][0-9A-Z-]{0,5},\s*"
    r"(?:(?:\d{1,2}/F|(?:Tower|Block|Blk|Floor|Level|Lvl|Wing)\s*[0-9A-Z]{1,3}|"
    r"(?:The\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}),\s*){0,4}$"
)


def _with_units(text: str, start: int) -> int:
    """Where an address starting at ``start`` begins once the unit, floor, tower and building before it are added."""
    m = _UNITS_BEFORE.search(text[max(0, start - 100) : start])
    return start - (len(text[max(0, start - 100) : start]) - m.start()) if m else start


# India: "Flat 302, Sai Residency, 14th Cross, Indiranagar, Bengaluru 560038": a flat or house number, then up to six
# comma-separated parts (a building, a cross or main road, a locality, the town) closed by the six-digit PIN code; the
# PIN is what makes the comma list an address
IN_ADDRESS = re.compile(
    r"\b(?:Flat|Apt|House|H\.\s?No\.|Plot|Door|D\.\s?No\.|No\.)\s*(?:No\.?\s*)?[0-9A-Z][0-9A-Z/-]{0,6},\s*"
    r"(?:[A-Z0-9][\w.'’-]*(?:\s+[\w.'’-]+){0,4},\s*){1,6}"
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:\s*[-–,]\s*|\s+)\d{3}\s?\d{3}(?![0-9])"
)


# Round 10c: an address a residence verb introduces, in any Latin script ("resides at 12 Lý Thường Kiệt, Hoàn Kiếm, Hà
# Nội", "lives at 4 Rua das Flores, Porto"): a house number, a street, then one to four comma-separated places, each
# word capitalised (``_residence_addresses`` checks); the verb is the evidence the comma list needs
RESIDENCE_ADDRESS = re.compile(
    r"(?<![A-Za-z])(?:resides|residing|resident|lives|living|live|domiciled|located|situated)\s+at\s+"
    r"(\d{1,5}[A-Za-z]?(?:/\d{1,4})?\s+[^\W\d_][^\s,]*(?:\s+[^\W\d_][^\s,]*){0,4}"
    r"(?:,\s*[^\W\d_][^\s,]*(?:\s+[^\W_][^\s,]*){0,3}){1,4})",
    re.IGNORECASE,
)
_LOWER_JOINERS = frozenset(
    [
        "de",
        "da",
        "do",
        "das",
        "dos",
        "del",
        "della",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "des",
        "e",
        "y",
    ]
)


def _residence_addresses(text: str) -> Iterator[Span]:
    for m in RESIDENCE_ADDRESS.finditer(text):
        body = m.group(1)
        words = re.findall(r"[^\W\d_][^\s,]*", body)
        if words and all(w[0].isupper() or w.lower() in _LOWER_JOINERS for w in words if not w[0].isdigit()):
            yield Span("ADDRESS", m.start(1), m.end(1))


# Japan: prefecture (東京都, 大阪府, 神奈川県), city or ward, town, block numbers (1-19-11, 6丁目10番1号), then an
# optional building and floor ("パークウェースクエア3 8階", "六本木ヒルズ森タワー23階", "渋谷ビル5階"), with an
# optional postcode before it (〒150-0042)
_JA = r"[\u4e00-\u9fff\u3040-\u30ffー・ヶ]"
JP_ADDRESS = re.compile(
    r"(?:〒\s?\d{3}-\d{4}\s*)?(?:東京都|北海道|大阪府|京都府|"
    + _JA
    + r"{2,3}県)"
    + _JA
    + r"{1,12}?[市区町村郡]"
    + _JA
    + r"{0,8}?"
    r"\d{1,4}(?:(?:[-‐－−]|丁目|番地?|号)\d{1,4}){1,3}(?:号)?"
    r"(?:[ \t　]?(?:" + _JA + r"|[A-Za-z0-9])(?:" + _JA + r"|[A-Za-z0-9 ]){0,24}?\d{1,3}\s?(?:階|F|号室)"
    r"|[ \t　]?" + _JA + r"{1,16}(?:ビル|タワー|マンション|ハイツ|コーポ|レジデンス))?"
)


def detect_address(text: str) -> Iterator[Span]:

    for m in JP_ADDRESS.finditer(text):
        yield Span("ADDRESS", m.start(), m.end())
    yield from _zh_addresses(text)
    for m in EN_ADDRESS.finditer(text):
        yield Span("ADDRESS", _with_units(text, m.start()), m.end())
    for m in MY_ADDRESS.finditer(text):
        yield Span("ADDRESS", _with_units(text, m.start()), m.end())
    for pattern in (ID_ADDRESS, SA_ADDRESS):
        yield from _candidates(pattern, text, "ADDRESS")
    yield from _candidates(EU_ADDRESS, text, "ADDRESS")
    for pattern in (
        PL_ADDRESS,
        CA_FR_ADDRESS,
        IN_ADDRESS,
        BE_ADDRESS,
        CZ_ADDRESS,
        ONE_WORD_STREET_ADDRESS,
        PLOT_ADDRESS,
        NUMBER_AFTER_ADDRESS,
        CIS_ADDRESS,
        JP_LATIN_ADDRESS,
        UK_POSTCODE_ADDRESS,
        KR_ADDRESS,
        VN_ADDRESS,
    ):
        yield from _candidates(pattern, text, "ADDRESS")
    yield from _residence_addresses(text)


def _squeezed(text: str) -> tuple[str, list[int]]:
    """``text`` with the blanks of ``_ZH_BLANK`` closed, and for each kept character its offset in ``text``."""
    keep = [i for i in range(len(text)) if not (text[i] == " " and _ZH_BLANK.match(text, i))]
    return "".join(text[i] for i in keep), keep


def _zh_addresses(text: str) -> Iterator[Span]:
    """Chinese addresses, written solid or with blanks between their parts ("厦门市思明区中山路 301 号")."""
    from ledgerlm.ner.hanzi import to_simplified

    squeezed, where = _squeezed(to_simplified(text))  # 台北市信義區…7號 reads as 台北市信义区…7号
    for m in (*ZH_ADDRESS.finditer(squeezed), *ZH_ESTATE_ADDRESS.finditer(squeezed)):
        start = m.start()
        # the lazy prefix may swallow a verb phrase ("路由器在朝阳路5号"): cut after the last locative word
        cut = max(m.group(0).rfind(ch) for ch in "在住于到往寄送是为")
        if cut >= 0:
            start += cut + 1
        while start < m.end() and squeezed[start] in _ZH_ADDRESS_LEAD:
            start += 1
        if start < m.end():
            yield Span("ADDRESS", _first_place_word(text, where[start], where[m.end() - 1]), where[m.end() - 1] + 1)


def _first_place_word(text: str, start: int, last: int) -> int:
    """Where a spaced address starts: the words before its first number are kept from the right while each is a
    place of two or more characters ("九龍 旺角 彌敦道"); a one-character word (放, 咪, 去) or a word of address
    talk (地址) ends them, so "係 咪 沙田 第一城 42 座" starts at 沙田."""
    words = [(m.start(), m.group()) for m in re.finditer(r"[^ ]+", text[start : last + 1])]
    first_number = next((k for k, (_, w) in enumerate(words) if w[0].isdigit()), len(words))
    keep = max(first_number - 1, 0)
    while keep > 0:
        word = words[keep - 1][1]
        if len(word) < 2 or any(ch in _ZH_ADDRESS_LEAD or ch in "係系咪去俾畀" for ch in word):
            break
        keep -= 1
    return start + words[keep][0] if words else start


# a Latin title before a Chinese name, written with or without a blank ("Prof. 闻 一鸣", "Dr 王芳")
_LATIN_TITLE_ZH = re.compile(
    r"\b(?:Prof|Professor|Dr|Mr|Mrs|Ms|Miss|Mx)\.?\s*([\u4e00-\u9fff]{1,2}\s?[\u4e00-\u9fff]{1,2})(?![\u4e00-\u9fff])"
)


def _latin_titled_zh(simplified: str) -> Iterator[Span]:
    """A Chinese name after a Latin title: the title is written with the name, so the span starts at the title."""
    for m in _LATIN_TITLE_ZH.finditer(simplified):
        yield Span("NAME", m.start(), m.end(1))


# a Buddhist monastic's name, 释 and two characters (释妙音, 释慧明法师), standing as a word of its own: after a
# boundary, before 法师/师父 or a boundary; 释放, 释然, 解释 are words
_DHARMA = re.compile(
    r"(?<![\u4e00-\u9fff])释(?![放然怀义疑迦读出])[\u4e00-\u9fff]{2}(?=法师|师父|[、，,。；;：:\s)）]|$)"
)


def _dharma_names(simplified: str) -> Iterator[Span]:
    """Monastics' names (``_DHARMA``)."""
    for m in _DHARMA.finditer(simplified):
        yield Span("NAME", m.start(), m.end())


# Korean names in Hangul inside a Chinese or English message ("我 同事 최지훈 的 卡"): a common surname syllable and
# two more, the only Hangul word of the message; in Korean text such words are as often ordinary words
_KR_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허남심노하곽성차주우구민나"
    "진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
)
_HANGUL_WORD = re.compile(r"[가-힣]+")


def _hangul_names(text: str) -> Iterator[Span]:
    """The one Hangul word of a message, three syllables from a listed surname (``_KR_SURNAMES``)."""
    words = _HANGUL_WORD.findall(text)
    if len(words) != 1 or len(words[0]) != 3 or words[0][0] not in _KR_SURNAMES:
        return
    m = _HANGUL_WORD.search(text)
    if m:
        yield Span("NAME", m.start(), m.end())


# round 15: a given name typed right beside a phone number, as terse notes put them ("nadia 555-0199 call back",
# "+1 415 555 0134 tyrone"): a listed given name that is no English noun, place or country, alone (not the end of
# a capitalised run: "São Paulo: +55 …"), before the number or last on its line after it
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Za-z][a-z'’-]+)[ \t]*[:：]?[ \t]*$")
_CAPITALISED_BEFORE = re.compile(r"[A-ZÀ-ÖØ-Þ][^\s]*[ \t]$")
_WORD_BEFORE_DOB = re.compile(r"(?<![\w'’.-])([A-Za-z][a-z'’-]+)\s+(?:dob|d\.o\.b\.?|bday|b-day)\s*[:：]?\s*$", re.I)
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z][a-z'’-]+)(?![\w'’-])(?=[ \t]*(?:$|[\n,;!?)]))")


def _names_by_phone(text: str) -> Iterator[Span]:
    """Given names next to a phone number found in the message (see above)."""
    for phone in detect_phone(text):
        before = _WORD_BEFORE.search(text, max(0, phone.start - 30), phone.start)
        after = _WORD_AFTER.match(text, phone.end)
        if before and _CAPITALISED_BEFORE.search(text, max(0, before.start(1) - 20), before.start(1)):
            before = None  # "São Paulo: +55 …": the end of a capitalised run is no lone given name
        for m in (before, after):
            if m and _given_name_word(m.group(1)):
                yield Span("NAME", m.start(1), m.end(1))
    for dob in detect_dob(text):
        m = _WORD_BEFORE_DOB.search(text, max(0, dob.start - 30), dob.start)
        if m and _given_name_word(m.group(1)):
            yield Span("NAME", m.start(1), m.end(1))


def _given_name_word(word: str) -> bool:
    """A listed given name that is no English noun, place or country (tyrone, ravi, Mariana; not india)."""
    from ledgerlm.ner.evidence import first_names, is_en_noun
    from ledgerlm.ner.features import fold, is_place1
    from ledgerlm.ner.lexicon import EN_AUX_WORDS, EN_NOT_NAMES

    folded = fold(word)
    if len(word) < 3 or is_en_noun(folded) or is_place1(folded) or word.capitalize() in EN_NOT_NAMES:
        return False
    if folded in _CAPS_VERBS or word.capitalize() in EN_AUX_WORDS or folded in ("can", "will", "may", "pls"):
        return False  # "india +91 98765 43210": a country names where the number is, not whose
    if word.upper() in _CAPS_CALENDAR:
        return False
    return folded in first_names()  # tyrone, ravi: a listed given name beside a number is the number's owner


def _trim_zh_name(name: str) -> str:
    if len(name) >= 3 and name[2] in _ZH_NAME_STOP:
        return name[:2]
    if len(name) >= 2 and name[1] in _ZH_NAME_STOP:
        return name[:1]
    return name


_TOKEN_WORDS = frozenset(
    ["Ether", "Ethereum", "Bitcoin", "Token", "Coin", "USD", "USDC", "USDT", "ETH", "BTC", "Dollar"]
)


_CAPS_VERBS = frozenset(
    ["will", "is", "are", "was", "were", "be", "been", "see", "sees", "saw", "say", "says", "said", "can", "may",
     "must", "shall", "would", "wants"]
)  # fmt: skip


# round 11: YAML and JSON blocks whose "name:" is a thing's (a token, a pool, a contract, a product), not a person's
_THING_KEY = re.compile(
    r"^[ \t]*[\"']?(?:token|tokens|pool|pools|asset|assets|contract|contracts|vault|vaults|market|markets|coin|chain|"
    r"network|project|app|product|products|strategy|protocol|dao|nft|collection|pair|fund|service|package|repo|"
    r"repository|job|task|step|model|dataset|table|bucket|queue|topic|env|environment|plan|tier|portfolio|wallet)"
    r"[\"']?\s*[:=]\s*[{\[]?\s*$",
    re.IGNORECASE,
)


def _thing_key_above(text: str, pos: int) -> bool:
    """Whether the cue at ``pos`` stands on an indented line under a key that names a thing ("pool:", "token:")."""
    line_start = text.rfind("\n", 0, pos) + 1
    indent = len(text[line_start:pos]) - len(text[line_start:pos].lstrip(" \t"))
    if indent == 0 or text[line_start:pos].strip():
        return False
    for line in reversed(text[: max(0, line_start - 1)].split("\n")):
        if not line.strip():
            continue
        if len(line) - len(line.lstrip(" \t")) < indent:
            return _THING_KEY.match(line) is not None
    return False


def _caps_titled(text: str) -> Iterator[Span]:
    """A name in capitals after a title in capitals: the first word (no English word unless a listed name), then the
    initials and the words that are no English word or are a common surname (``MR OKONKWO BEFORE 5PM`` -> OKONKWO,
    ``DR. JOHN A. SMITH``; ``MS TEAMS IS DOWN`` is no one)."""
    from ledgerlm.ner.evidence import first_names, surnames
    from ledgerlm.ner.features import fold, is_en_word
    from ledgerlm.ner.lexicon import EN_AUX_WORDS, EN_SURNAMES

    for m in EN_NAME_TITLE_CAPS.finditer(text):
        words = list(re.finditer(r"[A-Z][A-Z'’.-]*", m.group(1)))
        keep = 0
        for k, w in enumerate(words):
            word = w.group().rstrip(".")
            folded = fold(word)
            if word in _CAPS_NOT_NAMES:
                break
            if k == 0 and is_en_word(folded) and folded not in first_names() and folded not in surnames():
                break
            if k > 0 and (folded in _CAPS_VERBS or word.capitalize() in EN_AUX_WORDS):
                break
            if k > 0 and len(word) > 1 and is_en_word(folded) and word.capitalize() not in EN_SURNAMES:
                break
            keep = k + 1
        if keep:
            yield Span("NAME", m.start(1) + words[0].start(), m.start(1) + words[keep - 1].end())


# round 14: a whole message typed in capitals ("CALL MOHAMMED AL-RASHID ON +971…", "WIRE THE REFUND TO FATIMA
# AL-ZAHRANI TODAY"): no capital letter marks a name there, so the name lists do
_CAPS_WORD = re.compile(r"(?<![A-Za-z0-9'’-])[A-Z][A-Z'’-]*[A-Z](?![A-Za-z0-9'’-])")
_CAPS_CALENDAR = frozenset(
    re.findall(
        r"\S+",
        "MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST "
        "SEPTEMBER OCTOBER NOVEMBER DECEMBER TODAY TOMORROW TONIGHT NOW ASAP",
    )
)


def _shouted(text: str) -> bool:
    """Whether most of the message's words are in capitals: a shouted note, where every word is capitalised."""
    words = re.findall(r"[A-Za-z]{2,}", text)
    return len(words) >= 4 and sum(w.isupper() for w in words) >= 0.75 * len(words)


def _caps_name_word(word: str, first: bool) -> bool:
    """A word in capitals that is a name: the first a listed given name that is no English word or noun ("JOHN",
    "FATIMA"; not "GRACE", "MAY"), the next ones a listed surname, an Arabic al-/el- name or a word no list holds."""
    from ledgerlm.ner.evidence import first_names, is_en_noun, surnames
    from ledgerlm.ner.features import fold, is_en_word, is_place1

    folded = fold(word)
    if word in _CAPS_NOT_NAMES or word in _CAPS_CALENDAR or is_en_word(folded):
        return False
    if first:
        return folded in first_names() and not is_en_noun(folded) and not is_place1(folded)
    if re.fullmatch(r"(?:AL|EL)-[A-Z]{2,}", word) or folded in surnames():
        return True  # a listed surname may be a town as well (Bello, Colombia)
    return not is_en_noun(folded) and not is_place1(folded)


def _shouted_names(text: str) -> Iterator[Span]:
    """In a message typed in capitals, a listed given name and the surname words after it (one or two)."""
    if not _shouted(text):
        return
    words = list(_CAPS_WORD.finditer(text))
    k = 0
    while k < len(words) - 1:
        if not _caps_name_word(words[k].group(), first=True):
            k += 1
            continue
        last = k
        while (
            last + 1 < len(words)
            and last - k < 2
            and text[words[last].end() : words[last + 1].start()] == " "
            and _caps_name_word(words[last + 1].group(), first=False)
        ):
            last += 1
        if last > k:
            yield Span("NAME", words[k].start(), words[last].end())
        k = last + 1


# round 14: titles of nobility and their French and German forms before a name ("paddle 203 Lord Peregrine Ashcombe",
# "consigned by Count Ludovico Sforza", "Mme. Hélène Rousseau"); "Earl Grey", "Duke Energy", "Lady Luck" are things
EN_NOBLE_TITLE = re.compile(
    r"\b(?:Lord|Lady|Count|Countess|Baron|Baroness|Duke|Duchess|Earl|Viscount|Viscountess|Marquess|Marquis|"
    r"Marchioness|Dame|Mme\.?|Mlle\.?|Herr|Frau)\s+" + _EN_NAME
)


def _noble_titled(text: str) -> Iterator[Span]:
    """The name after a title of nobility: a listed given name or a word no dictionary or place list holds first,
    then the words up to the first ordinary word that is no listed surname."""
    from ledgerlm.ner.evidence import first_names, surnames
    from ledgerlm.ner.features import fold, is_en_word, is_place1

    def ordinary(word: str, listed: frozenset[str]) -> bool:
        folded = fold(word)
        return (is_en_word(folded) or is_place1(folded) or word in _EN_NOT_NAMES) and folded not in listed

    for m in EN_NOBLE_TITLE.finditer(text):
        words = list(re.finditer(r"\S+", m.group(1)))
        # an ordinary first word is a given name when a surname follows it ("Lord Peregrine Ashcombe")
        opens = not ordinary(words[0].group(), first_names()) or (
            len(words) >= 2 and not ordinary(words[1].group(), surnames())
        )
        keep = 1 if opens else 0
        while keep and keep < len(words) and not ordinary(words[keep].group(), surnames()):
            keep += 1
        # one word after a peer's title is a stage or story name ("Lady Gaga", "Count Dracula", "Lord Voldemort");
        # a courtesy title (Mme, Herr) takes a bare surname
        if keep == 1 and not re.match(r"M|Herr|Frau", m.group(0)):
            continue
        if keep:
            yield Span("NAME", m.start(1), m.start(1) + words[keep - 1].end())


# round 12: a passport or account form's name fields, in capitals or title case ("SURNAME: OKONKWO", "Given names:
# Chidi Emmanuel", "Nachname: MÜLLER"): the label says the value is a person's name, one word or several
_FORM_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’-]+"
_FORM_NAME_FIELD = re.compile(
    r"(?i:(?<![A-Za-z])(?:surname|last\s+name|family\s+name|given\s+names?|first\s+names?|fore\s*names?|"
    r"middle\s+names?|christian\s+names?|nachname|vorname|familienname|apellidos?|nombres?|pr[ée]noms?|cognome|"
    r"achternaam|voornamen?|efternamn|f[öo]rnamn|etternavn|fornavn))\s*[:：]\s*"
    r"(" + _FORM_WORD + r"(?:[ ]" + _FORM_WORD + r"){0,3})(?=[ \t]*(?:[\n,;|/]|$))"
)


def _form_name_fields(text: str) -> Iterator[Span]:
    """The value of a form's surname or given-name field, cut before the first word that is an English word and no
    listed name ("SURNAME: SEE PAGE 2" and "GIVEN NAMES: NONE" are no one)."""
    from ledgerlm.ner.evidence import first_names, surnames
    from ledgerlm.ner.features import fold, is_en_word

    for m in _FORM_NAME_FIELD.finditer(text):
        words = list(re.finditer(r"\S+", m.group(1)))
        keep = 0
        for w in words:
            folded = fold(w.group())
            if w.group() in _CAPS_NOT_NAMES or (
                is_en_word(folded) and folded not in first_names() and folded not in surnames()
            ):
                break
            keep += 1
        if keep:
            yield Span("NAME", m.start(1), m.start(1) + words[keep - 1].end())


def detect_name(text: str) -> Iterator[Span]:
    from ledgerlm.ner.evidence import ends_in_head, ordinary_run, titled_brand_zh
    from ledgerlm.ner.features import _phrase_spans
    from ledgerlm.privacy import names

    known = _phrase_spans(text)  # brand and place phrases ("Dr. Martens", "Jack Daniels"): no name after a title

    for start, end in names.tagged_names(text):
        yield Span("NAME", start, end)
    from ledgerlm.ner.hanzi import to_simplified

    simplified = to_simplified(text)  # 捐款人 許金龍: the surname list is simplified; same length, same offsets
    for m in (*ZH_NAME_CUES.finditer(simplified), *ZH_ROLE_CUES.finditer(simplified)):
        name = _trim_zh_name(m.group(1))
        if len(name) >= 2:
            yield Span("NAME", m.start(1), m.start(1) + len(name))
    for m in (*ZH_NAME_TITLE.finditer(simplified), *ZH_SPACED_TITLE.finditer(simplified)):
        if not titled_brand_zh(simplified, m.start(1), m.end()):  # 田老师红烧肉: a restaurant's brand, not a teacher
            yield Span("NAME", m.start(1), m.end(1))
    yield from _latin_titled_zh(simplified)
    yield from _dharma_names(simplified)
    yield from _hangul_names(text)
    yield from _names_by_phone(text)
    for m in EN_NAME_CAPS.finditer(text):
        words = [w.strip(",.") for w in m.group(1).split()]
        if not any(w in _CAPS_NOT_NAMES for w in words) and sum(len(w) >= 2 for w in words) >= 2:
            yield Span("NAME", m.start(1), m.end(1))
    yield from _caps_titled(text)
    yield from _shouted_names(text)
    yield from _noble_titled(text)
    yield from _form_name_fields(text)
    for pattern in (EN_NAME_CUES, EN_NAME_TITLE):
        for m in pattern.finditer(text):
            words = m.group(1).split()
            if pattern is EN_NAME_CUES and any(w.strip(".,") in _TOKEN_WORDS for w in words):
                continue  # "name: Wrapped Ether" in a token's YAML: a token, not a person
            if pattern is EN_NAME_CUES and _thing_key_above(text, m.start()):
                continue  # "pool:\n  name: Curve Tricrypto": the name of the thing the block describes
            while words and words[-1].rstrip(".") in _EN_NOT_NAMES:
                words.pop()
            if not words or words[0] in _EN_NOT_NAMES:
                continue
            if pattern is EN_NAME_CUES and re.match(r"(I am|I'm|this is)", m.group(0)) and len(words) < 2:
                continue  # "I am Happy" / "this is Bob"? keep only full names after weak cues
            if ends_in_head(" ".join(words)) or ordinary_run(" ".join(words)):
                continue  # "Dear Crypto Support", "Dear Valued Customer": a desk or a salutation, not a person
            if any(a <= m.start(1) < b for a, b in known):
                continue
            group, pos = m.group(1), 0
            for word in words:
                pos = group.index(word, pos) + len(word)
            yield Span("NAME", m.start(1), m.start(1) + pos)


# -- US SSN, passports, dates of birth: context decides, the shape only proposes ---------------------------------
SSN_DASHED = re.compile(_B + r"(\d{3})-(\d{2})-(\d{4})" + _E)
SSN_LOOSE = re.compile(_B + r"(\d{3})[\s-]?(\d{2})[\s-]?(\d{4})" + _E)
_SSN_CUE = re.compile(
    r"(ssn|soc\.?\s?sec\.?(?: number| no\.?| #)?|social(?: security)?(?: number| no\.?| #)?|社会安全号|社保号)"
    r"\W{0,6}(?:is\W{0,3}|是\W{0,2})?$",
    re.I,
)


def _ssn_valid(area: str, group: str, serial: str) -> bool:
    return area not in ("000", "666") and not area.startswith("9") and group != "00" and serial != "0000"


def detect_ssn(text: str) -> Iterator[Span]:
    for m in SSN_LOOSE.finditer(text):
        if not _ssn_valid(*m.groups()):
            continue
        cued = _SSN_CUE.search(text[max(0, m.start() - 30) : m.start()]) is not None
        if cued or (SSN_DASHED.fullmatch(m.group(0)) and not _looks_like_amount(text, m.start(), _digits(m.group(0)))):
            yield Span("SSN", m.start(), m.end())


PASSPORT = re.compile(
    r"(?<![0-9A-Za-z])(?:[A-Z]{1,2}\d{7,8}|[A-Z]{2}\d{6}|\d{9}|\d{2}[A-Z]{2}\d{5}|[A-Z]{3}\d{6}|(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{9})"
    r"(?![0-9A-Za-z])"
)
_PASSPORT_CUE = re.compile(r"(passport|pass no|reisepass|passeport|pasaporte|passaporto|paspoort|护照|護照)", re.I)
# round 15: eight digits right after the word (Israel, "passport 31884720"); "number" later in the sentence that
# named the passport ("the copy of passport of my husband …, number YB331872"); the next value of a list of them
# ("passports: Mateus Oliveira FZ482913, Larissa Costa GB715308")
PASSPORT_DIGITS8 = re.compile(r"(?<![0-9A-Za-z])\d{8}(?![0-9A-Za-z])")
_PASSPORT_NEAR = re.compile(r"(?:passport|护照|護照)(?:\s*(?:no\.?|number|#))?\s*[:：]?\s*$", re.I)
_NUMBER_WORD = re.compile(r"(?:number|no\.?|#|号码|號碼)\s*[:：]?\s*$", re.I)


def detect_passport(text: str) -> Iterator[Span]:
    last_end = -1
    for m in PASSPORT.finditer(text):
        window = text[max(0, m.start() - 32) : m.start()]
        cued = _PASSPORT_CUE.search(window) is not None or _passport_sentence(text, m.start())
        listed = (
            last_end >= 0 and m.start() - last_end <= 48 and not re.search(r"[.!?。\n]", text[last_end : m.start()])
        )
        if (cued or listed) and not _before_unit(text, m.end()):
            last_end = m.end()
            yield Span("PASSPORT", m.start(), m.end())
    for m in PASSPORT_DIGITS8.finditer(text):
        if _PASSPORT_NEAR.search(text, max(0, m.start() - 24), m.start()):
            yield Span("PASSPORT", m.start(), m.end())


def _passport_sentence(text: str, start: int) -> bool:
    """A number word right before the value, and a passport named earlier in the same sentence (80 characters)."""
    if not _NUMBER_WORD.search(text, max(0, start - 12), start):
        return False
    before = text[max(0, start - 80) : start]
    sentence = re.split(r"[.!?。\n](?:\s|$)", before)[-1]
    return _PASSPORT_CUE.search(sentence) is not None


# round 13: national identity numbers with no type of their own before: Brazil's CPF written 000.000.000-00 (its
# two mod-11 check digits must hold; a bare 11-digit run only after a CPF label) and India's Aadhaar, 12 digits in
# groups of four, first digit 2-9, only after an Aadhaar/UID label (12 digits are order numbers as often)
CPF_DOTTED = re.compile(_B + r"\d{3}\.\d{3}\.\d{3}-\d{2}" + _E)
CPF_BARE = re.compile(_B + r"\d{3}[.\s]?\d{3}[.\s]?\d{3}[-\s]?\d{2}" + _E)
_CPF_CUE = re.compile(r"\bCPF\b[^0-9\n]{0,16}$", re.I)
AADHAAR = re.compile(_B + r"[2-9]\d{3}[\s-]?\d{4}[\s-]?\d{4}" + _E)
_AADHAAR_CUE = re.compile(r"(aadhaa?r|\bUIDAI?\b|आधार)[^0-9\n]{0,20}$", re.I)


def detect_national_id(text: str) -> Iterator[Span]:
    """CPF and Aadhaar numbers (see the patterns above): a check digit or a label, never the bare shape alone."""
    for m in CPF_BARE.finditer(text):
        cued = _CPF_CUE.search(text[max(0, m.start() - 24) : m.start()]) is not None
        if validators.cpf_valid(m.group(0)) and (cued or CPF_DOTTED.fullmatch(m.group(0))):
            yield Span("NATIONAL_ID", m.start(), m.end())
    for m in AADHAAR.finditer(text):
        if _AADHAAR_CUE.search(text[max(0, m.start() - 28) : m.start()]):
            yield Span("NATIONAL_ID", m.start(), m.end())


_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
DATE = re.compile(
    r"(?<![0-9A-Za-z])(?:"
    r"(?:18|19|20)\d{2}\s?年\s?[01]?\d\s?月\s?[0-3]?\d\s?[日号]?"
    r"|(?:19|20)\d{2}[-/.][01]?\d[-/.][0-3]?\d"
    r"|[0-3]?\d[-/.][01]?\d[-/.](?:19|20)\d{2}|[01]?\d[-/.][0-3]?\d[-/.](?:19|20)\d{2}"
    r"|(?:the\s+)?" + _DAY + r"(?:\s+of)?\s+" + _MONTHS + r",?\s+(?:19|20)\d{2}"
    r"|" + _MONTHS + r"\s+" + _DAY + r",?\s+(?:19|20)\d{2}"
    r")(?![0-9])",
    re.I,
)
# only after a birth word: a two-digit year (生日：95年3月2日) and dates in Chinese numerals (一九八五年六月三日)
_ZH_NUM_DIGIT = "〇零一二三四五六七八九"
CUED_DATE = re.compile(
    r"(?<![0-9])\d{2}\s?年\s?[01]?\d\s?月\s?[0-3]?\d\s?[日号]?"
    r"|[" + _ZH_NUM_DIGIT + r"]{2,4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}[日号]?"
    # round 10c: a birth month with its year and no day (出生年月：1992年3月, "DOB: March 1992", "born 03/1992"),
    # only after a birth word: a month alone is a birth date only where a form asks for one
    r"|(?<![0-9])(?:18|19|20)\d{2}\s?年\s?[01]?\d\s?月(?!\s?[0-3]?\d)"
    r"|(?<![0-9]\s)(?<![0-9])(?<!of\s)(?<![A-Za-z])" + _MONTHS + r",?\s+(?:19|20)\d{2}(?![0-9])"
    r"|(?<![0-9/.-])(?:0?[1-9]|1[0-2])[/.-](?:19|20)\d{2}(?![0-9/.-])"
    # round 15: a two-digit year after a birth word ("dob 11/3/84")
    r"|(?<![0-9/.-])[0-3]?\d/[01]?\d/\d{2}(?![0-9/.-])",
    re.I,
)
# round 15: a Chinese lunar date with its year ("1939年腊月初八", "1950年正月十五"): birth dates of the elderly
# are written so; like any date, it is a birth date only with a birth word before or 生/出生 after
_LUNAR_DAY = (
    r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)"
)
LUNAR_DATE = re.compile(
    r"(?<![0-9])(?:18|19|20)\d{2}\s?年\s?(?:闰|閏)?(?:正|腊|臘|冬|[一二三四五六七八九十]|十[一二])月" + _LUNAR_DAY
)
# round 15: a birth date said in words ("the fourteenth of july nineteen ninety", "march third nineteen eighty-two"),
# only after a birth word like every cued date
_ORDINAL = (
    r"(?:(?:twenty|thirty)[- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
)
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]" + _UNITS + r")?"
_TEENS = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_SPOKEN_YEAR = (
    r"(?:nineteen|twenty)\s+(?:" + _TENS + r"|" + _TEENS + r"|oh\s+(?:one|two|three|four|five|six|seven|eight|nine))"
    r"|two\s+thousand(?:\s+and)?(?:\s+(?:one|two|three|four|five|six|seven|eight|nine|" + _TEENS + r"))?"
)
_MONTH_WORD = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
SPOKEN_DATE = re.compile(
    r"(?<![A-Za-z])(?:(?:the\s+)?(?:"
    + _ORDINAL
    + r")\s+(?:of\s+)?"
    + _MONTH_WORD
    + r"|"
    + _MONTH_WORD
    + r"\s+(?:the\s+)?(?:"
    + _ORDINAL
    + r"))"
    r",?\s+(?:" + _SPOKEN_YEAR + r")(?![A-Za-z])",
    re.I,
)
_DOB_HEADER = re.compile(r"^(?:dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|birthday|born|出生日期|生日|出生)$", re.I)
_DOB_BEFORE = re.compile(
    r"(born(?:\s+on)?|birth(?:day| date|date)?|b-?day|b'day|date of birth|d\.?o\.?b\.?|"
    r"n[ée]e?\s+le|geboren(?:\s+am)?|nacid[oa](?:\s+el)?|nat[oa]\s+il|"
    # the birth-date labels of European forms: German, Dutch, Spanish, French, Italian, Portuguese, Polish, Turkish,
    # Swedish, Danish/Norwegian, Finnish, Vietnamese
    r"geburtsdatum|geb\.|geboortedatum|fecha\s+de\s+nacimiento|date\s+de\s+naissance|data\s+di\s+nascita|"
    r"data\s+de\s+nascimento|data\s+urodzenia|urodzon[ya]|do[gğ]um\s+tarihi|f[öo]delsedatum|f[øo]dselsdato|"
    r"syntym[äa]aika|ng[àa]y\s+sinh|"
    r"生日|生辰|出生(?:日期|年月日|于|在)?|生于|诞生于?)"
    r"[^0-9\n]{0,14}$",
    re.I,
)
_DOB_AFTER = re.compile(r"^\s*(出生|生|born)")
# "dob is 4/7/1955 and mom's is 12 Dec 1958": a date listed right after a birth date is one too, unless a word of
# another event stands between (joined, expires, 签发)
_DOB_LIST_GAP = re.compile(r"^[\s,，、;；]*(?:and|&|和|及|以及|还有)?[^0-9\n.!?。！？]{0,16}$", re.I)
_OTHER_EVENT = re.compile(
    r"(join|creat|expir|exp\b|issu|valid|start|end|due|sign|到期|签发|有效|开始|结束|创建|注册)", re.I
)


def _table_dobs(text: str) -> Iterator[Span]:
    """The cells under a birth-date column of a pasted table (tabs, pipes or semicolons): "emp_id\tname\tdob" and
    then "1041\tVikram Raghavan\t1986-04-09"; the header says what the column holds."""
    lines = text.split("\n")
    for k, line in enumerate(lines[:-1]):
        sep = next((c for c in "\t|;" if c in line), None)
        if sep is None:
            continue
        heads = [cell.strip() for cell in line.split(sep)]
        cols = [i for i, cell in enumerate(heads) if _DOB_HEADER.match(cell)]
        if not cols:
            continue
        offset = sum(len(x) + 1 for x in lines[: k + 1])
        for row in lines[k + 1 :]:
            cells, pos = row.split(sep), offset
            for i, cell in enumerate(cells):
                value = cell.strip()
                if i in cols and value and DATE.fullmatch(value):
                    at = pos + cell.index(value)
                    yield Span("DOB", at, at + len(value))
                pos += len(cell) + 1
            offset += len(row) + 1
        return


def detect_dob(text: str) -> Iterator[Span]:
    yield from _table_dobs(text)
    written = (*DATE.finditer(text), *LUNAR_DATE.finditer(text))
    cued_only = (*CUED_DATE.finditer(text), *SPOKEN_DATE.finditer(text))
    dates = sorted([(m.start(), m.end(), True) for m in written] + [(m.start(), m.end(), False) for m in cued_only])
    last_end = -1
    for start, end, plain in dates:
        before = text[max(0, start - 24) : start]
        cued = _DOB_BEFORE.search(before) is not None
        after = plain and _DOB_AFTER.match(text[end : end + 4]) is not None
        gap = text[last_end:start] if last_end >= 0 else ""
        listed = last_end >= 0 and _DOB_LIST_GAP.match(gap) is not None and not _OTHER_EVENT.search(gap)
        if cued or after or (plain and listed):
            last_end = end
            yield Span("DOB", start, end)


DETECTORS: dict[PiiType, Callable[[str], Iterator[Span]]] = {
    "EMAIL": detect_email,
    "CN_ID": detect_cn_id,
    "IBAN": detect_iban,
    "CARD": detect_card,
    "IP": detect_ip,
    "PHONE": detect_phone,
    "NATIONAL_ID": detect_national_id,
    "ADDRESS": detect_address,
    "NAME": detect_name,
    "SSN": detect_ssn,
    "PASSPORT": detect_passport,
    "DOB": detect_dob,
}


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Hex strings (Ethereum addresses, hashes, calldata) that no PII detector may claim."""
    return [(m.start(), m.end()) for m in PROTECTED.finditer(text)]
