"""One folder per contract kind: spec, Solidity template, invariants, explainer.

``get_plugin(kind)`` is how the pipeline and ``explain`` reach a kind; plugins are imported lazily so importing
the package stays cheap.
"""

from __future__ import annotations

import importlib

from ledgerlm.contracts.kinds.base import KindPlugin
from ledgerlm.contracts.spec import KINDS
from ledgerlm.errors import SpecError

_cache: dict[str, KindPlugin] = {}


def get_plugin(kind: str) -> KindPlugin:
    if kind not in KINDS:
        raise SpecError("kind", f"unknown contract kind {kind!r}", hint=f"choose one of: {', '.join(KINDS)}")
    if kind not in _cache:
        _cache[kind] = importlib.import_module(f"ledgerlm.contracts.kinds.{kind}.plugin").PLUGIN
    return _cache[kind]


__all__ = ["KindPlugin", "get_plugin"]
