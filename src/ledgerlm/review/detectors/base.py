"""The detector plug-in interface and the small Slither helpers the detectors share.

A detector gets a ``Context`` (the Slither object of one compilation, the solc release, the user's own files) and
returns ``Hit``s: which lines, why. The engine turns hits into findings with SWC, category and texts from the
catalogue, so a detector only has to say what it saw.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

BLOCK_SOURCES = (
    "block.timestamp",
    "now",
    "block.number",
    "block.difficulty",
    "block.prevrandao",
    "block.coinbase",
    "block.gaslimit",
    "blockhash",
    "block.blockhash",
)


@dataclass
class Context:
    slither: Any
    release: tuple[int, int, int]
    own_files: set[str]

    def own(self, item: Any) -> bool:
        mapping = getattr(item, "source_mapping", None)
        if mapping is None or mapping.filename is None:
            return False
        name = mapping.filename.relative or mapping.filename.used or ""
        return any(name == f or name.endswith("/" + f) for f in self.own_files)

    @property
    def checked_arithmetic(self) -> bool:
        return self.release >= (0, 8, 0)

    def contracts(self) -> Iterator[Any]:
        """The user's contracts (not interfaces), each once."""
        for contract in self.slither.contracts:
            if contract.is_interface or not self.own(contract):
                continue
            yield contract

    def code_contracts(self) -> Iterator[Any]:
        """The user's contracts with code of their own: not interfaces, not libraries."""
        for contract in self.contracts():
            if not contract.is_library:
                yield contract

    def functions(self, *, libraries: bool = False) -> Iterator[tuple[Any, Any]]:
        """(contract, function) for every function declared in the user's contracts (inherited ones once)."""
        for contract in self.contracts():
            if contract.is_library and not libraries:
                continue
            for function in contract.functions_declared:
                if function.nodes:
                    yield contract, function


@dataclass
class Hit:
    lines: list[tuple[Any, str]]  # (slither object with a source mapping, kind) for every location
    message: str
    contract: str | None = None
    severity: str | None = None
    confidence: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def hit(contract: Any, function: Any, lines: list[tuple[Any, str]], says: str) -> Hit:
    """A hit in ``function`` of ``contract``: its message starts with ``Contract.function``."""
    return Hit(lines=lines, contract=contract.name, message=f"{contract.name}.{function.name} {says}")


def bodies(contract: Any) -> Iterator[Any]:
    """The functions ``contract`` declares itself that have a body."""
    return (function for function in contract.functions_declared if function.nodes)


class Detector:
    """Base class. Subclasses set ``ID`` (the catalogue key), ``SEVERITY``, ``CONFIDENCE`` and implement ``run``."""

    ID = ""
    SEVERITY = "Medium"
    CONFIDENCE = "Medium"

    def run(self, ctx: Context) -> list[Hit]:  # pragma: no cover - interface
        raise NotImplementedError


# ----- expression helpers -------------------------------------------------------------------------------------


def walk(expression: Any) -> Iterator[Any]:
    """Every sub-expression of a Slither expression, depth first."""
    if expression is None:
        return
    stack = [expression]
    while stack:
        expr = stack.pop()
        yield expr
        children: list[Any] = []
        for attr in ("expressions", "arguments"):
            value = getattr(expr, attr, None)
            if isinstance(value, list):
                children.extend(v for v in value if v is not None)
        for attr in ("called", "expression"):
            value = getattr(expr, attr, None)
            if value is not None and hasattr(value, "source_mapping") and value is not expr:
                children.append(value)
        stack.extend(children)


def text(expression: Any) -> str:
    return str(expression).replace(" ", "") if expression is not None else ""


_BLOCK_WORD = re.compile(
    r"(?<![\w.])(now|blockhash|block\.(timestamp|number|difficulty|prevrandao|coinbase|gaslimit|"
    r"blockhash))\b"
)


def uses_block_source(expression: Any) -> bool:
    """Whether an expression reads a block variable (whole words: ``UnknownStage`` is not ``now``)."""
    return bool(_BLOCK_WORD.search(str(expression)))


def is_public(function: Any) -> bool:
    return bool(function.visibility in ("public", "external") and not function.is_constructor)


def function_name_matches_constructor(contract: Any, function: Any) -> bool:
    return bool(function.name == contract.name)
