"""Check-digit validators that turn "looks like a number" into "is that kind of identifier".

Patterns alone flag every long digit run (order numbers, timestamps, amounts); the check digits of bank cards
(Luhn), IBANs (ISO 13616 mod-97) and Chinese resident IDs (ISO 7064 MOD 11-2, GB 11643-1999) reject ~90-99% of
such look-alikes, which is what keeps false positives low.
"""

from __future__ import annotations

import datetime as dt
import ipaddress

_CN_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CN_ID_CHECK = "10X98765432"

# IBAN lengths of the SEPA countries and other common ones (ISO 13616 registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
    "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24,
    "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21,
    "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LI": 21,
    "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30,
    "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
    "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20,
}  # fmt: skip


def luhn_valid(digits: str) -> bool:
    """Luhn (mod 10) check used by all payment card numbers."""
    if not (digits.isascii() and digits.isdigit()):  # '²' is a digit to str.isdigit but not to int()
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_valid(digits: str) -> bool:
    """13-19 digits, a known issuer prefix (2-6: Mastercard, Amex/Diners/JCB, Visa, Mastercard, Discover/UnionPay)
    and a valid Luhn check digit."""
    return 13 <= len(digits) <= 19 and digits[0] in "23456" and luhn_valid(digits)


def iban_valid(iban: str) -> bool:
    """Country length table plus the ISO 13616 mod-97 == 1 check."""
    s = iban.replace(" ", "").upper()
    if not s.isascii():  # 'ＤＥ', '²': int(ch, 36) reads only ASCII letters and digits
        return False
    if len(s) < 15 or len(s) > 34 or not s[:2].isalpha() or not s[2:4].isdigit() or not s.isalnum():
        return False
    expected = IBAN_LENGTHS.get(s[:2])
    if expected is not None and len(s) != expected:
        return False
    rearranged = s[4:] + s[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def cn_id_valid(id_number: str, *, today: dt.date | None = None) -> bool:
    """18-character mainland resident ID: province code, a real birth date, and the MOD 11-2 check character."""
    s = id_number.upper()
    if not s.isascii():
        return False
    if len(s) != 18 or not s[:17].isdigit() or not (s[17].isdigit() or s[17] == "X"):
        return False
    if s[0] not in "1234568" or s[:2] == "10":
        return False
    try:
        born = dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    if born.year < 1900 or born > (today or dt.date.today()):
        return False
    total = sum(int(d) * w for d, w in zip(s[:17], _CN_ID_WEIGHTS, strict=True))
    return _CN_ID_CHECK[total % 11] == s[17]


def cn_id_check_char(first17: str) -> str:
    """The check character for the first 17 digits (used to build valid test data)."""
    total = sum(int(d) * w for d, w in zip(first17, _CN_ID_WEIGHTS, strict=True))
    return _CN_ID_CHECK[total % 11]


def ip_valid(candidate: str) -> bool:
    try:
        ipaddress.ip_address(candidate)
    except ValueError:
        return False
    return True


def cpf_valid(value: str) -> bool:
    """Brazil's CPF: 11 digits whose last two are mod-11 check digits (Receita Federal); a run of one repeated
    digit passes the arithmetic but is never issued, so it is rejected."""
    digits = [int(ch) for ch in value if ch.isdigit()]
    if len(digits) != 11 or len(set(digits)) == 1:
        return False
    for size in (9, 10):
        total = sum(d * w for d, w in zip(digits[:size], range(size + 1, 1, -1), strict=True))
        if (total * 10) % 11 % 10 != digits[size]:
            return False
    return True
