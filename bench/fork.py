"""The cost of simulating on an isolated fork instead of snapshot/revert on the shared node.

On the managed anvil, measured in this run (median of --n rounds each):
  * baseline: ``evm_snapshot`` + ``evm_revert`` on the node (the old way, which lost other clients' transactions)
    and one plain ``eth_blockNumber`` round trip;
  * ``isolated_fork`` start-up: launch ``anvil --fork-url`` until its first answer, and the whole enter/exit;
  * a two-step plan (two ETH payments) simulated by ``Executor.simulate`` on the fork, against the same two
    payments sent inside a snapshot on the node.
Then the local dev KYC attestation on a fresh in-process memory chain (issue 10 item 7: it is done lazily, the first
time a KYC gate runs in a process): the first gate (registry deploy + trust + attest) against a later gate.

Run: .venv/bin/python bench/fork.py [--n 15]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import temp_home  # noqa: E402

BOB = "0x742d35Cc6634C0532925a3b844Bc454e4438f44e"


def _median_ms(fn: Callable[[], Any], n: int) -> float:
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def fork_figures(n: int) -> None:
    from ledgerlm.assistant.confirmations import ConfirmationStore
    from ledgerlm.assistant.executor import Executor
    from ledgerlm.assistant.plan import Plan, Step
    from ledgerlm.chain import anvil, connect, fork

    anvil.start()
    try:
        chain = connect("anvil")
        rpc_ms = _median_ms(lambda: chain.w3.eth.block_number, n)

        def snapshot_revert() -> None:
            chain.revert(chain.snapshot())

        snap_ms = _median_ms(snapshot_revert, n)
        starts: list[float] = []

        def enter_exit() -> None:
            with fork.isolated_fork(chain):
                starts.append(fork.start_seconds or 0.0)

        fork_ms = _median_ms(enter_exit, n)
        start_ms = statistics.median(starts) * 1000
        steps = [Step("transfer", BOB, "0x", 10**15, {"en": "pay", "zh": "付款"}) for _ in range(2)]
        plan = Plan("send", "en", chain.chain_id, chain.default_account.address, "bench", steps)
        executor = Executor(chain, ConfirmationStore())
        sim_ms = _median_ms(lambda: executor.simulate(plan), n)

        def old_way() -> None:
            snap = chain.snapshot()
            try:
                for s in steps:
                    chain.send(s.tx())
            finally:
                chain.revert(snap)

        old_ms = _median_ms(old_way, n)
    finally:
        anvil.stop()
    print(f"managed anvil, median of {n} rounds:")
    print(f"  eth_blockNumber round trip            {rpc_ms:8.2f} ms   (baseline)")
    print(f"  evm_snapshot + evm_revert on the node  {snap_ms:8.2f} ms   (baseline: the old way)")
    print(f"  fork start-up (launch -> first answer) {start_ms:8.2f} ms   {start_ms / snap_ms:7.1f}x snapshot+revert")
    print(f"  fork enter + exit (start, kill, reap)  {fork_ms:8.2f} ms   {fork_ms / snap_ms:7.1f}x snapshot+revert")
    print(f"  2-step plan simulated on a fork        {sim_ms:8.2f} ms   {sim_ms / old_ms:7.2f}x the old way")
    print(f"  same 2 steps in a snapshot on the node {old_ms:8.2f} ms   (baseline: the old way)")


def dev_kyc_figures(n: int) -> None:
    from ledgerlm.chain import connect
    from ledgerlm.identity.policy import gate_action

    firsts, laters, connects = [], [], []
    for _ in range(max(1, n // 5) + 1):  # the first round warms the compiler cache and is dropped
        start = time.perf_counter()
        chain = connect("memory")
        connects.append(time.perf_counter() - start)
        me = chain.default_account.address
        start = time.perf_counter()
        status = gate_action("borrow", me, chain, lang="en")
        firsts.append(time.perf_counter() - start)
        assert status is not None and status.note is not None  # passed thanks to the dev attestation
        start = time.perf_counter()
        gate_action("borrow", me, chain, lang="en")
        laters.append(time.perf_counter() - start)
    c, f, later = (statistics.median(x[1:]) * 1000 for x in (connects, firsts, laters))
    print(f"dev KYC on a fresh memory chain, median of {len(firsts) - 1} fresh chains:")
    print(f"  connect('memory')                      {c:8.2f} ms   (baseline)")
    print(f"  first KYC gate (deploy+trust+attest)   {f:8.2f} ms   {f / c:7.2f}x connect")
    print(f"  later KYC gate (read only)             {later:8.2f} ms   {later / c:7.2f}x connect")
    print("  (the attestation runs only when a gate runs; a process that never meets a gate pays nothing)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=15)
    args = parser.parse_args()
    with temp_home():
        fork_figures(args.n)
    with temp_home():
        dev_kyc_figures(args.n)


if __name__ == "__main__":
    main()
