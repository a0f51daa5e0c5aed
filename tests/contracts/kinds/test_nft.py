"""NFT: held-out requests parse right or ask; Slither clean; self-test; fuzzed mints never exceed the max supply
and always pay exactly price x count (py-evm)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ledgerlm.contracts.kinds.nft.plugin import ZERO_ROOT
from ledgerlm.contracts.spec import build_spec
from ledgerlm.errors import ContractReverted, SpecError

from ._newkinds import explain, score, self_test, slither_counts
from .conftest import accounts, compile_kind, rolled_back

PARAMS = {
    "name": "Harbor Cats",
    "symbol": "HCAT",
    "max_supply": 10,
    "mint_price": "0.05",
    "max_per_wallet": 3,
    "royalty_pct": 5,
}

KIND = "nft"
CLI_REQUEST = "发行一个NFT系列“港湾猫”（HCAT），总量1000个，每个0.1 ETH，每个地址最多3个，版税2.5%"


@pytest.fixture(scope="module")
def artifact(module_env):  # noqa: ANN001, ANN201
    return compile_kind("nft", PARAMS)


def test_heldout_requests_parse_or_ask() -> None:
    ok, silent, lines = score("nft")
    assert silent == 0, lines
    assert ok >= 6, lines


def test_spec_rules() -> None:
    with pytest.raises(SpecError, match="max_per_wallet"):
        build_spec("nft", {**PARAMS, "max_per_wallet": 11})
    assert "allowlist_root" in build_spec("nft", {**PARAMS, "allowlist": True}).missing()
    assert set(build_spec("nft", {"max_supply": 5}).missing()) == {"name", "symbol", "mint_price"}


def test_slither_no_high_or_medium(module_env) -> None:  # noqa: ANN001
    counts = slither_counts("nft", PARAMS)
    assert counts.get("High", 0) == 0 and counts.get("Medium", 0) == 0, counts


def test_self_test(chain, artifact) -> None:  # noqa: ANN001
    with rolled_back(chain):
        checks = self_test(chain, artifact, "nft", PARAMS)
    assert any("x price" in c for c in checks) and any("supply never above" in c for c in checks)


@given(
    supply=st.integers(1, 6),
    per_wallet=st.integers(1, 6),
    price=st.integers(0, 10**16),
    mints=st.lists(st.tuples(st.integers(0, 2), st.integers(0, 4), st.integers(-1, 1)), min_size=1, max_size=6),
)
@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
def test_supply_and_payment(
    chain,
    artifact,
    supply: int,
    per_wallet: int,
    price: int,  # noqa: ANN001
    mints: list[tuple[int, int, int]],
) -> None:
    with rolled_back(chain):
        minters = accounts(chain, 3)
        owner = chain.default_account.address
        address = chain.deploy(
            artifact, ["N", "N", "", supply, price, min(per_wallet, supply), ZERO_ROOT, owner, 0, owner]
        ).address
        fn = chain.contract(address, artifact.abi).functions
        minted = {m: 0 for m in minters}
        for who, count, off in mints:
            minter = minters[who]
            value = max(price * count + off, 0)
            try:
                chain.transact(fn.mint(count, []), sender=chain.account(minter), value=value)
            except ContractReverted:
                continue
            assert value == price * count and count > 0  # paid amount equals price x count
            minted[minter] += count
            assert minted[minter] <= min(per_wallet, supply)
        total = sum(minted.values())
        assert chain.call(fn.totalMinted()) == total <= supply
        assert chain.balance(address) == price * total


def test_explainer_both_languages(artifact) -> None:  # noqa: ANN001
    en = explain("nft", PARAMS, artifact.abi, "en")
    zh = explain("nft", PARAMS, artifact.abi, "zh")
    assert "0.05 ETH" in en and "at most 10" in en and "5% royalty" in en
    assert "最多 10 个" in zh and "版税 5%" in zh


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

    total, correct, silent = judged_round4("nft")
    assert total == 34
    assert silent == []
    assert correct >= 33


def test_free_and_counts_read_from_their_words() -> None:
    from ledgerlm.contracts.request import parse

    r = parse("free mint NFT 'Open Doors' symbol DOOR, 300 keys, 4 max per address", today="2026-12-01")
    assert (r.params["mint_price"], r.params["max_supply"], r.params["max_per_wallet"]) == (0, 300, 4)
    # "royalty-free" says nothing about the price: it stays a question, never a free mint
    r = parse("NFT 'Sun Dogs' SUND, 100 pieces, royalty-free", today="2026-12-01")
    assert r.params.get("mint_price") is None


def test_round5_segmented_specs_receivers_and_two_prices() -> None:
    """Round 5: "Name / TICKER / 777 max" segments, the royalty's receiver after its cue, and two prices asked."""
    from ledgerlm.contracts.request import parse

    from ._newkinds import asked

    r = parse("make an nft drop: Desert Runners / DRUN / 777 max / 0.0777 ETH / limit 2 per person", today="2026-12-01")
    assert (r.params["name"], r.params["symbol"], r.params["max_supply"]) == ("Desert Runners", "DRUN", 777)
    assert (r.params["mint_price"], r.params["max_per_wallet"]) == (Decimal("0.0777"), 2)
    r = parse("做个数字藏品，叫“青花”，代号 QH，共2888份，价格0.015 ETH，版税3%，收款人陈老师", today="2026-12-01")
    assert r.params["royalty_receiver"] == "陈老师"
    addr = "0x1D835f4b9C236453Da4EB31083459743e4b07557"
    r = parse(
        f"NFT 'Hope Tiles' (HOPE), 100 tokens, 0.25 ETH, royalty 5% to the charity wallet {addr}", today="2026-12-01"
    )
    assert r.params["royalty_receiver"] == addr
    r = parse(
        "limited edition of 50 'Founders Pass' NFTs (symbol FPASS), 0.5 ETH each, one per wallet", today="2026-12-01"
    )
    assert r.params["max_per_wallet"] == 1
    # two prices for one mint price: neither is chosen, both are asked
    for text in (
        "出一套NFT头像，叫 Lazy Pandas，符号 LPANDA，总共6666个，白名单用户免费，公开发售0.03 ETH",
        "Launch 'Frost Giants' — symbol FGNT — 7777 supply, public 0.07 ETH and presale 0.05 ETH",
    ):
        r = parse(text, kind="nft", today="2026-12-01")
        assert r.params["mint_price"] is None and asked(r, "mint_price")
    # "0.01 ETH 一张": the price of one piece, not a second price of 1 ETH
    r = parse("我想发NFT，一共一万张，0.01 ETH 一张", kind="nft", today="2026-12-01")
    assert r.params["mint_price"] == Decimal("0.01")


def test_round5_heldout_floor() -> None:
    from ._newkinds import judged_round5

    total, correct, silent = judged_round5("nft")
    assert total == 60
    assert silent == []
    assert correct >= 56
