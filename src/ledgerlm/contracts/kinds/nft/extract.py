"""NFT extractor: collection name and symbol, max supply, mint price (ETH), per-wallet limit, royalty percent,
base URI and whether an allow-list is asked for. Each value is read from cue words next to it; a number with no
cue is left unread, so the accounting asks about it instead of guessing."""

from __future__ import annotations

import re
from typing import Any

from ledgerlm.language.evidence import Evidence, Ignored, Span
from ledgerlm.language.extract import _I, Scan, _party, _search

__all__ = ["extract"]

_QUOTED = re.compile(r"(?:[\"“‘「《]|(?<![A-Za-z])')([^\"'”’」》\n]{2,48})(?:[\"”’」》]|'(?![A-Za-z]))")
_CALLED = re.compile(
    r"(?:\b(?:called|named|name(?:d)?\s*[:：]?|titled)\s+|(?:名字|名称)?叫做?\s*|名为\s*|名字是\s*|"
    r"(?:名字|名称)\s*[:：为是]?\s*)"
    r"([A-Z0-9][\w\-]*(?:\s+(?:&\s+)?[A-Z0-9][\w\-]*){0,3}|[\u4e00-\u9fff]{2,10})",
    _I,
)
_SYMBOL = re.compile(
    r"\(\s*\$?([A-Z][A-Z0-9]{1,10})\s*\)|（\s*\$?([A-Z][A-Z0-9]{1,10})\s*）|"
    r"(?:\b(?:symbol|ticker)\s*[:：=]?\s*|(?:符号|代号|简称|缩写|代码)\s*[:：为是]?\s*)\$?([A-Za-z][A-Za-z0-9]{1,10})\b",
    re.UNICODE,
)
_NAME_BEFORE_SYMBOL = re.compile(
    r"(?:^|[\s:：,，系列])([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}|(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,10})\s*$"
)
#: "collection Sky Whales SKYW", "合集 猫咪日记 MEOW": a name and a bare ticker right after the kind's word
_NAME_TICKER = re.compile(
    r"(?i:\b(?:collection|series|drop|project)|合集|系列|藏品)\s*[:：]?\s*"
    r"(?P<n>(?-i:[A-Z][\w\-]*(?:\s+[A-Z][a-z][\w\-]*){0,3})|[\u4e00-\u9fff]{2,10})\s+\$?(?P<s>(?-i:[A-Z][A-Z0-9]{1,10}))\b"
)
#: "'Glitch Girls' / GLCH": a ticker right after the quoted name
_TICKER_AFTER_QUOTE = re.compile(r"[\"'”’」》]\s*[/|,，]?\s*\$?([A-Z][A-Z0-9]{1,10})\b")
_ROYALTY_TO = [
    r"(?i:\broyalt(?:y|ies)\b[^,，;；]{0,20}?\b(?:to|goes\s+to|paid\s+to|for)\s+)(?P<p>)",
    r"版税[^，,；;]{0,12}?(?:给|归|打给|付给|转给|打到|转到|付到|进)\s*(?P<p>)",
]
_GLUED_ETH = re.compile(r"(?:eth|ether)\b|以太", _I)
_URI = re.compile(r"\b(?:ipfs|ar|https?)://[^\s,，。;；\"'”]+")
_ALLOW = re.compile(r"\ballow[- ]?list(?:ed)?\b|\bwhite[- ]?list(?:ed)?\b|白名单|\bpresale\s+list\b", _I)
_ROOT = re.compile(r"\b0x[0-9a-fA-F]{64}\b")

_WALLET = (
    r"(?:per\s+(?:wallet|ad+r+e?ss|person|account|buyer|minter|user|head|guest|member|fan|customer|collector)|"
    r"each\s+(?:wallet|address|person)|"
    r"a\s+(?:wallet|person)|每个?(?:地址|钱包|人|账户|用户)|每人|单个?(?:地址|钱包))"
)
_SUPPLY_BEFORE = (
    r"(?:collection\s+of|supply(?:\s+of)?|max(?:imum)?\s+supply(?:\s+of)?|total(?:\s+of)?|"
    r"总量|总数|总共|共|发行量?|限量|一共|数量|series\s+of|set\s+of|drop\s+of|mint(?:ing)?|\bmax(?:imum)?|\bcap(?:ped)?(?:\s+at)?)"
    r"\s*[:：=为是]?\s*$"
)
_SUPPLY_AFTER = (
    r"^\s*(?:个|枚|张|份|件)?\s*(?:(?:[a-z][a-z\-]*\s+){0,2}(?:NFTs?|tokens|pieces|items|editions)\b|"
    r"NFTs?|tokens?|pieces|items|editions?|avatars?|cards?|arts?|"
    r"(?:max\s+|total\s+)?supply\b|total\b|in\s+total|max\b(?!\s*\d)|of\s+them\b|"
    r"-\s*(?:piece|edition|item|token)s?\b|pcs\b|"
    # "300 keys", "120 tickets": a count of plural things (not a time, a percent or a per-wallet limit)
    r"(?!(?:days|weeks|months|years|hours|minutes|seconds|percent|wallets|addresses|persons|people|per)\b)"
    r"[a-z]{2,}s\b(?!\s+(?:per|each|a\s+(?:wallet|person)|max\s+per)\b)|"
    r"collectibles?|unique|pfps?|[\"'“‘「《]|个|枚|张|份|件)"
)
_PRICE_BEFORE = (
    r"(?:price|costs?|at|for|mint\s+price|priced\s+at|售价|价格|单价|每个|每枚|每张|每份|定价)"
    r"\s*[:：=为是]?\s*$"
)


_ARTICLE = re.compile(
    r"\s*(?:个|款|套|组|份)\s*(?:新的?)?\s*[\u4e00-\u9fff]{0,4}?\s*(?:NFT|nft|数字|藏品|系列|合约|ERC|收藏|头像)"
)
#: "free mint", "免费铸造", "free, 2 per person": a price of zero (not "royalty-free", "feel free", "gas-free")
_FREE = re.compile(r"(?<![\w-])(?<!feel\s)(?<!royalty[- ])(?<!gas[- ])free\b(?!\s+(?:of|to\s+(?!mint)))|免费", _I)


def _name_symbol(s: Scan, params: dict[str, Any]) -> None:
    for rx in (_QUOTED, _CALLED):
        m = rx.search(s.text)
        if m:
            params["name"] = m.group(1).strip()
            s.cite("name", m.start(1), m.end(1), "the collection's name")
            s.name_spans[params["name"]] = Span(m.start(1), m.end(1), m.group(1))
            break
    nt = _NAME_TICKER.search(s.text)
    if nt and "name" not in params and nt.group("s") not in ("ETH", "NFT", "NFTS", "ERC721", "PFP"):
        params["name"], params["symbol"] = nt.group("n"), nt.group("s")
        s.cite("name", nt.start("n"), nt.end("n"), "the collection's name")
        s.cite("symbol", nt.start("s"), nt.end("s"), "the ticker right after the name")
        s.name_spans[params["name"]] = Span(nt.start("n"), nt.end("n"), nt.group("n"))
        return
    m = _SYMBOL.search(s.text)
    if m is None and "name" in params:
        q = _TICKER_AFTER_QUOTE.match(s.text, s.evidence["name"].spans[0].end)
        if q and q.group(1) not in ("ETH", "NFT", "NFTS", "PFP"):
            params["symbol"] = q.group(1)
            s.cite("symbol", q.start(1), q.end(1), "the ticker right after the quoted name")
            return
    if m:
        g = next(i for i in (1, 2, 3) if m.group(i))
        params["symbol"] = m.group(g)
        s.cite("symbol", m.start(g), m.end(g), "the collection's symbol")
        if "name" not in params and g in (1, 2):  # "Lantern (LNTN)": the capitalised words right before the symbol
            before = _NAME_BEFORE_SYMBOL.search(s.text[: m.start()])
            if before and before.group(1).split()[0].lower() not in ("nft", "nfts", "erc721", "erc-721"):
                params["name"] = before.group(1)
                s.cite("name", before.start(1), before.end(1), "the capitalised words before the symbol")
                s.name_spans[params["name"]] = Span(before.start(1), before.end(1), before.group(1))


def extract(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    text = s.text
    _name_symbol(s, params)
    receiver = _party(s, _ROYALTY_TO)
    if receiver:
        params["royalty_receiver"] = receiver
    for w in re.finditer(r"\b(?:NFTs?|ERC-?721|PFPs?)\b", text, _I):  # the kind's own words, not a party's name
        s.ignored.append(Ignored(w.start(), w.end(), w.group(0), "the kind of contract"))
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
            if "royalty_pct" not in params and _search(
                r"royalt|版税|创作者收益|二次销售|resale|secondary", s.before(n.start, 30) + s.after(n.end, 30)
            ):
                params["royalty_pct"] = n.value
                s.used.add(i)
            continue
        token = s.token_for(n)
        before, after = s.before(n.start, 24), s.after(n.end, 30)
        if token is not None:
            if token.symbol == "ETH" and "mint_price" not in params:
                params["mint_price"] = n.value
                s.used.add(i)
                span_end = max(n.end, token.end)
                s.evidence["mint_price"] = Evidence(
                    "text", "a price in ETH", (Span(n.start, span_end, text[n.start : span_end]),)
                )
            continue  # a price in another token: the contract takes ETH only, so it stays unread (a question)
        glued = _GLUED_ETH.match(text, n.end)
        if glued and "mint_price" not in params:  # "0.04ETH": the scanner finds no token glued to a number
            params["mint_price"] = n.value
            s.used.add(i)
            s.cite("mint_price", n.start, glued.end(), "a price in ETH")
            continue
        if n.value != n.value.to_integral_value():
            if "mint_price" not in params and _search(_PRICE_BEFORE, before):
                s.notes.append("mint_price: no token named next to the price; read as ETH (the only mint currency)")
                params["mint_price"] = n.value
                s.used.add(i)
            continue
        if "max_per_wallet" not in params and (
            re.match(
                r"\s*(?:NFTs?|tokens?|mints?|个|枚|张|份)?\s*(?:max(?:imum)?\s+|at\s+most\s+)?" + _WALLET, after, _I
            )
            or _search(
                _WALLET + r"\s*[:：=]?\s*(?:最多|限|max|up\s+to|"
                r"limit(?:ed)?\s+(?:to|of)?)?\s*"
                r"(?:可|能)?(?:限购|限铸|限领|领取|限|mint|铸造|买|购买|领)?\s*$",
                before,
            )
        ):
            params["max_per_wallet"] = int(n.value)
            s.used.add(i)
            continue
        if "max_supply" not in params and (_search(_SUPPLY_BEFORE, before) or re.match(_SUPPLY_AFTER, after, _I)):
            params["max_supply"] = int(n.value)
            s.used.add(i)
    free = _FREE.search(text)
    if free and "mint_price" not in params:
        params["mint_price"] = 0
        s.cite("mint_price", free.start(), free.end(), "a free mint: the price is zero")
    return params
