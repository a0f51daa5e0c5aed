"""Review any Solidity contract: Slither with every detector plus ledgerlm's own detector plug-ins, each finding
with severity, confidence, every source location and excerpt, its SWC id and DASP category, in English or Chinese;
and who may do what (roles, guards, money flows, recognised OpenZeppelin bases).

Entry points: ``review_file``, ``review_dir``, ``review_sources`` (engine), ``review_target`` (file, folder,
deployment or address). Heavy imports (Slither) happen inside the calls.
"""

from __future__ import annotations

from typing import Any

__all__ = ["review_dir", "review_file", "review_sources", "review_target"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from ledgerlm.review import engine

        return getattr(engine, name)
    raise AttributeError(name)
