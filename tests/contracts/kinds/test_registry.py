"""Kinds describe themselves: the registry discovers kind folders, and a new kind touches its folder only.

The throw-away kind lives in a temporary folder added to ``ledgerlm.contracts.kinds.__path__``: nothing in the
checkout changes, yet parsing, the zh "which kind?" question, the KYC size gate and the prototype cache see it.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

import ledgerlm.contracts.kinds as kinds_pkg
from ledgerlm.contracts.kinds import descriptor, descriptors, kind_names, reset_registry

_DEMO = {
    "descriptor.py": """
        from ledgerlm.contracts.kinds.base import KindDescriptor

        DESCRIPTOR = KindDescriptor(
            kind="tipjar",
            display={"en": "tip jar", "zh": "打赏罐"},
            keywords=((r"\\btip\\s*jar\\b|打赏罐", 6.0),),
            prototypes=("a tip jar where fans leave small tips for a streamer", "给主播的打赏罐"),
            roles={"streamer": (r"streamer|creator", r"主播")},
            size_field="goal",
        )
    """,
    "spec.py": """
        from decimal import Decimal
        from typing import ClassVar

        from ledgerlm.contracts.spec import ContractSpec


        class TipJarSpec(ContractSpec):
            kind: ClassVar[str] = "tipjar"
            required: ClassVar[tuple[str, ...]] = ("goal",)
            goal: Decimal | None = None
            token: str = "ETH"
            streamer: str | None = None


        SPEC = TipJarSpec
    """,
    "extract.py": """
        from ledgerlm.language.extract import _amount, _token


        def extract(s):
            params = {}
            found = _amount(s, r"goal|目标")
            if found:
                params["goal"] = found[0].value
                _token(s, found[1], params)
            return params
    """,
}


@pytest.fixture()
def tipjar(tmp_path: Path) -> Iterator[str]:
    folder = tmp_path / "tipjar"
    folder.mkdir()
    (folder / "__init__.py").write_text("")
    for name, body in _DEMO.items():
        (folder / name).write_text(textwrap.dedent(body))
    kinds_pkg.__path__.append(str(tmp_path))
    reset_registry()
    try:
        yield "tipjar"
    finally:
        kinds_pkg.__path__.remove(str(tmp_path))
        reset_registry()
        import sys

        for mod in [m for m in sys.modules if m.startswith("ledgerlm.contracts.kinds.tipjar")]:
            del sys.modules[mod]


def test_the_six_kinds_are_discovered_with_their_descriptors() -> None:
    assert set(kind_names()) >= {"loan", "token", "escrow", "vesting", "crowdfund", "multisig"}
    for kind, desc in descriptors().items():
        assert desc.kind == kind and desc.display["en"] and desc.display["zh"]
        assert desc.keywords and desc.prototypes
    assert descriptor("loan").size_field == "principal" and descriptor("token").size_field is None
    assert set(descriptor("escrow").roles) == {"payer", "payee", "arbiter"}


def test_a_new_kind_needs_only_its_folder(tipjar: str) -> None:
    from ledgerlm.contracts.pipeline import contract_size_usd
    from ledgerlm.contracts.request import parse
    from ledgerlm.contracts.request.classify import keyword_scores, prototypes
    from ledgerlm.contracts.request.parser import _ambiguous
    from ledgerlm.contracts.spec import KINDS, build_spec
    from ledgerlm.errors import AmbiguousRequest

    assert tipjar in kind_names() and tipjar in KINDS
    # the parser classifies by the descriptor's cues, extracts with the folder's rules, grounds every value
    result = parse("set up a tip jar for my stream, goal 2 ETH, the streamer is Kai")
    assert result.kind == tipjar and result.params["goal"] == Decimal(2)
    assert result.params["streamer"] == "Kai"  # an explicit role cue of the descriptor, read by the shared layer
    assert result.evidence["goal"].words == "2" and result.questions == []
    assert keyword_scores("tip jar")[tipjar] > 0 and prototypes()[tipjar][0].startswith("a tip jar")
    # the zh "which kind?" question names it in Chinese (it raised KeyError for kinds it did not list)
    exc = _ambiguous("随便", {tipjar: 0.6, "loan": 0.3}, "zh")
    assert isinstance(exc, AmbiguousRequest) and "打赏罐" in exc.message
    # the KYC size gate reads the descriptor's size field (it silently skipped kinds it did not list)
    assert contract_size_usd(build_spec(tipjar, {"goal": 2})) is not None


def test_prototype_cache_is_rebuilt_from_descriptors(tmp_path: Path) -> None:
    import numpy as np

    from ledgerlm.contracts.request.classify import _texts_hash, build_prototype_cache, prototypes

    path = build_prototype_cache(tmp_path / "protos.npz")
    with np.load(path) as data:
        for kind, texts in prototypes().items():
            assert data[kind].shape[0] == len(texts)
            assert str(data[f"__hash__{kind}"]) == _texts_hash(texts)


def test_parsing_imports_no_chain_compiler_or_analyser() -> None:
    """``ledgerlm parse`` must start fast: nothing on the parse path imports web3, eth_account, py-evm or Slither."""
    import subprocess
    import sys

    code = (
        "import sys; from ledgerlm.contracts.request import parse; "
        "parse('Loan 1000 USDC to Bob for 6 months at 5% annual interest'); "
        "parse('escrow 2 ETH for the contractor (Ravi), Dave is the arbiter, 30 days'); "
        "parse('vest 100k TEAM to 0x742d35Cc6634C0532925a3b844Bc454e4438f44e over 4 years'); "
        "heavy = [m for m in ('web3', 'eth_account', 'eth_tester', 'evm', 'slither', 'ledgerlm.chain', "
        "'ledgerlm.solidity') if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
