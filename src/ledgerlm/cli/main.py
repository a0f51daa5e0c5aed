"""The ``ledgerlm`` command. Each capability registers its commands from ``ledgerlm.cli.<area>``.

Start-up is part of the interface: ``ledgerlm --help``, ``ledgerlm`` alone and ``ledgerlm --version`` are answered
from the command table (``ledgerlm.cli.lazy``) without importing typer or rich; any other command builds only the
area that defines it. Typer (and with it click and pydantic) is imported only when a command runs.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import importlib
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import typer

_HELP = "Plain language in, verified on-chain action out, every AI decision provable afterwards."
#: The root options, in the order Typer lists them (the fast help draws the same rows).
VERSION_HELP = "Show the version and exit."


def _print_version(value: bool) -> None:
    if value:
        import typer

        from ledgerlm import __version__

        typer.echo(f"ledgerlm {__version__}")
        raise typer.Exit()


def _new_app() -> typer.Typer:
    import typer

    def _root(
        version: bool = typer.Option(
            False, "--version", help=VERSION_HELP, is_eager=True, callback=_print_version, expose_value=True
        ),
    ) -> None:
        """Plain language in, verified on-chain action out, every AI decision provable afterwards."""

    app = typer.Typer(
        name="ledgerlm", help=_HELP, no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False
    )
    app.callback()(_root)  # always a group, even when only one area (with one command) is registered
    return app


def build_app(modules: list[str] | None = None) -> typer.Typer:
    """The command tree with the given area modules registered (default: every area)."""
    from ledgerlm.cli.lazy import areas

    app = _new_app()
    for name in modules if modules is not None else areas():
        importlib.import_module(name).register(app)
    return app


def help_app() -> typer.Typer:
    """The root group with one stub per command, its help from the table: what Typer itself would print for
    ``ledgerlm --help`` (used when the fast help declines, and by the test that keeps the two renderings equal)."""
    from ledgerlm.cli.lazy import COMMANDS

    app = _new_app()
    for name, (_, text) in COMMANDS.items():
        app.command(name, help=text, add_help_option=False)(lambda: None)
    return app


def _app_for(args: list[str]) -> typer.Typer:
    """Only the area that defines the command named in ``args``; the help table for ``ledgerlm`` / ``--help``;
    every area for anything else (so an unknown command gets click's usual error)."""
    from ledgerlm.cli.lazy import COMMANDS, command_in

    name = command_in(args)
    if name in COMMANDS:
        return build_app([COMMANDS[name][0]])
    if name is None:
        return help_app()
    return build_app()


def __getattr__(name: str) -> Any:
    """``from ledgerlm.cli.main import app``: the full command tree, built on first use (tests, docs checks)."""
    if name == "app":
        full = build_app()
        globals()["app"] = full
        return full
    raise AttributeError(name)


#: The longest single argument accepted; longer text belongs in a file.
MAX_ARG_BYTES = 64 * 1024


def _check_argv(argv: list[str]) -> None:
    """Arguments the OS gave us that no command can use: not UTF-8 (Python keeps them as lone surrogates), or so
    long that every later step (a file name, a terminal line) would fail in a less clear way."""
    from ledgerlm.errors import InputError

    for position, arg in enumerate(argv, start=1):
        if any("\udc80" <= ch <= "\udcff" for ch in arg):
            raise InputError(
                f"argument {position} is not valid UTF-8 text",
                hint="pass text in UTF-8 (check the terminal's locale or the file's encoding)",
            )
        size = len(arg.encode("utf-8", "surrogateescape"))
        if size > MAX_ARG_BYTES:
            raise InputError(
                f"argument {position} is {size // 1024} KB; the limit is {MAX_ARG_BYTES // 1024} KB",
                hint="put long text in a file and pass the file instead",
            )


def _say(message: str, hint: str | None) -> None:
    """One line on stderr (plus a hint line), with user and chain text made inert (``output.say_error``)."""
    from ledgerlm.cli.output import say_error

    say_error(message, hint)


def _click_errors() -> tuple[type[Exception], type[Exception], type[Exception]]:
    """Typer's command-line errors (it bundles its own copy of click; fall back to click's classes)."""
    try:
        from typer._click import exceptions as exc_mod
    except ImportError:  # pragma: no cover - older typer uses click itself
        from click import exceptions as exc_mod  # type: ignore[no-redef]
    no_args = getattr(exc_mod, "NoArgsIsHelpError", None) or LookupError
    return exc_mod.ClickException, exc_mod.UsageError, no_args


def _typer_exc(name: str) -> type[BaseException]:
    """``typer.Exit`` / ``typer.Abort``, imported only when an exception is being matched: a command answered
    without typer (the fast help) never pays for importing it."""
    import typer

    cls: type[BaseException] = getattr(typer, name)
    return cls


def _click_exc(index: int) -> type[Exception]:
    return _click_errors()[index]


def _quick(args: list[str]) -> int | None:
    """``--help``, ``--version`` and no arguments, answered from the table without typer (None: not one of
    them, or an environment the fast renderer does not reproduce; typer answers)."""
    from ledgerlm.cli.lazy import quick_answer

    answer = quick_answer(args)
    if answer is None:
        return None
    text, code = answer
    sys.stdout.write(text)
    sys.stdout.flush()
    return code


def _fast(args: list[str]) -> int | None:
    """A command answered without typer (``lazy.FAST``): its module reads ``args`` with its own option table and
    runs, or declines (None: ``--help``, an unknown or repeated option, a missing argument ...) and typer answers,
    with its usual help and usage errors."""
    from ledgerlm.cli.lazy import COMMANDS, FAST, command_in

    name = command_in(args)
    if name not in FAST or not args or args[0] != name:
        return None
    module = importlib.import_module(COMMANDS[name][0])
    code: int | None = module.run_fast(args[1:])
    return code


def _validation_error() -> type[Exception]:
    try:
        from pydantic import ValidationError
    except ImportError:  # pragma: no cover - pydantic is a dependency
        return LookupError
    return ValidationError


def run(argv: list[str] | None = None, *, regex_cache: bool = False) -> int:
    """Run the CLI and return its exit status. The one top-level error handler: every exception becomes one line
    and a hint (2 for usage errors, 1 for failures, 130 for Ctrl-C), never a traceback.

    ``regex_cache``: keep compiled regular expressions between processes (``ledgerlm.cli.recache``); the console
    script turns it on, in-process callers (tests, embedding) keep Python's own compiler."""
    from ledgerlm.errors import LedgerError

    args = list(sys.argv[1:] if argv is None else argv)
    try:
        _check_argv(args)
        quick = _quick(args)
        if quick is not None:
            return quick
        if regex_cache:
            from ledgerlm.cli import recache

            recache.install()
        fast = _fast(args)
        if fast is not None:
            return fast
        code = _app_for(args)(args=args, prog_name="ledgerlm", standalone_mode=False)
        return int(code) if isinstance(code, int) else 0
    except _typer_exc("Exit") as exc:
        return int(getattr(exc, "exit_code", 0) or 0)
    except _typer_exc("Abort"):
        _say("aborted", None)
        return 1
    except _click_exc(2) as exc:  # `ledgerlm node` alone: typer printed the group's help while raising this
        text = str(exc)
        if text.strip():
            sys.stderr.write(text + "\n")
        return 2
    except _click_exc(0) as exc:  # usage errors: bad option, missing argument, bad value
        message = exc.format_message()  # type: ignore[attr-defined]
        _say(message, "see `ledgerlm --help` or `ledgerlm COMMAND --help`")
        return 2 if isinstance(exc, _click_exc(1)) or getattr(exc, "exit_code", 1) == 2 else 1
    except LedgerError as exc:
        _say(exc.message, exc.hint)
        return exc.exit_code
    except KeyboardInterrupt:
        _say("interrupted", None)
        return 130
    except UnicodeError as exc:
        _say(f"text that is not valid UTF-8 ({type(exc).__name__})", "use UTF-8 files and arguments")
        return 2
    except EOFError:
        _say("no input: the command asked a question but stdin is closed", "pass the value as an option")
        return 2
    except _validation_error() as exc:  # a value out of range deep inside a model (e.g. 1e400)
        errors = exc.errors() if hasattr(exc, "errors") else []
        first = errors[0] if errors else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        _say(
            f"invalid value{' for ' + where if where else ''}: {first.get('msg', exc)}",
            "check the numbers and names you passed",
        )
        return 2
    except (ArithmeticError, ValueError) as exc:  # an out-of-range number that reached arithmetic
        if type(exc).__module__.startswith(("decimal", "builtins")):
            _say(
                f"a value is out of range or malformed ({type(exc).__name__}: {str(exc)[:200]})",
                "check the numbers you passed",
            )
            return 2
        _say(
            f"unexpected {type(exc).__name__}: {exc}",
            "this is a bug in ledgerlm; please report it with the command you ran",
        )
        return 1
    except RecursionError:
        _say("the input is nested too deeply to process", "simplify it")
        return 2
    except MemoryError:
        _say("the input is too large to process in memory", "use a smaller input")
        return 1
    except OSError as exc:
        where = f" ({exc.filename})" if getattr(exc, "filename", None) else ""
        name = exc.strerror or type(exc).__name__
        if exc.errno == errno.ENAMETOOLONG:
            _say("a file name is too long", "pass a shorter path")
            return 2
        _say(f"{name}{where}"[:500], "check the path, its permissions and free space; for a node, that it runs")
        return 1
    except Exception as exc:  # a bug: still one line, and how to report it
        _say(
            f"unexpected {type(exc).__name__}: {exc}",
            "this is a bug in ledgerlm; please report it with the command you ran",
        )
        return 1


def _exit_now(code: int) -> None:
    """Leave without tearing the interpreter down: the exit handlers run (the regex cache, logging, temporary
    files), the output is flushed, and the process ends. Freeing every module and object one by one would cost
    a short command such as ``parse`` about a fifth of its time. Only when no other (non-daemon) thread still runs."""
    import atexit

    threading = sys.modules.get("threading")
    if threading is not None and any(
        t.is_alive() and not t.daemon and t is not threading.main_thread() for t in threading.enumerate()
    ):
        sys.exit(code)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(code)


def _without_pydantic_plugins() -> None:
    """No pydantic plugin for this process (``PYDANTIC_DISABLE_PLUGINS``), and none of the cost of looking: with
    plugins disabled pydantic's plugin loader returns no plugins, yet importing it imports ``importlib.metadata``
    (zipfile, email, csv, shutil, socket ...: a tenth of a parse). Unless a plugin was asked for by name, the
    loader is replaced by one that answers what pydantic's own answers then, before pydantic imports it."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if os.environ["PYDANTIC_DISABLE_PLUGINS"] not in ("__all__", "1", "true"):
        return
    name = "pydantic.plugin._loader"
    if name not in sys.modules:
        import types

        loader = types.ModuleType(name, "pydantic's plugin loader, plugins disabled (ledgerlm.cli.main)")
        loader.get_plugins = tuple  # type: ignore[attr-defined]  # get_plugins() -> () when disabled
        sys.modules[name] = loader


def main() -> None:
    import warnings

    from ledgerlm.cli.lazy import QUICK_EXIT, command_in

    warnings.simplefilter("ignore")  # library warnings are not messages for the user
    quick_exit = command_in(sys.argv[1:]) in QUICK_EXIT
    if quick_exit:
        # A short command builds hundreds of classes, models and tables and frees almost none of them before it
        # leaves through os._exit: the cyclic collector's passes over that growing heap find nothing to free and
        # cost about a tenth of a parse. Reference counting still frees everything else as usual.
        gc.disable()
        _without_pydantic_plugins()  # no pydantic plugin scans every installed package's entry points for a parse
    code = run(regex_cache=True)
    with contextlib.suppress(Exception):
        sys.stdout.flush()
    if quick_exit:
        _exit_now(code)
    sys.exit(code)


if __name__ == "__main__":
    main()
