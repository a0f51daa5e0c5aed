// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title CredentialRegistry
/// @notice On-chain side of ledgerlm credentials: revocation of off-chain W3C credentials by their EIP-712 hash, and
///         KYC attestations other contracts can gate on (`kycLevel(account) >= 1`).
/// @dev Only hashes go on-chain, never claims or personal data. Trusted issuers are managed by the owner; removing an
///      issuer makes its attestations count as level 0 immediately.
contract CredentialRegistry is Ownable {
    struct Attestation {
        uint8 level;
        uint64 expiry;
        address issuer;
        bytes32 credentialHash;
    }

    mapping(address issuer => bool trusted) public isTrustedIssuer;
    mapping(bytes32 credentialHash => address revoker) public revokedBy;
    mapping(address subject => Attestation) private _attestations;

    event IssuerAdded(address indexed issuer);
    event IssuerRemoved(address indexed issuer);
    event CredentialRevoked(bytes32 indexed credentialHash, address indexed revoker);
    event KycAttested(
        address indexed subject, address indexed issuer, uint8 level, uint64 expiry, bytes32 credentialHash
    );

    error NotTrustedIssuer(address account);
    error AlreadyRevoked(bytes32 credentialHash);
    error CredentialIsRevoked(bytes32 credentialHash);
    error InvalidLevel(uint8 level);
    error ExpiryNotInFuture(uint64 expiry);
    error ZeroAddress();
    error ZeroHash();

    constructor(address initialOwner) Ownable(initialOwner) {}

    modifier onlyIssuer() {
        if (!isTrustedIssuer[msg.sender]) revert NotTrustedIssuer(msg.sender);
        _;
    }

    /// @notice Trust `issuer` to attest and revoke.
    function addIssuer(address issuer) external onlyOwner {
        if (issuer == address(0)) revert ZeroAddress();
        isTrustedIssuer[issuer] = true;
        emit IssuerAdded(issuer);
    }

    /// @notice Stop trusting `issuer`; its attestations read as level 0 from now on.
    function removeIssuer(address issuer) external onlyOwner {
        isTrustedIssuer[issuer] = false;
        emit IssuerRemoved(issuer);
    }

    /// @notice Revoke a credential by its EIP-712 hash. Irreversible.
    function revoke(bytes32 credentialHash) external onlyIssuer {
        if (credentialHash == bytes32(0)) revert ZeroHash();
        if (revokedBy[credentialHash] != address(0)) revert AlreadyRevoked(credentialHash);
        revokedBy[credentialHash] = msg.sender;
        emit CredentialRevoked(credentialHash, msg.sender);
    }

    /// @notice Whether the credential with this hash has been revoked.
    function isRevoked(bytes32 credentialHash) public view returns (bool) {
        return revokedBy[credentialHash] != address(0);
    }

    /// @notice Record that `subject` holds a KYC credential of `level` until `expiry` (unix seconds).
    function attest(address subject, uint8 level, uint64 expiry, bytes32 credentialHash) external onlyIssuer {
        if (subject == address(0)) revert ZeroAddress();
        if (level == 0) revert InvalidLevel(level);
        if (expiry <= block.timestamp) revert ExpiryNotInFuture(expiry);
        if (credentialHash == bytes32(0)) revert ZeroHash();
        if (isRevoked(credentialHash)) revert CredentialIsRevoked(credentialHash);
        _attestations[subject] = Attestation(level, expiry, msg.sender, credentialHash);
        emit KycAttested(subject, msg.sender, level, expiry, credentialHash);
    }

    /// @notice The subject's current KYC level: 0 when none, expired, revoked, or from an issuer no longer trusted.
    function kycLevel(address subject) external view returns (uint8) {
        Attestation memory a = _attestations[subject];
        if (a.level == 0 || a.expiry <= block.timestamp) return 0;
        if (isRevoked(a.credentialHash) || !isTrustedIssuer[a.issuer]) return 0;
        return a.level;
    }

    /// @notice The raw attestation record (for explanations; use `kycLevel` for decisions).
    function attestationOf(address subject) external view returns (Attestation memory) {
        return _attestations[subject];
    }
}
