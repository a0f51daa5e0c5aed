"""Proofs verify with standard tools: the shipped ABI is the compiled one, a proof file validates against the
shipped JSON Schema, and the verifier recipe of docs/audit.md (web3 + keccak only) accepts a real proof anchored on
the managed anvil and rejects edited ones. Also: every record carries its kind; `ledgerlm parse` appends one."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from ledgerlm.audit.log import AuditLog
from ledgerlm.audit.proofs import build_proof
from ledgerlm.audit.verify import ABI_PATH, PROOF_SCHEMA_PATH

from .conftest import entries

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "audit.md"


def recipe_source() -> str:
    text = DOC.read_text(encoding="utf-8")
    m = re.search(r"<!-- verifier-recipe:start -->\s*```python\n(.*?)```\s*<!-- verifier-recipe:end -->", text, re.S)
    assert m, "docs/audit.md lost its verifier recipe block"
    return m.group(1)


def test_recipe_uses_only_web3_and_is_short() -> None:
    src = recipe_source()
    imports = set(re.findall(r"^(?:from|import) (\w+)", src, re.M))
    assert imports <= {"json", "sys", "web3"}, imports
    assert "ledgerlm" not in src
    assert len([line for line in src.splitlines() if line.strip()]) <= 45


def test_shipped_abi_equals_the_compiled_contract() -> None:
    from ledgerlm.audit.anchoring import anchor_artifact

    shipped = json.loads(ABI_PATH.read_text(encoding="utf-8"))
    key = lambda e: (e["type"], e.get("name", ""))  # noqa: E731
    assert sorted(shipped, key=key) == sorted(anchor_artifact().abi, key=key)
    names = {(e["type"], e.get("name")) for e in shipped}
    assert {("function", "getBatch"), ("function", "verify"), ("event", "BatchAnchored")} <= names


def test_every_record_carries_its_kind(log: AuditLog) -> None:
    a = log.append("language.parse", "loan 5 usdc", {"k": 1})
    b = log.append("assistant.intent", "hi", {"k": 2}, kind="greeting")
    assert (a.kind, b.kind) == ("parse", "greeting")


def test_cli_parse_appends_an_audit_record(ledgerlm_home: Path) -> None:
    request = "loan 1000 USDC to Bob for 6 months at 5%"
    out = subprocess.run(
        [sys.executable, "-m", "ledgerlm.cli.main", "parse", request, "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    with AuditLog(ledgerlm_home / "audit.sqlite") as log:
        records = list(log.iter())
    assert len(records) == 1 and records[0].kind == "parse" and records[0].component == "language.parser"
    assert "Bob" not in (records[0].input or "")  # the stored input is redacted


def test_recipe_verifies_a_real_proof_on_anvil_and_rejects_edits(anvil_chain: Any, tmp_path: Path) -> None:
    with AuditLog(tmp_path / "audit.sqlite") as log:
        log.append_many(entries(5))
        log.anchor(anvil_chain)
        proofs = [build_proof(log, rid) for rid in (1, 4, 5)]
    schema = json.loads(PROOF_SCHEMA_PATH.read_text(encoding="utf-8"))
    script = tmp_path / "verify_proof.py"
    script.write_text(recipe_source(), encoding="utf-8")

    def run(proof: dict[str, Any]) -> subprocess.CompletedProcess[str]:
        path = tmp_path / "proof.json"
        path.write_text(json.dumps(proof, ensure_ascii=False), encoding="utf-8")
        return subprocess.run(
            [sys.executable, str(script), str(path), anvil_chain.url],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    for proof in proofs:
        jsonschema.validate(proof, schema)
        done = run(proof)
        assert done.returncode == 0 and done.stdout.strip() == "verified", done.stderr
    edits = {
        "leaf does not match": lambda p: p["record"].update(output={"kind": "loan", "principal": "9999"}),
        "path does not lead": lambda p: p["path"][0].update(
            position="left" if p["path"][0]["position"] == "right" else "right"
        ),
        "another batch": lambda p: p["batch"].update(last_id=p["batch"]["last_id"] + 1),
        "transaction/block": lambda p: p["anchor"].update(block_number=p["anchor"]["block_number"] + 1),
    }
    for why, edit in edits.items():
        bad = copy.deepcopy(proofs[1])
        edit(bad)
        done = run(bad)
        assert done.returncode != 0 and why in done.stderr, (why, done.stderr)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**proofs[0], "format": "other"}, schema)
