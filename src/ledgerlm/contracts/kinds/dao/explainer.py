"""Explain a DAO: its parameters (from the live chain when read, else the spec) and who can do what, in words."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ledgerlm import units
from ledgerlm.contracts.kinds.base import ExplainFacts, Explanation, describe_functions, findings_in_words, t

DAY = 86400


def _days(seconds: int | None) -> str:
    if seconds is None:
        return "?"
    days = Decimal(seconds) / DAY
    return f"{days.normalize():f}"


def _tokens(base: int | None) -> str:
    if base is None:
        return "?"
    return f"{units.from_base_units(int(base), 18).normalize():,f}"


def _facts(facts: ExplainFacts) -> dict[str, Any]:
    """Each parameter with where it comes from: the chain (``state``) first, the recorded spec otherwise."""
    spec, st = facts.spec, facts.state
    from_chain = bool(st.get("governor"))

    def sec(days: Any) -> int | None:
        return None if days is None else int(Decimal(days) * DAY)

    if from_chain:
        return {
            "source": "chain",
            "name": st.get("token_name"),
            "symbol": st.get("symbol"),
            "supply": st.get("total_supply"),
            "quorum_pct": st.get("quorumNumerator"),
            "voting_delay": st.get("votingDelay"),
            "voting_period": st.get("votingPeriod"),
            "timelock_delay": st.get("timelock_delay"),
            "threshold": st.get("proposalThreshold"),
            "treasury": st.get("timelock"),
            "token": st.get("token"),
            "treasury_wei": st.get("treasury_wei"),
        }
    supply = getattr(spec, "supply", None)
    threshold = getattr(spec, "proposal_threshold", None)
    return {
        "source": "spec",
        "name": spec.token_name() if spec is not None and getattr(spec, "symbol", None) else None,
        "symbol": getattr(spec, "symbol", None),
        "supply": None if supply is None else units.to_base_units(supply, 18),
        "quorum_pct": getattr(spec, "quorum_pct", None),
        "voting_delay": sec(spec.voting_delay()) if spec is not None else None,
        "voting_period": sec(getattr(spec, "voting_period_days", None)),
        "timelock_delay": sec(getattr(spec, "timelock_delay_days", None)),
        "threshold": units.to_base_units(threshold or 0, 18),
        "treasury": facts.parties.get("timelock"),
        "token": facts.parties.get("token"),
        "treasury_wei": None,
    }


def explain(facts: ExplainFacts, lang: str) -> Explanation:
    lang = "zh" if lang == "zh" else "en"
    f = _facts(facts)
    sym = f["symbol"] or "?"
    where = t(
        lang,
        "read from the chain" if f["source"] == "chain" else "from the recorded request (not read from a chain)",
        "读自链上" if f["source"] == "chain" else "来自记录的请求（未读取链上状态）",
    )
    quorum_votes = None
    if f["supply"] is not None and f["quorum_pct"] is not None:
        quorum_votes = int(f["supply"]) * int(f["quorum_pct"]) // 100
    summary = t(
        lang,
        f"A DAO named {f['name'] or '?'}: {_tokens(f['supply'])} {sym} votes in total (no more can ever be minted). "
        f"A proposal opens for voting {_days(f['voting_delay'])} day(s) after it is made (the vote snapshot), stays "
        f"open {_days(f['voting_period'])} day(s), and passes when For + Abstain reach the quorum of "
        f"{f['quorum_pct']}% of the supply ({_tokens(quorum_votes)} {sym}) and For beats Against. A passed proposal "
        f"waits {_days(f['timelock_delay'])} day(s) in the timelock, which holds the treasury, before anyone can "
        f"execute it. Values {where}.",
        f"名为 {f['name'] or '?'} 的 DAO：共 {_tokens(f['supply'])} 枚 {sym} 投票代币（之后不能再增发）。"
        f"提案发起 {_days(f['voting_delay'])} 天后开始投票（投票快照），投票持续 {_days(f['voting_period'])} 天；"
        f"赞成票加弃权票达到总量的 {f['quorum_pct']}%（{_tokens(quorum_votes)} 枚 {sym}）即达到法定人数，"
        f"且赞成多于反对时提案通过。通过的提案在持有金库的时间锁中等待 {_days(f['timelock_delay'])} 天后，"
        f"任何人都可以执行。数值{where}。",
    )
    threshold = _tokens(f["threshold"])
    no_threshold = not f["threshold"]
    roles = {
        t(lang, "token holders", "代币持有人"): t(
            lang,
            f"vote with the {sym} delegated to them at each proposal's snapshot (tokens count only once delegated, "
            "to oneself or another holder); "
            + ("anyone may propose (no threshold)" if no_threshold else f"may propose with at least {threshold} {sym}"),
            f"按每个提案快照时委托给自己的 {sym} 数量投票（代币委托后才计票，可委托给自己或他人）；"
            + (
                "任何人都可以发起提案（无门槛）"
                if no_threshold
                else f"持有至少 {threshold} 枚 {sym} 的投票权即可发起提案"
            ),
        ),
        t(lang, "governor", "治理合约 (Governor)"): t(
            lang,
            f"{facts.state.get('governor') or facts.state.get('address') or ''} the only proposer and canceller of "
            "the timelock: it queues what passed and cancels nothing else".strip(),
            f"{facts.state.get('governor') or facts.state.get('address') or ''} 时间锁唯一的提议者和取消者："
            "只把通过的提案排入时间锁".strip(),
        ),
        t(lang, "timelock (treasury)", "时间锁（金库）"): t(
            lang,
            f"{f['treasury'] or '?'} holds the DAO's funds and executes a passed proposal after its delay; it is its "
            "own admin, so role changes also need a proposal",
            f"{f['treasury'] or '?'} 持有 DAO 资金，延迟期满后执行通过的提案；它是自己的管理员，修改角色也需要提案",
        ),
        t(lang, "anyone", "任何人"): t(
            lang,
            "may queue a succeeded proposal and execute it once the timelock delay has passed",
            "可以把已通过的提案排队，并在时间锁延迟期满后执行",
        ),
        t(lang, "deployer", "部署者"): t(
            lang,
            "no special power after deployment: its admin role on the timelock was renounced",
            "部署后没有任何特权：它在时间锁上的管理员角色已放弃",
        ),
    }
    who = {
        "propose": (
            ("anyone", "任何人")
            if no_threshold
            else (f"a holder of at least {threshold} {sym} of votes", f"投票权不少于 {threshold} 枚 {sym} 的人")
        ),
        "castVote": ("a holder with delegated votes", "持有已委托投票权的人"),
        "castVoteWithReason": ("a holder with delegated votes", "持有已委托投票权的人"),
        "queue": ("anyone, once the proposal succeeded", "任何人（提案通过后）"),
        "execute": ("anyone, after the timelock delay", "任何人（时间锁延迟期满后）"),
        "cancel": ("the proposer, while the proposal is pending", "提案人（提案尚未开始投票时）"),
        "relay": ("only the governance itself (an executed proposal)", "仅治理流程本身（已执行的提案）"),
        "setVotingDelay": ("only an executed proposal", "仅已执行的提案"),
        "setVotingPeriod": ("only an executed proposal", "仅已执行的提案"),
        "setProposalThreshold": ("only an executed proposal", "仅已执行的提案"),
        "updateQuorumNumerator": ("only an executed proposal", "仅已执行的提案"),
        "updateTimelock": ("only an executed proposal", "仅已执行的提案"),
    }
    flows = [
        t(lang, "anyone -> treasury (timelock): ETH or tokens", "任何人 -> 金库（时间锁）：以太币或代币"),
        t(
            lang,
            "treasury -> anywhere: only the actions of a proposal that passed and waited out the timelock",
            "金库 -> 任意地址：只能是已通过并度过时间锁延迟的提案中的操作",
        ),
    ]
    if f["treasury_wei"] is not None:
        flows.append(
            t(
                lang,
                f"the treasury holds {units.from_base_units(int(f['treasury_wei']), 18).normalize():f} ETH now",
                f"金库当前持有 {units.from_base_units(int(f['treasury_wei']), 18).normalize():f} ETH",
            )
        )
    risks = [
        t(
            lang,
            "Whoever controls the quorum and a majority of the delegated votes can pass any action, including "
            "emptying the treasury or changing these rules; the timelock delay is the time others have to react.",
            "控制法定人数和多数已委托投票权的人可以通过任何操作，包括转空金库或修改这些规则；时间锁延迟是其他人应对的时间。",
        ),
        t(
            lang,
            "Undelegated tokens do not vote: a low turnout can let a small group reach the quorum.",
            "未委托的代币不计票：参与率低时，少数人也可能达到法定人数。",
        ),
    ]
    holders = getattr(facts.spec, "holder_shares", None)
    if facts.spec is not None and holders is None:
        risks.append(
            t(
                lang,
                "The whole supply was minted to the deployer: until it hands out tokens, it alone decides every vote.",
                "全部代币都铸造给了部署者：在分发代币之前，它一人决定所有投票。",
            )
        )
    elif holders and max(holders) > 50:
        risks.append(
            t(
                lang,
                f"One initial holder has {max(holders)}% of the supply: alone it can pass any proposal.",
                f"一位初始持有人拥有 {max(holders)}% 的代币：仅凭它就能通过任何提案。",
            )
        )
    risks += findings_in_words(facts.findings, lang)
    return Explanation(
        title=t(lang, f"DAO {f['name'] or ''} ({sym})", f"DAO {f['name'] or ''}（{sym}）"),
        summary=summary,
        lang=lang,
        kind="dao",
        roles=roles,
        functions=describe_functions(facts, lang, who),
        money_flows=flows,
        risks=risks,
    )
