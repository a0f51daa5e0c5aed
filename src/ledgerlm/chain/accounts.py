"""Development accounts of local chains. Their keys are public test keys, used only on local chains."""

from __future__ import annotations

from functools import cache

from eth_account import Account
from eth_account.signers.local import LocalAccount

#: anvil's well-known default mnemonic (foundry docs); its accounts hold test ether only.
ANVIL_MNEMONIC = "test test test test test test test test test test test junk"
DEV_ACCOUNT_COUNT = 10


@cache
def anvil_dev_accounts() -> tuple[LocalAccount, ...]:
    Account.enable_unaudited_hdwallet_features()
    return tuple(
        Account.from_mnemonic(ANVIL_MNEMONIC, account_path=f"m/44'/60'/0'/0/{i}") for i in range(DEV_ACCOUNT_COUNT)
    )
