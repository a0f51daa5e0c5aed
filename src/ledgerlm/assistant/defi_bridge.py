"""Bridge to ``ledgerlm.defi``: its action builders return ``PlannedCall`` objects (approvals first, follow-ups
after) that never sign; this module turns them into plan ``Step``s for the single executor and adds the facts the
user confirms (quote, price impact, slippage limit, resulting balances, health factor). It also reads rewards.

When the DeFi contracts are not deployed/configured on the connected chain, swap / lending / reward requests are
answered with a clear "not available here" instead of a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ledgerlm.assistant import policy
from ledgerlm.assistant.messages import CATALOGUE as _CATALOGUE
from ledgerlm.assistant.plan import Plan, Step
from ledgerlm.assistant.replies import say, verb
from ledgerlm.errors import InputError, LedgerError, NotFound

_SLIPPAGE = re.compile(
    r"(?:slippage|滑点)\D{0,12}?(\d+(?:\.\d+)?)\s*(?:%|％|percent)?|(\d+(?:\.\d+)?)\s*(?:%|％)\s*"
    r"(?:slippage|滑点)",
    re.IGNORECASE,
)
DEFAULT_COUNTER = "USDC"


def _require_defi(chain: Any, intent: str, lang: str) -> Any:
    try:
        from ledgerlm.defi import resolve
    except ImportError:  # pragma: no cover - defi ships with the project
        raise NotFound(say("defi_missing", lang, verb=verb(intent, lang))) from None
    try:
        return resolve(chain)
    except LedgerError as exc:
        raise NotFound(say("defi_missing", lang, verb=verb(intent, lang)), hint=exc.hint) from None


def slippage_from_text(text: str) -> Decimal | None:
    m = _SLIPPAGE.search(text or "")
    if not m:
        return None
    return Decimal(m.group(1) or m.group(2))


def steps_of(chain: Any, call: Any) -> list[Step]:
    """A ``PlannedCall`` -> its transactions in sending order, each fully encoded (calldata, value in wei)."""
    out: list[Step] = []
    for pc in call.steps():
        desc = {"en": pc.description_en, "zh": pc.description_zh}
        if pc.kind == "eth_transfer":
            out.append(Step("transfer", chain.w3.to_checksum_address(pc.target), "0x", int(pc.value_wei), desc))
            continue
        data = pc.function_call(chain)._encode_transaction_data()  # also registers the ABI for event decoding
        kind = "approve" if pc.function == "approve" else "call"
        out.append(
            Step(kind, chain.w3.to_checksum_address(pc.target), data, int(pc.value_wei), desc, tuple(pc.expect_events))
        )
    return out


@dataclass
class _Leg:
    """What one DeFi action contributes to the plan: the planned call and the facts shown beside it."""

    call: Any
    value_symbol: str
    value_amount: Decimal | None
    deltas: dict[str, Decimal] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)
    hf_after: Decimal | None = None
    notes: list[dict[str, str]] = field(default_factory=list)


@dataclass
class _Ask:
    planner: Any
    chain: Any
    sender: str
    symbol: str
    amount: Decimal | None
    counter: str
    slippage: Decimal | None
    slots: dict[str, Any]
    lang: str


def _swap(ask: _Ask, side: str) -> _Leg:
    from ledgerlm.defi import actions

    symbol, amount, counter, chain, sender = ask.symbol, ask.amount, ask.counter, ask.chain, ask.sender
    if counter == symbol:
        raise InputError(say("swap_itself", ask.lang, symbol=symbol))
    slippage = ask.slippage if ask.slippage is not None else actions.default_slippage_pct()
    ask.slippage = slippage
    policy.check(usd_value=Decimal(0), slippage_pct=slippage, lang=ask.lang)  # refuse a too-wide limit first
    if side == "buy" and amount is not None:
        call = actions.swap(chain, sender, counter, symbol, amount, side="buy", slippage_pct=slippage)
    elif side == "buy":
        spend = ask.slots.get("counter_amount")
        if spend is None:
            raise InputError(say("swap_how_much", ask.lang))
        call = actions.swap(chain, sender, counter, symbol, Decimal(spend), side="sell", slippage_pct=slippage)
    else:
        if amount is None:
            amount = ask.planner.tokens.balance(symbol, sender)
        call = actions.swap(chain, sender, symbol, counter, amount, side="sell", slippage_pct=slippage)
    details = call.details
    q = details["quote"]
    token_in, token_out = q["token_in"], q["token_out"]
    amount_in = Decimal(str(details["amount_in"]))
    deltas = {token_in: -amount_in, token_out: Decimal(str(q["amount_out"]))}
    return _Leg(call, token_in, amount_in, deltas, details)


def _deposit(ask: _Ask) -> _Leg:
    from ledgerlm.defi import actions

    call = actions.deposit(ask.chain, ask.sender, ask.symbol, _need(ask.amount, ask.symbol, ask.lang))
    return _Leg(call, ask.symbol, ask.amount, {ask.symbol: -Decimal(ask.amount or 0)})


def _withdraw(ask: _Ask) -> _Leg:
    from ledgerlm.defi import actions

    call = actions.withdraw(ask.chain, ask.sender, ask.symbol, ask.amount)
    value = Decimal(str(call.details["amount"]))
    return _Leg(call, ask.symbol, value, {ask.symbol: value})


def _borrow(ask: _Ask) -> _Leg:
    from ledgerlm.defi import actions, views

    call = actions.borrow(ask.chain, ask.sender, ask.symbol, _need(ask.amount, ask.symbol, ask.lang))
    leg = _Leg(call, ask.symbol, ask.amount, {ask.symbol: Decimal(ask.amount or 0)})
    pos = views.position(ask.chain, ask.sender)
    extra = policy.usd_value(ask.symbol, Decimal(ask.amount or 0))
    if pos.debt_usd + extra > 0:
        leg.hf_after = (pos.borrow_limit_usd / (pos.debt_usd + extra)).quantize(Decimal("0.01"))
    wanted = str(ask.slots.get("collateral") or "").upper()
    if wanted:
        leg.notes.append(_CATALOGUE.both("collateral_note", token=wanted))
    return leg


def _repay(ask: _Ask) -> _Leg:
    from ledgerlm.defi import actions

    call = actions.repay(ask.chain, ask.sender, ask.symbol, ask.amount)
    value = Decimal(str(call.details["amount"]))
    return _Leg(call, ask.symbol, value, {ask.symbol: -value})


def _claim(ask: _Ask) -> _Leg:
    """Claim staking rewards, else deposit interest."""
    from ledgerlm.defi import actions, views

    try:
        call = actions.claim_rewards(ask.chain, ask.sender)
    except InputError:
        earned = views.rewards(ask.chain, ask.sender).lending_interest
        if not earned:
            raise InputError(say("no_rewards", ask.lang)) from None
        call = actions.claim_interest(ask.chain, ask.sender, next(iter(earned)))
    symbol, value = str(call.details["token"]), Decimal(str(call.details["amount"]))
    return _Leg(call, symbol, value, {symbol: value})


#: The DeFi actions an intent may name as its ``defi_action`` (``swap:buy`` / ``swap:sell`` pick the side).
ACTIONS: dict[str, Any] = {
    "swap:buy": lambda ask: _swap(ask, "buy"),
    "swap:sell": lambda ask: _swap(ask, "sell"),
    "deposit": _deposit,
    "withdraw": _withdraw,
    "borrow": _borrow,
    "repay": _repay,
    "claim": _claim,
}
_LENDING = frozenset({"deposit", "withdraw", "borrow", "repay"})


def plan(planner: Any, intent: str, slots: dict[str, Any], lang: str, text: str) -> Plan:
    """Plan a swap, lending action or reward claim with ``ledgerlm.defi.actions``: the intent's registry entry
    names the action (``IntentSpec.defi_action``)."""
    from ledgerlm.assistant.intents import spec
    from ledgerlm.defi import views

    chain, sender = planner.chain, planner.sender
    action = spec.get(intent).defi_action
    if action not in ACTIONS:
        raise InputError(say("not_a_money_intent", lang, intent=intent))
    _require_defi(chain, intent, lang)
    symbol = str(slots.get("token") or "").upper()
    amount = slots.get("amount")
    amount = None if amount in (None, "all") else Decimal(amount)
    counter = str(slots.get("counter_token") or DEFAULT_COUNTER).upper()
    ask = _Ask(planner, chain, sender, symbol, amount, counter, slippage_from_text(text), slots, lang)
    leg: _Leg = ACTIONS[action](ask)
    swap = action.startswith("swap:")
    value_symbol, value_amount = leg.value_symbol, leg.value_amount
    steps = steps_of(chain, leg.call)
    result = Plan(
        intent=intent,
        lang=lang,
        chain_id=chain.chain_id,
        sender=sender,
        request=text,
        steps=steps,
        token=symbol or value_symbol,
        amount=amount if amount is not None else value_amount,
        counter_token=counter if swap else None,
        slippage_pct=ask.slippage if swap else None,
        usd_value=policy.usd_value(value_symbol, value_amount or Decimal(0)),
    )
    result.notes.extend(leg.notes)
    if swap:
        q = leg.details["quote"]
        result.expected_out = Decimal(str(q["amount_out"]))
        result.min_out = Decimal(str(leg.details["min_amount_out"]))
        result.price_impact_pct = Decimal(str(q["price_impact_pct"]))
    if action in _LENDING and leg.hf_after is None:
        pos = views.position(chain, sender)
        result.health_factor_after = pos.health_factor.quantize(Decimal("0.01")) if pos.health_factor else None
    else:
        result.health_factor_after = leg.hf_after
    before = planner.tokens.balances(sender)
    result.balances_before = {k: before.get(k, Decimal(0)) for k in ("ETH", *leg.deltas)}
    result.balances_after = {
        k: before.get(k, Decimal(0)) + leg.deltas.get(k, Decimal(0)) for k in result.balances_before
    }
    return planner._finish(result, planner.tokens.get("ETH"), value_amount or Decimal(0), Decimal(0))


def _need(amount: Decimal | None, symbol: str, lang: str = "en") -> Decimal:
    if amount is None:
        raise InputError(say("how_much_of", lang, symbol=symbol))
    return amount


def rewards_text(assistant: Any, lang: str) -> str:
    """Claimable staking rewards and lending interest, from the DeFi read-only views."""
    from ledgerlm.defi import views

    _require_defi(assistant.chain, "dividend", lang)
    r = views.rewards(assistant.chain, assistant.executor.account.address)
    parts = []
    if r.staking_earned:
        parts.append(f"{r.staking_earned} {r.rewards_token} ({say('staking_rewards', lang)})")
    parts += [f"{v} {k} ({say('deposit_interest', lang)})" for k, v in r.lending_interest.items()]
    if not parts:
        return say("no_rewards", lang)
    return say("claimable", lang, shown=", ".join(parts))
