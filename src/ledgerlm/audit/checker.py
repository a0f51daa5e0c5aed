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

from typing import Any

from ledgerlm.audit.hashing import LEAF_PREFIX, LINK_PREFIX, ZERO_HASH, keccak, record_bytes, to_hex
from ledgerlm.audit.log import AuditLog
from ledgerlm.audit.merkle import merkle_root
from ledgerlm.audit.models import Batch, CheckReport, Issue
from ledgerlm.audit.verify import ANCHOR_ABI


def _content_leaf(row: tuple[Any, ...]) -> bytes:
    fields = {
        "id": row[0], "time": row[1], "actor": row[2], "component": row[3], "kind": row[4], "model": row[5],
        "model_version": row[6], "input_sha256": row[7], "input": row[8], "v": row[11],
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
        return Issue("deleted", f"the record before #{position} was deleted (later records were renumbered)",
                     record_id=position)
    if origin == position:
        return Issue("changed", f"record #{position} was changed after it was logged", record_id=position)
    if origin < position:
        return Issue("inserted", f"record #{origin} was inserted: it is not part of the original log",
                     record_id=origin)
    return Issue("reordered", f"record #{position} was moved: it was logged later in the log", record_id=position)


def check_log(log: AuditLog, *, chain: Any = None) -> CheckReport:
    """Walk every record and batch; compare anchored roots with ``chain`` when given (see the module docstring)."""
    batches = log.batches()
    by_first = {b.first_id: b for b in batches}
    first_issue: Issue | None = None
    expected_id, prev_link, count, last_id = 1, ZERO_HASH, 0, 0
    current: Batch | None = None
    current_leaves: list[bytes] = []
    recomputed: dict[int, bytes | None] = {}
    for row in log.raw_rows():
        rid, leaf, prev, link = row[0], row[12], row[13], row[14]
        count += 1
        content = _content_leaf(row)
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
        first_issue = Issue("deleted", f"the last record(s) #{last_id + 1}..#{high} were deleted",
                            record_id=last_id + 1)

    report = CheckReport(records=count, batches=len(batches),
                         anchored_batches=sum(b.status == "anchored" for b in batches),
                         chain_checked=chain is not None, first_record_issue=first_issue)
    contracts: dict[str, Any] = {}
    for b in batches:
        root = recomputed.get(b.id)
        if root is None:
            report.batch_issues.append(Issue("root_mismatch", f"batch {b.id}: records #{b.first_id}..#{b.last_id}"
                                             " are no longer all present", batch_id=b.id))
            continue
        if to_hex(root) != b.root:
            report.batch_issues.append(Issue("root_mismatch", f"batch {b.id}: its records no longer hash to the root"
                                             f" {b.root} fixed when it was batched", batch_id=b.id))
            continue
        if chain is None or b.status != "anchored" or b.chain_id != chain.chain_id or not b.contract:
            continue
        if b.contract not in contracts:
            contracts[b.contract] = chain.w3.eth.contract(address=b.contract, abi=ANCHOR_ABI) \
                if chain.code(b.contract) else None
        contract = contracts[b.contract]
        onchain = contract.functions.getBatch(b.id).call() if contract is not None else (ZERO_HASH, 0, 0)
        if bytes(onchain[0]) == ZERO_HASH:
            report.batch_issues.append(Issue("anchor_missing", f"batch {b.id} is marked anchored but chain"
                                             f" {b.chain_id} has no root for it at {b.contract}", batch_id=b.id))
        elif (bytes(onchain[0]), onchain[1], onchain[2]) != (root, b.first_id, b.last_id):
            message = f"batch {b.id}: the root on chain ({to_hex(bytes(onchain[0]))}) no longer matches the log"
            report.batch_issues.append(Issue("root_mismatch", message, batch_id=b.id))
    return report
