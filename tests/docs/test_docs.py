"""Every code block in docs/*.md (and a hand-written README.md) runs as written, or is marked as output,
configuration, a template or a known failure. One test per doc file; the summary at the end counts them."""

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


@pytest.mark.parametrize("doc", DOCS, ids=[d.path.name for d in DOCS])
def test_doc_runs_as_written(doc: Doc, tmp_path: Path, shared_cache: Path) -> None:
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
