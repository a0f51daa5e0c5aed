"""A record's bytes survive a JavaScript reader: the web app's verifier (and an outsider's in any language) parses a
proof and re-encodes its record. Python writes 1.0 and 1e-05 where JavaScript writes 1 and 0.00001, and a JavaScript
number cannot hold 10**20 exactly, so such a record once failed to verify in the browser ("the record does not hash
to the proof's leaf") although nothing had changed. Records are written with portable numbers."""

from __future__ import annotations

import json
import shutil
import subprocess
from decimal import Decimal

import pytest

from ledgerlm.audit.hashing import canonical_json, portable_json
from ledgerlm.audit.log import AuditLog


def test_portable_numbers_keep_what_javascript_would_change_as_text() -> None:
    value = {
        "one": 1.0,
        "small": 1e-05,
        "p": 0.9999,
        "big": 10**20,
        "ok": 42,
        "s": "1.0",
        "neg": -2.0,
        "d": Decimal("1.5"),
    }
    assert json.loads(portable_json(value)) == {
        "one": 1,
        "small": "0.00001",
        "p": 0.9999,
        "big": "100000000000000000000",
        "ok": 42,
        "s": "1.0",
        "neg": -2,
        "d": "1.5",
    }
    plain = {"kind": "loan", "confidence": 0.9971, "n": [1, 2, 3]}
    assert portable_json(plain) == canonical_json(plain)  # nothing to change: the same text


def test_a_record_appended_with_awkward_numbers_is_stored_portably(log: AuditLog) -> None:
    rec = log.append("language.parser", "loan", {"confidence": 1.0, "p": 5e-05, "wei": 10**20})
    assert rec.output == {"confidence": 1, "p": "0.00005", "wei": "100000000000000000000"}
    again = log.get(rec.id)
    assert again.recomputed_leaf() == rec.leaf == again.leaf


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node (installed with the npm toolchain)")
def test_javascript_reencodes_the_record_to_the_hashed_bytes(log: AuditLog) -> None:
    rec = log.append("language.parser", "贷款", {"confidence": 1.0, "p": 5e-05, "wei": 10**20, "x": [0.5, 3]})
    script = (
        "const r = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "const sortKeys = (v) => Array.isArray(v) ? v.map(sortKeys) : (v && typeof v === 'object') ?"
        " Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])])) : v;"
        "process.stdout.write(JSON.stringify(sortKeys(r)));"
    )
    as_json = json.dumps(rec.fields(), ensure_ascii=False)
    out = subprocess.run(["node", "-e", script], input=as_json, capture_output=True, text=True, check=True).stdout
    assert out.encode("utf-8") == rec.canonical_bytes()
