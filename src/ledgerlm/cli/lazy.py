"""Which module registers which command, so ``ledgerlm X`` imports only the area that defines ``X``.

Each area module (``ledgerlm.cli.<area>``) exposes ``register(app)``; importing all of them costs seconds (web3,
py-evm, numpy, FastAPI ...), while ``ledgerlm parse`` needs only the language area. ``COMMANDS`` maps every
top-level command to its module and its one-line help; ``ledgerlm --help`` is drawn from that table without
importing any area. ``tests/cli/test_lazy.py`` checks the table against what the modules really register, so it
cannot drift.
"""

from __future__ import annotations

#: command -> (module that registers it, one-line help shown by `ledgerlm --help`)
COMMANDS: dict[str, tuple[str, str]] = {
    "parse": ("ledgerlm.cli.language", "Parse a contract request into kind and params, with the words each came from."),
    "create": ("ledgerlm.cli.contracts", "Turn one sentence into a compiled, analysed, tested and deployed contract."),
    "deployments": ("ledgerlm.cli.contracts", "List the contracts ledgerlm deployed."),
    "explain": ("ledgerlm.cli.contracts", "Explain what a contract lets whom do, its money flows, schedule and risks."),
    "journal": ("ledgerlm.cli.node", "Interrupted operations and what each still needs."),
    "resume": ("ledgerlm.cli.node", "Finish an interrupted create."),
    "review": ("ledgerlm.cli.review", "Review a contract: findings with lines, SWC and DASP, roles and money flows."),
    "intent": ("ledgerlm.cli.intents", "Classify an utterance into an intent and extract its slots."),
    "ask": ("ledgerlm.cli.intents", "Answer a question from the cited bilingual knowledge base or live figures."),
    "train": ("ledgerlm.cli.intents", "Train the assistant's models (intent classifier)."),
    "chat": ("ledgerlm.cli.assistant", "Talk to ledgerlm in Chinese or English."),
    "act": ("ledgerlm.cli.assistant", "Handle one request; money moves only on a confirmation of the plan shown."),
    "history": ("ledgerlm.cli.assistant", "Your conversation history (encrypted at rest)."),
    "price": ("ledgerlm.cli.risk", "Last shipped price, changes, volatility, drawdowns and VaR of a token."),
    "risk": ("ledgerlm.cli.risk", "Market risk of a token or portfolio, or a loan's health and liquidation price."),
    "aml": ("ledgerlm.cli.risk", "Anti-money-laundering screening of transfer streams."),
    "advise": ("ledgerlm.cli.risk", "Figure-based crypto guidance after three questions."),
    "learn": ("ledgerlm.cli.learn", "Short lessons from the knowledge base, with a question after each."),
    "node": ("ledgerlm.cli.node", "The managed local anvil node."),
    "account": ("ledgerlm.cli.node", "Encrypted keystore accounts for real networks."),
    "contacts": ("ledgerlm.cli.node", "Address book: names for addresses."),
    "devnet": ("ledgerlm.cli.devnet", "Local DeFi world: tokens, lending, AMM, oracle, staking."),
    "audit": ("ledgerlm.cli.audit", "Verifiable audit trail of AI decisions."),
    "redact": ("ledgerlm.cli.privacy", "Replace personal data with typed placeholders; refuse keys and seed phrases."),
    "id": ("ledgerlm.cli.identity", "Decentralized identity and credentials."),
    "consensus": ("ledgerlm.cli.consensus", "Difficulty and slot-parameter lab: simulate and compare controllers."),
    "models": ("ledgerlm.cli.models", "AI model and data registry."),
    "dao": ("ledgerlm.cli.governance", "DAO governance in plain language."),
    "serve": ("ledgerlm.cli.server", "Serve the HTTP API and the web page."),
}


def areas() -> list[str]:
    """Every area module, once each, in table order."""
    return list(dict.fromkeys(module for module, _ in COMMANDS.values()))


def command_in(args: list[str]) -> str | None:
    """The top-level command named by ``args`` (the first argument that is not an option), if any."""
    for arg in args:
        if not arg.startswith("-"):
            return arg
    return None
