"""What every contract kind provides to the ``create`` pipeline and to ``explain``.

A kind is a plugin: it renders Solidity that depends only on feature flags (values are constructor arguments, so
one compiled and analysed artefact serves every request of the same shape), turns a spec into constructor
arguments through ``ledgerlm.units``, proves its happy path on a chain against a Python reference, reads
live state, and explains itself in Chinese or English from facts, never from guesses.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, ClassVar, Literal

from ledgerlm.errors import ChainError, LedgerError, SpecError

Lang = Literal["zh", "en"]


class SelfTestFailed(LedgerError):
    """The deployed template did not behave like its Python reference on the chain."""


@dataclass(frozen=True)
class GeneratedSource:
    filename: str
    source: str
    contract_name: str
    features: tuple[str, ...] = ()


@dataclass(frozen=True)
class BuildContext:
    """Everything outside the spec that constructor arguments need, resolved by the pipeline."""

    asset: str | None  # ERC-20 address; None = native ETH
    asset_decimals: int
    parties: dict[str, Any]  # role -> checksummed address (owners -> list of addresses)
    deployer: str
    now: int  # chain timestamp, seconds

    @property
    def asset_address(self) -> str:
        return self.asset or ZERO_ADDRESS


@dataclass
class ExplainFacts:
    spec: Any | None
    abi: list[dict[str, Any]]
    natspec: dict[str, Any] = field(default_factory=dict)
    state: dict[str, Any] = field(default_factory=dict)
    findings: list[dict[str, Any]] = field(default_factory=list)
    parties: dict[str, Any] = field(default_factory=dict)


@dataclass
class Explanation:
    """A plain-language account of a contract. Every number in it comes from the spec, the ABI or the chain."""

    title: str
    summary: str
    lang: str = "en"
    kind: str | None = None
    roles: dict[str, str] = field(default_factory=dict)
    functions: dict[str, str] = field(default_factory=dict)
    money_flows: list[str] = field(default_factory=list)
    schedule: list[dict[str, str]] = field(default_factory=list)
    risks: list[str] = field(default_factory=list)

    def to_text(self) -> str:
        zh = self.lang == "zh"
        parts = [f"# {self.title}", "", self.summary, ""]
        sections: list[tuple[str, Iterable[str]]] = [
            ("角色" if zh else "Roles", (f"- {k}: {v}" for k, v in self.roles.items())),
            ("函数" if zh else "Functions", (f"- {k}: {v}" for k, v in self.functions.items())),
            ("资金流向" if zh else "Money flows", (f"- {m}" for m in self.money_flows)),
        ]
        for head, lines in sections:
            body = list(lines)
            if body:
                parts += [f"## {head}", *body, ""]
        if self.schedule:
            cols = list(self.schedule[0])
            parts += [
                "## " + ("还款/释放计划" if zh else "Schedule"),
                " | ".join(cols),
                " | ".join("---" for _ in cols),
            ]
            parts += [" | ".join(str(row[c]) for c in cols) for row in self.schedule]
            parts.append("")
        if self.risks:
            parts += ["## " + ("风险" if zh else "Risks"), *(f"- {r}" for r in self.risks)]
        return "\n".join(parts).rstrip() + "\n"


ZERO_ADDRESS = "0x0000000000000000000000000000000000000000"


# -- kinds made of several contracts (the dao: token, timelock, governor) -------------------------------------
@dataclass(frozen=True)
class AddressOf:
    """An argument that is the address of an earlier contract of the same deployment (resolved when sent)."""

    step: str


@dataclass(frozen=True)
class DeployStep:
    """Deploy ``contract`` (a contract of the kind's rendered source) as ``name`` with ``args``."""

    name: str
    contract: str
    args: tuple[Any, ...] = ()
    value_wei: int = 0


@dataclass(frozen=True)
class CallStep:
    """Call ``function(*args)`` on the contract deployed as ``target`` (a role grant, a renounce, a wiring call)."""

    name: str
    target: str
    function: str
    args: tuple[Any, ...] = ()
    expect_events: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeploymentPlan:
    """A kind's deployment as an ordered list of steps; ``primary`` names the contract the deployment record
    points at (its address is the deployment's address, its ABI the record's ABI)."""

    steps: tuple[DeployStep | CallStep, ...]
    primary: str

    def contracts(self) -> list[DeployStep]:
        return [s for s in self.steps if isinstance(s, DeployStep)]


def resolve_args(args: Any, addresses: dict[str, str]) -> Any:
    """Replace every ``AddressOf`` (also inside lists and tuples) with the address deployed under that name."""
    if isinstance(args, AddressOf):
        return addresses[args.step]
    if isinstance(args, list | tuple):
        return [resolve_args(a, addresses) for a in args]
    return args


@dataclass(frozen=True)
class KindDescriptor:
    """What a kind says about itself, read by the parser, the classifier, the KYC gate and the CLI.

    Each kind folder ``contracts/kinds/<kind>/`` has a ``descriptor.py`` with ``DESCRIPTOR = KindDescriptor(...)``;
    the registry (``ledgerlm.contracts.kinds``) discovers the folders, so adding a kind touches its folder only.
    The descriptor module must stay light (no chain, compiler or numpy imports): parsing reads it.

    - ``display``: the kind's name for people, per language (``{"en": "loan", "zh": "借贷"}``);
    - ``keywords``: ``(regex, weight)`` evidence for the classifier (weights in logit units, 4.0 = strong);
    - ``prototypes``: example requests (both languages) whose embeddings stand for the kind;
    - ``roles``: spec fields that hold parties, each with its cue words ``(english regex, chinese regex)``;
    - ``size_field``: the spec field that measures the money the contract holds (KYC gate), or None;
    - ``party_lists``: spec fields that hold a list of parties (multisig owners).
    The extractor is ``extract.py: extract(scan) -> params``, the spec ``spec.py: SPEC``, the on-chain part
    (template, self-test, explainer) ``plugin.py: PLUGIN``; all three are imported only when needed.
    """

    kind: str
    display: dict[str, str]
    keywords: tuple[tuple[str, float], ...]
    prototypes: tuple[str, ...]
    roles: dict[str, tuple[str, str]] = field(default_factory=dict)
    size_field: str | None = None
    party_lists: tuple[str, ...] = ()

    def name(self, lang: str) -> str:
        return self.display.get(lang) or self.display.get("en") or self.kind


def distinct_addresses(ctx: BuildContext, role: str) -> list[str]:
    """The addresses bound to a list role (owners, payees, holders), refused when one appears twice: the contract
    would count that party twice."""
    addresses = list(ctx.parties[role])
    if len(set(addresses)) != len(addresses):
        raise SpecError(role, "must be distinct addresses")
    return addresses


def t(lang: str, en: str, zh: str) -> str:
    """Pick the user's language; both texts are written by hand, facts are formatted into both."""
    return zh if lang == "zh" else en


class KindPlugin:
    """Base class of the kinds. Subclasses set ``kind``, ``template`` and ``party_roles`` and implement the rest."""

    kind: str = ""
    #: the kind's template module: ``render()`` returns its Solidity (a kind whose template takes the spec overrides
    #: ``render``)
    template: ClassVar[Any] = None
    #: the spec fields that always name a party to bind to an address (a kind with optional parties overrides
    #: ``roles``)
    party_roles: ClassVar[tuple[str, ...]] = ()

    def render(self, spec: Any) -> GeneratedSource:
        if self.template is None:
            raise NotImplementedError(f"{self.kind}: no template")
        result: GeneratedSource = self.template.render()
        return result

    def roles(self, spec: Any) -> list[str]:
        return list(self.party_roles)

    def constructor_args(self, spec: Any, ctx: BuildContext) -> list[Any]:
        raise NotImplementedError

    def value_wei(self, spec: Any, ctx: BuildContext) -> int:
        """ETH sent with the deployment transaction (most kinds are funded by a later call)."""
        return 0

    def self_test(self, chain: Any, artifact: Any, spec: Any, ctx: BuildContext) -> list[str]:
        raise NotImplementedError

    def post_deploy(self, chain: Any, address: str, spec: Any, ctx: BuildContext) -> list[str]:
        """Calls the deployer makes right after deployment (e.g. funding with an ERC-20); returns tx hashes.
        The self-test already ran the same calls on a snapshot, so they are known to succeed."""
        return []

    def deployment(self, spec: Any, ctx: BuildContext) -> DeploymentPlan | None:
        """A kind made of several contracts returns their ordered deployment (``DeploymentPlan``); None = one contract
        (``render().contract_name`` with ``constructor_args``), the usual case."""
        return None

    def assumptions(self, spec: Any) -> list[str]:
        """Defaults the kind applies to unstated values, said to the user with the plan's other assumptions."""
        return []

    def deployed(self, chain: Any, addresses: dict[str, str], spec: Any, ctx: BuildContext, block: int) -> None:
        """Called once a multi-contract deployment is complete (also when a later command completes it), e.g. to
        register the contracts with the part of ledgerlm that drives them."""

    def explain(self, facts: ExplainFacts, lang: str) -> Explanation:
        return explain_generic(facts, lang)

    def read_state(self, chain: Any, address: str, abi: list[dict[str, Any]]) -> dict[str, Any]:
        return read_views(chain, address, abi)


# -- chain helpers shared by the plugins ---------------------------------------------------------------------
def read_views(
    chain: Any, address: str, abi: list[dict[str, Any]], names: Iterable[str] | None = None
) -> dict[str, Any]:
    """Call every argument-free view function (or the named ones) and collect the values; reverts are skipped."""
    contract = chain.contract(address, abi)
    wanted = set(names) if names is not None else None
    out: dict[str, Any] = {}
    for item in abi:
        if item.get("type") != "function" or item.get("inputs") or item.get("stateMutability") not in ("view", "pure"):
            continue
        name = item["name"]
        if wanted is not None and name not in wanted:
            continue
        if name.isupper():  # constants like BPS are template facts, not state
            continue
        try:
            out[name] = chain.call(getattr(contract.functions, name)())
        except LedgerError:
            continue
    if chain.code(address):
        out["balance_wei"] = chain.balance(address)
    return out


def signer(chain: Any, address: str) -> Any:
    """The local signing account for ``address``."""
    return chain.account(address)


def keyed_context(chain: Any, ctx: BuildContext) -> tuple[BuildContext, bool]:
    """A context whose parties all have signing keys on this chain.

    A self-test must act as every party. Parties the user named by real address have no key on a local chain,
    so the scenario then runs with distinct dev accounts in their place: the arithmetic under test (amounts,
    times, thresholds) is the same, only the addresses differ. Returns (context, substituted?).
    """
    keyed = {a.address for a in chain.dev_accounts}
    spare = [a.address for a in chain.dev_accounts if a.address != ctx.deployer]
    used: set[str] = set()

    def pick(address: str) -> str:
        if address in keyed and address not in used:
            used.add(address)
            return address
        for candidate in spare:
            if candidate not in used and candidate not in flat:
                used.add(candidate)
                return candidate
        raise ChainError("not enough local dev accounts to play every party in the self-test")

    flat = {a for v in ctx.parties.values() for a in (v if isinstance(v, list) else [v])}
    parties: dict[str, Any] = {}
    for role, value in ctx.parties.items():
        parties[role] = [pick(a) for a in value] if isinstance(value, list) else pick(value)
    changed = parties != ctx.parties
    return replace(ctx, parties=parties), changed


def _erc20_abi() -> list[dict[str, Any]]:
    """The ERC-20 ABI, imported on use: ``ledgerlm.chain`` loads web3 and py-evm, which parsing never needs."""
    from ledgerlm.chain.erc20 import ERC20_ABI

    return ERC20_ABI


def asset_balance(chain: Any, asset: str | None, who: str) -> int:
    if asset is None:
        return chain.balance(who)
    return int(chain.call(chain.contract(asset, _erc20_abi()).functions.balanceOf(who)))


def read_asset_state(
    chain: Any, address: str, abi: list[dict[str, Any]], status_names: Sequence[str] | None = None
) -> dict[str, Any]:
    """Live views of a contract that holds an asset: every argument-free view, the status enum in words, and the
    asset's decimals (so explainers can show token units)."""
    state = read_views(chain, address, abi)
    if status_names is not None and "status" in state:
        state["status"] = status_names[int(state["status"])]
    state["asset_decimals"] = read_asset_decimals(chain, state.get("asset"))
    return state


def give_asset(chain: Any, asset: str | None, to: str, amount: int, *, sender: str) -> None:
    """Move ``amount`` base units from ``sender`` to ``to`` (ETH on local chains is plentiful: only tokens move)."""
    if asset is None or amount == 0 or to == sender:
        return
    chain.transact(chain.contract(asset, _erc20_abi()).functions.transfer(to, amount), sender=signer(chain, sender))


def approve_asset(chain: Any, asset: str | None, owner: str, spender: str, amount: int) -> int:
    """Approve an ERC-20 pull and return the ETH ``value`` to attach to the paying call (the amount for ETH)."""
    if asset is None:
        return amount
    chain.transact(chain.contract(asset, _erc20_abi()).functions.approve(spender, amount), sender=signer(chain, owner))
    return 0


def check(condition: bool, name: str, detail: str) -> str:
    if not condition:
        raise SelfTestFailed(
            f"self-test failed: {name}: {detail}",
            hint="the template and its Python reference disagree; do not deploy, report this",
        )
    return name


# -- the generic explainer -----------------------------------------------------------------------------------
_DETECTOR_ZH = {
    "reentrancy-eth": "重入风险：外部调用后仍修改状态，可能被重复提取以太币",
    "reentrancy-no-eth": "重入风险：外部调用后仍修改状态",
    "reentrancy-benign": "良性重入：外部调用后修改状态，但不影响资金",
    "reentrancy-events": "外部调用后才发出事件",
    "arbitrary-send-eth": "任意地址可收到以太币",
    "arbitrary-send-erc20": "可从任意地址转走代币",
    "timestamp": "依赖区块时间戳进行比较（出块者可微调几秒）",
    "low-level-calls": "使用底层 call 调用",
    "unchecked-transfer": "未检查代币转账的返回值",
    "uninitialized-state": "状态变量未初始化",
    "suicidal": "任何人都可以销毁合约",
    "controlled-delegatecall": "可控的 delegatecall",
    "missing-zero-check": "未检查零地址",
    "calls-loop": "循环中的外部调用",
    "costly-loop": "循环中的高成本操作",
    "divide-before-multiply": "先除后乘导致精度损失",
    "incorrect-equality": "严格相等比较可能被操纵",
    "locked-ether": "以太币可能被锁死在合约中",
    "cyclomatic-complexity": "函数过于复杂",
    "dead-code": "未使用的代码",
    "assembly": "使用内联汇编",
}
_IMPACT_ZH = {"High": "高", "Medium": "中", "Low": "低", "Informational": "提示", "Optimization": "优化"}


def findings_in_words(findings: list[dict[str, Any]], lang: str) -> list[str]:
    """Slither findings as sentences, most severe first, one line per detector; generated contracts ship with
    none above Low."""
    order = {"High": 0, "Medium": 1, "Low": 2, "Informational": 3, "Optimization": 4}
    grouped: dict[tuple[str, str], list[str]] = {}
    for f in findings:
        first = str(f.get("description", "")).strip().splitlines()[0] if f.get("description") else ""
        grouped.setdefault((str(f.get("impact", "?")), str(f.get("detector", "?"))), []).append(first)
    out: list[str] = []
    for (impact, detector), descs in sorted(grouped.items(), key=lambda kv: (order.get(kv[0][0], 9), kv[0][1])):
        times = f" x{len(descs)}" if len(descs) > 1 else ""
        if lang == "zh":
            out.append(
                f"Slither [{_IMPACT_ZH.get(impact, impact)}] {_DETECTOR_ZH.get(detector, detector)}"
                f"（{detector}{times}）"
            )
        else:
            out.append(f"Slither [{impact}] {detector}{times}: {descs[0][:160]}")
    if not findings:
        out.append(t(lang, "Slither reported no findings.", "Slither 未报告任何问题。"))
    return out


def _signature(item: dict[str, Any]) -> str:
    return f"{item['name']}({','.join(i['type'] for i in item.get('inputs', []))})"


def _natspec_notice(facts: ExplainFacts, sig: str) -> str:
    user = (facts.natspec.get("userdoc") or {}).get("methods", {}).get(sig, {})
    dev = (facts.natspec.get("devdoc") or {}).get("methods", {}).get(sig, {})
    return str(user.get("notice") or dev.get("details") or "").strip()


_ADMIN_HINTS = {
    "mint": ("can create new tokens", "可以增发新代币"),
    "pause": ("can freeze transfers", "可以暂停转账"),
    "upgradeTo": ("can replace the contract's code", "可以替换合约代码"),
    "upgradeToAndCall": ("can replace the contract's code", "可以替换合约代码"),
    "transferOwnership": ("control can be handed to another address", "控制权可以转让给其他地址"),
    "setFee": ("can change fees", "可以修改手续费"),
    "blacklist": ("can block addresses", "可以封禁地址"),
    "withdraw": ("can withdraw funds", "可以提取资金"),
}


def describe_functions(facts: ExplainFacts, lang: str, who: dict[str, tuple[str, str]] | None = None) -> dict[str, str]:
    """name -> who may call it and what it does: NatSpec notice (the author's words) plus what the ABI proves.

    State-changing functions get one line each; read-only ones are listed together at the end."""
    who = who or {}
    out: dict[str, str] = {}
    views: list[str] = []
    for item in facts.abi:
        if item.get("type") not in ("function", "receive", "fallback"):
            continue
        name = item.get("name") or item["type"]
        sig = _signature(item) if item.get("type") == "function" else name
        mut = item.get("stateMutability", "nonpayable")
        if mut in ("view", "pure"):
            if not name.isupper():
                views.append(name)
            continue
        caller_en, caller_zh = who.get(name, ("", ""))
        notice = " ".join(_natspec_notice(facts, sig).split())
        if len(notice) > 160:  # OpenZeppelin's dev docs run long: the first sentence says what it does
            notice = notice.split(". ")[0].rstrip(".") + "."
        if lang == "zh":
            # NatSpec is the author's own words; quoted as written (there is no translation model to trust here)
            has_han = any("\u4e00" <= ch <= "\u9fff" for ch in notice)
            quoted = notice if not notice or has_han else f"源码注释：“{notice}”"
            text = (
                ("[可接收以太币]" if mut == "payable" else "[修改状态]")
                + (f" 调用者：{caller_zh}。" if caller_zh else " ")
                + quoted
            )
        else:
            text = (
                ("[accepts ETH]" if mut == "payable" else "[changes state]")
                + (f" caller: {caller_en}." if caller_en else "")
                + (f" {notice}" if notice else "")
            )
        key = sig if sum(1 for i in facts.abi if i.get("name") == name) > 1 else name
        out[key] = text.strip()
    if views:
        out[t(lang, "read-only", "只读查询")] = ", ".join(sorted(set(views)))
    return out


def explain_generic(facts: ExplainFacts, lang: str) -> Explanation:
    """Explain Solidity of unknown kind from its ABI, NatSpec and Slither's findings only."""
    lang = "zh" if lang == "zh" else "en"
    names = {i.get("name") for i in facts.abi if i.get("type") == "function"}
    title = str(
        (facts.natspec.get("devdoc") or {}).get("title")
        or (facts.natspec.get("userdoc") or {}).get("notice")
        or t(lang, "Contract", "合约")
    )
    notice = " ".join(str((facts.natspec.get("userdoc") or {}).get("notice") or "").split())
    writes = [
        i for i in facts.abi if i.get("type") == "function" and i.get("stateMutability") in ("nonpayable", "payable")
    ]
    events = [i["name"] for i in facts.abi if i.get("type") == "event"]
    summary = t(
        lang,
        f"{notice + ' ' if notice else ''}It has {len(writes)} state-changing functions and emits "
        f"{len(events)} kinds of events. This explanation comes from the ABI, NatSpec comments and static "
        "analysis; the kind of contract is not known, so read the function list carefully.",
        f"{notice + ' ' if notice else ''}该合约有 {len(writes)} 个会修改状态的函数，会发出 {len(events)} 种事件。"
        "本说明来自 ABI、NatSpec 注释和静态分析；合约类型未知，请仔细阅读函数列表。",
    )
    roles: dict[str, str] = {}
    if "owner" in names:
        powers = [(en, zh) for fn, (en, zh) in _ADMIN_HINTS.items() if fn in names]
        roles["owner"] = t(
            lang,
            "administrator" + (": " + "; ".join(p[0] for p in powers) if powers else ""),
            "管理员" + ("：" + "；".join(p[1] for p in powers) if powers else ""),
        )
    roles["anyone"] = t(
        lang, "may call every function not restricted inside the code", "可以调用代码中未加限制的所有函数"
    )
    flows: list[str] = []
    payable = [
        i.get("name") or i["type"]
        for i in facts.abi
        if i.get("stateMutability") == "payable" and i.get("type") != "constructor"
    ]
    if payable:
        flows.append(
            t(
                lang,
                f"ETH can be sent in through: {', '.join(payable)}",
                f"可以通过以下函数转入以太币：{', '.join(payable)}",
            )
        )
    if "transfer" in names and "balanceOf" in names:
        flows.append(
            t(lang, "holders move tokens with transfer/transferFrom", "持有人通过 transfer/transferFrom 转移代币")
        )
    risks = []
    for fn, (en, zh) in _ADMIN_HINTS.items():
        if fn in names and fn not in ("transferOwnership",):
            risks.append(t(lang, f"{fn}: a privileged account {en}", f"{fn}：特权账户{zh}"))
    risks += findings_in_words(facts.findings, lang)
    return Explanation(
        title=title,
        summary=summary,
        lang=lang,
        kind=None,
        roles=roles,
        functions=describe_functions(facts, lang),
        money_flows=flows,
        risks=risks,
    )


def fmt_amount(amount: Decimal | int | None, symbol: str) -> str:
    if amount is None:
        return "?"
    return f"{Decimal(amount).normalize():,f} {symbol}"


_KNOWN_DECIMALS = {"ETH": 18, "USDC": 6, "USDT": 6}


def asset_of(facts: ExplainFacts) -> tuple[str, int]:
    """(symbol, decimals) of the contract's asset: from the live chain if read, else the spec's token name."""
    symbol = str(facts.parties.get("asset_symbol") or getattr(facts.spec, "token", None) or "ETH")
    decimals = facts.state.get("asset_decimals")
    if decimals is None:
        decimals = _KNOWN_DECIMALS.get(symbol.upper(), 18)
    return symbol, int(decimals)


def read_asset_decimals(chain: Any, asset: str | None) -> int:
    if not asset or asset == ZERO_ADDRESS:
        return 18
    try:
        return int(chain.call(chain.contract(asset, _erc20_abi()).functions.decimals()))
    except LedgerError as exc:  # never guess: 18 would misstate a 6-decimal token's amounts a trillion-fold
        raise ChainError(
            f"cannot read decimals() of the token {asset}: {exc.message}",
            hint="the contract's asset must be an ERC-20 that exposes decimals()",
        ) from None


def party(facts: ExplainFacts, role: str) -> str:
    """The role's address if known, else the name from the spec, else the role itself."""
    value = facts.state.get(role) or facts.parties.get(role) or getattr(facts.spec, role, None)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value) if value else role


def load_template(module_file: str, name: str) -> str:
    from pathlib import Path

    return (Path(module_file).parent / name).read_text(encoding="utf-8")


def expect_revert(action: Any, name: str, error: str | None = None) -> str:
    """Run ``action`` and require it to revert (with the named custom error when given)."""
    from ledgerlm.errors import ContractReverted

    try:
        action()
    except ContractReverted as exc:
        if error is not None and error not in str(exc):
            check(False, name, f"reverted with {exc}, expected {error}")
        return name
    check(False, name, "the call succeeded but must revert")
    return name
