// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {ERC2981} from "@openzeppelin/contracts/token/common/ERC2981.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title LedgerNFT
/// @notice An ERC-721 collection: at most `maxSupply` tokens, minted by anyone for exactly `mintPriceWei` each, at
///         most `maxPerAddress` per minter, optionally only by addresses in an allow-list (a Merkle root of
///         keccak256(abi.encodePacked(address)) leaves), with ERC-2981 royalties and a base URI. The owner withdraws
///         the mint revenue.
contract LedgerNFT is ERC721, ERC2981, Ownable, ReentrancyGuard {
    uint256 public immutable maxSupply;
    uint256 public immutable mintPriceWei;
    uint256 public immutable maxPerAddress;
    bytes32 public immutable allowListRoot;
    uint256 public totalMinted;
    mapping(address minter => uint256 count) public mintedBy;
    string private _base;

    /// @notice Tokens were minted.
    event Minted(address indexed to, uint256 firstId, uint256 count, uint256 paidWei);
    /// @notice The owner withdrew the revenue.
    event Withdrawn(address indexed to, uint256 amount);

    error SoldOut(uint256 requested, uint256 left);
    error WrongPayment(uint256 expected, uint256 sent);
    error MintLimit(uint256 requested, uint256 left);
    error NotAllowListed(address minter);
    error ZeroCount();
    error NothingToWithdraw();
    error EthTransferFailed();

    constructor(
        string memory name_,
        string memory symbol_,
        string memory baseURI_,
        uint256 maxSupply_,
        uint256 mintPriceWei_,
        uint256 maxPerAddress_,
        bytes32 allowListRoot_,
        address royaltyReceiver,
        uint96 royaltyBps,
        address owner_
    ) ERC721(name_, symbol_) Ownable(owner_) {
        maxSupply = maxSupply_;
        mintPriceWei = mintPriceWei_;
        maxPerAddress = maxPerAddress_;
        allowListRoot = allowListRoot_;
        _base = baseURI_;
        if (royaltyBps > 0) _setDefaultRoyalty(royaltyReceiver, royaltyBps);
    }

    /// @notice Mint `count` tokens to the caller, paying exactly `count * mintPriceWei`. `proof` is the caller's
    ///         Merkle proof when there is an allow-list (empty otherwise).
    function mint(uint256 count, bytes32[] calldata proof) external payable nonReentrant {
        if (count == 0) revert ZeroCount();
        if (allowListRoot != bytes32(0)) {
            bytes32 leaf = keccak256(abi.encodePacked(msg.sender));
            if (!MerkleProof.verifyCalldata(proof, allowListRoot, leaf)) revert NotAllowListed(msg.sender);
        }
        uint256 left = maxSupply - totalMinted;
        if (count > left) revert SoldOut(count, left);
        uint256 mine = maxPerAddress - mintedBy[msg.sender];
        if (count > mine) revert MintLimit(count, mine);
        uint256 cost = count * mintPriceWei;
        if (msg.value != cost) revert WrongPayment(cost, msg.value);
        uint256 first = totalMinted + 1;
        totalMinted += count;
        mintedBy[msg.sender] += count;
        for (uint256 i = 0; i < count; i++) {
            _safeMint(msg.sender, first + i);
        }
        emit Minted(msg.sender, first, count, msg.value);
    }

    /// @notice Send all mint revenue to the owner.
    function withdraw() external onlyOwner nonReentrant {
        uint256 amount = address(this).balance;
        if (amount < 1) revert NothingToWithdraw();
        emit Withdrawn(owner(), amount);
        (bool ok, ) = payable(owner()).call{value: amount}("");
        if (!ok) revert EthTransferFailed();
    }

    function _baseURI() internal view override returns (string memory) {
        return _base;
    }

    function supportsInterface(bytes4 interfaceId) public view override(ERC721, ERC2981) returns (bool) {
        return super.supportsInterface(interfaceId);
    }
}
