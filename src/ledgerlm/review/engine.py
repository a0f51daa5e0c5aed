"""The review engine: compile in the sandbox with the release the pragma asks for, run Slither with every detector
and ledgerlm's own detector plug-ins, and describe each finding (SWC, DASP category, both languages, every location
with its excerpt); add who may do what (``roles``).

Why both engines: Slither is precise on reentrancy and unchecked calls but has no detector for pre-0.8 overflow,
front-running or unprotected owner changes; the plug-ins in ``review.detectors`` fill those classes.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from ledgerlm.errors import AnalysisError, CompilationError, InputError
from ledgerlm.inert import strip_controls
from ledgerlm.review import catalog
from ledgerlm.review.models import Location, ReviewFinding, ReviewReport
from ledgerlm.solidity import compiler, sandbox, versions
from ledgerlm.solidity.versions import Version

MAX_DIR_FILES = 200


def _excerpt(sources: dict[str, str], file: str, lines: tuple[int, ...], limit: int = 3) -> str:
    text = sources.get(file)
    if text is None:
        match = [name for name in sources if file.endswith("/" + name) or name.endswith("/" + file)]
        text = sources.get(match[0]) if match else None
    if text is None or not lines:
        return ""
    all_lines = text.splitlines()
    picked = [all_lines[n - 1].rstrip() for n in lines[:limit] if 0 < n <= len(all_lines)]
    body = "\n".join(picked)
    if len(lines) > limit:
        body += "\n..."
    return strip_controls(body)[:600]


def _unit(file: str, sources: dict[str, str]) -> str:
    if file in sources:
        return file
    for name in sources:
        if file.endswith("/" + name):
            return name
    return file


def _candidates(full: dict[str, str]) -> tuple[list[Version], list[str]]:
    """Releases to try, newest first, and notes (a fallback to the nearest release is said out loud)."""
    found = [p for text in full.values() for p in versions.pragmas(text)]
    try:
        best = versions.select(full)
    except CompilationError:
        near = versions.nearest(full)
        if near is None:
            raise
        asked = "; ".join(dict.fromkeys(found))
        same = sorted(
            (v for v in versions.shipped() if v[:2] == near[:2] and v != near), key=lambda v: abs(v[2] - near[2])
        )
        return [near, *same[:2]], [
            f"no shipped solc accepts `pragma solidity {asked}`; reviewed with "
            f"{versions.fmt(near)}, "
            f"the nearest shipped release (shipped: {versions.shipped_text()}); its findings may differ "
            f"from what the exact release would compile"
        ]
    constraints = [versions.parse_constraint(p) for p in found]
    others = [
        v for v in sorted(versions.shipped(), reverse=True) if v != best and all(c.accepts(v) for c in constraints)
    ]
    return [best, *others[:2]], []


def _relax_pragmas(sources: dict[str, str], release: Version) -> dict[str, str]:
    """For the nearest-release fallback only: let that release past the exact pragma (same lines, same offsets
    except the pragma itself), so every line number a finding gives is the line in the user's file."""

    def relax(match: re.Match[str]) -> str:
        return f"pragma solidity {versions.fmt(release)};"

    return {name: _PRAGMA_STMT.sub(relax, text) for name, text in sources.items()}


_PRAGMA_STMT = re.compile(r"pragma\s+solidity\s+[^;\n]+;")


def _compile(
    sources: dict[str, str], box: sandbox.Sandbox, skip: tuple[Version, ...] = ()
) -> tuple[dict[str, Any], Version, list[str]]:
    full = box.resolve(sources)
    releases, notes = _candidates(full)
    fallback = bool(notes)
    first_error: CompilationError | None = None
    for release in releases:
        if release in skip:
            continue
        if fallback:  # compile the user's files with the pragma relaxed to the release tried
            sources = _relax_pragmas(sources, release)
            notes = [notes[0].replace(versions.fmt(releases[0]), versions.fmt(release), 1)]
        std = compiler.standard_input(sources, box=box, release=release)
        _, output = compiler.compile_standard(std, release)
        errors = [
            e.get("formattedMessage") or e.get("message", "")
            for e in output.get("errors", [])
            if e.get("severity") == "error"
        ]
        if not errors:
            if release != releases[0] and not fallback:
                notes.append(
                    f"solc {versions.fmt(releases[0])} rejected the source; reviewed with "
                    f"{versions.fmt(release)}, which the pragma also accepts"
                )
            return std, release, notes
        if first_error is None:
            first_error = CompilationError(
                f"Solidity compilation failed (solc {versions.fmt(release)})", [strip_controls(e) for e in errors[:5]]
            )
    if first_error is None:
        raise AnalysisError("no other compiler release the pragma accepts is left to try", [])
    raise first_error


def _slither_findings(
    std: dict[str, Any], release: Version, own: set[str], sources: dict[str, str], lang: str
) -> tuple[list[ReviewFinding], str]:
    from ledgerlm.solidity import analysis

    report = analysis.analyse_standard(std, own, everything=True, release=release)
    out: list[ReviewFinding] = []
    for f in report.findings:
        entry = catalog.entry(f.detector)
        locs = tuple(
            Location(
                file=_unit(loc.file, sources),
                lines=loc.lines,
                kind=loc.kind,
                name=loc.name,
                excerpt=_excerpt(sources, loc.file, loc.lines),
            )
            for loc in f.locations
            if _unit(loc.file, sources) in own
        ) or tuple(Location(file=next(iter(own)), lines=f.lines, excerpt="") for _ in [0] if f.lines)
        out.append(
            ReviewFinding(
                detector=f.detector,
                source="slither",
                swc=entry.swc,
                category=entry.category,
                severity=f.impact,
                confidence=f.confidence,
                message=entry.text(lang),
                description=strip_controls(f.description),
                contract=f.contract,
                locations=locs,
            )
        )
    return out, report.slither_version


def _own_findings(
    slither: Any, release: Version, own: set[str], sources: dict[str, str], lang: str
) -> list[ReviewFinding]:
    from ledgerlm.review.detectors import discover
    from ledgerlm.review.detectors.base import Context

    ctx = Context(slither=slither, release=release, own_files=own)
    out: list[ReviewFinding] = []
    for detector_cls in discover():
        detector = detector_cls()
        for hit in detector.run(ctx):
            entry = catalog.entry(detector.ID)
            locs = []
            for item, kind in hit.lines:
                mapping = item.source_mapping
                file = _unit(mapping.filename.relative or mapping.filename.used or "", sources)
                lines = tuple(mapping.lines)
                if file not in own or not lines:
                    continue
                locs.append(
                    Location(
                        file=file,
                        lines=lines,
                        kind=kind,
                        name=str(getattr(item, "name", "")),
                        excerpt=_excerpt(sources, file, lines),
                    )
                )
            if not locs:
                continue
            out.append(
                ReviewFinding(
                    detector=detector.ID,
                    source="ledgerlm",
                    swc=entry.swc,
                    category=entry.category,
                    severity=hit.severity or detector.SEVERITY,
                    confidence=hit.confidence or detector.CONFIDENCE,
                    message=entry.text(lang),
                    description=strip_controls(hit.message),
                    contract=hit.contract,
                    locations=tuple(locs),
                )
            )
    return out


_ORDER = {s: i for i, s in enumerate(("High", "Medium", "Low", "Informational", "Optimization"))}


def review_sources(
    sources: dict[str, str],
    *,
    box: sandbox.Sandbox | None = None,
    target: str = "",
    lang: str = "en",
    roles: bool = True,
    slither_only: bool = False,
) -> ReviewReport:
    """Review Solidity sources given by content (unit name -> text)."""
    if lang not in ("en", "zh"):
        raise InputError(f"unknown language {lang!r}", hint="use --lang en or --lang zh")
    started = time.perf_counter()
    box = box or sandbox.Sandbox(root=None, include=sandbox.include_paths())
    own = set(sources)
    tried: tuple[Version, ...] = ()
    while True:
        std, release, notes = _compile(sources, box, tried)
        try:
            findings, slither_version = _slither_findings(std, release, own, sources, lang)
            break
        except AnalysisError:  # Slither cannot read what this release produced: try the next one the pragma allows
            tried += (release,)
            if len(tried) >= 3:
                raise
    if tried:
        notes = [
            *notes,
            f"Slither could not analyse the output of solc "
            f"{', '.join(versions.fmt(v) for v in tried)}; reviewed with solc {versions.fmt(release)}, "
            f"which the pragma also accepts",
        ]
    contracts = []
    if not slither_only or roles:
        from ledgerlm.solidity import analysis

        slither = analysis.slither_for(std, release)
        if not slither_only:
            findings += _own_findings(slither, release, own, sources, lang)
        if roles:
            from ledgerlm.review import roles as roles_mod

            contracts = roles_mod.summarise(slither, own, sources)
    findings.sort(key=lambda f: (_ORDER.get(f.severity, 9), f.file, f.lines[:1], f.detector))
    pragma = list(dict.fromkeys(p for text in sources.values() for p in versions.pragmas(text)))
    return ReviewReport(
        target=target or ", ".join(sources),
        files=sorted(sources),
        compiler=compiler.compiler_version(release),
        pragma=pragma,
        lang=lang,
        findings=findings,
        contracts=contracts,
        notes=notes,
        seconds=time.perf_counter() - started,
        slither_version=slither_version,
    )


def review_file(path: str | Path, *, lang: str = "en", root: str | Path | None = None, **kw: Any) -> ReviewReport:
    """Review one .sol file; its imports resolve inside its folder tree (or ``root``)."""
    sources, box = compiler.file_sources(path, root)
    return review_sources(sources, box=box, target=str(path), lang=lang, **kw)


def review_dir(path: str | Path, *, lang: str = "en", **kw: Any) -> ReviewReport:
    """Review every .sol file under a folder together (the folder is the sandbox root)."""
    folder = Path(path)
    if not folder.is_dir():
        raise InputError(f"{folder} is not a folder")
    files = sorted(p for p in folder.rglob("*.sol") if p.is_file() and "node_modules" not in p.parts)
    if not files:
        raise InputError(f"{folder} contains no .sol file")
    if len(files) > MAX_DIR_FILES:
        raise InputError(
            f"{folder} has {len(files)} .sol files (at most {MAX_DIR_FILES})", hint="review a smaller folder"
        )
    root = folder.resolve()
    sources = {}
    for file in files:
        if not file.resolve().is_relative_to(root):
            raise sandbox.SandboxError(f"{file} is a link that points outside {folder}; refused")
        sources[file.resolve().relative_to(root).as_posix()] = sandbox.read_source(file)
    box = sandbox.Sandbox(root=root, include=sandbox.include_paths())
    return review_sources(sources, box=box, target=str(folder), lang=lang, **kw)


def review_target(target: str, *, lang: str = "en", chain: str | None = None, **kw: Any) -> ReviewReport:
    """A .sol file, a folder, a deployment id (``latest``, ``#3``) or an address."""
    from ledgerlm.review import deployed

    path = Path(target)
    if target.endswith(".sol") or path.is_file():
        return review_file(path, lang=lang, **kw)
    kw.pop("root", None)
    if path.is_dir():
        return review_dir(path, lang=lang, **kw)
    return deployed.review_deployed(target, lang=lang, chain=chain, **kw)
