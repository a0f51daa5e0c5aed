"""Solidity compilation through the pinned solc-js, with a content-addressed artefact cache.

Why this shape:
- solc-js costs ~0.5 s to load, so one long-lived node worker per process compiles every request.
- Imports are resolved here (not by the compiler) and every source goes into the standard-JSON input by content,
  so the input is self-contained: its hash is the cache key, and Slither can analyse the very same input.
- Templates take their values as constructor arguments, so one cached compilation serves every request of a kind.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ledgerlm.config import cache_dir
from ledgerlm.errors import CompilationError, ToolchainError
from ledgerlm.solidity import toolchain
from ledgerlm.solidity.artifact import Artifact

EVM_VERSION = "prague"
OPTIMIZER_RUNS = 200

_IMPORT = re.compile(r"""^\s*import\s+(?:[^"';]*?\bfrom\s+)?["']([^"']+)["']""", re.MULTILINE)
_OUTPUTS = [
    "abi",
    "evm.bytecode.object",
    "evm.bytecode.sourceMap",
    "evm.deployedBytecode.object",
    "evm.deployedBytecode.sourceMap",
    "evm.deployedBytecode.immutableReferences",
    "userdoc",
    "devdoc",
]


def default_settings() -> dict[str, Any]:
    return {
        "evmVersion": EVM_VERSION,
        "optimizer": {"enabled": True, "runs": OPTIMIZER_RUNS},
        "outputSelection": {"*": {"*": list(_OUTPUTS), "": ["ast"]}},
    }


class _Worker:
    """One node process running ``solc_worker.js``; requests are serialised with a lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[str] | None = None
        self.version = ""
        self._next_id = 0

    def _start(self) -> subprocess.Popen[str]:
        script = Path(__file__).with_name("solc_worker.js")
        toolchain.solc_js_dir()
        proc = subprocess.Popen(
            [toolchain.node_binary(), str(script), str(toolchain.node_modules().parent)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
        )
        assert proc.stdout is not None
        hello = proc.stdout.readline()
        if not hello:
            raise ToolchainError(
                "the solc-js worker did not start", hint="check that `node` runs and npm deps are installed"
            )
        self.version = json.loads(hello)["version"]
        return proc

    def compile(self, standard_input: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            if self._proc is None or self._proc.poll() is not None:
                self._proc = self._start()
            assert self._proc.stdin is not None and self._proc.stdout is not None
            self._next_id += 1
            self._proc.stdin.write(json.dumps({"id": self._next_id, "input": standard_input}) + "\n")
            self._proc.stdin.flush()
            line = self._proc.stdout.readline()
        if not line:
            self._proc = None
            raise ToolchainError("the solc-js worker exited while compiling")
        reply = json.loads(line)
        if "error" in reply:
            raise ToolchainError(f"solc-js failed: {reply['error']}")
        return json.loads(reply["output"])

    def close(self) -> None:
        with self._lock:
            if self._proc is not None and self._proc.poll() is None:
                self._proc.terminate()
            self._proc = None


_worker = _Worker()
_memory_cache: dict[str, dict[str, Any]] = {}


def compiler_version() -> str:
    """The exact solc-js version string (reads it from the package without starting the worker)."""
    if _worker.version:
        return _worker.version
    meta = json.loads((toolchain.solc_js_dir() / "package.json").read_text())
    return f"{meta['version']}"


def _read_import(path: str, importer: str, roots: Iterable[Path]) -> tuple[str, str]:
    """Return (unit name, content) for an import seen in ``importer``."""
    if path.startswith("."):
        unit = os.path.normpath(os.path.join(os.path.dirname(importer), path)).replace(os.sep, "/")
    else:
        unit = path
    candidates = [toolchain.node_modules() / unit] + [Path(r) / unit for r in roots]
    for candidate in candidates:
        if candidate.is_file():
            return unit, candidate.read_text(encoding="utf-8")
    raise CompilationError(f"cannot resolve import {path!r} in {importer}", [])


def resolve_sources(sources: Mapping[str, str], roots: Iterable[Path] = ()) -> dict[str, str]:
    """Close ``sources`` over their imports (OpenZeppelin from node_modules, relative paths from ``roots``)."""
    roots = list(roots)
    resolved = dict(sources)
    pending = list(sources)
    while pending:
        unit = pending.pop()
        for imported in _IMPORT.findall(resolved[unit]):
            name, content = _read_import(imported, unit, roots)
            if name not in resolved:
                resolved[name] = content
                pending.append(name)
    return dict(sorted(resolved.items()))


def standard_input(sources: Mapping[str, str], roots: Iterable[Path] = ()) -> dict[str, Any]:
    full = resolve_sources(sources, roots)
    return {
        "language": "Solidity",
        "sources": {name: {"content": text} for name, text in full.items()},
        "settings": default_settings(),
    }


def input_key(std_input: dict[str, Any]) -> str:
    blob = json.dumps(std_input, sort_keys=True, separators=(",", ":")) + compiler_version()
    return hashlib.sha256(blob.encode()).hexdigest()


def _cache_dir() -> Path:
    return cache_dir("solc")


def compile_standard(std_input: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Compile a standard-JSON input, using the in-process and on-disk caches. Returns (key, output)."""
    key = input_key(std_input)
    if key in _memory_cache:
        return key, _memory_cache[key]
    cached = _cache_dir() / f"{key}.json"
    if cached.exists():
        try:
            output = json.loads(cached.read_text(encoding="utf-8"))
            _memory_cache[key] = output
            return key, output
        except json.JSONDecodeError:
            cached.unlink(missing_ok=True)
    output = _worker.compile(std_input)
    if not any(e.get("severity") == "error" for e in output.get("errors", [])):
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(output), encoding="utf-8")
        os.replace(tmp, cached)
        _memory_cache[key] = output
    return key, output


def cached_output(key: str) -> dict[str, Any] | None:
    """The full compiler output (with ASTs) of an earlier compilation, for analysis."""
    if key in _memory_cache:
        return _memory_cache[key]
    path = _cache_dir() / f"{key}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def _own_diagnostics(output: dict[str, Any], own: set[str]) -> tuple[list[str], list[str]]:
    errors: list[str] = []
    warnings: list[str] = []
    for diag in output.get("errors", []):
        text = diag.get("formattedMessage") or diag.get("message", "")
        if diag.get("severity") == "error":
            errors.append(text)
        elif diag.get("severity") == "warning":
            file = (diag.get("sourceLocation") or {}).get("file")
            if file is None or file in own:
                warnings.append(text)
    return errors, warnings


def compile_sources(
    sources: Mapping[str, str], *, strict: bool = True, roots: Iterable[Path] = ()
) -> dict[str, Artifact]:
    """Compile Solidity sources given by content. ``strict`` makes warnings in these sources errors."""
    std_input = standard_input(sources, roots)
    key, output = compile_standard(std_input)
    errors, warnings = _own_diagnostics(output, set(sources))
    if errors:
        raise CompilationError("Solidity compilation failed", errors)
    if strict and warnings:
        raise CompilationError("compiler warnings are errors for generated code", warnings)
    version = compiler_version()
    artifacts: dict[str, Artifact] = {}
    for path in sources:
        for name, info in output.get("contracts", {}).get(path, {}).items():
            artifacts[name] = Artifact(
                contract_name=name,
                source_path=path,
                abi=info["abi"],
                bytecode="0x" + info["evm"]["bytecode"]["object"],
                deployed_bytecode="0x" + info["evm"]["deployedBytecode"]["object"],
                key=key,
                compiler_version=version,
                userdoc=info.get("userdoc", {}),
                devdoc=info.get("devdoc", {}),
                warnings=tuple(warnings),
                immutable_refs=tuple(
                    (int(ref["start"]), int(ref["length"]))
                    for refs in info["evm"]["deployedBytecode"].get("immutableReferences", {}).values()
                    for ref in refs
                ),
            )
    return artifacts


def compile_file(path: str | Path, *, strict: bool = False) -> dict[str, Artifact]:
    """Compile a Solidity file from disk; relative imports resolve against its folder."""
    file = Path(path)
    if not file.is_file():
        raise CompilationError(f"{file} does not exist or is not a file", [])
    return compile_sources({file.name: file.read_text(encoding="utf-8")}, strict=strict, roots=[file.parent])


def source_hash(source: str) -> str:
    return hashlib.sha256(source.encode()).hexdigest()
