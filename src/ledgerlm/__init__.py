"""ledgerlm: plain language in, verified on-chain action out, every AI decision provable afterwards.

The top-level API mirrors the CLI::

    import ledgerlm
    parsed = ledgerlm.parse("自动借贷合约，贷款期限3个月，年利率5%，每期还款10%本金")
    result = ledgerlm.create_contract("Loan 1000 USDC to Bob for 6 months at 5% APR", chain="memory",
                                      confirm=lambda plan: True)
    print(ledgerlm.explain(str(result.deployment.id), lang="en"))

Heavy modules (web3, py-evm, embeddings) load on first use, so ``import ledgerlm`` stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"

if TYPE_CHECKING:
    from ledgerlm.chain import Chain
    from ledgerlm.contracts.pipeline import CreateResult, Plan


def parse(text: str, **kwargs: Any) -> Any:
    """Text -> typed contract request (kind, params, missing, lang). See ``ledgerlm.contracts.request.parse``."""
    from ledgerlm.contracts.request import parse as _parse

    return _parse(text, **kwargs)


def create_contract(
    text: str,
    *,
    overrides: dict[str, Any] | None = None,
    chain: Chain | str | None = None,
    confirm: Callable[[Plan], bool] | None = None,
    kind: str | None = None,
    allow_high_rate: bool | None = None,
) -> CreateResult:
    """Parse, generate, compile, analyse, test and deploy. ``confirm`` must approve the plan."""
    from ledgerlm.contracts import pipeline

    plan = pipeline.plan_from_text(text, overrides, kind=kind, allow_high_rate=allow_high_rate)
    return pipeline.create_contract(plan, chain=chain, confirm=confirm)


def explain(target: str, *, lang: str | None = None, chain: str | None = None) -> Any:
    """Explain a deployment (id or 'latest'), an address ledgerlm deployed, or a Solidity file."""
    from ledgerlm.contracts.explain import explain as _explain

    return _explain(target, lang=lang, chain=chain)


def connect(backend: str | None = None) -> Chain:
    from ledgerlm.chain import connect as _connect

    return _connect(backend)


__all__ = ["__version__", "connect", "create_contract", "explain", "parse"]
