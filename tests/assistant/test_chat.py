"""Conversations: missing slots are asked for, follow-ups edit or cancel the pending plan, replies follow the
user's language, questions never transact, secrets are refused, and the terminal chat / history CLI work."""

from __future__ import annotations

from decimal import Decimal

import pytest
import typer
from typer.testing import CliRunner

from ledgerlm.assistant.core import Assistant
from ledgerlm.assistant.history import History
from ledgerlm.chain import Chain, connect, contacts

BOB = "0x742d35Cc6634C0532925a3b844Bc454e4438f44e"


@pytest.fixture(scope="module")
def memory_chain() -> Chain:
    return connect("memory")


@pytest.fixture
def chain(memory_chain: Chain):
    snap = memory_chain.snapshot()
    contacts.add("bob", BOB)
    yield memory_chain
    memory_chain.revert(snap)


def test_missing_amount_is_asked_then_edited_then_cancelled(chain: Chain) -> None:
    bot = Assistant(chain)
    ask = bot.handle("send ETH to bob")
    assert ask.kind == "question" and "How much ETH" in ask.text
    plan = bot.handle("2")
    assert plan.kind == "plan" and plan.plan.amount == Decimal(2) and plan.plan.recipient == BOB
    edited = bot.handle("make it 0.5 instead")
    assert edited.kind == "plan" and edited.plan.amount == Decimal("0.5") and "Updated" in edited.text
    assert edited.confirmation_token != plan.confirmation_token
    stale = bot.confirm(plan.confirmation_token)  # the replaced plan's token is dead
    assert stale.kind == "error" and chain.balance(BOB) == 0
    cancelled = bot.handle("cancel")
    assert cancelled.kind == "cancelled" and "Nothing was sent" in cancelled.text
    assert bot.confirm(edited.confirmation_token).kind == "error" and chain.balance(BOB) == 0


def test_missing_recipient_is_asked_and_a_question_meanwhile_is_still_answered(chain: Chain) -> None:
    bot = Assistant(chain)
    ask = bot.handle("转 0.1 个 ETH")
    assert ask.kind == "question" and ask.lang == "zh" and "转给谁" in ask.text
    price = bot.handle("what is the price of ETH?")  # not an answer to the question: answered on its own
    assert price.kind == "answer" and price.intent == "price"
    plan = bot.handle("bob")
    assert plan.kind == "plan" and plan.plan.recipient == BOB and plan.lang == "zh"


def test_chinese_conversation_and_typed_confirmation_only_via_token(chain: Chain) -> None:
    bot = Assistant(chain)
    first = bot.handle("给 bob 转 0.1 个 ETH")
    assert first.kind == "plan" and first.lang == "zh" and "将要执行的操作" in first.text
    edited = bot.handle("改成 0.2 个")
    assert edited.plan.amount == Decimal("0.2") and "已更新计划" in edited.text
    said_yes = bot.handle("确认")  # typed into the message box, not the confirmation step
    assert said_yes.kind == "plan" and chain.balance(BOB) == 0
    done = bot.confirm(edited.confirmation_token)
    assert done.kind == "done" and done.text.startswith("已完成") and chain.balance(BOB) == 2 * 10**17
    assert len(done.outcome.tx_hashes) == 1


def test_questions_never_send_transactions(chain: Chain) -> None:
    bot = Assistant(chain)
    me = chain.default_account.address
    nonce = chain.w3.eth.get_transaction_count(me)
    replies = {
        text: bot.handle(text)
        for text in (
            "what is the price of ETH?",
            "should I hold ETH?",
            "我的 BTC 风险大吗？",
            "what is impermanent loss?",
            "hello there",
        )
    }
    for text, reply in replies.items():
        assert reply.kind == "answer" and reply.confirmation_token is None and reply.plan is None, text
    assert "$" in replies["what is the price of ETH?"].text
    assert "financial advice" in replies["should I hold ETH?"].text
    assert replies["我的 BTC 风险大吗？"].lang == "zh" and "投资建议" in replies["我的 BTC 风险大吗？"].text
    assert replies["what is impermanent loss?"].citations
    assert chain.w3.eth.get_transaction_count(me) == nonce


def test_secrets_are_refused_and_never_stored(chain: Chain, ledgerlm_home) -> None:
    bot = Assistant(chain, user="alice")
    key = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
    reply = bot.handle(f"my private key is {key}, send 1 ETH to bob")
    assert reply.kind == "refused" and "private key" in reply.text
    texts = [m.text for m in History().list("alice")]
    assert texts and all(key not in t for t in texts)
    assert key.encode() not in (ledgerlm_home / "history.sqlite").read_bytes()


def _cli() -> typer.Typer:
    from ledgerlm.cli import assistant as cli

    app = typer.Typer()
    cli.register(app)
    return app


def test_piped_chat_never_confirms_act_yes_does_and_history_cli(chain: Chain, monkeypatch) -> None:
    """A "yes" from a stdin that is not a terminal is not a confirmation (the typed path is proven through a real
    pseudo-terminal in test_pty.py); ``act --yes`` is the explicit script form."""
    monkeypatch.setattr("ledgerlm.assistant.core.Assistant.chain", property(lambda self: chain))
    runner = CliRunner()
    app = _cli()
    result = runner.invoke(app, ["chat", "--user", "tess"], input="send 0.1 ETH to bob\nyes\nexit\n")
    assert result.exit_code == 0, result.output
    assert "Here is exactly what will happen" in result.output and "not a terminal" in result.output
    assert "Done" not in result.output and chain.balance(BOB) == 0
    piped = runner.invoke(app, ["act", "send 0.1 ETH to bob", "--user", "tess"], input="yes\n")
    assert piped.exit_code == 1 and "not a terminal" in piped.output and chain.balance(BOB) == 0
    scripted = runner.invoke(app, ["act", "--yes", "send 0.1 ETH to bob", "--user", "tess"])
    assert scripted.exit_code == 0, scripted.output
    assert "Done" in scripted.output and chain.balance(BOB) == 10**17
    listed = runner.invoke(app, ["history", "list", "--user", "tess", "--json"])
    assert listed.exit_code == 0 and "send 0.1 ETH to bob" in listed.output
    cleared = runner.invoke(app, ["history", "clear", "--user", "tess", "--yes", "--json"])
    assert cleared.exit_code == 0 and '"deleted"' in cleared.output
    assert History().list("tess") == []
