"""Shared helpers for the language tests: dev-set loading and the matching rule of ../shared/README.md."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ledgerlm.contracts.request.evaluation import params_match  # noqa: F401 - re-exported for the tests

DATA = Path(__file__).parent / "data"


def load_jsonl(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
