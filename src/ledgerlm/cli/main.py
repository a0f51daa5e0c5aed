"""The ``ledgerlm`` command. Each capability registers its commands from ``ledgerlm.cli.<area>``."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="ledgerlm",
    help="Plain language in, verified on-chain action out, every AI decision provable afterwards.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

# Modules that expose ``register(app: typer.Typer) -> None``.
_AREAS = [
    "ledgerlm.cli.node",
    "ledgerlm.cli.language",
    "ledgerlm.cli.contracts",
    "ledgerlm.cli.intents",
    "ledgerlm.cli.assistant",
    "ledgerlm.cli.devnet",
    "ledgerlm.cli.risk",
    "ledgerlm.cli.audit",
    "ledgerlm.cli.privacy",
    "ledgerlm.cli.identity",
    "ledgerlm.cli.consensus",
    "ledgerlm.cli.models",
    "ledgerlm.cli.server",
]


def _register_all() -> None:
    for name in _AREAS:
        importlib.import_module(name).register(app)


_register_all()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
