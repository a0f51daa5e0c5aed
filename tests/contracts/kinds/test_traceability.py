"""Traceability: held-out requests parse right or ask; Slither clean; self-test; fuzzed record attempts by every
actor: only the stage's role appends, in order, and the history only grows (py-evm)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledgerlm.contracts.kinds.traceability.plugin import doc_hash, item_id
from ledgerlm.contracts.spec import build_spec
from ledgerlm.errors import ContractReverted, SpecError

from ._newkinds import explain, score, self_test, slither_counts
from .conftest import accounts, compile_kind, rolled_back

PARAMS = {"stages": ["harvested", "roasted", "shipped", "delivered"], "item": "coffee lots"}

KIND = "traceability"
CLI_REQUEST = "供应链溯源：种植、加工、运输、销售四个环节"


@pytest.fixture(scope="module")
def artifact(module_env):  # noqa: ANN001, ANN201
    return compile_kind("traceability", PARAMS)


def test_heldout_requests_parse_or_ask() -> None:
    ok, silent, lines = score("traceability")
    assert silent == 0, lines
    assert ok >= 5, lines


def test_spec_rules() -> None:
    with pytest.raises(SpecError, match="distinct"):
        build_spec("traceability", {"stages": ["a", "a"]})
    assert build_spec("traceability", {}).missing() == ["stages"]


def test_slither_no_high_or_medium(module_env) -> None:  # noqa: ANN001
    counts = slither_counts("traceability", PARAMS)
    assert counts.get("High", 0) == 0 and counts.get("Medium", 0) == 0, counts


def test_self_test(chain, artifact) -> None:  # noqa: ANN001
    with rolled_back(chain):
        checks = self_test(chain, artifact, "traceability", PARAMS)
    assert any("append-only" in c for c in checks)


@given(attempts=st.lists(st.tuples(st.integers(0, 1), st.integers(0, 4), st.integers(0, 3)), min_size=1, max_size=10))
@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
def test_only_stage_role_appends_in_order(chain, artifact, attempts: list[tuple[int, int, int]]) -> None:  # noqa: ANN001
    with rolled_back(chain):
        actors = accounts(chain, 5)  # actors[i] holds stage i's role; actors[4] holds none
        admin = chain.account(chain.default_account.address)
        address = chain.deploy(artifact, [PARAMS["stages"], chain.default_account.address]).address
        fn = chain.contract(address, artifact.abi).functions
        for i in range(4):
            chain.transact(fn.grantRole(chain.call(fn.stageRole(i)), actors[i]), sender=admin)
        reference: dict[int, list[tuple[int, str]]] = {0: [], 1: []}
        for item, who, stage in attempts:
            before = list(chain.call(fn.history(item_id(str(item)))))
            try:
                chain.transact(
                    fn.record(item_id(str(item)), stage, doc_hash(f"{item}/{stage}"), ""),
                    sender=chain.account(actors[who]),
                )
                ok = True
            except ContractReverted:
                ok = False
            allowed = who == stage and stage == len(reference[item])
            assert ok == allowed
            if ok:
                reference[item].append((stage, actors[who]))
            after = list(chain.call(fn.history(item_id(str(item)))))
            assert after[: len(before)] == before  # append-only
            assert [(int(r[0]), r[1]) for r in after] == reference[item]


def test_explainer_both_languages(artifact) -> None:  # noqa: ANN001
    en = explain("traceability", PARAMS, artifact.abi, "en")
    zh = explain("traceability", PARAMS, artifact.abi, "zh")
    assert "harvested -> roasted -> shipped -> delivered" in en and "never changed or removed" in en
    assert "4 个环节" in zh


def test_cli_create_end_to_end(module_env) -> None:  # noqa: ANN001
    """``ledgerlm create "<request>" --chain memory --yes --json`` parses, compiles, analyses, self-tests, deploys."""
    import json

    from typer.testing import CliRunner

    from ledgerlm.cli.main import app

    res = CliRunner().invoke(app, ["create", CLI_REQUEST, "--chain", "memory", "--yes", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["kind"] == KIND and out["address"].startswith("0x") and out["checks"]
    assert not {"High", "Medium"} & set(out["analysis"])


def test_round4_heldout_floor() -> None:
    """Round-4 hand-written requests (before and after tuning): never silently wrong, and the floor measured."""
    from ._newkinds import judged_round4

    total, correct, silent = judged_round4("traceability")
    assert total == 34
    assert silent == []
    assert correct >= 33


def test_lists_in_other_forms_and_a_count_that_disagrees() -> None:
    from ledgerlm.contracts.request import parse

    r = parse("track wine bottles: harvest (vineyard), bottling (winery), shipping (distributor)", today="2026-12-01")
    assert r.params["stages"] == ["harvest", "bottling", "shipping"]
    assert r.params["stage_roles"] == ["vineyard", "winery", "distributor"]
    r = parse("stages for our honey jars: 1) extraction 2) filtering 3) bottling", today="2026-12-01")
    assert (r.params["item"], r.params["stages"]) == ("honey jars", ["extraction", "filtering", "bottling"])
    r = parse("溯源：鸡蛋，养殖 > 分拣 > 冷链 > 超市", today="2026-12-01")
    assert (r.params["item"], r.params["stages"]) == ("鸡蛋", ["养殖", "分拣", "冷链", "超市"])
    r = parse("茶叶溯源，5个环节：种植，采摘，加工，销售", today="2026-12-01")  # 5 said, 4 listed: asked
    assert r.params.get("stages") is None and r.questions


#: round 5: hand-written before tuning (r5) and after each tuning step (r5_after … r5_after5), blind3 format
ROUND5 = tuple(
    f"heldout_trace_data_r5{suffix}.jsonl" for suffix in ("", "_after", "_after2", "_after3", "_after4", "_after5")
)


def test_round5_heldout_never_silent() -> None:
    """The extractor alone (kind given): every round-5 row right or asked, none silently wrong (docs figures)."""
    from ._newkinds import judged_files

    total, correct, silent = judged_files("traceability", ROUND5, force_kind=True)
    assert total == 105
    assert silent == []
    assert correct >= 100


def test_stage_lists_have_certain_edges_or_are_asked() -> None:
    from ledgerlm.contracts.request import parse

    def read(text: str) -> tuple[object, object, object, list[str]]:
        r = parse(text, today="2026-12-01", kind="traceability")
        p = r.params
        return p["item"], p["stages"], p["stage_roles"], [f for q in r.questions for f in q.fields]

    # a list in a sentence: verbs and the count are cut off its edges; one actor, several stages
    item, stages, roles, _ = read(
        "我们做有机蔬菜，想上链记录种植、采收、检测、配送四个环节，检测那步只能由第三方检测机构写"
    )
    assert (item, stages, roles) == ("有机蔬菜", ["种植", "采收", "检测", "配送"], [None, None, "第三方检测机构", None])
    _, stages, roles, _ = read(
        "stages: grape picking, fermentation, bottling, distribution. Vineyard records picking, "
        "Cellar does fermentation and bottling, DHL does distribution"
    )
    assert roles == ["Vineyard", "Cellar", "Cellar", "DHL"]
    _, stages, roles, _ = read("I need to track diamonds: mined, cut, polished, certified (by GIA), sold")
    assert (stages, roles) == (["mined", "cut", "polished", "certified", "sold"], [None, None, None, "GIA", None])
    assert read("海鲜溯源 捕捞-冷冻-运输-验货-销售")[:2] == ("海鲜", ["捕捞", "冷冻", "运输", "验货", "销售"])
    assert read("帮我做个溯源合约，记录大米从田里到餐桌的全过程")[:2] == ("大米", None)
    # a bracket that says how long is no actor; "etc." leaves the list open; prose after the list: asked
    _, stages, roles, _ = read("track artisanal cheese wheels: curdling, pressing, salting, aging (6 months), selling")
    assert stages == ["curdling", "pressing", "salting", "aging", "selling"] and roles is None
    _, stages, _, asked = read("溯源蜂蜜：采蜜、过滤、灌装等环节")
    assert stages is None and "stages" in asked
    _, stages, _, asked = read("track beef thru farm > abattoir > butcher and then the freezer of my restaurant")
    assert stages is None and "stages" in asked


#: round 6: hand-written before tuning (r6, 30 rows of this kind), then three sets each written after a round of
#: fixes and measured once before the next (r6_after … r6_after8, 15 rows of this kind each)
ROUND6 = tuple(
    f"heldout_trace_data_r6{x}.jsonl"
    for x in ("", "_after", "_after2", "_after3", "_after4", "_after5", "_after6", "_after7", "_after8")
)


def test_round6_heldout_never_silent() -> None:
    """The extractor alone (kind given) on the round-6 rows: none silently wrong (docs figures)."""
    from ._newkinds import judged_files

    total, correct, silent = judged_files("traceability", ROUND6, force_kind=True)
    assert total == 150
    assert silent == []
    # round 7: 140 (was 141); an item opening with a describing compound ("single-origin cacao", "small-batch hot
    # sauce", "conflict-free tin") is asked: these sets keep the compound, the round-6 blind set drops it
    assert correct >= 140


def test_round6_classes_stage_with_actor_references_and_item_edges() -> None:
    """The classes round 6 fixed, each a general rule (lists.py, actors.py, extract.py)."""
    from ledgerlm.contracts.request import parse

    def read(text: str) -> tuple[object, object, object, list[str]]:
        r = parse(text, today="2026-12-01", kind="traceability")
        p = r.params
        return p["item"], p["stages"], p["stage_roles"], [f for q in r.questions for f in q.fields]

    # "X由Y记录" list items are a stage with its actor, never the item
    assert read("药品追溯：生产由药厂记录，入库由仓库管理员记录，配送由物流公司记录，销售由药店记录")[:3] == (
        "药品",
        ["生产", "入库", "配送", "销售"],
        ["药厂", "仓库管理员", "物流公司", "药店"],
    )
    # "by <actor>" with an apostrophe; an actor of several lower-case words; the rest named by reference
    _, stages, roles, _ = read("trace wool: shearing by the farmer / scouring by the mill / knitting by Brenna's Knits")
    assert (stages, roles) == (["shearing", "scouring", "knitting"], ["farmer", "mill", "Brenna's Knits"])
    _, _, roles, _ = read(
        "Track each refurbished laptop: intake -> data wipe -> repair -> QA -> resale. "
        "QA is done by the QA lead, every other step by a technician"
    )
    assert roles == ["technician", "technician", "technician", "QA lead", "technician"]
    _, _, roles, asked = read("中药材溯源：种植、采收、仓储，种植和采收由合作社记录")
    assert roles == ["合作社", "合作社", None]
    _, _, roles, asked = read("农药溯源：生产 - 批发 - 零售 - 使用，零售这一环由农资店记录")
    assert roles == [None, None, "农资店", None] and asked == []  # the 零 of 零售 and 这一 are no numbers
    # a slash tight inside a stage name; a title before a space list; a count word 几
    assert read("track insulin pens: fill/finish, QC release, distribution")[1] == [
        "fill/finish",
        "QC release",
        "distribution",
    ]
    assert read("茶叶溯源 采摘 杀青 揉捻 烘干")[:2] == ("茶叶", ["采摘", "杀青", "揉捻", "烘干"])
    assert read("想上链：播种、插秧、收割、烘干这几个环节都记下来")[1] == ["播种", "插秧", "收割", "烘干"]
    # item edges: a route compound, a participle, a Chinese item after an English cue, a head noun before its list
    assert read("farm-to-cup coffee tracking, stages are picking, washing, roasting")[0] == "coffee"
    assert read("I want every step of our cold brew recorded on chain: sourcing, steeping, kegging")[0] == "cold brew"
    assert read("traceability for 榴莲: 种植 → 采摘 → 海关检验 → 门店")[0] == "榴莲"
    assert read("diamonds: mined, cut, certified (by GIA), set, sold")[0] == "diamonds"
    assert read("记录一下每桶原浆啤酒的流程 糖化→发酵→过滤→灌装")[0] == "原浆啤酒"


def test_round6_order_words_maps_bullets_and_pasted_lists() -> None:
    """Order words, role maps, bullets, a title clause, pasted lists and stage groups that are not sure."""
    from ledgerlm.contracts.request import parse

    def read(text: str) -> tuple[object, object, object, list[str]]:
        r = parse(text, today="2026-12-01", kind="traceability")
        p = r.params
        return p["item"], p["stages"], p["stage_roles"], [f for q in r.questions for f in q.fields]

    assert read("first harvest, then drying, then roasting, finally packing")[1] == [
        "harvest",
        "drying",
        "roasting",
        "packing",
    ]
    assert read("Step 1 harvest, step 2 sorting, step 3 shipping")[1] == ["harvest", "sorting", "shipping"]
    assert read("茶叶溯源：第一步采摘，第二步晾晒，第三步包装")[1] == ["采摘", "晾晒", "包装"]
    assert read("茶叶溯源：采摘、杀青、再加工")[1] == ["采摘", "杀青", "再加工"]  # 再 of a stage's name stays
    _, _, roles, _ = read(
        "wine provenance: harvest → fermentation → bottling → retail (harvest: Vineyard Co, bottling: BottleWorks)"
    )
    assert roles == ["Vineyard Co", None, "BottleWorks", None]
    _, _, roles, _ = read(
        "provenance — antique furniture — restoration, appraisal, listing, sale (appraisal by Christie's)"
    )
    assert roles == [None, "Christie's", None, None]
    assert read("茶叶溯源：采摘、杀青、包装（由包装厂记录）")[1:3] == (["采摘", "杀青", "包装"], [None, None, "包装厂"])
    assert read("coffee traceability\nstages:\n- harvest\n- washing (by the mill)\n- roasting")[1:3] == (
        ["harvest", "washing", "roasting"],
        [None, "mill", None],
    )
    assert read("我们公司卖的红酒想做溯源，葡萄采摘，酿造，灌装，销售")[:2] == (
        "红酒",
        ["葡萄采摘", "酿造", "灌装", "销售"],
    )
    assert read("{item: 'frozen dumplings', stages: ['mixing','wrapping','freezing']}")[:2] == (
        "frozen dumplings",
        ["mixing", "wrapping", "freezing"],
    )
    assert read("我们是卖海参的，从捕捞到加工到质检到销售都想记下来")[1] == ["捕捞", "加工", "质检", "销售"]
    assert read("记录每一批化肥的流向：出厂，经销商，零售点，农户")[0] == "化肥"
    # two stages joined before 由 but not at a clause start: asked, never half-filled
    _, _, roles, asked = read("螺蛳粉溯源：生产、包装、物流，工厂的生产和包装都由工厂记录")
    assert roles is None and "stage_roles" in asked
    # a pronoun is never the item
    assert read("our beans get harvested, fermented and dried before we ship them to Hamburg")[0] is None


def test_round6_clause_links_businesses_and_periods() -> None:
    """A clause after the last separator ends the list; a firm after 的 is no item; emoji end a list."""
    from ledgerlm.contracts.request import parse

    def read(text: str) -> tuple[object, object, object]:
        p = parse(text, today="2026-12-01", kind="traceability").params
        return p["item"], p["stages"], p["stage_roles"]

    assert read("茶油溯源，采果，晒果，压榨，精炼，灌装，其中压榨由油坊记录") == (
        "茶油",
        ["采果", "晒果", "压榨", "精炼", "灌装"],
        [None, None, "油坊", None, None],
    )
    assert read("我们是一家做宠物粮的公司，需要把原料入厂、生产、检测、出厂这几个环节上链")[0] == "宠物粮"
    assert read("海鲜溯源👉捕捞、急冻、运输、上架👈 急冻由加工厂负责")[1:] == (
        ["捕捞", "急冻", "运输", "上架"],
        [None, "加工厂", None, None],
    )
    assert read("watch provenance: manufacture, first sale, servicing, resale")[1][1] == "first sale"
    assert read("i need provenance for 3D printed parts: design, print, inspection")[0] == "3D printed parts"


def test_round6_pipes_repeated_stages_and_lifecycle_words() -> None:
    from ledgerlm.contracts.request import parse

    def read(text: str) -> tuple[object, object, object]:
        p = parse(text, today="2026-12-01", kind="traceability").params
        return p["item"], p["stages"], p["stage_roles"]

    assert read("咖啡豆溯源｜种植｜处理｜烘焙｜销售")[:2] == ("咖啡豆", ["种植", "处理", "烘焙", "销售"])
    assert read("批次追溯 | 产品：婴幼儿辅食 | 环节：原料验收/生产/灭菌/出厂 | 灭菌：质检员") == (
        "婴幼儿辅食",
        ["原料验收", "生产", "灭菌", "出厂"],
        [None, None, "质检员", None],
    )
    # a last item that repeats a stage with its actor is a sentence about that stage
    assert read("沉香溯源 种植 结香 采香 鉴定 销售 鉴定由鉴定中心记录")[1:] == (
        ["种植", "结香", "采香", "鉴定", "销售"],
        [None, None, None, "鉴定中心", None],
    )
    assert read("汽车电池包全生命周期追溯：电芯生产、模组、装车、回收")[0] == "汽车电池包"
    assert read("IoT sensor modules — tracking: SMT assembly, firmware flashing, packing")[0] == "IoT sensor modules"


ROUND6B = (
    "heldout_trace_data_r6b.jsonl",
    "heldout_trace_data_r6b_after.jsonl",
    "heldout_trace_data_r6b_after2.jsonl",
)


def test_round6b_heldout_never_silent() -> None:
    """Round 6b: 30 rows written before the gate, 15 + 15 after it (each measured once, unseen): none silent."""
    from ._newkinds import judged_files

    total, correct, silent = judged_files("traceability", ROUND6B, force_kind=True)
    assert total == 60
    assert silent == []
    assert correct >= 58


def test_round6b_gate_re_reads_each_value() -> None:
    """The second reading (gate.py): a value whose words the gate cannot account for is asked, never filled."""
    from ledgerlm.contracts.kinds.traceability.gate import weak
    from ledgerlm.contracts.request import parse

    text = "trace x"
    assert weak("生产由药厂记录", "item", "生产由药厂记录") == "a clause word inside"
    assert weak("knitting by Brenna's Knits", "stage", "knitting by Brenna's Knits") == "a clause word inside"
    assert weak("farm-to-cup coffee", "item", "farm-to-cup coffee") == "a route compound"
    assert weak("coffee", "item", text) == "not written as such in the text"
    assert weak("茶厂", "item", "茶厂") == "a firm, not what it makes"
    assert weak("logged in", "stage", "logged in") is None  # a phrasal verb's particle may end a stage
    assert weak("和面", "stage", "和面") is None  # a stage is a whole list item: 和 may begin it
    assert weak("received at lab", "stage", "received at lab") is None

    def asked(text: str, field: str) -> bool:
        r = parse(text, today="2026-12-01", kind="traceability")
        return r.params.get(field) is None and any(field in q.fields for q in r.questions)

    # a filler at a stage's edge, a proper name riding along in a stage, a list that goes on after an order word
    assert asked(
        "ok so the flow for our kimchi is basically salting then seasoning then fermenting then jarring", "stages"
    )
    assert asked("tracking beef cattle - born at Ridge Ranch, fattened at a feedlot, slaughtered, packed", "stages")
    assert asked("追溯一下我们的普洱：采茶、晒青，压饼都是老李在做，然后仓储", "stages")
    # a firm is who makes the item, never the item
    r = parse(
        "我们是做大红袍的茶厂，需要把采摘、做青、炒青、烘焙、包装这几个步骤记到链上",
        today="2026-12-01",
        kind="traceability",
    )
    assert r.params.get("item") != "茶厂"
    q = parse("追溯一下我们的普洱：采茶、晒青，压饼都是老李在做，然后仓储", today="2026-12-01", kind="traceability")
    assert any("列表可能没有读完" in x.text for x in q.questions)  # the reason comes in the user's language


def test_round6b_item_classes() -> None:
    """Round 6b extractor classes: a misspelt kind word before "for", a firm with a modifier after 的."""
    from ledgerlm.contracts.request import parse

    def item(text: str) -> object:
        return parse(text, today="2026-12-01", kind="traceability").params.get("item")

    assert item("traceabilty for our hemp seed oil: cold pressing, filtering, bottling") == "hemp seed oil"
    assert item("我们是做大红袍的茶厂，需要把采摘、做青、烘焙、包装这几个步骤记到链上") == "大红袍"
    assert item("我们是做米酒的小作坊，想追溯：蒸米、发酵、装瓶") == "米酒"
