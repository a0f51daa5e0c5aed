"""The risk texts say exactly what they said before they moved into ``risk/messages.py``, in both languages.

``messages_golden.json`` was captured from the inline ``"..." if lang == "zh" else "..."`` code over the shipped
price series (fixed data, so the figures do not move): views, the advisor for several profiles, the three-question
dialogue with answers it cannot read, and the CLI's source lines.
"""

from __future__ import annotations

import ast
import json
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest

from ledgerlm.cli import risk as cli_risk
from ledgerlm.risk import advice, advisor
from ledgerlm.risk.messages import MESSAGES

GOLDEN: dict[str, object] = json.loads((Path(__file__).with_name("messages_golden.json")).read_text(encoding="utf-8"))


def _render(key: str) -> object:
    what, *args, lang = key.split("/")
    if what in ("risk_view", "hold_view"):
        symbol, pos = args
        return getattr(advice, what)(symbol, lang, None if pos == "None" else Decimal(pos))
    if what == "price_view":
        return advice.price_view(args[0], lang)
    if what == "price_view_asof":
        return advice.price_view(args[0], lang, as_of="2024-06-01")
    if what == "NOTE":
        return advice.NOTE[lang]
    if what == "advise":
        horizon, loss, experience, stocks, assets = args
        profile = advisor.Profile(
            None if horizon == "None" else horizon,
            None if loss == "None" else float(loss),
            None if experience == "None" else experience,
        )
        a = advisor.advise(profile, list(ast.literal_eval(assets)), lang, stocks=stocks == "True")
        return [a.text, a.window]
    if what == "dialogue":
        d = advisor.AdviceDialogue(lang)
        seq: list[str | None] = [d.question()]
        for text in ("blah", "3 years", "???", "30%", "huh", "some"):
            r = d.reply(text)
            seq.append(r if isinstance(r, str) else r.text)
        return seq
    if what == "cli_window":
        return cli_risk._window_line(SimpleNamespace(window_days=365, as_of="2025-01-01"), lang)
    if what == "cli_plot":
        return [cli_risk._plot_line(None, lang), cli_risk._plot_line(Path("/tmp/x.png"), lang)]
    raise AssertionError(key)


@pytest.mark.parametrize("key", sorted(GOLDEN))
def test_text_is_byte_identical(key: str) -> None:
    assert _render(key) == GOLDEN[key]


def test_catalogue_is_complete_and_chinese_stays_chinese() -> None:
    assert MESSAGES.check() == []
    assert MESSAGES.say("ask_again", "zh") == "没听懂，请再说一次："
    assert MESSAGES.both("not_advice") == advice.NOTE
