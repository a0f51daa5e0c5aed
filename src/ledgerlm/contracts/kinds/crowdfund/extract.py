"""Crowdfund extractor: goal, token and deadline.

The shared scanning-and-evidence layer (``ledgerlm.language.extract``) finds numbers, durations, tokens, addresses
and names with their spans; this module only decides which of them is which param of this kind.
"""

from __future__ import annotations

from typing import Any

from ledgerlm.language.extract import (
    Scan,
    _amount,
    _deadline_days,
    _token,
)

__all__ = ["extract"]


# -- crowdfund -------------------------------------------------------------------------------------------------
def extract(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    amt = _amount(s, r"目标|goal|raise|众筹|筹集|募集|target|of")
    if amt:
        params["goal"] = amt[0].value
        _token(s, amt[1], params)
    else:
        _token(s, None, params)
    _deadline_days(s, params)
    return params
