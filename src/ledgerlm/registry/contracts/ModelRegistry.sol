// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title ModelRegistry
/// @notice Public registry of AI models and data sets: each entry commits to a manifest of its files (sha256 of a
///         canonical JSON list of every file with its size and sha256), a model or data card, an SPDX licence and
///         its lineage. Owners may sell access per use or per period, in ETH or an ERC-20, and withdraw revenue.
/// @dev Entry ids are content-addressed: keccak256(abi.encode(owner, name, version)), so a decision can name the
///      entry it was made with before the entry is registered. Manifests are immutable: a new version is a new
///      entry whose `parent` is the old one. A deprecated entry stays readable and sells nothing.
contract ModelRegistry is ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice Kind of an entry.
    enum Kind {
        Model,
        Dataset
    }

    /// @notice One registered model or data set.
    struct Entry {
        address owner;
        Kind kind;
        uint64 createdAt;
        uint64 deprecatedAt;
        bytes32 manifestHash;
        bytes32 cardHash;
        bytes32 parent;
        string name;
        string version;
        string licence;
    }

    /// @notice Price of access: `amount` base units of `token` (address(0) = ETH) per use, or per `periodSeconds`.
    struct Price {
        address token;
        uint256 amount;
        uint64 periodSeconds;
    }

    mapping(bytes32 id => Entry entry) private _entries;
    mapping(bytes32 id => Price price) private _prices;
    mapping(bytes32 id => mapping(address signer => bool allowed)) private _signers;
    mapping(bytes32 id => mapping(address buyer => uint256 until)) private _accessUntil;
    mapping(bytes32 id => mapping(address buyer => uint256 uses)) private _usesLeft;
    mapping(address owner => mapping(address token => uint256 amount)) private _revenue;
    bytes32[] private _ids;

    /// @notice A model or data set was registered.
    event Registered(
        bytes32 indexed id, address indexed owner, Kind kind, string name, string version, bytes32 manifestHash,
        bytes32 cardHash, bytes32 parent, string licence
    );
    /// @notice The owner changed the card or licence of an entry (the manifest never changes).
    event Updated(bytes32 indexed id, bytes32 cardHash, string licence);
    /// @notice The owner deprecated an entry.
    event Deprecated(bytes32 indexed id, uint64 at);
    /// @notice The owner set the price of access (amount 0 = not for sale).
    event PriceSet(bytes32 indexed id, address token, uint256 amount, uint64 periodSeconds);
    /// @notice The owner allowed or disallowed an address to sign decision receipts for this entry.
    event SignerSet(bytes32 indexed id, address indexed signer, bool allowed);
    /// @notice Access was bought.
    event AccessGranted(
        bytes32 indexed id, address indexed buyer, uint256 units, address token, uint256 paid, uint256 until,
        uint256 usesLeft
    );
    /// @notice An owner withdrew revenue.
    event Withdrawn(address indexed owner, address token, uint256 amount);

    error AlreadyRegistered(bytes32 id);
    error UnknownEntry(bytes32 id);
    error NotOwner(bytes32 id, address caller);
    error EntryDeprecated(bytes32 id);
    error NotForSale(bytes32 id);
    error WrongPayment(uint256 expected, uint256 sent);
    error EmptyManifest();
    error ZeroUnits();
    error NothingToWithdraw();
    error EthTransferFailed();

    modifier onlyEntryOwner(bytes32 id) {
        Entry storage e = _entries[id];
        if (e.owner == address(0)) revert UnknownEntry(id);
        if (e.owner != msg.sender) revert NotOwner(id, msg.sender);
        _;
    }

    /// @notice The id an entry of `owner` with this name and version has (or will have).
    function entryId(address owner, string calldata name, string calldata version) public pure returns (bytes32) {
        return keccak256(abi.encode(owner, name, version));
    }

    /// @notice Register a model or data set owned by the caller. `parent` is 0 or an existing entry.
    function register(
        Kind kind,
        string calldata name,
        string calldata version,
        bytes32 manifestHash,
        bytes32 cardHash,
        bytes32 parent,
        string calldata licence
    ) external returns (bytes32 id) {
        if (manifestHash == bytes32(0)) revert EmptyManifest();
        if (parent != bytes32(0) && _entries[parent].owner == address(0)) revert UnknownEntry(parent);
        id = entryId(msg.sender, name, version);
        if (_entries[id].owner != address(0)) revert AlreadyRegistered(id);
        _entries[id] = Entry({
            owner: msg.sender,
            kind: kind,
            createdAt: uint64(block.timestamp),
            deprecatedAt: 0,
            manifestHash: manifestHash,
            cardHash: cardHash,
            parent: parent,
            name: name,
            version: version,
            licence: licence
        });
        _ids.push(id);
        emit Registered(id, msg.sender, kind, name, version, manifestHash, cardHash, parent, licence);
    }

    /// @notice Change the card or licence of an entry.
    function update(bytes32 id, bytes32 cardHash, string calldata licence) external onlyEntryOwner(id) {
        if (_entries[id].deprecatedAt != 0) revert EntryDeprecated(id);
        _entries[id].cardHash = cardHash;
        _entries[id].licence = licence;
        emit Updated(id, cardHash, licence);
    }

    /// @notice Deprecate an entry: it stays readable, sells nothing, and decisions made after this are not valid.
    function deprecate(bytes32 id) external onlyEntryOwner(id) {
        if (_entries[id].deprecatedAt != 0) revert EntryDeprecated(id);
        _entries[id].deprecatedAt = uint64(block.timestamp);
        emit Deprecated(id, uint64(block.timestamp));
    }

    /// @notice Set the price of access; `amount` 0 takes the entry off sale; `periodSeconds` 0 = per use.
    function setPrice(bytes32 id, address token, uint256 amount, uint64 periodSeconds) external onlyEntryOwner(id) {
        if (_entries[id].deprecatedAt != 0) revert EntryDeprecated(id);
        _prices[id] = Price({token: token, amount: amount, periodSeconds: periodSeconds});
        emit PriceSet(id, token, amount, periodSeconds);
    }

    /// @notice Allow (or stop) `signer` signing decision receipts for this entry.
    function setSigner(bytes32 id, address signer, bool allowed) external onlyEntryOwner(id) {
        _signers[id][signer] = allowed;
        emit SignerSet(id, signer, allowed);
    }

    /// @notice Buy `units` uses (or periods) of access. ETH: send exactly the price; ERC-20: approve it first.
    function buy(bytes32 id, uint256 units) external payable nonReentrant {
        Entry storage e = _entries[id];
        if (e.owner == address(0)) revert UnknownEntry(id);
        if (e.deprecatedAt != 0) revert EntryDeprecated(id);
        if (units == 0) revert ZeroUnits();
        Price memory p = _prices[id];
        if (p.amount == 0) revert NotForSale(id);
        uint256 cost = p.amount * units;
        if (p.token == address(0)) {
            if (msg.value != cost) revert WrongPayment(cost, msg.value);
        } else {
            if (msg.value != 0) revert WrongPayment(0, msg.value);
            IERC20(p.token).safeTransferFrom(msg.sender, address(this), cost);
        }
        _revenue[e.owner][p.token] += cost;
        uint256 until = _accessUntil[id][msg.sender];
        uint256 uses = _usesLeft[id][msg.sender];
        if (p.periodSeconds != 0) {
            uint256 start = until > block.timestamp ? until : block.timestamp;
            until = start + uint256(p.periodSeconds) * units;
            _accessUntil[id][msg.sender] = until;
        } else {
            uses += units;
            _usesLeft[id][msg.sender] = uses;
        }
        emit AccessGranted(id, msg.sender, units, p.token, cost, until, uses);
    }

    /// @notice Withdraw the caller's revenue in `token` (address(0) = ETH).
    function withdraw(address token) external nonReentrant {
        uint256 amount = _revenue[msg.sender][token];
        if (amount == 0) revert NothingToWithdraw();
        _revenue[msg.sender][token] = 0;
        emit Withdrawn(msg.sender, token, amount);
        if (token == address(0)) {
            (bool ok, ) = payable(msg.sender).call{value: amount}("");
            if (!ok) revert EthTransferFailed();
        } else {
            IERC20(token).safeTransfer(msg.sender, amount);
        }
    }

    /// @notice One entry (owner is address(0) when unknown).
    function getEntry(bytes32 id) external view returns (Entry memory) {
        return _entries[id];
    }

    /// @notice The price of access to an entry.
    function getPrice(bytes32 id) external view returns (Price memory) {
        return _prices[id];
    }

    /// @notice Whether `signer` may sign decision receipts for the entry (its owner always may).
    function isSigner(bytes32 id, address signer) external view returns (bool) {
        return _entries[id].owner == signer || _signers[id][signer];
    }

    /// @notice Whether `buyer` holds access now (a period not yet over, or uses left).
    function hasAccess(bytes32 id, address buyer) external view returns (bool) {
        return _accessUntil[id][buyer] > block.timestamp || _usesLeft[id][buyer] > 0;
    }

    /// @notice Access a buyer holds: period end (0 = none) and uses left.
    function accessOf(bytes32 id, address buyer) external view returns (uint256 until, uint256 uses) {
        return (_accessUntil[id][buyer], _usesLeft[id][buyer]);
    }

    /// @notice Revenue an owner can withdraw in `token`.
    function revenueOf(address owner, address token) external view returns (uint256) {
        return _revenue[owner][token];
    }

    /// @notice Number of entries ever registered.
    function count() external view returns (uint256) {
        return _ids.length;
    }

    /// @notice Entry ids in registration order, `offset` .. `offset + limit`.
    function ids(uint256 offset, uint256 limit) external view returns (bytes32[] memory out) {
        uint256 n = _ids.length;
        if (offset >= n) return new bytes32[](0);
        uint256 end = offset + limit > n ? n : offset + limit;
        out = new bytes32[](end - offset);
        for (uint256 i = offset; i < end; i++) {
            out[i - offset] = _ids[i];
        }
    }
}
