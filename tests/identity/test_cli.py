"""CLI round trip with --json: create, show, trust, issue (+attest), verify, kyc, revoke, verify again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from ledgerlm.chain import Chain
from ledgerlm.cli import identity as cli_identity


@pytest.fixture
def app(chain: Chain, monkeypatch: pytest.MonkeyPatch) -> typer.Typer:
    # every command of this test talks to the same in-process chain, as they would to one anvil node
    monkeypatch.setattr(cli_identity, "connect_chain", lambda name: chain)
    root = typer.Typer()
    cli_identity.register(root)
    return root


def _run(app: typer.Typer, *args: str, code: int = 0) -> dict:
    result = CliRunner().invoke(app, ["id", *args])
    assert result.exit_code == code, result.output
    return json.loads(result.stdout) if "--json" in args and result.stdout.strip() else {}


def test_round_trip(app: typer.Typer, chain: Chain, tmp_path: Path) -> None:
    issuer = _run(app, "create", "--name", "bank", "--chain-id", str(chain.chain_id), "--json")
    alice = _run(app, "create", "--name", "alice", "--chain-id", str(chain.chain_id), "--json")
    assert issuer["did"].startswith(f"did:pkh:eip155:{chain.chain_id}:0x")
    doc = _run(app, "show", alice["did"], "--json")
    assert doc["verificationMethod"][0]["blockchainAccountId"].endswith(alice["address"])
    assert _run(app, "show", "alice", "--chain-id", str(chain.chain_id), "--json")["id"] == alice["did"]

    trusted = _run(app, "trust", "add", issuer["did"], "--on-chain", "--json")
    assert issuer["did"] in trusted["trusted"] and trusted["tx_hash"].startswith("0x")

    cred_file = tmp_path / "cred.json"
    issued = _run(
        app,
        "issue",
        "--issuer",
        "bank",
        "--subject",
        alice["did"],
        "--claim",
        "kyc_level=2",
        "--claim",
        "accredited=true",
        "--expires",
        "30d",
        "--out",
        str(cred_file),
        "--attest",
        "--json",
    )
    assert issued["credential"]["credentialSubject"] == {"id": alice["did"], "kyc_level": 2, "accredited": True}
    assert json.loads(cred_file.read_text())["proof"]["proofValue"] == issued["credential"]["proof"]["proofValue"]

    verified = _run(app, "verify", str(cred_file), "--json")
    assert verified["valid"] is True and {c["name"] for c in verified["checks"]} >= {"signature", "revocation"}
    assert _run(app, "kyc", alice["address"], "--min-level", "2", "--json")["level"] == 2

    revoked = _run(app, "revoke", str(cred_file), "--json")
    assert revoked["revoked"] is True and revoked["hash"] == issued["hash"]
    after = _run(app, "verify", str(cred_file), "--json", code=1)
    assert after["valid"] is False
    assert next(c for c in after["checks"] if c["name"] == "revocation")["ok"] is False
    _run(app, "kyc", "alice", "--json", code=1)


def test_tampered_file_fails_verification(app: typer.Typer, chain: Chain, tmp_path: Path) -> None:
    _run(app, "create", "--name", "bank", "--json")
    cred_file = tmp_path / "cred.json"
    _run(
        app,
        "issue",
        "--issuer",
        "bank",
        "--subject",
        "0x" + "11" * 20,
        "--claim",
        "kyc_level=1",
        "--out",
        str(cred_file),
        "--json",
    )
    data = json.loads(cred_file.read_text())
    data["credentialSubject"]["kyc_level"] = 3
    cred_file.write_text(json.dumps(data))
    result = _run(app, "verify", str(cred_file), "--json", code=1)
    assert {c["name"]: c["ok"] for c in result["checks"]}["signature"] is False


def test_bad_claim_and_missing_file(app: typer.Typer, tmp_path: Path) -> None:
    _run(app, "create", "--name", "bank")
    result = CliRunner().invoke(
        app, ["id", "issue", "--issuer", "bank", "--subject", "0x" + "11" * 20, "--claim", "KYC", "--offline"]
    )
    assert result.exit_code == 2 and "key=value" in " ".join(result.output.split())
    result = CliRunner().invoke(app, ["id", "verify", str(tmp_path / "nope.json")])
    assert result.exit_code != 0 and "找不到凭证文件" in result.output
