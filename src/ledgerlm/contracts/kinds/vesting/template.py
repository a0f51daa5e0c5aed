"""The vesting template: one Solidity source for every vesting request; all values are constructor arguments."""

from __future__ import annotations

from ledgerlm.contracts.kinds.base import GeneratedSource, load_template

CONTRACT_NAME = "LedgerVesting"


def render() -> GeneratedSource:
    return GeneratedSource(
        filename=f"{CONTRACT_NAME}.sol",
        source=load_template(__file__, f"{CONTRACT_NAME}.sol"),
        contract_name=CONTRACT_NAME,
        features=(),
    )
