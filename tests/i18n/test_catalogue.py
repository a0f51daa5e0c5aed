"""The message catalogues: every id in both languages with the same placeholders, none unused, values inert."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ledgerlm.i18n import Catalogue, MessageError, catalogues, placeholders, say

SRC = Path(__file__).resolve().parents[2] / "src" / "ledgerlm"


def _area_catalogues() -> dict[str, Catalogue]:
    """Every area's catalogue: ``src/ledgerlm/<area>/messages.py``, imported so that it registers itself."""
    import importlib

    for path in sorted(SRC.glob("*/messages.py")):
        importlib.import_module(f"ledgerlm.{path.parent.name}.messages")
    return {k: v for k, v in catalogues().items() if (SRC / k).is_dir()}


def test_every_message_has_both_languages_and_the_same_placeholders() -> None:
    found = _area_catalogues()
    assert "assistant" in found
    problems = [p for cat in found.values() for p in cat.check()]
    assert problems == []


def test_no_message_id_is_unused() -> None:
    """Each id appears, quoted, in the source of its area (or its CLI module) outside the catalogue itself."""
    for area, cat in _area_catalogues().items():
        files = [p for p in (SRC / area).rglob("*.py") if p.name != "messages.py"]
        files += [p for p in (SRC / "cli").glob(f"{area}.py")]  # the area's own CLI module
        source = "\n".join(p.read_text(encoding="utf-8") for p in files)
        unused = [i for i in cat.ids() if not re.search(rf"[\"']{re.escape(i)}[\"']", source)]
        assert unused == [], f"{area}: {unused}"


def test_check_reports_a_missing_language_and_different_placeholders() -> None:
    cat = Catalogue(
        "test-broken",
        {"a": {"en": "only English"}, "b": {"en": "{x} and {y}", "zh": "{x}"}, "c": {"en": "{n:,}", "zh": "{n}"}},
    )
    problems = cat.check()
    assert any("a: no text in zh" in p for p in problems)
    assert any("b: placeholders differ" in p for p in problems)
    assert not any(p.startswith("test-broken.c") for p in problems)  # a format spec is not another placeholder


def test_say_fills_values_made_inert_and_falls_back_to_english() -> None:
    cat = Catalogue("test-say", {"hi": {"en": "Hi {name}", "zh": "你好 {name}"}})
    assert cat.say("hi", "zh", name="Ada\x1b[2J\u202e") == "你好 Ada"  # the escape sequence is removed whole
    assert cat.say("hi", "fr", name="Ada") == "Hi Ada"
    assert say("test-say.hi", "en", name="Bo") == "Hi Bo"
    assert cat.both("hi", name="Bo") == {"en": "Hi Bo", "zh": "你好 Bo"}
    with pytest.raises(MessageError):
        cat.say("nope", "en")
    with pytest.raises(MessageError, match="needs a value"):
        cat.say("hi", "en")


def test_placeholders_ignore_format_specs() -> None:
    assert placeholders("{a} {b:,.2f} {c!r} {{literal}}") == {"a", "b", "c"}
