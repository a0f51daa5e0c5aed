"""Difficulty controllers: small, pluggable, each documented with its source. ``get_controller(name)`` builds one."""

from __future__ import annotations

from collections.abc import Callable

from ledgerlm.consensus.controllers.asert import AsertController
from ledgerlm.consensus.controllers.base import Controller
from ledgerlm.consensus.controllers.bitcoin import BitcoinController
from ledgerlm.consensus.controllers.fixed import FixedController
from ledgerlm.consensus.controllers.homestead import HomesteadController
from ledgerlm.consensus.controllers.lwma import LwmaController
from ledgerlm.errors import InputError


def _registry() -> dict[str, Callable[[float], Controller]]:
    reg: dict[str, Callable[[float], Controller]] = {
        "fixed": FixedController,
        "bitcoin": BitcoinController,
        "homestead": HomesteadController,
        "asert": AsertController,
        "lwma": LwmaController,
    }
    try:
        from ledgerlm.consensus.controllers.adaptive import AdaptiveController

        reg["adaptive"] = AdaptiveController
    except ImportError:  # pragma: no cover - during development
        pass
    try:
        from ledgerlm.consensus.controllers.learned import LearnedController

        reg["learned"] = LearnedController
    except ImportError:  # pragma: no cover
        pass
    return reg


def controller_names() -> list[str]:
    return list(_registry())


def get_controller(name: str, target_block_s: float = 600.0) -> Controller:
    reg = _registry()
    if name not in reg:
        raise InputError(f"unknown controller {name!r} / 未知控制器", hint=f"choose one of: {', '.join(reg)}")
    return reg[name](target_block_s)


__all__ = [
    "AsertController",
    "BitcoinController",
    "Controller",
    "FixedController",
    "HomesteadController",
    "LwmaController",
    "controller_names",
    "get_controller",
]
