"""Multi-turn state of one conversation: the request waiting for a missing slot, and the plan waiting for "yes".

Follow-ups are recognised here with small, explicit patterns (never by the model): "cancel" / "取消" drops what is
pending; "make it 2 instead" / "改成 2 个" edits the pending amount; a bare answer ("2", "bob", "0x...") fills the
slot that was asked for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ledgerlm.assistant.plan import Plan

YES_WORDS = frozenset({"yes", "y", "confirm", "confirmed", "ok", "是", "是的", "确认", "确定", "好", "好的", "对"})
_CANCEL = re.compile(
    r"^\s*(cancel|stop|abort|never ?mind|forget it|no|n|取消|算了|不要了|不用了|不|否|停)"
    r"\s*[.!。！]?\s*$",
    re.IGNORECASE,
)
_EDIT = re.compile(
    r"(make it|change (?:it|that|the amount)? ?to|instead|actually|改成|改为|换成|改一下|不对)", re.IGNORECASE
)


def is_yes(text: str) -> bool:
    return text.strip().strip(".!。！").lower() in YES_WORDS


def is_cancel(text: str) -> bool:
    return bool(_CANCEL.match(text))


def is_edit(text: str) -> bool:
    return bool(_EDIT.search(text))


@dataclass
class PendingRequest:
    """A money request missing a slot; ``missing`` is the slot asked for."""

    intent: str
    slots: dict[str, Any]
    lang: str
    text: str
    missing: str


@dataclass
class Session:
    """One user's conversation. ``plan``/``token``: the plan waiting for confirmation."""

    user: str
    pending: PendingRequest | None = None
    plan: Plan | None = None
    token: str | None = None
    confirmation: Any = None  # the ConfirmationStore's Pending for ``plan``
    queue: list[tuple[int, int, str, str]] = field(default_factory=list)  # (index, total, text, lang) still to do
    last: PendingRequest | None = None  # the last complete request, so an edit can re-plan it
    turns: list[dict[str, Any]] = field(default_factory=list)

    def clear(self) -> None:
        self.pending = None
        self.plan = None
        self.token = None
        self.confirmation = None


def edit_amount(text: str) -> Decimal | None:
    """The new amount in an edit ("make it 2 instead", "改成两个"), via the shared number parser."""
    from ledgerlm.language.numbers import find_numbers

    numbers = [n for n in find_numbers(text) if not n.percent]
    return numbers[0].value if numbers else None
