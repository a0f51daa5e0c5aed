"""A hand-written README.md runs as written (its own file: it is the longest doc, and one file is one unit of work
for ``--dist loadfile``; see test_docs.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.docs.docblocks import Doc
from tests.docs.test_docs import check_doc, shard

SHARD = shard("readme")


@pytest.mark.parametrize("doc", SHARD, ids=[d.path.name for d in SHARD])
def test_doc_runs_as_written(doc: Doc, tmp_path: Path, shared_cache: Path) -> None:
    check_doc(doc, tmp_path, shared_cache)
