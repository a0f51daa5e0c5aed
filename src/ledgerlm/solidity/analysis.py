"""Static analysis with Slither, on exactly what ledgerlm compiled.

Slither normally recompiles through crytic-compile (and its ``solc`` shim would download a compiler). Here a small
crytic-compile platform hands Slither the cached standard-JSON output of our own compile, so the analysis costs no
second compilation and sees the very bytecode that ships. Results are cached per compilation key, set of own
files and Slither release.
"""

from __future__ import annotations

import copy
import functools
import json
import logging
import os
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ledgerlm.config import cache_dir
from ledgerlm.errors import AnalysisError, ToolchainError
from ledgerlm.solidity import compiler
from ledgerlm.solidity.artifact import Artifact

BLOCKING_IMPACTS = ("High", "Medium")
#: Detectors whose findings are about code style or compiler choice, not about the generated contract's safety.
EXCLUDED_DETECTORS = ("solc-version", "pragma", "naming-convention", "similar-names", "too-many-digits")


@dataclass(frozen=True)
class Location:
    """One source element of a finding: its file (unit name), lines, and what it is (function, node, variable)."""

    file: str
    lines: tuple[int, ...]
    kind: str = ""
    name: str = ""


@dataclass(frozen=True)
class Finding:
    detector: str
    impact: str
    confidence: str
    description: str
    contract: str | None = None
    lines: tuple[int, ...] = ()
    #: every element Slither names (the external call, the state written after it, ...), not just the first
    locations: tuple[Location, ...] = ()


@dataclass
class AnalysisReport:
    key: str
    findings: list[Finding] = field(default_factory=list)
    slither_version: str = ""

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.impact in BLOCKING_IMPACTS]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for finding in self.findings:
            out[finding.impact] = out.get(finding.impact, 0) + 1
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "slither_version": self.slither_version,
            "counts": self.counts(),
            "findings": [asdict(f) for f in self.findings],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AnalysisReport:
        findings = [
            Finding(
                **{
                    **f,
                    "lines": tuple(f.get("lines", ())),
                    "locations": tuple(
                        Location(
                            file=loc["file"],
                            lines=tuple(loc["lines"]),
                            kind=loc.get("kind", ""),
                            name=loc.get("name", ""),
                        )
                        for loc in f.get("locations", ())
                    ),
                }
            )
            for f in data["findings"]
        ]
        return cls(key=data["key"], findings=findings, slither_version=data.get("slither_version", ""))


def _cache_path(key: str, own: set[str], everything: bool = False) -> Path:
    """The cached report of one analysis. Why more than the compile key: the same compiled input filtered to other
    files (``own_sources``) or run by another Slither release gives other findings, so both are part of the name."""
    import hashlib

    scope = hashlib.sha256("\n".join([_slither_version(), *sorted(own)]).encode("utf-8")).hexdigest()[:16]
    return cache_dir("slither") / f"{key}.{scope}{'.all' if everything else ''}.json"


def _own_files(std_input: dict[str, Any], own_sources: set[str] | None) -> set[str]:
    """The files whose findings count: those named, or every source that is not a library import (``@...``)."""
    return set(own_sources) if own_sources is not None else {n for n in std_input["sources"] if not n.startswith("@")}


def _materialise(key: str, std_input: dict[str, Any]) -> Path:
    """Write the sources to disk: Slither maps findings to files and lines."""
    root = cache_dir("sources", key)
    for name, src in std_input["sources"].items():
        target = root / name
        if not target.exists():  # renamed into place: a process sharing the cache never reads half a source
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_text(src["content"], encoding="utf-8")
            os.replace(tmp, target)
    return root


def _crytic(key: str, std_input: dict[str, Any], output: dict[str, Any], release: tuple[int, int, int]) -> Any:
    from crytic_compile import CryticCompile
    from crytic_compile.compilation_unit import CompilationUnit
    from crytic_compile.compiler.compiler import CompilerVersion
    from crytic_compile.platform.solc_standard_json import SolcStandardJson, parse_standard_json_output

    root = _materialise(key, std_input)

    class _Precompiled(SolcStandardJson):
        """A crytic-compile platform that returns ledgerlm's cached compile instead of invoking solc."""

        def compile(self, crytic_compile: CryticCompile, **_: Any) -> None:
            unit = CompilationUnit(crytic_compile, "ledgerlm")
            unit.compiler_version = CompilerVersion(
                compiler="solc",
                version=compiler.compiler_version(release).split("+")[0],
                optimized=True,
                optimize_runs=compiler.OPTIMIZER_RUNS,
            )
            parse_standard_json_output(output, unit, solc_working_dir=str(root))

        def clean(self, **_: Any) -> None:
            return None

    cwd = os.getcwd()
    os.chdir(root)
    try:
        # a deep copy: crytic-compile edits the nested settings in place, which changed the caller's input (and so
        # its compile key) after an analysis
        return CryticCompile(_Precompiled(copy.deepcopy(std_input)), cwd=str(root))
    finally:
        os.chdir(cwd)


_slithers: dict[str, Any] = {}


def slither_for(std_input: dict[str, Any], release: tuple[int, int, int] | None = None) -> Any:
    """A Slither object over a compiled standard-JSON input (kept per compilation key in this process)."""
    release = release or compiler.release_for(std_input)
    key, output = compiler.compile_standard(std_input, release)
    errors = [e for e in output.get("errors", []) if e.get("severity") == "error"]
    if errors:
        from ledgerlm.errors import CompilationError

        raise CompilationError(
            "Solidity compilation failed", [e.get("formattedMessage") or e.get("message", "") for e in errors]
        )
    if key in _slithers:
        return _slithers[key]
    try:
        from slither import Slither
    except ImportError as exc:  # pragma: no cover - slither-analyzer is a dependency
        raise ToolchainError("slither-analyzer is not installed", hint="run `make setup`") from exc
    logging.getLogger("Slither").setLevel(logging.ERROR)
    logging.getLogger("CryticCompile").setLevel(logging.ERROR)
    try:
        slither = Slither(_crytic(key, std_input, output, release))
    except Exception as exc:  # Slither's own parse errors (rare: unusual ASTs of very old releases)
        if isinstance(exc, ToolchainError):
            raise
        raise AnalysisError(
            f"Slither could not read the compiled contract: {type(exc).__name__}: {exc}"[:400], []
        ) from exc
    if len(_slithers) > 64:
        _slithers.clear()
    _slithers[key] = slither
    return slither


def slither_detectors(everything: bool = False) -> list[type]:
    """Slither's detector classes: all of them for a review, without the style-only ones for generated code."""
    from slither.detectors import all_detectors
    from slither.detectors.abstract_detector import AbstractDetector

    out = []
    for name in dir(all_detectors):
        detector = getattr(all_detectors, name)
        if (
            isinstance(detector, type)
            and issubclass(detector, AbstractDetector)
            and (everything or getattr(detector, "ARGUMENT", None) not in EXCLUDED_DETECTORS)
        ):
            out.append(detector)
    return out


def _locations(elements: list[dict[str, Any]]) -> tuple[Location, ...]:
    out: list[Location] = []
    for element in elements:
        mapping = element.get("source_mapping") or {}
        lines = tuple(mapping.get("lines") or ())
        if not lines:
            continue
        out.append(
            Location(
                file=mapping.get("filename_relative", ""),
                lines=lines,
                kind=element.get("type", ""),
                name=str(element.get("name", "")),
            )
        )
    return tuple(out)


def analyse_standard(
    std_input: dict[str, Any],
    own_sources: set[str] | None = None,
    *,
    everything: bool = False,
    release: tuple[int, int, int] | None = None,
) -> AnalysisReport:
    """Run Slither's detectors on a compiled standard-JSON input; findings only in ``own_sources`` files.

    ``everything`` runs every detector (a review); the default leaves out style-only ones (generated code).
    ``release`` overrides the solc release the pragmas select."""
    release = release or compiler.release_for(std_input)
    key, _ = compiler.compile_standard(std_input, release)
    own = _own_files(std_input, own_sources)
    cache = _cache_path(key, own, everything)
    if cache.exists():
        return AnalysisReport.from_dict(json.loads(cache.read_text(encoding="utf-8")))
    with compiler.computing_once(cache):  # a process sharing the cache may be analysing the same input now
        if cache.exists():
            return AnalysisReport.from_dict(json.loads(cache.read_text(encoding="utf-8")))
        return _run_detectors(std_input, own, everything, release, key, cache)


def _run_detectors(
    std_input: dict[str, Any],
    own: set[str],
    everything: bool,
    release: tuple[int, int, int],
    key: str,
    cache: Path,
) -> AnalysisReport:
    slither = slither_for(std_input, release)
    # a fresh detector run per call: Slither keeps registered detectors on the object
    slither._detectors = []  # noqa: SLF001 - Slither has no public way to unregister
    # ... and it drops every result it has reported before on the same object: a second analysis of one compiled
    # input (another set of own files, or every detector for a review) would silently find nothing
    slither._currently_seen_resuts = set()  # noqa: SLF001 - Slither's own (misspelt) name, no public reset
    for detector in slither_detectors(everything):
        slither.register_detector(detector)
    findings: list[Finding] = []
    for results in slither.run_detectors():
        for result in results:
            elements = result.get("elements", [])
            files = {e.get("source_mapping", {}).get("filename_relative", "") for e in elements}
            if elements and not any(_belongs(f, own) for f in files):
                continue
            lines = sorted({ln for e in elements for ln in e.get("source_mapping", {}).get("lines", [])})
            contract = next((e["name"] for e in elements if e.get("type") == "contract"), None)
            findings.append(
                Finding(
                    detector=result["check"],
                    impact=result["impact"],
                    confidence=result["confidence"],
                    description=result["description"].strip(),
                    contract=contract,
                    lines=tuple(lines[:20]),
                    locations=_locations(elements),
                )
            )
    report = AnalysisReport(key=key, findings=findings, slither_version=_slither_version())
    tmp = cache.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(report.to_dict()), encoding="utf-8")
    os.replace(tmp, cache)
    return report


def _belongs(filename: str, own: set[str]) -> bool:
    return any(filename == name or filename.endswith("/" + name) for name in own)


@functools.lru_cache(maxsize=1)
def _slither_version() -> str:
    from importlib.metadata import version

    return version("slither-analyzer")


def analyse_sources(
    sources: dict[str, str], roots: list[Path] | None = None, *, everything: bool = False
) -> AnalysisReport:
    return analyse_standard(compiler.standard_input(sources, roots or []), set(sources), everything=everything)


def analyse_artifact(artifact: Artifact, sources: dict[str, str]) -> AnalysisReport:
    report = analyse_sources(sources)
    if report.key != artifact.key:
        raise AnalysisError("the analysed sources are not the ones this artefact was compiled from", [])
    return report


def require_clean(report: AnalysisReport) -> None:
    """Refuse to ship code with high or medium findings, explaining each one."""
    blocking = report.blocking
    if blocking:
        lines = "; ".join(f"[{f.impact}] {f.detector}: {f.description.splitlines()[0]}" for f in blocking)
        raise AnalysisError(
            f"Slither found {len(blocking)} high/medium issue(s): {lines}", [asdict(f) for f in blocking]
        )
