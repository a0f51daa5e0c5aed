"""The intent registry: one self-describing module per intent, read by classifier, planner, replies, core and
keyword baseline; a plug-in intent in a throw-away package is planned / answered without an edit elsewhere."""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from ledgerlm.assistant.intents import spec, understand
from ledgerlm.assistant.intents.keywords import classify_keywords
from ledgerlm.assistant.replies import verb
from ledgerlm.language.slots import INTENTS


def test_registry_and_the_language_name_list_agree() -> None:
    builtin = [n for n, s in spec.all_specs().items() if s.module.startswith(spec.BUILTIN_PACKAGE + ".")]
    assert builtin == list(INTENTS)


def test_every_builtin_intent_describes_itself() -> None:
    for name, s in spec.all_specs().items():
        assert s.name == name and s.module.endswith("." + name)
        assert s.display["en"] and s.display["zh"]
        assert s.examples, name
        assert (s.plan is not None) == s.moves_money, name
        assert s.kind == ("order" if s.moves_money else "question"), name
        model = s.model()
        assert set(model.model_fields) == set(s.slots)
    assert spec.money_intents() == {"buy", "sell", "transfer", "deposit", "withdraw", "borrow", "repay", "dividend"}
    assert spec.question_intents() == {
        "price",
        "hold",
        "risk",
        "info",
        "explain",
        "other",
        "balance",
        "create_contract",
    }
    assert verb("transfer", "zh") == "转账" and verb("borrow", "en") == "borrow"


def test_slot_model_validates_types() -> None:
    from ledgerlm.errors import InputError

    s = spec.get("transfer")
    assert str(s.validate({"token": "ETH", "amount": "0.5", "recipient": "bob"}).amount) == "0.5"
    with pytest.raises(InputError, match="amount"):
        s.validate({"amount": "lots"})


def test_how_to_questions_stay_questions() -> None:
    for text in ("how do I buy bitcoin?", "我想知道如何购买比特币", "how can i stake my eth?"):
        u = understand(text)
        assert u.intent == "info", (text, u)
    assert understand("buy 2 ETH").intent == "buy"


_PLUGIN = """
from decimal import Decimal

from ledgerlm.assistant.intents.spec import IntentSpec


def _answer(bot, intent, slots, lang, text):
    from ledgerlm.assistant.core import Reply

    return Reply({"en": "moon soon", "zh": "快了"}[lang], lang, "answer", intent=intent)


INTENT = IntentSpec(
    name="moon_forecast",
    kind="question",
    display={"en": "moon forecast", "zh": "登月预测"},
    slots=("token",),
    slots_like="price",
    answer=_answer,
    cues=("wen moon", "何时登月"),
    cue_rank=0,
    examples=("wen moon for ETH", "ETH 何时登月"),
)
"""

_PLUGIN_ORDER = """
from ledgerlm.assistant.intents.spec import IntentSpec


def _plan(planner, intent, slots, lang, text):
    return planner.transfer({**slots, "recipient": "0x742d35Cc6634C0532925a3b844Bc454e4438f44e"}, lang, text)


INTENT = IntentSpec(
    name="tip_jar",
    kind="order",
    moves_money=True,
    display={"en": "tip", "zh": "打赏"},
    slots=("token", "amount"),
    slots_like="transfer",
    plan=_plan,
    cues=("tip jar",),
    cue_rank=0,
    examples=("put 1 ETH in the tip jar",),
)
"""


@pytest.fixture
def plugin_package(tmp_path: Path) -> Iterator[str]:
    pkg = tmp_path / "throwaway_intents"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "moon_forecast.py").write_text(textwrap.dedent(_PLUGIN), encoding="utf-8")
    (pkg / "tip_jar.py").write_text(textwrap.dedent(_PLUGIN_ORDER), encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        spec.add_package("throwaway_intents")
        yield "throwaway_intents"
    finally:
        spec.remove_package("throwaway_intents")
        sys.path.remove(str(tmp_path))
        for mod in [m for m in sys.modules if m.startswith("throwaway_intents")]:
            del sys.modules[mod]


def test_a_plugin_intent_is_understood_answered_and_planned(plugin_package: str) -> None:
    assert "moon_forecast" in spec.names() and "tip_jar" in spec.money_intents()
    u = understand("wen moon for ETH?")
    assert u.intent == "moon_forecast" and u.slots == {"token": "ETH"}
    assert classify_keywords("ETH 何时登月") == "moon_forecast"
    assert verb("tip_jar", "zh") == "打赏"

    from ledgerlm.assistant.core import Assistant

    bot = Assistant("memory", user="plugin-test", keep_history=False)
    reply = bot.handle("wen moon for ETH?")
    assert reply.kind == "answer" and reply.text == "moon soon" and reply.intent == "moon_forecast"
    assert bot.handle("ETH 何时登月").text == "快了"
    planned = bot.handle("put 0.01 ETH in the tip jar")
    assert planned.kind == "plan", planned.text
    assert planned.plan.intent == "tip_jar" and str(planned.plan.amount) == "0.01"
    assert planned.plan.recipient == "0x742d35Cc6634C0532925a3b844Bc454e4438f44e"


def test_plugins_leave_with_their_package(plugin_package: str) -> None:
    spec.remove_package(plugin_package)
    assert "moon_forecast" not in spec.names()
    assert understand("wen moon for ETH?").intent != "moon_forecast"
