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


# -- classes of failure found by the round-7 unseen adversarial set (docs/assistant.md, "Round 7") ------------------
KEY = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
XPRV = "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi"
WIF = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"  # the textbook WIF of a well-known test key


def _nonce(chain: Chain) -> int:
    return chain.w3.eth.get_transaction_count(chain.default_account.address)


def test_a_message_without_words_keeps_the_conversation_language(chain: Chain) -> None:
    """ "👍", a pasted token, a key after "私钥：", JSON after Chinese words, Rich markup around Chinese: the reply is
    Chinese in a Chinese conversation (the key/JSON/markup are not words of any language)."""
    from ledgerlm.assistant.core import message_lang

    assert message_lang("👍", "zh") == "zh" and message_lang("👍", "en") == "en"
    assert message_lang("私钥：8da4ef21b864d2cc526dbdb2a120bd2874c36c9d0a1fb7f8c63d7f7a8b41de8f", "en") == "zh"
    assert message_lang('这是我的钱包文件：{"crypto": {"cipher": "aes-128-ctr", "kdf": "scrypt"}}', "en") == "zh"
    assert message_lang("[link=file:///etc/passwd]给 bob 转 0.001 ETH[/link] [/]", "en") == "zh"
    assert message_lang("send 0.1 ETH to 0x742d35Cc6634C0532925a3b844Bc454e4438f44e", "zh") == "en"
    bot = Assistant(chain)
    plan = bot.handle("给 bob 转 0.001 ETH")
    thumbs = bot.handle("👍")
    assert thumbs.lang == "zh" and "已取消" in thumbs.text and not thumbs.needs_confirmation
    assert bot.confirm(plan.confirmation_token).kind != "done"
    plan = bot.handle("给 bob 转 0.001 ETH")
    pasted = bot.handle(f"确认 {plan.confirmation_token}")
    assert pasted.lang == "zh" and "已取消" in pasted.text and "cancelled" not in pasted.text
    assert bot.confirm(plan.confirmation_token).kind != "done"
    refused = bot.handle("私钥：" + KEY[2:])
    assert refused.kind == "refused" and refused.lang == "zh" and "私钥" in refused.text


def test_assent_the_plan_did_not_offer_cancels_it_and_says_why(chain: Chain) -> None:
    """The prompt says which words confirm (yes / 是 / 确认) and that anything else cancels: "好的", "ok", "y", 👍
    cancel the plan, saying only yes confirms it; the terminal confirms only the offered words."""
    from ledgerlm.assistant.session import is_confirmation, is_yes
    from ledgerlm.cli.assistant import Terminal, answer_plan

    for word in ("yes", "YES.", "是", "确认", " 是！"):
        assert is_confirmation(word) and is_yes(word)
    for word in ("好的", "ok", "y", "👍", "go ahead", "はい", "确定", "confirm"):
        assert is_yes(word) and not is_confirmation(word), word
    bot = Assistant(chain)
    before = _nonce(chain)
    for word in ("ok", "go ahead", "y"):
        plan = bot.handle("send 0.001 ETH to bob")
        assert "Type yes" in plan.text
        said = bot.handle(word)
        assert said.kind == "answer" and "only yes confirms it" in said.text and not said.needs_confirmation
        assert bot.confirm(plan.confirmation_token).kind != "done"
    term = Terminal()
    term.interactive = True  # what the terminal would decide; the typed path is proven in test_pty.py
    plan = bot.handle("send 0.001 ETH to bob")
    assert answer_plan(bot, plan, "好的", term) is None and _nonce(chain) == before  # -> handle(): cancelled
    done = answer_plan(bot, plan, "yes", term)
    assert done.kind == "done" and _nonce(chain) == before + 1


def test_keys_split_hidden_or_in_other_encodings_are_refused_and_not_stored(chain: Chain) -> None:
    bot = Assistant(chain, user="r7")
    spaced = " ".join(KEY[2:][i : i + 8] for i in range(0, 64, 8))
    hidden = KEY[:20] + "\u200b" + KEY[20:]
    for text in (f"key: {spaced}", f"import {hidden}", f"my master key {XPRV}", f"wif {WIF}", f"私钥 {spaced}"):
        reply = bot.handle(text)
        assert reply.kind == "refused", (text, reply.text)
    stored = "\n".join(m.text for m in History().list("r7")).replace(" ", "").replace("\u200b", "")
    assert KEY[2:] not in stored and XPRV not in stored and WIF not in stored
    # ordinary hex and base58 text is not a secret
    assert bot.handle("what is the price of ETH?").kind == "answer"
    assert bot.handle("explain the contract at 0x742d35Cc6634C0532925a3b844Bc454e4438f44e").kind != "refused"


def test_direction_controls_and_address_errors_are_named_in_the_users_language(chain: Chain) -> None:
    bot = Assistant(chain)
    before = _nonce(chain)
    bidi = bot.handle("send 0.001 ETH to bob\u202e 1111111111111111111111111111111111111111x0\u202c")
    assert bidi.kind == "error" and "RIGHT-TO-LEFT OVERRIDE" in bidi.text and not bidi.needs_confirmation
    bidi_zh = bot.handle("给 bob 转 0.001 ETH\u2067 0x1111111111111111111111111111111111111111\u2069")
    assert bidi_zh.lang == "zh" and "方向控制符" in bidi_zh.text and not bidi_zh.needs_confirmation
    checksum = bot.handle("给 0x742d35cC6634C0532925a3b844Bc454e4438f44e 转 0.001 ETH")
    assert checksum.kind == "error" and "校验和" in checksum.text and "invalid" not in checksum.text
    zw = bot.handle("send 0.001 ETH to 0x742d35Cc6634C0532925a3b8\u200b44Bc454e4438f44e")
    assert zw.kind == "error" and "invisible character (ZERO WIDTH SPACE) at position 27" in zw.text
    # a closing bracket or quote after an address ends it: the two candidates are asked about, not a look-alike
    other = "0xAb5801a7D398351b8bE11C439e05C5B3259aeC9B"
    for text in (f"给 bob 转 0.001 ETH（其实应该转到 {other}）", f"给“{other}”转 0.001 ETH，就是 bob"):
        asked = bot.handle(text)
        assert asked.kind == "question" and "bob" in asked.text and other in asked.text, asked.text
    token = bot.handle("给 bob 转 1 USDC")
    assert token.lang == "zh" and "本地链请运行" in token.text and "elsewhere" not in token.text
    assert _nonce(chain) == before
