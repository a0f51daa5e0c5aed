"""The slot a candidate stands in: the words around it say whether it is used like a thing or like a person.

Why: the scorer and the evidence rules judge the run itself (is it a listed given name, a brand, a dictionary
word?), but a name list cannot say that "Mario Kart" in "selling my Nintendo Switch + Mario Kart" is a game or that
"Harvey Norman" in "check if Harvey Norman still has the espresso machine on sale" is a shop: both runs are made of
given names and surnames. What decides is the slot. Things are bought, ordered, installed, played, sold and worn;
shops have things on sale, sell and deliver; and a list joined by "+" or "&" after such a verb holds things too.
People are told, asked, met, paid and thanked (those cue words live in ``ner.evidence``); a person bought *for*
("bought Sarah a coffee") is followed by the thing bought, so a determiner after the run keeps it a person.

Chinese: a run right after 买了/装了/下单/下载/玩/点了 is the thing bought (点了杨国福); a person takes 给/帮/跟/问
before such a verb, never after it.
"""

from __future__ import annotations

import re

from ledgerlm.ner.candidates import Candidate, is_cjk

# verbs whose object is a thing, with an optional determiner or possessive between ("selling my", "bought a new")
_THING_VERB_EN = (
    r"bought|buy|buying|buys|ordered|order|ordering|preorder(?:ed)?|pre-order(?:ed)?|installed|install|installing|"
    r"reinstalled|uninstalled|downloaded|download|downloading|signed\s+up\s+(?:for|to|with)|played|playing|play|plays|selling|sell|sold|sells|"
    r"wearing|wear|wore|upgraded|upgrade|upgrading|returned|returning|subscribed\s+to|unsubscribed\s+from|renewed|"
    r"streaming|streamed|binged|binging|unboxed|unboxing|assembled|charging|charged\s+my|swapped\s+my|traded\s+my|"
    r"listed|listing|restocked|shipped|shipping|delivered|"
    # "a pair of Ray-Bans", "two pairs of Nikes": what comes in pairs is worn, not a person
    r"pairs?\s+of"
)
_DET = r"(?:(?:my|a|an|the|some|new|his|her|our|their|this|that|these|those|two|three|\d+x?|an?\s+used|used)\s+)*"
_THING_BEFORE_EN = re.compile(rf"(?<![A-Za-z'])(?:{_THING_VERB_EN})\s+{_DET}$", re.IGNORECASE)
# a list member: "Nintendo Switch + Mario Kart", "a Kindle & Lego Technic", "AirPods and Apple Watch"
_LIST_JOIN_EN = re.compile(r"\s*(?:\+|&|/|\band\b|\bplus\b)\s*$", re.IGNORECASE)
_CAP_RUN_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*$")
# what a shop does ("still has the Breville on sale", "sells refurbished phones", "is closed on Sundays")
_SHOP_AFTER_EN = re.compile(
    r"^\s+(?:still\s+|now\s+|also\s+|even\s+)?(?:(?:has|have|had|got)\b[^.!?;]{0,40}?\b(?:on\s+sale|in\s+stock|"
    r"discount(?:ed)?|clearance)\b|(?:sells|stocks|delivers|ships\s+to|is\s+(?:open|closed|having\s+a\s+sale)|"
    r"opens\s+at|closes\s+at|is\s+out\s+of\s+stock))",
    re.IGNORECASE,
)
# what ships and trains do, with their number ("Queen Mary 2 departs at 17:00", "the Spirit of Tasmania docks at 6")
_VESSEL_AFTER_EN = re.compile(
    r"^\s+(?:\d{1,2}\s+|[IVX]{1,4}\s+)?(?:departs|departed|sails|sailed|docks|docked|berths|berthed|set\s+sail|"
    r"sets\s+sail|is\s+moored|is\s+docked|leaves\s+port|left\s+port|is\s+anchored|anchored)\b",
    re.IGNORECASE,
)
# a single word joined to a brand word is one of a kind with it: "Cosmos and Celestia", "from Arbitrum to Polkadot",
# "Aptos vs Sui" (a person joined to a brand is rare: "Jake and Apple" says so with a cue word)
_BRAND_JOIN_BEFORE = re.compile(
    r"(?<![\w'’-])([A-Z][A-Za-z]+)(?:\s*(?:,|/|&|\+)\s*|\s+(?:and|or|vs\.?|versus|to|into|onto)\s+)$"
)
_BRAND_JOIN_AFTER = re.compile(
    r"^(?:\s*(?:,|/|&|\+)\s*|\s+(?:and|or|vs\.?|versus|to|into|onto)\s+)([A-Z][A-Za-z]+)(?![\w'’-])"
)


def _beside_brand(text: str, cand: Candidate) -> bool:
    from ledgerlm.ner.evidence import _SINGLE_BRANDS, first_names
    from ledgerlm.ner.features import fold
    from ledgerlm.ner.lexicon import EN_BRANDS, EN_NOT_NAMES

    if cand.kind != "lat1":
        return False
    before = _BRAND_JOIN_BEFORE.search(text, max(0, cand.start - 40), cand.start)
    after = _BRAND_JOIN_AFTER.match(text[cand.end : cand.end + 40])
    joined = [m.group(1) for m in (before, after) if m is not None]
    # "to" joins a pair only after "from X" ("from Arbitrum to Polkadot"), not "send it to Apple's Tim", and never
    # takes a listed given name ("send 5 USDC from Base to Jake": the payee)
    if before is not None and " to " in before.group(0):
        if not re.search(r"\bfrom\s+$", text[: before.start()]) or fold(text[cand.start : cand.end]) in first_names():
            joined.remove(before.group(1))
        elif before.group(1) in EN_NOT_NAMES:
            return True  # "bridge from Base to Scroll": a route between chains (Base is a domain word, no brand)
    if after is not None and " to " in after.group(0):
        joined.remove(after.group(1))
    return any(w in EN_BRANDS or w.lower() in _SINGLE_BRANDS for w in joined)


# after a ditransitive verb the person comes first and the thing after it ("bought Sarah a coffee")
_OBJECT_AFTER_EN = re.compile(
    r"^\s+(?:a|an|the|some|his|her|their|lunch|dinner|coffee|drinks|breakfast|flowers|gifts?|something)\b",
    re.IGNORECASE,
)
_CLAUSE_VERB_AFTER_EN = re.compile(
    r"^\s+(?:is|was|will|would|has|had|wants|said|says|bought|paid|sent|got|took|can|could|just|also|[a-z]+ed)\b",
    re.IGNORECASE,
)
_THING_BEFORE_ZH = re.compile(
    r"(?:买了|买个|买点|买|装了|安装了?|下载了?|下单了?|卸载了?|玩了|在玩|点了|订了|充了|穿着|戴着|用的是|"
    r"吃了?|吃个|吃碗|吃份|喝了?|喝杯|喝个|喝瓶|尝了?|尝尝|来一?[碗份杯盘]|"  # round 9: 去娄底吃米粉, 喝了杯黄酒
    # round 10c: a number and a measure word of goods (两斤车厘子, 一箱茅台, 3盒月饼); people take 个, 位, 名
    r"(?:[一两二三四五六七八九十几半]|\d{1,4})(?:斤|公斤|千克|克|箱|盒|袋|包|瓶|罐|串|碗|杯|盘|颗|粒|提|桶|扎|打))$"
)

# a kind of person, counted with 个 after a copula or a number (他真是个马大哈, 想找个高富帅, 像个书呆子): a person's
# name takes no classifier (这个/那个 + a name does, in speech: 这个张伟, so a demonstrative is left out)
_KIND_BEFORE_ZH = re.compile(r"(?<![这那哪])(?:是|像|当|做|成|找|嫁|一)个$")


def thing_slot(text: str, cand: Candidate) -> bool:
    """Whether ``cand`` stands where things stand: the object of a buying/installing/playing verb (itself or as a
    member of a list joined by "+", "&", "/" or "and" that such a verb begins), or a shop's subject ("X still has ...
    on sale"). A run followed by a determiner after such a verb is the person bought for ("bought Sarah a coffee")."""
    if cand.label != "person":
        return False
    if work_title(text, cand):
        return True
    if is_cjk(text[cand.start]):
        # a title is a person's even here (吃了王师傅做的菜), unless a dish follows it (evidence: 田老师红烧肉)
        if cand.kind.startswith("zh_title") or text.startswith("的", cand.end):
            return False
        return bool(_THING_BEFORE_ZH.search(text, 0, cand.start) or _KIND_BEFORE_ZH.search(text, 0, cand.start))
    after = text[cand.end : cand.end + 60]
    if _SHOP_AFTER_EN.match(after) or _VESSEL_AFTER_EN.match(after) or _bare_possessive_shop(text, cand, after):
        return True
    if _possessive_shop_subject(text, cand, after):
        return True
    if software_slot(text, cand, after):
        return True
    if _beside_brand(text, cand):
        return True
    if _OBJECT_AFTER_EN.match(after):
        return False
    return _governed_list(text, cand, after)


# "order from Nando's is on the way", "lunch at Wendy's?": a possessive with no noun after it, where a shop stands
_SOURCE_BEFORE_EN = re.compile(r"(?<![A-Za-z])(?:from|at|to|order|ordered|delivery|takeout|takeaway)\s+$", re.I)
_BARE_POSSESSIVE = re.compile(r"^['’]s(?:[.,!?;:)]|\s*$|\s+(?:is|are|was|on|in|for|tonight|today|tomorrow|again)\b)")


def _bare_possessive_shop(text: str, cand: Candidate, after: str) -> bool:
    """A single word with a bare possessive after a source or place word is the shop (Nando's, Wendy's), unless the
    word is a census given name ("dinner at Maria's": her place, and she is a person)."""
    from ledgerlm.ner.features import fold
    from ledgerlm.ner.lowercase import census_given

    if " " in text[cand.start : cand.end] or not _BARE_POSSESSIVE.match(after):
        return False
    if not _SOURCE_BEFORE_EN.search(text[max(0, cand.start - 20) : cand.start]):
        return False
    return fold(text[cand.start : cand.end]) not in census_given()


# the title of a work: quoted after a verb of watching, reading or listening or before the kind of work ("watched
# "Forrest Gump" again", "the song 'Jolene'"), or bare after such a verb and before no clause of its own ("reading
# Anna Karenina on the flight"; "watched Maria open the safe" keeps Maria, a verb follows her)
_WORK_VERB_EN = (
    r"watch|watched|watching|rewatch(?:ed|ing)?|re-watch(?:ed|ing)?|binge-watch(?:ed|ing)?|read|reading|reread|"
    r"re-read(?:ing)?|finished\s+reading|started\s+reading|listen(?:ed|ing)?\s+to|put\s+on|sing(?:ing)?|sang|saw\s+the"
)
_QUOTED_HEAD = re.compile(r"(?<![A-Za-z])[\"'“‘«](?:[A-Z][\w’-]*\s+){0,5}$")
_QUOTED_TAIL = re.compile(r"^(?:\s+[A-Z][\w’-]*){0,5}[\"'”’»](?![A-Za-z])")
_WORK_NOUN_EN = re.compile(
    r"^\s+(?:film|movie|song|book|novel|album|series|show|musical|play|opera|poem|episode|soundtrack|trilogy|"
    r"sequel|prequel|documentary|sitcom|podcast|biography|memoir)s?\b",
    re.IGNORECASE,
)
_WORK_BEFORE_EN = re.compile(rf"(?<![A-Za-z'])(?:{_WORK_VERB_EN})\s+(?:the\s+)?$", re.IGNORECASE)
_WORK_KIND_BEFORE_EN = re.compile(
    r"(?<![A-Za-z'])(?:film|movie|song|book|novel|album|series|show|musical|play|opera|poem|episode|documentary|"
    r"sitcom|podcast|biography|memoir)\s+$",
    re.IGNORECASE,
)
# after a bare title: what ends the object of "reading X" (a time, a place, an end), never a verb of its own
_WORK_END_EN = re.compile(
    r"^(?:\s*(?:[.,!?;:)]|$)|\s+(?:again|on|at|in|last|tonight|today|yesterday|this|for|with|twice|over|while|"
    r"before|after|and\s+(?:loved|hated|liked|cried)|again)\b)",
    re.IGNORECASE,
)


# a quoted title and its author or band: "'Roxanne' by the Police", "'Jolene' by Dolly Parton"
_BY_AUTHOR = re.compile(r"^,?\s+by\s+(?:the\s+)?[A-Z]")
_ZH_DOCUMENT_TAIL = re.compile(
    r"(?:协议|协议书|合同|合约|借条|欠条|收据|收条|证明|申请|申请书|报告|声明|委托书|授权书|承诺书|通知|函|确认书|清单)$"
)


def work_title(text: str, cand: Candidate) -> bool:
    """Whether a Latin-script run is the title of a film, book or song (see ``_WORK_VERB_EN``), or a Chinese run
    stands inside 《》 (a title's own brackets)."""
    if is_cjk(text[cand.start]):
        opened, closed = text.rfind("《", 0, cand.start), text.find("》", cand.end)
        if opened < 0 or text.rfind("》", 0, cand.start) > opened or closed < 0:
            return False
        # a document's title names its parties (《张伟借款协议》): only a work's title is no one's name
        return not _ZH_DOCUMENT_TAIL.search(text, opened, closed)
    before, after = text[max(0, cand.start - 40) : cand.start], text[cand.end : cand.end + 40]
    # the quoted run holding the candidate, which may be one word of it ("Eleanor" of 'Eleanor Rigby')
    opening, closing = _QUOTED_HEAD.search(before), _QUOTED_TAIL.match(after)
    if opening is not None and closing is not None:
        inner_before = text[max(0, cand.start - 80) : cand.start - len(opening.group(0))]
        inner_after = after[closing.end() :]
        return bool(
            _WORK_BEFORE_EN.search(inner_before)
            or _WORK_KIND_BEFORE_EN.search(inner_before)
            or _WORK_NOUN_EN.match(inner_after)
            or _BY_AUTHOR.match(inner_after)
        )
    if _WORK_KIND_BEFORE_EN.search(before) and not text.startswith(("'s", "’s"), cand.end):
        return True  # "the film Forrest Gump", "the novel Anna Karenina"
    # bare, only a run of two or more words: "watching Emma tonight" is babysitting, "reading Anna Karenina" a book
    multiword = " " in text[cand.start : cand.end]
    return multiword and bool(_WORK_BEFORE_EN.search(before) and _WORK_END_EN.match(after))


# a bare possessive that a shop's verb follows is the shop: "Wendy's will", "Nando's delivers", "Levi's jeans are 40%
# off" (a present verb in -s or a modal cannot follow a contraction of is/has: "Tom's taking" is Tom, "Tom's will
# was read" a testament, so the modal counts only at a clause's end or before a shop's verb)
_SHOP_VERB_EN = r"(?:deliver|ship|sell|stock|accept|take|open|close|carry|do|have)"
_POSSESSIVE_SHOP_AFTER = re.compile(
    rf"^['’]s\s+(?:(?:delivers|ships|sells|stocks|accepts|opens|closes|carries)\b|"
    rf"(?:will|won['’]t|does|doesn['’]t|can|can['’]t)(?:\s*(?:[.,!?;]|$)|\s+(?:not\s+|now\s+|also\s+)?{_SHOP_VERB_EN}\b))",
    re.IGNORECASE,
)
# what is sold: a possessive, a noun, then its price or sale ("Levi's jeans are 40% off", "Carter's onesies on sale")
_POSSESSIVE_SALE_AFTER = re.compile(
    r"^['’]s\s+[a-z]+(?:\s+[a-z]+)?\s+(?:(?:are|is)\s+(?:now\s+|all\s+)?)?(?:\d{1,2}\s?%\s+off|half[-\s]price|on\s+sale|"
    r"on\s+clearance|buy\s+one\s+get\s+one|discounted)\b",
    re.IGNORECASE,
)


def _possessive_shop_subject(text: str, cand: Candidate, after: str) -> bool:
    if cand.kind != "lat1":
        return False
    return bool(_POSSESSIVE_SHOP_AFTER.match(after) or _POSSESSIVE_SALE_AFTER.match(after))


def _governed_list(text: str, cand: Candidate, after: str) -> bool:
    """Walk back over the list ``cand`` ends ("Nintendo Switch + Mario Kart", "Florence and Adelaide") to the word
    that governs it: a buying verb makes every member a thing; a locative word ("offices in") makes a member that
    is a known city a place."""
    from ledgerlm.ner.evidence import _PLACE_BEFORE
    from ledgerlm.ner.features import fold, is_place1

    end = cand.start
    members = [text[cand.start : cand.end]]
    for hop in range(4):
        before = text[max(0, end - 60) : end]
        if _THING_BEFORE_EN.search(before):
            # a list member followed by a verb starts a clause of its own ("sold my Tesla and Kevin bought it")
            return hop == 0 or not _CLAUSE_VERB_AFTER_EN.match(after)
        if hop and _PLACE_BEFORE.search(before) and not _CLAUSE_VERB_AFTER_EN.match(after):
            # "offices in Florence and Adelaide": a city in a list of places ("in Paris and Kevin" keeps Kevin)
            return is_place1(fold(members[0]))
        joiner = _LIST_JOIN_EN.search(before) or (_COMMA_JOIN.search(before) if hop else None)
        if joiner is None:
            return False
        run = _CAP_RUN_BEFORE.search(before, 0, joiner.start())
        if run is None:
            return False
        members.append(run.group(0))
        end = end - len(before) + run.start()
    return False


_COMMA_JOIN = re.compile(r"\s*,\s*$")


# Round 10c: where software stands. An app, a tool or a service goes down, crashes, times out and throws errors; it has
# an API, a dashboard, an integration and a workspace; files are moved, synced and uploaded to it. A person does none
# of these ("Jira is down again", "Stripe's API returned a 402", "move the contract to Docusign"); what a person does
# ("Kevin said", "ask Kevin") is left to the cue words of ``ner.evidence``.
_DOWN_AFTER_EN = re.compile(
    r"^\s+(?:(?:is|was|went|goes|has\s+been|seems|keeps)\s+)?(?:still\s+|totally\s+|completely\s+)?(?:"
    r"down(?:\s+again|\s+for\s+(?:everyone|everybody|hours|me|us)|\s*[.,!?;]|\s*$)|offline|"
    r"crash(?:ed|es|ing)|freez(?:es|ing)|froze|lagging|glitch(?:ed|es|ing|y)|buggy|timing\s+out|timed\s+out|"
    r"times\s+out|not\s+(?:loading|syncing|responding|connecting|detecting|opening|updating)|"
    r"(?:won['’]t|wont|doesn['’]t|does\s+not|can['’]t|cannot|didn['’]t|failed\s+to)\s+(?:load|open|sync|launch|"
    r"connect|detect|install|update|authenticate|log\s+me\s+in|send\s+the\s+(?:code|otp|sms))|"
    r"(?:logged|logs|keeps\s+logging)\s+me\s+out|has\s+an?\s+outage|outage)\b",
    re.IGNORECASE,
)
# a software noun right after it or after its possessive ("the Notion workspace", "Stripe's API", "Figma file")
_SOFTWARE_NOUN = (
    r"(?:app|apps|api|apis|sdk|dashboard|integration|integrations|workspace|workspaces|webhook|webhooks|plugin|"
    r"plug-in|extension|add-on|instance|login|sign-in|signup|sign-up|subscription|tier|export|import|sync|"
    r"notifications?|status\s+page|servers?|endpoint|endpoints|uptime|outage|release|update|changelog|docs|"
    r"support\s+ticket|ticket|tickets|board|boards|template|templates|bot|chatbot|widget|admin|console|portal|"
    r"audience|campaign|pipeline|repo|inbox)"
)
_SOFTWARE_AFTER_EN = re.compile(rf"^(?:['’]s)?\s+{_SOFTWARE_NOUN}\b(?!\s+(?:of|for)\s+(?:his|her|him)\b)", re.I)
# what it says is an error ("Mailchimp says my audience export failed", "Ledger Live shows error 0x6985")
_ERROR_AFTER_EN = re.compile(
    r"^\s+(?:says|said|shows|showed|is\s+showing|keeps\s+(?:saying|showing|throwing)|returns|returned|throws|threw|"
    r"gives\s+me|gave\s+me|reports|reported|flagged|flags|rejected|rejects|declined|blocked|blocks)\b"
    r"[^.!?\n]{0,40}?\b(?:error|errors|failed|fails|failure|invalid|expired|unavailable|not\s+found|denied|"
    r"declined|rejected|timeout|(?:an?\s+|error\s+|code\s+|status\s+)[45]\d\d)\b",
    re.IGNORECASE,
)
# data moved to or through it ("move the contract to Docusign", "export the list into Airtable", "sync it with Xero")
_MOVED_TO_BEFORE_EN = re.compile(
    r"(?<![A-Za-z])(?:move|moved|moving|migrate|migrated|migrating|export|exported|exporting|import|imported|"
    r"importing|upload|uploaded|uploading|sync|synced|syncing|port|ported|integrate|integrated|embed|embedded|"
    r"publish|published|back\s+up|backed\s+up|log\s+in(?:to)?|logged\s+in(?:to)?|sign\s+in(?:to)?|signed\s+in(?:to)?)"
    r"\b[^.!?;\n]{0,30}?\s(?:to|into|onto|on|in|with|via|through|from)\s+$",
    re.IGNORECASE,
)
# an animal or a machine in apposition ("Sophia the robot", "Biscuit the dog"): no person's data
_NONPERSON_APPOSITION_EN = re.compile(
    r"^,?\s+the\s+(?:robot|bot|chatbot|ai|app|dog|cat|puppy|kitten|parrot|hamster|horse|rabbit|bunny|goldfish|"
    r"pony|tortoise|turtle|cow|goat|pig|android)\b",
    re.IGNORECASE,
)


def software_slot(text: str, cand: Candidate, after: str) -> bool:
    """Whether a Latin run stands where software stands (see ``_DOWN_AFTER_EN`` and the patterns after it), or is an
    animal or machine named in apposition. A listed given name needs the strongest shape (an API, servers or an
    outage of its own); "Kevin crashed at mine", "Kevin said the transfer failed" and "sync it with Kevin" keep
    Kevin."""
    from ledgerlm.ner.evidence import first_names
    from ledgerlm.ner.features import fold

    if _NONPERSON_APPOSITION_EN.match(after):
        return True
    given = fold(text[cand.start : cand.end].split()[0]) in first_names()
    if _DOWN_AFTER_EN.match(after) and not given:
        return True  # "Kevin crashed at mine", "Kevin is not responding": people crash and go quiet too
    if text.startswith(("'s", "’s"), cand.end) and not re.match(
        r"^['’]s\s+(?:api|sdk|servers?|endpoints?|uptime|"
        r"outage|status\s+page|webhooks?|docs|integration)\b",
        after,
        re.I,
    ):
        return False  # "Kevin's app": his; only an API, servers or an outage make the possessor software
    if _SOFTWARE_AFTER_EN.match(after) and (not given or re.match(r"^['’]s", after)):
        return True
    if given:
        return False
    return bool(_ERROR_AFTER_EN.match(after) or _MOVED_TO_BEFORE_EN.search(text, max(0, cand.start - 60), cand.start))


__all__ = ["software_slot", "thing_slot", "work_title"]
