"""Review a deployed contract: the recorded source when ledgerlm knows it, otherwise only its bytecode.

A deployment id or an address found in ledgerlm's deployments registry is reviewed from the source recorded at
creation. An unknown address has only bytecode here: the review says so plainly and lists the 4-byte function
selectors the code dispatches on (PUSH4 ... EQ), with no findings invented.
"""

from __future__ import annotations

from typing import Any

from ledgerlm.errors import InputError, NotFound
from ledgerlm.review.messages import MESSAGES
from ledgerlm.review.models import ReviewReport


def selectors(code: bytes) -> list[str]:
    """The 4-byte selectors a runtime dispatcher compares against (PUSH4 x followed by EQ within two opcodes)."""
    found: list[str] = []
    i = 0
    while i < len(code):
        op = code[i]
        if op == 0x63 and i + 5 <= len(code):
            value = code[i + 1 : i + 5]
            nxt = code[i + 5 : i + 8]
            if 0x14 in nxt[:2] and value.hex() not in found and value != b"\xff\xff\xff\xff":
                found.append(value.hex())
        if 0x60 <= op <= 0x7F:
            i += op - 0x5F
        i += 1
    return ["0x" + s for s in found]


def review_deployed(target: str, *, lang: str = "en", chain: str | None = None, **kw: Any) -> ReviewReport:
    from eth_utils import is_address

    from ledgerlm.contracts import registry

    text = target.strip()
    deployment = None
    if text == "latest":
        found = registry.list_deployments(limit=1)
        if not found:
            raise NotFound("no deployments yet", hint='create one with `ledgerlm create "..."`')
        deployment = found[0]
    elif text.lstrip("#").isascii() and text.lstrip("#").isdigit():  # "#²" passes isdigit but not int()
        deployment = registry.get(int(text.lstrip("#")))
    elif is_address(text):
        from ledgerlm.chain import connect

        live = connect(chain)
        deployment = registry.find_by_address(text, live.chain_id)
        if deployment is None:
            code = live.code(text)
            if not code:
                raise NotFound(f"there is no contract at {text} on chain {live.chain_id}")
            note = MESSAGES.say("bytecode_only", lang)
            return ReviewReport(
                target=text,
                files=[],
                compiler="",
                pragma=[],
                lang=lang,
                bytecode_only=True,
                selectors=[{"selector": s} for s in selectors(bytes(code))],
                notes=[note],
            )
    else:
        raise InputError(
            f"cannot tell what {target!r} is",
            hint="give a .sol file, a folder, a deployment id (latest, #3) or an address",
        )
    source = registry.load_source(deployment.source_hash)
    if source is None:
        raise NotFound(
            f"the recorded source of deployment #{deployment.id} is missing",
            hint="the deployments registry has no source for it",
        )
    from ledgerlm.review.engine import review_sources

    report = review_sources(
        {source[0]: source[1]}, target=f"deployment #{deployment.id} at {deployment.address}", lang=lang, **kw
    )
    report.notes.append(f"reviewed from the source recorded when ledgerlm deployed it (hash {deployment.source_hash})")
    return report
