"""A sandbox for the imports of user-supplied Solidity: what a compile may read, and how much.

Why: a file brought by a user may ``import "/etc/passwd"`` or ``"../../secrets.sol"``; solc would read it and echo
its first line in an error. Here every import is resolved by ledgerlm before the compiler sees anything, and only
inside the allowed roots: the file's own folder tree (or the folder given), configured include paths, and the
shipped libraries (``@openzeppelin/...`` from node_modules). Absolute paths, ``..`` escaping the root and symlinks
pointing out of it are refused with an error that names the import, never the content of what it points to.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ledgerlm.errors import CompilationError, InputError
from ledgerlm.solidity import toolchain

#: One source file may be at most this big (the largest verified mainnet sources are a few hundred KB).
MAX_FILE_BYTES = 2 * 1024 * 1024
#: All sources of one compilation together.
MAX_TOTAL_BYTES = 8 * 1024 * 1024
#: How many files one compilation may pull in.
MAX_FILES = 2000

_IMPORT = re.compile(r"""^\s*import\s+(?:[^"';]*?\bfrom\s+)?["']([^"']+)["']""", re.MULTILINE)
_SHIPPED_PREFIXES = ("@openzeppelin/",)


class SandboxError(CompilationError):
    """An import that would read outside the allowed roots, or a source over the size limits."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message, [])
        self.hint = hint


def _within(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def read_source(path: Path, *, shown: str | None = None) -> str:
    """Read one source file with the size limit and a clear message for binary or non-UTF-8 content."""
    name = shown or str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read {name}: {exc.strerror}") from exc
    if not path.is_file():
        raise InputError(f"{name} is not a file")
    if size > MAX_FILE_BYTES:
        raise InputError(
            f"{name} is {size / 1024 / 1024:.1f} MB; a Solidity source may be at most "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB",
            hint="split the file, or pass only the contract you want read",
        )
    raw = path.read_bytes()
    if b"\x00" in raw[:8192]:
        raise InputError(f"{name} is a binary file, not Solidity source")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name} is not UTF-8 text (byte {exc.start})", hint="save it as UTF-8") from exc


@dataclass
class Sandbox:
    """Allowed roots for one compilation. ``root`` holds the user's files; ``include`` extra configured folders."""

    root: Path | None = None
    include: list[Path] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.root = self.root.resolve() if self.root is not None else None
        self.include = [Path(p).resolve() for p in self.include]

    def _libraries(self) -> Path:
        return toolchain.node_modules().resolve()

    def _locate(self, unit: str, spelled: str, importer: str) -> Path:
        """The file behind unit name ``unit`` (already normalised), or a SandboxError."""
        if unit.startswith(_SHIPPED_PREFIXES):
            libs = self._libraries()
            candidate = (libs / unit).resolve()
            if _within(candidate, libs) and candidate.is_file():
                return candidate
        roots = ([self.root] if self.root is not None else []) + self.include
        for root in roots:
            raw = root / unit
            if not raw.exists():
                continue
            real = raw.resolve()
            if not _within(real, root):
                raise SandboxError(
                    f"import {spelled!r} in {importer} is a link that points outside {root}; refused",
                    hint="copy the imported file into the project folder",
                )
            if real.is_file():
                return real
        raise CompilationError(f"cannot resolve import {spelled!r} in {importer}", [])

    def unit_name(self, spelled: str, importer: str) -> str:
        """The compiler's unit name for an import; refuses absolute paths and ``..`` above the root."""
        if "\x00" in spelled or len(spelled) > 1024:
            raise SandboxError(f"import in {importer} has an invalid path")
        if spelled.startswith("/") or re.match(r"^[A-Za-z]:[\\/]", spelled) or spelled.startswith("~"):
            raise SandboxError(
                f"import {spelled!r} in {importer} is an absolute path; only files inside the project folder, "
                f"configured include paths and shipped libraries (@openzeppelin) may be imported",
                hint="use a path relative to the importing file",
            )
        if spelled.startswith("."):
            unit = posixpath.normpath(posixpath.join(posixpath.dirname(importer), spelled))
        else:
            unit = posixpath.normpath(spelled)
        if unit == ".." or unit.startswith("../") or "/../" in unit:
            raise SandboxError(
                f"import {spelled!r} in {importer} leaves the project folder; refused",
                hint="compile from the folder that contains every imported file (pass that folder)",
            )
        return unit

    def resolve(self, sources: Mapping[str, str]) -> dict[str, str]:
        """Close ``sources`` over their imports, reading only what the sandbox allows, within the size limits."""
        resolved = dict(sources)
        total = sum(len(s.encode("utf-8", "surrogatepass")) for s in sources.values())
        for name, text in sources.items():
            if len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
                raise InputError(
                    f"{name} is larger than {MAX_FILE_BYTES // 1024 // 1024} MB",
                    hint="split the file, or pass only the contract you want read",
                )
        pending = list(sources)
        while pending:
            unit = pending.pop()
            for spelled in _IMPORT.findall(resolved[unit]):
                name = self.unit_name(spelled, unit)
                if name in resolved:
                    continue
                path = self._locate(name, spelled, unit)
                text = read_source(path, shown=name)
                total += len(text.encode("utf-8"))
                if total > MAX_TOTAL_BYTES or len(resolved) >= MAX_FILES:
                    raise InputError(
                        f"the sources with their imports exceed {MAX_TOTAL_BYTES // 1024 // 1024} MB "
                        f"or {MAX_FILES} files",
                        hint="compile fewer files at once",
                    )
                resolved[name] = text
                pending.append(name)
        return dict(sorted(resolved.items()))


_PROJECT_MARKERS = (
    "foundry.toml",
    "hardhat.config.js",
    "hardhat.config.ts",
    "truffle-config.js",
    "truffle.js",
    "remappings.txt",
    ".git",
    "ledgerlm-project",
)


def project_root_of(file: Path) -> Path:
    """The sandbox root for a single file: the nearest folder above it that marks a Solidity project (foundry.toml,
    hardhat/truffle config, remappings.txt, .git), so ``import "../Base.sol"`` from ``contracts/sub/`` works; the
    file's own folder when there is none. Never the filesystem root or the home folder."""
    folder = file.resolve().parent
    stop = {Path("/"), Path.home().resolve()}
    for candidate in [folder, *folder.parents]:
        if candidate in stop:
            break
        if any((candidate / marker).exists() for marker in _PROJECT_MARKERS):
            return candidate
    return folder


def include_paths() -> list[Path]:
    """Configured include paths: ``$LEDGERLM_SOLIDITY_INCLUDE`` (os.pathsep-separated folders)."""
    raw = os.environ.get("LEDGERLM_SOLIDITY_INCLUDE", "")
    return [Path(p).expanduser() for p in raw.split(os.pathsep) if p.strip()]


def for_roots(roots: Iterable[Path]) -> Sandbox:
    """Legacy ``roots=[...]`` argument: the first is the project root, the rest extra include paths."""
    roots = [Path(r) for r in roots]
    return Sandbox(root=roots[0] if roots else None, include=roots[1:] + include_paths())
