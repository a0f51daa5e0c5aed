"""One way to say a thing in two languages: a message catalogue keyed by id, English and Chinese side by side.

Why: bilingual text used to be made four ways (a reply table, a ``t()`` helper, ``"..." if lang == "zh" else
"..."`` inline, and "English / 中文" strings split afterwards), so a Chinese session saw half-English refusals
and nothing checked that both languages said the same thing. An area now keeps its sentences in one Python
dict, each id with its ``en`` and ``zh`` template::

    from ledgerlm.i18n import Catalogue

    MESSAGES = Catalogue("demo", {"hello": {"en": "Hello, {name}.", "zh": "你好，{name}。"}})
    assert MESSAGES.say("hello", "zh", name="Ada") == "你好，Ada。"

``say`` fills the placeholders with values made inert (control and invisible reordering characters removed;
markup is escaped once, by the printer that shows the whole reply). ``check`` reports ids that lack a language or
whose two templates name different placeholders; the tests run it over every registered catalogue.

This is the base layer: it imports nothing from ledgerlm but ``errors`` and ``inert``.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

from ledgerlm.errors import LedgerError
from ledgerlm.inert import strip_controls

__all__ = ["LANGS", "Catalogue", "MessageError", "catalogues", "pick", "placeholders", "say"]

#: The languages every message is written in; the first is the fallback.
LANGS: tuple[str, ...] = ("en", "zh")

_registered: dict[str, Catalogue] = {}


class MessageError(LedgerError):
    """A message id that does not exist, or a value its template needs was not given (a programming error)."""


def placeholders(template: str) -> set[str]:
    """The names of the ``{placeholders}`` in ``template`` (format specs and conversions ignored)."""
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def _clean(value: Any) -> Any:
    return strip_controls(value) if isinstance(value, str) else value


class Catalogue:
    """The messages of one area: ``{id: {"en": template, "zh": template}}``; registered under ``area``."""

    def __init__(self, area: str, messages: Mapping[str, Mapping[str, str]]) -> None:
        self.area = area
        self.messages: dict[str, dict[str, str]] = {k: dict(v) for k, v in messages.items()}
        _registered[area] = self

    def __contains__(self, message_id: object) -> bool:
        return message_id in self.messages

    def ids(self) -> list[str]:
        return list(self.messages)

    def say(self, message_id: str, lang: str, /, **values: Any) -> str:
        """The message ``message_id`` in ``lang`` (English for a language it lacks), placeholders filled."""
        table = self.messages.get(message_id)
        if table is None:
            raise MessageError(f"no message {message_id!r} in the {self.area} catalogue")
        template = table.get(lang) or table[LANGS[0]]
        try:
            return template.format(**{k: _clean(v) for k, v in values.items()})
        except (KeyError, IndexError) as exc:
            raise MessageError(f"message {self.area}.{message_id} needs a value for {exc}") from None

    def both(self, message_id: str, /, **values: Any) -> dict[str, str]:
        """The message in every language (for things shown later in the language of whoever reads them)."""
        return {lang: self.say(message_id, lang, **values) for lang in LANGS}

    def check(self) -> list[str]:
        """Problems: a language missing or empty, or the two templates naming different placeholders."""
        problems: list[str] = []
        for message_id, table in self.messages.items():
            missing = [lang for lang in LANGS if not (table.get(lang) or "").strip()]
            if missing:
                problems.append(f"{self.area}.{message_id}: no text in {', '.join(missing)}")
                continue
            extra = sorted(set(table) - set(LANGS))
            if extra:
                problems.append(f"{self.area}.{message_id}: unknown language(s) {', '.join(extra)}")
            names = {lang: placeholders(table[lang]) for lang in LANGS}
            if len({frozenset(v) for v in names.values()}) > 1:
                shown = "; ".join(f"{lang}: {sorted(v)}" for lang, v in names.items())
                problems.append(f"{self.area}.{message_id}: placeholders differ ({shown})")
        return problems


def catalogues() -> dict[str, Catalogue]:
    """Every catalogue created so far, by area."""
    return dict(_registered)


def say(message_id: str, lang: str, /, **values: Any) -> str:
    """``say("assistant.cancelled", "zh")``: a message of any registered catalogue by its ``area.id``."""
    area, _, local = message_id.partition(".")
    cat = _registered.get(area)
    if cat is None or not local:
        raise MessageError(f"no catalogue for {message_id!r}", hint=f"known areas: {', '.join(_registered) or 'none'}")
    return cat.say(local, lang, **values)


def pick(lang: str, table: Mapping[str, str]) -> str:
    """``table[lang]``, else English: for texts that come in both languages from elsewhere (plan step descriptions)."""
    return table.get(lang) or table.get(LANGS[0]) or next(iter(table.values()), "")
