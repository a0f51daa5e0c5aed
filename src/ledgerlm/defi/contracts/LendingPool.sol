// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @notice The one thing the pool needs from a credential registry.
interface IKycRegistry {
    function kycLevel(address subject) external view returns (uint8);
}

/// @notice The one thing the pool needs from a price oracle: a fresh USD price with 8 decimals.
interface IPriceSource {
    function priceOf(address asset) external view returns (uint256);
}

/// @title LendingPool
/// @notice Multi-asset money market. Deposits earn the interest borrowers pay (less a 10% reserve); borrowing is
///         limited by per-asset collateral factors; positions with a health factor below 1 can be liquidated with a
///         5% bonus. Interest accrues per second through two indexes per asset. ETH is supported as WETH.
///         When a KYC registry is set, borrowing requires `kycLevel(borrower) >= 1`.
contract LendingPool is Ownable, ReentrancyGuard {
    using SafeERC20 for IERC20;

    uint256 private constant WAD = 1e18;
    uint256 private constant BPS = 10_000;
    uint256 private constant SECONDS_PER_YEAR = 365 days;

    /// @notice Most of a debt one liquidation may repay.
    uint256 public constant CLOSE_FACTOR_BPS = 5_000;
    /// @notice Extra collateral a liquidator receives.
    uint256 public constant LIQUIDATION_BONUS_BPS = 500;
    /// @notice Share of borrowers' interest kept as reserves.
    uint256 public constant RESERVE_FACTOR_BPS = 1_000;
    /// @notice KYC level required to borrow when a registry is set.
    uint8 public constant MIN_KYC_LEVEL = 1;

    struct Market {
        bool listed;
        uint8 decimals;
        uint16 collateralFactorBps;
        uint64 lastAccrual;
        uint256 baseRatePerSecond;
        uint256 slopeRatePerSecond;
        uint256 supplyIndex;
        uint256 borrowIndex;
        uint256 totalScaledDeposits;
        uint256 totalScaledBorrows;
        uint256 reserves;
    }

    /// @notice A market's state with interest accrued up to now.
    struct MarketView {
        address asset;
        uint8 decimals;
        uint16 collateralFactorBps;
        uint256 totalDeposits;
        uint256 totalDebt;
        uint256 reserves;
        uint256 borrowRatePerSecond;
        uint256 supplyIndex;
        uint256 borrowIndex;
    }

    /// @notice The source of USD prices.
    IPriceSource public immutable oracle;
    /// @notice KYC gate for borrowing; address(0) turns it off.
    IKycRegistry public kycRegistry;

    address[] private _assets;
    mapping(address asset => Market) private _markets;
    mapping(address user => mapping(address asset => uint256)) private _scaledDeposits;
    mapping(address user => mapping(address asset => uint256)) private _scaledDebts;
    mapping(address user => mapping(address asset => uint256)) private _principal;

    error AssetNotListed(address asset);
    error AssetAlreadyListed(address asset);
    error InvalidCollateralFactor(uint256 collateralFactorBps);
    error ZeroAmount();
    error KycRequired(address account, uint8 level, uint8 required);
    error InsufficientLiquidity(address asset, uint256 available, uint256 requested);
    error InsufficientDeposit(address asset, uint256 balance, uint256 requested);
    error HealthFactorTooLow(address account, uint256 healthFactor);
    error NotLiquidatable(address account, uint256 healthFactor);
    error NoDebt(address account, address asset);
    error RepayTooLarge(uint256 maxRepay, uint256 requested);
    error InsufficientCollateral(address asset, uint256 available, uint256 required);
    error SelfLiquidation();

    /// @notice A new market.
    event MarketListed(address indexed asset, uint256 collateralFactorBps, uint256 baseRateBps, uint256 slopeRateBps);
    /// @notice The KYC registry changed.
    event KycRegistrySet(address indexed registry);
    /// @notice Interest accrued on `asset`.
    event InterestAccrued(address indexed asset, uint256 interest, uint256 supplyIndex, uint256 borrowIndex);
    /// @notice `user` deposited `amount` of `asset`.
    event Deposited(address indexed user, address indexed asset, uint256 amount);
    /// @notice `user` withdrew `amount` of `asset` (principal and interest).
    event Withdrawn(address indexed user, address indexed asset, uint256 amount);
    /// @notice `user` withdrew `amount` of earned interest.
    event InterestClaimed(address indexed user, address indexed asset, uint256 amount);
    /// @notice `user` borrowed `amount` of `asset`.
    event Borrowed(address indexed user, address indexed asset, uint256 amount);
    /// @notice `payer` repaid `amount` of `user`'s `asset` debt.
    event Repaid(address indexed payer, address indexed user, address indexed asset, uint256 amount);
    /// @notice `liquidator` repaid `repaid` of `user`'s `debtAsset` debt and received `seized` `collateralAsset`.
    event Liquidated(
        address indexed liquidator,
        address indexed user,
        address debtAsset,
        uint256 repaid,
        address collateralAsset,
        uint256 seized
    );

    constructor(address owner_, address oracle_, address kycRegistry_) Ownable(owner_) {
        oracle = IPriceSource(oracle_);
        kycRegistry = IKycRegistry(kycRegistry_);
        emit KycRegistrySet(kycRegistry_);
    }

    // ----------------------------------------------------------------------------------------------- admin

    /// @notice List `asset` with a collateral factor and a linear rate model (yearly rates in basis points:
    ///         borrow rate = base + slope * utilisation).
    function listAsset(address asset, uint16 collateralFactorBps, uint256 baseRateBps, uint256 slopeRateBps)
        external
        onlyOwner
    {
        if (_markets[asset].listed) revert AssetAlreadyListed(asset);
        if (collateralFactorBps >= BPS) revert InvalidCollateralFactor(collateralFactorBps);
        Market storage m = _markets[asset];
        m.listed = true;
        m.decimals = IERC20Metadata(asset).decimals();
        m.collateralFactorBps = collateralFactorBps;
        m.lastAccrual = uint64(block.timestamp);
        m.baseRatePerSecond = (baseRateBps * WAD) / (BPS * SECONDS_PER_YEAR);
        m.slopeRatePerSecond = (slopeRateBps * WAD) / (BPS * SECONDS_PER_YEAR);
        m.supplyIndex = WAD;
        m.borrowIndex = WAD;
        _assets.push(asset);
        emit MarketListed(asset, collateralFactorBps, baseRateBps, slopeRateBps);
    }

    /// @notice Set or clear (address(0)) the KYC registry gating `borrow`.
    function setKycRegistry(address registry) external onlyOwner {
        kycRegistry = IKycRegistry(registry);
        emit KycRegistrySet(registry);
    }

    // ----------------------------------------------------------------------------------------------- actions

    /// @notice Deposit `amount` of `asset` (approve first). Deposits earn interest and count as collateral.
    function deposit(address asset, uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        Market storage m = _accrue(asset);
        uint256 scaled = Math.mulDiv(amount, WAD, m.supplyIndex);
        _scaledDeposits[msg.sender][asset] += scaled;
        m.totalScaledDeposits += scaled;
        _principal[msg.sender][asset] += amount;
        emit Deposited(msg.sender, asset, amount);
        IERC20(asset).safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Withdraw `amount` of `asset` (type(uint256).max = everything). Fails if it would make the health
    ///         factor drop below 1.
    function withdraw(address asset, uint256 amount) external nonReentrant returns (uint256 withdrawn) {
        Market storage m = _accrue(asset);
        withdrawn = _removeDeposit(m, asset, amount);
        uint256 principal = _principal[msg.sender][asset];
        _principal[msg.sender][asset] = principal > withdrawn ? principal - withdrawn : 0;
        _requireHealthy(msg.sender);
        emit Withdrawn(msg.sender, asset, withdrawn);
        IERC20(asset).safeTransfer(msg.sender, withdrawn);
    }

    /// @notice Withdraw only the interest earned on `asset` so far (the deposit's "dividend").
    function claimInterest(address asset) external nonReentrant returns (uint256 claimed) {
        Market storage m = _accrue(asset);
        uint256 balance = Math.mulDiv(_scaledDeposits[msg.sender][asset], m.supplyIndex, WAD);
        uint256 principal = _principal[msg.sender][asset];
        if (balance <= principal) revert ZeroAmount();
        claimed = _removeDeposit(m, asset, balance - principal);
        _requireHealthy(msg.sender);
        emit InterestClaimed(msg.sender, asset, claimed);
        IERC20(asset).safeTransfer(msg.sender, claimed);
    }

    /// @notice Borrow `amount` of `asset` against deposited collateral; needs KYC when a registry is set.
    function borrow(address asset, uint256 amount) external nonReentrant {
        if (amount == 0) revert ZeroAmount();
        IKycRegistry registry = kycRegistry;
        if (address(registry) != address(0)) {
            uint8 level = registry.kycLevel(msg.sender);
            if (level < MIN_KYC_LEVEL) revert KycRequired(msg.sender, level, MIN_KYC_LEVEL);
        }
        Market storage m = _accrue(asset);
        uint256 cash = IERC20(asset).balanceOf(address(this));
        if (amount > cash) revert InsufficientLiquidity(asset, cash, amount);
        uint256 scaled = Math.mulDiv(amount, WAD, m.borrowIndex, Math.Rounding.Ceil);
        _scaledDebts[msg.sender][asset] += scaled;
        m.totalScaledBorrows += scaled;
        _requireHealthy(msg.sender);
        emit Borrowed(msg.sender, asset, amount);
        IERC20(asset).safeTransfer(msg.sender, amount);
    }

    /// @notice Repay up to `amount` of `onBehalfOf`'s `asset` debt (type(uint256).max = all of it).
    function repay(address asset, uint256 amount, address onBehalfOf) external nonReentrant returns (uint256 repaid) {
        Market storage m = _accrue(asset);
        repaid = _reduceDebt(m, asset, onBehalfOf, amount);
        emit Repaid(msg.sender, onBehalfOf, asset, repaid);
        IERC20(asset).safeTransferFrom(msg.sender, address(this), repaid);
    }

    /// @notice Repay up to half of an unhealthy `user`'s `debtAsset` debt and receive the same value plus a 5%
    ///         bonus of their `collateralAsset` deposit, credited to the liquidator's own deposit.
    function liquidate(address user, address debtAsset, uint256 amount, address collateralAsset)
        external
        nonReentrant
        returns (uint256 seized)
    {
        if (user == msg.sender) revert SelfLiquidation();
        if (amount == 0) revert ZeroAmount();
        Market storage debtMarket = _accrue(debtAsset);
        Market storage collMarket = _accrue(collateralAsset);
        uint256 hf = _healthFactor(user);
        if (hf >= WAD) revert NotLiquidatable(user, hf);
        uint256 debt = Math.mulDiv(_scaledDebts[user][debtAsset], debtMarket.borrowIndex, WAD, Math.Rounding.Ceil);
        if (debt == 0) revert NoDebt(user, debtAsset);
        uint256 maxRepay = Math.mulDiv(debt, CLOSE_FACTOR_BPS, BPS);
        if (amount > maxRepay) revert RepayTooLarge(maxRepay, amount);
        _reduceDebt(debtMarket, debtAsset, user, amount);

        seized = Math.mulDiv(
            amount * oracle.priceOf(debtAsset),
            (BPS + LIQUIDATION_BONUS_BPS) * (10 ** collMarket.decimals),
            oracle.priceOf(collateralAsset) * BPS * (10 ** debtMarket.decimals)
        );
        uint256 scaledSeized = Math.mulDiv(seized, WAD, collMarket.supplyIndex, Math.Rounding.Ceil);
        uint256 available = _scaledDeposits[user][collateralAsset];
        if (scaledSeized > available) {
            revert InsufficientCollateral(
                collateralAsset, Math.mulDiv(available, collMarket.supplyIndex, WAD), seized
            );
        }
        _scaledDeposits[user][collateralAsset] = available - scaledSeized;
        uint256 principal = _principal[user][collateralAsset];
        _principal[user][collateralAsset] = principal > seized ? principal - seized : 0;
        _scaledDeposits[msg.sender][collateralAsset] += scaledSeized;
        _principal[msg.sender][collateralAsset] += seized;
        emit Liquidated(msg.sender, user, debtAsset, amount, collateralAsset, seized);
        IERC20(debtAsset).safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @notice Bring `asset`'s indexes up to date (anyone may call; every action does it anyway).
    function accrue(address asset) external {
        _accrue(asset);
    }

    // ----------------------------------------------------------------------------------------------- views

    /// @notice Listed assets, in listing order.
    function assets() external view returns (address[] memory) {
        return _assets;
    }

    /// @notice `asset`'s market with interest accrued to now.
    function market(address asset) external view returns (MarketView memory view_) {
        Market storage m = _listed(asset);
        (uint256 supplyIndex, uint256 borrowIndex, uint256 reserves) = _currentIndexes(m);
        uint256 totalDebt = Math.mulDiv(m.totalScaledBorrows, borrowIndex, WAD, Math.Rounding.Ceil);
        uint256 totalDeposits = Math.mulDiv(m.totalScaledDeposits, supplyIndex, WAD);
        view_ = MarketView({
            asset: asset,
            decimals: m.decimals,
            collateralFactorBps: m.collateralFactorBps,
            totalDeposits: totalDeposits,
            totalDebt: totalDebt,
            reserves: reserves,
            borrowRatePerSecond: _borrowRate(m, totalDebt, totalDeposits),
            supplyIndex: supplyIndex,
            borrowIndex: borrowIndex
        });
    }

    /// @notice `user`'s deposit of `asset` including interest, in base units.
    function depositOf(address user, address asset) public view returns (uint256) {
        (uint256 supplyIndex,,) = _currentIndexes(_listed(asset));
        return Math.mulDiv(_scaledDeposits[user][asset], supplyIndex, WAD);
    }

    /// @notice Interest `user` has earned on `asset` and not yet withdrawn.
    function interestOf(address user, address asset) external view returns (uint256) {
        uint256 balance = depositOf(user, asset);
        uint256 principal = _principal[user][asset];
        return balance > principal ? balance - principal : 0;
    }

    /// @notice `user`'s debt in `asset` including interest, in base units.
    function debtOf(address user, address asset) public view returns (uint256) {
        (, uint256 borrowIndex,) = _currentIndexes(_listed(asset));
        return Math.mulDiv(_scaledDebts[user][asset], borrowIndex, WAD, Math.Rounding.Ceil);
    }

    /// @notice USD totals (18 decimals) of `user`'s position and its health factor (1e18 = liquidation line;
    ///         type(uint256).max without debt).
    function accountData(address user)
        public
        view
        returns (uint256 collateralUsd, uint256 borrowLimitUsd, uint256 debtUsd, uint256 healthFactorWad)
    {
        uint256 n = _assets.length;
        for (uint256 i = 0; i < n; ++i) {
            address asset = _assets[i];
            uint256 dep = depositOf(user, asset);
            uint256 debt = debtOf(user, asset);
            if (dep > 0 || debt > 0) {
                Market storage m = _markets[asset];
                uint256 price = oracle.priceOf(asset);
                uint256 value = _usd(dep, price, m.decimals);
                collateralUsd += value;
                borrowLimitUsd += Math.mulDiv(value, m.collateralFactorBps, BPS);
                debtUsd += _usd(debt, price, m.decimals);
            }
        }
        healthFactorWad = debtUsd > 0 ? Math.mulDiv(borrowLimitUsd, WAD, debtUsd) : type(uint256).max;
    }

    /// @notice `user`'s health factor (1e18 scale); below 1e18 the position can be liquidated.
    function healthFactor(address user) external view returns (uint256) {
        return _healthFactor(user);
    }

    // ----------------------------------------------------------------------------------------------- internals

    function _healthFactor(address user) private view returns (uint256 hf) {
        (,,, hf) = accountData(user);
    }

    function _requireHealthy(address user) private view {
        uint256 hf = _healthFactor(user);
        if (hf < WAD) revert HealthFactorTooLow(user, hf);
    }

    function _removeDeposit(Market storage m, address asset, uint256 amount) private returns (uint256 removed) {
        uint256 scaledBalance = _scaledDeposits[msg.sender][asset];
        uint256 balance = Math.mulDiv(scaledBalance, m.supplyIndex, WAD);
        uint256 scaled;
        if (amount == type(uint256).max) {
            scaled = scaledBalance;
            removed = balance;
        } else {
            if (amount > balance) revert InsufficientDeposit(asset, balance, amount);
            scaled = Math.mulDiv(amount, WAD, m.supplyIndex, Math.Rounding.Ceil);
            if (scaled > scaledBalance) scaled = scaledBalance;
            removed = amount;
        }
        if (removed == 0) revert ZeroAmount();
        uint256 cash = IERC20(asset).balanceOf(address(this));
        if (removed > cash) revert InsufficientLiquidity(asset, cash, removed);
        _scaledDeposits[msg.sender][asset] = scaledBalance - scaled;
        m.totalScaledDeposits -= scaled;
    }

    function _reduceDebt(Market storage m, address asset, address user, uint256 amount)
        private
        returns (uint256 repaid)
    {
        uint256 scaledDebt = _scaledDebts[user][asset];
        uint256 debt = Math.mulDiv(scaledDebt, m.borrowIndex, WAD, Math.Rounding.Ceil);
        if (debt == 0) revert NoDebt(user, asset);
        if (amount == 0) revert ZeroAmount();
        uint256 scaled;
        if (amount >= debt) {
            scaled = scaledDebt;
            repaid = debt;
        } else {
            scaled = Math.mulDiv(amount, WAD, m.borrowIndex);
            repaid = amount;
        }
        _scaledDebts[user][asset] = scaledDebt - scaled;
        m.totalScaledBorrows -= scaled;
    }

    function _listed(address asset) private view returns (Market storage m) {
        m = _markets[asset];
        if (!m.listed) revert AssetNotListed(asset);
    }

    function _accrue(address asset) private returns (Market storage m) {
        m = _listed(asset);
        if (block.timestamp > m.lastAccrual) {
            (uint256 supplyIndex, uint256 borrowIndex, uint256 reserves) = _currentIndexes(m);
            uint256 interest = Math.mulDiv(m.totalScaledBorrows, borrowIndex - m.borrowIndex, WAD);
            m.supplyIndex = supplyIndex;
            m.borrowIndex = borrowIndex;
            m.reserves = reserves;
            m.lastAccrual = uint64(block.timestamp);
            emit InterestAccrued(asset, interest, supplyIndex, borrowIndex);
        }
    }

    /// @dev Indexes as they would be after accruing to now: the borrow index grows by rate * elapsed seconds;
    ///      borrowers' new interest, less the reserve share, is spread over depositors through the supply index.
    function _currentIndexes(Market storage m)
        private
        view
        returns (uint256 supplyIndex, uint256 borrowIndex, uint256 reserves)
    {
        supplyIndex = m.supplyIndex;
        borrowIndex = m.borrowIndex;
        reserves = m.reserves;
        uint256 elapsed = block.timestamp - m.lastAccrual;
        if (elapsed > 0 && m.totalScaledBorrows > 0) {
            uint256 totalDebt = Math.mulDiv(m.totalScaledBorrows, borrowIndex, WAD);
            uint256 totalDeposits = Math.mulDiv(m.totalScaledDeposits, supplyIndex, WAD);
            uint256 rate = _borrowRate(m, totalDebt, totalDeposits);
            borrowIndex += Math.mulDiv(borrowIndex, rate * elapsed, WAD);
            uint256 interest = Math.mulDiv(m.totalScaledBorrows, borrowIndex, WAD) - totalDebt;
            uint256 reserveCut = Math.mulDiv(interest, RESERVE_FACTOR_BPS, BPS);
            reserves += reserveCut;
            if (m.totalScaledDeposits > 0) {
                supplyIndex += Math.mulDiv(interest - reserveCut, WAD, m.totalScaledDeposits);
            }
        }
    }

    function _borrowRate(Market storage m, uint256 totalDebt, uint256 totalDeposits) private view returns (uint256) {
        uint256 rate = m.baseRatePerSecond;
        if (totalDeposits > 0) {
            uint256 utilisation = Math.min(Math.mulDiv(totalDebt, WAD, totalDeposits), WAD);
            rate += Math.mulDiv(m.slopeRatePerSecond, utilisation, WAD);
        }
        return rate;
    }

    function _usd(uint256 amount, uint256 price, uint8 decimals_) private pure returns (uint256) {
        return Math.mulDiv(amount, price * 1e10, 10 ** decimals_);
    }
}
