// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title LedgerDataAccess
/// @notice A registry of data sets held off-chain (for example medical records) by hash. The owner grants and
///         revokes read access to addresses, each grant with an expiry; a reader logs each access on chain, and an
///         access is accepted only while the grant is live. Nothing of the data itself is on chain.
contract LedgerDataAccess is Ownable {
    /// @notice One data set.
    struct DataSet {
        bytes32 contentHash;
        string description;
        uint64 registeredAt;
        bool exists;
    }

    mapping(bytes32 dataId => DataSet dataSet) private _dataSets;
    mapping(bytes32 dataId => mapping(address reader => uint64 expiresAt)) private _grants;
    bytes32[] private _ids;

    /// @notice A data set was registered.
    event DataSetRegistered(bytes32 indexed dataId, bytes32 contentHash, string description);
    /// @notice Access was granted until `expiresAt`.
    event AccessGranted(bytes32 indexed dataId, address indexed reader, uint64 expiresAt);
    /// @notice Access was revoked.
    event AccessRevoked(bytes32 indexed dataId, address indexed reader);
    /// @notice A reader accessed a data set (logged by the reader, checked against the grant).
    event DataAccessed(bytes32 indexed dataId, address indexed reader, bytes32 purposeHash);

    error UnknownDataSet(bytes32 dataId);
    error AlreadyRegistered(bytes32 dataId);
    error ExpiryInPast(uint64 expiresAt);
    error NoAccess(bytes32 dataId, address reader);

    constructor(address owner_) Ownable(owner_) {}

    /// @notice Register a data set by the hash of its content.
    function register(bytes32 dataId, bytes32 contentHash, string calldata description) external onlyOwner {
        if (_dataSets[dataId].exists) revert AlreadyRegistered(dataId);
        _dataSets[dataId] = DataSet(contentHash, description, uint64(block.timestamp), true);
        _ids.push(dataId);
        emit DataSetRegistered(dataId, contentHash, description);
    }

    /// @notice Grant `reader` access to a data set until `expiresAt` (a timestamp in the future).
    function grant(bytes32 dataId, address reader, uint64 expiresAt) external onlyOwner {
        if (!_dataSets[dataId].exists) revert UnknownDataSet(dataId);
        if (expiresAt <= block.timestamp) revert ExpiryInPast(expiresAt);
        _grants[dataId][reader] = expiresAt;
        emit AccessGranted(dataId, reader, expiresAt);
    }

    /// @notice Revoke `reader`'s access now.
    function revoke(bytes32 dataId, address reader) external onlyOwner {
        if (!_dataSets[dataId].exists) revert UnknownDataSet(dataId);
        _grants[dataId][reader] = 0;
        emit AccessRevoked(dataId, reader);
    }

    /// @notice Whether `reader` may read the data set now.
    function hasAccess(bytes32 dataId, address reader) public view returns (bool) {
        return _grants[dataId][reader] > block.timestamp;
    }

    /// @notice When `reader`'s grant ends (0 = none).
    function grantOf(bytes32 dataId, address reader) external view returns (uint64) {
        return _grants[dataId][reader];
    }

    /// @notice Log an access; reverts unless the caller's grant is live.
    function access(bytes32 dataId, bytes32 purposeHash) external {
        if (!hasAccess(dataId, msg.sender)) revert NoAccess(dataId, msg.sender);
        emit DataAccessed(dataId, msg.sender, purposeHash);
    }

    /// @notice A data set's record.
    function dataSet(bytes32 dataId) external view returns (DataSet memory) {
        if (!_dataSets[dataId].exists) revert UnknownDataSet(dataId);
        return _dataSets[dataId];
    }

    /// @notice Number of data sets.
    function count() external view returns (uint256) {
        return _ids.length;
    }
}
