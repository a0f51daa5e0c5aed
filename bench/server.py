"""HTTP throughput and latency of ``ledgerlm serve``: requests/s and p50/p99 for /v1/parse and /v1/intent with
concurrent keep-alive clients, and the time to the first chat event.

Baseline, measured in the same run: the same core call (``ledgerlm.parse`` / ``understand``) in this process, one at
a time; the ratio says what HTTP, JSON and the guard cost on top (the server runs the core on every worker, so on
two idle cores the ratio can reach about 2). ``/healthz`` gives the HTTP layer's own ceiling. The load generator
(4 processes of keep-alive http.client threads) runs on the same cores, so figures are a lower bound.
Target (issue 15): >= 500 parse requests/s on 2 cores with p99 < 50 ms.
Run: .venv/bin/python bench/server.py [--seconds 8] [--clients 16] [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [
    "自动借贷合约，贷款期限3个月，年利率5%，每期还款10%本金",
    "Loan 1000 USDC to Bob for 6 months at 5% APR",
    "托管合约：买家付 2 ETH，卖家发货后释放",
    "vest 10000 tokens to alice over 4 years with a 1 year cliff",
]
INTENTS = [
    "send 5 USDC to 0x742d35Cc6634C0532925a3b844Bc454e4438f44e",
    "买 2 个 ETH",
    "what is the price of ETH?",
    "把 100 USDC 换成 ETH",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _client_proc(args: tuple[int, str, str, str | None, list[str], float, int]) -> tuple[list[float], int]:
    """One load process: ``threads`` keep-alive connections (http.client: far less client overhead than an async
    client, so the figures measure the server, not the load generator)."""
    import http.client
    import json
    import threading

    port, method, path, key, texts, seconds, threads = args
    latencies: list[float] = []
    errors = [0]
    stop = time.perf_counter() + seconds

    def run(i: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        n = i
        while time.perf_counter() < stop:
            body = None if key is None else json.dumps({key: texts[n % len(texts)]})
            start = time.perf_counter()
            conn.request(method, path, body=body, headers={"content-type": "application/json"} if body else {})
            resp = conn.getresponse()
            resp.read()
            latencies.append(time.perf_counter() - start)
            errors[0] += resp.status != 200
            n += 1

    pool = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return latencies, errors[0]


def load(
    port: int, method: str, path: str, key: str | None, texts: list[str], seconds: float, clients: int, procs: int = 4
) -> dict[str, float]:
    from multiprocessing import Pool

    per = max(1, clients // procs)
    began = time.perf_counter()
    with Pool(procs) as pool:
        parts = pool.map(_client_proc, [(port, method, path, key, texts, seconds, per)] * procs)
    took = time.perf_counter() - began
    latencies = [x for lat, _ in parts for x in lat]
    errors = sum(e for _, e in parts)
    return {
        "rps": len(latencies) / seconds,
        "p50_ms": pct(latencies, 0.5) * 1e3,
        "p99_ms": pct(latencies, 0.99) * 1e3,
        "n": len(latencies),
        "errors": errors,
        "wall_s": took,
    }


def first_chat_event(url: str, runs: int = 8) -> tuple[float, float]:
    """(median seconds to the first event, median seconds to the `message` event) of a chat question."""
    first, message = [], []
    with httpx.Client(base_url=url, timeout=60) as c:
        for i in range(runs):
            start = time.perf_counter()
            got_first = None
            with c.stream("POST", "/v1/chat", json={"message": ["what is gas?", "ETH 价格多少"][i % 2]}) as r:
                for line in r.iter_lines():
                    if got_first is None:
                        got_first = time.perf_counter() - start
                    if line.startswith("event: message"):
                        message.append(time.perf_counter() - start)
                        break
            first.append(got_first or 0.0)
    return statistics.median(first), statistics.median(message)


def baseline(seconds: float = 2.0) -> dict[str, float]:
    import ledgerlm
    from ledgerlm.assistant.intents import understand

    out = {}
    for name, fn, texts in (("parse", ledgerlm.parse, TEXTS), ("intent", understand, INTENTS)):
        fn(texts[0])
        n, stop = 0, time.perf_counter() + seconds
        while time.perf_counter() < stop:
            fn(texts[n % len(texts)])
            n += 1
        out[name] = n / seconds
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=8.0)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    home = tempfile.mkdtemp(prefix="ledgerlm-bench-server-")
    port = free_port()
    env = {**os.environ, "LEDGERLM_HOME": home, "LEDGERLM_SERVER_RATE": "0", "LEDGERLM_AUDIT_AUTO_ANCHOR": "false"}
    env.pop("LEDGERLM_SERVER_TOKEN", None)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ledgerlm.cli.main",
            "serve",
            "--port",
            str(port),
            "--chain",
            "memory",
            "--workers",
            str(args.workers),
        ],
        env=env,
        cwd=str(ROOT),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        os.environ["LEDGERLM_HOME"] = home
        base = baseline()
        print(
            f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; server: {args.workers} "
            f"worker(s); {args.clients} concurrent keep-alive clients, {args.seconds:.0f} s per endpoint"
        )
        for name, path, key, texts in (
            ("parse", "/v1/parse", "text", TEXTS),
            ("intent", "/v1/intent", "text", INTENTS),
        ):
            load(port, "POST", path, key, texts, 1.0, args.clients)  # warm every worker
            r = load(port, "POST", path, key, texts, args.seconds, args.clients)
            ok = (
                " (target >= 500 req/s, p99 < 50 ms: "
                + ("met" if r["rps"] >= 500 and r["p99_ms"] < 50 else "NOT met")
                + ")"
                if name == "parse"
                else ""
            )
            print(
                f"{path:12s} {r['rps']:7.0f} req/s  p50 {r['p50_ms']:6.1f} ms  p99 {r['p99_ms']:6.1f} ms  "
                f"n={r['n']} errors={r['errors']}  | in-process core {base[name]:6.0f} calls/s, HTTP/core "
                f"{r['rps'] / base[name]:.2f}x{ok}"
            )
        r = load(port, "GET", "/healthz", None, [], args.seconds / 2, args.clients)
        print(
            f"{'/healthz':12s} {r['rps']:7.0f} req/s  p50 {r['p50_ms']:6.1f} ms  p99 {r['p99_ms']:6.1f} ms  "
            f"n={r['n']}  (HTTP + guard alone: the server's ceiling on this machine)"
        )
        first, message = first_chat_event(url)
        print(f"/v1/chat     first event {first * 1e3:.1f} ms, first `message` event {message * 1e3:.1f} ms (median)")
    finally:
        proc.terminate()
        proc.wait(10)


if __name__ == "__main__":
    main()
