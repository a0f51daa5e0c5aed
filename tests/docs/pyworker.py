"""Run the Python blocks of one doc in one interpreter, in order, sharing names like a REPL session.

Protocol: each stdin line is the path of a file holding one block. The block runs in the shared namespace; then
one line ``\\x00docs-test <n> ok`` or ``\\x00docs-test <n> error <json traceback>`` goes to stdout.
"""

from __future__ import annotations

import json
import sys
import traceback


def main() -> None:
    namespace: dict[str, object] = {"__name__": "__main__"}
    for n, raw in enumerate(sys.stdin, start=1):
        path = raw.strip()
        with open(path, encoding="utf-8") as handle:
            source = handle.read()
        try:
            exec(compile(source, path, "exec"), namespace)
        except BaseException:  # the block's own failure, SystemExit included, is the report
            sys.stdout.flush()
            sys.stdout.write(f"\x00docs-test {n} error {json.dumps(traceback.format_exc(limit=-6))}\n")
        else:
            sys.stdout.flush()
            sys.stdout.write(f"\x00docs-test {n} ok\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
