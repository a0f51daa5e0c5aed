"""Calendar deadlines in both languages, resolved against an explicit reference date, and robust durations."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledgerlm.errors import InputError
from ledgerlm.language.dates import find_dates, parse_deadline
from ledgerlm.language.durations import find_durations, find_frequencies, parse_duration

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "resolved", "relation"),
    [
        # issue 8's deadlines
        ("by the end of June", "2027-06-30", "by"),
        ("到明年3月15日", "2027-03-15", "until"),
        ("until 2027-06-30", "2027-06-30", "until"),
        # the brief's list
        ("before March 1st", "2027-03-01", "before"),
        ("6月底", "2027-06-30", "on"),
        ("下个月15号", "2027-01-15", "on"),
        ("2027年6月30日前", "2027-06-30", "before"),
        # more forms
        ("by June 30, 2027", "2027-06-30", "by"),
        ("by 30 June", "2027-06-30", "by"),
        ("by the 1st of March", "2027-03-01", "by"),
        ("by 25/12/2027", "2027-12-25", "by"),
        ("by the end of the month", "2026-12-31", "by"),
        ("by end of next year", "2027-12-31", "by"),
        ("年底前", "2026-12-31", "before"),
        ("明年年底", "2027-12-31", "on"),
        ("二〇二七年六月三十日", "2027-06-30", "on"),
        ("明年三月十五号之前", "2027-03-15", "before"),
        ("截止到2027年1月5日", "2027-01-05", "until"),
        ("deadline is Jan 5", "2027-01-05", "by"),
        ("下下个月底", "2027-02-28", "on"),
        ("在12月25日之前", "2026-12-25", "before"),
        ("by December 1st", "2026-12-01", "by"),
        ("２０２７年６月３０日", "2027-06-30", "on"),
    ],
)
def test_deadlines_resolve_against_today(text: str, resolved: str, relation: str) -> None:
    d = parse_deadline(text, TODAY)
    assert d.date == date.fromisoformat(resolved)
    assert d.days == (d.date - TODAY).days
    assert d.relation == relation and d.today == TODAY
    assert d.text == text and d.rule


def test_dates_inside_sentences_keep_their_spans() -> None:
    text = "Escrow 5 ETH for the kitchen, the builder must finish by the end of June, arbiter Dave"
    [d] = find_dates(text, TODAY)
    assert text[d.start : d.end] == "by the end of June" and d.days == 211
    zh = "托管 5 个 ETH，工期到明年3月15日，仲裁人老王"
    [d] = find_dates(zh, TODAY)
    assert zh[d.start : d.end] == "到明年3月15日"


def test_the_same_request_parses_the_same_way_when_today_is_given() -> None:
    a = parse_deadline("by the end of June", date(2026, 12, 1))
    b = parse_deadline("by the end of June", date(2026, 12, 1))
    later = parse_deadline("by the end of June", date(2026, 12, 2))
    assert a == b and later.date == a.date and later.days == a.days - 1
    assert parse_deadline("by the end of June", date(2027, 6, 10)).date == date(2027, 6, 30)
    assert parse_deadline("by the end of June", date(2027, 7, 1)).date == date(2028, 6, 30)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("until 2025-01-01", "past"),
        ("2024年6月30日前", "past"),
        ("by 03/04/2027", "either"),
        ("2月30日", "no day 30"),
        ("3月初", "not one day"),
        ("by June 31, 2027", "no day 31"),
    ],
)
def test_unusable_dates_are_errors_quoting_the_text(text: str, needle: str) -> None:
    [d] = find_dates(text, TODAY)
    assert not d.usable and needle in (d.error or "")
    with pytest.raises(InputError) as info:
        parse_deadline(text, TODAY)
    assert needle in info.value.message


def test_today_is_required_and_no_date_is_an_error() -> None:
    with pytest.raises(InputError):
        find_dates("by June 30", None)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="exactly one date"):
        parse_deadline("for 6 months", TODAY)
    with pytest.raises(InputError, match="唯一的日期"):
        parse_deadline("期限六个月", TODAY)
    assert find_dates("每月底还款", TODAY) == []  # every month end is a frequency, not a deadline


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)), st.integers(min_value=0, max_value=3000))
def test_iso_and_chinese_dates_round_trip(today: date, ahead: int) -> None:
    target = today + timedelta(days=ahead)
    for text in (
        f"until {target.isoformat()}",
        f"{target.year}年{target.month}月{target.day}日前",
        f"by {target:%B} {target.day}, {target.year}",
    ):
        d = parse_deadline(text, today)
        assert d.date == target and d.days == ahead


@pytest.mark.parametrize(
    ("text", "months", "days"),
    [
        ("半年", "6", "180"),
        ("一年半", "18", "540"),
        ("18个月", "18", "540"),
        ("a year and a half", "18", "540"),
        ("two weeks", "0.466667", "14"),
        ("一年零三个月", "15", "455"),
        ("2 years 6 months", "30", "910"),
        ("1 year and 3 months", "15", "455"),
        ("two and a half years", "30", "900"),
        ("悬崖期半年", "6", "180"),
    ],
)
def test_durations(text: str, months: str, days: str) -> None:
    d = parse_duration(text)
    assert (d.months, d.days) == (Decimal(months), Decimal(days)) and not d.frequency


def test_frequencies_are_not_lengths() -> None:
    assert find_durations("quarterly payments") == []
    [d] = find_durations("每季度还款")
    assert d.frequency
    [d] = find_durations("repay every two weeks")
    assert d.frequency and d.days == 14
    freq = find_frequencies("quarterly, 每月, biweekly, every 3 months")
    assert [(f.text, f.months) for f in freq] == [
        ("quarterly", Decimal(3)),
        ("每月", Decimal(1)),
        ("biweekly", Decimal("0.466667")),
        ("every 3 months", Decimal(3)),
    ]
    assert len(find_durations("for 2 years, 3 months grace")) == 2  # a comma keeps them apart


_PIECES = st.sampled_from(
    [
        "by ",
        "the end of ",
        "June",
        " 30",
        "31",
        ", ",
        "2027",
        "-",
        "/",
        "年",
        "月",
        "日",
        "号",
        "底",
        "明年",
        "下个月",
        "前",
        "0",
        "13",
        "99",
        "二〇二七",
        "三十",
        "初",
        "每",
        "until ",
        "st",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join), st.dates(min_value=date(1990, 1, 1), max_value=date(9990, 1, 1)))
def test_find_dates_never_crashes_and_spans_are_exact(text: str, today: date) -> None:
    for d in find_dates(text, today):
        assert text[d.start : d.end].strip() == d.text
        assert (d.date is None) == (d.days is None)
        if d.usable:
            assert d.date is not None and d.date >= today
