"""Multisig extractor: threshold, number of owners and the owners themselves.

The shared scanning-and-evidence layer (``ledgerlm.language.extract``) finds numbers, durations, tokens, addresses
and names with their spans; this module only decides which of them is which param of this kind.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from ledgerlm.language.extract import (
    _I,
    Scan,
    _clean_name,
    _search,
)

__all__ = ["extract"]


# -- multisig --------------------------------------------------------------------------------------------------
_OWNER_WORDS = (r"(?:owners?|signers?|signatories|signatory|members?|keyholders?|key\s+holders?|people|persons?|"
                r"parties|trustees?|admins?|managers?|partners?|wallets?|directors?|cofounders?|co-founders?|"
                r"签名人|签名者|签署人|签字人|所有者|所有人|管理员|持有人|成员|人|合伙人|股东|钥匙|私钥|地址)")
_THRESHOLD_BEFORE = r"(?:any|majority(?:\s+of)?|approvals?\s+(?:from|of|by)|quorum(?:\s+of)?|法定人数|签名数|" \
                    r"at\s+least|" \
                    r"requires?|required|need(?:s|ed)?|needing|must|min(?:imum)?|threshold(?:\s+of)?|" \
                    r"需要|至少|须|必须|需|任意|任何|其中|门槛|阈值|满)\s*[:：=为是]?\s*$"
_THRESHOLD_AFTER = r"^\s*(?:of\s+them|(?:个|名|位|把)?\s*(?:人|signers?|owners?|of\s+them|people)?\s*" \
                   r"(?:(?:are\s+|is\s+)?(?:required|needed)\s+to\s+|to\s+|can\s+|must\s+|need\s+to\s+|共同|一起|" \
                   r"就能|就可以|即可|可以|才能)?" \
                   r"(?:approve|sign|confirm|signatures?|approvals?|confirmations?|co-?sign|同意|确认|签名|签字|" \
                   r"批准|通过|签署|动用|转账|支付|付款|执行))"


def extract(s: Scan) -> dict[str, Any]:
    params: dict[str, Any] = {}
    text = s.text
    plain = [(i, n) for i, n in enumerate(s.numbers) if not n.percent and not s.in_address(n)
             and s.in_duration(n) is None and n.value == n.value.to_integral_value() and 0 <= n.value < 1000]
    # pairs: "3-of-5", "3 of 5", "3 out of 5", "2/3", "5人中3人", "五个人里任意三个"
    for (_, a), (_, b) in itertools.pairwise(plain):
        gap = text[a.end:b.start]
        if re.fullmatch(r"\s*(?:-|\s)?\s*(?:out\s+)?of\s*(?:-|\s)?\s*(?:the\s+)?|\s*/\s*|\s*(?:个|名|位)?\s*"
                        r"(?:签名人|管理员|持有人|成员)?\s*之\s*", gap, _I):
            params["threshold"], params["owners_count"] = int(a.value), int(b.value)
            break
        if re.fullmatch(r"\s*(?:选|签)\s*", gap) or re.fullmatch(
                r"\s*(?:个|名|位)?\s*(?:人|签名人|管理员|所有者|持有人|成员|owners?)?\s*(?:中|里|当中|之中)\s*"
                        r"(?:的)?\s*(?:任意|任何|至少|需要|有)?\s*", gap, _I):
            params["owners_count"], params["threshold"] = int(a.value), int(b.value)
            break
    if "threshold" not in params:
        for _i, n in plain:
            after = text[n.end:n.end + 30]
            before = s.before(n.start, 14)
            owner_after = re.match(r"\s*(?:-|\s)?\s*(?:个|名|位|把)?\s*" + _OWNER_WORDS +
                                   r"(?!\s*(?:同意|确认|签名|签字|批准))", after, _I)
            owner_before = _search(r"(?:among|of|out\s+of|共|总共|一共|owners?\s*[:：=]|signers?\s*[:：=])\s*$", before)
            if _search(_THRESHOLD_BEFORE, before) or (not owner_after and not owner_before and
                                                       _search(_THRESHOLD_AFTER, after)):
                if "threshold" not in params:
                    params["threshold"] = int(n.value)
            elif (owner_after or owner_before) and "owners_count" not in params:
                params["owners_count"] = int(n.value)
    owners: list[str] = [a.address for a in s.addresses]
    m = re.search(r"(?:owners?|signers?|signatories|签名人|所有者|管理员|成员)\s*(?:are|is|[:：=]|为|是|包括)?\s*"
                  r"(?P<l>[^.;。；]+)", text, _I)
    if m and not owners:
        items = [x.strip() for x in re.split(r",|，|、|\band\b|和|及|与", m.group("l")) if x.strip()]
        names = []
        for item in items:
            name = _clean_name(item.split("(")[0])
            if name is None or len(name) > 24 or re.search(r"需要|need|require|any|threshold", name, _I) or \
                    re.search(r"都|要|确认|同意|签|需|^[一二两三四五六七八九十\d]+\s*(?:个|名|位)?人", name) or \
                    (re.search(r"[\u4e00-\u9fff]", name) and len(name) > 4):
                break
            names.append(name)
        if len(names) >= 2:
            owners = names
    if owners:
        params["owners"] = owners
    return params
