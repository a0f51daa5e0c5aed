"""People and organisations in a request: one reader for names, one for the cues that tie them to roles.

Why one reader: every kind used to capture names with its own regex, so "Hart & Sons" became "Hart", "张三"
became "张", "Noah. Term" a name, and a job title ("our CTO Priya", "给顾问 陈老师") stood in for the person.
``read_name(text, pos)`` reads the name that starts at ``pos``, skipping what describes the person (my friend,
the contractor, 技术总监, 顾问) and returns ``None`` when there is no name (a miss is a question, never a guess).

- Latin names: capitalised words, titles (Ms. Patel, Dr. Ono), organisations (Globex Corp., Hart & Sons,
  Northwind Ltd, Finch Capital); a lower-case word only when it is not a common English word.
- Chinese names: titled forms (老周, 小李, 阿强, 李师傅, 陈律师, 张老师, 王总), surname + given name (张三, 王小明).
- The user: me / myself / I / 我 / 本人 / 自己 -> ``ME`` ("me"), bound to the user's own account at create.
``find_names(text)`` lists every name-like span, for the accounting (each must be used or asked about).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ledgerlm.language.extract import Scan

__all__ = [
    "ME",
    "NameMatch",
    "ask_open_direction",
    "described_before",
    "explicit_roles",
    "find_names",
    "fuller_name",
    "learned_names",
    "name_chain",
    "open_direction",
    "pronoun_referent",
    "read_name",
]

ME = "me"

_ADDR = re.compile(r"0[xX][0-9a-fA-F]{40}(?![0-9A-Za-z])")
_ORG_SUFFIX = (
    r"(?:S\.A\.\s+de\s+C\.V\.|Corp\.?|Corporation|Inc\.?|Ltd\.?|LLC|Co\.?|Bros\.?|Brothers|Company|Capital|Sons|Group|Labs|Partners|Holdings|"
    r"Foundation|Fund|Studio|Studios|Ventures|GmbH|AG|SA|Trust|Bank|Union|Association|Institute|Agency|"
    r"Cooperative|Collective|Alliance|Society|"
    # "Bramwell & Hart LLP", "Halden & Price Solicitors", "Taro Industries", "Pinewood Arbitration Services Inc."
    r"LLP|PLC|Plc|Pty|GmbH|Co-op|Coop|Solicitors|Industries|Services|Enterprises|Associates|Consulting|Technologies|"
    r"Systems|Logistics|Lettings|Realty|Properties|Investments|Advisors|Advisers|Chambers|Mediation|Arbitration|"
    # the legal forms of other countries: "Halvorsen Shipping ASA", "Nordvik Bygg AS", "Castellano & Hijos S.L.",
    # "Van Dijk B.V.", "Rossi S.r.l.", "Tan Holdings Sdn Bhd" (capital letters only: "as" is never one)
    r"ASA|AS|AB|Oy|Oyj|ApS|A/S|S\.L\.|SL|S\.A\.|S\.A\.S\.|SAS|SARL|S\.r\.l\.|SRL|Srl|S\.p\.A\.|SpA|B\.V\.|BV|N\.V\.|NV|"
    r"K\.K\.|KK|Pte\.?\s+Ltd\.?|Pte|Sdn\s+Bhd|Bhd|Pvt\.?\s+Ltd\.?|Limited|e\.V\.|KG|OHG|S\.C\.|LLLP|"
    # round 10: "Quispe Textiles S.A.C." (Peru), "Kowalczyk & Sons Sp. z o.o." (Poland), "Nakamura Analytics G.K."
    # (Japan), "Al-Sayed Holdings W.L.L." (the Gulf), "Ltda." (Brazil): the legal form is read with the name
    r"S\.A\.C\.|SAC|Sp\.\s?z\s?o\.\s?o\.|Sp\.\s?k\.|G\.K\.|GK|W\.L\.L\.|WLL|Ltda\.?|S\.A\.S\.|L\.L\.C\.|JSC|OOO|"
    # round 10b: Mexico, Czechia/Slovakia, Estonia, Hungary, Peru: "Grupo Tula S.A. de C.V.", "Novák Stavby s.r.o."
    r"s\.r\.o\.|a\.s\.|OÜ|Kft\.?|Zrt\.?|E\.I\.R\.L\.|EIRL|"
    # round 11: Lithuania, Latvia, the former Yugoslavia, Bulgaria, Iceland ("Baltic Freight UAB" was cut to
    # "Baltic Freight", silently)
    r"UAB|SIA|d\.o\.o\.|EOOD|ehf\.?|"
    # public bodies, as a tender names its buyer ("Kisumu County Water Board" was cut to "Kisumu County Water")
    r"Board|Council|Authority|Commission|Ministry|Municipality|Department|Committee|Secretariat)"
)
_ORG_WORD = (
    r"(?:Bakery|Cafe|Café|Shop|Store|Kitchen|Garage|Salon|Studio|Studios|Bar|Diner|Pizza|Books|Farm|Tailors?|"
    r"Repairs?|Motors|Auto|Clinic|Gym|Market|Deli|Pub|Restaurant|Hardware)\b"
)
_TITLE = (
    # the titles of two words come first, so that "Datuk Seri" is never read as the title "Datuk" and a name "Seri"
    r"(?:Tan\s+Sri|Puan\s+Sri|Toh\s+Puan|Datuk\s+Seri|Datuk\s+Sri|Dato['’]?\s+Seri|Dato['’]?\s+Sri|Datin\s+Seri|"
    r"Datin\s+Paduka|Mr|Ms|Mrs|Dr|Prof|Professor|Doctor|Miss|Mx|Madam|Rev|Pastor|Rabbi|Imam|Herr|Frau|Mme|Mlle|Dame|Lady|Lord|"
    r"Coach|Nurse|Judge|Sir|Capt|Officer|Uncle|Aunt|Auntie|Aunty|Grandma|Grandpa|Granny|Nana|Cousin|"
    # round 10: the titles of Singapore/Malaysia and Nigeria ("Mdm Tan Bee Leng", "Barrister Funmi Adeyemi",
    # "Alhaji Musa Bello", "Mallam Sani"): part of the name as written, never a name of their own
    r"Mdm|Barrister|Alhaji|Alhaja|Hajia|Mallam|Malam|Engr|Chief|Datuk|Dato|Puan|Encik|Sheikh|Shaikh|Ustaz|"
    # round 10b: Malaysian titles of two words and those written with an apostrophe ("Tan Sri Abdul Rahman",
    # "Dato' Sri Hamid", "Dato’ Lim Kok Wai", "Datuk Seri Anwar", "Puan Sri Aminah"): a name read without part of
    # its title was a silent wrong value
    # round 11: an Indian advocate ("Adv. Rakesh Gupta" was read as "Adv")
    r"Dato['’]|Datin|Ma['’]am|Tuan|Cik|Adv|Advocate)\.?"
)
#: the first words of a title the reading must not start after ("Tan Sri |Abdul", "Dato' |Lim"): a name read from
#: there would be the name without part of its title
_TITLE_CUT = re.compile(
    r"(?:(?<![\w'’])(?:Dato|Datuk|Datin|Ma)['’]?\s+$)|(?:(?<![\w'’])(?:Tan|Puan|Toh|Datuk|Dato['’]?|Datin)\s+$)"
)
_TITLE_CUT_WORD = re.compile(r"(?:Sri|Seri|Puan|Paduka)\b")
#: Latin letters with their accents ("Tomás", "José", "Zoë"): a name is never cut at its first accented letter
#: capital letters of Latin Extended-A/B and Vietnamese (Ł, Š, Ž, Ă, Ố ...), computed once from Unicode
_UPPER_EXT = "".join(c for c in map(chr, [*range(0x100, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper())
#: a capitalised word; letters after the first include Latin Extended-A/B and Vietnamese ("Tāne", "Łukasz",
#: "Nguyễn"): a name must never be cut at its first accented letter
_CAP = (
    rf"[A-ZÀ-ÖØ-Þ{_UPPER_EXT}][a-zA-ZÀ-ÖØ-öø-ÿ\u0100-\u024f\u1e00-\u1eff'\-]*[a-zA-ZÀ-ÖØ-öø-ÿ\u0100-\u024f\u1e00-\u1eff]"
    rf"|[A-ZÀ-ÖØ-Þ{_UPPER_EXT}]"
)
#: the last words of a charity's or public body's name, the only names read across "for" / "of"
_CHARITY_SUFFIX = (
    r"(?:Trust|Foundation|Fund|Society|Association|Institute|Council|Board|Authority|Commission|Alliance|Union|"
    r"Centre|Center|Network|Coalition|Initiative)"
)
_LATIN = re.compile(
    rf"(?:{_TITLE}\s+(?:{_CAP}))"
    # "Smith & Co." keeps its abbreviation's period; "Hart & Sons." ends a sentence
    # "Hartwell & Sons Ltd.": a legal form after the partners' names belongs to the name
    rf"|(?:(?:{_CAP})(?:\s+(?:{_CAP}))?\s*&\s*(?:(?:Co|Corp|Inc|Ltd|Bros)\.|{_CAP})(?:\s+{_ORG_SUFFIX})?)"
    # "Water for Life Trust", "Society of Friends Foundation": a charity's or public body's name may join its
    # words by "for" / "of" (round 11: read as "Water", the rest lost)
    rf"|(?:(?:{_CAP})(?:\s+(?:for|of)\s+(?:{_CAP})(?:\s+(?:{_CAP}))?)\s+{_CHARITY_SUFFIX}(?![\w'’-]))"
    # "Pinewood Arbitration Services Inc.": up to four words before one or two legal or trade words
    rf"|(?:(?:{_CAP})(?:\s+(?:{_CAP})){{0,3}}?(?:\s+{_ORG_SUFFIX}){{1,3}}(?![\w'’-]))"
    rf"|(?:{_CAP})"
)
#: the next word of the same name; a particle may come first ("Ludwig van Beethoven", "Maria de la Cruz")
_SECOND_WORD = re.compile(
    # "Siti Nurhaliza binti Ahmad", "Rajendran s/o Muthu", "Kumar a/l Rajan": the Malay and Tamil words for
    # "son/daughter of" join the father's name to the person's (round 10: the name was cut before them)
    r"[ \t]+((?:(?:van|von|de|da|del|della|di|du|la|le|der|den|ter|bin|binti|bint|ibn|al|el|s/o|d/o|a/l|a/p)"
    r"[ \t]+){0,2}"
    rf"[A-ZÀ-ÖØ-Þ{_UPPER_EXT}](?:[a-zà-öø-ÿ\u0100-\u024f\u1e00-\u1eff]|['’][A-Z])"
    r"[a-zA-ZÀ-ÖØ-öø-ÿ\u0100-\u024f\u1e00-\u1eff'\-]*)(?![\w'’])"
)
_LOWER = re.compile(r"[a-z][a-z0-9_\-]{1,19}(?![\w@])")
#: "the undersigned" (a contract's own word for the one who signs it: the user)
#: ... and the user's own wallet or account said as such ("yours truly", "my own wallet", "this account")
_ME_EN = re.compile(
    # ("saya": the Malay and Indonesian "I / me", as Malaysian requests write it, round 12)
    r"(?:me|myself|I|us|saya|the\s+undersigned|yours\s+truly|(?:my|my\s+own|this)\s+(?:wallet|account|address)"
    r"(?!\s+(?:manager|holder|owner|provider|guy|person|keeper|admin|team)s?\b))(?![\w'])",
    re.IGNORECASE,
)
#: ... and 我方 ("our side", how a contract names the one who writes it: "我方托管 800 USDC")
_ME_ZH = re.compile(r"(?:我自己|我本人|本人|我方(?!面)|自己|我)(?!们|的|方|司|国|公司|家)")

#: What describes a person rather than naming them; skipped before a name ("our CTO Priya").
_EN_DESCRIBE = re.compile(
    # "the letting agent Brightkeys Ltd", "my web dev Kenji": after a determiner, up to two lower-case words
    # that say what kind of the person (never a capitalised word: that may be the name itself)
    # (a modifier is a whole word, joined by one space or a hyphen, and the noun after it is lower-case too:
    # "my medical history - Nurse Joy" describes no one)
    # ("the food truck repair guy Mateo": three such words, round 12)
    # (a modifier is never a determiner or a joining word: "my accountant or her assistant" is two people)
    r"(?:(?:the|a|an|my|our|his|her|their|your)\s+(?:(?:(?!(?:or|and|nor|the|a|an|my|our|his|her|their|your|with|"
    r"to|for|of|from)[ \t-])(?-i:[a-z]+)(?:-|[ \t])){1,3}?(?=(?-i:[a-z])))?)?"
    r"(?:(?:dear|good|old|best|new|little|big|younger|older|baby|kid|first|senior|junior|lead|former)\s+)?"
    r"(?:friend|cousin|brother|sister|colleague|lawyer|attorney|cto|ceo|cfo|coo|advisor|adviser|founder|co-?founder|"
    r"employee|designer|contractor|freelancer|seller|buyer|developer|engineer|investor|partner|wife|husband|"
    r"mom|dad|mother|father|son|daughter|boss|client|customer|landlord|tenant|neighbou?r|roommate|teammate|"
    r"vendor|supplier|translator|tutor|teacher|coach|agent|broker|notary|dentist|doctor|physician|accountant|"
    r"professor|lecturer|supervisor|headteacher|headmaster|principal|pastor|priest|"
    r"nurse|therapist|auditor|trainer|assistant|secretary|manager|plumber|electrician|photographer|artist|"
    r"web\s+designer|cto|cmo|advisor|mentor|intern|(?-i:devs?)|programmer|coder|co-?host|host|bandmate|flatmate|housemate|girlfriend|"
    r"boyfriend|fianc[eé]e?|therapist|editor|producer|officer|builder|carpenter|painter|mechanic|cleaner|"
    r"consultant|physiotherapist|physio|researcher|employee|staff|(?:head|director|vp|lead|chief)\s+of\s+[a-z]+|"
    r"(?:(?:shop|store|site|property|building|house|car|bike|restaurant|studio|gym|business)\s+)?owner|"
    r"shopkeeper|landlady|"
    r"(?:marketing|team|tech|engineering|product|design|sales|project|dev|ops|community|finance)\s+(?:team\s+)?"
    r"(?:lead|head|manager|director)|"
    r"guy|girl|uncle|aunt|nephew|niece|grandma|grandpa|buddy|pal|mate|co-?worker|workmate|classmate|"
    r"(?:brother|sister|mother|father|son|daughter)-in-law|godson|goddaughter|stepson|stepdaughter|grandson|granddaughter|grandchild|grandkid|"
    r"stepbrother|stepsister|business\s+partner|old\s+friend|schoolfriend|bestie|bff|"
    # "my kid Leo", "our child Mira", "a gentleman named Mr. Lindqvist", "a lady called Rosa"
    r"kid|kiddo|child|youngest|eldest|toddler|teenager|gentleman|lady|man|woman|fellow|chap|bloke|person|"
    # round 12: a band's, a crew's or a team's people ("our drummer Liam", "new hire Oluwaseun", "team member Björn")
    r"drummer|bassist|guitarist|singer|vocalist|keyboardist|pianist|violinist|musician|dancer|"
    r"(?:team|crew|staff|band|club|board|family)\s+member|member|hire|recruit|captain|player|"
    # round 12: wedding, haulage, lab and guild people ("the venue Villa Rosmarino", "carrier Rajesh Transport",
    # "the florist Ana Beatriz Costa", "dispatcher Meera Iyer", "postdoc Wei Zhang", "raid leader Brakka")
    # (lower case only: "Baker Tilly", "Mr. Carrier" are names)
    r"(?-i:venue|(?:wedding\s+)?planner|florist|caterer|baker|decorator|officiant|carrier|dispatcher|shipper|consignee|"
    r"(?:co-?|owner-?)?driver|trucker|haulier|hauler|postdoc|lab\s+manager|raid\s+lead(?:er)?|guild\s+(?:leader|master)|"
    r"field\s+officer))s?"
    r"\b(?!-\w)"
    # "employee #7, Sofía Herrera", "contractor no. 12 (Ravi)": a number that says which one
    r"(?:\s*(?:#|no\.\s*|number\s+)\d{1,6})?"
    r"(?:\s+(?:named|called))?\s*[,:(（]?\s*",
    re.IGNORECASE,
)
_ZH_DESCRIBE = re.compile(
    # "我家保姆王阿姨": the user's household, then who the person is
    # (round 12: with a dictation blank after it, "给 公司 同事 王建国")
    r"(?:(?:我的?|我家的?|我们的?|我们家的?|公司的?|我们公司的?|咱们的?|咱家的?)[ \t]?)?"
    # "银行朋友老黄", "大学同学小林": where the friend or colleague is from, then the relation
    r"(?:[\u4e00-\u9fff]{1,3}?(?=[ \t]?(?:朋友|同事|同学|邻居|老乡|校友|战友))[ \t]?)?"
    # "找我哥阿伟借": a one-character relation right after 我, before a name
    # "技术合伙人张小龙", "运营老黄": the department before the job is part of the description
    # "早期员工周敏", "新来的运营小唐", "刚入职的设计师小林": when the person joined is part of the description
    r"(?:(?:早期|初期|元老级?|新来的|新入职的?|刚入职的?|刚来的|新招的?)\s*)?"
    r"(?:核心|资深|高级|兼职|全职|新)?(?:技术|运营|产品|市场|财务|销售|法务|人事|行政|首席|研发|业务|团队|项目|"
    # "后端工程师阿豪", "前端开发小米": the specialty before the job
    r"后端|前端|全栈|测试|数据|算法|安全|美术|视觉|品牌|增长|社区|内容|风控|合规|客服)?"
    # "我哥们儿阿坤", "闺蜜小雪", "发小阿强": close friends
    r"(?:(?:铁|好)?哥们儿?|姐们儿?|老铁|闺蜜|兄弟|发小|死党|网友|"
    r"(?<=我)(?:哥|姐|弟|妹)(?!们)(?=[老小阿大]|[\u4e00-\u9fff]{2})|朋友|好友|同事|老板娘|老板|技术总监|总监|顾问|运营|女儿|儿子|合作伙伴|伙伴|员工|设计师|卖家|买家|卖方|买方|装修队|装修公司|联合创始人|创始人|合伙人|"
    r"财务|会计|律师朋友|表哥|表弟|表姐|表妹|堂哥|堂弟|堂姐|堂妹|哥哥|弟弟|姐姐|妹妹|同学|室友|房东|租客|客户|供应商|承包商|隔壁|邻居家的?|"
    r"老婆|老公|妻子|丈夫|爱人|女朋友|男朋友|搬家师傅|师傅|技术负责人|负责人|"
    r"工程师|开发者|程序员|翻译|老师朋友|邻居|亲戚|外包|摄影师|施工方|装修师傅|律师|会计师|产品经理|"
    r"项目经理|员工|设计|主管|导师|助理|秘书|合作方|乙方|甲方|家教|保姆|司机|教练|导游|主播|营养师|监理(?:方|单位|工程师)?|核心成员|"
    r"成员|员工|老员工|新员工|实习生|实习|雇员|职员|同仁|工程师|开发|CTO|CEO|CFO|COO|CMO|CPO|PM|HR|"
    # an English job word inside a Chinese sentence: "帮 intern 阿飞", "给 designer 小美"
    r"(?:intern|designer|developer|dev|engineer|advisor|adviser|contractor|freelancer|founder|cofounder)(?![a-z])|天使投资人|投资人|投资方|股东|董事|"
    r"小舅子|小姨子|大舅子|小叔子|大伯子|妹夫|姐夫|嫂子|弟媳|连襟|妯娌|"
    # "卖给一个叫阿斌的", "一位叫做周敏的网友": someone introduced by the name they go by
    r"(?:一个|一位|一名|个|位)(?:网友|朋友|人|小伙子?|姑娘|大哥|大姐|买家|卖家|师傅)?叫(?:做)?(?=\s*[老小阿\u4e00-\u9fffA-Z])|"
    # "给研发小唐", "运营阿May": a department alone before a titled name says who the person is
    r"(?:技术|运营|产品|市场|销售|研发|测试|客服|行政|人事|财务|法务|设计|商务|采购)(?=[老小阿][\u4e00-\u9fffA-Z])|"
    r"(?:法务|人事|行政)(?!部|处|科|组|团队|中心)|小伙伴|朋友的朋友|客服|搭档|专员|店长|店员|前台|中介|创业伙伴|创业合伙人|事业伙伴|生意伙伴|生意合伙人|"
    # the sides of a procurement or works contract: "监理方刘工", "供应方 宁波…有限公司", "委托方王总"
    r"监理方|监理单位|采购方|采购人|供应方|供货方|委托方|受托方|承接方|发包方|承包方|服务方|建设方|中标方|中标人|"
    # round 12: who leads or plays in a team or a band ("给组长令狐冲", "队长端木霖", "鼓手大军", "经纪人郑秀文")
    r"(?:副|总)?(?:组长|队长|班长|社长|会长|部长|店长|厂长|村长|站长|馆长|主任|院长|校长)|董事长|总经理|"
    r"主唱|鼓手|吉他手|贝斯手|键盘手|乐手|经纪人|经理人|助教|队员|队友|组员|"
    # round 12: dispatch and wedding roles ("给 调度许家豪", "摄影师阿Paul", "新娘阿詩")
    r"(?:车队)?调度(?:员)?|押运员|装卸工|收货人|发货人|新郎|新娘|伴娘|伴郎|录影师|摄像师|化妆师|司仪|策划师|婚策|"
    # "授权 保险 代理 宋佳": an agent, with what the agent sells before it (round 12: read 保险代理宋佳)
    r"(?:(?:保险|房产|地产|房屋|销售|保险公司)[ \t]?)?(?:代理人|代理|业务员|销售代表|客户经理))"
    r"(?:的)?\s*[，,:：(（]?\s*"
)

_ZH_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
#: two-character surnames ("淳于律师", "端木蓉", "东方晓", "申屠建国", "欧阳娜娜"): the name runs two characters
#: longer than its surname, never cut after its first character (round 10)
_ZH_COMPOUND_SURNAMES = frozenset(
    _pair
    for _row in (
        "欧阳司马上官诸葛东方端木淳于申屠慕容令狐皇甫公孙尉迟长孙宇文司徒夏侯轩辕独孤南宫西门百里",
        "呼延万俟闻人赫连澹台公冶宗政濮阳太叔仲孙钟离宰父谷梁拓跋梁丘左丘东郭段干司空第五",
        # round 10b: the same in Traditional characters ("給歐陽琳做歸屬" read no beneficiary)
        "歐陽司馬諸葛東方慕容令狐公孫尉遲長孫軒轅獨孤南宮西門聞人赫連澹臺濮陽鍾離穀梁東郭司空",
    )
    for _pair in (_row[i : i + 2] for i in range(0, len(_row), 2))
)
#: "阿卜杜拉·哈桑", "穆罕默德·阿里": a name written in Chinese characters joined by a middle dot is one name
_ZH_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·・•‧][\u4e00-\u9fff]{1,8})+")
#: the Chinese spelling of "Abd-" (阿卜杜拉, 阿卜杜勒): a transliterated Arabic name, never 阿 + one character
_ZH_ABD = re.compile(r"阿卜杜[拉勒](?:[·・•‧]?(?:哈桑|阿齐兹|拉赫曼|卡里姆|马利克|萨拉姆|阿里))?")
_ZH_TITLE_AFTER = (
    # 大律师 first: a Hong Kong barrister ("钟离大律师"), whose 大 is no given name
    r"(?:大律师|师傅|律师|老师|总|经理|医生|先生|女士|教授|博士|主任|院长|校长|教练|大夫|阿姨|叔叔|大哥|大姐|哥|姐|"
    # "监理方刘工", "张工": an engineer called by surname and 工 (never 工作, 工人, 工厂, 工资, 工程, 工期 ...)
    r"工(?![作人厂资程业具期艺序地钱时位种友会商]))"
)
#: Korean and Japanese surnames that Japanese and Korean expats write in Chinese with a title ("朴先生", "山本先生",
#: "田中老师"): read only before a title, since most of them are also everyday characters or words
_JA_KO_SURNAME = re.compile(
    r"(?:[朴申权權裴禹闵閔车車]|山本|田中|佐藤|铃木|鈴木|高桥|高橋|渡边|渡辺|渡邊|伊藤|中村|加藤|吉田|山田|山口|松本|井上|"
    r"木村|斋藤|斎藤|齋藤|清水|山崎|池田|桥本|橋本|石川|前田|藤田|冈田|岡田|后藤|後藤|村上|近藤|石井|坂本|青木|藤井|西村|"
    r"福田|太田|三浦|藤原|冈本|岡本|松田|中川|中野|原田|小野|田村|竹内|金子|和田|中山|石田|上田|森田|酒井|工藤|宫本|宮本|"
    r"内田|安藤|武田|上野|杉山|野村|木下|佐野|大西|新井|水野|铃村|菅原|市川|长谷川|長谷川|佐佐木|佐々木)"
    rf"{_ZH_TITLE_AFTER}"
)
_ZH_TITLED = re.compile(
    # "发小阿凯": 小 ends the word before the name (发小, a childhood friend); the name is 阿凯, never "小阿"
    rf"(?:[老小阿](?![老小阿][\u4e00-\u9fff])[\u4e00-\u9fff](?!{_ZH_TITLE_AFTER}))"
    rf"|(?:大[{''.join(sorted(_ZH_SURNAMES))}])"
    # a Chinese prefix on a Latin name, one name in two scripts: "阿Ken", "小Bob", "老K"
    r"|(?:[老小阿][A-Z][A-Za-z]{0,15})"
    rf"|(?:[\u4e00-\u9fff]{{1,2}}?{_ZH_TITLE_AFTER})"
)
#: words whose second character is 老 / 小, so what follows is no titled name ("养老钱", "从小", "最小值")
_ZH_WORD_NOT_TITLE = frozenset(
    {
        "养老",
        "古老",
        "苍老",
        "衰老",
        "敬老",
        "尊老",
        "大小",
        "从小",
        "最小",
        "缩小",
        "很小",
        "变小",
        "较小",
        "极小",
        "太小",
        "减小",
        "细小",
        "弱小",
        "矮小",
        "短小",
        "微小",
    }
)
#: characters that end a Chinese name (particles and verbs that follow a name in requests)
#: 占/佔 (round 10b, for the splitter: "李文佔30%" is 李文 with a share, never a name 李文佔)
#: 嗯/啊/呃/哦 (round 11): speech fillers, never in a name ("卖家张伟 嗯 七天" despaced is "张伟嗯七天")
_ZH_STOP = set("的借还担做当作来给向和与跟及、，,。；;：:是为在把被让说要付收由同意签请帮找归锁释占佔嗯啊呃哦")
_NOT_NAME_ZH = {
    "我们",
    "你们",
    "他们",
    "对方",
    "别人",
    "大家",
    "一个",
    "合约",
    "钱包",
    "账户",
    "公司",
    "团队",
    "项目",
    "老婆",
    "老公",
    "老板",
    "老师",
    "老家",
    "老人",
    "老友",
    "小孩",
    "小姐",
    "小额",
    "小时",
    "小组",
    "小区",
    "小程序",
    "小店",
    "小号",
    "小费",
    "老客户",
    "阿姨",
    # words that start like a titled name: 老同学, 老同事, 老乡, 小伙伴, 小朋友, 老朋友
    "老同",
    "老乡",
    # family words that start like a titled name: 小舅子, 小姨子, 大舅, 老舅
    "小舅",
    "小姨",
    "小叔",
    "老舅",
    "老姨",
    "老叔",
    "老爸",
    "老妈",
    "老哥",
    "老弟",
    "老姐",
    "小伙",
    "小朋",
    "老朋",
}

#: Capitalised words that are not names (sentence starts, kinds, units, field labels).
_NOT_NAME_WORDS = (
    "the a an my our me us i you he she they it we this that each every any all who whom which what when where why "
    "how lend lent loan loans lender borrower borrow borrowed escrow vest vesting token tokens coin crowdfund "
    "crowdfunding raise multisig multi wallet create make new need want please pls hi hello hey set up put hold "
    "release pay payee payer arbiter arbitrator mediator beneficiary owner owners signer signers term rate interest "
    "payments payment monthly quarterly weekly yearly annual apr deadline refund name named called symbol ticker "
    "supply initial cap decimals mintable burnable pausable erc bep eth usdc usdt dai btc wbtc weth and or for to "
    "from with by at in on of as is are be was can could would should will shall do does did not no yes ok thanks "
    "thank sure just also then so if but january february march april may june july august september october "
    "november december monday tuesday wednesday thursday friday saturday sunday day days week weeks month months "
    "year years q1 q2 q3 q4 dao nft kyc usd gov fund treasury board team founder council club family seller buyer "
    "contractor freelancer designer lawyer friend "
    # words that say nobody holds a role ("arbiter: none", "payee: TBD")
    "none nobody noone nil null tbd tba yours "
)
#: a story's words that open a capitalised phrase ("Young Tomasz from number 14", "Forty years I've lived …",
#: "Since '86"): never the first word of a name; only as the first word, since "Neil Young" is a name (round 10)
_STORY_FIRST = frozenset(["young", "little", "forty", "fifty", "sixty", "seventy", "eighty", "since"])
#: the last word of a street or place: "Elm Street", "Ring Road" are where someone lives, never a party
_PLACE_WORD = re.compile(
    # (never "Lane" or "Close": "Lois Lane", "Glenn Close" are names; never "St.": "St. John")
    r"(?:^|\s)(?:Street|Road|Rd\.?|Avenue|Ave\.?|Crescent|Boulevard|Blvd\.?|Terrace)$"
)
_NOT_NAME_EN = frozenset(_NOT_NAME_WORDS.split())


@dataclass(frozen=True)
class NameMatch:
    """A person or organisation (or ``ME``, the user) with its span in the text."""

    name: str
    start: int
    end: int
    text: str


#: the verbs of an order that start a clause ("Give Alice 30%"); a name starts after them
_CLAUSE_VERB = re.compile(r"(?:Give|Pay|Send|Transfer)\s+(?=[A-Z])")


def _cuts_title(text: str, pos: int) -> bool:
    """Whether a name read from ``pos`` would leave part of its title behind ("Tan Sri |Abdul", "Dato' |Lim"): the
    name is then read from the title, never from inside it."""
    head = text[max(0, pos - 12) : pos]
    m = _TITLE_CUT.search(head)
    if m is None:
        return False
    if re.match(r"(?:Dato|Datuk|Datin)['’]|Ma['’]", m.group(0)):
        return True  # "Dato' Lim": whatever follows the apostrophe title belongs to it
    return bool(_TITLE_CUT_WORD.match(text, pos)) or re.match(r"(?:Datuk|Dato|Datin)\s", m.group(0)) is not None


#: an organisation's short name in capitals right after its name ("Fraunhofer IIS", "Tata AIG"): 2-5 capitals
_ACRONYM_AFTER = re.compile(r"[ \t]+([A-Z]{2,5})(?![\w'’/&.-])(?![ \t]*[\d０-９])")


#: capitals after a person's name that say what the person does, never part of the name ("Priya CTO")
_JOB_ACRONYM_WORDS = "CEO CTO CFO COO CMO CIO CPO VP MD HR PM QA IT PR RN DDS CPA EUR GBP JPY CNY RMB SGD"
_JOB_ACRONYMS = frozenset(_JOB_ACRONYM_WORDS.split())


def _with_acronym(text: str, start: int, raw: str) -> str:
    """``raw`` with the capitals that follow it when they are part of an organisation's name ("Tata AIG" was read
    as "Tata", silently). Never a ticker: not a known token, never written after a number anywhere in the text
    ("500 AIG"), never followed by a number, and never after a personal title ("Dr. Lee MD" stays "Dr. Lee")."""
    from ledgerlm.language.tokens import known_sym

    m = _ACRONYM_AFTER.match(text, start + len(raw))
    if m is None or raw.isupper() or re.match(_TITLE + r"\s", raw):
        return raw
    word = m.group(1)
    if known_sym(word) or word.lower() in _NOT_NAME_EN or word in _JOB_ACRONYMS:
        return raw
    if re.search(r"[\d一二两三四五六七八九十百千万亿kKmM]\s*" + word + r"(?![A-Za-z])", text):
        return raw  # "3万 SEED": the word is the amount's token, so never part of a name
    return text[start : m.end()]


#: a coach's job written as a title before a full name ("Coach Maria Fernanda Lopes"): what the person does, so the
#: name is the words after it; before one word ("Coach Ray") it is how the person is called and stays, as "陈律师"
#: does (round 12: "Coach Tomasz Kowalski" kept the job as part of the name). Only Coach: the sets label "Nurse Ama
#: Owusu" and "Judge Ellen Park" with the title kept
_JOB_TITLE_BEFORE_FULL_NAME = re.compile(r"Coach\s+(?=\S+\s+\S)")


def _latin_at(text: str, pos: int, *, lower: bool = False) -> NameMatch | None:
    if pos > 0 and text[pos - 1] in "老小阿":
        return None  # "阿Ken": the name starts at its Chinese prefix (read by ``_zh_at``)
    if _cuts_title(text, pos):
        return None
    if _CLAUSE_VERB.match(text, pos) and re.search(r"(?:^|[.;:!?\n,，。；：]\s*|^\s*[-*•]\s*)$", text[:pos]):
        return None  # "Give Alice 30%", "Send Maria 2 ETH": an order's verb starts the clause, never a name
    m = _LATIN.match(text, pos)
    if m:
        raw = m.group(0)
        if re.match(r"I['’](?:ll|m|d|ve)\b", text[m.start() :]):
            return None  # "I'll", "I'm": the user speaking, not a name
        if re.match(r"(?i:he|she|they|we|you|it)['’](?:ll|d|s|re|ve)\b", text[m.start() :]):
            return None  # "She'll lend me", "They're": a pronoun with its verb, never a name
        first = re.split(r"[\s.&]", raw, maxsplit=1)[0]
        if first.lower() in _NOT_NAME_EN and not re.match(_TITLE, raw) and "&" not in raw:
            return None
        if first.lower() in _STORY_FIRST:
            return None  # "Young Tomasz": the name is read from its own first word
        if raw.isupper() and len(raw) > 1 and not re.search(_ORG_SUFFIX + "$", raw):
            return None  # USDC, CTO, ERC: tickers and acronyms, not people
        if re.search(r"-(?:style|like|based|type|ish)$", raw, re.IGNORECASE):
            return None  # "a Gnosis-style safe": a kind of thing, not a party
        if re.search(r"['’]s$", raw):  # "Lily's surgery": the possessive is not part of the name
            org = re.match(r"[ \t]+" + _ORG_WORD, text[m.start() + len(raw) :])
            if org:  # "Hana's Bakery": a business named after its owner keeps the possessive
                end = m.start() + len(raw) + org.end()
                return NameMatch(text[m.start() : end], m.start(), end, text[m.start() : end])
            raw = raw[:-2]
        # a second capitalised word that is no common word is the same name: "Jane Roe", "Bolt Logistics"
        # "Dr. Anand Rao", "Ms. Haruka Sato": after a title the name goes on the same way
        core = re.sub(r"^" + _TITLE + r"\s+", "", raw) if re.match(_TITLE + r"\s", raw) else raw
        more = _SECOND_WORD.match(text, m.start() + len(raw))
        if (
            more
            and " " not in core
            and "&" not in raw
            and more.group(1).lower() not in _NOT_NAME_EN
            and not re.match(_TITLE + "$", raw)
        ):
            raw = text[m.start() : more.end()]
            third = _SECOND_WORD.match(text, m.start() + len(raw))
            # "Nguyen Van An.": a short capitalised word that ends the phrase is the name's last part
            if third and (
                third.group(1).lower() not in _NOT_NAME_EN
                or (len(third.group(1)) <= 3 and re.match(r"\s*(?:[.,;:，。；：]|$)", text[third.end() :]))
            ):
                raw = text[m.start() : third.end()]
        # "Dongsan Parts Co., Ltd.", "Acme Co., Inc.": a company word, a comma, then the legal form, as one name
        legal = re.match(r",\s*(?:Ltd|Inc|LLC|Limited|Corp|PLC|Pte\.?\s+Ltd)\.?(?![\w])", text[m.start() + len(raw) :])
        if legal is not None and re.search(r"\b(?:Co|Company|Corp)\.?$", raw):
            raw = text[m.start() : m.start() + len(raw) + legal.end()]
        raw = _with_acronym(text, m.start(), raw)
        if _PLACE_WORD.search(raw):
            return None  # "since '86 on Elm Street": a street, not a party
        job = _JOB_TITLE_BEFORE_FULL_NAME.match(raw)
        if job is not None:  # "Coach Maria Fernanda Lopes": the job, then the person's own full name
            start = m.start() + job.end()
            return NameMatch(raw[job.end() :], start, m.start() + len(raw), raw[job.end() :])
        # "Corp." keeps its dot; a sentence's full stop after a plain name does not belong to it
        return NameMatch(raw, m.start(), m.start() + len(raw), raw)
    m = _LOWER.match(text, pos) if lower else None
    if m and m.group(0) not in _NOT_NAME_EN and not re.match(r"\d", m.group(0)):
        return NameMatch(m.group(0), m.start(), m.end(), m.group(0))
    return None


_ZH_ORG = re.compile(
    r"(?![我你他她它本这那该贵])(?=[\u4e00-\u9fffA-Za-z0-9]*[\u4e00-\u9fff])[\u4e00-\u9fffA-Za-z0-9]{2,10}?(?:有限公司|公司|集团|工作室|装饰|科技|银行|事务所|律所|基金会|协会|"
    r"医院|诊所|学校|大学|商行|商店|餐厅|工厂|合作社|招生办|办公室|传媒|文化|资本|创投|证券|信托|控股|保险)"
    # "星链科技有限公司", "禾木文化传媒有限公司": a trade word, then the legal form, is one name
    # ("上海砚台文化传播有限公司" was cut to "上海砚台文化", then read from its third character: the trade words between
    # a first trade word and the legal form are part of the name)
    r"(?:(?:文化|传媒|科技|贸易|咨询|传播|网络|信息|技术|实业|发展|管理|服务|建设|工程|电子|商贸|物流|教育|设计|建筑|投资|"
    r"餐饮|食品|广告|艺术|影视|体育|健康|医疗|生物|能源|环保|金融|数据|软件|智能)*(?:股份有限公司|有限责任公司|有限公司|公司|集团))?"
)


#: a Japanese or Korean name with its honorific ("田中さん", "山田様", "김민수님", "박 씨"): the honorific is part of
#: the name as written, as a Chinese title is (round 11: these were no name at all, so the role was asked)
_HONORIFIC_NAME = re.compile(
    r"(?:[\u4e00-\u9fff\u30a0-\u30ff]{1,6}(?:さん|様|さま|くん|ちゃん|殿)|[\uac00-\ud7a3]{2,5}[ \t]?(?:님|씨))"
)
#: a Chinese name said with a space between surname and given name, as speech-to-text writes it ("王 小明"):
#: two characters after the surname, then the phrase ends
_ZH_SPACED_GIVEN = re.compile(r"[ \t]([\u4e00-\u9fff]{2})(?=[ \t\n，,。；;：:、)）(（]|$)")
#: what the two characters after a spaced surname never are: an amount ("王 五千", "李 一个"; a given name may
#: start with a numeral: "赵 一鸣") and place words ("李 那里")
_ZH_NUMERAL = set("一二两三四五六七八九十百千万亿半几")
_ZH_AMOUNT_END = set("十百千万亿个块位")
_ZH_PLACE_CHAR = set("那这里边")


def _honorific_at(text: str, pos: int) -> NameMatch | None:
    """ "給 佐藤さん 做个 vesting", "lend to 김민수님": a name with its honorific, never with a particle inside."""
    m = _HONORIFIC_NAME.match(text, pos)
    if m is None or any(c in _ZH_STOP for c in m.group(0)):
        return None
    return NameMatch(m.group(0), pos, m.end(), m.group(0))


_ZH_SPACED_TITLED = re.compile(r"[ \t]([\u4e00-\u9fff])(?=[ \t\n，,。；;：:、)）(（]|$)")


def _spaced_titled_at(text: str, pos: int) -> NameMatch | None:
    """ "小 芳 问 我 借": 老/小/阿 and one character with a space between them (speech-to-text), read as 小芳."""
    m = _ZH_SPACED_TITLED.match(text, pos + 1)
    if m is None:
        return None
    name = text[pos] + m.group(1)
    if m.group(1) in _ZH_STOP or m.group(1) in _ZH_NUMERAL or m.group(1) in _ZH_PLACE_CHAR or name in _NOT_NAME_ZH:
        return None
    if _ZH_TITLED.fullmatch(name) is None:
        return None
    return NameMatch(name, pos, m.end(), text[pos : m.end()])


def _spaced_zh_at(text: str, pos: int) -> NameMatch | None:
    """ "收款方：陈 大文", "从 李 小龙 那里 买": a surname standing alone, a space, then a two-character given name
    that ends the phrase, as speech-to-text writes Chinese; the name is read without the space (round 11: read as
    nothing, or as the phrase after it)."""
    if pos > 0 and not (text[pos - 1].isspace() or not text[pos - 1].isalnum()):
        return None
    if text[pos] in "老小阿":
        return _spaced_titled_at(text, pos)
    if text[pos : pos + 2] in _ZH_COMPOUND_SURNAMES:
        return _spaced_compound_at(text, pos)
    if text[pos] not in _ZH_SURNAMES:
        return None
    m = _ZH_SPACED_GIVEN.match(text, pos + 1)
    given = m.group(1) if m is not None else ""
    if m is None or any(c in _ZH_STOP or c in _ZH_PLACE_CHAR for c in given):
        return None
    if all(c in _ZH_NUMERAL for c in given) or (given[0] in _ZH_NUMERAL and given[1] in _ZH_AMOUNT_END):
        return None
    name = text[pos] + m.group(1)
    if name in _NOT_NAME_ZH:
        return None
    return NameMatch(name, pos, m.end(), text[pos : m.end()])


#: after a two-character surname and a blank: a one- or two-character given name, or a title ("上官 燕", "宇文 静",
#: "公孙 医生"), that ends the phrase
_ZH_SPACED_AFTER_COMPOUND = re.compile(r"[ \t]([\u4e00-\u9fff]{1,2})(?=[ \t\n，,。；;：:、)）(（]|$)")


def _spaced_compound_at(text: str, pos: int) -> NameMatch | None:
    """ "受益人 上官 燕", "给 宇文 静 设 归属", "授权 公孙 医生": a two-character surname, a blank, then the given name
    or a title, as speech-to-text writes it; read without the blank (round 12: read as the surname alone, or with the
    next word: "上官", "宇文静设"). A surname alone ("东方" is also "the East") stays no name."""
    m = _ZH_SPACED_AFTER_COMPOUND.match(text, pos + 2)
    if m is None:
        return None
    given = m.group(1)
    if any(c in _ZH_STOP or c in _ZH_PLACE_CHAR or c in _ZH_NUMERAL for c in given):
        return None
    if given in _ZH_VERB_AFTER_NAME and not re.fullmatch(_ZH_TITLE_AFTER, given):
        return None
    name = text[pos : pos + 2] + given
    return NameMatch(name, pos, m.end(), text[pos : m.end()])


#: one-character verbs that open the order after a name ("给宇文静设 归属", "给王静搞 vesting"): never a given name's
#: last character when a blank or a Latin word follows them
_ZH_VERB_CHAR = frozenset("设搞弄建办签")


def _verb_before_blank(text: str, pos: int) -> bool:
    """A one-character verb at ``pos`` with a blank or a Latin word right after it: dictated Chinese whose blanks
    were closed up to the verb ("给 同事 宇文 静 设 归属" is "给同事宇文静设 归属"; round 12: read 宇文静设)."""
    nxt = text[pos + 1 : pos + 2]
    return text[pos] in _ZH_VERB_CHAR and (nxt == "" or nxt in " \t" or nxt.isascii())


def _starts_amount(text: str, pos: int) -> bool:
    """Whether a Chinese amount, length or percent starts at ``pos`` ("两千", "三个月", "五万", "百分之十"): a numeral,
    then another numeral or a unit word."""
    if text.startswith(("百分之", "千分之", "万分之"), pos):
        return True  # "周杰百分之二十五": a percent written in words starts after the name (round 12: read 周杰百)
    nxt = text[pos + 1 : pos + 2]
    return text[pos] in _ZH_NUMERAL and nxt != "" and (nxt in _ZH_NUMERAL or nxt in _ZH_AMOUNT_END or nxt in "月年天周")


#: a contract's party letter ("甲方", "乙方", "丙方"): its 方 is no surname, so a name never starts there
_ZH_PARTY_LETTER = frozenset("甲乙丙丁戊己庚辛")


#: a party label and what may stand between it and the party: "甲方", "乙方：", "甲方（"
_ZH_PARTY_LABEL = re.compile(r"[甲乙丙丁戊己庚辛]方[ \t]*[:：(（]?[ \t]*")


def _party_letter_tail(text: str, pos: int) -> bool:
    """``pos`` is the 方 of a party label ("丙方冯律师", "甲方本人"): 方 is also a surname, so without this the name
    read there ran into the label ("方冯律师", "方本人": silently wrong, round 12)."""
    return text[pos] == "方" and pos > 0 and text[pos - 1] in _ZH_PARTY_LETTER


def _zh_at(text: str, pos: int) -> NameMatch | None:
    if pos >= len(text) or text[pos] in _ZH_STOP or _party_letter_tail(text, pos):
        return None
    for reader in (_honorific_at, _spaced_zh_at, _zh_special_at):
        special = reader(text, pos)
        if special is not None:
            return special
    org = _ZH_ORG.match(text, pos)
    if org and org.group(0) not in _NOT_NAME_ZH:
        # "摄影工作室 光影工作室": a kind of business, then its name: the name is the party
        named = re.match(r"[ \t]+", text[org.end() :])
        if named:
            nxt = _zh_at(text, org.end() + named.end()) or _zh_phrase(text, org.end() + named.end())
            if nxt is not None:
                return nxt
        return NameMatch(org.group(0), org.start(), org.end(), org.group(0))
    m = _ZH_TITLED.match(text, pos)
    if m and m.group(0) in _NOT_NAME_ZH:
        return None
    if m and (m.group(0)[0] in "老小阿大" or m.group(0)[0] in _ZH_SURNAMES or _JA_KO_SURNAME.match(m.group(0))):
        return NameMatch(m.group(0), m.start(), m.end(), m.group(0))
    if pos < len(text) and text[pos] in _ZH_SURNAMES:
        end = pos + 1
        while end < len(text) and end - pos < 3 and "\u4e00" <= text[end] <= "\u9fff" and text[end] not in _ZH_STOP:
            if end - pos >= 2 and text[end : end + 2] in _ZH_VERB_AFTER_NAME:
                break  # "周敏安排激励": the name is 周敏, 安排 (arrange) the verb after it
            if end - pos >= 2 and text[end] in "那这":
                break  # "从王叔那借", "老李这儿": a place word after the person, not a third character
            if end - pos >= 2 and _starts_amount(text, end):
                break  # "借给陈晓两千 USDC" (despaced "陈晓 两千"): the amount after the name, never part of it
            if end - pos >= 2 and _verb_before_blank(text, end):
                break
            end += 1
        if end - pos >= 2:
            title = _ZH_FULL_NAME_TITLE.match(text, end)
            if title is not None:
                end = title.end()  # "黃志明先生": a title written after a full name is kept with it, as "陈先生" is
            name = text[pos:end]
            if name not in _NOT_NAME_ZH:
                return NameMatch(name, pos, end, name)
    return None


#: titles written after a full (three-character) name: "李国强先生", "陈美华女士", "王建国律师" (the titled reader
#: only reaches two characters before a title, so these lost the title the user wrote, round 12); never 总 / 工 /
#: 哥 / 姐, which start other words after a name ("总共", "工作", "哥俩")
_ZH_FULL_NAME_TITLE = re.compile(r"(?:先生|女士|小姐|律师|大律师|老师|医生|教授|博士|主任|院长|校长|教练|大夫)")


def _zh_special_at(text: str, pos: int) -> NameMatch | None:
    """Chinese names the one-character-surname rules cut: a dotted transliteration ("阿卜杜拉·哈桑"), "阿卜杜拉",
    and a two-character surname with its given name or its title ("端木蓉", "淳于律师", "东方明律师")."""
    for rx in (_ZH_DOTTED, _ZH_ABD):
        m = rx.match(text, pos)
        if m is not None and not any(c in _ZH_STOP for c in m.group(0)):
            return NameMatch(m.group(0), pos, m.end(), m.group(0))
    if text[pos : pos + 2] not in _ZH_COMPOUND_SURNAMES:
        return None
    org = _ZH_ORG.match(text, pos)
    if org is not None:  # "东方律师事务所": a firm named after the surname is the firm
        return NameMatch(org.group(0), pos, org.end(), org.group(0))
    titled = re.compile(rf"[\u4e00-\u9fff]{{0,2}}?{_ZH_TITLE_AFTER}").match(text, pos + 2)
    if titled is not None and not any(c in _ZH_STOP for c in titled.group(0)):
        return NameMatch(text[pos : titled.end()], pos, titled.end(), text[pos : titled.end()])
    end = pos + 2
    while end < len(text) and end - pos < 4 and "\u4e00" <= text[end] <= "\u9fff" and text[end] not in _ZH_STOP:
        if text[end : end + 2] in _ZH_VERB_AFTER_NAME or (end - pos >= 3 and _verb_before_blank(text, end)):
            break
        end += 1
    if end - pos < 3:
        return None  # the surname alone ("东方" is also "the East"): no name
    return NameMatch(text[pos:end], pos, end, text[pos:end])


#: two-character verbs and words that often follow a two-character name ("给周敏安排", "王芳发放", "李雷开始")
_ZH_VERB_AFTER_NAME = frozenset(
    [
        "安排",
        "发放",
        "释放",
        "开始",
        "准备",
        "设置",
        "设立",
        "分配",
        "锁仓",
        "归属",
        "解锁",
        "申请",
        "提供",
        "支付",
        "转账",
        "打款",
        "出资",
        "担任",
        "负责",
        "作为",
        "借款",
        "还款",
        "收款",
        "付款",
        "同意",
        "确认",
        "签字",
        "决定",
        "仲裁",
        "托管",
        "众筹",
        "发行",
        "奖励",
        "激励",
        "期权",
        "分期",
        "每月",
        "每年",
        "一起",
        "一共",
        "总共",
        "以后",
        "之后",
        "今天",
        "明天",
        "现在",
        "马上",
        "先生",
        "女士",
        # "剩下由张伟和李娜平分" (despaced): the equal split after the last name, never its third character
        "平分",
        "均分",
        "平摊",
        "各半",
    ]
)


def _title_len(name: str) -> int:
    m = re.search(_ZH_TITLE_AFTER + "$", name)
    return len(m.group(0)) if m else 0


def _me_at(text: str, pos: int) -> NameMatch | None:
    m = _ME_EN.match(text, pos)
    if m and (pos == 0 or not text[pos - 1].isalnum()) and (m.group(0) != "I" or True):
        if m.group(0).lower() == "us":
            return None
        if m.group(0) == "i" and pos + 1 < len(text) and text[pos + 1].isalpha():
            return None
        return NameMatch(ME, m.start(), m.end(), m.group(0))
    m = _ME_ZH.match(text, pos)
    if m and not (m.group(0) == "我" and _MY_KIN.match(text, m.end())):
        return NameMatch(ME, m.start(), m.end(), m.group(0))
    return None


#: "我弟", "我妈", "我哥": the user's relative written without a name (never the user; asked, not guessed)
#: ... "向我舅借", "我姨", "我表哥": every family word, so the relative is never read as the user
_MY_KIN = re.compile(
    r"(?:哥|姐|弟|妹|妈|爸|儿子|女儿|老婆|老公|媳妇|舅|姨|叔|婶|伯|姑|爷|奶|姥|岳|侄|甥|孙|表|堂|嫂|亲戚)(?!们)"
)


def read_name(text: str, pos: int, *, allow_me: bool = True, lower: bool = False) -> NameMatch | None:
    """The party named at ``pos`` (after skipping blanks, quotes and words that describe the person).
    ``lower`` also accepts a lower-case word ("arbiter: bob"); only an explicit role cue may ask for that."""
    n = len(text)
    while pos < n and text[pos] in " \t*":  # "**Buyer:** Sunita Rao": markdown's bold marks, not the name
        pos += 1
    quoted = _QUOTED_NAME.match(text, pos)
    if quoted is not None and not _ADDR.match(text, quoted.start(1)):
        # "网友“星星”", "a seller called 'mossy'": a nickname in quotes is the name as written, whatever its script
        inner = quoted.group(1).strip()
        plain = (
            inner
            and inner.lower() not in _NOT_NAME_EN
            and inner not in _NOT_NAME_ZH
            and not _ZH_NOBODY.match(inner)
            and not any(rx.fullmatch(inner) for rx in (_EN_DESCRIBE, _ZH_DESCRIBE))  # “卖家”, 'the seller'
        )
        if plain:
            return NameMatch(inner, quoted.start(1), quoted.start(1) + len(inner), inner)
    while pos < n and text[pos] in " \t'\"“”‘’「」(（":
        pos += 1
    if text.startswith("@", pos) and pos + 1 < n and text[pos + 1].isupper():
        pos += 1  # "lend 250 DAI to @Thandiwe Nkosi": a chat mention of the display name; the "@" is no part of it
    m = _ADDR.match(text, pos)
    if m:
        return NameMatch(m.group(0), m.start(), m.end(), m.group(0))
    if allow_me:
        me = _me_at(text, pos)
        if me is not None:
            # "我朋友 小李", "my friend Alex": the user's relation, not the user
            after = pos + len(me.text)
            rest = read_name(text, after, allow_me=False) if _describes(text, pos) else None
            if rest is not None:
                return rest
            if not _describes(text, pos):
                return me
    mine = _MY_ZH_KIN.match(text, pos) if allow_me else None
    if mine is not None:
        # "借给我舅舅", "向我表姐借": the user's relative, named by the family word or the name after it
        kin_hit = read_name(text, mine.end(), allow_me=False)
        if kin_hit is not None and kin_hit.start == mine.end():
            return kin_hit
    kin = _KIN_AS_NAME.match(text, pos) or _ZH_KIN.match(text, pos)
    if kin is not None and kin.re is _ZH_KIN:
        named = _ZH_NAME_AFTER_KIN.match(text, kin.end())
        if named is not None and not any(c in _ZH_STOP for c in named.group(1)):
            # "借给表哥大军三四万": a plain two-character name right after the family word is the person
            return NameMatch(named.group(1), named.start(1), named.end(1), named.group(1))
    if kin is not None and kin.re is _ZH_KIN:
        twin = _ZH_TWIN.match(text, kin.end())
        if twin is not None:  # "给女儿囡囡", "儿子豆豆": a doubled character is a child's pet name, the person
            return NameMatch(twin.group(0), twin.start(), twin.end(), twin.group(0))
        if (
            re.match(r"[\u4e00-\u9fff]", text[kin.end() : kin.end() + 1])
            and text[kin.end()] not in _ZH_STOP
            and text[kin.end()] not in _ZH_AFTER_KIN_OK
            and read_name(text, kin.end(), allow_me=False) is None
        ):
            return None  # "女儿囡囡做…": words right after the family word may be a name the rules cannot read: asked
    if kin is not None and (
        not re.match(r"\s*[A-Z\u4e00-\u9fff]", text[kin.end() :])
        or re.match(r"\s*[和及与跟或]", text[kin.end() :])
        # "向表姐借", "表哥的": no name follows the family word, so it names the person ("表哥小李" does not)
        or (kin.re is _ZH_KIN and read_name(text, kin.end(), allow_me=False) is None)
    ):
        return NameMatch(kin.group(0), pos, kin.end(), kin.group(0))  # "Mom, Dad and me", "爸爸、妈妈和我"
    org = _ZH_ORG.match(text, pos)
    gap = re.match(r"[ \t]+", text[org.end() :]) if org else None
    if org and gap:  # "设计工作室 墨白", "摄影工作室 光影": a kind of business, then its name
        nxt = _zh_at(text, org.end() + gap.end()) or _zh_phrase(text, org.end() + gap.end())
        if nxt is not None:
            return nxt
    kind_word = _ZH_ORG_WORD.match(text, pos)
    if kind_word is not None:  # "给基金会 Aster Foundation": what the party is, then its own name
        inner = read_name(text, kind_word.end(), allow_me=False)
        if inner is not None and inner.start == kind_word.end():
            return inner
    label = _ZH_PARTY_LABEL.match(text, pos)
    if label is not None:
        user = _me_at(text, label.end()) if allow_me else None
        if user is not None:
            return user  # "甲方我百分之六十", "甲方（本人）": the label, then the user (round 12: read 我百分之六十)
        labelled = read_name(text, label.end(), allow_me=allow_me) if label.end() > pos else None
        if labelled is not None and labelled.start == label.end():
            return labelled  # "仲裁 丙方赵律师": the label, then the party's name (round 12: read 丙方赵律师)
    for rx in (_EN_DESCRIBE, _ZH_DESCRIBE):
        d = rx.match(text, pos)
        if rx is _EN_DESCRIBE and re.match(_TITLE + r"\s+[A-Z]", text[pos:]):
            break  # "Coach Ray", "Nurse Joy": a capitalised title belongs to the name
        if d and d.end() > pos:
            user = _me_at(text, d.end()) if rx is _ZH_DESCRIBE else None
            if user is not None:  # "鼓手 本人 20%": the role, then the user's own word: the user, never a name
                return user if allow_me else None
            inner = read_name(text, d.end(), allow_me=False)
            if inner is not None:
                return inner
            if rx is _EN_DESCRIBE:
                handle = _HANDLE.match(text, d.end())
                if handle is not None:  # "a guy on a forum (handle shutterbug_77)": the name in brackets
                    return NameMatch(handle.group(1), handle.start(1), handle.end(1), handle.group(1))
                low = _latin_at(text, d.end(), lower=True)
                if low is not None and _LOWER_NAME_END.match(text, low.end):
                    return low  # "off my flatmate jules, 12% a yr": a lower-case name right after who the person is
            described = text[pos : d.end()].strip(" ,:：(（")
            if rx is _EN_DESCRIBE and _KIN_AS_NAME.fullmatch(described):
                return NameMatch(described, pos, pos + len(described), described)  # "Mom, Dad and me"
            if rx is _ZH_DESCRIBE and described:
                inner = _zh_phrase(text, d.end())  # "供应商华强电子，": the phrase after the description
                if inner is not None:
                    return inner
            if rx is _EN_DESCRIBE or described:
                return None  # "my brother", "卖家": someone, but not named
    of = _ZH_OF.match(text, pos)
    if of is not None:
        inner = read_name(text, of.end(), allow_me=False)
        if inner is not None and _ZH_TITLED.match(text, inner.start):
            return inner  # "物业的赵经理", "隔壁公司的王总": where the person is from, then the person
    return _latin_at(text, pos, lower=lower) or _zh_at(text, pos)


#: a bare word for a kind of organisation, then the organisation's own name ("基金会 Aster Foundation")
_ZH_ORG_WORD = re.compile(
    r"(?:基金会|公司|机构|组织|协会|工作室|律所|律师事务所|事务所|银行|平台|学校|医院|商家)[ \t]*(?=[A-Z])"
)

#: a nickname in quotes: "“星星”", "「阿木」", "'mossy'" (no sentence inside: at most 16 characters, no punctuation)
_QUOTED_NAME = re.compile(r"[“\"「『‘']([^”\"」』’'\n，,。；;:：!?！？]{1,16})[”\"」』’']")
#: after someone described, their handle in brackets: "a guy on a forum (handle shutterbug_77)", "(@lena_k)"
_HANDLE = re.compile(
    r"[^,.;()（）]{0,30}?[(（]\s*(?:(?:handle|username|user\s*name|user|u|nick(?:name)?|aka|a\.k\.a\.|called|named|id)\s*[:：/]?\s*)?"
    r"@?([A-Za-z0-9][A-Za-z0-9_.\-]{1,29})\s*[)）]",
    re.IGNORECASE,
)

#: "物业的", "律所的": an organisation or place before 的, then the person
_ZH_OF = re.compile(r"([\u4e00-\u9fff]{1,5}?)的")

#: what may follow a lower-case name after a description: the phrase ends there ("my flatmate jules, …")
_LOWER_NAME_END = re.compile(r"\s*(?:[,;:.!?)（(，。；]|$|\s(?:for|at|and|who|with|to|on|in|by|until|till)\b)")

#: a family word written as a name (capitalised, no "my"/"the"): "borrowing from Dad", "Mom, Dad and me"
_KIN_AS_NAME = re.compile(r"(?:Mom|Mum|Dad|Mama|Papa|Grandma|Grandpa|Granny|Nana)(?![\w'’])")
#: family members named by the family word alone, in a list of parties ("爸爸、妈妈和我", "爷爷、叔叔")
#: ... and wherever no name follows: "借给表哥", "向表姐借", "老妈要借我" name one person by the family word alone
_ZH_KIN = re.compile(
    r"(?:爸爸|妈妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|叔叔|伯伯|舅舅|姑姑|哥哥|姐姐|弟弟|妹妹|老爸|老妈|"
    r"[表堂](?:哥|姐|弟|妹)|女儿|儿子|岳父|岳母|公公|婆婆|侄子|侄女|外甥女?|孙子|孙女|干爹|干妈)"
)


#: a doubled character (囡囡, 豆豆, 乐乐), the usual shape of a child's pet name; never a doubled number or measure
_ZH_TWIN = re.compile(
    # never a doubled adverb ("慢慢释放", "好好", "渐渐") or family word ("妈妈", "哥哥")
    r"(?![一二两三四五六七八九十百千万个天月年块慢好常渐刚人多早悄偷每往稍久快爸妈哥姐弟妹爷奶叔伯舅姑婆公谢])"
    r"([\u4e00-\u9fff])\1"
)
#: what may follow a family word that names the person alone ("借给表哥一万", "女儿上大学", "向表姐借")
_ZH_AFTER_KIN_OK = set(
    "一二两三四五六七八九十几半百千万亿上读开买想要打准也都就刚今明这那每做设锁存放转发留办弄搞安慢先再还分"
)

#: "我舅舅", "我的表姐": the user, then a family word that names the person
_MY_ZH_KIN = re.compile(r"我(?:的|家的?)?(?=" + _ZH_KIN.pattern + ")")

#: two characters after a family word that are no number and are followed by an amount or the end of the phrase
_ZH_NAME_AFTER_KIN = re.compile(
    r"(?![一二两三四五六七八九十几半百千万亿])([\u4e00-\u9fff]{2})"
    # "表哥建军（就住我家楼下）": a remark in brackets after the name
    r"(?=\s*(?:[\d一二两三四五六七八九十几半百千万]|[，,。；;：:、)）(（\s]|$))"
)

#: a Chinese phrase that stands where a name goes but says nobody is chosen yet ("待定", "谁都行")
_ZH_NOBODY = re.compile(r".*(?:谁|待定|未定|没定|不定|不知道|再说|另说|以后|之后|无|没有|不要|不用|随便|都行)")


def _zh_phrase(text: str, pos: int) -> NameMatch | None:
    """ "仲裁人是平台客服", "卖方：星光家具", "供应商华强电子，": a whole Chinese phrase of 2-8 characters that
    a role cue (or a description) names, up to the next punctuation; never a phrase that says "nobody yet"."""
    while pos < len(text) and text[pos] in " \t'\"“”‘’「」(（":
        pos += 1
    m = re.compile(r"[\u4e00-\u9fff]{2,8}(?=[。，,；;：:！!？?)）\s]|$)").match(text, pos)
    if not m or _ZH_NOBODY.match(m.group(0)) or m.group(0) in _NOT_NAME_ZH or _ME_ZH.fullmatch(m.group(0)):
        return None
    if any(c in _ZH_STOP for c in m.group(0)) or "分之" in m.group(0):
        return None  # "我百分之六十": a share written in words is no one's name
    return NameMatch(m.group(0), m.start(), m.end(), m.group(0))


def _describes(text: str, pos: int) -> bool:
    for rx in (_EN_DESCRIBE, _ZH_DESCRIBE):
        d = rx.match(text, pos)
        if d and d.end() > pos and text[pos : d.end()].strip().lower() not in ("", "me", "i", "我"):
            body = text[pos : d.end()].strip(" ,:：(（")
            if re.search(r"[a-z]{3,}|[\u4e00-\u9fff]{2,}", body, re.IGNORECASE):
                return True
    return False


def described_before(text: str, start: int) -> bool:
    """Words right before ``start`` say who a person is ("my brother-in-law Kwabena", "我同事老鲍", "网友阿杰"): the
    name after them is certainly a person (a capitalised place or brand never is introduced that way)."""
    for q in range(max(0, start - 40), start):
        if q > 0 and text[q - 1].isascii() and text[q - 1].isalnum():
            continue
        for rx in (_EN_DESCRIBE, _ZH_DESCRIBE):
            d = rx.match(text, q)
            if d is not None and d.end() == start and text[q:start].strip(" ,:：(（"):
                return True
    return False


def pronoun_referent(text: str, people: list[NameMatch]) -> NameMatch | None:
    """The one person a pronoun ("him", "he", "他") refers to: the only name among ``people``, or else the only one
    introduced as a person ("my brother-in-law Kwabena runs a thing in Accra … I'll lend him"); none or several:
    ``None`` (asked, never guessed)."""
    distinct = {n.name: n for n in people if n.name != ME}
    if len(distinct) == 1:
        return next(iter(distinct.values()))
    described = {name: n for name, n in distinct.items() if described_before(text, n.start)}
    if len(described) == 1:
        return next(iter(described.values()))
    return None


def fuller_name(name: str, names: list[NameMatch]) -> NameMatch | None:
    """The one full name that a first name stands for ("a plumber, Tariq Aziz. I'll pay Tariq 600 USDC": Tariq is
    Tariq Aziz); ``None`` when ``name`` is no lone Latin first name, or when no name or several names begin with it
    ("Tariq Aziz … Tariq Khan": which Tariq is asked about, never guessed)."""
    if not re.fullmatch(rf"(?:{_CAP})", name) or name.lower() in _NOT_NAME_EN:
        return None
    longer: dict[str, NameMatch] = {}
    for n in names:
        core = re.sub(r"^" + _TITLE + r"\s+", "", n.name)
        words = core.split()
        if len(words) >= 2 and words[0] == name and not re.search(_ORG_SUFFIX + "$", n.name):
            longer.setdefault(n.name, n)
    return next(iter(longer.values())) if len(longer) == 1 else None


def find_names(text: str) -> list[NameMatch]:
    """Every name-like span (people and organisations; not the user, not tokens): what the accounting checks."""
    out: list[NameMatch] = []
    pos = 0
    for m in re.finditer(rf"{_TITLE}\s+[A-Z]|[A-Z]|[老小阿\u4e00-\u9fff]", text):
        if m.start() < pos:
            continue
        if m.start() > 0 and text[m.start() - 1].isalnum() and text[m.start() - 1].isascii():
            continue
        hit = _latin_at(text, m.start()) if text[m.start()].isascii() else _zh_at(text, m.start())
        if hit is None:
            continue
        if (
            text[m.start()].isascii()
            and _sentence_start(text, m.start())
            and " " not in hit.text
            and "&" not in hit.text
        ):
            continue  # "Loan 5 ETH", "Borrower: Dana": a capital at a sentence start proves nothing
        if not text[m.start()].isascii() and not _ZH_TITLED.match(text, m.start()):
            continue  # a bare surname-led word is too weak on its own (only role cues read those)
        if m.start() > 0 and text[m.start() - 1 : m.start() + 1] in _ZH_WORD_NOT_TITLE:
            continue  # "养老钱" (a pension), "从小", "大小": 老 / 小 inside a word, no titled name

        out.append(hit)
        pos = hit.end
    return out


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?。！？:：;；\n-—"


def explicit_roles(text: str, roles: dict[str, tuple[str, str]]) -> dict[str, NameMatch]:
    """Roles stated outright, in either language: "Dave is the arbiter", "arbiter: Dave", "the contractor (Ravi)",
    "Lender: myself", "Tara as the mediator", "李律师担任仲裁人", "仲裁人 陈律师", "由张律师仲裁".

    Round 10: the cues are read on the simplified copy of the text (same length, ``ledgerlm.language.hant``), so
    "收款方係陳大文" reads as "收款方是陈大文"; each name is given back in the user's own characters."""
    from ledgerlm.language.hant import simplified

    copy = simplified(text)
    found = _explicit_roles(copy, roles)
    if copy == text:
        return found
    return {
        role: NameMatch(_as_written(n, text, copy), n.start, n.end, text[n.start : n.end]) for role, n in found.items()
    }


def _as_written(n: NameMatch, text: str, copy: str) -> str:
    """The name read on the simplified copy, in the user's characters where it is the copy's words there."""
    if n.name != ME and copy[n.start : n.end] == n.name:
        return text[n.start : n.end]
    return n.name


def _explicit_roles(text: str, roles: dict[str, tuple[str, str]]) -> dict[str, NameMatch]:
    """``explicit_roles`` on text already in simplified characters."""
    found: dict[str, NameMatch] = {}
    for role, (en, zh) in roles.items():
        pats = [
            # "the seller's name is Yusuf", "buyer's wallet: 0x…": what names the role's holder
            # "the seller goes by 'quietfox'", "the arbiter is called Vera": the name the role goes by
            rf"(?i:\b(?:{en})s?\b(?:(?:['’]s)?\s+(?:name|wallet|address|account|handle|username))?)\s*"
            rf"{_DEFINED_AS}?"
            r"(?:is|are|will\s+be|(?i:shall|will|would|is\s+to)\s+be|=|[:：]|(?i:goes\s+by|is\s+called|is\s+named|called|named)|"
            # round 10: "buyer 是我，seller 是 Chan & Lee Ltd.", "| payee | Nakamura Analytics G.K. |" (a markdown
            # table's cell), "arbiter 让淳于律师来做" (the one let to do it)
            r"是|为|\|)?\s*(?:(?<=[\s是为])(?:让|由|请|找)\s*)?"
            # "The Lender, Hollowbrook Capital LLC, shall advance": the holder in apposition after the role word
            r"(?:(?<=[A-Za-z])[,，]\s*(?=[A-Z]))?"
            r"(?:\(|（)?(?=\S)",
            # "甲方（付款）：我", "乙方(收款方)：陈大文": the role in brackets after the party's letter
            rf"(?:[甲乙丙]方\s*[（(]\s*)?(?:{zh})\s*[)）]?\s*{_DEFINED_AS}?(?:是|为|[:：=|])?\s*(?:\(|（)?",
        ]
        hit: NameMatch | None = None
        for pat in pats:
            for m in re.finditer(pat, text):
                said = bool(re.search(r"(?:\bis|\bare|=|[:：|]|是|为)\s*[(（]?$", m.group(0)))
                if re.search(r"[,，]\s*$", m.group(0)) and not _DEFINED_ROLE.match(text, m.start()):
                    continue  # "I'm the payer, Northwind …": a comma after a plain role word starts a new phrase
                name = read_name(text, m.end(), lower=said)
                if name is not None and name.text == "I" and re.match(r"\s*[A-Za-z]", text[name.end :]):
                    continue  # "… as arbiter: I pay Rico": "I" starts a sentence there; it names no role
                if (
                    name is not None
                    and name.name != ME
                    and name.text.islower()
                    and text[name.start - 1 : name.start] not in "'\"“‘「『"  # a nickname in quotes is a name
                    and not _LOWER_NAME_END.match(text, name.end)
                ):
                    # "> Landlord: deposit goes into escrow": a chat speaker's label, then a sentence; a lower-case
                    # word read there is a name only where it ends the phrase ("arbiter: bob,")
                    continue
                if name is None and (said or re.search(r"[\u4e00-\u9fff][ \t]+$", m.group(0))):
                    # "借款方 胖虎，": a Chinese label, a space, then the whole phrase up to the punctuation
                    name = _zh_phrase(text, m.end())
                if name is not None:
                    hit = name
                    break
            if hit:
                break
        if hit is None:
            after_cue = (
                # "me = freelancer getting paid", "Bob = arbiter": a settings line written the other way round
                rf"\s*=\s*(?i:the\s+)?(?i:{en})\b|"
                # "Northgate Capital LLC (the "Lender")": a defined term in quotes, as contracts write it
                rf"\s*[(（]\s*(?i:the\s+)?[\"“”']?(?i:{en}|{zh})[\"“”']?\s*[)）]|"
                # "my brother-in-law Farid he is the judge": a pronoun that takes the name up again
                # round 10: "Barrister Funmi Adeyemi go be arbiter" (Nigerian Pidgin), "my cousin Mei Ling be
                # arbiter" (Singlish), "Mrs. Edith Clarke can be the arbiter"
                rf"(?i:\s*,?(?:\s+(?:he|she|they)\b)?\s*(?:\s(?:is|as|am|will\s+be|shall\s+be|acts?\s+as|to\s+be|"
                rf"(?:go|fit|can|could|may|would|should)\s+be|be)|['’]m|['’]ll\s+be)\s+"
                rf"(?:the\s+|our\s+|an?\s+)?(?:{en})\b)|(?:担任|作为|当|做|是)\s*(?:{zh})"
            )
            if role == "arbiter":
                # "王律师居中裁决", "陈律师出面仲裁": an adverb between the name and the verb
                after_cue += r"|(?:来|做|当|担任|负责|居中|出面|从中|帮忙)*(?:仲裁|裁决|裁定|调解)(?=[，,。；;\s]|$)"
            if role in _ROLE_VERBS:
                after_cue += "|" + _ROLE_VERBS[role]
            for m in re.finditer(after_cue, text):
                # the name right before the cue
                head = text[: m.start()]
                cand = _name_ending_at(head)
                if cand is not None:
                    hit = cand
                    break
        if hit is None and role == "arbiter":
            # "有纠纷找物业的孙经理", "吵起来就让老周来判", "争议交给陈律师": who a dispute goes to
            for by in re.finditer(
                r"(?:纠纷|[争爭][议議]|分歧|扯皮|吵架|吵起来|谈不拢)(?:的话)?\s*[，,]?\s*(?:就|那就)?\s*(?:找|让|请|由|交给|听)\s*",
                text,
            ):
                hit = read_name(text, by.end(), allow_me=False)
                if hit is not None:
                    break
        if hit is None and role == "arbiter":
            # "disputes go to Brightwater Arbitration Services", "any disagreement is referred to Ms. Lee"
            for goes in re.finditer(
                r"(?i:\b(?:disputes?|disagreements?|conflicts?)\s+(?:(?:will|shall|would|should)\s+)?"
                r"(?:go(?:es)?|are\s+referred|is\s+referred|be\s+referred|get\s+referred|are\s+sent|is\s+sent)\s+to\s+)",
                text,
            ):
                hit = read_name(text, goes.end(), allow_me=True)
                if hit is not None:
                    break
        if hit is None and role == "arbiter":
            named_by = re.search(r"(?:仲裁|裁决)(?:人|方)?\s*(?:由|找|请)\s*", text)
            if named_by:
                hit = read_name(text, named_by.end(), allow_me=False)
        if hit is None and role == "arbiter":
            # "由我付款，由陈律师出面仲裁": every 由, not only the first, may introduce the one who decides
            for by in re.finditer(r"由\s*", text):
                if re.search(r"仲裁|裁决|裁定|调解|评判", text[by.end() : by.end() + 10]):
                    hit = read_name(text, by.end(), allow_me=False)
                    if hit is not None:
                        break
        if hit is not None:
            found[role] = hit
    return found


#: verbs that say a role right after a name: "Kim pays", "Lee gets paid", "Park arbitrates", "小王付款"
_ROLE_VERBS: dict[str, str] = {
    "payer": r"(?i:\s+(?:pays|will\s+pay|is\s+paying|is\s+the\s+one\s+paying|sends\s+the\s+(?:money|funds))\b"
    r"(?!\s+(?:(?:me|us|him|her|them)\s+)?back\b)(?!\s+(?:him|her|them)\b))|"
    # "王总付款", "阿坤那边出钱": the side that pays (a place word may stand between the name and the verb)
    r"\s*(?:那边|那里|这边|那儿)?\s*(?:负责)?(?:付款|出钱|付钱)(?=[，,。；;\s(（]|$)|"
    r"\s*(?:付给|支付给|转给|付款给|打给)\s*(?:我|本人)(?![哥姐弟妹妈爸们家儿女老舅姨叔婶伯姑爷奶姥岳侄甥孙表堂嫂亲])",
    "payee": r"(?i:\s+(?:gets\s+paid|is\s+paid|will\s+be\s+paid|receives\s+(?:the\s+)?(?:money|funds|payment)|"
    r"gets\s+the\s+(?:money|funds|payment))\b)|\s*(?:那边|那里|这边|那儿)?\s*(?:负责)?(?:收款|收钱)(?=[，,。；;\s(（]|$)",
    "arbiter": r"(?i:\s+(?:will|can|shall|is\s+going\s+to)\s+hold\b[^.;]{0,30}?\bin\s+escrow\s+between\b)|"
    # "Ma'am Liza Santos will hold 1,000 USDT in escrow between me and seller Ramon": the third party who holds
    r"(?i:\s+(?:arbitrates|mediates|(?:can|could|will|would|may|should|is\s+going\s+to|gets\s+to)\s+"
    r"(?:arbitrate|mediate|judge|referee|step\s+in|decide)|"
    # "if there's a dispute Omar decides": who decides a dispute is its arbiter
    r"(?:decides|decide|will\s+decide|gets\s+the\s+final\s+say|has\s+the\s+final\s+say|makes\s+the\s+call)"
    r"(?=\s*(?:[.;,]|$|\b(?:if|when|on|who)\b))|(?:(?:can|could|will|would|may|should|shall|gets\s+to|go|fit|dey)\s+)?"
    # round 10b: "Barrister Ada Obi go settle any wahala" (Nigerian Pidgin: "wahala", "palava" are a dispute)
    r"(?:decides?|resolves?|settles?|handles?|determines?|rules?\s+on)\s+(?:any\s+|the\s+|all\s+)?"
    r"(?:disputes?|disagreements?|conflicts?|wahala|palava|kasala|gbege))\b)",
}


#: a contract's own short name for a side, in brackets after the role word: "出借方（以下简称“甲方”）：…",
#: "Lender (hereinafter "the Lender"): …"; what follows it still names the holder of the role
_DEFINED_AS = (
    r"(?:[（(]\s*(?:以下简称|以下称|下称|简称|以下统称|(?i:hereinafter|hereafter)(?:\s+(?i:called|referred\s+to\s+as))?)"
    r"[^()（）\n]{0,24}[)）]\s*)"
)
#: a role written as a contract's defined term, capitalised: "The Lender, Hollowbrook Capital LLC, shall …"
_DEFINED_ROLE = re.compile(r"[A-Z][a-z]+[,，]\s*(?=[A-Z])")


def _name_ending_at(head: str) -> NameMatch | None:
    """The name that ends exactly where ``head`` ends ("Dave" in "Dave is the arbiter")."""
    # "my landlord, Mr. Oluwaseun Adebayo-Smith, lends me": the comma closing an apposition is not the name's
    stripped = head.rstrip().rstrip(",，").rstrip()
    named = _PRONOUN_THEN_NAME.search(stripped)
    if named is not None:
        # "她（王秀兰）借给…", "she (Amara Diallo) lends": a pronoun, then who it is in brackets: the name
        inner = read_name(stripped, named.start(1), allow_me=False)
        if inner is not None and inner.start == named.start(1) and inner.end == named.end(1):
            return inner
    role = _ROLE_THEN_BRACKET.search(stripped)
    if role is not None:
        # "shipper (me) -> carrier …", "the Buyer (the undersigned)": a role word, then who plays it in brackets
        inner = read_name(stripped, role.start(1))
        if inner is not None and inner.start == role.start(1) and inner.end == role.end(1):
            return inner
    remark = _REMARK_AT_END.search(stripped) or _PLACE_AT_END.search(stripped)
    if remark is not None and stripped[: remark.start()].strip():
        # "表哥建军（就住我家楼下302）想找我借", "Farid (my wife's brother) will judge": a remark in brackets after
        # the name (one that names no one else: "Kim (or Lee)" is left as it is)
        stripped = stripped[: remark.start()].rstrip()
    for start in range(max(0, len(stripped) - 64), len(stripped)):  # 64: an address (42) and its "the wallet"
        if start > 0 and (stripped[start - 1].isalnum() and stripped[start - 1].isascii()):
            continue
        hit = read_name(stripped, start)
        if hit is not None and hit.name != ME and _ME_EN.fullmatch(hit.name):
            hit = NameMatch(ME, hit.start, hit.end, hit.text)  # "Boss, saya": the user's own word, read past "Boss,"
        if hit is not None and hit.end == len(stripped):
            if hit.start > start and _inside_name(stripped, start):
                continue  # "王律师居中": 律师 ends the name 王律师; it describes no one before 居中
            if _SPEECH_IN_NAME.search(hit.name):
                # "老板说公司可以借我": a reported speaker and the one who acts run together ('板说公司'); a name
                # holding a speech verb is no name, so the role is asked
                return None
            return hit
    return None


_SPEECH_IN_NAME = re.compile(r"说|答应|同意|讲")


#: a role word, then who plays it in brackets: "shipper (me)", "the Buyer (the undersigned)", "carrier (Osei Haulage)"
_ROLE_THEN_BRACKET = re.compile(r"(?:\bthe\s+[A-Za-z]+|(?<![\w'’])(?-i:[a-z]+))\s*[(（]\s*([^()（）]{1,40}?)\s*[)）]$")


#: a pronoun, then the person's name in brackets: "她（王秀兰）", "he (Tomás)"
_PRONOUN_THEN_NAME = re.compile(
    r"(?:(?<![\u4e00-\u9fff])[他她]|(?i:\b(?:he|she)\b))\s*[(（]\s*([^()（）]{1,30}?)\s*[)）]$"
)
#: an address or a flat in brackets after a name, with a number in it: "Kofi Mensah (Flat 12, 45 Ring Road)"
#: (never an account, never a choice: "Kim (or Lee)")
_PLACE_AT_END = re.compile(
    r"\s*[(（](?![^()（）]*(?:\bor\b|或|还是|0x))(?=[^()（）]*\d)"
    r"(?=[^()（）]*(?i:\b(?:flat|apt|apartment|unit|suite|floor|road|rd|street|st|avenue|ave|lane|ln|drive|dr|block|blk|house|no\.?)\b|"
    r"号|路|街|室|楼|栋|单元))[^()（）]{1,60}[)）]$"
)
#: a remark in brackets at the end of a phrase, with no capitalised word and no "or" in it
_REMARK_AT_END = re.compile(r"\s*[(（](?![^()（）]*(?:\bor\b|或|还是))[^()（）A-Z]{1,30}[)）]$")


def _inside_name(text: str, pos: int) -> bool:
    """``pos`` falls inside a Chinese name that starts just before it ("律" in "王律师")."""
    if pos == 0 or not ("\u4e00" <= text[pos - 1] <= "\u9fff"):
        return False
    for q in range(max(0, pos - 3), pos):
        hit = read_name(text, q, allow_me=False)
        if hit is not None and hit.start == q and hit.end > pos:
            return True
    return False


_CHAIN_SEP = re.compile(r"\s*(?:,|，|、|\band\b|&|和|及|与|跟)\s*", re.IGNORECASE)


def name_chain(text: str, starts: list[int], *, min_names: int = 3) -> list[NameMatch]:
    """The first list of names that starts at one of ``starts`` ("我、老张、小李", "me, Ana and Raj"): at least
    ``min_names`` distinct names, or two joined by 、/和/and; every item must read as a whole name."""
    for pos in sorted(set(starts)):
        names: list[NameMatch] = []
        seps: list[str] = []
        at = pos
        while True:
            found = read_name(text, at)
            if found is None or (found.start != at and not _describes(text, at)):
                break  # "我和老婆小芳": a description before the name still reads as that name
            names.append(found)
            sep = _CHAIN_SEP.match(text, found.end)
            if not sep:
                break
            seps.append(sep.group(0).strip().lower())
            at = sep.end()
        distinct = len({n.name for n in names}) == len(names)
        if distinct and (
            len(names) >= min_names or (len(names) == 2 and seps[0] in ("、", "和", "and", "&", "与", "跟"))
        ):
            return names
    return []


_NER_SETTING: list[str] = []


def _ner_enabled() -> bool:
    """``language.ner`` in the config: ``true`` / ``false``, or ``auto`` (the default): on when numpy is already
    loaded (the embedding classifier ran), so a keyword-decided ``ledgerlm parse`` does not pay numpy's import
    for a tagger that, on 496 hand-written requests, added no question the rules had missed."""
    if not _NER_SETTING:
        from ledgerlm.config import load_config

        _NER_SETTING.append(str(load_config().get("language", {}).get("ner", "auto")).lower())
    setting = _NER_SETTING[0]
    if setting in ("false", "0", "no", "off"):
        return False
    if setting in ("true", "1", "yes", "on"):
        return True
    import sys

    return "numpy" in sys.modules


#: a name only the tagger saw must be a confident one: it costs the user a question ("钱先放" scored 0.80)
_LEARNED_MIN_SCORE = 0.85


def learned_names(text: str, known: list[NameMatch]) -> list[NameMatch]:
    """Names the shared tagger (``ledgerlm.ner``) finds that the rules did not: only for the accounting, so an
    unread name becomes a question ("You mentioned X: what is X's role?"); never a value. Empty when the tagger
    is not installed or is switched off (``language.ner = false`` in the config)."""
    if not _ner_enabled():
        return []
    try:
        from ledgerlm.ner import find_names as tag
    except ImportError:
        return []
    try:
        spans = tag(text)
    except Exception:  # noqa: BLE001 - a broken tagger must not break parsing: the rules still account for names
        return []
    out: list[NameMatch] = []
    for sp in spans:
        if any(k.start < sp.end and sp.start < k.end for k in known):
            continue
        if _ME_EN.fullmatch(sp.text) or _ME_ZH.fullmatch(sp.text) or sp.score < _LEARNED_MIN_SCORE:
            continue
        if any(rx.fullmatch(sp.text) is not None for rx in (_EN_DESCRIBE, _ZH_DESCRIBE)):
            continue  # "装修公司", "the contractor": a description of a party the rules already read or ask about
        described = read_name(text, sp.start, allow_me=False)
        if described is not None and described.start >= sp.end and any(k.start == described.start for k in known):
            continue  # "新来的后端工程师阿豪": the words before a known name say who that person is
        out.append(NameMatch(sp.text, sp.start, sp.end, sp.text))
    return out


def complete_first_names(s: Scan, params: dict[str, Any], roles: tuple[str, ...]) -> None:
    """ "a plumber, Tariq Aziz. I'll pay Tariq …": each of ``roles`` read by a first name alone becomes the one full
    name the request gives that person (several full names that begin with it: the first name is kept, and asked
    about). The money kinds share it, so the rule and its evidence note are written once."""
    from ledgerlm.language.evidence import Span

    for role in roles:
        value = params.get(role)
        if not isinstance(value, str):
            continue
        full = fuller_name(value, s.names)
        if full is None or full.name in params.values():
            continue
        params[role] = full.name
        s.name_spans[full.name] = Span(full.start, full.end, full.text)
        s.notes.append(f"{role}: '{value}' is {full.name}, named in full before")


@dataclass(frozen=True)
class QuotedBlock:
    """Lines of an e-mail or chat thread quoted with ``>``, and who wrote them when a header says so
    (``> From: Sanjay Mehta``, ``Sanjay Mehta wrote:``); ``author`` is ``None`` when nothing names the writer."""

    start: int
    end: int
    author: NameMatch | None


_QUOTE_LINES = re.compile(r"(?:^[ \t]*>[^\n]*(?:\n|$))+", re.MULTILINE)
_FROM_HEADER = re.compile(r"^[ \t]*>?[ \t]*(?:From|De|Von|发件人|寄件人|寄件者)[ \t]*[:：][ \t]*", re.MULTILINE)
_WROTE = re.compile(r"[ \t]+(?:wrote|writes|said)[ \t]*:|[ \t]*(?:写道|写了|说)[ \t]*[:：]", re.IGNORECASE)


def _block_author(text: str, start: int, end: int) -> NameMatch | None:
    """Who wrote the quoted lines ``text[start:end]``: a ``From:`` header or a "X wrote:" line inside them or on the
    line right before them."""
    line_before = text.rfind("\n", 0, max(0, start - 1)) + 1
    region_start = line_before if start > 0 else start
    for m in _FROM_HEADER.finditer(text, region_start, end):
        hit = read_name(text, m.end(), allow_me=False)
        if hit is not None:
            return hit
    for m in _WROTE.finditer(text, region_start, end):
        line = text.rfind("\n", 0, m.start()) + 1
        head = re.sub(r"^[ \t]*>?[ \t]*(?:On\s[^,\n]{0,40},\s*)?", "", text[line : m.start()])
        hit = _name_ending_at(head)
        if hit is not None and hit.name != ME:
            shift = m.start() - len(head)
            return NameMatch(hit.name, hit.start + shift, hit.end + shift, hit.text)
    return None


def quoted_blocks(text: str) -> list[QuotedBlock]:
    """The quoted parts of a pasted thread. Why: "I", "me" and "my" inside a quote are its writer's words, not
    the user's ("> From: Sanjay\\n> can you lend me 2 ETH" asks the user for a loan; read as the user borrowing,
    both roles came out reversed and silent)."""
    return [
        QuotedBlock(m.start(), m.end(), _block_author(text, m.start(), m.end())) for m in _QUOTE_LINES.finditer(text)
    ]


def quote_at(text: str, pos: int) -> QuotedBlock | None:
    """The quoted block ``pos`` stands in, if any."""
    return next((b for b in quoted_blocks(text) if b.start <= pos < b.end), None)


_FIRST_PERSON = re.compile(r"(?i:\b(?:I|me|my|myself|mine)\b(?!['’]s))|我|本人")


def _user_word_quoted(s: Scan) -> tuple[QuotedBlock | None, str]:
    """The quoted block the user's word was read in: where the reading cited it, else the one block holding every
    first-person word of the text (none stands outside the quotes)."""
    span = s.name_spans.get(ME)
    if span is not None:
        return quote_at(s.text, span.start), span.words
    blocks = quoted_blocks(s.text)
    words = list(_FIRST_PERSON.finditer(s.text))
    holders = {next((b for b in blocks if b.start <= w.start() < b.end), None) for w in words}
    if len(holders) != 1 or None in holders:
        return None, ""
    return holders.pop(), words[0].group(0)


def _role_word_quoted(s: Scan, role: str) -> tuple[QuotedBlock | None, str]:
    """The quoted block holding the user's word the reading gave as evidence for ``role`` ("> can you lend me 700
    USDC?"), whatever other "me" stands outside the quotes ("…, pay it back to me": round 12, the quoted "me" was
    read as the user borrowing, and the later one hid where it came from)."""
    ev = s.evidence.get(role)
    spans = [sp for sp in (ev.spans if ev is not None else ()) if _FIRST_PERSON.fullmatch(sp.words)]
    if len(spans) != 1:
        return None, ""
    return quote_at(s.text, spans[0].start), spans[0].words


def quoted_sides(s: Scan, params: dict[str, Any], roles: tuple[str, str]) -> None:
    """A two-sided kind's roles when the user's own word ("me", "I") was read inside a quoted message: there it is
    the quote's writer speaking. With a known writer, the writer takes that role and the user, whom the quote
    addresses, the other one (only where that was empty or the writer: a ``From:`` header is never a role cue);
    with no writer named, the role is left unset, so it is asked, never guessed."""
    mine = [r for r in roles if params.get(r) == ME]
    if len(mine) != 1:
        return
    block, word = _role_word_quoted(s, mine[0])
    if block is None:
        block, word = _user_word_quoted(s)
    if block is None:
        return
    role = mine[0]
    other = roles[1] if role == roles[0] else roles[0]
    if block.author is None:
        del params[role]
        s.notes.append(f"'{word}' stands in a quoted message whose writer is not named: {role} asked")
        return
    from ledgerlm.language.evidence import Span

    writer = block.author
    params[role] = writer.name
    s.name_spans[writer.name] = Span(writer.start, writer.end, writer.text)
    addressed = re.search(r"(?i:\byou\b|\bu\b)|你|您", s.text[block.start : block.end]) is not None
    if params.get(other) in (None, writer.name):
        if addressed:
            params[other] = ME
        else:
            params.pop(other, None)
    s.notes.append(f"'{word}' is {writer.name}'s word in the quoted message: {role} is {writer.name}")


#: lower-case words that stand where a name goes but name nobody ("lend 2 eth to someone", "to charity")
_LOWER_NOBODY_WORDS = (
    "him her them someone somebody anyone anybody everyone everybody people folks whoever charity family friends "
    "some money cash funds coins it its his hers their theirs mine ours yours staff employees workers contributors "
    "advisors investors holders users members community devs everybody whoever each both"
)
_LOWER_NOBODY = frozenset(_LOWER_NOBODY_WORDS.split())
#: what may follow a lower-case name after a direction cue: the phrase ends, or the amount or the length follows
_LOWER_PARTY_END = re.compile(
    r"[ \t]*(?:[,;:.!?)（(，。；\n]|$|(?=(?:for|at|over|and|with|from|until|till|by|starting|so|cuz|because|pls|"
    r"please)\b))",
    re.IGNORECASE,
)
#: a capitalised word that does not start a sentence: then the user writes names capitalised
_MIDSENTENCE_CAP = re.compile(r"(?<![.!?:\n])(?<!^)[ \t]+(?!I\b)[A-Z][a-z]")


def _lower_word_ok(word: str) -> bool:
    """A lower-case word that may be a name: no English dictionary word ("to help", "to charity" stay asked; a
    name that is also a word, "will", "rose", is asked too), no token, no word for someone unnamed."""
    from ledgerlm.language.tokens import known_sym
    from ledgerlm.ner.features import is_en_word

    return (
        not is_en_word(word)
        and word not in _NOT_NAME_EN
        and word not in _LOWER_NOBODY
        and not known_sym(word.upper())
        and _EN_DESCRIBE.fullmatch(word) is None
        and not word[0].isdigit()
    )


def lower_name_at(s: Scan, pos: int) -> NameMatch | None:
    """A name written in lower case right after a direction cue ("lend 2 eth to priya for 6 months", "lend dev
    anand fifteen hundred dai"): one or two words that are no common word, ending the phrase or followed by the
    amount. Why only in a text written in lower case throughout: there a user writes names the same way; in a
    text with capitalised names a lower-case word after "to" is a thing ("to charity"), so it is asked instead."""
    text = s.text
    if _MIDSENTENCE_CAP.search(text):
        return None
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    amounts = {n.start for n in s.numbers} | {d.start for d in s.durations}
    words = list(re.compile(r"([a-z][a-z'\-]{1,19})(?![\w@])").finditer(text, pos, min(len(text), pos + 42)))
    out: NameMatch | None = None
    end = pos
    for i, w in enumerate(words[:2]):
        if w.start() != end or not _lower_word_ok(w.group(1)):
            break
        stop = _LOWER_PARTY_END.match(text, w.end())
        gap = re.match(r"[ \t]+", text[w.end() :])
        after = w.end() + (gap.end() if gap else 0)
        if stop is not None or after in amounts:
            out = NameMatch(text[pos : w.end()], pos, w.end(), text[pos : w.end()])
            break
        end = after
        if i == 1:
            break
    return out


def lower_party(s: Scan, patterns: Sequence[str]) -> NameMatch | None:
    """The first lower-case name (``lower_name_at``) one of ``patterns`` points at (group ``p``, as the kinds'
    cues do); read only after the ordinary reader found no name."""
    for pat in patterns:
        for m in re.finditer(pat, s.text):
            hit = lower_name_at(s, m.start("p"))
            if hit is not None:
                from ledgerlm.language.evidence import Span

                s.name_spans[hit.name] = Span(hit.start, hit.end, hit.text)
                return hit
    return None


_GREETING = re.compile(
    r"^\W*(?:hi|hey|hello|dear|hiya|yo|morning|good\s+(?:morning|afternoon|evening)|salam|habari)[ \t]+",
    re.IGNORECASE,
)


def greeted_name(text: str) -> NameMatch | None:
    """The person a message opens by greeting ("Hi Tom,", "Dear Ms. Adeyemi,"): whom its "you" addresses. Only a
    name that ends its greeting line or clause counts ("Hi Tom, I lend you …"); never the user."""
    m = _GREETING.match(text)
    if m is None:
        return None
    hit = read_name(text, m.end(), allow_me=False)
    if hit is None or hit.start != m.end() or not re.match(r"[ \t]*(?:[,!\n:—-]|$)", text[hit.end :]):
        return None
    return hit


# -- a direction left open -----------------------------------------------------------------------------------------
#: the money's two directions offered as a choice: "whether he pays me or I pay him", "I lend to Ravi or he lends to
#: me", "他给我还是我给他" (Cantonese "佢俾我定係我俾佢" on the simplified copy: "他给我定是我给他")
_EN_OTHER = r"(?:he|she|they|him|her|them|[A-Z][\w'’\-]+)"
_EN_MONEY_VERB = r"(?:pay|lend|loan|send|give|transfer)"
_ZH_MONEY_VERB = r"(?:借钱给|借给|贷给|付钱给|付给|转给|打给|付|给|借|转)"
_ZH_OR = r"(?:还是|定是|或者|或是|抑或|或)"
_ZH_HIM = r"(?:他|她)(?!们)"
_BOTH_WAYS = re.compile(
    rf"(?i:\b{_EN_OTHER}\s+{_EN_MONEY_VERB}s?\s+(?:it\s+)?(?:to\s+)?(?:me|us)\b(?!\s+back\b)[^.;!?\n]{{0,24}}?"
    rf"\bor\s+(?:I|we)\s+{_EN_MONEY_VERB}\b)|"
    rf"(?i:\b(?:I|we)\s+{_EN_MONEY_VERB}\s+(?:it\s+)?(?:to\s+)?{_EN_OTHER}\b[^.;!?\n]{{0,24}}?"
    rf"\bor\s+{_EN_OTHER}\s+{_EN_MONEY_VERB}s?\b)|"
    # "lend 1 ETH to Omar or he lends to me": an order one way, then the other way offered
    rf"(?i:\b{_EN_MONEY_VERB}\b[^.;!?\n]{{0,40}}?\bor\s+{_EN_OTHER}\s+{_EN_MONEY_VERB}s?\s+(?:it\s+)?(?:to\s+)?"
    rf"(?:me|us)\b(?!\s+back\b))|"
    # "I pay Ana or the other way round", "他付我，或者反过来": the direction and its reverse
    r"(?i:\bor\s+(?:the\s+)?other\s+way\s+(?:round|around)\b|\bor\s+vice\s+versa\b)|(?:还是|或者|或是)\s*反过来|"
    rf"{_ZH_HIM}\s*{_ZH_MONEY_VERB}\s*我\s*{_ZH_OR}\s*我\s*{_ZH_MONEY_VERB}\s*{_ZH_HIM}|"
    rf"我\s*{_ZH_MONEY_VERB}\s*{_ZH_HIM}\s*{_ZH_OR}\s*{_ZH_HIM}\s*{_ZH_MONEY_VERB}\s*我|"
    # "老王付我还是我付老王", "我借给阿May还是阿May借给我": the same person named on both sides of the choice
    rf"(?P<zx>[\u4e00-\u9fffA-Za-z]{{1,6}}?)\s*{_ZH_MONEY_VERB}\s*我\s*{_ZH_OR}\s*我\s*{_ZH_MONEY_VERB}\s*(?P=zx)|"
    rf"我\s*{_ZH_MONEY_VERB}\s*(?P<zy>[\u4e00-\u9fffA-Za-z]{{1,6}}?)\s*{_ZH_OR}\s*(?P=zy)\s*{_ZH_MONEY_VERB}\s*我"
)
#: "who pays whom", "谁借给谁", "哪个给哪个" (Cantonese 邊個俾邊個): the direction named as a question, open only
#: when an undecided word is said with it
_WHO_TO_WHOM = re.compile(
    rf"(?i:\bwho\s+{_EN_MONEY_VERB}s\s+(?:to\s+)?(?:whom|who)\b|\bwho(?:['’]s|\s+is)\s+(?:paying|lending)\s+"
    rf"(?:to\s+)?(?:whom|who)\b|\bwhich\s+(?:way|direction)\b)|"
    rf"(?:谁|哪个|哪位)\s*{_ZH_MONEY_VERB}\s*(?:谁|哪个|哪位)|谁\s*(?:是\s*)?(?:付款|出钱|借款|出借)(?:方|人)?\s*(?:还|都)"
)
_UNDECIDED = re.compile(
    r"(?i:\bnot\s+(?:yet\s+|been\s+)?(?:settled|decided|sure|agreed|clear|fixed|sorted)|\bundecided\b|\bTBD\b|"
    r"\b(?:haven['’]?t|hasn['’]?t|have\s+not|has\s+not|didn['’]?t)\s+(?:yet\s+)?(?:decided|agreed|settled|worked)|"
    r"\b(?:isn['’]?t|is\s+not|aren['’]?t)\s+(?:yet\s+)?(?:decided|settled|clear|agreed|fixed)|\bundetermined\b|"
    r"\bunclear\b|\bdon['’]?t\s+know\b|\bstill\s+open\b|\bup\s+in\s+the\s+air\b|\bundecided\b|\bdecide\s+later\b)|"
    r"未\s*(?:定|决定|decide|倾掂|谈妥|确定|商量)|没\s*(?:定|想好|决定|谈好|商量好|确定)|不\s*(?:知道|确定)|待定|还\s*没|"
    r"仲\s*未|再\s*(?:说|定|商量)|未\s*decide"
)


def open_direction(text: str) -> re.Match[str] | None:
    """Where the request says the money's direction is not settled ("whether he pays me or I pay him is not
    settled", "谁借给谁还没定"). Why: the cues of each side ("he pays me", "I pay him") are each read as a
    direction, so the last or first one won and the roles were filled with a direction the user left open (round
    12: silently wrong payer and payee); the caller asks instead."""
    both = _BOTH_WAYS.search(text)
    if both is not None:
        return both
    for m in _WHO_TO_WHOM.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in ".;!?。；！？\n") + 1
        ends = [i for i in (text.find(c, m.end()) for c in ".;!?。；！？\n") if i >= 0]
        if _UNDECIDED.search(text, start, min(ends, default=len(text))):
            return m
    return None


_ASK_DIRECTION = (
    "The request leaves open who pays whom ('{w}'): who is the {a}, and who is the {b}?",
    "请求里还没定谁付给谁（“{w}”）：谁是{za}，谁是{zb}？",
)
_ZH_ROLE_NAMES = {"payer": "付款方", "payee": "收款方", "lender": "出借人", "borrower": "借款人"}


def ask_open_direction(s: Scan, params: dict[str, Any], roles: tuple[str, str]) -> bool:
    """Both ``roles`` (payer and payee, lender and borrower) asked where the request leaves the direction open,
    whatever the direction cues read (never one side kept: the user is on one side, which one is the question)."""
    m = open_direction(s.text)
    if m is None:
        return False
    from ledgerlm.language.evidence import Unsure

    for role in roles:
        params.pop(role, None)
        s.evidence.pop(role, None)
    a, b = roles
    en = _ASK_DIRECTION[0].replace("{a}", a).replace("{b}", b)
    zh = _ASK_DIRECTION[1].replace("{za}", _ZH_ROLE_NAMES.get(a, a)).replace("{zb}", _ZH_ROLE_NAMES.get(b, b))
    s.unsure.append(Unsure(a, m.start(), m.end(), m.group(0), en, zh, roles))
    s.notes.append(f"{a} and {b}: the request leaves the direction open ('{m.group(0)}'): asked")
    return True
