// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title ConstantProductAMM
/// @notice x*y=k pools for any pair of ERC-20 tokens in one contract (ETH trades as WETH), 0.3% fee to liquidity
///         providers. Swaps take a minimum output and revert with `SlippageExceeded` below it.
///         Fee-on-transfer and rebasing tokens are not supported (reserves are tracked, not read from balances).
contract ConstantProductAMM is ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice Swap fee in basis points.
    uint256 public constant FEE_BPS = 30;
    uint256 private constant BPS = 10_000;
    /// @notice Shares locked forever on a pool's first deposit so its price can never be reset to nothing.
    uint256 public constant MINIMUM_LIQUIDITY = 1_000;

    struct Pool {
        uint256 reserve0;
        uint256 reserve1;
        uint256 totalShares;
    }

    mapping(bytes32 key => Pool) private _pools;
    /// @notice Liquidity shares of `account` in the pool `key` (see `pairKey`).
    mapping(bytes32 key => mapping(address account => uint256)) public sharesOf;

    error IdenticalTokens(address token);
    error ZeroAddress();
    error ZeroAmount();
    error PoolNotFound(address tokenA, address tokenB);
    error InsufficientLiquidityMinted(uint256 shares, uint256 minShares);
    error InsufficientShares(uint256 balance, uint256 requested);
    error SlippageExceeded(uint256 amountOut, uint256 minAmountOut);
    error InsufficientOutput(uint256 amountA, uint256 amountB);

    /// @notice Liquidity was added to the (sorted) pair.
    event LiquidityAdded(
        address indexed provider, address indexed token0, address indexed token1, uint256 amount0, uint256 amount1,
        uint256 shares
    );
    /// @notice Liquidity was removed from the (sorted) pair.
    event LiquidityRemoved(
        address indexed provider, address indexed token0, address indexed token1, uint256 amount0, uint256 amount1,
        uint256 shares
    );
    /// @notice A swap.
    event Swapped(
        address indexed sender, address indexed tokenIn, address indexed tokenOut, uint256 amountIn, uint256 amountOut,
        address to
    );

    /// @notice The pool id of a pair, independent of order.
    function pairKey(address tokenA, address tokenB) public pure returns (bytes32) {
        (address t0, address t1) = _sort(tokenA, tokenB);
        return keccak256(abi.encode(t0, t1));
    }

    /// @notice Reserves in the order asked.
    function getReserves(address tokenA, address tokenB)
        public
        view
        returns (uint256 reserveA, uint256 reserveB, uint256 totalShares)
    {
        (address t0,) = _sort(tokenA, tokenB);
        Pool storage p = _pools[pairKey(tokenA, tokenB)];
        (reserveA, reserveB) = tokenA == t0 ? (p.reserve0, p.reserve1) : (p.reserve1, p.reserve0);
        totalShares = p.totalShares;
    }

    /// @notice What `swapExactIn` would pay out now for `amountIn`, fee included.
    function getAmountOut(address tokenIn, address tokenOut, uint256 amountIn) public view returns (uint256) {
        (uint256 reserveIn, uint256 reserveOut,) = getReserves(tokenIn, tokenOut);
        if (reserveIn == 0 || reserveOut == 0) revert PoolNotFound(tokenIn, tokenOut);
        if (amountIn == 0) revert ZeroAmount();
        uint256 inWithFee = amountIn * (BPS - FEE_BPS);
        return Math.mulDiv(inWithFee, reserveOut, reserveIn * BPS + inWithFee);
    }

    /// @notice Add liquidity; the first deposit sets the price, later ones are taken at the pool's ratio
    ///         (the excess of one side stays with the caller). Approve both tokens first.
    function addLiquidity(address tokenA, address tokenB, uint256 amountADesired, uint256 amountBDesired, uint256 minShares)
        external
        nonReentrant
        returns (uint256 amountA, uint256 amountB, uint256 shares)
    {
        if (amountADesired == 0 || amountBDesired == 0) revert ZeroAmount();
        (uint256 reserveA, uint256 reserveB, uint256 total) = getReserves(tokenA, tokenB);
        if (total == 0) {
            (amountA, amountB) = (amountADesired, amountBDesired);
            shares = Math.sqrt(amountA * amountB) - MINIMUM_LIQUIDITY;
            total = MINIMUM_LIQUIDITY;
        } else {
            uint256 bOptimal = Math.mulDiv(amountADesired, reserveB, reserveA);
            if (bOptimal <= amountBDesired) {
                (amountA, amountB) = (amountADesired, bOptimal);
            } else {
                (amountA, amountB) = (Math.mulDiv(amountBDesired, reserveA, reserveB), amountBDesired);
            }
            shares = Math.min(Math.mulDiv(amountA, total, reserveA), Math.mulDiv(amountB, total, reserveB));
        }
        if (shares == 0 || shares < minShares) revert InsufficientLiquidityMinted(shares, minShares);
        _store(tokenA, tokenB, reserveA + amountA, reserveB + amountB, total + shares);
        bytes32 key = pairKey(tokenA, tokenB);
        sharesOf[key][msg.sender] += shares;
        _emitLiquidity(true, tokenA, tokenB, amountA, amountB, shares);
        IERC20(tokenA).safeTransferFrom(msg.sender, address(this), amountA);
        IERC20(tokenB).safeTransferFrom(msg.sender, address(this), amountB);
    }

    /// @notice Burn `shares` for the pro-rata reserves, at least `minAmountA` and `minAmountB`.
    function removeLiquidity(address tokenA, address tokenB, uint256 shares, uint256 minAmountA, uint256 minAmountB)
        external
        nonReentrant
        returns (uint256 amountA, uint256 amountB)
    {
        bytes32 key = pairKey(tokenA, tokenB);
        uint256 owned = sharesOf[key][msg.sender];
        if (shares == 0) revert ZeroAmount();
        if (shares > owned) revert InsufficientShares(owned, shares);
        (uint256 reserveA, uint256 reserveB, uint256 total) = getReserves(tokenA, tokenB);
        amountA = Math.mulDiv(shares, reserveA, total);
        amountB = Math.mulDiv(shares, reserveB, total);
        if (amountA < minAmountA || amountB < minAmountB) revert InsufficientOutput(amountA, amountB);
        sharesOf[key][msg.sender] = owned - shares;
        _store(tokenA, tokenB, reserveA - amountA, reserveB - amountB, total - shares);
        _emitLiquidity(false, tokenA, tokenB, amountA, amountB, shares);
        IERC20(tokenA).safeTransfer(msg.sender, amountA);
        IERC20(tokenB).safeTransfer(msg.sender, amountB);
    }

    /// @notice Sell exactly `amountIn` of `tokenIn` for at least `minAmountOut` of `tokenOut`, paid to `to`.
    function swapExactIn(address tokenIn, address tokenOut, uint256 amountIn, uint256 minAmountOut, address to)
        external
        nonReentrant
        returns (uint256 amountOut)
    {
        if (to == address(0)) revert ZeroAddress();
        amountOut = getAmountOut(tokenIn, tokenOut, amountIn);
        if (amountOut < minAmountOut) revert SlippageExceeded(amountOut, minAmountOut);
        (uint256 reserveIn, uint256 reserveOut, uint256 total) = getReserves(tokenIn, tokenOut);
        _store(tokenIn, tokenOut, reserveIn + amountIn, reserveOut - amountOut, total);
        emit Swapped(msg.sender, tokenIn, tokenOut, amountIn, amountOut, to);
        IERC20(tokenIn).safeTransferFrom(msg.sender, address(this), amountIn);
        IERC20(tokenOut).safeTransfer(to, amountOut);
    }

    function _emitLiquidity(bool added, address tokenA, address tokenB, uint256 amountA, uint256 amountB, uint256 shares)
        private
    {
        (address t0, address t1) = _sort(tokenA, tokenB);
        (uint256 a0, uint256 a1) = tokenA == t0 ? (amountA, amountB) : (amountB, amountA);
        if (added) emit LiquidityAdded(msg.sender, t0, t1, a0, a1, shares);
        else emit LiquidityRemoved(msg.sender, t0, t1, a0, a1, shares);
    }

    function _store(address tokenA, address tokenB, uint256 reserveA, uint256 reserveB, uint256 total) private {
        (address t0,) = _sort(tokenA, tokenB);
        Pool storage p = _pools[pairKey(tokenA, tokenB)];
        (p.reserve0, p.reserve1) = tokenA == t0 ? (reserveA, reserveB) : (reserveB, reserveA);
        p.totalShares = total;
    }

    function _sort(address tokenA, address tokenB) private pure returns (address t0, address t1) {
        if (tokenA == tokenB) revert IdenticalTokens(tokenA);
        (t0, t1) = tokenA < tokenB ? (tokenA, tokenB) : (tokenB, tokenA);
        if (t0 == address(0)) revert ZeroAddress();
    }
}
