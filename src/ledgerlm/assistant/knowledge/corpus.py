"""The shipped knowledge base: markdown files under ``kb/`` split into one passage per ``##`` section.

File names are ``<topic>.<lang>.md`` (lang ``en`` or ``zh``); the two language versions of a topic have the same
sections in the same order.  A content hash over all files tells the index when its embeddings are stale.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from ledgerlm.errors import ConfigError

KB_DIR = Path(__file__).parent / "kb"
LANGS = ("en", "zh")
_FILE = re.compile(r"^(?P<topic>[a-z0-9-]+)\.(?P<lang>en|zh)\.md$")


@dataclass(frozen=True)
class Passage:
    """One ``##`` section of one knowledge-base file."""

    file: str
    topic: str
    lang: str
    title: str
    section: str
    text: str
    position: int = 0  # index of the section in its file; the en/zh versions of a topic share positions

    @property
    def embed_text(self) -> str:
        return f"{self.title} - {self.section}\n{self.text}"


def kb_files(kb_dir: Path = KB_DIR) -> list[Path]:
    files = sorted(p for p in Path(kb_dir).glob("*.md") if _FILE.match(p.name))
    if not files:
        raise ConfigError(f"knowledge base {kb_dir} has no <topic>.<lang>.md files",
                          hint="reinstall ledgerlm; the markdown files ship inside the package")
    return files


def content_hash(kb_dir: Path = KB_DIR) -> str:
    h = hashlib.sha256()
    for path in kb_files(kb_dir):
        h.update(path.name.encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def parse_file(path: Path) -> list[Passage]:
    m = _FILE.match(path.name)
    if m is None:
        raise ConfigError(f"{path.name} is not named <topic>.<lang>.md")
    title, section, body, out = path.stem, None, [], []

    def flush() -> None:
        text = " ".join(line.strip() for line in body if line.strip())
        if section and text:
            out.append(Passage(path.name, m["topic"], m["lang"], title, section, _tidy(text), len(out)))

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            flush()
            section, body = line[3:].strip(), []
        elif line.startswith("# "):
            title = line[2:].strip()
        else:
            body.append(line)
    flush()
    return out


def _tidy(text: str) -> str:
    """Join wrapped lines: no space between two CJK characters, one space elsewhere."""
    return re.sub(r"(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])", "", text)


def load_passages(kb_dir: Path = KB_DIR) -> list[Passage]:
    return [p for path in kb_files(kb_dir) for p in parse_file(path)]
