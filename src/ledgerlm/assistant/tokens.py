"""Which token lives at which address on the connected chain, and balances in token units.

Sources, first match wins: tokens passed to the ``Assistant`` explicitly; the local devnet's deployment
(``ledgerlm.defi``, when installed and deployed on this chain); config ``[tokens]`` (``SYMBOL = "0x..."``, valid
for ``tokens.chain_id`` when set). ETH is native. Decimals are read from the contract, never assumed.
Token units <-> base units go through ``ledgerlm.units`` only.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ledgerlm.chain import Chain
from ledgerlm.chain.contacts import validate_address
from ledgerlm.chain.erc20 import ERC20_ABI
from ledgerlm.config import load_config
from ledgerlm.errors import LedgerError, NotFound
from ledgerlm.units import to_base_units

ETH_DECIMALS = 18


def plain(value: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent notation (1E+6 -> 1000000)."""
    value = Decimal(value).normalize()
    return value.quantize(Decimal(1)) if value.as_tuple().exponent > 0 else value  # type: ignore[operator]


@dataclass(frozen=True)
class TokenInfo:
    symbol: str
    address: str | None  # None = native ETH
    decimals: int

    def to_base(self, amount: Decimal) -> int:
        return to_base_units(Decimal(amount), self.decimals, field=f"amount of {self.symbol}")

    def from_base(self, value: int) -> Decimal:
        return plain(Decimal(int(value)) / (Decimal(10) ** self.decimals))


def _defi_tokens(chain: Chain) -> dict[str, str]:
    """Token addresses of the DeFi world on this chain (``ledgerlm.defi.resolve``: the devnet on local chains,
    ``[defi]`` in config elsewhere); empty when it is not deployed or configured."""
    try:
        from ledgerlm.defi import resolve
    except ImportError:
        return {}
    try:
        found = resolve(chain)
    except LedgerError:
        return {}
    return {str(k).upper(): str(v) for k, v in found.tokens.items()}


class TokenBook:
    """Resolves symbols on one chain; caches decimals."""

    def __init__(self, chain: Chain, explicit: dict[str, str] | None = None) -> None:
        self.chain = chain
        self._addresses: dict[str, str] = {}
        cfg = load_config().get("tokens", {})
        cfg_chain = cfg.get("chain_id")
        if cfg_chain is None or int(cfg_chain) == chain.chain_id:
            self._addresses.update(
                {str(k).upper(): str(v) for k, v in cfg.items() if k != "chain_id" and isinstance(v, str)}
            )
        self._addresses.update(_defi_tokens(chain))
        self._addresses.update({k.upper(): v for k, v in (explicit or {}).items()})
        self._info: dict[str, TokenInfo] = {"ETH": TokenInfo("ETH", None, ETH_DECIMALS)}

    def symbols(self) -> list[str]:
        return ["ETH", *sorted(s for s in self._addresses if s != "ETH")]

    def get(self, symbol: str) -> TokenInfo:
        sym = symbol.upper()
        if sym in self._info:
            return self._info[sym]
        address = self._addresses.get(sym)
        if address is None:
            known = ", ".join(self.symbols())
            raise NotFound(
                f"{sym} has no known address on chain {self.chain.chain_id} (known here: {known}) / "
                f"此链上没有 {sym} 的合约地址",
                hint="on a local chain run `ledgerlm devnet up`; elsewhere add `[tokens] "
                f'{sym} = "0x..."` to config.toml / 本地链请运行 `ledgerlm devnet up`；其他链请在 config.toml 中添加 '
                f'`[tokens] {sym} = "0x..."`',
            )
        address = validate_address(address)
        erc20 = self.chain.contract(address, ERC20_ABI)
        decimals = int(self.chain.call(erc20.functions.decimals()))
        info = TokenInfo(sym, address, decimals)
        self._info[sym] = info
        return info

    def erc20(self, symbol: str) -> Any:
        info = self.get(symbol)
        if info.address is None:
            raise NotFound("ETH is native, not an ERC-20 contract")
        return self.chain.contract(info.address, ERC20_ABI)

    def balance(self, symbol: str, owner: str) -> Decimal:
        info = self.get(symbol)
        if info.address is None:
            return info.from_base(self.chain.balance(owner))
        return info.from_base(int(self.chain.call(self.erc20(symbol).functions.balanceOf(owner))))

    def balances(self, owner: str) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for sym in self.symbols():
            try:
                out[sym] = self.balance(sym, owner)
            except Exception:  # noqa: BLE001 - a broken token entry must not hide the others
                continue
        return out
