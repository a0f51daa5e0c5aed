"""``create --yes`` never deploys a reading with unsettled words: exit 2, naming the words and the ``--set``."""

from __future__ import annotations

from typer.testing import CliRunner


def test_create_yes_refuses_unread_words_with_exit_2() -> None:
    from ledgerlm.cli.main import app

    res = CliRunner().invoke(
        app, ["create", "escrow 500 USDC for Nina, 10 days, Oscar will check the work", "--chain", "memory", "--yes"]
    )
    assert res.exit_code == 2, res.output
    assert "Oscar" in res.output and "--set arbiter=VALUE" in res.output
    zh = CliRunner().invoke(
        app, ["create", "托管 500 USDC 给小张，10 天，老周负责验收", "--chain", "memory", "--yes", "--json"]
    )
    assert zh.exit_code == 2 and "老周" in zh.output and "未确认" in zh.output


def test_spec_table_shows_the_users_words() -> None:
    from rich.console import Console

    from ledgerlm.cli.contracts import _spec_table
    from ledgerlm.contracts import pipeline

    plan = pipeline.plan_from_text("Loan 1000 USDC to Bob for 6 months at 5% annual interest, monthly repayments")
    console = Console(record=True, width=140)
    console.print(_spec_table(plan))
    out = console.export_text()
    assert "“6 months”" in out and "“5%”" in out and "“Bob”" in out and "from your words" in out
