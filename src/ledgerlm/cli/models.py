"""``ledgerlm models ...``: the AI model and data registry - a thin shell over ``ledgerlm.registry.api``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from ledgerlm.cli.options import CHAIN_OPTION, JSON_OPTION, chain_option, group, yes_option
from ledgerlm.cli.output import console, emit
from ledgerlm.errors import InputError

models_app = group(help="AI model and data registry / AI 模型与数据注册表.", no_args_is_help=True)


def _chain(name: str | None) -> Any:
    from ledgerlm.chain import connect

    return connect(name)


def _safe(text: Any) -> str:
    from rich.markup import escape

    raw = "".join(ch for ch in str(text) if ch in "\n\t" or (ord(ch) >= 32 and not 0x7F <= ord(ch) <= 0x9F))
    return escape(raw)


def _render_entry(e: dict[str, Any]) -> None:
    state = "deprecated" if e["deprecated_at"] else "active"
    price = e["price"]
    console.print(f"[bold]{_safe(e['name'])}[/] {_safe(e['version'])}  ({e['kind']}, {_safe(e['licence'])}, {state})")
    console.print(f"  id        {e['id']}\n  owner     {e['owner_did']}\n  manifest  {e['manifest_hash']}")
    if e["parent"]:
        console.print(f"  parent    {e['parent']}")
    if price:
        per = "use" if not price["period_seconds"] else f"{price['period_seconds'] // 86400} days"
        console.print(f"  price     {price['amount']} {price['token']} per {per}")


@models_app.command("register")
def register_command(
    path: Path = typer.Argument(..., help="A model or data file, or a folder of them."),
    kind: str = typer.Option(..., "--kind", help="model | dataset"),
    licence: str = typer.Option(..., "--licence", "--license", help="SPDX licence id, e.g. MIT, CC-BY-4.0."),
    card: Path | None = typer.Option(None, "--card", help="Model or data card file (its sha256 is registered)."),
    price: str | None = typer.Option(None, "--price", help='Price of access: "0.01 ETH", "5 USDC/use", "1 ETH/30d".'),
    name: str | None = typer.Option(None, "--name", help="Entry name (default: the file or folder name)."),
    version: str | None = typer.Option(None, "--version", help="Version (default: sha- + manifest hash prefix)."),
    parent: str | None = typer.Option(None, "--parent", help="Registry id of the entry this one derives from."),
    chain: str | None = CHAIN_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Register a model or data set: its manifest hash, card, licence and lineage go on chain.
    注册模型或数据集：清单哈希、说明卡、许可证和来源上链。"""
    from ledgerlm.registry import api

    entry = api.register(
        path,
        kind=kind,
        licence=licence,
        card=card,
        price=price,
        name=name,
        version=version,
        parent=parent,
        chain=_chain(chain),
    )
    emit(entry.to_dict(), as_json, _render_entry)


@models_app.command("list")
def list_command(
    chain: str | None = CHAIN_OPTION,
    own: bool = typer.Option(False, "--own", help="Register ledgerlm's own models on this chain first."),
    as_json: bool = JSON_OPTION,
) -> None:
    """List the registry's entries / 列出注册表条目。"""
    from ledgerlm.registry import api

    c = _chain(chain)
    if own:
        api.ensure_registered(c)
    entries = [e.to_dict() for e in api.list_entries(c)]

    def render(rows: list[dict[str, Any]]) -> None:
        if not rows:
            console.print("no entries yet / 还没有条目 (ledgerlm models list --own registers ledgerlm's own)")
        for row in rows:
            _render_entry(row)

    emit({"entries": entries}, as_json, lambda d: render(d["entries"]))


@models_app.command("show")
def show_command(
    entry_id: str = typer.Argument(..., help="Registry id (0x + 64 hex)."),
    chain: str | None = CHAIN_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Show one entry / 显示一个条目。"""
    from ledgerlm.registry import api

    emit(api.get_entry(_chain(chain), entry_id).to_dict(), as_json, _render_entry)


@models_app.command("verify")
def verify_command(
    entry_id: str = typer.Argument(..., help="Registry id."),
    path: Path | None = typer.Option(None, "--path", help="Local files to check (default: where it was registered)."),
    chain: str | None = CHAIN_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Recompute the local manifest and compare it with the chain, naming every file that differs.
    重新计算本地清单并与链上比对，列出每个不同的文件。"""
    from ledgerlm.registry import api

    report = api.verify(_chain(chain), entry_id, path)

    def render(r: dict[str, Any]) -> None:
        if r["ok"]:
            console.print(f"ok: {_safe(r['path'])} matches the registered manifest {r['chain_manifest_hash']}")
            return
        console.print(
            f"[red]differs[/]: {_safe(r['path'])} hashes to {r['local_manifest_hash']}, the chain holds "
            f"{r['chain_manifest_hash']}"
        )
        for d in r["differences"]:
            console.print(f"  {d['change']:8} {_safe(d['path'])}")
        if r["note"]:
            console.print(f"  {r['note']}")

    emit(report.to_dict(), as_json, render)
    if not report.ok:
        raise typer.Exit(1)


@models_app.command("deprecate")
def deprecate_command(
    entry_id: str = typer.Argument(...), chain: str | None = CHAIN_OPTION, as_json: bool = JSON_OPTION
) -> None:
    """Deprecate an entry you own: it sells nothing and later decisions with it do not verify.
    弃用您拥有的条目。"""
    from ledgerlm.registry import api

    emit(api.deprecate(_chain(chain), entry_id).to_dict(), as_json, _render_entry)


@models_app.command("price")
def price_command(
    entry_id: str = typer.Argument(...),
    price: str = typer.Argument(..., help='e.g. "0.01 ETH/use"'),
    chain: str | None = CHAIN_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Set the price of access to an entry you own / 设置访问价格。"""
    from ledgerlm.registry import api

    emit(api.set_price(_chain(chain), entry_id, price).to_dict(), as_json, _render_entry)


@models_app.command("buy")
def buy_command(
    entry_id: str = typer.Argument(...),
    units: int = typer.Option(1, "--units", help="Uses (or periods) to buy."),
    yes: bool = yes_option("Scripts only: confirm the plan without typing its code."),
    chain: str | None = CHAIN_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Buy access: the plan is shown first and runs only when you type its code (or pass --yes in scripts).
    购买访问权：先显示计划，输入计划代码后才执行。"""
    from ledgerlm.registry import api

    c = _chain(chain)
    plan = api.plan_purchase(c, entry_id, units)
    if not yes:
        if not sys.stdin.isatty():
            raise InputError(
                "a purchase needs a confirmation typed at a terminal",
                hint="run it in a terminal, or pass --yes in a script that means it",
            )
        console.print(
            f"[bold]plan[/]: buy {units} x {_safe(plan.entry_name)} for {plan.total} "
            f"{_safe(plan.price.token)} from {plan.buyer} on chain {plan.chain_id}"
        )
        console.print(f"type the code [bold]{plan.code}[/] to confirm, anything else cancels / 输入代码确认")
        answer = sys.stdin.readline().strip()
        if answer != plan.code:
            console.print("cancelled: nothing was paid / 已取消，未付款")
            raise typer.Exit(1)
    emit(
        {"plan": plan.to_dict(), "result": api.buy(c, plan, plan.hash)},
        as_json,
        lambda d: console.print(f"bought: tx {d['result']['tx_hash']}"),
    )


@models_app.command("withdraw")
def withdraw_command(
    token: str = typer.Option("ETH", "--token", help="ETH or an ERC-20 address."),
    chain: str | None = CHAIN_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Withdraw your sales revenue / 提取销售收入。"""
    from ledgerlm.registry import api

    emit(api.withdraw(_chain(chain), token), as_json, lambda d: console.print(f"withdrawn: tx {d['tx_hash']}"))


@models_app.command("verify-decision")
def verify_decision_command(
    proof_file: Path = typer.Argument(..., help="A proof from `ledgerlm audit prove ID --json`."),
    chain: str | None = chain_option("Also check the registry on this chain."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Check that an audited decision was made by a registered, non-deprecated model version.
    验证审计决策由已注册且未弃用的模型版本作出。"""
    from ledgerlm.registry.decisions import verify_decision

    try:
        proof = json.loads(proof_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read the proof {proof_file}: {exc}", hint="pass a JSON proof file") from None
    if not isinstance(proof, dict) or not isinstance(proof.get("record"), dict):
        raise InputError(
            f"{proof_file} is not an audit proof (a JSON object with a record)",
            hint="make one with `ledgerlm audit prove ID --json > proof.json`",
        )
    result = verify_decision(proof, chain=_chain(chain) if chain else None)

    def render(r: dict[str, Any]) -> None:
        head = "[green]ok[/]" if r["ok"] else "[red]not verified[/]"
        console.print(f"{head}: model {r['model_id']} manifest {r['manifest_hash']} signer {r['signer']}")
        for e in r["errors"]:
            console.print(f"  {_safe(e)}")
        if r["note"]:
            console.print(f"  {r['note']}")

    emit(result.to_dict(), as_json, render)
    if not result.ok:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.add_typer(models_app, name="models")
