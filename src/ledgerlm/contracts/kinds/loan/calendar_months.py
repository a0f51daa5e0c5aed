"""Whole months between the reference date and a calendar date the request names ("2027年12月2日前还清",
"starting 2027-03-02"): a loan's term or a vesting's start, counted in months only when the date falls on the
same day of a later month; any other date has no exact month count and is left to a question.

Why here: the scan keeps each date as days from the reference date (``DateMention.days``), and a month has no fixed
number of days; the reference date itself is recovered from a date that resolves alike for any reference date.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from ledgerlm.language.extract import DateMention

__all__ = ["whole_months"]

#: two reference dates far apart: a date that resolves alike from both names its own year (it is explicit)
_PROBES = (date(2001, 1, 1), date(2093, 7, 15))


def _explicit(text: str) -> date | None:
    from ledgerlm.errors import LedgerError
    from ledgerlm.language.dates import find_dates

    seen: set[date] = set()
    for probe in _PROBES:
        try:
            found = [d for d in find_dates(text, probe) if d.date is not None]
        except LedgerError:
            return None
        if len(found) != 1 or found[0].date is None:
            return None
        seen.add(found[0].date)
    return seen.pop() if len(seen) == 1 else None


def whole_months(mention: DateMention) -> Decimal | None:
    """The number of whole months from the reference date to ``mention`` (a date written with its year), or
    ``None`` when the date is not explicit, not in the future, or does not fall on the same day of a month."""
    if mention.days is None or mention.days <= 0:
        return None
    target = _explicit(mention.text)
    if target is None:
        return None
    today = target - timedelta(days=mention.days)
    months = (target.year - today.year) * 12 + (target.month - today.month)
    if months <= 0 or target.day != today.day:
        return None
    return Decimal(months)
