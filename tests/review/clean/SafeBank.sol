// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

// a correct bank: checks-effects-interactions, owner-only sweep of fees
contract SafeBank {
    address public immutable owner;
    mapping(address => uint256) public balances;
    uint256 public fees;

    constructor() { owner = msg.sender; }

    function deposit() external payable {
        uint256 fee = msg.value / 100;
        fees += fee;
        balances[msg.sender] += msg.value - fee;
    }

    function withdraw(uint256 amount) external {
        require(balances[msg.sender] >= amount, "balance");
        balances[msg.sender] -= amount;
        (bool ok, ) = payable(msg.sender).call{value: amount}("");
        require(ok, "send failed");
    }

    function sweepFees(address payable to) external {
        require(msg.sender == owner, "owner");
        require(to != address(0), "zero");
        uint256 amount = fees;
        fees = 0;
        (bool ok, ) = to.call{value: amount}("");
        require(ok, "send failed");
    }
}
