"""``ledgerlm devnet ...``: deploy, inspect and drive the local DeFi world (a thin shell over ``ledgerlm.defi``)."""

from __future__ import annotations

from typing import Any

import typer
from rich.table import Table

from ledgerlm.cli.options import CHAIN_OPTION, JSON_OPTION, group
from ledgerlm.cli.output import console, emit, to_jsonable
from ledgerlm.inert import inert

devnet_app = group(
    help="Local DeFi world: tokens, lending, AMM, oracle, staking / 本地 DeFi 测试网.", no_args_is_help=True
)
prices_app = group(help="Oracle prices from the shipped daily series / 预言机价格.", no_args_is_help=True)
devnet_app.add_typer(prices_app, name="prices")

ACCOUNT_ARG = typer.Argument(None, help="Address or dev-account index (default: the chain's default account).")


def connect_chain(name: str | None) -> Any:
    from ledgerlm.chain import connect

    return connect(name)


def _account(chain: Any, account: str | None) -> str:
    if account is None:
        return str(chain.default_account.address)
    if account.isascii() and account.isdigit():  # an index; '²' and other Unicode digits are not one
        return str(chain.account(int(account)).address)
    from web3 import Web3

    from ledgerlm.errors import InputError

    if not Web3.is_address(account):
        raise InputError(f"{account!r} is neither an address nor a dev-account index", hint="e.g. 0x… or 1")
    return Web3.to_checksum_address(account)


def _kv(data: dict[str, Any]) -> None:
    for key, value in to_jsonable(data).items():
        console.print(f"[bold]{inert(str(key))}[/]: {inert(str(value))}", highlight=False)  # read from a chain


@devnet_app.command("up")
def up_cmd(
    chain: str = CHAIN_OPTION,
    kyc: bool = typer.Option(None, "--kyc/--no-kyc", help="Gate borrowing on the identity CredentialRegistry."),
    kyc_registry: str = typer.Option(None, "--kyc-registry", help="Use this KYC registry address instead."),
    fund_accounts: int = typer.Option(None, "--fund-accounts", help="How many dev accounts to fund (default 10)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Deploy and seed the devnet once per chain (idempotent) / 部署并初始化 DeFi 测试网（幂等）."""
    from ledgerlm.defi import devnet

    result = devnet.up(connect_chain(chain), kyc=kyc, kyc_registry=kyc_registry, fund_accounts=fund_accounts)

    def render(r: Any) -> None:
        verb = "deployed / 已部署" if r.deployed else "already deployed / 已存在"
        console.print(
            f"[green]DeFi devnet {verb}[/] on chain {r.addresses.chain_id} "
            f"({r.transactions} transactions, {r.seconds:.1f} s)",
            highlight=False,
        )
        _kv(r.addresses.all_contracts() | {"kyc_registry": r.addresses.kyc_registry or "off / 关闭"})

    emit(result, as_json, render)


@devnet_app.command("status")
def status_cmd(chain: str = CHAIN_OPTION, as_json: bool = JSON_OPTION) -> None:
    """Addresses, oracle prices, AMM reserves, lending markets / 地址、价格、流动性、借贷市场."""
    from ledgerlm.defi import devnet

    st = devnet.status(connect_chain(chain))

    def render(s: Any) -> None:
        if not s.deployed:
            console.print("Not deployed on this chain / 此链尚未部署 — run `ledgerlm devnet up`.")
            return
        _kv(s.addresses.all_contracts())
        table = Table("token", "price USD / 价格", "deposits / 存款", "debt / 借款", "borrow APR %")
        for sym, price in s.prices_usd.items():
            m = s.lending_markets.get(sym, {})
            table.add_row(
                sym,
                str(price),
                str(m.get("total_deposits", "")),
                str(m.get("total_debt", "")),
                str(m.get("borrow_apr_pct", "")),
            )
        console.print(table)
        for pair, reserves in s.amm_reserves.items():
            console.print(f"AMM {pair}: " + ", ".join(f"{v:.4f} {k}" for k, v in reserves.items()))

    emit(st, as_json, render)


@prices_app.command("replay")
def replay_cmd(
    start: str = typer.Option(None, "--from", help="First day, YYYY-MM-DD (default: the last N days)."),
    days: int = typer.Option(30, "--days", help="How many days to push."),
    speed: float = typer.Option(0.0, "--speed", help="Real seconds to wait per day (0 = as fast as possible)."),
    advance_time: bool = typer.Option(False, "--advance-time", help="Also move the local chain clock 1 day/day."),
    chain: str = CHAIN_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Push historical daily prices into the oracle / 回放历史价格到预言机."""
    from ledgerlm.defi import devnet

    def show(step: Any) -> None:
        if not as_json:
            console.print(f"{step.day}  " + "  ".join(f"{k} {v}" for k, v in step.usd.items()), highlight=False)

    steps = devnet.replay_prices(
        connect_chain(chain),
        start=start,
        days=days,
        seconds_per_day=speed,
        advance_chain_time=advance_time,
        on_step=show,
    )
    if as_json:
        emit([{"day": s.day.isoformat(), "usd": s.usd, "block_timestamp": s.block_timestamp} for s in steps], True)


@prices_app.command("refresh")
def refresh_cmd(chain: str = CHAIN_OPTION, as_json: bool = JSON_OPTION) -> None:
    """Push the latest shipped prices again (after moving time) / 重新推送最新价格."""
    from ledgerlm.defi import devnet

    emit(devnet.refresh_prices(connect_chain(chain)), as_json, _kv)


@devnet_app.command("kyc-registry")
def kyc_cmd(
    address: str = typer.Argument(..., help="Registry address, or 'off'."),
    chain: str = CHAIN_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Set or clear the KYC gate on borrowing / 设置借款的 KYC 要求."""
    from ledgerlm.defi import devnet

    a = devnet.set_kyc_registry(connect_chain(chain), None if address.lower() == "off" else address)
    emit({"kyc_registry": a.kyc_registry}, as_json, _kv)


@devnet_app.command("balances")
def balances_cmd(account: str = ACCOUNT_ARG, chain: str = CHAIN_OPTION, as_json: bool = JSON_OPTION) -> None:
    """ETH and token balances / 余额."""
    from ledgerlm.defi import views

    c = connect_chain(chain)
    b = views.balances(c, _account(c, account))
    emit(b, as_json, lambda d: _kv({"account": d.account, **d.tokens}))


@devnet_app.command("quote")
def quote_cmd(
    token_in: str = typer.Argument(..., help="Token to sell (ETH, WETH, USDC, USDT, DAI)."),
    token_out: str = typer.Argument(..., help="Token to buy."),
    amount: str = typer.Argument(..., help="Amount of token_in (or of token_out with --buy)."),
    buy: bool = typer.Option(False, "--buy", help="AMOUNT is what to receive."),
    chain: str = CHAIN_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """AMM quote with price impact / 兑换报价与价格影响."""
    from ledgerlm.defi import views

    q = views.quote(connect_chain(chain), token_in, token_out, amount, side="buy" if buy else "sell")
    emit(q, as_json, lambda d: _kv(d.model_dump()))


@devnet_app.command("position")
def position_cmd(account: str = ACCOUNT_ARG, chain: str = CHAIN_OPTION, as_json: bool = JSON_OPTION) -> None:
    """Lending position and health factor / 借贷头寸与健康因子."""
    from ledgerlm.defi import views

    c = connect_chain(chain)
    emit(views.position(c, _account(c, account)), as_json, lambda d: _kv(d.model_dump()))


@devnet_app.command("rewards")
def rewards_cmd(account: str = ACCOUNT_ARG, chain: str = CHAIN_OPTION, as_json: bool = JSON_OPTION) -> None:
    """Staking rewards and deposit interest / 质押奖励与存款利息."""
    from ledgerlm.defi import views

    c = connect_chain(chain)
    emit(views.rewards(c, _account(c, account)), as_json, lambda d: _kv(d.model_dump()))


def register(app: typer.Typer) -> None:
    app.add_typer(devnet_app, name="devnet")
