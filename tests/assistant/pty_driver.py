"""Run the real ``ledgerlm`` CLI (``chat`` / ``act`` / ``history``) on a fresh memory chain, for the pseudo-terminal
tests: bob is in the address book, and on exit the chain's state (sender nonce, balances in wei) is written as JSON
to ``$PTY_STATE`` so the test can assert on the chain, not on the wording.

    PTY_STATE=/tmp/state.json python tests/assistant/pty_driver.py chat
"""

from __future__ import annotations

import atexit
import json
import os
import sys

BOB = "0x742d35Cc6634C0532925a3b844Bc454e4438f44e"


def main() -> None:
    from ledgerlm.assistant.core import Assistant
    from ledgerlm.chain import connect, contacts
    from ledgerlm.cli.main import main as cli_main

    chain = connect("memory")
    contacts.add("bob", BOB)
    Assistant.chain = property(lambda self: chain)  # type: ignore[method-assign,assignment]
    me = chain.default_account.address

    def dump() -> None:
        state = {"nonce": chain.w3.eth.get_transaction_count(me), "me": chain.balance(me), "bob": chain.balance(BOB)}
        with open(os.environ["PTY_STATE"], "w", encoding="utf-8") as handle:
            json.dump(state, handle)

    atexit.register(dump)
    sys.argv = ["ledgerlm", *sys.argv[1:]]
    cli_main()


if __name__ == "__main__":
    main()
