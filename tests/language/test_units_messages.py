"""``units``' refusals say exactly what they said before they moved into its catalogue, in both languages.

``units_messages_golden.json`` was captured from the ``(English, Chinese)`` tuple table the module used: one case
for each distinct refusal of each converter, with the language given, guessed from the user's words, or absent.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from ledgerlm import units
from ledgerlm.errors import LedgerError

GOLDEN: dict[str, list[str | None]] = json.loads(
    Path(__file__).with_name("units_messages_golden.json").read_text(encoding="utf-8")
)
VALUES = [
    Decimal("-1"),
    Decimal("0"),
    Decimal("1.5"),
    Decimal("1.123456789012345678901"),
    Decimal("NaN"),
    Decimal("Infinity"),
    Decimal("1e90"),
    Decimal("1e70"),
    Decimal(2**256),
]


def _none(value: str) -> str | None:
    return None if value == "None" else value


def _call(key: str) -> Callable[[], object]:
    what, lang_s, text_s, *rest = key.split("/")
    lang, text = _none(lang_s), _none(text_s)
    if what == "check":
        return lambda: units.check_uint256(2**256, "x", text, lang=lang)
    if what == "checkneg":
        return lambda: units.check_uint256(-5, "x", text, lang=lang)
    v = VALUES[int(rest[0])]
    calls: dict[str, Callable[[], object]] = {
        "to_base": lambda: units.to_base_units(v, 18, field="amount", text=text, lang=lang),
        "to_base_none": lambda: units.to_base_units(v, None, field="amount", text=text, lang=lang),
        "to_base0": lambda: units.to_base_units(v, 0, field="amount", text=text, lang=lang),
        "months": lambda: units.months_to_seconds(v, field="term", text=text, lang=lang),
        "days": lambda: units.days_to_seconds(v, field="days", text=text, lang=lang),
        "pct": lambda: units.pct_to_bps(v, field="rate", text=text, lang=lang),
        "pct2": lambda: units.pct_to_bps(v / 1000, field="rate", text=text, lang=lang),
    }
    return calls[what]


@pytest.mark.parametrize("key", sorted(GOLDEN))
def test_refusal_is_byte_identical(key: str) -> None:
    with pytest.raises(LedgerError) as info:
        _call(key)()
    e = info.value
    assert [type(e).__name__, str(e), getattr(e, "hint", None), getattr(e, "message", None)] == GOLDEN[key]


def test_units_catalogue_is_complete() -> None:
    """``units`` is not an area folder, so the area-wide check in tests/i18n does not see it: checked here."""
    assert units.MESSAGES.check() == []
    assert units.MESSAGES.say("unit_seconds", "zh") == "秒"
