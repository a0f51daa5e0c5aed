"""Token symbols, names and aliases (English and Chinese) -> one canonical upper-case symbol.

``canonical_token("以太坊")`` -> ``"ETH"``, ``canonical_token("usd coin")`` -> ``"USDC"``. ``find_tokens`` also
accepts unknown upper-case tickers (``PROJ``, ``TEAM``) so a user's own token works, but skips words that are
upper-case for other reasons (APR, ERC20, NFT, DAO, ...). Dollar words (``$``, ``dollars``, ``美元``) are read as
USDC and Chinese ``U`` (``1000U``) as USDT, the way people write them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["ALIASES", "STABLECOINS", "TokenMatch", "canonical_token", "find_tokens", "is_stablecoin"]

#: canonical symbol -> aliases (lower-case English names; Chinese names). The symbol itself always matches.
ALIASES: dict[str, tuple[str, ...]] = {
    # ("etherium", "etherum", "ethreum": the misspellings people type, once a price left unread; "Ξ" its sign)
    "ETH": ("ether", "ethereum", "eth", "以太坊", "以太币", "以太", "姨太", "etherium", "etherum", "ethreum", "Ξ"),
    "BTC": ("bitcoin", "bitcoins", "btc", "比特币", "大饼", "比特"),
    "USDC": ("usd coin", "usdc", "usdc coin", "dollars", "dollar", "bucks", "usd", "美元", "美金", "u.s. dollars"),
    "USDT": ("tether", "泰达币", "泰达", "u"),
    "DAI": ("dai", "dai stablecoin"),
    "WETH": ("wrapped ether", "wrapped eth", "weth"),
    "WBTC": ("wrapped bitcoin", "wrapped btc", "wbtc"),
    "LINK": ("chainlink", "chain link"),
    "UNI": ("uniswap",),
    "AAVE": ("aave",),
    "SOL": ("solana", "索拉纳"),
    "BNB": ("binance coin", "bnb coin", "币安币"),
    "XRP": ("ripple", "瑞波币", "瑞波"),
    "ADA": ("cardano", "艾达币", "卡尔达诺"),
    "MATIC": ("polygon", "matic", "马蹄"),
    "POL": (),
    "ARB": ("arbitrum",),
    "OP": ("optimism",),
    "DOGE": ("dogecoin", "狗狗币", "doge"),
    "LTC": ("litecoin", "莱特币"),
    "DOT": ("polkadot", "波卡"),
    "AVAX": ("avalanche", "雪崩币"),
    "TRX": ("tron", "波场"),
    "SHIB": ("shiba inu", "shiba", "柴犬币"),
    "TON": ("toncoin",),
    "ATOM": ("cosmos",),
    "PEPE": ("pepe",),
    "MKR": ("maker",),
    "CRV": ("curve",),
    "LDO": ("lido",),
    "STETH": ("staked ether", "steth"),
    "FDUSD": (),
    "PYUSD": ("paypal usd",),
    "BUSD": (),
    "TUSD": (),
    "USDE": ("usde", "ethena usd"),
    "FRAX": ("frax",),
    # widely held tickers users name in chat (lower-case "cake" / "sushi" are words: only in capitals)
    "WIF": ("dogwifhat",),
    "BONK": (),
    "PENDLE": (),
    "CAKE": ("pancakeswap",),
    "SUSHI": ("sushiswap",),
    "SUI": (),
}
STABLECOINS: frozenset[str] = frozenset({"USDC", "USDT", "DAI", "BUSD", "TUSD", "FDUSD", "PYUSD", "USDE", "FRAX"})

#: Upper-case words that are not tickers.
NOT_TICKERS: frozenset[str] = frozenset(
    {
        # order-ticket words written in capitals ("Order: BUY 40 UNI @ market" read the token BUY; blind8, seen)
        "BUY",
        "SELL",
        "ORDER",
        "MARKET",
        "LIMIT",
        "SWAP",
        "SEND",
        "QTY",
        "PAY",
        "STOP",
        "TBD",
        "I",
        "A",
        "AN",
        "APR",
        "APY",
        "ERC",
        "ERC20",
        "ERC721",
        "NFT",
        "NFTS",
        "DAO",
        "DEX",
        "CEX",
        "OK",
        "ID",
        "AI",
        "LLM",
        "EVM",
        "KYC",
        "AML",
        "TVL",
        "ATH",
        "ROI",
        "P2P",
        "DEFI",
        "API",
        "URL",
        "CEO",
        "CTO",
        "CFO",
        "ASAP",
        "FAQ",
        "HODL",
        "PM",
        "AM",
        "UTC",
        "GMT",
        "TO",
        "OF",
        "FOR",
        "AND",
        "OR",
        "THE",
        "IN",
        "ON",
        "AT",
        "BY",
        "MY",
        "ME",
        "IS",
        "IT",
        "ANY",
        "ALL",
        "NO",
        "NOT",
        "YES",
        "PLEASE",
        "PA",
        "PCT",
        "ETF",
        "GAS",
        "GWEI",
        "WEI",
        "TX",
        "OTC",
        "IOU",
        "VIP",
        "USA",
        "UK",
        "EU",
        "CN",
        "HK",
        "LTV",
        "DCA",
        "CDP",
        "AMM",
        "LP",
        "N",
        "M",
        "MM",
        "K",
        "BN",
        "X",
        "EIP",
        "RPC",
        "ENS",
        "SOL_",
        "IDK",
        "FYI",
        "BTW",
        "PS",
        "DM",
        "QA",
        "HR",
        "IP",
        "CAP",
        "MAX",
        "MIN",
        "USD_",
        "NAV",
        "FX",
        "RMB",
        "CNY",
        "HKD",
        "EUR",
        "JPY",
        "GBP",
        "APP",
        "SDK",
        "OTP",
        "PIN",
        "PDF",
        # the words of a request written all in capitals ("8,888 SUPPLY. 0.08 ETH. 2 PER WALLET." read SUPPLY as the
        # price's token, and left the supply and the limit unread)
        "SUPPLY",
        "PER",
        "WALLET",
        "WALLETS",
        "EACH",
        "TOTAL",
        "PIECE",
        "PIECES",
        "TOKENS",
        "COINS",
        "ITEMS",
        "EDITION",
        "EDITIONS",
        "PRICE",
        "ROYALTY",
        "ROYALTIES",
        "DECIMALS",
        "OWNERS",
        "SIGNERS",
        "THRESHOLD",
        "SYMBOL",
        "TICKER",
        "NAME",
        "ONLY",
        "WITH",
        "FROM",
        "MUST",
        "NEED",
        "SIGN",
        "APPROVE",
        "MINTABLE",
        "BURNABLE",
        "PAUSABLE",
        "INITIAL",
        "COLLECTION",
        # company suffixes ("Harbor Lane Studios LLC", "Bluewater Trading CO"): part of a recipient's name
        "LLC",
        "LTD",
        "INC",
        "CORP",
        "PLC",
        "LLP",
        "GMBH",
        "CO",
    }
)

_INDEX: dict[str, str] = {}
for _sym, _names in ALIASES.items():
    _INDEX[_sym.lower()] = _sym
    for _n in _names:
        _INDEX[_n.lower()] = _sym

_ZH_NAMES = sorted((n for n in _INDEX if re.search(r"[\u4e00-\u9fff]", n)), key=len, reverse=True)
_EN_NAMES = sorted((n for n in _INDEX if not re.search(r"[\u4e00-\u9fff]", n) and n != "u"), key=len, reverse=True)
_EN_RE = re.compile(
    r"(?<![A-Za-z0-9$])(" + "|".join(re.escape(n) for n in _EN_NAMES) + r")(?![A-Za-z0-9])", re.IGNORECASE
)
_ZH_RE = re.compile("|".join(re.escape(n) for n in _ZH_NAMES))
_TICKER_RE = re.compile(r"(?<![A-Za-z0-9$_.])\$?([A-Z][A-Z0-9]{1,9})(?![A-Za-z0-9_])")
_MIXED_TICKER_RE = re.compile(r"(?<![A-Za-z0-9$_.])\$?([a-z]{1,3}[A-Z]{3,6}|[A-Z]{3,6}[a-rt-z])(?![A-Za-z0-9_])")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SPELLED_TICKER_RE = re.compile(r"(?<![A-Za-z0-9$_.])[A-Z](?: [A-Z]){1,4}(?![A-Za-z0-9_])")
#: a U (or u) for USDT right after an amount: after a numeral, or after the k / m / w (万) of one ("1.5k u", "2M U",
#: "1.2w U"); the K of a ticker is no amount ("3万 SAKU" was read as 30000 USDT, silently)
_AFTER_AMOUNT = r"(?:(?<=[\d零一二两兩三四五六七八九十百千万萬亿億])|(?<=\d[kKmMwW]))"
_ZH_LOWER_U_RE = re.compile(_AFTER_AMOUNT.replace("mMwW", "wW") + r"\s?u(?![A-Za-z])")
_DOLLAR_RE = re.compile(r"\$\s*(?=[\d.])|" + _AFTER_AMOUNT + r"\s*(?:块钱?|個|个)?\s*(?:U|刀)(?![A-Za-z])")


@dataclass(frozen=True)
class TokenMatch:
    symbol: str
    start: int
    end: int
    text: str
    known: bool = True


def canonical_token(name: str) -> str | None:
    """Symbol for a known name/alias/symbol, the upper-cased ticker for an unknown ticker, else None."""
    raw = name.strip().lstrip("$")
    if not raw:
        return None
    hit = _INDEX.get(raw.lower())
    if hit:
        return hit
    if (
        re.fullmatch(r"[A-Za-z][A-Za-z0-9]{1,9}", raw)
        and raw.upper() not in NOT_TICKERS
        and (raw.isupper() or raw.islower())
    ):
        return raw.upper()
    return None


def is_stablecoin(symbol: str | None) -> bool:
    return symbol is not None and symbol.upper() in STABLECOINS


def _colloquial_ticker(text: str, start: int, end: int, raw: str) -> bool:
    """A ticker that is also an English word ("sol", "link", "doge") written in lower case is the token when the
    words around it say so: a number right before it ("2 link", "两千五个 doge"), a market noun after it ("link
    balance", "the sol price"), and, unless an article stands before it ("the link", "a ton"), a Chinese sentence
    around it ("doge涨了没") or a possessive or trading verb before it ("my link", "holding sol", "into pepe")."""
    low = raw.lower()
    if low not in _TICKER_WORDS:
        return False
    if low in _MEME_TICKERS and not re.search(r"\b(?:the|a|an)\s+$", text[:start], re.I):
        return True  # "what's doge at": the lower-case meme coins are words almost only as coins
    before, after = text[:start], text[end:]
    if re.search(r"(?:\d|\d\s*[kKmM]|[零一二两三四五六七八九十百千万亿半])\s*(?:个|枚|颗)?\s*$", before) or re.search(
        r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
        r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
        r"million|dozen|couple(?:\s+of)?|few|half(?:\s+an?)?)\s+$",
        before,
        re.I,
    ):
        return True
    nxt = re.match(r"\s*([A-Za-z]+)", after)
    if nxt is not None and nxt.group(1).lower() in _TICKER_CONTEXT_AFTER:
        return True
    pair_after = re.match(r"\s*(?:,|/|&|\bor\b|\band\b|\bvs\.?|\bversus\b)\s*([A-Za-z]{2,10})\b", after, re.I)
    pair_before = re.search(r"\b([A-Za-z]{2,10})\s*(?:,|/|&|\bor\b|\band\b|\bvs\.?|\bversus\b)\s*$", before, re.I)
    if any(m is not None and _plain_ticker(m.group(1)) for m in (pair_after, pair_before)):
        return True  # "sol or avax", "eth and link": a word listed beside a coin is a coin
    if _MARKET_PHRASE_AFTER.match(after) or _STANCE_BEFORE.search(before) or _FIELD_BEFORE.search(before):
        return True  # "what's sol going for rn", "diamond hands on sol", "bullish on link"
    prev = re.search(r"([A-Za-z']+)\s+$", before)
    if prev is not None and prev.group(1).lower() in _NOT_BEFORE_TICKER:
        return False
    if prev is not None and prev.group(1).lower() in ("on", "at") and re.search(r"\d", before):
        return True  # "spend 1k usdt on link", "throw 200 dai at pepe": an amount put on the token
    return bool(_CJK_RE.search(text)) or (prev is not None and prev.group(1).lower() in _TICKER_CONTEXT_BEFORE)


#: words that open a note ("TODO:", "FIXME(me):", "ETA"), never tickers
_LABEL_WORDS = frozenset(
    {"TODO", "FIXME", "NOTE", "NB", "ETA", "ASAP", "LOL", "LMAO", "IMO", "IMHO", "TBH", "OK", "PLS"}
)


def known_sym(sym: str) -> bool:
    """``sym`` is a token the table knows (its symbol or an alias)."""
    return sym.lower() in _INDEX


def _plain_ticker(word: str) -> bool:
    """A known token name that is no English word ("avax", "eth", "Bitcoin"; never "link" or "sol")."""
    return word.lower() in _INDEX and word.lower() not in _AMBIGUOUS_WORDS and word.lower() not in ("u", "dai")


def find_tokens(text: str, *, unknown_tickers: bool = True, colloquial: bool = False) -> list[TokenMatch]:
    """Every token mention in ``text`` (symbols, names, Chinese names, ``$``/``U`` dollar forms), left to right.

    ``colloquial``: the assistant's reading of chat, where tickers come in lower case ("sell 3 sol") and ``U``
    stands for USDT after 多少 ("还剩多少U"); see ``_colloquial_ticker``. Contract text keeps the strict reading."""
    found: list[TokenMatch] = []

    def free(s: int, e: int) -> bool:
        return not any(t.start < e and s < t.end for t in found)

    for m in _ZH_RE.finditer(text):
        found.append(TokenMatch(_INDEX[m.group(0)], m.start(), m.end(), m.group(0)))
    for m in _SPELLED_TICKER_RE.finditer(text):
        # "two thousand U S D C", "forty thousand A R B": a dictated ticker, letter by letter (the default ETH was
        # taken instead, silently); only a symbol the table knows, so no run of initials becomes a token
        joined = m.group(0).replace(" ", "")
        if known_sym(joined) and free(m.start(), m.end()):
            found.append(TokenMatch(_INDEX[joined.lower()], m.start(), m.end(), m.group(0)))
    for m in _EN_RE.finditer(text):
        raw = m.group(1)
        # "dai"/"op"/"uni"/"link"/"sol"/"ton"/"atom"/"curve"/"maker" are also words: only as symbols when cased
        if (
            raw.lower() in _AMBIGUOUS_WORDS
            and not raw.isupper()
            and not (colloquial and raw.islower() and _colloquial_ticker(text, m.start(1), m.end(1), raw))
            and not _counted_ticker(text, m.start(1), m.end(1), raw)
        ):
            continue
        # "Dot", "Ada", "Link": a capitalised ticker word is a person's name unless a number stands right before it
        if (
            raw[:1].isupper()
            and raw[1:].islower()
            and len(raw) > 1
            and raw.upper() == _INDEX[raw.lower()]
            and not re.search(r"\d\s*$", text[: m.start(1)])
        ):
            continue
        place = _PLACE_BEFORE.search(text[: m.start(1)]) or _PLACE_AFTER.match(text, m.end(1))
        if colloquial and raw.lower() in _PROTOCOL_WORDS and raw.islower() and place:
            continue  # "a loan on aave", "pull my usdc from aave": the protocol, not its token
        if free(m.start(1), m.end(1)):
            found.append(TokenMatch(_INDEX[raw.lower()], m.start(1), m.end(1), raw))
    for m in _DOLLAR_RE.finditer(text):
        if free(m.start(), max(m.end(), m.start() + 1)):
            sym = "USDC" if m.group(0).startswith("$") or m.group(0).endswith("刀") else "USDT"
            found.append(TokenMatch(sym, m.start(), m.end(), m.group(0)))
    if _CJK.search(text):
        # "借阿Ken 500u", "目标 1.5k u": in Chinese chat a lower-case u right after the number (one space at most)
        # is USDT as U is (the contract's default token was taken instead, silently); never in English text
        for m in _ZH_LOWER_U_RE.finditer(text):
            if free(m.start(), m.end()):
                found.append(TokenMatch("USDT", m.end() - 1, m.end(), "u"))
    if colloquial:
        for m in _ZH_U_RE.finditer(text):
            if free(m.start(1), m.end(1)):
                found.append(TokenMatch("USDT", m.start(1), m.end(1), m.group(1)))
    if unknown_tickers:
        for m in _TICKER_RE.finditer(text):
            sym = m.group(1)
            # "50k DAO tokens": a word that is usually no ticker is one when the text calls it tokens
            named_tokens = re.match(r"\s+(?:tokens?|coins?|代币)\b", text[m.end(1) :]) is not None
            if (
                sym in NOT_TICKERS
                and not (named_tokens and len(sym) > 1 and sym not in ("ERC", "ERC20", "ANY", "ALL", "MY", "THE"))
            ) or not free(m.start(1), m.end(1)):
                continue
            if sym.startswith("0X") or re.fullmatch(r"ERC\d+|EIP\d+|[A-Z]\d+|\d+[A-Z]?", sym):
                continue
            if sym in _LABEL_WORDS or (
                re.match(r"\s*(?:\([^)]{0,20}\))?\s*:(?!\s*\d)", text[m.end(1) :]) and not known_sym(sym)
            ):
                continue  # "// TODO(me): buy 0.1 eth", "NOTE: ...": a label before a colon, never a ticker
            found.append(
                TokenMatch(_INDEX.get(sym.lower(), sym), m.start(1), m.end(1), sym, known=sym.lower() in _INDEX)
            )
        # "cbBTC", "sDAI", "wstETH", "ETHx": a ticker written in its issuer's mixed case (upper-cased as a symbol)
        for m in _MIXED_TICKER_RE.finditer(text):
            sym = m.group(1).upper()
            if sym in NOT_TICKERS or not free(m.start(1), m.end(1)):
                continue
            found.append(
                TokenMatch(_INDEX.get(sym.lower(), sym), m.start(1), m.end(1), m.group(1), sym.lower() in _INDEX)
            )
    found.sort(key=lambda t: t.start)
    return found


_AMBIGUOUS_WORDS = frozenset(
    {
        "op",
        "uni",
        "link",
        "sol",
        "ton",
        "atom",
        "curve",
        "maker",
        "pepe",
        "usd",
        "dollar",
        "dollars",
        "shiba",
        "lido",
        "tron",
        "doge",
        "aave",
        "dai",
        "cake",
        "sushi",
    }
) - {"dai", "aave"}


def _counted_ticker(text: str, start: int, end: int, raw: str) -> bool:
    """ "vest 5000 op to Lukas": a lower-case ticker word right after digits, and no word after it that it could
    be the adjective of, is the coin counted (skipped, the default ETH was taken silently; round 10)."""
    if raw.lower() not in _TICKER_WORDS or not re.search(r"\d\s*$", text[:start]):
        return False
    return re.match(r"\s+[a-z]{3,}\b(?<!\bto)(?<!\bfor)(?<!\bfrom)(?<!\band)(?<!\beach)", text[end:]) is None


#: ticker words that ``colloquial`` reading accepts in lower case when the context says token (protocol names such
#: as curve, maker, lido and the dollar words stay strict: "stake on lido" names no LDO)
_TICKER_WORDS = frozenset({"op", "uni", "link", "sol", "ton", "atom", "pepe", "shiba", "tron", "doge"})
_MEME_TICKERS = frozenset({"doge", "pepe"})
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_NOT_BEFORE_TICKER = frozenset({"the", "a", "an", "this", "that", "your", "his", "her", "their", "our"})
_TICKER_CONTEXT_BEFORE = frozenset(
    {
        "my", "some", "more", "of", "all", "much", "many", "into", "in", "for", "with", "sell", "sold", "selling",
        "buy", "bought", "buying", "dump", "dumping", "hold", "holding", "hodl", "hodling", "keep", "stake", "staking",
        "unstake", "swap", "trade", "send", "sending", "get", "grab", "ape", "aped", "short", "long", "purchase",
        "accumulate", "withdraw", "deposit", "borrow", "repay", "transfer", "is", "about", "price", "and", "or",
        "any", "staked", "unstaked",
    }
)  # fmt: skip
_TICKER_CONTEXT_AFTER = frozenset(
    {"price", "prices", "balance", "balances", "position", "positions", "holdings", "bag", "bags", "loan", "trading",
     "tokens", "token", "coins", "coin", "rewards", "staking", "pumping", "dumping", "chart"}
)  # fmt: skip
#: a price idiom after the word ("what's sol going for", "is link trading at") and a stance on it before the word
#: ("diamond hands on sol", "bullish on link", "long on op"): the word is the coin
_MARKET_PHRASE_AFTER = re.compile(
    r"\s+(?:going\s+for|go(?:es)?\s+for|trading\s+at|mooning|pumping|dumping|dipping)\b", re.I
)
#: "token=sol", "asset: link": a ticker written as the value of a field
_FIELD_BEFORE = re.compile(r"\b(?:token|asset|coin|symbol|currency|ticker)\s*[:=：]\s*$", re.I)
_STANCE_BEFORE = re.compile(r"\b(?:hands|bullish|bearish|long|short|all\s+in)\s+on\s+$", re.I)
#: protocols named like their token, and the words that make the lower-case name a place ("on aave")
_PROTOCOL_WORDS = frozenset({"aave"})
_PLACE_AFTER = re.compile(r"\s*(?:里面|里|上面|上|中|池|协议|的池子)")  # "把 aave 里的 DAI 取 300 出来"
_PLACE_BEFORE = re.compile(
    r"\b(?:on|from|at|via|through|using|into|out\s+of|owe|repay|to)\s+(?:the\s+)?$|(?:从|在|到|去|往|进|欠)\s*$", re.I
)
#: "还剩多少U", "几个U", "买点U": a lone U after a quantity word is USDT
_ZH_U_RE = re.compile(r"(?:多少|几个|一些|点|些|(?<![A-Za-z])(?:转|买|卖|换|充|提|借|还))\s*(U)(?![A-Za-z])")
