"""``ledgerlm audit ...`` through the real typer app (in-process memory chain)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from ledgerlm import audit
from ledgerlm.cli.main import app

runner = CliRunner()


def test_cli_anchor_prove_verify_check_list_show(ledgerlm_home: Path, tmp_path: Path) -> None:
    for i in range(5):
        audit.record("assistant", f"问题 {i}", {"answer": i}, model="rules", kind="answer")
    status = json.loads(runner.invoke(app, ["audit", "status", "--json"]).stdout)
    assert status["records"] == 5 and status["unbatched"] == 5

    res = runner.invoke(app, ["audit", "prove", "2"])
    assert res.exit_code == 1 and "not anchored" in res.output

    res = runner.invoke(app, ["audit", "anchor", "--chain", "memory", "--json"])
    assert res.exit_code == 0, res.output
    (batch,) = json.loads(res.stdout)
    assert (batch["first_id"], batch["last_id"], batch["status"]) == (1, 5, "anchored")

    proof_path = tmp_path / "p.json"
    res = runner.invoke(app, ["audit", "prove", "2", "-o", str(proof_path), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["root"] == batch["root"]
    assert json.loads(proof_path.read_text(encoding="utf-8"))["record"]["input"] == "问题 1"

    res = runner.invoke(app, ["audit", "verify", str(proof_path), "--offline", "--json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["valid"] is True

    proof = json.loads(proof_path.read_text(encoding="utf-8"))
    proof["record"]["output"] = {"answer": 42}
    proof_path.write_text(json.dumps(proof), encoding="utf-8")
    res = runner.invoke(app, ["audit", "verify", str(proof_path), "--offline"])
    assert res.exit_code == 1 and "INVALID" in res.output

    res = runner.invoke(app, ["audit", "verify", str(tmp_path / "missing.json"), "--offline"])
    assert res.exit_code == 2 and "does not exist" in " ".join(res.output.split())

    res = runner.invoke(app, ["audit", "check", "--json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["ok"] is True

    listed = json.loads(runner.invoke(app, ["audit", "list", "-n", "2", "--json"]).stdout)
    assert [r["id"] for r in listed] == [5, 4]
    shown = json.loads(runner.invoke(app, ["audit", "show", "3", "--json"]).stdout)
    assert shown["record"]["output"] == {"answer": 2} and shown["batch"]["id"] == 1
    assert runner.invoke(app, ["audit", "show", "99"]).exit_code == 1

    conn = sqlite3.connect(ledgerlm_home / "audit.sqlite")
    conn.execute("DROP TRIGGER records_no_update")
    conn.execute("UPDATE records SET output = '{}' WHERE id = 4")
    conn.commit()
    conn.close()
    res = runner.invoke(app, ["audit", "check"])
    assert res.exit_code == 1 and "changed" in res.output
