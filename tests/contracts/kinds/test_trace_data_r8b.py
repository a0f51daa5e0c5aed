"""Round 8b classes of the traceability and data_access readers: traditional characters and Cantonese words (read
on a folded copy, values given back in the user's characters), a job in one word before a name (牙医周明), a list
broken across lines, a heading that starts with the request's verb ("track pallets:"), slang and dictation fillers,
a defined term with its meaning in brackets, a header-row table and the learner order "give to X the data".
Each value is read from the user's words or asked."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.contracts.request import parse
from ledgerlm.language.fold import folded

TODAY = "2026-12-01"


def _trace(text: str) -> tuple[dict[str, object], set[str]]:
    r = parse(text, today=TODAY, kind="traceability")
    return dict(r.params), {f for q in r.questions for f in q.fields}


def _data(text: str) -> tuple[dict[str, object], set[str]]:
    r = parse(text, today=TODAY, kind="data_access")
    return dict(r.params), {f for q in r.questions for f in q.fields}


# -- traditional characters and Cantonese (fold.py) --------------------------------------------------------------


def test_folding_keeps_every_character_in_place() -> None:
    text = "俾我阿媽睇我嘅體檢報告，為期兩週；流程係包裝；關係"
    out = folded(text)
    assert len(out) == len(text)
    assert out.startswith("给我阿妈看我的体检报告，为期两周；流程是包装")
    assert out.endswith("关系")  # 係 of a relation is no copula (its simplified form is 系)
    assert folded("呢批貨") == "这批货" and folded("然後呢就是") == "然后呢就是"  # 呢 is 这 only before a measure word


def test_plain_simplified_text_is_not_changed() -> None:
    assert folded("把我的体检报告给张医生看一个月") == "把我的体检报告给张医生看一个月"


@pytest.mark.parametrize(
    ("text", "item", "stages", "roles"),
    [
        ("蜂蜜溯源：採蜜、過濾、灌裝，灌裝由花蓮蜂場負責", "蜂蜜", ["採蜜", "過濾", "灌裝"], [None, None, "花蓮蜂場"]),
        ("啲鳳梨酥要做溯源：揉麵、包餡、烘烤、包裝", "鳳梨酥", ["揉麵", "包餡", "烘烤", "包裝"], None),
        ("我哋想追蹤啲臘腸，流程係醃製、風乾、包裝", "臘腸", ["醃製", "風乾", "包裝"], None),
        ("呢批荔枝要做溯源：採摘、預冷、空運", "荔枝", ["採摘", "預冷", "空運"], None),
    ],
)
def test_traditional_and_cantonese_requests_keep_the_users_characters(
    text: str, item: str, stages: list[str], roles: list[str | None] | None
) -> None:
    params, asked = _trace(text)
    assert params["item"] == item
    assert params["stages"] == stages
    if roles is not None:
        assert params["stage_roles"] == roles
    assert not asked & {"item", "stages", "stage_roles"}


def test_evidence_of_a_folded_request_quotes_the_users_words() -> None:
    r = parse("燕窩溯源：採摘、挑毛、烘乾", today=TODAY, kind="traceability")
    ev = r.evidence["stages"]
    assert [sp.words for sp in ev.spans] == ["採摘", "挑毛", "烘乾"]


@pytest.mark.parametrize(
    ("text", "data", "reader", "days"),
    [
        ("俾王醫生睇我嘅驗血報告，三個星期", "驗血報告", "王醫生", 21),
        ("畀我阿爸李志強睇我嘅保險單，一個月", "保險單", "李志強", 30),
        ("授權林醫生查閱我的心電圖，為期兩週", "心電圖", "林醫生", 14),
    ],
)
def test_cantonese_and_traditional_grants(text: str, data: str, reader: str, days: int) -> None:
    params, asked = _data(text)
    assert (params["data"], params["reader"], params["access_days"]) == (data, reader, Decimal(days))
    assert not asked


def test_a_lower_case_english_role_in_a_chinese_grant_is_asked() -> None:
    params, asked = _data("给我的dentist看我的牙片，五天")
    assert params.get("reader") is None
    assert "reader" in asked


def test_a_cantonese_relation_alone_is_asked() -> None:
    params, asked = _data("俾我阿媽睇我嘅體檢報告，一個月")
    assert params.get("reader") is None
    assert "reader" in asked


# -- the Chinese item's edges --------------------------------------------------------------------------------------


def test_a_chinese_item_before_jianli_suyuan() -> None:
    params, asked = _trace("我们需要为散养土鸡蛋建立溯源：养殖、分拣、配送")
    assert params["item"] == "散养土鸡蛋"
    assert "item" not in asked


# -- readers named by a one-word job -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reader"),
    [("给我的牙医吴刚开放我的牙片，五天", "吴刚"), ("让兽医老陈看我家狗的疫苗记录，两周", "老陈")],
)
def test_a_job_in_one_word_before_the_name_is_no_part_of_it(text: str, reader: str) -> None:
    params, asked = _data(text)
    assert params["reader"] == reader
    assert "reader" not in asked


def test_a_bare_one_word_job_is_asked() -> None:
    params, asked = _data("给牙医看我的牙片，五天")
    assert params.get("reader") is None
    assert "reader" in asked


# -- English headings, slang and fillers -------------------------------------------------------------------------


def test_the_request_verb_opening_a_heading_is_no_part_of_the_item() -> None:
    params, asked = _trace("track crates: loaded by farm, shipped by carrier, unloaded by shop")
    assert params["item"] == "crates"
    assert params["stage_roles"] == ["farm", "carrier", "shop"]
    assert not asked & {"item", "stages"}


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("tbh we need to track these hoodies ngl: design -> print -> ship", "hoodies"),
        ("For our oat milk we need traceability. Steps are soaking, blending, bottling.", "oat milk"),
    ],
)
def test_slang_and_a_request_opened_with_for(text: str, item: str) -> None:
    params, asked = _trace(text)
    assert params["item"] == item
    assert "item" not in asked


def test_dictation_fillers_before_a_chinese_list() -> None:
    params, asked = _trace("嗯就是那个我们要做核桃溯源，然后呢就是采收、脱皮、晾晒")
    assert params["stages"] == ["采收", "脱皮", "晾晒"]
    assert "stages" not in asked


def test_a_defined_term_takes_its_meaning_in_brackets() -> None:
    params, _ = _trace(
        "The Seller shall record the provenance of the Goods (namely, raw cane sugar) at the following stages: "
        "cutting, crushing, refining."
    )
    assert params["item"] == "raw cane sugar"


def test_a_remark_on_what_a_term_means_is_no_stage_list() -> None:
    params, asked = _trace("track the provenance of the Goods (namely, raw cane sugar): cutting, crushing")
    assert params["item"] == "raw cane sugar"
    assert params["stages"] == ["cutting", "crushing"]
    assert not asked & {"item", "stages"}


# -- a list broken across lines ------------------------------------------------------------------------------------


def test_a_list_that_may_go_on_on_the_next_line_is_asked() -> None:
    params, asked = _trace("trace: plums\npick | sort\nbox")
    assert params.get("stages") is None
    assert "stages" in asked


def test_a_sign_off_after_a_list_is_no_stage() -> None:
    params, asked = _trace("trace plums: pick | sort | box\nThanks")
    assert params["stages"] == ["pick", "sort", "box"]
    assert "stages" not in asked


# -- data_access: tables, learner order, legal drafting ----------------------------------------------------------


def test_a_header_row_table_gives_each_value_its_column() -> None:
    params, asked = _data("| data | reader | days |\n|---|---|---|\n| gait videos | Dr. Ivan Petrov | 21 |")
    assert (params["data"], params["reader"], params["access_days"]) == ("gait videos", "Dr. Ivan Petrov", 21)
    assert not asked


def test_a_table_with_two_value_rows_is_not_read_as_one_grant() -> None:
    params, _ = _data("data | reader | days\ngait videos | Dr. Ivan Petrov | 21\nx-rays | Dr. Lee | 7")
    # two grants in one table: whatever is read, it is never a mix of the two rows
    assert not (params.get("data") == "gait videos" and params.get("reader") == "Dr. Lee")
    assert not (params.get("data") == "x-rays" and params.get("reader") == "Dr. Ivan Petrov")


def test_the_learner_order_give_to_the_reader_the_data() -> None:
    params, asked = _data("I give to my dentist Omar the dental x-rays for look during 10 days")
    assert (params["data"], params["reader"], params["access_days"]) == ("dental x-rays", "Omar", 10)
    assert not asked


def test_a_capitalised_defined_data_term_in_legal_drafting() -> None:
    params, asked = _data(
        "The Licensor hereby grants to Blue Harbor Research LLC a right to read the Trial Outcome Data for a "
        "period of thirty (30) days."
    )
    assert params["data"] == "Trial Outcome Data"
    assert "data" not in asked


def test_a_second_line_of_separated_stages_is_asked() -> None:
    params, asked = _trace("trace plums: pick | sort\nwash | box")
    assert params.get("stages") is None
    assert "stages" in asked


# -- who records a stage named otherwise than in the list ----------------------------------------------------------


def test_an_actor_for_a_stage_named_otherwise_is_asked() -> None:
    params, asked = _trace("羊肉溯源：屠宰、分割、送到餐馆，运货那步由京东物流负责")
    assert params.get("stage_roles") is None
    assert "stage_roles" in asked


def test_an_actor_for_a_listed_stage_is_still_read() -> None:
    params, asked = _trace("羊肉溯源：屠宰、分割、配送，分割由草原肉业负责")
    assert params["stage_roles"] == [None, "草原肉业", None]
    assert "stage_roles" not in asked
