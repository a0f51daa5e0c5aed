"""Round 8 classes of the traceability and data_access readers: corrections said after a stage list, lists in
order words and numbered steps, pasted key lists, who records a stage in Chinese (让…记, 我自己), and a data
reader named by a job or relation before the name. Each value is read from the user's words or asked."""

from __future__ import annotations

import pytest

from ledgerlm.contracts.request import parse

TODAY = "2026-12-01"


def _trace(text: str) -> tuple[dict[str, object], set[str]]:
    r = parse(text, today=TODAY, kind="traceability")
    return dict(r.params), {f for q in r.questions for f in q.fields}


def _data(text: str) -> tuple[dict[str, object], set[str]]:
    r = parse(text, today=TODAY, kind="data_access")
    return dict(r.params), {f for q in r.questions for f in q.fields}


# -- corrections after the list (amend.py) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stages"),
    [
        (
            "苹果溯源：种植→采摘→分拣→冷藏→销售，哦对了，分拣之后还有个质检",
            ["种植", "采摘", "分拣", "质检", "冷藏", "销售"],
        ),
        ("疫苗溯源：出厂、入库、配送、接种，哦配送前还有个质检", ["出厂", "入库", "质检", "配送", "接种"]),
        ("茶叶溯源：采摘、杀青、包装，最后还有个销售", ["采摘", "杀青", "包装", "销售"]),
        (
            "provenance for our cheese: milking, curdling, aging, sale. oh wait, add waxing before sale",
            ["milking", "curdling", "aging", "waxing", "sale"],
        ),
        (
            "trace shoes: design, sewing, QC, shipping. oh and there's a packing step before shipping",
            ["design", "sewing", "QC", "packing", "shipping"],
        ),
        (
            "traceability for wine barrels: crushed, fermented, bottled, oh and aged between fermented and bottled",
            ["crushed", "fermented", "aged", "bottled"],
        ),
        (
            "trace pears: washing, packing, sale. oh and add labelling at the end",
            ["washing", "packing", "sale", "labelling"],
        ),
        (
            "trace the seafood: catch, processing, freezing, export. actually no freezing, it's shipped fresh",
            ["catch", "processing", "export"],
        ),
        ("蜂蜜溯源：采蜜、过滤、灌装、销售，过滤去掉", ["采蜜", "灌装", "销售"]),
    ],
)
def test_a_correction_after_the_list_is_applied(text: str, stages: list[str]) -> None:
    params, asked = _trace(text)
    assert params["stages"] == stages
    assert "stages" not in asked


def test_an_insertion_keeps_the_actors_with_their_stages() -> None:
    params, _ = _trace("trace steel: smelting (by Baosteel), rolling, delivery. oh and add inspection after rolling")
    assert params["stages"] == ["smelting", "rolling", "inspection", "delivery"]
    assert params["stage_roles"] == ["Baosteel", None, None, None]


@pytest.mark.parametrize(
    "text",
    [
        "trace pears: washing, packing, sale. oh and add labelling",  # added, but where?
        "茶叶溯源：采摘、杀青、包装，哦还有个环节忘了说",  # a stage forgotten, not named
        "trace honey: extraction, filtering, bottling. oh wait, something else before bottling",
    ],
)
def test_a_correction_not_read_for_certain_is_asked(text: str) -> None:
    params, asked = _trace(text)
    assert params.get("stages") is None and "stages" in asked


def test_an_evidence_span_covers_the_inserted_stage() -> None:
    r = parse("疫苗溯源：出厂、入库、配送、接种，哦配送前还有个质检", today=TODAY, kind="traceability")
    words = [sp.words for sp in r.evidence["stages"].spans]
    assert "质检" in words and any("还有个质检" in w for w in words)


# -- lists in order words, numbered steps, pasted key lists -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stages"),
    [
        ("茶叶溯源，先采摘，再杀青，然后揉捻，最后包装", ["采摘", "杀青", "揉捻", "包装"]),
        ("大米溯源：先种植，再收割，最后碾米", ["种植", "收割", "碾米"]),
        (
            "Tracking for the marble slabs. First quarry, then cutting, after polishing, at last the shipping.",
            ["quarry", "cutting", "polishing", "shipping"],
        ),
        ("红酒溯源 步骤一 采摘 步骤二 酿造 步骤三 装瓶", ["采摘", "酿造", "装瓶"]),
        ("trace tea: Step 1: plucking Step 2: withering Step 3: rolling", ["plucking", "withering", "rolling"]),
    ],
)
def test_order_words_and_step_numbers_are_no_part_of_a_stage(text: str, stages: list[str]) -> None:
    params, asked = _trace(text)
    assert params["stages"] == stages and "stages" not in asked


def test_two_chinese_stages_joined_by_an_order_word_are_asked() -> None:
    params, asked = _trace("猪肉溯源，先养殖再屠宰然后配送")
    assert params.get("stages") is None and "stages" in asked


def test_a_pasted_key_list_with_its_roles() -> None:
    params, _ = _trace(
        "trace item=lithium cells stages=[mined, refined, cell assembly, pack assembly, recycled] "
        "roles=[MinerCo, RefineCo, null, null, null]"
    )
    assert params["item"] == "lithium cells"
    assert params["stages"] == ["mined", "refined", "cell assembly", "pack assembly", "recycled"]
    assert params["stage_roles"] == ["MinerCo", "RefineCo", None, None, None]
    params, asked = _trace("trace stages=[mined, refined, recycled] roles=[MinerCo, RefineCo]")
    assert params.get("stages") is None and "stages" in asked  # 2 roles for 3 stages


def test_english_key_with_a_chinese_item_and_the_verb_ji() -> None:
    params, _ = _trace("溯源 item=茅台酒 stages=[酿造, 勾调, 灌装, 出库]，灌装由包装车间记")
    assert params["item"] == "茅台酒"
    assert params["stage_roles"] == [None, None, "包装车间", None]


def test_the_kind_word_trace_is_no_item() -> None:
    params, _ = _trace("canned tuna trace: fishing > canning > labelling > export")
    assert params["item"] == "canned tuna"
    params, _ = _trace("trace: pears, washing, packing, sale")
    assert params.get("item") != "trace"


# -- who records a stage, in Chinese -----------------------------------------------------------------------------


def test_rang_ji_and_the_writer_as_me() -> None:
    params, asked = _trace("五常大米溯源：种植、收割、碾米、包装、发货，收割和碾米让合作社记，其他仨环节我自己记")
    assert params["stage_roles"] == ["me", "合作社", "合作社", "me", "me"]
    assert not asked
    params, asked = _trace("茶叶溯源：采摘、杀青、包装，采摘由茶农记录，其他三个环节我自己记")
    assert params.get("stage_roles") is None and "stage_roles" in asked  # three said, two left


# -- data_access: who reads ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reader"),
    [
        ("授权我的律师王明查看合同扫描件，期限一周", "王明"),
        ("让我老公李强看我的产检报告，30天", "李强"),
        ("我想让会计师陈芳看公司的财务报表，十天", "陈芳"),
        ("给营养师小刘开放我的饮食记录，两周", "小刘"),
        ("我家的装修图纸给设计师阿Ken 看三天", "阿Ken"),
        ("给审计师陈会计开账本的访问权限，45天", "陈会计"),
    ],
)
def test_a_job_or_relation_before_a_chinese_name_is_no_part_of_it(text: str, reader: str) -> None:
    params, _ = _data(text)
    assert params["reader"] == reader


def test_an_organisation_after_a_job_word_stays_whole() -> None:
    params, _ = _data("给律师事务所看我的合同扫描件，3天")
    assert params.get("reader") in (None, "律师事务所")


def test_w_means_with_and_the_writer_is_no_reader() -> None:
    params, _ = _data("share my xray files w Dr. Halvorsen 14 days")
    assert params["data"] == "xray files" and params["reader"] == "Dr. Halvorsen"
    params, _ = _data("so I need my cardiologist, Dr. Olu Ade, to see my ECG readings for ten days")
    assert params["reader"] == "Dr. Olu Ade"


def test_a_permission_opened_for_someone_and_numbers_that_describe_the_data() -> None:
    params, asked = _data("给审计师陈会计开账本的访问权限，30天，不对，45天")
    assert "reader" not in asked
    assert params["data"] == "账本" and params["reader"] == "陈会计" and params["access_days"] == 45
    r = parse("我家的装修图纸（2018 年画的，一共 36 张）给设计师阿Ken 看三天", today=TODAY, kind="data_access")
    assert r.params["data"] == "装修图纸" and r.params["access_days"] == 3 and not r.questions
    r = parse("把 2026 年的销售报表给 0xFFF2Dcb3BcB9C4b44127d2e4ea45507825bc2a49 看 7 天", today=TODAY)
    assert r.kind == "data_access" and r.params["data"] == "销售报表" and not r.questions


@pytest.mark.parametrize(
    "text",
    [
        "data registry for client contracts, no readers yet",
        "I want to register my genome data, no readers yet",
        "我的住院记录给协和的张大夫开个权限，三十天",
    ],
)
def test_the_kind_is_known_from_its_own_words(text: str) -> None:
    assert parse(text, today=TODAY).kind == "data_access"


# -- round 8, second pass: who does an inserted stage, conditions that are no correction ---------------------------


def test_who_does_an_inserted_stage_is_read_with_it() -> None:
    params, asked = _trace(
        "trace coffee: picking, drying, roasting, shipping. After shipping there's a customs check by DHL."
    )
    assert params["stages"] == ["picking", "drying", "roasting", "shipping", "customs check"]
    assert params["stage_roles"] == [None, None, None, None, "DHL"] and not asked
    params, _ = _trace("鸡肉溯源：养殖、屠宰、冷链、配送，屠宰前有个检疫，由防疫站负责")
    assert params["stages"] == ["养殖", "检疫", "屠宰", "冷链", "配送"]
    assert params["stage_roles"] == [None, "防疫站", None, None, None]
    params, _ = _trace("trace vials: fill, finish, release, ship. oh and add labelling before ship, labelling by Acme")
    assert params["stage_roles"] == [None, None, None, "Acme", None]


def test_a_sentence_about_who_after_a_cue_is_no_correction() -> None:
    params, asked = _trace(
        "trace the vaccine vials: fill, finish, release, ship. oh and the release step is signed off by QA"
    )
    assert params["stages"] == ["fill", "finish", "release", "ship"]
    assert params["stage_roles"] == [None, None, "QA", None] and "stages" not in asked


def test_a_conditional_removal_is_never_applied() -> None:
    params, _ = _trace("trace honey: extraction, filtering, bottling; filtering is not needed for raw honey")
    assert params.get("stages") in (None, ["extraction", "filtering", "bottling"])
    params, asked = _trace("trace: harvest, QC, packing. Skip QC for organic batches")
    assert params.get("stages") is None and "stages" in asked


def test_vague_words_are_no_new_stage() -> None:
    params, asked = _trace("trace honey: extraction, filtering, bottling. oh wait, something else before bottling")
    assert params.get("stages") is None and "stages" in asked
    params, _ = _trace("trace lumber: felling, sawing, drying, delivery; oops forgot grading before delivery")
    assert params["stages"] == ["felling", "sawing", "drying", "grading", "delivery"]


def test_a_kind_of_job_without_a_name_is_asked_and_the_role_cue_does_not_override() -> None:
    params, asked = _data("给我的私人医生开放体检报告的查看权限，两个月")
    assert params.get("reader") is None and "reader" in asked
    params, asked = _data("让同事看报告5天")
    assert params.get("reader") is None and "reader" in asked
    params, _ = _data("给我的私人医生周明开放体检报告的查看权限，两个月")
    assert params["reader"] == "周明"
    params, _ = _data("给王医生看我的体检报告，3天")
    assert params["reader"] == "王医生"


def test_formal_grants_and_role_words_before_english_names() -> None:
    r = parse(
        "The Data Controller grants Brightwater Analytics Ltd. read access to the anonymised customer dataset for a "
        "period of 180 days.",
        today=TODAY,
        kind="data_access",
    )
    assert r.params["reader"] == "Brightwater Analytics Ltd." and not r.questions
    r = parse(
        "数据授权：授权方为本人，被授权方为北京康瑞医疗科技有限公司，授权内容为本人心电监测数据，授权期限为九十日。",
        today=TODAY,
        kind="data_access",
    )
    assert r.params["data"] == "心电监测数据" and r.params["reader"] == "北京康瑞医疗科技有限公司"
    params, _ = _data("let my GP Dr. Anna Berg see my blood results for 30 days")
    assert params["reader"] == "Dr. Anna Berg"
    params, _ = _data("Give access to my tax documents for accountant Mr. Okafor, during 60 days please")
    assert params["reader"] == "Mr. Okafor"


def test_a_pasted_table_reads_its_stage_and_actor_columns() -> None:
    params, _ = _trace("stage | actor\nharvest | Farm Co\nwash | \npack | PackHouse Ltd")
    assert params["stages"] == ["harvest", "wash", "pack"]
    assert params["stage_roles"] == ["Farm Co", None, "PackHouse Ltd"]
    params, asked = _trace("trace figs\nharvest | Farm Co\nwash | Wash Ltd\npack | PackHouse Ltd")
    assert params.get("stages") is None and "stages" in asked  # no header says which column holds the stages


def test_hesitations_a_final_order_word_and_a_dash_before_who() -> None:
    params, _ = _trace("um so like we grow tomatoes and uh the steps are planting, um, harvesting, and then packing")
    assert params["stages"] == ["planting", "harvesting", "packing"]
    params, _ = _trace("trace beer: brewing, fermenting, and finally kegging")
    assert params["stages"] == ["brewing", "fermenting", "kegging"]
    params, _ = _trace("追溯我们的茶叶：采摘，嗯，晾晒，呃，包装")
    assert params["stages"] == ["采摘", "晾晒", "包装"]
    params, _ = _trace("trace chairs: design, cut, assemble, paint, ship - paint is done by ColorCo")
    assert params["stage_roles"] == [None, None, None, "ColorCo", None]


def test_a_bare_title_is_asked() -> None:
    params, asked = _data("把孩子的成绩单给班主任看一周")
    assert params.get("reader") is None and "reader" in asked
    params, _ = _data("把孩子的成绩单给班主任李老师看一周")
    assert params["reader"] == "李老师"


def test_a_thing_opening_a_bare_list_is_asked_not_read_as_a_stage() -> None:
    params, asked = _trace("cocoa beans -> fermentation -> drying -> export -> grinding, drying done by the co-op")
    assert params.get("stages") is None and params.get("item") is None and {"stages", "item"} <= asked
    params, _ = _trace("harvest -> drying -> roasting")
    assert params["stages"] == ["harvest", "drying", "roasting"]


def test_more_item_and_removal_forms() -> None:
    params, _ = _trace("我们卖海鲜的，想追溯：捕捞、速冻、冷链、门店，速冻那步去掉")
    assert params["stages"] == ["捕捞", "冷链", "门店"]
    params, _ = _trace(
        "Tracking for the marble slabs we export. First quarry, then cutting, after polishing, at last the shipping."
    )
    assert params["item"] == "marble slabs"
    params, _ = _trace(
        "The Registry shall record, for each pharmaceutical lot, the following events in sequence: Manufacture (by "
        "the Manufacturer), Quality Release (by the Qualified Person), Distribution (by the Wholesaler), and "
        "Dispensing."
    )
    assert params["item"] == "pharmaceutical lot"
