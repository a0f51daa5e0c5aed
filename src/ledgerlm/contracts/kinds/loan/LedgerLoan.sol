// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title LedgerLoan
/// @notice A fixed-term loan in ETH or one ERC-20 token. The lender funds it, the borrower draws the principal
///         (which starts the clock) and repays period by period: interest on the outstanding principal for the
///         period plus an installment share of the original principal; the last period pays all that is left.
///         Repayments wait in the contract until the lender withdraws them.
/// @dev Interest per period = outstanding * annualRateBps * periodLength / (10_000 * 360 days), rounded down.
///      A term that is not a multiple of the period ends with a shorter last period. ledgerlm's Python reference
///      (ledgerlm.contracts.kinds.loan.reference) computes the same schedule to the wei.
contract LedgerLoan is ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice Lifecycle of the loan.
    enum Status { Created, Funded, Active, Repaid, Defaulted, Cancelled }

    /// @notice Interest accrues on a 360-day year (12 months of 30 days).
    uint256 public constant YEAR_SECONDS = 360 days;
    /// @notice 100% in basis points.
    uint256 public constant BPS = 10_000;
    /// @notice repayAll() in ETH accepts up to this much (in basis points of the payoff) above the exact payoff and
    ///         refunds the excess: the payoff grows every second, so a borrower sends payoffAmount() plus a margin.
    uint256 public constant PAYOFF_TOLERANCE_BPS = 100;

    /// @notice Who provides the principal and receives the repayments.
    address public immutable lender;
    /// @notice Who receives the principal and repays it.
    address public immutable borrower;
    /// @notice The ERC-20 token lent, or address(0) for ETH.
    address public immutable asset;
    /// @notice Principal in base units of the asset.
    uint256 public immutable principal;
    /// @notice Yearly interest rate in basis points (500 = 5%).
    uint256 public immutable annualRateBps;
    /// @notice Length of the loan in seconds from the draw.
    uint256 public immutable termSeconds;
    /// @notice Length of one repayment period in seconds (equal to the term for a single payment).
    uint256 public immutable periodSeconds;
    /// @notice Share of the original principal due each period, in basis points (0 = interest only).
    uint256 public immutable installmentBps;
    /// @notice How long after a missed due time the lender must wait before declaring a default.
    uint256 public immutable gracePeriodSeconds;

    /// @notice Current lifecycle status.
    Status public status;
    /// @notice Timestamp of the draw (0 until drawn).
    uint256 public startTime;
    /// @notice Number of schedule rows paid so far.
    uint256 public periodsPaid;
    /// @notice Everything the borrower has repaid, principal and interest, in base units.
    uint256 public totalRepaid;
    /// @notice Interest repaid so far, in base units.
    uint256 public interestRepaid;
    /// @notice Repaid amounts waiting for the lender to withdraw.
    uint256 public lenderBalance;

    /// @notice The lender put the principal into the contract.
    event Funded(address indexed lender, uint256 amount);
    /// @notice The lender took the principal back before it was drawn.
    event Cancelled(address indexed lender, uint256 amount);
    /// @notice The borrower drew the principal; the schedule starts now.
    event Drawn(address indexed borrower, uint256 amount, uint256 startTime);
    /// @notice One schedule row was repaid.
    event Repaid(address indexed borrower, uint256 indexed period, uint256 principalPart, uint256 interestPart);
    /// @notice The borrower repaid everything early (or late, with all overdue rows).
    event RepaidInFull(address indexed borrower, uint256 principalPart, uint256 interestPart);
    /// @notice The part of a repayAll() payment above the exact payoff went back to the borrower.
    event Refunded(address indexed borrower, uint256 amount);
    /// @notice The lender withdrew repayments.
    event Withdrawn(address indexed lender, uint256 amount);
    /// @notice The lender declared a default after the grace period.
    event Defaulted(address indexed lender, uint256 indexed period, uint256 outstandingPrincipal);

    /// @notice The caller is not the party allowed to do this.
    error Unauthorized(address caller);
    /// @notice The loan is not in the status this action needs.
    error WrongStatus(Status current);
    /// @notice The payment does not equal the amount due.
    error WrongAmount(uint256 expected, uint256 sent);
    /// @notice A constructor parameter is invalid.
    error InvalidParameter(string name);
    /// @notice The grace period after the missed due time has not passed yet.
    error GracePeriodNotOver(uint256 defaultableAt);
    /// @notice There is nothing to withdraw.
    error NothingToWithdraw();
    /// @notice Moving ETH failed.
    error EthTransferFailed();

    /// @param lender_ provides the principal
    /// @param borrower_ receives and repays it
    /// @param asset_ ERC-20 token address, or address(0) for ETH
    /// @param principal_ amount lent in base units
    /// @param annualRateBps_ yearly interest in basis points
    /// @param termSeconds_ loan length in seconds
    /// @param periodSeconds_ repayment period in seconds (== term for one payment at maturity)
    /// @param installmentBps_ principal share due each period in basis points (0 = all principal at maturity)
    /// @param gracePeriodSeconds_ delay after a missed due time before a default may be declared
    constructor(
        address lender_,
        address borrower_,
        address asset_,
        uint256 principal_,
        uint256 annualRateBps_,
        uint256 termSeconds_,
        uint256 periodSeconds_,
        uint256 installmentBps_,
        uint256 gracePeriodSeconds_
    ) {
        if (lender_ == address(0)) revert InvalidParameter("lender");
        if (borrower_ == address(0) || borrower_ == lender_) revert InvalidParameter("borrower");
        if (principal_ == 0) revert InvalidParameter("principal");
        if (termSeconds_ == 0) revert InvalidParameter("termSeconds");
        if (periodSeconds_ == 0 || periodSeconds_ > termSeconds_) revert InvalidParameter("periodSeconds");
        if (installmentBps_ > BPS) revert InvalidParameter("installmentBps");
        if (annualRateBps_ > 100 * BPS) revert InvalidParameter("annualRateBps");
        lender = lender_;
        borrower = borrower_;
        asset = asset_;
        principal = principal_;
        annualRateBps = annualRateBps_;
        termSeconds = termSeconds_;
        periodSeconds = periodSeconds_;
        installmentBps = installmentBps_;
        gracePeriodSeconds = gracePeriodSeconds_;
    }

    // ------------------------------------------------------------------ lifecycle

    /// @notice Lender: put the principal into the contract (send it as ETH, or approve the token first).
    function fund() external payable nonReentrant {
        if (msg.sender != lender) revert Unauthorized(msg.sender);
        if (status != Status.Created) revert WrongStatus(status);
        status = Status.Funded;
        emit Funded(msg.sender, principal);
        _collect(principal);
    }

    /// @notice Lender: take the principal back while the borrower has not drawn it.
    function cancel() external nonReentrant {
        if (msg.sender != lender) revert Unauthorized(msg.sender);
        if (status != Status.Funded) revert WrongStatus(status);
        status = Status.Cancelled;
        emit Cancelled(msg.sender, principal);
        _pay(lender, principal);
    }

    /// @notice Borrower: receive the principal; the repayment schedule starts now.
    function draw() external nonReentrant {
        if (msg.sender != borrower) revert Unauthorized(msg.sender);
        if (status != Status.Funded) revert WrongStatus(status);
        status = Status.Active;
        startTime = block.timestamp;
        emit Drawn(msg.sender, principal, block.timestamp);
        _pay(borrower, principal);
    }

    /// @notice Borrower: pay the next schedule row (amountDue()); it may be paid before its due time.
    function repay() external payable nonReentrant {
        if (msg.sender != borrower) revert Unauthorized(msg.sender);
        if (status != Status.Active) revert WrongStatus(status);
        uint256 period = periodsPaid;
        (, uint256 principalPart, uint256 interestPart, ) = scheduleRow(period);
        uint256 due = principalPart + interestPart;
        periodsPaid = period + 1;
        totalRepaid += due;
        interestRepaid += interestPart;
        lenderBalance += due;
        if (period + 1 == periodsCount()) status = Status.Repaid;
        emit Repaid(msg.sender, period, principalPart, interestPart);
        _collect(due);
    }

    /// @notice Borrower: repay everything now: overdue rows in full, then the outstanding principal plus
    ///         interest for the running period pro rata to the seconds elapsed in it. In ETH, send at least the
    ///         payoff at the second the transaction is mined and at most PAYOFF_TOLERANCE_BPS more (e.g.
    ///         payoffAmount() plus 0.5%); the excess is refunded to the borrower in the same transaction.
    ///         In a token, approve payoffAmount() plus a margin: exactly the payoff is taken.
    function repayAll() external payable nonReentrant {
        if (msg.sender != borrower) revert Unauthorized(msg.sender);
        if (status != Status.Active) revert WrongStatus(status);
        (uint256 principalPart, uint256 interestPart) = _payoff(block.timestamp);
        uint256 due = principalPart + interestPart;
        periodsPaid = periodsCount();
        totalRepaid += due;
        interestRepaid += interestPart;
        lenderBalance += due;
        status = Status.Repaid;
        emit RepaidInFull(msg.sender, principalPart, interestPart);
        if (asset == address(0)) {
            uint256 ceiling = due + (due * PAYOFF_TOLERANCE_BPS) / BPS;
            if (msg.value < due || msg.value > ceiling) revert WrongAmount(due, msg.value);
            uint256 excess = msg.value - due;
            if (excess > 0) {
                emit Refunded(msg.sender, excess);
                _pay(msg.sender, excess);
            }
        } else {
            _collect(due);
        }
    }

    /// @notice Lender: withdraw the repayments received so far.
    function withdraw() external nonReentrant {
        if (msg.sender != lender) revert Unauthorized(msg.sender);
        uint256 amount = lenderBalance;
        if (amount == 0) revert NothingToWithdraw();
        lenderBalance = 0;
        emit Withdrawn(msg.sender, amount);
        _pay(lender, amount);
    }

    /// @notice Lender: declare the loan in default once a due time plus the grace period has passed unpaid.
    function markDefault() external {
        if (msg.sender != lender) revert Unauthorized(msg.sender);
        if (status != Status.Active) revert WrongStatus(status);
        (uint256 dueTime, , , ) = scheduleRow(periodsPaid);
        uint256 defaultableAt = dueTime + gracePeriodSeconds;
        if (block.timestamp <= defaultableAt) revert GracePeriodNotOver(defaultableAt);
        status = Status.Defaulted;
        emit Defaulted(msg.sender, periodsPaid, outstandingPrincipal());
    }

    // ------------------------------------------------------------------ views

    /// @notice Number of repayment periods: ceil(term / period).
    function periodsCount() public view returns (uint256) {
        return (termSeconds + periodSeconds - 1) / periodSeconds;
    }

    /// @notice Row `i` of the schedule: due time (seconds after the draw until drawn), principal and interest
    ///         parts, and principal outstanding after the row is paid.
    function scheduleRow(uint256 i)
        public
        view
        returns (uint256 dueTime, uint256 principalPart, uint256 interestPart, uint256 outstandingAfter)
    {
        uint256 n = periodsCount();
        if (i >= n) revert InvalidParameter("period");
        uint256 periodStart = i * periodSeconds;
        uint256 periodEnd = i + 1 == n ? termSeconds : periodStart + periodSeconds;
        uint256 outstanding = _outstandingBefore(i);
        principalPart = i + 1 == n ? outstanding : _min(_installment(), outstanding);
        interestPart = (outstanding * annualRateBps * (periodEnd - periodStart)) / (BPS * YEAR_SECONDS);
        outstandingAfter = outstanding - principalPart;
        dueTime = startTime + periodEnd;
    }

    /// @notice What repay() takes now: the next schedule row (0 when nothing is due).
    function amountDue() external view returns (uint256) {
        if (status != Status.Active) return 0;
        (, uint256 principalPart, uint256 interestPart, ) = scheduleRow(periodsPaid);
        return principalPart + interestPart;
    }

    /// @notice What repayAll() takes now.
    function payoffAmount() external view returns (uint256) {
        if (status != Status.Active) return 0;
        (uint256 principalPart, uint256 interestPart) = _payoff(block.timestamp);
        return principalPart + interestPart;
    }

    /// @notice Principal not yet repaid.
    function outstandingPrincipal() public view returns (uint256) {
        if (status == Status.Repaid) return 0;
        if (periodsPaid >= periodsCount()) return 0;
        return _outstandingBefore(periodsPaid);
    }

    /// @notice True while the next row is past its due time and unpaid.
    function isLate() external view returns (bool) {
        if (status != Status.Active) return false;
        (uint256 dueTime, , , ) = scheduleRow(periodsPaid);
        return block.timestamp > dueTime;
    }

    /// @notice Time of maturity (0 until drawn).
    function maturity() external view returns (uint256) {
        return startTime > 0 ? startTime + termSeconds : 0;
    }

    // ------------------------------------------------------------------ internals

    function _installment() internal view returns (uint256) {
        return (principal * installmentBps) / BPS;
    }

    function _outstandingBefore(uint256 i) internal view returns (uint256) {
        uint256 paid = i * _installment();
        return paid >= principal ? 0 : principal - paid;
    }

    function _payoff(uint256 nowTs) internal view returns (uint256 principalPart, uint256 interestPart) {
        uint256 n = periodsCount();
        uint256 elapsed = nowTs - startTime;
        for (uint256 i = periodsPaid; i < n; ++i) {
            uint256 periodStart = i * periodSeconds;
            uint256 periodEnd = i + 1 == n ? termSeconds : periodStart + periodSeconds;
            uint256 outstanding = _outstandingBefore(i);
            if (elapsed >= periodEnd) {
                (, uint256 p, uint256 r, ) = scheduleRow(i);
                principalPart += p;
                interestPart += r;
            } else {
                uint256 accrued = elapsed > periodStart ? elapsed - periodStart : 0;
                interestPart += (outstanding * annualRateBps * accrued) / (BPS * YEAR_SECONDS);
                principalPart += outstanding;
                break;
            }
        }
    }

    function _min(uint256 a, uint256 b) internal pure returns (uint256) {
        return a < b ? a : b;
    }

    /// @dev Take exactly `amount` from the caller: as msg.value for ETH, by transferFrom for a token.
    function _collect(uint256 amount) internal {
        if (asset == address(0)) {
            if (msg.value != amount) revert WrongAmount(amount, msg.value);
        } else {
            if (msg.value != 0) revert WrongAmount(0, msg.value);
            IERC20(asset).safeTransferFrom(msg.sender, address(this), amount);
        }
    }

    /// @dev Send `amount` to a party of the loan (only ever the lender or the borrower).
    function _pay(address to, uint256 amount) internal {
        if (asset == address(0)) {
            (bool ok, ) = payable(to).call{value: amount}("");
            if (!ok) revert EthTransferFailed();
        } else {
            IERC20(asset).safeTransfer(to, amount);
        }
    }
}
