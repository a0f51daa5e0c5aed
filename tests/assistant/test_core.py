"""Contract creation hands over to the contract pipeline through the same confirmation token; explain answers
about what was deployed; replies serialise to the stable JSON shape."""

from __future__ import annotations

import json

from ledgerlm.assistant.core import Assistant
from ledgerlm.chain import connect


def test_create_contract_is_planned_confirmed_deployed_and_explained() -> None:
    chain = connect("memory")
    bot = Assistant(chain)
    reply = bot.handle("create an ERC20 token called Gold with symbol GLD and a supply of 1000000")
    assert reply.kind == "plan" and reply.intent == "create_contract" and reply.confirmation_token
    assert "GLD" in reply.text and reply.plan.to_data()["contract"]["kind"] == "token"
    payload = json.loads(json.dumps(reply.to_dict()))
    assert payload["plan"]["intent"] == "create_contract" and payload["confirmation_token"]
    nonce = chain.w3.eth.get_transaction_count(chain.default_account.address)
    assert bot.handle("yes").kind == "plan"  # text does not deploy
    assert chain.w3.eth.get_transaction_count(chain.default_account.address) == nonce

    done = bot.confirm(reply.confirmation_token)
    assert done.kind == "done", done.text
    address = done.outcome.summary["en"].split()[3]
    assert chain.code(address)
    assert done.outcome.tx_hashes and done.outcome.audit_id

    explained = bot.handle(f"explain the contract at {address}")
    assert explained.kind == "answer" and "Gold" in explained.text and "1,000,000" in explained.text
    zh = bot.handle("解释一下合约 #1")
    assert zh.kind == "answer" and zh.lang == "zh" and "GLD" in zh.text
