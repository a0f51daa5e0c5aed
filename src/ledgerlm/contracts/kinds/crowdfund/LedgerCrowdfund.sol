// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title LedgerCrowdfund
/// @notice Anyone contributes ETH or one ERC-20 token until the deadline. Once the goal is reached the creator
///         may claim everything raised (which closes the campaign); if the deadline passes below the goal, every
///         contributor takes back exactly what they put in.
contract LedgerCrowdfund is ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice Who receives the funds when the goal is met.
    address public immutable creator;
    /// @notice The ERC-20 token raised, or address(0) for ETH.
    address public immutable asset;
    /// @notice Target amount in base units.
    uint256 public immutable goal;
    /// @notice Contributions are accepted until this timestamp (inclusive).
    uint256 public immutable deadline;

    /// @notice Sum of all contributions, in base units.
    uint256 public totalRaised;
    /// @notice Sum refunded so far, in base units.
    uint256 public totalRefunded;
    /// @notice True once the creator has claimed the funds.
    bool public claimed;
    /// @notice Amount each address contributed and has not taken back.
    mapping(address contributor => uint256 amount) public contributions;

    /// @notice A contribution arrived.
    event Contributed(address indexed contributor, uint256 amount, uint256 totalRaised);
    /// @notice The creator claimed the funds.
    event Claimed(address indexed creator, uint256 amount);
    /// @notice A contributor took their contribution back.
    event Refunded(address indexed contributor, uint256 amount);

    /// @notice The caller is not allowed to do this.
    error Unauthorized(address caller);
    /// @notice The campaign no longer accepts contributions.
    error CampaignClosed();
    /// @notice The goal has not been reached.
    error GoalNotReached(uint256 raised, uint256 goal);
    /// @notice Refunds open only after the deadline, and only when the goal was missed.
    error RefundsNotOpen();
    /// @notice The caller has nothing to take back.
    error NothingToRefund();
    /// @notice The amount is zero or does not match the ETH sent.
    error WrongAmount(uint256 expected, uint256 sent);
    /// @notice A constructor parameter is invalid.
    error InvalidParameter(string name);
    /// @notice Moving ETH failed.
    error EthTransferFailed();

    /// @param creator_ receives the funds when the goal is met
    /// @param asset_ ERC-20 token address, or address(0) for ETH
    /// @param goal_ target in base units
    /// @param deadline_ last timestamp at which contributions are accepted
    constructor(address creator_, address asset_, uint256 goal_, uint256 deadline_) {
        if (creator_ == address(0)) revert InvalidParameter("creator");
        if (goal_ == 0) revert InvalidParameter("goal");
        if (deadline_ <= block.timestamp) revert InvalidParameter("deadline");
        creator = creator_;
        asset = asset_;
        goal = goal_;
        deadline = deadline_;
    }

    /// @notice Anyone: contribute `amount` base units (send it as ETH, or approve the token first).
    function contribute(uint256 amount) external payable nonReentrant {
        if (claimed || block.timestamp > deadline) revert CampaignClosed();
        if (amount == 0) revert WrongAmount(1, 0);
        contributions[msg.sender] += amount;
        totalRaised += amount;
        emit Contributed(msg.sender, amount, totalRaised);
        if (asset == address(0)) {
            if (msg.value != amount) revert WrongAmount(amount, msg.value);
        } else {
            if (msg.value != 0) revert WrongAmount(0, msg.value);
            IERC20(asset).safeTransferFrom(msg.sender, address(this), amount);
        }
    }

    /// @notice Creator: take everything raised once the goal is reached; closes the campaign.
    function claim() external nonReentrant {
        if (msg.sender != creator) revert Unauthorized(msg.sender);
        if (claimed) revert CampaignClosed();
        if (totalRaised < goal) revert GoalNotReached(totalRaised, goal);
        claimed = true;
        emit Claimed(msg.sender, totalRaised);
        if (asset == address(0)) {
            (bool ok, ) = payable(msg.sender).call{value: totalRaised}("");
            if (!ok) revert EthTransferFailed();
        } else {
            IERC20(asset).safeTransfer(msg.sender, totalRaised);
        }
    }

    /// @notice Contributor: after a missed deadline, take back your whole contribution.
    function refund() external nonReentrant {
        if (!refundsOpen()) revert RefundsNotOpen();
        uint256 amount = contributions[msg.sender];
        if (amount == 0) revert NothingToRefund();
        contributions[msg.sender] = 0;
        totalRefunded += amount;
        emit Refunded(msg.sender, amount);
        if (asset == address(0)) {
            (bool ok, ) = payable(msg.sender).call{value: amount}("");
            if (!ok) revert EthTransferFailed();
        } else {
            IERC20(asset).safeTransfer(msg.sender, amount);
        }
    }

    /// @notice True when the deadline passed below the goal.
    function refundsOpen() public view returns (bool) {
        return block.timestamp > deadline && totalRaised < goal;
    }

    /// @notice True once the goal is reached.
    function goalReached() external view returns (bool) {
        return totalRaised >= goal;
    }
}
