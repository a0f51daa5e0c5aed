"""Typed action builders: each returns a ``PlannedCall`` describing exactly what to send, never sending it.

The assistant's single signing executor turns a plan into transactions (``PlannedCall.steps()`` in order:
approvals and wraps, the call itself, then follow-ups such as unwrapping WETH). Builders read the chain (quotes,
allowances, balances) so that plans are concrete, and refuse clearly what cannot work (unknown token, amount above
balance, no liquidity).

ETH: the lending pool, the AMM and staking hold WETH; an action on "ETH" wraps before (``WETH.deposit``) and
unwraps after (``WETH.withdraw``) as extra steps of the same plan.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field
from web3 import Web3

from ledgerlm.config import load_config
from ledgerlm.defi.addresses import DevnetAddresses, resolve
from ledgerlm.defi.artifacts import abi
from ledgerlm.defi.units import from_base, to_base, to_base_floor, to_decimal
from ledgerlm.errors import InputError

if TYPE_CHECKING:
    from eth_account.signers.local import LocalAccount

    from ledgerlm.chain import Chain

MAX_UINT = 2**256 - 1


class PlannedCall(BaseModel):
    """One transaction to send, plus what must come before and after it."""

    kind: Literal["call", "eth_transfer"] = "call"
    target: str = Field(description="contract address (or recipient for eth_transfer)")
    contract: str = Field(default="", description="contract name, e.g. LendingPool")
    function: str = ""
    args: list[Any] = Field(default_factory=list)
    value_wei: int = 0
    description_en: str
    description_zh: str
    expect_events: list[str] = Field(default_factory=list)
    approvals: list[PlannedCall] = Field(default_factory=list, description="sent first, in order")
    followups: list[PlannedCall] = Field(default_factory=list, description="sent after, in order")
    details: dict[str, Any] = Field(default_factory=dict, description="quote, amounts, ... for explanations")

    def steps(self) -> list[PlannedCall]:
        """Every transaction of the plan in sending order (nested plans flattened)."""
        out: list[PlannedCall] = []
        for before in self.approvals:
            out.extend(before.steps())
        out.append(self.model_copy(update={"approvals": [], "followups": []}))
        for after in self.followups:
            out.extend(after.steps())
        return out

    def contract_abi(self) -> list[dict[str, Any]]:
        return abi(self.contract) if self.contract else []

    def function_call(self, chain: Chain) -> Any:
        """The web3 ContractFunction for this step (for the executor: ``chain.transact(fn, value=value_wei)``)."""
        if self.kind != "call":
            raise InputError("a plain ETH transfer has no contract function; use chain.send_eth")
        contract = chain.contract(self.target, self.contract_abi())
        return contract.functions[self.function](*self.args)


# ------------------------------------------------------------------------------------------------ helpers


def _addr(account: LocalAccount | str) -> str:
    return Web3.to_checksum_address(account if isinstance(account, str) else account.address)


def _is_eth(symbol: str) -> bool:
    return symbol.strip().upper() == "ETH"


def _token(a: DevnetAddresses, symbol: str) -> tuple[str, str, int]:
    """(symbol, address, decimals); ETH maps to WETH."""
    sym, address = a.token("WETH" if _is_eth(symbol) else symbol)
    return sym, address, a.decimals[sym]


def _positive(amount: Decimal | int | float | str, what: str = "amount") -> Decimal:
    value = to_decimal(amount, what)
    if value <= 0:
        raise InputError(f"{what} must be greater than zero, got {value}")
    return value


def _token_contract(chain: Chain, a: DevnetAddresses, address: str) -> Any:
    return chain.contract(address, abi("WrappedEther" if address == a.tokens["WETH"] else "TestToken"))


def _balance(chain: Chain, a: DevnetAddresses, address: str, owner: str) -> int:
    return int(chain.call(_token_contract(chain, a, address).functions.balanceOf(owner)))


def _approval(
    chain: Chain, a: DevnetAddresses, symbol: str, owner: str, spender: str, spender_name: str, amount: int
) -> list[PlannedCall]:
    """An ``approve`` step when the current allowance is short, else nothing."""
    token_address = a.tokens[symbol]
    allowance = int(chain.call(_token_contract(chain, a, token_address).functions.allowance(owner, spender)))
    if allowance >= amount:
        return []
    human = from_base(amount, a.decimals[symbol])
    return [
        PlannedCall(
            target=token_address,
            contract="WrappedEther" if symbol == "WETH" else "TestToken",
            function="approve",
            args=[spender, amount],
            description_en=f"Allow the {spender_name} to spend {human} {symbol}",
            description_zh=f"授权 {spender_name} 使用 {human} {symbol}",
            expect_events=["Approval"],
            details={"token": symbol, "spender": spender, "amount": human},
        )
    ]


def _wrap(a: DevnetAddresses, amount_wei: int) -> PlannedCall:
    human = from_base(amount_wei, 18)
    return PlannedCall(
        target=a.tokens["WETH"],
        contract="WrappedEther",
        function="deposit",
        value_wei=amount_wei,
        description_en=f"Wrap {human} ETH into WETH",
        description_zh=f"将 {human} ETH 兑换为 WETH",
        expect_events=["Deposit"],
        details={"amount": human},
    )


def _unwrap(a: DevnetAddresses, amount_wei: int) -> PlannedCall:
    human = from_base(amount_wei, 18)
    return PlannedCall(
        target=a.tokens["WETH"],
        contract="WrappedEther",
        function="withdraw",
        args=[amount_wei],
        description_en=f"Unwrap {human} WETH into ETH",
        description_zh=f"将 {human} WETH 换回 ETH",
        expect_events=["Withdrawal"],
        details={"amount": human},
    )


def _require_funds(have: int, need: int, decimals: int, symbol: str) -> None:
    if have < need:
        raise InputError(
            f"not enough {symbol}: need {from_base(need, decimals)}, have {from_base(have, decimals)}",
            hint="lower the amount or top up the account (on the devnet: the token's faucet)",
        )


def _funding(
    chain: Chain, a: DevnetAddresses, symbol: str, owner: str, amount: int, spender: str, spender_name: str
) -> list[PlannedCall]:
    """Steps that give ``spender`` access to ``amount`` of the token, wrapping ETH when ``symbol`` is ETH."""
    sym, address, decimals = _token(a, symbol)
    if _is_eth(symbol):
        _require_funds(chain.balance(owner), amount, 18, "ETH")
        return [_wrap(a, amount), *_approval(chain, a, "WETH", owner, spender, spender_name, MAX_UINT)]
    _require_funds(_balance(chain, a, address, owner), amount, decimals, sym)
    return _approval(chain, a, sym, owner, spender, spender_name, amount)


# ------------------------------------------------------------------------------------------------ transfers


def transfer(
    chain: Chain, account: LocalAccount | str, token: str, to: str, amount: Decimal | int | float | str
) -> PlannedCall:
    """Send ETH or an ERC-20 to ``to``."""
    if not Web3.is_address(to):
        raise InputError(f"recipient {to!r} is not an address", hint="use a 0x-prefixed address or a contact name")
    owner, recipient, value = _addr(account), Web3.to_checksum_address(to), _positive(amount)
    if _is_eth(token):
        wei = to_base(value, 18)
        _require_funds(chain.balance(owner), wei, 18, "ETH")
        return PlannedCall(
            kind="eth_transfer",
            target=recipient,
            value_wei=wei,
            description_en=f"Send {value} ETH to {recipient}",
            description_zh=f"向 {recipient} 转账 {value} ETH",
            details={"token": "ETH", "amount": value, "to": recipient},
        )
    a = resolve(chain)
    sym, address, decimals = _token(a, token)
    base = to_base(value, decimals)
    _require_funds(_balance(chain, a, address, owner), base, decimals, sym)
    return PlannedCall(
        target=address,
        contract="WrappedEther" if sym == "WETH" else "TestToken",
        function="transfer",
        args=[recipient, base],
        description_en=f"Send {value} {sym} to {recipient}",
        description_zh=f"向 {recipient} 转账 {value} {sym}",
        expect_events=["Transfer"],
        details={"token": sym, "amount": value, "to": recipient},
    )


# ------------------------------------------------------------------------------------------------ swaps


class Quote(BaseModel):
    """What a swap would do right now."""

    token_in: str
    token_out: str
    amount_in: Decimal
    amount_out: Decimal
    spot_price: Decimal = Field(description="token_out per token_in before the trade")
    execution_price: Decimal = Field(description="token_out per token_in actually received")
    price_impact_pct: Decimal = Field(description="execution vs spot, the 0.3% fee included")
    fee_pct: Decimal = Decimal("0.3")


def _reserves(chain: Chain, a: DevnetAddresses, address_in: str, address_out: str) -> tuple[int, int]:
    amm = chain.contract(a.amm, abi("ConstantProductAMM"))
    r_in, r_out, _ = chain.call(amm.functions.getReserves(address_in, address_out))
    return int(r_in), int(r_out)


def amount_out_for(amount_in: int, reserve_in: int, reserve_out: int) -> int:
    """The AMM's exact-in formula, mirrored in Python (the contract's `getAmountOut`)."""
    with_fee = amount_in * 9_970
    return with_fee * reserve_out // (reserve_in * 10_000 + with_fee)


def amount_in_for(amount_out: int, reserve_in: int, reserve_out: int) -> int:
    """Smallest input that buys at least ``amount_out``."""
    if amount_out >= reserve_out:
        raise InputError("the pool does not hold that much", hint="buy a smaller amount")
    return (reserve_in * amount_out * 10_000) // ((reserve_out - amount_out) * 9_970) + 1


def quote(
    chain: Chain,
    token_in: str,
    token_out: str,
    amount: Decimal | int | float | str,
    *,
    side: Literal["sell", "buy"] = "sell",
) -> Quote:
    """Price of selling ``amount`` of ``token_in`` (or, with side="buy", of buying ``amount`` of ``token_out``)."""
    a = resolve(chain)
    sym_in, addr_in, dec_in = _token(a, token_in)
    sym_out, addr_out, dec_out = _token(a, token_out)
    if addr_in == addr_out:
        raise InputError(f"cannot swap {token_in} for {token_out}", hint="pick two different tokens")
    value = _positive(amount)
    r_in, r_out = _reserves(chain, a, addr_in, addr_out)
    if not r_in or not r_out:
        raise InputError(f"no AMM pool for {sym_in}/{sym_out}")
    if side == "sell":
        base_in = to_base(value, dec_in)
        base_out = amount_out_for(base_in, r_in, r_out)
    else:
        base_out = to_base(value, dec_out)
        base_in = amount_in_for(base_out, r_in, r_out)
    amount_in, amount_out = from_base(base_in, dec_in), from_base(base_out, dec_out)
    spot = from_base(r_out, dec_out) / from_base(r_in, dec_in)
    execution = amount_out / amount_in
    impact = ((1 - execution / spot) * 100).quantize(Decimal("0.0001"))
    return Quote(
        token_in="ETH" if _is_eth(token_in) else sym_in,
        token_out="ETH" if _is_eth(token_out) else sym_out,
        amount_in=amount_in,
        amount_out=amount_out,
        spot_price=_sig(spot),
        execution_price=_sig(execution),
        price_impact_pct=impact,
    )


def _sig(value: Decimal, digits: int = 12) -> Decimal:
    """Round a derived ratio to ``digits`` significant digits (prices need no 28-digit tails)."""
    return value.quantize(Decimal(1).scaleb(value.adjusted() - digits + 1)).normalize()


def default_slippage_pct() -> Decimal:
    return Decimal(str(load_config().get("policy", {}).get("max_slippage_pct", 1.0)))


def swap(
    chain: Chain,
    account: LocalAccount | str,
    token_in: str,
    token_out: str,
    amount: Decimal | int | float | str,
    *,
    side: Literal["sell", "buy"] = "sell",
    slippage_pct: Decimal | float | str | None = None,
) -> PlannedCall:
    """Sell exactly ``amount`` of ``token_in`` (side="sell") or buy ``amount`` of ``token_out`` (side="buy").

    The minimum output is the quote less ``slippage_pct`` (default: policy.max_slippage_pct); the AMM reverts
    with ``SlippageExceeded`` below it. Buying pays the quoted input plus the slippage allowance and requires
    the asked amount as minimum output (any surplus is received too).
    """
    slip = to_decimal(slippage_pct if slippage_pct is not None else default_slippage_pct(), "slippage")
    if not Decimal(0) <= slip < 100:
        raise InputError(f"slippage must be between 0 and 100 percent, got {slip}")
    a = resolve(chain)
    owner = _addr(account)
    q = quote(chain, token_in, token_out, amount, side=side)
    _sym_in, addr_in, dec_in = _token(a, token_in)
    _sym_out, addr_out, dec_out = _token(a, token_out)
    if side == "sell":
        base_in = to_base(q.amount_in, dec_in)
        min_out = to_base_floor(q.amount_out * (100 - slip) / 100, dec_out)
    else:
        base_in = to_base_floor(q.amount_in * (100 + slip) / 100, dec_in) + 1
        min_out = to_base(q.amount_out, dec_out)
    human_in, human_min = from_base(base_in, dec_in), from_base(min_out, dec_out)
    before = _funding(chain, a, token_in, owner, base_in, a.amm, "AMM")
    after = [_unwrap(a, min_out)] if _is_eth(token_out) else []
    return PlannedCall(
        target=a.amm,
        contract="ConstantProductAMM",
        function="swapExactIn",
        args=[addr_in, addr_out, base_in, min_out, owner],
        description_en=(
            f"Swap {human_in} {q.token_in} for at least {human_min} {q.token_out} "
            f"(quote {q.amount_out}, slippage limit {slip}%, price impact {q.price_impact_pct}%)"
        ),
        description_zh=(
            f"用 {human_in} {q.token_in} 兑换至少 {human_min} {q.token_out}"
            f"（报价 {q.amount_out}，滑点上限 {slip}%，价格影响 {q.price_impact_pct}%）"
        ),
        expect_events=["Swapped"],
        approvals=before,
        followups=after,
        details={
            "quote": q.model_dump(),
            "side": side,
            "slippage_pct": slip,
            "amount_in": human_in,
            "min_amount_out": human_min,
        },
    )


# ------------------------------------------------------------------------------------------------ lending


def _pool_call(
    a: DevnetAddresses,
    function: str,
    args: list[Any],
    en: str,
    zh: str,
    event: str,
    details: dict[str, Any],
    before: list[PlannedCall] | None = None,
    after: list[PlannedCall] | None = None,
) -> PlannedCall:
    return PlannedCall(
        target=a.lending_pool,
        contract="LendingPool",
        function=function,
        args=args,
        description_en=en,
        description_zh=zh,
        expect_events=[event],
        approvals=before or [],
        followups=after or [],
        details=details,
    )


def _pool(chain: Chain, a: DevnetAddresses) -> Any:
    return chain.contract(a.lending_pool, abi("LendingPool"))


def deposit(chain: Chain, account: LocalAccount | str, token: str, amount: Decimal | int | float | str) -> PlannedCall:
    """Deposit into the lending pool (earns interest, counts as collateral)."""
    a = resolve(chain)
    sym, address, decimals = _token(a, token)
    value = _positive(amount)
    base = to_base(value, decimals)
    before = _funding(chain, a, token, _addr(account), base, a.lending_pool, "lending pool")
    shown = "ETH" if _is_eth(token) else sym
    return _pool_call(
        a,
        "deposit",
        [address, base],
        f"Deposit {value} {shown} into the lending pool",
        f"向借贷池存入 {value} {shown}",
        "Deposited",
        {"token": sym, "amount": value},
        before,
    )


def withdraw(
    chain: Chain, account: LocalAccount | str, token: str, amount: Decimal | int | float | str | None = None
) -> PlannedCall:
    """Withdraw from the lending pool; ``amount=None`` withdraws everything (principal and interest)."""
    a = resolve(chain)
    sym, address, decimals = _token(a, token)
    owner = _addr(account)
    balance = int(chain.call(_pool(chain, a).functions.depositOf(owner, address)))
    if balance == 0:
        raise InputError(f"nothing deposited in {sym}", hint="deposit first, or pick another token")
    if amount is None:
        base, value = MAX_UINT, from_base(balance, decimals)
    else:
        value = _positive(amount)
        base = to_base(value, decimals)
        _require_funds(balance, base, decimals, f"{sym} deposited")
    after = [_unwrap(a, base if amount is not None else balance)] if _is_eth(token) else []
    shown = "ETH" if _is_eth(token) else sym
    return _pool_call(
        a,
        "withdraw",
        [address, base],
        f"Withdraw {value} {shown} from the lending pool",
        f"从借贷池取出 {value} {shown}",
        "Withdrawn",
        {"token": sym, "amount": value},
        None,
        after,
    )


def borrow(chain: Chain, account: LocalAccount | str, token: str, amount: Decimal | int | float | str) -> PlannedCall:
    """Borrow against deposited collateral (needs KYC level >= 1 when the pool has a registry)."""
    from ledgerlm.defi.views import position

    a = resolve(chain)
    sym, address, decimals = _token(a, token)
    value = _positive(amount)
    base = to_base(value, decimals)
    pos = position(chain, account)
    after = [_unwrap(a, base)] if _is_eth(token) else []
    shown = "ETH" if _is_eth(token) else sym
    return _pool_call(
        a,
        "borrow",
        [address, base],
        f"Borrow {value} {shown} from the lending pool",
        f"从借贷池借入 {value} {shown}",
        "Borrowed",
        {
            "token": sym,
            "amount": value,
            "borrow_limit_usd": pos.borrow_limit_usd,
            "debt_usd": pos.debt_usd,
            "health_factor_before": pos.health_factor,
        },
        None,
        after,
    )


def repay(
    chain: Chain, account: LocalAccount | str, token: str, amount: Decimal | int | float | str | None = None
) -> PlannedCall:
    """Repay debt; ``amount=None`` repays all of it (approving a little headroom for interest accrued meanwhile)."""
    a = resolve(chain)
    sym, address, decimals = _token(a, token)
    owner = _addr(account)
    debt = int(chain.call(_pool(chain, a).functions.debtOf(owner, address)))
    if debt == 0:
        raise InputError(f"no {sym} debt to repay")
    if amount is None:
        base, pull = MAX_UINT, debt + debt // 1000 + 1  # accrues until mined: allow 0.1% headroom
        value = from_base(debt, decimals)
    else:
        value = _positive(amount)
        base = pull = min(to_base(value, decimals), debt + debt // 1000 + 1)
    before = _funding(chain, a, token, owner, pull, a.lending_pool, "lending pool")
    shown = "ETH" if _is_eth(token) else sym
    return _pool_call(
        a,
        "repay",
        [address, base, owner],
        f"Repay {value} {shown} of debt",
        f"偿还 {value} {shown} 借款",
        "Repaid",
        {"token": sym, "amount": value},
        before,
    )


def claim_interest(chain: Chain, account: LocalAccount | str, token: str) -> PlannedCall:
    """Withdraw only the interest earned on a deposit."""
    a = resolve(chain)
    sym, address, decimals = _token(a, token)
    earned = int(chain.call(_pool(chain, a).functions.interestOf(_addr(account), address)))
    if earned == 0:
        raise InputError(f"no interest earned on {sym} yet")
    value = from_base(earned, decimals)
    return _pool_call(
        a,
        "claimInterest",
        [address],
        f"Claim about {value} {sym} of deposit interest",
        f"领取约 {value} {sym} 存款利息",
        "InterestClaimed",
        {"token": sym, "amount": value},
    )


# ------------------------------------------------------------------------------------------------ staking


def stake(
    chain: Chain, account: LocalAccount | str, amount: Decimal | int | float | str, token: str | None = None
) -> PlannedCall:
    """Stake the staking token (WETH) to earn rewards; ``token="ETH"`` wraps ETH first."""
    a = resolve(chain)
    use_eth = token is not None and _is_eth(token)
    if token is not None and not use_eth and a.token(token)[0] != a.staking_token:
        raise InputError(
            f"the staking contract takes {a.staking_token}, not {token}", hint=f"stake {a.staking_token} or ETH"
        )
    decimals = a.decimals[a.staking_token]
    value = _positive(amount)
    base = to_base(value, decimals)
    before = _funding(
        chain, a, "ETH" if use_eth else a.staking_token, _addr(account), base, a.staking, "staking contract"
    )
    shown = "ETH" if use_eth else a.staking_token
    return PlannedCall(
        target=a.staking,
        contract="Staking",
        function="stake",
        args=[base],
        description_en=f"Stake {value} {shown} to earn {a.rewards_token}",
        description_zh=f"质押 {value} {shown} 以赚取 {a.rewards_token}",
        expect_events=["Staked"],
        approvals=before,
        details={"token": a.staking_token, "amount": value},
    )


def unstake(
    chain: Chain, account: LocalAccount | str, amount: Decimal | int | float | str | None = None
) -> PlannedCall:
    """Unstake (``None`` = everything)."""
    a = resolve(chain)
    decimals = a.decimals[a.staking_token]
    staking = chain.contract(a.staking, abi("Staking"))
    staked = int(chain.call(staking.functions.stakedOf(_addr(account))))
    if staked == 0:
        raise InputError("nothing staked")
    base = staked if amount is None else to_base(_positive(amount), decimals)
    _require_funds(staked, base, decimals, f"{a.staking_token} staked")
    value = from_base(base, decimals)
    return PlannedCall(
        target=a.staking,
        contract="Staking",
        function="unstake",
        args=[base],
        description_en=f"Unstake {value} {a.staking_token}",
        description_zh=f"取消质押 {value} {a.staking_token}",
        expect_events=["Unstaked"],
        details={"token": a.staking_token, "amount": value},
    )


def claim_rewards(chain: Chain, account: LocalAccount | str) -> PlannedCall:
    """Claim staking rewards earned so far."""
    a = resolve(chain)
    staking = chain.contract(a.staking, abi("Staking"))
    earned = int(chain.call(staking.functions.earned(_addr(account))))
    if earned == 0:
        raise InputError("no staking rewards to claim yet", hint="stake first and let time pass")
    value = from_base(earned, a.decimals[a.rewards_token])
    return PlannedCall(
        target=a.staking,
        contract="Staking",
        function="claim",
        description_en=f"Claim about {value} {a.rewards_token} of staking rewards",
        description_zh=f"领取约 {value} {a.rewards_token} 质押奖励",
        expect_events=["RewardPaid"],
        details={"token": a.rewards_token, "amount": value},
    )
