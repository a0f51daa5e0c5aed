"""Recognise OpenZeppelin bases and state their parameters as the code sets them.

ERC-20: name, symbol, decimals (an override or the default 18), the supply minted in the constructor and who can
mint later; Governor: voting delay, voting period, proposal threshold, quorum and the timelock; Ownable: the
initial owner. Values are read from the constructor's base calls; a value that is a constructor argument is said
to be set at deployment, never guessed.
"""

from __future__ import annotations

import re
from typing import Any

from ledgerlm.review import guards as guards_mod
from ledgerlm.review.models import Recognised


def _base_args(source: str, base: str) -> list[str] | None:
    """The arguments of ``Base(...)`` in a constructor header or inheritance list (top-level commas only)."""
    match = re.search(rf"\b{re.escape(base)}\s*\(", source)
    if not match:
        return None
    depth, start, args, i = 1, match.end(), [], match.end()
    while i < len(source) and depth:
        ch = source[i]
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth == 0:
                args.append(source[start:i].strip())
        elif ch == "," and depth == 1:
            args.append(source[start:i].strip())
            start = i + 1
        i += 1
    return [a for a in args if a]


def _value(arg: str) -> Any:
    arg = arg.strip()
    if re.fullmatch(r'"[^"]*"', arg):
        return arg[1:-1]
    if re.fullmatch(r"\d[\d_]*", arg):
        return int(arg.replace("_", ""))
    return f"set at deployment ({arg})"


def _contract_source(contract: Any, sources: dict[str, str]) -> str:
    mapping = contract.source_mapping
    name = mapping.filename.relative or mapping.filename.used or ""
    text = next((t for f, t in sources.items() if name == f or name.endswith("/" + f)), "")
    start, length = mapping.start, mapping.length
    raw = text.encode("utf-8")
    return raw[start : start + length].decode("utf-8", "replace") if raw else ""


def recognise(contract: Any, sources: dict[str, str]) -> list[Recognised]:
    bases = {b.name for b in contract.inheritance}
    src = _contract_source(contract, sources)
    out: list[Recognised] = []
    if "ERC20" in bases:
        args = _base_args(src, "ERC20") or []
        params: dict[str, Any] = {}
        if len(args) >= 2:
            params["name"], params["symbol"] = _value(args[0]), _value(args[1])
        dec = re.search(r"function\s+decimals\s*\([^)]*\)[^{]*\{\s*return\s+(\d+)", src)
        params["decimals"] = int(dec[1]) if dec else 18
        mints = re.findall(r"_mint\s*\(([^;]*)\)\s*;", src)
        ctor = contract.constructor
        ctor_src = ""
        if ctor is not None:
            ctor_src = _contract_source(ctor, sources) if hasattr(ctor, "source_mapping") else ""
        params["supply_minted_at_deployment"] = [m.strip() for m in re.findall(r"_mint\s*\(([^;]*)\)\s*;", ctor_src)]
        minters = []
        for function in contract.functions:
            if function.is_constructor or function.visibility not in ("public", "external"):
                continue
            if any(getattr(getattr(c, "function", c), "name", "") == "_mint" for c in function.internal_calls):
                who = ", ".join(g.role or g.text for g in guards_mod.guards(function)) or "anyone"
                minters.append(f"{function.name}: {who}")
        params["mint_rights"] = minters or ["nobody after deployment"]
        notes = [] if mints else ["no _mint call in this contract: the supply comes only from elsewhere"]
        out.append(Recognised(base="ERC20", params=params, notes=notes))
    if "Ownable" in bases:
        args = _base_args(src, "Ownable") or []
        owner = _value(args[0]) if args else "the deployer"
        out.append(Recognised(base="Ownable", params={"initial_owner": owner}))
    if "AccessControl" in bases:
        roles = sorted(set(re.findall(r"\b([A-Z][A-Z0-9_]*_ROLE)\b", src)) | {"DEFAULT_ADMIN_ROLE"})
        grants = re.findall(r"_grantRole\s*\(([^;]*)\)\s*;", src)
        out.append(Recognised(base="AccessControl", params={"roles": roles, "granted_in_code": grants}))
    if any(b.startswith("Governor") for b in bases):
        params = {}
        settings = _base_args(src, "GovernorSettings")
        if settings and len(settings) >= 3:
            params["voting_delay"] = _value(settings[0])
            params["voting_period"] = _value(settings[1])
            params["proposal_threshold"] = _value(settings[2])
        quorum = _base_args(src, "GovernorVotesQuorumFraction")
        if quorum:
            params["quorum_percent_of_supply"] = _value(quorum[0])
        timelock = _base_args(src, "GovernorTimelockControl")
        if timelock:
            params["timelock"] = _value(timelock[0])
        for name in ("votingDelay", "votingPeriod", "quorum", "proposalThreshold"):
            found = re.search(rf"function\s+{name}\s*\([^)]*\)[^{{]*\{{\s*return\s+([^;]+);", src)
            if found:
                params[name] = _value(found[1])
        out.append(
            Recognised(
                base="Governor",
                params=params,
                notes=["the timelock delay is set on the TimelockController (its minDelay)"] if timelock else [],
            )
        )
    if "TimelockController" in bases or contract.name == "TimelockController":
        args = _base_args(src, "TimelockController") or []
        out.append(
            Recognised(
                base="TimelockController", params={"min_delay": _value(args[0]) if args else "set at deployment"}
            )
        )
    if "ERC721" in bases:
        args = _base_args(src, "ERC721") or []
        out.append(
            Recognised(
                base="ERC721", params={"name": _value(args[0]), "symbol": _value(args[1])} if len(args) >= 2 else {}
            )
        )
    return out
