// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title PriceOracle
/// @notice USD prices with 8 decimals (like Chainlink feeds), pushed by the owner or approved feeders.
///         `priceOf` refuses prices older than `maxAge` seconds so consumers never act on stale data.
contract PriceOracle is Ownable {
    /// @notice Decimals of every price.
    uint8 public constant DECIMALS = 8;

    struct PriceData {
        uint192 price;
        uint64 updatedAt;
    }

    mapping(address asset => PriceData) private _prices;

    /// @notice Accounts allowed to push prices besides the owner.
    mapping(address feeder => bool) public isFeeder;

    /// @notice Oldest acceptable price, in seconds.
    uint256 public maxAge;

    error NotFeeder(address caller);
    error NoPrice(address asset);
    error StalePrice(address asset, uint256 updatedAt, uint256 maxAge);
    error ZeroPrice(address asset);
    error PriceTooLarge(address asset, uint256 price);
    error LengthMismatch(uint256 assets, uint256 prices);
    error InvalidMaxAge();

    /// @notice A new price for `asset`.
    event PriceUpdated(address indexed asset, uint256 price, uint256 updatedAt);
    /// @notice `feeder` was allowed or disallowed to push prices.
    event FeederSet(address indexed feeder, bool allowed);
    /// @notice The staleness limit changed.
    event MaxAgeSet(uint256 maxAge);

    constructor(address owner_, uint256 maxAge_) Ownable(owner_) {
        if (maxAge_ == 0) revert InvalidMaxAge();
        maxAge = maxAge_;
        emit MaxAgeSet(maxAge_);
    }

    modifier onlyFeeder() {
        if (msg.sender != owner() && !isFeeder[msg.sender]) revert NotFeeder(msg.sender);
        _;
    }

    /// @notice Allow or disallow a feeder.
    function setFeeder(address feeder, bool allowed) external onlyOwner {
        isFeeder[feeder] = allowed;
        emit FeederSet(feeder, allowed);
    }

    /// @notice Change the staleness limit.
    function setMaxAge(uint256 maxAge_) external onlyOwner {
        if (maxAge_ == 0) revert InvalidMaxAge();
        maxAge = maxAge_;
        emit MaxAgeSet(maxAge_);
    }

    /// @notice Push one price (8 decimals).
    function setPrice(address asset, uint256 price) external onlyFeeder {
        _set(asset, price);
    }

    /// @notice Push several prices at once.
    function setPrices(address[] calldata assets, uint256[] calldata prices) external onlyFeeder {
        if (assets.length != prices.length) revert LengthMismatch(assets.length, prices.length);
        for (uint256 i = 0; i < assets.length; ++i) {
            _set(assets[i], prices[i]);
        }
    }

    /// @notice The last price and when it was set, without the staleness check.
    function latestPrice(address asset) external view returns (uint256 price, uint256 updatedAt) {
        PriceData storage data = _prices[asset];
        price = data.price;
        if (price < 1) revert NoPrice(asset);
        updatedAt = data.updatedAt;
    }

    /// @notice The price, reverting when missing or older than `maxAge`.
    function priceOf(address asset) external view returns (uint256) {
        PriceData storage data = _prices[asset];
        uint256 price = data.price;
        if (price < 1) revert NoPrice(asset);
        uint256 updatedAt = data.updatedAt;
        if (block.timestamp > updatedAt + maxAge) revert StalePrice(asset, updatedAt, maxAge);
        return price;
    }

    function _set(address asset, uint256 price) private {
        if (price == 0) revert ZeroPrice(asset);
        if (price > type(uint192).max) revert PriceTooLarge(asset, price);
        _prices[asset] = PriceData(uint192(price), uint64(block.timestamp));
        emit PriceUpdated(asset, price, block.timestamp);
    }
}
