"""Escrow extractor: amount, token, refund deadline, and the payer, payee and arbiter.

The shared scanning-and-evidence layer (``ledgerlm.language.extract``) finds numbers, durations, tokens, addresses
and names with their spans; this module only decides which of them is which param of this kind.
"""

from __future__ import annotations

import re
from typing import Any

from ledgerlm.language.evidence import Evidence, Span
from ledgerlm.language.extract import (
    Scan,
    _amount,
    _deadline_days,
    _party,
    _token,
    people_before,
)
from ledgerlm.language.parties import (
    NameMatch,
    ask_open_direction,
    complete_first_names,
    lower_party,
    quoted_sides,
    read_name,
)

__all__ = ["extract"]


def extract(s: Scan) -> dict[str, Any]:
    """Round 10: read on the simplified copy of a Traditional or Cantonese request ("俾陳美玲", "收款方係…"), every
    value given back in the user's own characters (``ledgerlm.language.fold.run_folded``)."""
    from ledgerlm.language.fold import run_folded

    return run_folded(s, _extract_whole)


def _extract_whole(s: Scan) -> dict[str, Any]:
    params = _extract(s)
    ask_open_direction(s, params, ("payer", "payee"))  # "whether he pays me or I pay him is not settled": both asked
    complete_first_names(s, params, ("payer", "payee", "arbiter"))
    return params


def _extract(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    amt = _amount(s, r"托管|担保|escrow|lock|deposit|存入|amount|金额|hold")
    if amt:
        params["amount"] = amt[0].value
        _token(s, amt[1], params)
    else:
        _token(s, None, params)
    _deadline_days(s, params)
    # explicit role cues ("arbiter: Dave", "Dave is the arbiter", "仲裁人 陈律师") are read for every kind by
    # ``extract_params`` from the descriptor; here only the direction cues of an escrow
    sold = re.search(
        r"(?i:\b(?:I'm|I\s+am|I)\s+sell(?:ing|s)?\b[^,.;]{0,40}?\bto\s+)|"
        # "Selling my old laptop to Jasper …": the user, unsaid, sells
        r"(?i:^\W*(?:(?:hey|hi|so|ok|okay|yo|um)\W+)*(?:selling|sell)\b[^,.;]{0,40}?\bto\s+)|"
        r"我(?:要|想)?(?:把[^，,。]{0,12})?卖(?:[^，,。给]{1,24})?给|"  # 我把相机卖给老王 / 我卖一台相机给小赵
        # "我在闲鱼上卖一台显卡给网友阿杰": where the user sells, then what, then to whom
        r"我(?:在|从|通过)[^，,。；;卖买]{1,10}?(?:要|想)?卖(?:[^，,。给]{1,24})?给|"
        r"(?:^|(?<=[，,。；;]))\s*(?:要|想)?把[^，,。；;]{1,12}卖给",  # "我是卖家，把旧相机卖给小蔡": the user, unsaid
        s.text,
    )
    buys_mine = _BUYS_FROM_ME.search(s.text)
    if (
        buys_mine and not sold
    ):  # "Brigitte is buying my old drum kit", "阿坤要从我这买一块手表": the buyer pays the user
        buyer = _name_ending(s.text[: buys_mine.start()])
        if buyer is not None and buyer.name != "me":
            params["payer"], params["payee"] = buyer.name, "me"
            s.name_spans[buyer.name] = Span(buyer.start, buyer.end, buyer.text)
            w = re.compile(r"(?i:\bmy\b|\bme\b)|我").search(s.text, buys_mine.start(), buys_mine.end())
            if w:
                s.name_spans["me"] = Span(w.start(), w.end(), w.group(0))
            return params
    sells_me = _SELLS_ME.search(s.text)
    pron = _HE_SELLS_ME.search(s.text) if not sells_me and not sold else None
    if pron is not None:  # "跟老铁阿龙做个托管，他卖我一张显卡", "Rick? he's selling me his bike": the user buys
        from ledgerlm.language.parties import pronoun_referent

        seller = pronoun_referent(s.text, [n for n in people_before(s, pron.start()) if n.name != "me"])
        if seller is not None:
            params["payer"], params["payee"] = "me", seller.name
            s.name_spans[seller.name] = Span(seller.start, seller.end, seller.text)
            s.evidence["payee"] = Evidence(
                "inferred",
                f"'{pron.group(0)}' refers to the one person named before it",
                (Span(seller.start, seller.end, seller.text),),
            )
            w = re.compile(r"(?i:\bme\b)|我").search(s.text, pron.start(), pron.end())
            if w:
                s.name_spans["me"] = Span(w.start(), w.end(), w.group(0))
            return params
    if sells_me and not sold:  # "Rick is selling me his old Fender", "小林要卖给我一台相机": the user buys
        seller = _name_ending(s.text[: sells_me.start()])
        if seller is not None and seller.name != "me":
            params["payer"], params["payee"] = "me", seller.name
            s.name_spans[seller.name] = Span(seller.start, seller.end, seller.text)
            w = re.compile(r"(?i:\bme\b)|我").search(s.text, sells_me.start(), sells_me.end())
            if w:
                s.name_spans["me"] = Span(w.start(), w.end(), w.group(0))
            _other_side(s, params)
            return params
    if sold:  # "I'm selling my laptop to Greta", "我把相机卖给老王": the buyer pays, the user is paid
        buyer = read_name(s.text, sold.end(), allow_me=False)
        if buyer is not None:
            params["payer"], params["payee"] = buyer.name, "me"
            s.name_spans[buyer.name] = Span(buyer.start, buyer.end, buyer.text)
            w = re.compile(r"(?i:\bI(?:'m)?\b)|我").search(s.text, sold.start(), sold.end())
            if w:
                s.name_spans["me"] = Span(w.start(), w.end(), w.group(0))
            return params
    arrow = re.search(r"(?:->|→|=>)", s.text)
    if arrow:  # "me -> Carlos": who pays on the left, who is paid on the right
        left = _name_ending(s.text[: arrow.start()])
        right = read_name(s.text, arrow.end())
        if left is not None and right is not None and left.name != right.name:
            params["payer"], params["payee"] = left.name, right.name
            s.name_spans[left.name] = Span(left.start, left.end, left.text)
            s.name_spans[right.name] = Span(right.start, right.end, right.text)
    paid_me = re.search(
        r"(?i:\s+(?:pays|will\s+pay|is\s+paying|sends|will\s+send)\s+me\b(?!\s+back))|"
        # (a thousands comma inside the amount is no clause break: "pays 40,000 USDC to yours truly")
        r"(?i:\s+(?:pays|sends|transfers|will\s+(?:pay|send|transfer))\b(?:[^,;]|(?<=\d),(?=\d{3})){0,30}?"
        r"\bto\s+(?:me|yours\s+truly)\b)|"
        r"\s*(?:付给|支付给|转给|付款给|打给)\s*(?:我|本人)(?![哥姐弟妹妈爸们家儿女老舅姨叔婶伯姑爷奶姥岳侄甥孙表堂嫂亲])|"
        # "客户林女士付我 3000 USDC": the verb, the user, then the amount
        r"\s*(?:付|支付|转|打)\s*(?:我|本人)\s*(?=[\d一二两三四五六七八九十几半百千万])|"
        # "买家张三付款 5000 USDT 给我": the amount between the verb and the user
        r"\s*(?:付款?|支付|转账?|打款?)\s*[^，,。；;给]{1,16}?给\s*(?:我|本人)(?![哥姐弟妹妈爸们家儿女老舅姨叔婶伯姑爷奶姥岳侄甥孙表堂嫂亲])|"
        # "from Lena to me": whoever the money comes from pays the user
        # round 11: "from Nordic Timber A/S to yours truly" (the user's own words for themself)
        r"(?i:\s+(?:\d[\d.,]*\s*[kKmM]?\s*[A-Za-z]{2,6}\s+)?to\s+(?:me|myself|yours\s+truly)\b)",
        s.text,
    )
    if paid_me and "payer" not in params:  # "Hannah pays me 3 ETH", "由陈总付款给我": the user is paid
        head = re.sub(r"由\s*$", "", s.text[: paid_me.start()])
        who = _name_ending(head)
        if who is None and _PAYER_WORD.search(head):
            # "Client pays me 1.8 ETH … client name: Harriet Vance": the user is paid; the payer is named elsewhere
            params["payee"] = "me"
            w = re.compile(r"(?i:\bme\b|\byours\s+truly\b)|我|本人").search(s.text, paid_me.start(), paid_me.end())
            if w:
                s.name_spans["me"] = Span(w.start(), w.end(), w.group(0))
        if who is not None and who.name != "me":
            params["payer"], params["payee"] = who.name, "me"
            s.name_spans[who.name] = Span(who.start, who.end, who.text)
            w = re.compile(r"(?i:\bme\b|\byours\s+truly\b)|我|本人").search(s.text, paid_me.start(), paid_me.end())
            if w:
                s.name_spans["me"] = Span(w.start(), w.end(), w.group(0))
    if "payee" not in params:
        _name_charges_amount(s, params)
    if "payer" not in params:
        _pronoun_pays(s, params)
    _pronoun_pays_me(s, params)
    if "payer" not in params:
        _name_pays_amount(s, params)
    _relation_sides(s, params)
    user_pays = "payer" not in params and "payee" not in params and _USER_PAYS.search(s.text) is not None
    user_paid = "payee" not in params and "payer" not in params and _USER_PAID.search(s.text)
    if user_paid:  # "i'm the one getting paid here", "I get paid when …", "我是收款方": the user is the payee
        params["payee"] = "me"
        w = re.compile(r"(?i:\bI(?:['’]m)?\b|\bme\b)|我").search(s.text, user_paid.start(), user_paid.end())
        a, b = (w.start(), w.end()) if w else (user_paid.start(), user_paid.end())
        s.name_spans["me"] = Span(a, b, s.text[a:b])
    for key, pats in {
        "payee": [
            # "buying a Leica off Jake", "renting a cabin from Henrik": the one the user pays
            r"(?i:\b(?:buy(?:ing|s)?|bought|purchas(?:e|es|ing|ed)|rent(?:ing|s|ed)?|hir(?:e|es|ing|ed))\b"
            r"[^,.;，。]{0,30}?\b(?:from|off(?:\s+of)?)\s+)(?P<p>)",
            # "a commission from an artist called mossy_prints": what is bought comes from the one paid
            # ("for my sister from Jake" is about people, not a thing bought: left to the other cues)
            r"(?i:\bfor\s+(?!(?:my|our|his|her|their)\s+(?:\w+\s+)?" + _KIN_WORDS + r")(?:an?\s+|the\s+|my\s+|some\s+)?"
            r"(?-i:[a-z])[^,.;]{0,30}?\b(?:from|by)\s+)(?P<p>)",
            r"(?i:\b(?:pay|paying|payin['’]?|pays|release\s+(?:it\s+|the\s+funds\s+)?to|for|to)\s+)(?P<p>)",
            r"(?:放款给|付给|支付给|转给|交给|给)\s*(?P<p>)",
            r"(?:买|购买|收购)\s*(?P<p>)(?=[^，,。；;\s]{1,4}的)",
            # "从网友“星星”那里买一只包", "跟老王买车": the one the user buys from is paid
            # (never "跟老王一起买": buying together with someone; "从X那里收" receives from X, who pays)
            r"(?:从|跟)\s*(?P<p>)(?![^，,。；;]{0,14}?(?:一起|一块|合伙|共同))"
            r"(?=[^，,。；;]{1,14}?(?:那里|那儿|那边|这里|手里|手上)?(?:买|购买|租)(?!家|方))",
        ],
        "payer": [
            r"(?i:\brefund(?:ed|s)?\s+(?:it\s+|back\s+)?to\s+)(?P<p>)",
            r"(?:退(?:回|还|款)?给)\s*(?P<p>)",
            r"(?i:(?<!buying\s)(?<!buy\s)(?<!bought\s)\bfrom\s+)(?P<p>)(?![^,.;]{0,3}\bbuy)",
        ],
    }.items():
        if key in params:
            continue
        if key == "payee" and re.search(r"(?i:\bsell(?:s|ing)?\b|\bsold\b)|卖给|出售给", s.text):
            # a sale whose direction the rules did not read: "to X" may name the buyer, who pays; asked
            pats = [p for p in pats if "release" not in p]
        if key == "payer" and user_pays:
            # "the logo work from Sofia, I pay when I'm happy": the work comes from Sofia; "I pay" names the payer
            pats = [p for p in pats if "from" not in p]
        found = _party(s, pats, allow_me=key != "payee")
        if found and found not in params.values():
            params[key] = found
    if "payee" not in params:
        # round 11: "escrow 0.3 eth to priya for the illustration" (a text in lower case throughout)
        low = lower_party(
            s, [r"(?i:\b(?:pay|paying|pays|release\s+(?:it\s+)?to|escrow\b(?:(?!\.\s)[^,;]){0,30}?\bto)\s+)(?P<p>)"]
        )
        if low is not None and low.name not in params.values():
            params["payee"] = low.name
    said = (
        None
        if "payer" in params
        else re.search(
            r"(?i:\bI\s+(?:want|need|would\s+like|'d\s+like|wanna|have)\s+(?:to\s+)?"
            r"(?:escrow|buy|pay|hold|put|lock|deposit|send)|"
            r"\bI['’]m\s+(?:buying|purchasing)|\bI\s+am\s+(?:buying|purchasing)|"
            # "I buying the sofa from Ah Huat": the same, said without the verb "to be" (Singlish, chat)
            r"\bI\s+(?:buying|purchasing|paying)\b|\bI\s+get\s+(?:it|the\s+money|my\s+money|the\s+funds)\s+back|"
            r"\b(?:refund|return)\s+(?:it\s+)?(?:to\s+)?me\b|\bI(?:\s+will|['’]ll)?\s+(?:pay|send)\b|"
            # round 10: "I go pay Emeka" (Nigerian Pidgin: "go" is the future), "make my money return",
            # "me buying" (Singlish/chat)
            r"\bI\s+(?:go|dey|wan|gonna|going\s+to)\s+(?:pay|send|buy)\b|"
            r"\bmy\s+money\s+(?:(?:go|will|should|must)\s+)?(?:return|come\s+back|comes\s+back)\b|\bme\s+buying\b|"
            # "if that hasn't happened in 90 days it comes back to me": the money returns to the one who paid it
            r"\b(?:comes?|goes|go|returns?|sent|is\s+sent|gets?\s+sent)\s+back\s+to\s+me\b|"
            r"\bI['’]m\s+(?:paying|sending)|\bI\s+am\s+(?:paying|sending)|\bI\s*\(\s*(?:buyer|payer)\s*\))|"
            r"我(?:想|要|来|需要|得|先|就|再)?(?:一个|个)?(?:买|付款|托管|付|给|转给|打给|出)|"
            # "退返给我" (Cantonese 退返畀我, read on the simplified copy): the money goes back to the user, who paid
            r"退返(?:给)?我(?![们的哥姐弟妹妈爸])|我(?:这边|这里|这儿)(?:来)?(?:出钱|付款|付钱|买)|^\s*(?:要|想)?(?:买|付|支付)(?!款方|款人)|"
            # "我在闲鱼上买个二手 iPad", "我把 5000 DAI 托管给…": the user buys or puts the money in
            r"我(?:在|从|去)[^，,。；;卖]{1,10}?买(?!家|方)|我把[^，,。；;]{1,20}?(?:托管|付|转|打|存|锁)|"
            # "buying concert tix off Priscilla": an imperative buyer is the user
            r"^\W*(?:(?:hey|hi|so|ok|um|yo)\W+)?(?i:buying|buy|purchasing)\b(?=[^.;]{0,40}\b(?i:from|off)\b)|"
            # round 10b: the same after a post's or a message's header ("Reddit: Buying a used bike from Sven"),
            # and "escrow … between me and seller Ramon" (the other side is the seller, so the user buys)
            r"^\W*[A-Za-z]{2,12}\s*:\s*(?i:buying|buy|purchasing)\b(?=[^.;]{0,40}\b(?i:from|off)\b)|"
            r"(?i:\bbetween\s+me\s+and\s+(?:the\s+|my\s+)?(?:seller|vendor|contractor|freelancer|supplier)\b)|"
            r"由我(?:来)?(?:付|支付|出)|退(?:回|还|款)?(?:给)?我(?![们的哥姐弟妹妈爸])|"
            # round 11: "我方托管 800 USDC" (a contract's "our side"), and "从 李小龙 那里 买 相机，托管 …" (an
            # imperative purchase from a named seller, as "buying … from Jake" is): the user pays
            r"我方(?:来|先|将)?(?:托管|付款|付|支付|出资|出钱|买|购买)|"
            # round 12: "甲方（本人）支付 8000 USDT 给 乙方…", "本人付 3000 USDC": the user, by a contract's label or
            # in the formal register, pays
            r"(?:[甲乙丙丁]方\s*[(（]\s*(?:本人|我)\s*[)）]|本人)\s*(?:来|先|将)?\s*(?:托管|付款|付|支付|出资|出钱|转)|"
            r"^\s*(?:从|跟)[^，,。；;]{1,16}?(?:那里|那儿|那边|手里|手上)?\s*(?:买|购买|租)(?!家|方)|"
            # "帮我做个担保交易，买小周的二手 MacBook": the user asks for help buying
            r"帮我[^。；;]{0,20}?(?:买|购买|付款|付钱)(?!家|方)|"
            # "我是租客", "I'm the tenant": the side that pays in
            r"我是(?:买家|买方|付款方|付款人|租客|房客|承租人|承租方|客户)|"
            r"(?i:\bI['’]?m\s+the\s+(?:buyer|payer|client|tenant|renter|customer|depositor)\b|"
            r"\bI\s+am\s+the\s+(?:buyer|payer|client|tenant|renter|customer|depositor)\b)|"
            # "hold 0.25 eth in escrow, paying Marco for …", "Yuki (me paying her)": the user, unsaid or as "me",
            # pays (a bare order, "escrow 1 ETH for Leo", leaves the payer unstated, as the dev sets label it)
            r"(?i:(?:^|[,;，；]\s*)(?:paying|payin['’]?)\s+(?!(?:back|off|for)\b)(?=[A-Z]|my\s|our\s|the\s)|"
            # round 12: "me pay to Mary Grace Santos po" (chat English: the user, as "me", pays)
            r"\bme\s+(?:paying|pays|pay)\b(?!\s+back\b))|"
            # "我要请装修公司做厨房，先把 2 万 USDC 放托管": the subject left out, the user puts the money in
            r"(?:^|(?<=[，,。；;]))\s*(?:先|就|那就)?把[^，,。；;]{1,20}?(?:放|存|锁|打|转)(?:进|到|入|在)?(?:托管|合约|escrow)",
            s.text,
        )
    )
    if said:  # the user's own word inside the cue ("I'm buying", "refund me", "我要买"), for the evidence
        m = re.compile(r"(?i:\bI(?:'m)?\b|\bme\b)|我").search(s.text, said.start(), said.end()) or re.compile(
            r"(?i:\b(?:escrow|hold|put|lock|park|deposit|keep|buying|buy|purchasing)\b)|把"
        ).search(s.text, said.start(), said.end())  # an order: its verb is the evidence, never the amount after it
        if params.get("payee") != "me":  # "买二手车，付 4 ETH 给…": an imperative buyer is the user too
            a, b = (m.start(), m.end()) if m else (said.start(), said.end())
            params["payer"] = "me"
            s.name_spans["me"] = Span(a, b, s.text[a:b].strip() or s.text[a:b])
    _other_side(s, params)
    _payer_other_side(s, params)
    quoted_sides(s, params, ("payer", "payee"))
    return params


#: the user's own word for the other side says which side the user is on: "my tenant Ewa" (she pays the deposit,
#: the user is paid), "my landlord Mr. Okafor", "我的设计师小林" (the user pays)
_MY_RELATION = re.compile(
    r"(?i:\b(?:my|our)\s+(?:(?:new|current|old|former|regular|usual)\s+)?"
    r"(?P<en>tenants?|renters?|lodgers?|clients?|customers?|buyers?|landlord|landlady|freelancer|contractor|builder|"
    r"tutor|plumber|electrician|photographer|translator|painter|carpenter|mechanic|cleaner|web\s+dev|"
    r"web\s+designer|designer|seller|vendor|supplier)\b)|"
    r"(?:我的|我家的?|我们的?|我们家的?)(?P<zh>租客|房客|客户|买家|房东|设计师|装修师傅|装修队|承包商|供应商|卖家|家教|保姆)"
)
_RELATION_PAYS = re.compile(r"(?i:tenant|renter|lodger|client|customer|buyer)|租客|房客|客户|买家")


def _relation_sides(s: Scan, params: dict[str, Any]) -> None:
    """ "my tenant Ewa puts 2,400 USDC aside as the deposit", "My landlord Mr. Okafor …": who the other side is to
    the user says which side the user is on (inferred, and said so); only where that side is still open."""
    sides = set()
    for m in _MY_RELATION.finditer(s.text):
        word = m.group("en") or m.group("zh")
        sides.add("payee" if _RELATION_PAYS.fullmatch(word.rstrip("s")) or _RELATION_PAYS.fullmatch(word) else "payer")
        hit = m
    if len(sides) != 1:
        return  # "my client … my contractor": the user stands between two sides; asked
    role = sides.pop()
    if role == "payer":
        # "my landlord", "my builder Kwame": the user pays; the dev sets leave a payer the user does not name
        # unstated (the deployer pays), as for a bare order ("escrow 1 ETH for Leo"): nothing to set
        return
    if params.get(role) is not None or "me" in params.values():
        return
    params[role] = "me"
    w = re.compile(r"(?i:\b(?:my|our)\b)|我").search(s.text, hit.start(), hit.end())
    a, b = (w.start(), w.end()) if w else (hit.start(), hit.end())
    s.name_spans["me"] = Span(a, b, s.text[a:b])
    s.evidence[role] = Evidence(
        "inferred",
        f"'{hit.group(0).strip()}' names the other side of the deal: the user is the {role}",
        (Span(a, b, s.text[a:b]),),
    )
    s.notes.append(f"{role}: the user ('{hit.group(0).strip()}' names the other side)")


_USER_PAYS = re.compile(
    r"(?i:\bI(?:\s+will|['’]ll|\s+go)?\s+(?:pay|send|release)\b|\bI['’]m\s+(?:paying|the\s+(?:buyer|payer|client))\b|"
    r"\bI\s+am\s+(?:paying|the\s+(?:buyer|payer|client))\b|\bme\s+paying\b|\bmy\s+money\b|"
    # round 10b: "Reddit: Buying a used bike from Sven", "I'm buying…", "between me and seller Ramon": the user buys
    r"(?:^|[:.!?]\s*)(?:I['’]?m\s+|I\s+am\s+)?buying\b(?![^.;]{0,40}\bfrom\s+(?:me|us)\b)|"
    r"\bbetween\s+me\s+and\s+(?:the\s+|my\s+)?(?:seller|vendor|contractor|freelancer|supplier)\b)|"
    r"我(?:这边|这里|这儿)?(?:来)?(?:付款|付钱|出钱)|我是(?:买家|买方|付款方|付款人)"
)
_USER_PAID = re.compile(
    r"(?i:\bI['’]?m\s+(?:the\s+one\s+)?(?:getting|being)\s+paid\b|\bI\s+am\s+(?:the\s+one\s+)?(?:getting|being)\s+paid\b|"
    r"\bI\s+(?:get|receive)\s+(?:paid|the\s+(?:money|funds|payment))\b|"
    r"\bI['’]?m\s+the\s+(?:freelancer|seller|contractor|payee|recipient|vendor)\b|"
    r"\bI\s+am\s+the\s+(?:freelancer|seller|contractor|payee|recipient|vendor)\b|"
    # "I'm selling her my monitor": the user sells, so the user is paid
    r"\bI['’]?m\s+selling\b|\bI\s+am\s+selling\b)|"
    r"我是(?:卖家|卖方|收款方|收款人|乙方)|(?:钱|款)(?:是)?(?:付|打|转|放)给我|放款给我|"
    # "the money comes to me in the end", "the funds go to me": the user is the one paid
    r"(?i:\b(?:the\s+)?(?:money|funds|payment|it)\s+(?:comes?|go(?:es)?|is\s+released|are\s+released|gets?\s+released|will\s+go|will\s+come)"
    r"\s+to\s+me\b(?!\s+if\b))"
)
#: the payer written as a role word with no name ("Client pays me"): named elsewhere, or asked
_PAYER_WORD = re.compile(r"(?i:\b(?:the\s+|my\s+|our\s+)?(?:client|buyer|customer|payer)\s*$)|(?:客户|买家|买方)\s*$")
#: people the user may do something for, never a thing bought ("for my sister from Jake")
_KIN_WORDS = (
    r"(?:friend|sister|brother|mom|mum|dad|mother|father|son|daughter|wife|husband|cousin|nephew|niece|kids?|"
    r"partner|boss|client|colleague|neighbou?r|aunt|uncle|grand\w+)\b"
)
#: "Brigitte is buying my old drum kit", "阿坤要从我这买一块二手手表", "小王想买我的相机": the buyer pays the user
_BUYS_FROM_ME = re.compile(
    r"(?i:\s+(?:is\s+buying|buys|bought|will\s+buy|wants\s+to\s+buy|is\s+going\s+to\s+buy|['’]s\s+buying|"
    r"is\s+purchasing|will\s+purchase)\s+(?:my\b|[^,.;]{0,40}?\b(?:from|off)\s+me\b))|"
    # "Mika is commissioning a mural from me", "Oren orders a table from me": work bought from the user
    r"(?i:\s+(?:is\s+|['’]s\s+)?(?:commission(?:s|ing)?|order(?:s|ing)?|hir(?:es|ing)|rent(?:s|ing))\b"
    r"[^,.;]{0,40}?\b(?:from|off)\s+me\b)|"
    r"\s*(?:要|想|打算|准备|会)?\s*(?:从我(?:这里|这儿|这边|手里|手上|这)?|跟我|向我)(?:买|购买|收)(?!家|方)|"
    r"\s*(?:要|想|打算|准备|会)?\s*(?:买|购买|收)我(?:的|家的|手里的)"
)
#: a pronoun that sells to the user: "他卖我一张显卡", "she's selling me her bike"
_HE_SELLS_ME = re.compile(
    r"(?:他|她)(?!们)\s*(?:要|想|打算|准备)?(?:把[^，,。]{0,12})?卖(?:给)?我(?![哥姐弟妹妈爸们家儿女老的])|"
    r"(?i:\b(?:he|she)(?:\s+is|['’]s)?\s+(?:selling|sells|will\s+sell|wants\s+to\s+sell)\s+me\b)"
)
#: "Rick is selling me his old Fender", "小林要卖给我一台相机": the one selling to the user is paid
_SELLS_ME = re.compile(
    r"(?i:\s+(?:is\s+selling|sells|sold|will\s+sell|['’]s\s+selling|wants\s+to\s+sell)\s+me\b)|"
    r"\s*(?:要|想|打算|准备)?(?:把[^，,。]{0,12})?卖给我(?![哥姐弟妹妈爸们家儿女老舅姨叔婶伯姑爷奶姥岳侄甥孙表堂嫂亲])"
)


#: "… for Grace: she pays 1 ETH into escrow", "老周那边卖我显卡，他付定金": a pronoun that pays
_PRONOUN_PAYS = re.compile(
    r"(?i:\b(?:he|she)\s+(?:pays|will\s+pay|is\s+paying|deposits|puts|sends|is\s+putting|will\s+put)\b"
    r"(?!\s+(?:(?:me|us|him|her|them)\s+)?back\b)(?!\s+(?:me|us)\b))|(?:他|她)(?!们)(?:来|先)?(?:付款|出钱|付钱|存入|打钱)|"
    # round 12: "租客王芳的押金…，她付给我" (Cantonese "佢俾我" on the simplified copy: "他给我"): the pronoun pays the
    # user, who is paid
    r"(?P<tome>(?:他|她)(?!们)\s*(?:来|先)?\s*(?:付给|支付给|转给|打给|付|给)\s*我(?![们的哥姐弟妹妈爸]))"
)


def _pronoun_pays(s: Scan, params: dict[str, Any]) -> None:
    """ "I hold the deposit for Grace: she pays 1 ETH into escrow": the one person a paying pronoun refers to pays
    (none or several named before it: asked, never guessed)."""
    from ledgerlm.language.parties import pronoun_referent

    m = _PRONOUN_PAYS.search(s.text)
    if m is None:
        return
    hit = pronoun_referent(s.text, [n for n in people_before(s, m.start()) if n.name != "me"])
    if hit is None:
        return
    params["payer"] = hit.name
    s.name_spans[hit.name] = Span(hit.start, hit.end, hit.text)
    s.evidence["payer"] = Evidence(
        "inferred", f"'{m.group(0)}' refers to the one person named before it", (Span(hit.start, hit.end, hit.text),)
    )
    _pronoun_pays_me(s, params)


def _pronoun_pays_me(s: Scan, params: dict[str, Any]) -> None:
    """ "租客王芳的押金…，她付给我": a pronoun pays the user, so the user is the one paid (the payer may be named by
    its role word, read after this step: "租客王芳"); never where the user pays or the payee is read."""
    m = _PRONOUN_PAYS.search(s.text)
    if m is None or not m.group("tome") or params.get("payee") is not None or params.get("payer") == "me":
        return
    me = m.end() - 1
    params["payee"] = "me"
    s.name_spans["me"] = Span(me, me + 1, s.text[me])
    s.evidence["payee"] = Evidence("text", "a pronoun for the payer pays the user", (Span(me, me + 1, s.text[me]),))


#: "李总付 2 万 USDT 到托管", "买家小何付 800 USDT": a name, the verb of paying, then the amount
_PAYS_AMOUNT = re.compile(r"(?:先)?(?:付|交|支付)\s*(?=[\d一二两三四五六七八九十几半百千万])")


def _name_pays_amount(s: Scan, params: dict[str, Any]) -> None:
    """The one named right before 付 / 交 + an amount pays it; never after 给 / 替 / 帮 / 向 ("给摄影师阿Ken付 800":
    the money goes to 阿Ken)."""
    from ledgerlm.language.parties import _name_ending_at

    for m in _PAYS_AMOUNT.finditer(s.text):
        hit = _name_ending_at(s.text[: m.start()])
        if hit is None or hit.name == "me" or hit.end != m.start():
            continue
        clause = re.split(r"[，,。；;：:]", s.text[: hit.start])[-1]
        if re.search(r"(?:给|替|帮|向|为|跟|和|与)[^给替帮向为跟和与]{0,8}$", clause):
            continue
        params["payer"] = hit.name
        s.name_spans[hit.name] = Span(hit.start, hit.end, hit.text)
        s.cite("payer", hit.start, m.end(), "the one named before the verb of paying")
        return


#: "老师王丽华要收 1500 USDC 的补课费", "Ravi charges 800 USDC": a name, the verb of charging, then the amount
_CHARGES_AMOUNT = re.compile(
    r"\s*(?:要|想|会|得|打算)?\s*(?:收|收取|报价|要价)\s*(?=[\d一二两三四五六七八九十几半百千万])|"
    r"(?i:\s+(?:charges|is\s+charging|will\s+charge|quoted|quotes|is\s+quoting|asks|is\s+asking|wants)\s+(?:me\s+|us\s+)?"
    r"(?=(?:USD|US\$|\$)?\s*\d))"
)


def _name_charges_amount(s: Scan, params: dict[str, Any]) -> None:
    """The one named right before 收 + an amount (or "charges" + an amount) is the one paid; never a name after
    给 / 向 / 替, whose verb is someone else's."""
    from ledgerlm.language.parties import _name_ending_at

    for m in _CHARGES_AMOUNT.finditer(s.text):
        hit = _name_ending_at(s.text[: m.start()])
        if hit is None or hit.name == "me" or hit.end != len(s.text[: m.start()].rstrip()):
            continue
        clause = re.split(r"[，,。；;：:]", s.text[: hit.start])[-1]
        if re.search(r"(?:给|替|帮|向|为|跟|和|与|从)[^给替帮向为跟和与从]{0,8}$", clause):
            continue
        if hit.name in params.values():
            continue
        params["payee"] = hit.name
        s.name_spans[hit.name] = Span(hit.start, hit.end, hit.text)
        s.cite("payee", hit.start, hit.end, "the one named before the verb of charging an amount")
        return


def _payer_other_side(s: Scan, params: dict[str, Any]) -> None:
    """The mirror of ``_other_side``: the user is paid and exactly one other person is named, with no arbiter
    cue near: that person pays (inferred, and said so)."""
    if params.get("payee") != "me" or params.get("payer") is not None:
        return
    taken = {v for v in params.values() if isinstance(v, str)}
    others = [n for n in s.names if n.name not in taken and n.name != "me"]
    others += [n for n in _extra_names(s) if n.name not in taken and all(o.name != n.name for o in others)]
    others = [n for n in others if not _ARBITER_NEAR.search(s.text[max(0, n.start - 14) : n.end + 26])]
    if len({n.name for n in others}) != 1:
        return
    hit = others[0]
    params["payer"] = hit.name
    s.name_spans[hit.name] = Span(hit.start, hit.end, hit.text)
    s.evidence["payer"] = Evidence(
        "inferred",
        "the user is paid and is the only other party named: the one who pays",
        (Span(hit.start, hit.end, hit.text),),
    )
    s.notes.append(f"payer: {hit.name} (the only party named besides the user, who is paid)")


def _name_ending(head: str) -> NameMatch | None:
    from ledgerlm.language.parties import _name_ending_at

    return _name_ending_at(head)


#: words that make a person the arbiter, never the other side of the deal
#: ... or a third party by trade ("my lawyer Kim", "公证处的王律师"): never inferred as the other side of the deal
_ARBITER_NEAR = re.compile(
    r"(?i:arbit|mediat|judge|referee|dispute|lawyer|attorney|notary|solicitor|accountant|witness)|"
    r"仲裁|裁决|中间人|裁判|律师|公证|会计|见证"
)


def _other_side(s: Scan, params: dict[str, Any]) -> None:
    """ "escrow w/ my landlord Priya Patel …, I pay", "我要和房东张阿姨做个押金托管，我出": the user pays and exactly
    one other person is named, with no arbiter cue near: that person is the one paid (inferred, and said so)."""
    if params.get("payer") != "me" or params.get("payee") is not None:
        return
    taken = {v for v in params.values() if isinstance(v, str)}
    others = [n for n in s.names if n.name not in taken and n.name != "me"]
    others += [n for n in _extra_names(s) if n.name not in taken and all(o.name != n.name for o in others)]
    # "my sister Freya can resolve disputes": a person with an arbiter cue near is not the other side
    others = [n for n in others if not _ARBITER_NEAR.search(s.text[max(0, n.start - 14) : n.end + 26])]
    if not others:
        # "Yuki (me paying her)": a pronoun for the one paid refers to the one person named before it
        pron = re.search(r"(?i:\b(?:paying|pay|pays|to)\s+(?:him|her|them)\b)|(?:付给|给|转给)(?:他|她)(?!们)", s.text)
        if pron is not None:
            before = {n.name: n for n in people_before(s, pron.start()) if n.name not in taken}
            others = list(before.values()) if len(before) == 1 else []
    if len({n.name for n in others}) != 1:
        return
    hit = others[0]
    if any(a.start <= hit.start < a.end for a in s.addresses):
        return
    params["payee"] = hit.name
    s.name_spans[hit.name] = Span(hit.start, hit.end, hit.text)
    s.evidence["payee"] = Evidence(
        "inferred",
        "the user pays and is the only other party named: the one paid",
        (Span(hit.start, hit.end, hit.text),),
    )
    s.notes.append(f"payee: {hit.name} (the only party named besides the user, who pays)")


def _extra_names(s: Scan) -> list[NameMatch]:
    """Names after a description ("房东张阿姨", "my landlord Priya Patel") that the accounting reads too."""
    out: list[NameMatch] = []
    for m in re.finditer(r"(?i:\b(?:my|our|the)\s+)|和|跟|与|(?i:\bw/\s*|\bwith\s+)", s.text):
        hit = read_name(s.text, m.end(), allow_me=False)
        if hit is not None and hit.start >= m.end():
            out.append(hit)
    return out
