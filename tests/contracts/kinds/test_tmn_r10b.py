"""Round 10, second pass, of reading token, multisig and nft requests: each class of misreading found on the
first pass's after-set and on the round-10b set, proved with sentences of its own (never the sets'), and the
round-10b set never silently wrong.

Every reading test gives the kind (``parse(..., kind=...)``): what is proven is the extractor's reading."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ledgerlm.contracts.request import parse

from ._newkinds import asked, judged_files

R10B = ("heldout_tmn_r10b.jsonl",)


def _read(kind: str, text: str) -> tuple[dict[str, object], object]:
    r = parse(text, kind=kind, today="2026-12-02")
    return r.params, r


# -- pasted tables: a header row is keys, never values ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Name | Symbol | Supply\nPine Needle | PNDL | 40,000",
        "| Name | Symbol | Supply |\n|:--|:--|--:|\n| Pine Needle | PNDL | 40,000 |",
        "Name\tSymbol\tSupply\nPine Needle\tPNDL\t40000",
    ],
)
def test_a_table_header_is_paired_with_its_value_row(text: str) -> None:
    got, _ = _read("token", text)
    assert got["name"] == "Pine Needle" and got["symbol"] == "PNDL"
    assert got["initial_supply"] == Decimal(40000)


def test_a_table_in_another_column_order_pairs_by_header() -> None:
    got, _ = _read("token", "Symbol | Name | Decimals\nGRVL | Gravel Road | 4")
    assert got["name"] == "Gravel Road" and got["symbol"] == "GRVL" and got["decimals"] == 4


def test_a_two_column_header_table_is_paired() -> None:
    got, _ = _read("token", "Token | Ticker\nSlate Chip | SLCP\nsupply 5000")
    assert got["name"] == "Slate Chip" and got["symbol"] == "SLCP"


def test_a_table_of_two_value_rows_is_asked_never_guessed() -> None:
    got, r = _read("token", "Name | Symbol\nOak Leaf | OAKL\nElm Leaf | ELML")
    assert got["name"] is None and got["symbol"] is None
    assert asked(r, "name") or asked(r, "symbol")


def test_a_number_in_a_cell_with_no_header_is_asked() -> None:
    got, _ = _read("nft", "Name | Symbol\nTin Hares | TNHR | 700\nNFT")
    assert got["max_supply"] is None and got["name"] is None


def test_an_nft_table_is_paired() -> None:
    got, _ = _read("nft", "Name | Symbol | Supply | Price\nGlass Beetles | GLBT | 999 | 0.03 ETH")
    assert got["name"] == "Glass Beetles" and got["symbol"] == "GLBT"
    assert got["max_supply"] == 999 and got["mint_price"] == Decimal("0.03")


def test_settings_lines_are_no_table() -> None:
    got, _ = _read("token", "Name: Hive Mind\nSymbol: CHV\nSupply: 1000")
    assert got["name"] == "Hive Mind" and got["symbol"] == "CHV"


# -- JSON: a key in quotes is no quoted name ------------------------------------------------------------------------
def test_json_keys_are_keys() -> None:
    got, _ = _read("token", '{"name": "Brass Bell", "symbol": "BRSB", "initialSupply": 2000}')
    assert got["name"] == "Brass Bell" and got["symbol"] == "BRSB"
    assert got["initial_supply"] == Decimal(2000)


# -- tickers: the apostrophe-s, 用, and a choice after the key -----------------------------------------------------
def test_a_spelled_ticker_after_apostrophe_s() -> None:
    got, _ = _read("token", "token Wren Song, the symbol's W R N S, 10k supply")
    assert got["symbol"] == "WRNS"


def test_a_ticker_after_yong() -> None:
    got, _ = _read("token", "代币叫 松果，代号就用 SGUO，总量十万")
    assert got["symbol"] == "SGUO"


@pytest.mark.parametrize(
    "text", ["代号用 ABQ 还是 ABQX 都行，代币叫 安币，总量十万", "代币叫 安币，代号要用 AB 还是 ABX 呢"]
)
def test_a_choice_of_tickers_after_yong_is_asked(text: str) -> None:
    got, r = _read("token", text)
    assert got["symbol"] is None and asked(r, "symbol")


def test_a_choice_of_names_is_asked() -> None:
    got, r = _read("nft", "NFT 系列名称用 松风 还是 竹影 还没定，符号 SFZY，总量 300")
    assert got["name"] is None and asked(r, "name")


def test_a_particle_after_the_name_is_no_part_of_it() -> None:
    got, _ = _read("token", "名字就叫 Taro Milk 🧋 呗，代号 TARO，总量 1 万")
    assert got["name"] == "Taro Milk 🧋"


# -- multisig ------------------------------------------------------------------------------------------------------
def test_a_dash_ends_the_list_of_signers() -> None:
    got, _ = _read("multisig", "signers: ravi, mei, olga — 2 needed")
    assert got["owners"] == ["ravi", "mei", "olga"] and got["threshold"] == 2


def test_theres_n_of_us_is_the_head_count() -> None:
    got, _ = _read("multisig", "there's 6 of us in the band, 4 sigs for anything")
    assert got["owners_count"] == 6


def test_members_n_as_a_settings_key() -> None:
    got, _ = _read("multisig", "multisig: members 8, quorum 5")
    assert got["owners_count"] == 8 and got["threshold"] == 5


@pytest.mark.parametrize("text", ["we be 9 for the market women group, make 5 sign before money go", "SMS: msig 2/3"])
def test_multisig_cues(text: str) -> None:
    r = parse(text, today="2026-12-02")
    assert r.kind == "multisig"


# -- nft ---------------------------------------------------------------------------------------------------------
def test_a_royalty_share_after_its_receivers_address() -> None:
    got, _ = _read(
        "nft", "NFT Salt Flats SLTF, 500, 0.01 ETH, royalties to 0x71C7656EC7ab88b098defB751B7401B5f6d8976F at 3%"
    )
    assert got["royalty_pct"] == 3


# -- the round-10b set ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["token", "multisig", "nft"])
def test_the_round10b_set_is_never_silently_wrong(kind: str) -> None:
    total, correct, silent = judged_files(kind, R10B)
    assert total >= 13 and not silent
    assert correct >= total - 4
