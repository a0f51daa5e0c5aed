"""The review's own texts say exactly what they said before they moved into ``review/messages.py``.

``messages_golden.json`` was captured from the inline code (category names, detector descriptions, the entry of a
detector with no translation) in English, Chinese and an unsupported language (which falls back to English).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ledgerlm.review import catalog
from ledgerlm.review.messages import MESSAGES

GOLDEN: dict[str, object] = json.loads((Path(__file__).with_name("messages_golden.json")).read_text(encoding="utf-8"))


def _render(key: str) -> object:
    what, *args = key.split("/")
    if what == "describe":
        return catalog.describe(args[0], args[1])
    if what == "category":
        return catalog.category_name(args[0], args[1])
    if key == "entry/unknown":
        return list(catalog.entry("x-y", "Some wiki title").__dict__.values())
    if key == "entry/unknown2":
        return list(catalog.entry("x-y").__dict__.values())
    raise AssertionError(key)


@pytest.mark.parametrize("key", sorted(GOLDEN))
def test_text_is_byte_identical(key: str) -> None:
    assert _render(key) == GOLDEN[key]


def test_bytecode_only_note_in_both_languages() -> None:
    assert MESSAGES.say("bytecode_only", "zh") == (
        "只有字节码可用：ledgerlm 不知道该合约的源代码，无法审查；下面列出它暴露的函数选择器。"
    )
    assert MESSAGES.say("bytecode_only", "en") == (
        "only the bytecode is available: ledgerlm does not know this contract's source, so it cannot be reviewed; "
        "the function selectors it exposes are listed"
    )


def test_every_category_has_a_name_in_both_languages() -> None:
    assert MESSAGES.check() == []
    for category in catalog.CATEGORIES:
        names = MESSAGES.both(category)
        assert names["en"] != names["zh"] and any("\u4e00" <= ch <= "\u9fff" for ch in names["zh"])
