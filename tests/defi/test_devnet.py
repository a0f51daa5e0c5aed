from __future__ import annotations

import json
from decimal import Decimal

from ledgerlm.chain import connect
from ledgerlm.defi import devnet as dn
from ledgerlm.defi import prices, views
from ledgerlm.defi.addresses import devnet_file, load_devnet, resolve
from ledgerlm.defi.artifacts import abi
from tests.defi.conftest import Devnet


def test_up_is_idempotent_and_recorded(devnet: Devnet) -> None:
    again = dn.up(devnet.chain)
    assert again.deployed is False and again.transactions == 0
    assert again.addresses == devnet.addresses
    stored = json.loads(devnet_file(devnet.chain.chain_id).read_text())
    assert stored["lending_pool"] == devnet.addresses.lending_pool
    assert set(stored["tokens"]) == {"USDC", "USDT", "DAI", "WETH"}
    assert stored["decimals"] == {"USDC": 6, "USDT": 6, "DAI": 18, "WETH": 18}


def test_reset_chain_means_redeploy(devnet: Devnet) -> None:
    fresh = connect("memory")  # same chain id, no code: the stored file is stale
    assert fresh.chain_id == devnet.chain.chain_id
    assert not dn.is_live(fresh, load_devnet(fresh.chain_id))
    assert dn.status(fresh).deployed is False


def test_status_and_seeding(devnet: Devnet) -> None:
    st = dn.status(devnet.chain)
    latest = prices.latest().usd
    assert st.deployed and st.prices_usd["WETH"] == latest["WETH"].quantize(Decimal("1e-8"))
    # the AMM pool price matches the oracle price it was seeded at
    pool = st.amm_reserves["USDC/WETH"]
    implied = pool["USDC"] / pool["WETH"] * latest["USDC"]
    assert abs(implied / latest["WETH"] - 1) < Decimal("0.001")
    assert st.lending_markets["USDC"]["total_deposits"] > 900_000
    # funded dev accounts
    bal = views.balances(devnet.chain, devnet.alice)
    assert bal.tokens["USDC"] == 100_000 and bal.tokens["DAI"] == 100_000 and bal.tokens["WETH"] == 10
    assert views.balances(devnet.chain, devnet.carol).tokens["USDC"] == 0


def test_price_replay_moves_the_oracle(devnet: Devnet) -> None:
    seen = []
    steps = dn.replay_prices(devnet.chain, start="2022-05-05", days=3, advance_chain_time=True, on_step=seen.append)
    assert [s.day.isoformat() for s in steps] == ["2022-05-05", "2022-05-06", "2022-05-07"]
    assert steps[2].block_timestamp - steps[0].block_timestamp >= 2 * 24 * 3600
    assert seen == steps
    a = resolve(devnet.chain)
    oracle = devnet.chain.contract(a.oracle, abi("PriceOracle"))
    price, _ = devnet.chain.call(oracle.functions.latestPrice(a.tokens["WETH"]))
    assert Decimal(price) / 10**8 == prices.window("2022-05-07", 1)[0].usd["WETH"].quantize(Decimal("1e-8"))


def test_other_chains_read_addresses_from_config(devnet: Devnet) -> None:
    import pytest

    from ledgerlm.config import save_setting
    from ledgerlm.defi.addresses import from_config
    from ledgerlm.errors import ConfigError

    with pytest.raises(ConfigError, match="missing usdc"):
        from_config(devnet.chain)
    a = devnet.addresses
    for key, symbol in (("usdc", "USDC"), ("usdt", "USDT"), ("dai", "DAI"), ("weth", "WETH")):
        save_setting("defi", key, a.tokens[symbol])
    for key in ("oracle", "lending_pool", "amm", "staking"):
        save_setting("defi", key, getattr(a, key))
    configured = from_config(devnet.chain)
    assert configured.source == "config"
    assert configured.tokens == a.tokens and configured.decimals == a.decimals
    save_setting("defi", "amm", "not-an-address")
    with pytest.raises(ConfigError, match="not an address"):
        from_config(devnet.chain)
