"""Explain a contract in the user's language: a deployment, an address on the chain, or a Solidity file.

Facts come from the spec, the source (ABI, NatSpec), Slither's analysis and the live chain; the kind's explainer
turns them into words. An LLM backend, when configured, may only rephrase that text, never add facts.
A Solidity file of unknown kind is explained from the review analysis (``ledgerlm.review``): roles and guards read
from the code, money flows from Slither's IR, recognised OpenZeppelin bases with their parameters, every finding.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from eth_utils import is_address

from ledgerlm.chain import Chain, connect
from ledgerlm.contracts import registry
from ledgerlm.contracts.kinds import get_plugin
from ledgerlm.contracts.kinds.base import ExplainFacts, Explanation
from ledgerlm.contracts.messages import MESSAGES
from ledgerlm.contracts.spec import build_spec
from ledgerlm.errors import InputError, NotFound
from ledgerlm.i18n import LANGS, pick
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
    if live is not None and registry.deployment_status(deployment, live) == "lost":
        # never explain whatever now lives at the address as if it were this deployment
        raise NotFound(
            f"deployment #{deployment.id} ({deployment.kind} at {deployment.address}) is lost: the chain's state no "
            "longer contains it (the node was restarted from an older state or reset)",
            hint="its record is kept; create it again to have it on chain",
        )
    if live is not None and live.chain_id == deployment.chain_id and live.code(deployment.address):
        state = plugin.read_state(live, deployment.address, deployment.abi)
        state.setdefault("address", deployment.address)
    spec = build_spec(deployment.kind, deployment.spec, allow_high_rate=True)
    natspec = _natspec(deployment.artifact_key, source[0] if source else None, deployment.contract_name)
    facts = ExplainFacts(
        spec=spec,
        abi=deployment.abi,
        natspec=natspec,
        state=state,
        findings=_findings(report),
        parties=deployment.parties,
    )
    return plugin.explain(facts, lang)


def _natspec(key: str, filename: str | None, contract: str) -> dict[str, Any]:
    output = compiler.cached_output(key)
    if not output or filename is None:
        return {}
    info = output.get("contracts", {}).get(filename, {}).get(contract, {})
    return {"userdoc": info.get("userdoc", {}), "devdoc": info.get("devdoc", {})}


def _who_words(who: str, lang: str) -> str:
    if who == "anyone":
        return MESSAGES.say("explain.anyone", lang)
    return MESSAGES.say("explain.only", lang, who=who)


def explanation_from_review(review: Any, contract: str, lang: str, facts: ExplainFacts | None = None) -> Explanation:
    """Words for one contract of a review: roles from its guards, functions (NatSpec notice plus who may call them),
    money flows from the IR, recognised bases with their parameters, every Low+ finding with its lines."""
    from ledgerlm.contracts.kinds.base import _ADMIN_HINTS, describe_functions
    from ledgerlm.review import catalog

    summary_of = next((c for c in review.contracts if c.name == contract), None)
    if summary_of is None:
        raise NotFound(f"no contract {contract!r} in the review")
    facts = facts or ExplainFacts(spec=None, abi=[])
    natspec_title = (facts.natspec.get("devdoc") or {}).get("title")
    notice = " ".join(str((facts.natspec.get("userdoc") or {}).get("notice") or "").split())
    title = str(natspec_title or contract)
    details = []
    for rec in summary_of.recognised:
        p = rec.params
        if rec.base == "ERC20" and p.get("name") and not natspec_title:
            title = f"{contract}: ERC-20 {p.get('name')} ({p.get('symbol')})"
        details.append(f"{rec.base}: " + ", ".join(f"{k}={v}" for k, v in p.items()))
        details += rec.notes
    writes = [f for f in summary_of.functions if not f.view]
    bases = MESSAGES.say("explain.built_on", lang, bases=", ".join(summary_of.bases)) if summary_of.bases else ""
    summary = (f"{notice} " if notice else "") + MESSAGES.say(
        "explain.summary", lang, contract=contract, writes=len(writes), bases=bases
    )
    if details:
        summary += " " + "; ".join(details)
    grouped: dict[str, list[str]] = {}
    for fn in writes:
        grouped.setdefault(fn.who, []).append(fn.name)
    roles = {
        (MESSAGES.say("explain.anyone", lang) if k == "anyone" else k): MESSAGES.say(
            "explain.may_call", lang, names=", ".join(v)
        )
        for k, v in grouped.items()
    }
    who = {fn.name: (_who_words(fn.who, "en"), _who_words(fn.who, "zh")) for fn in summary_of.functions}
    if facts.abi:
        functions = describe_functions(facts, lang, who)
    else:
        functions = {
            fn.signature: MESSAGES.say("explain.callable_by", lang, who=_who_words(fn.who, lang))
            for fn in summary_of.functions
        }
    for fn in summary_of.functions:
        key = fn.name if fn.name in functions else fn.signature if fn.signature in functions else None
        if key is not None and fn.moves:
            functions[key] += "; " + "; ".join(fn.moves)
    flows = [f"{fn.signature} ({_who_words(fn.who, lang)}): {m}" for fn in summary_of.functions for m in fn.moves]
    flows += [
        MESSAGES.say("explain.eth_comes_in", lang, signature=fn.signature) for fn in summary_of.functions if fn.payable
    ]
    risks = []
    for fn in writes:  # powers that matter, stated from the code: who can really call them
        hint = _ADMIN_HINTS.get(fn.name)
        if hint is None or fn.name == "transferOwnership":
            continue
        if not fn.privileged and fn.name == "withdraw" and all("the caller" in m for m in fn.moves):
            continue  # anyone taking out what the code credits to them is not a privileged power
        if fn.privileged:
            risks.append(
                MESSAGES.say(
                    "explain.privileged_power",
                    lang,
                    name=fn.name,
                    who=fn.who,
                    hint=pick(lang, dict(zip(LANGS, hint, strict=True))),
                )
            )
        else:
            risks.append(
                MESSAGES.say(
                    "explain.unguarded_power", lang, name=fn.name, hint=pick(lang, dict(zip(LANGS, hint, strict=True)))
                )
            )
    for f in review.findings:
        if f.severity not in ("High", "Medium", "Low"):
            continue
        where = ", ".join(f"{loc.file}:{loc.lines[0]}" for loc in f.locations if loc.lines)
        risks.append(f"[{f.severity}] {catalog.category_name(f.category, lang)} ({f.detector}): {f.message} ({where})")
    return Explanation(
        title=title,
        summary=summary,
        lang=lang,
        kind=None,
        roles=roles,
        functions=functions,
        money_flows=flows,
        risks=risks,
    )


def explain_file(path: str | Path, *, lang: str = "en", contract: str | None = None) -> Any:
    from ledgerlm.errors import CompilationError
    from ledgerlm.review.engine import review_file

    file = Path(path)
    lang = lang if lang in LANGS else LANGS[0]
    review = review_file(file, lang=lang)
    names = [c.name for c in review.contracts if c.kind == "contract"]
    if not names:
        raise InputError(f"{file} defines no contract")
    if contract is None:
        # the main contract: the one declared last in the file (libraries and interfaces come first by habit)
        contract = names[-1]
    if contract not in names:
        raise NotFound(f"{file} has no contract {contract!r}", hint=f"choose one of {', '.join(names)}")
    facts = None
    try:
        art = compiler.compile_file(file).get(contract)
        if art is not None:
            facts = ExplainFacts(
                spec=None,
                abi=art.abi,
                natspec={"userdoc": art.userdoc, "devdoc": art.devdoc},
                state={},
                findings=[],
                parties={},
            )
    except CompilationError:
        facts = None  # e.g. a pragma no shipped release accepts: the review used the nearest one
    return explanation_from_review(review, contract, lang, facts)


def resolve_target(target: str, chain_name: str | None = None) -> tuple[str, Any]:
    """'latest', '#3' or '3' -> deployment; 0x... -> deployment at that address; *.sol -> file."""
    text = target.strip()
    if text == "latest":
        found = registry.list_deployments(limit=1)
        if not found:
            raise NotFound("no deployments yet", hint='create one with `ledgerlm create "..."`')
        return "deployment", found[0]
    if re.fullmatch(r"#?[0-9]+", text):  # ASCII digits only: "²".isdigit() is True, int("²") is not
        return "deployment", registry.get(int(text.lstrip("#")))
    if is_address(text):
        chain = connect(chain_name)
        by_address = registry.find_by_address(text, chain.chain_id)
        if by_address is not None:
            return "deployment", by_address
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
