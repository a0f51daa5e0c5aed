"""Shared helpers for the language tests: dev-set loading and the matching rule of ../shared/README.md."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"


def load_jsonl(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def params_match(result: Any, expect: dict[str, Any]) -> bool:
    """Numbers compare as numbers, strings exactly, null = left unknown and listed in ``missing``."""
    if result.kind != expect["kind"]:
        return False
    for key, want in expect.get("params", {}).items():
        got = result.params.get(key)
        if want is None:
            if got is not None or key not in result.missing:
                return False
        elif isinstance(want, (bool, str, list)):
            if got != want:
                return False
        elif got is None or isinstance(got, bool) or abs(Decimal(str(got)) - Decimal(str(want))) > Decimal("1e-6"):
            return False
    return True
