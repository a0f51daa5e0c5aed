"""Typed intent + slots -> a ``Plan`` that shows exactly what will happen. Plans; never signs.

Planning already simulates (gas estimate = eth_call on the current state), so a transaction that would revert is
refused here with its decoded reason, before the user is asked to confirm. The policy is checked here too, so a
refusal comes before the confirmation question, and again by the executor right before signing.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from eth_utils import to_checksum_address

from ledgerlm.assistant import policy
from ledgerlm.assistant.plan import Plan, Step
from ledgerlm.assistant.replies import say
from ledgerlm.assistant.tokens import TokenBook, TokenInfo, plain
from ledgerlm.chain import Chain, contacts
from ledgerlm.errors import ChainError, ContractReverted, InputError, NotFound, PolicyViolation
from ledgerlm.language.slots import wants_all


def __getattr__(name: str) -> object:
    """``MONEY_INTENTS``: read from the intent registry (kept as a name for callers that import it)."""
    if name == "MONEY_INTENTS":
        from ledgerlm.assistant.intents import spec

        return spec.money_intents()
    raise AttributeError(name)


#: Gas kept back when the user sends "all" of their ETH, so the transfer itself can pay its fee.
ETH_TRANSFER_GAS = 21_000


class MissingSlot(InputError):
    """A required slot is missing; ``slot`` names it so the session can ask for it."""

    def __init__(self, slot: str, question: str) -> None:
        super().__init__(question)
        self.slot = slot


def amount_quote(text: str, amount: Decimal) -> str | None:
    """The user's own writing of ``amount`` in ``text`` ("1e400", "两千"), for errors that quote it."""
    from ledgerlm.language.numbers import find_numbers

    try:
        numbers = find_numbers(text, include_flagged=True)
    except Exception:  # noqa: BLE001 - a quote is a courtesy; the check itself does not depend on it
        return None
    for n in numbers:
        if not n.percent and n.value == amount:
            return n.text
    return None


def representable(token: TokenInfo, amount: Decimal, text: str, lang: str) -> int:
    """``amount`` in base units, or ``SpecError`` quoting the user's text: not finite, more decimals than the
    token has, or more than a uint256 holds (``ledgerlm.units``); for ERC-20s also more than exist."""
    from ledgerlm.units import to_base_units

    quote = amount_quote(text, amount)
    base = to_base_units(amount, token.decimals, field=f"amount of {token.symbol}", text=quote or None, lang=lang)
    return base


def resolve_recipient(raw: str, lang: str) -> tuple[str, str | None]:
    """(EIP-55 address, contact name or None). Addresses are checksum-validated; names come from the address
    book; an unknown name is an error that says how to add it."""
    raw = raw.strip()
    if raw.lower().startswith("0x"):
        return contacts.validate_address(raw), None
    found = contacts.lookup(raw)
    if found is None:
        raise NotFound(say("unknown_recipient", lang, name=raw), hint=f"ledgerlm contacts add {raw} 0x...")
    return to_checksum_address(found), raw


class Planner:
    """Builds plans on one chain for one sender."""

    def __init__(self, chain: Chain, tokens: TokenBook, sender: str) -> None:
        self.chain = chain
        self.tokens = tokens
        self.sender = to_checksum_address(sender)

    # -- shared pieces ----------------------------------------------------------------------------------------
    def _fee(self, steps: list[Step]) -> tuple[Decimal, int]:
        """Simulate each step with a gas estimate (a revert raises ``ContractReverted`` here) -> (fee ETH, gas)."""
        gas = 0
        for step in steps:
            gas += self.chain.estimate(step.tx(), self.sender)
        fee_wei = self.chain.fee_quote().expected_wei(gas)
        return TokenInfo("ETH", None, 18).from_base(fee_wei), gas

    def _require(self, slots: dict[str, Any], key: str, intent: str, lang: str) -> Any:
        value = slots.get(key)
        if value in (None, ""):
            token = slots.get("token") or ""
            questions = {
                "amount": say("ask_amount", lang, token=token, verb=_verb(intent, lang)),
                "token": say("ask_token", lang, verb=_verb(intent, lang)),
                "recipient": say("ask_recipient", lang),
            }
            raise MissingSlot(key, questions[key])
        return value

    def _finish(self, plan: Plan, token: TokenInfo, amount: Decimal, fee_eth: Decimal) -> Plan:
        plan.fee_eth = fee_eth
        try:
            plan.fee_usd = policy.usd_value("ETH", fee_eth)
        except Exception:  # noqa: BLE001 - a fee without a price is still shown in ETH
            plan.fee_usd = None
        verdict = policy.check(
            usd_value=plan.usd_value,
            recipient=plan.recipient,
            slippage_pct=plan.slippage_pct,
            moves_money=True,
            lang=plan.lang,
        )
        plan.flags = sorted(set(plan.flags) | set(verdict.flags))
        return plan

    # -- transfers --------------------------------------------------------------------------------------------
    def transfer(self, slots: dict[str, Any], lang: str, text: str) -> Plan:
        symbol = str(self._require(slots, "token", "transfer", lang)).upper()
        if slots.get("amount") in (None, "") and wants_all(text):
            slots = {**slots, "amount": "all"}
        amount_raw = self._require(slots, "amount", "transfer", lang)
        from ledgerlm.assistant import recipients

        recipients.require_one(text, slots, lang)
        recipient, name = resolve_recipient(str(self._require(slots, "recipient", "transfer", lang)), lang)
        token = self.tokens.get(symbol)
        recipients.check_destination(self.chain, self.tokens, recipient, symbol, name, lang)
        balance = self.tokens.balance(symbol, self.sender)
        if amount_raw == "all":
            amount = balance
            if token.address is None:  # keep twice the worst-case fee of the transfer itself
                reserve = token.from_base(self.chain.fee_quote().max_wei(ETH_TRANSFER_GAS) * 2)
                amount = max(Decimal(0), balance - reserve)
        else:
            amount = Decimal(amount_raw)
            representable(token, amount, text, lang)
        if amount <= 0:
            raise InputError(
                say("amount_positive", lang, amount=amount, symbol=symbol), hint=say("amount_positive_hint", lang)
            )
        if amount > balance:
            raise InputError(
                say("insufficient", lang, balance=balance, symbol=symbol, amount=amount),
                hint=say("insufficient_hint", lang),
            )
        base = token.to_base(amount)
        shown = name or recipient
        desc = {
            lang_: say(
                "transfer_step",
                lang_,
                amount=amount,
                symbol=symbol,
                shown=shown,
                address=say("address_aside", lang_, address=recipient) if name else "",
            )
            for lang_ in ("en", "zh")
        }
        if token.address is None:
            step = Step("transfer", recipient, "0x", base, desc)
        else:
            fn = self.tokens.erc20(symbol).functions.transfer(recipient, base)
            step = Step("transfer", token.address, fn._encode_transaction_data(), 0, desc, ("Transfer",))
        plan = Plan(
            intent="transfer",
            lang=lang,
            chain_id=self.chain.chain_id,
            sender=self.sender,
            request=text,
            steps=[step],
            token=symbol,
            amount=amount,
            recipient=recipient,
            recipient_name=name,
            usd_value=policy.usd_value(symbol, amount),
        )
        try:
            fee_eth, _gas = self._fee([step])
        except ContractReverted as exc:
            if token.address is None and self.chain.code(recipient):
                raise PolicyViolation(
                    say("cannot_receive_eth", lang, recipient=recipient, reason=exc.reason),
                    hint=say("check_recipient", lang),
                ) from None
            raise
        plan.balances_before = {symbol: balance} | (
            {} if symbol == "ETH" else {"ETH": self.tokens.balance("ETH", self.sender)}
        )
        after = {symbol: balance - amount}
        eth_now = plan.balances_before["ETH"]
        after["ETH"] = (after["ETH"] if symbol == "ETH" else eth_now) - fee_eth
        plan.balances_after = {k: plain(v) for k, v in after.items()}
        return self._finish(plan, token, amount, fee_eth)

    # -- DeFi actions (swap, lending, rewards) via ledgerlm.defi --------------------------------------------------
    def defi(self, intent: str, slots: dict[str, Any], lang: str, text: str) -> Plan:
        from ledgerlm.assistant import defi_bridge
        from ledgerlm.assistant.intents import spec

        described = spec.get(intent)
        if described.needs_token:
            self._require(slots, "token", intent, lang)
            if slots.get("amount") in (None, "") and not slots.get("counter_amount"):
                if wants_all(text) and described.accepts_all:
                    slots = {**slots, "amount": "all"}
                else:
                    self._require(slots, "amount", intent, lang)
        return defi_bridge.plan(self, intent, slots, lang, text)

    def build(self, intent: str, slots: dict[str, Any], lang: str, text: str) -> Plan:
        """The plan of a money-moving intent, made by its registry entry's ``plan`` function."""
        from ledgerlm.assistant.intents import spec

        described = spec.all_specs().get(intent)
        if described is None or not described.moves_money or described.plan is None:
            raise ChainError(say("not_a_money_intent", lang, intent=intent))
        described.validate(slots)
        plan: Plan = described.plan(self, intent, slots, lang, text)
        plan.intent = intent  # a plug-in may reuse a built-in builder (a tip is a transfer); the plan says which
        return plan


def _verb(intent: str, lang: str) -> str:
    from ledgerlm.assistant.replies import verb

    return verb(intent, lang)
