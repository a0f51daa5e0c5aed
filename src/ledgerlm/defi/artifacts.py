"""Compiling the devnet contracts shipped in ``contracts/`` (solc through the lead's cached compiler)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

from ledgerlm.solidity.artifact import Artifact
from ledgerlm.solidity.compiler import compile_sources

CONTRACT_FILES = (
    "TestToken.sol",
    "WrappedEther.sol",
    "PriceOracle.sol",
    "LendingPool.sol",
    "ConstantProductAMM.sol",
    "Staking.sol",
)


def sources() -> dict[str, str]:
    folder = resources.files("ledgerlm.defi").joinpath("contracts")
    return {name: folder.joinpath(name).read_text(encoding="utf-8") for name in CONTRACT_FILES}


@lru_cache(maxsize=1)
def artifacts() -> dict[str, Artifact]:
    """Every devnet contract by name; compiled once per process (and cached on disk by source hash)."""
    return compile_sources(sources(), strict=True)


def artifact(name: str) -> Artifact:
    return artifacts()[name]


def abi(name: str) -> list[dict[str, Any]]:
    return artifact(name).abi
