"""Solidity compilation through the pinned solc-js, with a content-addressed artefact cache.

Why this shape:
- solc-js costs ~0.5 s to load, so one long-lived node worker per solc release and process compiles every request;
  the release is chosen per compilation by the sources' pragmas (``versions.select``: newest shipped that fits).
- Imports are resolved here (not by the compiler) inside a sandbox (``sandbox.Sandbox``) and every source goes into
  the standard-JSON input by content, so the input is self-contained: its hash (with the release) is the cache key,
  and Slither can analyse the very same input.
- Templates take their values as constructor arguments, so one cached compilation serves every request of a kind.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import subprocess
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from ledgerlm.config import cache_dir
from ledgerlm.errors import CompilationError, ToolchainError
from ledgerlm.solidity import sandbox, toolchain, versions
from ledgerlm.solidity.artifact import Artifact
from ledgerlm.solidity.versions import Version

EVM_VERSION = "prague"
OPTIMIZER_RUNS = 200
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


def default_settings(version: Version | None = None) -> dict[str, Any]:
    """Standard-JSON settings a release accepts (``evmVersion`` only where it exists and is known to it)."""
    evm = versions.evm_version(version) if version is not None else EVM_VERSION
    outputs = list(_OUTPUTS)
    if version is not None and version < (0, 6, 5):
        outputs.remove("evm.deployedBytecode.immutableReferences")
    settings: dict[str, Any] = {
        "optimizer": {"enabled": True, "runs": OPTIMIZER_RUNS},
        "outputSelection": {"*": {"*": outputs, "": ["ast"]}},
    }
    if evm is not None:
        settings = {"evmVersion": evm, **settings}
    return settings


class _Worker:
    """One node process running ``solc_worker.js`` for one solc release; requests are serialised with a lock."""

    def __init__(self, release: Version | None = None) -> None:
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[str] | None = None
        self.release = release
        self.version = ""
        self._next_id = 0

    def _start(self) -> subprocess.Popen[str]:
        script = Path(__file__).with_name("solc_worker.js")
        package = versions.package_dir(self.release or versions.default_version())
        proc = subprocess.Popen(
            [toolchain.node_binary(), str(script), str(package)],
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
        output: dict[str, Any] = json.loads(reply["output"])
        return output

    def close(self) -> None:
        with self._lock:
            if self._proc is not None and self._proc.poll() is None:
                self._proc.terminate()
            self._proc = None


_workers: dict[Version, _Worker] = {}
_workers_lock = threading.Lock()
_memory_cache: dict[str, dict[str, Any]] = {}


def _worker_for(release: Version) -> _Worker:
    with _workers_lock:
        if release not in _workers:
            _workers[release] = _Worker(release)
        return _workers[release]


def close_workers() -> None:
    """Stop every worker (tests and benches that measure a cold start)."""
    for worker in list(_workers.values()):
        worker.close()


def __getattr__(name: str) -> Any:
    if name == "_worker":  # the single worker of earlier versions: the default release's
        return _worker_for(versions.default_version())
    raise AttributeError(name)


def release_for(std_input: dict[str, Any]) -> Version:
    """The solc release for a standard-JSON input: the newest shipped one all its pragmas accept."""
    return versions.select([s["content"] for s in std_input["sources"].values()])


def compiler_version(release: Version | None = None) -> str:
    """The exact solc-js version string of a release (the default: the newest), read from its package."""
    release = release or versions.default_version()
    worker = _workers.get(release)
    if worker is not None and worker.version:
        return worker.version
    meta = json.loads((versions.package_dir(release) / "package.json").read_text())
    return f"{meta['version']}"


def resolve_sources(
    sources: Mapping[str, str], roots: Iterable[Path] = (), box: sandbox.Sandbox | None = None
) -> dict[str, str]:
    """Close ``sources`` over their imports inside the sandbox (``roots[0]`` is the project root)."""
    return (box or sandbox.for_roots(roots)).resolve(sources)


def standard_input(
    sources: Mapping[str, str],
    roots: Iterable[Path] = (),
    *,
    release: Version | None = None,
    box: sandbox.Sandbox | None = None,
) -> dict[str, Any]:
    """The self-contained standard-JSON input; settings follow the release the pragmas select."""
    full = resolve_sources(sources, roots, box)
    if release is None:
        release = versions.select(full)
    settings = default_settings(None if release == versions.default_version() else release)
    return {
        "language": "Solidity",
        "sources": {name: {"content": text} for name, text in full.items()},
        "settings": settings,
    }


def input_key(std_input: dict[str, Any], release: Version | None = None) -> str:
    release = release or release_for(std_input)
    # the package's version, not the worker's long string: the key must not change once a worker has started
    package = json.loads((versions.package_dir(release) / "package.json").read_text())["version"]
    blob = json.dumps(std_input, sort_keys=True, separators=(",", ":")) + package
    return hashlib.sha256(blob.encode()).hexdigest()


def _cache_dir() -> Path:
    return cache_dir("solc")


def compile_standard(std_input: dict[str, Any], release: Version | None = None) -> tuple[str, dict[str, Any]]:
    """Compile a standard-JSON input, using the in-process and on-disk caches. Returns (key, output)."""
    release = release or release_for(std_input)
    key = input_key(std_input, release)
    if key in _memory_cache:
        return key, _memory_cache[key]
    cached = _cache_dir() / f"{key}.json"
    output = _read_cached(key, cached)
    if output is not None:
        return key, output
    with computing_once(cached):  # another process sharing the cache may be compiling this very input
        output = _read_cached(key, cached)
        if output is not None:
            return key, output
        output = _worker_for(release).compile(std_input)
        if not any(e.get("severity") == "error" for e in output.get("errors", [])):
            tmp = cached.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_text(json.dumps(output), encoding="utf-8")
            os.replace(tmp, cached)
            _memory_cache[key] = output
    return key, output


def _read_cached(key: str, cached: Path) -> dict[str, Any] | None:
    if not cached.exists():
        return None
    try:
        output: dict[str, Any] = json.loads(cached.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        cached.unlink(missing_ok=True)
        return None
    _memory_cache[key] = output
    return output


@contextlib.contextmanager
def computing_once(entry: Path, wait_s: float = 900.0) -> Iterator[None]:
    """Hold an OS lock beside a cache entry while computing it, so that processes sharing one cache (the server's
    workers, data dirs pointed at one ``$LEDGERLM_CACHE_DIR``, parallel test workers) compute an entry once: the
    others wait, then read it. Only a speed-up: past ``wait_s``, or where the lock cannot be taken, the caller
    computes the entry itself (the entry is content-addressed, so either result is the same)."""
    try:
        fd = os.open(entry.with_name(entry.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        yield
        return
    try:
        deadline = time.monotonic() + wait_s
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    break
                time.sleep(0.05)
            except OSError:
                break
        yield
    finally:
        os.close(fd)  # releases the lock


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
    sources: Mapping[str, str],
    *,
    strict: bool = True,
    roots: Iterable[Path] = (),
    release: Version | None = None,
    box: sandbox.Sandbox | None = None,
) -> dict[str, Artifact]:
    """Compile Solidity sources given by content. ``strict`` makes warnings in these sources errors."""
    std_input = standard_input(sources, roots, release=release, box=box)
    release = release or release_for(std_input)
    key, output = compile_standard(std_input, release)
    errors, warnings = _own_diagnostics(output, set(sources))
    if errors:
        raise CompilationError("Solidity compilation failed", errors)
    if strict and warnings:
        raise CompilationError("compiler warnings are errors for generated code", warnings)
    version = compiler_version(release)
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
                    for refs in (info["evm"]["deployedBytecode"].get("immutableReferences") or {}).values()
                    for ref in refs
                ),
            )
    return artifacts


def file_sources(path: str | Path, root: str | Path | None = None) -> tuple[dict[str, str], sandbox.Sandbox]:
    """The sources of a file on disk (unit name relative to ``root``, default its folder) and its sandbox."""
    file = Path(path)
    if not file.is_file():
        raise CompilationError(f"{file} does not exist or is not a file", [])
    base = Path(root) if root is not None else sandbox.project_root_of(file)
    try:
        unit = file.resolve().relative_to(base.resolve()).as_posix()
    except ValueError as exc:
        raise CompilationError(f"{file} is not inside {base}", []) from exc
    box = sandbox.Sandbox(root=base, include=sandbox.include_paths())
    return {unit: sandbox.read_source(file)}, box


def compile_file(path: str | Path, *, strict: bool = False, root: str | Path | None = None) -> dict[str, Artifact]:
    """Compile a Solidity file from disk; imports resolve inside its project tree (``sandbox.project_root_of``) or
    ``root``, the shipped libraries and configured include paths."""
    sources, box = file_sources(path, root)
    return compile_sources(sources, strict=strict, box=box)


def source_hash(source: str) -> str:
    return hashlib.sha256(source.encode()).hexdigest()
