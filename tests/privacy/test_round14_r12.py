"""Round 14 (r12) of the privacy engineer: the classes blind round 11 showed, each beside its behaviour.

heldout48 was written before the changes (untouched code: recall 35.5 %, precision 84.4 %, 3/28 clean flagged) and
tuned on (after: 97.4 % / 100 %, 0/28); heldout48_after was written after them and measured once (94.9 % / 94.9 %,
2/13 clean flagged: "安 静 一 点" and "Earl Grey and Lady Grey"; missed "folasade adeyemi" after "to" and "Naledi say
she go pay"), not tuned on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ledgerlm.ner import find_names
from ledgerlm.privacy import redact
from ledgerlm.privacy.evaluation import ledgerlm_redactor, load_labelled, score

DATA = Path(__file__).parent / "data"


def _names(text: str) -> list[str]:
    return [n.text for n in find_names(text)]


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.type, text[f.start : f.end]) for f in redact(text).findings]


# -- Chinese names dictated with a space after the surname ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("收款人 是 祝 海涛，转 三千", "祝 海涛"),
        ("会议 记录 由 谭 雅婷 负责", "谭 雅婷"),
        ("本人 欧阳 建华 同意", "欧阳 建华"),
        ("麻烦 通知 慕容 晓 明天 交表", "慕容 晓"),
        ("評審：馮 嘉豪、葉 子晴", "馮 嘉豪"),
        ("家长 群：许 妈妈 说 明天 接", "许 妈妈"),
        ("医生 说 韩 雪 的 报告 出来 了", "韩 雪"),
        ("班长 龙 飞 带队", "龙 飞"),
    ],
)
def test_a_dictated_chinese_name_is_one_name_with_its_space(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "今天 很 高 兴 见到 你",
        "钱 包 里 的 余 额 不够",
        "黄 金 价格 又 涨 了",
        "宁 静 的 夜晚 适合 散步",
        "安 静 的 图书馆",
        "毛 巾 放 在 哪",
        "王老吉 和 李宁 在 做 活动",
        "小林 说 明天 来",
    ],
)
def test_words_dictated_character_by_character_stay_words(text: str) -> None:
    assert _names(text) in ([], ["小林"])


def test_a_compound_surname_that_is_a_word_needs_a_list_or_a_title() -> None:
    assert _names("司空 明远 教授 的 讲座") == ["司空 明远"]
    assert _names("百里 之外 就 是 海") == []


def test_a_hong_kong_title_after_a_bare_surname_is_a_form_of_address() -> None:
    assert "何 太" in _names("藥 已經 俾 咗 何 太。")
    assert "陳 sir" in _names("陳 sir 話 聽日 測驗")
    assert _names("Yes sir, 明天 到") == []


def test_hong_is_a_surname_and_its_flood_words_stay_words() -> None:
    assert _names("转账 给 洪 志伟 两千") == ["洪 志伟"]
    assert _names("家里 被 洪水 淹 了，声音 很 洪亮") == []


def test_cantonese_mrs_and_mr_glued_to_a_surname() -> None:
    assert "何太" in _names("何太 話 聽日 返工")
    assert "梁生" in _names("同 梁生 講 一聲")
    assert _names("太多 人 了") == []
    assert _names("生产 线 停 了") == []


# -- figures of fiction, shops named after founders, cities after a code -----------------------------------------


@pytest.mark.parametrize("text", ["孙悟空 大闹 天宫 的 故事", "沙和尚 挑 着 担", "全聚德 的 烤鸭 很 贵"])
def test_fiction_and_old_shops_are_nobody(text: str) -> None:
    assert _names(text) == []


def test_a_city_after_a_train_code_is_a_destination() -> None:
    assert _names("Flight CA981 to Beijing boards at 9") == []
    assert "Lisa" in _names("send 50 to Lisa")


@pytest.mark.parametrize(
    "text",
    ["Dinner at a place on Tran Hung Dao tonight", "The Le Loi walking street is closed", "cafe on Hai Ba Trung"],
)
def test_a_vietnamese_street_named_after_a_hero_is_a_street(text: str) -> None:
    assert _names(text) == []


def test_a_vietnamese_name_after_a_person_verb_stays_a_name() -> None:
    assert _names("still waiting on Nguyen Van Hoa to sign") == ["Nguyen Van Hoa"]


# -- Latin script: lower case, capitals, titles, Pidgin verbs, roles ---------------------------------------------


def test_lower_case_full_names_and_titles() -> None:
    assert _names("emeka okonkwo and tunde bakare won the quiz") == ["emeka okonkwo", "tunde bakare"]
    assert _names("the tenant mrs. adeyemi paid") == ["mrs. adeyemi"]


@pytest.mark.parametrize(
    "text", ["about 40 USD per person", "pay the gas bill monday", "mr. bean marathon tonight", "Bu Rina minta bukti"]
)
def test_lower_case_words_that_look_like_pairs_stay_words(text: str) -> None:
    assert not [n for n in _names(text) if n[0].islower()]


def test_names_in_a_shouted_message() -> None:
    assert ("NAME", "AMINA BELLO") in _found("PLEASE CALL AMINA BELLO BEFORE NOON")
    assert _found("ALL STAFF MEETING MOVED TO FRIDAY") == []
    assert _found("GRACE PERIOD ENDS IN MAY") == []


def test_a_title_of_nobility_opens_a_name_but_not_a_tea() -> None:
    assert ("NAME", "Hugo Pemberton") in _found("paddle 9: Lord Hugo Pemberton")
    assert _found("a pot of Earl Grey please") == []
    assert _found("Lady Gaga tickets are sold out") == []


def test_pidgin_verbs_after_a_listed_given_name() -> None:
    assert "Chidi" in _names("Chidi don pay, abeg confirm")
    assert "Ngozi" in _names("Ngozi say make I call am")


def test_a_role_word_before_a_name_is_no_brand() -> None:
    assert "Wangari Mwangi" in _names("Producer Wangari Mwangi signed the budget")


# -- phones, addresses ---------------------------------------------------------------------------------------------


def test_a_country_code_opens_a_phone_not_a_card() -> None:
    assert _found("her phone is +234 706 555 0181.") == [("PHONE", "+234 706 555 0181")]
    assert ("PHONE", "+234 805 555 0122") in _found("Phone: +234 805 555 0122\nDOB: 1990-01-02")
    assert ("PHONE", "+971 52 555 0133") in _found("RING HIM ON +971 52 555 0133 NOW")


def test_a_corrected_number_is_a_phone_too() -> None:
    assert ("PHONE", "6234 5679") in _found("電話 6234 5678 唔係 6234 5679")
    assert _found("phone 9123 4567 and order 2345 6789") == [("PHONE", "9123 4567")]


@pytest.mark.parametrize(
    "address",
    [
        "House 7, Street 3, I-8/4, Islamabad",
        "Flat 5A, Road 27, Dhanmondi, Dhaka 1209",
        "Jl. Diponegoro No. 12, Surabaya 60241",
        "Jalan Ampang 120, 50450 Kuala Lumpur",
    ],
)
def test_south_and_south_east_asian_addresses(address: str) -> None:
    assert ("ADDRESS", address) in _found(f"ship to {address} please")


def test_a_road_with_no_number_is_no_address() -> None:
    assert _found("the hotel on Jalan Alor has great satay") == []


# -- the round's sets ----------------------------------------------------------------------------------------------

# (file, recall floor, precision floor): 48 tuned on (97.4 % / 100 %); 48_after measured once after the changes
# (94.9 % / 94.9 %), not tuned on
FLOORS = [("heldout48.jsonl", 0.96, 0.98), ("heldout48_after.jsonl", 0.93, 0.93)]


@pytest.mark.parametrize(("name", "min_recall", "min_precision"), FLOORS)
def test_round14_floor(name: str, min_recall: float, min_precision: float) -> None:
    s = score(load_labelled(DATA / name), ledgerlm_redactor)
    assert s.recall >= min_recall, s.misses
    assert s.precision >= min_precision, s.misses


def test_round14_sets_have_the_promised_shape() -> None:
    for name, total, clean in (("heldout48.jsonl", 85, 25), ("heldout48_after.jsonl", 40, 12)):
        items = load_labelled(DATA / name)
        assert len(items) >= total and sum(1 for i in items if not i["entities"]) >= clean
        for item in items:
            for ent in item["entities"]:
                assert item["text"][ent["start"] : ent["end"]] == ent["value"]
