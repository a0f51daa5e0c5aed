"""Where the pinned Solidity toolchain lives: node, solc-js, OpenZeppelin, anvil and forge from ``node_modules``.

Everything comes from the repository's ``package.json`` (installed by ``make setup``); nothing is downloaded at run
time. Each lookup fails with a ``ToolchainError`` that says how to install the missing piece.
"""

from __future__ import annotations

import shutil
from functools import cache
from pathlib import Path

from ledgerlm.config import project_root
from ledgerlm.errors import ToolchainError

_SETUP_HINT = "run `make setup` in the repository (installs the pinned npm toolchain into node_modules)"


def node_modules() -> Path:
    path = project_root() / "node_modules"
    if not path.is_dir():
        raise ToolchainError(f"{path} does not exist", hint=_SETUP_HINT)
    return path


@cache
def node_binary() -> str:
    node = shutil.which("node")
    if node is None:
        raise ToolchainError("node (Node.js) is not on PATH", hint="install Node.js 18+ (e.g. apt-get install nodejs)")
    return node


def solc_js_dir() -> Path:
    path = node_modules() / "solc"
    if not (path / "soljson.js").exists():
        raise ToolchainError("solc-js is not installed", hint=_SETUP_HINT)
    return path


def solc_shim() -> Path:
    """The ``solc`` command for Slither and forge (``tools/solc``), backed by the same solc-js."""
    return project_root() / "tools" / "solc"


def openzeppelin_dir() -> Path:
    path = node_modules() / "@openzeppelin" / "contracts"
    if not path.is_dir():
        raise ToolchainError("@openzeppelin/contracts is not installed", hint=_SETUP_HINT)
    return path


def _native(package: str, binary: str) -> Path:
    path = node_modules() / "@foundry-rs" / package / "bin" / binary
    if not path.exists():
        raise ToolchainError(f"{binary} is not installed ({path} missing)", hint=_SETUP_HINT)
    return path


def anvil_binary() -> Path:
    return _native("anvil-linux-amd64", "anvil")


def forge_binary() -> Path:
    return _native("forge-linux-amd64", "forge")
