"""One exception hierarchy for the whole package.

Errors are raised, never returned as strings: the CLI turns any ``LedgerError`` into a message on stderr and a
non-zero exit, the HTTP server into a JSON error body. ``hint`` tells the user how to fix the problem.
"""

from __future__ import annotations

from typing import Any


class LedgerError(Exception):
    """Base class of every error ledgerlm raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message

    def to_dict(self) -> dict[str, str | None]:
        return {"error": type(self).__name__, "message": self.message, "hint": self.hint}


class ConfigError(LedgerError):
    """The configuration or environment is wrong."""


class InputError(LedgerError):
    """The user's input is malformed (bad address, unparsable number, unknown option)."""

    exit_code = 2


class SpecError(InputError):
    """A contract spec breaks a rule; ``field`` names the offending parameter."""

    def __init__(self, field: str, message: str, *, hint: str | None = None) -> None:
        super().__init__(f"{field}: {message}", hint=hint)
        self.field = field


class AmbiguousRequest(InputError):
    """The text could mean several things; ``options`` lists them so the caller can ask."""

    def __init__(self, message: str, options: list[str], *, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.options = options


class ToolchainError(LedgerError):
    """A required external tool (node, solc-js, anvil, slither) is missing or failed."""


class CompilationError(LedgerError):
    """solc rejected the source; ``errors`` holds the formatted compiler messages."""

    def __init__(self, message: str, errors: list[str]) -> None:
        super().__init__(message + ("\n" + "\n".join(errors) if errors else ""))
        self.errors = errors


class AnalysisError(LedgerError):
    """Static analysis found issues that must not ship."""

    def __init__(self, message: str, findings: list[dict[str, Any]]) -> None:
        super().__init__(message)
        self.findings = findings


class ChainError(LedgerError):
    """The chain could not be reached or answered unexpectedly."""


class ContractReverted(ChainError):
    """A call or transaction reverted. ``reason`` is the decoded revert reason or custom error."""

    def __init__(self, reason: str, *, data: str | None = None, tx_hash: str | None = None) -> None:
        super().__init__(f"execution reverted: {reason}")
        self.reason = reason
        self.data = data
        self.tx_hash = tx_hash


class TransactionFailed(ChainError):
    """A mined transaction has status 0 or lacks the events it was expected to emit."""


class NotFound(LedgerError):
    """A named thing (deployment, record, contact, key) does not exist."""


class PolicyViolation(LedgerError):
    """An action was refused by a configured policy (limits, allowlist, slippage, credentials)."""


class ConfirmationRequired(LedgerError):
    """A money-moving action was attempted without explicit confirmation."""


class SecretDetected(InputError):
    """The input contained a private key or seed phrase; it was refused and never stored."""
