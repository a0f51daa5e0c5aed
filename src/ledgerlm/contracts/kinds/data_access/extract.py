"""Data-access extractor: what the data is, the reader to grant (address, did:pkh DID or name) and how long."""

from __future__ import annotations

import re
from typing import Any

from ledgerlm.language.evidence import Span
from ledgerlm.language.extract import _I, Scan, _deadline_days
from ledgerlm.language.parties import _name_ending_at, read_name

__all__ = ["extract"]

_DID = re.compile(r"did:pkh:eip155:\d+:0x[0-9a-fA-F]{40}")
_EN_NOUN = (
    r"(?:records?|data(?:\s*sets?)?|datasets?|files?|scans?|results?|reports?|history|x-?rays?|documents?|"
    r"statements?|notes|photos|images|charts?|profile|archive|logs|history|claims|bills|invoices|prescriptions|"
    r"transcripts?|tests?)"
)
_ZH_NOUN = (
    r"(?:病历|病例|资料|档案|报告|文件|数据集|数据|记录|照片|影像|信息|报表|片子|[Xx]\s?光片|光片|合同|成绩单|账单|证书|简历|日志|"
    r"单据)"
)
_DATA = re.compile(
    rf"\b(?:(?:my|our|the)\s+(?:[a-z][\w\-]*'s\s+)?(?P<en>(?:[a-z][\w\-]*\s+){{0,2}}?{_EN_NOUN}(?:\s+{_EN_NOUN})?))\b|"
    r"(?P<en2>(?:medical|health|patient|genomic|dental|clinical)\s+(?:records?|data(?:\s*sets?)?))\b|"
    # never starting inside a verb ("访问实验数据" -> 实验数据, "开通合同档案" -> 合同档案)
    rf"(?P<zh>(?<![访查读授允共调阅开])"
    rf"(?:(?!查看|访问|读取|授权|允许|共享|开通|开放|权限|[的我你他给把让看和与])[\u4e00-\u9fff]){{0,6}}?{_ZH_NOUN}(?:{_ZH_NOUN})?"
    r"(?:文件|资料|档案|记录|报告|库)?)",
    _I,
)
_KIND_NAME = re.compile(r"数据(?:访问控制|访问管理|共享平台|权限管理)")
#: a Chinese reader framed by the grant and the verb: "给王医生看", "让保险公司看", "授权给招生办访问"
_ZH_READER = re.compile(
    r"(?:授权给?|允许|让|给予?)\s*(?P<r>[\u4e00-\u9fffA-Za-z.]{1,10}?)\s*(?:查看|访问|读取|调阅|使用|看)"
)
#: "Nurse Joy can read it": the reader named before what the reader may do
_EN_CAN_READ = re.compile(
    r"\s+(?:(?:can|may|will\s+be\s+able\s+to|should\s+be\s+able\s+to|is\s+allowed\s+to|gets?\s+to|to)\s+"
    r"(?:read|see|view|access|look)\b|(?:gets?|has|have|receives?)\s+(?:read(?:-only)?\s+)?access\b)",
    _I,
)
#: what a reader may do: never part of the reader's name ("授权张律师访问公司…" names 张律师)
_READ_VERB = re.compile(r"访问|查看|读取|调阅|使用|看")


def extract(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    text = s.text
    # "数据访问控制合约": a bare 数据 naming the kind is not the data ("病人资料访问控制" still names it)
    m = next((x for x in _DATA.finditer(text) if not _KIND_NAME.match(text, x.start())), None)
    if m:
        g = next(k for k in ("en", "en2", "zh") if m.group(k))
        start, end = m.start(g), m.end(g)
        if g == "zh" and m.group(g).endswith("数据") and end - 2 > start and _KIND_NAME.match(text, end - 2):
            end -= 2  # "病历数据访问控制": 数据访问控制 names the kind, 病历 is the data
        params["data"] = text[start:end].strip()
        s.cite("data", start, end, "what the data sets are")
    did = _DID.search(text)
    if did:
        params["reader"] = did.group(0)
        s.cite("reader", did.start(), did.end(), "a did:pkh DID")
    else:
        found = _reader_party(
            s,
            [
                r"(?i:\b(?:give|grant|let|allow|share\b[^.;]{0,40}?\bwith)\s+)(?P<p>)",
                r"(?i:\baccess\s+(?:to|for)\s+)(?P<p>)",
                rf"(?i:\b{_EN_NOUN}\s+(?:to|with)\s+)(?P<p>)",
                r"(?:授权给?|允许|给予?)\s*[:：]?\s*(?P<p>)",
                # "给律所的王律师开通…": a place or organisation, 的, then the reader
                r"(?:授权给?|给予?)\s*[\u4e00-\u9fff]{1,6}?的\s*(?P<p>)",
            ],
        )
        if found is None:
            found = _reader_before_verb(s)
        if found and found != "me":
            params["reader"] = found
    durations = [d for d in s.durations if not d.frequency]
    if durations:
        d = durations[0]
        params["access_days"] = d.days
        s.cite("access_days", d.start, d.end, "how long access lasts")
    else:  # "until the end of the month", "到明年3月15日": a calendar date, counted from the reference date
        _deadline_days(s, params, "access_days")
    return params


def _reader_before_verb(s: Scan) -> str | None:
    """The reader named right before what they may do: "Nurse Joy can read it", "给王医生看", "让保险公司看"."""
    m = _EN_CAN_READ.search(s.text)
    if m:
        hit = _name_ending_at(s.text[: m.start()])
        if hit is not None and hit.name != "me":
            s.name_spans[hit.name] = Span(hit.start, hit.end, hit.text)
            return hit.name
    z = _ZH_READER.search(s.text)
    if z:
        raw = z.group("r")
        hit = _name_ending_at(raw)
        start = z.start("r") + (hit.start if hit is not None else 0)
        name = hit.name if hit is not None else raw
        if name == "me" or re.search(r"[我你的把]", name):
            return None
        s.name_spans[name] = Span(start, start + len(name), name)
        return name
    return None


def _reader_party(s: Scan, patterns: list[str]) -> str | None:
    """The first reader a cue points at; a name read across the access verb ("张律师访问公司") is cut at the verb
    and read again, and dropped (a question) when the part before the verb is not a whole name."""
    for pat in patterns:
        for m in re.finditer(pat, s.text):
            found = read_name(s.text, m.start("p"))
            if found is None:
                continue
            verb = _READ_VERB.search(found.text)
            if verb:
                cut = found.start + verb.start()
                found = read_name(s.text[:cut], found.start)
                if found is None or found.end != cut:
                    continue
            s.name_spans[found.name] = Span(found.start, found.end, found.text)
            return found.name
    return None
