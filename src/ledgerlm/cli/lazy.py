"""Which module registers which command, so ``ledgerlm X`` imports only the area that defines ``X``.

Each area module (``ledgerlm.cli.<area>``) exposes ``register(app)``; importing all of them costs seconds (web3,
py-evm, numpy, FastAPI ...), while ``ledgerlm parse`` needs only the language area. ``COMMANDS`` maps every
top-level command to its module and its one-line help; ``ledgerlm --help`` is drawn from that table without
importing any area. ``tests/cli/test_lazy.py`` checks the table against what the modules really register, so it
cannot drift.
"""

from __future__ import annotations

from typing import Any

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


#: Short commands that leave through ``ledgerlm.cli.main._exit_now`` (no interpreter teardown) and skip pydantic's
#: plugin scan: they start no process, hold no node and write only through SQLite commits and the exit handlers.
QUICK_EXIT = frozenset({"parse", "intent"})


#: Commands whose module reads its own arguments (``run_fast(args) -> exit status | None``) from one option table
#: (``Option``, ``read_args``), so a plain call never imports typer, click or builds their parameter adapters
#: (about a quarter of a parse, a fifth of an intent). Anything the table does not cover (``--help``,
#: ``--kind=x``, an unknown option) is declined and typer answers; ``tests/cli/test_fast.py`` checks that both
#: readings give the same output, exit status and audit record.
FAST = frozenset({"parse", "intent"})


# --- the option table of a FAST command, and its one reader ----------------------------------------------------
#
# A command in ``FAST`` lists its options once, in an ``Option`` table; its ``register`` declares them to typer
# from that table (so ``--help`` and every usage error still come from typer) and ``read_args`` reads a plain call
# with the same table. ``read_args`` declines (None) whatever it would have to guess at, and typer then answers.


class Option:
    """One option of a command: its flag, the parameter it fills, whether it takes a value, its help.

    A plain class, not a ``NamedTuple``: ``collections.namedtuple`` compiles source text for every class it makes,
    which cost this module (imported by every ``ledgerlm`` start, before the bytecode caches are in place) more
    than the rest of it."""

    __slots__ = ("flag", "help", "param", "takes_value")

    def __init__(self, flag: str, param: str, takes_value: bool, help: str) -> None:  # noqa: A002 - typer's word
        self.flag, self.param, self.takes_value, self.help = flag, param, takes_value, help

    def __repr__(self) -> str:
        return f"Option({self.flag!r}, {self.param!r}, {self.takes_value!r}, {self.help!r})"


def read_args(args: list[str], options: tuple[Option, ...], text_param: str = "text") -> dict[str, Any] | None:
    """``args`` (after the command's name) as the command's keyword arguments: one positional TEXT (as
    ``text_param``) and the options of the table, flags ``False`` and values ``None`` when absent.

    None where typer must answer: no TEXT or two, ``--help``, an option not in ``options`` or given twice,
    ``--opt=value``, ``--``, a value that looks like an option, or a TEXT starting with ``-`` (what typer would
    read as an option)."""
    by_flag = {option.flag: option for option in options}
    values: dict[str, Any] = {option.param: False if not option.takes_value else None for option in options}
    seen: set[str] = set()
    text: str | None = None
    i = 0
    while i < len(args):
        arg = args[i]
        if arg.startswith("-"):
            option = by_flag.get(arg)
            if option is None or arg in seen:
                return None
            seen.add(arg)
            if option.takes_value:
                if i + 1 >= len(args) or args[i + 1].startswith("-"):
                    return None
                values[option.param] = args[i + 1]
                i += 1
            else:
                values[option.param] = True
        elif text is None:
            text = arg
        else:
            return None
        i += 1
    if text is None:
        return None
    return {text_param: text, **values}


def areas() -> list[str]:
    """Every area module, once each, in table order."""
    return list(dict.fromkeys(module for module, _ in COMMANDS.values()))


def command_in(args: list[str]) -> str | None:
    """The top-level command named by ``args`` (the first argument that is not an option), if any."""
    for arg in args:
        if not arg.startswith("-"):
            return arg
    return None


# --- `ledgerlm --help` without typer or rich ------------------------------------------------------------------
#
# Typer renders the root help with rich: a usage line, the help text, an Options panel and a Commands panel.
# Importing typer + rich costs more than the whole budget of `ledgerlm --help`, and the root help is fully known
# from this table, so it is drawn here, character for character (and escape code for escape code on a terminal)
# what Typer prints. ``tests/cli/test_startup.py`` renders both at many widths and compares them, so they cannot
# drift; where the environment asks rich for something this renderer does not reproduce (forced or disabled
# colour, a dumb terminal, a very narrow one), ``quick_answer`` declines and typer answers as before.

USAGE = "Usage: ledgerlm [OPTIONS] COMMAND [ARGS]..."
#: (option, help) rows of the root Options panel, in Typer's order
ROOT_OPTIONS: tuple[tuple[str, str], ...] = (
    ("--version", "Show the version and exit."),
    ("--help", "Show this message and exit."),
)
#: below this width rich starts wrapping the usage and option rows differently; typer answers there
MIN_WIDTH = 60
#: variables that change what rich or typer print (colour forced or disabled, a fixed width): typer answers
_RICH_ENV = (
    "FORCE_COLOR",
    "NO_COLOR",
    "PY_COLORS",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "GITHUB_ACTIONS",
    "TERMINAL_WIDTH",
    "_TYPER_FORCE_DISABLE_TERMINAL",
    "JUPYTER_COLUMNS",
)


def _seg(text: str, sgr: str, styled: bool) -> str:
    """``text`` in an SGR style (bold "1", dim "2", bold cyan "1;36" ...), as rich writes one segment."""
    if not text:
        return ""
    return f"\x1b[{sgr}m{text}\x1b[0m" if styled else text


def _wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap, as rich wraps plain help text (a word longer than the width is cut)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        while len(word) > width:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:width])
            word = word[width:]
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
    if current or not lines:
        lines.append(current)
    return lines


def _panel_top(title: str, width: int, styled: bool) -> str:
    rest = width - 4 - len(title) - 2
    return (
        _seg("╭─", "2", styled)
        + _seg(f" {title} ", "2", styled)
        + _seg("─" * rest, "2", styled)
        + _seg("─╮", "2", styled)
    )


def _panel_row(inner: str, styled: bool) -> str:
    return _seg("│", "2", styled) + " " + inner + " " + _seg("│", "2", styled)


def _option_cell(name: str, styled: bool) -> str:
    """``--name`` as typer's highlighter styles it: the switch and option patterns overlap after the first dash."""
    if not styled:
        return name
    return _seg("-", "1;36", True) + _seg(name[1:], "1;36", True)


def render_help(help_text: str, width: int, styled: bool) -> str:
    """The root help at ``width`` columns, with rich's escape codes when ``styled``."""
    out: list[str] = []
    blank = " " * width
    out.append(_seg(blank, "1", styled))
    fill = " " * (width - 2 - len(USAGE))
    usage = _seg("Usage: ", "1;33", styled) + _seg(USAGE[len("Usage: ") :], "1", styled)
    out.append(_seg(" ", "1", styled) + usage + _seg(fill, "1", styled) + _seg(" ", "1", styled))
    out.append(_seg(blank, "1", styled))
    out.extend(f" {line.ljust(width - 2)} " for line in _wrap(help_text, width - 2))
    out.append(blank)

    inner = width - 4
    opt_len = max(len(name) for name, _ in ROOT_OPTIONS)
    out.append(_panel_top("Options", width, styled))
    for name, text in ROOT_OPTIONS:
        types = _seg("<", "1;2;33", styled) + _seg("bool", "1;33", styled) + _seg(">", "1;2;33", styled)
        lead = _option_cell(name, styled) + " " * (opt_len - len(name)) + " " + "  " * 3 + " " + types + "  "
        out.append(_panel_row(lead + text.ljust(inner - (opt_len + 16)), styled))
    out.append(_seg("╰" + "─" * (width - 2) + "╯", "2", styled))

    cmd_len = max(len(name) for name in COMMANDS)
    desc_width = inner - cmd_len - 2
    out.append(_panel_top("Commands", width, styled))
    for name, (_, text) in COMMANDS.items():
        for i, line in enumerate(_wrap(text, desc_width)):
            if i == 0:
                cell = _seg(name.ljust(cmd_len), "1;36", styled) + _seg(" ", "1;36", styled)
            else:
                cell = _seg(" " * (cmd_len + 1), "1;36", styled)
            out.append(_panel_row(cell + " " + line.ljust(desc_width), styled))
    out.append(_seg("╰" + "─" * (width - 2) + "╯", "2", styled))
    return "\n".join(out) + "\n\n"


def console_width(environ: dict[str, str] | None = None) -> int:
    """The width rich would use: the first of stdin/stdout/stderr that is a terminal, overridden by ``COLUMNS``,
    else 80."""
    import os

    env = os.environ if environ is None else environ
    width = 0
    for fd in (0, 1, 2):
        try:
            width = os.get_terminal_size(fd).columns
        except (AttributeError, ValueError, OSError):
            continue
        break
    columns = env.get("COLUMNS")
    if columns is not None and columns.isascii() and columns.isdigit():
        width = int(columns)
    return width or 80


def quick_answer(args: list[str]) -> tuple[str, int] | None:
    """What ``ledgerlm`` prints for ``--help`` / no arguments (the help; exit 0 / 2) and ``--version``, or None
    when typer must answer (other arguments, or an environment the renderer above does not reproduce)."""
    import os
    import sys

    if args == ["--version"]:
        from ledgerlm import __version__

        return f"ledgerlm {__version__}\n", 0
    if args not in ([], ["--help"]):
        return None
    if any(name in os.environ for name in _RICH_ENV):
        return None
    try:
        styled = sys.stdout.isatty()
    except ValueError:
        styled = False
    if styled and os.environ.get("TERM", "").lower() in ("dumb", "unknown"):
        return None
    width = console_width()
    if width < MIN_WIDTH:
        return None
    from ledgerlm.cli.main import _HELP

    text = render_help(_HELP, width, styled)
    # `--help` ends with click's empty line after rich's panels; no arguments is a usage error (exit 2) without it
    return (text, 0) if args else (text[:-1], 2)
