// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title Staking
/// @notice Stake one token, earn another per second pro rata (Synthetix-style `rewardPerToken` accounting).
///         The owner funds reward periods with `notifyRewardAmount`.
contract Staking is Ownable, ReentrancyGuard {
    using SafeERC20 for IERC20;

    uint256 private constant WAD = 1e18;

    /// @notice The token users stake.
    IERC20 public immutable stakingToken;
    /// @notice The token rewards are paid in.
    IERC20 public immutable rewardsToken;

    /// @notice Rewards paid per second (reward base units, scaled by 1e18) across all stakers.
    uint256 public rewardRateWad;
    /// @notice When the current reward period ends.
    uint256 public periodFinish;
    uint256 public lastUpdateTime;
    uint256 public rewardPerTokenStored;
    uint256 public totalStaked;

    mapping(address account => uint256) public stakedOf;
    mapping(address account => uint256) public userRewardPerTokenPaid;
    mapping(address account => uint256) public rewards;

    error ZeroAmount();
    error SameToken();
    error InsufficientStake(uint256 staked, uint256 requested);
    error NothingToClaim();
    error InvalidDuration();
    error RewardPeriodActive(uint256 periodFinish);

    /// @notice `account` staked `amount`.
    event Staked(address indexed account, uint256 amount);
    /// @notice `account` unstaked `amount`.
    event Unstaked(address indexed account, uint256 amount);
    /// @notice `account` claimed `amount` of rewards.
    event RewardPaid(address indexed account, uint256 amount);
    /// @notice A reward period of `duration` seconds was funded with `reward`.
    event RewardAdded(uint256 reward, uint256 duration, uint256 periodFinish);

    constructor(address owner_, address stakingToken_, address rewardsToken_) Ownable(owner_) {
        if (stakingToken_ == rewardsToken_) revert SameToken();
        stakingToken = IERC20(stakingToken_);
        rewardsToken = IERC20(rewardsToken_);
    }

    modifier updateReward(address account) {
        rewardPerTokenStored = rewardPerToken();
        lastUpdateTime = lastTimeRewardApplicable();
        if (account != address(0)) {
            rewards[account] = earned(account);
            userRewardPerTokenPaid[account] = rewardPerTokenStored;
        }
        _;
    }

    /// @notice Now, or the end of the reward period if it is over.
    function lastTimeRewardApplicable() public view returns (uint256) {
        return Math.min(block.timestamp, periodFinish);
    }

    /// @notice Accumulated rewards per staked token (1e18 scale).
    function rewardPerToken() public view returns (uint256) {
        if (totalStaked == 0) return rewardPerTokenStored;
        return rewardPerTokenStored + Math.mulDiv(lastTimeRewardApplicable() - lastUpdateTime, rewardRateWad, totalStaked);
    }

    /// @notice Rewards `account` can claim now.
    function earned(address account) public view returns (uint256) {
        return rewards[account]
            + Math.mulDiv(stakedOf[account], rewardPerToken() - userRewardPerTokenPaid[account], WAD);
    }

    /// @notice Stake `amount` (approve first).
    function stake(uint256 amount) external nonReentrant updateReward(msg.sender) {
        if (amount == 0) revert ZeroAmount();
        totalStaked += amount;
        stakedOf[msg.sender] += amount;
        emit Staked(msg.sender, amount);
        stakingToken.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Unstake `amount`.
    function unstake(uint256 amount) public nonReentrant updateReward(msg.sender) {
        if (amount == 0) revert ZeroAmount();
        uint256 staked = stakedOf[msg.sender];
        if (amount > staked) revert InsufficientStake(staked, amount);
        totalStaked -= amount;
        stakedOf[msg.sender] = staked - amount;
        emit Unstaked(msg.sender, amount);
        stakingToken.safeTransfer(msg.sender, amount);
    }

    /// @notice Pay out everything earned so far.
    function claim() public nonReentrant updateReward(msg.sender) returns (uint256 reward) {
        reward = rewards[msg.sender];
        if (reward > 0) {
            rewards[msg.sender] = 0;
            emit RewardPaid(msg.sender, reward);
            rewardsToken.safeTransfer(msg.sender, reward);
        } else {
            revert NothingToClaim();
        }
    }

    /// @notice Fund a reward period: `reward` base units (pulled from the owner) paid evenly over `duration`
    ///         seconds. Only when no period is running, so a running period's promised rate never changes.
    function notifyRewardAmount(uint256 reward, uint256 duration) external onlyOwner updateReward(address(0)) {
        if (duration == 0) revert InvalidDuration();
        if (reward == 0) revert ZeroAmount();
        if (block.timestamp < periodFinish) revert RewardPeriodActive(periodFinish);
        rewardRateWad = (reward * WAD) / duration;
        lastUpdateTime = block.timestamp;
        periodFinish = block.timestamp + duration;
        emit RewardAdded(reward, duration, periodFinish);
        rewardsToken.safeTransferFrom(msg.sender, address(this), reward);
    }
}
