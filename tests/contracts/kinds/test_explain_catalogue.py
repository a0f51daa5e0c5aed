"""The kinds' explainers say exactly what they said before their sentences moved into the message catalogue.

``data/explain_golden.json`` was captured from the explainers as they were (``t(lang, en, zh)`` inline): for every
kind and example, spec-only facts and facts as read from a deployed contract (state frozen, so no clock or chain is
needed), in both languages. The functions part comes from ``kinds.base`` and is left out.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from ledgerlm.contracts import pipeline
from ledgerlm.contracts.kinds import get_plugin
from ledgerlm.contracts.kinds.base import ExplainFacts
from ledgerlm.contracts.messages import MESSAGES

CASES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "explain_golden.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", CASES, ids=[f"{c['kind']}-{c['label']}" for c in CASES])
def test_explanation_is_byte_identical_in_both_languages(case: dict[str, Any]) -> None:
    spec = pipeline.plan_from_params(case["kind"], case["params"]).spec
    state = {k: bytes.fromhex(v) if k in case["bytes_keys"] else v for k, v in case["state"].items()}
    facts = ExplainFacts(spec=spec, abi=[], state=state, parties=case["parties"], findings=case["findings"])
    for lang in ("en", "zh"):
        got = dataclasses.asdict(get_plugin(case["kind"]).explain(facts, lang))
        got.pop("functions")
        assert got == case[lang]


def test_kind_sentences_are_in_the_contracts_catalogue_in_both_languages() -> None:
    kinds = {i.split(".")[0] for i in MESSAGES.ids()}
    assert {"loan", "token", "escrow", "vesting", "crowdfund", "multisig", "nft", "splitter"} <= kinds
    assert {"traceability", "data_access", "explain", "kinds"} <= kinds
    assert MESSAGES.check() == []
    assert MESSAGES.say("kinds.days_after_deployment", "zh", days=14) == "部署后 14 天"
