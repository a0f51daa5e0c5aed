"""Each of ledgerlm's own detectors on its own small fixtures: it fires on the bug (on the right line) and stays
quiet on the fixed version. Fixtures written for these tests."""

from __future__ import annotations

import pytest

from ledgerlm.review import review_sources

H4 = "pragma solidity ^0.4.24;\n"

CASES = {
    "ledgerlm-integer-overflow": (
        H4 + "contract C {\n mapping(address => uint) bal;\n function add(uint v) public {\n"
        "  bal[msg.sender] += v;\n }\n}\n",
        5,
        H4 + "contract C {\n mapping(address => uint) bal;\n function add(uint v) public {\n"
        "  require(bal[msg.sender] + v >= bal[msg.sender]);\n  bal[msg.sender] += v;\n }\n}\n",
    ),
    "ledgerlm-block-randomness": (
        H4 + "contract C {\n function roll() public view returns (uint) {\n"
        "  return uint(keccak256(block.timestamp, msg.sender)) % 6;\n }\n}\n",
        4,
        H4 + "contract C {\n function roll(uint seed) public pure returns (uint) {\n"
        "  return uint(keccak256(seed)) % 6;\n }\n}\n",
    ),
    "ledgerlm-unprotected-state": (
        H4 + "contract C {\n address owner;\n function setOwner(address o) public {\n  owner = o;\n }\n"
        " function take() public { require(msg.sender == owner); msg.sender.transfer(address(this).balance); }\n}\n",
        5,
        H4 + "contract C {\n address owner;\n function setOwner(address o) public {\n"
        "  require(msg.sender == owner);\n  owner = o;\n }\n"
        " function take() public { require(msg.sender == owner); msg.sender.transfer(address(this).balance); }\n}\n",
    ),
    "ledgerlm-delegatecall-input": (
        H4 + "contract C {\n address lib;\n function() public payable {\n  require(lib.delegatecall(msg.data));\n"
        " }\n}\n",
        5,
        H4 + "contract C {\n address lib; address owner;\n function run(bytes d) public {\n"
        "  require(msg.sender == owner);\n  require(lib.delegatecall(d));\n }\n}\n",
    ),
    "ledgerlm-unprotected-selfdestruct": (
        H4 + "contract C {\n function kill() public {\n  selfdestruct(msg.sender);\n }\n}\n",
        4,
        H4 + "contract C {\n address owner = msg.sender;\n function kill() public {\n"
        "  require(msg.sender == owner);\n  selfdestruct(owner);\n }\n}\n",
    ),
    "ledgerlm-front-running": (
        H4 + "contract C {\n bytes32 h;\n function solve(string s) public {\n  require(keccak256(s) == h);\n"
        "  msg.sender.transfer(address(this).balance);\n }\n}\n",
        5,
        H4 + "contract C {\n mapping(address => uint) bal;\n function out() public {\n"
        "  uint a = bal[msg.sender]; bal[msg.sender] = 0;\n  msg.sender.transfer(a);\n }\n}\n",
    ),
    "ledgerlm-approve-race": (
        H4 + "contract C {\n mapping(address => mapping(address => uint)) allowed;\n"
        " function approve(address s, uint v) public returns (bool) {\n  allowed[msg.sender][s] = v;\n"
        "  return true;\n }\n}\n",
        5,
        H4 + "contract C {\n mapping(address => mapping(address => uint)) allowed;\n"
        " function approve(address s, uint v) public returns (bool) {\n"
        "  require(v == 0 || allowed[msg.sender][s] == 0);\n  allowed[msg.sender][s] = v;\n  return true;\n }\n}\n",
    ),
    "ledgerlm-dos-loop": (
        H4 + "contract C {\n address[] payees;\n function join() public { payees.push(msg.sender); }\n"
        " function pay() public {\n  for (uint i = 0; i < payees.length; i++) {\n"
        "   payees[i].transfer(1 wei);\n  }\n }\n}\n",
        6,
        H4 + "contract C {\n mapping(address => uint) owed;\n function claim() public {\n"
        "  uint a = owed[msg.sender]; owed[msg.sender] = 0; msg.sender.transfer(a);\n }\n}\n",
    ),
    "ledgerlm-dos-revert": (
        H4 + "contract C {\n address leader; uint top;\n function bid() public payable {\n  require(msg.value > top);\n"
        "  require(leader.send(top));\n  leader = msg.sender; top = msg.value;\n }\n}\n",
        6,
        H4 + "contract C {\n mapping(address => uint) refunds;\n address leader; uint top;\n"
        " function bid() public payable {\n  require(msg.value > top);\n  refunds[leader] += top;\n"
        "  leader = msg.sender; top = msg.value;\n }\n}\n",
    ),
    "ledgerlm-unchecked-call": (
        H4 + "contract C {\n function pay(address to) public {\n  to.send(1 wei);\n }\n}\n",
        4,
        H4 + "contract C {\n function pay(address to) public {\n  require(to.send(1 wei));\n }\n}\n",
    ),
    "ledgerlm-unchecked-token": (
        H4 + "interface T { function transfer(address to, uint v) external; }\n"
        "contract C {\n T t;\n function pay(address to) public {\n  t.transfer(to, 1);\n }\n}\n",
        6,
        H4 + "interface T { function transfer(address to, uint v) external returns (bool); }\n"
        "contract C {\n T t;\n function pay(address to) public {\n  require(t.transfer(to, 1));\n }\n}\n",
    ),
    "ledgerlm-timestamp": (
        H4 + "contract C {\n function open() public view returns (bool) {\n  return now < 1600000000;\n }\n}\n",
        4,
        H4 + "contract C {\n uint last;\n function touch() public {\n  last = block.number;\n }\n}\n",
    ),
    "ledgerlm-short-address": (
        H4 + "contract C {\n mapping(address => uint) bal;\n function transfer(address to, uint v) public {\n"
        "  require(bal[msg.sender] >= v);\n  bal[msg.sender] -= v;\n  bal[to] += v;\n }\n}\n",
        4,
        H4 + "contract C {\n mapping(address => uint) bal;\n function transfer(address to, uint v) public {\n"
        "  require(msg.data.length >= 68);\n  require(bal[msg.sender] >= v);\n  bal[msg.sender] -= v;\n"
        "  bal[to] += v;\n }\n}\n",
    ),
}


@pytest.mark.parametrize("detector", sorted(CASES))
def test_detector_fires_on_its_bug_and_not_on_the_fix(detector: str) -> None:
    bad, line, good = CASES[detector]
    found = [f for f in review_sources({"Bad.sol": bad}, roles=False).findings if f.detector == detector]
    assert found, f"{detector} missed its bug"
    assert any(line in f.lines for f in found), [f.lines for f in found]
    assert all(f.source == "ledgerlm" for f in found)
    fixed = [f for f in review_sources({"Good.sol": good}, roles=False).findings if f.detector == detector]
    assert not fixed, [(f.lines, f.description) for f in fixed]


def test_arithmetic_from_0_8_is_checked_so_not_flagged() -> None:
    src = (
        "// SPDX-License-Identifier: MIT\npragma solidity ^0.8.24;\ncontract C {\n mapping(address => uint) bal;\n"
        " function add(uint v) public { bal[msg.sender] += v; }\n}\n"
    )
    assert not [
        f for f in review_sources({"C.sol": src}, roles=False).findings if f.detector == "ledgerlm-integer-overflow"
    ]
