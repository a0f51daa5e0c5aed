"""The options every area shares (``--chain``, ``--json``, ``--rpc``, ``--yes``, ``--lang``) and the one error guard
its commands run under.

One definition each, so an option means the same and reads the same in every ``--help``. A command that needs a
sharper wording of the same option (``--chain`` for a reconciliation, say) passes its own help to the factory.

The guard: a command or group made here (:func:`group`, :func:`command`) runs inside
:func:`ledgerlm.cli.output.handle_errors`, so a ``LedgerError`` anywhere below it becomes one line and a hint on
stderr with exit 2 (usage) or 1, never a traceback, both under ``ledgerlm`` (whose top-level handler in
``ledgerlm.cli.main.run`` words everything else) and when the typer app is invoked directly (tests, embedding).
Commands therefore carry no ``with handle_errors()`` of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import typer
from typer.core import TyperCommand, TyperGroup

from ledgerlm.cli.output import JSON_OPTION, handle_errors

if TYPE_CHECKING:
    from typer._click import Context  # typer bundles its own click

__all__ = [
    "CHAIN_HELP",
    "CHAIN_OPTION",
    "JSON_OPTION",
    "RPC_OPTION",
    "GuardedCommand",
    "GuardedGroup",
    "chain_option",
    "command",
    "group",
    "lang_option",
    "rpc_option",
    "yes_option",
]

F = TypeVar("F", bound=Callable[..., Any])

CHAIN_HELP = "memory, anvil or a JSON-RPC URL (default: chain.backend in config.toml, else anvil)."


def chain_option(help: str = CHAIN_HELP) -> Any:  # noqa: A002 - typer's own keyword
    """``--chain``: which chain a command talks to."""
    return typer.Option(None, "--chain", help=help)


def yes_option(help: str = "Do not ask for confirmation.", *, short: bool = False) -> Any:  # noqa: A002
    """``--yes`` (and ``-y`` where ``short``): the confirmation given on the command line, for scripts."""
    return typer.Option(False, "--yes", *(("-y",) if short else ()), help=help)


def lang_option(help: str = "zh or en (default: the language of the input).", default: str | None = None) -> Any:  # noqa: A002
    """``--lang``: the language replies come in."""
    return typer.Option(default, "--lang", help=help)


def rpc_option(help: str = "JSON-RPC URL of the chain to check against.") -> Any:  # noqa: A002
    """``--rpc``: a node's URL, where a command reads a chain it does not otherwise know."""
    return typer.Option(None, "--rpc", help=help)


CHAIN_OPTION = chain_option()
RPC_OPTION = rpc_option()


class GuardedCommand(TyperCommand):
    """A command whose ledgerlm errors become one stderr line, a hint and the error's exit code."""

    def invoke(self, ctx: Context) -> Any:
        with handle_errors():
            return super().invoke(ctx)


class GuardedGroup(TyperGroup):
    """A group whose every subcommand runs under the same guard as :class:`GuardedCommand`."""

    def invoke(self, ctx: Context) -> Any:
        with handle_errors():
            return super().invoke(ctx)


def group(help: str, **kwargs: Any) -> typer.Typer:  # noqa: A002
    """A sub-command group (``ledgerlm audit ...``) under the guard; ``no_args_is_help`` unless told otherwise."""
    kwargs.setdefault("no_args_is_help", True)
    return typer.Typer(help=help, cls=GuardedGroup, **kwargs)


def command(app: typer.Typer, name: str) -> Callable[[F], F]:
    """``@command(app, "create")``: register a top-level command under the guard."""

    def register(fn: F) -> F:
        app.command(name, cls=GuardedCommand)(fn)
        return fn

    return register
