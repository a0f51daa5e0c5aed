"""Explainers: facts from spec, ABI, NatSpec and chain; Chinese and English texts; schedules as tables."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from ledgerlm.chain import connect
from ledgerlm.cli.output import to_jsonable
from ledgerlm.contracts import pipeline
from ledgerlm.contracts.kinds import get_plugin
from ledgerlm.contracts.kinds.base import ExplainFacts, explain_generic
from ledgerlm.contracts.kinds.loan import reference
from ledgerlm.contracts.spec import KINDS, build_spec

from .test_templates import EXAMPLES, deploy_kind


def _cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _deployed(kind: str, index: int = 0):  # noqa: ANN202
    chain = connect("memory")
    plan = pipeline.plan_from_params(kind, EXAMPLES[kind][index])
    _, artifact = pipeline.generate(plan.spec)
    plugin = get_plugin(kind)
    parties, _ = pipeline.resolve_parties(chain, plan.spec, plugin.roles(plan.spec))
    ctx = pipeline.build_context(chain, plan.spec, parties, None)
    address = deploy_kind(chain, plugin, plan.spec, ctx, artifact)
    state = plugin.read_state(chain, address, artifact.abi)
    facts = ExplainFacts(
        spec=plan.spec,
        abi=artifact.abi,
        natspec={"userdoc": artifact.userdoc, "devdoc": artifact.devdoc},
        state=state,
        findings=[
            {
                "detector": "timestamp",
                "impact": "Low",
                "confidence": "Medium",
                "description": "uses timestamp for comparisons",
            }
        ],
        parties=parties,
    )
    return plugin, facts


@pytest.mark.parametrize("kind", [k for k in KINDS if EXAMPLES[k][0].get("token", "ETH") == "ETH"])
def test_every_kind_explains_itself_in_both_languages(kind: str) -> None:
    plugin, facts = _deployed(kind)
    zh, en = plugin.explain(facts, "zh"), plugin.explain(facts, "en")
    assert zh.kind == en.kind == kind and zh.lang == "zh" and en.lang == "en"
    assert _cjk(zh.summary) and _cjk(" ".join(zh.risks)) and not _cjk(en.summary) and not _cjk(" ".join(en.risks))
    for exp in (zh, en):
        assert exp.title and exp.roles and exp.functions and exp.money_flows and exp.risks
        assert any("timestamp" in r for r in exp.risks)  # findings in words
        text = exp.to_text()
        assert exp.summary in text
        json.dumps(to_jsonable(exp), ensure_ascii=False)  # the --json shape is serialisable


def test_loan_explanation_table_is_the_reference_schedule() -> None:
    plugin, facts = _deployed("loan")
    exp = plugin.explain(facts, "en")
    terms = reference.terms_from_spec(facts.spec, 18)
    rows = reference.schedule(terms)
    assert [r["interest"] for r in exp.schedule] == [
        f"{(Decimal(r.interest_part) / 10**18).normalize():f} ETH" for r in rows
    ]
    assert exp.schedule[-1]["outstanding"] == "0 ETH"
    assert facts.state["status"] == "Created"
    zh = plugin.explain(facts, "zh")
    assert list(zh.schedule[0]) == ["期数", "到期", "本金", "利息", "合计", "剩余本金"]


def test_explain_from_spec_alone_without_a_chain() -> None:
    spec = build_spec(
        "loan", {"principal": 100, "token": "USDC", "annual_rate_pct": 12, "term_months": 3, "period_months": 1}
    )
    facts = ExplainFacts(spec=spec, abi=[], parties={"lender": "Alice", "borrower": "Bob"})
    exp = get_plugin("loan").explain(facts, "zh")
    assert "Alice" in exp.summary and "100 USDC" in exp.summary
    assert [r["利息"] for r in exp.schedule] == ["1 USDC"] * 3


def test_multisig_and_vesting_state_in_the_explanation() -> None:
    plugin, facts = _deployed("multisig")
    assert facts.state["threshold"] == 1 and len(facts.state["owners"]) == 1
    assert "1" in plugin.explain(facts, "en").summary
    plugin, facts = _deployed("vesting")
    exp = plugin.explain(facts, "en")
    assert exp.schedule[-1]["vested"] == "1,200 ETH" and exp.schedule[-1]["share"] == "100.00%"


def test_generic_explainer_for_arbitrary_solidity(tmp_path: Path) -> None:
    from ledgerlm.contracts.explain import explain_file

    sol = tmp_path / "Vault.sol"
    sol.write_text(
        """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
/// @title Vault
/// @notice Keeps ETH for its owner.
contract Vault {
    address public owner = msg.sender;
    /// @notice Put ETH in.
    function deposit() external payable {}
    /// @notice Owner takes everything out.
    function withdraw() external {
        require(msg.sender == owner, "owner");
        payable(owner).transfer(address(this).balance);
    }
    /// @notice Create tokens out of thin air.
    function mint(uint256 amount) external {}
}
""",
        encoding="utf-8",
    )
    en = explain_file(sol, lang="en")
    zh = explain_file(sol, lang="zh")
    assert en.title == "Vault" and "Keeps ETH" in en.summary
    assert "deposit" in en.functions and "Put ETH in." in en.functions["deposit"]
    assert any("mint" in r for r in en.risks) and any("withdraw" in r for r in en.risks)
    assert _cjk(zh.summary) and any("增发" in r for r in zh.risks)
    assert explain_generic(ExplainFacts(spec=None, abi=[]), "en").title == "Contract"
