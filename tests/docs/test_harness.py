"""The doc-block harness itself: what it extracts, how it classifies, how it splits commands and judges them."""

from __future__ import annotations

from pathlib import Path

from tests.docs.docblocks import parse_doc, split_commands
from tests.docs.runner import run_doc

SAMPLE = """<!-- docs-test: chain=memory -->
# Title

```bash
echo one
```

<!-- docs-test: skip (template: needs an id from above) -->
```bash
ledgerlm models show ID
```

<!-- docs-test: xfail (the parser drops the unit: issue 99) -->
```python
assert 1 + 1 == 3
```

<!-- docs-test: file hello.py -->
<!-- another comment -->
```python
print("hello from a file")
```

```text
output only
```

1. a list item

   ```python
   x = 41
   ```

```python
assert x + 1 == 42
```

```bash
python hello.py
false   # exit 1
cat > out.txt <<'EOF'
a | b && c
