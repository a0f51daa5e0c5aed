"""The review explainer (``contracts/explain.py``) says what it said before its sentences moved into
``contracts/messages.py``, in both languages, over a review built by hand (``synthetic_review``: every branch is
taken without compiling or running Slither).

``explain_review_golden.json`` was captured from the module as it was. One sentence changed on purpose: the
English line for a power anyone may call lacked what the Chinese one said (what the function's name suggests it
can do); the two languages now say the same thing, which the catalogue check requires.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from ledgerlm.contracts.explain import explanation_from_review
from ledgerlm.contracts.messages import MESSAGES

GOLDEN: dict[str, Any] = json.loads(Path(__file__).with_name("explain_review_golden.json").read_text(encoding="utf-8"))
WAS = "pause: anyone may call it (no check of the caller in the code)"
NOW = WAS + "; its name suggests it can freeze transfers"


def _fn(
    name: str, who: str, *, privileged: bool, view: bool = False, payable: bool = False, moves: tuple[str, ...] = ()
) -> Any:
    return SimpleNamespace(
        name=name, signature=f"{name}()", who=who, privileged=privileged, view=view, payable=payable, moves=list(moves)
    )


def synthetic_review(bases: bool = True) -> Any:
    functions = [
        _fn("deposit", "anyone", privileged=False, payable=True),
        _fn("withdraw", "anyone", privileged=False, moves=("ETH to the caller",)),
        _fn("sweep", "owner", privileged=True, moves=("all ETH to the owner",)),
        _fn("mint", "owner", privileged=True),
        _fn("pause", "anyone", privileged=False),
        _fn("transferOwnership", "owner", privileged=True),
        _fn("balanceOf", "anyone", privileged=False, view=True),
    ]
    vault = SimpleNamespace(
        name="Vault",
        kind="contract",
        functions=functions,
        bases=["Ownable", "ERC20"] if bases else [],
        recognised=[SimpleNamespace(base="ERC20", params={"name": "Vault Share", "symbol": "VS"}, notes=["mintable"])]
        if bases
        else [],
    )
    loc = SimpleNamespace(file="Vault.sol", lines=[12, 13])
    findings = [
        SimpleNamespace(severity=s, category=c, detector=d, message=m, locations=[loc])
        for s, c, d, m in (
            ("High", "reentrancy", "reentrancy-eth", "state written after the call"),
            ("Low", "time_manipulation", "timestamp", "uses block.timestamp"),
            ("Informational", "other", "naming-convention", "not shown"),
            ("Medium", "made_up", "custom", "an unknown category"),
        )
    ]
    return SimpleNamespace(contracts=[vault], findings=findings)


@pytest.mark.parametrize("key", sorted(GOLDEN))
def test_review_explanation_is_byte_identical(key: str) -> None:
    bases, lang = key.split("/")
    got = dataclasses.asdict(explanation_from_review(synthetic_review(bases == "True"), "Vault", lang))
    want = json.loads(json.dumps(GOLDEN[key]).replace(json.dumps(WAS)[1:-1], json.dumps(NOW)[1:-1]))
    assert got == want


def test_both_languages_name_what_an_unguarded_power_suggests() -> None:
    both = MESSAGES.both("explain.unguarded_power", name="pause", hint="X")
    assert all("X" in text for text in both.values())
