"""Make user- or chain-supplied text harmless before it reaches a terminal, a page or a log.

Text a user typed, a token name read from a contract or a revert reason can carry ANSI escape sequences (which
clear the screen and hide a plan the user is about to confirm), other C0/C1 control characters, Rich console
markup such as ``[/]`` (which crashes Rich or restyles the output) or HTML. Every printer passes such text through
``inert`` (terminal and logs, Rich-safe) or ``inert_html`` (pages) first.

``inert`` keeps newlines and tabs, drops every other C0 control (U+0000-U+001F), DEL and every C1 control
(U+0080-U+009F) -- which removes the ESC/CSI that start an escape sequence, so what is left of the sequence is
visible as plain characters -- and escapes what Rich would read as markup (``[bold]``, ``[/]``). Bidirectional
overrides and other invisible format characters that can reorder what the user sees (U+202A-U+202E,
U+2066-U+2069, U+200B-U+200F, U+FEFF) are removed as well.
"""

from __future__ import annotations

import html
import re

__all__ = ["inert", "inert_html", "strip_controls"]

# C0 except \t (0x09) and \n (0x0a); DEL; C1; carriage return is dropped too (it rewinds the line).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


# A "[" with the backslashes before it, and what after a "[" Rich's markup parser reads as a tag (as in
# rich.markup.escape).
_BRACKET = re.compile(r"(\\*)\[")
_TAG_BODY = re.compile(r"[a-z#/@][^[]*?]")


# A whole terminal escape sequence (CSI such as "\x1b[31m", OSC up to BEL or ST, and two-byte escapes): removing only
# the ESC would leave "[31m", which a reader of the text takes for "31m" (31 million).
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-_]")


def strip_controls(text: object) -> str:
    """``text`` as a string without terminal escape sequences, control or invisible reordering characters
    (``\\n`` and ``\\t`` kept)."""
    return _CONTROLS.sub("", _ESCAPES.sub("", text if isinstance(text, str) else str(text)))


def inert(text: object) -> str:
    """Text safe to print with Rich (markup escaped, as ``rich.markup.escape`` does) or to a plain terminal or log.

    Brackets that Rich would read as a tag (``[bold]``, ``[/]``, ``[link=...]``) get a backslash, and backslashes
    before any bracket are written so that Rich shows exactly the original ones; trailing backslashes are doubled
    (so they cannot escape a closing tag the printer appends).
    """

    def escape(m: re.Match[str]) -> str:
        # Rich shows n backslashes before a tag as n // 2 (an odd count escapes the tag), and eats one backslash
        # before any other "[": so k backslashes become 2k + 1 before a tag and k + 1 (k > 0) before a plain "[".
        k = len(m.group(1))
        if _TAG_BODY.match(m.string, m.end()):
            return "\\" * (2 * k + 1) + "["
        return "\\" * (k + 1 if k else 0) + "["

    clean = _BRACKET.sub(escape, strip_controls(text))
    trailing = len(clean) - len(clean.rstrip("\\"))
    return clean + "\\" * trailing


def inert_html(text: object) -> str:
    """Text safe to place in an HTML page (element content or a quoted attribute): controls dropped, escaped."""
    return html.escape(strip_controls(text), quote=True)
