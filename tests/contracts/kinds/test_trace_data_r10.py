"""Round 10, traceability and data_access: the classes of request fixed this round, each by its parse result.

Held-out sets: tests/language/data/heldout_trace_data_r10.jsonl (written before the fixes: 33/52 = 63.5%, 7 silent,
1 refused on the untouched code; 50/52, 0 silent after) and heldout_trace_data_r10_after.jsonl (written after them,
scored once untuned: 23/28 = 82.1%, 2 silent)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.contracts.request.classify import classify_kind
from ledgerlm.language.fold import folded

from ._newkinds import read_as

TODAY = "2026-12-02"
ADDR = "0x8ba1f109551bD432803012645Ac136ddd64DBA72"


def _trace(text: str) -> tuple[dict[str, object], set[str]]:
    return read_as("traceability", text, TODAY)


def _data(text: str) -> tuple[dict[str, object], set[str]]:
    return read_as("data_access", text, TODAY)


# --- traceability: an order the writer says is not settled is asked ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "trace our jam: boiling, jarring, labelling, sealing. the order might be wrong, I'll check with Priya",
        "track the wool: shearing, washing, carding — not sure of the sequence yet",
        "豆腐溯源：浸泡、磨浆、点卤、压制，顺序还没定",
        "辣椒酱追溯：晾晒、剁碎、发酵、装瓶。顺序不是这样的，回头再排",
    ],
)
def test_an_unsettled_order_asks_the_stages(text: str) -> None:
    params, asked = _trace(text)
    assert params["stages"] is None and "stages" in asked


def test_a_correction_after_a_wrong_order_is_still_applied() -> None:
    params, _ = _trace("紫菜溯源：采收、晾晒、清洗、包装。顺序不对，清洗应该在晾晒前面")
    assert params["stages"] == ["采收", "清洗", "晾晒", "包装"]


# --- traceability: list shapes -----------------------------------------------------------------------------------


def test_zai_dao_is_one_joint_of_a_route() -> None:
    params, _ = _trace("铝锭追溯：从熔炼到铸造再到质检再到发货，每一步都记下来")
    assert params["stages"] == ["熔炼", "铸造", "质检", "发货"]


@pytest.mark.parametrize(
    ("text", "stages", "roles"),
    [
        (
            "Provenance of hemp rope\n| Step | Recorded by | Comment |\n|---|---|---|\n| Retting | grower | autumn |\n"
            "| Scutching | co-op | |\n| Twisting | ropewalk | by hand |",
            ["Retting", "Scutching", "Twisting"],
            ["grower", "co-op", "ropewalk"],
        ),
        (
            "藕粉溯源\n| 环节 | 备注 |\n|---|---|\n| 采藕 | 湖区 |\n| 磨粉 | 机器 |\n| 晒干 | 露天 |",
            ["采藕", "磨粉", "晒干"],
            None,
        ),
    ],
)
def test_a_table_with_other_columns_keeps_its_stage_column(
    text: str, stages: list[str], roles: list[str] | None
) -> None:
    params, asked = _trace(text)
    assert params["stages"] == stages and "stages" not in asked
    assert params["stage_roles"] == roles


@pytest.mark.parametrize(
    ("text", "stages", "roles"),
    [
        (
            "trace the barley: the grower records sowing, the maltster records malting, the brewery records mashing",
            ["sowing", "malting", "mashing"],
            ["grower", "maltster", "brewery"],
        ),
        (
            "provenance for hides. Farm logs slaughter; tannery logs tanning and the workshop logs stitching.",
            ["slaughter", "tanning", "stitching"],
            ["Farm", "tannery", "workshop"],
        ),
    ],
)
def test_stages_each_said_with_who_records_them(text: str, stages: list[str], roles: list[str]) -> None:
    params, asked = _trace(text)
    assert params["stages"] == stages and params["stage_roles"] == roles
    assert not asked & {"stages", "stage_roles"}


def test_actor_clauses_with_the_writer_as_actor_are_no_list() -> None:
    params, asked = _trace("trace the beans: the farmer records picking, we do roasting")
    assert params["stages"] is None and "stages" in asked


# --- traceability: the item --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("有机大米要全程追溯，环节：育秧、插秧、收割", "有机大米"),
        ("請幫我哋做茶葉蛋嘅產銷履歷：選蛋、滷煮、包裝", "茶葉蛋"),
        ("我们想做阳澄湖大闸蟹的全程记录：养殖、捕捞、发货", "阳澄湖大闸蟹"),
        ("幫我哋整個系統追蹤啲牛肉乾：醃製、烘乾、包裝", "牛肉乾"),
        ("We need tracking for each lot of saffron threads\n1. picking\n2. drying\n3. sealing", "saffron threads"),
    ],
)
def test_the_item_of_everyday_wordings(text: str, item: str) -> None:
    params, asked = _trace(text)
    assert params["item"] == item and "item" not in asked


# --- data_access: who reads --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reader", "days"),
    [
        ("把我的心電圖開放給吳醫師查看十天", "吳醫師", 10),
        ("俾黃太睇我嘅租約一個禮拜", "黃太", 7),
        ("我的化验单给刘医生拿去看两周", "刘医生", 14),
        ("数据共享：门禁日志，" + ADDR + "，5天", ADDR, 5),
        ("Abeg make Mr. Eze fit see the shop ledgers for 2 weeks", "Mr. Eze", 14),
    ],
)
def test_the_reader_named_in_everyday_wordings(text: str, reader: str, days: int) -> None:
    params, asked = _data(text)
    assert params["reader"] == reader and params["access_days"] == Decimal(days)
    assert not asked & {"reader", "access_days"}


def test_the_subject_of_a_formal_grant_is_the_owner_not_a_reader() -> None:
    params, asked = _data(
        "The Board hereby grants read-only access to the pupil attendance datasets to Lumen Research Ltd. "
        "for a period of sixty (60) days."
    )
    assert params == {"data": "pupil attendance datasets", "reader": "Lumen Research Ltd.", "access_days": 60}
    assert not asked


def test_a_pronoun_is_the_one_person_named_before_it() -> None:
    params, asked = _data(
        "Our nanny Consuelo has looked after the kids for years and asked for the allergy plans. "
        "Please let her view the allergy plans for 3 weeks."
    )
    assert params["reader"] == "Consuelo" and params["access_days"] == 21 and "reader" not in asked


@pytest.mark.parametrize(
    "text",
    [
        # another person (unnamed) stands between the name and the pronoun: "her" may be the mother
        "Dr. Bianchi said my mother should keep her own copy. Let her see the discharge letters for 10 days.",
        # two people named before the pronoun
        "Anna and Sofia both asked. Let her see the tax returns for a week.",
    ],
)
def test_a_pronoun_with_more_than_one_referent_is_asked(text: str) -> None:
    params, asked = _data(text)
    assert params["reader"] is None and "reader" in asked


def test_two_latin_names_in_a_chinese_grant_are_asked() -> None:
    params, asked = _data("把采购合同给 Tomasz 或者 Ewa 看十天")
    assert params["reader"] is None and "reader" in asked
    assert params["data"] == "采购合同"


def test_a_named_reader_without_a_duration_asks_it() -> None:
    params, asked = _data("開放我的牙科X光片給蘇醫師查看")
    assert params["reader"] == "蘇醫師" and params["access_days"] is None and "access_days" in asked


def test_a_duration_in_ri_ends_the_data() -> None:
    params, _ = _data("俾何生睇我嘅驗血報告五日")
    assert params["data"] == "驗血報告" and params["access_days"] == 5


# --- the classifier cues -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("我们想给鸡蛋做个全程记录：\n1. 产蛋\n2. 清洗\n3. 装箱", "traceability"),
        ("幫我做烏龍茶嘅產銷履歷，環節係採茶、烘焙、包裝", "traceability"),
        ("把库存表给 Marco 看三天", "data_access"),
        ("let my cousin Ines look at the family photos for 10 days", "data_access"),
    ],
)
def test_everyday_wordings_name_their_kind(text: str, kind: str) -> None:
    ks = classify_kind(text)
    assert ks.kind == kind and not ks.ask


# --- folding -----------------------------------------------------------------------------------------------------


def test_folding_keeps_every_offset_and_maps_the_missing_characters() -> None:
    text = "溫醫師的養殖場鍋爐記錄"
    copy = folded(text)
    assert len(copy) == len(text)
    assert copy == "温医师的养殖场锅炉记录"
