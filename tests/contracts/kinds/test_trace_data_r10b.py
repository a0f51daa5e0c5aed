"""Round 10 (second pass), traceability and data_access: the classes of request fixed, each by its parse result.

Held-out sets: tests/language/data/heldout_trace_data_r10b.jsonl (written before the fixes: 30/42 = 71.4%, 7 silent
on the untouched code; 40/42, 1 silent after) and heldout_trace_data_r10b_after.jsonl (written after them, scored
once untuned: 19/22 = 86.4%, 2 silent: "reefer containers of bananas" kept whole, "次序待甲方确认" not read as an
unsettled order).

Documented decision (round 10b): a department of a named company ("平安保险核保部", "the underwriting desk of
Allianz") names one organisational unit that can hold an account, so it is a reader that can be named; an unnamed
party or role ("乙方", "my landlord", "the dispatcher at DHL") is still asked."""

from __future__ import annotations

import pytest

from ._newkinds import read_as

TODAY = "2026-12-02"


def _trace(text: str) -> tuple[dict[str, object], set[str]]:
    return read_as("traceability", text, TODAY)


def _data(text: str) -> tuple[dict[str, object], set[str]]:
    return read_as("data_access", text, TODAY)


# --- traceability: an order not settled, said in any word order -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "trace the figs: picking, drying, packing. Order still TBD",
        "trace the rum: fermenting, distilling, ageing — we haven't decided the order yet",
        "track the crates: loading, transit, unloading, still figuring out the sequence",
        "Trace the jam: boiling, jarring, sealing\n\nEDIT: sequence not decided yet",
        "腊肉溯源：腌制、熏制、风干，先后还待定",
        "追溯茶叶：采摘、揉捻、烘干，次序再说吧",
        "嗯那个，帮我做个棉花的追溯，采摘、轧花、打包，嗯，顺序我还不太确定",
        "阿胶溯源：熬胶、切块、晾胶，不过先后顺序我还没想好",
    ],
)
def test_an_unsettled_order_either_side_asks_the_stages(text: str) -> None:
    params, asked = _trace(text)
    assert params["stages"] is None and "stages" in asked


@pytest.mark.parametrize(
    "text",
    [
        "trace the tea in this order: plucking, withering, rolling. not sure who records rolling",
        "追溯大米：育秧、插秧、收割，按这个顺序，负责人待定",
    ],
)
def test_an_order_word_beside_another_doubt_keeps_the_stages(text: str) -> None:
    params, _ = _trace(text)
    assert params["stages"]


# --- traceability: list shapes and the item ---------------------------------------------------------------------


def test_actor_clauses_after_a_dash_are_the_stages() -> None:
    params, asked = _trace(
        "Co-op in Nakuru: trace avocados — the farmer records picking, the packhouse records grading, "
        "the exporter records shipping"
    )
    assert params["stages"] == ["picking", "grading", "shipping"]
    assert params["stage_roles"] == ["farmer", "packhouse", "exporter"] and not asked & {"stages", "stage_roles"}


def test_a_who_records_header_is_the_actor_column_and_a_last_bracket_the_item() -> None:
    params, _ = _trace("| step | who logs |\n|---|---|\n| tapping | farmer |\n| drying | co-op |\n(rubber sheets)")
    assert params["stages"] == ["tapping", "drying"] and params["stage_roles"] == ["farmer", "co-op"]
    assert params["item"] == "rubber sheets"


def test_a_remark_in_brackets_is_no_item() -> None:
    params, _ = _trace("trace the tea: plucking, drying\n(draft)")
    assert params["item"] == "tea"


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("Our sheep milk needs a chain of custody:\n1. milking\n2. chilling\n3. bottling", "sheep milk"),
        ("嗯那个我们想给那个荔枝做个溯源，就是采摘、预冷、装箱", "荔枝"),
        ("甲方要求对冷冻虾仁进行追溯：捕捞、加工、冷冻、配送", "冷冻虾仁"),
    ],
)
def test_the_item_behind_a_need_a_filler_or_a_demand(text: str, item: str) -> None:
    params, _ = _trace(text)
    assert params["item"] == item


# --- data_access ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "data"),
    [
        ("Share my X-rays with Dr. Silva", "X-rays"),
        ("SMS: pls let my sis Wanjiru see my M-Pesa statements 5 days", "M-Pesa statements"),
        ("can let my boss Mr Tan see my payslips 3 days or not", "payslips"),
        ("兹授权乙方查阅甲方审计报告，期限三十天", "审计报告"),
    ],
)
def test_the_data_owned_or_before_a_bare_duration(text: str, data: str) -> None:
    params, _ = _data(text)
    assert params["data"] == data


def test_a_contract_party_without_a_name_is_asked() -> None:
    params, asked = _data("兹授权乙方查阅甲方财务报表，期限三十天")
    assert params["reader"] is None and "reader" in asked


def test_a_department_of_a_named_company_is_a_reader() -> None:
    params, _ = _data("授权给平安保险核保部查看我的体检报告七天")
    assert params["reader"] == "平安保险核保部"
