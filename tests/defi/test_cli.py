from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from ledgerlm.cli import devnet as devnet_cli
from ledgerlm.cli.main import app
from tests.defi.conftest import Devnet

runner = CliRunner()


@pytest.fixture
def cli(devnet: Devnet, monkeypatch: pytest.MonkeyPatch) -> Devnet:
    monkeypatch.setattr(devnet_cli, "connect_chain", lambda name: devnet.chain)
    return devnet


def _json(args: list[str]) -> object:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_cli_up_status_quote_position(cli: Devnet) -> None:
    up = _json(["devnet", "up"])
    assert up["deployed"] is False and up["addresses"]["amm"] == cli.addresses.amm
    status = _json(["devnet", "status"])
    assert status["deployed"] is True and set(status["prices_usd"]) == {"USDC", "USDT", "DAI", "WETH"}
    quote = _json(["devnet", "quote", "ETH", "USDC", "1"])
    assert quote["token_in"] == "ETH" and float(quote["amount_out"]) > 1000
    position = _json(["devnet", "position", "1"])
    assert position["health_factor"] is None and position["assets"] == {}
    balances = _json(["devnet", "balances", cli.alice.address])
    assert balances["tokens"]["USDC"] == 100000
    replay = _json(["devnet", "prices", "replay", "--from", "2020-03-11", "--days", "2"])
    assert [r["day"] for r in replay] == ["2020-03-11", "2020-03-12"]
    rewards = _json(["devnet", "rewards", "1"])
    assert rewards["staking_token"] == "WETH"


def test_cli_errors_are_clear(cli: Devnet) -> None:
    result = runner.invoke(app, ["devnet", "quote", "DOGE", "USDC", "1"])
    assert result.exit_code != 0 and "unknown token" in result.output
    result = runner.invoke(app, ["devnet", "prices", "replay", "--from", "1999-01-01"])
    assert result.exit_code != 0 and "outside the shipped series" in result.output
