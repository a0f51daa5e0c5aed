"""Each candidate rule of ``ledgerlm.ner.candidates`` proposes the shapes it exists for (the scorer decides later)."""

from __future__ import annotations

import pytest

from ledgerlm.ner.candidates import candidates


def proposed(text: str) -> set[tuple[str, str]]:
    return {(text[c.start : c.end], c.label) for c in candidates(text)}


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("张伟明天转账", "张伟"),  # surname + 1
        ("王建国想借钱", "王建国"),  # surname + 2
        ("收款人是欧阳娜娜", "欧阳娜娜"),  # compound surname + 2
        ("司马光借我一千", "司马光"),  # compound surname + 1
        ("李律师说可以", "李律师"),  # title suffix
        ("王总批了", "王总"),
        ("刘德华先生到了", "刘德华先生"),
        ("陈女士的退款", "陈女士"),
        ("张医生的诊费", "张医生"),
        ("找赵经理签字", "赵经理"),
        ("黄师傅修好了", "黄师傅"),
        ("老周说下周还", "老周"),  # familiar prefixes
        ("小王去部署", "小王"),
        ("阿强借了钱", "阿强"),
        ("给阿May转一点", "阿May"),
    ],
)
def test_chinese_person_shapes(text: str, span: str) -> None:
    assert (span, "person") in proposed(text)


def test_chinese_organisation_shapes_start_after_a_cue() -> None:
    got = proposed("收款方深圳市腾达科技有限公司，货款30万")
    assert ("深圳市腾达科技有限公司", "org") in got
    assert ("北京星河集团", "org") in proposed("付给北京星河集团两万")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("tell Maria Gonzalez now", "Maria Gonzalez"),  # every sub-run of "tell Maria Gonzalez"
        ("Tell Maria Gonzalez now", "Maria Gonzalez"),
        ("cc Jean-Luc Picard", "Jean-Luc Picard"),  # hyphen
        ("account holder: Siobhan O'Neill", "Siobhan O'Neill"),  # apostrophe
        ("Pieter van der Berg signs", "Pieter van der Berg"),  # particles
        ("Gabriel de la Cruz pays", "Gabriel de la Cruz"),
        ("Fatima al-Sayed is in", "Fatima al-Sayed"),
        ("Omar bin Khalid lends", "Omar bin Khalid"),
        ("J. R. Tolkien estate", "J. R. Tolkien"),  # initials
        ("Leonardo DiCaprio fund", "Leonardo DiCaprio"),  # inner capital
        ("Ronald McDonald house", "Ronald McDonald"),
        ("Mr. Thompson approved", "Mr. Thompson"),  # titles
        ("ask Dr. Ahmed Khan", "Dr. Ahmed Khan"),
        ("Ms Rachel Green", "Ms Rachel Green"),
        ("for Hyun-woo, 100 usdc", "Hyun-woo"),
        ("给Mike Chen转", "Mike Chen"),  # Latin inside Chinese
    ],
)
def test_latin_person_shapes(text: str, span: str) -> None:
    assert (span, "person") in proposed(text)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("pay to Hart & Sons, invoice", "Hart & Sons"),
        ("escrow with Globex Corp. for 5 ETH", "Globex Corp."),
        ("Initech, Inc. owes us", "Initech, Inc."),
        ("pay Acme Widgets LLC 1200", "Acme Widgets LLC"),
        ("invoice from Müller Bau GmbH", "Müller Bau GmbH"),
        ("Northwind Traders Ltd gets 40%", "Northwind Traders Ltd"),
        ("Nakatomi Trading Co., Ltd. gets 25%", "Nakatomi Trading Co., Ltd."),
        ("vendor: Baker & Taylor Inc.", "Baker & Taylor Inc."),
    ],
)
def test_latin_organisation_suffixes(text: str, span: str) -> None:
    assert (span, "org") in proposed(text)


def test_no_candidates_in_digits_hex_or_lowercase() -> None:
    assert proposed("send 1500 usdt to 0x742d35cc6634c0532925a3b844bc454e4438f44e") == set()
