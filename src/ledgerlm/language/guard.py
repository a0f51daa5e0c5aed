"""The net under every kind's rules: a value read from words that do not state one exact value becomes a question.

Why: each kind's extractor assigns numbers to params by the words around them, and a form nobody wrote a rule
for ("around 3 or 4 ETH", "0.05 BTC? no wait, make it 1.6 WETH", "each puts in 0.2 ETH") gave a plausible,
silently wrong value. Rather than more patterns per kind, this runs after any extractor, on what it read:

- ``apply_corrections``: a second, independent reading of the text with the words a self-correction takes back
  blanked (``ledgerlm.language.corrections``). A param whose value changes takes the new value only when it is
  read from the words after the marker (the old words are ``ignored``: "corrected by the user"); when a strong
  marker ("no wait", "不对") took a value back and nothing replaced it, the param is asked.
- ``apply_hedges``: a param read from a range or a vague amount is dropped and asked (never one end); one read
  from an approximation keeps its value and is asked to confirm; a total read from an amount per person is read
  again without it: a total stated elsewhere wins, else it is asked.

Both work on evidence spans, so they hold for any kind, present or future. ``extract`` is the kind's reading
function ``(kind, text, today) -> (params, scan)``, passed in so this layer imports nothing above it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ledgerlm.language.corrections import ELIDED_SORTS, NUMERIC_SORTS, Correction, Retraction, mask, retractions
from ledgerlm.language.evidence import Evidence, Ignored, Span, Unsure, collect_evidence
from ledgerlm.language.ranges import TOTAL_FIELDS, Hedge

if TYPE_CHECKING:
    from ledgerlm.language.extract import Scan

__all__ = ["apply_corrections", "apply_hedges", "filler_spans", "signature_span", "value_spans"]

Extract = Callable[[str, str, "date | None"], "tuple[dict[str, Any], Scan]"]

_ASK = {
    "range": (
        "'{w}' is a range, not one value: which exact value do you mean?",
        "“{w}”是一个范围，不是一个确定的值：具体是多少？",
    ),
    "vague": (
        "'{w}' is not an exact value: how much exactly?",
        "“{w}”不是一个确切的数值：具体是多少？",
    ),
    "approx": (
        "You said '{w}' (approximately): is that the exact value? Confirm it or give the exact one.",
        "您说的是“{w}”（约数）：确切就是这个值吗？请确认或给出确切的值。",
    ),
    "per_unit": (
        "'{w}' is an amount per person, not a total: what is the total?",
        "“{w}”是每人的数额，不是总额：总额是多少？",
    ),
    "operand": (
        "You wrote '{w}': what exact value do you mean?",
        "您写的是“{w}”：确切的数值是多少？",
    ),
    "corrected": (
        "You corrected yourself ('{w}'): what is the value now?",
        "您更正了（“{w}”）：现在的值是多少？",
    ),
}


_FILLER_END = re.compile(
    r"[\s,，。.!！~～]*(?<![A-Za-z])(?:(?i:thanks?(?:\s+you)?(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+in\s+advance)?|thx|ty|cheers|"
    r"much\s+appreciated|appreciate\s+it)|谢谢(?:啦|了|你|您|大家)?|多谢(?:了)?|感谢(?:您|你)?|麻烦(?:你|您)?了|辛苦(?:了|啦))"
    r"[\s!！。.~～:)）🙏]*$"
)


#: an e-mail sign-off alone on its line ("Best,", "Kind regards", "祝好", "此致") or the "--" signature delimiter,
#: with a few short lines after it and nothing else: the signature (a name, a phone, a room, a date)
_SIGN_OFF = re.compile(
    r"(?im)^[ \t]*(?:(?:best|kind|warm|warmest|many)?\s*(?:regards|wishes)|best|cheers|thanks|thank\s+you|"
    r"many\s+thanks|sincerely|yours(?:\s+(?:truly|sincerely|faithfully))?|br|"
    r"祝好|此致敬礼|此致|顺祝商祺|祝商祺|谢谢|多谢|--|——+|—{2,}|-{2,}|_{3,})[ \t]*[,，!！.。]?[ \t]*\n"
)
_SIGNATURE_MAX_LINES = 5
_SIGNATURE_MAX_CHARS = 240


def signature_span(text: str) -> tuple[int, int] | None:
    """The e-mail signature under a pasted request ("\n\nBest,\nLena Fischer | +49 151 2345 6789 | Room 204"):
    its numbers and name are the sender's, never a value or a party of the contract. Only a sign-off alone on its
    line after the request, followed by at most a few short lines that end the text."""
    for m in _SIGN_OFF.finditer(text):
        if not text[: m.start()].strip():
            continue  # the request itself must come first
        rest = text[m.end() :]
        lines = [ln for ln in rest.splitlines() if ln.strip()]
        if 0 < len(lines) <= _SIGNATURE_MAX_LINES and len(rest.strip()) <= _SIGNATURE_MAX_CHARS:
            return m.start(), len(text.rstrip())
    return None


def filler_spans(text: str) -> list[tuple[int, int]]:
    """Thanks at the end of a request ("… Thanks a lot!", "…，谢谢！") and an e-mail signature under it carry no
    value: blanked before the kinds' rules read the text, so no list, number or name runs into them
    (``signature_span``)."""
    out: list[tuple[int, int]] = []
    sig = signature_span(text)
    if sig is not None:
        out.append(sig)
        text = text[: sig[0]]
    m = _FILLER_END.search(text)
    if m and m.start() > 0:
        out.append((m.start(), m.end()))
    return sorted(out)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def value_spans(s: Scan) -> list[tuple[int, int, str]]:
    """Every value-carrying span of the scan with its sort, for ``corrections.retractions``."""
    out: list[tuple[int, int, str]] = []
    for d in s.durations:  # "每季度" says how often: it corrects a frequency ("每月…还是改成每季度"), never a term
        out.append((d.start, d.end, "frequency" if d.frequency else "duration"))
    for n in s.numbers:
        if s.in_duration(n) is None and not s.in_address(n):
            out.append((n.start, n.end, "percent" if n.percent else "number"))
    # a token that counts an amount ("0.05 BTC") is corrected with its amount; one that stands alone (a symbol,
    # "pay in USDC") only by another that stands alone: "符号 STAR … 每个 0.02，不，0.025 ETH" keeps STAR
    counting = {(t.start, t.end) for n in s.numbers if (t := s.token_for(n)) is not None}
    out += [(t.start, t.end, "token" if (t.start, t.end) in counting else "symbol") for t in s.tokens]
    out += [(d.start, d.end, "date") for d in s.dates]
    out += [(nm.start, nm.end, "name") for nm in s.names]
    return out


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, Decimal, float)):
        return True
    return isinstance(value, list) and bool(value) and all(_is_number(v) for v in value if v is not None)


def _spans(ev: Evidence | None) -> list[tuple[int, int]]:
    return [(sp.start, sp.end) for sp in ev.spans] if ev is not None else []


def _evidence(s: Scan, params: dict[str, Any]) -> dict[str, Evidence]:
    return collect_evidence(s, params, params, {})


def _copy_evidence(s: Scan, text: str, name: str, ev: Evidence | None, other: Scan) -> None:
    """Cite ``ev`` (found in a re-reading) in ``s``, with the words of the original text."""
    if ev is not None and ev.spans:
        s.evidence[name] = Evidence(
            ev.source, ev.rule, tuple(Span(sp.start, sp.end, text[sp.start : sp.end]) for sp in ev.spans)
        )
    for nm, sp in other.name_spans.items():
        s.name_spans.setdefault(nm, Span(sp.start, sp.end, text[sp.start : sp.end]))


def apply_corrections(
    kind: str, text: str, today: date | None, params: dict[str, Any], s: Scan, extract: Extract
) -> dict[str, Any]:
    """Read ``text`` again without the words each self-correction takes back and keep what the correction says."""
    unclear: list[Correction] = []
    taken = _plausible(s, retractions(text, value_spans(s), unclear), unclear)
    for c in unclear:
        if c.strength == "strong":  # which value it corrects is not clear: ask (every number may be the one)
            en, zh = _ASK["corrected"]
            s.unsure.append(Unsure("", c.start, c.after[1], text[c.start : c.after[1]], en, zh))
    if not taken:
        return params
    masked = mask(text, [(r.start, r.end) for r in taken])
    second, s2 = extract(kind, masked, today)
    ev_a, ev_b = _evidence(s, params), _evidence(s2, second)
    out = dict(params)
    used: set[tuple[int, int]] = set()
    for name in sorted(set(params) | set(second)):
        a, b = params.get(name), second.get(name)
        if a == b:
            continue
        back = [r for r in taken if any(_overlaps((r.start, r.end), sp) for sp in _spans(ev_a.get(name)))]
        markers = back or taken
        b_spans = _spans(ev_b.get(name))
        said_after = (
            b is not None and bool(b_spans) and all(any(sp[0] >= r.correction.start for r in markers) for sp in b_spans)
        )
        # a field another rule marked unsure ("代号 WT 还是 WUTO": a choice, not a correction) stays a question
        unsure = any(u.field == name for u in s.unsure)
        if said_after and (a is None or back) and not unsure:
            out[name] = b
            _copy_evidence(s, text, name, ev_b.get(name), s2)
            used.update((r.start, r.end) for r in back)
            # every word taken back by the correction that said the new value ("make it 1.6 WETH" took back both
            # "0.05" and "ethereum")
            saying = {
                id(r.correction)
                for r in taken
                if any(r.correction.after[0] <= sp[0] < r.correction.after[1] for sp in b_spans)
            }
            used.update((r.start, r.end) for r in taken if id(r.correction) in saying)
            s.notes.append(f"{name}: corrected by the user ({_words(text, markers[0].correction)})")
        elif back and b is None and (sub := _substitute(kind, text, today, s, name, params, back, taken, extract, out)):
            # "cliff of 9 months, no, 12 months": the label stands before the old value only, so the re-reading
            # without it finds no cliff; read with the new words in the old place, the cliff is the new value
            out[name], ev_new = sub
            s.evidence[name] = ev_new
            used.update((r.start, r.end) for r in back)
            s.notes.append(f"{name}: corrected by the user ({_words(text, back[0].correction)})")
        elif back and (b is None or any(r.correction.strength == "strong" for r in back)):
            # the words that gave the value were taken back and nothing readable replaced them ("50/50, actually
            # 55 for her and 45 for me"): the old value is no longer what the user wants, and the new one is asked
            out.pop(name, None)
            s.evidence.pop(name, None)
            r = back[0]
            en, zh = _ASK["corrected"]
            c = r.correction
            s.unsure.append(Unsure(name, c.start, c.after[1], text[c.start : c.after[1]], en, zh))
            used.update((x.start, x.end) for x in back)
    _fill_unread(kind, text, today, s, out, taken, used, extract)
    cited = [sp for n, ev in _evidence(s, out).items() for sp in _spans(ev)]
    for r in taken:
        if (r.start, r.end) in used or (
            (r.correction.strength == "strong" or r.correction.negation)
            and not any(_overlaps((r.start, r.end), sp) for sp in cited)
        ):
            s.ignored.append(
                Ignored(r.start, r.end, text[r.start : r.end], f"corrected by the user: {_words(text, r.correction)}")
            )
    return out


def _substitute(
    kind: str,
    text: str,
    today: date | None,
    s: Scan,
    name: str,
    params: dict[str, Any],
    back: list[Retraction],
    taken: list[Retraction],
    extract: Extract,
    out: dict[str, Any],
) -> tuple[Any, Evidence] | None:
    """The value of ``name`` when the one value said after the correction stands where the one it takes back
    stood ("cliff of 9 months, no, 12 months" read as "cliff of 12 months"), cited with the new words; None when
    the correction is not one value for one value of the same sort, or that reading does not give ``name`` from
    the new words. Params the new words gave in the first reading ("a 3-month one" read as the duration) take
    what the substituted reading gives them (or are dropped, so asked), in ``out``."""
    if len(back) != 1:
        return None
    r = back[0]
    c = r.correction
    found = _third(text, s, r, taken)
    if found is None:
        return None
    third, (n0, n1), new_words = found
    others = [
        n for n, ev in _evidence(s, params).items() if n != name and any(_overlaps((n0, n1), sp) for sp in _spans(ev))
    ]
    if others and not (c.negation and _anaphoric_one(text, n1, c.after[1])):
        return None  # the new words already give another param its value: not this one's
    shifted = len(new_words) - (r.end - r.start)
    value, s3 = extract(kind, third, today)
    got = value.get(name)
    evs = _evidence(s3, value)
    ev = evs.get(name)
    here = (r.start, r.start + len(new_words))
    if (
        got is None
        or got == params.get(name)
        or ev is None
        or not any(_overlaps(here, (sp.start, sp.end)) for sp in ev.spans)
    ):
        return None
    for other in others:  # "not a 12-month cliff, a 3-month one": "3-month" was read as the duration too
        if other in value and not any(_overlaps(here, sp) for sp in _spans(evs.get(other))):
            out[other] = value[other]
            s.evidence[other] = _mapped(evs[other], text, here, (n0, n1), r.start, shifted)
        else:
            out.pop(other, None)
            s.evidence.pop(other, None)
    return got, _mapped(ev, text, here, (n0, n1), r.start, shifted)


#: "a 3-month one", "a smaller one": the words after a negated value stand for the same thing ("not a 12-month
#: cliff, a 3-month one" is a 3-month cliff), so the new value takes the old one's place, not a param of its own
_ONE_AFTER = re.compile(r"[\s-]*(?i:one|ones)\b[\s.!…]*")


def _anaphoric_one(text: str, pos: int, end: int) -> bool:
    """The correction's clause ends with "one" right after the new value ("…, a 3-month one")."""
    return bool(_ONE_AFTER.fullmatch(text, pos, end))


def _mapped(
    ev: Evidence, text: str, here: tuple[int, int], new: tuple[int, int], old_start: int, shifted: int
) -> Evidence:
    """Evidence read on the substituted text, cited in the user's own words: the substituted place points at the
    new words, the rest at where they stand in ``text``."""
    spans: list[Span] = []
    for sp in ev.spans:
        if _overlaps(here, (sp.start, sp.end)):
            a, b = new
        elif sp.end <= old_start:
            a, b = sp.start, sp.end
        else:
            a, b = sp.start - shifted, sp.end - shifted
        if not spans or (spans[-1].start, spans[-1].end) != (a, b):
            spans.append(Span(a, b, text[a:b]))
    return Evidence(ev.source, ev.rule, tuple(spans))


def _third(text: str, s: Scan, r: Retraction, taken: list[Retraction]) -> tuple[str, tuple[int, int], str] | None:
    """The text with the one value said after ``r``'s correction standing where the value it takes back stood,
    and the correction itself blanked: (that text, where the new words are in ``text``, the words put in). None
    unless the correction says exactly one value of the same sort."""
    c = r.correction
    sorts = {(v[0], v[1]): v[2] for v in value_spans(s)}
    sort = sorts.get((r.start, r.end))
    said = [
        sp
        for sp, so in sorts.items()
        if c.after[0] <= sp[0]
        and sp[1] <= c.after[1]
        and (so == sort or (so in NUMERIC_SORTS and sort in NUMERIC_SORTS))
    ]
    if sort is None or len(said) != 1:
        return None
    n0, n1 = said[0]
    new_words = text[n0:n1]
    if sorts[said[0]] != sort:
        # "2 weeks, no, three": a bare number that takes over the unit of the length (or percent) it replaces
        elided = _with_old_unit(s, text, r, sort, sorts[said[0]], new_words)
        if elided is None:
            return None
        new_words = elided
    rest = mask(text, [(x.start, x.end) for x in taken if x is not r] + [(c.start, c.after[1])])
    return rest[: r.start] + new_words + rest[r.end :], (n0, n1), new_words


def _fill_unread(
    kind: str,
    text: str,
    today: date | None,
    s: Scan,
    out: dict[str, Any],
    taken: list[Retraction],
    used: set[tuple[int, int]],
    extract: Extract,
) -> None:
    """ "cliff 3 months, sorry, 4 months": two lengths after one label, so the kind's rules read no cliff from
    the text, nor from it without "3 months" (the label is left with no value after it). Read with the new
    words in the old place, a param neither reading gave that the new words now give is the corrected value."""
    params = dict(out)
    for r in taken:
        if (r.start, r.end) in used:
            continue
        found = _third(text, s, r, taken)
        if found is None:
            continue
        value, _ = extract(kind, found[0], today)
        for name in sorted(set(value) - set(out) - {u.field for u in s.unsure}):
            sub = _substitute(kind, text, today, s, name, params, [r], taken, extract, out)
            if sub is not None:
                out[name], s.evidence[name] = sub
                used.add((r.start, r.end))
                s.notes.append(f"{name}: corrected by the user ({_words(text, r.correction)})")


def _with_old_unit(s: Scan, text: str, r: Retraction, sort: str, said_sort: str, number: str) -> str | None:
    """The words of the value taken back with its number replaced by ``number`` ("2 weeks" -> "three weeks",
    "5%" -> "6%"), when a bare number corrects a length or a percent (``corrections._elided_sort``); else None."""
    if said_sort != "number" or sort not in ELIDED_SORTS:
        return None
    inside = [n for n in s.numbers if r.start <= n.start and n.end <= r.end]
    if len(inside) != 1:
        return None
    n = inside[0]
    old = text[n.start : n.end]
    if sort == "percent":
        if not re.fullmatch(r"[\d.]+\s*[%％]", old) and not old.startswith("百分之"):
            return None
        digits = re.match(r"百分之|[\d.]+", old)
        if digits is None:
            return None
        lead = "百分之" if digits.group(0) == "百分之" else ""
        tail = "" if lead else old[digits.end() :]
        return text[r.start : n.start] + lead + number + tail + text[n.end : r.end]
    return text[r.start : n.start] + number + text[n.end : r.end]


def _plausible(s: Scan, taken: list[Retraction], unclear: list[Correction]) -> list[Retraction]:
    """A bare number that corrects a bare number is near it ("4%... no wait, 4.5%", "3000, make it 3001"): a
    correction more than ten times off ("decimals 6 ..., make it 500001") may well mean another value: asked."""
    by_start = {n.start: n for n in s.numbers}
    out: list[Retraction] = []
    for r in taken:
        old = by_start.get(r.start)
        c = r.correction
        new = [
            n for n in s.numbers if c.after[0] <= n.start < c.after[1] and n.percent == (old.percent if old else False)
        ]
        bare = [n for n in s.numbers if c.after[0] <= n.start < c.after[1] and not n.percent and not s.in_duration(n)]
        if old is not None and old.value and (old.percent or s.in_duration(old)) and not new and len(bare) == 1:
            # "royalties 5%, no wait, make it 3001", "2 weeks, no, 30": a bare number far from the percent or
            # length it would replace in its unit may well mean another value: asked
            ratio = abs(bare[0].value / old.value)
            if ratio > 10 or ratio < Decimal("0.1"):
                if c not in unclear:
                    unclear.append(c)
                continue
        if (
            old is not None
            and new
            and old.value
            and s.token_for(new[0]) is None
            and s.in_duration(old) is None
            and s.in_duration(new[0]) is None
        ):  # a length replaces a length in any unit ("三个月，算了改成 100 天"): no ratio to judge
            ratio = abs(new[0].value / old.value)
            if ratio > 10 or ratio < Decimal("0.1"):
                if c not in unclear:
                    unclear.append(c)
                continue
        out.append(r)
    bad = set(map(id, unclear))
    return [r for r in out if id(r.correction) not in bad]


def _same_token(s: Scan, again: Scan, h: Hedge, span: tuple[int, int]) -> bool:
    """A per-person amount in a token ("each puts in 0.2 ETH") is replaced only by a total in the same token
    ("reach 2.4 ETH"), never by a bare number that happens to be larger ("3D printer")."""
    symbols = {t.symbol for t in s.tokens if h.start <= t.start <= h.end + 1}  # "0.5 each WBTC" too
    symbols |= {t.symbol for n in s.numbers if h.start <= n.start < h.end and (t := s.token_for(n)) is not None}
    if not symbols:
        return True
    n = next((x for x in again.numbers if x.start == span[0]), None)
    t = again.token_for(n) if n is not None else None
    return t is not None and t.symbol in symbols


def _bigger(total: Any, each: Any) -> bool:
    try:
        return bool(Decimal(str(total)) > Decimal(str(each)))
    except Exception:  # noqa: BLE001 - not numbers
        return False


def _words(text: str, c: Correction) -> str:
    return repr(text[c.start : c.after[1]].strip())


def apply_hedges(kind: str, today: date | None, params: dict[str, Any], s: Scan, extract: Extract) -> None:
    """Ranges and vague amounts: dropped and asked; approximations: kept and asked to confirm; a total read from
    an amount per person: read again without it (a total stated elsewhere wins), else asked."""
    if not s.hedges:
        return
    ev = _evidence(s, params)
    per_unit: list[tuple[str, Hedge]] = []
    for h in s.hedges:
        span = (h.start, h.end)
        readers = [
            name
            for name, e in ev.items()
            if name in params and _is_number(params[name]) and any(_overlaps(span, sp) for sp in _spans(e))
        ]
        en, zh = _ASK[h.sort]
        if h.sort in ("range", "vague", "operand"):
            for name in readers:
                params.pop(name, None)
                s.evidence.pop(name, None)
                s.unsure.append(Unsure(name, h.start, h.end, h.words, en, zh))
                s.notes.append(f"{name}: {h.words!r} is not one exact value ({h.sort}): asked")
            if h.sort != "operand" and not readers and any(_overlaps(span, (n.start, n.end)) for n in s.numbers):
                s.unsure.append(Unsure("", h.start, h.end, h.words, en, zh))
        elif h.sort == "approx":
            for name in readers:
                s.unsure.append(Unsure(name, h.start, h.end, h.words, en, zh))
                s.notes.append(f"{name}: {h.words!r} is approximate: kept, asked to confirm")
        else:
            per_unit += [(name, h) for name in readers if name in TOTAL_FIELDS]
    if not per_unit:
        return
    hedges = [h for _, h in per_unit]
    masked = mask(s.text, [(h.start, h.end) for h in hedges])
    again, s3 = extract(kind, masked, today)
    ev3 = _evidence(s3, again)
    for name, h in per_unit:
        value, spans = again.get(name), _spans(ev3.get(name))
        others = [sp for n, e in ev.items() if n != name for sp in _spans(e)]
        if (
            value is not None
            and spans
            and not any(_overlaps(sp, (x.start, x.end)) for sp in spans for x in s.hedges)
            and not any(_overlaps(sp, o) for sp in spans for o in others)
            and _bigger(value, params.get(name))
            and _same_token(s, s3, h, spans[0])
        ):
            # a total stated elsewhere, in words no other param reads, and more than the amount per person
            params[name] = value
            _copy_evidence(s, s.text, name, ev3.get(name), s3)
            s.ignored.append(Ignored(h.start, h.end, h.words, "an amount per person, not the total"))
            s.notes.append(f"{name}: {h.words!r} is per person; the total stated elsewhere is used")
        else:
            params.pop(name, None)
            s.evidence.pop(name, None)
            en, zh = _ASK["per_unit"]
            s.unsure.append(Unsure(name, h.start, h.end, h.words, en, zh))
