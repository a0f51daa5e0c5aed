"""What every kind's explainer does the same way: the reply language, amounts read from the chain (else the spec),
deadlines in words, and the closing assembly of an :class:`Explanation` (the functions described from the ABI and
NatSpec, the static-analysis findings appended to the risks in plain words).

Each ``kinds/<kind>/explainer.py`` keeps only what is particular to its kind: its summary, roles, flows, risks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal

from ledgerlm import units
from ledgerlm.contracts.kinds.base import ExplainFacts, Explanation, describe_functions, findings_in_words, fmt_amount
from ledgerlm.contracts.messages import MESSAGES
from ledgerlm.i18n import LANGS

#: Words a kind gives for who may call a function: name -> (English, Chinese).
Who = dict[str, tuple[str, str]]


def reply_lang(lang: str) -> str:
    """Chinese when asked for, English otherwise."""
    return lang if lang in LANGS else LANGS[0]


def who_words(ids: dict[str, str]) -> Who:
    """Who may call each function, from the catalogue in both languages (``describe_functions`` picks the reader's)."""
    return {name: (MESSAGES.say(i, "en"), MESSAGES.say(i, "zh")) for name, i in ids.items()}


def base_amount(raw: int | str, decimals: int, symbol: str) -> str:
    """An amount the chain holds in base units, in token units with its symbol."""
    return fmt_amount(units.from_base_units(int(raw), decimals), symbol)


def state_or_spec_amount(facts: ExplainFacts, key: str, fallback: object, symbol: str, decimals: int) -> str:
    """``state[key]`` (base units, as read from the chain) when known, else the spec's amount, else ``?``."""
    if key in facts.state:
        return base_amount(facts.state[key], decimals, symbol)
    if fallback is None:
        return "?"
    return fmt_amount(fallback if isinstance(fallback, Decimal) else Decimal(str(fallback)), symbol)


def deadline_words(facts: ExplainFacts, lang: str, key: str = "deadline") -> str:
    """A deadline in ``lang``: the on-chain time when deployed, else the spec's days after deployment."""
    if key in facts.state:
        return datetime.fromtimestamp(int(facts.state[key]), UTC).strftime("%Y-%m-%d %H:%M UTC")
    days = getattr(facts.spec, "deadline_days", None) or "?"
    return MESSAGES.say("kinds.days_after_deployment", lang, days=days)


def explanation(
    facts: ExplainFacts,
    lang: str,
    kind: str,
    title: str,
    summary: str,
    roles: dict[str, str],
    who: Who | None,
    flows: list[str],
    risks: list[str],
    schedule: Sequence[dict[str, str]] = (),
) -> Explanation:
    """The finished explanation: ``risks`` followed by the analysis findings, functions described with ``who``."""
    return Explanation(
        title=title,
        summary=summary,
        lang=lang,
        kind=kind,
        roles=roles,
        functions=describe_functions(facts, lang, who),
        money_flows=flows,
        schedule=list(schedule),
        risks=[*risks, *findings_in_words(facts.findings, lang)],
    )


__all__ = ["Who", "base_amount", "deadline_words", "explanation", "reply_lang", "state_or_spec_amount", "who_words"]
