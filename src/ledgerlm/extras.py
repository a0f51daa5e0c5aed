"""Optional dependencies, imported where they are needed and named when they are missing.

The core install (``pip install ledgerlm``) carries what parsing, creating, explaining and the chain need. Heavier
libraries are extras in ``pyproject.toml``: ``[consensus]`` (matplotlib, scikit-learn: the consensus lab's charts,
the learned controller's training, the risk charts), ``[train]`` (scikit-learn, torch, transformers: training the
intent classifier; ``[finetune]`` is its old name) and ``[server]`` (fastapi, uvicorn). A function that needs one
calls :func:`require` inside its body, never at module top, so a missing extra fails only that function, with a
:class:`MissingExtra` error that names the extra and the exact pip command instead of a bare ``ImportError``.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from ledgerlm.errors import ConfigError

#: What each extra is for, in the words an error message uses.
EXTRAS: dict[str, str] = {
    "consensus": "charts and the consensus lab's training (matplotlib, scikit-learn)",
    "train": "training the intent classifier (scikit-learn, torch, transformers)",
    "server": "the HTTP server (fastapi, uvicorn)",
}


class MissingExtra(ConfigError):
    """An optional dependency is not installed; ``extra`` names the pyproject extra that brings it."""

    def __init__(self, module: str, extra: str, purpose: str) -> None:
        super().__init__(
            f"{purpose} needs {module.split('.')[0]}, which is not installed (optional extra [{extra}])",
            hint=install_command(extra),
        )
        self.module = module
        self.extra = extra


def install_command(extra: str) -> str:
    """The exact command that installs ``extra`` (from a checkout, the usual case, or from PyPI)."""
    return f"pip install -e '.[{extra}]'  (from a checkout; otherwise pip install 'ledgerlm[{extra}]')"


def require(module: str, extra: str, purpose: str) -> ModuleType:
    """Import ``module`` or raise :class:`MissingExtra` naming ``extra``; ``purpose`` says what needed it."""
    if extra not in EXTRAS:
        raise ValueError(f"unknown extra {extra!r}; known: {sorted(EXTRAS)}")
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtra(module, extra, purpose) from exc
