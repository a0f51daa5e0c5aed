"""The kind registry: one folder per contract kind, discovered, never listed by hand.

A kind is a sub-package of this package (or of any folder added to its ``__path__``) that has a
``descriptor.py`` with ``DESCRIPTOR``. Its other modules are reached through the registry and imported lazily:

- ``spec.py``      ``SPEC``: the pydantic spec (language and pipeline);
- ``extract.py``   ``extract(scan) -> params``: the rules that read the kind's params from a request;
- ``plugin.py``    ``PLUGIN``: template, constructor arguments, self-test, explainer (the on-chain part).

Why discovery: adding a kind used to touch about twelve places, two of which failed silently (the zh "which
kind?" question raised KeyError, the KYC size gate skipped the kind). Now everything that needs the list of kinds
(``kind_names()``), a kind's names, cues, roles or size field (``descriptor(kind)``) reads it from here.
Importing this package is cheap: descriptors import nothing heavy, plugins load on first ``get_plugin``.
"""

from __future__ import annotations

import importlib
import pkgutil
import threading
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ledgerlm.errors import SpecError

if TYPE_CHECKING:
    from ledgerlm.contracts.kinds.base import KindDescriptor, KindPlugin
    from ledgerlm.contracts.spec import ContractSpec

__all__ = [
    "KindDescriptor",
    "KindPlugin",
    "broken_kinds",
    "descriptor",
    "descriptors",
    "extractor",
    "get_plugin",
    "kind_names",
    "reset_registry",
    "spec_class",
]

_LOCK = threading.Lock()
_descriptors: dict[str, KindDescriptor] = {}
_plugins: dict[str, KindPlugin] = {}
#: kind folders whose descriptor failed to import, with the error (their own tests fail; the others keep working)
_broken: dict[str, str] = {}


def _discover() -> dict[str, KindDescriptor]:
    with _LOCK:
        if not _descriptors:
            found: dict[str, KindDescriptor] = {}
            for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
                if not info.ispkg or info.name.startswith("_"):
                    continue
                try:
                    module = importlib.import_module(f"{__name__}.{info.name}.descriptor")
                except ModuleNotFoundError as exc:
                    if exc.name == f"{__name__}.{info.name}.descriptor":
                        continue  # a folder that is not a kind (shared support code, or a kind being written)
                    _broken[info.name] = f"{type(exc).__name__}: {exc}"
                    warnings.warn(f"contract kind {info.name!r} is skipped: {exc}", stacklevel=2)
                    continue
                except Exception as exc:  # noqa: BLE001 - one broken kind must not stop every other kind
                    _broken[info.name] = f"{type(exc).__name__}: {exc}"
                    warnings.warn(f"contract kind {info.name!r} is skipped: {exc}", stacklevel=2)
                    continue
                desc = module.DESCRIPTOR
                if desc.kind != info.name:
                    raise SpecError(
                        "kind",
                        f"folder {info.name!r} describes kind {desc.kind!r}",
                        hint="a kind's folder name and DESCRIPTOR.kind must be the same",
                    )
                found[desc.kind] = desc
            _descriptors.update(found)
        return _descriptors


def reset_registry() -> None:
    """Forget discovered kinds (tests that add a folder to ``__path__`` call this before and after)."""
    with _LOCK:
        _descriptors.clear()
        _plugins.clear()
        _broken.clear()


def broken_kinds() -> dict[str, str]:
    """Kind folders skipped because their descriptor does not import (name -> error)."""
    _discover()
    return dict(_broken)


def kind_names() -> tuple[str, ...]:
    """Every discovered kind, in a stable order (alphabetical by folder)."""
    return tuple(_discover())


def descriptors() -> dict[str, KindDescriptor]:
    return dict(_discover())


def _unknown(kind: str) -> SpecError:
    return SpecError("kind", f"unknown contract kind {kind!r}", hint=f"choose one of: {', '.join(kind_names())}")


def descriptor(kind: str) -> KindDescriptor:
    found = _discover().get(kind)
    if found is None:
        raise _unknown(kind)
    return found


def _module(kind: str, name: str) -> Any:
    descriptor(kind)
    return importlib.import_module(f"{__name__}.{kind}.{name}")


def spec_class(kind: str) -> type[ContractSpec]:
    return _module(kind, "spec").SPEC  # type: ignore[no-any-return]


def extractor(kind: str) -> Callable[[Any], dict[str, Any]]:
    """The kind's rule extractor ``extract(scan) -> params`` (see ``ledgerlm.language.extract.Scan``)."""
    return _module(kind, "extract").extract  # type: ignore[no-any-return]


def get_plugin(kind: str) -> KindPlugin:
    if kind not in _plugins:
        _plugins[kind] = _module(kind, "plugin").PLUGIN
    return _plugins[kind]


def __getattr__(name: str) -> Any:
    if name in ("KindPlugin", "KindDescriptor"):
        from ledgerlm.contracts.kinds import base

        return getattr(base, name)
    raise AttributeError(name)
