"""The doc-block harness itself: what it extracts, how it classifies, how it splits commands and judges them."""

from __future__ import annotations

from pathlib import Path

from tests.docs.docblocks import parse_doc, split_commands
from tests.docs.runner import run_doc

FENCE = "`" * 3
SAMPLE = """<!-- docs-test: chain=memory -->
# Title

~~~bash
echo one
~~~

<!-- docs-test: skip (template: needs an id from above) -->
~~~bash
ledgerlm models show ID
~~~

<!-- docs-test: xfail (the parser drops the unit: issue 99) -->
~~~python
assert 1 + 1 == 3
~~~

<!-- docs-test: file hello.py -->
<!-- another comment -->
~~~python
print("hello from a file")
~~~

~~~text
output only
~~~

1. a list item

   ~~~python
   x = 41
   ~~~

~~~python
assert x + 1 == 42
~~~

~~~bash
python hello.py
false   # exit 1
cat > out.txt <<'END'
a | b && c
END
grep -q "a | b" out.txt && \\
  echo found
~~~
""".replace("~~~", FENCE)


def _doc(tmp_path: Path) -> Path:
    path = tmp_path / "sample.md"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def test_blocks_are_classified_with_their_marks(tmp_path: Path) -> None:
    doc = parse_doc(_doc(tmp_path))
    kinds = [(b.kind, b.mark) for b in doc.blocks]
    assert kinds == [
        ("shell", ""),
        ("shell", "skip"),
        ("python", "xfail"),
        ("python", "file"),
        ("other", ""),
        ("python", ""),
        ("python", ""),
        ("shell", ""),
    ]
    assert doc.blocks[1].is_template and doc.blocks[1].placeholders() == ["ID"]
    assert doc.blocks[2].reason == "the parser drops the unit: issue 99"
    assert doc.blocks[3].reason == "hello.py"
    assert doc.blocks[5].code == "x = 41\n"  # indented fence inside a list item, dedented
    assert doc.chain == "memory" and not doc.slow and not doc.generated


def test_commands_join_continuations_and_here_documents(tmp_path: Path) -> None:
    commands = split_commands(parse_doc(_doc(tmp_path)).blocks[-1].code)
    assert [c.expect for c in commands] == [0, 1, 0, 0]
    assert commands[2].text.splitlines()[-1] == "END"
    assert commands[3].text.endswith("echo found")


def test_placeholders_in_comments_do_not_count(tmp_path: Path) -> None:
    path = tmp_path / "c.md"
    path.write_text(f"{FENCE}bash\nledgerlm audit list   # prints each ID and 0x…\n{FENCE}\n", encoding="utf-8")
    assert parse_doc(path).blocks[0].placeholders() == []


def test_run_in_order_with_known_failure_and_saved_file(tmp_path: Path, shared_cache: Path) -> None:
    result = run_doc(parse_doc(_doc(tmp_path)), tmp_path / "run", shared_cache, timeout=120)
    statuses = [o.status for o in result.outcomes]
    assert statuses == ["pass", "template", "xfail", "file", "other", "pass", "pass", "pass"], result.outcomes
    assert "hello from a file" in result.outcomes[-1].detail and "found" in result.outcomes[-1].detail


def test_a_wrong_exit_status_fails_and_names_the_command(tmp_path: Path, shared_cache: Path) -> None:
    path = tmp_path / "bad.md"
    path.write_text(f"{FENCE}bash\necho ok\nls /nonexistent-dir   # exit 0\necho never\n{FENCE}\n", encoding="utf-8")
    result = run_doc(parse_doc(path), tmp_path / "run", shared_cache, timeout=60)
    (outcome,) = result.outcomes
    assert outcome.status == "fail"
    assert "block line 2 exited 2 (expected 0)" in outcome.detail and "never" not in outcome.detail


def test_directives_quoted_inline_are_not_directives(tmp_path: Path) -> None:
    path = tmp_path / "q.md"
    path.write_text(
        "Mark a file with `<!-- docs-test: slow -->` or `<!-- docs-test: chain=anvil -->`.\n", encoding="utf-8"
    )
    doc = parse_doc(path)
    assert not doc.slow and doc.chain == "memory"


def test_an_elided_value_is_not_a_placeholder(tmp_path: Path) -> None:
    path = tmp_path / "e.md"
    path.write_text(f'{FENCE}bash\nledgerlm redact "key 0x4c08…2318"   # exit 2\nledgerlm review 0xAbC...\n{FENCE}\n')
    assert parse_doc(path).blocks[0].placeholders() == ["0xAbC..."]
