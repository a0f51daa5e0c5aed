"""Multisig extractor: threshold, number of owners and the owners themselves.

The shared scanning-and-evidence layer (``ledgerlm.language.extract``) finds numbers, durations, tokens, addresses
and names with their spans; this module only decides which of them is which param of this kind.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from typing import Any

from ledgerlm.language.evidence import Evidence, Ignored, Span, Unsure
from ledgerlm.language.extract import (
    _I,
    Scan,
    _search,
)
from ledgerlm.language.parties import ME, NameMatch, read_name
from ledgerlm.language.plain import plain_scan
from ledgerlm.language.separators import SEP, apply_settings, ask_group, chain, read_list, read_settings

__all__ = ["extract"]


# -- multisig --------------------------------------------------------------------------------------------------
_OWNER_WORDS = (
    r"(?:owners?|signers?|signatories|signatory|members?|keyholders?|key\s+holders?|people|persons?|"
    r"parties|trustees?|admins?|managers?|partners?|wallets?|directors?|cofounders?|co-founders?|"
    r"board\s+members?|trustees?|council\s+members?|keyholders?|founders?|holders?|team\s+members?|friends|"
    r"siblings|family\s+members|roommates|officers|committee\s+members|elders|guardians|stewards|leaders|"
    r"housemates|flatmates|colleagues|shareholders|representatives|reps|(?:board\s+)?seats|"
    r"devices|phones|hardware\s+wallets|ledgers|keys|accounts|addresses|"
    r"签名人|签名者|签署人|签字人|所有者|所有人|管理员|持有人|成员|口人|人|合伙人|股东|董事|理事|委员|代表|钥匙|私钥|地址)"
)
_THRESHOLD_BEFORE = (
    r"(?:any|majority(?:\s+of)?|approvals?\s+(?:from|of|by)|quorum(?:\s+of)?|法定人数|签名数|"
    r"at\s+least|(?:not|no)\s+(?:fewer|less)\s+than|"
    # "shall require the signatures of four (4) trustees", "with the consent of 3"
    r"signatures?\s+of|consent\s+of|agreement\s+of|sign-?offs?\s+(?:of|from)|"
    r"requires?|required|need(?:s|ed)?|needing|must|min(?:imum)?|threshold(?:\s+of)?|"
    r"需要|至少|须|必须|需|任意|任何|其中|门槛|阈值|满)\s*[:：=为是]?\s*$"
)
_THRESHOLD_AFTER = (
    r"^\s*(?:of\s+them|(?:个|名|位|把)?\s*(?:人|signers?|owners?|of\s+them|people|persons?|keys?|of\s+us|members?)?\s*"
    r"(?:(?:are\s+|is\s+)?(?:required|needed)\s+to\s+|to\s+|can\s+|must\s+|need\s+to\s+|have\s+to\s+|has\s+to\s+|"
    r"should\s+|needs?\s+to\s+|共同|一起|"
    r"就能|就可以|即可|可以|才能)?"
    r"(?:approve|sign|confirm|nod(?:s|ding)?\b|agree\b|say\s+(?:yes|ok(?:ay)?)\b|give\s+(?:the\s+)?(?:ok|okay|go-?ahead)\b|"
    r"ok(?:ay)?\s+it\b|votes?\b|vote\s+yes\b|signatures?|sigs?\b|sign-?offs?|approvals?|confirmations?|co-?sign|同意|确认|签名|签字|"
    r"批准|通过|签署|动用|转账|支付|付款|执行|点了?头|拍板|签(?=就|即|才|了)|签(?:字|名)?(?=\s*(?:[，,。；;:：]|$))|"
    # "two keys are enough", "2 of us is enough", "两个人就够了": enough approvals, not a count of owners
    r"(?:are|is|will\s+be)\s+(?:enough|sufficient)\b|suffices?\b|(?:就|即)?(?:够了|足够))|"
    r"(?:are\s+|is\s+)?(?:required|needed)\b)"
)


_ALL = re.compile(
    # "all 4 of us (me, Greta, Hiroshi, Amara) must sign": the list in brackets does not end the phrase
    r"\ball\s+(?:of\s+(?:us|them)|\d+|\w+)?\s*(?:of\s+us\s+|of\s+them\s+)?(?:[(（][^)）]{0,80}[)）]\s*)?"
    r"(?:must|have\s+to|has\s+to|need\s+to|should|gotta|got\s+to|ha(?:ve|s)\s+got\s+to|will\s+have\s+to)|\bboth\s+(?:of\s+(?:us|them)\s+)?(?:must|have\s+to|need\s+to|should|sign|approve|"
    r"gotta|got\s+to|need|needs|'?ve\s+got\s+to)|"
    r"\beveryone\s+(?:must|has\s+to|needs?\s+to|signs?|approves?)|\bunanimous(?:ly)?|"
    r"\bboth\s+(?:[\w\-]+\s+){1,4}?(?:must|have\s+to|need\s+to|should|sign|approve|confirm)\b|"
    # "need all three", "requires every owner", "all three signatures", "every signer must approve"
    r"\b(?:need|needs|needed|require[sd]?|requiring)\s+(?:all|every(?:one|body)?|each)\b(?:\s+(?:of\s+)?"
    r"(?:us|them|the\s+\w+|\d+|two|three|four|five|six|seven|eight|nine|ten|signers?|owners?|signatures?))?|"
    r"\ball\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:signatures|approvals|sign-?offs|keys)\b|"
    r"\b(?:every|each)\s+(?:one\s+of\s+(?:us|them)|owner|signer|member|keyholder)\s+(?:must|has\s+to|needs?\s+to)|"
    r"都得|都要|都必须|都需要|全部同意|全体同意|一致同意|都同意|全部(?:人)?(?:都)?(?:签名|签字|签署|确认|批准)|全员|"
    r"全票|(?:必须|需要|得|要)(?:全|都)(?:签|同意|确认|批准|通过)|缺一不可|全体[\u4e00-\u9fff]{0,4}?(?:同意|签字|签名|确认)|"
    r"所有人都(?:要|得|必须|需要)?(?:签|同意|确认)|(?:要|得|需要|必须)?全部人(?:都)?(?:要|得|必须)?(?:签|同意|确认)|"
    # "缺一个人签字都不行", "少一个都不行", "一个都不能少": without any one owner nothing moves = every owner
    r"(?:缺|少)\s*(?:一|1|任何一)\s*(?:个|位|名)?\s*(?:人)?\s*(?:的)?\s*(?:签字|签名|同意|确认)?\s*(?:都|也)?\s*(?:不行|不可以|不能|不成)|"
    r"(?:一个|任何一个)(?:人)?都不能(?:少|缺)|(?<=人)都(?:要|得)?签(?:字|名)?(?:才|就)?(?:行|可以|能)|"
    # "两人都签。": every one of the people counted signs, said at the end of the clause
    r"(?<=人)都(?:要|得|必须)?签(?:字|名)?(?=\s*(?:[，,。；;！!]|$))|全(?:部)?签(?:字|名)?(?![\u4e00-\u9fff]*?(?:之一|中))",
    _I,
)
#: any one owner alone: "either of us can sign alone", "any one of us can approve", "任何一个人都可以单独签"
_ANY_ONE = re.compile(
    r"\b(?:either(?:\s+of\s+(?:us|them|the\s+two)|\s+one)?|any\s+one\s+of\s+(?:us|them)|anyone\s+of\s+(?:us|them)|any\s+single\s+"
    r"(?:owner|signer|one\s+of\s+us))\s+(?:can|could|may|should\s+be\s+able\s+to)\s+(?:sign|approve|send|move)\b"
    r"(?:\s+(?:alone|on\s+(?:his|her|their|our)\s+own|by\s+(?:himself|herself|themselves)))?"
    r"|(?:任何|任意)一个人(?:都)?(?:可以|能)(?:单独)?(?:签|签字|转账|批准)"
    # "any of them can approve on their own": "any of" only with the word that makes it one person alone
    r"|\bany\s+of\s+(?:us|them)\s+(?:can|could|may)\s+(?:sign|approve|send|move)\s+"
    r"(?:alone|on\s+(?:his|her|their|our)\s+own|by\s+(?:himself|herself|themselves))",
    _I,
)
#: "nobody can sign alone", "no one of us should be able to": a negation before it turns it around
_NEGATED = re.compile(r"\b(?:no|not|never|nobody|n't)\b|不|没有", _I)
_MAJORITY = re.compile(
    r"\b(?:a\s+|simple\s+)?majority\b|\b(?:more\s+than|over)\s+(?:half|50\s*%|fifty\s+percent)|"
    r"过半数?|多数人?|半数以上|超过一半|一半以上|超过半数",
    _I,
)


#: a share of the owners: "two-thirds must approve", "三分之二同意", "3/4 of the board" (at least that share)
_SHARE = re.compile(
    r"\b(?P<en>two[-\s]thirds|three[-\s]quarters|three[-\s]fourths|four[-\s]fifths)\b"
    r"|(?P<zh>(?P<den>[二三四五六七八九十\d]+)\s*分之\s*(?P<num>[一二三四五六七八九十\d]+))",
    _I,
)
#: a strict bound before a share: "more than two thirds" of 6 owners is 5, where "two thirds" is 4
_MORE_THAN_SHARE = re.compile(
    r"(?:\b(?:more\s+than|over|above|exceeding|greater\s+than)|超过|超過|多于|多於|高于|大于)\s*$", _I
)
_ZH_N = {c: i for i, c in enumerate("零一二三四五六七八九十")}
_SHARES = {"two thirds": (2, 3), "three quarters": (3, 4), "three fourths": (3, 4), "four fifths": (4, 5)}


def _amount_of_money(s: Scan, n: Any) -> bool:
    t = s.token_for(n)
    return t is not None and t.known and t.start >= n.end


def _colloquial(raw: str) -> str:
    """两 is 二, 俩 two (of people), 仨 three: the spoken counts, as the numerals ``_zh_int`` reads."""
    return raw.replace("两", "二").replace("俩", "二").replace("仨", "三")


def _zh_int(raw: str) -> int:
    """A small count in digits or Chinese numerals (二, 十, 十二)."""
    if raw.isdigit():
        return int(raw)
    if raw == "十":
        return 10
    if raw.startswith("十"):
        return 10 + _ZH_N[raw[1]]
    if len(raw) == 2 and raw[1] == "十":
        return _ZH_N[raw[0]] * 10
    return _ZH_N.get(raw, 0)


def _threshold_words(s: Scan, params: dict[str, Any]) -> None:
    """Thresholds said in words: all / both / 都得 (= every owner), a majority (= more than half), a share
    (two-thirds of 9 = at least 6)."""
    count = params.get("owners_count")
    if count is None:
        return
    share = _SHARE.search(s.text)
    if share:
        if share.group("zh"):
            num, den = _zh_int(share.group("num")), _zh_int(share.group("den"))
        else:
            num, den = _SHARES[re.sub(r"[-\s]+", " ", share.group(0).lower())]
        if not 0 < num < den:
            return
        strict = _MORE_THAN_SHARE.search(s.text, max(0, share.start() - 12), share.start()) is not None
        # the least whole number of owners that is at least that share; "more than two thirds" is above it
        need = int(count) * num // den + 1 if strict else -(-int(count) * num // den)
        if need > int(count):
            return  # "more than 2/3 of 3 owners" would be 3 of 3: said as a share, it is not read as everyone
        params["threshold"] = need
        # the fraction is read here, as a share of the owners: no longer an unclear number
        s.flagged[:] = [f for f in s.flagged if not (f.start < share.end() and share.start() < f.end)]
        s.evidence["threshold"] = Evidence(
            "inferred",
            f"{'more than ' if strict else ''}{share.group(0)} of {count} owners is at least {need}",
            (Span(share.start(), share.end(), share.group(0)),),
        )
        return
    m = _ALL.search(s.text)
    if m:
        said = _all_n(s, m)
        if said is not None and said.value != count:
            # "with Hiro and Ana … needs all three to sign off": "all three" is not the 2 owners read; which is
            # right is not known (the user may be the third): asked, never "all" of the wrong count
            s.used.update(i for i, n in enumerate(s.numbers) if n is said)
            s.unsure.append(Unsure("owners_count", said.start, m.end(), s.text[said.start : m.end()], *_ASK_ALL_N))
            params.pop("owners_count", None)
            s.evidence.pop("owners_count", None)
            return
        if re.match(r"(?i:both)\b", m.group(0)) and int(count) != 2:
            # "we're 5 in the family but only me and Rahul sign, both must": "both" is two, not every one of 5
            s.unsure.append(Unsure("threshold", m.start(), m.end(), m.group(0), *_ASK_BOTH))
            return
        params["threshold"] = int(count)
        start = m.start()
        s.used.update(i for i, n in enumerate(s.numbers) if m.start() <= n.start < m.end())
        counted = s.evidence.get("owners_count")
        for i, n in enumerate(s.numbers):  # "三个人都得同意", "all 4 have to agree": the number is the same count
            if counted is not None and any(sp.start <= n.start < sp.end for sp in counted.spans):
                continue  # that number already says how many owners there are
            if n.end <= m.start() and m.start() - n.end <= 6 and n.value == count:
                start = n.start
                s.used.add(i)
        s.cite("threshold", start, m.end(), "every owner must approve")
        return
    m = _ANY_ONE.search(s.text)
    if m and not _NEGATED.search(s.text, max(0, m.start() - 24), m.start()):
        params["threshold"] = 1  # "either of us can sign alone", "任何一个人都能单独签": one approval is enough
        s.used.update(i for i, n in enumerate(s.numbers) if m.start() <= n.start < m.end())
        s.cite("threshold", m.start(), m.end(), "any one owner can approve alone")
        return
    m = _MAJORITY.search(s.text)
    if m:
        params["threshold"] = int(count) // 2 + 1
        s.evidence["threshold"] = Evidence(
            "inferred", f"a majority of {count} is {int(count) // 2 + 1}", (Span(m.start(), m.end(), m.group(0)),)
        )


_ASK_BOTH = (
    "'{w}' speaks of two people, but more owners were read: how many must approve?",
    "“{w}”说的是两个人，但读到的所有者更多：需要几位同意？",
)
_ASK_ALL_N = (
    "'{w}' counts a different number of owners than were read: how many owners are there, and who are they?",
    "“{w}”说的人数与读到的所有者人数不同：一共几位所有者？分别是谁？",
)


_COUNT_NOUN = re.compile(r"\s*(?:个|名|位)?\s*(?:人|签名人|所有者|成员)?\s*")


def _all_n(s: Scan, m: re.Match[str]) -> Any:
    """The count said with "all" ("all three", "all 4 of us", "三个人都得同意"), if any."""
    for n in s.numbers:
        if n.percent or n.value != n.value.to_integral_value():
            continue
        if m.start() <= n.start < m.end() and re.search(
            r"(?i:\b(?:all|every|each\s+of\s+the)\s+(?:of\s+(?:the|us|them)\s+)?)$", s.text[m.start() : n.start]
        ):
            return n
        if n.end <= m.start() and _COUNT_NOUN.fullmatch(s.text, n.end, m.start()):
            return n
    return None


_LIST_CUE = re.compile(
    r"(?:owners?|signers?|signatories|keyholders?|签名人|所有者|管理员|成员|持有人|签名者|\bbetween|\bamong|"
    r"\bfor|\bwith|\bw/|\bof\s+us|\b(?:held|controlled|owned|signed)\s+by|[(（])"
    r"\s*(?:are|is|[:：=]|为|是|包括|有)?\s*",
    _I,
)


#: words inside a list of owners that are no part of any name: fillers of dictation ("me, Juno, Kit, and uh Rafa")
#: and the party a person represents ("甲方代表周律师、乙方代表吴经理及本人", "买方代表老李"); blanked before the list
#: is read (same length, so every span still holds), so a list is never cut short at them
_FILLER = re.compile(
    r"(?i:,?\s*\b(?:uh+|um+|erm?|hmm+|uhm)\b,?)|(?i:(?<=\band)\s+like\s*,|(?<=,)\s*like\s*,)|(?<=[，,、和及与跟])\s*(?:嗯|呃|那个)\s*"
)
#: "my bf Theo", "our mate Kai": a relation word before a name
_RELATION = re.compile(r"(?:my|our)\s+[a-z][a-z\-]{1,15}\s+(?=[A-Z])")
#: the user right before a list of others, joined to it ("for me and Priya and Sol"): one more owner
_ME_BEFORE_LIST = re.compile(
    r"(?i:\b(?:me|myself)\s*(?:,|and|&|\+)\s*,?\s*)$|(?:我自己|我本人|我)\s*(?:和|跟|与|、)\s*$"
)
_REPRESENTS = re.compile(
    r"(?<![^:：、，,;；\s和及与跟以])(?![我你他她])[\u4e00-\u9fff]{1,4}?\s*(?:的)?\s*(?:授权)?代表(?:人)?\s*(?:为|是|[:：])?"
    r"\s*(?=[\u4e00-\u9fffA-Za-z])"
)
#: "Priya for the landlord, Marcus for the tenants, and me for the agency": the side each person stands for, said
#: after the name in two or more items of one list
_STANDS_FOR = re.compile(
    r"(?<=[A-Za-z])\s+(?:for|representing|on\s+behalf\s+of)\s+(?:the\s+|our\s+|their\s+)?[a-z][a-z\-]*"
    r"(?=\s*(?:[,;，；]|\band\b|$))"
)


#: "Ken (CTO), Mia (CFO), Raj (CEO)", "老周（财务）、小吴（法务）": a title in brackets after each name
_TITLE_IN_BRACKETS = re.compile(
    r"(?<=[A-Za-z\u4e00-\u9fff.])\s*[(（]\s*[A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff .&\-]{0,24}[)）]"
    # the last one may end the sentence: "Owners: me, Sunita (AP), Grégoire (controller). 2 sigs" dropped Grégoire
    # ("1. Amara Okafor (CFO)\n2. …": a numbered list, one name and its title on each line)
    r"(?=\s*(?:[,;，；、。\n]|\.(?!\w)|\band\b|和|及|与|$))"
)


#: "1) Kofi Mensah – treasurer\n2) Ingrid Holm – secretary": a title after a dash, closing each line of a list
_TITLE_AFTER_DASH = re.compile(
    r"(?<=[A-Za-z\u4e00-\u9fff.])[ \t]+[–—-][ \t]+(?!0x)[A-Za-z][A-Za-z .&/\-]{0,24}?[ \t]*(?=\n|$)"
)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


#: one item of a bulleted list, on its own line ("- Priyanka", "* me", "1. Chen Wei"): a name, no setting
_BULLET = re.compile(r"(?m)^[ \t]*(?:[-*•·+]|\d{1,2}[.)])[ \t]+(?=[^\n:：=|]{1,40}$)(?=\S)")


def _unbulleted(text: str) -> str:
    """A run of two or more bulleted lines as one list on the line before ("owners:\n- Priyanka\n- Ravi\n- me"
    read as "owners:   Priyanka,  Ravi,  me"), of the same length, so every span still holds."""
    marks = list(_BULLET.finditer(text))
    chars = list(text)
    run: list[re.Match[str]] = []
    for m in [*marks, None]:
        if (
            m is not None
            and run
            and text[run[-1].end() : m.start()].count("\n") == 1
            and "\n" in text[run[-1].end() : m.start()]
        ):
            run.append(m)
            continue
        if len(run) >= 2:
            for k, b in enumerate(run):
                a = b.start() - 1 if b.start() > 0 and text[b.start() - 1] == "\n" else b.start()
                piece = (" " if k == 0 else ",") + " " * (b.end() - a - 1)
                chars[a : b.end()] = piece
        run = [m] if m is not None else []
    return "".join(chars)


def _read_owners(s: Scan) -> list[str]:
    """The owners, read over the text with fillers and the parties people represent blanked."""
    spans = [m.span() for m in _FILLER.finditer(s.text)] + [m.span() for m in _REPRESENTS.finditer(s.text)]
    for rx in (_STANDS_FOR, _TITLE_IN_BRACKETS, _TITLE_AFTER_DASH):
        stands = [m.span() for m in rx.finditer(s.text)]
        if len(stands) >= 2:
            spans += stands
    text = s.text
    s.text = _unbulleted(text)
    if s.text != text:  # "1. Oksana\n2. Pedro": the numbers of the items count nobody
        for i, n in enumerate(s.numbers):
            if i not in s.used and s.text[n.start : n.end].strip(" ,") == "" and text[n.start : n.end].strip():
                s.ignored.append(Ignored(n.start, n.end, n.text, _ITEM_NUMBER))
                s.used.add(i)
    if spans:
        s.text = _blank(s.text, spans)
    try:
        owners = _owners(s)
    finally:
        s.text = text
    owners = _count_cut_off(s, owners)
    # "我和老婆两个人": "两个人" counts the people; it is nobody's name
    counted = [o for o in owners if _COUNT_OF_PEOPLE.fullmatch(o)]
    for o in counted:
        s.name_spans.pop(o, None)
    owners = [o for o in owners if o not in counted]
    for o in [o for o in owners if _BARE_KIN.fullmatch(o)]:
        # "我、老婆、我妈": a bare kin word is a person without a name, like "我妈": noted, bound when creating
        sp = s.name_spans.get(o)
        owners.remove(o)
        if sp is not None:
            s.notes.append(f"owners: '{o}' is listed without a name; bind the address when creating")
            s.unsure.append(Unsure("owners_count", sp.start, sp.end, sp.words, *_ASK_NAMELESS))
    first = min((s.name_spans[o].start for o in owners if o in s.name_spans), default=None)
    if owners and ME not in owners and first is not None:
        me = _ME_BEFORE_LIST.search(_blank(text, spans) if spans else text, 0, first)
        if me is not None:  # "for me and, um, Priya and Sol": the list read began after the user
            word = re.match(r"\w+|我自己|我本人|我", text[me.start() :])
            s.name_spans[ME] = Span(me.start(), me.start() + (len(word.group(0)) if word else 1), "me")
            owners = [ME, *owners]
    return owners


#: a Chinese numeral closing a name right before a measure word and 人 ("李四三个人": 李四, then 三个人 counts them)
_COUNT_AFTER_NAME = re.compile(r"(?:个|位|名)?\s*人")


def _count_cut_off(s: Scan, owners: list[str]) -> list[str]:
    """The last name of a list read on into the count after it ("本人、张三、李四三个人" read 李四三) cut before
    the numeral; the numeral's number is then the count of the people, as written. Names from the scan's list
    reader only (their spans are known); a name of two characters or less is never cut."""
    out = []
    for o in owners:
        sp = s.name_spans.get(o)
        if (
            sp is not None
            and len(o) >= 3
            and o[-1] in "一二两三四五六七八九十"
            and "\u4e00" <= o[0] <= "\u9fff"
            and _COUNT_AFTER_NAME.match(s.text, sp.end)
        ):
            s.name_spans.pop(o)
            o = o[:-1]
            s.name_spans[o] = Span(sp.start, sp.end - 1, s.text[sp.start : sp.end - 1])
        out.append(o)
    return out


#: kin words written alone, which the name reader may take for 老 + a surname ("老婆", "老公", Cantonese "老豆")
_BARE_KIN = re.compile(r"老婆|老公|老板|老妈|老爸|老豆|老母|老窦|媳妇|爱人|老伴|老细")
_COUNT_OF_PEOPLE = re.compile(r"(?:\d+|[一二两三四五六七八九十俩仨]+)\s*(?:个|位|名)?\s*人")


def _owners(s: Scan) -> list[str]:
    """Owners named in a list ("owners Alice, Bob and Carol", "between me, Kai and Lina", "小红、小明和我") or as
    "me and Sara"; every item must read as a whole name, else the list is not taken."""
    if len(s.addresses) >= 2:
        for a in s.addresses:
            s.name_spans[a.address] = Span(a.start, a.end, a.text)
        return _me_in_address_list(s, [a.address for a in s.addresses])
    mentioned = _mentions(s)
    if mentioned:
        return mentioned
    text = s.text
    for cue in _LIST_CUE.finditer(text):
        listed = read_list(text, cue.end())
        names = [n.name for n in listed]
        if len(names) >= 2 and len(set(names)) == len(names):
            for n in listed:
                s.name_spans[n.name] = Span(n.start, n.end, n.text)
            _nameless(s, listed)
            return names
    chained = _name_chain(s) or _lower_case_list(s)
    if chained:
        return chained
    both = re.search(r"(?i:\bboth\s+of\s+us\b|\bwe\s+both\b|\bthe\s+two\s+of\s+us\b)|我们俩|我俩|咱俩|咱们俩", text)
    if both:  # "shared wallet w/ my wife Jenny, both of us have to approve": the user and the one person named
        named: list[NameMatch] = []
        for cue in re.finditer(r"(?i:\bw/\s*|\bwith\s+|\band\s+)|和|跟|与", text):
            hit = read_name(text, cue.end(), allow_me=False)
            rel = _RELATION.match(text, cue.end()) if hit is None else None
            if rel is not None:  # "w/ my bf Theo": a relation word the name reader does not know, then the name
                hit = read_name(text, rel.end(), allow_me=False)
            if hit is not None and hit.name not in (n.name for n in named):
                named.append(hit)
        if len(named) == 1:
            s.name_spans[named[0].name] = Span(named[0].start, named[0].end, named[0].text)
            s.name_spans[ME] = Span(both.start(), both.end(), both.group(0))
            return [ME, named[0].name]
    m = re.search(r"\b(?:me|I)\s+and\s+(?=[A-Z])", text)
    if m:
        other = read_name(text, m.end())
        if other is not None and other.name != ME:
            s.name_spans[other.name] = Span(other.start, other.end, other.text)
            s.name_spans[ME] = Span(m.start(), m.start() + 2 if text[m.start()] == "m" else m.start() + 1, "me")
            return [ME, other.name]
    return []


#: a chat handle ("@maya", "@Jonas.K", "@me"): a person the chat names; the handles that reach a whole room are none
_MENTION = re.compile(r"(?<![\w@])@(?P<h>[A-Za-z][\w.\-]{0,30}[A-Za-z0-9_])")
_MENTION_JOIN = re.compile(r"[ \t]*(?:[,，、&+]|\band\b|[ \t])[ \t]*(?:and[ \t]+)?", re.IGNORECASE)
#: a dash or a bracket opening a list after its cue ("3 owners — @sam, @ivy and I —")
_LIST_OPEN = re.compile(r"[ \t]*(?:[—–(（:：-][ \t]*)?")
#: the user closing a list of handles ("@ana, @bo and me", "@sam, @ivy and I")
_ME_CLOSE = re.compile(r"(?i:me|myself)\b|(?-i:I)\b|本人|我自己|我(?![们的])")
_ROOM_HANDLES = frozenset(("channel", "here", "everyone", "all", "team", "channel.", "here."))


def _mentions(s: Scan) -> list[str]:
    """Owners named by chat handles after an owner cue ("owners: @maya @jonas @oluwaseun @me", "signers @ana,
    @bo and me"): two or more handles in a row, each kept as written without its "@" ("@me" is the user); a handle
    for the whole room ("@channel", "@here") is nobody. The name reader wants names, so such a list was asked."""
    text = s.text
    for cue in _LIST_CUE.finditer(text):
        opened = _LIST_OPEN.match(text, cue.end())
        pos, items = (opened.end() if opened else cue.end()), []
        while (m := _MENTION.match(text, pos)) is not None:
            handle = m.group("h").rstrip(".")
            if handle.lower() in _ROOM_HANDLES:
                break
            items.append((ME if handle.lower() in ("me", "myself") else handle, m.start(), m.start() + 1 + len(handle)))
            join = _MENTION_JOIN.match(text, m.end())
            if join is None or join.end() == m.end():
                break
            pos = join.end()
            me = _ME_CLOSE.match(text, pos) if items and ME not in (n for n, _, _ in items) else None
            if me is not None and not text[me.end() : me.end() + 1].isalnum():
                items.append((ME, me.start(), me.end()))  # "@ana, @bo and me": the user closes the list
                break
        names = [n for n, _, _ in items]
        if len(names) >= 2 and len(set(names)) == len(names):
            for name, a, b in items:
                s.name_spans[name] = Span(a, b, text[a:b])
            return names
    return []


#: a list of owners written in lower case after its key ("owners: ana, bruno, chidi"): the key, each item, the joins
_LOWER_CUE = re.compile(r"\b(?:owners?|signers?|signatories|keyholders?|key\s+holders?)\s*(?:are|is|[:：=])\s*", _I)
_LOWER_ITEM = re.compile(r"(?-i:[a-z][a-z'’\-]{1,19})(?![\w@])(?!\.\w)")
_LOWER_JOIN = re.compile(r"\s*(?:[,，、&+]\s*(?:and\s+)?|\s+and\s+)")
_LOWER_END = re.compile(
    r"[ \t]*(?:\n|$|[.;；。]|[,，]?\s*(?:(?:threshold|need|needs|require|requires|any|all|must|both)\b|\d))", _I
)
#: lower-case words that are people without a name, roles, devices or plain English: never taken for a name
_NOT_NAME_WORDS = (
    "you him her them us we all everyone everybody team family friends friend tbd tba later pending unknown the a an "
    "my our your his their ceo cfo cto coo cmo treasurer secretary chair chairman president director directors "
    "manager admin wife husband mom mum dad mother father brother sister son daughter lawyer accountant partner "
    "partners cofounder founder phone laptop ledger trezor hardware wallet key keys device multisig safe threshold "
    "required signers owners one two three four five six seven eight nine ten and or plus with"
)
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())


def _lower_case_list(s: Scan) -> list[str]:
    """Owners listed in lower case after their key ("multisig owners: ana, bruno, chidi"): the name reader wants
    capitals, so each item is taken as written when it is one word, no role, device or plain English word, and
    the list ends at the line's end or the next setting; anything else leaves the owners unread (asked)."""
    text = s.text
    for cue in _LOWER_CUE.finditer(text):
        items: list[tuple[int, int]] = []
        pos = cue.end()
        while (m := _LOWER_ITEM.match(text, pos)) is not None:
            if items and _LOWER_END.match(text, pos):
                break  # "owners: alice, bob, need 2": the next setting ends the list
            items.append(m.span())
            join = _LOWER_JOIN.match(text, m.end())
            if join is None:
                pos = m.end()
                break
            pos = join.end()
        words = [text[a:b] for a, b in items]
        if len(words) < 2 or not _LOWER_END.match(text, pos) or len(set(words)) != len(words):
            continue
        if any(w in _NOT_NAMES for w in words):
            continue
        names = [ME if w in ("me", "myself") else w for w in words]
        for name, (a, b) in zip(names, items, strict=True):
            s.name_spans[name] = Span(a, b, text[a:b])
        return names
    return []


#: "me plus Priya, Tom and Aiko", "mine plus…", "me + my 2 brothers (Arjun, Dev)", "我自己加上 Kevin 和 Lucy": the
#: user is an owner too, before the others
_ME_PLUS = re.compile(
    r"(?i:\b(?:me|mine|myself|I)\s+(?:plus|\+|along\s+with|together\s+with|and\s+also)\s*)"
    # "me and my two brothers, Abe and Cy": the user and a counted group of others
    # ("me n my 2 roomies": "n" and "&" said for "and")
    r"|(?i:\b(?:me|myself|I)\s+(?:and|n|&|'n')\s+(?=(?:(?:my|our)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine)\s+[a-z]))"
    r"|(?:我自己|我本人|我)\s*(?:加上|加|外加|再加上?|\+)\s*"
    # "我和两个合伙人（Ken、Steven）": the user and a counted group of others, named after
    r"|我\s*(?:和|跟|与)\s*(?=(?:\d+|[一二两三四五六七八九十])\s*(?:个|位|名)|[俩仨]\s*(?:个|位|名)?\s*[\u4e00-\u9fff])"
)
_N_OTHERS = re.compile(
    r"(?:my|our)?\s*(\d+|[一二两三四五六七八九十俩仨]|two|three|four|five|six|seven|eight|nine)\s*"
    r"(?:个|位|名)?\s*[\w\-\u4e00-\u9fff]+",
    _I,
)
_EN_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


class _Plus:
    """What ``_with_me`` read: "me plus N others" as a count of owners (the user and N)."""

    def __init__(self, start: int, end: int, others: int) -> None:
        self._start, self._end, self.others = start, end, others

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _i: int) -> str:
        return str(self.others)


def _with_me(s: Scan, owners: list[str]) -> tuple[list[str], _Plus | None]:
    """The user among the owners when the text says "me plus …": "me" is put first; "me plus 2 cofounders" also
    counts the owners (1 + 2)."""
    m = _ME_PLUS.search(s.text)
    if m is None:
        return owners, None
    plus = None
    n = _N_OTHERS.match(s.text, m.end())
    if n:
        raw = n.group(1).lower()
        count = int(raw) if raw.isdigit() else _EN_COUNT.get(raw) or _zh_int(_colloquial(raw))
        if count:
            plus = _Plus(m.start(), n.end(), count)
    if owners and ME not in owners:
        first = min((s.name_spans[o].start for o in owners if o in s.name_spans), default=-1)
        if first >= m.end():  # the list the user joins comes after "me plus"
            owners = [ME, *owners]
            word = m.group(0).split()[0] if m.group(0).split() else m.group(0)
            s.name_spans[ME] = Span(m.start(), m.start() + len(word), word)
    return owners, plus


_ME_ITEM = re.compile(r"(?:me|myself|mine)\b|我自己|本人|我(?![们的])", _I)


def _me_in_address_list(s: Scan, owners: list[str]) -> list[str]:
    """The user written as one more item of a list of addresses ("0xA… and 0xB… and me", "0xA…、0xB…、我",
    "me, 0xA…, 0xB…"): dropping it once made a 2-owner wallet of a 3-owner request, silently."""
    text, first, last = s.text, s.addresses[0], s.addresses[-1]
    sep = SEP.match(text, last.end)
    after = _ME_ITEM.match(text, sep.end()) if sep else None
    before = re.search(r"(?:\b(?:me|myself)|我自己|我)" + SEP.pattern + r"$", text[: first.start], _I)
    for m, at_end in ((after, True), (before, False)):
        if m is not None:
            span = Span(m.start(), m.start() + len(m.group(0).split()[0].rstrip(",，、")), "me")
            s.name_spans[ME] = span
            return [*owners, ME] if at_end else [ME, *owners]
    named = read_name(text, sep.end(), allow_me=False) if sep else None
    if named is not None and named.start == sep.end() and named.name not in owners:  # type: ignore[union-attr]
        # "0xA…, 0xB… and Carol": a person named after the addresses is one more owner (bound when creating)
        s.name_spans[named.name] = Span(named.start, named.end, named.text)
        return [*owners, named.name]
    return owners


def _name_chain(s: Scan) -> list[str]:
    """A list of names with no cue before it ("我、老张、小李三个人的多签", "多签：张伟、李娜、王强")."""
    text = s.text
    starts = [n.start for n in s.names] + [m.start() for m in re.finditer(r"本人|我|\b[Mm]e\b|\bI\b(?=\s+and\b)", text)]
    # "多签，张三、李四、本人": a list of plain Chinese names joined by 、, which the scanner finds no name in
    starts += [m.start(1) for m in re.finditer(r"(?:^|[，,；;。:：\s])([\u4e00-\u9fff]{2,4})、", text)]
    starts += [m.end() + len(m.group(1)) for m in re.finditer(r"[:：]\s*()", text)]
    starts += [m.end() for m in re.finditer(r"[:：]\s*", text)]
    found = chain(text, starts)
    for n in found:
        s.name_spans[n.name] = Span(n.start, n.end, n.text)
    _nameless(s, found)
    return [n.name for n in found]


def _nameless(s: Scan, listed: list[NameMatch]) -> None:
    """ "我爸老林、我妈、我": an owner listed without a name ("我妈") is accounted for, and the number of owners is
    asked unless the text states it (the named ones are not all of them)."""
    for n in getattr(listed, "nameless", ()):
        s.name_spans[n.text] = Span(n.start, n.end, n.text)
        s.notes.append(f"owners: '{n.text}' is listed without a name; bind the address when creating")
        s.unsure.append(Unsure("owners_count", n.start, n.end, n.text, *_ASK_NAMELESS))


_US_PLUS = re.compile(
    # ("the two of us (me and Hugo) plus our accountant Greta": the two named in brackets first)
    r"(?i:\b(?:the\s+(?P<n>two|three|four)\s+of\s+us|both\s+of\s+us)\s*(?:[(（][^)）]{0,60}[)）]\s*)?"
    r"(?:plus|\+|and\s+also|along\s+with|and)\s+)"
    r"|我们(?P<zn>两|三|四)个人?\s*(?:加上|再加上?|和|\+)\s*"
)


def _us_plus(s: Scan, owners: list[str]) -> list[str]:
    """ "my cofounder Beatriz and I … the two of us plus our advisor Dr. Mensah": the people counted as "us" (the
    list already read, when it has that many and includes the user) and the ones added after "plus"."""
    m = _US_PLUS.search(s.text)
    if m is None:
        return owners
    raw = m.group("n") or m.group("zn") or "two"
    n = {"two": 2, "three": 3, "four": 4, "两": 2, "三": 3, "四": 4}[raw.lower()]
    added = read_list(s.text, m.end())
    if not added or len(owners) != n or ME not in owners or any(a.name in owners for a in added):
        return owners
    for a in added:
        s.name_spans[a.name] = Span(a.start, a.end, a.text)
    s.used.update(i for i, x in enumerate(s.numbers) if m.start() <= x.start < m.end())
    return [*owners, *(a.name for a in added)]


#: the keys of a settings list ("owners=me,Hugo,Wen; m=2", "threshold: 3", "签名数：2", "n=5"): the Safe's "m of n"
_SETTINGS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(
        (
            "m",
            "threshold",
            "required",
            "sigs",
            "signatures",
            "sigs required",
            "signatures required",
            "confirmations",
            "required signatures",
            "approvals",
            "min sigs",
            "门槛",
            "阈值",
            "签名数",
            "签名门槛",
            "所需签名",
            "需要签名",
        ),
        ("threshold", "count"),
    ),
    **dict.fromkeys(
        ("n", "owners count", "number of owners", "signers count", "num owners", "所有者人数", "签名人数", "人数"),
        ("owners_count", "count"),
    ),
}


#: "三个点头", "两个点了头": a count of people who nod (点头, approve), which the number layer reads as "三个点"
#: (percentage points) followed by 头
_NOD = re.compile(r"\s*个\s*点$")
_NOD_AFTER = re.compile(r"\s*(?:了\s*)?头")


def _nodding(s: Scan) -> None:
    """ "四个里面三个点头才能花钱": "三个点" before 头 is the count 三 and the verb 点头, not three percentage points
    (the number is read again as a plain count; the number layer is not this kind's)."""
    for i, n in enumerate(s.numbers):
        nod = _NOD.search(n.text)
        if n.percent and nod is not None and _NOD_AFTER.match(s.text, n.end):
            bare = n.text[: nod.start()].rstrip()
            if bare:
                s.numbers[i] = dataclasses.replace(
                    n, end=n.start + len(bare), text=bare, percent=False, form="zh", note=None
                )


#: "seven (7) trustees", "five (5)": the same number written again in brackets, as contracts are drafted
_BRACKET_OPEN = re.compile(r"\s*[(（]\s*")
_BRACKET_CLOSE = re.compile(r"\s*[)）]")


def _restated_in_brackets(s: Scan) -> None:
    """The digits in brackets that repeat the number before them are one number with it, not a second value: set
    aside (accounted for as the same number), so the words read once."""
    drop: list[int] = []
    for i, (a, b) in enumerate(itertools.pairwise(s.numbers)):
        opened = _BRACKET_OPEN.match(s.text, a.end)
        if (
            opened is not None
            and opened.end() == b.start
            and a.value == b.value
            and a.percent == b.percent
            and _BRACKET_CLOSE.match(s.text, b.end)
        ):
            drop.append(i + 1)
    if not drop or s.used:
        return
    for i in drop:
        n = s.numbers[i]
        s.ignored.append(Ignored(n.start, n.end, n.text, "the same number restated in brackets"))
    s.numbers[:] = [n for i, n in enumerate(s.numbers) if i not in drop]


def extract(s: Scan) -> dict[str, Any]:
    """The kind's rules over the text in simplified characters ("多簽錢包：我、老婆、我媽" read as 多签钱包…); every
    owner and span quotes the user's own words."""
    with plain_scan(s) as plain:
        params = _extract_settled(s)
    plain.restore(params, "owners")
    return params


def _extract_settled(s: Scan) -> dict[str, Any]:
    """The kind's rules, and the settings of a key=value list reconciled with them (``apply_settings``)."""
    _restated_in_brackets(s)
    _nodding(s)
    readings = read_settings(s, _SETTINGS)
    params = _extract_rules(s)
    apply_settings(s, params, readings)
    _people_who_sign(s, params)
    count, threshold = params.get("owners_count"), params.get("threshold")
    from_settings = any(r.param in ("threshold", "owners_count", "owners") for r in readings)
    if isinstance(count, int) and isinstance(threshold, int) and threshold > count and from_settings:
        # a setting above the owners read: asked, never a spec error on a misreading. Both stated in words ("3
        # owners, 5 must approve", "2-of-1") is no misreading: the spec refuses it, naming the field and the words
        params.pop("threshold")
        ev = s.evidence.pop("threshold", None)
        at = ev.spans[0] if ev is not None and ev.spans else Span(0, 0, str(threshold))
        if not any(u.field == "threshold" for u in s.unsure):
            s.unsure.append(Unsure("threshold", at.start, at.end, at.words, *_ASK_MORE))
    return params


#: "2 people have to sign", "3 of them must approve": the count of those who sign, not of the owners
_WHO_SIGN_AFTER = re.compile(
    r"\s*(?:people|persons|of\s+(?:us|them)|个人|人)\s*(?:have\s+to|has\s+to|must|need\s+to|needs\s+to|should|"
    r"are\s+(?:required|needed)\s+to|要|需要|得|必须)\s*(?:sign|approve|confirm|签|同意|确认)",
    re.IGNORECASE,
)


def _people_who_sign(s: Scan, params: dict[str, Any]) -> None:
    """An owner count read from a number that counts the people who must sign ("a multisig where 2 people have to
    sign, I'll tell you who's on it later" read 2 owners): it is the threshold; the owners are asked."""
    ev = s.evidence.get("owners_count")
    if ev is None or not ev.spans or params.get("owners") or "threshold" in params:
        return
    span = ev.spans[-1]
    if not _WHO_SIGN_AFTER.match(s.text, span.end):
        return
    params["threshold"] = params.pop("owners_count")
    s.evidence.pop("owners_count", None)
    s.cite("threshold", span.start, span.end, "the people who must sign")
    s.notes.append(f"threshold: {span.words!r} counts the people who must sign, not the owners: owners asked")


def _extract_rules(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    text = s.text
    owners = _us_plus(s, _read_owners(s))
    owners, plus = _with_me(s, owners)
    inside = [s.name_spans[o] for o in owners if o in s.name_spans]
    share = _SHARE.search(text)
    if share:  # "三分之二同意": the digits of a share of the owners are no count of approvals
        inside.append(Span(share.start(), share.end(), share.group(0)))
    plain = [
        (i, n)
        for i, n in enumerate(s.numbers)
        if not any(sp.start <= n.start < sp.end for sp in inside)
        and not n.percent
        and not s.in_address(n)
        and s.in_duration(n) is None
        # "需要一个多签", "a multisig": an article the scanner set aside is no count of approvals; "1. Amara\n2. Lukas":
        # nor the number of an item of a list
        and not any(ig.start <= n.start < ig.end and ig.reason in _NO_COUNT for ig in s.ignored)
        # "任何一笔都得…", "每次": a count of transactions or times, not of approvals or owners
        and not re.match(r"\s*(?:笔|次|单|回)", text[n.end :])
        # "需要一个八人多签": 一个 before a count is an article, not one approval
        and not (n.text == "一" and re.match(r"\s*个\s*[\d一二两三四五六七八九十]", text[n.end :]))
        and n.value == n.value.to_integral_value()
        and 0 <= n.value < 1000
        # "a daily limit of 2 ETH", "we hold 50 ETH": an amount of money counts no owners and no approvals
        and not _amount_of_money(s, n)
    ]
    # pairs: "3-of-5", "3 of 5", "3 out of 5", "2/3", "5人中3人", "五个人里任意三个"
    for (_, a), (_, b) in itertools.pairwise(plain):
        gap = text[a.end : b.start]
        if re.fullmatch(r"\s*/\s*", gap) and _share_of_count(s, params, a, b, plain):
            break  # "9 members, 2/3 must approve": a share of the owners stated elsewhere, not 2-of-3
        if re.fullmatch(
            # "3 signers out of 5 board members": the noun of the approvals before "out of"
            r"(?:\s*(?:signers?|signatures?|sigs?|approvals?|keys?|owners?|members?|people))?"
            r"\s*(?:-|\s)?\s*(?:out\s+)?of\s*(?:-|\s)?\s*(?:the\s+|our\s+|my\s+|their\s+|its\s+)?|\s*/\s*|\s*(?:个|名|位)?\s*"
            r"(?:签名人|管理员|持有人|成员)?\s*之\s*",
            gap,
            _I,
        ):
            params["threshold"], params["owners_count"] = int(a.value), int(b.value)
            s.cite("threshold", a.start, a.end, "M of M-of-N")
            s.cite("owners_count", b.start, b.end, "N of M-of-N")
            break
        if re.fullmatch(r"\s*(?:选|签)\s*", gap) or re.fullmatch(
            r"\s*(?:个|名|位)?\s*(?:" + _OWNER_WORDS + r")?\s*(?:中|里面|里头|里|当中|之中)\s*"
            r"(?:的)?\s*(?:任意|任何|至少|需要|有)?\s*",
            gap,
            _I,
        ):
            params["owners_count"], params["threshold"] = int(a.value), int(b.value)
            s.cite("owners_count", a.start, a.end, "N of 'M among N'")
            s.cite("threshold", b.start, b.end, "M of 'M among N'")
            break
    me_and = (
        plus
        # "me and my 2 brothers", "me and 2 friends (Ali, Bora)"
        or re.search(r"\b(?:me|I)\s+(?:and|n|&|'n')\s+(?:(?:my|our)\s+)?(\d+)\s+(?!of\b)[a-z]\w+", text, _I)
        or re.search(
            r"我(?:和|跟|与)\s*(\d+|[一二两三四五六七八九十])\s*(?:个|位|名)\s*(?:合伙人|朋友|同事|伙伴|家人|股东|人)",
            text,
        )
    )
    if me_and:
        raw = me_and.group(1)
        total = 1 + (int(raw) if raw.isdigit() else "一二三四五六七八九十".index(_colloquial(raw)) + 1)
        if "owners_count" not in params:
            params["owners_count"] = total
            s.cite("owners_count", me_and.start(), me_and.end(), "you and N others")
        if params["owners_count"] == total:  # "我和俩合伙人…，仨人里俩人同意": the same count said twice
            plain = [(i, n) for i, n in plain if not (me_and.start() <= n.start < me_and.end())]
            s.used.update(i for i, n in enumerate(s.numbers) if me_and.start() <= n.start < me_and.end())
    but = _ALL_BUT.search(text)
    if but:  # "all but one must sign": the one is who may be missing, never a count of approvals
        plain = [(i, n) for i, n in plain if not (but.start() <= n.start < but.end())]
        s.used.update(i for i, n in enumerate(s.numbers) if but.start() <= n.start < but.end())
    every = _ALL.search(text)
    if every:  # "缺一个人签字都不行": the one inside the phrase is no count of approvals
        plain = [(i, n) for i, n in plain if not (every.start() <= n.start < every.end())]
    if "threshold" not in params:
        _counted(s, params, plain, every)
    _head_count_against_names(s, params, owners)
    count = params.get("owners_count")
    if count is not None:  # the count is stated: a person listed without a name is no longer a question
        s.unsure[:] = [u for u in s.unsure if not (u.field == "owners_count" and u.en == _ASK_NAMELESS[0])]
    if count is None and owners and len(owners) >= 2 and not any(u.field == "owners_count" for u in s.unsure):
        count = len(owners)
        s.evidence["owners_count"] = Evidence("inferred", f"{count} owners are named")
    if count is not None:
        params["owners_count"] = count
        for i, n in enumerate(s.numbers):  # "the 3 of us (me, Ana, Raj)": the same count said again
            if (
                i not in s.used
                and n.value == count
                and not any(sp.start <= n.start < sp.end for ev in s.evidence.values() for sp in ev.spans)
                and (
                    re.match(r"\s*(?:of\s+us|of\s+them|people|persons|个人|人|位)", text[n.end :], _I)
                    # "5 signers, 3/5 to execute": the count with its owner word, and the same count in the pair
                    or re.match(r"\s*(?:-|\s)?\s*(?:个|名|位)?\s*" + _OWNER_WORDS + r"\b", text[n.end :], _I)
                    # "need 3 sigs out of the 4": the count after "out of"
                    or re.search(r"\b(?:out\s+)?of\s+(?:the|us|all)?\s*$", s.before(n.start, 14), _I)
                )
            ):
                s.used.add(i)
    if owners:
        params["owners"] = owners
    if ask_group(s, params, "owners", "owners_count"):  # the names and the stated counts disagree: asked
        count = params.get("owners_count")
    both = _BOTH.search(text)
    if params.get("owners_count") is None and not owners and both is not None and not s.unsure:
        # "my wife + me, both must sign": "both" says there are two owners, and that both approve
        params["owners_count"] = 2
        s.cite("owners_count", both.start(), both.end(), "'both': two owners")
    if but and "threshold" not in params and not any(u.field == "threshold" for u in s.unsure):
        _all_but(s, params, but)
    if "threshold" not in params and not any(u.field == "threshold" for u in s.unsure):
        _threshold_words(s, params)
    if params.get("threshold") is not None and count is not None and params["threshold"] > count and owners:
        # "2 approvals" of owners read as 1 from a list of names: one of the two readings is wrong, and which is not
        # known: asked. A count stated in words ("3 owners, 5 must approve", "2-of-1") is no misreading: the spec
        # refuses it with an error naming the field and quoting the words
        ev = s.evidence.pop("threshold", None)
        words = ev.spans[0] if ev is not None and ev.spans else None
        del params["threshold"]
        if words is not None:
            s.unsure.append(Unsure("threshold", words.start, words.end, words.words, *_ASK_MORE))
    return params


#: every owner but a few: "all but one must sign", "everyone except 2", "all of us save one", "除了一个人都要签"
_ALL_BUT = re.compile(
    r"(?i:\b(?:all|every(?:one|body)|each)(?:\s+(?:of\s+)?(?:us|them|the\s+\w+|owners|signers))?\s+"
    r"(?:but|except(?:\s+for)?|save|minus|bar)\s+(?:any\s+)?(?P<en>one|two|1|2)\b(?!\s*(?:\.\d|%)))"
    r"|除了?\s*(?:任何|任意)?\s*(?P<zh>一|两|二|1|2)\s*(?:个|位|名)?\s*人?\s*(?:以外|之外)?\s*[，,]?\s*(?:其他人|其余人|别的人)?\s*(?:都|全)"
)
_ASK_ALL_BUT = (
    "You wrote '{w}': how many owners are there, so that the approvals needed can be counted?",
    "您写了“{w}”：一共有几位所有者？这样才能算出需要几位同意。",
)


def _all_but(s: Scan, params: dict[str, Any], m: re.Match[str]) -> None:
    """ "all but one must sign" of N owners is N - 1 approvals; with no count of owners read it is asked (the
    "one" was once read as the threshold itself: a 1-of-N wallet, the opposite of what was asked)."""
    raw = (m.group("en") or m.group("zh") or "").lower()
    k = {"one": 1, "two": 2, "一": 1, "两": 2, "二": 2}.get(raw) or int(raw)
    count = params.get("owners_count")
    if not isinstance(count, int) or count - k < 1:
        s.unsure.append(Unsure("threshold", m.start(), m.end(), m.group(0), *_ASK_ALL_BUT))
        return
    params["threshold"] = count - k
    s.evidence["threshold"] = Evidence(
        "inferred", f"every one of {count} owners but {k}: {count - k}", (Span(m.start(), m.end(), m.group(0)),)
    )


#: "both must sign", "both of us approve": two owners (never "both keys" or "both wallets", which count no people)
_BOTH = re.compile(
    r"\bboth\b(?!\s+(?:of\s+)?(?:the\s+|my\s+|our\s+)?(?:keys|devices|phones|wallets|ledgers|addresses|accounts|"
    r"hardware|signatures|approvals)\b)(?=\s+(?:of\s+(?:us|them)\s+)?(?:must|have|has|need|needs|should|sign|approve|"
    r"gotta|got|'?ve)\b)",
    _I,
)


#: why a number set aside counts neither owners nor approvals
_ITEM_NUMBER = "the number of an item of a list"
_NO_COUNT = frozenset(("an article (a / one)", _ITEM_NUMBER))
#: a count of owners followed by their signing ("五个 director 签", "7 trustees sign"), read as the owners only where
#: a majority or a share says how many of them must
_OWNERS_WHO_SIGN = re.compile(
    r"\s*(?:-|\s)?\s*(?:个|名|位)?\s*" + _OWNER_WORDS + r"(?![A-Za-z])\s*(?:sign|approve|签|签字|签名|签署)", _I
)
_HEAD_COUNT = "the head count of the group"
_ASK_HEADS = (
    "'{w}' counts the group, but other people are named as owners: how many owners will the wallet have?",
    "“{w}”说的是整个群体的人数，但读到的所有者人数不同：钱包一共有几位所有者？",
)


def _head_count_against_names(s: Scan, params: dict[str, Any], owners: list[str]) -> None:
    """A head count of the group ("we're 5 in the family") beside owners named who are fewer or more ("only me and
    Rahul sign") counts the family, not the wallet: the owner count is asked, never the group's size."""
    ev = s.evidence.get("owners_count")
    if ev is None or ev.rule != _HEAD_COUNT or not owners or len(owners) == params.get("owners_count"):
        return
    at = ev.spans[0]
    params.pop("owners_count", None)
    s.evidence.pop("owners_count", None)
    s.unsure.append(Unsure("owners_count", at.start, at.end, at.words, *_ASK_HEADS))


#: the words before a head count of the group ("we are 4", "we're 6 members", "na 10 of us", "there are 5 of us")
_WE_ARE = re.compile(
    r"(?:\bwe\s+are|\bwe['’]re|\bwe\s+be|\bwe\s+r|\bthere\s+are|\bthere['’]re|\bthere['’]s|\bthere\s+is|\bna|\bit['’]s|\bwe\s+(?:have|got)|"
    r"我们(?:有|是|一共|总共)?|我哋(?:有|係)?|咱们(?:有|是)?)\s*(?:just\s+|only\s+|about\s+)?$",
    _I,
)
#: plural nouns after a count that are no people ("the 3 signatures", "the 2 days")
_NOT_PEOPLE = (
    r"(?:signatures|sigs|approvals|confirmations|sign-?offs|votes|days|weeks|months|years|hours|minutes|tokens|"
    r"coins|times|transactions|payments|txs|percent|dollars|bucks|ethers?|others)\b"
)


def _share_of_count(s: Scan, params: dict[str, Any], a: Any, b: Any, plain: list[tuple[int, Any]]) -> bool:
    """ "a committee of 9 members, 2/3 must approve": "a/b" is a share of an owner count the text states apart
    (a number followed by an owner word, other than b); the threshold is the least whole number at that share."""
    text = s.text
    counts = [
        n
        for _, n in plain
        if n is not a
        and n is not b
        and n.value > b.value
        and re.match(r"\s*(?:-|\s)?\s*(?:个|名|位)?\s*" + _OWNER_WORDS, text[n.end : n.end + 30], _I)
    ]
    if len(counts) != 1 or not 0 < a.value < b.value:
        return False
    c = int(counts[0].value)
    need = -(-c * int(a.value) // int(b.value))
    params["owners_count"], params["threshold"] = c, need
    s.cite("owners_count", counts[0].start, counts[0].end, "the number of owners")
    s.evidence["threshold"] = Evidence(
        "inferred",
        f"{a.text}/{b.text} of {c} owners is at least {need}",
        (Span(a.start, b.end, text[a.start : b.end]),),
    )
    s.used.update(i for i, n in enumerate(s.numbers) if n is a or n is b or n is counts[0])
    return True


#: the bracket that restates a number ("seven (7) trustees"), group 1 the digits
_RESTATED_AFTER = re.compile(r"\s*[(（]\s*(\d[\d,]*)\s*[)）]")

_ASK_NAMELESS = (
    "'{w}' is listed among the owners without a name: how many owners are there in all?",
    "所有者里的“{w}”没有名字：一共有几位所有者？",
)
_ASK_MORE = (
    "'{w}' asks for more approvals than the owners read: how many owners are there, and how many must approve?",
    "“{w}”要求的同意人数多于读到的所有者人数：一共几位所有者？需要几位同意？",
)
_ASK_TWO = (
    "The request gives two numbers of approvals ('{w}'): how many must approve?",
    "请求里给了两种签名人数（“{w}”）：需要几位同意？",
)
#: two readings offered as a choice: "两个人签就行？还是三个都要签？", "2 or all 3?"
_CHOICE = re.compile(r"还是|或者|或是|要么|\bor\b|[?？]", _I)
#: a share named before a count of owners ("majority of 4 owners", "two-thirds of 9 trustees"): that count is the
#: owners', the share is read by ``_threshold_words``
_SHARE_OF_BEFORE = (
    r"(?:\bmajority|(?:\bmore\s+than|\bover)\s+half|two[-\s]thirds|three[-\s](?:quarters|fourths)|four[-\s]fifths)"
    r"\s+of\s+(?:the\s+|our\s+|my\s+|all\s+)?$"
)
_TOTAL_CUE = re.compile(r"(?:共|总共|一共|合计|in\s+total|altogether|total(?:\s+of)?)\s*$", _I)


def _counted(s: Scan, params: dict[str, Any], plain: list[tuple[int, Any]], every: re.Match[str] | None) -> None:
    """Numbers of approvals and of owners, each from the words around it. Two different counts of owners: one
    said as a total ("一共四个人") wins, else neither is read (asked); two numbers of approvals offered as a choice
    ("两个人签就行？还是三个都要签？") are asked, showing both, never one of them picked."""
    text = s.text
    counts: list[tuple[int, bool, Any]] = []
    wants: list[Any] = []
    heads: list[Any] = []
    _share_said = bool(_MAJORITY.search(text) or _SHARE.search(text))
    for _i, n in plain:
        after = text[n.end : n.end + 30]
        restated = _RESTATED_AFTER.match(after)
        if restated is not None and any(ig.start == n.end + restated.start(1) for ig in s.ignored):
            after = after[restated.end() :] + text[n.end + 30 : n.end + 30 + restated.end()]  # "seven (7) trustees"
        before = s.before(n.start, 14)
        owner_after = re.match(
            r"\s*(?:-|\s)?\s*(?:个|名|位|把)?\s*"
            + _OWNER_WORDS
            # ("If 5 persons agree": the whole word, never "person" with "s agree" left over)
            + r"(?![A-Za-z])"
            # ("三个人 sign 才能出钱": the English verb in Chinese speech says the same as 签)
            + r"(?!\s*(?:同意|确认|签|批准|通过|点头|拍板|就够|够了|足够|sign|approve|confirm|agree|ok\b|"
            + r"(?:are|is|will\s+be)\s+(?:enough|sufficient)|suffice))",
            after,
            _I,
        )
        if not owner_after and _search(r"\b(?:the|our|my|all|its|their|we|us)\s*$", before):
            # "for the 6 mods of our server", "our 7 elders": a determiner, a count, then people in the plural
            owner_after = re.match(
                # never "my 3 cousins and I": the user is one more, the count of that phrase is the group's
                r"\s+(?!" + _NOT_PEOPLE + r")[a-z][a-z\-]{1,20}s\b(?!\s+(?:are|is)\s+enough)"
                r"(?!\s+(?:and|&|\+|plus)\s+(?:I|me|myself)\b)"
                # "the four of us, three have to sign": the whole group (never "the two of us must sign" or "… plus")
                r"|\s+of\s+us\b(?!\s*(?:[(（][^)）]{0,60}[)）]\s*)?"
                r"(?:must|have|has|need|needs|can|should|is|are|gotta|got|to|plus|and|\+|&)\b)",
                after,
            )
        if not owner_after and _share_said and _OWNERS_WHO_SIGN.match(after):
            # "五個 director 簽，過半數就得": the owners, who sign; the majority said apart is how many must
            owner_after = _OWNERS_WHO_SIGN.match(after)
        if not owner_after and _WE_ARE.search(before) and not _search(_THRESHOLD_AFTER, after):
            # "we are 4 and want…", "na 10 of us, 6 must sign", "there are 5 of us": the head count of the owners
            owner_after = re.match(r"", after)
            heads.append(n)
        owner_before = _search(
            r"(?:among|of|out\s+of|共|总共|一共|owners?\s*[:：=]|signers?\s*[:：=]|"
            # "members 6, quorum 4": a settings note, the key before its count
            r"(?:^|(?<=[,，:：;；(]))\s*(?:owners?|signers?|members?|keyholders?)|"
            r"(?:签名人|签名者|签字人|所有者|成员|管理员|持有人)\s*[:：=]?)\s*$",
            before,
        )
        if _search(_SHARE_OF_BEFORE, s.before(n.start, 24)) and re.match(
            r"\s*(?:-|\s)?\s*(?:个|名|位)?\s*" + _OWNER_WORDS, after, _I
        ):
            # "majority of 4 owners": the owners counted, the majority of them the threshold (never 4 approvals)
            counts.append((int(n.value), False, n))
            continue
        if _search(_THRESHOLD_BEFORE, s.before(n.start, 24)) or (
            not owner_after and not owner_before and _search(_THRESHOLD_AFTER, after)
        ):
            wants.append(n)
        elif owner_after or owner_before:
            counts.append((int(n.value), _TOTAL_CUE.search(before) is not None, n))
    if "owners_count" not in params and counts:
        strong = [c for c in counts if c[1]] or counts
        if len({v for v, _, _ in strong}) == 1:
            params["owners_count"] = strong[0][0]
            rule = _HEAD_COUNT if any(strong[0][2] is h for h in heads) else "the number of owners"
            s.cite("owners_count", strong[0][2].start, strong[0][2].end, rule)
    if not wants:
        return
    spans = sorted([(n.start, n.end) for n in wants] + ([(every.start(), every.end())] if every else []))
    values = {str(int(n.value)) for n in wants} | ({"all"} if every else set())
    if len(values) > 1 and _CHOICE.search(text, spans[0][1], spans[-1][0]):
        a, b = spans[0][0], spans[-1][1]
        s.unsure.append(Unsure("threshold", a, b, text[a:b], *_ASK_TWO))
        return
    first = wants[0]
    params["threshold"] = int(first.value)
    s.cite("threshold", first.start, first.end, "the number of approvals")
