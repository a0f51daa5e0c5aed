"""Data-access extractor: what the data is, the reader to grant (address, did:pkh DID or name) and how long."""

from __future__ import annotations

import re
from typing import Any

from ledgerlm.language.extract import _I, Scan, _party

__all__ = ["extract"]

_DID = re.compile(r"did:pkh:eip155:\d+:0x[0-9a-fA-F]{40}")
_DATA = re.compile(
    r"\b(?:(?:my|our|the)\s+"
    r"(?P<en>(?:medical|health|patient|lab|research|genomic|dental|clinical|x-?ray|mri)?\s*"
    r"(?:records?|data(?:\s*sets?)?|files?|scans?|results?|reports?))|"
    r"(?P<en2>(?:medical|health|patient|genomic|dental|clinical)\s+(?:records?|data(?:\s*sets?)?)))\b|"
    r"(?P<zh>病历|医疗记录|健康数据|体检报告|检查报告|医疗数据|基因数据|研究数据|数据集|病例)",
    _I,
)


def extract(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    text = s.text
    m = _DATA.search(text)
    if m:
        g = next(k for k in ("en", "en2", "zh") if m.group(k))
        params["data"] = m.group(g).strip()
        s.cite("data", m.start(g), m.end(g), "what the data sets are")
    did = _DID.search(text)
    if did:
        params["reader"] = did.group(0)
        s.cite("reader", did.start(), did.end(), "a did:pkh DID")
    else:
        found = _party(
            s,
            [
                r"(?i:\b(?:give|grant|let|allow|share\b[^.;]{0,40}?\bwith)\s+)(?P<p>)",
                r"(?i:\baccess\s+(?:to|for)\s+)(?P<p>)",
                r"(?:授权给?|允许|给予?)\s*(?P<p>)",
            ],
        )
        if found and found != "me":
            params["reader"] = found
    durations = [d for d in s.durations if not d.frequency]
    if durations:
        d = durations[0]
        params["access_days"] = d.days
        s.cite("access_days", d.start, d.end, "how long access lasts")
    return params
