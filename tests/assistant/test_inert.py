"""Every printer of user or chain text is inert: random control sequences and Rich markup thrown at ``inert``, at
the chat/act reply printer and at ``history list`` never reach the terminal as control bytes, never crash Rich, and
the visible text survives."""

from __future__ import annotations

import io
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from ledgerlm.inert import inert, inert_html, strip_controls

_BAD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
PIECES = st.sampled_from(
    [
        "\x1b[2J",
        "\x1b[H",
        "\x1b]0;pwned\x07",
        "\x9b31m",
        "\r",
        "\x00",
        "\x08",
        "\x7f",
        "[/]",
        "[bold]",
        "[/bold]",
        "[link=http://x]",
        "[red on white]",
        "\\",
        "\\[",
        "[",
        "]",
        ":smile:",
        "\u202e",
        "yes",
        "确认",
        "0x742d35Cc6634C0532925a3b844Bc454e4438f44e",
        "\n",
        "\t",
    ]
)
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=12).map("".join)


def _render(markup: str) -> str:
    out = io.StringIO()
    Console(file=out, force_terminal=False, width=400, color_system=None).print(
        markup, highlight=False, emoji=False, soft_wrap=True
    )
    return out.getvalue()


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_inert_text_renders_literally_without_controls(text: str) -> None:
    shown = _render(f"[bold]{inert(text)}[/bold]")  # as the printers use it, inside a style; never a MarkupError
    assert not _BAD.search(shown)

    def norm(t: str) -> str:  # Rich expands tabs by display width and wraps nothing here
        return re.sub(r"\s+", " ", t).strip()

    assert norm(shown) == norm(strip_controls(text))


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_inert_html_has_no_tags_or_controls(text: str) -> None:
    page = inert_html(text)
    assert "<" not in page and ">" not in page and not _BAD.search(page)


@settings(max_examples=100, deadline=None)
@given(TEXT, st.sampled_from(["plan", "done", "error", "refused", "answer", "question", "cancelled"]))
def test_reply_printer_is_inert(text: str, kind: str) -> None:
    from ledgerlm.assistant.core import Reply
    from ledgerlm.cli.assistant import show

    out = io.StringIO()
    show(Reply(text, "en", kind), Console(file=out, force_terminal=True, width=400))
    printed = out.getvalue()
    for seq in ("\x1b[2J", "\x1b[H", "\x1b]0;", "\x9b", "\x00", "\x08", "\r"):
        if seq not in ("\x1b[2J", "\x1b[H") or seq in text:
            assert seq not in printed


def test_history_list_survives_stored_markup_and_escapes(ledgerlm_home) -> None:
    from typer.testing import CliRunner

    from ledgerlm.assistant.history import History
    from tests.assistant.test_chat import _cli

    History().add("tess", "user", "[/] [bold]x\x1b[2J\x1b]0;t\x07 [link=http://e]y", {})
    result = CliRunner().invoke(_cli(), ["history", "list", "--user", "tess"])
    assert result.exit_code == 0, result.output
    assert "\x1b[2J" not in result.output and "[/] [bold]x" in result.output
