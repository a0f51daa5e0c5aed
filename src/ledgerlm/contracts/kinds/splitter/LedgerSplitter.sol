// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title LedgerSplitter
/// @notice Splits every payment it receives, in ETH or any ERC-20, among fixed payees by fixed shares. Payments are
///         pulled: each payee calls `release` (or `releaseToken`) and receives what is due to them. A payee's due
///         amount is `totalReceived * shares / totalShares - alreadyReleased`, so releases are always proportional
///         to shares and never exceed what was received.
/// @dev OpenZeppelin 5 removed PaymentSplitter; this is a small rewrite with the same accounting.
contract LedgerSplitter is ReentrancyGuard {
    using SafeERC20 for IERC20;

    address[] private _payees;
    mapping(address payee => uint256 shares) private _shares;
    uint256 private immutable _totalShares;

    uint256 private _totalReleasedEth;
    mapping(address payee => uint256 amount) private _releasedEth;
    mapping(IERC20 token => uint256 amount) private _totalReleasedToken;
    mapping(IERC20 token => mapping(address payee => uint256 amount)) private _releasedToken;

    /// @notice ETH arrived.
    event PaymentReceived(address indexed from, uint256 amount);
    /// @notice ETH was released to a payee.
    event PaymentReleased(address indexed payee, uint256 amount);
    /// @notice An ERC-20 amount was released to a payee.
    event TokenReleased(IERC20 indexed token, address indexed payee, uint256 amount);

    error NoPayees();
    error LengthMismatch(uint256 payees, uint256 shares);
    error ZeroShares(address payee);
    error DuplicatePayee(address payee);
    error ZeroAddress();
    error NotPayee(address account);
    error NothingDue(address account);
    error EthTransferFailed(address payee);

    /// @param payees_ The payees, in order.
    /// @param shares_ Each payee's shares (any positive integers; percentages work).
    constructor(address[] memory payees_, uint256[] memory shares_) {
        if (payees_.length == 0) revert NoPayees();
        if (payees_.length != shares_.length) revert LengthMismatch(payees_.length, shares_.length);
        uint256 total = 0;
        for (uint256 i = 0; i < payees_.length; i++) {
            address p = payees_[i];
            if (p == address(0)) revert ZeroAddress();
            if (shares_[i] == 0) revert ZeroShares(p);
            if (_shares[p] != 0) revert DuplicatePayee(p);
            _payees.push(p);
            _shares[p] = shares_[i];
            total += shares_[i];
        }
        _totalShares = total;
    }

    /// @notice Accept ETH from anyone.
    receive() external payable {
        emit PaymentReceived(msg.sender, msg.value);
    }

    /// @notice The payees, in order.
    function payees() external view returns (address[] memory) {
        return _payees;
    }

    /// @notice A payee's shares (0 for anyone else).
    function shares(address account) external view returns (uint256) {
        return _shares[account];
    }

    /// @notice The sum of all shares.
    function totalShares() external view returns (uint256) {
        return _totalShares;
    }

    /// @notice ETH released so far, in total and to one payee.
    function totalReleased() external view returns (uint256) {
        return _totalReleasedEth;
    }

    /// @notice ETH released so far to `account`.
    function released(address account) external view returns (uint256) {
        return _releasedEth[account];
    }

    /// @notice Tokens released so far, in total.
    function totalReleasedToken(IERC20 token) external view returns (uint256) {
        return _totalReleasedToken[token];
    }

    /// @notice Tokens released so far to `account`.
    function releasedToken(IERC20 token, address account) external view returns (uint256) {
        return _releasedToken[token][account];
    }

    /// @notice ETH `account` can be paid now.
    function releasable(address account) public view returns (uint256) {
        uint256 totalReceived = address(this).balance + _totalReleasedEth;
        return _due(account, totalReceived, _releasedEth[account]);
    }

    /// @notice Tokens `account` can be paid now.
    function releasableToken(IERC20 token, address account) public view returns (uint256) {
        uint256 totalReceived = token.balanceOf(address(this)) + _totalReleasedToken[token];
        return _due(account, totalReceived, _releasedToken[token][account]);
    }

    /// @notice Pay the caller (a payee) the ETH due to it.
    function release() external nonReentrant {
        address account = msg.sender;
        uint256 amount = releasable(account);
        if (amount < 1) revert NothingDue(account);
        _totalReleasedEth += amount;
        _releasedEth[account] += amount;
        emit PaymentReleased(account, amount);
        (bool ok, ) = payable(msg.sender).call{value: amount}("");
        if (!ok) revert EthTransferFailed(account);
    }

    /// @notice Pay the caller (a payee) the tokens due to it.
    function releaseToken(IERC20 token) external nonReentrant {
        address account = msg.sender;
        uint256 amount = releasableToken(token, account);
        if (amount < 1) revert NothingDue(account);
        _totalReleasedToken[token] += amount;
        _releasedToken[token][account] += amount;
        emit TokenReleased(token, account, amount);
        token.safeTransfer(account, amount);
    }

    function _due(address account, uint256 totalReceived, uint256 alreadyReleased) private view returns (uint256) {
        uint256 accountShares = _shares[account];
        if (accountShares == 0) revert NotPayee(account);
        return (totalReceived * accountShares) / _totalShares - alreadyReleased;
    }
}
