// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title AuditAnchor
/// @notice Public, append-only anchors of ledgerlm audit-log batches: each batch's Merkle root and record range.
/// @dev Leaves are keccak256(0x00 || record), inner nodes keccak256(0x01 || left || right); an odd node at the end
///      of a level is promoted unchanged. `verify` mirrors that rule so anyone can check a proof on chain.
contract AuditAnchor is AccessControl {
    /// @notice Role allowed to anchor batches.
    bytes32 public constant ANCHORER_ROLE = keccak256("ANCHORER_ROLE");

    /// @notice One anchored batch (two storage slots). The anchoring transaction's block dates it.
    struct Batch {
        bytes32 root;
        uint64 firstId;
        uint64 lastId;
    }

    mapping(uint64 batchId => Batch batch) private _batches;

    /// @notice A batch root was anchored.
    event BatchAnchored(uint64 indexed batchId, bytes32 indexed root, uint64 firstId, uint64 lastId, uint64 count);

    /// @notice The batch already has a root; anchors are never overwritten.
    error BatchAlreadyAnchored(uint64 batchId, bytes32 root);
    /// @notice A zero root is not a valid anchor.
    error EmptyRoot();
    /// @notice The record range is empty or starts before record 1.
    error InvalidRange(uint64 firstId, uint64 lastId);

    /// @param admin Account that administers roles and may anchor.
    constructor(address admin) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(ANCHORER_ROLE, admin);
    }

    /// @notice Anchor the root of records `firstId`..`lastId` (inclusive) as batch `batchId`.
    /// @param batchId Batch number in the log.
    /// @param root Merkle root of the batch's record leaves.
    /// @param firstId First record id in the batch.
    /// @param lastId Last record id in the batch.
    function anchor(uint64 batchId, bytes32 root, uint64 firstId, uint64 lastId)
        external
        onlyRole(ANCHORER_ROLE)
    {
        if (root == bytes32(0)) revert EmptyRoot();
        if (firstId == 0 || lastId < firstId) revert InvalidRange(firstId, lastId);
        bytes32 existing = _batches[batchId].root;
        if (existing != bytes32(0)) revert BatchAlreadyAnchored(batchId, existing);
        _batches[batchId] = Batch(root, firstId, lastId);
        emit BatchAnchored(batchId, root, firstId, lastId, lastId - firstId + 1);
    }

    /// @notice The anchored batch `batchId` (all zero if none).
    /// @param batchId Batch number in the log.
    /// @return The stored batch.
    function getBatch(uint64 batchId) external view returns (Batch memory) {
        return _batches[batchId];
    }

    /// @notice Whether `leaf` with Merkle path `proof` leads to the anchored root of batch `batchId`.
    /// @param batchId Batch number in the log.
    /// @param leaf keccak256(0x00 || canonical record bytes).
    /// @param proof Sibling hashes from the leaf upwards.
    /// @param leftMask Bit i set when proof[i] is the left operand.
    /// @return True when the computed root equals the anchored one.
    function verify(uint64 batchId, bytes32 leaf, bytes32[] calldata proof, uint256 leftMask)
        external
        view
        returns (bool)
    {
        bytes32 root = _batches[batchId].root;
        if (root == bytes32(0)) return false;
        bytes32 node = leaf;
        uint256 length = proof.length;
        for (uint256 i = 0; i < length; ++i) {
            node = (leftMask >> i) & 1 == 1
                ? keccak256(abi.encodePacked(bytes1(0x01), proof[i], node))
                : keccak256(abi.encodePacked(bytes1(0x01), node, proof[i]));
        }
        return node == root;
    }
}
