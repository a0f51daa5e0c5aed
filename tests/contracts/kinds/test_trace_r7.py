"""Round 7 (issues 16 and 8): traceability and data_access, the classes the round-6 blind set and the round-7 sets
found. Each assertion is one general rule (documented where it is defined); the floors keep every round-7 set at
zero silently wrong values. Parse-only: fast."""

from __future__ import annotations

from typing import Any

import pytest

from ledgerlm.contracts.request import parse

ROUND7 = (
    "heldout_trace_data_r7.jsonl",
    "heldout_trace_data_r7_after.jsonl",
    "heldout_trace_data_r7_after2.jsonl",
    "heldout_trace_data_r7_after3.jsonl",
    "heldout_trace_data_r7_after4.jsonl",
)


def _read(text: str, kind: str) -> tuple[dict[str, Any], set[str]]:
    r = parse(text, kind=kind, today="2026-12-01")
    asked: set[str] = set(r.missing)
    for q in r.questions:
        asked.update(q.fields)
    return dict(r.params), asked


def _trace(text: str) -> tuple[dict[str, Any], set[str]]:
    return _read(text, "traceability")


def _data(text: str) -> tuple[dict[str, Any], set[str]]:
    return _read(text, "data_access")


@pytest.mark.parametrize("kind", ["traceability", "data_access"])
def test_round7_heldout_never_silent(kind: str) -> None:
    """The round-7 sets (60 written before tuning, then four sets of 30 written after it, each measured once before
    the fixes it led to): none silently wrong."""
    from ._newkinds import judged_files

    total, correct, silent = judged_files(kind, ROUND7, force_kind=True)
    assert total == 90
    assert silent == []
    assert correct >= {"traceability": 75, "data_access": 85}[kind]


def test_zh_actor_before_the_stage_without_you() -> None:
    p, _ = _trace("茶叶溯源：茶农采摘，加工厂杀青，质检中心检测，最后经销商上架")
    assert p["stages"] == ["采摘", "杀青", "检测", "上架"]
    assert p["stage_roles"] == ["茶农", "加工厂", "质检中心", "经销商"]
    p, _ = _trace("大米溯源：农户种植，米厂加工，物流公司运输，超市销售")
    assert p["stage_roles"] == ["农户", "米厂", "物流公司", "超市"]
    p, _ = _trace("牛肉溯源：牧场负责养殖，屠宰场负责屠宰，顺丰冷运负责运输")
    assert (p["stages"], p["stage_roles"]) == (["养殖", "屠宰", "运输"], ["牧场", "屠宰场", "顺丰冷运"])
    # a list of names keeps them whole; an item that splits in two places, or a lone actor-headed item, is asked
    p, _ = _trace("溯源：工厂生产、门店销售、仓库入库")
    assert p["stages"] == ["工厂生产", "门店销售", "仓库入库"]
    for text in ("药品追溯：药厂生产，医药公司配送，医院药房发药", "茶叶溯源：采摘、杀青、质检中心检测、上架"):
        p, asked = _trace(text)
        assert p.get("stages") is None and "stages" in asked
        assert p.get("item") != "药厂生产"  # the words of an asked list are never the item
    p, asked = _trace("牛奶溯源要这几步：牧场挤奶，乳品厂加工，冷链车运输，便利店售卖")  # one long item does not split
    assert p.get("stages") is None and "stages" in asked


def test_en_actors_by_at_and_brackets_that_are_sentences() -> None:
    p, _ = _trace(
        "track our honey jars: harvested by the beekeeper, extracted at the co-op, lab tested by Apiary Labs, "
        "then shipped by the distributor"
    )
    assert p["stages"] == ["harvested", "extracted", "lab tested", "shipped"]
    assert p["stage_roles"] == ["beekeeper", "co-op", "Apiary Labs", "distributor"]
    p, _ = _trace("diamonds: mined, cut, certified (GIA does this one), sold")
    assert p["stage_roles"] == [None, None, "GIA", None]
    p, _ = _trace("Stages: grown (by the farm), fermented (by our kitchen), bottled")
    assert p["stage_roles"] == ["farm", "kitchen", None]
    # "by" inside a comma list names the last stage's actor, not every stage before it
    p, _ = _trace("forensic samples: collected by the officer, sealed, transferred to the lab, analysed by Dr. Patel")
    assert p["stage_roles"] == ["officer", None, None, "Dr. Patel"]
    p, _ = _trace("cheese: milking, curdling, ripening and packing. Ripening is done by our affineur, Mme Giraud.")
    assert p["stage_roles"] == [None, None, "Mme Giraud", None]


def test_a_stage_named_again_or_an_order_word_inside_is_asked() -> None:
    p, _ = _trace(
        "we sell refurbished laptops. Every unit goes through intake, data wipe, repair, grading and resale. "
        "Data wipe is handled by Blancco, grading is our QA team's job."
    )
    assert p["stage_roles"] == [None, "Blancco", None, "QA team", None]  # "X is Y's job"
    p, asked = _trace(  # a clause naming a stage again that no reading used: the actors are asked
        "provenance for art prints: printing (by PrintLab), signing by the artist, framing, shipping — "
        "the artist also does framing"
    )
    assert p.get("stage_roles") is None and "stage_roles" in asked
    p, asked = _trace("溯源我家的土鸡蛋，鸡场养殖然后收蛋，再到分拣，最后快递发货")
    assert p.get("stages") is None and "stages" in asked
    p, asked = _trace("Trace our wool: shearing on the farm, scouring at the mill, spinning, knitting by Nana's Knits")
    assert p.get("stages") is None and "stages" in asked


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("log every hand-off of the evidence bags: seized, logged, sent to lab, returned", "evidence bags"),
        ("溯源：疫苗。环节：出厂（药厂）、冷链运输（物流公司）、入库（疾控中心）", "疫苗"),
        ("溯源 coffee: harvest, wash, dry, roast, pack", "coffee"),
        ("二手手机翻新流程上链：回收、检测、翻新、质检、售出", "二手手机"),
        ("saffron threads, four steps: picked, dried, graded, packed", "saffron threads"),
        ("想把我们果园的脐橙做成可溯源的：采摘（果农）、分拣（合作社）", "脐橙"),
        ("every airbag we make needs a trace: moulding, assembly, crash testing", "airbag"),
        ("lot tracking for API: synthesis, purification, QC release, shipment", "API"),
        ("追溯链路：矿山→冶炼厂→精炼厂→门店，对象是黄金", "黄金"),
        ("I want each bottle of our rye whiskey to be traceable: mash, ferment, distill, bottle", "rye whiskey"),
    ],
)
def test_round7_item_classes(text: str, item: str) -> None:
    assert _trace(text)[0]["item"] == item


def test_an_item_with_a_describing_compound_is_asked_never_cut() -> None:
    p, asked = _trace("We make small-batch hot sauce. Stages: grown, fermented, bottled")
    assert p.get("item") is None and "item" in asked
    # two readings of what is tracked, in different places, that disagree: asked with both
    p, asked = _trace("We sell tea. Track our oolong: picking, withering, rolling, roasting")
    assert p.get("item") is None and "item" in asked
    p, _ = _trace("we're a small cheese farm and want every wheel of gouda tracked: milking, pressing, brining")
    assert p.get("item") != "wheel of gouda"


@pytest.mark.parametrize(
    ("text", "data", "reader"),
    [
        ("grant read access on the dataset ocean-temps-2026 to Halcyon Research Ltd. for six weeks",
         "ocean-temps-2026", "Halcyon Research Ltd."),
        ("keep a record of who opens the building blueprints; the contractor Baumeister AG may read them for 60 days",
         "building blueprints", "Baumeister AG"),
        ("share 我的 blood test results with 0xD688915c10bED84e5a06538b03AE2D98557f98d1 for 3 days",
         "blood test results", "0xD688915c10bED84e5a06538b03AE2D98557f98d1"),
        ("my kid's vaccination records -> the school nurse, Ms. Delacroix, access 365 days",
         "vaccination records", "Ms. Delacroix"),
        ("授权期限：至2027年3月1日；数据：论文原始数据；访问者：Dr. Kim", "论文原始数据", "Dr. Kim"),
        ("访问控制：数据=基因测序结果，读取方=华大基因，时长=30天", "基因测序结果", "华大基因"),
        ("我妈住院了，想把她的住院病历共享给我妹妹李娜，她在国外，给她两个星期的时间看", "住院病历", "李娜"),
        ("授权给 0x3333333333333333333333333333333333333333 读取 IoT 温湿度数据 30 天",
         "IoT 温湿度数据", "0x3333333333333333333333333333333333333333"),
        ("授权期限60天，数据为客户名单，读取者为销售总监王强", "客户名单", "王强"),
        ('{"data": "payroll 2025", "reader": "0x9999999999999999999999999999999999999999", "days": 30}',
         "payroll 2025", "0x9999999999999999999999999999999999999999"),
        ("let the Red Cross see my donor history for 30 days", "donor history", "Red Cross"),
        ("give the University of Tokyo access to our field trial data for 1 year", "field trial data",
         "University of Tokyo"),
    ],
)  # fmt: skip
def test_round7_data_and_reader_classes(text: str, data: str, reader: str) -> None:
    p, _ = _data(text)
    assert (p.get("data"), p.get("reader")) == (data, reader)


def test_round7_readers_that_are_asked() -> None:
    for text in (
        "give Dr. Kim and her team access to my MRI for 10 days",  # more than the one name reads
        "把车辆的行驶数据共享给保险公司人保财险，三个月",  # a kind of firm, then perhaps its name
        "给中国人寿的核保部门查看我的体检结果，30天",  # a department of someone
    ):
        p, asked = _data(text)
        assert p.get("reader") is None and "reader" in asked, text
    p, _ = _data("建个病历数据的访问登记，先不给任何人权限")  # a request verb is never the data
    assert p.get("data") == "病历数据"
