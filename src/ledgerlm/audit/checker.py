"""Walking the whole log and its anchors to find tampering.

Each stored record carries its leaf, the previous record's link and its own link. Walking in id order, the first
row whose content, leaf or links do not fit is classified by where its stored ``prev`` link points:

* a gap in the ids, or ``prev`` pointing at a link that no longer exists -> a record was **deleted**;
* ``prev`` pointing at the row just before it, but the content or link does not hash right -> **changed**;
* ``prev`` pointing further back than the row before it -> rows were **inserted** before it;
* ``prev`` pointing at a row after it -> rows were **reordered**.

Then every batch's root is recomputed from the records' *content* and compared with the root kept in the log and,
when a chain is given, with the root stored in the ``AuditAnchor`` contract. Someone with write access to the file
who rewrites every later leaf and link consistently is caught only by those anchored roots; records appended after
the last anchor cannot be told from genuine ones (there is no secret key), which is why anchoring should be frequent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ledgerlm.audit.hashing import LEAF_PREFIX, LINK_PREFIX, ZERO_HASH, keccak, record_bytes, to_hex
from ledgerlm.audit.log import AuditLog
from ledgerlm.audit.merkle import merkle_root
from ledgerlm.audit.models import Batch, CheckReport, Issue
from ledgerlm.audit.verify import ANCHOR_ABI


def _content_leaf(row: tuple[Any, ...]) -> bytes:
    fields = {
        "id": row[0],
        "time": row[1],
        "actor": row[2],
        "component": row[3],
        "kind": row[4],
        "model": row[5],
        "model_version": row[6],
        "input_sha256": row[7],
        "input": row[8],
        "v": row[11],
        "tx_hashes": _tx_list(row[10]),
    }
    return keccak(LEAF_PREFIX + record_bytes(fields, row[9]))


def _tx_list(text: str) -> list[str]:
    import json

    try:
        value = json.loads(text)
    except ValueError:
        return [text]
    return value if isinstance(value, list) else [text]


def _classify(log: AuditLog, position: int, prev: bytes) -> Issue:
    if prev == ZERO_HASH:
        origin: int | None = 1
    else:
        origin = None
        for row in log.raw_rows():
            if row[-1] == prev:
                origin = row[0] + 1
                break
    if origin is None:
        return Issue(
            "deleted", f"the record before #{position} was deleted (later records were renumbered)", record_id=position
        )
    if origin == position:
        return Issue("changed", f"record #{position} was changed after it was logged", record_id=position)
    if origin < position:
        return Issue("inserted", f"record #{origin} was inserted: it is not part of the original log", record_id=origin)
    return Issue("reordered", f"record #{position} was moved: it was logged later in the log", record_id=position)


OFFLINE_LIMITS = (
    "without --chain the check sees only this file: a log rewritten consistently (every later leaf, link and root"
    " recomputed), a deleted batch row, a batch set back to pending, emptied tables or a truncated file look genuine;"
    " run `ledgerlm audit check --chain CHAIN` to compare with every root the anchor contract holds",
    "records appended after the last anchored batch cannot be told from genuine ones by any check (there is no"
    " secret key); anchor often",
)


@dataclass
class ChainCheckReport(CheckReport):
    """``CheckReport`` plus ``limits``: what this check could not see (the offline check says so plainly)."""

    limits: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "limits": self.limits}


def _issue_once(report: CheckReport, issue: Issue) -> None:
    """One issue per batch: the first problem found names it."""
    if issue.batch_id is not None and any(i.batch_id == issue.batch_id for i in report.batch_issues):
        return
    report.batch_issues.append(issue)


def _check_against_chain(
    log: AuditLog, chain: Any, report: CheckReport, batches: list[Batch], contents: dict[int, bytes]
) -> None:
    """The chain is the source of truth: every root the log's anchor contract(s) hold must be matched by a batch
    row, its records and its root here; every batch the log calls anchored must be on chain."""
    from ledgerlm.audit.anchoring import known_anchor_contracts

    by_id = {b.id: b for b in batches}
    onchain: dict[int, tuple[bytes, int, int, str]] = {}
    known = known_anchor_contracts(log, chain.chain_id)
    if known and not log.meta(f"anchor_contract:{chain.chain_id}"):
        report.batch_issues.append(
            Issue(
                "meta_missing",
                f"the log no longer names its anchor contract on chain"
                f" {chain.chain_id} ({known[0]}, known from {Path(log.path).name}.anchors"
                ".json): its meta table was changed",
            )
        )
    for address in known:
        if not chain.code(address):
            report.batch_issues.append(
                Issue(
                    "anchor_missing",
                    f"the anchor contract {address} of this log has no"
                    f" code on chain {chain.chain_id} (the chain was reset?)",
                )
            )
            continue
        contract = chain.w3.eth.contract(address=address, abi=ANCHOR_ABI)
        for event in contract.events.BatchAnchored.get_logs(from_block=0):
            args = event["args"]
            onchain.setdefault(
                int(args["batchId"]), (bytes(args["root"]), int(args["firstId"]), int(args["lastId"]), address)
            )
    for batch_id, (root, first, last, address) in sorted(onchain.items()):
        local = by_id.get(batch_id)
        span = f"records #{first}..#{last}"
        if local is None:
            _issue_once(
                report,
                Issue(
                    "batch_missing",
                    f"batch {batch_id} ({span}) is anchored on chain at {address} but its row is missing from the log",
                    batch_id=batch_id,
                ),
            )
        elif (local.root, local.first_id, local.last_id) != (to_hex(root), first, last):
            _issue_once(
                report,
                Issue(
                    "root_mismatch",
                    f"batch {batch_id}: the log's root or range differs from the"
                    f" root anchored on chain ({to_hex(root)} over {span})",
                    batch_id=batch_id,
                ),
            )
        elif local.status != "anchored":
            _issue_once(
                report,
                Issue(
                    "batch_demoted",
                    f"batch {batch_id} is anchored on chain but the log marks it"
                    f" {local.status} (run `ledgerlm audit anchor` if a crash interrupted it)",
                    batch_id=batch_id,
                ),
            )
        leaves = [contents.get(i) for i in range(first, last + 1)]
        missing = sum(leaf is None for leaf in leaves)
        if missing:
            _issue_once(
                report,
                Issue(
                    "records_missing",
                    f"{missing} of the {len(leaves)} records of anchored batch"
                    f" {batch_id} ({span}) are missing from the log",
                    batch_id=batch_id,
                    record_id=first + next(i for i, x in enumerate(leaves) if x is None),
                ),
            )
        elif merkle_root([x for x in leaves if x is not None]) != root:
            _issue_once(
                report,
                Issue(
                    "root_mismatch",
                    f"batch {batch_id}: its records no longer hash to the root anchored on chain",
                    batch_id=batch_id,
                ),
            )
    for b in batches:
        if b.status == "anchored" and b.chain_id == chain.chain_id and b.id not in onchain:
            _issue_once(
                report,
                Issue(
                    "anchor_missing",
                    f"batch {b.id} is marked anchored but chain {b.chain_id} has no root for it at {b.contract}",
                    batch_id=b.id,
                ),
            )


def check_log(log: AuditLog, *, chain: Any = None) -> CheckReport:
    """Walk every record and batch; compare anchored roots with ``chain`` when given (see the module docstring)."""
    batches = log.batches()
    by_first = {b.first_id: b for b in batches}
    first_issue: Issue | None = None
    expected_id, prev_link, count, last_id = 1, ZERO_HASH, 0, 0
    current: Batch | None = None
    current_leaves: list[bytes] = []
    recomputed: dict[int, bytes | None] = {}
    contents: dict[int, bytes] = {}
    for row in log.raw_rows():
        rid, leaf, prev, link = row[0], row[12], row[13], row[14]
        count += 1
        content = _content_leaf(row)
        if chain is not None:
            contents[rid] = content
        if first_issue is None:
            if rid != expected_id:
                first_issue = Issue(
                    "deleted", f"record(s) #{expected_id}..#{rid - 1} were deleted", record_id=expected_id
                )
            elif content != leaf or prev != prev_link or link != keccak(LINK_PREFIX + prev + leaf):
                first_issue = _classify(log, rid, prev)
        prev_link, expected_id, last_id = link, rid + 1, rid
        if current is None and rid in by_first:
            current, current_leaves = by_first[rid], []
        if current is not None:
            if rid - current.first_id != len(current_leaves):  # a hole inside the batch
                recomputed[current.id] = None
                current = None
                continue
            current_leaves.append(content)
            if rid == current.last_id:
                recomputed[current.id] = merkle_root(current_leaves)
                current = None
    high = log.sequence_high_water()
    if first_issue is None and high > last_id:
        first_issue = Issue(
            "deleted", f"the last record(s) #{last_id + 1}..#{high} were deleted", record_id=last_id + 1
        )

    report = ChainCheckReport(
        records=count,
        batches=len(batches),
        anchored_batches=sum(b.status == "anchored" for b in batches),
        chain_checked=chain is not None,
        first_record_issue=first_issue,
    )
    for b in batches:
        root = recomputed.get(b.id)
        if root is None:
            report.batch_issues.append(
                Issue(
                    "root_mismatch",
                    f"batch {b.id}: records #{b.first_id}..#{b.last_id} are no longer all present",
                    batch_id=b.id,
                )
            )
            continue
        if to_hex(root) != b.root:
            report.batch_issues.append(
                Issue(
                    "root_mismatch",
                    f"batch {b.id}: its records no longer hash to the root {b.root} fixed when it was batched",
                    batch_id=b.id,
                )
            )
            continue
    if chain is None:
        report.limits = list(OFFLINE_LIMITS)
    else:
        _check_against_chain(log, chain, report, batches, contents)
    return report
