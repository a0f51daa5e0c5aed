"""One in-process chain per test module (deploys are cheap; each test's data dir gets its own registry)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from eth_account import Account
from eth_account.signers.local import LocalAccount

from ledgerlm.chain import Chain, connect


@pytest.fixture(scope="module")
def chain() -> Iterator[Chain]:
    ch = connect("memory")
    yield ch
    ch.close()


@pytest.fixture
def issuer() -> LocalAccount:
    return Account.create()


@pytest.fixture
def holder() -> LocalAccount:
    return Account.create()


@pytest.fixture(autouse=True)
def password(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("LEDGERLM_PASSWORD", "correct horse battery staple")
    return "correct horse battery staple"
