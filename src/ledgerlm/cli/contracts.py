"""``ledgerlm create``, ``ledgerlm deployments`` and ``ledgerlm explain``."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

import typer
from rich.panel import Panel
from rich.table import Table

from ledgerlm.cli.options import JSON_OPTION, chain_option, command, lang_option, yes_option
from ledgerlm.cli.output import console, emit, err_console, to_jsonable
from ledgerlm.errors import AmbiguousRequest, InputError, SpecError

if TYPE_CHECKING:
    from ledgerlm.contracts import pipeline

_LABELS = {
    "zh": {
        "param": "参数",
        "value": "值",
        "missing": "缺少",
        "confirm": "部署这个合约吗？",
        "words": "依据（原文）",
        "settle": "待确认",
        "which": "用哪个参数说明（{fields}），值是什么？格式 参数=值",
    },
    "en": {
        "param": "parameter",
        "value": "value",
        "missing": "missing",
        "confirm": "Deploy this contract?",
        "words": "from your words",
        "settle": "to settle",
        "which": "Which parameter does it give ({fields}), and what value? Write KEY=VALUE",
    },
}


def _interactive() -> bool:
    return sys.stdin.isatty() and not os.environ.get("CI")


def _spec_table(plan: pipeline.Plan) -> Table:
    """The spec as a table, with the user's own words (or default / inferred and the rule) beside each value, so
    a person checks the reading at a glance."""
    from rich.markup import escape

    from ledgerlm.cli.language import evidence_cell

    words = _LABELS.get(plan.lang, _LABELS["en"])
    table = Table(title=f"{plan.kind} contract", title_justify="left")
    table.add_column(words["param"])
    table.add_column(words["value"])
    table.add_column(words["words"])
    for key, value in to_jsonable(plan.spec.params()).items():
        table.add_row(
            key,
            f"[red]{words['missing']}[/]"
            if key in plan.spec.missing()
            else ("-" if value is None else escape(str(value))),
            evidence_cell(plan.evidence.get(key), plan.lang),
        )
    return table


def _settle_questions(plan: pipeline.Plan, allow_high_rate: bool) -> pipeline.Plan:
    """Ask about each phrase the parser could not settle (terminal only; with --yes the pipeline refuses)."""
    from rich.markup import escape

    from ledgerlm.contracts import pipeline

    words = _LABELS.get(plan.lang, _LABELS["en"])
    for q in list(plan.questions):
        console.print(f"[yellow]{words['settle']}:[/] {escape(q.text)}")
        if not _interactive():
            return plan
        raw = typer.prompt(words["which"].format(fields=", ".join(q.fields) or "KEY"))
        params = {**plan.spec.params(), **pipeline.parse_overrides([raw])}
        settled = pipeline.plan_from_params(
            plan.kind, params, lang=plan.lang, request=plan.request, allow_high_rate=allow_high_rate
        )
        settled.evidence, settled.assumptions = plan.evidence, plan.assumptions
        settled.questions = [o for o in plan.questions if o is not q]
        plan = settled
    return plan


def _ask_missing(plan: pipeline.Plan, allow_high_rate: bool) -> pipeline.Plan:
    """Ask for each value the contract cannot be built without (terminal only)."""
    from ledgerlm.contracts import pipeline

    while plan.spec.missing():
        field = plan.spec.missing()[0]
        if not _interactive():
            # a value left out because its words were a range, vague, per person or corrected: name those words
            why = next((q for q in plan.questions if field in q.fields), None)
            reason = f"is required: {why.text}" if why is not None else "is required but was not given"
            raise SpecError(field, reason, hint=f"pass --set {field}=VALUE")
        raw = typer.prompt(f"{field}?")
        params = {**plan.spec.params(), **pipeline.parse_overrides([f"{field}={raw}"])}
        asked = pipeline.plan_from_params(
            plan.kind, params, lang=plan.lang, request=plan.request, allow_high_rate=allow_high_rate
        )
        asked.evidence, asked.questions, asked.assumptions = plan.evidence, plan.questions, plan.assumptions
        plan = asked
    return plan


def create(
    text: str = typer.Argument(..., help="The contract in plain Chinese or English."),
    yes: bool = yes_option("Deploy without asking for confirmation.", short=True),
    chain: str = chain_option("memory, anvil (default) or a JSON-RPC URL."),
    set_: list[str] = typer.Option(None, "--set", help="Give or override a parameter: key=value (repeatable)."),
    kind: str = typer.Option(None, "--kind", help="Force the contract kind when the text is ambiguous."),
    allow_high_rate: bool = typer.Option(False, "--allow-high-rate", help="Allow loan rates above 100% a year."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Turn one sentence into a compiled, analysed, tested and deployed contract."""
    from ledgerlm.contracts import pipeline

    overrides = pipeline.parse_overrides(set_)
    try:
        plan = pipeline.plan_from_text(text, overrides, kind=kind, allow_high_rate=allow_high_rate or None)
    except AmbiguousRequest as exc:
        if not _interactive():
            raise InputError(exc.message, hint=f"pass --kind with one of: {', '.join(exc.options)}") from None
        chosen = typer.prompt(f"{exc.message} Which kind? ({'/'.join(exc.options)})")
        plan = pipeline.plan_from_text(text, overrides, kind=chosen, allow_high_rate=allow_high_rate or None)
    if not as_json:
        console.print(_spec_table(plan))
    if not yes:
        plan = _settle_questions(plan, allow_high_rate)
    plan = _ask_missing(plan, allow_high_rate)

    def confirm(p: pipeline.Plan) -> bool:
        if yes:
            return True
        if not _interactive():
            raise InputError("deployment needs confirmation", hint="run in a terminal, or pass --yes")
        return typer.confirm(_LABELS.get(p.lang, _LABELS["en"])["confirm"], default=False)

    def progress(stage: str, state: str) -> None:
        if not as_json and state == "done":
            err_console.print(f"[green]✓[/] {stage}")

    result = pipeline.create_contract(plan, chain=chain, confirm=confirm, progress=progress)
    data = result.to_dict()

    def render(d: dict[str, Any]) -> None:
        for note in d["assumptions"]:
            console.print(f"[yellow]•[/] {note}")
        console.print(
            Panel.fit(
                f"address   {d['address']}\ntx hash   {d['tx_hash']}\ngas used  {d['gas_used']:,}\n"
                f"chain     {d['backend']} ({d['chain_id']})\ndeployment #{d['id']}",
                title=f"{d['kind']} deployed",
            )
        )

    emit(data, as_json, render)


def deployments(limit: int = typer.Option(50, help="How many, newest first."), as_json: bool = JSON_OPTION) -> None:
    """List the contracts ledgerlm deployed."""
    from ledgerlm.contracts import registry

    rows = [d.summary() for d in registry.list_deployments(limit)]

    def render(data: list[dict[str, Any]]) -> None:
        table = Table("id", "kind", "address", "chain", "gas", "created")
        for row in data:
            table.add_row(
                str(row["id"]),
                row["kind"],
                row["address"],
                f"{row['backend']} {row['chain_id']}",
                f"{row['gas_used']:,}",
                row["created_at"],
            )
        console.print(table)

    emit(rows, as_json, render)


def render_explanation(exp: Any) -> None:
    data = to_jsonable(exp)
    if hasattr(exp, "to_text"):
        console.print(exp.to_text())
        return
    console.print(Panel.fit(str(data.get("summary", "")), title=str(data.get("title", ""))))
    for section in ("roles", "functions"):
        value = data.get(section)
        if value:
            table = Table(section, "", show_header=False)
            items = value.items() if isinstance(value, dict) else ((v.get("name", ""), v.get("text", v)) for v in value)
            for name, text in items:
                table.add_row(str(name), str(text))
            console.print(table)
    for section in ("money_flows", "risks"):
        for line in data.get(section) or []:
            console.print(f"• {line}")
    schedule = data.get("schedule") or []
    if schedule:
        table = Table(*schedule[0].keys(), title="schedule")
        for row in schedule:
            table.add_row(*(str(v) for v in row.values()))
        console.print(table)


def explain(
    target: str = typer.Argument(..., help="Deployment id, 'latest', a contract address, or a .sol file."),
    lang: str = lang_option("zh or en (default: the language of the request)."),
    chain: str = chain_option("Chain to read an address from."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Explain what a contract lets whom do, its money flows, schedule and risks."""
    from ledgerlm.contracts import explain as explainer

    if lang not in (None, "zh", "en"):
        raise InputError(f"unknown language {lang!r}", hint="use --lang zh or --lang en")
    exp = explainer.explain(target, lang=lang, chain=chain)
    emit(exp, as_json, render_explanation)


def register(app: typer.Typer) -> None:
    command(app, "create")(create)
    command(app, "deployments")(deployments)
    command(app, "explain")(explain)
