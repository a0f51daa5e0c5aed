// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title EthereumDIDRegistry
/// @notice ERC-1056 lightweight identity registry, interface-compatible with the reference deployment used by
///         did:ethr: every address is an identity owned by itself until `changeOwner`; owners add delegates and
///         attributes that live only in events; `changed[identity]` points at the block of the latest change and
///         every event carries `previousChange`, so a resolver walks the history backwards block by block.
/// @dev The signed variants use the ERC-1056 message layout
///      keccak256(0x19, 0x00, registry, nonce[owner], identity, "<function>", args...) and ecrecover.
contract EthereumDIDRegistry {
    mapping(address identity => address owner) public owners;
    mapping(address identity => mapping(bytes32 delegateTypeHash => mapping(address delegate => uint256 validTo)))
        public delegates;
    mapping(address identity => uint256 blockNumber) public changed;
    mapping(address signer => uint256 count) public nonce;

    event DIDOwnerChanged(address indexed identity, address owner, uint256 previousChange);
    event DIDDelegateChanged(
        address indexed identity, bytes32 delegateType, address delegate, uint256 validTo, uint256 previousChange
    );
    event DIDAttributeChanged(
        address indexed identity, bytes32 name, bytes value, uint256 validTo, uint256 previousChange
    );

    modifier onlyOwner(address identity, address actor) {
        require(actor == identityOwner(identity), "bad_actor");
        _;
    }

    /// @notice The current owner of `identity`: itself until ownership is changed.
    function identityOwner(address identity) public view returns (address) {
        address owner = owners[identity];
        return owner != address(0) ? owner : identity;
    }

    function checkSignature(address identity, uint8 sigV, bytes32 sigR, bytes32 sigS, bytes32 hash)
        internal
        returns (address)
    {
        address signer = ecrecover(hash, sigV, sigR, sigS);
        require(signer != address(0) && signer == identityOwner(identity), "bad_signature");
        nonce[signer]++;
        return signer;
    }

    /// @notice Whether `delegate` is a valid delegate of `delegateType` (e.g. "veriKey", "sigAuth") for `identity`.
    function validDelegate(address identity, bytes32 delegateType, address delegate) public view returns (bool) {
        return delegates[identity][keccak256(abi.encodePacked(delegateType))][delegate] > block.timestamp;
    }

    function _prefix(address identity) internal view returns (bytes memory) {
        return abi.encodePacked(bytes1(0x19), bytes1(0), address(this), nonce[identityOwner(identity)], identity);
    }

    // -- owner ----------------------------------------------------------------------------------------------------
    function _changeOwner(address identity, address actor, address newOwner) internal onlyOwner(identity, actor) {
        owners[identity] = newOwner;
        emit DIDOwnerChanged(identity, newOwner, changed[identity]);
        changed[identity] = block.number;
    }

    function changeOwner(address identity, address newOwner) external {
        _changeOwner(identity, msg.sender, newOwner);
    }

    function changeOwnerSigned(address identity, uint8 sigV, bytes32 sigR, bytes32 sigS, address newOwner) external {
        bytes32 hash = keccak256(abi.encodePacked(_prefix(identity), "changeOwner", newOwner));
        _changeOwner(identity, checkSignature(identity, sigV, sigR, sigS, hash), newOwner);
    }

    // -- delegates ------------------------------------------------------------------------------------------------
    function _addDelegate(address identity, address actor, bytes32 delegateType, address delegate, uint256 validity)
        internal
        onlyOwner(identity, actor)
    {
        uint256 validTo = block.timestamp + validity;
        delegates[identity][keccak256(abi.encodePacked(delegateType))][delegate] = validTo;
        emit DIDDelegateChanged(identity, delegateType, delegate, validTo, changed[identity]);
        changed[identity] = block.number;
    }

    function addDelegate(address identity, bytes32 delegateType, address delegate, uint256 validity) external {
        _addDelegate(identity, msg.sender, delegateType, delegate, validity);
    }

    function addDelegateSigned(
        address identity,
        uint8 sigV,
        bytes32 sigR,
        bytes32 sigS,
        bytes32 delegateType,
        address delegate,
        uint256 validity
    ) external {
        bytes32 hash =
            keccak256(abi.encodePacked(_prefix(identity), "addDelegate", delegateType, delegate, validity));
        _addDelegate(identity, checkSignature(identity, sigV, sigR, sigS, hash), delegateType, delegate, validity);
    }

    function _revokeDelegate(address identity, address actor, bytes32 delegateType, address delegate)
        internal
        onlyOwner(identity, actor)
    {
        delegates[identity][keccak256(abi.encodePacked(delegateType))][delegate] = block.timestamp;
        emit DIDDelegateChanged(identity, delegateType, delegate, block.timestamp, changed[identity]);
        changed[identity] = block.number;
    }

    function revokeDelegate(address identity, bytes32 delegateType, address delegate) external {
        _revokeDelegate(identity, msg.sender, delegateType, delegate);
    }

    function revokeDelegateSigned(
        address identity,
        uint8 sigV,
        bytes32 sigR,
        bytes32 sigS,
        bytes32 delegateType,
        address delegate
    ) external {
        bytes32 hash = keccak256(abi.encodePacked(_prefix(identity), "revokeDelegate", delegateType, delegate));
        _revokeDelegate(identity, checkSignature(identity, sigV, sigR, sigS, hash), delegateType, delegate);
    }

    // -- attributes -----------------------------------------------------------------------------------------------
    function _setAttribute(address identity, address actor, bytes32 name, bytes memory value, uint256 validity)
        internal
        onlyOwner(identity, actor)
    {
        emit DIDAttributeChanged(identity, name, value, block.timestamp + validity, changed[identity]);
        changed[identity] = block.number;
    }

    function setAttribute(address identity, bytes32 name, bytes calldata value, uint256 validity) external {
        _setAttribute(identity, msg.sender, name, value, validity);
    }

    function setAttributeSigned(
        address identity,
        uint8 sigV,
        bytes32 sigR,
        bytes32 sigS,
        bytes32 name,
        bytes calldata value,
        uint256 validity
    ) external {
        bytes32 hash = keccak256(abi.encodePacked(_prefix(identity), "setAttribute", name, value, validity));
        _setAttribute(identity, checkSignature(identity, sigV, sigR, sigS, hash), name, value, validity);
    }

    function _revokeAttribute(address identity, address actor, bytes32 name, bytes memory value)
        internal
        onlyOwner(identity, actor)
    {
        emit DIDAttributeChanged(identity, name, value, 0, changed[identity]);
        changed[identity] = block.number;
    }

    function revokeAttribute(address identity, bytes32 name, bytes calldata value) external {
        _revokeAttribute(identity, msg.sender, name, value);
    }

    function revokeAttributeSigned(
        address identity,
        uint8 sigV,
        bytes32 sigR,
        bytes32 sigS,
        bytes32 name,
        bytes calldata value
    ) external {
        bytes32 hash = keccak256(abi.encodePacked(_prefix(identity), "revokeAttribute", name, value));
        _revokeAttribute(identity, checkSignature(identity, sigV, sigR, sigS, hash), name, value);
    }
}
