"""``ledgerlm consensus run|compare``: the difficulty-adjustment lab (simulator, controllers, metrics, plots)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from ledgerlm.cli.options import JSON_OPTION, group
from ledgerlm.cli.output import console, emit
from ledgerlm.errors import InputError

consensus_app = group(
    help="Difficulty / slot-parameter lab: simulate chains, compare controllers. 难度调整实验：模拟链并比较控制器。",
    no_args_is_help=True,
)

_SHOWN = [
    ("mean_block_s", "mean s", "{:.1f}"),
    ("mean_error_pct", "err %", "{:+.1f}"),
    ("std_block_s", "std s", "{:.0f}"),
    ("rmse_s", "RMSE s", "{:.1f}"),
    ("longest_gap_s", "max gap s", "{:.0f}"),
    ("recovery_blocks", "recover", "{:.0f}"),
    ("oscillation_s", "osc s", "{:.0f}"),
    ("orphan_rate", "orphan %", "{:.2%}"),
    ("throughput_tps", "tx/s", "{:.2f}"),
    ("latency_s", "latency s", "{:.0f}"),
]


def _fmt(value: Any, pattern: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and value != value:
        return "never"
    return pattern.format(value)


def _render(data: dict[str, Any]) -> None:
    table = Table(title=f"consensus lab / 共识实验 (seeds {', '.join(map(str, data['seeds']))})")
    table.add_column("scenario", no_wrap=True, min_width=9)
    table.add_column("controller", no_wrap=True, min_width=9)
    for _, head, _ in _SHOWN:
        table.add_column(head, justify="right")
    for row in data["rows"]:
        table.add_row(row["scenario"], row["controller"], *(_fmt(row.get(k), p) for k, _, p in _SHOWN))
    console.print(table)
    console.print(
        "[dim]RMSE: of the expected block time D/H vs target; recover: blocks to within 10% after the step; "
        "osc: 5-95% spread of D/H. RMSE 为期望出块时间误差。[/]"
    )
    for f in data["files"]:
        console.print(f"[dim]wrote / 已写入 {f}[/]")


def _split(raw: str | None) -> list[str] | None:
    if raw is None:
        return None
    items = [x.strip() for x in raw.split(",") if x.strip()]
    if not items:
        raise InputError(f"empty list {raw!r}", hint="comma-separated, e.g. steady,step_up")
    return items


def _seeds(raw: str) -> list[int]:
    try:
        return [int(x) for x in raw.split(",") if x.strip()]
    except ValueError:
        raise InputError(f"seeds must be integers: {raw!r}", hint="e.g. --seeds 0,1,2") from None


def _options(delay_s: float | None) -> dict[str, object] | None:
    return {"delay_s": delay_s} if delay_s is not None else None


def run_command(
    scenario: str = typer.Option(
        "steady", "--scenario", "-s", help="steady, step_up, step_down, switching, growth, timestamp, partition, pos"
    ),
    controller: str = typer.Option(
        "asert", "--controller", "-c", help="fixed, bitcoin, homestead, asert, lwma, adaptive, learned"
    ),
    seeds: str = typer.Option("0", "--seeds", help="Comma-separated seeds; metrics are averaged."),
    blocks: int = typer.Option(None, "--blocks", help="Blocks per run (default: the scenario's)."),
    delay_s: float = typer.Option(None, "--delay-s", help="Mean propagation delay; > 0 uses the network simulator."),
    out: Path = typer.Option(None, "--out", help="Where plots and the CSV go (default <data_dir>/consensus)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Simulate one scenario under one controller. 模拟一个场景下的一个控制器。"""
    from ledgerlm.consensus.lab import compare

    result = compare(
        [scenario], [controller], seeds=_seeds(seeds), n_blocks=blocks, out_dir=out, options=_options(delay_s)
    )
    emit(result.to_dict(), as_json, _render)


def compare_command(
    scenarios: str = typer.Option(None, "--scenarios", help="Comma-separated (default: the standard suite)."),
    controllers: str = typer.Option(None, "--controllers", help="Comma-separated (default: all)."),
    seeds: str = typer.Option("0,1,2", "--seeds", help="Comma-separated seeds; metrics are averaged."),
    blocks: int = typer.Option(None, "--blocks", help="Blocks per run (default: each scenario's)."),
    out: Path = typer.Option(None, "--out", help="Where plots and the CSV go (default <data_dir>/consensus)."),
    no_plots: bool = typer.Option(False, "--no-plots", help="Only the table and the CSV."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Compare controllers across scenarios: table, CSV and plots. 跨场景比较控制器：表格、CSV 和图。"""
    from ledgerlm.consensus.lab import compare

    result = compare(
        _split(scenarios),
        _split(controllers),
        seeds=_seeds(seeds),
        n_blocks=blocks,
        out_dir=out,
        plots=not no_plots,
    )
    emit(result.to_dict(), as_json, _render)


def register(app: typer.Typer) -> None:
    consensus_app.command("run")(run_command)
    consensus_app.command("compare")(compare_command)
    app.add_typer(consensus_app, name="consensus")
