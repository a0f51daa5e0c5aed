"""The shipped knowledge base: markdown files under ``kb/`` split into one passage per ``##`` section.

File names are ``<topic>.<lang>.md`` (lang ``en`` or ``zh``); the two language versions of a topic have the same
sections in the same order, and a section's id (``topic/slug-of-the-english-title``) is shared by both.  Under the
``#`` title a file names its public ``Source:`` and the date it was ``Checked:``; a section may override either on
its first lines.  ``Q:`` lines (``|``-separated) are questions the section answers, written by hand: retrieval
matches user questions against them as well as against the text, and they are never shown.  Numbered lines
(``1. ...``) keep their line breaks, so how-to sections read as steps.  A content hash over all files tells the
index when its embeddings are stale.
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
    source: str = ""
    checked: str = ""
    questions: tuple[str, ...] = ()
    id: str = ""  # topic/slug, the same in both languages (set by load_passages)

    @property
    def is_steps(self) -> bool:
        """A how-to section: its body is a numbered list of steps."""
        return bool(re.search(r"(?m)^1\. ", self.text))

    @property
    def embed_text(self) -> str:
        return f"{self.title} - {self.section}\n{self.text}"


def kb_files(kb_dir: Path = KB_DIR) -> list[Path]:
    files = sorted(p for p in Path(kb_dir).glob("*.md") if _FILE.match(p.name))
    if not files:
        raise ConfigError(
            f"knowledge base {kb_dir} has no <topic>.<lang>.md files",
            hint="reinstall ledgerlm; the markdown files ship inside the package",
        )
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
    title: str = path.stem
    section: str | None = None
    body: list[str] = []
    out: list[Passage] = []
    meta: dict[str, str] = {}
    file_meta: dict[str, str] = {}
    questions: list[str] = []

    def flush() -> None:
        text = _join([line.strip() for line in body if line.strip()])
        if section and text:
            out.append(
                Passage(
                    path.name,
                    m["topic"],
                    m["lang"],
                    title,
                    section,
                    text,
                    len(out),
                    source=meta.get("source", file_meta.get("source", "")),
                    checked=meta.get("checked", file_meta.get("checked", "")),
                    questions=tuple(questions),
                )
            )

    for line in path.read_text(encoding="utf-8").splitlines():
        field = _META.match(line)
        if line.startswith("## "):
            flush()
            section, body, meta, questions = line[3:].strip(), [], {}, []
        elif line.startswith("# "):
            title = line[2:].strip()
        elif field and field["key"] == "Q":
            questions.extend(q.strip() for q in field["value"].split("|") if q.strip())
        elif field and not body:
            (meta if section else file_meta)[field["key"].lower()] = field["value"].strip()
        else:
            body.append(line)
    flush()
    return out


_META = re.compile(r"^(?P<key>Source|Checked|Q):\s*(?P<value>.*)$")
_STEP = re.compile(r"^\d+\. ")


def _join(lines: list[str]) -> str:
    """Wrapped lines become one paragraph; a numbered step starts a new line (and so does the text after a list)."""
    out: list[str] = []
    in_list = False
    for line in lines:
        if _STEP.match(line):
            out.append("\n" + line)
            in_list = True
        elif (in_list and out and not _STEP.match(line) and line[:1].isupper()) or (
            in_list and _cjk(line[:1]) and out[-1].endswith("。")
        ):
            out.append("\n" + line)
            in_list = False
        else:
            out.append(" " + line)
    return "\n".join(_tidy(part.strip()) for part in "".join(out).strip().split("\n"))


def _cjk(ch: str) -> bool:
    return bool(ch) and "\u3000" <= ch <= "\u9fff"


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _tidy(text: str) -> str:
    """Join wrapped lines: no space between two CJK characters, one space elsewhere."""
    return re.sub(r"(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])", "", text)


def load_passages(kb_dir: Path = KB_DIR) -> list[Passage]:
    """Every section of every file, each with its shared id (from the English title at the same position)."""
    from dataclasses import replace

    passages = [p for path in kb_files(kb_dir) for p in parse_file(path)]
    english = {(p.topic, p.position): p.section for p in passages if p.lang == "en"}
    return [
        replace(p, id=f"{p.topic}/{slug(english.get((p.topic, p.position), p.section)) or p.position}")
        for p in passages
    ]
