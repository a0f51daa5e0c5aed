"""Before anyone signs a proposal: decoded calldata, risk flags and a simulated state diff, in both languages.

Risk flags (each with a reason): share of the treasury moved per asset (large above 10%, impossible above 100%),
role grants and revocations, ownership changes, upgrades, governance-setting changes, approvals, mints, batches
(decoded recursively, so a role grant hidden inside a multicall is named), calls to addresses without code or
without a source ledgerlm knows, and targets whose code can DELEGATECALL or SELFDESTRUCT.

Simulation runs on an isolated chain, never the user's: for a JSON-RPC node (the managed anvil included) a fresh
``anvil --fork-url`` on a free port, where the timelock is impersonated and every action executed in order; the
diff is read from balances before and after, and role/ownership/upgrade events from the receipts. The in-process
py-evm chain cannot be forked, so there each action is checked with ``eth_call`` from the timelock and the diff is
derived from the decoded calls (the report says which method was used).
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ledgerlm.chain.fork import isolated_fork
from ledgerlm.governance.actions import Action, Decoded, check_roundtrip, role_name
from ledgerlm.governance.messages import CATALOGUE
from ledgerlm.i18n import pick

LARGE_SHARE = Decimal("0.10")


@dataclass
class Flag:
    code: str
    severity: str  # "high" | "medium" | "info"
    en: str
    zh: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity, "en": self.en, "zh": self.zh}


@dataclass
class BalanceChange:
    address: str
    label: str
    asset: str
    before: int
    after: int
    decimals: int

    @property
    def delta(self) -> int:
        return self.after - self.before

    def to_dict(self) -> dict[str, Any]:
        from ledgerlm.units import from_base_units

        return {
            "address": self.address,
            "label": self.label,
            "asset": self.asset,
            "before": str(self.before),
            "after": str(self.after),
            "delta": str(self.delta),
            "delta_units": format(from_base_units(self.delta, self.decimals).normalize(), "f"),
        }


@dataclass
class Review:
    actions: list[Action]
    decoded: list[Decoded]
    flags: list[Flag] = field(default_factory=list)
    changes: list[BalanceChange] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    simulated_ok: bool = False
    simulation_method: str = ""
    revert: str | None = None
    seconds: float = 0.0

    @property
    def blocking(self) -> bool:
        return not self.simulated_ok or any(
            f.severity == "high" and f.code == "insufficient_treasury" for f in self.flags
        )

    def summary(self, lang: str) -> str:
        lines = [CATALOGUE.say("review_header", lang)]
        for i, (a, d) in enumerate(zip(self.actions, self.decoded, strict=True), 1):
            lines.append(f"  {i}. {pick(lang, {'en': a.summary_en, 'zh': a.summary_zh})}  [{d.name}]")
            for inner in d.inner:
                lines.append(f"       ↳ {inner.name} {[str(x) for x in inner.args]}")
        if self.changes:
            lines.append(CATALOGUE.say("review_changes", lang))
            for c in self.changes:
                lines.append(f"  {c.label} {c.address}: {c.to_dict()['delta_units']} {c.asset}")
        if self.simulation_method:
            method = CATALOGUE.say("method_fork" if self.simulation_method == "fork" else "method_call", lang)
            if self.simulated_ok:
                lines.append(CATALOGUE.say("review_simulation", lang, method=method))
            else:
                lines.append(CATALOGUE.say("review_simulation_failed", lang, method=method, reason=self.revert))
        for f in self.flags:
            lines.append(f"  [{f.severity}] {pick(lang, {'en': f.en, 'zh': f.zh})}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "actions": [a.to_dict() for a in self.actions],
            "decoded": [d.to_dict() for d in self.decoded],
            "flags": [f.to_dict() for f in self.flags],
            "changes": [c.to_dict() for c in self.changes],
            "events": self.events,
            "simulated_ok": self.simulated_ok,
            "simulation_method": self.simulation_method,
            "revert": self.revert,
            "seconds": round(self.seconds, 3),
        }


def _has_opcode(code: bytes, opcodes: set[int]) -> set[int]:
    """Opcodes of ``opcodes`` present as instructions (PUSH data skipped)."""
    found: set[int] = set()
    i = 0
    while i < len(code):
        op = code[i]
        if op in opcodes:
            found.add(op)
        i += 1 + (op - 0x5F if 0x60 <= op <= 0x7F else 0)
    return found


def _known_addresses(chain: Any, dao: Any) -> dict[str, str]:
    known = {dao.governor.lower(): "governor", dao.token.lower(): "votes token", dao.timelock.lower(): "treasury"}
    with contextlib.suppress(Exception):
        from ledgerlm.contracts.assets import token_book

        for symbol, addr in token_book(chain.chain_id).items():
            known[addr.lower()] = f"{symbol} token"
    with contextlib.suppress(Exception):
        from ledgerlm.contracts import registry

        for d in registry.list_deployments():
            if getattr(d, "chain_id", None) == chain.chain_id and getattr(d, "address", None):
                known[str(d.address).lower()] = f"ledgerlm deployment #{d.id}"
    return known


def _flag(code: str, severity: str, **values: Any) -> Flag:
    """A risk flag whose reason comes from the catalogue (its id is the code) in both languages."""
    texts = CATALOGUE.both(code, **values)
    return Flag(code, severity, texts["en"], texts["zh"])


def flags_for(chain: Any, dao: Any, actions: list[Action], decoded: list[Decoded]) -> list[Flag]:
    from ledgerlm.chain.erc20 import ERC20_ABI

    flags: list[Flag] = []
    known = _known_addresses(chain, dao)
    outflow: dict[str, int] = {}
    for a, d in zip(actions, decoded, strict=True):
        if d.signature is None and a.value_wei:
            outflow["ETH"] = outflow.get("ETH", 0) + a.value_wei
        elif d.signature == "transfer(address,uint256)":
            outflow[a.target] = outflow.get(a.target, 0) + int(d.args[1])
        for node in d.walk():
            if node.risk == "role_change":
                role = role_name(node.args[0]) if node.args else "?"
                who = node.args[1] if len(node.args) > 1 else "?"
                flags.append(_flag("role_change", "high", name=node.name, role=role, who=who))
            elif node.risk == "ownership_change":
                flags.append(_flag("ownership_change", "high", name=node.name, args=[str(x) for x in node.args]))
            elif node.risk == "upgrade":
                flags.append(_flag("upgrade", "high", name=node.name, target=a.target))
            elif node.risk == "governance_change":
                flags.append(_flag("governance_change", "medium", name=node.name, args=[str(x) for x in node.args]))
            elif node.risk == "batch":
                flags.append(_flag("batch", "medium", count=len(node.inner)))
            elif node.risk in ("approval", "mint"):
                flags.append(_flag("approval" if node.risk == "approval" else "mint", "medium", name=node.name))
            elif node.risk == "unknown_call":
                flags.append(_flag("unknown_call", "high", name=node.name))
        code = bytes(chain.code(a.target))
        if not code and d.signature is not None:
            flags.append(_flag("no_code", "high", target=a.target))
        if code:
            ops = _has_opcode(code, {0xF4, 0xFF})
            if 0xF4 in ops and a.target.lower() not in known:
                flags.append(_flag("delegatecall", "medium", target=a.target))
            if 0xFF in ops:
                flags.append(_flag("selfdestruct", "high", target=a.target))
            if a.target.lower() not in known:
                flags.append(_flag("unverified_target", "medium", target=a.target))
    for asset, amount in outflow.items():
        if asset == "ETH":
            balance, label = chain.balance(dao.timelock), "ETH"
        else:
            token = chain.contract(asset, ERC20_ABI)
            balance = int(chain.call(token.functions.balanceOf(dao.timelock)))
            label = str(chain.call(token.functions.symbol()))
        if amount > balance:
            flags.append(_flag("insufficient_treasury", "high", amount=amount, label=label, balance=balance))
        elif balance and Decimal(amount) / Decimal(balance) > LARGE_SHARE:
            share = (Decimal(amount) / Decimal(balance) * 100).quantize(Decimal("0.1"))
            flags.append(_flag("treasury_share", "medium", share=share, label=label))
    return flags


# -- simulation ------------------------------------------------------------------------------------------------------
def _watched(dao: Any, actions: list[Action], decoded: list[Decoded]) -> tuple[list[tuple[str, str]], list[str]]:
    addresses = [(dao.timelock, "treasury")]
    assets = ["ETH"]
    for a, d in zip(actions, decoded, strict=True):
        if d.signature is None:
            addresses.append((a.target, "recipient"))
        elif d.signature == "transfer(address,uint256)":
            addresses.append((str(d.args[0]), "recipient"))
            assets.append(a.target)
    seen: set[str] = set()
    out = []
    for addr, label in addresses:
        if addr.lower() not in seen:
            seen.add(addr.lower())
            out.append((addr, label))
    return out, list(dict.fromkeys(assets))


def _balances(w3: Any, addresses: list[tuple[str, str]], assets: list[str]) -> dict[tuple[str, str], int]:
    from ledgerlm.chain.erc20 import ERC20_ABI

    out = {}
    for addr, _ in addresses:
        cs = w3.to_checksum_address(addr)
        for asset in assets:
            if asset == "ETH":
                out[(addr, asset)] = int(w3.eth.get_balance(cs))
            else:
                token = w3.eth.contract(address=w3.to_checksum_address(asset), abi=ERC20_ABI)
                out[(addr, asset)] = int(token.functions.balanceOf(cs).call())
    return out


_EVENT_NAMES = {
    "RoleGranted(bytes32,address,address)": "RoleGranted",
    "RoleRevoked(bytes32,address,address)": "RoleRevoked",
    "OwnershipTransferred(address,address)": "OwnershipTransferred",
    "Upgraded(address)": "Upgraded",
    "AdminChanged(address,address)": "AdminChanged",
}


def simulate(chain: Any, dao: Any, actions: list[Action], decoded: list[Decoded], review: Review) -> None:
    from ledgerlm.audit.hashing import keccak

    addresses, assets = _watched(dao, actions, decoded)
    decimals = {a: 18 if a == "ETH" else _decimals(chain, a) for a in assets}
    symbols = {a: "ETH" if a == "ETH" else _symbol(chain, a) for a in assets}
    topics = {"0x" + keccak(sig.encode()).hex(): name for sig, name in _EVENT_NAMES.items()}
    if chain.backend != "memory":
        review.simulation_method = "fork"
        with isolated_fork(chain, free_gas=True) as sim:
            w3: Any = sim.w3
            before = _balances(w3, addresses, assets)
            timelock = w3.to_checksum_address(dao.timelock)
            w3.provider.make_request("anvil_impersonateAccount", [timelock])
            for i, a in enumerate(actions, 1):
                tx = {
                    "from": timelock,
                    "to": w3.to_checksum_address(a.target),
                    "value": a.value_wei,
                    "data": "0x" + a.calldata.hex(),
                    "gasPrice": 0,
                    "gas": 3_000_000,
                }
                try:
                    receipt = w3.eth.wait_for_transaction_receipt(w3.eth.send_transaction(tx), timeout=30)
                except Exception as exc:  # noqa: BLE001 - a revert is the finding
                    review.revert = f"action {i}: {_first_line(exc)}"
                    return
                if receipt["status"] != 1:
                    review.revert = f"action {i} reverted"
                    return
                for log in receipt["logs"]:
                    name = topics.get("0x" + bytes(log["topics"][0]).hex()) if log["topics"] else None
                    if name:
                        review.events.append(f"{name} at {log['address']}")
            after = _balances(w3, addresses, assets)
    else:
        review.simulation_method = "call"
        before = _balances(chain.w3, addresses, assets)
        after = dict(before)
        failure = _call_each(chain, dao.timelock, actions)
        if failure:
            review.revert = failure
            return
        for a, d in zip(actions, decoded, strict=True):
            if d.signature is None:
                after[(dao.timelock, "ETH")] -= a.value_wei
                key = next(k for k in after if k[0].lower() == a.target.lower() and k[1] == "ETH")
                after[key] += a.value_wei
            elif d.signature == "transfer(address,uint256)":
                amount = int(d.args[1])
                after[(dao.timelock, a.target)] -= amount
                key = next(k for k in after if k[0].lower() == str(d.args[0]).lower() and k[1] == a.target)
                after[key] += amount
            for node in d.walk():
                if node.signature in ("grantRole(bytes32,address)", "revokeRole(bytes32,address)"):
                    review.events.append(
                        f"{'RoleGranted' if 'grant' in node.signature else 'RoleRevoked'} (decoded) at {a.target}"
                    )
    labels = dict(addresses)
    for (addr, asset), value in before.items():
        if after[(addr, asset)] != value:
            review.changes.append(
                BalanceChange(addr, labels[addr], symbols[asset], value, after[(addr, asset)], decimals[asset])
            )
    review.simulated_ok = True


def _call_each(chain: Any, sender: str, actions: list[Action]) -> str | None:
    """``eth_call`` every action from the timelock on the in-process py-evm chain. py-evm insists that the sender
    can pay for gas, and the timelock holds no ETH for it, so the calls run on :func:`isolated_fork` of that chain
    (a snapshot under the chain's lock, reverted at the end: the chain lives only in this process), where the
    timelock is given gas money."""
    with isolated_fork(chain) as sim:  # the memory chain: a snapshot under its lock, reverted at the end
        w3: Any = sim.w3
        sim.send_eth(sender, 10**18)
        fees = sim.fee_quote()  # the one fee rule (ledgerlm.chain.fees)
        for i, a in enumerate(actions, 1):
            try:
                w3.eth.call(
                    {
                        "from": sender,
                        "to": a.target,
                        "value": a.value_wei,
                        "gas": 3_000_000,
                        "maxFeePerGas": fees.max_fee_per_gas,
                        "maxPriorityFeePerGas": fees.priority_fee_wei,
                        "data": "0x" + a.calldata.hex(),
                    }
                )
            except Exception as exc:  # noqa: BLE001 - a revert is the finding
                return f"action {i}: {_first_line(exc)}"
        return None


def _decimals(chain: Any, token: str) -> int:
    from ledgerlm.chain.erc20 import ERC20_ABI

    return int(chain.call(chain.contract(token, ERC20_ABI).functions.decimals()))


def _symbol(chain: Any, token: str) -> str:
    from ledgerlm.chain.erc20 import ERC20_ABI

    return str(chain.call(chain.contract(token, ERC20_ABI).functions.symbol()))


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


def review_actions(chain: Any, dao: Any, actions: list[Action]) -> Review:
    """Decode (and round-trip) every action, flag risks, simulate on an isolated chain."""
    start = time.perf_counter()
    decoded = [check_roundtrip(a) if a.signature else Decoded(None, "ETH payment", None, []) for a in actions]
    review = Review(actions=actions, decoded=decoded)
    review.flags = flags_for(chain, dao, actions, decoded)
    simulate(chain, dao, actions, decoded, review)
    review.seconds = time.perf_counter() - start
    return review
