"""Compiled regular expressions kept from one ``ledgerlm`` process to the next.

Why: Python compiles every regular expression in pure Python (``re._parser`` + ``re._compiler``) in each new
process. ``ledgerlm parse`` compiles about 250 of them (numbers, dates, names, the redaction detectors its audit
record runs), about 0.2 s of a 0.3 s budget, every time, for the same patterns. The compiler's output, the program
that the C matcher ``_sre`` runs, depends only on the pattern, its flags and the Python build, so it is stored once
(``<cache dir>/regex-<python tag>-<sre magic>.marshal``) and handed straight to ``_sre.compile`` afterwards: the same
``re.Pattern`` object, equal (``==`` compares the program) to what ``re.compile`` makes, at a fraction of the cost.

What is stored: only patterns written in code, never text a user typed. A pattern is kept when the code that asked
for it is a module body (``X = re.compile(...)`` at import) or one of the ``TRUSTED_SITES``, or the pattern is a
literal of one of the calling functions, or a module-level value (or table entry) of their modules. Patterns built
from a name, an address or any other input at run time (``re.escape(name)``) are compiled as usual and never
written down; ``tests/cli/test_startup.py`` checks that a parse leaves none of its words in the file.

The same holds for the methods ``dataclasses`` writes for every ``@dataclass`` (``__init__``, ``__repr__``,
``__eq__`` ...): it builds their source text and compiles it with ``exec``, about 75 classes and 40 ms on the parse
path. The source depends only on the class definition; its compiled code object is stored in the same file
(``marshal``, as in a ``.pyc``) and executed directly next time. Only the text that ``dataclasses`` generated
(``def __create_fn__(...``) is compiled this way; any other ``exec`` goes to the builtin untouched.

And for the forward references ``typing`` compiles: every string annotation that pydantic, typing_extensions or
``typing.get_type_hints`` meets becomes a ``typing.ForwardRef``, whose expression is compiled on creation, about
775 of them on the parse path (pydantic-core's schema types alone are ~90 ``TypedDict`` classes), a tenth of a
parse. The code depends only on the annotation's text; it is stored beside the rest (``typing``'s own call, and
nothing else, is routed here).

Code is compiled as the original caller would compile it: ``dataclasses``' ``exec`` and ``typing``'s ``compile``
inherit no ``__future__`` flag (their modules have none), so neither does the cache, which itself is written with
``from __future__ import annotations`` (inheriting it turned a dataclass ``__init__``'s annotations into strings).

Only the ``ledgerlm`` console script installs it (``ledgerlm.cli.main.main``); ``LEDGERLM_REGEX_CACHE=0`` turns it
off. A file that is unreadable, from another Python, or damaged is ignored (``_sre`` validates every program it
is given); writing happens once at exit, atomically, and only when new patterns were compiled.
"""

from __future__ import annotations

import _sre
import atexit
import builtins
import marshal
import os
import re
import sys
from array import array
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from types import CodeType, FrameType
from typing import Any

#: (pattern, flags) -> (final flags, program, groups - 1, group index, index group): the arguments of _sre.compile,
#: the program as the bytes of an array of _sre code words (marshal reads bytes in one copy, a list int by int)
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_WORD = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)

#: the Python build (code objects are marshalled per version, as in .pyc files) and the _sre program format
TAG = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}-2"
#: a file above this many programs is cut back to those the saving process used
MAX_ENTRIES = 3000
MAX_PATTERN = 100_000
_RE_DIR = os.path.dirname(re.__file__)
_THIS = __file__

_entries: dict[tuple[str | bytes, int], Entry] = {}
_used: set[tuple[str | bytes, int]] = set()
#: source text dataclasses generated -> its compiled code
_codes: dict[str, CodeType] = {}
_used_codes: set[str] = set()
#: forward-reference text typing compiled -> its code
_forward: dict[str, CodeType] = {}
_used_forward: set[str] = set()
#: the longest annotation kept (a type expression; anything longer is compiled as usual and not stored)
MAX_FORWARD = 1000
_DATACLASS_SOURCE = "def __create_fn__("
_added = 0
#: patterns this process compiled itself (not from the cache): what a second run of the same command should no
#: longer compile, unless the pattern holds input; tests read it to keep the trusted sites true to the code
_fresh: list[tuple[str | bytes, str]] = []
_original: Any = None
_path: Path | None = None


def cache_file() -> Path:
    """Where the programs live: ``$LEDGERLM_CACHE_DIR`` or ``<data dir>/cache``, the rule of
    ``ledgerlm.config.cache_dir`` (restated so the cache is in place before config and its TOML parser load;
    a test keeps the two equal)."""
    raw = os.environ.get("LEDGERLM_CACHE_DIR")
    if raw:
        return Path(raw).expanduser() / f"regex-{TAG}.marshal"
    home = os.environ.get("LEDGERLM_HOME")
    data = Path(home).expanduser() if home else Path.home() / ".ledgerlm"
    return data / "cache" / f"regex-{TAG}.marshal"


def _load(
    path: Path,
) -> tuple[dict[tuple[str | bytes, int], Entry], dict[str, CodeType], dict[str, CodeType]]:
    """The regex programs, dataclass code and forward-reference code stored at ``path`` (empty when missing,
    foreign or damaged)."""
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}, {}, {}
    if not isinstance(data, dict) or data.get("tag") != TAG:
        return {}, {}, {}
    parts = [data.get(key) for key in ("entries", "code", "forward")]
    entries, codes, forward = (part if isinstance(part, dict) else {} for part in parts)
    return entries, codes, forward


def _read(path: Path) -> tuple[dict[tuple[str | bytes, int], Entry], dict[str, CodeType]]:
    """The regex programs and dataclass code stored at ``path``."""
    entries, codes, _ = _load(path)
    return entries, codes


def _caller(frame: FrameType | None) -> FrameType | None:
    """The first frame outside the ``re`` package and this module: the code that asked for the pattern."""
    while frame is not None and (frame.f_code.co_filename.startswith(_RE_DIR) or frame.f_code.co_filename == _THIS):
        frame = frame.f_back
    return frame


#: Functions that compile patterns they assemble from their own module's tables and the kinds' descriptors only
#: (never from input), so what they compile may be stored: (module, function).
TRUSTED_SITES = frozenset(
    {
        ("ledgerlm.contracts.request.classify", "_compiled"),  # each kind's keyword cues, from its descriptor
        ("ledgerlm.contracts.request.classify", "rx"),  # a gated cue pattern, compiled on its first use
        ("ledgerlm.language.parties", "find_names"),  # the title list (_TITLE) and fixed classes
        ("ledgerlm.language.parties", "_latin_at"),  # the title list and the name shapes (_TITLE, _ORG_WORD)
        ("ledgerlm.language.parties", "read_name"),  # the title list before a described name
        ("ledgerlm.language.parties", "fuller_name"),  # the name shapes (_CAP, _TITLE, _ORG_SUFFIX)
        # each role's cue words, from the kind's descriptor (``contracts.request.extract``), and _ROLE_VERBS
        ("ledgerlm.language.parties", "explicit_roles"),
        ("ledgerlm.language.parties", "_explicit_roles"),
        # rich's highlighters: the patterns of their own class bodies (ReprHighlighter ...), run on every table
        ("rich.text", "highlight_regex"),
        # each kind's role patterns (``contracts/kinds/<kind>/extract.py``: literals around the shared name shapes)
        ("ledgerlm.language.extract", "_party"),
        ("ledgerlm.contracts.kinds.loan.extract", "_pronoun_party"),  # a literal cue plus a fixed tail
        # the kinds' literal cues, some joined from two literals ("…(?:per|a|every" + "|for")
        ("ledgerlm.language.extract", "_search"),
        # "(?m)^" plus the common margin of a docstring or source block (typing_inspection, at import): whitespace
        ("textwrap", "dedent"),
        ("string", "__init_subclass__"),  # string.Template's pattern, from the class's own attributes, at import
    }
)
#: Modules whose patterns change from one process to the next although written in code: ``tokenize`` joins a set
#: of string prefixes (ordered by the per-process string hash) into one pattern (pydantic asks ``inspect`` for a
#: builtin's signature, which tokenizes it). Stored, each run would add a new program and rewrite the whole file at
#: exit; they are compiled as usual instead.
VOLATILE_MODULES = frozenset({"tokenize"})
#: How many calling frames may hold the pattern as a literal or a module-level table entry (a helper such as
#: ``_search(pattern, text)`` compiles what its caller wrote).
_DEPTH = 3
_CO_OPTIMIZED = 0x0001  # inspect.CO_OPTIMIZED, without importing inspect (~10 ms)
_CO_VARARGS, _CO_VARKEYWORDS = 0x0004, 0x0008  # inspect.CO_VARARGS, inspect.CO_VARKEYWORDS


def _is_builder(code: CodeType) -> bool:
    """A function that takes nothing and closes over nothing (a lazy table builder such as a ``functools.cache``'d
    ``_zh_patterns()``): what it compiles comes from its module's constants, since no input can reach it."""
    takes = code.co_argcount or code.co_posonlyargcount or code.co_kwonlyargcount
    return not takes and not code.co_flags & (_CO_VARARGS | _CO_VARKEYWORDS) and not code.co_freevars


def _in_tables(pattern: str | bytes, module_globals: dict[str, Any]) -> bool:
    """``pattern`` is (this very object) a module-level value, or an entry of a module-level tuple, or of a tuple
    inside a module-level tuple or list (a table such as ``[(pattern, weight), ...]``)."""
    for value in module_globals.values():
        if value is pattern:
            return True
        if isinstance(value, (tuple, list)):
            for item in value:
                if (item is pattern and isinstance(value, tuple)) or (
                    isinstance(item, tuple) and any(x is pattern for x in item)
                ):
                    return True
    return False


def _written_in_code(pattern: str | bytes) -> bool:
    """True when ``pattern`` comes from source code (see the module docstring), not from run-time input."""
    frame = _caller(sys._getframe(1))
    if frame is not None and frame.f_globals.get("__name__") in VOLATILE_MODULES:
        return False
    for depth in range(_DEPTH):
        if frame is None:
            return False
        code = frame.f_code
        if depth == 0 and (
            not code.co_flags & _CO_OPTIMIZED  # a module or class body: runs at import, before any input
            or _is_builder(code)
            or (frame.f_globals.get("__name__"), code.co_name) in TRUSTED_SITES
        ):
            return True
        if pattern in code.co_consts or _in_tables(pattern, frame.f_globals):
            return True
        frame = frame.f_back
    return False


def _compile(pattern: Any, flags: int = 0) -> Any:
    """``re._compiler.compile`` with the program taken from, or added to, the cache."""
    global _added
    if not isinstance(pattern, (str, bytes)) or flags & (re.DEBUG | re.LOCALE):
        return _original(pattern, flags)
    key = (pattern, flags)
    entry = _entries.get(key)
    if entry is not None:
        _used.add(key)
        try:
            stored_flags, program, stored_groups, stored_index, stored_names = entry
            words = array(_WORD, program).tolist()
            return _sre.compile(pattern, stored_flags, words, stored_groups, dict(stored_index), stored_names)
        except (RuntimeError, TypeError, ValueError, OverflowError):  # a damaged entry: compile as usual
            del _entries[key]
    caller = _caller(sys._getframe(1))
    _fresh.append((pattern, str(caller.f_globals.get("__name__")) if caller is not None else "?"))
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses marshal refuses
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    final, groups = int(flags | parsed.state.flags), int(parsed.state.groups - 1)
    compiled = _sre.compile(pattern, final, code, groups, groupindex, tuple(indexgroup))
    if len(pattern) <= MAX_PATTERN and _written_in_code(pattern):
        _entries[key] = (final, array(_WORD, code).tobytes(), groups, dict(groupindex), tuple(indexgroup))
        _used.add(key)
        _added += 1
    return compiled


def _exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
    """``exec`` as ``dataclasses`` sees it: the methods it generates come compiled from the cache."""
    global _added
    if isinstance(source, str) and source.startswith(_DATACLASS_SOURCE):
        code = _codes.get(source)
        if code is None:
            code = compile(source, "<string>", "exec", 0, True)  # what exec(source) compiles in dataclasses
            _codes[source] = code
            _added += 1
        _used_codes.add(source)
        source = code
    builtins.exec(source, globals, locals)


def _typing_compile(
    source: Any, filename: Any, mode: Any, flags: int = 0, dont_inherit: bool = False, optimize: int = -1
) -> Any:
    """``compile`` as ``typing`` sees it (``typing.ForwardRef``): the code of an annotation from the cache."""
    global _added
    if (filename, mode, flags, optimize) != ("<string>", "eval", 0, -1) or not isinstance(source, str):
        return compile(source, filename, mode, flags, True, optimize)  # typing has no __future__ flag to inherit
    code = _forward.get(source)
    if code is None:
        code = compile(source, filename, mode, 0, True)
        if len(source) > MAX_FORWARD:
            return code
        _forward[source] = code
        _added += 1
    _used_forward.add(source)
    return code


def save() -> None:
    """Write the programs compiled in this process beside those already stored (atomic replace; never raises)."""
    global _added
    if not _added or _path is None:
        return
    try:
        stored, stored_codes, stored_forward = _load(_path)
        merged = {**stored, **_entries}
        codes = {**stored_codes, **_codes}
        forward = {**stored_forward, **_forward}
        if len(merged) > MAX_ENTRIES:  # patterns that change from run to run piled up: keep what this run used
            merged = {key: merged[key] for key in _used if key in merged}
        if len(codes) > MAX_ENTRIES:
            codes = {key: codes[key] for key in _used_codes if key in codes}
        if len(forward) > MAX_ENTRIES:
            forward = {key: forward[key] for key in _used_forward if key in forward}
        _path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = _path.with_name(f"{_path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps({"tag": TAG, "entries": merged, "code": codes, "forward": forward}))
        os.replace(tmp, _path)
        _added = 0
    except (OSError, ValueError):
        pass


def install() -> bool:
    """Route ``re``'s compiler through the cache for the rest of this process; False when it is off or cannot
    work here (another Python's ``re`` internals)."""
    global _original, _path
    if _original is not None:
        return True
    if os.environ.get("LEDGERLM_REGEX_CACHE", "1").lower() in {"0", "false", "no", "off"}:
        return False
    if not all(hasattr(_compiler, n) for n in ("compile", "_code")) or not hasattr(_parser, "parse"):
        return False
    try:
        _path = cache_file()
    except Exception:  # noqa: BLE001 - a bad data dir is reported by the command itself, not here
        return False
    entries, codes, forward = _load(_path)
    _entries.update(entries)
    _codes.update(codes)
    _forward.update(forward)
    _original = _compiler.compile
    _compiler.compile = _compile
    import dataclasses

    if hasattr(dataclasses, "_create_fn") and "exec" not in vars(dataclasses):
        dataclasses.exec = _exec  # type: ignore[attr-defined]  # its module global shadows the builtin
    import typing

    if "compile" not in vars(typing):
        typing.compile = _typing_compile  # type: ignore[attr-defined]  # the same, for ForwardRef.__init__
    atexit.register(save)
    return True


def uninstall() -> None:
    """Back to Python's own compiler (tests)."""
    global _original
    if _original is not None:
        _compiler.compile = _original
        _original = None
        import dataclasses

        if vars(dataclasses).get("exec") is _exec:
            del dataclasses.exec  # type: ignore[attr-defined]
        import typing

        if vars(typing).get("compile") is _typing_compile:
            del typing.compile  # type: ignore[attr-defined]
        atexit.unregister(save)


def fresh() -> list[tuple[str | bytes, str]]:
    """The patterns this process compiled itself, in order, each with the module that asked for it (tests: a
    repeated command compiles only patterns built from its input, or those of ``VOLATILE_MODULES``)."""
    return list(_fresh)


def entries() -> dict[tuple[str | bytes, int], Entry]:
    """The programs known to this process (tests compare them with what ``re`` compiles itself)."""
    return dict(_entries)
