"""Round 12, traceability and data_access: the classes of request fixed, each by its parse result, and the cached
correction rules (amend.py) reading what they read before.

Held-out sets: tests/language/data/heldout_trace_r12.jsonl (written before the fixes: 15/36 = 41.7%, 12 silent,
3 refused on the untouched code; 29/36, 0 silent, 3 refused by the classifier after) and
heldout_trace_r12_after.jsonl (written after them, scored once untuned: 17/21 = 81.0%, 2 silent: "溯源 下 进口 奶粉"
read with 下, "入息 證明" cut to 入息; 1 refused).

Classes: Chinese typed or dictated with blanks ("藥品 批次 追溯：原料 入庫、…", "給 會計師 李佩珊 看 公司 帳本"),
places joined by 到 / "to" as the stage list ("漁港 到 中央廚房 到 分店"), the business that asks is not the item
("我哋 餐廳 想 追蹤 海鮮"), the trade before a reader's name is dropped ("保险 代理 宋佳"), slang after English
data words ("report cards lah") is no part of them."""

from __future__ import annotations

import re

import pytest

from ._newkinds import read_as

TODAY = "2026-12-03"


def _tight(value: object) -> object:
    """A value with the blanks between two Chinese characters dropped (the judge reads them as no difference)."""
    if isinstance(value, str):
        return re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", value)
    if isinstance(value, list):
        return [_tight(v) for v in value]
    return value


def _trace(text: str) -> tuple[dict[str, object], set[str]]:
    params, flagged = read_as("traceability", text, TODAY)
    return {k: _tight(v) for k, v in params.items()}, flagged


def _data(text: str) -> tuple[dict[str, object], set[str]]:
    params, flagged = read_as("data_access", text, TODAY)
    return {k: _tight(v) for k, v in params.items()}, flagged


# --- traceability: blanks typed inside the item or the first stage ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "item", "first"),
    [
        ("疫苗 批次 追溯：原料 檢驗、分裝、冷藏、配送", "疫苗批次", "原料檢驗"),
        ("追溯 手工 麵條：和麵、切條、晾乾", "手工麵條", "和麵"),
        ("追溯 冷冻 饺子：面粉 进货、包馅、速冻", "冷冻饺子", "面粉进货"),
    ],
)
def test_dictated_item_and_first_stage_after_a_colon_are_kept_whole(text: str, item: str, first: str) -> None:
    params, _ = _trace(text)
    assert params["item"] == item
    stages = params["stages"]
    assert isinstance(stages, list) and stages[0] == first


# --- traceability: places joined by 到 / "to" ---------------------------------------------------------------


def test_places_joined_by_dao_are_the_stages_and_the_business_is_not_the_item() -> None:
    params, _ = _trace("我哋 麵包店 想 追蹤 麵粉，磨坊 到 倉庫 到 門市")
    assert params["item"] == "麵粉"
    assert params["stages"] == ["磨坊", "倉庫", "門市"]


def test_places_joined_by_to_in_english() -> None:
    params, _ = _trace("we trace the wool, farm to mill to shop")
    assert params["item"] == "wool"
    assert params["stages"] == ["farm", "mill", "shop"]


def test_item_before_its_route_after_the_tracking_verb() -> None:
    params, _ = _trace("跟踪 一下 进口 牛肉 从 牧场 到 冷库 到 超市")
    assert params["item"] == "进口牛肉"
    assert params["stages"] == ["牧场", "冷库", "超市"]


def test_one_item_joining_two_places_is_asked_never_one_stage() -> None:
    params, _ = _trace("我们 想 追踪 茶叶，茶园 到 茶庄")
    assert params.get("stages") is None  # not ["茶叶", "茶园到茶庄"]


# --- traceability: the cached correction rules read what they read -----------------------------------------


@pytest.mark.parametrize(
    ("text", "stages"),
    [
        (
            "trace kimchi: salting, seasoning, fermenting, packing. seasoning comes first",
            ["seasoning", "salting", "fermenting", "packing"],
        ),
        (
            "trace jam: boiling, jarring, sealing, oh and add labelling after sealing",
            ["boiling", "jarring", "sealing", "labelling"],
        ),
        ("追溯 菜籽油：压榨、过滤、灌装，去掉过滤", ["压榨", "灌装"]),
        ("追溯蜂蜜：采蜜、过滤、灌装，哦过滤之后还有个质检", ["采蜜", "过滤", "质检", "灌装"]),
    ],
)
def test_corrections_after_the_list(text: str, stages: list[str]) -> None:
    params, _ = _trace(text)
    assert params["stages"] == stages


def test_a_dictated_correction_is_never_read_as_a_list_of_its_own() -> None:
    params, _ = _trace("追溯 蜂蜜：采蜜、过滤、灌装，哦 过滤 之后 还有个 质检")
    assert params.get("stages") in (None, ["采蜜", "过滤", "质检", "灌装"])  # never ["哦", "过滤", "之后", …]


# --- data_access: the trade before the reader's name, blanks, slang -------------------------------------------


@pytest.mark.parametrize(
    ("text", "data", "reader", "days"),
    [
        ("授權 地產 經紀 何偉明 查看 我 嘅 租務 資料 三十 日", "租務資料", "何偉明", 30),
        ("授权 保险 代理人 孙磊 查看 我 的 保单 两周", "保单", "孙磊", 14),
        ("给 会计师 周丽华 看 公司 账本 两个月", "公司账本", "周丽华", 60),
        ("授权 审计师 钱立 查看 本人 的 报销 记录 十 天", "报销记录", "钱立", 10),
        ("授权营养师王小芳读取本人的饮食记录，为期半年", "饮食记录", "王小芳", 180),
    ],
)
def test_chinese_reader_after_a_trade_and_data_typed_with_blanks(text: str, data: str, reader: str, days: int) -> None:
    params, _ = _data(text)
    assert (params["data"], params["reader"], params["access_days"]) == (data, reader, days)


def test_slang_after_english_data_is_dropped_and_a_term_is_asked() -> None:
    params, _ = _data("let coach Ana Lima see my swim times lah, 1 term")
    assert params["data"] == "swim times"
    assert params["reader"] == "Ana Lima"
    assert params.get("access_days") is None  # "1 term" is no day count: asked


def test_english_data_after_an_owner_typed_with_blanks() -> None:
    params, _ = _data("俾 Dr. Kwame Asante 睇 我 嘅 sleep logs，14 日")
    assert (params["data"], params["reader"], params["access_days"]) == ("sleep logs", "Dr. Kwame Asante", 14)
