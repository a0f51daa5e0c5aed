"""The token template: OpenZeppelin ERC20 with the optional features switched on by flags, never by values.

Name, symbol, decimals, owner, initial supply and cap are constructor arguments, so there are at most 16
distinct sources (one per feature combination), each compiled and analysed once.
"""

from __future__ import annotations

from typing import Any

from ledgerlm.contracts.kinds.base import GeneratedSource

CONTRACT_NAME = "LedgerToken"
FEATURES = ("mintable", "burnable", "pausable", "capped")


def features_of(spec: Any) -> tuple[str, ...]:
    flags = {
        "mintable": spec.mintable,
        "burnable": spec.burnable,
        "pausable": spec.pausable,
        "capped": spec.cap is not None,
    }
    return tuple(f for f in FEATURES if flags[f])


def render(features: tuple[str, ...]) -> GeneratedSource:
    unknown = set(features) - set(FEATURES)
    if unknown:
        raise ValueError(f"unknown token features: {sorted(unknown)}")
    mintable, burnable, pausable, capped = (f in features for f in FEATURES)
    oz = "@openzeppelin/contracts/token/ERC20"
    imports = [
        f'import {{ERC20}} from "{oz}/ERC20.sol";',
        'import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";',
    ]
    bases = ["ERC20"]
    if burnable:
        imports.append(f'import {{ERC20Burnable}} from "{oz}/extensions/ERC20Burnable.sol";')
        bases.append("ERC20Burnable")
    if pausable:
        imports.append(f'import {{ERC20Pausable}} from "{oz}/extensions/ERC20Pausable.sol";')
        bases.append("ERC20Pausable")
    if capped:
        imports.append(f'import {{ERC20Capped}} from "{oz}/extensions/ERC20Capped.sol";')
        bases.append("ERC20Capped")
    bases.append("Ownable")
    described = ", ".join(features) if features else "fixed supply"
    params = [
        "string memory name_",
        "string memory symbol_",
        "uint8 decimals_",
        "address initialOwner",
        "uint256 initialSupply",
    ]
    param_docs = [
        "/// @param name_ token name",
        "/// @param symbol_ token symbol",
        "/// @param decimals_ decimals shown to users",
        "/// @param initialOwner owner (may mint/pause when enabled) and receiver of the initial supply",
        "/// @param initialSupply minted to the owner at deployment, in base units",
    ]
    inits = ["ERC20(name_, symbol_)", "Ownable(initialOwner)"]
    if capped:
        params.append("uint256 cap_")
        param_docs.append("/// @param cap_ maximum total supply, in base units")
        inits.insert(1, "ERC20Capped(cap_)")
    body: list[str] = []
    if mintable:
        body.append("""    /// @notice Owner: create `amount` new base units for `to`.
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
""")
    if pausable:
        body.append("""    /// @notice Owner: stop all transfers, mints and burns.
    function pause() external onlyOwner {
        _pause();
    }

    /// @notice Owner: allow transfers again.
    function unpause() external onlyOwner {
        _unpause();
    }
""")
    overrides = [b for b in ("ERC20Pausable", "ERC20Capped") if b in bases]
    if overrides:
        body.append(f"""    /// @dev Every balance change passes the enabled checks ({", ".join(overrides)}).
    function _update(address from, address to, uint256 value) internal override(ERC20, {", ".join(overrides)}) {{
        super._update(from, to, value);
    }}
""")
    nl = "\n"
    source = f"""// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

{nl.join(imports)}

/// @title {CONTRACT_NAME}
/// @notice An ERC-20 token ({described}). The whole initial supply goes to the owner.
contract {CONTRACT_NAME} is {", ".join(bases)} {{
    uint8 private immutable _tokenDecimals;

    {(nl + "    ").join(param_docs)}
    constructor({", ".join(params)})
        {(nl + "        ").join(inits)}
    {{
        _tokenDecimals = decimals_;
        if (initialSupply > 0) {{
            _mint(initialOwner, initialSupply);
        }}
    }}

    /// @notice Number of decimals used to display amounts.
    function decimals() public view override returns (uint8) {{
        return _tokenDecimals;
    }}
{nl.join(["", *body]) if body else ""}}}
"""
    return GeneratedSource(
        filename=f"{CONTRACT_NAME}.sol", source=source, contract_name=CONTRACT_NAME, features=tuple(features)
    )
