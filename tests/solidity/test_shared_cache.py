"""Processes sharing one compiler cache compute an entry once: a second compile of the same input waits for the
first and reads its entry (the parallel test workers, the server's workers, data dirs on one $LEDGERLM_CACHE_DIR);
the lock is only a speed-up, never a hang or an error."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path

from ledgerlm.solidity import compiler

SOURCE = """// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
contract Once { uint256 public x = 42; }
"""


def test_a_second_computation_waits_for_the_first_and_finds_its_entry(tmp_path: Path) -> None:
    entry = tmp_path / "k.json"
    seen: list[bool] = []
    inside = threading.Event()

    def first() -> None:
        with compiler.computing_once(entry):
            inside.set()
            time.sleep(0.3)
            entry.write_text("{}", encoding="utf-8")

    t = threading.Thread(target=first)
    t.start()
    assert inside.wait(10)
    with compiler.computing_once(entry):
        seen.append(entry.exists())
    t.join()
    assert seen == [True]


def test_a_lock_held_too_long_does_not_block_the_caller(tmp_path: Path) -> None:
    entry = tmp_path / "k.json"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from ledgerlm.solidity import compiler\n"
            f"with compiler.computing_once(Path({str(entry)!r})):\n"
            "    print('held', flush=True); time.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        with compiler.computing_once(entry, wait_s=0.3):
            waited = time.monotonic() - started
        assert 0.25 <= waited < 30
    finally:
        holder.kill()
        holder.wait(10)


def test_compiling_in_two_processes_at_once_gives_one_entry_and_the_same_artefact(shared_cache: Path) -> None:
    script = (
        "import json; from ledgerlm.solidity.compiler import compile_sources\n"
        f"a = compile_sources({{'Once.sol': {SOURCE!r}}})['Once']\n"
        "print(json.dumps([a.key, a.bytecode]))\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=300)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    first, second = (tuple(json.loads(o)) for o in outs)
    assert first == second
    assert (shared_cache / "solc" / f"{first[0]}.json").exists()
    assert not list((shared_cache / "solc").glob(f"{first[0]}.*.tmp"))
