"""Which asset a spec's ``token`` means on a given chain: native ETH, or an ERC-20 address with its decimals.

Look-up order: ``[tokens.<chain_id>]`` in config.toml, then the per-chain token book in the data dir (filled by
``ledgerlm devnet up`` and by this module). On a local chain an unknown symbol gets a fresh test ERC-20 (reported
as an assumption); on any other chain it is an error that says how to configure the address.

It lives in the chain layer because every feature that names a token (prices in the registry, governance, the
create pipeline) needs it; ``ledgerlm.contracts.assets`` re-exports it for older imports.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from eth_utils import is_address, to_checksum_address

from ledgerlm import units
from ledgerlm.chain.core import Chain
from ledgerlm.chain.erc20 import ERC20_ABI
from ledgerlm.config import data_dir, load_config
from ledgerlm.errors import ConfigError
from ledgerlm.solidity.compiler import compile_sources

NATIVE = "ETH"
_DEFAULT_DECIMALS = {"USDC": 6, "USDT": 6}
_TEST_SUPPLY_TOKENS = Decimal(1_000_000_000)


@dataclass(frozen=True)
class Asset:
    symbol: str
    address: str | None  # None = native ETH
    decimals: int
    created: bool = False  # deployed just now as a local test token

    @property
    def is_native(self) -> bool:
        return self.address is None

    def to_base_units(self, amount: Decimal) -> int:
        return units.to_base_units(amount, self.decimals, field=self.symbol)

    def from_base_units(self, amount: int) -> Decimal:
        return units.from_base_units(amount, self.decimals)


def _book_path(chain_id: int) -> Path:
    path = data_dir() / "tokens"
    path.mkdir(parents=True, exist_ok=True)
    return path / f"{chain_id}.json"


def token_book(chain_id: int) -> dict[str, str]:
    """Symbol -> address known for a persistent chain (config entries win over the data-dir book)."""
    path = _book_path(chain_id)
    book: dict[str, str] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    configured = load_config().get("tokens", {}).get(str(chain_id), {})
    book.update({k.upper(): v for k, v in configured.items()})
    return book


def register_token(chain_id: int, symbol: str, address: str) -> None:
    path = _book_path(chain_id)
    book = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    book[symbol.upper()] = to_checksum_address(address)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(book, indent=2), encoding="utf-8")
    os.replace(tmp, path)


def _decimals(chain: Chain, address: str) -> int:
    token = chain.contract(address, ERC20_ABI)
    return int(chain.call(token.functions.decimals()))


def resolve_asset(chain: Chain, symbol: str, *, create_on_local: bool = True) -> Asset:
    symbol = symbol.upper()
    if symbol == NATIVE:
        return Asset(NATIVE, None, 18)
    if is_address(symbol):
        address = to_checksum_address(symbol)
        return Asset(symbol, address, _decimals(chain, address))
    known = _book_for(chain).get(symbol)
    if known and _is_token(chain, known, symbol):
        return Asset(symbol, to_checksum_address(known), _decimals(chain, known))
    if not chain.is_local or not create_on_local:
        raise ConfigError(
            f"token {symbol} has no known address on chain {chain.chain_id}",
            hint=f'add it to config.toml: [tokens."{chain.chain_id}"] {symbol} = "0x..."',
        )
    decimals = _DEFAULT_DECIMALS.get(symbol, 18)
    artifact = compile_sources({"LedgerTestToken.sol": _test_token_source()})["LedgerTestToken"]
    holder = chain.default_account.address
    supply = int(_TEST_SUPPLY_TOKENS * 10**decimals)
    result = chain.deploy(artifact, [f"Test {symbol}", symbol, decimals, holder, supply])
    assert result.address is not None
    if chain.backend == "memory":
        _memory_books.setdefault(id(chain), {})[symbol] = result.address
    else:
        register_token(chain.chain_id, symbol, result.address)
    return Asset(symbol, result.address, decimals, created=True)


#: A memory chain lives and dies with its process object, so its token book does too (keyed by object id).
_memory_books: dict[int, dict[str, str]] = {}


def _book_for(chain: Chain) -> dict[str, str]:
    if chain.backend == "memory":
        return _memory_books.get(id(chain), {})
    return token_book(chain.chain_id)


def _is_token(chain: Chain, address: str, symbol: str) -> bool:
    """The address still holds the token (a reset local chain may have other code there, or none)."""
    if not chain.code(address):
        return False
    try:
        token = chain.contract(address, ERC20_ABI)
        return str(chain.call(token.functions.symbol())).upper() == symbol
    except Exception:  # noqa: BLE001 - anything else at that address is simply not our token
        return False


def _test_token_source() -> str:
    return (Path(__file__).parent / "support" / "LedgerTestToken.sol").read_text(encoding="utf-8")
