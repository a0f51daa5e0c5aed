"""NFT extractor: collection name and symbol, max supply, mint price (ETH), per-wallet limit, royalty percent,
base URI and whether an allow-list is asked for. Each value is read from cue words next to it; a number with no
cue is left unread, so the accounting asks about it instead of guessing."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal
from typing import Any

from ledgerlm.contracts.kinds.token.extract import SYMBOL_UNDECIDED
from ledgerlm.language.corrections import find_corrections
from ledgerlm.language.evidence import Ignored, Span, Unsure
from ledgerlm.language.extract import _I, Scan, _party, _search
from ledgerlm.language.parties import ME, read_name
from ledgerlm.language.plain import plain_scan, read_table, restore_name, settle_cjk_name, spaced_cjk_name
from ledgerlm.language.separators import apply_settings, read_settings

__all__ = ["extract"]

_QUOTED = re.compile(r"(?:[\"“‘「《『【]|(?<![A-Za-z0-9])')([^\"'”’」》』】\n]{2,48})(?:[\"”’」》』】]|'(?![A-Za-z]))")
_CALLED = re.compile(
    r"(?:\b(?:called|named|titled|call\s+it|calling\s+it|nama)\s+|"
    # "NFT：名 油麻地夜景，…": 名 alone is the key after a colon or comma; "nft for my photo zine: Night Ferries, …":
    # the name after what the collection is for
    r"(?:(?<=[，,：:])|(?<=[，,：:]\s))名(?![字称稱为為叫])\s*[:：]?\s*|\bfor\s+(?:my|our|the)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s*[:：]\s*|"
    r"\bname\s+is\s+|(?:名稱)\s*[:：為是]?\s*|\bname\s*[:：=]\s*|\bnamed?\s+|(?:名字|名称)?叫做?\s*|名为\s*|名字是\s*|(?:系列|合集|项目|藏品)名(?:称|字)?\s*[:：为是]?\s*|"
    r"(?:名字|名称)\s*[:：为是]?\s*|"
    # "NFT 系列 星轨，符号 STAR": the series' name after the word and a space, never one of the keys
    r"(?:系列|合集|数字藏品)\s*[\s:：]\s*(?!名|叫|代号|符号|总|数量|价|发行|限量|每|一共|共|上限)(?=[\u4e00-\u9fff]{2,10}\s*[，,;；(（])|"
    # "Collection: Rust Belt Relics.", "发个数字藏品：敦煌飞天，": the kind's word as a key, never before another key
    r"\bcollection(?:\s+name)?\s*[:：=]\s*|(?:数字藏品|藏品|(?-i:NFT))\s*[:：]\s*(?!名|叫|代号|符号|总|数量|价|系列|合集|发行|限量))"
    # "called uh Glow Worms": the fillers of dictation (in lower case) are no part of the name
    r"(?:(?-i:uh+|um+|erm?|hmm+)\s*,?\s+)?"
    # the name's own words are capitalised ("named Rusty Robots with symbol RBOT": "with" ends it)
    # ("Clouds of Lyon": a small joining word between capitalised words is part of the name)
    # ("Collection: Lagos Nights\nSymbol: LGN": the name ends with its line)
    r"((?-i:[A-Z0-9][\w\-]*(?:[ \t]+(?:(?:&|of|the|and|de|la|du|von|van)[ \t]+)?[A-Z0-9][\w\-]*){0,3})"
    r"|[\u4e00-\u9fff]{2,10})",
    _I,
)
_SYMBOL = re.compile(
    r"\(\s*\$?([A-Z][A-Z0-9]{1,10})\s*\)|（\s*\$?([A-Z][A-Z0-9]{1,10})\s*）|"
    r"(?:\b(?i:symbol|simbol|ticker|sym|tkr)\b\s*(?:(?i:is|will\s+be|should\s+be)\s+)?[:：=]?\s*|"
    r"(?:符号|代号|简称|缩写|代码|符號|代號|簡稱|縮寫|代碼)\s*[:：为是為]?\s*)\$?"
    # "symbol G L O W": three or more capitals spelled out in dictation, one by one
    # ("符号SHJ总量三千": a Chinese key right after the ticker ends it, with no word boundary between them)
    r"((?-i:[A-Z](?:[ .\-][A-Z]){2,9})(?![A-Za-z0-9])|(?!(?i:is|the|will|be)\b)[A-Za-z][A-Za-z0-9]{1,10})"
    r"(?![A-Za-z0-9_])|"
    # "code CLAY", "the short code GVIS": a looser key, so the ticker must be written in capitals
    r"(?i:\b(?:short\s+(?:code|name|form)|code|abbreviation)\s*(?:is\s+)?[:：=]?\s*)\$?([A-Z][A-Z0-9]{1,10})\b",
    re.UNICODE,
)
_NAME_BEFORE_SYMBOL = re.compile(
    # ("Ward 7 Portraits (W7P)": a number between capitalised words is part of the name)
    r"(?:^|[\s:：,，系列])([A-Z][\w\-]*(?:\s+(?:\d{1,4}\s+)?[A-Z][\w\-]*){0,3}|(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,10})\s*$"
)
#: "collection Sky Whales SKYW", "合集 猫咪日记 MEOW": a name and a bare ticker right after the kind's word
_NAME_TICKER = re.compile(
    r"(?:(?i:\b(?:collection|series|drop|project)|合集|系列|藏品|项目|項目)\s*[:：]?|(?i:\bNFTs?|数字藏品|藏品)?\s*[:：]|"
    # "nft Crumbs CRMB 100 supply": the kind's word, then the name and its ticker
    r"(?i:\bnfts?)\s+)\s*"
    # ("collection Desert Bloom symbol DSB": the ticker's key may stand between them)
    r"(?P<n>(?-i:[A-Z][\w\-]*(?:\s+[A-Z][a-z][\w\-]*){0,3})|[\u4e00-\u9fff]{2,10})\s+"
    r"(?:(?i:symbol|ticker|simbol)\s*[:：]?\s*)?\$?(?P<s>(?-i:[A-Z][A-Z0-9]{1,10}))\b"
)
#: "'Glitch Girls' / GLCH": a ticker right after the quoted name
_TICKER_AFTER_QUOTE = re.compile(r"[\"'”’」》]\s*[/|,，]?\s*\$?([A-Z][A-Z0-9]{1,10})\b")
#: "nft GLYPH「Glyphs」": a ticker in capitals right before the quote that opens the name
_TICKER_BEFORE_QUOTE = re.compile(r"(?<![A-Za-z0-9])\$?([A-Z][A-Z0-9]{1,10})\s*[\"“‘「《『【']$")
#: "call it Dino Doodles, DINO, and…", "叫 Tea Time，TEA，300 张": a ticker alone in the segment after the name
_TICKER_AFTER_NAME = re.compile(r"\s*[/|,，]\s*\$?([A-Z][A-Z0-9]{1,10})(?=\s*(?:[,，;；/|。]|\.(?:\s|$)|$))")
_ROYALTY_TO = [
    r"(?i:\broyalt(?:y|ies)\b[^,，;；]{0,20}?\b(?:to|goes\s+to|paid\s+to|for)\s+)(?P<p>)",
    r"版税[^，,；;]{0,12}?(?:给|归属于|归于|归|打给|付给|转给|打到|转到|付到|进)\s*(?P<p>)",
]
#: where the royalty goes, said in the clause after the royalty ("版税3%，收款人陈老师", "版税 8%，打到 0x…",
#: "royalties 10% paid to our treasury 0x…"): the receiver cue, then a description, then the address or name
#: the user's own account after a receiver cue ("to my wallet", "给我的钱包")
_MY_WALLET = re.compile(r"(?i:my\s+(?:own\s+)?(?:wallet|address|account))\b|我的?(?:钱包|地址|账户)")
_RECEIVER_CUE = re.compile(
    # a decimal point ("royalties 2.5% go to …") does not end the clause
    r"(?i:\broyalt(?:y|ies)\b(?:[^,，.;；。]|(?<=\d)\.(?=\d)){0,30}?(?:\b(?:to|for)\s+|\s*(?:->|→|=>|给|归|打给|打到|转到|付给)\s*))"
    r"|(?i:\broyalt(?:y|ies)\b(?:[^.;；。]|(?<=\d)\.(?=\d)){0,40}?\b(?:go(?:es)?\s+to|paid\s+(?:out\s+)?to|sent\s+to|receiver|recipient)\b"
    r"\s*(?:is\s+)?[:：]?\s*)"
    r"|版税[^，,。；;]{0,12}?(?:给|归属于|归于|归)\s*"
    # "版税百分之六，归我", "版税 5%，全部给 0x…": the receiver said in the clause right after the royalty
    r"|版税[^，,。；;]{0,12}[，,]\s*(?:都|全部|全)?\s*(?:归属于|归于|归|给|打给|付给|转给)\s*"
    r"|版税[^。；;]{0,24}?(?:收款人|收款地址|收款钱包|收款账户|接收人|接收地址|受益人|打给|付给|转给|打到|转到|付到)"
    r"\s*(?:是|为|[:：])?\s*"
)
_ADDRESS_DESCRIBED = re.compile(
    r"(?i:(?:the|our|my|a|an|its|their|his|her|your)\s+(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*\s*[:：(]?\s*)"
    r"|(?:我们的?|我的|公司的?)?[\u4e00-\u9fff]{0,8}\s*[:：]?\s*"
)
#: "0.04ETH"; "0.005 个 E 一张": E said for ETH, counted with 个
#: the user taking the royalty in the words right before its percent
_I_RECEIVE = re.compile(
    r"(?i:\b(?P<me>I)(?:['’]d|\s+would|\s+will|['’]ll|\s+want\s+to|\s+wanna|\s+should)?\s+(?:like\s+to\s+|love\s+to\s+)?"
    r"(?:receive|get|earn|collect|keep|take)\s+(?:a\s+|an\s+)?(?:royalty\s+of\s+)?)$"
    r"|(?P<zh>我)(?:想|要|希望|能|可以|就)?\s*(?:拿|收|得|赚|抽|分)(?:到|取)?\s*$"
)
_GLUED_ETH = re.compile(r"(?:eth|ether)\b|以太|\s*个\s*(?-i:E)(?![A-Za-z])|(?-i:E)(?![A-Za-z0-9])", _I)
_URI = re.compile(r"\b(?:ipfs|ar|https?)://[^\s,，。;；\"'”]+(?<![.!?)）])")  # a full stop after it ends the sentence
_ALLOW = re.compile(r"\ballow[- ]?list(?:ed)?\b|\bwhite[- ]?list(?:ed)?\b|白名单|\bpresale\s+list\b", _I)
_ROOT = re.compile(r"\b0x[0-9a-fA-F]{64}\b")

#: ("每個 錢包 最多 3 個": a space typed between the words of the Chinese cue too)
_WALLET = (
    r"(?:per[\s_]+(?:wallet|ad+r+e?ss|person|account|buyer|minter|user|head|guest|member|fan|customer|collector)|"
    r"each\s+(?:wallet|address|person)|for\s+(?:a|each|one|every|any)\s+(?:wallet|address|person)|"
    r"a\s+(?:wallet|person)|(?:wallet|address)\s+(?:limit|cap|max(?:imum)?)|"
    r"(?:max(?:imum)?|limit|mints?)?\s*(?:/|per)\s*(?:wallet|address|person)|"
    r"(?:people|everyone|anyone|each\s+(?:person|wallet)|users?|buyers?|minters?)\s+can\s+(?:only\s+)?"
    r"(?:mint|buy|get|claim)\s+(?:at\s+most|up\s+to|max(?:imum)?)|"
    r"每[ \t]?个?[ \t]?(?:地址|钱包|人|账户|用户)|每人|单个?[ \t]?(?:地址|钱包)|一个?(?:人|地址|钱包|账户))"
)
_SUPPLY_BEFORE = (
    r"(?:collection\s+of|(?:limited\s+)?editions?\s+of|supply(?:\s+(?:of|should\s+be|will\s+be|would\s+be|is))?|"
    r"max(?:imum)?\s+supply(?:\s+of)?|total(?:\s+of)?|"
    r"总量|总数|总共|共|发行量?|限量|一共|数量|最大供应量?|供应量|供应|铸造上限|上限|總量|總數|總共|發行量?|數量|供應量|series\s+of|set\s+of|drop\s+of|mint(?:ing)?|\bmax(?:imum)?|\bcap(?:ped)?(?:\s+at)?|"
    # "we make 250", "releasing 500": the pieces made
    r"\b(?:make|making|release|releasing|create|creating)(?:\s+(?:only|just|exactly))?)"
    r"\s*[:：=为是]?\s*$"
)
#: a count said again after a correction of the supply ("数量 三百 不对 四百", "supply 500, no wait, 600"): the count
#: said instead is the supply's too (the correction takes the first back; the one after it had no cue of its own)
_SUPPLY_CORRECTED = (
    r"(?:总量|总数|数量|发行量?|供应量?|限量|一共|总共|\bsupply|\bmax\s+supply|\btotal)\s*[:：=]?\s*"
    r"[\w.,]{0,12}?\s*[,，]?\s*(?:不对|不是|唔系|哦不|不不|改成|改为|(?i:no\s*,?\s*wait|sorry|i\s+mean|make\s+it))"
    r"\s*[,，]?\s*$"
)
#: the per-wallet cue after a count followed by its own count ("数量 两千 每人 限 三 个"): the count before the cue
#: is no per-wallet limit (it ends the setting before; the limit is the one after the cue)
_WALLET_OWN_COUNT = re.compile(
    r"\s*(?:每[ \t]?个?[ \t]?(?:地址|钱包|人|账户|用户)|单个?[ \t]?(?:地址|钱包))\s*(?:限|最多|只能|可以|能)?\s*"
    r"(?:限购|铸造|铸|买|领|mint)?\s*(?:\d+(?![\d.]*\s*[%％])|[一二两三四五六七八九十])",
    re.I,
)
_SUPPLY_AFTER = (
    r"^\s*(?:个|枚|张|份|件)?\s*(?:(?:[a-z][a-z\-]*\s+){0,2}(?:NFTs?|tokens|pieces|items|editions)\b|"
    # ("80 piece": the singular, as written by people for whom English is a second language)
    r"NFTs?|tokens?|pieces?\b(?!\s+(?:per|each|a\s+(?:wallet|person)|/))|items?\b(?!\s+(?:per|each))|editions?|avatars?|cards?|arts?|"
    r"(?:max\s+|total\s+)?supply\b|total\b|in\s+total|of\s+them\b|"
    # "777 max", "600 max 0.02 eth" (but "max 5 per wallet" caps a wallet, not the supply)
    r"max\b(?!\s*\d+\s*(?:(?:nfts?|tokens?|mints?|pieces)\s+)?(?:per|each|a\s+(?:wallet|person)|/|every))|"
    r"-\s*(?:piece|edition|item|token)s?\b|pcs\b|"
    # "300 keys", "120 tickets": a count of plural things (not a time, a percent or a per-wallet limit)
    # "100 membership passes": one describing word first
    r"(?:(?!(?:days|weeks|months|years|hours|minutes|seconds|per|more|of|to|for|at)\b)[a-z]{3,}\s+)?"
    r"(?!(?:days|weeks|months|years|hours|minutes|seconds|percent|wallets|addresses|persons|people|per)\b)"
    r"[a-z]{2,}s\b(?!\s+(?:per|each|a\s+(?:wallet|person)|max\s+per)\b)|"
    r"collectibles?|unique|pfps?|[\"'“‘「《]|个|枚|张|份|件|幅|"
    # "300 only", "150 only, free": a count said to be all there will be
    r"only\b(?!\s*(?:per|each|for\s+(?:a|each|one)|a\s+(?:wallet|person)|/)))"
)
_PRICE_BEFORE = (
    r"(?:price|costs?|at|for|mint\s+price|priced\s+at|售价|价格|单价|每个|每枚|每张|每份|定价|"
    # "mint 0.015": a fraction of a coin after "mint" is what a mint costs (a whole count after it is the supply)
    r"\bmint(?:ing)?)"
    r"\s*[:：=为是]?\s*$"
)


#: a fraction of a coin per piece with no other token named: "0.1 each (eth)", "0.05 apiece", "0.02 a piece"
_EACH_PRICE = re.compile(
    r"\s*(?:each|apiece|a\s+piece|per\s+(?:nft|piece|token|mint))\b\s*(?:[(（]\s*(?:eth|ether)\s*[)）])?(?!\s*[A-Z]{2,})",
    _I,
)
_ARTICLE = re.compile(
    r"\s*(?:个|款|套|组|份)\s*(?:新的?)?\s*[\u4e00-\u9fff]{0,4}?\s*(?:NFT|nft|数字|藏品|系列|合约|ERC|收藏|头像)"
)
#: "free mint", "免费铸造", "free, 2 per person": a price of zero (not "royalty-free", "feel free", "gas-free")
_FREE = re.compile(
    r"(?<![\w-])(?<!feel\s)(?<!royalty[- ])(?<!gas[- ])(?<!not\s)free\b(?!\s+(?:of|to\s+(?!mint)))"
    # "免费领取不行", "不免费": a free mint said not to be one
    r"|(?<!不)免费(?!\s*(?:领取|铸造|mint)?\s*(?:不行|不可以|不要|不了))",
    _I,
)


#: "Desert Runners / DRUN / 777 max", "NFT: Night Market | NMKT | 1000 supply": a spec written as segments, the name
#: one segment and the ticker the next
_SEGMENT_SEP = re.compile(r"\s+[/|｜]\s+|\s+(?:[—–]+|--)\s+|\s*[|｜,，、;；]\s*")
_SEGMENT_NAME = re.compile(
    r"(?:^\s*|[:：]\s*|\s[—–-]+\s*|\b(?:called|named|collection|drop|project|series|(?i:nfts?))\s+|项目\s*|系列\s*|合集\s*)"
    r"(?P<n>[A-Z][\w\-']*(?:\s+(?:(?:&|of|the|and|de|la|du|von|van)\s+)?[A-Z][\w\-']*){0,3}|[\u4e00-\u9fff]{2,10})\s*$"
)
#: the ticker segment, bare or with its key ("Neon Alley, symbol ALLEY")
#: ("symbol C M T L": the capitals spelled out one by one in dictation)
_SEGMENT_TICKER = re.compile(
    r"\s*(?:(?i:symbol|ticker|sym)\s*(?:(?i:is)\s+)?[:：=]?\s*)?\$?"
    r"(?P<s>[A-Z][A-Z0-9]{1,10}|[A-Z](?:[ .\-][A-Z]){2,9})\s*$"
)


#: the kind's words opening a segment before the name ("NFT Baobab Spirits", "NFT collection Koi Garden")
_KIND_LEAD = re.compile(
    r"(?i:(?:nfts?|erc-?721|pfp)\s+(?:(?:collection|drop|series|project)\s+)?)(?=(?-i:[A-Z\u4e00-\u9fff]))"
)


def _segments(s: Scan, params: dict[str, Any]) -> bool:
    """Name and ticker from a segmented spec: a segment that ends in a capitalised name (or a Chinese one),
    and the very next segment nothing but a ticker."""
    text = s.text
    cuts = [m for m in _SEGMENT_SEP.finditer(text) if not _inside_uri(text, m.start())]
    if not cuts:
        return False
    bounds = [0, *(x for m in cuts for x in (m.start(), m.end())), len(text)]
    pieces = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    for (a0, a1), (b0, b1) in itertools.pairwise(pieces):
        name = _SEGMENT_NAME.search(text[a0:a1])  # on the segment alone: "^" is the segment's start
        tick = _SEGMENT_TICKER.fullmatch(text, b0, b1)
        if name is None or tick is None or tick.group("s") in ("ETH", "NFT", "NFTS", "ERC721", "PFP"):
            continue
        n0, n1 = a0 + name.start("n"), a0 + name.end("n")
        kind = _KIND_LEAD.match(text, n0, n1)
        if kind is not None:  # "NFT Baobab Spirits, BAOB, …": the kind's word before the name is not part of it
            n0 = kind.end()
        if n0 >= n1 or text[n0:n1].split()[0].lower() in ("nft", "nfts", "erc721", "erc-721", "pfp"):
            continue
        params["name"], params["symbol"] = text[n0:n1], re.sub(r"[ .\-]", "", tick.group("s"))
        s.cite("name", n0, n1, "the collection's name, the segment before its ticker")
        s.cite("symbol", tick.start("s"), tick.end("s"), "the ticker segment right after the name")
        s.name_spans[params["name"]] = Span(n0, n1, text[n0:n1])
        after = pieces.index((b0, b1)) + 1
        if after < len(pieces):  # "Sleepy Sloths / SLTH / 9999 / …": a bare count right after the ticker is the supply
            c0, c1 = pieces[after]
            bare = re.fullmatch(r"\s*(\d[\d,_]*)\s*", text[c0:c1])
            idx = next((i for i, n in enumerate(s.numbers) if bare and n.start == c0 + bare.start(1)), None)
            if bare and idx is not None and s.numbers[idx].value == s.numbers[idx].value.to_integral_value():
                params["max_supply"] = int(s.numbers[idx].value)
                s.used.add(idx)
                s.cite("max_supply", s.numbers[idx].start, s.numbers[idx].end, "the bare count right after the ticker")
        return True
    return False


#: "my co-author Ines", "our mate Kai": a relation word before a capitalised name
_RELATION = re.compile(r"(?:my|our)\s+[a-z][a-z\-]{1,15}\s+(?=[A-Z])")


def _corrects_a_price(s: Scan, n: Any) -> bool:
    """A bare fraction right after a correction marker whose clause before names an ETH price ("0.08 eth, no sorry
    0.06", "每个 0.02 ETH，不，0.025"): the price said again. Both prices stand in the first reading (none is
    chosen); the reading without the words taken back keeps this one (``ledgerlm.language.guard``)."""
    for c in find_corrections(s.text):
        if c.after[0] != n.start or re.search(r"\d", s.text[n.end : c.after[1]].replace("ETH", "").replace("eth", "")):
            continue
        clause = s.text[c.before[0] : c.start]
        if _GLUED_ETH.search(clause) or any(t.symbol == "ETH" and c.before[0] <= t.start < c.start for t in s.tokens):
            return True
    return False


def _own_token(s: Scan, n: Any) -> Any:
    """The token of a number; a token written before it that already follows the number before ("0.04 eth 5 per
    wallet") is that number's, not this one's."""
    token = s.token_for(n)
    if token is None or token.end > n.start:
        return token
    for m in s.numbers:
        if m is not n and m.end <= token.start and re.fullmatch(r"\s*(?:个|枚)?\s*", s.text[m.end : token.start]):
            return None
    return token


def _inside_uri(text: str, pos: int) -> bool:
    return any(m.start() <= pos < m.end() for m in _URI.finditer(text))


def _receiver(s: Scan) -> str | None:
    """The royalty's receiver after a receiver cue of the royalty's clause: a name, or an address past its
    description ("the charity wallet 0x…", "我们的金库地址 0x…")."""
    for m in _RECEIVER_CUE.finditer(s.text):
        pos = m.end()
        addr = next(
            (a for a in s.addresses if a.start >= pos and _ADDRESS_DESCRIBED.fullmatch(s.text, pos, a.start)), None
        )
        if addr is not None:
            s.name_spans[addr.address] = Span(addr.start, addr.end, addr.text)
            return addr.address
        found = read_name(s.text, pos)
        rel = _RELATION.match(s.text, pos) if found is None or found.start != pos else None
        if rel is not None:  # "to my co-author Ines": a relation word the name reader does not know, then the name
            found = read_name(s.text, rel.end())
            pos = rel.end()
        if found is not None and found.start == pos:
            s.name_spans[found.name] = Span(found.start, found.end, found.text)
            return found.name
        mine = _MY_WALLET.match(s.text, pos)  # "royalties 10% to my wallet": your own account
        if mine is not None:
            s.name_spans[ME] = Span(mine.start(), mine.end(), mine.group(0))
            return ME
    return None


_ASK_NFT_SYMBOL = (
    "You wrote '{w}': the ticker does not look settled. Which symbol should the collection have?",
    "您写了“{w}”：代号似乎还没定。这个 NFT 系列的符号（symbol）用哪个？",
)


def _drop_undecided_symbol(s: Scan, params: dict[str, Any]) -> None:
    """A ticker said not to be chosen yet ("ticker undecided", "symbol TBD later", "代号还没想好") is asked: the
    word written after the key is no symbol (the token kind reads the same phrases)."""
    if not isinstance(params.get("symbol"), str):
        return
    m = SYMBOL_UNDECIDED.search(s.text)
    if m is None:
        return
    params.pop("symbol")
    s.evidence.pop("symbol", None)
    s.unsure.append(Unsure("symbol", m.start(), m.end(), m.group(0), *_ASK_NFT_SYMBOL))


def _name_symbol(s: Scan, params: dict[str, Any]) -> None:
    """The collection's name and ticker; a Chinese name's edges settled (``settle_cjk_name``), one dictated with
    spaces read after its cue, and the numbers inside the name marked used ("Ward 7 Portraits": 7 is no count)."""
    _name_symbol_rules(s, params)
    name = params.get("name")
    old = s.name_spans.pop(name, None) if isinstance(name, str) else None
    name = settle_cjk_name(s, "name", name) if isinstance(name, str) else spaced_cjk_name(s, "name")
    ev = s.evidence.get("name")
    if name is None or ev is None or not ev.spans:
        params.pop("name", None)
        return
    params["name"] = name
    span = ev.spans[0]
    s.name_spans[name] = old if old is not None and (old.start, old.end) == (span.start, span.end) else span
    s.used.update(i for i, n in enumerate(s.numbers) if span.start <= n.start < span.end)


def _name_symbol_rules(s: Scan, params: dict[str, Any]) -> None:
    if _segments(s, params):
        return
    for rx in (_QUOTED, _CALLED):
        # "NFT: 300 tickets for the 2027 gala": a count (a number alone, or before a measure word) is never a name
        m = next((m for m in rx.finditer(s.text) if not _A_COUNT.fullmatch(m.group(1).strip())), None)
        if m:
            start, end = m.start(1), m.end(1)
            count = _TRAILING_COUNT.search(m.group(1)) if rx is _CALLED else None
            if count is not None and re.match(_COUNTED_AFTER, s.text[end:], _I):
                end = start + count.start()  # "called Sky Whales 100 pieces": the count after the name is no part of it
            ticker = _TRAILING_TICKER.search(s.text[start:end]) if rx is _CALLED else None
            keyed = _SYMBOL.search(s.text)
            if (
                ticker is not None
                and ticker.group(1) not in ("NFT", "NFTS", "PFP", "ETH")
                and _abbreviates(ticker.group(1), s.text[start : start + ticker.start()])
                and keyed is None
            ):
                # "called Goblin Gang GOBG": capitals after a name in title case, spelled from its letters, are its
                # ticker ("Club NYC" keeps NYC: not spelled from "Club"; a ticker given with its key keeps the name)
                end = start + ticker.start()
                params["symbol"] = ticker.group(1)
                s.cite("symbol", start + ticker.start(1), start + ticker.end(1), "the ticker right after the name")
            params["name"] = s.text[start:end].strip()
            s.cite("name", start, start + len(params["name"]), "the collection's name")
            s.name_spans[params["name"]] = Span(start, start + len(params["name"]), params["name"])
            break
    nt = _NAME_TICKER.search(s.text)
    if (
        nt
        and params.get("name", nt.group("n")) == nt.group("n")  # "NFT：像素猫 PXCAT": the name read, then its ticker
        and nt.group("s") not in ("ETH", "NFT", "NFTS", "ERC721", "PFP")
    ):
        params["name"], params["symbol"] = nt.group("n"), nt.group("s")
        s.cite("name", nt.start("n"), nt.end("n"), "the collection's name")
        s.cite("symbol", nt.start("s"), nt.end("s"), "the ticker right after the name")
        s.name_spans[params["name"]] = Span(nt.start("n"), nt.end("n"), nt.group("n"))
        return
    m = _SYMBOL.search(s.text)
    if m is None and "name" in params:
        start = s.evidence["name"].spans[0].start
        before = _TICKER_BEFORE_QUOTE.search(s.text, 0, start)
        if before is not None and before.group(1) not in ("ETH", "NFT", "NFTS", "PFP", "ERC721"):
            # "nft GLYPH「Glyphs」777 个": the ticker right before the quoted name
            params["symbol"] = before.group(1)
            s.cite("symbol", before.start(1), before.end(1), "the ticker right before the quoted name")
            return
        end = s.evidence["name"].spans[0].end
        q = _TICKER_AFTER_QUOTE.match(s.text, end) or _TICKER_AFTER_NAME.match(s.text, end)
        if q and q.group(1) not in ("ETH", "NFT", "NFTS", "PFP"):
            params["symbol"] = q.group(1)
            s.cite("symbol", q.start(1), q.end(1), "the ticker right after the name")
            return
    if m:
        g = next(i for i in (1, 2, 3, 4) if m.group(i))
        params["symbol"] = re.sub(r"[ .\-]", "", m.group(g))
        s.cite("symbol", m.start(g), m.end(g), "the collection's symbol")
        if "name" not in params and g in (1, 2):  # "Lantern (LNTN)": the capitalised words right before the symbol
            before = _NAME_BEFORE_SYMBOL.search(s.text[: m.start()])
            if before and before.group(1).split()[0].lower() not in ("nft", "nfts", "erc721", "erc-721"):
                params["name"] = before.group(1)
                s.cite("name", before.start(1), before.end(1), "the capitalised words before the symbol")
                s.name_spans[params["name"]] = Span(before.start(1), before.end(1), before.group(1))


#: a bare whole number alone in the segment right after the ticker ("'Mango Season' MNGO, 500, 0.01 ETH")
#: ("NFT Shadow Puppets SHDP 500 at 0.02 ETH": or the count sold at a price right after it)
_BARE_AFTER_TICKER = re.compile(
    r"\s*[,，/|]\s*(?P<n>\d[\d,_]*)\s*(?=[,，/|;；]|$)|\s+(?P<m>\d[\d,_]*)(?=\s*@|\s+(?i:at|for)\s+\d)"
    # ("NFT Kente Kings KNTE 999, mint 0.03 ETH": or a count alone between the ticker and the next comma)
    r"|[ \t]+(?P<k>\d{1,3}(?:,\d{3})+|\d+)(?=[ \t]*[,，;；][ \t]|[ \t]*$)"
)


def _bare_count_after_ticker(s: Scan, params: dict[str, Any]) -> None:
    """A terse spec lists name, ticker, then the supply: a bare whole number in the very next segment after the
    ticker is the max supply (a number with any word of its own is left to the cue rules)."""
    ev = s.evidence.get("symbol")
    if "max_supply" in params or ev is None or not ev.spans:
        return
    m = _BARE_AFTER_TICKER.match(s.text, ev.spans[-1].end)
    if m is None:
        return
    g = next(k for k in ("n", "m", "k") if m.group(k) is not None)
    for i, n in enumerate(s.numbers):
        if n.start == m.start(g) and n.end == m.end(g) and i not in s.used and not n.percent:
            # ("'Koi' KOI, 2026, …": a bare year may be a date as well as a count: left to the cue rules, asked)
            if n.value == n.value.to_integral_value() and n.value >= 1 and not re.fullmatch(r"(?:19|20)\d\d", n.text):
                params["max_supply"] = int(n.value)
                s.used.add(i)
                s.cite("max_supply", n.start, n.end, "the bare count right after the ticker")
            return


#: a ticker in capitals closing a name written in title case ("Goblin Gang GOBG"; never "Club NYC 2", "DAO Art")
_TRAILING_TICKER = re.compile(r"(?<=[a-z0-9])\s+([A-Z][A-Z0-9]{1,10})$")


def _abbreviates(ticker: str, name: str) -> bool:
    """Whether the letters of ``ticker`` are taken, in order, from ``name``, beginning with its first letter."""
    letters = iter(c for c in name.upper() if c.isalnum())
    first = next(letters, "")
    if not ticker or ticker[0] != first:
        return False
    return all(c in letters for c in ticker[1:])


#: a count closing the capitalised words of a name, and the words that say it counts pieces ("Sky Whales 100 pieces")
_TRAILING_COUNT = re.compile(r"\s+\d[\d,]*$")
_COUNTED_AFTER = r"\s*(?:pieces?|pcs|of\s+them|supply|editions?|items?|tokens?|nfts?|max|total|个|张|份|枚|件|幅)\b"
#: a number alone, or a number and its measure word ("300", "30 幅", "1,000 pieces"): a count, never a name
_A_COUNT = re.compile(r"[\d,._]+(?:\s*(?:个|张|幅|份|枚|件|只|套|pieces?|tickets?|items?))?")


#: the keys of a settings list ("name=Sodium Lights; symbol=SODL; supply=2222; price=0.015eth; per_wallet=4",
#: "名称：青花瓷；符号：QHC"): key -> (param, the grammar its value is read with)
_SETTINGS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(
        ("name", "collection", "collection name", "title", "名称", "名字", "名稱", "系列名"), ("name", "text")
    ),
    **dict.fromkeys(("symbol", "ticker", "sym", "tkr", "符号", "代号", "简称", "符號", "代號"), ("symbol", "symbol")),
    **dict.fromkeys(
        (
            "supply",
            "max supply",
            "max",
            "total",
            "total supply",
            "count",
            "pieces",
            "size",
            "editions",
            "总量",
            "数量",
            "发行量",
            "最大供应量",
            "供应量",
            "限量",
            "總量",
            "數量",
            "铸造上限",
            "上限",
        ),
        ("max_supply", "count"),
    ),
    **dict.fromkeys(
        ("price", "mint price", "cost", "mint", "价格", "单价", "售价", "铸造价格", "價格"), ("mint_price", "eth")
    ),
    **dict.fromkeys(
        (
            "per wallet",
            "max per wallet",
            "wallet limit",
            "max/wallet",
            "limit",
            "per address",
            "max per address",
            "每个钱包",
            "每人",
            "每地址",
            "每个地址",
            "限购",
            "每人限购",
        ),
        ("max_per_wallet", "count"),
    ),
    **dict.fromkeys(("royalty", "royalties", "royalty pct", "royalty %", "版税", "版稅"), ("royalty_pct", "percent")),
}
#: "TIDE for short": a ticker said as the name's short form
_FOR_SHORT = re.compile(r"\b\$?([A-Z][A-Z0-9]{1,10})\s+for\s+short\b")
#: "price is zero", "mint price: 0": a price of nothing, in a number the ETH rules do not see
_PRICE_ZERO = re.compile(r"(?i:\b(?:mint\s+)?(?:price|cost)\s*(?:is|will\s+be|[:：=])?\s*)$")


#: the header words of a pasted table, by the param their column holds (``read_table``)
_TABLE_TEXT = {
    "name": ("name", "collection", "collection name", "nft name", "名称", "名字"),
    "symbol": ("symbol", "ticker", "sym", "代号", "符号", "简称"),
}
_TABLE_NUMBER = {
    "max_supply": ("supply", "max supply", "maximum supply", "total supply", "总量", "发行量"),
    "mint_price": ("price", "mint price", "价格"),
    "max_per_wallet": ("per wallet", "max per wallet", "wallet limit"),
}


#: "royalties to 0xAb58… at 4%": the receiver's address between the royalty word and its share
_ROYALTY_AT = re.compile(
    r"(?i:royalt(?:y|ies)\s+(?:go(?:es)?\s+|paid\s+)?to\s+0x[0-9a-f]{40}\s*(?:,\s*)?(?:at|@|of|[:：])\s*)$"
)
#: two names offered as a choice after the key ("名称用 星河 还是 银河", "name Sky Whales or Sky Pods?")
_NAME_CHOICE = re.compile(
    r"(?:名字|名称|系列名|合集名)\s*(?:就|要|先)?用?\s*[^\s，,。；;]{1,20}?\s*(?:还是|或者|或是)"
    r"|(?i:\bname\b\s*(?:is\s+|[:：=]\s*)?)(?-i:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}\s+or\s+(?:maybe\s+)?[A-Z][\w\-]*)"
    r"(?=\s*[,，.?？]|$)"
)
_ASK_NAME = (
    "You wrote '{w}': two names are offered. Which name should the collection have?",
    "您写了“{w}”：给了两个名字。系列用哪个名称？",
)


def extract(s: Scan) -> dict[str, Any]:
    """The kind's rules over the text in simplified characters ("數位收藏《春江》，免費鑄造" read as 数位收藏…免费铸造);
    the name, the receiver and every span quote the user's own words."""
    with plain_scan(s) as plain:
        params = _extract_settled(s)
        read_table(s, plain, params, _TABLE_TEXT, _TABLE_NUMBER, ("max_supply", "max_per_wallet"))
        choice = _NAME_CHOICE.search(s.text)
        if choice is not None and "name" in params:
            params.pop("name")  # "名称用 星河 还是 银河": two names offered, neither is the name
            s.evidence.pop("name", None)
            s.unsure.append(Unsure("name", choice.start(), choice.end(), choice.group(0), *_ASK_NAME))
    plain.restore(params, "name", "royalty_receiver")
    restore_name(s, params)
    return params


def _extract_settled(s: Scan) -> dict[str, Any]:
    """The kind's rules, and the settings of a key=value list reconciled with them (``apply_settings``)."""
    readings = read_settings(s, _SETTINGS)
    params = _extract_rules(s)
    opens = _NAME_OPENS.match(s.text)
    if "name" not in params and opens and opens.group("n").split()[0].lower() not in ("nft", "nfts", "erc721", "my"):
        params["name"] = opens.group("n")
        s.cite("name", opens.start("n"), opens.end("n"), "the capitalised name before the kind's word")
        s.name_spans[params["name"]] = Span(opens.start("n"), opens.end("n"), opens.group("n"))
    if "symbol" not in params:
        short = _FOR_SHORT.search(s.text)
        if short and short.group(1) not in ("ETH", "NFT", "NFTS", "PFP"):
            params["symbol"] = short.group(1)
            s.cite("symbol", short.start(1), short.end(1), "the ticker said as the name's short form")
    if "mint_price" not in params:
        zero = [
            (i, n)
            for i, n in enumerate(s.numbers)
            if i not in s.used
            and n.value == 0
            and not n.percent
            and _PRICE_ZERO.search(s.text[max(0, n.start - 24) : n.start])
        ]
        if len(zero) == 1:
            i, n = zero[0]
            params["mint_price"] = 0
            s.used.add(i)
            s.cite("mint_price", n.start, n.end, "a price of zero: a free mint")
    apply_settings(s, params, readings)
    return params


def _extract_rules(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    text = s.text
    _name_symbol(s, params)
    _bare_count_after_ticker(s, params)
    _drop_undecided_symbol(s, params)
    receiver = _party(s, _ROYALTY_TO) or _receiver(s)
    if receiver:
        params["royalty_receiver"] = receiver
    for w in re.finditer(r"\b(?:NFTs?|ERC-?721|PFPs?)\b", text, _I):  # the kind's own words, not a party's name
        s.ignored.append(Ignored(w.start(), w.end(), w.group(0), "the kind of contract"))
    # "Name: …, Price: 0.015 ETH, Max/wallet: 3": the keys of a key: value list are no names of people
    for w in re.finditer(
        r"\b(?:Name|Ticker|Symbol|Supply|Price|Max|Royalty|Royalties|Limit|Mint|Base)(?=\s*[:：/=])", text
    ):
        s.ignored.append(Ignored(w.start(), w.end(), w.group(0), "a key of a key: value list"))
    m = _URI.search(text)
    if m:
        params["base_uri"] = m.group(0)
        s.cite("base_uri", m.start(), m.end(), "a URI")
    m = _ALLOW.search(text)
    if m and not re.search(r"\b(?:no|without)\s+(?:an?\s+)?$|不要|无需|没有", s.before(m.start(), 12), _I):
        params["allowlist"] = True
        s.cite("allowlist", m.start(), m.end(), "an allow-list is asked for")
        root = _ROOT.search(text)
        if root:
            params["allowlist_root"] = root.group(0)
            s.cite("allowlist_root", root.start(), root.end(), "the allow-list's Merkle root")
    uri_span = (m.start(), m.end()) if (m := _URI.search(text)) else None
    prices: list[tuple[int | None, Decimal, int, int, str]] = []
    supplies: list[tuple[str | None, int, Any]] = []
    for i, n in enumerate(s.numbers):
        if i in s.used or s.in_address(n) or (uri_span and uri_span[0] <= n.start < uri_span[1]):
            if uri_span and uri_span[0] <= n.start < uri_span[1]:
                s.used.add(i)
            continue
        if n.text in ("一", "1") and _ARTICLE.match(text, n.end):
            s.ignored.append(Ignored(n.start, n.end, n.text, "an article (一个 NFT), not a count"))
            s.used.add(i)
            continue  # "发行一个NFT系列", "一个会员卡NFT": an article, not a count
        if n.percent:
            if "royalty_pct" not in params and (
                _search(
                    r"royalt|版税|创作者收益|二次销售|resale|resold|resell|secondary|转卖|转售|二手",
                    s.before(n.start, 30) + s.after(n.end, 30),
                )
                or _ROYALTY_AT.search(s.before(n.start, 90))
            ):
                params["royalty_pct"] = n.value
                s.used.add(i)
                mine = _I_RECEIVE.search(s.before(n.start, 40))
                if mine is not None and "royalty_receiver" not in params:
                    # "I'd like to receive 7.5% whenever one is resold", "我想拿 10% 的版税": the user's own account
                    pos = n.start - len(s.before(n.start, 40)) + mine.start()
                    params["royalty_receiver"] = ME
                    word = mine.group("me") or mine.group("zh")
                    s.name_spans[ME] = Span(pos, pos + len(word), word)
                    s.cite("royalty_receiver", pos, n.start, "the user takes the royalty")
            continue
        token = _own_token(s, n)
        before, after = s.before(n.start, 24), s.after(n.end, 30)
        if n.text == "一" and re.match(r"(?:个)?(?:人|地址|钱包|账户)\s*(?:限|最多)?\s*(?:一|\d)", after):
            s.ignored.append(Ignored(n.start, n.end, n.text, "one person / address: the per-wallet cue (一人一张)"))
            s.used.add(i)
            continue
        if (
            n.text in ("一", "1")
            and re.match(r"\s*(?:张|个|枚|份|件|只)", after)
            and (
                _search(r"(?:eth|ether|以太坊?)\s*$", before)
                # "一张 0.01 ETH": the piece, then its price
                or re.match(r"\s*(?:张|个|枚|份|件|只)\s*[\d.]+\s*(?:eth|ether|以太)", after, _I)
            )
        ):
            s.ignored.append(Ignored(n.start, n.end, n.text, "the piece a price is for (0.01 ETH 一张)"))
            s.used.add(i)
            continue
        if token is not None:
            if token.symbol == "ETH":
                prices.append((i, n.value, n.start, max(n.end, token.end), "a price in ETH"))
            continue  # a price in another token: the contract takes ETH only, so it stays unread (a question)
        glued = _GLUED_ETH.match(text, n.end)
        if glued:  # "0.04ETH": the scanner finds no token glued to a number
            prices.append((i, n.value, n.start, glued.end(), "a price in ETH"))
            continue
        if n.value != n.value.to_integral_value():
            if _search(_PRICE_BEFORE, before) or _EACH_PRICE.match(text, n.end):  # "0.1 each (eth)"
                prices.append((i, n.value, n.start, n.end, "a price with no token named: read as ETH"))
            elif _corrects_a_price(s, n):  # "0.04 eth, oh wait 0.035": the bare number said instead of the price
                prices.append((i, n.value, n.start, n.end, "a price in ETH, said again as a correction"))
            continue
        if "max_per_wallet" not in params and (
            # "limit 2 each", "max 3 apiece": a limit, then "each" (of the people who mint)
            (
                _search(r"\b(?:limit(?:ed)?(?:\s+(?:to|of))?|max(?:imum)?|up\s+to|at\s+most)\s*[:：=]?\s*$", before)
                and re.match(r"\s*(?:each|apiece|a\s+head|per\s+head)\b", after, _I)
            )
            or (
                re.match(
                    r"\s*(?:NFTs?|tokens?|mints?|pieces?|个|枚|张|份)?\s*(?:max(?:imum)?\s+|at\s+most\s+)?" + _WALLET,
                    after,
                    _I,
                )
                and not _WALLET_OWN_COUNT.match(after)
            )
            or _search(
                _WALLET + r"\s*[:：=]?\s*(?:最多|限|max|up\s+to|"
                r"limit(?:ed)?\s+(?:to|of)?)?\s*"
                r"只?(?:可|能)?(?:限购|限铸|限领|领取|限|mint|铸造|买|购买|领)?\s*$",
                before,
            )
        ):
            params["max_per_wallet"] = int(n.value)
            s.used.add(i)
            continue
        if (
            "max_supply" not in params
            # "first 50 mints free", "前 100 个免费": the first ones minted, never how many there are
            and not _search(r"(?:\bfirst|\bopening|前|头)\s*$", before)
            and (
                _search(_SUPPLY_BEFORE, before)
                or re.match(_SUPPLY_AFTER, after, _I)
                or _search(_SUPPLY_CORRECTED, s.before(n.start, 40))
            )
        ):
            supplies.append((_side_count(s, n), i, n))
    _choose_supply(s, params, supplies)
    _word_limit(s, params)
    free = _FREE.search(text)
    if free is not None and _FREE_DENIED.match(text, free.end()):
        s.ignored.append(Ignored(free.start(), free.end(), free.group(0), "a free mint asked about and denied"))
        free = None  # "mint 免费？不是，0.02 ETH", "free? no, 0.01 eth": the price said after the denial stands
    if free:
        prices.append((None, Decimal(0), free.start(), free.end(), "a free mint: the price is zero"))
    if len({p[1] for p in prices}) == 1:
        at, value, start, end, rule = prices[0]
        params["mint_price"] = value if at is not None else 0
        if at is not None:
            s.used.add(at)
        if "no token" in rule:
            s.notes.append("mint_price: no token named next to the price; read as ETH (the only mint currency)")
        s.cite("mint_price", start, end, rule)
    # two prices ("白名单免费，公开发售0.03 ETH", "public 0.07 ETH and presale 0.05 ETH"): the contract has one mint
    # price, so none is chosen; each stays unread and is asked about
    return params


#: a free mint wondered about, then denied ("免费？不是，", "免費？唔係 —", "free? no,")
_FREE_DENIED = re.compile(r"\s*[?？]\s*(?:不是|不|唔系|唔係|没有|(?i:no|nope|nah))(?=\s*[,，—–\-.。…]|\s+\d|\s*$)")
#: a count said in passing, beside the request: "(about 2,300 members lol)", "the 2026 edition", "大约 3000 粉丝"
_ABOUT = re.compile(
    r"(?i:\b(?:about|around|roughly|approximately|approx\.?|nearly|almost|over|like|~)\s*|~\s*)$|(?:大约|大概|约|差不多|将近|接近|超过)\s*$"
)
_COUNT_NOUN_AFTER = re.compile(
    r"\s*(?:nfts?|tokens?|pieces?|pcs|items?|editions\b|supply|max\b|total|in\s+total|个|张|份|枚|件)", _I
)
_YEAR_AFTER = re.compile(r"\s*(?:edition|season|version|series|collection|drop|年)\b", _I)


def _side_count(s: Scan, n: Any) -> str | None:
    """Why the supply cue of ``n`` may be a count said in passing (None when nothing says so): an approximate
    count ("about 2,300 members"), or a year written before a singular word ("the 2026 edition")."""
    if _ABOUT.search(s.before(n.start, 16)):
        return "an approximate count said in passing, not the supply"
    if re.fullmatch(r"(?:19|20)\d\d", n.text) and (
        _YEAR_AFTER.match(s.text, n.end) or not _COUNT_NOUN_AFTER.match(s.text, n.end)
    ):
        # "my 2025 tour photos": a year before a describing word and a plural (a count of pieces is said plainly)
        return "a year, not the supply"
    return None


def _choose_supply(s: Scan, params: dict[str, Any], supplies: list[tuple[str | None, int, Any]]) -> None:
    """The max supply among the numbers with a supply cue: the first said plainly ("5000 max", "777 tokens"); one
    said in passing beside it ("about 2,300 members", "2026 edition") is set aside, never the supply. Only counts in
    passing: the first is read as before (a question if the rest disagrees)."""
    plain = [c for c in supplies if c[0] is None]
    if not plain:
        if supplies:
            _, i, n = supplies[0]
            params["max_supply"] = int(n.value)
            s.used.add(i)
        return
    _, i, n = plain[0]
    params["max_supply"] = int(n.value)
    s.used.add(i)
    for why, j, m in supplies:
        if why is not None:
            s.ignored.append(Ignored(m.start, m.end, m.text, why))
            s.used.add(j)


_WORD_LIMIT = re.compile(
    r"\b(?P<w>one|two|three|four|five|six|seven|eight|nine|ten|a\s+single|single)\s+"
    r"(?:(?:(?:nfts?|tokens?|mints?|pieces?|passes)\s+)?(?:max(?:imum)?\s+|only\s+)?" + _WALLET + r"\b"
    # "free, one each": a count in words and "each" (a digit price is "0.1 each", never this)
    r"|each\b(?!\s+(?:eth|ether)))",
    _I,
)
#: "Pixel Pets collection — symbol PETZ": the capitalised name that opens the request, right before the kind's word
_NAME_OPENS = re.compile(
    r"^\s*(?P<n>(?:[A-Z][\w'&\-]*\s+){0,3}[A-Z][\w'&\-]*)\s+(?:NFT\s+)?(?i:collection|series|drop|nfts?)\b"
)
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _word_limit(s: Scan, params: dict[str, Any]) -> None:
    """ "one per wallet", "a single mint per person": a limit in a word the number scanner may not read alone."""
    if "max_per_wallet" in params:
        return
    m = _WORD_LIMIT.search(s.text)
    if m is None:
        return
    word = m.group("w").lower()
    params["max_per_wallet"] = _WORDS.get(word, 1)
    s.cite("max_per_wallet", m.start(), m.end(), "a per-wallet limit in words")
    s.used.update(i for i, n in enumerate(s.numbers) if m.start() <= n.start < m.end())
