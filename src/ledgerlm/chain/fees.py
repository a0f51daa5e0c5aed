"""The one fee rule: what an EIP-1559 transaction offers to pay per gas, and what a quote of its cost says.

ledgerlm offers a fixed tip (``PRIORITY_FEE_WEI``) on top of the latest block's base fee, and caps the fee per gas
at twice the base fee plus the tip, so a transaction stays valid across a few blocks of rising base fee. Sending
(:meth:`ledgerlm.chain.Chain.transact`), cost previews (the assistant's plans) and reserves for gas money all read
this module instead of writing the arithmetic again. Amounts are wei (int); no web3 here.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ledgerlm import units

PRIORITY_FEE_WEI = 10**9  # 1 gwei tip
BASE_FEE_HEADROOM = 2  # the fee cap covers a base fee that doubles before the transaction is mined


@dataclass(frozen=True)
class FeeQuote:
    """Fees per gas for a transaction sent now, from the latest block's base fee (wei)."""

    base_fee_wei: int
    priority_fee_wei: int = PRIORITY_FEE_WEI

    @property
    def max_fee_per_gas(self) -> int:
        """``maxFeePerGas``: the most the sender can pay per gas."""
        return BASE_FEE_HEADROOM * self.base_fee_wei + self.priority_fee_wei

    @property
    def expected_fee_per_gas(self) -> int:
        """What a gas unit costs if the base fee stays where it is (base fee + tip)."""
        return self.base_fee_wei + self.priority_fee_wei

    def tx_fields(self) -> dict[str, int]:
        """The EIP-1559 fee fields of a transaction."""
        return {"maxPriorityFeePerGas": self.priority_fee_wei, "maxFeePerGas": self.max_fee_per_gas, "type": 2}

    def expected_wei(self, gas: int) -> int:
        """The cost of ``gas`` units at the current base fee: the figure a preview shows."""
        return gas * self.expected_fee_per_gas

    def max_wei(self, gas: int) -> int:
        """The most ``gas`` units can cost: what must be kept back so the transaction can be paid for."""
        return gas * self.max_fee_per_gas

    def expected_eth(self, gas: int) -> Decimal:
        return units.from_base_units(self.expected_wei(gas), 18)


def paid_wei(gas_used: int, effective_gas_price: int) -> int:
    """What a mined transaction paid (its receipt's gas used times its effective gas price)."""
    return gas_used * effective_gas_price
