"""``ledgerlm dao ...``: DAOs in plain language - a thin shell over ``ledgerlm.governance``."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import typer

from ledgerlm.cli.options import CHAIN_OPTION, group, yes_option
from ledgerlm.cli.output import JSON_OPTION, console, emit
from ledgerlm.errors import InputError

dao_app = group("DAO governance in plain language / 用自然语言治理 DAO.")

ACCOUNT_OPTION = typer.Option(
    None, "--account", help="Local chains: index of the dev account that signs (0 = default)."
)
YES_OPTION = yes_option("Scripts only: confirm the plan shown without typing its code.")


def _safe(text: Any) -> str:
    from rich.markup import escape

    return escape("".join(ch for ch in str(text) if ch in "\n\t" or (ord(ch) >= 32 and not 0x7F <= ord(ch) <= 0x9F)))


def _chain(name: str | None) -> Any:
    from ledgerlm.chain import connect

    chain = connect(name)
    from ledgerlm.contracts import multideploy

    for line in multideploy.reconcile(chain):  # a DAO create interrupted between its contracts is finished first
        sys.stderr.write(f"note: {_safe(line)}\n")
    return chain


def _sender(chain: Any, index: int | None) -> Any:
    if index is None:
        return None
    if not chain.is_local:
        raise InputError(
            "--account picks a dev account and works on local chains only",
            hint="on a real network the configured keystore account signs",
        )
    if not 0 <= index < len(chain.dev_accounts):
        raise InputError(
            f"--account {index}: there are {len(chain.dev_accounts)} dev accounts",
            hint=f"use 0..{len(chain.dev_accounts) - 1}",
        )
    return chain.dev_accounts[index]


def _confirm(code: str, yes: bool, lang: str) -> None:
    if yes:
        return
    if not sys.stdin.isatty():
        raise InputError(
            "this needs a confirmation typed at a terminal" if lang == "en" else "需要在终端中输入确认码",
            hint="run it in a terminal, or pass --yes in a script that means it",
        )
    console.print(
        f"type [bold]{code}[/] to confirm, anything else cancels / 输入 [bold]{code}[/] 确认，其他任何输入取消"
    )
    if sys.stdin.readline().strip() != code:
        console.print("cancelled: nothing was sent / 已取消，未发送任何交易")
        raise typer.Exit(1)


def _settings(sets: list[str]) -> dict[str, str]:
    out = {}
    for item in sets:
        if "=" not in item:
            raise InputError(f"--set {item!r} needs KEY=VALUE", hint="e.g. --set symbol=GUILD")
        k, v = item.split("=", 1)
        out[k.strip()] = v.strip()
    return out


@dao_app.command("create")
def create_command(
    text: str = typer.Argument(
        ..., help='e.g. "a DAO for the Harbor guild, 1M GUILD votes, 4% quorum, one-week voting, 2-day timelock"'
    ),
    sets: list[str] = typer.Option(
        [],
        "--set",
        help="KEY=VALUE: symbol, name, supply, quorum_pct, voting_period_days, voting_delay_days, timelock_delay_days.",
    ),
    yes: bool = YES_OPTION,
    chain: str | None = CHAIN_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Create a DAO: votes token, Governor and a timelock that holds the treasury.
    创建 DAO：投票代币、Governor 以及持有金库的时间锁。"""
    from ledgerlm.governance.dao import DaoSpec, deploy_dao
    from ledgerlm.governance.extract import read_dao

    reading = read_dao(text)
    zh = reading.lang == "zh"
    for key, value in _settings(sets).items():
        if key.endswith("_days"):
            reading.params[key.removesuffix("_days") + "_s"] = int(Decimal(value) * 86400)
        elif key in ("supply", "quorum_pct"):
            reading.params[key] = Decimal(value)
        elif key in ("symbol", "name"):
            reading.params[key] = value
        else:
            raise InputError(f"--set {key}: unknown DAO setting", hint="see `ledgerlm dao create --help`")
        reading.evidence.pop(key, None)
        reading.questions = [q for q in reading.questions if key.split("_")[0] not in q.lower()]
    missing = [
        k for k in ("symbol", "supply", "quorum_pct", "voting_period_s", "timelock_delay_s") if k not in reading.params
    ]
    if reading.questions or missing:
        for q in reading.questions or [f"missing: {', '.join(missing)}"]:
            sys.stderr.write(f"question: {q}\n")
        raise InputError(
            reading.questions[0] if reading.questions else f"missing: {', '.join(missing)}",
            hint="answer in the request or with --set KEY=VALUE",
        )
    p = reading.params
    spec = DaoSpec(
        name=str(p["name"]),
        symbol=str(p["symbol"]),
        supply=Decimal(p["supply"]),
        quorum_pct=Decimal(p["quorum_pct"]),
        voting_period_s=int(p["voting_period_s"]),
        timelock_delay_s=int(p["timelock_delay_s"]),
        voting_delay_s=int(p["voting_delay_s"]),
    )
    spec.check()
    if not as_json:
        console.print("DAO 设置：" if zh else "DAO settings:")
        for key, value in spec.to_dict().items():
            ev = reading.evidence.get(key)
            where = f"“{_safe(ev.text)}”" if ev else _safe(reading.defaults.get(key, "--set"))
            console.print(f"  {key:18} {_safe(value):>12}   {where}")
    import hashlib

    code = hashlib.sha256(json.dumps(spec.to_dict(), sort_keys=True).encode()).hexdigest()[:6]
    _confirm(code, yes, reading.lang)
    dao = deploy_dao(_chain(chain), spec)
    emit(
        {**dao.to_dict(), "evidence": {k: e.to_dict() for k, e in reading.evidence.items()}},
        as_json,
        lambda d: console.print(
            f"DAO created: governor {d['governor']}, token {d['token']}, treasury (timelock) {d['timelock']}"
        ),
    )


@dao_app.command("list")
def list_command(chain: str | None = CHAIN_OPTION, as_json: bool = JSON_OPTION) -> None:
    """DAOs ledgerlm created on this chain / 列出本链上的 DAO。"""
    from ledgerlm.governance.dao import list_daos

    daos = [d.to_dict() for d in list_daos(_chain(chain))]

    def render(data: dict[str, Any]) -> None:
        if not data["daos"]:
            console.print("no DAO yet / 还没有 DAO")
        for x in data["daos"]:
            console.print(
                f"{_safe(x['spec']['name'])} ({x['spec']['symbol']}): governor {x['governor']} treasury {x['timelock']}"
            )

    emit({"daos": daos}, as_json, render)


@dao_app.command("propose")
def propose_command(
    dao_ref: str = typer.Argument(..., help="The DAO: governor address, token symbol, name, or 'latest'."),
    text: str = typer.Argument(..., help='e.g. "pay 5,000 USDC from the treasury to 0x… for the audit"'),
    actions_file: Path | None = typer.Option(None, "--actions", help="JSON list of typed actions instead of text."),
    yes: bool = YES_OPTION,
    account: int | None = ACCOUNT_OPTION,
    chain: str | None = CHAIN_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Plan a proposal (decoded calldata, risk flags, simulated diff), confirm it, propose it.
    规划提案（解码调用数据、风险提示、模拟状态变化），确认后提交。"""
    from ledgerlm.governance import lifecycle
    from ledgerlm.governance.actions import actions_from_json
    from ledgerlm.governance.dao import find_dao

    c = _chain(chain)
    dao = find_dao(c, dao_ref)
    actions = None
    if actions_file is not None:
        try:
            actions = actions_from_json(json.loads(actions_file.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"cannot read {actions_file}: {exc}", hint="a JSON list of actions") from None
    plan = lifecycle.plan_proposal(c, dao, text, actions)
    if plan.draft.questions:
        for q in plan.draft.questions:
            sys.stderr.write(f"question: {q}\n")
        raise InputError(plan.draft.questions[0], hint="say it in the proposal text and run again")
    if not as_json and plan.review is not None:
        console.print(_safe(plan.review.summary(plan.draft.lang)))
    _confirm(plan.hash[2:8], yes, plan.draft.lang)
    emit(
        {"plan": plan.to_dict(), "result": lifecycle.propose(c, plan, plan.hash, sender=_sender(c, account))},
        as_json,
        lambda d: console.print(f"proposed: id {d['result']['proposal_id']} tx {d['result']['tx_hash']}"),
    )


def _simple(step: str) -> Any:
    def command(
        dao_ref: str = typer.Argument(..., help="The DAO (governor address, symbol, name or 'latest')."),
        proposal_id: str = typer.Argument(..., help="Proposal id."),
        account: int | None = ACCOUNT_OPTION,
        chain: str | None = CHAIN_OPTION,
        as_json: bool = JSON_OPTION,
    ) -> None:
        from ledgerlm.governance import lifecycle
        from ledgerlm.governance.dao import find_dao

        c = _chain(chain)
        dao = find_dao(c, dao_ref)
        pid = _pid(proposal_id)
        fn = getattr(lifecycle, step)
        result = fn(c, dao, pid) if step == "status" else fn(c, dao, pid, sender=_sender(c, account))
        emit(result, as_json, lambda d: console.print(_safe(json.dumps(d, ensure_ascii=False))))

    command.__doc__ = {
        "queue": "Queue a succeeded proposal in the timelock / 将通过的提案排入时间锁。",
        "execute": "Execute a queued proposal after the delay / 延迟期后执行提案。",
    }[step]
    return command


@dao_app.command("status")
def status_command(
    dao_ref: str = typer.Argument("latest", help="The DAO (governor address, symbol, name or 'latest')."),
    proposal_id: str | None = typer.Argument(None, help="A proposal id; without it, the DAO itself."),
    chain: str | None = CHAIN_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """A DAO's rules, treasury, holders and proposals, or one proposal's state, votes, quorum and deadlines.
    DAO 的规则、金库、持有人和提案，或某个提案的状态、票数、法定人数和截止时间。"""
    from ledgerlm.governance import lifecycle
    from ledgerlm.governance.dao import find_dao

    c = _chain(chain)
    dao = find_dao(c, dao_ref)
    if proposal_id is not None:
        result = lifecycle.status(c, dao, _pid(proposal_id))
        emit(result, as_json, lambda d: console.print(_safe(json.dumps(d, ensure_ascii=False))))
        return
    emit(lifecycle.dao_status(c, dao), as_json, _render_status)


def _render_status(d: dict[str, Any]) -> None:
    o = d["on_chain"]
    console.print(
        f"{_safe(o['name'])} ({_safe(o['symbol'])}): governor {d['dao']['governor']}, treasury {o['treasury']}"
    )
    console.print(
        f"  supply {o['total_supply']}  quorum {o['quorum_pct']}%  voting delay {o['voting_delay_s']} s  "
        f"voting period {o['voting_period_s']} s  timelock {o['timelock_delay_s']} s  "
        f"threshold {o['proposal_threshold']}  treasury {o['treasury_eth']} ETH"
    )
    for h in d["holders"]:
        console.print(f"  holder {h['address']}: {h['balance']} tokens, {h['votes']} votes, delegate {h['delegate']}")
    for p in d["proposals"]:
        console.print(f"  proposal {p['proposal_id']}: {p['state']}: {_safe(p['description'])}")
    if not d["proposals"]:
        console.print("  no proposals yet / 还没有提案")
    console.print(f"  ({d['source']})")


def _pid(text: str) -> int:
    try:
        return int(text, 0)
    except ValueError:
        raise InputError(f"{text!r} is not a proposal id", hint="the id printed by `ledgerlm dao propose`") from None


@dao_app.command("vote")
def vote_command(
    dao_ref: str = typer.Argument(...),
    proposal_id: str = typer.Argument(...),
    support: str = typer.Option(..., "--support", help="for | against | abstain (赞成 | 反对 | 弃权)"),
    reason: str = typer.Option("", "--reason"),
    account: int | None = ACCOUNT_OPTION,
    chain: str | None = CHAIN_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Vote on an active proposal / 对进行中的提案投票。"""
    from ledgerlm.governance import lifecycle
    from ledgerlm.governance.dao import find_dao

    c = _chain(chain)
    result = lifecycle.vote(
        c, find_dao(c, dao_ref), _pid(proposal_id), support, sender=_sender(c, account), reason=reason
    )
    emit(result, as_json, lambda d: console.print(f"voted {d['support']} with {d['weight']} votes"))


@dao_app.command("delegate")
def delegate_command(
    dao_ref: str = typer.Argument(...),
    to: str = typer.Argument(..., help="Address to delegate your votes to ('me' = yourself)."),
    account: int | None = ACCOUNT_OPTION,
    chain: str | None = CHAIN_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Delegate voting power (votes count only once delegated) / 委托投票权。"""
    from ledgerlm.governance import lifecycle
    from ledgerlm.governance.dao import find_dao
    from ledgerlm.language.addresses import validate_address

    c = _chain(chain)
    signer = _sender(c, account) or c.default_account
    target = signer.address if to.lower() in ("me", "self", "我", "自己") else validate_address(to)
    emit(
        lifecycle.delegate(c, find_dao(c, dao_ref), target, sender=signer),
        as_json,
        lambda d: console.print(f"delegated to {d['delegate']}"),
    )


@dao_app.command("advance")
def advance_command(
    days: float = typer.Argument(..., help="Days to move the local chain's clock forward."),
    chain: str | None = CHAIN_OPTION,
) -> None:
    """Local chains only: move the clock forward (to reach voting and timelock deadlines in tests and demos).
    仅限本地链：将时钟向前拨。"""
    c = _chain(chain)
    if not c.is_local:
        raise InputError("only a local chain's clock can be moved", hint="on real networks, wait")
    c.increase_time(int(days * 86400))
    console.print(f"chain time is now {c.now()}")


def register(app: typer.Typer) -> None:
    for step in ("queue", "execute"):
        dao_app.command(step)(_simple(step))
    app.add_typer(dao_app, name="dao")
