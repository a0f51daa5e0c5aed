"""Hypothesis fuzzes the Python entry points that take free text: only ledgerlm's typed errors may come out."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ledgerlm.errors import LedgerError

TEXT = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=st.sampled_from(list("借款贷年利率月个%0123456789.,eE+- USDCETHloan to bob为期给")), max_size=80),
    st.from_regex(
        r"(loan|借款|vest|escrow) [0-9eE.+-]{1,12} (USDC|ETH|DAI)? ?(at|年利率)? ?[0-9.eE-]{0,8}%?", fullmatch=True
    ),
)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(TEXT)
def test_parse_raises_only_typed_errors(text: str) -> None:
    from ledgerlm.contracts.request import parse

    with contextlib.suppress(LedgerError):
        parse(text)


@FAST
@given(TEXT)
def test_intent_raises_only_typed_errors(text: str) -> None:
    from ledgerlm.assistant.intents.classifier import classify

    with contextlib.suppress(LedgerError):
        classify(text)


@FAST
@given(st.text(max_size=120))
@example("²")  # a Unicode digit: str.isdigit() accepts it, int() does not (found by this test)
@example("9223372036854775808")  # beyond SQLite's INTEGER (found by this test)
def test_explain_target_resolution_raises_only_typed_errors(text: str) -> None:
    from ledgerlm.contracts.explain import resolve_target

    with contextlib.suppress(LedgerError):
        resolve_target(text, "memory")


@FAST
@given(st.lists(st.text(max_size=30), max_size=5))
def test_overrides_raise_only_typed_errors(pairs: list[str]) -> None:
    from ledgerlm.contracts.pipeline import parse_overrides

    with contextlib.suppress(LedgerError):
        parse_overrides(pairs)


@pytest.fixture(autouse=True)
def _no_chain(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEDGERLM_CHAIN", "memory")


def test_deployment_id_beyond_sqlite_integer_is_not_found() -> None:
    """Found by the fuzz test above: '9223372036854775808' reached SQLite as an id and raised OverflowError."""
    from ledgerlm.contracts.explain import resolve_target

    with pytest.raises(LedgerError):
        resolve_target("9223372036854775808", "memory")
