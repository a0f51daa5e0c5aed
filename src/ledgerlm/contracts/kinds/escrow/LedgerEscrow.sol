// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title LedgerEscrow
/// @notice The payer locks an amount of ETH or one ERC-20 token. The payer or the arbiter releases it to the
///         payee; after the deadline anyone may send it back to the payer, and the arbiter may refund it at any
///         time to settle a dispute. The locked funds can only ever reach the payee or the payer.
contract LedgerEscrow is ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice Lifecycle of the escrow.
    enum Status { AwaitingDeposit, Funded, Released, Refunded }

    /// @notice Who locks the funds and gets them back on a refund.
    address public immutable payer;
    /// @notice Who receives the funds on release.
    address public immutable payee;
    /// @notice Neutral third party who may release or refund (address(0) = none).
    address public immutable arbiter;
    /// @notice The ERC-20 token held, or address(0) for ETH.
    address public immutable asset;
    /// @notice Amount held, in base units.
    uint256 public immutable amount;
    /// @notice After this timestamp a refund to the payer is possible.
    uint256 public immutable deadline;

    /// @notice Current lifecycle status.
    Status public status;

    /// @notice The payer locked the funds.
    event Deposited(address indexed payer, uint256 amount);
    /// @notice The funds went to the payee.
    event Released(address indexed by, address indexed payee, uint256 amount);
    /// @notice The funds went back to the payer.
    event Refunded(address indexed by, address indexed payer, uint256 amount);

    /// @notice The caller is not allowed to do this.
    error Unauthorized(address caller);
    /// @notice The escrow is not in the status this action needs.
    error WrongStatus(Status current);
    /// @notice The deposit does not equal the amount.
    error WrongAmount(uint256 expected, uint256 sent);
    /// @notice The deadline has not passed yet.
    error DeadlineNotReached(uint256 deadline);
    /// @notice A constructor parameter is invalid.
    error InvalidParameter(string name);
    /// @notice Moving ETH failed.
    error EthTransferFailed();

    /// @param payer_ locks the funds
    /// @param payee_ receives them on release
    /// @param arbiter_ may release or refund (address(0) for none)
    /// @param asset_ ERC-20 token address, or address(0) for ETH
    /// @param amount_ amount in base units
    /// @param deadline_ timestamp after which the funds may go back to the payer
    constructor(address payer_, address payee_, address arbiter_, address asset_, uint256 amount_, uint256 deadline_)
        payable
    {
        if (payer_ == address(0)) revert InvalidParameter("payer");
        if (payee_ == address(0) || payee_ == payer_) revert InvalidParameter("payee");
        if (arbiter_ == payee_ || arbiter_ == payer_) revert InvalidParameter("arbiter");
        if (amount_ == 0) revert InvalidParameter("amount");
        if (deadline_ <= block.timestamp) revert InvalidParameter("deadline");
        payer = payer_;
        payee = payee_;
        arbiter = arbiter_;
        asset = asset_;
        amount = amount_;
        deadline = deadline_;
        if (msg.value > 0) {
            if (msg.sender != payer_) revert Unauthorized(msg.sender);
            if (asset_ != address(0) || msg.value != amount_) revert WrongAmount(amount_, msg.value);
            status = Status.Funded;
            emit Deposited(payer_, amount_);
        }
    }

    /// @notice Payer: lock the amount (send it as ETH, or approve the token first).
    function deposit() external payable nonReentrant {
        if (msg.sender != payer) revert Unauthorized(msg.sender);
        if (status != Status.AwaitingDeposit) revert WrongStatus(status);
        status = Status.Funded;
        emit Deposited(msg.sender, amount);
        if (asset == address(0)) {
            if (msg.value != amount) revert WrongAmount(amount, msg.value);
        } else {
            if (msg.value != 0) revert WrongAmount(0, msg.value);
            IERC20(asset).safeTransferFrom(msg.sender, address(this), amount);
        }
    }

    /// @notice Payer or arbiter: pay the locked amount to the payee.
    function release() external nonReentrant {
        if (msg.sender != payer && (arbiter == address(0) || msg.sender != arbiter)) revert Unauthorized(msg.sender);
        if (status != Status.Funded) revert WrongStatus(status);
        status = Status.Released;
        emit Released(msg.sender, payee, amount);
        _pay(payee);
    }

    /// @notice Return the locked amount to the payer: the arbiter at any time, anyone after the deadline.
    function refund() external nonReentrant {
        if (status != Status.Funded) revert WrongStatus(status);
        if (arbiter == address(0) || msg.sender != arbiter) {
            if (block.timestamp <= deadline) revert DeadlineNotReached(deadline);
        }
        status = Status.Refunded;
        emit Refunded(msg.sender, payer, amount);
        _pay(payer);
    }

    /// @dev Send the whole amount to one of the two parties (only ever payer or payee).
    function _pay(address to) private {
        if (asset == address(0)) {
            (bool ok, ) = payable(to).call{value: amount}("");
            if (!ok) revert EthTransferFailed();
        } else {
            IERC20(asset).safeTransfer(to, amount);
        }
    }
}
