// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title LedgerMultisig
/// @notice A wallet shared by a fixed set of owners. Any owner submits a transaction (which counts as their
///         confirmation); owners confirm or revoke; once at least `threshold` owners confirm, any owner executes it.
///         It holds ETH and anything else an address can hold.
contract LedgerMultisig is ReentrancyGuard {
    /// @notice A proposed call.
    struct Transaction {
        address to;
        uint256 value;
        bytes data;
        bool executed;
        uint256 confirmations;
    }

    /// @notice Confirmations needed to execute.
    uint256 public immutable threshold;
    /// @notice True for each owner.
    mapping(address account => bool) public isOwner;
    /// @notice Whether an owner confirmed a transaction.
    mapping(uint256 txId => mapping(address owner => bool)) public confirmed;

    address[] private _owners;
    Transaction[] private _transactions;

    /// @notice ETH arrived.
    event Deposit(address indexed sender, uint256 amount, uint256 balance);
    /// @notice An owner proposed a transaction.
    event Submitted(uint256 indexed txId, address indexed owner, address indexed to, uint256 value, bytes data);
    /// @notice An owner confirmed a transaction.
    event Confirmed(uint256 indexed txId, address indexed owner);
    /// @notice An owner withdrew a confirmation.
    event Revoked(uint256 indexed txId, address indexed owner);
    /// @notice A transaction was executed.
    event Executed(uint256 indexed txId, address indexed owner);

    /// @notice The caller is not an owner.
    error NotOwner(address caller);
    /// @notice No transaction with this id.
    error UnknownTransaction(uint256 txId);
    /// @notice The transaction was already executed.
    error AlreadyExecuted(uint256 txId);
    /// @notice The owner already confirmed.
    error AlreadyConfirmed(uint256 txId, address owner);
    /// @notice The owner has not confirmed.
    error NotConfirmed(uint256 txId, address owner);
    /// @notice Fewer confirmations than the threshold.
    error BelowThreshold(uint256 confirmations, uint256 threshold);
    /// @notice The executed call reverted.
    error CallFailed(uint256 txId);
    /// @notice A constructor parameter is invalid.
    error InvalidParameter(string name);

    modifier onlyOwner() {
        if (!isOwner[msg.sender]) revert NotOwner(msg.sender);
        _;
    }

    modifier pending(uint256 txId) {
        if (txId >= _transactions.length) revert UnknownTransaction(txId);
        if (_transactions[txId].executed) revert AlreadyExecuted(txId);
        _;
    }

    /// @param owners_ distinct owner addresses
    /// @param threshold_ confirmations needed, 1..owners
    constructor(address[] memory owners_, uint256 threshold_) {
        if (owners_.length == 0) revert InvalidParameter("owners");
        if (threshold_ == 0 || threshold_ > owners_.length) revert InvalidParameter("threshold");
        for (uint256 i = 0; i < owners_.length; ++i) {
            address owner = owners_[i];
            if (owner == address(0) || isOwner[owner]) revert InvalidParameter("owners");
            isOwner[owner] = true;
            _owners.push(owner);
        }
        threshold = threshold_;
    }

    /// @notice Anyone: send ETH to the wallet.
    receive() external payable {
        emit Deposit(msg.sender, msg.value, address(this).balance);
    }

    /// @notice Owner: propose a call of `to` with `value` wei and `data`; counts as your confirmation.
    function submit(address to, uint256 value, bytes calldata data) external onlyOwner returns (uint256 txId) {
        if (to == address(0)) revert InvalidParameter("to");
        txId = _transactions.length;
        _transactions.push(Transaction({to: to, value: value, data: data, executed: false, confirmations: 1}));
        confirmed[txId][msg.sender] = true;
        emit Submitted(txId, msg.sender, to, value, data);
        emit Confirmed(txId, msg.sender);
    }

    /// @notice Owner: confirm a pending transaction.
    function confirm(uint256 txId) external onlyOwner pending(txId) {
        if (confirmed[txId][msg.sender]) revert AlreadyConfirmed(txId, msg.sender);
        confirmed[txId][msg.sender] = true;
        _transactions[txId].confirmations += 1;
        emit Confirmed(txId, msg.sender);
    }

    /// @notice Owner: withdraw your confirmation of a pending transaction.
    function revoke(uint256 txId) external onlyOwner pending(txId) {
        if (!confirmed[txId][msg.sender]) revert NotConfirmed(txId, msg.sender);
        confirmed[txId][msg.sender] = false;
        _transactions[txId].confirmations -= 1;
        emit Revoked(txId, msg.sender);
    }

    /// @notice Owner: execute a transaction that has at least `threshold` confirmations.
    function execute(uint256 txId) external onlyOwner pending(txId) nonReentrant {
        Transaction storage txn = _transactions[txId];
        if (txn.confirmations < threshold) revert BelowThreshold(txn.confirmations, threshold);
        txn.executed = true;
        emit Executed(txId, msg.sender);
        (bool ok, ) = txn.to.call{value: txn.value}(txn.data);
        if (!ok) revert CallFailed(txId);
    }

    /// @notice All owners.
    function owners() external view returns (address[] memory) {
        return _owners;
    }

    /// @notice Number of owners.
    function ownersCount() external view returns (uint256) {
        return _owners.length;
    }

    /// @notice Number of transactions ever submitted.
    function transactionCount() external view returns (uint256) {
        return _transactions.length;
    }

    /// @notice One transaction.
    function getTransaction(uint256 txId)
        external
        view
        returns (address to, uint256 value, bytes memory data, bool executed, uint256 confirmations)
    {
        if (txId >= _transactions.length) revert UnknownTransaction(txId);
        Transaction storage txn = _transactions[txId];
        return (txn.to, txn.value, txn.data, txn.executed, txn.confirmations);
    }
}
