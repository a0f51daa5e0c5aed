"""Read-only views for people and the assistant: balances, quotes, lending positions, rewards (token units)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field
from web3 import Web3

from ledgerlm.defi.actions import Quote
from ledgerlm.defi.actions import quote as _quote
from ledgerlm.defi.addresses import resolve
from ledgerlm.defi.artifacts import abi
from ledgerlm.defi.units import WAD, from_base, wad_to_decimal

if TYPE_CHECKING:
    from eth_account.signers.local import LocalAccount

    from ledgerlm.chain import Chain

__all__ = ["Balances", "Position", "Quote", "Rewards", "balances", "position", "quote", "rewards"]

quote = _quote


def _addr(account: LocalAccount | str) -> str:
    return Web3.to_checksum_address(account if isinstance(account, str) else account.address)


class Balances(BaseModel):
    account: str
    tokens: dict[str, Decimal] = Field(description="symbol -> amount in token units, ETH first")


class AssetPosition(BaseModel):
    deposited: Decimal
    interest_earned: Decimal
    debt: Decimal


class Position(BaseModel):
    """A lending-pool position. ``health_factor`` is None without debt (infinitely healthy)."""

    account: str
    assets: dict[str, AssetPosition]
    collateral_usd: Decimal
    borrow_limit_usd: Decimal
    debt_usd: Decimal
    health_factor: Decimal | None
    liquidation_drop_pct: Decimal | None = Field(
        description="how far (percent) all collateral prices may fall together, debt prices unchanged, before "
        "the health factor reaches 1; None without debt, 0 when already liquidatable"
    )
    available_to_borrow_usd: Decimal


class Rewards(BaseModel):
    account: str
    staked: Decimal
    staking_token: str
    staking_earned: Decimal
    rewards_token: str
    lending_interest: dict[str, Decimal]


def balances(chain: Chain, account: LocalAccount | str) -> Balances:
    a = resolve(chain)
    owner = _addr(account)
    out = {"ETH": from_base(chain.balance(owner), 18)}
    for symbol, address in a.tokens.items():
        token = chain.contract(address, abi("TestToken"))
        out[symbol] = from_base(int(chain.call(token.functions.balanceOf(owner))), a.decimals[symbol])
    return Balances(account=owner, tokens=out)


def position(chain: Chain, account: LocalAccount | str) -> Position:
    a = resolve(chain)
    owner = _addr(account)
    pool = chain.contract(a.lending_pool, abi("LendingPool"))
    assets = {}
    for symbol, address in a.tokens.items():
        d = a.decimals[symbol]
        dep = int(chain.call(pool.functions.depositOf(owner, address)))
        debt = int(chain.call(pool.functions.debtOf(owner, address)))
        if dep or debt:
            interest = int(chain.call(pool.functions.interestOf(owner, address))) if dep else 0
            assets[symbol] = AssetPosition(
                deposited=from_base(dep, d), interest_earned=from_base(interest, d), debt=from_base(debt, d)
            )
    collateral, limit, debt_usd, hf = (int(v) for v in chain.call(pool.functions.accountData(owner)))
    has_debt = debt_usd > 0
    health = wad_to_decimal(hf) if has_debt else None
    drop = None
    if has_debt:
        drop = max(Decimal(0), (1 - Decimal(WAD) / hf) * 100).quantize(Decimal("0.01")) if hf else Decimal(0)
    return Position(
        account=owner,
        assets=assets,
        collateral_usd=wad_to_decimal(collateral),
        borrow_limit_usd=wad_to_decimal(limit),
        debt_usd=wad_to_decimal(debt_usd),
        health_factor=health,
        liquidation_drop_pct=drop,
        available_to_borrow_usd=wad_to_decimal(max(0, limit - debt_usd)),
    )


def rewards(chain: Chain, account: LocalAccount | str) -> Rewards:
    a = resolve(chain)
    owner = _addr(account)
    staking = chain.contract(a.staking, abi("Staking"))
    pool = chain.contract(a.lending_pool, abi("LendingPool"))
    interest = {}
    for symbol, address in a.tokens.items():
        earned = int(chain.call(pool.functions.interestOf(owner, address)))
        if earned:
            interest[symbol] = from_base(earned, a.decimals[symbol])
    return Rewards(
        account=owner,
        staked=from_base(int(chain.call(staking.functions.stakedOf(owner))), a.decimals[a.staking_token]),
        staking_token=a.staking_token,
        staking_earned=from_base(int(chain.call(staking.functions.earned(owner))), a.decimals[a.rewards_token]),
        rewards_token=a.rewards_token,
        lending_interest=interest,
    )
