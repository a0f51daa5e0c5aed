// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title LedgerTraceability
/// @notice A supply-chain registry: items move through fixed stages in order; each stage is recorded only by an
///         actor holding that stage's role, with the hash of its off-chain document. The history is public and
///         append-only: records are never changed or removed.
contract LedgerTraceability is AccessControl {
    /// @notice One recorded step of an item.
    struct Record {
        uint8 stage;
        address actor;
        uint64 time;
        bytes32 documentHash;
        string note;
    }

    string[] private _stages;
    mapping(bytes32 itemId => Record[] history) private _history;
    bytes32[] private _items;

    /// @notice A stage was recorded for an item.
    event StageRecorded(bytes32 indexed itemId, uint8 indexed stage, address indexed actor, bytes32 documentHash);

    error UnknownStage(uint8 stage);
    error OutOfOrder(bytes32 itemId, uint8 expected, uint8 given);
    error NoStages();

    /// @param stages_ Stage names in order (e.g. harvested, processed, shipped, delivered).
    /// @param admin Grants and revokes stage roles.
    constructor(string[] memory stages_, address admin) {
        if (stages_.length == 0 || stages_.length > 32) revert NoStages();
        _stages = stages_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice The role that may record stage `stage`.
    function stageRole(uint8 stage) public view returns (bytes32) {
        if (stage >= _stages.length) revert UnknownStage(stage);
        return keccak256(abi.encode("STAGE", stage));
    }

    /// @notice The stage names.
    function stages() external view returns (string[] memory) {
        return _stages;
    }

    /// @notice Record the next stage of an item (the first stage creates it).
    function record(bytes32 itemId, uint8 stage, bytes32 documentHash, string calldata note)
        external
        onlyRole(stageRole(stage))
    {
        uint8 expected = uint8(_history[itemId].length);
        if (stage != expected) revert OutOfOrder(itemId, expected, stage);
        if (expected == 0) _items.push(itemId);
        _history[itemId].push(Record(stage, msg.sender, uint64(block.timestamp), documentHash, note));
        emit StageRecorded(itemId, stage, msg.sender, documentHash);
    }

    /// @notice An item's whole history.
    function history(bytes32 itemId) external view returns (Record[] memory) {
        return _history[itemId];
    }

    /// @notice Number of items ever recorded.
    function itemCount() external view returns (uint256) {
        return _items.length;
    }
}
