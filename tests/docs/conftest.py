"""Print how many doc blocks ran, passed, were templates, skipped or known failures, and how long each doc took."""

from __future__ import annotations

import pytest


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    from tests.docs import test_docs

    runs = test_docs.RESULTS
    if test_docs.SKIPPED_SLOW:
        terminalreporter.section("documentation blocks")
        terminalreporter.write_line(
            f"{len(test_docs.SKIPPED_SLOW)} docs marked slow were not run "
            f"(LEDGERLM_DOCS_SLOW=1 runs them): {', '.join(test_docs.SKIPPED_SLOW)}"
        )
    if not runs:
        return
    statuses = ("pass", "fail", "xfail", "xpass", "template", "skip", "file", "other")
    total = {s: sum(r.count(s) for r in runs) for s in statuses}
    ran = total["pass"] + total["fail"] + total["xfail"] + total["xpass"]
    tr = terminalreporter
    if not test_docs.SKIPPED_SLOW:
        tr.section("documentation blocks")
    for r in sorted(runs, key=lambda r: -r.seconds):
        counts = ", ".join(f"{r.count(s)} {s}" for s in statuses if r.count(s))
        tr.write_line(f"{r.doc.path.name:24} {r.seconds:6.1f} s  chain={r.doc.chain:7} {counts}")
    tr.write_line(
        f"blocks run: {ran}, passed: {total['pass']}, failed: {total['fail'] + total['xpass']}, "
        f"known failures (xfail): {total['xfail']}, templates: {total['template']}, "
        f"other skips: {total['skip']}, saved as files: {total['file']}, output/config: {total['other']}; "
        f"{sum(r.seconds for r in runs):.1f} s in all"
    )
    for r in runs:
        for o in r.outcomes:
            if o.status in ("xfail", "skip"):
                tr.write_line(f"  {o.status:5} {o.block.where()}: {o.block.reason}")
