"""ledgerlm's own detectors, one module each, found by discovery: every module here that defines a subclass of
``base.Detector`` with an ``ID`` is run by the review. Each says what it looks for (``ID``, ``CATEGORY``,
``SEVERITY``, ``CONFIDENCE``, docstring) and is tested on its own fixtures in ``tests/review/detectors``.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from ledgerlm.review.detectors.base import Detector


@cache
def discover() -> tuple[type[Detector], ...]:
    found: list[type[Detector]] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, Detector)
                and value is not Detector
                and value.ID
                and value.__module__ == module.__name__
            ):
                found.append(value)
    return tuple(found)
