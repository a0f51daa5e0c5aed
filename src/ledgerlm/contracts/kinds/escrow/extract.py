"""Escrow extractor: amount, token, refund deadline, and the payer, payee and arbiter.

The shared scanning-and-evidence layer (``ledgerlm.language.extract``) finds numbers, durations, tokens, addresses
and names with their spans; this module only decides which of them is which param of this kind.
"""

from __future__ import annotations

from typing import Any

from ledgerlm.language.extract import (
    _ADDR,
    _EN_NAME,
    _ZH_NAME,
    Scan,
    _amount,
    _deadline_days,
    _party,
    _token,
)

__all__ = ["extract"]


def extract(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    amt = _amount(s, r"托管|担保|escrow|lock|deposit|存入|amount|金额|hold")
    if amt:
        params["amount"] = amt[0].value
        _token(s, amt[1], params)
    else:
        _token(s, None, params)
    _deadline_days(s, params)
    for key, pats in {
        "arbiter": [rf"(?i:arbiter|arbitrator|仲裁人|仲裁方|仲裁|裁判|中间人)\s*(?:is|[:：=]|为|是)?\s*"
                    rf"(?P<p>{_EN_NAME}|{_ZH_NAME})",
                    rf"(?P<p>{_EN_NAME})(?i:\s+as\s+(?:the\s+)?(?:arbiter|arbitrator))",
                    rf"(?:由)\s*(?P<p>{_ZH_NAME})\s*(?:仲裁|裁决)"],
        "payee": [rf"(?i:payee|seller|recipient|收款人|收款方)\s*(?:is|[:：=]|为|是)?\s*(?P<p>{_ADDR}|[A-Z][\w\-]*|"
                  rf"{_ZH_NAME})",
                  rf"(?i:\b(?:pay|release\s+(?:it\s+|the\s+funds\s+)?to|for|to)\s+)(?P<p>{_ADDR}|[A-Z][a-z][\w\-]*)",
                  rf"(?:放款给|付给|支付给|转给)\s*(?P<p>{_ADDR}|{_ZH_NAME})"],
        "payer": [rf"(?i:payer|buyer|付款人|付款方)\s*(?:is|[:：=]|为|是)?\s*(?P<p>{_ADDR}|[A-Z][\w\-]*|{_ZH_NAME})",
                  rf"(?i:\bfrom\s+)(?P<p>{_ADDR}|[A-Z][a-z][\w\-]*)"],
    }.items():
        found = _party(s, pats)
        if found and found not in params.values() and not found.startswith(("卖方", "买方")):
            params[key] = found
    return params
