"""The single signing path for user actions. Nothing else in the assistant signs or sends.

    redeem the confirmation (plan id + plan hash, one-time, in the shared ``ConfirmationStore``) -> known chain
    id -> policy again -> KYC gate -> simulate (on an isolated fork of the chain, never the chain itself; without
    anvil: a gas estimate per step) -> sign + send each step through ``chain.send`` (receipt status and expected
    events checked) -> record the spend -> audit record.

If a later step fails after an earlier one was mined (an approval, then the swap), the error says exactly which
transactions were mined and what they left behind; nothing is silently half-done.
"""

from __future__ import annotations

import contextlib
from decimal import Decimal
from typing import Any

from eth_account.signers.local import LocalAccount

from ledgerlm.assistant import policy
from ledgerlm.assistant.confirmations import ConfirmationStore, Pending, PlanMismatch, plan_hash, split_token
from ledgerlm.assistant.messages import CATALOGUE
from ledgerlm.assistant.plan import Outcome, Plan, Step
from ledgerlm.assistant.replies import say
from ledgerlm.chain import Chain, TxResult
from ledgerlm.errors import ChainError, LedgerError, PolicyViolation, TransactionFailed
from ledgerlm.i18n import LANGS, pick


class PartiallyExecuted(TransactionFailed):
    """A multi-step plan stopped part-way: ``mined`` lists the steps that are on chain and stay there."""

    def __init__(self, message: str, *, mined: list[dict[str, Any]], hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.mined = mined


class Executor:
    """Runs confirmed plans on one chain with one signing account."""

    def __init__(
        self, chain: Chain, book: ConfirmationStore, account: LocalAccount | None = None, *, user: str = "default"
    ) -> None:
        self.chain = chain
        self.book = book
        self.user = user
        self._account = account

    @property
    def account(self) -> LocalAccount:
        return self._account or self.chain.default_account

    # -- confirmation ---------------------------------------------------------------------------------------
    def issue(self, plan: Plan) -> Pending:
        """Put exactly this plan on screen for ``user``: its id, hash, expiry and (above the threshold) code."""
        return self.book.issue(self.user, plan)

    def execute(self, plan: Plan | None, token: str, code: str | None = None) -> Outcome:
        """Execute the plan a confirmation (``<plan_id>.<plan_hash>``, plus the code when the plan showed one)
        was given to. ``plan`` (optional) must be that same, unchanged plan."""
        plan_id, digest = split_token(token)
        if plan is not None and plan_hash(plan) != digest:
            raise PlanMismatch.of("confirm_plan_changed", "confirm_hint_new_version")
        stored: Plan = self.book.confirm(self.user, plan_id, digest, code)
        return self._run(stored)

    # -- the pipeline ----------------------------------------------------------------------------------------
    def _checks(self, plan: Plan) -> None:
        chain_id = policy.require_known_chain(self.chain)
        if chain_id != plan.chain_id:
            raise PolicyViolation(
                f"the plan was made for chain {plan.chain_id}, but this is chain {chain_id}",
                hint="ask again on the chain you want to use",
            )
        if plan.sender.lower() != self.account.address.lower():
            raise PolicyViolation(f"the plan is for account {plan.sender}, the signer is {self.account.address}")
        if plan.moves_money:
            policy.check(
                usd_value=plan.usd_value, recipient=plan.recipient, slippage_pct=plan.slippage_pct, lang=plan.lang
            )
        if self.needs_kyc(plan):
            self.kyc(plan)

    @staticmethod
    def kyc_action(plan: Plan) -> str | None:
        """The KYC gate the plan's intent names in the registry (``borrow``), if any."""
        from ledgerlm.assistant.intents import spec

        described = spec.all_specs().get(plan.intent)
        return described.kyc_action if described is not None else None

    def needs_kyc(self, plan: Plan) -> bool:
        """An intent with a KYC gate (borrowing), or any action above ``policy.kyc_required_above_usd``."""
        return self.kyc_action(plan) is not None or "kyc_required" in plan.flags

    def kyc(self, plan: Plan) -> None:
        """Check the KYC level on chain; the refusal comes in the plan's language."""
        try:
            from ledgerlm.identity.policy import gate_action
        except ImportError:  # pragma: no cover - identity ships with the project
            raise PolicyViolation("KYC is required but the identity module is not installed") from None
        action = self.kyc_action(plan)
        if action is not None:
            status = gate_action(action, plan.sender, self.chain, lang=plan.lang)  # type: ignore[arg-type]
        else:
            from ledgerlm.identity.policy import require_kyc

            status = require_kyc(plan.sender, None, self.chain, lang=plan.lang)
        note = getattr(status, "note", None)
        if note and note not in plan.notes:  # e.g. "KYC: dev attestation from the local dev issuer" on local chains
            plan.notes.append(note)

    def _send(self, step: Step) -> TxResult:
        return self.chain.send(step.tx(), sender=self.account, expect_events=step.expect_events)

    def simulate(self, plan: Plan) -> int:
        """Dry-run every step on an isolated copy of the chain (:func:`ledgerlm.chain.fork.isolated_fork`: an
        ``anvil --fork-url`` of a node, a private snapshot of the in-process chain); a revert raises with the step
        that failed. The user's chain is never written to, so a transaction another process sends meanwhile stays.
        Where no fork can be made (anvil not installed), each step is gas-estimated instead, and a plan note says
        so. Returns the gas the steps used (fork) or are estimated to use (estimates)."""
        from ledgerlm.chain.fork import ForkUnavailable, isolated_fork

        if plan.contract_plan is not None:
            return 0  # the contract pipeline compiles, analyses and self-tests on a scratch chain itself
        with contextlib.ExitStack() as stack:
            try:
                sim = stack.enter_context(isolated_fork(self.chain))
            except ForkUnavailable as exc:
                _note(plan, CATALOGUE.both("simulated_by_estimate", reason=exc.message))
                return self._estimate_steps(plan)
            gas = 0
            for i, step in enumerate(plan.steps, 1):
                try:
                    gas += sim.send(step.tx(), sender=self.account, expect_events=step.expect_events).gas_used
                except LedgerError as exc:
                    raise _annotate(exc, i, step, plan.lang) from None
            return gas

    def _estimate_steps(self, plan: Plan) -> int:
        """The fallback without a fork: ``eth_estimateGas`` per step, up to the first approval (later steps depend
        on the approval's state, so their estimate would be meaningless now)."""
        gas = 0
        for i, step in enumerate(plan.steps, 1):
            try:
                gas += self.chain.estimate(step.tx(), self.account.address)
            except LedgerError as exc:
                raise _annotate(exc, i, step, plan.lang) from None
            if step.kind == "approve":
                break
        return gas

    def _run(self, plan: Plan) -> Outcome:
        self._checks(plan)
        if plan.contract_plan is not None:
            return self._create_contract(plan)
        self.simulate(plan)
        mined: list[tuple[Step, TxResult]] = []
        for i, step in enumerate(plan.steps, 1):
            try:
                mined.append((step, self._send(step)))
            except LedgerError as exc:
                self._audit(plan, mined, failed=f"step {i}: {exc}")
                if not mined:
                    raise
                done = [{"step": s.description, "tx_hash": r.tx_hash} for s, r in mined]
                lang = plan.lang
                sep = say("list_separator", lang)
                left = sep.join(say("mined_step", lang, step=pick(lang, s.description), tx=r.tx_hash) for s, r in mined)
                raise PartiallyExecuted(
                    say(
                        "partially_executed",
                        lang,
                        index=i,
                        total=len(plan.steps),
                        step=pick(lang, step.description),
                        error=exc,
                        left=left,
                    ),
                    mined=done,
                    hint=say("partially_executed_hint", lang),
                ) from exc
        hashes = [r.tx_hash for _, r in mined]
        if plan.moves_money and plan.usd_value:
            policy.record_spend(plan.usd_value, hashes[-1])
        gas = sum(r.gas_used for _, r in mined)
        fee_wei = sum(r.fee_wei for _, r in mined)
        events = [e for _, r in mined for e in r.events]
        outcome = Outcome(
            plan.plan_id,
            True,
            hashes,
            gas,
            (Decimal(fee_wei) / Decimal(10**18)).normalize(),
            events=jsonable(events),
            summary={lang: say("list_separator", lang).join(s.description[lang] for s in plan.steps) for lang in LANGS},
        )
        outcome.audit_id = self._audit(plan, mined)
        return outcome

    def _create_contract(self, plan: Plan) -> Outcome:
        """Hand a confirmed contract plan to the contract pipeline (its deployment is its own signing step)."""
        from ledgerlm.contracts.pipeline import create_contract

        result = create_contract(plan.contract_plan, chain=self.chain, confirm=lambda _p: True)
        dep = result.deployment
        outcome = Outcome(
            plan.plan_id,
            True,
            [dep.tx_hash],
            int(dep.gas_used or 0),
            Decimal(0),
            summary=CATALOGUE.both("deployed", kind=dep.kind, address=dep.address, id=dep.id),
        )
        outcome.audit_id = self._audit(plan, [], deployment=result.to_dict())
        return outcome

    def _audit(
        self,
        plan: Plan,
        mined: list[tuple[Step, TxResult]],
        *,
        failed: str | None = None,
        deployment: dict[str, Any] | None = None,
    ) -> int | None:
        output = {
            "plan": plan.to_data(),
            "completed": failed is None,
            "txs": [
                {"step": s.kind, "tx_hash": r.tx_hash, "gas_used": r.gas_used, "block": r.block_number}
                for s, r in mined
            ],
        }
        if failed:
            output["failure"] = failed
        if deployment:
            output["deployment"] = deployment
        hashes = [r.tx_hash for _, r in mined] + ([deployment["tx_hash"]] if deployment else [])
        return audit_record("assistant.executor", plan.request, output, tx_hashes=hashes, kind=plan.intent)


def audit_record(
    component: str, raw_input: Any, output: Any, *, tx_hashes: list[str] | tuple[str, ...] = (), kind: str | None = None
) -> int | None:
    """Log one decision in the audit trail (``ledgerlm.audit``); returns the record id."""
    try:
        from ledgerlm import audit

        record = getattr(audit, "record", None)
    except ImportError:
        record = None
    if record is None:
        try:
            from ledgerlm.audit.log import AuditLog
        except ImportError:  # pragma: no cover - audit ships with the project
            return None
        with AuditLog() as log:
            rec = log.append(
                component, raw_input, jsonable(output), tx_hashes=list(tx_hashes), kind=kind, model="ledgerlm.assistant"
            )
    else:
        rec = record(
            component, raw_input, jsonable(output), tx_hashes=list(tx_hashes), kind=kind, model="ledgerlm.assistant"
        )
    return int(getattr(rec, "id", 0) or 0) or None


def _note(plan: Plan, note: dict[str, str]) -> None:
    if note not in plan.notes:
        plan.notes.append(note)


def _annotate(exc: LedgerError, index: int, step: Step, lang: str) -> LedgerError:
    """Say which step's simulation failed, in the plan's language, keeping the decoded revert reason."""
    from ledgerlm.assistant.core import pick_lang
    from ledgerlm.errors import ContractReverted

    where = say("simulation_failed", lang, index=index, step=pick(lang, step.description))
    if isinstance(exc, ContractReverted):
        return ContractReverted(f"{exc.reason} {where}", data=exc.data)
    exc.message = f"{pick_lang(exc.message, lang)} {where}"
    return exc


def jsonable(value: Any) -> Any:
    """Plain JSON values: Decimals as strings (never floats), bytes as 0x-hex."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, bytes):
        return "0x" + value.hex()
    if isinstance(value, int | str | bool | float) or value is None:
        return value
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "hex") and callable(value.hex):
        try:
            return "0x" + bytes(value).hex()
        except Exception:  # noqa: BLE001
            return str(value)
    return str(value)


__all__ = ["ChainError", "Executor", "PartiallyExecuted", "audit_record"]
