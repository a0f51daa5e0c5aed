"""Slither on our own compile output: real detectors, findings only in our files, high/medium refused."""

from __future__ import annotations

import pytest

from ledgerlm.errors import AnalysisError
from ledgerlm.solidity.analysis import analyse_sources, require_clean

VULNERABLE = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
contract Bank {
    mapping(address => uint256) public bal;
    function deposit() external payable { bal[msg.sender] += msg.value; }
    function withdraw() external {
        (bool ok, ) = msg.sender.call{value: bal[msg.sender]}("");
        require(ok, "fail");
        bal[msg.sender] = 0;
    }
}
"""

SAFE = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
contract Safe is ERC20 {
    constructor(uint256 supply) ERC20("Safe", "SAFE") { _mint(msg.sender, supply); }
}
"""


def test_reentrancy_is_found_and_blocks_shipping() -> None:
    report = analyse_sources({"Bank.sol": VULNERABLE})
    detectors = {f.detector for f in report.blocking}
    assert "reentrancy-eth" in detectors
    with pytest.raises(AnalysisError, match="reentrancy-eth"):
        require_clean(report)


def test_openzeppelin_based_token_is_clean_and_library_findings_are_not_ours() -> None:
    report = analyse_sources({"Safe.sol": SAFE})
    require_clean(report)
    assert all("@openzeppelin" not in f.description for f in report.findings)
    again = analyse_sources({"Safe.sol": SAFE})  # cached by compilation key
    assert again.to_dict() == report.to_dict()


def test_cached_report_is_kept_per_set_of_own_files() -> None:
    """One compiled input, two scopes: the findings of Bank.sol must not leak into (or vanish from) the other's."""
    from ledgerlm.solidity import compiler
    from ledgerlm.solidity.analysis import analyse_standard

    std_input = compiler.standard_input({"Bank.sol": VULNERABLE, "Safe.sol": SAFE}, [])
    only_safe = analyse_standard(std_input, {"Safe.sol"})  # first: Slither must not drop what it saw here
    with_bank = analyse_standard(std_input, {"Bank.sol", "Safe.sol"})
    review = analyse_standard(std_input, {"Bank.sol", "Safe.sol"}, everything=True)
    assert "reentrancy-eth" in {f.detector for f in review.blocking}  # a third run on the same Slither object
    assert "reentrancy-eth" in {f.detector for f in with_bank.blocking}
    assert not only_safe.blocking and with_bank.key == only_safe.key  # same compile, different scope
    assert analyse_standard(std_input, {"Bank.sol", "Safe.sol"}).to_dict() == with_bank.to_dict()
    assert compiler.input_key(std_input, compiler.release_for(std_input)) == with_bank.key  # input left as given
