"""AML screening of a stream of transfers, vectorised with numpy.

Rules (each small and explainable): sanctioned counterparties, structuring (several transfers just under a
reporting threshold within a window), pass-through (about the amount received sent on within a short window: an
outflow between 0.9 and 1.1 times the inflow; far more than came in is the account's own money), fan-out and
fan-in (many distinct counterparties in a window), round amounts, and velocity spikes against an account's own
history. Every alert names its rule, severity, the transactions involved and why.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import BaseModel

from ledgerlm.errors import InputError


class Alert(BaseModel):
    rule: str
    severity: str  # low | medium | high
    account: str
    tx_ids: list[str]
    explanation: str


@dataclass
class AmlRules:
    threshold_usd: float = 10_000.0
    structuring_band: float = 0.10  # within 10% below the threshold
    structuring_count: int = 3
    window_s: int = 24 * 3600
    passthrough_window_s: int = 3600
    passthrough_ratio: float = 0.9  # outflow at least this share of the inflow just before it ...
    passthrough_ratio_max: float = 1.1  # ... and at most this: sending far more than came in is the account's own money
    fan_count: int = 10
    round_unit: float = 1_000.0
    round_min_count: int = 5
    velocity_factor: float = 10.0
    blocklist: set[str] = field(default_factory=set)


@dataclass
class Transfers:
    """Columnar transfers: ids, sender, receiver (lower-case hex), USD amounts, unix timestamps."""

    ids: np.ndarray
    src: np.ndarray
    dst: np.ndarray
    usd: np.ndarray
    ts: np.ndarray

    @classmethod
    def from_records(cls, records: list[dict[str, Any]]) -> Transfers:
        try:
            ids = np.array([str(r.get("id", i)) for i, r in enumerate(records)], dtype=object)
            src = np.array([str(r["from"]).lower() for r in records], dtype=object)
            dst = np.array([str(r["to"]).lower() for r in records], dtype=object)
            usd = np.array([float(Decimal(str(r.get("amount_usd", r.get("amount"))))) for r in records])
            ts = np.array([int(r["timestamp"]) for r in records], dtype=np.int64)
        except (KeyError, ValueError, ArithmeticError) as exc:
            raise InputError(
                f"bad transfer record: {exc}", hint="each needs from, to, amount (or amount_usd) and timestamp"
            ) from None
        if (usd < 0).any():
            raise InputError("transfer amounts cannot be negative")
        order = np.argsort(ts, kind="stable")
        return cls(ids[order], src[order], dst[order], usd[order], ts[order])

    def __len__(self) -> int:
        return len(self.ts)


def load(path: str | Path) -> Transfers:
    file = Path(path)
    if not file.exists():
        raise InputError(f"{file} does not exist")
    if file.suffix == ".csv":
        with file.open(encoding="utf-8") as handle:
            return Transfers.from_records(list(csv.DictReader(handle)))
    lines = [ln for ln in file.read_text(encoding="utf-8").splitlines() if ln.strip()]
    try:
        records = [json.loads(ln) for ln in lines]
    except json.JSONDecodeError as exc:
        raise InputError(f"{file}: not JSON lines ({exc})", hint="one JSON object per line, or a .csv") from None
    if not all(isinstance(r, dict) for r in records):
        raise InputError(
            f"{file}: every line must be one JSON object (a transfer)",
            hint='e.g. {"from": "0x...", "to": "0x...", "amount": 10, "ts": 1700000000}',
        )
    return Transfers.from_records(records)


def _encode(src: np.ndarray, dst: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One integer code per account, shared by senders and receivers (a dict is far faster than sorting strings)."""
    book: dict[str, int] = {}
    src_code = np.fromiter((book.setdefault(a, len(book)) for a in src.tolist()), dtype=np.int64, count=len(src))
    dst_code = np.fromiter((book.setdefault(a, len(book)) for a in dst.tolist()), dtype=np.int64, count=len(dst))
    return np.array(list(book), dtype=object), src_code, dst_code


def _window_counts(groups: np.ndarray, ts: np.ndarray, mask: np.ndarray, window: int) -> np.ndarray:
    """For each masked row: how many masked rows of the same group fall in (ts - window, ts]."""
    idx = np.nonzero(mask)[0]
    if len(idx) == 0:
        return np.zeros(0, dtype=np.int64)
    order = np.lexsort((ts[idx], groups[idx]))
    g, t = groups[idx][order], ts[idx][order]
    key = g.astype(np.int64) * (10**12) + t  # ts < 1e12: groups sort first
    left = np.searchsorted(key, key - window, side="right")
    counts = np.arange(len(key)) - left + 1
    out = np.empty(len(idx), dtype=np.int64)
    out[order] = counts
    return out


def screen(tx: Transfers, rules: AmlRules | None = None, max_alerts_per_rule: int = 1000) -> list[Alert]:
    rules = rules or AmlRules()
    alerts: list[Alert] = []
    if len(tx) == 0:
        return alerts
    accounts, src_code, dst_code = _encode(tx.src, tx.dst)

    # sanctioned counterparties
    if rules.blocklist:
        block = {b.lower() for b in rules.blocklist}
        hit = np.array([s in block or d in block for s, d in zip(tx.src, tx.dst, strict=True)])
        for i in np.nonzero(hit)[0][:max_alerts_per_rule]:
            party = tx.src[i] if tx.src[i] in block else tx.dst[i]
            alerts.append(
                Alert(
                    rule="sanctioned_counterparty",
                    severity="high",
                    account=str(party),
                    tx_ids=[str(tx.ids[i])],
                    explanation=f"transfer touches blocklisted {party}",
                )
            )

    # structuring: repeated amounts just under the threshold from one sender within the window
    band = (tx.usd < rules.threshold_usd) & (tx.usd >= rules.threshold_usd * (1 - rules.structuring_band))
    counts = _window_counts(src_code, tx.ts, band, rules.window_s)
    band_rows = np.nonzero(band)[0]
    best: dict[str, tuple[int, int]] = {}  # account -> (largest count in one window, row where it ends)
    for row, count in zip(band_rows, counts, strict=True):
        if count >= rules.structuring_count:
            acct = str(tx.src[row])
            if count >= best.get(acct, (0, -1))[0]:
                best[acct] = (int(count), int(row))
    for acct, (_, end) in list(best.items())[:max_alerts_per_rule]:
        rows = np.nonzero(band & (tx.src == acct) & (tx.ts > tx.ts[end] - rules.window_s) & (tx.ts <= tx.ts[end]))[0]
        alerts.append(
            Alert(
                rule="structuring",
                severity="high",
                account=acct,
                tx_ids=[str(x) for x in tx.ids[rows]],
                explanation=f"{len(rows)} transfers just below ${rules.threshold_usd:,.0f} within "
                f"{rules.window_s // 3600} h",
            )
        )

    # pass-through: an account sends on about what it received shortly before (within [ratio, ratio_max] of it)
    by_src = _groups(src_code)
    by_dst = _groups(dst_code)
    passes = 0
    for code, outs in by_src.items():
        acct = accounts[code]
        ins = by_dst.get(code)
        if ins is None or passes >= max_alerts_per_rule:
            continue
        in_ts, in_cum = tx.ts[ins], np.cumsum(tx.usd[ins])
        lo = np.searchsorted(in_ts, tx.ts[outs] - rules.passthrough_window_s, side="left")
        hi = np.searchsorted(in_ts, tx.ts[outs], side="right")
        received = np.where(
            hi > lo, in_cum[np.maximum(hi - 1, 0)] - np.where(lo > 0, in_cum[np.maximum(lo - 1, 0)], 0), 0.0
        )
        hit = np.nonzero(
            (received > 0)
            & (tx.usd[outs] >= rules.passthrough_ratio * received)
            & (tx.usd[outs] <= rules.passthrough_ratio_max * received)
            & (tx.usd[outs] >= 1000)
        )[0]
        if len(hit):
            k = hit[0]
            o = outs[k]
            passes += 1
            alerts.append(
                Alert(
                    rule="pass_through",
                    severity="medium",
                    account=str(acct),
                    tx_ids=[str(x) for x in tx.ids[ins[lo[k] : hi[k]]]] + [str(tx.ids[o])],
                    explanation=f"sent ${tx.usd[o]:,.0f} on within {rules.passthrough_window_s // 60}"
                    f" min of receiving ${received[k]:,.0f}",
                )
            )

    # fan-out / fan-in: many distinct counterparties inside one window
    n_accounts = len(accounts)
    for rule, own, other, grouped in (("fan_out", src_code, dst_code, by_src), ("fan_in", dst_code, src_code, by_dst)):
        keys = np.sort(own * n_accounts + other)
        pairs = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]  # sort-based unique: faster than hashing here
        distinct = np.bincount(pairs // n_accounts, minlength=n_accounts)
        fans = 0
        for hub in np.nonzero(distinct >= rules.fan_count)[0].tolist():
            rows = grouped[hub]
            span = tx.ts[rows]
            ends = np.searchsorted(span, span + rules.window_s, side="right")
            k = int(np.argmax(ends - np.arange(len(span))))
            window_rows = rows[k : ends[k]]
            partners = len(set(other[window_rows].tolist()))
            if partners >= rules.fan_count and fans < max_alerts_per_rule:
                fans += 1
                alerts.append(
                    Alert(
                        rule=rule,
                        severity="medium",
                        account=str(accounts[hub]),
                        tx_ids=[str(x) for x in tx.ids[window_rows][:50]],
                        explanation=f"{partners} distinct counterparties within {rules.window_s // 3600} h",
                    )
                )

    # round amounts, many times
    is_round = (tx.usd >= rules.round_unit) & (np.mod(tx.usd, rules.round_unit) == 0)
    per_sender = np.bincount(src_code[is_round], minlength=len(accounts))
    for code in np.nonzero(per_sender >= rules.round_min_count)[0][:max_alerts_per_rule]:
        rows = np.nonzero(is_round & (src_code == code))[0]
        alerts.append(
            Alert(
                rule="round_amounts",
                severity="low",
                account=str(accounts[code]),
                tx_ids=[str(x) for x in tx.ids[rows][:50]],
                explanation=f"{len(rows)} transfers of exact multiples of ${rules.round_unit:,.0f}",
            )
        )

    # velocity spike: a day's outflow far above the sender's median daily outflow
    day = tx.ts // 86400
    keys = src_code.astype(np.int64) * 10**7 + (day - day.min())
    uniq, inv = np.unique(keys, return_inverse=True)
    daily = np.bincount(inv, weights=tx.usd)
    owner = uniq // 10**7
    spikes = 0
    for code, idx in _groups(owner).items():
        values = daily[idx]
        if len(values) < 5 or spikes >= max_alerts_per_rule:
            continue
        med = float(np.median(values))
        if med > 0 and values.max() > rules.velocity_factor * med:
            spikes += 1
            alerts.append(
                Alert(
                    rule="velocity_spike",
                    severity="medium",
                    account=str(accounts[code]),
                    tx_ids=[],
                    explanation=f"one day's outflow ${values.max():,.0f} is "
                    f"{values.max() / med:.0f}x the usual ${med:,.0f}",
                )
            )
    return alerts


def _groups(codes: np.ndarray) -> dict[int, np.ndarray]:
    """Row indices per code, each in time order (rows are already sorted by time): one sort, no rescans."""
    order = np.argsort(codes, kind="stable")
    sorted_codes = codes[order]
    cuts = np.flatnonzero(np.diff(sorted_codes)) + 1
    return {
        int(sorted_codes[chunk[0]]): order[chunk[0] : chunk[-1] + 1]
        for chunk in np.split(np.arange(len(order)), cuts)
        if len(chunk)
    }
