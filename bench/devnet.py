"""DeFi devnet figures: deploying + seeding (`devnet.up`) against the same number of plain ETH transfers on the same
chain (the floor any transaction pays), idempotent re-verification against a full deploy, and the cost of quotes
and action plans against the raw contract read they wrap.

Run: .venv/bin/python bench/devnet.py [--chain memory|anvil] [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import summary_ms, temp_home, timed  # noqa: E402

from ledgerlm.chain import connect  # noqa: E402
from ledgerlm.defi import actions, devnet, views  # noqa: E402
from ledgerlm.defi.artifacts import abi, artifacts  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chain", default="memory")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    with temp_home():
        artifacts()  # compile outside the timings
        chain = connect(args.chain)
        full_s, result = timed(lambda: devnet.up(chain, kyc=False))
        n = result.transactions
        print(f"[{args.chain}] devnet.up: {n} transactions in {full_s:.2f} s ({full_s / n * 1000:.1f} ms/tx)")
        sender, to = chain.dev_accounts[0], chain.dev_accounts[9].address
        plain_s, _ = timed(lambda: [chain.send_eth(to, 1, sender=sender) for _ in range(n)])
        print(
            f"  baseline: {n} plain ETH transfers in {plain_s:.2f} s ({plain_s / n * 1000:.1f} ms/tx); "
            f"up / baseline = {full_s / plain_s:.2f}x"
        )
        again_s, again = timed(lambda: devnet.up(chain))
        assert not again.deployed
        print(
            f"  idempotent up (re-verify code of 8 contracts): {again_s * 1000:.1f} ms = "
            f"{full_s / again_s:.0f}x faster than deploying"
        )

        a = again.addresses
        amm = chain.contract(a.amm, abi("ConstantProductAMM"))
        raw = [
            timed(lambda: chain.call(amm.functions.getAmountOut(a.tokens["WETH"], a.tokens["USDC"], 10**18)))[0]
            for _ in range(args.repeat)
        ]
        quoted = [timed(lambda: views.quote(chain, "ETH", "USDC", "1"))[0] for _ in range(args.repeat)]
        alice = chain.dev_accounts[1]
        planned = [timed(lambda: actions.swap(chain, alice, "USDC", "DAI", "100"))[0] for _ in range(args.repeat)]
        position = [timed(lambda: views.position(chain, alice))[0] for _ in range(args.repeat)]
        print(f"  raw getAmountOut call   {summary_ms(raw)}")
        print(f"  views.quote             {summary_ms(quoted)}  ({sum(quoted) / sum(raw):.1f}x raw)")
        print(f"  actions.swap plan       {summary_ms(planned)}  ({sum(planned) / sum(raw):.1f}x raw)")
        print(f"  views.position          {summary_ms(position)}  ({sum(position) / sum(raw):.1f}x raw)")
        plan = actions.swap(chain, alice, "USDC", "DAI", "100")
        steps = plan.steps()
        exec_s, _ = timed(
            lambda: [chain.transact(s.function_call(chain), sender=alice, value=s.value_wei) for s in steps]
        )
        print(f"  executing a swap plan ({len(steps)} transactions): {exec_s * 1000:.0f} ms")
        if args.chain == "anvil":
            from ledgerlm.chain import anvil

            anvil.stop()


if __name__ == "__main__":
    main()
