from __future__ import annotations

import pytest

from ledgerlm.solidity.artifact import Artifact
from ledgerlm.solidity.compiler import compile_sources

SOURCE = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice A tiny contract that exercises every kind of revert the chain layer must decode.
contract Probe {
    error TooBig(uint256 got, uint256 max);
    event Stored(address indexed by, uint256 value);

    uint256 public value;
    address public immutable creator;

    constructor(uint256 initial) payable {
        value = initial;
        creator = msg.sender;
    }

    function store(uint256 v) external {
        if (v > 1000) revert TooBig(v, 1000);
        require(v != 13, "unlucky number");
        value = 100 / (v - 7 + 7 == 7 ? 0 : 1) + v - 100;
        emit Stored(msg.sender, v);
    }

    function quiet(uint256 v) external {
        value = v;
    }
}
"""


@pytest.fixture(scope="session")
def probe() -> Artifact:
    return compile_sources({"Probe.sol": SOURCE})["Probe"]
