"""Every code block in docs/*.md (and a hand-written README.md) runs as written, or is marked as output,
configuration, a template or a known failure. One test per doc file; the summary at the end counts them.

The docs are split over three test files so that ``pytest -n 2 --dist loadfile`` can run them on both workers at
once (one file is one unit of work): the README here in ``test_docs_readme.py``, docs/*.md alternately in this file
and ``test_docs_more.py`` (sorted by name). ``pytest tests/docs -k doc_runs`` runs all of them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.docs.docblocks import Doc, parse_doc
from tests.docs.runner import ROOT, run_doc

#: Seconds one doc may take on a loaded 2-core machine, twice that for a slow one (LEDGERLM_DOCS_TIMEOUT overrides).
TIMEOUT = float(os.environ.get("LEDGERLM_DOCS_TIMEOUT", 300))
RESULTS: list = []  # DocRun per doc, read by conftest.py's terminal summary
SKIPPED_SLOW: list[str] = []  # docs marked slow that this run left out


def documents() -> list[Doc]:
    paths = sorted((ROOT / "docs").glob("*.md"))
    readme = ROOT / "README.md"
    docs = [parse_doc(p) for p in paths]
    if readme.exists():
        parsed = parse_doc(readme)
        if not parsed.generated:  # a README glued from docs/ would only run the same blocks twice
            docs.insert(0, parsed)
    return docs


DOCS = documents()


def shard(name: str) -> list[Doc]:
    """The docs of one test file: "readme" (README.md), "a" or "b" (docs/*.md by turns, in name order)."""
    readme = [d for d in DOCS if d.path.parent == ROOT]
    if name == "readme":
        return readme
    rest = [d for d in DOCS if d not in readme]
    return rest[0::2] if name == "a" else rest[1::2]


def check_doc(doc: Doc, tmp_path: Path, shared_cache: Path) -> None:
    """Run every block of ``doc`` in order on a fresh data dir; fail on a block that does not run as written."""
    if doc.slow and os.environ.get("LEDGERLM_DOCS_SLOW") != "1":
        SKIPPED_SLOW.append(doc.path.name)
        pytest.skip("marked <!-- docs-test: slow -->: set LEDGERLM_DOCS_SLOW=1 to run it")
    result = run_doc(doc, tmp_path, shared_cache, TIMEOUT * (2 if doc.slow else 1))
    RESULTS.append(result)
    assert not result.setup_error, result.setup_error
    failures = [o for o in result.outcomes if o.status in ("fail", "xpass")]
    if failures:
        report = "\n\n".join(f"{o.block.where()} ({o.block.lang}) {o.status.upper()}:\n{o.detail}" for o in failures)
        pytest.fail(f"{len(failures)} block(s) of {doc.path.name} do not run as written:\n\n{report}", pytrace=False)
    known = [o for o in result.outcomes if o.status == "xfail"]
    if known:
        pytest.xfail("; ".join(f"{o.block.where()}: {o.block.reason}" for o in known))


SHARD = shard("a")


@pytest.mark.parametrize("doc", SHARD, ids=[d.path.name for d in SHARD])
def test_doc_runs_as_written(doc: Doc, tmp_path: Path, shared_cache: Path) -> None:
    check_doc(doc, tmp_path, shared_cache)


def test_every_doc_is_in_exactly_one_file() -> None:
    """The split loses no doc and runs none twice."""
    names = [d.path for part in ("readme", "a", "b") for d in shard(part)]
    assert sorted(names) == sorted(d.path for d in DOCS) and len(set(names)) == len(names)
