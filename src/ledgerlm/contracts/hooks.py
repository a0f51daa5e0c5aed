"""What the contracts layer plugs into the chain layer (declared in ``pyproject.toml`` under the entry-point
group ``ledgerlm.on_connect``): the first time a process opens a persistent chain, interrupted creates are
brought up to date with it (:func:`ledgerlm.contracts.journal.reconcile`).

Kept apart from the journal so that a process with no deployments database pays no import of the kinds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ledgerlm.contracts import registry

if TYPE_CHECKING:
    from ledgerlm.chain.core import Chain


def reconcile_journal(chain: Chain) -> list[str]:
    """One line per interrupted create looked at (nothing when there is no deployments database yet)."""
    if not registry.db_path().exists():
        return []
    from ledgerlm.contracts.journal import reconcile

    return reconcile(chain)
