"""Escrow extractor: amount, token, refund deadline, and the payer, payee and arbiter.

The shared scanning-and-evidence layer (``ledgerlm.language.extract``) finds numbers, durations, tokens, addresses
and names with their spans; this module only decides which of them is which param of this kind.
"""

from __future__ import annotations

import re
from typing import Any

from ledgerlm.language.evidence import Span
from ledgerlm.language.extract import (
    Scan,
    _amount,
    _deadline_days,
    _party,
    _token,
)
from ledgerlm.language.parties import read_name

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
    # explicit role cues ("arbiter: Dave", "Dave is the arbiter", "仲裁人 陈律师") are read for every kind by
    # ``extract_params`` from the descriptor; here only the direction cues of an escrow
    sold = re.search(
        r"(?i:\b(?:I'm|I\s+am|I)\s+sell(?:ing|s)?\b[^,.;]{0,40}?\bto\s+)|我(?:要|想)?(?:把[^，,。]{0,12})?卖给", s.text
    )
    if sold:  # "I'm selling my laptop to Greta", "我把相机卖给老王": the buyer pays, the user is paid
        buyer = read_name(s.text, sold.end(), allow_me=False)
        if buyer is not None:
            params["payer"], params["payee"] = buyer.name, "me"
            s.name_spans[buyer.name] = Span(buyer.start, buyer.end, buyer.text)
            w = re.compile(r"(?i:\bI(?:'m)?\b)|我").search(s.text, sold.start(), sold.end())
            if w:
                s.name_spans["me"] = Span(w.start(), w.end(), w.group(0))
            return params
    for key, pats in {
        "payee": [
            r"(?i:\bbuy(?:ing)?\b[^,.;，。]{0,30}?\bfrom\s+)(?P<p>)",
            r"(?i:\b(?:pay|paying|pays|release\s+(?:it\s+|the\s+funds\s+)?to|for|to)\s+)(?P<p>)",
            r"(?:放款给|付给|支付给|转给|交给|给)\s*(?P<p>)",
            r"(?:买|购买|收购)\s*(?P<p>)(?=[^，,。；;\s]{1,4}的)",
        ],
        "payer": [
            r"(?i:\brefund(?:ed|s)?\s+(?:it\s+|back\s+)?to\s+)(?P<p>)",
            r"(?:退(?:回|还|款)?给)\s*(?P<p>)",
            r"(?i:(?<!buying\s)(?<!buy\s)\bfrom\s+)(?P<p>)(?![^,.;]{0,3}\bbuy)",
        ],
    }.items():
        found = _party(s, pats, allow_me=key != "payee")
        if found and found not in params.values():
            params[key] = found
    said = (
        None
        if "payer" in params
        else re.search(
            r"(?i:\bI\s+(?:want|need|would\s+like|'d\s+like)\s+to\s+(?:escrow|buy|pay)|"
            r"\bI'm\s+buying|\bI\s+am\s+buying|\bI\s+get\s+(?:it|the\s+money|my\s+money|the\s+funds)\s+back|"
            r"\b(?:refund|return)\s+(?:it\s+)?(?:to\s+)?me\b|\bI\s+(?:will\s+|'ll\s+)?pay\b|\bI'm\s+paying|\bI\s+am\s+paying)|"
            r"我(?:想|要|来)?(?:买|付款|托管|付|给|转给|打给)|^\s*(?:要|想)?(?:买|付|支付)(?!款方|款人)|"
            r"退(?:回|还)?给我",
            s.text,
        )
    )
    if said:  # the user's own word inside the cue ("I'm buying", "refund me", "我要买"), for the evidence
        m = re.compile(r"(?i:\bI(?:'m)?\b|\bme\b)|我").search(s.text, said.start(), said.end())
        if params.get("payee") != "me":  # "买二手车，付 4 ETH 给…": an imperative buyer is the user too
            a, b = (m.start(), m.end()) if m else (said.start(), said.end())
            params["payer"] = "me"
            s.name_spans["me"] = Span(a, b, s.text[a:b].strip() or s.text[a:b])
    return params
