"""``ledgerlm audit ...``: anchor, prove, verify, check, list, show, status - a thin shell over ``ledgerlm.audit``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from ledgerlm.cli.options import CHAIN_OPTION, JSON_OPTION, chain_option, group, rpc_option
from ledgerlm.cli.output import console, emit
from ledgerlm.errors import InputError, LedgerError

audit_app = group(help="Verifiable audit trail of AI decisions / AI 决策的可验证审计记录.", no_args_is_help=True)


def _short(text: str | None, width: int = 60) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


@audit_app.command("anchor")
def anchor_command(
    chain: str = CHAIN_OPTION,
    watch: bool = typer.Option(False, "--watch", help="Keep anchoring in the background until Ctrl-C."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Batch every unanchored record and anchor the Merkle roots on chain.
    将未锚定的记录分批并把 Merkle 根写入链上。"""
    from ledgerlm import audit

    if watch:
        import time

        anchorer = audit.start_auto_anchor(chain, force=True)
        assert anchorer is not None
        console.print("anchoring in the background; Ctrl-C to stop / 后台锚定中，按 Ctrl-C 停止")
        try:
            while True:
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            anchorer.stop()
        batches = anchorer.anchored
    else:
        batches = audit.anchor(chain)

    def render(data: list[Any]) -> None:
        if not data:
            console.print("nothing to anchor / 没有需要锚定的记录")
        for b in data:
            console.print(
                f"batch {b.id}: records #{b.first_id}..#{b.last_id} ({b.count}) root {b.root}\n"
                f"  anchored / 已锚定: chain {b.chain_id} contract {b.contract} tx {b.tx_hash}"
                f" block {b.block_number} gas {b.gas_used}",
                highlight=False,
            )

    emit([b.to_dict() for b in batches] if as_json else batches, as_json, render)


@audit_app.command("prove")
def prove_command(
    record_id: int = typer.Argument(..., help="Record id (see `ledgerlm audit list`)."),
    out: str = typer.Option(None, "--out", "-o", help="Proof file ('-' = stdout; default proof-ID.json)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Write a self-contained inclusion proof for an anchored record.
    为已锚定的记录生成独立可验证的证明文件。"""
    from ledgerlm import audit

    proof = audit.prove(record_id)
    text = json.dumps(proof, ensure_ascii=False, indent=2) + "\n"
    if out == "-":
        typer.echo(text, nl=False)
        return
    path = Path(out or f"proof-{record_id}.json")
    path.write_text(text, encoding="utf-8")
    summary = {
        "path": str(path),
        "record_id": record_id,
        "batch_id": proof["batch"]["id"],
        "root": proof["root"],
        "chain_id": proof["anchor"]["chain_id"],
        "contract": proof["anchor"]["contract"],
        "tx_hash": proof["anchor"]["tx_hash"],
    }
    emit(
        summary,
        as_json,
        lambda d: console.print(
            f"proof written / 证明已写入: {d['path']} (batch {d['batch_id']}, root {d['root']})", highlight=False
        ),
    )


@audit_app.command("verify")
def verify_command(
    proof_file: Path = typer.Argument(..., help="Proof JSON from `ledgerlm audit prove`."),
    rpc: str = rpc_option("JSON-RPC URL of the chain named in the proof."),
    offline: bool = typer.Option(False, "--offline", help="Only check the hashes, not the chain."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Verify a proof against the chain, without the local database (as an outsider would).
    对照链上数据验证证明（不需要本地数据库）。"""
    from ledgerlm.audit.verify import verify_proof

    try:
        proof = json.loads(proof_file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{proof_file} does not exist", hint="create it with `ledgerlm audit prove ID`") from None
    except ValueError as exc:
        raise InputError(f"{proof_file} is not JSON: {exc}") from None
    w3 = None
    if not offline and not rpc:
        from ledgerlm.audit.log import audit_settings
        from ledgerlm.chain import connect

        w3 = connect(audit_settings()["chain"] or None).w3
    result = verify_proof(proof, rpc_url=None if offline else rpc, w3=w3)

    def render(r: Any) -> None:
        if r.valid:
            where = "on chain / 链上已核实" if r.chain_checked else "hashes only, chain not asked / 仅校验哈希"
            console.print(f"[green]valid / 有效[/]: record #{r.record_id} in batch {r.batch_id} ({where})")
        else:
            console.print(f"[red]INVALID / 无效[/]: record #{r.record_id}")
            for err in r.errors:
                console.print(f"  - {err}", highlight=False)

    emit(result.to_dict() if as_json else result, as_json, render)
    if not result.valid:
        raise typer.Exit(1)


@audit_app.command("check")
def check_command(
    chain: str = chain_option("Also compare anchored roots with this chain."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Walk the whole log and its anchors; report the first tampered record and any mismatching root.
    检查整个日志与锚定：报告第一条被篡改的记录及不匹配的根。"""
    from ledgerlm import audit

    report = audit.check(chain)

    def render(r: Any) -> None:
        head = f"{r.records} records, {r.batches} batches ({r.anchored_batches} anchored)"
        if r.ok:
            console.print(
                f"[green]ok / 完好[/]: {head}"
                + (", every root the anchor contract holds matches the log" if r.chain_checked else "")
            )
            for limit in getattr(r, "limits", []):
                console.print(f"[yellow]not checked / 未检查[/]: {limit}", highlight=False)
            return
        console.print(f"[red]tampering found / 发现篡改[/]: {head}")
        for issue in r.issues:
            console.print(f"  - {issue.kind}: {issue.message}", highlight=False)

    emit(report.to_dict() if as_json else report, as_json, render)
    if not report.ok:
        raise typer.Exit(1)


@audit_app.command("list")
def list_command(
    limit: int = typer.Option(20, "--limit", "-n", help="How many of the latest records."),
    component: str = typer.Option(None, "--component", help="Only records of this component."),
    as_json: bool = JSON_OPTION,
) -> None:
    """The latest records, newest first. 最近的审计记录。"""
    from ledgerlm import audit

    if limit < 1:
        raise InputError("--limit must be at least 1")
    records = audit.default_log().latest(limit, component=component)

    def render(rows: list[Any]) -> None:
        if not rows:
            console.print("no records yet / 还没有记录")
        for r in rows:
            console.print(
                f"#{r.id} {r.time} {r.component} {r.kind or '-'} {r.actor}: {_short(r.input)}",
                highlight=False,
                markup=False,
            )

    emit([r.to_dict() for r in records] if as_json else records, as_json, render)


@audit_app.command("show")
def show_command(record_id: int = typer.Argument(...), as_json: bool = JSON_OPTION) -> None:
    """One record with its batch and anchor. 显示一条记录及其锚定信息。"""
    from ledgerlm import audit

    log = audit.default_log()
    rec = log.get(record_id)
    batch = log.batch_of(record_id)
    data = {"record": rec.to_dict(), "batch": batch.to_dict() if batch else None}

    def render(d: dict[str, Any]) -> None:
        console.print_json(json.dumps(d, ensure_ascii=False))

    emit(data, as_json, render)


@audit_app.command("status")
def status_command(as_json: bool = JSON_OPTION) -> None:
    """Counts of records and batches. 记录与批次统计。"""
    from ledgerlm import audit

    log = audit.default_log()
    batches = log.batches()
    data = {
        "path": str(log.path),
        "records": log.count(),
        "unbatched": log.unbatched(),
        "pending_batches": sum(b.status == "pending" for b in batches),
        "anchored_batches": sum(b.status == "anchored" for b in batches),
    }
    emit(
        data,
        as_json,
        lambda d: console.print(
            f"{d['records']} records ({d['unbatched']} not batched), {d['anchored_batches']} anchored and"
            f" {d['pending_batches']} pending batches - {d['path']}",
            highlight=False,
        ),
    )


def register(app: typer.Typer) -> None:
    app.add_typer(audit_app, name="audit")


__all__ = ["LedgerError", "register"]
