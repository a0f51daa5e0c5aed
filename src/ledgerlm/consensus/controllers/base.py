"""The controller interface every difficulty rule implements, so the simulators can swap them freely.

A controller is a small stateful object. After each block is appended the simulator calls
``next_difficulty(height, timestamp, difficulty, load, amount, seen_s)`` with that block's data and gets the
difficulty of the next block. Difficulty is real-valued "expected hashes per block" (for PoS: seconds of
full-stake leader election per block), so ``difficulty / hashrate`` is the expected block time. ``clone()``
copies the state, which the network simulator needs because every fork branch carries its own controller state.
"""

from __future__ import annotations

import copy
from abc import ABC, abstractmethod
from typing import ClassVar


class Controller(ABC):
    """Base class: subclasses set ``name``/``source`` and implement :meth:`next_difficulty`."""

    name: ClassVar[str]
    source: ClassVar[str]
    #: True when the next difficulty never depends on the chain (lets the simulator vectorise fully).
    constant: ClassVar[bool] = False

    def __init__(self, target_block_s: float = 600.0) -> None:
        self.target_block_s = float(target_block_s)

    def start(self, genesis_time_s: float, genesis_difficulty: float) -> None:
        """Reset the state for a chain whose block 0 has this timestamp and difficulty."""
        self.genesis_time_s = genesis_time_s
        self.genesis_difficulty = genesis_difficulty

    @abstractmethod
    def next_difficulty(
        self, height: int, timestamp_s: float, difficulty: float, load: float, amount: float, seen_s: float
    ) -> float:
        """Difficulty of block ``height + 1`` given block ``height`` (its reported timestamp and difficulty).

        ``load`` is the mempool backlog after the block divided by the block size limit; ``amount`` the value the
        block moved; ``seen_s`` the local clock time a node received the block (not part of consensus data, a
        miner cannot forge it). Real chains' rules ignore all three; the adaptive scheme uses them."""

    def clone(self) -> Controller:
        return copy.deepcopy(self)

    def describe(self) -> dict[str, str]:
        return {"name": self.name, "source": self.source}
