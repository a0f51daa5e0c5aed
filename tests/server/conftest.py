"""Real servers for the server tests: ``ledgerlm serve`` as a subprocess on a free loopback port, with its own
LEDGERLM_HOME and the in-process "memory" chain, and a real HTTP client (httpx). One server per test module."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(
        self,
        home: Path,
        *,
        workers: int = 1,
        env: dict[str, str] | None = None,
        args: list[str] | None = None,
        cache: Path | None = None,
    ) -> None:
        self.home = home
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        full = {
            **os.environ,
            "LEDGERLM_HOME": str(home),
            "LEDGERLM_CHAIN": "memory",
            "LEDGERLM_AUDIT_AUTO_ANCHOR": "false",
            "LEDGERLM_SERVER_RATE": "0",
        }
        full.pop("LEDGERLM_SERVER_TOKEN", None)
        if cache is not None:
            full["LEDGERLM_CACHE_DIR"] = str(cache)
        full.update(env or {})
        self.log = (home / "server.log").open("w")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "ledgerlm.cli.main",
                "serve",
                "--port",
                str(self.port),
                "--chain",
                "memory",
                "--workers",
                str(workers),
                *(args or []),
            ],
            env=full,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            cwd=str(ROOT),
        )
        self.wait_ready()

    def wait_ready(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited {self.proc.returncode}: {(self.home / 'server.log').read_text()}")
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code in (200, 401):  # 401: up, token needed
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError("server did not start: " + (self.home / "server.log").read_text())

    def client(self, **kw: Any) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=180, **kw)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


def events(client: httpx.Client, path: str, body: dict[str, Any]) -> list[tuple[str, Any]]:
    """POST and read the whole server-sent-event stream into (event, data) pairs."""
    out: list[tuple[str, Any]] = []
    with client.stream("POST", path, json=body) as resp:
        assert resp.status_code == 200, resp.read()
        assert resp.headers["content-type"].startswith("text/event-stream")
        name = None
        for line in resp.iter_lines():
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                out.append((name, json.loads(line[6:])))
    return out


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, shared_cache: Path) -> Iterator[Server]:
    srv = Server(tmp_path_factory.mktemp("srv"), cache=shared_cache)
    yield srv
    srv.stop()


def approve(client: httpx.Client, plan: dict[str, Any], **extra: Any) -> httpx.Response:
    return client.post(f"/v1/plans/{plan['plan_id']}/confirm", json={"plan_hash": plan["plan_hash"], **extra})


def chat(client: httpx.Client, message: str) -> dict[str, Any]:
    """Send one chat message; returns {event name: data} (the last of each) plus the ordered names."""
    got = events(client, "/v1/chat", {"message": message})
    out: dict[str, Any] = {name: data for name, data in got}
    out["_order"] = [name for name, _ in got]
    return out
