"""Where the DeFi contracts live on a chain: the devnet's own deployment (``<data dir>/devnet/<chain_id>.json``)
on local chains, the ``[defi]`` section of config.toml everywhere else."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field
from web3 import Web3

from ledgerlm.config import data_dir, load_config
from ledgerlm.errors import ConfigError, InputError, NotFound

if TYPE_CHECKING:
    from ledgerlm.chain import Chain

TOKEN_SYMBOLS = ("USDC", "USDT", "DAI", "WETH")
#: ``[defi]`` keys naming each contract on non-devnet chains.
CONFIG_KEYS = {"usdc": "USDC", "usdt": "USDT", "dai": "DAI", "weth": "WETH"}
CONTRACT_KEYS = ("oracle", "lending_pool", "amm", "staking")


class DevnetAddresses(BaseModel):
    """Addresses of the DeFi world on one chain, with the token decimals every amount conversion needs."""

    chain_id: int
    source: Literal["devnet", "config"] = "devnet"
    tokens: dict[str, str]
    decimals: dict[str, int]
    oracle: str
    lending_pool: str
    amm: str
    staking: str
    staking_token: str = "WETH"
    rewards_token: str = "DAI"
    kyc_registry: str | None = None
    deployer: str | None = None
    deployed_block: int | None = None
    contracts: dict[str, str] = Field(default_factory=dict, description="address -> contract name")

    def token(self, symbol_or_address: str) -> tuple[str, str]:
        """(symbol, address) of a token given either; ETH is not a token here (callers wrap it as WETH)."""
        wanted = symbol_or_address.strip()
        for symbol, address in self.tokens.items():
            if wanted.upper() == symbol or wanted.lower() == address.lower():
                return symbol, address
        raise InputError(
            f"unknown token {symbol_or_address!r}",
            hint=f"use one of ETH, {', '.join(self.tokens)} or a token address listed by `ledgerlm devnet status`",
        )

    def all_contracts(self) -> dict[str, str]:
        """name -> address of every contract (tokens by symbol)."""
        named = {
            "PriceOracle": self.oracle,
            "LendingPool": self.lending_pool,
            "ConstantProductAMM": self.amm,
            "Staking": self.staking,
        }
        return {**self.tokens, **named}


def devnet_file(chain_id: int) -> Path:
    return data_dir() / "devnet" / f"{chain_id}.json"


def load_devnet(chain_id: int) -> DevnetAddresses | None:
    path = devnet_file(chain_id)
    if not path.exists():
        return None
    try:
        return DevnetAddresses.model_validate_json(path.read_text(encoding="utf-8"))
    except ValueError:
        return None  # a damaged file is as good as none: `up` redeploys and rewrites it


def save_devnet(addresses: DevnetAddresses) -> Path:
    """Write atomically (temp file + rename) so a crash never leaves half a file."""
    path = devnet_file(addresses.chain_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(addresses.model_dump(), indent=2), encoding="utf-8")
    os.replace(tmp, path)
    return path


def from_config(chain: Chain) -> DevnetAddresses:
    """Addresses for a non-devnet chain from ``[defi]`` in config.toml; token decimals are read on-chain."""
    section = load_config().get("defi", {})
    missing = [key for key in (*CONFIG_KEYS, *CONTRACT_KEYS) if not section.get(key)]
    if missing:
        raise ConfigError(
            f"no DeFi contract addresses configured for chain {chain.chain_id}: missing {', '.join(missing)}",
            hint="set them in the [defi] section of config.toml (usdc, usdt, dai, weth, oracle, lending_pool, amm, "
            "staking), or use a local chain and run `ledgerlm devnet up`",
        )
    checked = {}
    for key in (*CONFIG_KEYS, *CONTRACT_KEYS):
        value = str(section[key])
        if not Web3.is_address(value):
            raise ConfigError(f"[defi] {key} = {value!r} is not an address", hint="use a 0x-prefixed 20-byte address")
        checked[key] = Web3.to_checksum_address(value)
    from ledgerlm.defi.artifacts import abi

    tokens: dict[str, str] = {symbol: checked[key] for key, symbol in CONFIG_KEYS.items()}
    decimals = {s: int(chain.call(chain.contract(a, abi("TestToken")).functions.decimals())) for s, a in tokens.items()}
    kyc = section.get("kyc_registry") or None
    return DevnetAddresses(
        chain_id=chain.chain_id,
        source="config",
        tokens=tokens,
        decimals=decimals,
        oracle=checked["oracle"],
        lending_pool=checked["lending_pool"],
        amm=checked["amm"],
        staking=checked["staking"],
        staking_token=str(section.get("staking_token", "WETH")).upper(),
        rewards_token=str(section.get("rewards_token", "DAI")).upper(),
        kyc_registry=kyc,
    )


def resolve(chain: Chain) -> DevnetAddresses:
    """The addresses to act against on ``chain``: the devnet's on local chains, configuration elsewhere."""
    if not chain.is_local:
        return from_config(chain)
    found = load_devnet(chain.chain_id)
    if found is None or not chain.code(found.lending_pool):
        raise NotFound(
            f"the DeFi devnet is not deployed on this {chain.backend} chain (id {chain.chain_id})",
            hint="run `ledgerlm devnet up` first",
        )
    return found
