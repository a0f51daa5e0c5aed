"""A real DeFi world on the local chain: test tokens, a lending pool, an AMM, a price oracle and staking.

    from ledgerlm.chain import connect
    from ledgerlm.defi import devnet, actions, views
    chain = connect("memory")
    addrs = devnet.up(chain).addresses          # idempotent per chain
    plan = actions.swap(chain, account, "ETH", "USDC", "1.5", slippage_pct=0.5)   # PlannedCall, not sent
    views.balances(chain, account)

Action builders only plan; the assistant's single signing executor sends.
"""

from ledgerlm.defi.addresses import DevnetAddresses, resolve

__all__ = ["DevnetAddresses", "resolve"]
