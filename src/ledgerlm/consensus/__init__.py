"""The consensus lab: can a model that reads the network's state set difficulty better than real chains' rules?

Simulators (single chain, vectorised where possible; event-driven network with forks), reference controllers
checked against their specifications (aserti3-2d vectors, Bitcoin Core cases, EIP-2), the design notes' adaptive
scheme and a learned controller, metrics, and the ``compare`` runner behind ``ledgerlm consensus``.
"""

from __future__ import annotations

from ledgerlm.consensus.controllers import Controller, controller_names, get_controller
from ledgerlm.consensus.lab import LabResult, compare, run_once
from ledgerlm.consensus.metrics import RunMetrics, measure
from ledgerlm.consensus.network import simulate_network
from ledgerlm.consensus.scenarios import Scenario, get_scenario, standard_scenarios
from ledgerlm.consensus.simulator import ChainRun, simulate

__all__ = [
    "ChainRun",
    "Controller",
    "LabResult",
    "RunMetrics",
    "Scenario",
    "compare",
    "controller_names",
    "get_controller",
    "get_scenario",
    "measure",
    "run_once",
    "simulate",
    "simulate_network",
    "standard_scenarios",
]
