"""The DAO template: one Solidity file (votes token, governor, timelock) shared with ``ledgerlm.governance``; every
value is a constructor argument, so one compiled and analysed artefact serves every DAO request."""

from __future__ import annotations

from typing import Any

from ledgerlm.contracts.kinds.base import GeneratedSource

FILENAME = "LedgerDAO.sol"
TOKEN, TIMELOCK, GOVERNOR = "LedgerVotesToken", "LedgerTimelock", "LedgerGovernor"


def render() -> GeneratedSource:
    from ledgerlm.governance.dao import SOURCE

    return GeneratedSource(
        filename=FILENAME, source=SOURCE.read_text(encoding="utf-8"), contract_name=GOVERNOR, features=()
    )


def artifacts() -> dict[str, Any]:
    """The three compiled contracts (the compiler caches by source, so this is the artefact the pipeline analysed)."""
    from ledgerlm.governance.dao import artifacts as compiled

    return compiled()
