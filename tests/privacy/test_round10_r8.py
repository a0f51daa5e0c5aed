"""Round 10 (issue 14, round 8's classes): national phone shapes without a cue word, European birth-date labels,
Polish, Québec and Indian addresses, names whose evidence is a possessive, a department, an e-mail address, a form
role or a verb only people do, and the look-alikes that must stay: brands joined to a brand, ships, things worn in
pairs, makers' names glued to their product."""

from __future__ import annotations

import pytest

from ledgerlm.ner import find_names
from ledgerlm.privacy import redact


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start : f.end]) for f in redact(text).findings]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ruf mich an: 0157 2291 4408", "0157 2291 4408"),  # German mobile, 4-4-4
        ("Nummer 0160 9374 221 ab Montag", "0160 9374 221"),
        ("app me op 06-31947720", "06-31947720"),  # Dutch mobile
        ("mijn nummer 06 5521 0934", "06 5521 0934"),
        ("escríbeme al 655 30 71 84", "655 30 71 84"),  # Spanish mobile 3-2-2-2
        ("oficina de Sevilla 95 421 38 06", "95 421 38 06"),  # Spanish landline 2-3-2-2
        ("Ankara hattı 0544 307 12 68", "0544 307 12 68"),  # Turkish mobile, pairs at the end
        ("Göteborg 031-711 42 90", "031-711 42 90"),  # Swedish landline
        ("Büro München 089/3321 4470", "089/3321 4470"),  # German landline, slash and a grouped subscriber
    ],
)
def test_national_phone_shapes_need_no_cue(text: str, value: str) -> None:
    assert ("PHONE", value) in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "order 655 30 71 84 units",  # an order number
        "total 655 307 184 EUR this quarter",  # a thousands grouping is 3-3-3
        "block 0157 2291 4408 finalized",
        "send 0.0160 9374 ETH",
    ],
)
def test_phone_shapes_after_amount_words_stay(text: str) -> None:
    assert not [k for k in kinds(text) if k[0] == "PHONE"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Geburtsdatum: 03.02.1979", "03.02.1979"),
        ("fecha de nacimiento 21/11/1990", "21/11/1990"),
        ("date de naissance 1984-07-30", "1984-07-30"),
        ("data urodzenia 12.05.1968", "12.05.1968"),
        ("doğum tarihi 09.09.1993", "09.09.1993"),
    ],
)
def test_european_birth_date_labels(text: str, value: str) -> None:
    assert ("DOB", value) in kinds(text)


def test_a_date_without_a_birth_label_stays() -> None:
    assert not kinds("Lieferdatum 03.02.2027")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("nowy adres: ul. Piotrkowska 17/19 lok. 4, 90-406 Łódź", "ul. Piotrkowska 17/19 lok. 4, 90-406 Łódź"),
        ("al. Grunwaldzka 211 m. 30, 80-266 Gdańsk", "al. Grunwaldzka 211 m. 30, 80-266 Gdańsk"),
        (
            "send it to Apt 12, 4420 Rue Saint-Hubert, Montréal, QC H2J 2W9",
            "Apt 12, 4420 Rue Saint-Hubert, Montréal, QC H2J 2W9",
        ),
        (
            "bureau au 200 boulevard René-Lévesque Ouest, Montréal QC H2Z 1X4",
            "200 boulevard René-Lévesque Ouest, Montréal QC H2Z 1X4",
        ),
        (
            "Flat 11B, Lotus Enclave, 3rd Main, Koramangala, Bengaluru 560034",
            "Flat 11B, Lotus Enclave, 3rd Main, Koramangala, Bengaluru 560034",
        ),
    ],
)
def test_polish_quebec_and_indian_addresses_whole(text: str, value: str) -> None:
    assert ("ADDRESS", value) in kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("reviewing Ingrid Bakkevold's expense claim", "Ingrid Bakkevold"),  # a possessive ends the run
        ("Halvorsen from payroll needs the form", "Halvorsen"),  # a department aside
        ("the el-Masri family paid the deposit", "el-Masri"),  # the Arabic article, lower case
        ("Tunde says the courier is late", "Tunde"),  # an unlisted word before a verb only people do
        ("what did Ifeoma say about the lease?", "Ifeoma"),  # a question about what someone said
        ("applicant: Dev Anand Kulkarni, born 1990", "Dev Anand Kulkarni"),  # a form's role label
    ],
)
def test_latin_names_with_their_evidence(text: str, name: str) -> None:
    assert ("NAME", name) in kinds(text)


def test_a_run_spelled_in_an_email_address_is_the_person() -> None:
    text = "onboarding: Sunny Bajwa, start Monday, sunny.bajwa@example.com"
    assert ("NAME", "Sunny Bajwa") in kinds(text)
    # a desk's address spelled by an ordinary run stays a desk
    assert not [k for k in kinds("Billing Office writes from billing.office@example.com") if k[0] == "NAME"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("兹证明宋雨桐同志系我院职工", "宋雨桐"),
        ("持证人：付丽君，请核对照片", "付丽君"),
        ("例会上韩立伟表示反对", "韩立伟"),
        ("陆子豪（身份证号码见附件）已入职", "陆子豪"),
    ],
)
def test_chinese_names_after_certificate_and_minutes_cues(text: str, name: str) -> None:
    assert ("NAME", name) in kinds(text)


def test_a_nickname_with_ge_stays_whole() -> None:
    assert ("NAME", "虎哥") in kinds("虎哥明天过来拿货")


@pytest.mark.parametrize(
    "text",
    [
        "is Solana faster than Avalanche and Sui?",
        "what's better, Cardano or Ergo",
        "move 200 USDC from Polygon to Optimism",
        "send 0.2 ETH to Coinbase for the deposit",
        "Spirit of Tasmania docks at 6 tomorrow",
        "Queen Anne 3 sails at noon",
        "found a pair of Birkenstocks at the market",
        "Jersey Mike's or Trader Joe's for lunch?",
    ],
)
def test_brands_ships_and_things_stay(text: str) -> None:
    assert not kinds(text), kinds(text)


@pytest.mark.parametrize("text", ["李锦明酱油用完了", "王福顺的月饼还没到", "黄记的糕点一般"])
def test_a_makers_name_on_its_product_stays(text: str) -> None:
    assert not [k for k in kinds(text) if k[0] == "NAME"]


def test_a_person_with_a_cue_before_a_product_word_is_still_a_person() -> None:
    assert [n.text for n in find_names("给李明的茶叶寄出去了")] == ["李明"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("kantoor: Avenue Louise 231, 1050 Ixelles", "Avenue Louise 231, 1050 Ixelles"),  # street word first, Belgium
        ("bureau Chemin des Vignes 4, 1009 Pully", "Chemin des Vignes 4, 1009 Pully"),
        ("Korunní 48, 120 00 Praha 2 od pondělí", "Korunní 48, 120 00 Praha 2"),  # Czech postcode NNN NN
    ],
)
def test_street_first_addresses_with_a_postcode(text: str, value: str) -> None:
    assert ("ADDRESS", value) in kinds(text)


def test_singapore_handphone_cue() -> None:
    assert ("PHONE", "8234 5512") in kinds("HP 8234 5512 after 6pm")
    assert not kinds("my hp laptop 8234 5512")  # the brand in lower case is no cue


def test_a_route_between_chains_is_no_person_but_a_payee_is() -> None:
    assert not kinds("bridge from Base to Linea tonight")
    assert ("NAME", "Maria") in kinds("send 1 ETH from Coinbase to Maria")


def test_a_shop_word_after_a_makers_name() -> None:
    assert not kinds("张小花眼镜店今天打折")


def test_a_one_word_street_after_a_room_and_tower() -> None:
    text = "new office: Flat 4B, 12/F, 3 Kingsway, Central, Hong Kong"
    assert ("ADDRESS", "Flat 4B, 12/F, 3 Kingsway, Central, Hong Kong") in kinds(text)
    assert not kinds("1 Kingsway is a building, not a street I know")
