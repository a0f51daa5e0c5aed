// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Votes} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Votes.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";
import {Governor} from "@openzeppelin/contracts/governance/Governor.sol";
import {GovernorSettings} from "@openzeppelin/contracts/governance/extensions/GovernorSettings.sol";
import {GovernorCountingSimple} from "@openzeppelin/contracts/governance/extensions/GovernorCountingSimple.sol";
import {GovernorVotes} from "@openzeppelin/contracts/governance/extensions/GovernorVotes.sol";
import {GovernorVotesQuorumFraction} from
    "@openzeppelin/contracts/governance/extensions/GovernorVotesQuorumFraction.sol";
import {GovernorTimelockControl} from "@openzeppelin/contracts/governance/extensions/GovernorTimelockControl.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IVotes} from "@openzeppelin/contracts/governance/utils/IVotes.sol";

/// @title LedgerVotesToken
/// @notice The DAO's governance token: ERC-20 with vote delegation and checkpoints (ERC20Votes). Votes count only
///         once delegated (to oneself or another holder). The clock is the block timestamp, so voting delay and
///         period are in seconds.
contract LedgerVotesToken is ERC20, ERC20Permit, ERC20Votes {
    /// @param name_ Token name.
    /// @param symbol_ Token symbol.
    /// @param holders Initial holders.
    /// @param amounts Base units minted to each holder (the whole supply; nothing can be minted later).
    constructor(string memory name_, string memory symbol_, address[] memory holders, uint256[] memory amounts)
        ERC20(name_, symbol_)
        ERC20Permit(name_)
    {
        require(holders.length == amounts.length && holders.length > 0, "holders and amounts differ");
        for (uint256 i = 0; i < holders.length; i++) {
            _mint(holders[i], amounts[i]);
        }
    }

    /// @notice The timestamp clock (EIP-6372).
    function clock() public view override returns (uint48) {
        return uint48(block.timestamp);
    }

    /// @notice EIP-6372 clock mode: timestamps.
    // solhint-disable-next-line func-name-mixedcase
    function CLOCK_MODE() public pure override returns (string memory) {
        return "mode=timestamp";
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Votes) {
        super._update(from, to, value);
    }

    function nonces(address owner) public view override(ERC20Permit, Nonces) returns (uint256) {
        return super.nonces(owner);
    }
}

/// @title LedgerGovernor
/// @notice OpenZeppelin Governor: proposals pass with a simple majority of For over Against once the quorum (a
///         fraction of the total supply at the snapshot) is reached, then wait the timelock's delay; only the
///         TimelockController, which holds the treasury, executes them.
contract LedgerGovernor is
    Governor,
    GovernorSettings,
    GovernorCountingSimple,
    GovernorVotes,
    GovernorVotesQuorumFraction,
    GovernorTimelockControl
{
    /// @param name_ Governor name.
    /// @param votesToken The votes token.
    /// @param treasuryTimelock The timelock that executes proposals and holds the treasury.
    /// @param votingDelaySeconds Seconds between a proposal and the start of voting (the vote snapshot).
    /// @param votingPeriodSeconds Seconds voting stays open.
    /// @param proposalThresholdVotes Votes needed to make a proposal (base units).
    /// @param quorumPercent Percent of the total supply that must vote For or Abstain.
    constructor(
        string memory name_,
        IVotes votesToken,
        TimelockController treasuryTimelock,
        uint48 votingDelaySeconds,
        uint32 votingPeriodSeconds,
        uint256 proposalThresholdVotes,
        uint256 quorumPercent
    )
        Governor(name_)
        GovernorSettings(votingDelaySeconds, votingPeriodSeconds, proposalThresholdVotes)
        GovernorVotes(votesToken)
        GovernorVotesQuorumFraction(quorumPercent)
        GovernorTimelockControl(treasuryTimelock)
    {}

    function votingDelay() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.votingDelay();
    }

    function votingPeriod() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.votingPeriod();
    }

    function proposalThreshold() public view override(Governor, GovernorSettings) returns (uint256) {
        return super.proposalThreshold();
    }

    function state(uint256 proposalId)
        public
        view
        override(Governor, GovernorTimelockControl)
        returns (ProposalState)
    {
        return super.state(proposalId);
    }

    function proposalNeedsQueuing(uint256 proposalId)
        public
        view
        override(Governor, GovernorTimelockControl)
        returns (bool)
    {
        return super.proposalNeedsQueuing(proposalId);
    }

    function _queueOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint48) {
        return super._queueOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _executeOperations(
        uint256 proposalId,
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) {
        super._executeOperations(proposalId, targets, values, calldatas, descriptionHash);
    }

    function _cancel(
        address[] memory targets,
        uint256[] memory values,
        bytes[] memory calldatas,
        bytes32 descriptionHash
    ) internal override(Governor, GovernorTimelockControl) returns (uint256) {
        return super._cancel(targets, values, calldatas, descriptionHash);
    }

    function _executor() internal view override(Governor, GovernorTimelockControl) returns (address) {
        return super._executor();
    }
}

/// @title LedgerTimelock
/// @notice OpenZeppelin TimelockController under ledgerlm's name: holds the treasury, runs what the governor
///         queued once `minDelay` has passed.
contract LedgerTimelock is TimelockController {
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address admin)
        TimelockController(minDelay, proposers, executors, admin)
    {}
}
