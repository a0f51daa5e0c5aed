"""Shared fixtures: one in-process chain and one compiled artefact per kind for a whole test module.

Each hypothesis example runs inside a chain snapshot and reverts it, so examples are independent and cheap.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from ledgerlm.chain import Chain, connect
from ledgerlm.contracts.kinds import get_plugin
from ledgerlm.contracts.spec import build_spec
from ledgerlm.solidity import compiler
from ledgerlm.solidity.artifact import Artifact


@pytest.fixture(scope="module")
def module_env(tmp_path_factory: pytest.TempPathFactory, shared_cache: Path) -> Iterator[None]:
    """Module-scoped fixtures run before the per-test home exists: give them a temporary home of their own."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("LEDGERLM_HOME", str(tmp_path_factory.mktemp("kinds-home")))
        mp.setenv("LEDGERLM_CACHE_DIR", str(shared_cache))
        yield


@pytest.fixture(scope="module")
def chain(module_env: None) -> Chain:
    return connect("memory")


def compile_kind(kind: str, params: dict[str, Any]) -> Artifact:
    generated = get_plugin(kind).render(build_spec(kind, params))
    return compiler.compile_sources({generated.filename: generated.source}, strict=True)[generated.contract_name]


@pytest.fixture(scope="module")
def test_token(chain: Chain, module_env: None) -> str:
    """A plain 6-decimal ERC-20 held by the deployer, so token flows can be measured exactly (no gas noise)."""
    from ledgerlm.contracts.assets import resolve_asset

    asset = resolve_asset(chain, "USDC")
    assert asset.address is not None and asset.decimals == 6
    return asset.address


@contextmanager
def rolled_back(chain: Chain) -> Iterator[Chain]:
    snap = chain.snapshot()
    try:
        yield chain
    finally:
        chain.revert(snap)


def accounts(chain: Chain, n: int) -> list[str]:
    """n distinct dev accounts other than the deployer."""
    return [a.address for a in chain.dev_accounts[1 : n + 1]]
