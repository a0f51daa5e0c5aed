"""Token extractor: name, symbol, decimals, initial supply, cap and the mintable/burnable/pausable flags.

The shared scanning-and-evidence layer (``ledgerlm.language.extract``) finds numbers, durations, tokens, addresses
and names with their spans; this module only decides which of them is which param of this kind.
"""

from __future__ import annotations

import re
from typing import Any

from ledgerlm.language.evidence import Ignored, Unsure
from ledgerlm.language.extract import (
    _I,
    Scan,
    _search,
)
from ledgerlm.language.plain import PLACEHOLDER, plain_scan, read_table, restore_name, settle_cjk_name, spaced_cjk_name
from ledgerlm.language.tokens import canonical_token

__all__ = ["SYMBOL_UNDECIDED", "extract"]


# -- token -----------------------------------------------------------------------------------------------------
_NAME_STOP = (
    r"(?=\s*(?:\(|（|\)|）|,|，|;|；|。|/|\||\n|•|\.(?:\s|$)|$|\bw/|\bwith\b|的(?:代币|币|通证|积分|token)|\bsymbol\b|\bticker\b|\band\b|\bthat\b|\bwhich\b|"
    r"\bof\b|\bhaving\b|\bfor\b|的|代号|符号|简称|，|、|(?<=[\u4e00-\u9fff])\d|"
    # terse notes: "name Grinder Club supply 42069 burnable" (lower-case keys only: "Total Supply Coin" is a name)
    r"(?-i:\b(?:supply|cap|max|decimals)\b\s*[:=]?\s*\d)|(?-i:\b(?:burnable|mintable|pausable)\b)|"
    # "name=Quillfeather sym=QFT": the next key of a key=value note
    r"\s+[A-Za-z_]{1,20}\s*=|"
    # "Zenith 2027, symbol ZEN27": a number that ends the phrase belongs to the name; "Foo 1000 tokens" does not
    # ("Series 2 Coin": a number between capitalised words is inside the name)
    r"\s\d(?![\d.]*\s*(?:[,，;；)）]|$|(?i:\s+(?:symbol|ticker)\b)))(?![\d.]*\s+(?-i:[A-Z][a-z]))))"
)
#: emoji and their joiners ("🐱", "☀️", "👩‍🚀"), which a name may end with
_EMOJI = "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]"
#: the keys of a Chinese note, never the word that ends a name ("叫 Flex 积分" ends in 积分, "叫星火 代号 X" in 星火)
_ZH_KEYS = r"(?:代号|符号|简称|代码|缩写|总量|发行|供应|数量|精度|上限|初始|可|能|先|要|的)"
#: the keys of an English note and the words of a sentence, never a token's name after "token,"
_EN_KEYS = (
    r"(?-i:(?:Symbol|Ticker|Supply|Name|Decimals|Cap|Max|Please|Pls|Thanks|Thank|Ok|Okay|So|And|But|The|It|I|We|"
    r"Maybe|Just|Mintable|Burnable|Pausable)\b)"
)
#: chat slang written after a name (lower case only: "Lol Coin" may be a name)
_SLANG_TAIL = re.compile(r"(?:\s+(?-i:lmao+|lmfao|lol+|rofl|haha+|hehe+|xd|pls|plz|fr|ngl|tbh|bruh|fam|ok+|k))+\s*$")
#: words that lead into a name but are not part of it ("create a pausable token Atlas")
_LEAD = re.compile(
    r"^(?:(?:create|make|launch|issue|deploy|mint|new|a|an|the|my|our|own|pausable|burnable|mintable|"
    r"erc-?20|bep-?20|style|token|coin|named|called|please|pls|"
    # "called uh River": the fillers of dictation (written in lower case: "Um Coin" may be a name)
    r"(?-i:uh+|um+|erm?|hmm+)|"
    # "the name will be Kilimo Coin", "name should be Tern"
    r"(?:will|shall|should|would|could|must|is\s+going\s+to|gonna)\s+be|"
    # "the name na Naija Rice Coin": the Pidgin copula (lower case: "Na" may open a name)
    r"(?-i:na))\s+)+",
    re.IGNORECASE,
)


def extract(s: Scan) -> dict[str, Any]:
    """The token's params, read over the text in simplified characters (名稱, 銷毀 read as 名称, 销毁); the name and
    every span quote the user's own words."""
    with plain_scan(s) as plain:
        params = _extract(s)
        read_table(s, plain, params, _TABLE_TEXT, _TABLE_NUMBER, ("decimals",))
    plain.restore(params, "name")
    restore_name(s, params)
    return params


#: the header words of a pasted table, by the param their column holds (``read_table``)
_TABLE_TEXT = {
    "name": ("name", "token name", "token", "coin", "名称", "名字"),
    "symbol": ("symbol", "ticker", "sym", "代号", "符号", "简称"),
}
_TABLE_NUMBER = {
    "initial_supply": ("supply", "initial supply", "total supply", "总量", "发行量", "供应量"),
    "decimals": ("decimals", "decimal", "精度", "小数位"),
    "cap": ("cap", "max supply", "maximum supply", "max", "上限"),
}


def _extract(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    text = s.text
    name = None
    for pat in (
        # ("Name:\nSymbol: TBD": a key with nothing after it on its line has no value; the next line is no name)
        # ("token nama Warung Kopi, simbol WKP": nama is the Malay and Indonesian word)
        r"(?:(?:name|\bnama)\s*(?:is\s|[:：=|])[ \t]*|"
        # ("named after my late mother": whom the name honours, not the name)
        r"(?:named(?!\s+(?:after|for|in\s+honou?r)\b)|called|(?:call|name)\s+(?:it|them|this|these|the\s+tokens?)|name|\bnama)\s+)"
        r"(?:叫做?|是|为)?[ \t]*"
        # ("Nana's Kitchen": an apostrophe between letters is part of the name, never its closing quote)
        r"['\"“‘]?(?P<n>(?:[^'\"”’,，;；()（\n]|(?<=[A-Za-z])['’](?=[A-Za-z]))+?)['\"”’]?" + _NAME_STOP,
        # "名字就叫「豆子」": an adverb before 叫 is not part of the name
        r"(?:代币名称|代币名字|名称|名字|币名|代币名|名为|叫做?|命名为|取名|(?<=[，,：:\s])名(?=\s*[:：])|(?:(?<=[，,：:])|(?<=[，,：:]\s))名(?![字称稱为為叫])(?=\s+[A-Za-z]))\s*(?:(?:就|也|可以|干脆|暂时|先)?(?:叫做|叫|是|为)|[:：])?"
        r"\s*['\"“‘「『《]?"
        r"(?P<n>[A-Za-z][\w\-]*(?:\s[A-Za-z][\w\-]*)*\s(?!" + _ZH_KEYS + r")[\u4e00-\u9fff]{1,3}"
        r"(?=\s*[，,；;。(（]|\s*$)|"
        r"(?:(?!的(?:代币|币|通证|积分|token))[^'\"”’」』》，,；;。()（\s])+"
        # ("名为 Moon Cat 🐱，…": an emoji closing the name after a space is part of it)
        r"(?:\s[A-Za-z][^'\"”’」』》，,；;。()（\s]*)*(?:\s" + _EMOJI + r"+)?)['\"”’」』》]?"
        # ("名字就叫 Pho Bowl 🍜 吧，": the particle after a space closes the sentence, never part of the name)
        r"(?:\s+(?:吧|呗|啦|呀|嘛)(?=\s*[，,。；;!！]|\s*$))?" + _NAME_STOP,
        r"(?:[\"“‘「『《]|(?<![A-Za-z])')(?P<n>[^'\"”’」』》]{1,64})(?:[\"”’」』》]|'(?![A-Za-z]))",
        # "发币：社区币 CMTY": a Chinese name right before its ticker, after the kind word and a colon
        r"(?:发币|发行|代币|\btoken|\bcoin)\s*[:：]\s*(?P<n>[\u4e00-\u9fff]{2,8})\s*[(（]?\s*(?-i:\$?[A-Z][A-Z0-9]{1,10})\b",
        # "LUMEN token (Lumen Network)": the ticker first, the name in brackets
        r"(?-i:\b[A-Z][A-Z0-9]{1,10})\s+(?:(?:token|coin)\s*)?[(（]\s*(?-i:(?P<n>[A-Z][a-z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}))"
        r"\s*[)）]",
        r"(?-i:(?P<n>(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*|[\u4e00-\u9fff]{2,8})\s*[(（]\s*\$?[A-Z0-9]{1,11}\s*[)）])",
        r"(?:\btoken|\bcoin)\s*[:：]\s*(?-i:(?P<n>[A-Z][a-z][\w\-]*(?:\s+[A-Z][a-z][\w\-]*){0,2}))"
        # ("Token: Baraka Bits, symbol BRKB": the ticker's key may come first)
        r"(?=\s*,\s*(?:(?:symbol|ticker)\s*(?:is\s+)?[:：=]?\s*)?\$?(?-i:[A-Z][A-Z0-9]{1,10})\b)",
        # "a token for our gym: Iron Points, IRON": a capitalised name after a colon, then its ticker
        # "a token for the book club — Dog-Eared, $DEAR": the same after a dash
        r"(?:[:：]|\s[—–]+|\s--)\s*(?-i:(?P<n>[A-Z][a-z][\w\-]*(?:\s+[A-Z][a-z][\w\-]*){0,3}))\s*[,，/]\s*"
        r"\$?(?-i:[A-Z][A-Z0-9]{1,10})\b(?=\s*(?:[,，/;；]|\.(?:\.|\s|$)|$))",
        # "new coin for the school fair, Fair Bucks, FBX, 10 thousand": the name and its ticker as the next segments
        r"(?:\btoken|\bcoin)\b[^,，:：;；.。]{0,40}[,，]\s*(?!" + _EN_KEYS + r")"
        r"(?-i:(?P<n>[A-Z][a-z][\w\-]*(?:\s+[A-Z][a-z][\w\-]*){0,3}))\s*[,，]\s*(?:(?:symbol|ticker)\s*[:：=]?\s*)?"
        r"\$?(?-i:[A-Z][A-Z0-9]{1,10})\b(?=\s*(?:[,，/;；]|\.(?:\s|$)|$))",
        # "Make me a token, Kestrel. Symbol is KES.": a capitalised name alone in the words after the kind's word
        r"(?:\btoken|\bcoin)\s*[,，]\s*(?!" + _EN_KEYS + r")(?-i:(?P<n>[A-Z][a-z][\w\-]*(?:\s+[A-Z][a-z][\w\-]*){0,2}))"
        r"\s*(?=[.。;；]\s|[.。;；]?$)",
        r"(?:代币|\btoken|\btkn|\bcoin|\berc-?20)\s+(?!(?:named|called|with|that|for|and|of|please|contract|symbol|token)\b)"
        # ("Q-Coin": a capital, a hyphen, then the rest of the name)
        r"(?-i:(?P<n>[A-Z](?:[a-z]|-(?=[A-Z]))[\w\-]*(?:\s+[A-Z][a-z][\w\-]*){0,2}|[\u4e00-\u9fff]{2,8}))"
        r"(?=\s*[，,(（]|\s+with\b|\s+symbol\b|\s+ticker\b|(?-i:\s+\$?[A-Z][A-Z0-9]{1,10}\b))",
    ):
        m = re.search(pat, text, _I)
        if m and _LEAD.sub("", m.group("n").strip()).strip(" —–-:：=;"):
            # "name: Kettle Coin / symbol KTL": the separator after the name is not part of it; "Name — Orbit
            # Kudos": nor the dash written as the key's separator before it
            name = _LEAD.sub("", m.group("n").strip()).strip().rstrip(" /|\\-–—,;:").lstrip(" —–-:：=")
            s.cite(
                "name",
                m.start("n") + m.group("n").find(name),
                m.start("n") + m.group("n").find(name) + len(name),
                "name",
            )
            break
    # "叫星光币代号XGB": the next key ends the name; "发 一个 代币 叫 星光 币 代号 XGB": words dictated with spaces
    name = settle_cjk_name(s, "name", name) if name else spaced_cjk_name(s, "name")
    symbol = None
    m, taken_back = _symbol_after_key(text)
    if m:
        symbol = re.sub(r"[\s.\-]", "", m.group("s"))  # "the symbol is R I V": the letters spelled out
    else:
        # a ticker in brackets is written in capitals ("Harbor Credits (HBC)"); "ORBX (Orbix)" has the name there
        m = re.search(r"[(（]\s*\$?(?P<s>(?-i:[A-Z0-9]{1,11}))\s*[)）]", text)
        if m:
            symbol = m.group("s")
        elif name:
            m = re.search(re.escape(name) + r"['\"”’」]?\s*[,，]?\s*\$?(?P<s>[A-Z][A-Z0-9]{1,10})\b", text)
            if m and m.group("s") not in ("ERC20", "ERC"):
                symbol = m.group("s")
    slash = re.search(
        # ("token: | Pebble | PBL |": a cell's pipe after the colon opens no name; "Pebble" was read as the ticker)
        r"(?:代币|\btoken|\bcoin)\s*[:：]\s*(?P<n>[^/|,，\s][^/|,，]*?)\s*[/|]\s*"
        r"\$?(?P<s>[A-Za-z0-9]{1,11})\s*(?:[/|,，]|$)",
        text,
        _I,
    )
    if slash is None:
        # "Gizmo / gZMO / 77,777 supply / burnable": a settings list that opens with the name, then the ticker
        slash = re.match(
            r"\s*(?P<n>[A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff' \-]{0,40}?)\s*[/|]\s*"
            r"\$?(?P<s>[A-Za-z][A-Za-z0-9]{1,10})"
            r"\s*[/|]",
            text,
        )
    slash_name = slash.group("n").strip() if slash else ""
    if slash and not slash.re.pattern.startswith("(?:代币"):
        lead = _LEAD.match(slash_name + " ")
        if lead and _KIND_WORDS.fullmatch(lead.group(0)) and slash_name[lead.end() :].strip():
            # "token Orrery / ORY / 7,777,777": the kind's word before the name is not part of it
            s.cite("name", slash.start("n") + lead.end(), slash.end("n"), "name")
            slash_name = slash_name[lead.end() :].strip()
        elif lead:
            slash = None  # "create Juniper / JNP": a verb first is not a name
    if slash:
        name = name or slash_name.strip("'\"“”")
        symbol = symbol or slash.group("s")
    if symbol is None:
        # "$FROGE, name Froge": a ticker written with "$" is one even when it spells the name
        # "token FROG named Frog": a ticker outside the name's words is one even when it spells the name
        named_at = s.evidence.get("name")
        in_name = [(sp.start, sp.end) for sp in named_at.spans] if named_at is not None and name else []
        tickers = {
            t.text.lstrip("$")
            for t in s.tokens
            if not t.known
            and t.text.isupper()
            and not PLACEHOLDER.fullmatch(t.text.lstrip("$"))
            and (
                "$" in text[max(0, t.start - 1) : t.start + 1]
                or t.text != (name or "").upper()
                or (in_name and not any(a <= t.start < b for a, b in in_name))
            )
        }
        if len(tickers) == 1:
            symbol = tickers.pop()
    if symbol is None:
        m = re.search(r"(?:代币|\btoken|\bcoin)\s+\$?(?P<s>[A-Z][A-Z0-9]{1,10})\b(?!\s*(?:代币|token))", text)
        if m and canonical_token(m.group("s")) and m.group("s") != (name or "").upper():
            symbol = m.group("s")
    row = _headerless_row(s, params)
    if row is not None:  # "| Pebble | PBL | 5000000 |": the cells of one row, by their shapes
        name, symbol = row
    named_at = s.evidence.get("name")
    if name and named_at is not None and named_at.spans and _PLACEHOLDER_AT.match(text, named_at.spans[0].start):
        name = None  # "name: N/A, …": the name read is the start of a placeholder
        s.evidence.pop("name", None)
    if name and PLACEHOLDER.fullmatch(name.strip()):
        name = None  # "name: TBD": a value not decided yet is asked, never a name
        s.evidence.pop("name", None)
    if taken_back:
        symbol = None  # "symbol SRL, no wait, …": the ticker was taken back and none said instead: asked
    if symbol and _symbol_undecided(s, symbol):
        symbol = None  # "haven't picked a ticker yet", "CND 或者 CNDR": not settled, so asked
    if name and _name_undecided(s, name):
        name = None  # "a token called Tembo? … not sure about the name": asked
        s.evidence.pop("name", None)
    if symbol and PLACEHOLDER.fullmatch(symbol):
        symbol = None  # "Symbol: TBD", "ticker N/A": asked
    if name:
        # "a coin called Goblin Mode lmao ticker $GOBLN": chat slang after the name is no part of it
        name = _SLANG_TAIL.sub("", name) or name
        params["name"] = name
    if symbol:
        # "tUSD", "qKKA": a ticker written in mixed case keeps the case as written; "crag" is written lazily
        params["symbol"] = symbol if symbol != symbol.lower() and symbol != symbol.upper() else symbol.upper()
    # decimals
    whole = _NO_DECIMALS.search(text)
    if whole is not None:
        params["decimals"] = 0
        s.cite("decimals", whole.start(), whole.end(), "no decimals: whole units only")
    small = [
        (i, n)
        for i, n in enumerate(s.numbers)
        if not n.percent and n.value == n.value.to_integral_value() and 0 <= n.value <= 36 and whole is None
    ]
    for i, n in sorted(
        small,
        key=lambda p: not _search(_DECIMALS_KEY, s.before(p[1].start, 18)),
    ):
        if re.match(r"\s*(?:decimals?\b|decimal places|位小数|位精度|个小数位)", text[n.end :], _I) or _search(
            _DECIMALS_KEY, s.before(n.start, 18)
        ):
            params["decimals"] = int(n.value)
            s.used.add(i)
            break
    # cap
    for i, n in s.free_numbers():
        if _PER_HOLDER.match(text, n.end):
            continue  # "at most 1000 per wallet": a limit per holder, not the supply's cap
        if _search(
            r"(?:\bcap(?:ped)?(?:\s+(?:it|this|the\s+supply|supply))?|\bmax(?:imum)?(?:\s+supply)?|supply\s+cap|up\s+to|"
            r"上限|最大供应量?|封顶|最多|总量上限|最高|不超过|不得超过|"
            # "never above 200M", "no more than 10 million ever", "at most 1M", "最多发到一百万", "总共不超过五百万"
            r"\bnever\s+(?:go\s+)?(?:above|over|beyond|past|more\s+than|exceed(?:ing)?)|\b(?:no|not)\s+more\s+than|"
            r"\bat\s+most|\bnever\s+exceed|\blimit(?:ed)?(?:\s+(?:it|the\s+supply))?\s+(?:of|to|at)|\bhard\s+cap|"
            r"(?:最多|最高|上限|封顶)(?:能|可以|可)?(?:发|发行|铸造|铸|增发)?(?:到|至))"
            r"\s*(?:of|at|is|to|为|是|[:：=])?\s*(?:\$)?$",
            s.before(n.start, 24),
        ) or re.match(
            # "10M cap" (never the next line's key: "initial_supply = 1_500_000\ncap = 3_000_000")
            r"[ \t]*(?:[A-Za-z]+[ \t]+)?(?:cap\b|封顶)(?![ \t]*[:：=])|\s*(?:上限|封顶)\s*(?:[，,。；;]|$)",
            text[n.end :],
            _I,
        ):
            params["cap"] = n.value
            s.used.add(i)
            break
    # initial supply
    supply_hint = (
        r"(?:supply|供应量?|发行量?|发行|总量|总供应|数量|铸造|mint|issue|issuance(?:\s+of)?|initial|start(?:ing)?\s+with|"
        # "先发十万个", "一开始发两百万个", "首发 六百万": what is issued first
        r"(?:先|首先|一开始|开始|起初|起步|首期|首批)(?:发|发行|铸造|铸|印)个?|"
        # "total 888,888 only": the whole amount issued (never "total cap", read by the cap rule first)
        r"\btotal(?:\s+of)?)"
        # ("Total supply - 2 crore": a dash written as the key's separator)
        r"\s*(?:of|is|为|是|[:：=|]|\s[-–—])?\s*$"
    )
    #: "50 million to start", "10M initially", "2M at launch": the words after the number say it is the first issue
    supply_after = (
        r"\s*(?:(?:tokens?|coins?|units?)\s+)?(?:to\s+(?:start|begin)(?:\s+with)?|initially|at\s+launch|up\s*front|"
        # "give 10 million first can?": the first issue
        r"first(?!\s+(?:\w+\s+)?(?:holders?|buyers?|users?|wallets?|people|days?|weeks?|months?|years?)))\b"
    )
    _years(s)
    named = s.evidence.get("name")
    inside = [(sp.start, sp.end) for sp in named.spans] if named is not None else []
    # "Series 2 Coin": a number inside the name is no supply
    # "hundred k supply": a magnitude the number was not read with is never dropped (asked, as the number left over)
    cands = [
        (i, n)
        for i, n in s.free_numbers()
        if not any(a <= n.start < b for a, b in inside)
        and not _STRAY_MAGNITUDE.match(text, n.end)
        # "boss want one token lah", "发一个代币": an article before the kind's word in the singular, no count
        and not (n.value == 1 and _ARTICLE_ONE.fullmatch(n.text) and _ONE_TOKEN.match(text, n.end))
    ]
    chosen = (
        next(((i, n) for i, n in cands if _search(supply_hint, s.before(n.start, 20))), None)
        or next(((i, n) for i, n in cands if re.match(supply_after, text[n.end :], _I)), None)
        or next(
            (
                (i, n)
                for i, n in cands
                if re.match(r"\s*(?:tokens?|coins?|枚|个|supply|initial|total)", text[n.end :], _I)
            ),
            None,
        )
        or (cands[0] if len(cands) == 1 else None)
    )
    if chosen and "initial_supply" not in params:
        s.used.add(chosen[0])
        params["initial_supply"] = chosen[1].value
    flags = {
        "mintable": r"\bmintable\b|\ballow(?:s|ing)?\s+minting|\bminting\s+(?:is\s+)?allowed|"
        r"\bcan\s+(?:be\s+)?mint|\bmint(?:ing)?\s+(?:more|new|additional|later)|可增发|能增发|"
        r"允许增发|支持增发|可铸造|可以增发|增发|再铸|增铸|追加发行|(?:能|可以|可|要能)加发|"
        r"\bmint\s+(?:extra|again|whenever|up\s+to)|\bsupply\s+(?:can|may|could|will)\s+(?:grow|increase|expand)|"
        r"\b(?:grow|increase|expand)\s+the\s+supply\b|\bissue\s+more\b|\bmint(?=\s*[+/&]\s*(?:burn|pause))|"
        r"\b(?:let|allow|lets|allows)\s+(?:us|me|them|the\s+owner|owner|admins?)\s+(?:to\s+)?mint\b|"
        # "mint yes / burn no": a settings list, the answer read by _FLAG_ANSWER
        r"\bmint(?:ing)?\b(?=\s*[:：=?？]?\s*(?:yes|no|true|false|on|off|nope|nah|yep|yeah|yup|allowed|enabled|disabled|"
        r"not\s+allowed)\b)|"
        # "we mint as customers earn points", "之后还能再发", "以后要能再发行": more can be issued later
        r"\bwe(?:['’]ll|\s+will|\s+can|\s+could)?\s+mint\b|\bmint\s+(?:as|when|whenever|on\s+demand)\b|"
        r"(?:还|也|要)?(?:能|可以|可)(?:再|继续|追加)(?:发|发行|铸造|铸)|"
        r"(?:以后|之后|后续|将来|后面)(?:还|也|要)?(?:能|可以|可)(?:发|发行|铸造|铸)(?!起|布|货|给)",
        "burnable": r"\bburnable\b|\bcan\s+(?:be\s+)?burn|\bburn(?:ing)?\b|可销毁|能销毁|可燃烧|可以销毁|支持销毁|销毁|"
        r"烧毁|燃烧|烧币|烧掉|可以烧|能烧|可烧",
        "pausable": r"\bpausable\b|\bcan\s+(?:be\s+)?paused?|\bpause\b|可暂停|能暂停|可以暂停|支持暂停|暂停|"
        r"冻结(?:所有|全部)?(?:的)?(?:转账|交易)|停止(?:所有)?转账|"
        r"\bfreeze\s+(?:all\s+)?(?:transfers|trading)\b|\bhalt\s+(?:all\s+)?(?:transfers|trading)\b",
    }
    no_mint = _NO_MINT.search(text)
    if no_mint is not None:  # "shall not be subject to further minting", "no more tokens can ever be minted"
        params["mintable"] = False
        s.cite("mintable", no_mint.start(), no_mint.end(), "minting more is ruled out")
    _coordinated_flags(s, params)
    for key, pat in flags.items():
        if key in params:
            continue
        m = re.search(pat, text, _I)
        if not m:
            continue
        answer = _FLAG_ANSWER.match(text, m.end())  # "pausable no", "mintable: yes", "可增发：否"
        if answer is not None and _LINE_START.search(text[: m.start()]):
            # "- mintable: no\n- pausable: yes": a settings line answers for itself; the line before never negates
            params[key] = answer.group("yes") is not None
            s.cite(key, m.start(), answer.end(), "feature word with its answer")
            continue
        neg = _search(
            r"(?:\bnot|\bnon|\bno|\bwithout|\bnever|\bno\s+(?:more|further)|\bwon't|\bcan't|\bcannot|不可|不能|不再|"
            r"不会|不得|永不|不要|不需要|不用|无需|不必|不带|不加|不支持|不允许|别|不|无法|禁止|没有|\bdon't|\bdo\s+not|"
            r"\bshouldn't|\bmustn't|\bisn't|\bain't|\bwouldn't)"
            r"[\s\-]*(?:be\s+|开启|开|加|带|支持|设置?|"
            # "唔好俾人增發" (不要给人增发): not to let anyone do it
            r"(?:给|让|准|许)(?:人|别人|任何人|大家|人家)?(?:再)?)?$"
            # "I don't want it burnable", "we do not need it to be pausable": the wish negated, then the feature
            r"|(?:\bdon't|\bdo\s+not|\bdoesn't|\bdoes\s+not|\bwon't|\bshouldn't|\bnot)\s+(?:want|need|make|have|let)\s+"
            r"(?:it|this|the\s+token|them|that)?\s*(?:to\s+be\s+|being\s+|be\s+)?$",
            _clause_before(text, m.start(), 32),
        )
        if answer is not None and not neg:
            params[key] = answer.group("yes") is not None
            s.cite(key, m.start(), answer.end(), "feature word with its answer")
            continue
        clause = _clause_before(text, m.start(), 24)
        after, before = _HEDGE_AFTER.match(text, m.end()), _HEDGE_BEFORE.search(clause)
        if after is not None or before is not None:
            # "mintable later maybe", "maybe pausable", "也许可以增发": a feature the user is unsure of is asked, never
            # set either way
            start = m.start() - len(clause) + before.start() if before is not None else m.start()
            end = after.end() if after is not None else m.end()
            s.unsure.append(
                Unsure(
                    key,
                    start,
                    end,
                    text[start:end],
                    "You wrote '{w}': should the token be " + key + "?",
                    "您写了“{w}”：代币要不要支持这一功能（" + key + "）？",
                )
            )
            continue
        params[key] = not neg
        start = m.start() - (len(neg.group(0)) if neg else 0)
        s.cite(key, start, m.end(), "negated feature word" if neg else "feature word")
    if "mintable" not in params and not any(u.field == "mintable" for u in s.unsure):
        more = _MINT_HINT.search(text)
        if more is not None:  # "mint", "铸", "再发" said in words the flags do not read: asked, never the default
            s.unsure.append(
                Unsure(
                    "mintable",
                    more.start(),
                    more.end(),
                    more.group(0),
                    "You mentioned '{w}': can more tokens be minted later (mintable)?",
                    "您提到了“{w}”：以后可以增发代币吗（mintable）？",
                )
            )
    return params


#: one row of a pasted table or list with no header ("| Pebble | PBL | 5000000 |", "Pebble;PBL;5000000;6", after
#: "token:" or on its own line): a name, a ticker in capitals and the supply, each its own cell, one separator
_HEADERLESS_ROW = re.compile(
    r"(?m)^[ \t]*(?:(?i:token|coin|代币)[ \t]*[:：]?[ \t]*)?\|?[ \t]*"
    r"(?P<n>[A-Za-z\u4e00-\u9fff][\w'&\- \u4e00-\u9fff]{0,40}?)[ \t]*(?P<sep>[|;\t])[ \t]*"
    r"\$?(?P<s>(?-i:[A-Z][A-Z0-9]{1,10}))[ \t]*(?P=sep)[ \t]*(?P<q>\d[\d,_.]*)[ \t]*(?:(?P=sep)[^\n]*)?$"
)


def _headerless_row(s: Scan, params: dict[str, Any]) -> tuple[str, str] | None:
    """Name, ticker and supply from one row of cells with no header: the name the first cell (never a header
    word), the ticker the second, the supply the number alone in the third; any cell after them is left to the
    rules (a fourth number may be decimals or a cap: asked). Before, a capitalised first cell was read as the
    ticker ("Pebble") and the name was lost."""
    m = _HEADERLESS_ROW.search(s.text)
    if m is None or _HEADER_WORD.fullmatch(m.group("n").strip()):
        return None
    q = next((i for i, n in enumerate(s.numbers) if n.start == m.start("q") and n.end == m.end("q")), None)
    if q is None or q in s.used or s.numbers[q].percent:
        return None
    name = m.group("n").strip()
    s.cite("name", m.start("n"), m.start("n") + len(name), "the first cell of a row with no header")
    params["initial_supply"] = s.numbers[q].value
    s.used.add(q)
    return name, m.group("s")


_HEADER_WORD = re.compile(r"(?i:name|token|coin|symbol|ticker|supply|名称|名字|代号|符号|总量)")


#: the key before a number of decimals ("decimals: 6", "Decimal places: 6", "精度为8", "小数位数 2")
_DECIMALS_KEY = r"(?:decimals?(?:\s+places)?|精度|小数(?:位数?|点后?)?)\s*(?:of|is|为|是|[:：=])?\s*$"
#: minting more ruled out in words the negated feature words do not cover
_NO_MINT = re.compile(
    r"\b(?:not|never)\s+(?:be\s+)?(?:subject\s+to|allow(?:ed)?|permit(?:ted)?)\s+(?:any\s+)?(?:further|additional|more|new)?"
    r"\s*(?:minting|issuance)\b|\bno\s+(?:further|additional|more|new)\s+(?:minting|issuance)\b|"
    r"\bno\s+(?:more|further|additional|new)\s+tokens?\s+(?:will|can|may|shall)\s+(?:ever\s+)?be\s+(?:minted|issued)\b|"
    r"\bfixed\s+supply\b",
    re.IGNORECASE,
)
#: the words of the kind alone, before a name in a settings list
_KIND_WORDS = re.compile(r"(?:(?:new|token|coin|erc-?20|bep-?20)\s+)+", re.IGNORECASE)
#: the key of a ticker, its verb, and the fillers of dictation before it ("symbol is, uh, PEBL")
_SYMBOL_KEY = re.compile(
    r"(?:symbol|\bsimbol|ticker|\bsym\b\.?|符号|代号|简称|代码|缩写)\s*"
    # ("the ticker's L G N D": the apostrophe-s is the verb, never the ticker "S"; "代号用 PHX", "代号就用 PHX")
    r"(?:(?:['’]s(?![A-Za-z])|is|will\s+be|should\s+be|would\s+be|为|是|(?:就|要|先|还是)?用|[:：=|])\s*)?"
    r"(?:[,，]?\s*(?:uh+|um+|erm?|like|maybe|probably)\b\s*[,，]?\s*)*"
    # "the symbol is R I V", "B-S-L-T": three or more capitals spelled out, one by one
    r"['\"“]?\$?(?P<s>(?-i:[A-Z](?:[ .\-][A-Z]){2,9})(?![A-Za-z0-9])|[A-Za-z0-9]{1,11})"
    # ("代号XGB总量一亿": a Chinese key right after the ticker ends it, with no word boundary between them)
    r"(?![A-Za-z0-9_])",
    re.IGNORECASE,
)
#: "short name KLM", "the short code GVIS", "code CLAY": a ticker written in capitals after a looser key
_SYMBOL_LOOSE_KEY = re.compile(
    r"(?i:\b(?:short\s+(?:name|code|form)|code|abbreviation|abbr\.?)\s*(?:is|will\s+be|[:：=])?\s*)"
    r"['\"“]?\$?(?P<s>[A-Z][A-Z0-9]{1,10})\b"
)
#: words a lower-case "ticker" may be that are English, never a symbol ("symbol is, uh, PEBL" read "is")
_NOT_SYMBOL = frozenset(
    # ("Ticker symbol: JLP": the second word of a two-word key, never the ticker "SYMBOL")
    (
        "is",
        "to",
        "of",
        "the",
        "be",
        "will",
        "and",
        "or",
        "for",
        "a",
        "an",
        "it",
        "uh",
        "um",
        "name",
        "would",
        "should",
        "symbol",
        "ticker",
        "code",
    )
)


def _symbol_after_key(text: str) -> tuple[re.Match[str] | None, bool]:
    """The ticker after its key; a plain English word is never one (the next key is tried). A ticker taken back
    right after it ("symbol is M A R, no wait, it's MGLD", "代号 Q H 呃 不对 是 QHE") is the corrected one; a
    correction with no ticker readable after it leaves the symbol unread (asked)."""
    for m in _SYMBOL_KEY.finditer(text):
        if m.group("s").lower() not in _NOT_SYMBOL:
            fixed = _corrected_symbol(text, m.end())
            if fixed is None:
                return m, False
            return (fixed, False) if isinstance(fixed, re.Match) else (None, True)
    return _SYMBOL_LOOSE_KEY.search(text), False


#: what may stand between a ticker and the marker that takes it back: more letters spelled out, fillers, a comma
_TO_MARKER = re.compile(
    r"(?:[\s,，.\-]*(?-i:[A-Z0-9])(?![A-Za-z0-9]))*[\s,，.…?？]*"
    # ("T M D, oh sorry, TMRD": the interjection before the marker; the marker may begin with it: "呃不对")
    r"(?P<filler>(?:(?:uh+|um+|erm?|oh+|ah+|oops)\b|呃|嗯|额|啊|哦|噢)[\s,，.…]*)?",
    re.I,
)
#: the ticker said instead: "it's MGLD", "是 QHE", "make it BCHN", "改成 ABD"
_FIXED_TICKER = re.compile(
    r"(?:不?对\s*[,，]?\s*)?(?:(?:it['’]?s|it\s+is|make\s+(?:it|that)|the\s+symbol\s+is|symbol|ticker|(?:应该)?是|系|係|为|叫)\s*[:：]?\s*)?"
    r"['\"“]?\$?(?P<s>(?-i:[A-Z](?:[ .\-][A-Z]){2,9})(?![A-Za-z0-9])|(?-i:[A-Z][A-Z0-9]{1,10})|[a-z][a-z0-9]{1,10})\b",
    re.I,
)


#: a ticker denied right after it is said, in Chinese or Cantonese ("不是，是 …", "唔係，係 …"), which the shared
#: correction markers do not hold
_DENIED = re.compile(r"(?:不是|唔系|唔係|并不是)\s*[,，]?\s*(?=是|系|係|应该是)")


def _corrected_symbol(text: str, end: int) -> re.Match[str] | bool | None:
    """The ticker a correction right after ``end`` says instead (a match), False when a correction takes the
    ticker back without a readable one, None when nothing corrects it."""
    from ledgerlm.language.corrections import find_corrections

    gap = _TO_MARKER.match(text, end)
    at = gap.end() if gap else end
    first = gap.start("filler") if gap and gap.group("filler") else at
    denied = _DENIED.match(text, at)
    if denied is not None:  # "代号 HKD2？不是，是 HKDT" (唔係，係): the ticker denied, then the one it is
        m = _FIXED_TICKER.match(text, denied.end())
        ok = m is not None and m.group("s").lower() not in _NOT_SYMBOL
        return m if ok else False
    for c in find_corrections(text):
        if not first <= c.start <= at:
            continue
        m = _FIXED_TICKER.match(text, c.after[0])
        if (
            m is not None
            and m.end("s") <= max(c.after[1], m.start("s") + 1)
            and m.group("s").lower() not in _NOT_SYMBOL
        ):
            return m
        return False
    return None


#: a ticker said not to be chosen yet ("haven't picked a ticker yet", "symbol not decided", "代号还没想好")
SYMBOL_UNDECIDED = re.compile(
    r"(?i:\b(?:haven['’]?t|have\s+not|hasn['’]?t|has\s+not|not|never|didn['’]?t|don['’]?t|still\s+(?:need|have)\s+to)\s+"
    r"(?:yet\s+|really\s+|even\s+)?(?:picked|chosen|chose|pick|choose|decided|decide|got(?:ten)?|settled|figured|"
    r"finali[sz]ed|thought|come\s+up|came\s+up|agreed|made\s+up)\b(?:\s+\w+){0,3}?\s+(?:tickers?|symbols?)\b"
    r"|\b(?:tickers?|symbols?)\s+(?:is\s+|are\s+|still\s+)*(?:not\s+(?:yet\s+)?(?:decided|chosen|picked|set|final|sure|fixed|"
    r"settled)|undecided|pending|(?:to|will|shall|would|should|can|could)\s+be\s+(?:decided|confirmed|announced|chosen|"
    r"picked|set|given|added)|unknown|yet\b|later\b|"
    r"(?:is\s+)?up\s+in\s+the\s+air)"
    r"|\bno\s+(?:tickers?|symbols?)\s+(?:yet|for\s+now|decided)\b)"
    r"|(?:代号|符号|简称|代码|缩写|ticker|symbol)(?:(?!总量|发行|供应|数量|精度|名字|名称|上限)[^，,。；;\n]){0,16}?(?:还)?(?:没(?:有)?|未|唔)(?:想好|定|决定|确定|谂好)"
    r"|(?:代号|符号|简称|代码|缩写)\s*(?:再说|之后再?定|以后再?定|回头再?定|晚点再?定)"
)
#: a second ticker offered as a choice right after the one read ("CND 或者 CNDR", "MRB or MRBL")
_SYMBOL_CHOICE = (
    r"\s*[,，]?\s*(?:或者?|或是|还是|抑或|(?i:\bor(?:\s+maybe)?\b))\s*['\"“]?\$?[A-Za-z][A-Za-z0-9]{1,10}\b"
)

#: two tickers offered as a choice right after the ticker's key
_KEYED_CHOICE = re.compile(
    r"(?:(?i:symbol|ticker)|符号|代号|简称|代码|缩写)\s*(?:['’]s\s+|(?i:is|will\s+be)\s+|[:：=]\s*|为|是|(?:就|要|先)?用)?\s*"
    r"['\"“]?\$?[A-Za-z0-9]{1,11}" + _SYMBOL_CHOICE
)


def _symbol_undecided(s: Scan, symbol: str) -> bool:
    """Whether the ticker read is not settled: the text says no ticker is chosen yet, or offers another one as a
    choice right after it. Either way the symbol is asked, never the first candidate (nor the word "yet")."""
    text = s.text
    m = (
        SYMBOL_UNDECIDED.search(text)
        or _KEYED_CHOICE.search(text)
        or re.search(r"(?<![A-Za-z0-9])\$?" + re.escape(symbol) + _SYMBOL_CHOICE, text, re.IGNORECASE)
    )
    if m is None:
        return False
    # asked by name: "代号 WT 还是 WUTO" is also read as a correction, whose second reading would give WUTO
    s.unsure.append(Unsure("symbol", m.start(), m.end(), m.group(0), *_ASK_SYMBOL))
    return True


_ASK_SYMBOL = (
    "You wrote '{w}': the ticker does not look settled. Which symbol should the token have?",
    "您写了“{w}”：代号似乎还没定。代币的符号（symbol）用哪个？",
)


#: a name said with doubt: "called Tembo? …", "not sure about the name", "名字还没想好"
_NAME_UNDECIDED = re.compile(
    r"(?i:\bnot\s+(?:yet\s+)?(?:sure|certain|decided|settled)\s+(?:about|on|of)\s+(?:the\s+|its\s+|a\s+)?name\b"
    r"|\bname\s+(?:is\s+)?(?:not\s+(?:final|decided|settled|sure|fixed)|undecided|tentative|may\s+change|might\s+change)\b"
    r"|\b(?:haven['’]?t|have\s+not|not|didn['’]?t|don['’]?t)\s+(?:yet\s+)?(?:picked|chosen|decided(?:\s+on)?|settled\s+on)"
    r"\s+(?:a|the)\s+name\b)"
    r"|(?:名字|名称|币名)[^，,。；;\n]{0,8}?(?:还)?(?:没(?:有)?|未|唔)(?:想好|定|决定|确定|谂好)|暂定名"
    # "名称用 星河 还是 银河", "name Foo or Fooz": two names offered as a choice after the key
    r"|(?:名字|名称|币名)\s*(?:就|要|先)?用\s*\S{1,20}?\s*(?:还是|或者|或是)"
    r"|(?i:\bname\b\s*(?:is\s+|[:：=]\s*)?)(?-i:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}\s+or\s+(?:maybe\s+)?[A-Z][\w\-]*)"
    r"(?=\s*[,，.?？]|$)"
)


def _name_undecided(s: Scan, name: str) -> bool:
    """Whether the name read is said with doubt: a question mark right after it ("maybe a token called Tembo?"), or
    words saying the name is not settled. A doubtful name is asked, never deployed."""
    if name.rstrip().endswith(("?", "？")):
        return True
    ev = s.evidence.get("name")
    end = ev.spans[0].end if ev is not None and ev.spans else -1
    if end >= 0 and re.match(r"['\"”’」』》]?\s*[?？]", s.text[end:]):
        return True
    return _NAME_UNDECIDED.search(s.text) is not None


#: a number that limits each holder or each day, never the whole supply
_PER_HOLDER = re.compile(
    r"\s*(?:[A-Za-z]{2,11}\s+)?(?:tokens?\s+)?(?:per|each|a|every|/)\s*(?:wallet|address|person|user|holder|account|day|"
    r"transaction|tx|mint)\b|\s*(?:个|枚)?\s*(?:每人|每个?(?:钱包|地址|账户|用户)|每天|每笔)",
    re.IGNORECASE,
)
#: the start of a line or a cell of settings, with its bullet ("- ", "* ", "| ", "1. ")
_LINE_START = re.compile(
    r"(?:(?:^|[\n|•·])[ \t]*(?:[-*+•·]|\d{1,2}[.)])?"
    # "pausable: no mintable: yes": right after the answer of the key before, which negates nothing of this one
    r"|[:：=?？]\s*(?i:yes|no|true|false|on|off|nope|nah|yep|yeah|yup|sure|是|否)\s*[,，;；/]?)[ \t]*$"
)


def _clause_before(text: str, pos: int, width: int) -> str:
    """The ``width`` characters before ``pos`` within their clause: a negation on the line or in the cell before
    ("- mintable: no\n- pausable: yes") is no negation of this word."""
    window = text[max(0, pos - width) : pos]
    cut = max(window.rfind(c) for c in "\n|;；,，、")
    return window[cut + 1 :] if cut >= 0 else window


#: the flags' verbs, as a coordinated list reads them ("mint and burn", "pause and mint", "不能增发和销毁")
_FLAG_VERBS = {
    "mintable": r"(?<![A-Za-z])mint(?:ing)?(?![A-Za-z])|增发|增铸|铸造",
    # a bare 烧 only in a list with another verb ("可以 增发 同 烧"): the list's own words decide
    "burnable": r"(?<![A-Za-z])burn(?:ing)?(?![A-Za-z])|销毁|燃烧|烧毁|烧(?:掉|币)?",
    "pausable": r"(?<![A-Za-z])paus(?:e|ing)(?![A-Za-z])|暂停",
}
_ANY_VERB = "|".join(f"(?:{v})" for v in _FLAG_VERBS.values())
_COORD = re.compile(
    rf"(?:{_ANY_VERB})(?:\s*(?:,|、|/|&|\+|\band/or\b|\band\b|\bor\b|和|同|及|与|跟|或)\s*(?:{_ANY_VERB}))*",
    re.IGNORECASE,
)
#: what lets the list be done ("able to", "should be able to", "let the owner", "allowed to")
_COORD_CAN = re.compile(
    r"(?:\bable\s+to|\bcan|\bcould|\bshould|\bmay|\bwant\s+to|\bneed\s+to|\bmust|\blet\s+(?:\w+\s+){0,2}|"
    r"\ballow(?:s|ed)?\s+(?:\w+\s+){0,2}to|\benable\s+(?:\w+\s+)?to|\bpermit(?:ted)?\s+to|"
    r"可以|可|能|要能|支持|允许)\s*$",
    re.IGNORECASE,
)
_COORD_OK = re.compile(
    r"\s*(?:(?:is|are|both|all|should\s+be|must\s+be)\s+)?(?:allowed|ok(?:ay)?\b|enabled|on\b|yes\b|possible|"
    r"supported|permitted|too\b|as\s+well|functions?|features?|rights?|permissions?|privileges?|roles?)",
    re.IGNORECASE,
)
_COORD_NEG_BEFORE = re.compile(
    r"(?:\bnot|\bno|\bnever|\bwithout|\bcan't|\bcannot|\bcan\s+not|\bwon't|\bdon't|\bdo\s+not|\bunable\s+to|"
    r"不可以|不可|不能|不要|不用|不需要|不支持|不允许|无法|禁止|别|没有|不)"
    r"(?:\s*(?:be\s+)?(?:able\s+to|allowed\s+to|want\s+to|need\s+to|let\s+(?:\w+\s+){0,2}|allow\s+(?:\w+\s+){0,2}to))?"
    r"\s*(?:再|开启|支持|允许)?$",
    re.IGNORECASE,
)
_COORD_NEG_AFTER = re.compile(
    r"\s*(?:(?:is|are|both|all|should\s+be|must\s+be)\s+)?(?:not\s+(?:allowed|needed|required|possible|permitted)|"
    r"disabled|off\b|no\b|forbidden|never)",
    re.IGNORECASE,
)


def _coordinated_flags(s: Scan, params: dict[str, Any]) -> None:
    """Flags named together share what is said of them: "able to mint and burn" sets both, "can't mint or burn" and
    "不能增发和销毁" clear both; a lone verb with no such words is left to the feature words (or asked)."""
    text = s.text
    for m in _COORD.finditer(text):
        keys = [
            k
            for v in re.finditer(_ANY_VERB, m.group(0), re.IGNORECASE)
            for k, p in _FLAG_VERBS.items()
            if re.fullmatch(p, v.group(0), re.IGNORECASE)
        ]
        before = _clause_before(text, m.start(), 40)
        after = text[m.end() : m.end() + 30]
        if _COORD_NEG_BEFORE.search(before) or _COORD_NEG_AFTER.match(after):
            value = False
        elif _COORD_CAN.search(before) or _COORD_OK.match(after):
            if len(keys) == 1 and re.match(r"\s*\d", after):
                continue  # "we can mint 1,000,000 at launch": the first issue, not a feature
            value = True
        else:
            continue
        if len(keys) < 2 and not re.search(r"[A-Za-z]", m.group(0)):
            continue  # a lone Chinese feature word is read by the feature words themselves
        for key in dict.fromkeys(keys):
            if key not in params:
                params[key] = value
                s.cite(key, m.start(), m.end(), "feature words named together" if value else "negated feature words")


#: a feature said with doubt: "mintable later maybe", "burnable? not sure", "maybe pausable", "也许可以增发"
_HEDGE_AFTER = re.compile(
    r"(?:\s+(?:later|too|as\s+well|eventually))?\s*[,，]?\s*(?:maybe|perhaps|possibly|not\s+sure|idk|i\s+guess|tbd|"
    r"or\s+not|也许|可能吧|或许|不确定|再说|待定)(?![A-Za-z])",
    re.IGNORECASE,
)
_HEDGE_BEFORE = re.compile(
    r"(?:\bmaybe|\bperhaps|\bpossibly|也许|或许|可能)\s*(?:make\s+it\s+|it['’]?s\s+)?$", re.IGNORECASE
)


#: a placeholder standing where a value would ("N/A, symbol …"), up to the end of its clause
_PLACEHOLDER_AT = re.compile("(?:" + PLACEHOLDER.pattern + r")(?=\s*(?:[,，;；。\n|]|$))")

#: a year said beside the request ("2025年上线", "founded in 2015", "since 1987"): no supply and no setting
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_AFTER = re.compile(r"\s*年(?!\s*(?:内|后|期|化|息|利|度?收益))")
_YEAR_BEFORE = re.compile(
    r"(?i:\b(?:in|since|from|until|by|founded|established|est\.?|year|circa|c\.)\s*)$|(?:于|在|从|自)\s*$"
)


def _years(s: Scan) -> None:
    """Years written with their word (年 after, "in"/"since"/"于" before) are set aside, so the accounting does
    not ask what "2025" is for and the supply is never read from one."""
    for i, n in s.free_numbers():
        if n.percent or not _YEAR.fullmatch(n.text):
            continue
        if _YEAR_AFTER.match(s.text, n.end) or _YEAR_BEFORE.search(s.before(n.start, 14)):
            s.ignored.append(Ignored(n.start, n.end, n.text, "a year, no setting of the token"))
            s.used.add(i)


#: the article "one" / 一 ... before the kind's word in the singular ("want one token lah", "一个代币")
_ARTICLE_ONE = re.compile(r"(?i:one|an?|single)|一")
_ONE_TOKEN = re.compile(
    r"\s*(?:(?:个|种|款|枚)\s*(?:新的?)?\s*(?:代币|币|通证|token|coin)|(?i:(?:new\s+|erc-?20\s+)?(?:token|coin)(?!s)\b))"
)

#: a magnitude written after a number that the number was not read with ("hundred k": 100, then a lone "k")
#: ("总量 一 亿": a Chinese magnitude dictated after a space is the number's own, not read with it: never a supply of 1)
_STRAY_MAGNITUDE = re.compile(
    r"\s*(?:k|K|mm|MM|mil|bn|BN|thousand|million|billion)(?![A-Za-z])|[ \t]+[十百千万亿萬億](?![\u4e00-\u9fff]{2})"
)


#: words about issuing more that the flag patterns did not settle
_MINT_HINT = re.compile(r"(?i:\bmint\w*|\bissue\s+(?:more|extra|new)\b)|铸|再发|补发|加发|多发|增发|追加")


#: the yes/no written after a feature word, as in a list of settings ("burnable yes, pausable no")
_FLAG_ANSWER = re.compile(
    r"\s*[:：=|?？]?\s*(?:(?P<no>(?:no|false|off|nope|nah|nay|never|disabled|forbidden)\b|"
    # "burning: not allowed", "minting: disabled"
    r"not\s+(?:allowed|permitted|enabled|supported|needed|wanted)\b|否|不要|不需要|不用|不允许|不可以)|"
    r"(?P<yes>(?:yes|true|on|yep|yeah|yup|sure|ofc|absolutely|definitely|allowed|enabled|permitted|supported)\b|"
    r"是(?!否)|要(?!不)|允许|可以))",
    re.IGNORECASE,
)
#: "no decimals" / "没有小数": whole units only
_NO_DECIMALS = re.compile(
    r"\b(?:no|without|zero)\s+decimals?\b|\bdecimals?\s*[:：=]?\s*(?:none|no)\b|没有小数|无小数|不要小数|不带小数|不可分割",
    re.IGNORECASE,
)
