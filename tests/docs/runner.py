"""Run the blocks of one doc the way a reader would: in order, in one terminal, on a fresh data directory.

Shell blocks run in bash (``pipefail``; exported variables and the working directory carry from block to block),
Python blocks in one shared interpreter (``pyworker.py``). The working directory is a fresh folder whose entries
link to the repository's top level, so ``.venv/bin/ledgerlm`` and ``bench/...`` resolve while files a block
writes stay out of the checkout. ``.venv/bin`` is first on PATH, ``LEDGERLM_CHAIN=memory`` unless the doc asks for
the managed anvil, and ``LEDGERLM_PASSWORD`` is set so that keystore prompts do not wait for a terminal.
"""

from __future__ import annotations

import json
import os
import queue
import shlex
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.docs.docblocks import Block, Doc, split_commands

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("pyworker.py")
MARK = "\x00docs-test"


@dataclass
class Outcome:
    """What happened to one block."""

    block: Block
    status: str  # "pass", "fail", "xfail", "xpass", "skip", "template", "file", "other"
    detail: str = ""
    seconds: float = 0.0


@dataclass
class DocRun:
    doc: Doc
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0
    setup_error: str = ""

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)


def environment(home: Path, cache: Path, chain: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEDGERLM_") and k != "VIRTUAL_ENV"}
    env.update(
        {
            "PATH": f"{ROOT / '.venv' / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
            "VIRTUAL_ENV": str(ROOT / ".venv"),
            "LEDGERLM_HOME": str(home),
            "LEDGERLM_CACHE_DIR": str(cache),
            "LEDGERLM_CHAIN": chain,
            "LEDGERLM_PASSWORD": "docs-test-password",
            "PYTHONUNBUFFERED": "1",
            "NO_COLOR": "1",
            "COLUMNS": "120",
            "TERM": "dumb",
        }
    )
    return env


def workdir(tmp: Path) -> Path:
    """A fresh folder that sees the repository's files (links) but keeps what blocks write."""
    work = tmp / "work"
    work.mkdir(parents=True)
    for entry in ROOT.iterdir():
        if entry.name != ".git":
            (work / entry.name).symlink_to(entry)
    return work


def _tail(text: str, lines: int = 15) -> str:
    kept = [line for line in text.splitlines() if not line.startswith(MARK)]
    return "\n".join(kept[-lines:])


class PythonSession:
    """One interpreter for the Python blocks of a doc."""

    def __init__(self, env: dict[str, str], cwd: Path) -> None:
        self.proc = subprocess.Popen(
            [str(ROOT / ".venv" / "bin" / "python"), "-u", str(WORKER)],
            cwd=cwd,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            encoding="utf-8",
            errors="replace",
            start_new_session=True,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.count = 0

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def run(self, path: Path, timeout: float) -> tuple[bool, str]:
        assert self.proc.stdin is not None
        self.count += 1
        self.proc.stdin.write(f"{path}\n")
        self.proc.stdin.flush()
        output: list[str] = []
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                return False, _tail("".join(output)) + f"\ntimed out after {timeout:.0f} s"
            if line is None:
                return False, _tail("".join(output)) + "\nthe interpreter exited"
            if line.startswith(f"{MARK} {self.count} "):
                verdict = line.split(" ", 2)[2].strip()
                if verdict == "ok":
                    return True, _tail("".join(output))
                return False, json.loads(verdict.split(" ", 1)[1])
            output.append(line)
            if time.monotonic() > deadline:
                return False, _tail("".join(output)) + f"\ntimed out after {timeout:.0f} s"

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, 9)


def shell_script(block: Block, state: Path) -> str:
    """The block as a script that stops at the first command whose status is not the expected one."""
    out = ["set -o pipefail", f"[ -f {shlex.quote(str(state))} ] && . {shlex.quote(str(state))}"]
    for cmd in split_commands(block.code):
        out += [
            cmd.text,
            "__rc=$?",
            f"if [ $__rc -ne {cmd.expect} ]; then printf '\\000docs-test fail {cmd.line} %s\\n' $__rc; exit 97; fi",
        ]
    out += [f"{{ export -p; printf 'cd %q\\n' \"$PWD\"; }} > {shlex.quote(str(state))}"]
    return "\n".join(out) + "\n"


def run_shell(block: Block, env: dict[str, str], cwd: Path, state: Path, timeout: float) -> tuple[bool, str]:
    script = state.with_name(f"block-{block.line}.sh")
    script.write_text(shell_script(block, state), encoding="utf-8")
    proc = subprocess.Popen(
        ["bash", "--noprofile", "--norc", str(script)],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
        start_new_session=True,
    )
    try:
        output, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        output, _ = proc.communicate()
        return False, _tail(output) + f"\ntimed out after {timeout:.0f} s"
    if proc.returncode == 0:
        return True, _tail(output)
    for line in output.splitlines():
        if line.startswith(f"{MARK} fail "):
            where, status = line.split()[2:4]
            command = next(c for c in split_commands(block.code) if c.line == int(where))
            return False, (
                f"command at block line {where} exited {status} (expected {command.expect}):\n"
                f"  {command.text.strip()}\n{_tail(output)}"
            )
    return False, f"the shell exited {proc.returncode}\n{_tail(output)}"


def run_doc(doc: Doc, tmp: Path, cache: Path, timeout: float) -> DocRun:
    """Every block of ``doc`` in order; never raises for a failing block (the outcomes say what failed)."""
    started = time.monotonic()
    run = DocRun(doc=doc)
    home = tmp / "home"
    work = workdir(tmp)
    state = tmp / "shell-state.sh"
    env = environment(home, cache, doc.chain)
    python: PythonSession | None = None
    node_started = False
    try:
        if doc.chain == "anvil":
            proc = subprocess.run(
                ["ledgerlm", "node", "start"], cwd=work, env=env, capture_output=True, text=True, timeout=120
            )
            if proc.returncode != 0:
                run.setup_error = f"`ledgerlm node start` exited {proc.returncode}: {proc.stderr.strip()}"
                return run
            node_started = True
        for n, block in enumerate(doc.blocks, start=1):
            if block.kind == "other":
                run.outcomes.append(Outcome(block, "other"))
                continue
            if block.mark == "file":
                (work / block.reason).write_text(block.code, encoding="utf-8")
                run.outcomes.append(Outcome(block, "file", f"saved as {block.reason}"))
                continue
            if block.mark == "skip":
                run.outcomes.append(Outcome(block, "template" if block.is_template else "skip", block.reason))
                continue
            if block.placeholders():
                run.outcomes.append(
                    Outcome(
                        block,
                        "fail",
                        "placeholders a reader must replace "
                        f"({', '.join(sorted(set(block.placeholders())))}): mark the block "
                        "<!-- docs-test: skip (template: ...) --> or make it runnable",
                    )
                )
                continue
            left = timeout - (time.monotonic() - started)
            if left <= 0:
                run.outcomes.append(Outcome(block, "fail", f"not run: the doc's {timeout:.0f} s were used up"))
                continue
            t0 = time.monotonic()
            if block.kind == "python":
                if python is None:
                    python = PythonSession(env, work)
                path = tmp / f"block-{n}.py"
                path.write_text(block.code, encoding="utf-8")
                ok, detail = python.run(path, left)
            else:
                ok, detail = run_shell(block, env, work, state, left)
            status = ("xpass" if ok else "xfail") if block.mark == "xfail" else ("pass" if ok else "fail")
            if block.mark == "xfail":
                detail = f"known failure: {block.reason}\n{detail}" if not ok else f"marked xfail ({block.reason})"
            run.outcomes.append(Outcome(block, status, detail, time.monotonic() - t0))
    finally:
        if python is not None:
            python.close()
        if node_started:
            subprocess.run(["ledgerlm", "node", "stop"], cwd=work, env=env, capture_output=True, timeout=60)
        run.seconds = time.monotonic() - started
    return run


def main(argv: list[str]) -> int:
    """``python -m tests.docs.runner [--list] [FILE.md ...]``: classify (or run) blocks outside pytest."""
    import tempfile

    from tests.docs.docblocks import parse_doc

    listing = "--list" in argv
    files = [Path(a) for a in argv if not a.startswith("--")] or sorted((ROOT / "docs").glob("*.md"))
    for path in files:
        doc = parse_doc(path)
        if listing:
            for b in doc.blocks:
                tag = b.mark and f" [{b.mark}: {b.reason}]"
                print(f"{b.where():32} {b.lang or '-':8} {b.kind:7}{tag}")
            continue
        with tempfile.TemporaryDirectory(prefix="docs-test-") as tmp:
            result = run_doc(doc, Path(tmp), Path(tmp) / "cache", float(os.environ.get("LEDGERLM_DOCS_TIMEOUT", 600)))
        print(f"== {path.name} ({result.seconds:.1f} s) {result.setup_error}")
        for o in result.outcomes:
            if o.status != "other":
                print(f"  {o.block.where():28} {o.status:8} {o.seconds:5.1f} s")
                if o.status in ("fail", "xfail", "xpass"):
                    print("    " + o.detail.replace("\n", "\n    "))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
