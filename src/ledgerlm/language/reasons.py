"""Reasons a value is not certain, shared by the kinds' second readings (``contracts/kinds/*/gate.py``).

Why one module: each gate keeps its own rules and its own table of reasons in Chinese, but the way a reason is
put into a question (in the user's language, inert to ``str.format``) and the script test are the same rule, so
they live here once.
"""

from __future__ import annotations

import re

#: the CJK unified ideographs, as a character-class body for the gates' own patterns
CJK_RANGE = r"\u4e00-\u9fff"
_CJK = re.compile(f"[{CJK_RANGE}]")
_BETWEEN = " between two stages"


def has_cjk(value: str) -> bool:
    """True when ``value`` holds a Chinese character (a Chinese value gets the Chinese edge rules)."""
    return bool(_CJK.search(value))


def reason_zh(why: str, table: dict[str, str]) -> str:
    """``why`` in Chinese from a gate's own ``table`` ("X between two stages" is built; unknown reasons stay)."""
    if why.endswith(_BETWEEN):
        return f"两个环节之间有{why[: -len(_BETWEEN)]}"
    return table.get(why, why)


def inert(why: str) -> str:
    """A reason that quotes user words, safe inside a template formatted later with ``{w}``: braces are replaced."""
    return why.replace("{", "(").replace("}", ")")


def fill_reason(en: str, zh: str, why: str, table: dict[str, str]) -> tuple[str, str]:
    """The English and Chinese question templates with ``{why}`` filled in, each in its own language."""
    return en.replace("{why}", inert(why)), zh.replace("{why}", inert(reason_zh(why, table)))
