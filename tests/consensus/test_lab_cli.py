"""``consensus compare`` / ``consensus run``: table, CSV, plots, JSON schema, errors."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from typer.testing import CliRunner

from ledgerlm.cli.main import app
from ledgerlm.consensus.lab import compare

runner = CliRunner()


def test_compare_writes_csv_and_plots(tmp_path: Path) -> None:
    result = compare(["steady", "step_up"], ["asert", "lwma"], seeds=[0, 1], n_blocks=500, out_dir=tmp_path)
    assert len(result.rows) == 4
    rows = list(csv.DictReader((tmp_path / "metrics.csv").open()))
    assert len(rows) == 8 and {r["controller"] for r in rows} == {"asert", "lwma"}
    for name in ("steady_block_time.png", "steady_difficulty.png", "step_up_difficulty.png"):
        assert (tmp_path / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_run_json_schema(tmp_path: Path) -> None:
    res = runner.invoke(
        app,
        [
            "consensus",
            "run",
            "--scenario",
            "pos",
            "--controller",
            "asert",
            "--blocks",
            "400",
            "--out",
            str(tmp_path),
            "--json",
        ],
    )
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["seeds"] == [0]
    row = data["rows"][0]
    assert row["scenario"] == "pos" and row["controller"] == "asert"
    for key in (
        "mean_block_s",
        "rmse_s",
        "longest_gap_s",
        "recovery_blocks",
        "oscillation_s",
        "orphan_rate",
        "throughput_tps",
        "latency_s",
        "empty_slot_pct",
    ):
        assert key in row
    assert row["orphan_rate"] is None and row["empty_slot_pct"] > 0


def test_run_with_delay_uses_the_network_simulator(tmp_path: Path) -> None:
    res = runner.invoke(
        app,
        [
            "consensus",
            "run",
            "-s",
            "steady",
            "-c",
            "bitcoin",
            "--blocks",
            "300",
            "--delay-s",
            "20",
            "--out",
            str(tmp_path),
            "--json",
        ],
    )
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["rows"][0]["orphan_rate"] is not None


def test_compare_table_and_default_out_dir(ledgerlm_home: Path) -> None:
    res = runner.invoke(
        app,
        [
            "consensus",
            "compare",
            "--scenarios",
            "steady",
            "--controllers",
            "fixed,asert",
            "--seeds",
            "0",
            "--blocks",
            "300",
            "--no-plots",
        ],
    )
    assert res.exit_code == 0, res.output
    assert "asert" in res.output and "fixed" in res.output
    assert (ledgerlm_home / "consensus" / "metrics.csv").exists()


def test_unknown_names_fail_cleanly(tmp_path: Path) -> None:
    res = runner.invoke(app, ["consensus", "run", "--scenario", "moon", "--out", str(tmp_path)])
    assert res.exit_code == 2 and "steady" in res.output
    res = runner.invoke(app, ["consensus", "compare", "--controllers", "oracle", "--out", str(tmp_path)])
    assert res.exit_code == 2
    res = runner.invoke(app, ["consensus", "compare", "--seeds", "a,b", "--out", str(tmp_path)])
    assert res.exit_code == 2
