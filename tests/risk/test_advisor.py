"""The advice dialogue: three questions, then general guidance grounded in computed figures; never executes."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from ledgerlm.cli.main import app
from ledgerlm.errors import InputError
from ledgerlm.risk.advisor import AdviceDialogue, Profile, advise, parse_experience, parse_horizon, parse_loss
from ledgerlm.risk.market import token_report


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("6 months", "short"),
        ("3 years", "medium"),
        ("10 years", "long"),
        ("半年", "short"),
        ("三年", "medium"),
        ("退休用", "long"),
        ("??", None),
    ],
)
def test_parse_horizon(text: str, want: str | None) -> None:
    assert parse_horizon(text) == want


def test_parse_loss_and_experience() -> None:
    assert parse_loss("30%") == 30 and parse_loss("一半") == 50 and parse_loss("三成") == 30 and parse_loss("x") is None
    assert parse_experience("新手") == "none" and parse_experience("some") == "some"
    assert parse_experience("很有经验") == "experienced"


def test_dialogue_asks_three_questions_then_advises_in_the_users_language() -> None:
    d = AdviceDialogue("zh")
    assert "多久" in d.question()
    assert "跌幅" in d.reply("两年")
    assert "经验" in d.reply("30%")
    again = d.reply("嗯")
    assert again.startswith("没听懂")
    advice = d.reply("新手")
    assert not isinstance(advice, str) and advice.lang == "zh"
    assert advice.profile == Profile("medium", 30.0, "none")
    assert "不构成个人投资建议" in advice.text and "避免" in advice.text


def test_advice_is_grounded_in_the_figures() -> None:
    advice = advise(Profile("long", 40, "some"), ["BTC", "ETH"], "en")
    btc, eth = token_report("BTC"), token_report("ETH")
    worst = max(btc.max_drawdown_all_time_pct, eth.max_drawdown_all_time_pct)
    assert advice.max_crypto_share_pct == pytest.approx(round(40 / worst * 100, 1))
    assert f"{eth.max_drawdown_all_time_pct:.1f}%" in advice.text and f"{btc.volatility_annual_pct:.1f}%" in advice.text
    assert advice.correlation is not None and 0.5 < advice.correlation < 1
    assert "as of" not in advice.text or "2023-04-17" in advice.text
    assert advice.as_of == "2023-04-17" and "[Not personal financial advice]" in advice.text
    assert advice.to_data()["executes"] is False
    stocks = advise(Profile(), [], "en", stocks=True)
    assert "Stocks are out of scope" in stocks.text and "horizon" in stocks.text
    with pytest.raises(InputError):
        advise(Profile("forever"), [], "en")


def test_cli_advise_with_flags_and_interactive() -> None:
    runner = CliRunner()
    out = runner.invoke(
        app, ["advise", "--horizon", "10 years", "--loss", "50", "--experience", "none", "--json", "--no-interactive"]
    )
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert data["profile"] == {"horizon": "long", "loss_tolerance_pct": 50.0, "experience": "none"}
    assert data["executes"] is False and data["figures"][0]["symbol"] == "BTC"
    talk = runner.invoke(app, ["advise", "--interactive", "--lang", "zh"], input="半年\n10%\n有一些\n")
    assert talk.exit_code == 0, talk.output
    assert "这笔钱你能放多久" in talk.output and "不构成个人投资建议" in talk.output
    bad = runner.invoke(app, ["advise", "--horizon", "soonish", "--no-interactive"])
    assert bad.exit_code == 2 and "cannot read" in bad.stderr


def test_cli_risk_loan_and_plot(tmp_path) -> None:
    runner = CliRunner()
    out = runner.invoke(app, ["risk", "--collateral", "ETH=2", "--debt", "USDC=1500", "--json"])
    assert out.exit_code == 0, out.output
    loan = json.loads(out.stdout)["loan"]
    assert str(loan["thresholds"]["ETH"]) == "0.75" and loan["as_of"] == "2023-04-17"
    png = tmp_path / "health.png"
    shown = runner.invoke(app, ["risk", "--collateral", "ETH=2", "--debt", "USDC=1500", "--plot", str(png)])
    assert shown.exit_code == 0 and png.exists() and "liquidation price" in shown.output
    assert all(len(line) <= 120 for line in shown.output.splitlines())
    price_png = tmp_path / "p.png"
    assert runner.invoke(app, ["price", "BTC", "--plot", str(price_png)]).exit_code == 0 and price_png.exists()


def test_cli_learn_lessons() -> None:
    runner = CliRunner()
    out = runner.invoke(app, ["learn", "gas", "--json"])
    lessons = json.loads(out.stdout)
    assert lessons[0]["id"] == "gas/what-is-gas" and all(x["question"] for x in lessons)
    zh = runner.invoke(app, ["learn", "稳定币", "--no-interactive"])
    assert zh.exit_code == 0 and "问题" in zh.output and "参考答案" in zh.output
    talk = runner.invoke(app, ["learn", "wallets", "--interactive"], input="\n".join(["private keys"] * 8) + "\n")
    assert talk.exit_code == 0 and "Model answer" in talk.output
    bad = runner.invoke(app, ["learn", "cooking pasta"])
    assert bad.exit_code == 2 and "no lessons" in bad.stderr
