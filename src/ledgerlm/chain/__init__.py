"""One chain interface over three backends: managed anvil (default), in-process py-evm, or any JSON-RPC URL.

from ledgerlm.chain import connect
chain = connect("memory")   # or "anvil", or "http://host:8545"
result = chain.deploy(artifact, [arg1, arg2])
"""

from ledgerlm.chain.backends import connect, resolve_backend
from ledgerlm.chain.core import Chain, TxResult

__all__ = ["Chain", "TxResult", "connect", "resolve_backend"]
