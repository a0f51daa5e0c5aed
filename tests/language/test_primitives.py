"""Numbers, durations, tokens, addresses and language detection: the exact building blocks."""

from __future__ import annotations

import contextlib
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ledgerlm.errors import InputError
from ledgerlm.language import detect_lang
from ledgerlm.language.addresses import find_addresses, validate_address
from ledgerlm.language.durations import find_durations, parse_duration
from ledgerlm.language.numbers import find_numbers, parse_amount, parse_chinese_numeral, parse_number, parse_percent
from ledgerlm.language.tokens import canonical_token, find_tokens

GOOD = "0x742d35Cc6634C0532925a3b844Bc454e4438f44e"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.5 million", "1500000"),
        ("15k", "15000"),
        ("15K", "15000"),
        ("2M", "2000000"),
        ("2bn", "2000000000"),
        ("1,000,000", "1000000"),
        ("8,000.50", "8000.5"),
        ("0.3", "0.3"),
        ("-5", "-5"),
        ("两千", "2000"),
        ("一万五", "15000"),
        ("3千", "3000"),
        ("2100 万", "21000000"),
        ("1.5亿", "150000000"),
        ("五十万", "500000"),
        ("十亿", "1000000000"),
        ("两千五", "2500"),
        ("三百五", "350"),
        ("一百零五", "105"),
        ("一千二百万", "12000000"),
        ("十五", "15"),
        ("七点五", "7.5"),
        ("壹佰", "100"),
        ("二零二四", "2024"),
        ("five hundred", "500"),
        ("twenty-five thousand", "25000"),
        ("a million", "1000000"),
        ("one hundred and five", "105"),
        ("two hundred thousand", "200000"),
        ("5 hundred", "500"),
    ],
)
def test_parse_number(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5%", "5"),
        ("百分之七点五", "7.5"),
        ("百分之八", "8"),
        ("4.5 percent", "4.5"),
        ("12 pct", "12"),
        ("千分之五", "0.5"),
        ("百分之十", "10"),
        ("３％".replace("３", "3"), "3"),
    ],
)
def test_parse_percent(text: str, value: str) -> None:
    assert parse_percent(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "value", "symbol"),
    [
        ("1.5k USDC", "1500", "USDC"),
        ("3 个以太坊", "3", "ETH"),
        ("$2,500", "2500", "USDC"),
        ("一万五", "15000", None),
        ("0.3 ETH", "0.3", "ETH"),
        ("1000U", "1000", "USDT"),
    ],
)
def test_parse_amount(text: str, value: str, symbol: str | None) -> None:
    assert parse_amount(text) == (Decimal(value), symbol)


def test_parse_amount_rejects_sentences() -> None:
    with pytest.raises(InputError, match="not one amount"):
        parse_amount("buy 3 ETH now")


def test_not_a_number_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="not a number"):
        parse_number("lots")
    with pytest.raises(InputError):
        parse_chinese_numeral("很多")


def test_find_numbers_skips_ordinals_articles_hex_and_erc20() -> None:
    assert [n.value for n in find_numbers("第三方担保 1 个 ETH")] == [Decimal(1)]
    assert find_numbers("入手一点比特币") == []
    assert find_numbers(f"send to {GOOD} an ERC20") == []
    assert [(n.value, n.percent) for n in find_numbers("5-of-9, 4.5% APR")] == [
        (Decimal(5), False),
        (Decimal(9), False),
        (Decimal("4.5"), True),
    ]


@pytest.mark.parametrize(
    ("text", "months", "days"),
    [
        ("18个月", "18", "540"),
        ("两周", "0.466667", "14"),
        ("90天", "3", "90"),
        ("半年", "6", "180"),
        ("一个季度", "3", "90"),
        ("三周", "0.7", "21"),
        ("一年半", "18", "540"),
        ("两个半月", "2.5", "75"),
        ("2 weeks", "0.466667", "14"),
        ("6-month", "6", "180"),
        ("two-year", "24", "730"),
        ("a year", "12", "365"),
        ("half a year", "6", "180"),
        ("30d", "1", "30"),
        ("1.5 years", "18", "540"),
        ("九十天", "3", "90"),
        ("fortnight", "0.466667", "14"),
        ("45 day", "1.5", "45"),
        ("一个月", "1", "30"),
        ("3 quarters", "9", "270"),
    ],
)
def test_durations(text: str, months: str, days: str) -> None:
    d = parse_duration(text)
    assert (d.months, d.days) == (Decimal(months), Decimal(days))


def test_frequency_words_are_not_lengths() -> None:
    assert find_durations("repay every month") == []
    assert find_durations("2025年") == []


@pytest.mark.parametrize(
    ("name", "symbol"),
    [
        ("以太坊", "ETH"),
        ("以太币", "ETH"),
        ("比特币", "BTC"),
        ("ether", "ETH"),
        ("Bitcoin", "BTC"),
        ("usd coin", "USDC"),
        ("tether", "USDT"),
        ("泰达币", "USDT"),
        ("dai", "DAI"),
        ("WETH", "WETH"),
        ("chainlink", "LINK"),
        ("uniswap", "UNI"),
        ("AAVE", "AAVE"),
        ("solana", "SOL"),
        ("BNB", "BNB"),
        ("ripple", "XRP"),
        ("cardano", "ADA"),
        ("polygon", "MATIC"),
        ("arbitrum", "ARB"),
        ("optimism", "OP"),
        ("狗狗币", "DOGE"),
        ("PROJ", "PROJ"),
        ("TEAM", "TEAM"),
        ("$ETH", "ETH"),
    ],
)
def test_canonical_token(name: str, symbol: str) -> None:
    assert canonical_token(name) == symbol


def test_canonical_token_rejects_non_tickers() -> None:
    assert canonical_token("APR") is None
    assert canonical_token("ERC20") is None
    assert canonical_token("Hello") is None


def test_find_tokens_in_context() -> None:
    assert [t.symbol for t in find_tokens("use 500 USDC to buy some UNI")] == ["USDC", "UNI"]
    assert [t.symbol for t in find_tokens("借给小王 3 个以太坊")] == ["ETH"]
    assert [t.symbol for t in find_tokens("15k DAI at 4.5% APR via ERC20")] == ["DAI"]
    assert [t.symbol for t in find_tokens("loan $2,500")] == ["USDC"]
    assert [t.symbol for t in find_tokens("借 1000U")] == ["USDT"]


def test_addresses_checksum() -> None:
    assert validate_address(GOOD.lower()) == GOOD
    assert validate_address(GOOD.upper().replace("0X", "0x")) == GOOD
    bad = GOOD[:-1] + "E"  # flip the case of one letter: mixed case with a wrong checksum
    with pytest.raises(InputError, match="EIP-55 checksum"):
        validate_address(bad)
    with pytest.raises(InputError, match="40"):
        validate_address("0x1234")
    assert [a.address for a in find_addresses(f"pay {GOOD.lower()} now")] == [GOOD]
    with pytest.raises(InputError, match="checksum"):
        find_addresses(f"pay {bad}")
    assert find_addresses(f"pay {bad}", strict=False) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("借给小王 3 个以太坊", "zh"),
        ("Loan 1000 USDC to Bob", "en"),
        ("Loan 100 USDC to 小王 for 6 months", "en"),
        ("众筹目标五十万 USDT，九十天", "zh"),
        ("5-of-9 multisig", "en"),
        ("多签 2/3", "zh"),
    ],
)
def test_detect_lang(text: str, lang: str) -> None:
    assert detect_lang(text) == lang


def test_shipped_prototype_embeddings_match_the_texts() -> None:
    import numpy as np

    from ledgerlm.contracts.request.classify import _SHIPPED, PROTOTYPES, prototypes_hash

    with np.load(_SHIPPED) as data:
        hint = "run ledgerlm.contracts.request.classify.build_prototype_cache()"
        assert str(data["__hash__"]) == prototypes_hash(), hint
        assert {k: data[k].shape[0] for k in PROTOTYPES} == {k: len(v) for k, v in PROTOTYPES.items()}


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_arabic_numbers_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_rules_never_crash_on_arbitrary_text(text: str) -> None:
    from ledgerlm.contracts.kinds import kind_names
    from ledgerlm.contracts.request.extract import extract_params
    from ledgerlm.errors import LedgerError
    from ledgerlm.language.slots import INTENTS, extract_slots

    for kind in kind_names():
        with contextlib.suppress(LedgerError):
            extract_params(kind, text)
    for intent in INTENTS:
        with contextlib.suppress(LedgerError):
            extract_slots(text, intent)
