"""Every test runs with its own temporary data directory, never the user's ~/.ledgerlm."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Compiler and Slither results are content-addressed, so all tests of a run may share them safely."""
    return tmp_path_factory.mktemp("ledgerlm-cache")


@pytest.fixture(autouse=True)
def ledgerlm_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shared_cache: Path) -> Path:
    home = tmp_path / "ledgerlm-home"
    monkeypatch.setenv("LEDGERLM_HOME", str(home))
    monkeypatch.setenv("LEDGERLM_CACHE_DIR", str(shared_cache))
    for var in ("LEDGERLM_CHAIN", "LEDGERLM_LLM_URL", "LEDGERLM_LLM_MODEL"):
        monkeypatch.delenv(var, raising=False)
    return home


@pytest.fixture
def anvil_chain(ledgerlm_home: Path) -> Iterator[Any]:
    """A managed anvil in the test's own data dir (a free port), stopped afterwards; the chain connected to it."""
    from ledgerlm.chain import anvil, connect

    anvil.start()
    try:
        yield connect("anvil")
    finally:
        anvil.stop()
