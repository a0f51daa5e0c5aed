"""Every command and option the CLI offers is in the manual (docs/*.md).

A shared option (``--json``, ``--chain``, ``--yes``, ``--lang``) is documented once, anywhere. Every other option
must appear in a section (the text between two headings) that also names its command, e.g. ``dao vote`` next to
``--support``: so a reader who finds the command also finds what it takes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: Options many commands share with one meaning; each is explained once in the manual.
SHARED = {"--help", "--json", "--chain", "--yes", "--lang"}


@dataclass(frozen=True)
class Option:
    command: str  # "dao vote"
    names: tuple[str, ...]  # long names, e.g. ("--licence", "--license") or ("--plots", "--no-plots")


def cli_options() -> tuple[list[str], list[Option]]:
    """Every leaf command of the app and every visible long option it takes."""
    import typer.main

    from ledgerlm.cli.main import app

    commands: list[str] = []
    options: list[Option] = []

    def walk(cmd: Any, path: list[str]) -> None:  # typer may bundle its own click: duck-typed
        if hasattr(cmd, "commands"):
            for name, sub in sorted(cmd.commands.items()):
                if not sub.hidden:
                    walk(sub, [*path, name])
            return
        name = " ".join(path)
        commands.append(name)
        for param in cmd.params:
            if param.param_type_name != "option" or getattr(param, "hidden", False):
                continue
            longs = tuple(o for o in (*param.opts, *param.secondary_opts) if o.startswith("--"))
            if longs:
                options.append(Option(name, longs))

    walk(typer.main.get_command(app), [])
    return commands, options


def sections() -> list[str]:
    """The manual cut at its headings (outside code fences)."""
    out: list[str] = []
    for path in sorted((ROOT / "docs").glob("*.md")):
        current: list[str] = []
        fenced = False
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.lstrip().startswith(("```", "~~~")):
                fenced = not fenced
            if not fenced and line.startswith("#"):
                out.append("\n".join(current))
                current = []
            current.append(line)
        out.append("\n".join(current))
    return out


def _mentions_command(text: str, command: str) -> bool:
    """``ledgerlm dao vote`` or `` `dao vote` `` / ``dao vote ...`` after a backtick or table bar."""
    words = r"\s+".join(map(re.escape, command.split()))
    return re.search(rf"(ledgerlm\s+|`|\|\s*){words}(?![\w-])", text) is not None


def _mentions_option(text: str, names: tuple[str, ...]) -> bool:
    return any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text) for n in names)


def missing() -> tuple[list[str], list[Option]]:
    commands, options = cli_options()
    texts = sections()
    manual = "\n".join(texts)
    lost_commands = [c for c in commands if not _mentions_command(manual, c)]
    lost: list[Option] = []
    for option in options:
        if set(option.names) & SHARED:
            if not _mentions_option(manual, option.names):
                lost.append(option)
        elif not any(_mentions_command(t, option.command) and _mentions_option(t, option.names) for t in texts):
            lost.append(option)
    seen: set[Option] = set()
    unique = [o for o in lost if not (o in seen or seen.add(o))]  # type: ignore[func-returns-value]
    return lost_commands, unique


def test_the_walk_sees_the_whole_cli() -> None:
    commands, options = cli_options()
    assert {"create", "parse", "dao vote", "devnet prices replay", "id trust add"} <= set(commands)
    assert Option("dao vote", ("--support",)) in options
    assert any(o.command == "create" and "--set" in o.names for o in options)


def test_every_command_is_documented() -> None:
    lost, _ = missing()
    assert not lost, f"{len(lost)} commands appear in no doc: {', '.join(lost)}"


def test_every_option_is_documented_with_its_command() -> None:
    _, lost = missing()
    if lost:
        lines = [f"  ledgerlm {o.command} {'/'.join(o.names)}" for o in lost]
        pytest.fail(
            f"{len(lost)} options are in no doc section that names their command:\n" + "\n".join(lines), pytrace=False
        )


def test_matching_rules() -> None:
    assert _mentions_command("run `ledgerlm dao vote GUILD 1`", "dao vote")
    assert _mentions_command("| `dao vote` | ... |", "dao vote")
    assert not _mentions_command("ledgerlm dao voter", "dao vote")
    assert _mentions_option("pass `--support for`", ("--support",))
    assert not _mentions_option("--json-schema", ("--json",))
    assert not _mentions_option("--no-plots", ("--plots",))
