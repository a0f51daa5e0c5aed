"""Spending policy: per-transaction and daily USD limits, a recipient allowlist, maximum slippage, KYC gates.

The policy is checked when a plan is made (so the user sees a refusal before confirming) and again right before
signing (so a limit cannot be bypassed by confirming two plans at once). Only mined actions count toward the daily
total, which is kept in ``<data_dir>/spending.sqlite``.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ledgerlm.assistant.messages import CATALOGUE
from ledgerlm.chain import contacts
from ledgerlm.config import data_dir, load_config
from ledgerlm.errors import PolicyViolation


@dataclass(frozen=True)
class PolicyConfig:
    max_tx_usd: Decimal
    daily_limit_usd: Decimal
    max_slippage_pct: Decimal
    allowlist_only: bool
    allowlist: frozenset[str]
    kyc_required_above_usd: Decimal

    @classmethod
    def from_config(cls) -> PolicyConfig:
        section: dict[str, Any] = load_config()["policy"]
        allow = {str(a).lower() for a in section.get("allowlist", [])}
        allow |= {a.lower() for a in contacts.all_contacts().values()}
        return cls(
            max_tx_usd=Decimal(str(section["max_tx_usd"])),
            daily_limit_usd=Decimal(str(section["daily_limit_usd"])),
            max_slippage_pct=Decimal(str(section["max_slippage_pct"])),
            allowlist_only=bool(section["allowlist_only"]),
            allowlist=frozenset(allow),
            kyc_required_above_usd=Decimal(str(section["kyc_required_above_usd"])),
        )


@dataclass
class PolicyCheck:
    """What the policy says about one planned action: refusals raise; flags are shown in the plan."""

    usd_value: Decimal
    spent_today_usd: Decimal
    flags: list[str] = field(default_factory=list)


def _day() -> str:
    return time.strftime("%Y-%m-%d", time.gmtime())


@contextmanager
def _db() -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(data_dir() / "spending.sqlite", timeout=30)) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS spending (day TEXT, usd TEXT, tx_hash TEXT, at REAL)")
        with conn:
            yield conn


def spent_today(day: str | None = None) -> Decimal:
    with _db() as conn:
        rows = conn.execute("SELECT usd FROM spending WHERE day = ?", (day or _day(),)).fetchall()
    return sum((Decimal(r[0]) for r in rows), Decimal(0))


def record_spend(usd: Decimal, tx_hash: str) -> None:
    with _db() as conn:
        conn.execute("INSERT INTO spending VALUES (?, ?, ?, ?)", (_day(), str(usd), tx_hash, time.time()))


def _refuse(message_id: str, lang: str, **values: Any) -> PolicyViolation:
    """A refusal in ``lang`` from the assistant's catalogue: ``<id>`` and its hint ``<id>_hint``."""
    return PolicyViolation(
        CATALOGUE.say(message_id, lang, **values), hint=CATALOGUE.say(_HINTS[message_id], lang, **values)
    )


def _both(message_id: str, **values: Any) -> str:
    """``english / 中文`` for refusals raised where the user's language is not known (the reply keeps one half)."""
    texts = CATALOGUE.both(message_id, **values)
    return f"{texts['en']} / {texts['zh']}"


#: Each policy refusal's hint: a command that raises the limit (or adds the contact).
_HINTS = {
    "policy_max_tx": "policy_max_tx_hint",
    "policy_daily": "policy_daily_hint",
    "policy_slippage": "policy_slippage_hint",
    "policy_allowlist": "policy_allowlist_hint",
}


def check(
    *,
    usd_value: Decimal,
    recipient: str | None = None,
    slippage_pct: Decimal | None = None,
    moves_money: bool = True,
    config: PolicyConfig | None = None,
    lang: str = "en",
) -> PolicyCheck:
    """Raise ``PolicyViolation`` with the reason (in ``lang``) when the action is outside the policy."""
    cfg = config or PolicyConfig.from_config()
    today = spent_today()
    result = PolicyCheck(usd_value=usd_value, spent_today_usd=today)
    if not moves_money:
        return result
    if usd_value > cfg.max_tx_usd:
        raise _refuse(
            "policy_max_tx", lang, usd=f"{usd_value:,.2f}", limit=f"{cfg.max_tx_usd:,.2f}", need=int(usd_value) + 1
        )
    if today + usd_value > cfg.daily_limit_usd:
        raise _refuse(
            "policy_daily",
            lang,
            usd=f"{usd_value:,.2f}",
            total=f"{today + usd_value:,.2f}",
            limit=f"{cfg.daily_limit_usd:,.2f}",
            need=int(today + usd_value) + 1,
        )
    if slippage_pct is not None and slippage_pct > cfg.max_slippage_pct:
        raise _refuse("policy_slippage", lang, pct=slippage_pct, limit=cfg.max_slippage_pct)
    if recipient is not None and recipient.lower() not in cfg.allowlist:
        if cfg.allowlist_only:
            raise _refuse("policy_allowlist", lang, recipient=recipient)
        result.flags.append("new_recipient")
    if usd_value > cfg.kyc_required_above_usd:
        result.flags.append("kyc_required")
    return result


# -- chains and values ---------------------------------------------------------------------------------------------
LOCAL_CHAIN_IDS = frozenset({31337, 1337})


def known_chain_ids() -> set[int]:
    """Chain ids ledgerlm may act on: local anvil/dev ids plus ids named in config (``[defi]``/``[tokens]``
    ``chain_id``, ``[assistant] chain_ids``). Anything else is refused, never defaulted."""
    cfg = load_config()
    ids = set(LOCAL_CHAIN_IDS)
    for section in ("defi", "tokens"):
        value = cfg.get(section, {}).get("chain_id")
        if value is not None:
            ids.add(int(value))
    ids |= {int(v) for v in cfg.get("assistant", {}).get("chain_ids", [])}
    return ids


def require_known_chain(chain: Any) -> int:
    """The chain id, or ``PolicyViolation`` when ledgerlm was never told it may act there."""
    chain_id = int(chain.chain_id)
    if getattr(chain, "backend", None) == "memory" or chain_id in known_chain_ids():
        return chain_id
    raise PolicyViolation(
        _both("policy_unknown_chain", chain_id=chain_id),
        hint=f"if this chain is intended, add `chain_ids = [{chain_id}]` under [assistant] in config.toml",
    )


def usd_value(symbol: str, amount: Decimal) -> Decimal:
    """USD value from the shipped price series (WETH counts as ETH); an unpriced asset cannot pass the limits."""
    from ledgerlm.errors import NotFound
    from ledgerlm.risk.prices import price

    try:
        unit = price(symbol)
    except NotFound:
        raise PolicyViolation(
            _both("policy_no_price", symbol=symbol),
            hint="only assets with a price series can be moved by the assistant",
        ) from None
    return (unit * Decimal(amount)).quantize(Decimal("0.01"))
