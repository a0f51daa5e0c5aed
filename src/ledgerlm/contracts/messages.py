# ruff: noqa: E501 - sentences in two languages side by side (Chinese characters count double in line width)
"""What the contracts area says, in English and Chinese side by side: one :class:`~ledgerlm.i18n.Catalogue`.

Why one catalogue for the area and one ``TEXTS`` table per kind folder: a kind keeps its sentences next to its
explainer (adding a kind touches no list here: the kind folders are discovered, like the kind registry does), while
the catalogue check in ``tests/i18n`` sees every sentence of every kind. Kind ids are ``<kind>.<id>``.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from ledgerlm.i18n import Catalogue

_OWN: dict[str, dict[str, str]] = {
    "explain.summary": {
        "en": "{contract} has {writes} state-changing entry points{bases}. Who may call each function and where money can go are read from the code (its checks of the caller, its transfers and calls); findings come from Slither and ledgerlm's detectors.",
        "zh": "{contract} 有 {writes} 个会修改状态的入口函数{bases}。每个函数的调用者限制和资金去向都从代码中读出（对调用者的检查、转账和调用）；问题来自 Slither 和 ledgerlm 的检测器。",
    },
    "explain.built_on": {"en": ", built on {bases}", "zh": "，基于 {bases}"},
    "explain.anyone": {"en": "anyone", "zh": "任何人"},
    "explain.only": {"en": "only {who}", "zh": "仅 {who}"},
    "explain.may_call": {"en": "may call {names}", "zh": "可以调用 {names}"},
    "explain.callable_by": {"en": "callable by {who}", "zh": "调用者：{who}"},
    "explain.eth_comes_in": {"en": "ETH comes in through {signature}", "zh": "ETH 通过 {signature} 转入"},
    "explain.privileged_power": {"en": "{name}: {who} {hint}", "zh": "{name}：{who}{hint}"},
    "explain.unguarded_power": {
        "en": "{name}: anyone may call it (no check of the caller in the code); its name suggests it {hint}",
        "zh": "{name}：任何人都能调用（代码中没有检查调用者）；函数名暗示它{hint}",
    },
    "kinds.days_after_deployment": {"en": "{days} days after deployment", "zh": "部署后 {days} 天"},
}


def _kind_texts() -> dict[str, dict[str, str]]:
    """The ``TEXTS`` of every kind folder that has a ``messages.py``."""
    import ledgerlm.contracts.kinds as kinds

    found: dict[str, dict[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(kinds.__path__), key=lambda i: i.name):
        if info.ispkg and (Path(info.module_finder.path) / info.name / "messages.py").is_file():  # type: ignore[union-attr]
            found.update(importlib.import_module(f"{kinds.__name__}.{info.name}.messages").TEXTS)
    return found


MESSAGES = Catalogue("contracts", {**_OWN, **_kind_texts()})

__all__ = ["MESSAGES"]
