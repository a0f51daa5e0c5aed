"""Slot extraction for the assistant's intents: token, amount, recipient, counter_token.

Conventions: ``token`` is the asset acquired for ``buy`` and given up for ``sell``; ``counter_token`` is the other
side of a swap. A swap into a stablecoin is a ``sell`` of the other asset, a swap out of one is a ``buy``. The
``amount`` is always an amount *of* ``token``: in "use 500 USDC to buy some UNI" the 500 is USDC, so no amount is
reported. For explain / create_contract / other nothing is read from numbers or addresses (a contract request or
an address to explain is not a payment), and info only names a token when a known one is mentioned.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import replace
from decimal import Decimal
from typing import Any, NamedTuple

from ledgerlm.errors import InputError
from ledgerlm.language.addresses import find_addresses
from ledgerlm.language.durations import find_durations
from ledgerlm.language.numbers import NumberMatch, find_numbers
from ledgerlm.language.tokens import TokenMatch, canonical_token, find_tokens, is_stablecoin, known_sym

__all__ = [
    "INTENTS",
    "accounted_numbers",
    "amount_tokens",
    "extract_slots",
    "recipient_of",
    "slot_evidence",
    "swap_direction",
]

INTENTS: tuple[str, ...] = (
    "buy",
    "sell",
    "hold",
    "dividend",
    "info",
    "transfer",
    "balance",
    "price",
    "deposit",
    "withdraw",
    "borrow",
    "repay",
    "create_contract",
    "explain",
    "risk",
    "other",
)
_NO_SLOTS = frozenset({"explain", "create_contract", "other"})
_TOKEN_ONLY = frozenset({"hold", "balance", "price", "risk", "dividend", "info"})
_MONEY = frozenset({"buy", "sell", "transfer", "deposit", "withdraw", "borrow", "repay"})

# "X to Y" directions: the first group is given up, the second acquired
_SWAP_PATTERNS: tuple[str, ...] = (
    r"(?:use|using|with|spend|pay)\s+(?P<given>.+?)\s+(?:to\s+)?(?:buy|get|purchase|acquire)\s+(?P<got>.+)",
    r"(?:buy|get|purchase|acquire)\s+(?P<got>.+?)\s+(?:with|using|for|from)\s+(?P<given>.+)",
    r"(?:swap|convert|exchange|change|trade|turn|sell|flip|switch|rotate)\s+(?P<given>.+?)\s+(?:to|for|into)\s+(?P<got>.+)",
    r"(?:用|花|拿)\s*(?P<given>.+?)\s*(?:买|购买|换|兑换|换成)\s*(?P<got>.+)",
    r"把?\s*(?P<given>.+?)\s*(?:换成|兑换成|转换成|换|兑换为|卖成)\s*(?P<got>.+)",
    # "卖 ETH 买 SOL", "sell my uni and buy arb": one token sold for the other
    r"(?:sell|dump|卖掉?|卖出|抛掉?)\s*(?P<given>.+?)\s*(?:[,，]\s*|\band\s+|\bto\s+|\bthen\s+)?"
    r"(?:buy|买入?|换成?)\s*(?P<got>.+)",
    # "spend 750 usdc on link", "put 1k usdt into arb", "throw 200 dai at pepe": money put *into a token*
    r"(?:spend|put|throw|invest|drop|dump|park)\s+(?P<given>.+?)\s+(?:on|into|in|at)\s+(?P<got>.+)",
    # "buy 2.5k usdc worth of eth", "grab $50 of sol": a value in dollars, of the token after it
    r"(?:buy|get|grab|purchase)\s+(?P<given>.+?)\s+(?:worth\s+)?of\s+(?P<got>.+)",
)
_SWAP_PATTERNS = (
    *_SWAP_PATTERNS,
    # "purchase 12 AAVE for me please, paying with eth": the token paid with, said after the order
    r"(?:buy|get|purchase|purchace|grab)\s+(?P<got>.+?)[,\s]+(?:paying|pay|paid)\s+(?:with|in|using)\s+(?P<given>.+)",
    # Malay "pakai 200 USDC beli ARB", "guna USDT untuk beli SOL": the token used (pakai / guna) pays for the one
    # bought (beli)
    r"\b(?:pakai|guna(?:kan)?)\s+(?P<given>.+?)\s+(?:untuk\s+|nak\s+|utk\s+)?(?:beli|membeli)\s+(?P<got>.+)",
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: patterns whose "given" side must be a stablecoin (a dollar value): "buy 2 eth worth of sol" is no such reading
_STABLE_GIVEN = frozenset({6, 7})
_KIN_EARLY = (
    "grandma|grandpa|granny|gf|bf|bestie|fiance|fiancee|coworker|stepmom|stepdad|grandson|granddaughter|friend|brother|sister|mom|mum|dad|mother|father|wife|husband|colleague|boss|son|daughter|partner|cousin|"
    "uncle|aunt|landlord|buddy|roommate|flatmate|girlfriend|boyfriend|niece|nephew|"
    # a gamer's or a workmate's word before the name ("to my guildmate xXSniperXx", "to my teammate Kofi")
    "guildmate|teammate|clanmate|squadmate|duo|pal|homie|mate"
)
_RECIPIENT_EN = re.compile(
    r"(?:\b(?:(?:to|for)\s+(?:my\s+(?:" + _KIN_EARLY + r")\s+)?|pay\s+)|(?:→|->|=>)\s*)(?P<p>0[xX][0-9a-fA-F]{40}|"
    # a verb after "to" ("instruct the assistant to remit the sum ... to Ms. Achterberg") is never the payee
    r"(?!(?:for|as|and|then|now|please|pls|asap|today|tomorrow|tonight|with|because|so|to|in|on|at|remit|send|pay|"
    r"transfer|wire|give|tip|forward|move|settle)\b)"
    r"@?[A-Za-z][\w.\-]{0,62}(?:'(?!s\b)[A-Za-z][\w\-]*)?(?!\w|'(?!s\b)\w)|"
    r"[阿老小][A-Z][A-Za-z]{1,15}(?![\w'])|"  # "to 阿Ken": a Cantonese or HK name, 阿 and a Latin given name
    r"[\u4e00-\u9fff]{1,3}(?=\s|$|[，,。.!?！？]))",
    re.I,  # "PAY 75 USDC TO KAREN"
)
_KIN = (
    r"grandma|grandpa|granny|gf|bf|bestie|fiance|fiancee|coworker|stepmom|stepdad|grandson|granddaughter|friend|brother|sister|mom|mum|dad|mother|father|wife|husband|colleague|boss|son|daughter|partner|cousin|"
    r"uncle|aunt|landlord|buddy|bro|sis|roommate|flatmate|girlfriend|boyfriend|niece|nephew|neighbou?r"
)
_RECIPIENT_EN_DATIVE = re.compile(
    r"\b(?:send|give|transfer|wire|tip|pay|venmo|zelle|paypal|cashapp|revolut)\s+(?:my\s+(?:" + _KIN + r")\s+)?"
    # "send auntie mei 30 usdt", "pay coach dan 20 usdc": a kin word or title before a lower-case name
    r"(?P<p>(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|uncle|aunt|auntie|aunty|cousin|grandma|grandpa|granny|coach|pastor)\.?\s+"
    r"(?!(?:like|about|around|maybe|roughly|approx|exactly|just|another|only|some|half|a)\b))?@?[A-Za-z][\w.\-]{0,30}(?:'(?!s\b)[A-Za-z][\w\-]*)?(?-i:\s+[A-Z][a-z][\w'\-]*){0,2}|"
    r"[\u4e00-\u9fff]{1,4})"
    r"(?=\s+(?:(?:like|about|around|maybe|roughly|approx(?:imately)?|exactly|just|another|only)\s+)?"
    r"(?:\d|\$|\.\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|some|half)\b|a\s))",
    re.I,
)
#: "to: dave", "recipient = 0x...", "收款人：老王": a recipient written as a field
_RECIPIENT_FIELD = re.compile(
    r"(?:(?:\bto|\brecipient|\bpayee)\s*[:：=]|(?:收款人|收款方|接收人|收款地址)\s*[:：=]?)\s*"
    r"(?P<p>0[xX][0-9a-fA-F]{40}|@?[A-Za-z][\w.\-]{0,30}|[\u4e00-\u9fff]{1,4})",
    re.I,
)
#: a kin word before the name in Chinese ("给妹妹小雪打", "给我表哥阿杰转"): the name is the recipient
_KIN_ZH = (
    r"妹妹|姐姐|哥哥|弟弟|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|朋友|同事|老婆|老公|儿子|女儿|侄子|侄女|外甥|外甥女|"
    r"室友|同学|老板|爸爸|妈妈|老爸|老妈|舅舅|叔叔|阿姨|姑姑|邻居|房东|闺蜜|兄弟|发小"
)
#: a work role before the name ("给车队调度老周", "转给司机阿强", "俾攝影師阿詩"): dropped, the name is the payee
_ROLE_ZH = (
    # (each character in either script: the simplified reading leaves some traditional ones, "攝影师")
    r"(?:[车車][队隊]|公司|店[里裡]|工地)?\s*(?:[调調]度|司[机機]|[会會][计計]|客[户戶]|[师師]傅|[员員]工|[设設][计計][师師]|"
    r"[摄攝]影[师師]|[录錄]影[师師]|助理|秘[书書]|[经經]理|主管|保安|保姆)"
)
_RECIPIENT_ZH_KIN = re.compile(
    r"(?:转给|打给|发给|转账给|汇给|付给|给|給|俾|畀)\s*(?:我的?)?(?:" + _KIN_ZH + r"|" + _ROLE_ZH + r")\s*"
    r"(?P<p>(?:(?![转轉打发發汇匯付给給俾])[\u4e00-\u9fff]){2,3}?|[A-Z][\w.\-]{0,30})"
    r"(?=\s|\d|[啊呀吧啦哦喔嘛咯喇]|转|轉|打|发|發|汇|匯|付|[，,。…；;!！?？]|$|[一二两三四五六七八九十半])"
)
#: the compound surnames of Chinese (欧阳, 上官, 司马, 诸葛 ...): with a given name of two characters the payee has
#: four ("给欧阳娜娜转", "转给上官婉儿"), one more than a name of a single-character surname
_COMPOUND_SURNAME = (
    r"欧阳|歐陽|上官|司马|司馬|诸葛|諸葛|慕容|司徒|东方|東方|令狐|皇甫|尉迟|尉遲|公孙|公孫|长孙|長孫|宇文|夏侯|轩辕|軒轅|"
    r"端木|独孤|獨孤|南宫|南宮|西门|西門|百里|澹台|闻人|聞人|乐正|樂正|司空|呼延|纳兰|納蘭|拓跋|申屠|太史|钟离|鍾離|赫连|"
    r"赫連|公羊|濮阳|濮陽|淳于|万俟|萬俟"
)
#: the surname and a given name of one or two characters that are no verb of sending ("欧阳娜娜", never "欧阳转")
_COMPOUND_NAME = r"(?:" + _COMPOUND_SURNAME + r")(?:(?![转轉打发發汇匯付给給俾的])[\u4e00-\u9fff]){1,2}?"
_RECIPIENT_ZH = re.compile(
    r"(?:转给|打给|发给|转账给|汇给|付给|给|給|俾|畀)\s*(?:(?:那个|那個|这个|這個|就是说?|嗯+)\s+)?(?P<p>0[xX][0-9a-fA-F]{40}|[阿老小][A-Z][A-Za-z]{1,15}|[A-Za-z][\w.\-]{0,30}|"
    + _COMPOUND_NAME
    + r"|[\u4e00-\u9fff]{1,3}?)"
    r"(?=\s|\d|转|轉|打|发|發|汇|匯|付|[，,。…；;!！?？]|$|[A-Za-z]|[一二两三四五六七八九十半])"
)
_NOT_RECIPIENTS = frozenset(
    {
        # a voice-to-text filler ("转 300 U 给那个 小张" without its space): "that one", never the payee
        "那个",
        "那個",
        "这个",
        "這個",
        # protocols ("move 500 usdc from aave to compound"): a place money goes, never a payee
        "aave",
        "compound",
        "lido",
        "curve",
        "uniswap",
        "maker",
        "vault",
        # what a payment is for ("pay rent 1200 usdc to landlord", "pay bills 50 usdt"): never the payee
        "rent",
        "bills",
        "bill",
        "invoice",
        "tax",
        "taxes",
        "fees",
        "fee",
        "tuition",
        "salary",
        "wages",
        "me",
        "my",
        "myself",
        # possessives ("to our lawyer Mrs. Chen"): the payee is the name after them, never the word itself
        "our",
        "your",
        "his",
        "their",
        "the",
        "a",
        "an",
        "buy",
        "sell",
        "earn",
        "get",
        "it",
        "them",
        "this",
        "that",
        "wallet",
        # how often ("to my dad every month", "to kim twice"): never the payee's name
        "every",
        "each",
        "daily",
        "weekly",
        "monthly",
        "once",
        "twice",
        "thrice",
        "yield",
        "lending",
        "pool",
        "savings",
        "exchange",
        "account",
        "我",
        "我的",
        "自己",
        "钱包",
        "交易所",
        "stake",
        "staking",
        "cash",
        "usd",
        "fiat",
        # verbs and pronouns after "to" ("how to send 5 usdc", "to whom") are never a recipient's name
        "send",
        "transfer",
        "pay",
        "swap",
        "withdraw",
        "deposit",
        "receive",
        "check",
        "see",
        "do",
        "make",
        "bridge",
        "lend",
        "borrow",
        "repay",
        "claim",
        "move",
        "wire",
        "tip",
        "give",
        "whom",
        "who",
        "put",
        "spend",
        "invest",
        "use",
        "help",
        "know",
        "be",
        "have",
        "go",
        "keep",
        "hold",
        "ask",
        "start",
        "try",
        "someone",
        "somebody",
        "him",
        "her",
        "us",
        "you",
        "acquire",
        "purchase",
        "obtain",
        "own",
        "grab",
        "trade",
        "learn",
        "understand",
        "find",
        # chat's words for when and thanks after a payee ("to my landlord rn"): never a name
        "rn",
        "asap",
        "now",
        "today",
        "tomorrow",
        "tonight",
        "tmr",
        "tmrw",
        "plz",
        "pls",
        "please",
        "thx",
        "ty",
        "lol",
        "tho",
        "btw",
        # hedges and fillers of spoken requests ("transfer like 100 DAI to, um, Priya"): never a payee's name
        "like",
        "about",
        "around",
        "maybe",
        "roughly",
        "just",
        "only",
        "exactly",
        "some",
        "um",
        "umm",
        "uh",
        "uhh",
        "er",
        "erm",
        "hmm",
    }
)
#: "all", "everything", 全部, "全卖了": the whole balance (read for intents that accept it, planned from the balance)
ALL_WORDS = re.compile(
    r"\ball\b|\beverything\b|\b(?:my|the|our)\s+(?:whole|entire)\b|\b(?:completely|entirely|in\s+full)\b|"
    # "dump every last doge i own", "every single pepe i have", "sell every bit of my shib"
    r"\bevery\s+(?:last|single)\b|\bevery\s+bit\s+of\b|\beach\s+and\s+every\b|\bthe\s+(?:whole\s+)?lot\b|"
    # "withdraw the entirety of my DAI deposit"
    r"\b(?:the\s+)?entirety\s+of\b|"
    # "withdraw whatever usdc i have in aave", "sell whatever is left"
    r"\bwhatever\s+(?:\w+\s+){0,2}?(?:i\s+have|i'?ve\s+got|i\s+got|is\s+left|remains|there\s+is)\b|"
    r"一\s*(?:个|点|分|毛|枚)?\s*不(?:剩|留)|"
    # 卖光 (Cantonese 沽晒 reads as it): all of it; "还清我的 USDC 借款", "結清貸款": a debt paid off is the whole of it
    r"全部|所有|全都|统统|清仓|一把梭|(?:还|還|结|結|付|偿|償)清|(?<=[卖取提还抛换转清])光|"
    # Cantonese 晒 after the verb ("提晒", "還晒", "沽 晒"): all of it (never 晒太阳, 晒单: no verb of money before it)
    r"(?<=[卖賣取提还還抛拋换換转轉清沽攞拿拎撤赎贖出])\s?晒|"
    # "settle my loan fully", "fully repay the dai", "pay it off fully": a debt or a position closed whole
    # (never "pay bob fully": a payment to a person is no debt, and all of a balance is never sent on a guess)
    r"\bfully\s+(?:repay|pay\s+off|settle|clear|withdraw|unstake|redeem|exit|close)\b|"
    r"\b(?:repay|pay\s+off|paid\s+off|settle|clear|withdraw|unstake|redeem|exit|close)\b[^.,;!?]{0,30}?\bfully\b|"
    r"(?<![安完健齐周保])全(?=[卖取还转提换存清抛出割])",
    re.IGNORECASE,
)


#: "把我存的 ETH 都取出来", "把 DOGE 都卖了": 都 in a 把 sentence before the verb is "all of it"
_BA_DOU = re.compile(r"把[^，,。;；]{1,24}?都\s*(?:给我\s*)?(?:卖|取|提|还|转|换|存|清|拿|出|撤|赎|抛|割|质押)")


def wants_all(text: str) -> bool:
    """The user asks for the whole balance ("sell all my SOL", "把 SOL 全卖了", "全部取出来")."""
    return bool(ALL_WORDS.search(text or "") or _BA_DOU.search(text or ""))


#: a title before a name ("Dr. Patel"): the name is the title and the word after it
_TITLE = re.compile(r"(?:dr|mr|mrs|ms|miss|prof|sir|madam)\.?", re.IGNORECASE)
_TITLED_NAME = re.compile(
    r"\s+(?P<n>[A-Z][\w'\-]+|(?!(?:for|and|then|now|please|pls|plz|asap|today|tomorrow|tonight|the|a|an|with|on|at|"
    r"via|back|too|also|plus|but|or|if|so|because|thanks|thx|ty|in|from|by|to|of|when|after|before|again)\b)"
    r"[a-z][a-z'\-]{1,30}\b)|\s*(?P<zh>[\u4e00-\u9fff]{1,3}?)(?=\s|$|[，,。!?！？]|\d|转|打|发|汇|付|的)"
)
#: a firm's name goes on past the first word ("Hart & Sons Ltd", "Globex Corp.")
#: the further words of a capitalised name ("John Smith", "Lakeside Dental", "Dr. Anand Rao"): capitalised words
#: that are no sentence word, weekday or ticker in capitals (the firm's legal suffix is ``_FIRM_TAIL``'s)
_NAME_WORDS = re.compile(
    r"(?:\s+(?!(?:Please|Pls|Thanks|Thank|Today|Tomorrow|Tonight|Now|Asap|For|And|Then|On|At|Via|The|From|With|In|"
    r"By|To|Also|Plus|But|Or|If|So|Because|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Cheers|"
    r"Thx|Ty|Okay|Ok|Ltd|Inc|Co|Corp|Llc|Gmbh|Plc|Llp|Bros|Pty|Pte|Sdn|Bhd|Limited|Sp)\b)[A-Z][a-z][\w'\-]*){1,2}"
)
#: a firm's legal form, in the spellings of many countries ("Ltd.", "Sp. z o.o.", "S.A.", "Pty Ltd", "Sdn Bhd"): the
#: name is cut after "Sons" or "Bros" without it, and a cut name pays somebody else
_LEGAL_FORM = (
    r"(?:Ltd|Limited|Inc|LLC|Co|Corp|GmbH|PLC|LLP|LP|Bros|Pty|Pte|Sdn\.?\s+Bhd|Bhd|AG|KG|BV|NV|SAS|SARL|SpA|Srl|Oy|AB|"
    r"AS|ApS|KK|Sp\.?\s*z\s*o\.?\s*o|S\.\s?A|S\.\s?A\.\s?S|B\.\s?V|N\.\s?V|S\.\s?r\.\s?l|S\.\s?p\.\s?A|K\.\s?K)"
)
_FIRM_TAIL = re.compile(
    r"(?:\s*(?:&|and)\s+(?:" + _LEGAL_FORM + r"\b\.?|[A-Z][\w'\-]*))+"
    r"(?:(?:,?\s+|\.\s*)" + _LEGAL_FORM + r"(?![\w'])\.?)*|"
    r"(?:(?:,?\s+|\.\s*)" + _LEGAL_FORM + r"(?![\w'])\.?)+"  # "Ridgeway Capital Partners, LLC", "Bros. Ltd."
)


def legal_form(words: str) -> bool:
    """``words`` are only a firm's legal form ("Sp. z o.o.", "Bros. Ltd.", ", LLC"): part of the payee's name, which
    a reading that stops before them (the name tagger's) does not contradict."""
    words = words.rstrip()
    if not words.strip():
        return False
    return _FIRM_TAIL.fullmatch(words if words[:1] in " ,." else " " + words) is not None


#: a kin word used as a title before a lower-case name ("uncle raj", "auntie mei", "cousin jo"): the whole address
_KIN_TITLE = frozenset(
    {"uncle", "aunt", "auntie", "aunty", "grandma", "grandpa", "granny", "cousin", "coach", "pastor", "captain",
     "officer", "nurse", "teacher", "doctor", "professor", "judge", "chef"}
)  # fmt: skip
_KIN_TITLED = re.compile(
    r"\s+(?!(?:for|and|then|now|please|pls|plz|asap|today|tomorrow|tonight|the|a|an|with|on|at|via|back|too|also|"
    r"plus|but|or|if|so|because|thanks|thx|ty|in|from|by|to|of|when|after|before|again|real|quick)\b)"
    r"(?P<n>[A-Za-z][a-z'\-]+)\b"
)


def _attached(text: str, n: NumberMatch, tokens: list[TokenMatch]) -> TokenMatch | None:
    for t in tokens:
        if t.start >= n.end and re.fullmatch(r"\s*(?:个|枚|颗|块|份)?\s*", text[n.end : t.start]):
            return t
        if t.end <= n.start and t.text.startswith("$") and not text[t.end : n.start].strip():
            return t
    for t in tokens:  # "买入ARB 一千五百个": the token, then its count with a measure word
        if t.end <= n.start and not text[t.end : n.start].strip() and re.match(r"\s*(?:个|枚|颗)", text[n.end :]):
            return t
    return None


def _counted_after(text: str, n: NumberMatch, tokens: list[TokenMatch]) -> TokenMatch | None:
    """The token a number counts through "of my" ("5,000 of my ARB holdings"), when nothing else stands between."""
    nxt = next((t for t in tokens if t.start >= n.end), None)
    if nxt is None or not _OF_MY.fullmatch(text[n.end : nxt.start]):
        return None
    return nxt if not re.search(r"\d", text[n.end : nxt.start]) else None


# "half an eth", "半个 ETH": one half of one token (never "half my link", a share of a holding: no amount)
_HALF_ONE = re.compile(r"\bhalf\s+an?\b(?=\s+\S)|(?<![\d零一二两三四五六七八九十百千万个枚])半(?=\s*(?:个|枚))", re.I)
# "a quarter of an eth", "a quarter eth": a quarter of one token (never "a quarter of my eth": a share, asked)
_QUARTER_ONE = re.compile(r"\b(?:a|one)\s+quarter\s+(?:of\s+an?\s+|(?!of\b))(?=[^\W\d])", re.I)
# "一个半 ETH", "2个半": N and a half (the number grammar reads only the N)
_AND_HALF = re.compile(r"\s*(?:个|枚)半")


def _plain_numbers(text: str) -> list[NumberMatch]:
    """The quantities of ``text`` (a fresh list: the matches themselves are frozen)."""
    return list(_plain_numbers_of(text))


@functools.lru_cache(maxsize=64)
def _plain_numbers_of(text: str) -> tuple[NumberMatch, ...]:
    """Memoised: the slot parser and the second reading (``accounted_numbers``) read the same message."""
    return tuple(_read_plain_numbers(text))


#: a decimal comma no other reading fits: a zero before it ("0,5 eth": nobody writes 5 as "05") or two digits after
#: it ("12,50 DAI", "250,75": cents; a thousands comma stands three digits from the end). "2,5" stays asked (2.5 or
#: a slip for 25?), as ``language.numbers`` reads it
_DECIMAL_COMMA = re.compile(r"(?:0,\d{1,8}|[1-9]\d{0,2},\d{2})")


def _decimal_commas(text: str) -> list[NumberMatch]:
    """The ambiguous numbers of ``text`` that are decimal commas beyond doubt (``_DECIMAL_COMMA``), read as such;
    none where the text also groups thousands with commas or writes a decimal point (two conventions at once)."""
    if re.search(r"\d,\d{3}(?!\d)|\d\.\d", text):
        return []
    return [
        replace(n, readings=(), form="decimal comma")
        for n in find_numbers(text, include_flagged=True)
        if n.form == "ambiguous" and _DECIMAL_COMMA.fullmatch(n.text) and n.ignored is None and n.error is None
    ]


def _read_plain_numbers(text: str) -> list[NumberMatch]:
    numbers = find_numbers(text)
    if "," in text:
        numbers = sorted([*numbers, *_decimal_commas(text)], key=lambda n: n.start)
    if _CJK.search(text):
        numbers = sorted([*numbers, *_glued_counts(text)], key=lambda n: n.start)
    durations = find_durations(text, numbers)
    addrs = find_addresses(text, strict=False)
    plain = [
        n
        for n in numbers
        if not n.percent
        and not any(d.start <= n.start < d.end for d in durations)
        and not any(a.start <= n.start < a.end for a in addrs)
        and not _in_fraction(text, n)
        and not (n.text == "2" and any(m.start() < n.start < m.end() for m in _TWO_FOR_TO_VERB.finditer(text)))
        and not any(m.start() <= n.start < m.end() for m in _NONE_LEFT.finditer(text))
        and not (n.text == "一" and _ONE_IN_WORD.match(text, n.end))
        and not _vague(text, n)
        and not _THRESHOLD_BEFORE.search(text[: n.start])
    ]
    if plain:
        tokens = find_tokens(text, unknown_tickers=False, colloquial=True)
        plain = [n for n in plain if n.form == "glued" or not is_reference(text, n, tokens)]
    if len(plain) > 1:  # "2026年1月5号买的 ETH 现在要卖 1 个", "on march 3": a date's numbers are no amount
        days = _date_spans(text)
        plain = [n for n in plain if not any(a <= n.start < b for a, b in days)] if days else plain
    return _halves(text, plain, [(n.start, n.end) for n in numbers])


#: the word that names a thing by its number ("order 55123", "table 12", "订单号 88231", "电话 138..."): an
#: identifier, never an amount
_REFERENCE_BEFORE = re.compile(
    r"(?:(?<![\w])#|\b(?:order|invoice|ref(?:erence)?|ticket|case|table|room|flat|apt|apartment|suite|seat|gate|"
    r"platform|flight|phone|tel|mobile|cell|whatsapp|id|acct|booking|confirmation|tracking|pin|otp|code|"
    r"extension|ext)\.?(?:\s*(?:no\.?|number|num|id|#))?\s*[:#]?\s*|"
    r"(?:订单号?|单号|编号|工号|发票号?|流水号|房间?号?|桌号?|座位号?|电话|手机号?|号码|验证码|尾号|卡号|账号|航班号?|"
    r"门牌号?|工单号?)\s*(?:是|为)?\s*[:：#]?\s*)$",
    re.IGNORECASE,
)
#: a price or a holding a condition names ("if i have more than 2 eth left sell 1", "ETH 跌破 2000 就买 2 个", "when
#: btc hits 100k"): a threshold, never the amount of the order
_THRESHOLD_BEFORE = re.compile(
    r"(?:\b(?:more|less|fewer|greater|lower|higher)\s+than|\bat\s+(?:least|most)|\babove|\bbelow|\bunder|\bbeneath|"
    r"\bhits?|\bhitting|\breach(?:es|ing)?|\bexceeds?|\bcross(?:es)?|\bbreaks?|"
    r"\b(?:drops?|dips?|falls?|goes|gets?|rises?|climbs?|pumps?|dumps?|crashes)\s+(?:back\s+)?(?:to|below|under|above|"
    r"over|past|down\s+to|up\s+to)|"
    r"超过|低于|高于|少于|多于|大于|小于|跌到|跌破|跌至|跌回|涨到|涨破|涨至|涨回|突破|不到|不超过|至少|最多|到达|达到)"
    r"\s*(?:\$\s*)?$",
    re.IGNORECASE,
)
#: digits that continue a code of letters ("INV-2026-0045", "PO#A12-77", "SKU12"): part of an identifier, never an
#: amount (the code's letters are written onto the digits, with no space)
_CODE_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,8}[-_/]?(?:\d+[-_/])*$")
#: a long run of digits with nothing between them (a phone number, an order id: "13812345678")
_LONG_DIGITS = re.compile(r"\d{9,}")
#: "几百", "好几千", "数十", "上百": an unsaid count of hundreds; "一百多", "十几个", "200ish": more than so many, or
#: about (the round "一百来个" reads as 100, as the earlier sets label it)
_VAGUE_BEFORE = re.compile(r"(?:几|数|好几|上)$")
_VAGUE_AFTER = re.compile(r"(?:多(?!少)|几|余)|-?ish\b", re.IGNORECASE)


def _date_spans(text: str) -> list[tuple[int, int]]:
    """Where the calendar dates of ``text`` stand (``language.dates``; only the spans are used, so the day they
    resolve to does not matter)."""
    from datetime import date

    from ledgerlm.language.dates import find_dates

    try:
        return [(d.start, d.end) for d in find_dates(text, date(2026, 1, 1))]
    except Exception:  # noqa: BLE001 - an unreadable date leaves its numbers as they are
        return []


def _vague(text: str, n: NumberMatch) -> bool:
    """``n`` is said only roughly ("几百块", "一百多 U", "1k-ish doge"): no amount, asked."""
    if _VAGUE_AFTER.match(text, n.end):
        return True
    return n.text[:1] in "十百千万亿" and bool(_VAGUE_BEFORE.search(text[: n.start]))


def is_reference(text: str, n: NumberMatch, tokens: list[TokenMatch] | None = None) -> bool:
    """``n`` identifies something ("order 55123", "table 12", "订单号 88231", a phone number "13812345678"), unless
    a token is written with it ("order 5 sol" orders)."""
    named = _REFERENCE_BEFORE.search(text[: n.start]) is not None or _CODE_BEFORE.search(text[: n.start]) is not None
    if not named and not _LONG_DIGITS.fullmatch(n.text):
        return False
    if tokens is None:
        tokens = find_tokens(text, unknown_tickers=False, colloquial=True)
    return _attached(text, n, tokens) is None


#: "一个不剩", "一点不留": nothing left over, i.e. all of it (the 一 is no amount)
#: "一" as part of a word ("先还一部分", "一些", "卖一下", "一次性还清"): no count of one
_ONE_IN_WORD = re.compile(r"部分|些|下(?!\s*(?:个|枚))|起|共|直|样|定|般|切|旦|边|会儿|律|致|并|同|口气|次性")
_NONE_LEFT = re.compile(r"一\s*(?:个|点|分|毛|枚)?\s*不(?:剩|留)")


def _in_fraction(text: str, n: NumberMatch) -> bool:
    """ "sell 1/2 of my sol", "3/4 of my eth", "12/25": a number on either side of a slash between digits is a share
    or a date, never an amount (left out, so the assistant asks how much)."""
    return bool(re.match(r"\s*/\s*\d", text[n.end :]) or re.search(r"\d\s*/\s*$", text[: n.start]))


def _halves(text: str, numbers: list[NumberMatch], taken: list[tuple[int, int]]) -> list[NumberMatch]:
    """The halves the number grammar leaves to the sentence: "half an eth" (0.5 of the token after it) and
    "一个半 ETH" (1.5, read as 1 by the grammar alone)."""
    out: list[NumberMatch] = []
    for n in numbers:
        m = _AND_HALF.match(text, n.end)
        if m and n.form in ("zh", "digits"):
            n = replace(n, value=n.value + Decimal("0.5"), end=m.end(), text=text[n.start : m.end()], note="and a half")
        out.append(n)
    for m in _HALF_ONE.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            out.append(NumberMatch(Decimal("0.5"), m.start(), m.end(), m.group(0), form="words", note="half of one"))
    for m in _QUARTER_ONE.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in taken):
            q = text[m.start() : m.end()].rstrip()
            out.append(NumberMatch(Decimal("0.25"), m.start(), m.start() + len(q), q, form="words", note="a quarter"))
    return sorted(out, key=lambda n: n.start)


#: a lone capital U in a Chinese message ("出掉 2000 个 OP 换成 U", "我 U 还剩多少"): chat's word for USDT (never "U盘")
_LONE_U = re.compile(r"(?<![A-Za-z0-9.])U(?![A-Za-z0-9]|\s*(?:盘|盾|型|形|字|点))")


#: the words of a share or a quantity ("SELL HALF MY DOGE", "the REST of my SOL", "BOTH"): written in capitals they
#: look like unknown tickers, and read as one they became a silent token (ib11-099 sold "HALF")
_QUANTITY_WORDS = frozenset(
    {"HALF", "HALVES", "THIRD", "THIRDS", "QUARTER", "QUARTERS", "FIFTH", "TENTH", "BOTH", "REST", "EVERYTHING",
     "NONE", "SOME", "MOST", "EACH", "EVERY", "WHOLE", "ENTIRE", "FEW", "LOT", "MORE", "LESS"}
)  # fmt: skip


def chat_tokens(text: str, *, unknown_tickers: bool = True) -> list[TokenMatch]:
    """``find_tokens`` in its colloquial reading, plus a lone ``U`` in a Chinese message read as USDT; a word of
    quantity in capitals ("HALF") is never an unknown ticker."""
    tokens = find_tokens(text, unknown_tickers=unknown_tickers, colloquial=True)
    tokens = [t for t in tokens if t.known or t.text.upper() not in _QUANTITY_WORDS]
    # "invoice INV-2026-0045 pay 30 dai": the letters of a code written onto its digits are no ticker
    tokens = [t for t in tokens if t.known or not _CODE_AFTER.match(text, t.end)]
    if _CJK.search(text):
        tokens = [_unglued(text, t) for t in tokens]
    if not _CJK.search(text):
        return tokens
    extra = [
        TokenMatch("USDT", m.start(), m.end(), "U")
        for m in _LONE_U.finditer(text)
        if not any(t.start < m.end() and m.start() < t.end for t in tokens)
    ]
    return sorted([*tokens, *extra], key=lambda t: t.start) if extra else tokens


#: a hyphen or slash and digits right after a word ("INV-2026", "PO/77"): the word heads an identifier
_CODE_AFTER = re.compile(r"[-_/#]\d")


#: a known ticker with its count written onto it, between Chinese words ("转USDT100给老王", "买ETH2个")
_GLUED_COUNT = re.compile(r"(?P<tok>[A-Za-z]{2,6}?)(?P<n>\d+(?:\.\d+)?)")


def _glued(text: str, start: int, end: int) -> re.Match[str] | None:
    """The ticker and count of ``text[start:end]`` when they are one written word standing between Chinese
    characters (or the ends of the text) and the letters are a known ticker; else None."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if (before and not _CJK.match(before)) or (after and not _CJK.match(after)):
        return None
    m = _GLUED_COUNT.fullmatch(text, start, end)
    if m is None or canonical_token(m.group("tok")) is None or not known_sym(canonical_token(m.group("tok")) or ""):
        return None
    return m


def _unglued(text: str, t: TokenMatch) -> TokenMatch:
    """ "转USDT100给老王": the unknown ticker USDT100 is the known USDT with its amount written onto it (the amount is
    ``_glued_counts``'s); any other token as it is."""
    m = None if t.known else _glued(text, t.start, t.end)
    if m is None:
        return t
    tok = m.group("tok")
    return TokenMatch(canonical_token(tok) or tok.upper(), t.start, t.start + len(tok), tok)


def _glued_counts(text: str) -> list[NumberMatch]:
    """The counts ``language.numbers`` sets aside as part of a name ("USDT100") that ``_glued`` reads as a known
    ticker and its amount in a Chinese sentence."""
    return [
        replace(n, ignored=None, form="glued")
        for n in find_numbers(text, include_flagged=True)
        if n.form == "name"
        and (m := re.search(r"[A-Za-z]{2,6}$", text[: n.start])) is not None
        and _glued(text, m.start(), n.end) is not None
    ]


def amount_tokens(text: str) -> list[str]:
    """The symbols written with an amount ("withdraw my 50 usdc from aave" -> ["USDC"]; the protocol is no amount's
    token): what a later request without a token of its own ("and pay carol 20") refers to."""
    tokens = chat_tokens(text, unknown_tickers=False)
    found = [t.symbol for n in _plain_numbers(text) if (t := _attached(text, n, tokens)) is not None]
    return list(dict.fromkeys(found))


def _direction(text: str, tokens: list[TokenMatch]) -> tuple[str, str] | None:
    """(given, acquired) symbols when the text swaps one token for another."""
    for i, pat in enumerate(_SWAP_PATTERNS):
        m = re.search(pat, text, re.IGNORECASE)
        if not m:
            continue
        given = [t for t in tokens if m.start("given") <= t.start < m.end("given")]
        got = [t for t in tokens if m.start("got") <= t.start < m.end("got")]
        if i in _STABLE_GIVEN and not (given and is_stablecoin(given[0].symbol)):
            continue
        if given and got and given[0].symbol != got[0].symbol:
            return given[0].symbol, got[0].symbol
    return None


_BUY_WORD = re.compile(r"买|購|\bbuy(?:ing)?\b|\bpurchas\w*|\bacquir\w*", re.IGNORECASE)


def swap_direction(text: str) -> tuple[str, str] | None:
    """(given, acquired) when ``text`` moves one token into another ("put 1k usdt into arb" -> ("USDT", "ARB"))."""
    return _direction(text, chat_tokens(text))


def recipient_of(text: str) -> str | None:
    """The recipient a transfer in ``text`` names, if any (the same reading ``extract_slots`` gives)."""
    tokens = chat_tokens(text)
    if _SHOUTED.fullmatch(text):  # "SEND 40 USDC TO MARTA": in capitals a name is no ticker without a number
        tokens = [t for t in tokens if t.known or _number_before(text, t)]
    return _recipient(text, tokens)


def _recipient(text: str, tokens: list[TokenMatch]) -> str | None:
    """The one recipient the text names; None (asked) when it names two ("to amy and ben", "给张三和李四各转")."""
    addrs = find_addresses(text)
    if addrs:
        return addrs[0].address if len({a.address for a in addrs}) == 1 else None
    if _SEVERAL_ZH.search(text) or _QUANTIFIED_PAYEES.search(text):
        return None  # "to everyone in my contacts", "给大家各转": many payees, no one of them: asked
    name = _one_recipient(text, tokens) or _given_after_sum(text)
    if name is not None:
        at = text.find(name)
        if at >= 0 and _AND_ANOTHER.match(text, at + len(name)):
            return None  # "send 1 eth to bob and alice": which one is asked, never the first alone
        fix = _last_correction_end(text)
        if at >= 0 and fix is not None and fix > at + len(name):
            # "send 40 dai to tom, no actually to jerry": the payee named after the correction counts (as the
            # amount does); "to kat, no wait, 0.15" corrects the amount and keeps kat
            rest = text[fix:]
            later = _one_recipient(rest, chat_tokens(rest))
            if later is not None:
                return later
    return name


#: a quantifier where the payee goes ("to everyone in my contacts", "to all my friends", "to each of them",
#: "给大家", "给所有人"): many payees, none of them named
_QUANTIFIED_PAYEES = re.compile(
    r"\b(?:to|for)\s+(?:the\s+)?all\s+(?:of\s+)?(?:my|our|the|them|these|those)\s+(?!money|funds|cash)|"
    r"\b(?:to|for)\s+all\s+(?:of\s+)?(?:them|us|you)\b|"
    r"\b(?:to|for|pay|send|give)\s+(?:every(?:one|body|\s+one)\b|each\s+(?:of|one|person|member|friend)\b|every\s+(?:person|member|friend|contact)\b|"
    r"anyone\b|anybody\b|some(?:one|body)\b|people\b|them\s+all\b|both\s+of\s+them\b)|"
    r"(?:给|給|俾|畀|转给|发给)\s*(?:大家|所有人|每个人|每個人|每人|各位|他们|他們|佢哋)",
    re.IGNORECASE,
)
#: Cantonese "俾 50 USDT 阿明" (give, the sum, then the payee): a name of the common shapes (阿明, 老王, 小红), a kin
#: word (我妈) or a capitalised name, closing the clause
_GIVEN_AFTER_SUM = re.compile(
    r"(?:俾|畀|给|給)\s*[\d.,]+\s*[kKwW万千百]?\s*(?:个|個|粒|枚|蚊|块)?\s*[A-Za-z]{1,10}\s*"
    r"(?:个|個|粒)?\s*(?:(?:俾|畀|给|給)\s*)?"
    r"(?P<p>(?:我的?)?(?:"
    + _KIN_ZH
    + r"|妈|媽|爸|哥|姐|弟|妹)|[阿老小][\u4e00-\u9fff]{1,2}|[阿老小]?[A-Z][a-z][\w.\-]{0,30})"
    r"\s*(?:啦|吧|呀|喇|哦|先)?\s*(?:[，,。.!！?？~]|$)"
)


def _given_after_sum(text: str) -> str | None:
    m = _GIVEN_AFTER_SUM.search(text)
    return m.group("p") if m is not None else None


#: "给张三和李四各转 100 U", "给老王、老李转": two payees in Chinese
_SEVERAL_ZH = re.compile(
    r"给\s*[^\s，,。和与跟、]{1,4}\s*(?:和|与|跟|、)\s*[^\s，,。]{1,4}?\s*(?:各|分别|一起|都)?\s*(?:转|打|发|汇)"
)
#: a second name joined to the first ("and alice", "& Ben", ", carol"), not the next request ("and then buy ...")
_AND_ANOTHER = re.compile(
    r"\s*(?:and|&|,)\s+(?!(?:then|also|after|later|next|buy|sell|send|swap|stake|deposit|withdraw|borrow|repay|"
    r"check|show|what|whats|how|tell|get|transfer|pay|give|i|me|my|please|pls|the|a|an|it|its|is|for|with|as|"
    r"from|tomorrow|today|now|asap|thanks|thank|thx|tell|sons|partners|co|company|associates|love|cheers|regards|best|xoxo|ty|ok|okay|lol|bro|mate|"
    # a self-correction or a filler after the name ("to kat, no wait, 0.15", "to leo, um, 20"): no second payee
    r"no|nope|not|instead|rather|wait|actually|sorry|oops|oh|um+|uh+|er+m?|hmm+|like|make|change|scratch|never|nvm|sry|"
    r"fees?|gas|"
    # a note on the payment ("to Lena, invoice INV-2026-0045", "to bob, ref 7781"): no second payee
    r"invoice|inv|ref|reference|memo|note|order|ticket|bill|receipt|txn|payment|rent|salary|per|re)\b)"
    r"(?P<n>[A-Za-z][\w'\-]{1,30})\b(?!\s*[,.]?\s*(?:ltd|inc|llc|co|corp|gmbh|plc|llp)\b)",
    re.IGNORECASE,
)


#: a firm's name written in capitals and ended by its legal form ("to ADEBAYO HOLDINGS LTD", "pay NWOSU TRADING LTD"):
#: the whole name is the payee (each capitalised word alone would read as a ticker)
_CAPS_FIRM = re.compile(
    r"(?i:\b(?:to|pay|for)\s+|(?:给|給|俾|畀)\s*)(?P<p>[A-Z][A-Z0-9'\-]*(?:\s+(?:&\s+)?[A-Z][A-Z0-9'\-]*){0,4}?"
    r"(?:\s+|\.\s*)(?:LTD|LIMITED|INC|LLC|CORP|CO|GMBH|PLC|LLP|PTY\s+LTD|PTE\s+LTD|SDN\s+BHD|BHD|AG|SA|BV|NV|"
    r"SP\.\s*Z\s*O\.\s*O)\b\.?)(?![\w'])"
)


def _one_recipient(text: str, tokens: list[TokenMatch]) -> str | None:
    token_words = {t.text.lower() for t in tokens}
    for m in _TWO_FOR_TO.finditer(text):
        name = m.group("p").lower()
        if m.group("tok").lower() in token_words and name not in _NOT_RECIPIENTS and name not in token_words:
            return _whole_name(text, m.start("p"), m.group("p"))
    firm = _CAPS_FIRM.search(text)
    if firm is not None:
        return firm.group("p")  # "to ADEBAYO HOLDINGS LTD": a firm in capitals, its words are no tickers
    m_app = _APPOSITION.search(text)
    if m_app is not None and _names_no_token(m_app.group("p")):
        return _whole_name(text, m_app.start("p"), m_app.group("p").split()[0])
    role = _ROLE_TITLED.search(text)
    if role is not None:
        return _whole_name(text, role.start("t"), role.group("t"))  # "pay the landlord Mr. Adebayo 900 usdc"
    for rx in (_RECIPIENT_FIELD, _RECIPIENT_ZH_KIN, _RECIPIENT_ZH, _RECIPIENT_EN, _RECIPIENT_EN_DATIVE):
        for m in rx.finditer(text):
            name = m.group("p").lstrip("@")
            if name.lower() in _NOT_RECIPIENTS or re.fullmatch(r"\d.*", name):
                continue
            if name.lower() in token_words and not _shouted_name(text, tokens, name, rx):
                continue
            if name.lower() in _NUMBER_NAMES:
                continue  # "send my sister two hundred usdt": the amount in words, never a payee
            if rx is _RECIPIENT_EN and name.islower() and re.fullmatch(r"[a-z]{3,}(?:ing|ed)", name):
                continue  # "I want to sending 50 USDT for my friend Carlos": a verb after "to", never a name
            if rx is _RECIPIENT_EN and _PURPOSE_FOR.match(text, m.start()) and name.islower():
                continue  # "25 usdc for pizza", "for rent": a purpose, not a person ("for my sister" is one)
            if name.endswith(".."):
                name = name.rstrip(".")  # "to ken... sorry, 35": an ellipsis after the name, not part of it
            elif name.endswith(".") and not _ABBREVIATION.fullmatch(name):
                name = name[:-1]  # "send 40 DAI to Peter.\nThank you": the full stop of the sentence
            pair = _KIN_PAIR.search(text[: m.end("p")]) if name.lower() in _KIN_WORDS else None
            if pair is not None:
                return pair.group(0)  # "to my cousin brother", "to my elder sister": one relation in two words
            return _whole_name(text, m.start("p"), name)
    malay = _RECIPIENT_MS.search(text)
    if malay is not None and _names_no_token(malay.group("p")):
        return malay.group("p").strip()  # "kirim 100 USDT ke Ahmad bin Ismail": the whole name, bin and father
    kin = _TO_MY_KIN.search(text) or _DATIVE_KIN.search(text)
    if kin is not None:
        return kin.group("k")  # "send 20 usdc to my mom for her birthday": the kin word, as written
    role = _ROLE_NAMED.search(text)
    if role is not None and _names_no_token(role.group("p")) and role.group("p").lower() not in _NOT_RECIPIENTS:
        return _whole_name(text, role.start("p"), role.group("p"))  # "to my property manager Lena"
    return _named_before_pronoun(text)


#: Malay "ke" / "kepada" (to) before a capitalised name, with its honorific and patronymic ("ke Encik Faizal", "kepada
#: Siti binti Rahman", "ke Ahmad bin Ismail"); a lower-case word after "ke" ("ke wallet saya") is a place, no payee
_RECIPIENT_MS = re.compile(
    r"\b(?:ke|kepada)\s+(?P<p>(?:(?:Encik|Puan|Cik|Tuan|Datuk|Dato'?|Tan\s+Sri|Haji|Hajah|Dr\.?|Mak\s+Cik|Pak\s+Cik)\s+)?"
    r"(?-i:[A-Z][a-z][\w'\-]*)(?:\s+(?:bin|binti|bte|bt|a/l|a/p)\s+(?-i:[A-Z][a-z][\w'\-]*)|"
    r"\s+(?-i:[A-Z][a-z][\w'\-]*)){0,3})",
    re.IGNORECASE,
)


def _shouted_name(text: str, tokens: list[TokenMatch], name: str, rx: re.Pattern[str]) -> bool:
    """ "send 40 USDC to KAREN": a name in capitals reads as an unknown ticker, but money goes to a person, not to a
    coin, when another, known token carries the amount; only after "to" and only for a word that is no ticker."""
    if rx is not _RECIPIENT_EN or not name.isalpha() or len(name) < 4:
        return False
    if any(t.text == name and t.known for t in tokens):
        return False
    return any(t.known and _number_before(text, t) for t in tokens) and bool(
        re.search(r"\bto\s+" + re.escape(name) + r"\b", text, re.I)
    )


_KIN_WORDS = frozenset(_KIN.split("|")) | {"neighbor", "neighbour"}
#: two words that name one relation ("cousin brother" in Indian English, "elder sister", "little bro"): the payee is
#: both, never the second alone
_KIN_PAIR = re.compile(
    r"(?:\b(?:cousin|elder|younger|older|big|little|baby|step|half|twin)\s+)(?:" + _KIN + r")$", re.IGNORECASE
)
#: a word whose full stop is its own ("Mr.", "Ltd.", "J."): kept with it
_ABBREVIATION = re.compile(r"(?:[A-Za-z]|mr|mrs|ms|dr|jr|sr|st|prof|ltd|inc|co|corp|llc|plc|bros)\.", re.IGNORECASE)
_NUMBER_NAMES = frozenset(
    re.findall(
        r"\w+",
        "a one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million "
        "half quarter dozen couple",
    )
)
#: "send my dad 0.2 eth for his meds": the kin word itself before the amount
_DATIVE_KIN = re.compile(
    r"\b(?:send|give|transfer|wire|tip|pay)\s+my\s+(?P<k>" + _KIN + r")(?=\s+(?:(?:like|about|around|maybe|roughly|"
    r"just)\s+)?(?:\d|\$|\.\d|(?:a|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|a\s+hundred|a\s+thousand)\b))",
    re.IGNORECASE,
)
#: "to my mom for her birthday", "to my landlord.": the kin word itself when no name follows it
_TO_MY_KIN = re.compile(
    r"\bto\s+my\s+(?P<k>" + _KIN + r")\b(?=\s+(?:for|as|because|so|and|then|now|please|pls|plz|today|asap|"
    r"tomorrow|tonight|rn|tmr|tmrw|thx|ty|lol|tho|btw|real|quick|every|each|daily|weekly|monthly|once|twice|"
    r"thrice)\b|\s+(?:\d|\$)|\s*[,.!?]|\s*$)",
    re.IGNORECASE,
)


#: a role before a titled name ("pay the landlord Mr. Adebayo", "to our lawyer Mrs. Chen", "send my dentist Dr.
#: Ferreira 120 usdc"): the titled name is the payee, the role only says who they are
_ROLE_TITLED = re.compile(
    r"\b(?:to|pay|send|give|tip|wire|transfer)\s+(?:my|our|the|his|her|their)\s+(?:[a-z]+\s+){1,2}?"
    r"(?P<t>(?-i:Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Madam))\.?\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
#: a role of one or two lower-case words before a capitalised name ("to my property manager Lena", "to our tax
#: advisor Okello", "to the dispatcher Ravi"): the name is the payee; a place money is kept ("to my cold wallet
#: Ledger") is no role
_ROLE_NAMED = re.compile(
    r"\bto\s+(?:my|our|the)\s+(?!(?:[a-z]+\s+)?(?:wallet|account|address|exchange|vault|card|bank|savings)\b)"
    r"(?:[a-z]+\s+){1,2}?(?P<p>(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Please|Thanks)\b)"
    r"(?-i:[A-Z][a-z][\w'\-]*))\b(?!\s+(?:wallet|account|address|exchange|app|card)\b)"
)
#: "for" before a lower-case word without a kin word: the purpose of the payment
_PURPOSE_FOR = re.compile(r"for\s+(?!my\s)", re.I)
#: "pay my plumber, Dave Wilson, 75 usdc", "send to our accountant, Jane Doe, 300 dai": the name in apposition
_APPOSITION = re.compile(
    r"\b(?:pay|send|give|tip|wire|transfer|to|for)\s+(?:my|our|the)\s+[a-z]+(?:\s+[a-z]+)?,\s*"
    r"(?P<p>(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,3})\s*(?:[,.;!]|$)"
)  # "to my accountant, Mrs. Delgado. Thank you."
#: "my sister Ayesha needs rent money, send her 0.3 eth": "her" is the one person introduced before it
_INTRODUCED = re.compile(r"\b(?:my|our)\s+(?:" + _KIN + r"|[a-z]+)\s+(?P<p>[A-Z][a-z][\w'\-]*)")
_PRONOUN_OBJECT = re.compile(r"\b(?:send|give|pay|transfer|wire|tip)\s+(?:her|him)\b|\bto\s+(?:her|him)\b", re.I)


#: "send him 1,250 usdc, his name in my contacts is Mr. Albrecht": the pronoun's name, given after it
_NAME_GIVEN = re.compile(
    r"\b(?:his|her|their)\s+name\b[^.?!;]{0,40}?\b(?:is|was)\s+"
    r"(?P<p>(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?[A-Z][\w'\-]*)",
)


def _named_before_pronoun(text: str) -> str | None:
    m = _PRONOUN_OBJECT.search(text)
    if m is None:
        return None
    given = _NAME_GIVEN.search(text, m.end())
    if given is not None and _names_no_token(given.group("p")):
        first = given.group("p").split()[0]
        return _whole_name(text, given.start("p"), first)
    names = {n.group("p") for n in _INTRODUCED.finditer(text[: m.start()])}
    names = {n for n in names if n.lower() not in _NOT_RECIPIENTS and _names_no_token(n)}
    return names.pop() if len(names) == 1 else None


def _whole_name(text: str, start: int, name: str) -> str | None:
    """The recipient's whole name from where the pattern found its first word: a title takes the name after it
    ("Dr. Patel"), a firm its "& Sons" and legal suffix. A bare title is no name (None: the assistant asks)
    -- a cut name would send to somebody else."""
    end = start + len(name)
    kin = _KIN_TITLED.match(text, end) if name.lower() in _KIN_TITLE else None
    if kin is not None and _names_no_token(kin.group("n")):
        return text[start : kin.end()]  # "send 0.02 btc to uncle raj"
    if name.lower() in _KIN_TITLE and name.islower():
        return name  # "to my cousin" / "to cousin": the kin word alone, as written
    if _TITLE.fullmatch(name.rstrip(".")) or _TITLE.fullmatch(name):
        if text[end : end + 1] == "." and not name.endswith("."):
            end += 1
        m = _TITLED_NAME.match(text, end)
        if m is None:
            return None
        end = m.end()
        if m.group("zh"):
            return text[start:end]  # "Dr. 林"
    elif name[:1].isupper() and name[1:2].islower():
        pass
    else:
        m = _FIRM_TAIL.match(text, end)
        return text[start : m.end()] if m else name
    more = _NAME_WORDS.match(text, end)
    if more is not None and _names_no_token(more.group(0)):
        end = more.end()
    numbered = re.match(r"\s+\d{1,5}\s+[A-Z][a-z][\w'\-]*", text[end:])
    if numbered is not None and _names_no_token(numbered.group(0)):
        end += numbered.end()  # "Room 42 Studio": a number inside a capitalised name
    zh = _ZH_AFTER_LATIN.match(text, end)
    if zh is not None:
        return text[start : zh.end()]  # "Kevin 陈", "Tony 老师": a Chinese surname or title after the Latin name
    m = _FIRM_TAIL.match(text, end)
    return text[start : m.end() if m else end]


#: a Chinese surname or a title after a Latin given name ("给 Kevin 陈 转", "Jason 王", "给 Tony 老师转"): part of the
#: name
_ZH_AFTER_LATIN = re.compile(
    r"\s?(?:老师|先生|女士|小姐|总|经理|律师|医生|博士|教授|师傅|阿姨|同学|(?![转打发汇付给的和与跟了吧也都])[\u4e00-\u9fff])"
    r"(?=\s|$|[，,。…；;!！?？]|转|打|发|汇|付)"
)


def _names_no_token(words: str) -> bool:
    """The words after a name hold no token ("to Alice Ether" is Alice and ETH, not a name of two words)."""
    return not find_tokens(words, unknown_tickers=False)


_DOLLAR_WORD = re.compile(r"\$|bucks?|dollars?|usd|美元|美金|刀|块钱?", re.IGNORECASE)
#: "send 8 usdc 2 bob": chat's "2" for "to", right after the token
_TWO_FOR_TO = re.compile(r"(?P<tok>[A-Za-z]{2,10})\s+2\s+(?P<p>[A-Za-z][\w.\-]{0,30})\b")

#: a message without lower-case letters (at least two words of capitals)
_SHOUTED = re.compile(r"[^a-z]*[A-Z]{2,}[^a-z]*\s[^a-z]*[A-Z]{2,}[^a-z]*", re.S)


#: "40 bucks in usdt", "100 dollars of dai", "两万块钱的 USDT": the dollar word measures; the stablecoin named after
#: it is the token (a dollar sum of any other token, "250 bucks of sol", stays the spent side of a buy)
_MEASURED_IN = re.compile(r"\s*(?:in|of|worth\s+of|的)\s*$", re.I)


def _measured_in(text: str, tokens: list[TokenMatch]) -> list[TokenMatch]:
    out = []
    for i, t in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        dollar = _DOLLAR_WORD.fullmatch(t.text.strip()) and not t.text.startswith("$")
        stable = nxt is not None and is_stablecoin(nxt.symbol)  # "250 bucks of sol" is $250 worth of SOL
        if (
            dollar
            and nxt is not None
            and stable
            and nxt.symbol != t.symbol
            and _MEASURED_IN.fullmatch(text[t.end : nxt.start])
        ):
            continue
        out.append(t)
    return out


#: "my ond tokens", "the rwa coins": a lower-case word the user calls their token
_MY_LOWER_TOKENS = re.compile(r"\b(?:my|our|the)\s+(?P<t>[a-z]{2,6})\s+(?:tokens?|coins?)\b")
_NOT_TOKEN_WORDS = frozenset(
    {"reward", "staking", "staked", "lp", "gov", "other", "new", "old", "free", "own", "meme", "few", "all", "many",
     "some", "these", "those", "two", "three", "five", "ten", "extra", "bonus", "vote", "voting", "nft", "wrapped"}
)  # fmt: skip


def _named_as_token(text: str, t: TokenMatch) -> bool:
    """An unknown ticker the words call a token: "RWA tokens", "REIT 代币", "ONDO holders", "GLD 的分红"."""
    after = text[t.end : t.end + 12]
    return bool(
        re.match(
            r"\s*(?:tokens?|coins?|holders?|holdings?|代币|币|(?:[\u4e00-\u9fff]{0,4}[的嘅]\s*)?(?:分红|收益|利息|奖励|空投)|"
            r"(?:dividends?|rewards?|payouts?|yields?|airdrops?)\b)",
            after,
            re.I,
        )
        or re.search(r"\b(?:the|my|our)\s+$|\b(?:from|for|on)\s+(?:the\s+)?$|我的\s*$", text[: t.start], re.I)
    )


#: "keep the link for now", "hang on to the sol for a while", "hold the op till summer": a ticker that is also an
#: English word, right after a verb of keeping and "the", with nothing after it but when (the article alone does not
#: make the word a coin in ``language.tokens``; kept, as the object of the holding, it is one)
_KEPT_WORD = re.compile(
    r"\b(?:keep|keeping|hold|holding|hodl|hang\s+on\s+to|hang\s+onto|hold\s+on\s+to|hold\s+onto|sit\s+on)\s+the\s+"
    r"(?P<w>[a-z]{2,5})\b(?=\s*(?:$|[,.!?;]|for\s+(?:now|a\s+(?:while|bit)|the\s+(?:time|moment|long\s+run))|until\b|"
    r"till\b|through\b|longer\b|forever\b))",
    re.IGNORECASE,
)


def _kept_word_token(text: str) -> TokenMatch | None:
    """The coin a decision to keep names by a word of English ("keep the link for now" -> LINK), or None."""
    m = _KEPT_WORD.search(text)
    if m is None:
        return None
    symbol = canonical_token(m.group("w"))
    if symbol is None or not known_sym(symbol):
        return None
    return TokenMatch(symbol, m.start("w"), m.end("w"), m.group("w"))


#: "PENDLE 是什么项目", "what is ONDO", "tell me about JTO": a question about one ticker in capitals
_ASKED_BEFORE = re.compile(r"(?:\bwhat(?:'s| is| are)|\btell me about|\bexplain|\bheard of|什么是|介绍一下)\s+$", re.I)
_ASKED_AFTER = re.compile(r"\s*(?:是什么|是啥|是干嘛|是干什么|是哪|怎么样|靠谱|项目|\bis\b)")


def _asked_about(text: str, t: TokenMatch) -> bool:
    """An unknown ticker, written in capitals, that an information question is about."""
    if not t.text.isupper() or len(t.text) < 3 or _SHOUTED.fullmatch(text):
        return False
    return bool(_ASKED_BEFORE.search(text[: t.start]) or _ASKED_AFTER.match(text, t.end))


def _number_before(text: str, t: TokenMatch) -> bool:
    return bool(re.search(r"\d\s*(?:[kKmM]\b)?\s*$", text[: t.start]))


#: a number that points back at the token named before it ("some pepe, like 2 million of them")
_POINTS_BACK = re.compile(r"\s+of\s+(?:them|those|these|it|that)\b", re.I)
#: the amount written as a field of an order ("amt=750", "qty: 1200", "数量=5"): the amount, whatever it is next to
_AMOUNT_FIELD = re.compile(r"(?:\b(?:amt|amount|qty|quantity|size|units)|数量|金额)\s*[:=：]\s*$", re.I)
#: "liquidate 5,000 of my ARB holdings", "send 20 of the usdc": the number counts the token named after "of my"
_OF_MY = re.compile(r"\s+of\s+(?:my|our|the)\s+(?:\w+\s+)?$", re.I)
#: the verb of each money intent, right before a number written without its token ("我有 800 个，卖 400")
_VERB_BEFORE: dict[str, re.Pattern[str]] = {
    k: re.compile(v + r")\s*$", re.I)
    for k, v in {
        "sell": r"(?:\bsell|\bdump|卖掉?|抛掉?|出掉?",
        "buy": r"(?:\bbuy|\bgrab|买入?|入手",
        "transfer": r"(?:\bsend|\btransfer|\bwire|转账?|打",
        "deposit": r"(?:\bdeposit|\bstake|\bsupply|存入?|质押",
        "withdraw": r"(?:\bwithdraw|\bunstake|\bredeem|取出?|提取?|赎回",
        "borrow": r"(?:\bborrow|借",
        "repay": r"(?:\brepay|还",
    }.items()
}


def _loose_amount(text: str, intent: str, loose: list[NumberMatch]) -> Decimal | None:
    """The amount of the token when no number is written with it: the one number that points back at it ("like 2
    million of them") or, failing that, the one right after the intent's verb ("我有 800 个，卖 400"). Two
    candidates are no reading: the assistant asks."""
    pointed = [n for n in loose if _POINTS_BACK.match(text, n.end)]
    verb = _VERB_BEFORE.get(intent)
    after_verb = [n for n in loose if verb is not None and verb.search(text[: n.start])]
    fields = [n for n in loose if _AMOUNT_FIELD.search(text[: n.start])]
    pick = fields or pointed or after_verb
    return pick[0].value if len(pick) == 1 else None


#: two tokens offered as alternatives ("sol or avax", "sol vs avax", "ETH 还是 SOL"); a pair ("ETH/USDC") and a
#: comparison ("the difference between usdc and usdt") keep the first token, as the held-out labels read them
_JOINED = re.compile(r"^\s*(?:\bor\b|\bvs\.?|\bversus\b|或者|还是)\s*$", re.IGNORECASE)


def _two_asked(text: str, named: list[TokenMatch]) -> bool:
    """A question offering two tokens as a choice ("which is riskier, sol or avax", "ETH 还是 SOL 涨得多"): which
    one the answer is about is not for the parser to pick, so the token is left empty and asked."""
    return any(a.symbol != b.symbol and _JOINED.match(text[a.end : b.start]) for a, b in itertools.pairwise(named))


#: a money word right after a number ("一千块钱的", "500 元的", "300 dollars of", "50 bucks worth of")
_MONEY_AFTER = re.compile(
    r"\s*(?:块钱的?|块的|元的?|刀的?|美元的?|美金的?|(?:bucks?|dollars?|usd)(?=\s+(?:worth\s+)?of\b|\s*$|\s+in\b))",
    re.IGNORECASE,
)


#: a figure in a currency other than the dollar ("20k naira worth of usdt", "5000 rupees of eth", "50 euros in
#: usdc"): a sum of money in that currency, never a count of the token, a stablecoin's included (the dollar words
#: are ``_MONEY_AFTER``'s: a dollar sum of a stablecoin is its count)
_FIAT_AFTER = re.compile(
    r"\s*(?:naira|rupees?|pesos?|yen|euros?|pounds?(?:\s+sterling)?|quid|reais|rand|shillings?|cedis?|ringgit|baht|"
    r"dong|lira|rubles?|roubles?|francs?|dirhams?|riyals?|kwacha|rupiah|rmb|cny|hkd|sgd|inr|ngn|eur|gbp|jpy|krw|php|"
    r"idr|myr|thb|vnd|brl|mxn|zar|kes|ghs|aed|sar)\b|\s*[€£¥₦₹]",
    re.IGNORECASE,
)
#: "sell 1 of my 3 eth", "send 2 of the 5 sol": a part of a counted holding
_PART_OF_MINE = re.compile(r"(?P<n>\d[\d.,]*)\s+of\s+(?:my|the|our)\s+\d[\d.,]*\s*[A-Za-z]", re.IGNORECASE)


#: "买 0.01 BTC，唔係，係 0.02", "不是，是 0.02", "唔啱": "not that, it is ..." (Cantonese and Mandarin) before the
#: figure that counts; shared with the second reading (``assistant.intents.agreement``) so both see the correction
NOT_THAT_BUT = r"(?:唔系|唔係|不是)\s*[，,]\s*(?:系|係|是)|唔啱|讲错|講錯"
#: a self-correction ("no wait", "actually", "i mean", "make it", "不对", "改成"): the amount after it counts
_SELF_CORRECTION = re.compile(
    r"\bno\s+wait\b|\bwait\s+no\b|\bactually\b|\bi\s+mean\b|\bi\s+meant\b|\bmake\s+(?:it|that)\b|\bsorry\b|"
    r"\bno,|(?<!order\s)(?<!ticket\s)(?<!invoice\s)(?<!room\s)(?<!table\s)\bno\s+(?=\d)|\bscratch\s+that\b|\bstrike\s+that\b|\bcorrection\b|\bchange\s+(?:it|that)\s+to\b|\bon\s+second\s+thought|"
    r"不对|改成|改为|算了|哦不|噢不|啊不|不不|那就|还是(?![^，,。]*(?:[?？吗呢]|还是))|" + NOT_THAT_BUT,
    re.IGNORECASE,
)
#: "not 500", "不是 50", "instead of 3": a figure the user says is not the one (the other figure is)
_NOT_BEFORE = re.compile(
    r"(?:\bnot|\bnot\s+the|不是|而不是|并不是|\binstead\s+of|\brather\s+than)\s*(?:\$\s*)?$", re.IGNORECASE
)


def _without_negated(text: str, numbers: list[NumberMatch]) -> list[NumberMatch]:
    """``numbers`` less every figure the user negates ("sell 500 ada, not 500, 400", "给小王转 40 U，不是 50 U"),
    with its other mentions, when some figure is left."""
    negated = {n.value for n in numbers if _NOT_BEFORE.search(text[: n.start])}
    if not negated:
        return numbers
    left = [n for n in numbers if n.value not in negated]
    return left or numbers


#: "买 2 个还是 3 个 ETH？": two amounts offered as a choice in a question (never a correction): asked
_CHOICE_OF_AMOUNTS = re.compile(r"\d[^，,。]{0,12}?(?:还是|或者|\bor\b)[^，,。]{0,6}?\d[^。]*?(?:[?？吗呢]|\s*$)", re.I)
#: chat's "2" for "to" before a verb ("how 2 buy pepe", "want 2 send"): no amount
_TWO_FOR_TO_VERB = re.compile(
    r"(?<=[A-Za-z])\s+2\s+(?=(?:buy|sell|send|get|swap|stake|unstake|trade|transfer|withdraw|deposit|borrow|repay|"
    r"bridge|claim|check|see|know|make|do|use|pay|move|cash|invest|hold|keep)\b)",
    re.I,
)
#: "2 or 3", "2-3", "2 到 3": two numbers that give a range
_RANGE_AFTER = re.compile(r"\s*(?:or|to|-|–|~|或|到|至)\s*(?:\$\s*)?\d(?![xX])")


def _last_correction_end(text: str) -> int | None:
    """Where the last self-correction marker ends: this module's markers and the shared grammar of
    ``language.corrections`` ("oops", "my bad", 说错了, 应该是 ...), whichever comes last."""
    ends = [m.end() for m in _SELF_CORRECTION.finditer(text)]
    try:
        from ledgerlm.language.corrections import find_corrections

        ends += [c.end for c in find_corrections(text)]
    except Exception:  # noqa: BLE001 - the shared grammar adds markers; without it this module's own stand
        pass
    return max(ends) if ends else None


#: a share written before a figure ("half of 0.002 ETH", "a third of 900 usdc", "50% of 2 eth") or after it in
#: Chinese ("0.5 个 ETH 的一半", "1000 U 的三分之一"): the figure is not the amount
_SHARE_BEFORE = re.compile(
    r"\b(?:half|(?:a|one|two)\s+thirds?|(?:a|one|three)\s+quarters?|a\s+fifth|a\s+tenth|\d+(?:\.\d+)?\s*(?:%|percent)|"
    r"\d+\s*/\s*\d+)\s+of\s+(?:the\s+|my\s+|that\s+|those\s+)?(?:\$\s*)?$",
    re.IGNORECASE,
)
_SHARE_AFTER = re.compile(
    r"\s*(?:个|枚)?\s*[A-Za-z\u4e00-\u9fff]{0,8}?\s*的\s*(?:一半|[一二三四五六七八九十百\d]+分之[一二三四五六七八九\d]+|\d+\s*%)"
)


#: "buy me point five eth": a decimal in words whose "point" the number grammar did not take (it read 5)
_CUT_DECIMAL = re.compile(r"\b(?:point|dot)\s*$", re.IGNORECASE)


def share_of(text: str, n: NumberMatch) -> bool:
    """The number ``n`` is not the amount as read: the whole of which a share is asked ("half of 0.002 ETH"), or
    the digits after a "point" the number grammar left out ("point five" read as 5)."""
    before = text[: n.start]
    if _CUT_DECIMAL.search(before):
        return True
    return bool(_SHARE_BEFORE.search(before) or _SHARE_AFTER.match(text, n.end))


_WORTH_OF = re.compile(r"\s+worth\s+(?:of\s+|in\s+)?", re.IGNORECASE)


def _worth_of(text: str, tokens: list[TokenMatch]) -> tuple[str, str] | None:
    """(measure, goods) when a figure is written in one token as the worth of another ("1 eth worth of usdc")."""
    for a, b in itertools.pairwise(tokens):
        if a.symbol == b.symbol or not _WORTH_OF.fullmatch(text[a.end : b.start]):
            continue
        if any(_attached(text, n, tokens) is a for n in _plain_numbers(text)):
            return a.symbol, b.symbol
    return None


def money_sum(text: str) -> Decimal | None:
    """The one sum written in money words ("买一千块钱的 DOGE" -> 1000, "sell 300 dollars of eth" -> 300), if any."""
    sums = [n.value for n in _plain_numbers(text) if _MONEY_AFTER.match(text, n.end)]
    return sums[0] if len(set(sums)) == 1 else None


#: a protocol named as the place of an order ("在 Uniswap 上 买 200 个 ARB", "buy 50 ARB on uniswap", "swap via
#: pancakeswap"): written by its own name, not its ticker, after a word of place. Only exchanges and protocols, never
#: a chain people also buy ("spend 100 usdc on solana" buys SOL), and never after a verb of spending ("on" is then
#: the token bought)
_VENUE_NAMES = frozenset({"uniswap", "pancakeswap", "sushiswap", "curve", "lido", "aave", "maker"})
_VENUE_BEFORE = re.compile(r"(?:\b(?:on|via|through|thru)\s+(?:the\s+)?|(?:在|通过|通過|经|經)\s*)$", re.I)
_SPEND_VERB = re.compile(r"\b(?:spend|spent|put|invest|throw|drop|park|ape)\b", re.I)


def _without_venue(text: str, tokens: list[TokenMatch]) -> list[TokenMatch]:
    """``tokens`` less a protocol's name used as the place of the order, when another token is named: Uniswap read as
    UNI made "在 Uniswap 上 买 200 个 ARB" a silent buy of UNI (blind12). A ticker ("buy UNI on ...") always stays."""
    if _SPEND_VERB.search(text):
        return tokens

    def venue(t: TokenMatch) -> bool:
        named = t.text.strip().lower() in _VENUE_NAMES and t.text.strip().upper() != t.text.strip()
        return named and _VENUE_BEFORE.search(text[: t.start]) is not None

    places = [t for t in tokens if venue(t)]
    rest = [t for t in tokens if t not in places]
    return rest if places and any(t.symbol not in {p.symbol for p in places} for t in rest) else tokens


def extract_slots(text: str, intent: str) -> dict[str, Any]:
    """Slots for ``intent`` (one of ``INTENTS``); absent slots are omitted. ``amount`` is a ``Decimal``."""
    if intent not in INTENTS:
        raise InputError(f"unknown intent {intent!r}", hint=f"use one of: {', '.join(INTENTS)}")
    if not text or intent in _NO_SLOTS:
        return {}
    tokens = [t for t in chat_tokens(text) if t.known or intent != "info" or _asked_about(text, t)]
    tokens = _measured_in(text, tokens)
    tokens = _without_venue(text, tokens)
    if intent == "dividend":  # "领一下 GLD 的分红", "my RWA tokens": the user's own token, named as a ticker
        tokens = [t for t in tokens if t.known or _named_as_token(text, t)]
        if not tokens:  # "collect the divvies from my ond tokens": a lower-case ticker the words call a token
            low = _MY_LOWER_TOKENS.search(text)
            if low is not None and low.group("t") not in _NOT_TOKEN_WORDS:
                tokens = [TokenMatch(low.group("t").upper(), low.start("t"), low.end("t"), low.group("t"), known=False)]
    if _SHOUTED.fullmatch(text):  # "SELL 25 AVAX NOW": in capitals every word looks like a ticker
        tokens = [t for t in tokens if t.known or _number_before(text, t)]
    if intent == "info":
        tokens = [
            t
            for t in tokens
            if (t.known or _asked_about(text, t))
            and not t.text.startswith("$")
            and (t.text != "U" or _CJK.search(text))  # "转 U 给朋友要怎么操作" asks about USDT; "can u ..." is "you"
        ]
    slots: dict[str, Any] = {}
    if intent == "hold" and not tokens:
        kept = _kept_word_token(text)
        tokens = [kept] if kept is not None else tokens
    if intent in _TOKEN_ONLY:
        # "a few hundred bucks of avax": a dollar word measures the value; the question is about the other token
        named = [t for t in tokens if not _DOLLAR_WORD.fullmatch(t.text.strip())] or tokens
        # "怎么用 U 买比特币": chat's U is the side paid with when another token is named
        named = [t for t in named if t.text != "U"] or named
        if named and not _two_asked(text, named):
            slots["token"] = named[0].symbol
            if intent == "info" and len({t.symbol for t in named}) == 2 and _BUY_WORD.search(text):
                # "我想知道怎么用 USDC 买 ARB": a question about buying is about the token bought (the first named,
                # USDC, was read); "is there a way to swap my eth for usdc?" stays about the user's ETH
                direction = _direction(text, named)
                if direction is not None:
                    slots["token"] = direction[1]
        return slots
    symbols = list(dict.fromkeys(t.symbol for t in tokens))
    direction = _direction(text, tokens) if len(symbols) >= 2 and intent in ("buy", "sell") else None
    worth = _worth_of(text, tokens)
    if worth is not None:
        # "send 1 eth worth of usdc to bob", "buy 2 eth worth of sol": the goods are the second token, the figure a
        # value in the first (the spent side of a trade; for anything else no amount: asked)
        slots["token"] = worth[1]
        if intent in ("buy", "sell"):
            slots["counter_token"] = worth[0]
    elif direction is not None:
        given, got = direction
        slots["token"], slots["counter_token"] = (got, given) if intent == "buy" else (given, got)
    elif len(symbols) >= 2 and intent in ("buy", "sell"):
        stable = [s for s in symbols if is_stablecoin(s)]
        other = [s for s in symbols if not is_stablecoin(s)]
        if stable and other:
            slots["token"], slots["counter_token"] = other[0], stable[0]
        else:
            slots["token"] = symbols[0]
    elif symbols:
        slots["token"] = symbols[0]
    numbers = _plain_numbers(text)
    held = [n for n in numbers if _HOLDING_BEFORE.search(text[: n.start])]
    if held and len(held) < len(numbers):
        numbers = [n for n in numbers if n not in held]  # "my wallet has 1000 usdc, send 100 to jo": 100 is sent
    numbers = _without_negated(text, numbers)  # "sell 500 ada, not 500, 400": the figure taken back is no amount
    fix_end = _last_correction_end(text)
    corrected: Decimal | None = None
    if fix_end is not None and any(n.start >= fix_end for n in numbers):
        corrected = _corrected_figure(text, numbers, fix_end, tokens, slots.get("token"))
        numbers = [n for n in numbers if n.start >= fix_end]  # "buy 5 sol, no wait, 6 sol": the corrected one
    elif len(numbers) > 1 and _CHOICE_OF_AMOUNTS.search(text):
        numbers = []  # "买 2 个还是 3 个 ETH？": which one is asked
    if any(_RANGE_AFTER.match(text, n.end) and n.end < m.start for n in numbers for m in numbers):
        numbers = []  # "sell like 2 or 3 eth", "2-3 个": a range, asked
    amount: Decimal | None = None
    for n in numbers:
        t = _attached(text, n, tokens) or _counted_after(text, n, tokens)
        if t is not None and t.symbol == slots.get("token"):
            amount = n.value
            break
        if t is None and amount is None and len(numbers) == 1 and len(symbols) <= 1:
            amount = n.value  # "send 5 to bob", "buy ETH 2"
    if amount is None and corrected is not None:
        amount = corrected  # "swap 2 sol to avax, actually make it 1.5": the bare figure replaces the 2 SOL
    part = _PART_OF_MINE.search(text)
    if part is not None and amount is not None:
        # "sell 1 of my 3 eth": the number before "of my" is the amount, the one on the token the holding
        amount = next((n.value for n in numbers if n.start == part.start("n")), None)
    if amount is None and slots.get("token") and intent in _MONEY:
        amount = _loose_amount(text, intent, [n for n in numbers if _attached(text, n, tokens) is None])
    # "买一千块钱的 DOGE", "sell 300 dollars of eth": a sum of money, never a count of the token; left to ask (a
    # swap's refine reads the sum as its spent side: ``money_sum``)
    non_stable = bool(slots.get("token")) and not is_stablecoin(str(slots.get("token")))
    if (
        amount is not None
        and non_stable
        and any(n.value == amount and _MONEY_AFTER.match(text, n.end) for n in numbers)
    ):
        amount = None
    if amount is not None and any(n.value == amount and _FIAT_AFTER.match(text, n.end) for n in numbers):
        amount = None  # "send 20k naira worth of usdt to Tunde": a sum in naira, the count of USDT asked
    if amount is not None and any(n.value == amount and share_of(text, n) for n in numbers):
        amount = None  # "send half of 0.002 ETH to bob", "0.5 个 ETH 的一半": a share of the figure, asked
    if amount is not None and intent in _MONEY and _REPEATED.search(text):
        amount = None  # "send 10 usdc to lisa 3 times", "每周转": one order is no series; the amount is asked
    if amount is not None and intent in _MONEY:
        slots["amount"] = amount
    if intent == "transfer":
        rec = _recipient(text, tokens)
        if rec:
            slots["recipient"] = rec
    return slots


def _corrected_figure(
    text: str, numbers: list[NumberMatch], fix_end: int, tokens: list[TokenMatch], token: object
) -> Decimal | None:
    """The one bare figure after a self-correction that replaces the amount written with ``token`` before it
    ("swap 2 sol to avax, actually make it 1.5" -> 1.5), or None: a figure with a token of its own, two figures, or
    nothing of ``token`` corrected (the assistant asks)."""
    after = [n for n in numbers if n.start >= fix_end]
    if token is None or len(after) != 1 or _attached(text, after[0], tokens) is not None:
        return None
    before = [n for n in numbers if n.end <= fix_end]
    on_token = [n for n in before if (t := _attached(text, n, tokens)) is not None and t.symbol == token]
    return after[0].value if len(on_token) == 1 else None


#: an order repeated or recurring ("twice", "3 times", "3x a week", "every month", "两次", "每个月"): one order cannot
#: carry it, so its amount is asked rather than planned once
_REPEATED = re.compile(
    r"\b(?:twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|multiple)\s*(?:times|x)\b|"
    r"every\s+(?:single\s+)?(?:day|week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"(?:daily|weekly|monthly|biweekly|fortnightly)\b|each\s+(?:day|week|month)\b|on\s+repeat\b)|"
    r"(?<![第\d一二两三四五六七八九十几])(?:[两二三四五六七八九十几]+|\d+)\s*(?:次|回|遍)(?!性)|"
    r"每(?:天|日|周|週|星期|个月|個月|月|年)",
    re.IGNORECASE,
)


def slot_evidence(text: str, slots: dict[str, Any]) -> dict[str, Any]:
    """Where each slot value stands in ``text``: slot -> ``Evidence`` (the span of the user's words), or
    ``inferred`` when the value is not written literally (e.g. a ``$`` read as USDC). The assistant shows it
    beside each value of a plan, as ``create`` does for a spec."""
    from ledgerlm.language.evidence import Evidence, Span

    out: dict[str, Any] = {}
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    def cite(slot: str, a: int, b: int, rule: str) -> None:
        taken.append((a, b))
        out[slot] = Evidence("text", rule, (Span(a, b, text[a:b]),))

    tokens = chat_tokens(text)
    kept = _kept_word_token(text)  # "keep the link for now": the coin named by a word, cited where it stands
    tokens = [*tokens, kept] if kept is not None and not tokens else tokens
    for slot in ("token", "counter_token", "collateral"):
        value = slots.get(slot)
        if value is None:
            continue
        hit = next((t for t in tokens if t.symbol == value and free(t.start, t.end)), None)
        if hit is not None:
            cite(slot, hit.start, hit.end, "token" if hit.text.upper() == value else f"{hit.text!r} is {value}")
        else:
            out[slot] = Evidence("inferred", f"{value} from the words around it")
    if slots.get("amount") == "all":
        m_all = ALL_WORDS.search(text) or _BA_DOU.search(text)
        if m_all is not None:
            cite("amount", m_all.start(), m_all.end(), "the whole balance")
    elif slots.get("amount") is not None:
        numbers = _halves(text, find_numbers(text), [])
        hit_n = next((n for n in numbers if n.value == slots["amount"] and free(n.start, n.end)), None)
        if hit_n is not None:
            cite("amount", hit_n.start, hit_n.end, "number")
        else:
            out["amount"] = Evidence("inferred", "amount derived from the words")
    if slots.get("recipient"):
        rec = str(slots["recipient"])
        m = re.search(re.escape(rec), text, re.IGNORECASE)
        if m:
            cite("recipient", m.start(), m.end(), "recipient")
        else:
            out["recipient"] = Evidence("inferred", "recipient address checksummed from the text")
    return out


class NumberAccount(NamedTuple):
    """Where an amount's number stands and which numbers of the message no slot accounts for."""

    #: start of the amount's number, or None when no number of the text has that value
    amount_start: int | None
    #: the amount's number is written with the slot's token ("20 usdc")
    attached: bool
    #: the amount's value is written only as a number that is no amount (a share, a percentage, "2" for "to")
    excluded: bool
    #: starts of numbers no slot accounts for
    loose: list[int]
    #: starts of every number read as a quantity
    every: list[int]
    #: starts of other numbers written with the same token, not as a holding ("2 ETH ... so 1 ETH")
    rivals: tuple[int, ...] = ()


#: "我有 800 个", "i have 3", "out of my 5": a number that tells what the user holds, not what to move
_HOLDING_BEFORE = re.compile(
    r"(?:我有|我手上有|我手里有|我持有|钱包里有|账户里有|\bi(?:'ve|\s+have)?\s+(?:have|had|got|own|hold|holding)|"
    r"\b(?:wallet|account)\s+(?:has|holds)|\bof\s+my|\bout\s+of\s+my)"
    r"(?:\s+(?:like|about|around|roughly|maybe))?\s*$",
    re.I,
)


def accounted_numbers(text: str, slots: dict[str, Any], key: str = "amount") -> NumberAccount:
    """The number accounting a second reading of ``slots[key]`` (``amount`` or ``counter_amount``) needs. A number
    is accounted for when it is that value, is written with a token, is the other amount of a swap, tells what the
    user holds ("我有 800 个", "I had like 2 ETH"), or stands inside the recipient's name; a figure the user
    negates ("not 500") is no candidate at all."""
    numbers = _without_negated(text, _plain_numbers(text))
    tokens = chat_tokens(text)
    other_key = "counter_amount" if key == "amount" else "amount"
    amount, token = slots.get(key), slots.get("token" if key == "amount" else "counter_token")
    rec = str(slots.get("recipient") or "")
    rec_at = text.find(rec) if rec else -1
    counter = slots.get(other_key)
    pick: tuple[int, bool] | None = None
    loose: list[int] = []
    same: list[tuple[int, Decimal]] = []
    for n in numbers:
        t = _attached(text, n, tokens)
        holding = bool(_HOLDING_BEFORE.search(text[: n.start]))
        # "sell 1 of my 3 eth": the number written with the token tells the holding, not the amount
        on_token = t is not None and (token is None or t.symbol == token) and not holding
        if on_token:
            same.append((n.start, n.value))
        if n.value == amount and (pick is None or (on_token and not pick[1])):
            if pick is not None:
                loose.append(pick[0])
            pick = (n.start, on_token)
            continue
        if t is not None or (counter is not None and n.value == counter):
            continue
        if rec_at >= 0 and rec_at <= n.start < rec_at + len(rec):
            continue
        if holding:
            continue
        loose.append(n.start)
    every = [n.start for n in numbers]
    if pick is not None:
        rivals = tuple(at for at, value in same if value != amount)
        return NumberAccount(pick[0], pick[1], False, [s for s in loose if s != pick[0]], every, rivals)
    raw = [n for n in find_numbers(text) if n.value == amount]
    return NumberAccount(raw[0].start if raw else None, False, bool(raw), loose, every)


def repeated(text: str) -> bool:
    """The order is repeated or recurring ("twice", "3 times", "every month", "两次", "每个月"): one plan cannot
    carry it, so the amount is asked."""
    return bool(_REPEATED.search(text or ""))
