"""The door: a non-loopback bind needs a token, a token server refuses requests without it, rate limits per
client answer 429 with Retry-After."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.server.conftest import ROOT, Server, free_port

TOKEN = "test-token-not-secret-0123456789"


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory, shared_cache: Path) -> Iterator[Server]:
    srv = Server(
        tmp_path_factory.mktemp("guarded"),
        cache=shared_cache,
        env={"LEDGERLM_SERVER_TOKEN": TOKEN, "LEDGERLM_SERVER_BURST": "5", "LEDGERLM_SERVER_RATE": "0"},
        args=["--rate", "1"],
    )
    yield srv
    srv.stop()


def test_non_loopback_bind_without_token_refuses_to_start(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "LEDGERLM_SERVER_TOKEN"}
    env["LEDGERLM_HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "ledgerlm.cli.main", "serve", "--host", "0.0.0.0", "--port", str(port)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=str(ROOT),
    )
    assert done.returncode == 2
    assert "without an access token" in done.stderr and "LEDGERLM_SERVER_TOKEN" in done.stderr
    assert "Traceback" not in done.stderr
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)


def test_token_is_required_when_set(guarded: Server) -> None:
    none = httpx.get(guarded.url + "/healthz")
    wrong = httpx.get(guarded.url + "/healthz", headers={"authorization": "Bearer nope"})
    right = httpx.get(guarded.url + "/healthz", headers={"authorization": f"Bearer {TOKEN}"})
    assert none.status_code == 401 and none.json()["kind"] == "token" and none.json()["hint"]
    assert wrong.status_code == 401
    assert right.status_code == 200
    with httpx.Client(base_url=guarded.url) as browser:  # the page: /?token=... sets an HttpOnly cookie once
        first = browser.get("/", params={"token": TOKEN})
        assert first.status_code == 200 and "HttpOnly" in first.headers["set-cookie"]
        assert browser.get("/v1/session").json()["token_required"] is True


def test_rate_limit_per_client(guarded: Server) -> None:
    auth = {"authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=guarded.url, headers=auth) as c:
        codes = [c.post("/v1/parse", json={"text": "send 1 ETH"}).status_code for _ in range(12)]
        limited = c.get("/healthz")
    assert 429 in codes and codes[0] != 429
    assert limited.status_code == 429
    assert int(limited.headers["retry-after"]) >= 1 and limited.json()["kind"] == "rate"
