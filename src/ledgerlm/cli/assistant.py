"""CLI: ``ledgerlm chat`` (terminal conversation), ``ledgerlm act TEXT`` (one request, typed confirmation) and
``ledgerlm history list|clear``. A thin shell over ``ledgerlm.assistant.core.Assistant``.

A plan is only ever executed after the user types yes / 是 / 确认 on the terminal right under the printed plan.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import typer

from ledgerlm.cli.output import JSON_OPTION, console, emit, err_console, handle_errors, to_jsonable

history_app = typer.Typer(help="Your conversation history (encrypted at rest) / 对话历史（加密存储）.",
                          no_args_is_help=True)

CHAIN_OPTION = typer.Option(None, "--chain", help="memory, anvil or an RPC URL (default: config chain.backend).")
USER_OPTION = typer.Option(None, "--user", help="Whose conversation (default: config assistant.user).")
_EXIT = {"exit", "quit", "bye", "退出", "再见", ":q"}


def _assistant(chain: str | None, user: str | None) -> Any:
    from ledgerlm.assistant.core import Assistant

    return Assistant(chain, user=user)


def _read(prompt: str, *, quiet: bool = False) -> str | None:
    try:
        return (err_console if quiet else console).input(prompt)
    except EOFError:
        return None


def _confirm_interactively(bot: Any, reply: Any, *, quiet: bool = False) -> Any:
    """Print the plan and ask; only a typed yes executes it (the prompt goes to stderr in --json mode)."""
    from ledgerlm.assistant.session import is_yes

    answer = _read("[bold]> [/]", quiet=quiet)
    if answer is not None and is_yes(answer):
        return bot.confirm(reply.confirmation_token)
    return bot.cancel()


def _show(reply: Any) -> None:
    style = {"refused": "red", "error": "red", "done": "green", "plan": "yellow"}.get(reply.kind)
    console.print(f"[{style}]{reply.text}[/]" if style else reply.text, highlight=False, markup=bool(style))


def chat(chain: str | None = CHAIN_OPTION, user: str | None = USER_OPTION) -> None:
    """Talk to ledgerlm in Chinese or English. Type exit / 退出 to leave."""
    with handle_errors():
        bot = _assistant(chain, user)
        from ledgerlm.assistant.session import is_yes

        console.print("ledgerlm — 中文或英文都可以。exit / 退出 to leave.", highlight=False)
        waiting: str | None = None  # the token of the plan printed last
        while True:
            text = _read("[bold cyan]you> [/]")
            if text is None or text.strip().lower() in _EXIT:
                if waiting:
                    bot.cancel()
                break
            if not text.strip():
                continue
            if waiting and is_yes(text):
                # typed yes right under the printed plan: the terminal's confirmation
                reply, waiting = bot.confirm(waiting), None
                _show(reply)
                continue
            reply = bot.handle(text)  # anything else: a new message (an edit, "cancel", a question...)
            _show(reply)
            waiting = reply.confirmation_token if reply.needs_confirmation else bot.session.token


def act(
    text: str = typer.Argument(..., help="One request, e.g. 'send 0.1 ETH to bob' / '给 bob 转 20 USDC'."),
    chain: str | None = CHAIN_OPTION,
    user: str | None = USER_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Handle one request; a plan is executed only if you then type yes (stdin) under it."""
    with handle_errors():
        bot = _assistant(chain, user)
        reply = bot.handle(text)
        if not reply.needs_confirmation:
            emit(reply.to_dict(), as_json, lambda _d: _show(reply))
            if reply.kind in ("refused", "error"):
                raise typer.Exit(1)
            return
        if as_json:
            err_console.print(reply.text, highlight=False, markup=False)
        else:
            _show(reply)
        final = _confirm_interactively(bot, reply, quiet=as_json)
        emit({"plan": reply.to_dict()["plan"], "result": final.to_dict()}, as_json, lambda _d: _show(final))
        if final.kind in ("refused", "error"):
            raise typer.Exit(1)


@history_app.command("list")
def history_list(
    user: str | None = USER_OPTION,
    limit: int = typer.Option(50, "--limit", min=1, help="How many of the latest messages."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Show your latest messages (decrypted locally)."""
    with handle_errors():
        from ledgerlm.assistant.history import History
        from ledgerlm.config import load_config

        who = user or str(load_config().get("assistant", {}).get("user", "default"))
        messages = History().list(who, limit)
        data = [{"id": m.id, "time": datetime.fromtimestamp(m.created_at, UTC).isoformat(timespec="seconds"),
                 "role": m.role, "text": m.text, "meta": m.meta} for m in messages]

        def render(rows: list[dict[str, Any]]) -> None:
            if not rows:
                console.print("no history / 没有历史记录")
            for row in rows:
                console.print(f"[dim]{row['time']}[/] [bold]{row['role']}[/]: {row['text']}", highlight=False)

        emit(to_jsonable(data), as_json, render)


@history_app.command("clear")
def history_clear(
    user: str | None = USER_OPTION,
    everyone: bool = typer.Option(False, "--all", help="Clear every user's history on this machine."),
    yes: bool = typer.Option(False, "--yes", help="Do not ask for confirmation."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Delete your history (or everyone's with --all)."""
    with handle_errors():
        from ledgerlm.assistant.history import History
        from ledgerlm.config import load_config

        who = None if everyone else (user or str(load_config().get("assistant", {}).get("user", "default")))
        if not yes:
            typer.confirm(f"Delete the history of {'all users' if who is None else who}?", abort=True)
        removed = History().clear(who)
        emit({"user": who, "deleted": removed}, as_json,
             lambda d: console.print(f"deleted {d['deleted']} messages / 已删除 {d['deleted']} 条记录"))


def register(app: typer.Typer) -> None:
    app.command("chat")(chat)
    app.command("act")(act)
    app.add_typer(history_app, name="history")
