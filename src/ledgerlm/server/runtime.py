"""What one worker process holds: its settings, the shared job store, one chain connection and the assistants of
the sessions it has served.

The chain is opened once per process (``memory`` is an in-process chain, so each worker has its own; ``anvil`` or a
URL is shared by all). Work that touches the chain runs in a thread under one lock, because a py-evm chain is not
thread-safe.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from ledgerlm.server.settings import ServerSettings
from ledgerlm.server.store import JobStore

if TYPE_CHECKING:
    from ledgerlm.assistant.core import Assistant
    from ledgerlm.chain import Chain

_MAX_ASSISTANTS = 256


class Runtime:
    def __init__(self, settings: ServerSettings) -> None:
        self.settings = settings
        self.jobs = JobStore()
        self.lock = threading.RLock()
        self._chain: Chain | None = None
        self._assistants: OrderedDict[str, Assistant] = OrderedDict()

    @property
    def chain(self) -> Chain:
        with self.lock:
            if self._chain is None:
                from ledgerlm.chain import connect

                self._chain = connect(self.settings.chain)
            return self._chain

    def assistant(self, sid: str) -> Assistant:
        """The conversation of one browser session in this process (history is shared through the data dir)."""
        with self.lock:
            bot = self._assistants.get(sid)
            if bot is None:
                from ledgerlm.assistant.core import Assistant

                bot = Assistant(self.chain, user=user_of(sid))
                self._assistants[sid] = bot
                while len(self._assistants) > _MAX_ASSISTANTS:
                    self._assistants.popitem(last=False)
            else:
                self._assistants.move_to_end(sid)
            return bot

    def chain_name(self) -> str:
        return self.settings.chain or "configured"


def user_of(sid: str) -> str:
    """The assistant user id of a browser session (its history and spending are its own)."""
    return f"web:{sid}"


def studio_store() -> Any:
    from ledgerlm.assistant.confirmations import ConfirmationStore

    return ConfirmationStore()
