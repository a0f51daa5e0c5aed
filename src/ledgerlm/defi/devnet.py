"""``up``: deploy and seed the DeFi devnet once per chain, idempotently; ``status``; oracle price replay.

What gets deployed (all from ``contracts/``): test tokens USDC/USDT (6 decimals) and DAI (18), WETH (ETH 1:1), a
price oracle seeded from the shipped price series, a lending pool listing all four, a constant-product AMM with a
pool for every token pair (ETH trades through WETH) seeded at oracle prices, and a staking contract (stake WETH,
earn DAI). The dev accounts receive test tokens and WETH. This is setup, so it signs with the dev accounts through
``chain.transact`` directly; user actions go through ``ledgerlm.defi.actions`` and the assistant's executor.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from eth_account.signers.local import LocalAccount
from pydantic import BaseModel
from web3 import Web3

from ledgerlm.config import load_config
from ledgerlm.defi import prices
from ledgerlm.defi.addresses import DevnetAddresses, load_devnet, resolve, save_devnet
from ledgerlm.defi.artifacts import abi, artifact
from ledgerlm.defi.units import from_base, price_from_base, price_to_base, to_base
from ledgerlm.errors import ChainError, InputError

if TYPE_CHECKING:
    from ledgerlm.chain import Chain

ZERO_ADDRESS = "0x0000000000000000000000000000000000000000"


@dataclass(frozen=True)
class TokenSpec:
    symbol: str
    name: str
    decimals: int
    collateral_factor_bps: int
    faucet_cap: Decimal


TOKENS = (
    TokenSpec("USDC", "USD Coin (devnet)", 6, 8_000, Decimal(10_000)),
    TokenSpec("USDT", "Tether USD (devnet)", 6, 8_000, Decimal(10_000)),
    TokenSpec("DAI", "Dai Stablecoin (devnet)", 18, 8_000, Decimal(10_000)),
)
WETH_COLLATERAL_FACTOR_BPS = 7_500
BASE_RATE_BPS, SLOPE_RATE_BPS = 200, 2_000  # borrow APR 2% at 0% utilisation, 22% at 100%

#: USD value put on each side of every AMM pool, and deposited into the lending pool per asset.
AMM_SIDE_USD = Decimal(500_000)
LENDING_SEED_USD = Decimal(1_000_000)
#: What every funded dev account receives.
FUND_STABLE = Decimal(100_000)
FUND_WETH = Decimal(10)
#: Staking rewards: this much DAI over this many seconds.
STAKING_REWARD_DAI = Decimal(100_000)
STAKING_PERIOD_S = 365 * 24 * 3600


class DevnetStatus(BaseModel):
    """What ``devnet status`` reports."""

    chain_id: int
    backend: str
    deployed: bool
    addresses: DevnetAddresses | None = None
    prices_usd: dict[str, Decimal] = {}
    prices_updated_at: dict[str, int] = {}
    amm_reserves: dict[str, dict[str, Decimal]] = {}
    lending_markets: dict[str, dict[str, Decimal]] = {}


class UpResult(BaseModel):
    addresses: DevnetAddresses
    deployed: bool
    transactions: int
    seconds: float


def _settings() -> dict[str, Any]:
    return load_config().get("defi", {})


def _code_matches(chain: Chain, address: str, name: str) -> bool:
    code = chain.code(address)
    return bool(code) and artifact(name).matches_runtime(code)


def is_live(chain: Chain, found: DevnetAddresses) -> bool:
    """Whether every recorded contract still has its code (a reset chain or changed sources mean redeploy)."""
    checks = [(a, "TestToken") for s, a in found.tokens.items() if s != "WETH"]
    checks += [
        (found.tokens["WETH"], "WrappedEther"),
        (found.oracle, "PriceOracle"),
        (found.lending_pool, "LendingPool"),
        (found.amm, "ConstantProductAMM"),
        (found.staking, "Staking"),
    ]
    return all(_code_matches(chain, address, name) for address, name in checks)


def up(
    chain: Chain,
    *,
    kyc: bool | None = None,
    kyc_registry: str | None = None,
    fund_accounts: int | None = None,
) -> UpResult:
    """Deploy and seed the devnet on a local chain, or return the existing deployment if it is still there.

    KYC gate on borrowing: ``kyc_registry`` names a registry; else with ``kyc`` (default ``[defi] kyc_gate``,
    true) the identity module's CredentialRegistry on this chain is used (deployed if needed); ``kyc=False`` leaves
    the gate off. On an existing deployment the gate changes only when ``kyc``/``kyc_registry`` is given.
    """
    if not chain.is_local:
        raise ChainError(
            f"`devnet up` deploys test contracts and only runs on local chains, not on {chain.backend}",
            hint="on other chains put the contract addresses in the [defi] section of config.toml",
        )
    started = time.perf_counter()
    settings = _settings()
    found = load_devnet(chain.chain_id)
    if found is not None and is_live(chain, found):
        sent = 0
        if kyc is not None or kyc_registry is not None:
            wanted = _kyc_address(chain, kyc, kyc_registry)
            if (found.kyc_registry or "").lower() != (wanted or "").lower():
                found, sent = set_kyc_registry(chain, wanted), 1
        return UpResult(addresses=found, deployed=False, transactions=sent, seconds=time.perf_counter() - started)
    if kyc is None:
        kyc = bool(settings.get("kyc_gate", True))
    registry = _kyc_address(chain, kyc, kyc_registry)
    count = int(fund_accounts if fund_accounts is not None else settings.get("fund_accounts", 10))
    deployer = Seeder(chain, chain.dev_accounts[0] if chain.dev_accounts else chain.default_account)
    addresses = deployer.deploy_all(registry, max_age_s=int(settings.get("oracle_max_age_s", 30 * 24 * 3600)))
    deployer.seed(addresses, chain.dev_accounts[:count])
    save_devnet(addresses)
    return UpResult(
        addresses=addresses, deployed=True, transactions=deployer.sent, seconds=time.perf_counter() - started
    )


def _kyc_address(chain: Chain, kyc: bool | None, kyc_registry: str | None) -> str | None:
    if kyc_registry:
        if not Web3.is_address(kyc_registry):
            raise InputError(f"KYC registry {kyc_registry!r} is not an address")
        return Web3.to_checksum_address(kyc_registry)
    if not kyc:
        return None
    try:
        from ledgerlm.identity.registry import ensure_registry
    except ImportError as exc:  # the identity module is optional for the devnet
        raise ChainError(
            "the KYC gate needs ledgerlm.identity's CredentialRegistry, which is unavailable",
            hint="run `ledgerlm devnet up --no-kyc`, or pass --kyc-registry ADDRESS",
        ) from exc
    return str(ensure_registry(chain, owner=chain.dev_accounts[0] if chain.dev_accounts else None).address)


class Seeder:
    """Deploys and seeds with one account, counting transactions."""

    def __init__(self, chain: Chain, account: LocalAccount) -> None:
        self.chain = chain
        self.account = account
        self.sent = 0

    def tx(self, fn: Any, *, sender: LocalAccount | None = None, value: int = 0) -> None:
        self.chain.transact(fn, sender=sender or self.account, value=value)
        self.sent += 1

    def deploy(self, name: str, *args: Any) -> str:
        result = self.chain.deploy(artifact(name), list(args), sender=self.account)
        self.sent += 1
        assert result.address is not None
        return result.address

    def deploy_all(self, kyc_registry: str | None, *, max_age_s: int) -> DevnetAddresses:
        owner = self.account.address
        tokens: dict[str, str] = {}
        decimals: dict[str, int] = {}
        for spec in TOKENS:
            tokens[spec.symbol] = self.deploy(
                "TestToken", spec.name, spec.symbol, spec.decimals, to_base(spec.faucet_cap, spec.decimals), owner
            )
            decimals[spec.symbol] = spec.decimals
        tokens["WETH"] = self.deploy("WrappedEther")
        decimals["WETH"] = 18
        oracle = self.deploy("PriceOracle", owner, max_age_s)
        kyc = Web3.to_checksum_address(kyc_registry) if kyc_registry else ZERO_ADDRESS
        pool = self.deploy("LendingPool", owner, oracle, kyc)
        amm = self.deploy("ConstantProductAMM")
        staking = self.deploy("Staking", owner, tokens["WETH"], tokens["DAI"])
        addresses = DevnetAddresses(
            chain_id=self.chain.chain_id,
            tokens=tokens,
            decimals=decimals,
            oracle=oracle,
            lending_pool=pool,
            amm=amm,
            staking=staking,
            kyc_registry=kyc_registry and kyc,
            deployer=owner,
            deployed_block=int(self.chain.w3.eth.block_number),
        )
        addresses.contracts = {v: k for k, v in addresses.all_contracts().items()}
        return addresses

    def seed(self, a: DevnetAddresses, accounts: Iterable[LocalAccount]) -> None:
        chain = self.chain
        point = prices.latest()
        push_prices(chain, a, point.usd, sender=self.account, on_sent=self._count)
        pool = chain.contract(a.lending_pool, abi("LendingPool"))
        for spec in TOKENS:
            self.tx(
                pool.functions.listAsset(
                    a.tokens[spec.symbol], spec.collateral_factor_bps, BASE_RATE_BPS, SLOPE_RATE_BPS
                )
            )
        self.tx(pool.functions.listAsset(a.tokens["WETH"], WETH_COLLATERAL_FACTOR_BPS, BASE_RATE_BPS, SLOPE_RATE_BPS))

        # What the deployer needs: both sides of every AMM pool, the lending seed, the staking rewards.
        symbols = list(a.tokens)
        pairs = list(itertools.combinations(symbols, 2))
        need_usd = {s: AMM_SIDE_USD * sum(s in pair for pair in pairs) + LENDING_SEED_USD for s in symbols}
        need_usd["DAI"] += STAKING_REWARD_DAI
        accounts = list(accounts)
        need = {s: to_base((need_usd[s] / point.usd[s]).quantize(Decimal(1)) + 1, a.decimals[s]) for s in symbols}
        weth = chain.contract(a.tokens["WETH"], abi("WrappedEther"))
        funded_weth = to_base(FUND_WETH, 18) * len(accounts)
        self.tx(weth.functions.deposit(), value=need["WETH"] + funded_weth)
        for spec in TOKENS:
            token = chain.contract(a.tokens[spec.symbol], abi("TestToken"))
            self.tx(token.functions.mint(self.account.address, need[spec.symbol]))
        max_uint = 2**256 - 1
        for symbol, address in a.tokens.items():
            token = chain.contract(address, abi("TestToken"))
            for spender in (a.amm, a.lending_pool) + ((a.staking,) if symbol == "DAI" else ()):
                self.tx(token.functions.approve(spender, max_uint))

        amm = chain.contract(a.amm, abi("ConstantProductAMM"))
        for x, y in pairs:
            amount_x = to_base((AMM_SIDE_USD / point.usd[x]).quantize(Decimal("0.000001")), a.decimals[x])
            amount_y = to_base((AMM_SIDE_USD / point.usd[y]).quantize(Decimal("0.000001")), a.decimals[y])
            self.tx(amm.functions.addLiquidity(a.tokens[x], a.tokens[y], amount_x, amount_y, 0))
        for symbol in symbols:
            amount = to_base((LENDING_SEED_USD / point.usd[symbol]).quantize(Decimal("0.000001")), a.decimals[symbol])
            self.tx(pool.functions.deposit(a.tokens[symbol], amount))
        staking = chain.contract(a.staking, abi("Staking"))
        self.tx(staking.functions.notifyRewardAmount(to_base(STAKING_REWARD_DAI, 18), STAKING_PERIOD_S))

        for account in accounts:
            for spec in TOKENS:
                token = chain.contract(a.tokens[spec.symbol], abi("TestToken"))
                self.tx(token.functions.mint(account.address, to_base(FUND_STABLE, spec.decimals)))
            if account.address != self.account.address:
                self.tx(weth.functions.transfer(account.address, to_base(FUND_WETH, 18)))

    def _count(self) -> None:
        self.sent += 1


def push_prices(
    chain: Chain,
    a: DevnetAddresses,
    usd: dict[str, Decimal],
    *,
    sender: LocalAccount | None = None,
    on_sent: Callable[[], None] | None = None,
) -> None:
    """One ``setPrices`` transaction for the given token prices (token symbol -> USD)."""
    oracle = chain.contract(a.oracle, abi("PriceOracle"))
    symbols = [s for s in usd if s in a.tokens]
    chain.transact(
        oracle.functions.setPrices([a.tokens[s] for s in symbols], [price_to_base(usd[s]) for s in symbols]),
        sender=sender or _owner(chain, a),
        expect_events=("PriceUpdated",),
    )
    if on_sent:
        on_sent()


def _owner(chain: Chain, a: DevnetAddresses) -> LocalAccount:
    if a.deployer:
        try:
            return chain.account(a.deployer)
        except ChainError:
            pass
    return chain.default_account


def refresh_prices(chain: Chain) -> dict[str, Decimal]:
    """Push the series' latest prices again (e.g. after moving time past the oracle's staleness limit)."""
    a = resolve(chain)
    usd = prices.latest().usd
    push_prices(chain, a, usd)
    return usd


@dataclass(frozen=True)
class ReplayStep:
    day: date
    usd: dict[str, Decimal]
    block_timestamp: int


def replay_prices(
    chain: Chain,
    *,
    start: date | str | None = None,
    days: int = 30,
    seconds_per_day: float = 0.0,
    advance_chain_time: bool = False,
    on_step: Callable[[ReplayStep], None] | None = None,
) -> list[ReplayStep]:
    """Push ``days`` historical daily prices into the oracle, one ``setPrices`` per day.

    ``seconds_per_day`` waits that long in real time between days (a live market for demos); with
    ``advance_chain_time`` each day also moves the local chain clock forward one day, so interest and staking
    rewards accrue as they would have.
    """
    if seconds_per_day < 0:
        raise InputError("seconds_per_day must not be negative")
    a = resolve(chain)
    steps = []
    for i, point in enumerate(prices.window(start, days)):
        if i and advance_chain_time:
            chain.increase_time(24 * 3600)
        push_prices(chain, a, point.usd)
        step = ReplayStep(point.day, point.usd, chain.now())
        steps.append(step)
        if on_step:
            on_step(step)
        if seconds_per_day:
            time.sleep(seconds_per_day)
    return steps


def set_kyc_registry(chain: Chain, registry: str | None) -> DevnetAddresses:
    """Point the lending pool's borrow gate at a credential registry (None/zero address turns it off)."""
    a = resolve(chain)
    address = Web3.to_checksum_address(registry) if registry else ZERO_ADDRESS
    pool = chain.contract(a.lending_pool, abi("LendingPool"))
    chain.transact(pool.functions.setKycRegistry(address), sender=_owner(chain, a), expect_events=("KycRegistrySet",))
    a.kyc_registry = None if address == ZERO_ADDRESS else address
    if a.source == "devnet":
        save_devnet(a)
    return a


def status(chain: Chain) -> DevnetStatus:
    """Deployment, oracle prices, AMM reserves and lending markets on ``chain``."""
    found = load_devnet(chain.chain_id) if chain.is_local else None
    if chain.is_local and (found is None or not is_live(chain, found)):
        return DevnetStatus(chain_id=chain.chain_id, backend=chain.backend, deployed=False)
    a = found or resolve(chain)
    oracle = chain.contract(a.oracle, abi("PriceOracle"))
    out = DevnetStatus(chain_id=chain.chain_id, backend=chain.backend, deployed=True, addresses=a)
    for symbol, address in a.tokens.items():
        price, updated = chain.call(oracle.functions.latestPrice(address))
        out.prices_usd[symbol] = price_from_base(price)
        out.prices_updated_at[symbol] = int(updated)
    amm = chain.contract(a.amm, abi("ConstantProductAMM"))
    for x, y in itertools.combinations(a.tokens, 2):
        rx, ry, _ = chain.call(amm.functions.getReserves(a.tokens[x], a.tokens[y]))
        if rx:
            out.amm_reserves[f"{x}/{y}"] = {x: from_base(rx, a.decimals[x]), y: from_base(ry, a.decimals[y])}
    pool = chain.contract(a.lending_pool, abi("LendingPool"))
    for symbol, address in a.tokens.items():
        m = chain.call(pool.functions.market(address))
        d = a.decimals[symbol]
        out.lending_markets[symbol] = {
            "total_deposits": from_base(m[3], d).normalize(),
            "total_debt": from_base(m[4], d).normalize(),
            "collateral_factor_pct": Decimal(m[2]) / 100,
            "borrow_apr_pct": (Decimal(m[6]) * 365 * 24 * 3600 / Decimal(10**16)).quantize(Decimal("0.0001")),
        }
    return out
