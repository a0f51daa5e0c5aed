"""Typed results of a review: findings with every location, the roles/permissions summary, the whole report."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SEVERITIES = ("High", "Medium", "Low", "Informational", "Optimization")


@dataclass(frozen=True)
class Location:
    file: str
    lines: tuple[int, ...]
    excerpt: str = ""
    kind: str = ""
    name: str = ""

    @property
    def first(self) -> int:
        return self.lines[0] if self.lines else 0


@dataclass(frozen=True)
class ReviewFinding:
    """One finding. ``source`` is "slither" or "ledgerlm" (which engine found it); ``detector`` its check name."""

    detector: str
    source: str
    swc: str
    category: str
    severity: str
    confidence: str
    message: str
    description: str
    contract: str | None
    locations: tuple[Location, ...]

    @property
    def file(self) -> str:
        return self.locations[0].file if self.locations else ""

    @property
    def lines(self) -> list[int]:
        return sorted({ln for loc in self.locations for ln in loc.lines})

    def to_dict(self) -> dict[str, Any]:
        return {
            "detector": self.detector,
            "source": self.source,
            "swc": self.swc or None,
            "category": self.category,
            "severity": self.severity,
            "confidence": self.confidence,
            "file": self.file,
            "lines": self.lines,
            "message": self.message,
            "description": self.description,
            "contract": self.contract,
            "locations": [
                {"file": loc.file, "lines": list(loc.lines), "kind": loc.kind, "name": loc.name, "excerpt": loc.excerpt}
                for loc in self.locations
            ],
        }


@dataclass(frozen=True)
class Guard:
    """One condition that restricts who may call a function."""

    kind: str  # modifier | sender-check | ownable | role | tx-origin | state-check
    text: str
    role: str = ""


@dataclass
class FunctionAccess:
    contract: str
    name: str
    signature: str
    visibility: str
    payable: bool
    view: bool
    guards: list[Guard] = field(default_factory=list)
    moves: list[str] = field(default_factory=list)  # money flows: "sends ETH to msg.sender", "selfdestruct", ...
    line: int = 0

    @property
    def who(self) -> str:
        roles = [
            g.role or g.text
            for g in self.guards
            if g.kind in ("modifier", "sender-check", "ownable", "role", "tx-origin")
        ]
        return ", ".join(dict.fromkeys(roles)) if roles else "anyone"

    @property
    def privileged(self) -> bool:
        return self.who != "anyone"


@dataclass
class Recognised:
    """An OpenZeppelin (or well-known) base the contract builds on, with the parameters read from the code."""

    base: str
    params: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


@dataclass
class ContractSummary:
    name: str
    kind: str  # contract | library | interface
    bases: list[str] = field(default_factory=list)
    recognised: list[Recognised] = field(default_factory=list)
    functions: list[FunctionAccess] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


@dataclass
class ReviewReport:
    target: str
    files: list[str]
    compiler: str
    pragma: list[str]
    lang: str
    findings: list[ReviewFinding] = field(default_factory=list)
    contracts: list[ContractSummary] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    bytecode_only: bool = False
    selectors: list[dict[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    slither_version: str = ""

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.findings:
            out[f.severity] = out.get(f.severity, 0) + 1
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "files": self.files,
            "compiler": self.compiler,
            "pragma": self.pragma,
            "lang": self.lang,
            "bytecode_only": self.bytecode_only,
            "selectors": self.selectors,
            "counts": self.counts(),
            "findings": [f.to_dict() for f in self.findings],
            "contracts": [asdict(c) for c in self.contracts],
            "notes": self.notes,
            "slither_version": self.slither_version,
            "seconds": round(self.seconds, 3),
        }
