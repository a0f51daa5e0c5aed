"""The shipped Solidity compiles without warnings and Slither finds nothing of high or medium impact."""

from __future__ import annotations

from ledgerlm.defi.artifacts import artifacts, sources
from ledgerlm.solidity.analysis import analyse_sources


def test_compiles_strictly_with_custom_errors_and_natspec() -> None:
    arts = artifacts()  # strict=True: any warning would raise
    for name in ("TestToken", "WrappedEther", "PriceOracle", "LendingPool", "ConstantProductAMM", "Staking"):
        assert arts[name].bytecode.startswith("0x6")
        assert arts[name].devdoc.get("title") == name
    errors = {i["name"] for i in arts["ConstantProductAMM"].abi if i["type"] == "error"}
    assert "SlippageExceeded" in errors
    assert "KycRequired" in {i["name"] for i in arts["LendingPool"].abi if i["type"] == "error"}


def test_no_high_or_medium_slither_findings() -> None:
    report = analyse_sources(sources())
    assert report.blocking == [], [f.description for f in report.blocking]
