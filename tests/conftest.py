"""Every test runs with its own temporary data directory, never the user's ~/.ledgerlm."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Compiler and Slither results are content-addressed, so all tests of a run may share them safely: under
    pytest-xdist the workers share one folder beside their own base temps (a contract compiled or analysed by one
    worker is not compiled again by the other). Entries are written to a temporary name and renamed, so a reader
    never sees half of one."""
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        path = base.parent / "ledgerlm-cache-shared"  # <run>/popen-gwN -> <run>/ledgerlm-cache-shared
        path.mkdir(exist_ok=True)
        return path
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


#: Measured seconds per test file (``tools/durations.py`` writes it from a ``--durations=0`` run).
DURATIONS = Path(__file__).with_name("durations.json")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Longest files first, so that ``--dist loadfile --no-loadscope-reorder`` (the Makefile's ``make test``) hands
    the long files out at the start and the two workers finish together, instead of one long file arriving last
    and running alone. Files without a measurement follow in xdist's own order (most tests first); the tests of
    one file keep their order."""
    try:
        weights: dict[str, float] = json.loads(DURATIONS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    counts: dict[str, int] = {}
    for item in items:
        counts[item.nodeid.split("::", 1)[0]] = counts.get(item.nodeid.split("::", 1)[0], 0) + 1
    first = {f: i for i, f in reversed(list(enumerate(item.nodeid.split("::", 1)[0] for item in items)))}
    items.sort(key=lambda it: _file_rank(it.nodeid.split("::", 1)[0], weights, counts, first))


def _file_rank(file: str, weights: dict[str, float], counts: dict[str, int], first: dict[str, int]) -> tuple:
    return (-float(weights.get(file, 0.0)), -counts[file], first[file])
