"""Every test runs with its own temporary data directory, never the user's ~/.ledgerlm."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def ledgerlm_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "ledgerlm-home"
    monkeypatch.setenv("LEDGERLM_HOME", str(home))
    for var in ("LEDGERLM_CHAIN", "LEDGERLM_LLM_URL", "LEDGERLM_LLM_MODEL"):
        monkeypatch.delenv(var, raising=False)
    return home
