"""``redact(text)``: the one call every path to an LLM, the audit log or a chain goes through.

Order matters: secrets are checked first and refused (``SecretDetected``) before anything else looks at the
text, so a key never reaches a placeholder map, a log line or an exception message. Then every PII detector
runs, candidates overlapping protected hex (addresses, hashes) are dropped, overlaps are resolved by type
priority and length, and each distinct value gets a stable typed placeholder (``[EMAIL_1]``, ``[PHONE_2]``):
the same e-mail twice becomes the same placeholder, so a model can still reason about "the same person".
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from ledgerlm.config import load_config
from ledgerlm.errors import ConfigError
from ledgerlm.privacy import detectors
from ledgerlm.privacy.detectors import PRIORITY, PiiType, Span
from ledgerlm.privacy.secrets import Hex64Policy, check_secrets

ALL_TYPES: tuple[PiiType, ...] = (
    "EMAIL", "PHONE", "CN_ID", "CARD", "IBAN", "IP", "ADDRESS", "NAME", "SSN", "PASSPORT", "DOB",
    "NATIONAL_ID",
)  # fmt: skip


class Finding(BaseModel):
    """One redacted item. ``value`` is only filled when the caller asked for it (``keep_values=True``)."""

    type: PiiType
    start: int = Field(description="start offset in the original text")
    end: int = Field(description="end offset (exclusive) in the original text")
    placeholder: str
    value: str | None = None


class Redacted(BaseModel):
    """Redacted text plus what was replaced where."""

    text: str
    findings: list[Finding] = Field(default_factory=list)

    @property
    def has_pii(self) -> bool:
        return bool(self.findings)

    @property
    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.findings:
            out[f.type] = out.get(f.type, 0) + 1
        return out

    def restore(self, text: str | None = None) -> str:
        """Put the original values back into ``text`` (e.g. an LLM reply); needs ``keep_values=True``."""
        out = self.text if text is None else text
        for f in self.findings:
            if f.value is None:
                raise ConfigError("restore() needs redact(..., keep_values=True)")
            out = out.replace(f.placeholder, f.value)
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "has_pii": self.has_pii,
            "counts": self.counts,
            "findings": [f.model_dump(exclude_none=True) for f in self.findings],
        }


_policy_cache: dict[tuple[str, str, int], Hex64Policy] = {}


def _policy() -> Hex64Policy:
    """``privacy.hex64_policy`` (strict|lenient). Cached per data dir, env override and config.toml mtime:
    parsing the config on every call made it two thirds of ``redact``'s cost."""
    home = os.environ.get("LEDGERLM_HOME", "")
    env = os.environ.get("LEDGERLM_PRIVACY_HEX64_POLICY", "")
    cfg = (Path(home).expanduser() if home else Path.home() / ".ledgerlm") / "config.toml"
    try:
        mtime = cfg.stat().st_mtime_ns
    except OSError:
        mtime = 0
    key = (home, env, mtime)
    if key not in _policy_cache:
        value = load_config().get("privacy", {}).get("hex64_policy", "strict")
        if value not in ("strict", "lenient"):
            raise ConfigError(f"privacy.hex64_policy must be 'strict' or 'lenient', not {value!r}")
        _policy_cache[key] = value
    return _policy_cache[key]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def find_pii(text: str, types: tuple[PiiType, ...] = ALL_TYPES) -> list[Span]:
    """Non-overlapping PII spans, sorted by position (no secrets check; ``redact`` does that)."""
    protected = detectors.protected_spans(text)
    candidates: list[Span] = []
    for kind in types:
        for span in detectors.DETECTORS[kind](text):
            if span.end <= span.start:
                continue
            if any(_overlaps((span.start, span.end), p) for p in protected):
                continue
            candidates.append(span)
    candidates.sort(key=lambda s: (-PRIORITY[s.type], -(s.end - s.start), s.start))
    chosen: list[Span] = []
    for span in candidates:
        if not any(_overlaps((span.start, span.end), (c.start, c.end)) for c in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


def redact(
    text: str,
    *,
    types: tuple[PiiType, ...] = ALL_TYPES,
    keep_values: bool = False,
    hex64_policy: Hex64Policy | None = None,
) -> Redacted:
    """Replace personal data in ``text`` with typed placeholders.

    Raises ``SecretDetected`` (and stores nothing) when the text holds a private key or seed phrase.
    ``keep_values=True`` keeps the originals in ``findings[].value`` for a later ``restore``; never log those.
    """
    if not isinstance(text, str):
        raise ConfigError(f"redact() needs a str, got {type(text).__name__}")
    check_secrets(text, hex64_policy=hex64_policy or _policy())
    spans = find_pii(text, types)
    numbering: dict[str, int] = {}
    by_value: dict[tuple[str, str], str] = {}
    findings: list[Finding] = []
    parts: list[str] = []
    cursor = 0
    for span in spans:
        value = text[span.start : span.end]
        key = (span.type, _normalise(span.type, value))
        placeholder = by_value.get(key)
        if placeholder is None:
            numbering[span.type] = numbering.get(span.type, 0) + 1
            placeholder = f"[{span.type}_{numbering[span.type]}]"
            by_value[key] = placeholder
        parts.append(text[cursor : span.start])
        parts.append(placeholder)
        cursor = span.end
        findings.append(
            Finding(
                type=span.type,
                start=span.start,
                end=span.end,
                placeholder=placeholder,
                value=value if keep_values else None,
            )
        )
    parts.append(text[cursor:])
    return Redacted(text="".join(parts), findings=findings)


def _normalise(kind: str, value: str) -> str:
    if kind in ("PHONE", "CARD", "IBAN", "CN_ID", "SSN", "PASSPORT", "NATIONAL_ID"):
        return "".join(ch for ch in value.upper() if ch.isalnum())
    return value.lower() if kind == "EMAIL" else value


def onchain_digest(text: str) -> str:
    """What may go on-chain for a piece of text: the keccak-256 of its redacted form, never the text itself."""
    from eth_utils import keccak

    return "0x" + keccak(text=redact(text).text).hex()


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
