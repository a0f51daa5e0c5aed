"""The managed local node: ledgerlm starts anvil when needed and stops it by its own PID.

State persists in ``<data_dir>/chain/anvil-state.json``: anvil loads it on start, dumps it every
``chain.state_interval_s`` seconds and on a clean stop. ``node.json`` records the running node; if it names a dead
process at the next start, the node crashed and anything after the last dump is lost, which ``start`` reports.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from ledgerlm.chain import locks
from ledgerlm.config import data_dir, get
from ledgerlm.errors import ChainError
from ledgerlm.solidity import toolchain

ANVIL_CHAIN_ID = 31337


@dataclass
class NodeInfo:
    pid: int
    port: int
    url: str
    chain_id: int
    state_file: str
    started_at: float

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass
class StartReport:
    node: NodeInfo
    started: bool
    recovered_from_crash: bool = False
    message: str = ""


def chain_dir() -> Path:
    path = data_dir() / "chain"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _info_path() -> Path:
    return chain_dir() / "node.json"


def _state_path() -> Path:
    return chain_dir() / "anvil-state.json"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child still answers kill(0); treat it as dead.
    with contextlib.suppress(FileNotFoundError, OSError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        if stat.split(")")[-1].split()[0] == "Z":
            return False
    return _is_anvil(pid)


def _is_anvil(pid: int) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True  # no /proc: trust kill(0)
    return b"anvil" in cmdline


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _read_info(path: Path) -> NodeInfo | None:
    """``node.json``, or None when it is missing or unreadable (a half-written or damaged file is not a node)."""
    try:
        return NodeInfo(**json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError):
        return None


def status() -> NodeInfo | None:
    """The running managed node, or None."""
    info = _read_info(_info_path())
    return info if info is not None and _alive(info.pid) else None


def _crash_message(info: NodeInfo) -> str:
    state = Path(info.state_file)
    if state.exists():
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(state.stat().st_mtime))
        return (
            f"the local chain (pid {info.pid}) was not stopped cleanly; its state was restored from the last "
            f"dump at {when}. Transactions after that moment are lost; deployments made after it are shown as "
            "`lost` (see `ledgerlm deployments`)."
        )
    return (
        f"the local chain (pid {info.pid}) was not stopped cleanly and had not dumped any state yet; "
        "it starts empty: every earlier local deployment is lost (shown as `lost` in `ledgerlm deployments`)."
    )


def _start_lock() -> contextlib.AbstractContextManager[None]:
    """Serialise starts and stops across processes sharing one data dir, so only one node is ever launched and
    every process finds the same one again through ``node.json``."""
    return locks.file_lock("node.lock", what="the managed node (start/stop)", timeout_s=60)


def start() -> StartReport:
    """Start anvil if it is not running. Idempotent and safe against concurrent callers."""
    with _start_lock():
        return _start_locked()


def _start_locked() -> StartReport:
    running = status()
    if running is not None:
        return StartReport(node=running, started=False)
    recovered = False
    message = ""
    info_path = _info_path()
    old = _read_info(info_path)
    if old is not None:
        recovered = True
        message = _crash_message(old)
    info_path.unlink(missing_ok=True)
    port = _free_port()
    state = _state_path()
    log = open(chain_dir() / "anvil.log", "ab")  # noqa: SIM115 - handed to the child process
    cmd = [
        str(toolchain.anvil_binary()),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--chain-id",
        str(ANVIL_CHAIN_ID),
        "--hardfork",
        "prague",
        "--state",
        str(state),
        "--state-interval",
        str(int(get("chain", "state_interval_s")) or 1),
        "--silent",
    ]
    block_time = int(get("chain", "block_time_s") or 0)
    if block_time > 0:
        cmd += ["--block-time", str(block_time)]
    try:
        proc = subprocess.Popen(cmd, stdout=log, stderr=log, stdin=subprocess.DEVNULL, start_new_session=True)
    finally:
        log.close()
    deadline = time.monotonic() + 15
    while not _port_open(port):
        if proc.poll() is not None:
            raise ChainError(f"anvil exited at start (code {proc.returncode})", hint=f"see {chain_dir() / 'anvil.log'}")
        if time.monotonic() > deadline:
            proc.kill()
            raise ChainError("anvil did not open its port within 15 s", hint=f"see {chain_dir() / 'anvil.log'}")
        time.sleep(0.02)
    info = NodeInfo(
        pid=proc.pid,
        port=port,
        url=f"http://127.0.0.1:{port}",
        chain_id=ANVIL_CHAIN_ID,
        state_file=str(state),
        started_at=time.time(),
    )
    tmp = info_path.with_suffix(".tmp")
    tmp.write_text(json.dumps(info.to_dict()), encoding="utf-8")
    os.replace(tmp, info_path)
    return StartReport(node=info, started=True, recovered_from_crash=recovered, message=message)


def stop(timeout_s: float = 10.0) -> bool:
    """Stop the managed node by its PID (SIGTERM lets anvil dump its state). Returns whether one was running."""
    with _start_lock():
        return _stop_locked(timeout_s)


def _stop_locked(timeout_s: float) -> bool:
    path = _info_path()
    info = _read_info(path)
    if info is None:
        path.unlink(missing_ok=True)
        return False
    was_running = _alive(info.pid)
    if was_running:
        os.kill(info.pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout_s
        while _alive(info.pid) and time.monotonic() < deadline:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(info.pid, os.WNOHANG)
            time.sleep(0.02)
        if _alive(info.pid):
            os.kill(info.pid, signal.SIGKILL)
    path.unlink(missing_ok=True)
    return was_running


def reset() -> None:
    """Stop the node and forget its state (a fresh chain on the next start)."""
    with _start_lock():
        _stop_locked(10.0)
        _state_path().unlink(missing_ok=True)
