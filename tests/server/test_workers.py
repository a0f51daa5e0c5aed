"""Two uvicorn workers share confirmations through the core's store in the data dir: a plan shown by one worker is
approved by the other, exactly once; replays and forged hashes fail on every worker; racing approvals run once."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from tests.server.conftest import Server, chat

BOB = "0x2222222222222222222222222222222222222222"


@pytest.fixture(scope="module")
def two(tmp_path_factory: pytest.TempPathFactory, shared_cache: Path) -> Iterator[Server]:
    srv = Server(tmp_path_factory.mktemp("two"), workers=2, cache=shared_cache)
    yield srv
    srv.stop()


def _fresh_connection(srv: Server, cookies: httpx.Cookies) -> httpx.Client:
    """A new TCP connection (the kernel spreads new connections over the workers) in the same browser session."""
    return httpx.Client(base_url=srv.url, cookies=cookies, timeout=180)


def test_plan_from_one_worker_approved_by_the_other_once(two: Server) -> None:
    cross = 0
    seen: set[str] = set()
    for _ in range(30):
        with two.client() as shown:
            got = chat(shown, f"send 0.01 ETH to {BOB}")
            plan = got["plan"]
            cookies = shown.cookies
            with shown.stream("POST", "/v1/parse", json={"text": "x"}) as r:
                shower = r.headers["x-ledgerlm-worker"]
        for _attempt in range(6):  # find the other worker
            with _fresh_connection(two, cookies) as c:
                if c.get("/healthz").headers["x-ledgerlm-worker"] != shower:
                    break
        results = []
        for _ in range(4):  # the approval, then replays over new connections (either worker)
            with _fresh_connection(two, cookies) as c:
                r = c.post(f"/v1/plans/{plan['plan_id']}/confirm", json={"plan_hash": plan["plan_hash"]})
                results.append((r.status_code, r.headers["x-ledgerlm-worker"], r.json()))
                seen.add(r.headers["x-ledgerlm-worker"])
        assert [s for s, _, _ in results].count(200) == 1, results
        assert results[0][0] == 200 and results[0][2]["receipt"]["tx_hashes"]
        assert all(s == 409 and body["kind"] == "plan_used" for s, _, body in results[1:])
        if results[0][1] != shower:
            cross += 1
        if cross >= 1 and len(seen) == 2:  # what the assertions below need: stop as soon as it is shown
            break
    assert len(seen) == 2, "both workers answered"
    assert cross >= 1, "a plan shown by one worker was approved by the other"


def test_forged_and_racing_confirmations(two: Server) -> None:
    with two.client() as shown:
        plan = chat(shown, f"send 0.01 ETH to {BOB}")["plan"]
        cookies = shown.cookies
    forged_workers = set()
    for _ in range(6):
        with _fresh_connection(two, cookies) as c:
            r = c.post(f"/v1/plans/{plan['plan_id']}/confirm", json={"plan_hash": "f" * 64})
            assert r.status_code == 409 and r.json()["kind"] == "plan_hash"
            forged_workers.add(r.headers["x-ledgerlm-worker"])

    def fire(_: int) -> int:
        with _fresh_connection(two, cookies) as c:
            return c.post(f"/v1/plans/{plan['plan_id']}/confirm", json={"plan_hash": plan["plan_hash"]}).status_code

    with ThreadPoolExecutor(6) as pool:
        codes = list(pool.map(fire, range(6)))
    assert codes.count(200) == 1, codes
    assert set(codes) <= {200, 409}
