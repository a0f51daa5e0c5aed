"""End to end on py-evm: text -> spec -> Solidity -> compile -> Slither -> self-test -> deploy -> record -> explain."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from typer.testing import CliRunner

from ledgerlm.chain import connect
from ledgerlm.cli.main import app
from ledgerlm.contracts import pipeline, registry
from ledgerlm.contracts.explain import explain
from ledgerlm.errors import AnalysisError, ConfirmationRequired, SpecError

SEED = "自动借贷合约，贷款期限3个月，年利率5%，每期还款10%本金"


def test_seed_request_deploys_records_and_explains_in_chinese() -> None:
    chain = connect("memory")
    plan = pipeline.plan_from_text(SEED, {"principal": Decimal(2)})
    assert plan.kind == "loan" and plan.lang == "zh"
    result = pipeline.create_contract(plan, chain=chain, confirm=lambda p: True)
    dep = result.deployment
    assert dep.kind == "loan" and dep.chain_id == chain.chain_id and chain.code(dep.address)
    assert dep.spec["term_months"] == 3 and dep.spec["installment_pct"] == 10
    assert "High" not in result.analysis.counts() and "Medium" not in result.analysis.counts()
    assert result.checks and set(result.timings_ms) >= {"compile", "analyse", "test", "deploy", "verify"}
    assert registry.list_deployments()[0].id == dep.id
    text = json.dumps(json.loads(json.dumps(_plain(explain(str(dep.id))), ensure_ascii=False)), ensure_ascii=False)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in text), "a Chinese request is explained in Chinese"


def _plain(value):
    from ledgerlm.cli.output import to_jsonable

    return to_jsonable(value)


def test_missing_principal_is_asked_for_not_invented() -> None:
    plan = pipeline.plan_from_text(SEED)
    assert plan.spec.missing() == ["principal"]
    with pytest.raises(SpecError, match="principal"):
        pipeline.create_contract(plan, chain="memory", confirm=lambda p: True)


def test_nothing_is_deployed_without_confirmation() -> None:
    chain = connect("memory")
    plan = pipeline.plan_from_text(SEED, {"principal": Decimal(1)})
    with pytest.raises(ConfirmationRequired):
        pipeline.create_contract(plan, chain=chain, confirm=lambda p: False)
    assert registry.list_deployments() == []


def test_overrides_are_typed_and_checked() -> None:
    assert pipeline.parse_overrides(["principal=1_000", "mintable=true", "owners=0x1,0x2", "cap=none"]) == {
        "principal": Decimal(1000),
        "mintable": True,
        "owners": ["0x1", "0x2"],
        "cap": None,
    }
    with pytest.raises(SpecError, match="not a parameter"):
        pipeline.plan_from_text(SEED, {"colour": "blue"})
    with pytest.raises(SpecError, match="annual_rate_pct"):
        pipeline.plan_from_text(SEED, {"annual_rate_pct": Decimal(150)})
    assert pipeline.plan_from_text(SEED, {"annual_rate_pct": Decimal(150)}, allow_high_rate=True)


def test_slither_findings_stop_the_deployment(monkeypatch) -> None:
    from ledgerlm.contracts.kinds import base

    vulnerable = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
contract Loan {
    mapping(address => uint256) public bal;
    constructor() {}
    function deposit() external payable { bal[msg.sender] += msg.value; }
    function withdraw() external {
        (bool ok, ) = msg.sender.call{value: bal[msg.sender]}("");
        require(ok, "fail");
        bal[msg.sender] = 0;
    }
}
"""
    plugin = pipeline.get_plugin("loan")
    monkeypatch.setattr(
        type(plugin),
        "render",
        lambda self, spec: base.GeneratedSource(
            filename="Loan.sol", source=vulnerable, contract_name="Loan", features=()
        ),
    )
    chain = connect("memory")
    plan = pipeline.plan_from_text(SEED, {"principal": Decimal(1)})
    with pytest.raises(AnalysisError, match="reentrancy"):
        pipeline.create_contract(plan, chain=chain, confirm=lambda p: True)
    assert registry.list_deployments() == []


def test_cli_create_and_deployments_json() -> None:
    runner = CliRunner()
    out = runner.invoke(
        app,
        [
            "create",
            "Loan 1000 USDC to Bob for 6 months at 5% annual interest, monthly repayments",
            "--chain",
            "memory",
            "--yes",
            "--json",
        ],
    )
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout[out.stdout.index("{") :])
    assert data["kind"] == "loan" and data["address"].startswith("0x") and data["gas_used"] > 0
    assert data["params"]["principal"] == 1000 and data["params"]["token"] == "USDC"
    listed = runner.invoke(app, ["deployments", "--json"])
    assert json.loads(listed.stdout)[0]["address"] == data["address"]


def test_cli_reports_missing_values_on_stderr_with_a_hint() -> None:
    out = CliRunner().invoke(app, ["create", SEED, "--chain", "memory", "--yes", "--json"])
    assert out.exit_code != 0
    assert "principal" in out.stderr and "--set principal" in out.stderr


def test_every_decision_lands_in_the_audit_trail() -> None:
    from ledgerlm.audit import default_log

    chain = connect("memory")
    plan = pipeline.plan_from_text("Loan 5 ETH to 0x742d35Cc6634C0532925a3b844Bc454e4438f44e for 1 year at 4%")
    result = pipeline.create_contract(plan, chain=chain, confirm=lambda p: True)
    explain(str(result.deployment.id), lang="en")
    records = list(default_log().iter())
    assert [r.component for r in records] == ["language.parse", "contracts.create", "contracts.explain"]
    assert records[1].tx_hashes == [result.deployment.tx_hash] or tuple(records[1].tx_hashes) == (
        result.deployment.tx_hash,
    )


def test_multisig_by_count_gets_distinct_owners_starting_with_the_deployer() -> None:
    chain = connect("memory")
    plan = pipeline.plan_from_text("多签钱包：3 个签名人，需要 2 人同意")
    result = pipeline.create_contract(plan, chain=chain, confirm=lambda p: True)
    owners = result.deployment.parties["owners"]
    assert len(set(owners)) == 3 and owners[0] == chain.default_account.address


def test_erc20_vesting_is_funded_after_deployment() -> None:
    from ledgerlm.chain.erc20 import ERC20_ABI
    from ledgerlm.contracts.assets import resolve_asset

    chain = connect("memory")
    plan = pipeline.plan_from_text("Vest 240,000 PROJ to an advisor over 2 years with a 6-month cliff")
    result = pipeline.create_contract(plan, chain=chain, confirm=lambda p: True)
    token = resolve_asset(chain, "PROJ")
    held = chain.call(chain.contract(token.address, ERC20_ABI).functions.balanceOf(result.deployment.address))
    assert held == 240_000 * 10**18
    assert "fund" in result.timings_ms


def test_large_contracts_need_a_kyc_credential(monkeypatch: pytest.MonkeyPatch) -> None:
    from ledgerlm.errors import PolicyViolation

    # off: on local chains the local dev issuer would attest the dev account (tests/identity/test_devissuer.py)
    monkeypatch.setenv("LEDGERLM_IDENTITY_LOCAL_DEV_ISSUER", "false")
    chain = connect("memory")
    plan = pipeline.plan_from_text("Crowdfund 100 ETH for a documentary, 45 day deadline")
    assert pipeline.contract_size_usd(plan.spec) > 100_000
    with pytest.raises(PolicyViolation, match=r"(?i)kyc"):
        pipeline.create_contract(plan, chain=chain, confirm=lambda p: True)
    assert registry.list_deployments() == []
    small = pipeline.plan_from_text("Crowdfund 10 ETH for a documentary, 45 day deadline")
    assert pipeline.create_contract(small, chain=chain, confirm=lambda p: True).deployment.kind == "crowdfund"


def test_explain_an_arbitrary_solidity_file_from_abi_natspec_and_slither(tmp_path) -> None:
    source = tmp_path / "Vault.sol"
    source.write_text("""// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
/// @title A piggy bank
/// @notice Anyone can put ether in; only the owner can take it out.
contract Vault {
    address public owner = msg.sender;
    /// @notice Put ether into the vault.
    function deposit() external payable {}
    /// @notice Take everything out (owner only).
    function sweep() external {
        require(msg.sender == owner, "not owner");
        payable(owner).transfer(address(this).balance);
    }
}
""")
    out = CliRunner().invoke(app, ["explain", str(source), "--lang", "en", "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    text = json.dumps(data)
    assert "deposit" in text and "sweep" in text
    missing = CliRunner().invoke(app, ["explain", str(tmp_path / "Nope.sol")])
    assert missing.exit_code != 0
    unknown = CliRunner().invoke(app, ["explain", "latest"])
    assert unknown.exit_code != 0 and "no deployments" in unknown.stderr
