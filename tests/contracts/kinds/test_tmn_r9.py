"""Round 9 of reading token, multisig and nft requests: each class of misreading found on the hand-written round-9
set, proved with sentences of its own (never the set's), and the round-9 set never silently wrong.

Every reading test gives the kind (``parse(..., kind=...)``): what is proven is the extractor's reading; the
classifier cue the multisig descriptor adds is tested apart, without the kind given."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.contracts.request import parse

from ._newkinds import asked, judged_files

R9 = ("heldout_tmn_r9.jsonl",)


def _read(kind: str, text: str) -> tuple[dict[str, object], object]:
    r = parse(text, kind=kind, today="2026-12-02")
    return r.params, r


# -- token: a ticker taken back in dictation ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("token Fennel, ticker F N L, no wait, it's FNEL, 3 million supply", "FNEL"),
        ("token named Quokka, symbol QK, sorry I mean QUOK, supply 900k", "QUOK"),
        ("代币叫 竹笋，代号 Z S 呃 不对 是 ZSUN，总量一千万", "ZSUN"),
        ("代币叫 青柠，代号 QN，不对，是 QNING，总量五百万", "QNING"),
    ],
)
def test_the_ticker_said_after_a_correction_wins(text: str, symbol: str) -> None:
    got, _ = _read("token", text)
    assert got["symbol"] == symbol


def test_an_interjection_before_the_correction_marker() -> None:
    got, _ = _read("token", "coin named Pili, the ticker is P L I, oh sorry, PILI, 5 million of them")
    assert got["symbol"] == "PILI"
    got, _ = _read("token", "代币叫 石榴，代号 S L 呃不对 是 SHLIU，总量一百万")
    assert got["symbol"] == "SHLIU"


def test_a_ticker_taken_back_with_none_said_instead_isasked() -> None:
    got, r = _read("token", "token Sorrel, symbol SRL, no wait, 2 million supply")
    assert got["symbol"] is None and asked(r, "symbol")
    assert got["initial_supply"] == Decimal(2000000)


# -- token: a key with no value, placeholders --------------------------------------------------------------------
def test_a_key_with_nothing_on_its_line_and_a_placeholder_areasked() -> None:
    got, r = _read("token", "Name:\nTicker: TBA\nSupply: 250,000")
    assert got["name"] is None and got["symbol"] is None
    assert asked(r, "name") and asked(r, "symbol")
    assert got["initial_supply"] == Decimal(250000)
    got, r = _read("token", "token name: N/A, symbol: KELP, supply 10,000")
    assert got["name"] is None and asked(r, "name") and got["symbol"] == "KELP"


# -- token: the article "one", the first issue, years, apostrophes ---------------------------------------------
def test_one_before_the_kind_word_is_an_article_not_the_supply() -> None:
    got, _ = _read("token", "we need one token for the canteen, call it Roti Points, symbol RTP, 2 million first")
    assert got["initial_supply"] == Decimal(2000000)
    got, _ = _read("token", "帮我发一个代币，名字叫米糕，符号 MIGAO，发行量三十万")
    assert got["initial_supply"] == Decimal(300000)


def test_a_year_beside_the_request_is_no_supply_and_no_question() -> None:
    got, r = _read("token", "代币叫 北辰，代号 BCH9，总量 5亿，2027年上线")
    assert got["initial_supply"] == Decimal(500000000)
    assert not asked(r, "initial_supply")
    got, r = _read("token", "our club was founded in 1998; token Heron, symbol HRN, 750,000 supply")
    assert got["initial_supply"] == Decimal(750000) and not r.questions  # type: ignore[attr-defined]


def test_an_apostrophe_inside_a_name_is_part_of_it() -> None:
    got, _ = _read("token", "token name is Baba's Garden, ticker BABA, 80k supply")
    assert got["name"] == "Baba's Garden" and got["initial_supply"] == Decimal(80000)


def test_a_dash_as_the_key_separator_of_the_supply() -> None:
    got, _ = _read("token", "Name - Tapioca Hub; Symbol - TPH; Total supply - 3 lakh")
    assert got["initial_supply"] == Decimal(300000)


# -- token and nft: a request written all in capitals -------------------------------------------------------------
def test_words_in_capitals_are_no_tickers() -> None:
    got, _ = _read("nft", "NFT: SALT FLATS (SALT). 1,200 SUPPLY. 0.04 ETH. 3 PER WALLET.")
    assert (got["max_supply"], got["mint_price"], got["max_per_wallet"]) == (1200, Decimal("0.04"), 3)


# -- nft: a count said in passing beside the supply ---------------------------------------------------------------
def test_a_count_in_passing_never_takes_the_supply() -> None:
    got, _ = _read("nft", "our server has about 4,100 members lol, NFT called Moth Club, MOTH, 2000 max, 0.01 eth each")
    assert got["max_supply"] == 2000
    got, _ = _read("nft", "the 2027 edition of our fair: NFT name Fair Tickets, symbol FAIR, 300 pieces, 0.02 ETH")
    assert got["max_supply"] == 300
    got, _ = _read("nft", "NFT of my 2024 harbour sketches, name Tide Lines, symbol TIDL, 80 pieces, 0.03 ETH")
    assert got["max_supply"] == 80


# -- multisig ---------------------------------------------------------------------------------------------------
def test_owners_listed_as_bullets_with_their_item_numbers_set_aside() -> None:
    got, r = _read("multisig", "owners:\n- Keoni\n- Lamar\n- me\n2 approvals")
    assert (got["owners"], got["owners_count"], got["threshold"]) == (["Keoni", "Lamar", "me"], 3, 2)
    got, r = _read("multisig", "signers\n1. Wanjiru\n2. Pavel\n3. Sofia\nthreshold: 2")
    assert (got["owners"], got["owners_count"], got["threshold"]) == (["Wanjiru", "Pavel", "Sofia"], 3, 2)
    assert not r.questions  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "count", "threshold"),
    [
        ("multisig, majority of 6 owners", 6, 4),
        ("a vault where a majority of 3 trustees can move funds", 3, 2),
        ("two-thirds of 12 members must approve the multisig spend", 12, 8),
    ],
)
def test_a_share_of_counted_owners_counts_the_owners(text: str, count: int, threshold: int) -> None:
    got, _ = _read("multisig", text)
    assert (got["owners_count"], got["threshold"]) == (count, threshold)


def test_we_and_a_count_of_people_counts_the_owners() -> None:
    got, _ = _read("multisig", "we 5 housemates share one multisig, need 3 to approve")
    assert (got["owners_count"], got["threshold"]) == (5, 3)


def test_a_filler_like_in_a_list_of_owners_is_nobody() -> None:
    got, _ = _read("multisig", "a shared wallet, it's me, Ines, Toby and like, two of us have to say ok")
    assert got["owners"] == ["me", "Ines", "Toby"]


def test_a_wallet_that_needs_n_of_named_people_is_a_multisig() -> None:
    assert parse("a wallet that needs any two of Keanu, Ola and me", today="2026-12-02").kind == "multisig"


# -- the round-9 set -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["token", "multisig", "nft"])
def test_round9_set_never_silently_wrong(kind: str) -> None:
    total, correct, silent = judged_files(kind, R9, force_kind=True)
    assert total >= 16
    assert silent == []
    assert correct >= total - 1
