"""Plain-JSON views of domain objects: models, dataclasses and Decimals become JSON values without losing digits."""

from __future__ import annotations

import sys
from dataclasses import asdict, is_dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any


def _is_model(value: Any) -> bool:
    """A pydantic model, without importing pydantic: where ``pydantic.main`` is not loaded there is no model
    (``ledgerlm intent --json`` prints dataclasses and dicts and never pays for importing pydantic)."""
    main = sys.modules.get("pydantic.main")
    return main is not None and isinstance(value, main.BaseModel)


def to_jsonable(value: Any) -> Any:
    """Convert models, dataclasses, Decimals and bytes into plain JSON values."""
    if _is_model(value):
        return to_jsonable(value.model_dump(mode="python"))
    if is_dataclass(value) and not isinstance(value, type):
        return to_jsonable(asdict(value))
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return decimal_to_json(value)
    if isinstance(value, bytes):
        return "0x" + value.hex()
    if isinstance(value, Path):
        return str(value)
    return value


def decimal_to_json(value: Decimal) -> int | float | str:
    """Integral -> int; exactly representable as float -> float; otherwise a string (never lose digits)."""
    if value == value.to_integral_value():
        return int(value)
    as_float = float(value)
    return as_float if Decimal(repr(as_float)) == value else str(value)
