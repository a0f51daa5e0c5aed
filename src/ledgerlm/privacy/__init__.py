"""Privacy before any model, log or chain: typed PII redaction; private keys and seed phrases refused outright.

from ledgerlm.privacy import redact
r = redact("我叫张伟，电话 13812345678，邮箱 zw@example.com")
r.text      # '我叫[NAME_1]，电话 [PHONE_1]，邮箱 [EMAIL_1]'
r.findings  # [Finding(type='NAME', start=2, end=4, placeholder='[NAME_1]'), ...]  (no values unless asked)
r.has_pii   # True
redact("my private key is 0x4c08...")  # raises SecretDetected; nothing was stored
"""

from ledgerlm.privacy.detectors import PiiType, Span
from ledgerlm.privacy.redact import ALL_TYPES, Finding, Redacted, find_pii, onchain_digest, redact
from ledgerlm.privacy.secrets import SecretFinding, check_secrets, find_secrets

__all__ = [
    "ALL_TYPES",
    "Finding",
    "PiiType",
    "Redacted",
    "SecretFinding",
    "Span",
    "check_secrets",
    "find_pii",
    "find_secrets",
    "onchain_digest",
    "redact",
]
