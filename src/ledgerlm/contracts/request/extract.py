"""``extract_params``: the params a request states for one kind, read by the kind's own extractor over the shared scan.

Why here and not in ``language/``: it combines the scanning layer (``ledgerlm.language.extract.scan``) with the kind
registry (``ledgerlm.contracts.kinds``), so it is orchestration above both.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ledgerlm.language.evidence import Ignored, Span
from ledgerlm.language.extract import Scan, scan
from ledgerlm.language.parties import learned_names

__all__ = ["extract_params"]


def _add_learned_names(s: Scan) -> None:
    blocked = [(t.start, t.end) for t in s.tokens] + [(a.start, a.end) for a in s.addresses]
    blocked += [(d.start, d.end) for d in s.dates] + [(i.start, i.end) for i in s.ignored]
    blocked += [(sp.start, sp.end) for sp in s.name_spans.values()]
    for nm in learned_names(s.text, s.names):
        if not any(a < nm.end and nm.start < b for a, b in blocked):
            s.names.append(nm)
    s.names.sort(key=lambda nm: nm.start)


def extract_params(kind: str, text: str, today: date | None = None) -> tuple[dict[str, Any], list[str], Scan]:
    """Params the text states for ``kind`` (absent = not stated), notes on inferences, and the scan used.

    The rules live in the kind's folder (``contracts/kinds/<kind>/extract.py``). Roles stated outright
    ("Dave is the arbiter", "仲裁人 陈律师", "Lender: myself") are read here for every kind from the cue words
    of its descriptor, and win over what a kind's direction cues ("lend to", "向…借") suggest.

    Then the net under every kind (``ledgerlm.language.guard``): self-corrections are read again without
    the words taken back, ranges and vague amounts become questions instead of one end, approximations are kept
    and asked to confirm, an amount per person never stands as a total, and a number under an operator word ("half
    of 2 ETH", "2 ETH 的一半") never stands as the value it feeds: that value is asked."""
    from ledgerlm.language.corrections import mask
    from ledgerlm.language.guard import apply_corrections, apply_hedges, filler_spans, signature_span

    written = text
    filler = filler_spans(text)
    if filler:  # "…，谢谢！", a signature: blanked (same length, so every span still holds), listed as ignored below
        text = mask(text, filler)
    params, s = _extract_once(kind, text, today)
    params = apply_corrections(kind, text, today, params, s, _extract_once)
    apply_hedges(kind, today, params, s, _extract_once)
    signature = signature_span(written)
    for start, end in filler:
        words = written[start:end].strip()
        if words:
            sort = "an e-mail signature: the sender's details" if (start, end) == signature else "thanks: no value"
            s.ignored.append(Ignored(start, end, words, sort))
    return params, s.notes, s


def _extract_once(kind: str, text: str, today: date | None) -> tuple[dict[str, Any], Scan]:
    """One reading of ``text`` by the kind's rules (the roles stated outright included)."""
    from ledgerlm.contracts.kinds import descriptor, extractor
    from ledgerlm.language.parties import explicit_roles

    s = scan(text, today)
    params = extractor(kind)(s)
    desc = descriptor(kind)
    if desc.roles:  # names only the learned tagger sees: questions for kinds that have parties, never values
        _add_learned_names(s)
    single_roles = {r: cues for r, cues in desc.roles.items() if r not in desc.party_lists}
    for role, found in explicit_roles(text, single_roles).items():
        for other in single_roles:
            if other != role and params.get(other) == found.name:
                del params[other]  # the name was said to be this role; a direction cue read it otherwise
        kept = params.get(role)
        cited = s.evidence.get(role)
        if (
            isinstance(kept, str)
            and kept != found.name
            and found.name in kept
            and cited
            and cited.spans
            and cited.spans[0].start <= found.start
            and found.end <= cited.spans[-1].end
        ):
            continue  # the kind read the same words with more of the name ("王建国医生", "Dr. Amara Osei")
        if (
            isinstance(kept, str)
            and kept != found.name
            and found.name.endswith(kept)
            and cited
            and cited.spans
            and cited.spans[-1].end == found.end
        ):
            continue  # the kind cut a job title off the front of the same words ("班主任李老师" is 李老师)
        if params.get(role) not in (None, found.name):
            s.notes.append(
                f"{role}: '{found.text}' is stated outright; '{params[role]}' (read from a direction cue) was dropped"
            )
        params[role] = found.name
        s.evidence.pop(role, None)  # the kind's span no longer explains the value: the name's span does
        s.name_spans[found.name] = Span(found.start, found.end, found.text)
    return params, s
