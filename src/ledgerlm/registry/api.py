"""The model and data registry: register, list, show, verify, price, buy, withdraw, deprecate (Python API).

The CLI (``ledgerlm models ...``) and the HTTP server are thin shells over these functions. Every transaction goes
through the chain layer's one signing path; a purchase is planned first (``plan_purchase``) and executed only with
the hash of that exact plan (``buy``), so what is paid is what was shown.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from ledgerlm.errors import ChainError, InputError, LedgerError, NotFound
from ledgerlm.registry import own, store
from ledgerlm.registry.manifest import FileDifference, Manifest, build_manifest, diff
from ledgerlm.registry.receipts import local_signer

CONTRACT_SOURCE = Path(__file__).with_name("contracts") / "ModelRegistry.sol"
KINDS = ("model", "dataset")
ZERO_ADDRESS = "0x" + "00" * 20
ZERO32 = "0x" + "00" * 32
#: SPDX identifiers accepted without the --any-licence escape hatch (the common ones for models and data).
_PRICE = re.compile(r"\s*([0-9][0-9_,.]*)\s*([A-Za-z][A-Za-z0-9]*|0x[0-9a-fA-F]{40})\s*(?:/\s*(use|\d+\s*d))?\s*")
_SPDX = re.compile(r"^(LicenseRef-[A-Za-z0-9.\-]+|[A-Za-z0-9][A-Za-z0-9.\-+]*)( (AND|OR|WITH) [A-Za-z0-9.\-+]+)*$")


class RegistryError(LedgerError):
    """A registry operation cannot be done as asked."""


@dataclass(frozen=True)
class Price:
    token: str  # "ETH" or an ERC-20 address
    amount: Decimal  # token units
    amount_base: int
    decimals: int
    period_seconds: int  # 0 = per use

    def describe(self) -> str:
        unit = "use" if not self.period_seconds else f"{self.period_seconds // 86400} days"
        return f"{self.amount} {self.token} per {unit}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "token": self.token,
            "amount": str(self.amount),
            "amount_base": str(self.amount_base),
            "decimals": self.decimals,
            "period_seconds": self.period_seconds,
        }


@dataclass(frozen=True)
class Entry:
    id: str
    owner: str
    owner_did: str
    kind: str
    name: str
    version: str
    manifest_hash: str
    card_hash: str
    parent: str | None
    licence: str
    created_at: int
    deprecated_at: int | None
    price: Price | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["price"] = self.price.to_dict() if self.price else None
        return data


@dataclass
class VerifyReport:
    id: str
    path: str
    ok: bool
    chain_manifest_hash: str
    local_manifest_hash: str
    differences: list[FileDifference] = field(default_factory=list)
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "ok": self.ok,
            "chain_manifest_hash": self.chain_manifest_hash,
            "local_manifest_hash": self.local_manifest_hash,
            "differences": [d.to_dict() for d in self.differences],
            "note": self.note,
        }


@dataclass(frozen=True)
class PurchasePlan:
    entry_id: str
    entry_name: str
    units: int
    price: Price
    total_base: int
    buyer: str
    chain_id: int
    contract: str

    @property
    def total(self) -> Decimal:
        return self.price.amount * self.units

    def contents(self) -> dict[str, Any]:
        return {
            "action": "models.buy",
            "entry_id": self.entry_id,
            "units": self.units,
            "token": self.price.token,
            "total_base": str(self.total_base),
            "buyer": self.buyer,
            "chain_id": self.chain_id,
            "contract": self.contract,
            "period_seconds": self.price.period_seconds,
        }

    @property
    def hash(self) -> str:
        text = json.dumps(self.contents(), sort_keys=True, separators=(",", ":"))
        return "0x" + hashlib.sha256(text.encode()).hexdigest()

    @property
    def code(self) -> str:
        """The short code a person types to confirm this exact plan."""
        return self.hash[2:8]

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.contents(),
            "entry_name": self.entry_name,
            "total": str(self.total),
            "price": self.price.to_dict(),
            "hash": self.hash,
            "code": self.code,
        }


# -- the contract ------------------------------------------------------------------------------------------------
@cache
def registry_artifact() -> Any:
    from ledgerlm.solidity.compiler import compile_sources

    return compile_sources({"ModelRegistry.sol": CONTRACT_SOURCE.read_text(encoding="utf-8")}, strict=True)[
        "ModelRegistry"
    ]


def _genesis(chain: Any) -> str:
    return "0x" + bytes(chain.w3.eth.get_block(0)["hash"]).hex()


def registry_contract(chain: Any, *, deploy: bool = True) -> Any:
    """The chain's ``ModelRegistry``: found by chain id and genesis hash, deployed on first use."""
    art = registry_artifact()
    genesis = _genesis(chain)
    address = store.contract_address(chain.chain_id, genesis)
    if address and chain.code(address):
        return chain.contract(address, art.abi)
    if not deploy:
        raise NotFound(
            f"no model registry on chain {chain.chain_id}",
            hint="register a model first: ledgerlm models register PATH --kind model --licence MIT",
        )
    result = chain.deploy(art)
    store.set_contract_address(chain.chain_id, genesis, str(result.address))
    return chain.contract(str(result.address), art.abi)


def _hex32(value: Any) -> str:
    return "0x" + bytes(value).hex()


def did_pkh(chain_id: int, address: str) -> str:
    return f"did:pkh:eip155:{chain_id}:{address}"


def _decimals_of(chain: Any, token: str) -> int:
    if token == ZERO_ADDRESS:
        return 18
    from ledgerlm.chain.erc20 import ERC20_ABI

    try:
        return int(chain.call(chain.contract(token, ERC20_ABI).functions.decimals()))
    except LedgerError as exc:
        raise RegistryError(
            f"cannot read decimals() of token {token}: {exc.message}",
            hint="price in ETH or in an ERC-20 that exposes decimals()",
        ) from None


def get_entry(chain: Any, entry_id: str) -> Entry:
    reg = registry_contract(chain, deploy=False)
    raw_id = bytes.fromhex(entry_id.removeprefix("0x"))
    if len(raw_id) != 32:
        raise InputError(f"{entry_id!r} is not a registry id", hint="ids are 0x followed by 64 hex digits")
    e = chain.call(reg.functions.getEntry(raw_id))
    owner = e[0]
    if int(owner, 16) == 0:
        raise NotFound(f"no registry entry {entry_id} on chain {chain.chain_id}", hint="ledgerlm models list")
    p = chain.call(reg.functions.getPrice(raw_id))
    price = None
    if int(p[1]) > 0:
        token = p[0]
        decimals = _decimals_of(chain, token)
        from ledgerlm.units import from_base_units

        price = Price(
            "ETH" if int(token, 16) == 0 else token,
            from_base_units(int(p[1]), decimals),
            int(p[1]),
            decimals,
            int(p[2]),
        )
    parent = _hex32(e[6])
    return Entry(
        id=entry_id.lower(),
        owner=owner,
        owner_did=did_pkh(chain.chain_id, owner),
        kind=KINDS[int(e[1])],
        name=e[7],
        version=e[8],
        manifest_hash=_hex32(e[4]),
        card_hash=_hex32(e[5]),
        parent=None if parent == ZERO32 else parent,
        licence=e[9],
        created_at=int(e[2]),
        deprecated_at=int(e[3]) or None,
        price=price,
    )


def list_entries(chain: Any) -> list[Entry]:
    try:
        reg = registry_contract(chain, deploy=False)
    except NotFound:
        return []
    n = int(chain.call(reg.functions.count()))
    ids = chain.call(reg.functions.ids(0, n)) if n else []
    return [get_entry(chain, _hex32(i)) for i in ids]


# -- registering ------------------------------------------------------------------------------------------------
def parse_price(text: str, chain: Any) -> Price:
    """``"0.01 ETH"``, ``"5 USDC/use"``, ``"1 ETH/30d"``: amount, token (ETH, a symbol the chain knows, or an
    ERC-20 address) and per-use or per-period; decimals are read from the token, never assumed."""
    m = _PRICE.fullmatch(text)
    if not m:
        raise InputError(
            f"cannot read the price {text!r}",
            hint='write it as AMOUNT TOKEN[/use|/Nd], e.g. "0.01 ETH" or "5 USDC/30d"',
        )
    try:
        amount = Decimal(m.group(1).replace("_", "").replace(",", ""))
    except InvalidOperation:
        raise InputError(f"cannot read the amount in {text!r}", hint='e.g. "0.01 ETH"') from None
    per = (m.group(3) or "use").replace(" ", "")
    period = 0 if per == "use" else int(per[:-1]) * 86400
    from ledgerlm.chain.assets import resolve_asset

    asset = resolve_asset(chain, m.group(2), create_on_local=False)
    from ledgerlm.units import to_base_units

    base = to_base_units(amount, asset.decimals, field="price")
    if base <= 0:
        raise InputError(f"the price {text!r} must be greater than 0", hint="omit --price for a free entry")
    return Price(asset.symbol if asset.is_native else str(asset.address), amount, base, asset.decimals, period)


def _card_hash(card: str | Path | None) -> str:
    if card is None:
        return ZERO32
    path = Path(card)
    if not path.is_file():
        raise InputError(f"card file {path} does not exist", hint="--card takes the path of a model or data card")
    return "0x" + hashlib.sha256(path.read_bytes()).hexdigest()


def check_licence(licence: str) -> str:
    if not licence or not _SPDX.match(licence):
        raise InputError(
            f"{licence!r} is not an SPDX licence expression",
            hint="use an SPDX id such as MIT, Apache-2.0, CC-BY-4.0, or LicenseRef-<name>",
        )
    return licence


def register(
    path: str | Path,
    *,
    kind: str,
    licence: str,
    chain: Any,
    name: str | None = None,
    version: str | None = None,
    card: str | Path | None = None,
    parent: str | None = None,
    price: str | None = None,
    sender: Any = None,
) -> Entry:
    """Register the model or data set at ``path`` (a file or a folder), owned by ``sender`` (default: the chain's
    account). The manifest is kept locally so ``verify`` can name changed files."""
    if kind not in KINDS:
        raise InputError(f"--kind must be model or dataset, not {kind!r}", hint="--kind model | --kind dataset")
    check_licence(licence)
    manifest = build_manifest(path)
    account = sender or chain.default_account
    name = name or Path(path).resolve().name
    version = version or "sha-" + manifest.hash[2:14]
    reg = registry_contract(chain)
    from ledgerlm.registry.ids import entry_id

    new_id = entry_id(account.address, name, version)
    parent_raw = bytes(32)
    if parent:
        get_entry(chain, parent)  # must exist: a clear error instead of a revert
        parent_raw = bytes.fromhex(parent.removeprefix("0x"))
    price_obj = parse_price(price, chain) if price else None
    existing = chain.call(reg.functions.getEntry(bytes.fromhex(new_id[2:])))
    if int(existing[0], 16) != 0:
        raise RegistryError(
            f"{name} {version} is already registered as {new_id}",
            hint="give a new --version, or `ledgerlm models show " + new_id + "`",
        )
    chain.transact(
        reg.functions.register(
            KINDS.index(kind),
            name,
            version,
            bytes.fromhex(manifest.hash[2:]),
            bytes.fromhex(_card_hash(card)[2:]),
            parent_raw,
            licence,
        ),
        sender=account,
        expect_events=("Registered",),
    )
    store.save_manifest(new_id, manifest.hash, manifest.canonical_json(), str(Path(path).resolve()))
    if price_obj:
        _set_price(chain, reg, new_id, price_obj, account)
    return get_entry(chain, new_id)


def _set_price(chain: Any, reg: Any, entry_id: str, price: Price, account: Any) -> None:
    token = ZERO_ADDRESS if price.token == "ETH" else price.token
    chain.transact(
        reg.functions.setPrice(bytes.fromhex(entry_id[2:]), token, price.amount_base, price.period_seconds),
        sender=account,
        expect_events=("PriceSet",),
    )


def set_price(chain: Any, entry_id: str, price: str, *, sender: Any = None) -> Entry:
    reg = registry_contract(chain, deploy=False)
    _require_owner(chain, entry_id, sender)
    _set_price(chain, reg, entry_id, parse_price(price, chain), sender or chain.default_account)
    return get_entry(chain, entry_id)


def _require_owner(chain: Any, entry_id: str, sender: Any) -> Entry:
    entry = get_entry(chain, entry_id)
    account = sender or chain.default_account
    if entry.owner.lower() != account.address.lower():
        raise RegistryError(
            f"only the owner {entry.owner} can change {entry.name} {entry.version}",
            hint="use the owner's account (--account on real networks)",
        )
    if entry.deprecated_at:
        raise RegistryError(
            f"{entry.name} {entry.version} is deprecated and can no longer change",
            hint="register a new version with --parent " + entry.id,
        )
    return entry


def deprecate(chain: Any, entry_id: str, *, sender: Any = None) -> Entry:
    reg = registry_contract(chain, deploy=False)
    _require_owner(chain, entry_id, sender)
    chain.transact(
        reg.functions.deprecate(bytes.fromhex(entry_id[2:])),
        sender=sender or chain.default_account,
        expect_events=("Deprecated",),
    )
    return get_entry(chain, entry_id)


def verify(chain: Any, entry_id: str, path: str | Path | None = None) -> VerifyReport:
    """Recompute the manifest of the local files and compare it with the chain, naming every file that differs."""
    entry = get_entry(chain, entry_id)
    saved = store.load_manifest(entry.id)
    if path is None:
        if saved is None or not saved[2]:
            raise InputError(
                f"no local path is known for {entry.name} {entry.version}",
                hint=f"ledgerlm models verify {entry.id} --path PATH",
            )
        path = saved[2]
    local = build_manifest(path, use_cache=False)
    report = VerifyReport(entry.id, str(path), local.hash == entry.manifest_hash, entry.manifest_hash, local.hash)
    if not report.ok:
        if saved is not None and saved[0] == entry.manifest_hash:
            report.differences = diff(Manifest.from_json(saved[1]), local)
        else:
            report.note = (
                "the manifest registered on chain is not stored here, so the files that differ cannot "
                "be named; only the hash is known to differ"
            )
    return report


# -- buying -----------------------------------------------------------------------------------------------------
def plan_purchase(chain: Any, entry_id: str, units: int = 1, *, buyer: Any = None) -> PurchasePlan:
    if units <= 0:
        raise InputError("units must be at least 1", hint="--units 1")
    entry = get_entry(chain, entry_id)
    if entry.deprecated_at:
        raise RegistryError(
            f"{entry.name} {entry.version} is deprecated and sells nothing",
            hint="look for a newer version: ledgerlm models list",
        )
    if entry.price is None:
        raise RegistryError(f"{entry.name} {entry.version} is not for sale", hint="its owner has set no price")
    reg = registry_contract(chain, deploy=False)
    account = buyer or chain.default_account
    return PurchasePlan(
        entry.id,
        f"{entry.name} {entry.version}",
        units,
        entry.price,
        entry.price.amount_base * units,
        account.address,
        chain.chain_id,
        reg.address,
    )


def buy(chain: Any, plan: PurchasePlan, confirmed_hash: str, *, buyer: Any = None) -> dict[str, Any]:
    """Execute a purchase plan. ``confirmed_hash`` must be the hash of the plan the buyer saw; the plan is
    re-derived from the chain first, so a price changed since it was shown refuses the purchase."""
    if confirmed_hash != plan.hash:
        raise RegistryError("the confirmation was not given to this plan", hint="plan the purchase again")
    fresh = plan_purchase(chain, plan.entry_id, plan.units, buyer=buyer)
    if fresh.hash != plan.hash:
        raise RegistryError(
            "the entry's price or state changed after the plan was shown; nothing was paid",
            hint="plan the purchase again and confirm the new plan",
        )
    reg = registry_contract(chain, deploy=False)
    account = buyer or chain.default_account
    raw_id = bytes.fromhex(plan.entry_id[2:])
    value = 0
    if plan.price.token == "ETH":
        value = plan.total_base
    else:
        from ledgerlm.chain.erc20 import ERC20_ABI

        token = chain.contract(plan.price.token, ERC20_ABI)
        chain.transact(
            token.functions.approve(reg.address, plan.total_base), sender=account, expect_events=("Approval",)
        )
    result = chain.transact(
        reg.functions.buy(raw_id, plan.units), sender=account, value=value, expect_events=("AccessGranted",)
    )
    grant = result.event("AccessGranted")["args"]
    return {
        "tx_hash": result.tx_hash,
        "entry_id": plan.entry_id,
        "units": plan.units,
        "paid_base": str(grant["paid"]),
        "until": int(grant["until"]),
        "uses_left": int(grant["usesLeft"]),
    }


def has_access(chain: Any, entry_id: str, buyer: str) -> bool:
    reg = registry_contract(chain, deploy=False)
    return bool(chain.call(reg.functions.hasAccess(bytes.fromhex(entry_id[2:]), buyer)))


def withdraw(chain: Any, token: str = "ETH", *, sender: Any = None) -> dict[str, Any]:
    reg = registry_contract(chain, deploy=False)
    account = sender or chain.default_account
    address = ZERO_ADDRESS if token.upper() == "ETH" else token
    due = int(chain.call(reg.functions.revenueOf(account.address, address)))
    if due == 0:
        raise RegistryError(f"{account.address} has no revenue in {token} to withdraw", hint="nothing to do")
    result = chain.transact(reg.functions.withdraw(address), sender=account, expect_events=("Withdrawn",))
    return {"tx_hash": result.tx_hash, "token": token, "amount_base": str(due)}


# -- ledgerlm's own models --------------------------------------------------------------------------------------
def _signer_account(chain: Any) -> Any:
    from eth_account import Account

    account = Account.from_key(local_signer().private_key)
    if chain.is_local and chain.balance(account.address) < 10**17:
        chain.send_eth(account.address, 10**18)  # gas for its registrations, from the local dev account
    elif chain.balance(account.address) == 0:
        raise ChainError(
            f"the receipt signer {account.address} has no ETH for gas on chain {chain.chain_id}",
            hint=f"send a little ETH to {account.address}, then rerun",
        )
    return account


def ensure_registered(chain: Any) -> list[Entry]:
    """Register every own entry (datasets first, then models) that this chain does not have yet, owned by the
    data dir's receipt signer; returns all own entries as the chain now holds them."""
    owner = local_signer().address
    reg = registry_contract(chain)
    out: list[Entry] = []
    account = None
    for name, entry in own.entries().items():
        model_id, manifest_hash = own.model_ref(name, owner)
        on_chain = chain.call(reg.functions.getEntry(bytes.fromhex(model_id[2:])))
        if int(on_chain[0], 16) == 0:
            account = account or _signer_account(chain)
            card = own.card_json(name).encode()
            chain.transact(
                reg.functions.register(
                    KINDS.index(entry.kind),
                    name,
                    own.version_of(name),
                    bytes.fromhex(manifest_hash[2:]),
                    hashlib.sha256(card).digest(),
                    bytes(32),
                    entry.licence,
                ),
                sender=account,
                expect_events=("Registered",),
            )
            store.save_manifest(model_id, manifest_hash, own.manifest_of(name).canonical_json(), None)
        out.append(get_entry(chain, model_id))
    return out


def register_trained_head(
    head_dir: str | Path, training_csv: str | Path, *, chain: Any, metrics: dict[str, Any] | None = None
) -> dict[str, Entry]:
    """Register a newly trained intent head: its training data as a dataset entry, then the head as a model entry
    whose parent is ledgerlm's shipped intent classifier and whose card names the training data's id and manifest.
    The card is written into the head's folder (``model_card.json``), so the manifest covers it too."""
    own_entries = {e.name: e for e in ensure_registered(chain)}
    parent = own_entries["ledgerlm/intent-classifier"]
    data_path = Path(training_csv)
    data_manifest = build_manifest(data_path)
    account = chain.default_account
    from ledgerlm.registry.ids import entry_id

    data_version = "sha-" + data_manifest.hash[2:14]
    data_id = entry_id(account.address, f"intent-training:{data_path.name}", data_version)
    reg = registry_contract(chain)
    if int(chain.call(reg.functions.getEntry(bytes.fromhex(data_id[2:])))[0], 16) == 0:
        data_entry = register(
            data_path,
            kind="dataset",
            licence="MIT",
            chain=chain,
            name=f"intent-training:{data_path.name}",
            version=data_version,
        )
    else:
        data_entry = get_entry(chain, data_id)
    head_name = f"intent-head:{Path(head_dir).name}"
    card: dict[str, Any] = {
        "name": head_name,
        "parent": parent.id,
        "training_data": [{"id": data_entry.id, "manifest_hash": data_entry.manifest_hash}],
        "metrics": metrics or {},
    }
    card_path = Path(head_dir) / "model_card.json"
    card_path.write_text(json.dumps(card, sort_keys=True, indent=2, ensure_ascii=False), encoding="utf-8")
    head = register(
        head_dir, kind="model", licence="MIT", chain=chain, name=head_name, card=card_path, parent=parent.id
    )
    return {"data": data_entry, "model": head}
