"""Explain a contract in the user's language: a deployment, an address on the chain, or a Solidity file.

Facts come from the spec, the source (ABI, NatSpec), Slither's analysis and the live chain; the kind's explainer
turns them into words. An LLM backend, when configured, may only rephrase that text, never add facts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eth_utils import is_address

from ledgerlm.chain import Chain, connect
from ledgerlm.contracts import registry
from ledgerlm.contracts.kinds import get_plugin
from ledgerlm.contracts.kinds.base import ExplainFacts, explain_generic
from ledgerlm.contracts.spec import build_spec
from ledgerlm.errors import InputError, NotFound
from ledgerlm.solidity import analysis, compiler


def _findings(report: analysis.AnalysisReport | None) -> list[dict[str, Any]]:
    return [f.__dict__ for f in report.findings] if report else []


def explain_deployment(deployment: registry.Deployment, *, lang: str | None = None, chain: Chain | None = None) -> Any:
    lang = lang or deployment.lang or "en"
    source = registry.load_source(deployment.source_hash)
    report = None
    if source is not None:
        report = analysis.analyse_sources({source[0]: source[1]})
    state: dict[str, Any] = {}
    plugin = get_plugin(deployment.kind)
    live = chain
    if live is None and deployment.backend in ("anvil",):
        live = connect("anvil")
    if live is not None and live.chain_id == deployment.chain_id and live.code(deployment.address):
        state = plugin.read_state(live, deployment.address, deployment.abi)
        state.setdefault("address", deployment.address)
    spec = build_spec(deployment.kind, deployment.spec, allow_high_rate=True)
    natspec = _natspec(deployment.artifact_key, source[0] if source else None, deployment.contract_name)
    facts = ExplainFacts(spec=spec, abi=deployment.abi, natspec=natspec, state=state, findings=_findings(report),
                         parties=deployment.parties)
    return plugin.explain(facts, lang)


def _natspec(key: str, filename: str | None, contract: str) -> dict[str, Any]:
    output = compiler.cached_output(key)
    if not output or filename is None:
        return {}
    info = output.get("contracts", {}).get(filename, {}).get(contract, {})
    return {"userdoc": info.get("userdoc", {}), "devdoc": info.get("devdoc", {})}


def explain_file(path: str | Path, *, lang: str = "en", contract: str | None = None) -> Any:
    file = Path(path)
    artifacts = compiler.compile_file(file)
    if not artifacts:
        raise InputError(f"{file} defines no contract")
    if contract is None:
        # the main contract: the one declared last in the file (libraries and interfaces come first by habit)
        contract = list(artifacts)[-1]
    if contract not in artifacts:
        raise NotFound(f"{file} has no contract {contract!r}", hint=f"choose one of {', '.join(artifacts)}")
    art = artifacts[contract]
    report = analysis.analyse_standard(
        compiler.standard_input({file.name: file.read_text(encoding="utf-8")}, [file.parent]), {file.name}
    )
    facts = ExplainFacts(spec=None, abi=art.abi, natspec={"userdoc": art.userdoc, "devdoc": art.devdoc}, state={},
                         findings=_findings(report), parties={})
    return explain_generic(facts, lang)


def resolve_target(target: str, chain_name: str | None = None) -> tuple[str, Any]:
    """'latest', '#3' or '3' -> deployment; 0x... -> deployment at that address; *.sol -> file."""
    text = target.strip()
    if text == "latest":
        found = registry.list_deployments(limit=1)
        if not found:
            raise NotFound("no deployments yet", hint="create one with `ledgerlm create \"...\"`")
        return "deployment", found[0]
    if text.lstrip("#").isdigit():
        return "deployment", registry.get(int(text.lstrip("#")))
    if is_address(text):
        chain = connect(chain_name)
        found = registry.find_by_address(text, chain.chain_id)
        if found is not None:
            return "deployment", found
        if not chain.code(text):
            raise NotFound(f"there is no contract at {text} on chain {chain.chain_id}")
        raise NotFound(
            f"{text} is a contract ledgerlm did not deploy, and its source is unknown here",
            hint="pass its Solidity file instead: ledgerlm explain Contract.sol",
        )
    if text.endswith(".sol") or Path(text).is_file():
        return "file", Path(text)
    raise InputError(f"cannot tell what {target!r} is", hint="give a deployment id, an address, or a .sol file")


def explain(target: str, *, lang: str | None = None, chain: str | None = None) -> Any:
    from ledgerlm.audit import record

    what, value = resolve_target(target, chain)
    result = explain_deployment(value, lang=lang) if what == "deployment" else explain_file(value, lang=lang or "en")
    record("contracts.explain", target, result, model="ledgerlm-explainer")
    return result
