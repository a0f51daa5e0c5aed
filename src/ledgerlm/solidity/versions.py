"""Which shipped solc-js release compiles a file: a real matcher for Solidity version pragmas.

Why: most deployed contracts are 0.4-0.7, and a compiler that rejects their pragma cannot read them at all. The
shipped releases are the npm aliases ``solc-X.Y.Z`` in ``package.json`` (plus the plain ``solc`` package); a file
gets the newest shipped release its pragma accepts, following solc's own semantics (npm semver): ``^``, ``~``,
comparison operators, hyphen ranges, wildcards, space-separated conjunctions and ``||`` alternatives.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ledgerlm.errors import CompilationError, ToolchainError
from ledgerlm.solidity import toolchain

Version = tuple[int, int, int]

_PRAGMA = re.compile(r"pragma\s+solidity\s+([^;]+);")
_COMMENTS = re.compile(r"//[^\n]*|/\*.*?\*/", re.DOTALL)
_PART = re.compile(r"^(\^|~|>=|<=|>|<|=)?\s*v?(\d+|x|X|\*)(?:\.(\d+|x|X|\*))?(?:\.(\d+|x|X|\*))?$")
_HYPHEN = re.compile(r"^\s*(\S+)\s+-\s+(\S+)\s*$")


def parse_version(text: str) -> Version:
    """'0.8.30+commit.x' or '0.4.26' -> (0, 4, 26)."""
    match = re.match(r"^\s*v?(\d+)\.(\d+)\.(\d+)", text)
    if not match:
        raise ValueError(f"not a version: {text!r}")
    return int(match[1]), int(match[2]), int(match[3])


def fmt(version: Version) -> str:
    return ".".join(map(str, version))


@dataclass(frozen=True)
class _Bound:
    op: str
    version: Version

    def accepts(self, v: Version) -> bool:
        return {
            ">=": v >= self.version,
            ">": v > self.version,
            "<=": v <= self.version,
            "<": v < self.version,
            "=": v == self.version,
        }[self.op]


def _is_wild(part: str | None) -> bool:
    return part is None or part in ("x", "X", "*")


def _expand(token: str) -> list[_Bound]:
    """One comparator (``^0.4.24``, ``>=0.5``, ``0.8.x``) as a list of bounds that must all hold."""
    match = _PART.match(token.strip())
    if not match:
        raise ValueError(f"cannot read version constraint {token!r}")
    op, raw = match[1] or "=", [match[2], match[3], match[4]]
    if _is_wild(raw[0]):
        return []
    nums = [int(p) if not _is_wild(p) else 0 for p in raw]
    given = next((i for i, p in enumerate(raw) if _is_wild(p)), 3)  # how many parts were given
    major, minor, patch = nums
    base = (major, minor, patch)
    if op == "^":
        if major > 0 or given == 1:
            upper = (major + 1, 0, 0)
        elif minor > 0 or given == 2:
            upper = (0, minor + 1, 0)
        else:
            upper = (0, 0, patch + 1)
        return [_Bound(">=", base), _Bound("<", upper)]
    if op == "~":
        upper = (major + 1, 0, 0) if given == 1 else (major, minor + 1, 0)
        return [_Bound(">=", base), _Bound("<", upper)]
    if given < 3:  # partial versions are ranges: 0.8 == 0.8.x
        upper = (major + 1, 0, 0) if given == 1 else (major, minor + 1, 0)
        if op == "=":
            return [_Bound(">=", base), _Bound("<", upper)]
        if op == ">":
            return [_Bound(">=", upper)]
        if op == "<=":
            return [_Bound("<", upper)]
    return [_Bound(op, base)]


@dataclass(frozen=True)
class Constraint:
    """A parsed pragma expression: any of ``alternatives`` (``||``), each a conjunction of bounds."""

    text: str
    alternatives: tuple[tuple[_Bound, ...], ...]

    def accepts(self, version: Version) -> bool:
        return any(all(b.accepts(version) for b in alt) for alt in self.alternatives)


def parse_constraint(text: str) -> Constraint:
    alternatives: list[tuple[_Bound, ...]] = []
    for alt in text.split("||"):
        alt = alt.strip()
        hyphen = _HYPHEN.match(alt)
        if hyphen:
            low = _expand(">=" + hyphen[1])
            high_parts = hyphen[2].count(".") + 1
            high = _expand("<=" + hyphen[2]) if high_parts < 3 else [_Bound("<=", parse_version(hyphen[2]))]
            alternatives.append(tuple(low + high))
            continue
        # "> = 0.4.0" style spacing after an operator is legal in solc: glue operators to their version
        alt = re.sub(r"(\^|~|>=|<=|>|<|=)\s+", r"\1", alt)
        bounds: list[_Bound] = []
        for token in alt.split():
            bounds.extend(_expand(token))
        alternatives.append(tuple(bounds))
    return Constraint(text=text.strip(), alternatives=tuple(alternatives))


def pragmas(source: str) -> list[str]:
    """Every ``pragma solidity`` expression in ``source`` (comments ignored)."""
    return [m.strip() for m in _PRAGMA.findall(_COMMENTS.sub(" ", source))]


@cache
def _shipped_at(node_modules: str) -> dict[Version, str]:
    """{version: package folder name} of every solc-js release installed from package.json."""
    root = Path(node_modules)
    manifest = json.loads((root.parent / "package.json").read_text(encoding="utf-8"))
    out: dict[Version, str] = {}
    for name in manifest.get("dependencies", {}):
        if name != "solc" and not name.startswith("solc-"):
            continue
        meta = root / name / "package.json"
        if not (root / name / "soljson.js").exists() or not meta.exists():
            continue
        out[parse_version(json.loads(meta.read_text(encoding="utf-8"))["version"])] = name
    return dict(sorted(out.items()))


def shipped() -> dict[Version, str]:
    found = _shipped_at(str(toolchain.node_modules()))
    if not found:
        raise ToolchainError("no solc-js release is installed", hint="run `make setup` (npm install)")
    return found


def shipped_text() -> str:
    return ", ".join(fmt(v) for v in shipped())


def package_dir(version: Version) -> Path:
    name = shipped().get(version)
    if name is None:
        raise ToolchainError(f"solc {fmt(version)} is not shipped", hint=f"shipped: {shipped_text()}")
    return toolchain.node_modules() / name


def default_version() -> Version:
    """The newest shipped release: what ledgerlm's own (0.8) code compiles with."""
    return max(shipped())


def select(sources: dict[str, str] | list[str]) -> Version:
    """The newest shipped release that every pragma of every source accepts."""
    texts = list(sources.values()) if isinstance(sources, dict) else list(sources)
    found = [p for text in texts for p in pragmas(text)]
    candidates = sorted(shipped(), reverse=True)
    if not found:
        return candidates[0]
    try:
        constraints = [parse_constraint(p) for p in found]
    except ValueError as exc:
        raise CompilationError(f"unreadable pragma: {exc}", []) from exc
    for version in candidates:
        if all(c.accepts(version) for c in constraints):
            return version
    shown = "; ".join(dict.fromkeys(f"pragma solidity {p}" for p in found))
    raise CompilationError(f"no shipped compiler accepts `{shown}` (shipped: {shipped_text()})", [])


def nearest(sources: dict[str, str]) -> Version | None:
    """For a pragma no release accepts: the shipped release of the same minor closest to what it asks (or None)."""
    found = [p for text in sources.values() for p in pragmas(text)]
    wanted = [re.search(r"(\d+)\.(\d+)\.(\d+)", p) for p in found]
    asked = [parse_version(m[0]) for m in wanted if m]
    if not asked:
        return None
    target = max(asked)
    same_minor = [v for v in shipped() if v[:2] == target[:2]]
    if not same_minor:
        return None
    return min(same_minor, key=lambda v: (abs(v[2] - target[2]), -v[2]))


def evm_version(version: Version) -> str | None:
    """The standard-JSON ``evmVersion`` for a release (None: the release predates the setting or uses its default)."""
    if version >= (0, 8, 30):
        return "prague"
    if version >= (0, 8, 25):
        return "cancun"
    if version >= (0, 8, 20):
        return "shanghai"
    if version >= (0, 8, 7):
        return "london"
    if version >= (0, 5, 14):
        return "istanbul"
    if version >= (0, 5, 5):
        return "petersburg"
    if version >= (0, 4, 21):
        return "byzantium"
    return None
