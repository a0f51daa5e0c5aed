// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title ICredentialRegistry
/// @notice What a contract needs to gate an action on KYC: `require(registry.kycLevel(msg.sender) >= 1)`.
interface ICredentialRegistry {
    function kycLevel(address subject) external view returns (uint8);

    function isRevoked(bytes32 credentialHash) external view returns (bool);

    function isTrustedIssuer(address issuer) external view returns (bool);
}
