"""The loan template: one Solidity source for every loan (ETH or ERC-20, any terms); values are constructor args."""

from __future__ import annotations

from ledgerlm.contracts.kinds.base import GeneratedSource, load_template

CONTRACT_NAME = "LedgerLoan"


def render() -> GeneratedSource:
    return GeneratedSource(
        filename=f"{CONTRACT_NAME}.sol",
        source=load_template(__file__, f"{CONTRACT_NAME}.sol"),
        contract_name=CONTRACT_NAME,
        features=(),
    )
