"""Round 11, core: dictated Chinese with spaces between words read as unspaced Chinese (one reading at the parser's
entrance, evidence mapped back to the user's text), corrections after EDIT:/UPD: and "actually make it", numbers
by context."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.contracts.request import parse
from ledgerlm.language.extract import restructure
from ledgerlm.language.spaced import compose, despace, dictated

TODAY = "2026-12-02"


# --- despace: which spaces go, which stay -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # dictation: short words around many spaces
        ("借 给 阿 强 两千五 USDC 利息 年 百分之 四", "借给阿强 两千五 USDC 利息年 百分之四"),
        ("让 李 会计 查阅 本人 的 银行 流水 九十 天", "让李会计查阅本人的银行流水 九十天"),
        ("追蹤 每 一 瓶 紅酒，從 葡萄園 到 釀酒廠", "追蹤每一瓶紅酒，從葡萄園到釀酒廠"),
        # a number inside typed Chinese is joined, the separators around it stay
        ("代币 松果，总量 一 亿", "代币 松果，总量 一亿"),
        # Latin words and digits keep their spaces
        ("我 想 借给 Alice Wong 三千 个 USDT 3000", "我想借给 Alice Wong 三千个 USDT 3000"),
    ],
)
def test_despace_joins_dictated_words(text: str, want: str) -> None:
    shaped = despace(text)
    assert shaped is not None
    assert shaped.text == want


@pytest.mark.parametrize(
    "text",
    [
        "借给阿强两千五 USDC，年利率 4%，一年",  # unspaced: not rewritten at all
        "茶叶溯源 采摘 杀青 揉捻 烘干 包装",  # typed list of terms
        "溯源 牛奶：挤奶 杀菌 灌装 配送",
        "托管 1 ETH，付款方 老周，收款方 我，仲裁 李律师，期限 30 天",  # typed key value separators
        "多签 3/5：我 阿梁 小符 老邝 Kelvin",  # names listed after a colon
        "loan Alice Wong 3000 USDT for 6 months",
    ],
)
def test_despace_keeps_typed_separators(text: str) -> None:
    shaped = despace(text)
    assert shaped is None or shaped.text == text


def test_a_field_word_opens_a_new_setting_in_dictation() -> None:
    # no commas in dictation: the space before a field word is the comma a typist would write
    shaped = despace("托管 两千 USDT 给 卖家 小郑 仲裁 是 老板 期限 十 天 年 利率 百分之 四")
    assert shaped is not None
    assert "老板 期限" in shaped.text
    assert "年利率" in shaped.text


def test_dictated_needs_several_short_words() -> None:
    assert dictated("嗯 那个 我 想 借给 同事 三千 个 USDT")
    assert not dictated("代币 松果，代號 PINE")
    assert not dictated("帮忙弄个咖啡豆的溯源呗，种植 处理 烘焙 包装 售卖")


def test_despace_keeps_a_space_before_a_number_after_a_name() -> None:
    # "小周三千" would let the name take the number; the one-character "每" joins its number
    shaped = despace("我 想 借给 同事 小周 三千 个 USDT 每 一 个 月")
    assert shaped is not None
    assert "小周 三千个" in shaped.text
    assert "每一个月" in shaped.text


def test_despace_maps_every_span_back() -> None:
    text = "让 李 会计 查阅 本人 的 银行 流水"
    shaped = despace(text)
    assert shaped is not None
    at = shaped.text.index("银行流水")
    a, b = shaped.span(at, at + len("银行流水"))
    assert text[a:b] == "银行 流水"
    at = shaped.text.index("李会计")
    a, b = shaped.span(at, at + 3)
    assert text[a:b] == "李 会计"
    assert shaped.origin[-1] == len(text)


def test_compose_maps_through_a_table_rewrite() -> None:
    text = "贷款\n| 字段 | 值 |\n|---|---|\n| 借款 人 | 阿 强 |\n| 本金 | 一 万 USDT |"
    inner = despace(text)
    assert inner is not None
    outer = restructure(inner.text)
    both = compose(inner, outer)
    assert both is not None
    at = both.text.index("一万")
    a, b = both.span(at, at + 2)
    assert text[a:b] == "一 万"
    assert compose(None, outer) is outer
    assert compose(inner, None) is inner


# --- the parser reads the despaced copy, across kinds -------------------------------------------------------------


def _spans(result: object, name: str) -> list[str]:
    return [sp["words"] for sp in result.evidence[name].to_dict()["spans"]]  # type: ignore[attr-defined]


def test_spaced_loan() -> None:
    text = "嗯 那个 我 想 借给 同事 小周 三千 个 USDT，年化 百分之三，借 半年"
    r = parse(text, today=TODAY)
    assert r.kind == "loan"
    assert r.params["principal"] == Decimal(3000)
    assert r.params["annual_rate_pct"] == Decimal(3)
    assert r.params["term_months"] == Decimal(6)
    assert r.params["borrower"] == "小周"
    for name in ("principal", "borrower", "annual_rate_pct"):
        for sp in r.evidence[name].spans:
            assert text[sp.start : sp.end] == sp.words  # offsets into the user's own text


def test_spaced_token_value_comes_back_without_spaces() -> None:
    r = parse("我 要 发 一个 代币 名字 叫 星火 积分 代号 XHJF 总量 一 亿 枚 可以 增发", today=TODAY)
    assert r.kind == "token"
    assert r.params["name"] == "星火积分"
    assert r.params["initial_supply"] == Decimal(100_000_000)
    assert r.params["mintable"] is True
    assert _spans(r, "initial_supply") == ["一 亿"]


def test_spaced_traceability() -> None:
    r = parse("追蹤 每 一 瓶 紅酒，從 葡萄園 到 釀酒廠 再 到 經銷商", today=TODAY)
    assert r.kind == "traceability"
    assert r.params["stages"] == ["葡萄園", "釀酒廠", "經銷商"]
    assert r.params["item"] == "紅酒"


@pytest.mark.parametrize(
    "text",
    [
        "溯源芒果：果园采摘 → 包装 厂 → 超市",  # typed, one item spaced: before, "包装" and "厂" were two stages
        "溯源 每 一 箱 芒果：果园采摘 → 包装 厂 → 超市",  # dictated before the list
    ],
)
def test_a_space_inside_an_arrow_item_is_no_separator(text: str) -> None:
    r = parse(text, today="2026-12-02")
    assert (r.params["item"], r.params["stages"]) == ("芒果", ["果园采摘", "包装厂", "超市"])
    joined = despace(text)
    assert joined is not None and "包装厂" in joined.text


@pytest.mark.parametrize("text", ["追踪 芒果 果园 → 超市", "冷链溯源：疫苗 出厂→疾控中心→接种点"])
def test_an_arrow_list_does_not_fuse_the_item_before_it(text: str) -> None:
    """Before the first arrow a space may end the item being traced: the arrow rule does not join it."""
    joined = despace(text)
    assert joined is None or ("芒果果园" not in joined.text and "疫苗出厂" not in joined.text)


def test_spaced_data_access() -> None:
    text = "让 李 会计 查阅 本人 的 银行 流水 九十 天"
    r = parse(text, today=TODAY)
    assert r.kind == "data_access"
    assert r.params["data"] == "银行流水"
    assert r.params["reader"] == "李会计"
    assert r.params["access_days"] == Decimal(90)
    assert _spans(r, "data") == ["银行 流水"]


def test_unspaced_reads_as_before() -> None:
    r = parse("借给阿强两千五 USDC，年利率 4%，一年", today=TODAY)
    assert r.params["principal"] == Decimal(2500)
    assert r.params["borrower"] == "阿强"
    assert r.params["term_months"] == Decimal(12)


# --- corrections: edit labels, a named field, a weak marker asks ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "field", "want"),
    [
        ("loan to Femi 1500 USDT at 5% a year for 9 months.\nEDIT: 6% a year", "annual_rate_pct", Decimal(6)),
        ("DAO Lumen, token LUM, supply 1000000, quorum 4%, voting 5 days\nUPD: quorum 6%", "quorum_pct", Decimal(6)),
        ("借给阿华一万 USDT，年利率 4%，期限一年\n修改：年利率 5%", "annual_rate_pct", Decimal(5)),
        ("lend Ngozi 2000 USDC, 3 percent yearly, for 12 months, actually make it 4%", "annual_rate_pct", Decimal(4)),
    ],
)
def test_edit_label_replaces_the_value(text: str, field: str, want: Decimal) -> None:
    assert parse(text, today=TODAY).params[field] == want


def test_edit_label_takes_back_the_value_it_names() -> None:
    r = parse(
        "DAO Lumen, token LUM, supply 1000000, quorum 4%, proposal fee 2%, voting 5 days\nEDIT: quorum 6%", today=TODAY
    )
    assert r.params["quorum_pct"] == Decimal(6)


def test_edit_label_without_a_value_takes_nothing_back() -> None:
    r = parse("loan to Femi 1500 USDT at 5% a year for 9 months.\nEdit: typo in the name", today=TODAY)
    assert r.params["annual_rate_pct"] == Decimal(5)


def test_a_named_field_that_matches_no_earlier_value_asks() -> None:
    r = parse("loan to Femi 1500 USDT at 5% a year for 9 months, late fee 2%.\nEDIT: rate 6%", today=TODAY)
    assert r.questions


def test_weak_marker_without_the_field_asks() -> None:
    r = parse("借给小美 3000 USDT，年化 5%，12 个月，不是，是 6", today=TODAY)
    assert r.params["term_months"] == Decimal(12)
    assert r.questions


# --- numbers by context -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("quorum 62,5 %", [Decimal("62.5")]),
        ("juros de 12,5% ao ano", [Decimal("12.5")]),
        ("R$ 10.000 em USDC", [Decimal(10000)]),
        ("10.000 USDC, juros de 12,5% ao ano", [Decimal(10000), Decimal("12.5")]),
        ("1,500% growth", [Decimal(1500)]),
    ],
)
def test_separators_settled_by_context(text: str, want: list[Decimal]) -> None:
    from ledgerlm.language.numbers import find_numbers

    found = find_numbers(text, include_flagged=True)
    assert [n.value for n in found] == want
    assert all(not n.readings for n in found)


@pytest.mark.parametrize("text", ["lend Carlos 1.500 USDT", "10.000 USDC at 0.5% fee", "send 1,5 ETH"])
def test_separators_without_context_stay_questions(text: str) -> None:
    from ledgerlm.language.numbers import find_numbers

    assert any(n.readings for n in find_numbers(text, include_flagged=True))


@pytest.mark.parametrize(
    ("text", "unit", "count"),
    [
        ("prazo 45 dias", "day", 45),
        ("30 días", "day", 30),
        ("18 meses", "month", 18),
        ("prazo de 2 anos", "year", 2),
        ("3 semanas", "week", 3),
        ("6 mois", "month", 6),
        ("12 bulan", "month", 12),
        ("30 hari", "day", 30),
    ],
)
def test_romance_and_malay_units(text: str, unit: str, count: int) -> None:
    from ledgerlm.language.durations import find_durations

    (d,) = find_durations(text)
    assert (d.unit, d.count) == (unit, Decimal(count))


@pytest.mark.parametrize(
    ("text", "ignored"),
    [
        ("ticket #88231", True),
        ("ticket 88231, arbiter Sandra", True),
        ("ext. 204", True),
        ("booking ref: 7781", True),
        ("each ticket 20 USDC", False),
        ("ticket 2000 USDC", False),
    ],
)
def test_identifiers_are_no_values(text: str, ignored: bool) -> None:
    from ledgerlm.language.evidence import ignored_spans

    assert bool(ignored_spans(text)) is ignored
