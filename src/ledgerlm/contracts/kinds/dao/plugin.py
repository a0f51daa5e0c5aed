"""DAO plugin: three contracts (votes token, timelock treasury, governor) and the role wiring between them, declared
as one ordered deployment; the self-test runs a whole proposal's life against the Python reference."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

from ledgerlm import units
from ledgerlm.contracts.kinds import base
from ledgerlm.contracts.kinds.base import (
    ZERO_ADDRESS,
    AddressOf,
    BuildContext,
    CallStep,
    DeploymentPlan,
    DeployStep,
    ExplainFacts,
    Explanation,
    KindPlugin,
    check,
    expect_revert,
)
from ledgerlm.contracts.kinds.dao import explainer, reference, template
from ledgerlm.errors import SpecError

TOKEN_DECIMALS = 18
ROLES = ("PROPOSER_ROLE", "CANCELLER_ROLE", "EXECUTOR_ROLE")


def role_id(name: str) -> bytes:
    """OpenZeppelin AccessControl role ids: keccak256 of the role's name; DEFAULT_ADMIN_ROLE is zero."""
    if name == "DEFAULT_ADMIN_ROLE":
        return b"\x00" * 32
    from eth_utils import keccak

    return bytes(keccak(text=name))


def holder_amounts(spec: Any, holders: list[str]) -> list[int]:
    supply = units.to_base_units(spec.supply, TOKEN_DECIMALS, field="supply")
    shares = list(spec.holder_shares) if spec.holder_shares is not None else None
    if shares is None:
        if len(holders) != 1:
            raise SpecError("holder_shares", f"{len(holders)} holders but no split of the supply")
        shares = [Decimal(100)]
    if len(shares) != len(holders):
        raise SpecError("holder_shares", f"{len(shares)} shares for {len(holders)} holders")
    return reference.allocation(supply, shares)


class DaoPlugin(KindPlugin):
    kind = "dao"
    template: ClassVar[Any] = template
    party_roles = ("holders",)

    def constructor_args(self, spec: Any, ctx: BuildContext) -> list[Any]:
        """The governor's own arguments (the deployment plan holds every contract's)."""
        step = next(s for s in self.deployment(spec, ctx).steps if s.name == "governor")
        return list(step.args)

    def deployment(self, spec: Any, ctx: BuildContext) -> DeploymentPlan:
        holders = base.distinct_addresses(ctx, "holders")
        amounts = holder_amounts(spec, holders)
        name = spec.token_name()
        threshold = units.to_base_units(
            spec.proposal_threshold or Decimal(0), TOKEN_DECIMALS, field="proposal_threshold"
        )
        steps: tuple[DeployStep | CallStep, ...] = (
            DeployStep("token", template.TOKEN, (name, spec.symbol, holders, amounts)),
            DeployStep(
                "timelock",
                template.TIMELOCK,
                (reference.seconds(spec.timelock_delay_days), [], [ZERO_ADDRESS], ctx.deployer),
            ),
            DeployStep(
                "governor",
                template.GOVERNOR,
                (
                    f"{name} Governor",
                    AddressOf("token"),
                    AddressOf("timelock"),
                    reference.seconds(spec.voting_delay()),
                    reference.seconds(spec.voting_period_days),
                    threshold,
                    int(spec.quorum_pct),
                ),
            ),
            CallStep(
                "grant-proposer",
                "timelock",
                "grantRole",
                (role_id("PROPOSER_ROLE"), AddressOf("governor")),
                ("RoleGranted",),
            ),
            CallStep(
                "grant-canceller",
                "timelock",
                "grantRole",
                (role_id("CANCELLER_ROLE"), AddressOf("governor")),
                ("RoleGranted",),
            ),
            CallStep(
                "renounce-admin",
                "timelock",
                "renounceRole",
                (role_id("DEFAULT_ADMIN_ROLE"), ctx.deployer),
                ("RoleRevoked",),
            ),
        )
        return DeploymentPlan(steps, primary="governor")

    def assumptions(self, spec: Any) -> list[str]:
        out = []
        if spec.name is None:
            out.append(f"name not stated: the DAO and its token are called '{spec.token_name()}'")
        if spec.voting_delay_days is None:
            out.append("voting delay not stated: voting opens 1 day after a proposal is made (its vote snapshot)")
        if spec.proposal_threshold is None:
            out.append("proposal threshold not stated: any holder with delegated votes may propose (threshold 0)")
        if spec.holders is None and spec.holder_shares is None:
            out.append("holders not stated: the whole supply is minted to you; hand tokens out to share the votes")
        return out

    def deployed(self, chain: Any, addresses: dict[str, str], spec: Any, ctx: BuildContext, block: int) -> None:
        """Register the DAO with ``ledgerlm.governance``, so `ledgerlm dao status|propose|vote...` drive it."""
        from ledgerlm.governance.dao import Dao, remember

        holders = list(ctx.parties["holders"])
        shares = list(spec.holder_shares) if spec.holder_shares is not None else [Decimal(100)]
        remember(
            chain,
            Dao(
                addresses["governor"],
                addresses["token"],
                addresses["timelock"],
                int(chain.chain_id),
                dao_spec(spec, tuple(zip(holders, shares, strict=True))),
                block,
            ),
        )

    # -- the self-test: a whole proposal's life on a scratch chain ----------------------------------------------
    def self_test(self, chain: Any, artifact: Any, spec: Any, ctx: BuildContext) -> list[str]:
        from ledgerlm.contracts import multideploy

        self.deployment(spec, ctx)  # the real holders and amounts must be valid before stand-ins play them
        ctx, substituted = base.keyed_context(chain, ctx)
        arts = template.artifacts()
        plan = self.deployment(spec, ctx)
        addresses, _ = multideploy.run(chain, plan, arts)
        token = chain.contract(addresses["token"], arts[template.TOKEN].abi).functions
        tl = chain.contract(addresses["timelock"], arts[template.TIMELOCK].abi).functions
        gov = chain.contract(addresses["governor"], arts[template.GOVERNOR].abi).functions
        holders = list(ctx.parties["holders"])
        amounts = holder_amounts(spec, holders)
        supply = units.to_base_units(spec.supply, TOKEN_DECIMALS, field="supply")
        passed: list[str] = []
        check(chain.call(token.totalSupply()) == supply, "supply", "totalSupply differs from the request")
        got = [int(chain.call(token.balanceOf(h))) for h in holders]
        check(got == amounts, "holders", f"balances {got} != {amounts}")
        passed.append(
            f"token: {spec.symbol} supply and {len(holders)} holder balance(s) as requested"
            + (" (dev accounts stand in for the holders)" if substituted else "")
        )
        delay, period = reference.seconds(spec.voting_delay()), reference.seconds(spec.voting_period_days)
        tl_delay = reference.seconds(spec.timelock_delay_days)
        settings = (
            int(chain.call(gov.votingDelay())),
            int(chain.call(gov.votingPeriod())),
            int(chain.call(gov.proposalThreshold())),
            int(chain.call(gov.quorumNumerator())),
            int(chain.call(tl.getMinDelay())),
        )
        want = (delay, period, units.to_base_units(spec.proposal_threshold or 0, 18), int(spec.quorum_pct), tl_delay)
        check(settings == want, "governor settings", f"{settings} != {want}")
        passed.append("governor: voting delay, voting period, threshold, quorum and timelock delay as requested")
        roles_ok = (
            chain.call(tl.hasRole(role_id("PROPOSER_ROLE"), addresses["governor"]))
            and chain.call(tl.hasRole(role_id("CANCELLER_ROLE"), addresses["governor"]))
            and chain.call(tl.hasRole(role_id("EXECUTOR_ROLE"), ZERO_ADDRESS))
            and not chain.call(tl.hasRole(role_id("DEFAULT_ADMIN_ROLE"), ctx.deployer))
            and not chain.call(tl.hasRole(role_id("PROPOSER_ROLE"), ctx.deployer))
            and chain.call(tl.hasRole(role_id("DEFAULT_ADMIN_ROLE"), addresses["timelock"]))
        )
        check(bool(roles_ok), "roles", "the timelock's roles are not wired as planned")
        passed.append("roles: only the governor proposes and cancels, anyone executes after the delay, no admin left")
        treasury = addresses["timelock"]
        chain.send_eth(treasury, 10**18 + 7, sender=chain.account(ctx.deployer))
        outsider = next(a.address for a in chain.dev_accounts if a.address not in holders and a.address != ctx.deployer)
        payee = next(
            a.address for a in reversed(chain.dev_accounts) if a.address not in holders and a.address != outsider
        )
        salt = b"\x00" * 32
        for who in (ctx.deployer, outsider):
            expect_revert(
                lambda who=who: chain.transact(
                    tl.schedule(payee, 10**18, b"", salt, salt, tl_delay), sender=chain.account(who)
                ),
                "treasury",
            )
            expect_revert(
                lambda who=who: chain.transact(tl.execute(payee, 10**18, b"", salt, salt), sender=chain.account(who)),
                "treasury",
            )
        check(chain.balance(treasury) == 10**18 + 7, "treasury", "the balance moved without a proposal")
        passed.append("treasury: neither the deployer nor an outsider can schedule or execute a payment")
        passed += self._lifecycle(chain, gov, token, holders, amounts, treasury, payee, spec)
        return passed

    def _lifecycle(
        self,
        chain: Any,
        gov: Any,
        token: Any,
        holders: list[str],
        amounts: list[int],
        treasury: str,
        payee: str,
        spec: Any,
    ) -> list[str]:
        """Everyone delegates to the first holder, who proposes two payments and votes For the first only: the
        first succeeds, waits out the timelock and pays exactly; the second misses the quorum and cannot be queued."""
        lead = holders[0]
        for h in holders:
            chain.transact(token.delegate(lead), sender=chain.account(h), expect_events=("DelegateVotesChanged",))
        _advance(chain, 1)
        amount = 10**17 + 3
        proposals = []
        for i, value in enumerate((amount, 5)):
            desc = f"ledgerlm self-test payment {i + 1}"
            result = chain.transact(
                gov.propose([payee], [value], [b""], desc),
                sender=chain.account(lead),
                expect_events=("ProposalCreated",),
            )
            from eth_utils import keccak

            proposals.append((int(result.event("ProposalCreated")["args"]["proposalId"]), value, keccak(text=desc)))
        pid, _, desc_hash = proposals[0]
        expect_revert(lambda: chain.transact(gov.castVote(pid, 1), sender=chain.account(lead)), "no early votes")
        snapshot = int(chain.call(gov.proposalSnapshot(pid)))
        _advance(chain, reference.seconds(spec.voting_delay()) + 1)
        want_power = reference.voting_power(dict(zip(holders, amounts, strict=True)), dict.fromkeys(holders, lead))
        got_power = int(chain.call(gov.getVotes(lead, snapshot)))
        check(got_power == want_power[lead], "votes at the snapshot", f"{got_power} != {want_power[lead]}")
        chain.transact(gov.castVote(pid, 1), sender=chain.account(lead), expect_events=("VoteCast",))
        _advance(chain, reference.seconds(spec.voting_period_days) + 1)
        states = [int(chain.call(gov.state(p))) for p, _, _ in proposals]
        quorum_votes = reference.quorum(int(chain.call(token.getPastTotalSupply(snapshot))), int(spec.quorum_pct))
        want_states = [reference.outcome(got_power, 0, 0, quorum_votes), reference.outcome(0, 0, 0, quorum_votes)]
        names = ("Pending", "Active", "Canceled", "Defeated", "Succeeded", "Queued", "Expired", "Executed")
        check([names[s] for s in states] == want_states, "outcome", f"{[names[s] for s in states]} != {want_states}")
        _, value2, desc2 = proposals[1]
        expect_revert(
            lambda: chain.transact(gov.queue([payee], [value2], [b""], desc2), sender=chain.account(lead)),
            "a defeated proposal cannot be queued",
        )
        result = chain.transact(gov.queue([payee], [amount], [b""], desc_hash), expect_events=("ProposalQueued",))
        eta = int(chain.call(gov.proposalEta(pid)))
        queued_at = int(chain.w3.eth.get_block(result.block_number)["timestamp"])
        check(eta == reference.executable_at(queued_at, reference.seconds(spec.timelock_delay_days)), "eta", str(eta))
        before_payee, before_treasury = chain.balance(payee), chain.balance(treasury)
        if eta > chain.now() + 1:
            expect_revert(
                lambda: chain.transact(gov.execute([payee], [amount], [b""], desc_hash)),
                "no execution before the timelock delay",
            )
        _advance(chain, max(0, eta - chain.now()) + 1)
        chain.transact(gov.execute([payee], [amount], [b""], desc_hash), expect_events=("ProposalExecuted",))
        check(chain.balance(payee) - before_payee == amount, "payment", "the payee did not get exactly the amount")
        check(before_treasury - chain.balance(treasury) == amount, "payment", "the treasury did not pay exactly")
        return [
            f"votes at the snapshot equal the delegated balances ({len(holders)} holder(s) delegating)",
            "a proposal with quorum and a majority succeeds; one without quorum is defeated and cannot be queued",
            "the passed proposal executes only after the timelock delay and pays the payee exactly "
            f"{amount} wei from the treasury",
        ]

    def read_state(self, chain: Any, address: str, abi: list[dict[str, Any]]) -> dict[str, Any]:
        arts = template.artifacts()
        gov = chain.contract(address, abi).functions
        state: dict[str, Any] = {"governor": address}
        for name in (
            "name",
            "votingDelay",
            "votingPeriod",
            "proposalThreshold",
            "quorumNumerator",
            "timelock",
            "token",
        ):
            state[name] = chain.call(getattr(gov, name)())
        token = chain.contract(state["token"], arts[template.TOKEN].abi).functions
        tl = chain.contract(state["timelock"], arts[template.TIMELOCK].abi).functions
        state["symbol"] = chain.call(token.symbol())
        state["token_name"] = chain.call(token.name())
        state["total_supply"] = int(chain.call(token.totalSupply()))
        state["timelock_delay"] = int(chain.call(tl.getMinDelay()))
        state["treasury_wei"] = chain.balance(state["timelock"])
        state["governor_is_proposer"] = bool(chain.call(tl.hasRole(role_id("PROPOSER_ROLE"), address)))
        state["open_execution"] = bool(chain.call(tl.hasRole(role_id("EXECUTOR_ROLE"), ZERO_ADDRESS)))
        return state

    def explain(self, facts: ExplainFacts, lang: str) -> Explanation:
        return explainer.explain(facts, lang)


def dao_spec(spec: Any, holders: tuple[tuple[str, Decimal], ...]) -> Any:
    """The kind's spec as ``ledgerlm.governance``'s ``DaoSpec`` (seconds instead of days)."""
    from ledgerlm.governance.dao import DaoSpec

    return DaoSpec(
        name=spec.token_name(),
        symbol=str(spec.symbol),
        supply=Decimal(spec.supply),
        quorum_pct=Decimal(spec.quorum_pct),
        voting_period_s=reference.seconds(spec.voting_period_days),
        timelock_delay_s=reference.seconds(spec.timelock_delay_days),
        voting_delay_s=reference.seconds(spec.voting_delay()),
        proposal_threshold=Decimal(spec.proposal_threshold or 0),
        holders=holders,
    )


PLUGIN = DaoPlugin()


def _advance(chain: Any, seconds: int) -> None:
    """Move the clock at least ``seconds`` past the next block's time: on py-evm the pending block can already be
    later than the last one (a slow machine, a reverted snapshot), and travelling to an earlier time is refused."""
    pending = int(chain.w3.eth.get_block("pending")["timestamp"])
    chain.increase_time(int(seconds) + max(0, pending - chain.now()))
