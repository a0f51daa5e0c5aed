"""Nicknames and names that only their frame announces: 外号叫大壮, 叫他胖虎, 石头（就是石磊）, "we call him Moose",
"my buddy dre", "hey it's jonno,", "Trav and Bex are splitting the uber".

Why: a nickname has no surname (大壮, 二狗, 铁柱, 豆豆) or is an ordinary word (石头, Moose, Sully), so neither the
candidate shapes nor the name lists propose it, and a missed name leaks. What announces it is the frame around it:
a naming word before it (外号, 小名, 大名, 叫他, "call him", "goes by", "aka"), an alias bracket after it (X（就是Y）),
a person noun before a word that is no English word ("my buddy dre"), a greeting that introduces the writer ("hey
it's jonno,"), or a pair of unknown capitalised words joined by "and" before a verb people do. Each frame is
evidence only together with the word's own shape (no dictionary word for the weaker frames), and every span found
here is a person, whatever the scorer learned about the word.
"""

from __future__ import annotations

import re

from ledgerlm.ner.candidates import Candidate

_CJK = r"[\u4e00-\u9fff]"


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# characters that end a nickname's run: particles, pronouns, verbs that follow a name
_ZH_STOP = frozenset("的是了在也就都和跟吧呢啊吗呀哦嘛他她我你们说去来要把被给让还欠这那个今明昨其实真大名小名")
# a naming noun or verb before a nickname (外号叫大壮, 小名叫豆豆, 大名叫华丽娟, 管他叫胖虎)
_ZH_NAMING = re.compile(
    r"(?:外号|绰号|小名|大名|昵称|花名|网名|乳名|本名|真名|全名|艺名)(?:叫做|叫|是|为|：|:)?\s*[\"“「『]?"
    r"|(?:管他叫|管她叫|人称|我们叫他|我们叫她|都叫他|都叫她|大家叫他|大家叫她)\s*[\"“「『]?"
)
# 叫他/叫她 also begin a request ("叫他过来"): the word after it must be no dictionary word
_ZH_CALL = re.compile(r"(?:叫他|叫她|喊他|喊她)\s*[\"“「『]?")
# an alias in brackets after it: 石头（就是石磊）
_ZH_ALIAS = re.compile(rf"({_CJK}{{2}})[（(]\s*(?:就是|也就是|即|本名|真名|大名)")
# nickname characters (二狗, 胖虎, 铁柱, 大壮, 狗蛋) and reduplications (豆豆, 乐乐): with a person cue before or a
# person verb after, a nickname
_ZH_NICK_CHARS = frozenset("狗虎柱壮胖娃蛋妞丫墩猴熊牛崽仔憨")
_ZH_CUE = re.compile(r"(?:让|给|跟|找|问|叫|告诉|通知|提醒|转告|和我|跟我|催)\s*$")
_ZH_VERB_AFTER = re.compile(r"^(?:说|欠|答应|把|打|发|借|还|转|帮|在|去|来|又|也|今天|明天|昨天|刚)")
# a reduplication is also an app's or a thing's name (钉钉又弹窗了): only a cue or a verb only people do
_ZH_PERSON_AFTER = re.compile(r"^(?:说|欠|答应|把|借|还我|告诉|跟我|和我)")
# reduplicated words that are kinship terms, adverbs or things, not nicknames
_ZH_NOT_REDUP = _words(
    """
    妈妈 爸爸 哥哥 姐姐 弟弟 妹妹 爷爷 奶奶 姥姥 姥爷 叔叔 阿姨 舅舅 伯伯 婆婆 公公 宝宝 狗狗 猫猫 天天 常常 刚刚
    慢慢 好好 人人 渐渐 偏偏 往往 仅仅 星星 谢谢 看看 试试 想想 说说 等等 走走 聊聊 哈哈 嘿嘿 呵呵 嘻嘻 默默 悄悄
    久久 处处 时时 家家 个个 样样 步步 年年 月月 日日 点点 多多 早早 满满 大大 小小 红红 白白 统统 通通 稍稍
    娃娃 蛋蛋 牛牛 乖乖
    """
)

_LATIN = r"[A-Za-zÀ-ÖØ-öø-ÿ][a-zà-öø-ÿ'’-]+"
# naming frames in English: "we call him Moose", "goes by Gabs", "aka Trav", "nicknamed Sully", "known as Dre"
_EN_NAMING = re.compile(
    rf"(?<![A-Za-z])(?:call(?:s|ed)?\s+(?:him|her|them)|goes\s+by|went\s+by|aka|a\.k\.a\.?|nicknamed|"
    rf"known\s+as|real\s+name\s+is|name\s+is|name's)\s+[\"“'‘]?({_LATIN})",
    re.IGNORECASE,
)
# the writer introducing themself at the start: "hey it's jonno,", "hi this is Marguerite -"
_EN_SELF = re.compile(
    rf"^\s*(?:(?:hey|hi|hello|yo|hiya|sup)[\s,!]+)?(?:it'?s|its|this\s+is|it\s+is)\s+({_LATIN})(?=\s*(?:[,.!\-—:\n]|$|here\b))",
    re.IGNORECASE,
)
# a person noun before a lower-case word that is no English word: "my buddy dre", "my roommate gabs"
_EN_PERSON_NOUN = re.compile(
    r"(?<![A-Za-z])(?:buddy|bro|brother|sister|friend|mate|pal|roommate|flatmate|cousin|boss|landlord|landlady|"
    r"coworker|co-worker|colleague|neighbou?r|boyfriend|girlfriend|bf|gf|homie|dude|bestie|housemate|teammate|"
    r"classmate|manager|tenant|nephew|niece|uncle|aunt|auntie)\s+([a-zà-öø-ÿ]{3,})(?![A-Za-z'’-])"
)
# two unknown capitalised words joined by "and" before a verb people do: "Trav and Bex are splitting the uber"
_EN_PAIR = re.compile(
    r"(?:^|[.!?\n]\s*|(?<=\s))([A-Z][a-z]{2,})\s+(?:and|&)\s+([A-Z][a-z]{2,})\s+(?:are|were|have|had|will|can|"
    r"both|said|say|split|splitting|owe|went|got|still|just|want|need|agreed|paid)\b"
)
# a chat mention: "@ziggy can you merge", "cc @mei.lin" (not an e-mail's domain, not a channel-wide mention)
_EN_MENTION = re.compile(r"(?<![\w.@])@([A-Za-z][A-Za-z0-9_.-]{1,29}[A-Za-z0-9])(?![\w@])")
_MENTION_NOT = _words("all everyone here channel team admin admins bot support mods staff group")
# an informal title before a surname: "Doc Halvorsen's office", "Coach Dawson", "Pastor Mike"
# round 11: civic, religious, military and courtesy titles of many places too ("Alderman Kofi Boateng", "Councillor
# Rhys", "Sheikh Tamim", "Datuk Lim", "Encik Farid", "Ustaz Hafiz", "Señora Ruiz"), and a second name word after the
# first when it is no English word
_EN_TITLE = re.compile(
    r"(?<![A-Za-z])(?:Doc|Coach|Pastor|Officer|Detective|Judge|Nurse|Professor|Captain|Sergeant|Sgt\.?|Rabbi|Imam|"
    r"Father|Deacon|Principal|Alderman|Alderwoman|Councillor|Councilor|Cllr\.?|Senator|Sen\.|Governor|Gov\.|Mayor|"
    r"Bishop|Reverend|Rev\.?|Sheikh|Shaikh|Sheikha|Ustaz|Ustazah|Datuk|Dato|Datin|Tan\s+Sri|Puan|Encik|Cik|Tuan|Haji|"
    r"Hajjah|Bapak|Pak|Ibu|Herr|Frau|Señor|Señora|Senhor|Senhora|Signor|Signora|Monsieur|Madame|Mme\.?|Mlle\.?|"
    r"Shri|Smt\.?|Inspector|Constable|Lieutenant|Lt\.|Colonel|Col\.|Gen\.|Maj\.|"
    r"Ambassador|Consul|Magistrate|Chancellor|Auntie|Aunty|Mdm\.?|"
    # round 12c: Iberian courtesy titles and the Nigerian "Chief" and "Oga" ("Sr. Raimundo Nonato", "Chief Okonkwo")
    r"Sr\.?|Sra\.?|Srta\.?|Dña\.?|Dona|Chief|Oga)"
    r"\s+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)?)"
    r"(?:\s+([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-'’][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)?))?(?![A-Za-zÀ-ÖØ-öø-ÿ])"
)
_NEW_TITLES = _words(
    """
    Alderman Alderwoman Councillor Councilor Cllr Senator Sen Governor Gov Mayor Bishop Reverend Rev Sheikh
    Shaikh Sheikha Ustaz Ustazah Datuk Dato Datin Tan Puan Encik Cik Tuan Haji Hajjah Bapak Pak Ibu Herr Frau
    Señor Señora Senhor Senhora Signor Signora Monsieur Madame Mme Mlle Shri Smt Inspector Constable Lieutenant
    Lt Colonel Col Gen Maj Ambassador Consul Magistrate Chancellor Auntie Aunty Mdm Sr Sra Srta Dña Dona Chief Oga
    """
)
# round 12c: titles no English sentence uses but before a person, so a name after them that is also an English
# word stays a name ("Encik Hafiz", "Herr Wolf", "Puan Melati")
_FOREIGN_TITLES = _words(
    """
    Ustaz Ustazah Datuk Datin Encik Cik Puan Hajjah Herr Frau Señor Señora Senhor Senhora Signor Signora Monsieur
    Mme Mlle Shri Smt Mdm Sra Srta Dña
    """
)
# round 12c: titles that head ranks and job titles too ("Chief Justice", "Sr. Analyst", "Oga Boss"): no English word
_WORD_TITLES = _words("Chief Oga Sr Sra Srta Dona")
# round 12c: a Korean name of a surname syllable and a two-syllable given name before the honorific 씨 or 님
# ("김민수 씨", "박지영님"); a title or a role before 님 is no name ("이사장님", "고객님", "회원님")
_KO_SURNAMES = (
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석"
    "선설마길연위표명기반왕금옥육인맹제모탁국어은편용"
)
_KO_NAME = re.compile(
    rf"(?<![\uac00-\ud7a3])([{_KO_SURNAMES}][\uac00-\ud7a3]{{2}})\s?(?:씨|님)"
    # round 13: a two-syllable particle may follow the honorific ("박지현 씨한테", "김민준님에게", "이서연 씨께서")
    r"(?:(?![\uac00-\ud7a3]{2})|(?=(?:한테|에게|께서|이랑|하고|처럼|보다|에게서)))"
)
_KO_ROLE_TAIL = _words(
    """
    사장 부장 과장 차장 대리 실장 팀장 원장 교수 선생 회장 대표 위원 의원 고객 회원 주임 이사 본부
    지점 소장 국장 총장 관장 반장 기사 작가 감독 목사 신부 수녀 간호 약사 의사 변호 세무 기자 선배
    후배 형님 누님 언니 오빠 아버 어머 할머 할아 손님 여러 당신
    """
)
# 老K, 小A: a familiar prefix before a Latin initial
_ZH_FAM_LATIN = re.compile(r"(?:老|小|阿)[A-Z](?![A-Za-z])")
# a forwarded message names its writer: "Fwd from Sully: 'I'm out till Monday'"
_EN_FROM = re.compile(
    rf"(?<![A-Za-z])(?:fwd|fw|forwarded|message|msg|text|note|email|reply|voicemail|dm)\s+from\s+({_LATIN})\s*:",
    re.IGNORECASE,
)


# a word that is a listed given name or surname and also an English word, at a clause start before a verb only
# people do: "Sully says the cash is ready", "Bill said he'd pay"
_EN_SAYS = re.compile(
    r"(?:^|[.!?\n;:]\s*|(?<=,\s)|(?<=\blol\s)|(?<=\bso\s)|(?<=\bbut\s)|(?<=\band\s))([A-Z][a-z]{2,})\s+"
    r"(?:said|says|told\s+(?:me|us|him|her)|texted|owes|owed\s+me|promised|replied|emailed|agreed|swears|insists)\b"
)

# a question about what someone said or thinks: "what did Aarav say about the refund?", "does Ngozi agree?"
_EN_ASKED_ABOUT = re.compile(
    r"(?<![A-Za-z])(?:did|does|do|will|would|can|could|has|have|had)\s+([A-Z][a-z]{2,})\s+"
    r"(?:say|said|think|agree|reply|replied|answer|mean|want|know|tell)\b"
)
# what follows "says"/"said" when a person passes on a word: "Bongani says hi", "Tunde said thanks"
_EN_GREETS = re.compile(
    r"\s+(?:hi|hello|hey|thanks|thank\s+you|sorry|congrats|happy\s+birthday|bye|goodnight)\b"
    r"|(?<=owes)|(?<=owed\sme)|(?<=promised)|(?<=swears)|(?<=told\sme)|(?<=told\sus)",
    re.IGNORECASE,
)


def _zh_run(text: str, start: int, max_len: int = 3) -> tuple[int, int] | None:
    """The nickname that starts at ``start``: up to ``max_len`` Chinese characters, cut at a particle or pronoun."""
    end = start
    while end < len(text) and end - start < max_len and "\u4e00" <= text[end] <= "\u9fff":
        if end - start >= 2 and text[end] in _ZH_STOP:
            break
        end += 1
    return (start, end) if end - start >= 2 and text[start] not in _ZH_STOP else None


_REDUP = re.compile(r"([\u4e00-\u9fff])\1")
_NICK_CHAR = re.compile("[" + "".join(sorted(_ZH_NICK_CHARS)) + "]")
_BIG_SURNAME = re.compile(r"[大二](?=[\u4e00-\u9fff])")


def _nick_positions(text: str) -> set[int]:
    """Where a two-character nickname may start: a reduplication, a nickname character, 大/二 (cheap to find)."""
    out = {m.start() for m in _REDUP.finditer(text)} | {m.start() for m in _BIG_SURNAME.finditer(text)}
    for m in _NICK_CHAR.finditer(text):
        out |= {m.start() - 1, m.start()}
    return {i for i in out if i >= 0}


def _zh_nicknames(text: str) -> list[Candidate]:
    from ledgerlm.ner.evidence import titled_brand_zh
    from ledgerlm.ner.features import _zh_dict
    from ledgerlm.ner.lexicon import ZH_BRANDS, ZH_SURNAMES

    out: list[tuple[int, int]] = []
    for m in _ZH_NAMING.finditer(text):
        run = _zh_run(text, m.end())
        if run is not None and text[run[0] : run[1]] not in ("什么", "啥名", "一个"):
            out.append(run)
    for m in _ZH_CALL.finditer(text):
        run = _zh_run(text, m.end(), 2)
        if run is not None and text[run[0] : run[1]] not in _zh_dict() and text[run[0]] != "们":
            out.append(run)
    for m in _ZH_ALIAS.finditer(text):
        out.append((m.start(1), m.end(1)))
    for m in _ZH_FAM_LATIN.finditer(text):
        out.append(m.span())
    for i in sorted(_nick_positions(text)):
        word = text[i : i + 2]
        if len(word) < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
            continue
        shaped = (word[0] == word[1] and word not in _ZH_NOT_REDUP) or any(ch in _ZH_NICK_CHARS for ch in word)
        shaped = shaped or (word[0] in "大二" and word[1] in ZH_SURNAMES and word not in ("大王", "大方", "大于"))
        if not shaped or word in ZH_BRANDS or word in _ZH_NOT_REDUP or titled_brand_zh(text, i, i + 2):
            continue
        # 胖哥, 虎哥, 牛姐: a nickname character before 哥/姐 is how friends address one person, its own cue
        cue = _ZH_CUE.search(text, 0, i) is not None or (word[1] in "哥姐" and word[0] in _ZH_NICK_CHARS)
        verb = _ZH_VERB_AFTER.match(text[i + 2 : i + 6]) is not None
        left = i == 0 or not "\u4e00" <= text[i - 1] <= "\u9fff" or cue
        right = i + 2 == len(text) or not "\u4e00" <= text[i + 2] <= "\u9fff" or verb or text[i + 2] in _ZH_STOP
        redup = word[0] == word[1] and not any(ch in _ZH_NICK_CHARS for ch in word)
        # a reduplication opening a message before a day word is a child's or a friend's name (萌萌今天生日)
        dated = i == 0 and text.startswith(("今天", "明天", "昨天", "生日"), i + 2) and word not in _zh_dict()
        if redup and not (cue or dated or _ZH_PERSON_AFTER.match(text[i + 2 : i + 6])):
            continue
        if left and right and (cue or verb):
            out.append((i, i + 2))
    return [Candidate(a, b, "person", "nick") for a, b in out]


def _en_nicknames(text: str) -> list[Candidate]:
    from ledgerlm.ner.evidence import _SINGLE_BRANDS, first_names, surnames
    from ledgerlm.ner.features import _phrase_spans, fold, is_en_word, is_place1
    from ledgerlm.ner.lexicon import EN_NOT_NAMES
    from ledgerlm.ner.lowercase import _NEVER
    from ledgerlm.ner.places import is_town

    def ok(word: str, *, strict: bool) -> bool:
        w = fold(word)
        if w in _NEVER or w in _SINGLE_BRANDS or word in EN_NOT_NAMES or len(w) < 3:
            return False
        if strict or word[0].islower():
            return not is_en_word(w) or w in first_names()
        return True

    out: list[tuple[int, int]] = []
    for m in _EN_NAMING.finditer(text):
        if ok(m.group(1), strict=False):
            out.append(m.span(1))
    self_named = _EN_SELF.match(text)
    if self_named is not None and ok(self_named.group(1), strict=True):
        out.append(self_named.span(1))
    for m in _EN_PERSON_NOUN.finditer(text):
        if ok(m.group(1), strict=True):
            out.append(m.span(1))
    for m in _EN_PAIR.finditer(text):
        pair = (m.group(1), m.group(2))
        if all(ok(w, strict=True) and not is_town(w) for w in pair):
            out += [m.span(1), m.span(2)]
    for m in _EN_SAYS.finditer(text):
        w = fold(m.group(1))
        if ok(m.group(1), strict=False) and (w in first_names() or w in surnames()) and not is_town(m.group(1)):
            out.append(m.span(1))
        elif (
            ok(m.group(1), strict=True)
            and not (is_town(m.group(1)) or is_place1(w))
            and _EN_GREETS.match(text, m.end())
        ):
            # "Bongani says hi": a word in no list and no dictionary, where a clause starts, passing on a greeting or
            # a promise (news desks and apps "say" too: "Reuters says", so "says" alone is not enough)
            out.append(m.span(1))
    for m in _EN_ASKED_ABOUT.finditer(text):
        w = fold(m.group(1))
        if ok(m.group(1), strict=True) and not (is_town(m.group(1)) or is_place1(w)):
            out.append(m.span(1))
    for m in _EN_MENTION.finditer(text):
        if m.group(1).lower() not in _MENTION_NOT and fold(m.group(1)) not in _SINGLE_BRANDS:
            out.append(m.span(1))
    phrases = _phrase_spans(text)
    for m in _EN_TITLE.finditer(text):
        if not any(a <= m.start() and m.end(1) <= b for a, b in phrases) and ok(m.group(1), strict=False):
            title = m.group(0).split()[0].rstrip(".")
            if title in _NEW_TITLES and title not in _FOREIGN_TITLES and not ok(m.group(1), strict=True):
                continue  # round 11: these titles head things too ("Senator Hotel"): an English word is none
            if title in _WORD_TITLES and is_en_word(fold(m.group(1))):
                continue  # round 12c: "Chief Justice", "Sr. Analyst": a rank, even where the word is a given name too
            second = m.group(2)
            two = second is not None and ok(second, strict=True) and not is_en_word(fold(second))
            out.append((m.start(1), m.end(2) if two else m.end(1)))
    for m in _EN_FROM.finditer(text):
        if ok(m.group(1), strict=False) and not is_town(m.group(1)):
            out.append(m.span(1))
    return [Candidate(a, b, "person", "nick") for a, b in out]


_ANY_CJK = re.compile(r"[\u4e00-\u9fff]")


def nicknames(text: str) -> list[Candidate]:
    """Person candidates announced by a naming frame (see the module doc); each is a person when chosen."""
    if not text:
        return []
    ko = [
        Candidate(m.start(1), m.end(1), "person", "nick")
        for m in _KO_NAME.finditer(text)
        if m.group(1)[1:] not in _KO_ROLE_TAIL
    ]
    return (_zh_nicknames(text) if _ANY_CJK.search(text) else []) + _en_nicknames(text) + ko


__all__ = ["nicknames"]
