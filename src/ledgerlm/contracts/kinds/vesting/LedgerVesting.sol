// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {VestingWallet} from "@openzeppelin/contracts/finance/VestingWallet.sol";
import {VestingWalletCliff} from "@openzeppelin/contracts/finance/VestingWalletCliff.sol";

/// @title LedgerVesting
/// @notice OpenZeppelin's VestingWalletCliff for one beneficiary: whatever ETH or tokens it holds vest linearly
///         from `start()` over `duration()`, nothing before the cliff. The beneficiary (the owner) calls release.
///         `asset` names the asset this wallet was created for, so its amounts can be read in one call.
contract LedgerVesting is VestingWalletCliff {
    /// @notice The ERC-20 token this wallet vests, or address(0) for ETH.
    address public immutable asset;

    /// @param beneficiary receives the vested funds
    /// @param asset_ ERC-20 token address, or address(0) for ETH
    /// @param startTimestamp when vesting starts
    /// @param durationSeconds vesting length
    /// @param cliffSeconds nothing vests until start + cliff
    constructor(address beneficiary, address asset_, uint64 startTimestamp, uint64 durationSeconds, uint64 cliffSeconds)
        payable
        VestingWallet(beneficiary, startTimestamp, durationSeconds)
        VestingWalletCliff(cliffSeconds)
    {
        asset = asset_;
    }

    /// @notice Amount of `asset` vested at `timestamp` (released or not).
    function vestedOfAsset(uint64 timestamp) external view returns (uint256) {
        return asset == address(0) ? vestedAmount(timestamp) : vestedAmount(asset, timestamp);
    }

    /// @notice Amount of `asset` the beneficiary can release now.
    function releasableOfAsset() external view returns (uint256) {
        return asset == address(0) ? releasable() : releasable(asset);
    }

    /// @notice Amount of `asset` already released.
    function releasedOfAsset() external view returns (uint256) {
        return asset == address(0) ? released() : released(asset);
    }

    /// @notice Anyone: send the releasable `asset` to the beneficiary.
    function releaseAsset() external {
        if (asset == address(0)) {
            release();
        } else {
            release(asset);
        }
    }
}
