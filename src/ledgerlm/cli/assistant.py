"""CLI: ``ledgerlm chat`` (terminal conversation), ``ledgerlm act TEXT`` (one request, typed confirmation) and
``ledgerlm history list|clear``. A thin shell over ``ledgerlm.assistant.core.Assistant``.

A plan is only ever executed after the user types yes / 是 / 确认 -- exactly the words its prompt offers -- (or the
plan's code) on a real terminal, after the plan was drawn: other assent ("ok", "好的", 👍) cancels it like any other
message, type-ahead is discarded, and a piped "yes" confirms nothing (scripts use ``act --yes``, which still refuses
whatever the policy would ask about). Every text printed here passes
through ``ledgerlm.inert.inert`` first.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import Any, TextIO

import typer
from rich.console import Console

from ledgerlm.cli.options import CHAIN_OPTION, command, group, yes_option
from ledgerlm.cli.output import JSON_OPTION, console, emit, err_console, to_jsonable
from ledgerlm.inert import inert

history_app = group("Your conversation history (encrypted at rest) / 对话历史（加密存储）.")

USER_OPTION = typer.Option(None, "--user", help="Whose conversation (default: config assistant.user).")
_EXIT = {"exit", "quit", "bye", "退出", "再见", ":q"}


def _assistant(chain: str | None, user: str | None) -> Any:
    from ledgerlm.assistant.core import Assistant

    return Assistant(chain, user=user)


class Terminal:
    """Line input for the chat and ``act``. On a real terminal, whatever was typed (or pasted) before a plan was
    drawn is discarded right after drawing it (``termios.tcflush``), so only input given to the plan on screen can
    confirm it. Input that is not a terminal (a pipe, a file) can never confirm anything."""

    def __init__(self, stream: TextIO | None = None, out: Console | None = None) -> None:
        self.stream = stream or sys.stdin
        self.out = out or console
        try:
            self.interactive = bool(self.stream.isatty())
        except (AttributeError, ValueError):
            self.interactive = False

    def discard_typeahead(self) -> None:
        """Drop every byte typed before now (the plan has just been drawn and flushed)."""
        self.out.file.flush()
        if not self.interactive:
            return
        try:
            import termios

            termios.tcflush(self.stream.fileno(), termios.TCIFLUSH)
        except (ImportError, OSError, ValueError):  # pragma: no cover - not a POSIX terminal
            pass

    def read(self, prompt: str) -> str | None:
        """One line without its newline; None at end of input."""
        self.out.print(prompt, end="", highlight=False)
        self.out.file.flush()
        try:
            line = self.stream.readline()
        except (KeyboardInterrupt, EOFError):
            return None
        if not line:
            return None
        return line.rstrip("\r\n")


def show(reply: Any, out: Console | None = None) -> None:
    """Print a reply: its text made inert (no control characters, no markup) inside the colour of its kind."""
    style = {"refused": "red", "error": "red", "done": "green", "plan": "yellow"}.get(reply.kind)
    text = inert(reply.text)
    (out or console).print(f"[{style}]{text}[/]" if style else text, highlight=False, emoji=False)


def _say(key: str, lang: str, out: Console | None = None, **values: Any) -> None:
    from ledgerlm.assistant import replies

    (out or console).print(inert(replies.say(key, lang, **values)), highlight=False, emoji=False)


def _matches_code(text: str, code: str | None) -> bool:
    return bool(code) and text.strip().upper().replace("-", "").replace(" ", "") == code


def answer_plan(bot: Any, reply: Any, text: str, term: Terminal) -> Any | None:
    """``text`` typed after ``reply``'s plan was drawn: the confirmation (a Reply) if it is one, None if it is
    another message (which the caller hands to ``bot.handle``, cancelling the plan)."""
    from ledgerlm.assistant.session import is_confirmation

    lang = reply.lang
    if not (is_confirmation(text) or _matches_code(text, reply.code)):
        return None
    if not term.interactive:
        bot.cancel()
        _say("not_a_terminal", lang, term.out)
        return False
    if reply.code and not _matches_code(text, reply.code):
        _say("code_needed", lang, term.out, code=reply.code)
        return True  # the plan stays on screen, still waiting for its code
    return bot.confirm(reply.confirmation_token, code=reply.code if reply.code else None)


def chat_loop(bot: Any, term: Terminal) -> None:
    """The conversation: a plan is executed only by yes (or its code) typed after it was drawn, on a terminal."""
    term.out.print("ledgerlm — 中文或英文都可以。exit / 退出 to leave.", highlight=False)
    shown: Any = None  # the reply whose plan is on screen
    while True:
        text = term.read("[bold cyan]you> [/]")
        if text is None or text.strip().lower() in _EXIT:
            if shown is not None:
                bot.cancel()
            break
        if not text.strip():
            continue
        reply = None
        if shown is not None and bot.session.token == shown.confirmation_token:
            reply = answer_plan(bot, shown, text, term)
            if reply is True:
                term.discard_typeahead()
                continue
            if reply is False:
                shown = None
                continue
        if reply is None:
            reply = bot.handle(text)  # anything else: a new message; it cancels the plan on screen
        show(reply, term.out)
        shown = reply if reply.needs_confirmation else None
        if shown is not None:
            term.discard_typeahead()


def chat(chain: str | None = CHAIN_OPTION, user: str | None = USER_OPTION) -> None:
    """Talk to ledgerlm in Chinese or English. Type exit / 退出 to leave.

    A plan runs only when you type yes / 是 / 确认 (or, above the value threshold, the code shown in the plan)
    after it was drawn; anything typed earlier is discarded, any other message cancels it, and it expires."""
    chat_loop(_assistant(chain, user), Terminal())


def script_refusal(reply: Any) -> dict[str, str] | None:
    """Why ``act --yes`` must not confirm this plan (the policy would ask), in both languages; None if it may."""
    flags = set(reply.plan.flags if reply.plan else [])
    if reply.code:
        return {"en": "is above the value that needs a typed code", "zh": "金额超过需要输入确认码的额度"}
    if "new_recipient" in flags:
        return {"en": "sends to a recipient not in your address book", "zh": "收款方不在通讯录中"}
    if "kyc_required" in flags:
        return {"en": "needs a KYC credential", "zh": "需要 KYC 凭证"}
    if flags:
        return {
            "en": "is flagged by the policy (" + ", ".join(sorted(flags)) + ")",
            "zh": "被策略标记（" + ", ".join(sorted(flags)) + "）",
        }
    return None


def act(
    text: str = typer.Argument(..., help="One request, e.g. 'send 0.1 ETH to bob' / '给 bob 转 20 USDC'."),
    chain: str | None = CHAIN_OPTION,
    user: str | None = USER_OPTION,
    yes: bool = yes_option(
        "Scripts: confirm the plan without asking -- only when the "
        "policy has nothing to ask about (known recipient, below the code threshold, no KYC)."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Handle one request. On a terminal you confirm the printed plan by typing yes (or its code); a "yes" piped
    into stdin is not a confirmation -- scripts pass --yes explicitly."""
    bot = _assistant(chain, user)
    term = Terminal(out=err_console if as_json else console)
    reply = bot.handle(text)
    if not reply.needs_confirmation:
        emit(reply.to_dict(), as_json, lambda _d: show(reply))
        if reply.kind in ("refused", "error"):
            raise typer.Exit(1)
        return
    show(reply, term.out)
    final: Any = None
    if yes:
        why = script_refusal(reply)
        if why is not None:
            bot.cancel()
            _say("script_refused", reply.lang, term.out, why=why.get(reply.lang, why["en"]))
            raise typer.Exit(1)
        final = bot.confirm(reply.confirmation_token)
    elif not term.interactive:
        bot.cancel()
        _say("not_a_terminal", reply.lang, term.out)
        raise typer.Exit(1)
    else:
        term.discard_typeahead()
        while final is None:
            answer = term.read("[bold]> [/]")
            got = answer_plan(bot, reply, answer, term) if answer is not None else None
            if got is True:
                term.discard_typeahead()
                continue
            final = got if got not in (None, False) else bot.cancel()
    emit({"plan": reply.to_dict()["plan"], "result": final.to_dict()}, as_json, lambda _d: show(final))
    if final.kind in ("refused", "error", "cancelled"):
        raise typer.Exit(1)


@history_app.command("list")
def history_list(
    user: str | None = USER_OPTION,
    limit: int = typer.Option(50, "--limit", min=1, help="How many of the latest messages."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Show your latest messages (decrypted locally)."""
    from ledgerlm.assistant.history import History
    from ledgerlm.config import load_config

    who = user or str(load_config().get("assistant", {}).get("user", "default"))
    messages = History().list(who, limit)
    data = [
        {
            "id": m.id,
            "time": datetime.fromtimestamp(m.created_at, UTC).isoformat(timespec="seconds"),
            "role": m.role,
            "text": m.text,
            "meta": m.meta,
        }
        for m in messages
    ]

    def render(rows: list[dict[str, Any]]) -> None:
        if not rows:
            console.print("no history / 没有历史记录")
        for row in rows:
            console.print(
                f"[dim]{row['time']}[/] [bold]{inert(row['role'])}[/]: {inert(row['text'])}",
                highlight=False,
                emoji=False,
            )

    emit(to_jsonable(data), as_json, render)


@history_app.command("clear")
def history_clear(
    user: str | None = USER_OPTION,
    everyone: bool = typer.Option(False, "--all", help="Clear every user's history on this machine."),
    yes: bool = yes_option(),
    as_json: bool = JSON_OPTION,
) -> None:
    """Delete your history (or everyone's with --all)."""
    from ledgerlm.assistant.history import History
    from ledgerlm.config import load_config

    who = None if everyone else (user or str(load_config().get("assistant", {}).get("user", "default")))
    if not yes:
        typer.confirm(f"Delete the history of {'all users' if who is None else who}?", abort=True)
    removed = History().clear(who)
    emit(
        {"user": who, "deleted": removed},
        as_json,
        lambda d: console.print(f"deleted {d['deleted']} messages / 已删除 {d['deleted']} 条记录"),
    )


def register(app: typer.Typer) -> None:
    command(app, "chat")(chat)
    command(app, "act")(act)
    app.add_typer(history_app, name="history")
