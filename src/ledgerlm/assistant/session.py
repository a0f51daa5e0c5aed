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

#: The words that confirm the plan on screen, exactly the ones its prompt names ("Type yes" / "输入“是”、“确认”或
#: yes"): a word the screen did not offer is never taken as the confirmation.
CONFIRM_WORDS = frozenset({"yes", "是", "确认"})
#: Assent that is not the offered word ("ok", "好的", "y", 👍, "はい"...): never a confirmation; like any other
#: message it cancels the plan on screen (the prompt says "anything else cancels it"), and the reply says why.
ASSENT_WORDS = frozenset(
    {
        "y",
        "ye",
        "yep",
        "yeah",
        "yup",
        "ok",
        "okay",
        "k",
        "sure",
        "confirm",
        "confirmed",
        "go",
        "go ahead",
        "do it",
        "send it",
        "sign it",
        "approve",
        "approved",
        "agreed",
        "fine",
        "alright",
        "right",
        "是的",
        "确定",
        "好",
        "好的",
        "好吧",
        "对",
        "对的",
        "嗯",
        "嗯嗯",
        "行",
        "可以",
        "没问题",
        "同意",
        "确认了",
        "發送",
        "確認",
        "确认发送",
        "はい",
        "oui",
        "sí",
        "si",
        "ja",
        "да",
        "👍",
        "👌",
        "✅",
        "✔",
        "✔️",
        "🆗",
        "🙆",
    }
)
YES_WORDS = CONFIRM_WORDS | ASSENT_WORDS
_CANCEL = re.compile(
    r"^\s*(cancel|stop|abort|never ?mind|forget it|no|n|取消|算了|不要了|不用了|不|否|停)"
    r"\s*[.!。！]?\s*$",
    re.IGNORECASE,
)
_EDIT = re.compile(
    r"(make it|change (?:it|that|the amount)? ?to|instead|actually|改成|改为|换成|改一下|不对)", re.IGNORECASE
)


def _word(text: str) -> str:
    return " ".join(text.strip().strip(".!。！~～ ").lower().split())


def is_yes(text: str) -> bool:
    """A word meant as assent: the confirmation word or another yes ("ok", "好的", 👍)."""
    return _word(text) in YES_WORDS


def is_confirmation(text: str) -> bool:
    """Exactly a word the plan's prompt offers as its confirmation (yes / 是 / 确认)."""
    return _word(text) in CONFIRM_WORDS


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
    lang: str | None = None  # the conversation's language: kept by a message without words ("👍", a token)

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
