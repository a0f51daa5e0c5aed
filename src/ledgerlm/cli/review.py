"""``ledgerlm review (FILE.sol | DIR | DEPLOYMENT | ADDRESS) [--json] [--lang zh|en]``.

Slither (every detector) plus ledgerlm's own detectors, each finding with severity, confidence, every location and
its excerpt, SWC id and DASP category; then who may call what and where money can go. Heavy imports (Slither,
web3) happen inside the command so ``ledgerlm --help`` stays fast.
"""

from __future__ import annotations

from typing import Any

import typer

from ledgerlm.cli.options import JSON_OPTION, chain_option, command, lang_option
from ledgerlm.cli.output import console, emit
from ledgerlm.errors import InputError

_SEVERITY_STYLE = {"High": "bold red", "Medium": "red", "Low": "yellow", "Informational": "cyan", "Optimization": "dim"}
_WORDS = {
    "en": {
        "findings": "findings",
        "none": "no findings",
        "who": "who may call",
        "anyone": "anyone",
        "moves": "moves",
        "compiler": "compiler",
        "bytecode": "only bytecode",
        "roles": "roles and permissions",
        "found_by": "found by",
        "selectors": "function selectors",
    },
    "zh": {
        "findings": "发现的问题",
        "none": "未发现问题",
        "who": "可调用者",
        "anyone": "任何人",
        "moves": "资金流向",
        "compiler": "编译器",
        "bytecode": "仅有字节码",
        "roles": "角色与权限",
        "found_by": "检测器",
        "selectors": "函数选择器",
    },
}


def _render(report: Any, verbose: bool) -> None:
    from ledgerlm.inert import inert
    from ledgerlm.review import catalog

    w = _WORDS[report.lang]
    console.print(
        f"[bold]{inert(report.target)}[/]  ({w['compiler']}: {inert(report.compiler) or '-'})", highlight=False
    )
    for note in report.notes:
        console.print(f"[yellow]note:[/] {inert(note)}", highlight=False)
    if report.bytecode_only:
        console.print(f"{w['selectors']}: " + ", ".join(s["selector"] for s in report.selectors), highlight=False)
        return
    shown = [f for f in report.findings if verbose or f.severity not in ("Informational", "Optimization")]
    hidden = len(report.findings) - len(shown)
    console.print(f"\n[bold]{w['findings']}[/] ({len(report.findings)})" if report.findings else w["none"])
    for f in shown:
        style = _SEVERITY_STYLE.get(f.severity, "")
        cat = catalog.category_name(f.category, report.lang)
        console.print(
            f"[{style}]{f.severity}[/] / {f.confidence}  {cat}  {f.swc or ''}  "
            f"[dim]({w['found_by']} {f.source}:{f.detector})[/]",
            highlight=False,
        )
        console.print(f"  {inert(f.message)}", highlight=False)
        if f.source == "ledgerlm" or verbose:
            console.print(f"  [dim]{inert(f.description.splitlines()[0] if f.description else '')}[/]", highlight=False)
        for loc in f.locations:
            span = f"{loc.lines[0]}" if len(loc.lines) == 1 else f"{loc.lines[0]}-{loc.lines[-1]}"
            console.print(f"  {inert(loc.file)}:{span}", highlight=False)
            for line in loc.excerpt.splitlines()[:3]:
                console.print(f"    [dim]{inert(line)}[/]", highlight=False)
    if hidden:
        console.print(f"[dim](+{hidden} informational/optimisation; --all shows them)[/]")
    for c in report.contracts:
        if c.kind != "contract":
            continue
        console.print(
            f"\n[bold]{inert(c.name)}[/] — {w['roles']}"
            + (f"  [dim](bases: {inert(', '.join(c.bases))})[/]" if c.bases else ""),
            highlight=False,
        )
        for rec in c.recognised:
            params = ", ".join(f"{k}={v}" for k, v in rec.params.items())
            console.print(f"  {inert(rec.base)}: {inert(params)}", highlight=False)
        for fn in c.functions:
            if fn.view:
                continue
            who = w["anyone"] if fn.who == "anyone" else fn.who
            moves = f"; {w['moves']}: {'; '.join(fn.moves)}" if fn.moves else ""
            pay = " payable" if fn.payable else ""
            console.print(f"  {inert(fn.signature)}{pay}: {w['who']} {inert(who)}{inert(moves)}", highlight=False)


def review(
    target: str = typer.Argument(..., help="A .sol file, a folder of .sol files, a deployment id or an address."),
    lang: str = lang_option("zh or en.", default="en"),
    chain: str = chain_option("Chain to read an address from."),
    root: str = typer.Option(None, "--root", help="Folder imports may come from (default: the file's project)."),
    show_all: bool = typer.Option(False, "--all", help="Also show informational and optimisation findings."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Review a contract: every finding (SWC, DASP category, lines), roles, permissions and money flows."""
    if lang not in ("zh", "en"):
        raise InputError(f"unknown language {lang!r}", hint="use --lang zh or --lang en")
    from ledgerlm.review.engine import review_target

    report = review_target(target, lang=lang, chain=chain, **({"root": root} if root else {}))
    if as_json:
        emit(report.to_dict(), True)
    else:
        _render(report, show_all)


def register(app: typer.Typer) -> None:
    command(app, "review")(review)
