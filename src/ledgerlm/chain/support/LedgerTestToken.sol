// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title LedgerTestToken
/// @notice A plain ERC-20 that ledgerlm deploys on local chains when a request names a token the chain does not
///         have yet (for example a vesting of "240,000 PROJ"). Never deployed on a real network.
contract LedgerTestToken is ERC20, Ownable {
    uint8 private immutable _tokenDecimals;

    /// @param name_ token name
    /// @param symbol_ token symbol
    /// @param decimals_ number of decimals
    /// @param initialHolder receives `initialSupply` base units
    /// @param initialSupply amount minted at deployment, in base units
    constructor(string memory name_, string memory symbol_, uint8 decimals_, address initialHolder, uint256 initialSupply)
        ERC20(name_, symbol_)
        Ownable(msg.sender)
    {
        _tokenDecimals = decimals_;
        _mint(initialHolder, initialSupply);
    }

    /// @notice Mint test tokens (owner only).
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }

    /// @inheritdoc ERC20
    function decimals() public view override returns (uint8) {
        return _tokenDecimals;
    }
}
