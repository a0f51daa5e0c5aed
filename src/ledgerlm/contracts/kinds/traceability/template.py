"""The traceability template: one Solidity source for every request of the kind; all values are constructor
arguments."""

from __future__ import annotations

from ledgerlm.contracts.kinds.base import GeneratedSource, load_template

CONTRACT_NAME = "LedgerTraceability"


def render() -> GeneratedSource:
    return GeneratedSource(
        filename=f"{CONTRACT_NAME}.sol",
        source=load_template(__file__, f"{CONTRACT_NAME}.sol"),
        contract_name=CONTRACT_NAME,
        features=(),
    )
