"""``ledgerlm node``, ``ledgerlm account`` and ``ledgerlm contacts``: the managed chain, keys and address book."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import typer
from rich.table import Table

from ledgerlm.cli.options import JSON_OPTION, chain_option, command, group, yes_option
from ledgerlm.cli.output import console, emit, err_console
from ledgerlm.inert import inert

if TYPE_CHECKING:
    from ledgerlm.chain import anvil

node_app = group(help="The managed local anvil node (state persists in the data dir).", no_args_is_help=True)
account_app = group(help="Encrypted keystore accounts for real networks.", no_args_is_help=True)
contacts_app = group(help="Address book: names for addresses.", no_args_is_help=True)


def _node_dict(info: anvil.NodeInfo | None) -> dict[str, Any]:
    if info is None:
        return {"running": False}
    return {"running": True, **info.to_dict()}


@node_app.command("start")
def node_start(as_json: bool = JSON_OPTION) -> None:
    """Start anvil on 127.0.0.1 (a free port) if it is not running."""
    from ledgerlm.chain import anvil

    report = anvil.start()
    if report.message:
        err_console.print(f"[yellow]warning:[/] {report.message}")
    data = {
        **_node_dict(report.node),
        "started": report.started,
        "recovered_from_crash": report.recovered_from_crash,
        "message": report.message,
    }

    def render(d: dict[str, Any]) -> None:
        state = "started" if d["started"] else "already running"
        console.print(f"{state}: {d['url']} (chain id {d['chain_id']}, pid {d['pid']})")

    emit(data, as_json, render)


@node_app.command("stop")
def node_stop(as_json: bool = JSON_OPTION) -> None:
    """Stop the managed node by its PID; it dumps its state first."""
    from ledgerlm.chain import anvil

    stopped = anvil.stop()
    emit({"stopped": stopped}, as_json, lambda d: console.print("stopped" if stopped else "not running"))


@node_app.command("status")
def node_status(as_json: bool = JSON_OPTION) -> None:
    """Is the managed node running, and where."""
    from ledgerlm.chain import anvil

    data = _node_dict(anvil.status())
    emit(
        data,
        as_json,
        lambda d: console.print(
            f"running: {d['url']} (chain id {d['chain_id']}, pid {d['pid']})" if d["running"] else "not running"
        ),
    )


@node_app.command("reset")
def node_reset(yes: bool = yes_option("Do not ask.")) -> None:
    """Stop the node and delete its state: every local deployment is gone."""
    from ledgerlm.chain import anvil

    if not yes and not typer.confirm("Delete the local chain's state?"):
        raise typer.Exit(1)
    anvil.reset()
    console.print("local chain state deleted")


@account_app.command("new")
def account_new(name: str, as_json: bool = JSON_OPTION) -> None:
    """Create an encrypted keystore account (password from LEDGERLM_PASSWORD or a prompt)."""
    from ledgerlm.chain import keystore

    address = keystore.create_account(name)
    emit({"name": name, "address": address}, as_json, lambda d: console.print(f"{name}: {address}"))


@account_app.command("list")
def account_list(as_json: bool = JSON_OPTION) -> None:
    """List keystore accounts (addresses only; keys stay encrypted)."""
    from ledgerlm.chain import keystore

    rows = keystore.list_accounts()

    def render(data: list[dict[str, str]]) -> None:
        table = Table("name", "address")
        for row in data:
            table.add_row(row["name"], row["address"])
        console.print(table)

    emit(rows, as_json, render)


@contacts_app.command("add")
def contacts_add(name: str, address: str, as_json: bool = JSON_OPTION) -> None:
    """Name an address (EIP-55 checksum checked)."""
    from ledgerlm.chain import contacts

    checksummed = contacts.add(name, address)
    emit(
        {"name": name.lower(), "address": checksummed},
        as_json,
        lambda d: console.print(f"{d['name']} = {d['address']}"),
    )


@contacts_app.command("list")
def contacts_list(as_json: bool = JSON_OPTION) -> None:
    from ledgerlm.chain import contacts

    book = contacts.all_contacts()

    def render(data: dict[str, str]) -> None:
        table = Table("name", "address")
        for key, value in data.items():
            table.add_row(key, value)
        console.print(table)

    emit(book, as_json, render)


@contacts_app.command("remove")
def contacts_remove(name: str) -> None:
    from ledgerlm.chain import contacts

    contacts.remove(name)
    console.print(f"removed {name}")


def journal_command(
    chain: str = chain_option("Reconcile against this chain (default: the configured one)."),
    show_all: bool = typer.Option(False, "--all", help="Also list completed and abandoned operations."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Interrupted operations (create: deploy, verify, record, fund, audit) and what each still needs."""
    from ledgerlm.chain import connect, resolve_backend
    from ledgerlm.contracts import registry

    resolve_backend(chain)
    if registry.journal_unfinished():
        connect(chain)  # opening the chain reconciles every interrupted create with it
    rows = [e.to_dict() for e in (registry.journal_all() if show_all else registry.journal_unfinished())]

    def render(data: list[dict[str, Any]]) -> None:
        if not data:
            console.print("nothing unfinished")
            return
        table = Table("id", "op", "kind", "state", "address", "done", "note")
        for row in data:
            table.add_row(
                str(row["id"]),
                row["op"],
                str(row["kind"]),
                row["state"],
                str(row["address"] or "-"),
                ",".join(row["steps_done"]) or "-",
                inert(str(row["note"] or "")),
            )
        console.print(table)

    emit(rows, as_json, render)


def resume_command(
    entry_id: int = typer.Argument(..., help="The journal id (see `ledgerlm journal`)."),
    chain: str = chain_option("The chain the operation ran on (default: configured)."),
    yes: bool = yes_option("Send the missing funding without asking.", short=True),
    as_json: bool = JSON_OPTION,
) -> None:
    """Finish an interrupted create: record it, send its missing funding, write its audit record."""
    from ledgerlm.chain import connect
    from ledgerlm.contracts import journal, registry
    from ledgerlm.errors import InputError

    entry = registry.journal_get(entry_id)
    target = connect(chain or (entry.url if entry.backend == "rpc" else entry.backend))
    entry = registry.journal_get(entry_id)
    if entry.state == "incomplete" and entry.payload.get("fund") and not yes:
        fund = entry.payload["fund"]
        if not typer.confirm(f"Send {fund['amount']} {fund['symbol']} to {entry.address}?", default=False):
            raise InputError("funding not confirmed", hint="pass --yes to send it")
    line = journal.resume(entry_id, target)
    emit(
        {"id": entry_id, "state": registry.journal_get(entry_id).state, "message": line},
        as_json,
        lambda d: console.print(inert(d["message"])),
    )


def register(app: typer.Typer) -> None:
    command(app, "journal")(journal_command)
    command(app, "resume")(resume_command)
    app.add_typer(node_app, name="node")
    app.add_typer(account_app, name="account")
    app.add_typer(contacts_app, name="contacts")
