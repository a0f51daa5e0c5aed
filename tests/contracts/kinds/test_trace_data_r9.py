"""Round 9, traceability and data_access: the classes of request fixed this round, each by its parse result.

Held-out sets: tests/language/data/heldout_trace_data_r9.jsonl (written before the fixes: 25/50 = 50.0%, 5 silent,
2 refused on the untouched code; 48/50 after) and heldout_trace_data_r9_after.jsonl (written after them, scored
once untuned)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from ledgerlm.contracts.request import parse
from ledgerlm.contracts.request.evaluation import judge

TODAY = "2026-12-02"
DATA = Path(__file__).resolve().parents[2] / "language" / "data"


def _trace(text: str) -> tuple[dict[str, object], set[str]]:
    r = parse(text, today=TODAY, kind="traceability")
    return dict(r.params), {f for q in r.questions for f in q.fields} | set(r.missing)


def _data(text: str) -> tuple[dict[str, object], set[str]]:
    r = parse(text, today=TODAY, kind="data_access")
    return dict(r.params), {f for q in r.questions for f in q.fields} | set(r.missing)


# --- stage lists numbered in brackets, as legal and tender texts number them -------------------------------------


@pytest.mark.parametrize(
    ("text", "stages"),
    [
        ("二、环节：（一）种植；（二）采收；（三）炮制；（四）出库。", ["种植", "采收", "炮制", "出库"]),
        (
            "The vendor shall log each cask covering: (a) filling; (b) ageing; (c) bottling; and (d) dispatch.",
            ["filling", "ageing", "bottling", "dispatch"],
        ),
        ("大米溯源，环节包括(1)收割(2)烘干(3)碾米", ["收割", "烘干", "碾米"]),
        ("trace the saffron: ①picking ②drying ③packing", ["picking", "drying", "packing"]),
    ],
)
def test_items_numbered_in_brackets_are_the_stages(text: str, stages: list[str]) -> None:
    params, asked = _trace(text)
    assert params["stages"] == stages
    assert "stages" not in asked


def test_a_bracketed_list_with_a_request_word_inside_is_asked() -> None:
    params, asked = _trace("trace wool: (a) shearing; (b) we want scouring here; (c) spinning")
    assert params["stages"] is None and "stages" in asked


# --- a correction that moves a stage already in the list ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stages"),
    [
        (
            "trace mangoes: harvest, grading, packing, export. actually packing comes before grading",
            ["harvest", "packing", "grading", "export"],
        ),
        ("海参溯源：捕捞、加工、检测、冷链配送。不对，检测应该在加工前面", ["捕捞", "检测", "加工", "冷链配送"]),
        (
            "trace tea: plucking, rolling, withering, drying. wait, withering should come before rolling",
            ["plucking", "withering", "rolling", "drying"],
        ),
        # the order already holds: nothing moves
        (
            "trace tea: plucking, withering, rolling. withering comes after plucking",
            ["plucking", "withering", "rolling"],
        ),
    ],
)
def test_an_order_correction_moves_the_stage(text: str, stages: list[str]) -> None:
    params, _ = _trace(text)
    assert params["stages"] == stages


def test_a_moved_stage_keeps_its_recorder() -> None:
    params, _ = _trace(
        "trace honey: extraction (apiary), bottling (co-op), testing (lab). testing comes before bottling"
    )
    assert params["stages"] == ["extraction", "testing", "bottling"]
    assert params["stage_roles"] == ["apiary", "lab", "co-op"]


# --- who records: the person, not the job title -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "trace pulp: chipping, certification, shipping. certification is signed off by the FSC auditor Ms. Brandt",
            [None, "Ms. Brandt", None],
        ),
        ("白酒溯源：酿造、勾调、灌装，勾调由调酒师王建华负责", [None, "王建华", None]),
        (
            "Comté traceability: milking, ripening, sale. Ripening is logged by the affineur, Jean-Luc Morel.",
            [None, "Jean-Luc Morel", None],
        ),
        # an organisation keeps its whole name
        (
            "trace steel: smelting, inspection, delivery. inspection is done by Bureau Veritas",
            [None, "Bureau Veritas", None],
        ),
    ],
)
def test_a_job_title_before_a_name_is_no_part_of_the_role(text: str, roles: list[str | None]) -> None:
    params, _ = _trace(text)
    assert params["stage_roles"] == roles


# --- stages in tables, CSV, markdown --------------------------------------------------------------------------------


def test_a_csv_block_with_a_stage_column() -> None:
    params, _ = _trace("Trace cotton shirts. CSV:\nstage,recorded_by\nspinning,mill\ndyeing,dyehouse\nsewing,factory")
    assert params["stages"] == ["spinning", "dyeing", "sewing"]
    assert params["stage_roles"] == ["mill", "dyehouse", "factory"]


def test_a_markdown_heading_then_bullets() -> None:
    params, _ = _trace("## Provenance – vintage guitars\n- built\n- restored\n- auctioned")
    assert params["item"] == "vintage guitars"
    assert params["stages"] == ["built", "restored", "auctioned"]


def test_markdown_bold_is_no_part_of_the_data() -> None:
    params, _ = _data("**Data:** quarterly sales forecasts\n**Share with:** Priyanka Menon\n**Expiry:** 21 days")
    assert params["data"] == "quarterly sales forecasts"
    assert params["reader"] == "Priyanka Menon"
    assert params["access_days"] == Decimal(21)


# --- what is tracked: its edges -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("a provenance ledger for timber logs covering: (a) felling; (b) sawing; (c) dispatch.", "timber logs"),
        ("boss say must trace the kaya jars lah: cooking, bottling, delivery. Can?", "kaya jars"),
        ("招标文件：投标人须提供冷冻水饺溯源方案，环节包括(1)验收(2)速冻(3)运输", "冷冻水饺"),
        ("根据第四十二条，建立肉牛追溯体系，记录免疫、出栏、屠宰三个环节", "肉牛"),
        ("我们要给 espresso beans 做 traceability，stages 是 sourcing、roasting、packaging", "espresso beans"),
        ("我们家在云南种了二十年的普洱，所以想上链溯源：采摘、晒干、压饼。", "普洱"),
    ],
)
def test_the_item_without_request_or_scheme_words(text: str, item: str) -> None:
    params, asked = _trace(text)
    assert params["item"] == item
    assert "item" not in asked


def test_stages_after_an_english_key_with_a_chinese_copula() -> None:
    params, _ = _trace("我们要给 espresso beans 做 traceability，stages 是 sourcing、roasting、packaging")
    assert params["stages"] == ["sourcing", "roasting", "packaging"]


# --- data_access: the data, the reader, the kind ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "data"),
    [
        (
            "the patient consents to disclosure of discharge summaries to Northside Clinic for 60 days",
            "discharge summaries",
        ),
        ("give Oyelaran Consulting the survey responses for 30 days", "survey responses"),
        ("帮我 share 一下 sleep data 给 Dr. Wong，两个礼拜", "sleep data"),
        ("allow Helix Analytics to query the clickstream logs for 10 days", "clickstream logs"),
        ("授权市统计局调阅本单位能耗数据，期限三十日", "能耗数据"),
    ],
)
def test_the_data_after_its_cue(text: str, data: str) -> None:
    params, asked = _data(text)
    assert params["data"] == data
    assert "data" not in asked


def test_a_reader_who_asked_to_see() -> None:
    params, _ = _data("Her new GP, Dr. Okonkwo, asked to see her blood pressure logs. Set it up for 90 days.")
    assert params["reader"] == "Dr. Okonkwo"
    assert params["access_days"] == Decimal(90)


def test_a_reader_before_use_then_a_duration() -> None:
    params, _ = _data("我的基因组数据给华大基因用一年")
    assert params["reader"] == "华大基因"
    assert params["access_days"] == Decimal(365)


@pytest.mark.parametrize(
    "text",
    [
        "我的基因组数据给华大基因用一年",
        "my landlord wants my payslips for a couple of months",
        "give Tanaka-san my sleep logs for a fortnight",
    ],
)
def test_the_kind_is_data_access(text: str) -> None:
    assert parse(text, today=TODAY).kind == "data_access"


def test_a_relation_and_a_vague_duration_are_asked() -> None:
    r = parse("my landlord wants my payslips for a couple of months", today=TODAY)
    assert r.params["reader"] is None and r.params["access_days"] is None
    assert r.params["data"] == "payslips"


# --- the held-out sets of this round ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "floor"), [("heldout_trace_data_r9.jsonl", 0.94)])
def test_heldout_r9(name: str, floor: float) -> None:
    rows = [json.loads(x) for x in (DATA / name).read_text(encoding="utf-8").splitlines() if x.strip()]
    verdicts = [judge(parse(r["text"], today=r["today"]), r["expect"]) for r in rows]
    assert sum(v.correct for v in verdicts) / len(rows) >= floor
    assert not [r["id"] for r, v in zip(rows, verdicts, strict=True) if v.silent]
