"""Text -> spec -> Solidity -> artefact -> analysis -> test -> transaction -> receipt -> deployment record.

Each stage is a function with a typed result, so the CLI, the Python API and the assistant drive the same path and
can show progress. Nothing is deployed unless every earlier stage passed and the caller confirmed the plan.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from ledgerlm.chain import Chain, connect
from ledgerlm.chain import contacts as address_book
from ledgerlm.config import get
from ledgerlm.contracts import journal, registry
from ledgerlm.contracts.assets import Asset, resolve_asset
from ledgerlm.contracts.kinds import get_plugin
from ledgerlm.contracts.kinds.base import BuildContext
from ledgerlm.contracts.parties import is_placeholder
from ledgerlm.contracts.spec import ContractSpec, build_spec, spec_class
from ledgerlm.errors import ConfirmationRequired, InputError, SpecError
from ledgerlm.solidity import analysis, compiler
from ledgerlm.solidity.artifact import Artifact

STAGES = ("parse", "compile", "analyse", "test", "deploy", "verify", "fund")
Progress = Callable[[str, str], None]


@dataclass
class Plan:
    """What will be deployed: shown to the user before they confirm."""

    kind: str
    spec: ContractSpec
    lang: str
    request: str | None
    assumptions: list[str] = field(default_factory=list)
    #: param -> ``Evidence`` (the user's words, default, inferred, --set): shown beside each value
    evidence: dict[str, Any] = field(default_factory=dict)
    #: phrases the parser could not settle (``ledgerlm.language.evidence.Question``); create refuses while any
    #: is open, and a ``--set`` of one of a question's fields settles it
    questions: list[Any] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "params": self.spec.params(),
            "missing": self.spec.missing(),
            "lang": self.lang,
            "assumptions": self.assumptions,
            "evidence": {k: v.to_dict() for k, v in self.evidence.items()},
            "questions": [q.to_dict() for q in self.questions],
        }


@dataclass
class CreateResult:
    deployment: registry.Deployment
    analysis: analysis.AnalysisReport
    checks: list[str]
    timings_ms: dict[str, float]
    assumptions: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.deployment.id,
            "kind": self.deployment.kind,
            "address": self.deployment.address,
            "tx_hash": self.deployment.tx_hash,
            "gas_used": self.deployment.gas_used,
            "chain_id": self.deployment.chain_id,
            "backend": self.deployment.backend,
            "params": self.deployment.spec,
            "parties": self.deployment.parties,
            "analysis": self.analysis.counts(),
            "checks": self.checks,
            "assumptions": self.assumptions,
            "timings_ms": self.timings_ms,
        }


def parse_overrides(pairs: list[str] | None) -> dict[str, Any]:
    """``--set key=value`` pairs -> params. Numbers become Decimals; true/false booleans; a,b,c lists (owners)."""
    out: dict[str, Any] = {}
    for pair in pairs or []:
        if "=" not in pair:
            raise InputError(f"--set {pair!r} is not key=value", hint="for example --set principal=1000")
        key, raw = (part.strip() for part in pair.split("=", 1))
        if not key:
            raise InputError(f"--set {pair!r} has an empty key")
        out[key] = _coerce(raw)
    return out


def _coerce(raw: str) -> Any:
    if raw.lower() in ("true", "yes"):
        return True
    if raw.lower() in ("false", "no"):
        return False
    if raw.lower() in ("null", "none", ""):
        return None
    if "," in raw:
        return [part.strip() for part in raw.split(",") if part.strip()]
    try:
        return Decimal(raw.replace("_", ""))
    except InvalidOperation:
        return raw


def plan_from_text(
    text: str,
    overrides: dict[str, Any] | None = None,
    *,
    kind: str | None = None,
    allow_high_rate: bool | None = None,
) -> Plan:
    """Parse ``text`` and apply overrides into a validated spec (values may still be missing)."""
    from ledgerlm.contracts.request import parse

    high = bool(get("contracts", "allow_high_rate")) if allow_high_rate is None else allow_high_rate
    parsed = parse(text, allow_high_rate=high, kind=kind)
    params = {k: v for k, v in parsed.params.items() if k in spec_class(parsed.kind).model_fields}
    plan = plan_from_params(
        parsed.kind, {**params, **(overrides or {})}, lang=parsed.lang, request=text, allow_high_rate=high
    )
    plan.evidence = dict(getattr(parsed, "evidence", {}) or {})
    plan.questions = [q for q in getattr(parsed, "questions", []) or [] if not set(q.fields) & set(overrides or {})]
    if overrides:
        from ledgerlm.language.evidence import Evidence

        plan.evidence.update({k: Evidence("override", f"--set {k}") for k in overrides})
    _audit(
        "language.parse",
        text,
        {"parsed": parsed, "overrides": overrides or {}, "plan": plan.to_dict()},
        model="ledgerlm-parser+" + ("llm" if getattr(parsed, "llm_filled", None) else "rules"),
    )
    return plan


def plan_from_params(
    kind: str,
    params: dict[str, Any],
    *,
    lang: str = "en",
    request: str | None = None,
    allow_high_rate: bool = False,
) -> Plan:
    cls = spec_class(kind)
    unknown = sorted(set(params) - set(cls.model_fields))
    if unknown:
        raise SpecError(
            unknown[0],
            f"is not a parameter of a {kind} contract",
            hint=f"valid parameters: {', '.join(cls.model_fields)}",
        )
    spec = build_spec(kind, params, allow_high_rate=allow_high_rate)
    return Plan(kind=kind, spec=spec, lang=lang, request=request)


# -- stages ------------------------------------------------------------------------------------------------------
def generate(spec: ContractSpec) -> tuple[Any, Artifact]:
    """Render the kind's Solidity (values are constructor arguments) and compile it strictly."""
    generated, artifacts = generate_all(spec)
    return generated, artifacts[generated.contract_name]


def generate_all(spec: ContractSpec) -> tuple[Any, dict[str, Artifact]]:
    """Like ``generate``, with every contract of the source (a multi-contract kind deploys several of them)."""
    plugin = get_plugin(spec.kind)
    generated = plugin.render(spec)
    artifacts = compiler.compile_sources({generated.filename: generated.source}, strict=True)
    registry.save_source(compiler.source_hash(generated.source), generated.filename, generated.source)
    return generated, artifacts


def analyse(generated: Any) -> analysis.AnalysisReport:
    report = analysis.analyse_sources({generated.filename: generated.source})
    analysis.require_clean(report)
    return report


def resolve_parties(chain: Chain, spec: ContractSpec, roles: list[str]) -> tuple[dict[str, Any], list[str]]:
    """Bind every role to an address: given addresses stay; names go through the address book; on a local chain
    anything still unbound gets a distinct dev account (said plainly in the assumptions)."""
    assumptions: list[str] = []
    deployer = chain.default_account.address
    used: set[str] = {deployer}
    spare = (a.address for a in chain.dev_accounts[1:] if a.address not in used)
    parties: dict[str, Any] = {}

    def bind(role: str, value: str | None) -> str:
        if value == "me":  # the user's own account ("Lender: myself", "我")
            assumptions.append(f"{role} 'me' is you ({deployer})")
            return deployer
        if value is not None and not is_placeholder(value):
            used.add(value)
            return value
        if value is not None:
            found = address_book.lookup(value)
            if found:
                assumptions.append(f"{role} '{value}' is {found} (address book)")
                used.add(found)
                return found
        if not chain.is_local:
            what = f"'{value}'" if value else "not given"
            raise SpecError(
                role,
                f"needs an address on this network ({what})",
                hint=f"pass --set {role}=0x... or add a contact: ledgerlm contacts add NAME 0x...",
            )
        if role in ("lender", "payer", "creator") and deployer not in parties.values():
            address = deployer
            assumptions.append(f"{role} {('`' + value + '` ') if value else ''}is you ({address})")
            return address
        address = next(a for a in spare if a not in used)
        used.add(address)
        label = f"'{value}'" if value else "(not given)"
        assumptions.append(f"{role} {label} is dev account {address} (local chain only)")
        return address

    from ledgerlm.contracts.kinds import descriptor

    lists = descriptor(spec.kind).party_lists
    for role in roles:
        value = getattr(spec, role, None)
        if role in lists:  # a list of parties (multisig owners, splitter payees): ``<role>_count`` says how many
            one = role.removesuffix("s")
            given = list(value or [])
            count = int(getattr(spec, f"{role}_count", None) or len(given) or 1)
            owners = [bind(one, v) for v in given]
            if deployer not in owners and len(owners) < count:
                owners.insert(0, deployer)
                assumptions.append(f"{one} #1 is you ({deployer})")
            while len(owners) < count:
                owners.append(bind(one, None))
            parties[role] = owners
        else:
            parties[role] = bind(role, value)
    return parties, assumptions


def build_context(chain: Chain, spec: ContractSpec, parties: dict[str, Any], asset: Asset | None) -> BuildContext:
    return BuildContext(
        asset=asset.address if asset else None,
        asset_decimals=asset.decimals if asset else 18,
        parties=parties,
        deployer=chain.default_account.address,
        now=chain.now(),
    )


def self_test(chain: Chain, artifact: Artifact, spec: ContractSpec, ctx: BuildContext) -> list[str]:
    """Run the kind's behavioural scenario with the real parameters on a throw-away in-process py-evm chain.

    The target chain is never touched: no ``evm_snapshot``/``evm_revert`` on the user's node (a revert there would
    undo other processes' transactions and set its clock back), so any number of processes may create at once."""
    plugin = get_plugin(spec.kind)
    scratch = connect("memory")
    roles = plugin.roles(spec)
    token = getattr(spec, "token", None)  # kinds without a token (multisig, traceability) have no such field
    scratch_asset = resolve_asset(scratch, token) if isinstance(token, str) else None
    from ledgerlm.contracts.kinds import descriptor

    lists = descriptor(spec.kind).party_lists
    unbound = spec.model_copy(update={r: ([] if r in lists else None) for r in roles})
    parties, _ = resolve_parties(scratch, unbound, roles)
    return list(plugin.self_test(scratch, artifact, spec, build_context(scratch, spec, parties, scratch_asset)))


def contract_size_usd(spec: ContractSpec) -> Decimal | None:
    """The USD value a contract will hold, from the shipped prices; None when it has no size or no known price.
    The field that measures the size is the kind's ``DESCRIPTOR.size_field`` (token supply is not money held)."""
    from ledgerlm.contracts.kinds import descriptor

    field_name = descriptor(spec.kind).size_field
    amount = getattr(spec, field_name, None) if field_name else None
    if amount is None:
        return None
    from ledgerlm.errors import NotFound
    from ledgerlm.risk.prices import price

    try:
        return Decimal(amount) * price(getattr(spec, "token", "ETH"))
    except NotFound:
        return None


def _require_kyc_for_size(chain: Chain, spec: ContractSpec, lang: str) -> str | None:
    """Creating a contract above ``policy.kyc_required_above_usd`` needs a valid KYC credential (issue 4).
    Returns the line that says how the gate was passed when that must be shown (a local dev attestation)."""
    size = contract_size_usd(spec)
    if size is None:
        return None
    from ledgerlm.identity.policy import gate_action

    status = gate_action("create_contract", chain.default_account.address, chain, amount_usd=size, lang=lang)
    return status.note.get(lang, status.note["en"]) if status is not None and status.note else None


def create_contract(
    plan: Plan,
    *,
    chain: Chain | str | None = None,
    confirm: Callable[[Plan], bool] | None = None,
    progress: Progress | None = None,
) -> CreateResult:
    """Build, analyse, test and deploy the plan's contract. ``confirm`` must approve the plan (or raise)."""
    say = progress or (lambda stage, detail: None)
    timings: dict[str, float] = {}

    def timed(stage: str, fn: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        say(stage, "start")
        value = fn()
        timings[stage] = round((time.perf_counter() - start) * 1000, 2)
        say(stage, "done")
        return value

    plan.spec.check_complete()
    _require_settled(plan)
    if confirm is None or not confirm(plan):
        raise ConfirmationRequired("deployment not confirmed", hint="confirm the plan, or pass --yes")
    chain = chain if isinstance(chain, Chain) else connect(chain)
    _reconcile_multi(chain)
    spec = plan.spec
    plugin = get_plugin(spec.kind)
    kyc_note = _require_kyc_for_size(chain, spec, plan.lang)
    generated, artifacts = timed("compile", lambda: generate_all(spec))
    artifact = artifacts[generated.contract_name]
    report = timed("analyse", lambda: analyse(generated))
    token = getattr(spec, "token", None)
    asset = resolve_asset(chain, token) if token and "token" in type(spec).model_fields else None
    assumptions = list(plan.assumptions) + ([kyc_note] if kyc_note else [])
    if asset is not None and asset.created:
        assumptions.append(f"{asset.symbol} had no address on this local chain: deployed test token {asset.address}")
    parties, bound = resolve_parties(chain, spec, plugin.roles(spec))
    assumptions += bound + plugin.assumptions(spec)
    ctx = build_context(chain, spec, parties, asset)
    checks = timed("test", lambda: self_test(chain, artifact, spec, ctx))
    chain.sync_clock()
    ctx = build_context(chain, spec, parties, asset)
    party_record = parties | ({"asset": asset.address or "ETH", "asset_symbol": asset.symbol} if asset else {})
    common = {
        "plan": plan,
        "plugin": plugin,
        "source_hash": compiler.source_hash(generated.source),
        "parties": party_record,
        "ctx": ctx,
        "checks": checks,
        "analysis_counts": report.counts(),
        "timed": timed,
    }
    several = plugin.deployment(spec, ctx)
    if several is not None:  # a kind made of several contracts (dao): deployed and journaled as one whole
        from ledgerlm.contracts import multideploy

        deployment, checks = multideploy.create_journaled(chain, deployment=several, artifacts=artifacts, **common)
    else:
        deployment, checks = journal.create_journaled(chain, artifact=artifact, **common)
    return CreateResult(deployment, report, checks, timings, assumptions)


def _reconcile_multi(chain: Chain) -> None:
    """Interrupted multi-contract creates on this chain are finished (or reported) before a new create starts."""
    from ledgerlm.contracts import multideploy

    if not registry.db_path().exists():
        return
    import sys

    for line in multideploy.reconcile(chain):
        sys.stderr.write(f"note: {line}\n")


def _require_settled(plan: Plan) -> None:
    """Nothing is deployed while a phrase of the request is unread or read twice (issue: a wrong value must never
    come from words the parser did not understand): exit status 2, naming the words and the ``--set``."""
    if not plan.questions:
        return
    q = plan.questions[0]
    sets = " or ".join(f"--set {f}=VALUE" for f in q.fields) or "--set KEY=VALUE"
    more = f" (+{len(plan.questions) - 1} more)" if len(plan.questions) > 1 else ""
    if plan.lang == "zh":
        raise InputError(
            f"请求中有未确认的内容：{q.text}{more}", hint=f"用 {sets} 说明，或改写请求 / settle it with {sets}"
        )
    raise InputError(
        f"the request has words that were not understood: {q.text}{more}",
        hint=f"settle it with {sets}, or reword the request",
    )


def _audit(component: str, raw_input: str, output: Any, **extra: Any) -> None:
    """Every decision of this pipeline goes to the audit trail (redacted input, canonical output, tx hashes)."""
    from ledgerlm.audit import record

    record(component, raw_input, output, **extra)
