"""Round 11 (r9, name recall): rare and compound Chinese surnames and Japanese family names in kanji, a listed name
opening a clause before a past act, a Japanese or Korean honorific, a Latin name beside a Chinese cue, the fillers of a
voice note, lower-case names after chat fillers and Chinese labels, two-syllable names after a Singlish interjection,
titles of many places, a transcript's speaker label, a name in capitals after a title in capitals; Brazilian phones, a
Hong Kong building before a one-word street, and the "name:" of a thing in a YAML block."""

from __future__ import annotations

from pathlib import Path

import pytest

from ledgerlm.ner import find_names
from ledgerlm.privacy import redact
from ledgerlm.privacy.evaluation import load_labelled

DATA = Path(__file__).parent / "data"


def found(text: str, kind: str = "NAME") -> list[str]:
    return [text[f.start : f.end] for f in redact(text).findings if f.type == kind]


def persons(text: str) -> list[str]:
    return [n.text for n in find_names(text) if n.label == "person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("钭海燕上周把押金退了", "钭海燕"),
        ("訾文博的卡被锁了", "訾文博"),
        ("厍建华明天来签字", "厍建华"),
        ("蒯丽萍发了一份报价", "蒯丽萍"),
        ("仉晓东在等你回电话", "仉晓东"),
        ("宓雪梅转了三千块", "宓雪梅"),
        ("闾丘俊说明天到", "闾丘俊"),
        ("巫马晓晴是担保人", "巫马晓晴"),
        ("渡边由美发来了报价单", "渡边由美"),
        ("中村翔太昨天已经付款了", "中村翔太"),
    ],
)
def test_rare_and_compound_surnames(text: str, name: str) -> None:
    assert found(text) == [name], text


@pytest.mark.parametrize(
    "text",
    [
        "危险！千万别把私钥截图",
        "危机已经过去了，币价回来了",
        "上官网查一下公告",
        "上官方渠道下载 app",
        "余额不足，请先充值",
    ],
)
def test_words_that_start_with_a_rare_surname_stay_words(text: str) -> None:
    assert found(text) == [], text


def test_cue_and_title_patterns_know_the_rare_surnames() -> None:
    assert found("联系人：钭建国") == ["钭建国"]
    assert found("请找危经理签字") == ["危"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nakamura forwarded the memo to legal", ["Nakamura"]),
        ("Kowalczyk confirmed the wire this morning", ["Kowalczyk"]),
        ("so Takahashi signed the lease", ["Takahashi"]),
        ("Szczepanski uploaded the invoice", ["Szczepanski"]),
    ],
)
def test_a_listed_name_opening_a_clause_before_a_past_act(text: str, expected: list[str]) -> None:
    assert found(text) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        "Kraken confirmed the deposit",
        "Lotte shipped the parcel",
        "Goldman raised the target",
        "Phoenix approved the zoning plan",
        "Madison approved the budget",
        "Waymo picked us up, no driver",
        "Bybit paused the withdrawals",
    ],
)
def test_brands_and_places_before_a_past_act_stay_clean(text: str) -> None:
    assert found(text) == [], text


def test_an_office_act_gives_an_unlisted_name_its_evidence() -> None:
    assert found("Gulnara phoned the branch about the frozen transfer") == ["Gulnara"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Takahashi-san approved it", ["Takahashi"]),
        ("Suzuki-san will bring the hanko", ["Suzuki"]),
        ("please ask Minji-ssi about the fee", ["Minji"]),
    ],
)
def test_a_japanese_or_korean_honorific_makes_a_person(text: str, expected: list[str]) -> None:
    assert persons(text) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我同事 Ahmad 说 USDT 已经到账了", ["Ahmad"]),
        ("跟 Tanaka 开会，带上 contract", ["Tanaka"]),
        ("Wong Ka-ming 回复了那封邮件", ["Wong Ka-ming"]),
    ],
)
def test_a_latin_name_beside_a_chinese_cue(text: str, expected: list[str]) -> None:
    assert found(text) == expected, text


@pytest.mark.parametrize(
    "text", ["建一个叫 Phoenix 的代币，符号 PHX", "跟 Binance 客服确认一下提币", "用 Binance 转账", "给 Apple 写邮件"]
)
def test_a_latin_thing_beside_a_chinese_cue_stays_clean(text: str) -> None:
    assert found(text) == [], text


def test_fillers_between_a_cue_and_its_name() -> None:
    assert found("voice note: ok, tell, uh, Bogdan the invoice is paid") == ["Bogdan"]
    assert found("um so remind, er, Ottilie to upload it") == ["Ottilie"]


def test_a_particle_after_a_cue_verb_and_thank_you() -> None:
    assert found("paid back Lwazi for the braai") == ["Lwazi"]
    assert found("thank you Adebola for covering the fees") == ["Adebola"]
    assert found("thank you for the update") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ok so basically aditya said the wallet was drained", ["aditya"]),
        ("lol kavya just sent it", ["kavya"]),
        ("联系人：mandy chan（陈美玲）", ["mandy chan", "陈美玲"]),
        ("告诉 kevin 一声", ["kevin"]),
    ],
)
def test_lower_case_names_after_fillers_and_chinese_labels(text: str, expected: list[str]) -> None:
    assert found(text) == expected, text


@pytest.mark.parametrize("text", ["ok so gas was high", "lol bitcoin is up", "then solana was congested"])
def test_lower_case_words_after_fillers_stay_words(text: str) -> None:
    assert found(text) == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("wah Mei Ling already transfer the deposit", ["Mei Ling"]),
        ("eh Jun Wei, you sent it to the wrong wallet or not?", ["Jun Wei"]),
        ("oi Wei Jie, pay me back leh", ["Wei Jie"]),
    ],
)
def test_two_syllable_names_after_a_singlish_interjection(text: str, expected: list[str]) -> None:
    assert found(text) == expected, text


@pytest.mark.parametrize("text", ["wah Hong Kong already so crowded", "eh Tai Chi class cancel today"])
def test_places_and_loan_words_after_an_interjection_stay_clean(text: str) -> None:
    assert found(text) == [], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Alderman Kofi Boateng requested the grant ledger", ["Kofi Boateng"]),
        ("Encik Farid Hamzah signed the form", ["Farid Hamzah"]),
        ("Datuk Lim approved the loan", ["Lim"]),
    ],
)
def test_titles_of_many_places(text: str, expected: list[str]) -> None:
    # the scorer may take the title into the span ("Datuk Lim"): the name is covered either way
    spans = found(text)
    assert len(spans) == len(expected) and all(e in s for e, s in zip(expected, spans, strict=True)), text


def test_a_title_before_an_english_word_is_no_person() -> None:
    assert found("Senator Hotel booking confirmed for two nights") == []


def test_a_transcripts_speaker_label() -> None:
    assert found("Caller 3 (Ruairí Ó Briain): I never authorised that payment") == ["Ruairí Ó Briain"]
    assert found("Agent 2 (Support): please hold") == []
    assert found("Interviewer (HR): tell us about yourself") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PLEASE CALL MR OKONKWO BEFORE 5PM", ["OKONKWO"]),
        ("DR SMITH WILL SEE YOU NOW", ["SMITH"]),
        ("MS TEAMS IS DOWN AGAIN", []),
    ],
)
def test_a_name_in_capitals_after_a_title_in_capitals(text: str, expected: list[str]) -> None:
    assert found(text) == expected, text


def test_brazilian_phones() -> None:
    assert found("whatsapp (11) 98765-4321", "PHONE") == ["(11) 98765-4321"]
    assert found("escritório (21) 3456-7890", "PHONE") == ["(21) 3456-7890"]


def test_a_hong_kong_building_before_a_one_word_street() -> None:
    text = "Room 1203, Tower B, Pacific Place, 88 Queensway, Admiralty, Hong Kong"
    assert found(text, "ADDRESS") == [text]


def test_the_name_of_a_thing_in_a_yaml_block() -> None:
    assert found("pool:\n  name: Curve Tricrypto\n  fee: 0.05%") == []
    assert found("token:\n  name: Wrapped Ether\n  symbol: WETH") == []
    assert found("signer:\n  name: Anahí Quispe\n  role: director") == ["Anahí Quispe"]


def test_round11_sets_have_the_promised_shape() -> None:
    """heldout36: >= 120 messages written before round 11's changes, >= 35 clean look-alikes, >= 90 names; heldout37
    (>= 60 messages) written after the first fixes and measured once; heldout38 (>= 45) and heldout39 (>= 39) each
    written after the fixes before it and measured once; both scripts in each, offsets exact."""
    for name, total, clean, names in (
        ("heldout36.jsonl", 120, 35, 90),
        ("heldout37.jsonl", 60, 15, 40),
        ("heldout38.jsonl", 45, 15, 30),
        ("heldout39.jsonl", 39, 14, 20),
    ):
        items = load_labelled(DATA / name)
        assert len(items) >= total and sum(1 for i in items if not i["entities"] and not i["secret"]) >= clean
        assert sum(1 for i in items for e in i["entities"] if e["type"] == "NAME") >= names
        assert {i["lang"] for i in items} == {"zh", "en"}
        for item in items:
            for ent in item["entities"]:
                assert item["text"][ent["start"] : ent["end"]] == ent["value"]


@pytest.mark.parametrize(
    "text",
    [
        "Apt 12B, Tower 3, The Gardens, 18 Jalan Ampang, Kuala Lumpur",
        "No. 7, Jalan Tun Razak, 50400 Kuala Lumpur",
        "Unit 1502, 15/F, Tower 1, Times Square, 1 Matheson Street, Causeway Bay",
        "Apt 4B, 221B Baker Street, London NW1 6XE",
    ],
)
def test_units_buildings_and_malay_streets_make_one_address(text: str) -> None:
    assert found(text, "ADDRESS") == [text], text
    assert found(text) == [], text
