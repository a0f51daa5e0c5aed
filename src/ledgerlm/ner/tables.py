"""Names in the rows of a pasted table (round 12): CSV, TSV, semicolon lists and markdown tables.

Why: a pasted sheet ("name,email,city" then "Mere Parata,mere.p@…,Rotorua") gives a cell no sentence around it, so
the slot and cue evidence that finds names in prose is absent, and a surname that is also an English word ("Emeka
Obi") reads as an ordinary word. The header is the evidence instead: a column headed ``name``, ``payee``,
``收款人``… holds people, so each cell of that column that has a name's shape (one to four letter words, or two to
four Chinese characters) is a person. A cell that is a placeholder (``TBD``, ``n/a``) or only ordinary English
words that are no listed name ("Marketing Team") is not.
"""

from __future__ import annotations

import re

from ledgerlm.ner.candidates import Candidate

# header cells (lower case, spaces/underscores/hyphens folded to one space) whose column holds people
_PERSON_HEADERS = frozenset(
    [
        "name", "full name", "fullname", "first name", "last name", "surname", "given name", "given names",
        "family name", "payee", "payee name", "beneficiary", "beneficiary name", "recipient", "recipient name",
        "holder", "account holder", "account name", "card holder", "cardholder", "customer", "customer name",
        "client", "client name", "contact", "contact name", "signer", "signatory", "member", "employee",
        "employee name", "staff", "tenant", "owner", "borrower", "lender", "sender", "sender name", "guarantor",
        "姓名", "名字", "收款人", "付款人", "联系人", "客户", "客户姓名", "持卡人", "户名", "员工", "负责人", "签署人",
    ]
)  # fmt: skip
# a table of tokens, pools or products names things in its "name" column ("name,symbol" then "Uniswap,UNI")
_THING_HEADERS = frozenset(
    ["symbol", "ticker", "token", "decimals", "contract", "chain", "network", "pool", "tvl", "sku", "product",
     "model", "version", "package", "repo", "代币", "合约", "产品"]
)  # fmt: skip
_DELIMITERS = ("|", "\t", ";", ",")
_CELL_WORD = r"[A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿʻ][A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿʻ'’.-]*"
_LATIN_CELL = re.compile(_CELL_WORD + r"(?: " + _CELL_WORD + r"){0,3}")
_ZH_CELL = re.compile(r"[\u4e00-\u9fff]{2,4}(?:[·•][\u4e00-\u9fff]{1,8})?")
_PLACEHOLDERS = frozenset(["tbd", "tba", "n/a", "na", "none", "null", "unknown", "total", "sum", "nil", "pending"])


def table_names(text: str) -> list[Candidate]:
    """Person candidates for the cells under a person column of each table in ``text``."""
    if "\n" not in text:
        return []
    lines = _lines(text)
    out: list[Candidate] = []
    for i, (_, line) in enumerate(lines):
        delim = next((d for d in _DELIMITERS if d in line), None)
        if delim is None:
            continue
        header = [_header_key(cell) for cell, _ in _cells(line, delim)]
        cols = [k for k, h in enumerate(header) if h in _PERSON_HEADERS]
        if not cols or any(h in _THING_HEADERS for h in header):
            continue
        for row_start, row in lines[i + 1 :]:
            if _separator(row):
                continue  # the markdown rule under the header
            cells = _cells(row, delim)
            if len(cells) != len(header):
                break  # the table ends where a line no longer has its columns
            for k in cols:
                cell, offset = cells[k]
                span = _name_cell(cell)
                if span is not None:
                    out.append(Candidate(row_start + offset + span[0], row_start + offset + span[1], "person", "slot"))
    return out


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of ``text`` with its offset."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _cells(line: str, delim: str) -> list[tuple[str, int]]:
    """The cells of one row with their offsets in the line."""
    out, pos = [], 0
    for cell in line.split(delim):
        out.append((cell, pos))
        pos += len(cell) + 1
    return out


def _header_key(cell: str) -> str:
    return re.sub(r"[\s_-]+", " ", cell.strip().strip("*").lower())


def _separator(row: str) -> bool:
    return bool(row.strip()) and set(row.strip()) <= set("|-: ")


def _name_cell(cell: str) -> tuple[int, int] | None:
    """Where a name stands in a cell (its stripped text), or None for a placeholder, a number or ordinary words."""
    from ledgerlm.ner.evidence import first_names, surnames
    from ledgerlm.ner.features import fold, is_en_word

    value = cell.strip()
    if not value or value.lower() in _PLACEHOLDERS:
        return None
    lead = cell.index(value)
    if _ZH_CELL.fullmatch(value):
        return lead, lead + len(value)
    if not _LATIN_CELL.fullmatch(value) or not any(w[0].isupper() for w in value.split()):
        return None
    from ledgerlm.ner.evidence import _SINGLE_BRANDS
    from ledgerlm.ner.lowercase import census_given

    words = [fold(w.strip(".")) for w in value.split()]
    listed = [w in first_names() or w in surnames() for w in words]
    if any(w in _SINGLE_BRANDS for w in words) or (len(words) == 1 and not listed[0]):
        return None  # "Binance", "Kraken": one word no name list holds is a desk or a brand as often as a person
    if all(is_en_word(w) for w in words) and not (
        len(words) >= 2 and words[0] in census_given() and words[-1] in surnames()
    ):
        return None  # "Marketing Team", "Petty Cash" (Petty, Cash are surnames too); "Grace Hill" stays
    return lead, lead + len(value)


__all__ = ["table_names"]
