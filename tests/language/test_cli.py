"""``ledgerlm parse``: JSON schema, human table, errors on stderr with a non-zero exit."""

from __future__ import annotations

import json

import typer
from typer.testing import CliRunner

from ledgerlm.cli import language


def _app() -> typer.Typer:
    app = typer.Typer()
    language.register(app)

    @app.command("version")
    def _version() -> None:  # a second command keeps "parse" as a sub-command
        pass

    return app


def test_parse_json_schema() -> None:
    res = CliRunner().invoke(_app(), ["parse", "自动借贷合约，贷款期限3个月，年利率5%，每期还款10%本金", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert set(data) == {
        "kind",
        "params",
        "missing",
        "lang",
        "confidence",
        "evidence",
        "questions",
        "ignored",
        "today",
        "llm",
    }
    assert data["llm"] is None  # no endpoint configured
    assert data["kind"] == "loan" and data["lang"] == "zh"
    # every stated value points at the user's own words; the rest says default / inferred with the rule
    text = "自动借贷合约，贷款期限3个月，年利率5%，每期还款10%本金"
    rate = data["evidence"]["annual_rate_pct"]
    assert rate["source"] == "text" and rate["spans"][0]["words"] == "5%"
    assert text[rate["spans"][0]["start"] : rate["spans"][0]["end"]] == "5%"
    assert data["evidence"]["term_months"]["spans"][0]["words"] == "3个月"
    assert data["evidence"]["period_months"]["source"] == "inferred" and data["evidence"]["period_months"]["rule"]
    assert data["evidence"]["token"]["source"] == "default"
    assert data["questions"] == [] and data["ignored"] == []
    assert data["params"]["term_months"] == 3 and data["params"]["annual_rate_pct"] == 5
    assert data["params"]["installment_pct"] == 10 and data["params"]["period_months"] == 1
    assert data["params"]["principal"] is None and "principal" in data["missing"]


def test_parse_human_table() -> None:
    res = CliRunner().invoke(_app(), ["parse", "Loan 1000 USDC to Bob for 6 months at 5% annual interest"])
    assert res.exit_code == 0, res.output
    assert "loan" in res.output and "USDC" in res.output and "Bob" in res.output
    assert "6 months" in res.output and "5%" in res.output  # the evidence column: the user's words


def test_parse_asks_about_unread_words() -> None:
    res = CliRunner().invoke(
        _app(), ["parse", "托管 3 万 USDC 给小张，到明年3月15日截止，Oscar 负责验收", "--json", "--today", "2026-12-01"]
    )
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["params"]["deadline_days"] == 104 and data["today"] == "2026-12-01"
    assert data["evidence"]["deadline_days"]["spans"][0]["words"] == "到明年3月15日截止"
    assert any("Oscar" in q["words"] for q in data["questions"])


def test_parse_errors_exit_nonzero() -> None:
    res = CliRunner().invoke(_app(), ["parse", "贷款 100 USDC，期限 3 个月，年利率 150%", "--json"])
    assert res.exit_code == 2 and "annual_rate_pct" in res.output
    high = "贷款 100 USDC，期限 3 个月，年利率 150%"
    res = CliRunner().invoke(_app(), ["parse", high, "--allow-high-rate", "--json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["params"]["annual_rate_pct"] == 150
    res = CliRunner().invoke(_app(), ["parse", "what's the weather", "--json"])
    assert res.exit_code == 2 and "kind" in res.output


def test_parse_forced_kind() -> None:
    res = CliRunner().invoke(_app(), ["parse", "100 ETH, 30 days", "--kind", "crowdfund", "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["params"]["goal"] == 100
