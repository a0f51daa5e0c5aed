"""Hooks that higher layers plug into the chain layer, so it never imports them.

When a process first opens a persistent chain (anvil or an RPC URL), each *connect hook* is called with it and
returns plain lines to report (one per thing it did). The contracts layer uses this to reconcile interrupted
creates with the chain. Hooks arrive two ways: declared in the package metadata under the entry-point group
``ledgerlm.on_connect`` (``pyproject.toml``), so they run in every process whatever it imported, and registered
at run time with :func:`on_connect` (tests, embedding applications).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ledgerlm.chain.core import Chain

ConnectHook = Callable[["Chain"], Iterable[str]]

#: The entry-point group a package declares its connect hooks under.
GROUP = "ledgerlm.on_connect"

_registered: dict[str, ConnectHook] = {}


def on_connect(name: str, hook: ConnectHook) -> None:
    """Register ``hook`` under ``name`` (a later registration with the same name replaces it)."""
    _registered[name] = hook


def remove(name: str) -> None:
    _registered.pop(name, None)


def _declared() -> dict[str, ConnectHook]:
    from importlib.metadata import entry_points

    return {ep.name: ep.load() for ep in sorted(entry_points(group=GROUP), key=lambda ep: ep.name)}


def connect_hooks() -> dict[str, ConnectHook]:
    """Every hook by name: the declared ones, then the registered ones (which win on a shared name)."""
    return {**_declared(), **_registered}


def run_connect_hooks(chain: Chain) -> list[str]:
    """Call every hook on ``chain``; the lines they report, in hook-name order."""
    lines: list[str] = []
    for _, hook in sorted(connect_hooks().items()):
        lines.extend(hook(chain))
    return lines
