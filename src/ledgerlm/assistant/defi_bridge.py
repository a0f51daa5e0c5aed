"""Bridge to ``ledgerlm.defi``: its action builders return ``PlannedCall`` objects (approvals first, follow-ups
after) that never sign; this module turns them into plan ``Step``s for the single executor and adds the facts the
user confirms (quote, price impact, slippage limit, resulting balances, health factor). It also reads rewards.

When the DeFi contracts are not deployed/configured on the connected chain, swap / lending / reward requests are
answered with a clear "not available here" instead of a guess.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from ledgerlm.assistant import policy
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


def plan(planner: Any, intent: str, slots: dict[str, Any], lang: str, text: str) -> Plan:
    """Plan a swap, lending action or reward claim with ``ledgerlm.defi.actions``."""
    from ledgerlm.defi import actions, views

    chain, sender = planner.chain, planner.sender
    _require_defi(chain, intent, lang)
    symbol = str(slots.get("token") or "").upper()
    amount = slots.get("amount")
    amount = None if amount in (None, "all") else Decimal(amount)
    counter = str(slots.get("counter_token") or DEFAULT_COUNTER).upper()
    slippage = slippage_from_text(text)
    details: dict[str, Any] = {}
    value_symbol, value_amount = symbol, amount
    deltas: dict[str, Decimal] = {}
    hf_after: Decimal | None = None
    if intent in ("buy", "sell"):
        if counter == symbol:
            raise InputError(f"cannot swap {symbol} for itself / 不能用 {symbol} 兑换 {symbol}")
        if slippage is None:
            slippage = actions.default_slippage_pct()
        policy.check(usd_value=Decimal(0), slippage_pct=slippage)  # refuse a too-wide limit before quoting
        if intent == "buy" and amount is not None:
            call = actions.swap(chain, sender, counter, symbol, amount, side="buy", slippage_pct=slippage)
        elif intent == "buy":
            spend = slots.get("counter_amount")
            if spend is None:
                raise InputError("say how much to buy, or how much to spend / 请说明买多少或花多少")
            call = actions.swap(chain, sender, counter, symbol, Decimal(spend), side="sell", slippage_pct=slippage)
        else:
            if amount is None:
                amount = planner.tokens.balance(symbol, sender)
            call = actions.swap(chain, sender, symbol, counter, amount, side="sell", slippage_pct=slippage)
        details = call.details
        q = details["quote"]
        token_in, token_out = q["token_in"], q["token_out"]
        amount_in = Decimal(str(details["amount_in"]))
        value_symbol, value_amount = token_in, amount_in
        deltas = {token_in: -amount_in, token_out: Decimal(str(q["amount_out"]))}
    elif intent == "deposit":
        call = actions.deposit(chain, sender, symbol, _need(amount, symbol))
        deltas = {symbol: -Decimal(amount or 0)}
    elif intent == "withdraw":
        call = actions.withdraw(chain, sender, symbol, amount)
        value_amount = Decimal(str(call.details["amount"]))
        deltas = {symbol: value_amount}
    elif intent == "borrow":
        call = actions.borrow(chain, sender, symbol, _need(amount, symbol))
        deltas = {symbol: Decimal(amount or 0)}
        pos = views.position(chain, sender)
        extra = policy.usd_value(symbol, Decimal(amount or 0))
        if pos.debt_usd + extra > 0:
            hf_after = (pos.borrow_limit_usd / (pos.debt_usd + extra)).quantize(Decimal("0.01"))
        wanted = str(slots.get("collateral") or "").upper()
        if wanted:
            collateral_note = {
                "en": f"collateral: {wanted} (as you asked; the pool lends against your deposits)",
                "zh": f"抵押品：{wanted}（按你的要求；借贷池按你的存款放贷）",
            }
    elif intent == "repay":
        call = actions.repay(chain, sender, symbol, amount)
        value_amount = Decimal(str(call.details["amount"]))
        deltas = {symbol: -value_amount}
    else:  # dividend: claim staking rewards, else deposit interest
        try:
            call = actions.claim_rewards(chain, sender)
        except InputError:
            earned = views.rewards(chain, sender).lending_interest
            if not earned:
                raise InputError(say("no_rewards", lang)) from None
            call = actions.claim_interest(chain, sender, next(iter(earned)))
        value_symbol, value_amount = str(call.details["token"]), Decimal(str(call.details["amount"]))
        deltas = {value_symbol: value_amount}
    steps = steps_of(chain, call)
    result = Plan(
        intent=intent,
        lang=lang,
        chain_id=chain.chain_id,
        sender=sender,
        request=text,
        steps=steps,
        token=symbol or value_symbol,
        amount=amount if amount is not None else value_amount,
        counter_token=counter if intent in ("buy", "sell") else None,
        slippage_pct=slippage if intent in ("buy", "sell") else None,
        usd_value=policy.usd_value(value_symbol, value_amount or Decimal(0)),
    )
    if intent == "borrow" and slots.get("collateral"):
        result.notes.append(collateral_note)
    if intent in ("buy", "sell"):
        q = details["quote"]
        result.expected_out = Decimal(str(q["amount_out"]))
        result.min_out = Decimal(str(details["min_amount_out"]))
        result.price_impact_pct = Decimal(str(q["price_impact_pct"]))
    if intent in ("borrow", "deposit", "withdraw", "repay") and hf_after is None:
        pos = views.position(chain, sender)
        result.health_factor_after = pos.health_factor.quantize(Decimal("0.01")) if pos.health_factor else None
    else:
        result.health_factor_after = hf_after
    before = planner.tokens.balances(sender)
    result.balances_before = {k: before.get(k, Decimal(0)) for k in ("ETH", *deltas)}
    result.balances_after = {k: before.get(k, Decimal(0)) + deltas.get(k, Decimal(0)) for k in result.balances_before}
    return planner._finish(result, planner.tokens.get("ETH"), value_amount or Decimal(0), Decimal(0))


def _need(amount: Decimal | None, symbol: str) -> Decimal:
    if amount is None:
        raise InputError(f"how much {symbol}? / 多少 {symbol}？")
    return amount


def rewards_text(assistant: Any, lang: str) -> str:
    """Claimable staking rewards and lending interest, from the DeFi read-only views."""
    from ledgerlm.defi import views

    _require_defi(assistant.chain, "dividend", lang)
    r = views.rewards(assistant.chain, assistant.executor.account.address)
    parts = []
    if r.staking_earned:
        parts.append(f"{r.staking_earned} {r.rewards_token} ({'质押奖励' if lang == 'zh' else 'staking rewards'})")
    parts += [f"{v} {k} ({'存款利息' if lang == 'zh' else 'deposit interest'})" for k, v in r.lending_interest.items()]
    if not parts:
        return say("no_rewards", lang)
    shown = ", ".join(parts)
    return (
        f"可领取：{shown}。要领取请说“领取奖励”（需要确认）。"
        if lang == "zh"
        else f"Claimable: {shown}. Say 'claim my rewards' to claim them (you will confirm first)."
    )
