"""Round 15 of the privacy engineer: the classes blind round 12 showed (privacy_blind12, measured unseen at recall
89.0 % / precision 94.7 %, 11/100 clean flagged), each with new messages of the same class and clean look-alikes.
No blind row is copied here.
"""

from __future__ import annotations

from ledgerlm.ner import find_names
from ledgerlm.privacy import redact


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start : f.end]) for f in redact(text).findings]


def _of(text: str, kind: str) -> list[str]:
    return [value for t, value in _found(text) if t == kind]


def test_spaced_chinese_addresses_and_estates() -> None:
    """Blanks between the parts of a Chinese address, a Taiwanese lane, a Hong Kong estate's block and floor."""
    assert _of("快递 放 南京市鼓楼区北京西路 66 号 前台", "ADDRESS") == ["南京市鼓楼区北京西路 66 号"]
    assert _of("地址 台中市西屯區台灣大道三段 99 巷 8 號 7 樓", "ADDRESS") == [
        "台中市西屯區台灣大道三段 99 巷 8 號 7 樓"
    ]
    assert _of("新 地址 係 九龍 觀塘 開源道 55 號 3 樓 A 室", "ADDRESS") == ["九龍 觀塘 開源道 55 號 3 樓 A 室"]
    assert _of("佢 搬 咗 去 將軍澳 日出康城 5 座 31 樓 C", "ADDRESS") == ["將軍澳 日出康城 5 座 31 樓 C"]
    # a phone number before the address stays a phone number, and the address starts after it
    assert _found("收件人 13912345678 杭州市西湖区文二路 12 号") == [
        ("PHONE", "13912345678"),
        ("ADDRESS", "杭州市西湖区文二路 12 号"),
    ]
    for clean in ("每 桌 8 道 菜，共 12 桌", "订单 号 6021 8834 5567 2290 已 退款", "第 3 座 山 有 18 条 路"):
        assert _of(clean, "ADDRESS") == [], clean


def test_latin_address_forms() -> None:
    """Plots before a road, the number after the road, CIS abbreviations, UK postcodes, Nordic and Uzbek street
    words, Italian joiners, Spanish Av., Korean and Vietnamese addresses, an Eircode."""
    cases = {
        "owner moved to Plot 18, Moi Avenue, Nakuru": "Plot 18, Moi Avenue, Nakuru",
        "meeting at Harbour Road 7, Mombasa tomorrow": "Harbour Road 7, Mombasa",
        "send it to vul. Sumska 10, Kharkiv 61000": "vul. Sumska 10, Kharkiv 61000",
        "post to 14 Ffordd yr Eglwys, Swansea SA1 4PQ please": "14 Ffordd yr Eglwys, Swansea SA1 4PQ",
        "kontor: Dronning Eufemias gate 16, 0191 Oslo": "Dronning Eufemias gate 16, 0191 Oslo",
        "ship to Navoi ko'chasi 12, Samarkand": "Navoi ko'chasi 12, Samarkand",
        "villa at Via delle Rose 8, 50123 Firenze for the guests": "Via delle Rose 8, 50123 Firenze",
        "el cliente vive en Av. Sucre 340, Cochabamba": "Av. Sucre 340, Cochabamba",
        "배송지 부산광역시 해운대구 센텀중앙로 79, 1203호": "부산광역시 해운대구 센텀중앙로 79, 1203호",
        "giao hàng 12 Nguyễn Huệ, Quận 1, Hồ Chí Minh": "12 Nguyễn Huệ, Quận 1, Hồ Chí Minh",
        "Flat 2, 9 Custom House Quay, Dublin 1, D01 K7W2": "Flat 2, 9 Custom House Quay, Dublin 1, D01 K7W2",
        "deliver to 2-7-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005": "2-7-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005",
    }
    for text, address in cases.items():
        assert _of(text, "ADDRESS") == [address], text
    for clean in ("Season 3, Episode 4 airs tonight", "plot 3 of the survey, see figure 2", "Route 66 is long"):
        assert _of(clean, "ADDRESS") == [], clean


def test_things_named_like_people() -> None:
    """Bible references, roads named after people, beaches and showgrounds, month ranges, pets, boats after "the",
    quoted titles, kinship words, particles, figures of worship and traditional-script words."""
    for clean in (
        "Luke 2:10 and Mark 4:39 for Sunday school",
        "turn right onto Rosa Parks Blvd after the bridge",
        "we camped near Clifton Beach all week",
        "billing cycle Mar-Sep, invoices monthly",
        "Biscuit's vet says the shots are due",
        "the choir sang 'Ode to Joy' and 'Danny Boy'",
        "貓咪 叫 咪咪，好 乖",
        "觀音 像 放 喺 正殿",
        "每 斤 單價 30 元",
        "ok lah see you",
        "菜单：红烧 黄鱼，白灼 虾",
        "we flew from Nairobi to Lamu in June",
        "佢 阿媽 嘅 電話 唔 記得",
    ):
        assert [f for f in _found(clean) if f[0] == "NAME"] == [], clean
    # the person stays where the shape differs: a time after the name, a family after "the", a name beside a pet
    assert "John" in [n.text for n in find_names("call John 3:30pm tomorrow")]
    assert _of("the Okafor family sent flowers", "NAME") == ["Okafor"]
    assert _of("Rex's owner Ingrid Dahl called", "NAME") == ["Ingrid Dahl"]


def test_phones_without_a_phone_word() -> None:
    """Hong Kong 4-4 numbers in Chinese text, spoken digits, a tab ends an international number, the tail of a
    longer number is no phone."""
    assert _of("家長 李 太 9321 7788", "PHONE") == ["9321 7788"]
    assert _of("my mobile is oh seven eight double five one two three four five six", "PHONE") == [
        "oh seven eight double five one two three four five six"
    ]
    assert _of("打 电话 给 她 一 五 八 二 二 三 三 四 四 五 五", "PHONE") == ["一 五 八 二 二 三 三 四 四 五 五"]
    assert _of("Tran Van Ba\t+84 91 234 5678\t12 Le Loi", "PHONE") == ["+84 91 234 5678"]
    for clean in ("batch 7781 0151 2837 4419 arrived", "訂單 3321 4567 8890 已 出貨", "one two three go"):
        assert _of(clean, "PHONE") == [], clean


def test_passports_in_lists_and_scripts() -> None:
    """護照 in traditional script, eight digits after the word, a number named later in the sentence, a list."""
    assert _of("請 影印 佢 嘅 護照 K12345678", "PASSPORT") == ["K12345678"]
    assert _of("guest passport 40917723 on file", "PASSPORT") == ["40917723"]
    assert _of("here is the passport of my wife Ana Lima, number YC552019", "PASSPORT") == ["YC552019"]
    assert _of("passports: Joao Silva FX102938, Maria Souza GC847561", "PASSPORT") == ["FX102938", "GC847561"]
    assert _of("order 40917723 shipped", "PASSPORT") == []
    assert _of("the passport office is closed. Invoice number YC552019 is paid", "PASSPORT") == []


def test_birth_dates_short_lunar_and_in_tables() -> None:
    """A two-digit year after a birth word, a lunar date with its year, a table's "dob" column, a spoken date."""
    assert _of("sanjay dob 7/9/91", "DOB") == ["7/9/91"]
    assert _of("外公 1942年正月十五 出生", "DOB") == ["1942年正月十五"]
    table = "id\tname\tdob\n7\tAnil Kumar\t1979-02-11\n8\tMeera Iyer\t1985-12-30"
    assert _of(table, "DOB") == ["1979-02-11", "1985-12-30"]
    assert _of("id\tname\tjoined\n7\tAnil Kumar\t2019-02-11", "DOB") == []
    assert _of("shipment 7/9/91 arrived", "DOB") == []
    assert _of("her birthday is the second of march nineteen seventy-one", "DOB") == [
        "the second of march nineteen seventy-one"
    ]
    assert _of("the second of march nineteen seventy-one was a Tuesday", "DOB") == []


def test_spoken_email() -> None:
    """An e-mail address read out, ending in "dot" and a top-level domain."""
    assert _of("write to grace dot mensah at yahoo dot com tonight", "EMAIL") == ["grace dot mensah at yahoo dot com"]
    assert _of("we meet at the dot, then go home", "EMAIL") == []


def test_name_shapes() -> None:
    """Role nouns of registers before a Chinese name, a Latin title before one, monastics' names, a lone Hangul
    name in a Chinese message, a given name beside a phone number or a birth date."""
    assert _of("捐款人 鄭 志明，金額 500 元", "NAME") == ["鄭 志明"]
    assert _of("請 聯絡 黄 子豪 律師 跟進", "NAME") == ["黄 子豪"]
    assert _of("請 寄 到 Dr. 黄 海涛 的 办公室", "NAME") == ["Dr. 黄 海涛"]
    assert _of("值班 名单：释慧光、王丽", "NAME") == ["释慧光", "王丽"]
    assert _of("帮 我 问 한지민 要 不 要 来", "NAME") == ["한지민"]
    assert _of("+44 7700 900123 marcus", "NAME") == ["marcus"]
    assert _of("priya dob 02/05/90", "NAME") == ["priya"]
    for clean in ("释放 内存 以后 再 试", "kenya +254 712 345678", "Zürich +41 79 123 45 67", "오늘 회의 한지민 참석"):
        assert _of(clean, "NAME") == [], clean
