"""The dev-set rule for judging a parse (shared by the tests and bench/parse.py)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any


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
