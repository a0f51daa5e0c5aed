"""Digits of every script (issue 8 item 3): full-width, Arabic-Indic, Devanagari and other decimal digits are read
as the same number written in ASCII; digits that are not decimal ("²", "①") never crash ``int`` and never give a
value (they are flagged), in the number layer and in a whole contract parse."""

from __future__ import annotations

import contextlib
import unicodedata
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from ledgerlm.contracts.request import parse
from ledgerlm.errors import LedgerError
from ledgerlm.language.dates import find_dates
from ledgerlm.language.numbers import find_numbers, normalize_digits

#: the zero of some decimal digit systems (each system has its ten digits in order from there)
ZEROS = [0x30, 0xFF10, 0x660, 0x6F0, 0x966, 0x9E6, 0xE50, 0x1040, 0x17E0, 0x1810, 0x1D7CE]
ODD = "²³¹⁴⁵①②③⑴⒈"


def _render(digits: str, zero: int) -> str:
    return "".join(chr(zero + int(d)) for d in digits)


@settings(max_examples=150, deadline=None)
@given(st.from_regex(r"[1-9][0-9]{0,11}", fullmatch=True), st.sampled_from(ZEROS))
def test_decimal_digits_of_any_script_read_exactly(digits: str, zero: int) -> None:
    text = f"send {_render(digits, zero)} tokens"
    assert all(unicodedata.decimal(c) is not None for c in _render(digits, zero))
    found = find_numbers(text)
    assert [n.value for n in found] == [Decimal(digits)]
    assert found[0].text == _render(digits, zero)  # the user's own characters, never normalised
    assert normalize_digits(text) == f"send {digits} tokens"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789") + list(ODD) + ["٣", "５", "."]), min_size=1, max_size=8))
def test_odd_digits_never_crash_and_never_give_a_value(raw: str) -> None:
    for n in find_numbers(f"pay {raw} ETH", include_flagged=True):
        if n.usable:
            # a usable number is exactly its decimal digits: no odd digit touches it
            assert not any(c in ODD for c in raw[max(0, n.start - 5) : n.end - 3])
    find_dates(f"by {raw}/12", __import__("datetime").date(2026, 12, 1))
    with contextlib.suppress(LedgerError):  # a clear error is fine; a ValueError from int("²") is not
        parse(f"loan {raw} ETH to Bob for 6 months at 5%", kind="loan", today="2026-12-01")


def test_a_superscript_after_a_number_is_flagged() -> None:
    (n,) = find_numbers("loan 5² ETH", include_flagged=True)
    assert not n.usable and n.error and "5²" in n.error
    r = parse("loan 5² ETH to Bob for 6 months at 5%", kind="loan", today="2026-12-01")
    assert r.params["principal"] is None
    assert any("5" in q.words for q in r.questions)


def test_full_width_and_arabic_indic_amounts_parse() -> None:
    r = parse("借给老王 ５０００ USDC，年化 ５%，期限 ６ 个月", kind="loan", today="2026-12-01")
    assert (r.params["principal"], r.params["annual_rate_pct"], r.params["term_months"]) == (5000, 5, 6)
    r = parse("lend Bob ٣٠٠ DAI for ٦ months at ٤%", kind="loan", today="2026-12-01")
    assert (r.params["principal"], r.params["annual_rate_pct"], r.params["term_months"]) == (300, 4, 6)
