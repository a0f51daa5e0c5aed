// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title TestToken
/// @notice A devnet ERC-20 with configurable decimals (USDC/USDT use 6, DAI 18), an owner mint for seeding and a
///         public faucet capped per call so anyone on the devnet can get a little of it.
contract TestToken is ERC20, Ownable {
    uint8 private immutable _decimals;

    /// @notice Most a single `faucet` call may mint, in base units.
    uint256 public immutable faucetCap;

    /// @notice A faucet request was above the per-call cap.
    error FaucetCapExceeded(uint256 requested, uint256 cap);

    /// @notice Someone took `amount` from the public faucet.
    event FaucetDrip(address indexed to, uint256 amount);

    constructor(string memory name_, string memory symbol_, uint8 decimals_, uint256 faucetCap_, address owner_)
        ERC20(name_, symbol_)
        Ownable(owner_)
    {
        _decimals = decimals_;
        faucetCap = faucetCap_;
    }

    /// @inheritdoc ERC20
    function decimals() public view override returns (uint8) {
        return _decimals;
    }

    /// @notice Owner mint, used to seed the devnet.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }

    /// @notice Mint up to `faucetCap` base units to the caller.
    function faucet(uint256 amount) external {
        if (amount > faucetCap) revert FaucetCapExceeded(amount, faucetCap);
        _mint(msg.sender, amount);
        emit FaucetDrip(msg.sender, amount);
    }
}
