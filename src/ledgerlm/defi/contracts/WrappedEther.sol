// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title WrappedEther
/// @notice ETH as an ERC-20 (1:1), so the lending pool, the AMM and staking treat ETH like every other token.
contract WrappedEther is ERC20, ReentrancyGuard {
    /// @notice Sending ETH back to the caller failed.
    error EthTransferFailed(address to, uint256 amount);

    /// @notice `amount` wei were wrapped for `account`.
    event Deposit(address indexed account, uint256 amount);
    /// @notice `amount` WETH were unwrapped to ETH for `account`.
    event Withdrawal(address indexed account, uint256 amount);

    constructor() ERC20("Wrapped Ether", "WETH") {}

    /// @notice Wrap the ETH sent with the call.
    function deposit() public payable {
        _mint(msg.sender, msg.value);
        emit Deposit(msg.sender, msg.value);
    }

    /// @notice Plain ETH transfers wrap too.
    receive() external payable {
        deposit();
    }

    /// @notice Unwrap `amount` WETH back to ETH.
    function withdraw(uint256 amount) external nonReentrant {
        _burn(msg.sender, amount);
        emit Withdrawal(msg.sender, amount);
        (bool ok,) = payable(msg.sender).call{value: amount}("");
        if (!ok) revert EthTransferFailed(msg.sender, amount);
    }
}
