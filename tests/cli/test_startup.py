"""Fast start (issue 11 item 2): the root help drawn from the command table is exactly what Typer prints, and the
parse and intent paths never import the chain layer, the EVM or Slither.

Speeds themselves are measured by ``bench/cli.py`` (whole processes, median, against ``python -c pass``), never
asserted here.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from ledgerlm.cli import lazy
from ledgerlm.cli.main import _HELP, help_app, run

HEAVY = ("web3", "eth_account", "eth_tester", "evm", "slither", "fastapi", "eth_utils", "typer", "rich")


def _typer_help(width: int, styled: bool, monkeypatch: pytest.MonkeyPatch, args: list[str]) -> str:
    """What Typer itself prints for the root help at ``width`` columns (with escape codes when ``styled``)."""
    from typer import rich_utils

    monkeypatch.setattr(rich_utils, "MAX_WIDTH", width)
    monkeypatch.setattr(rich_utils, "FORCE_TERMINAL", styled)
    monkeypatch.setattr(rich_utils, "COLOR_SYSTEM", "standard" if styled else "auto")
    monkeypatch.delenv("NO_COLOR", raising=False)
    buf = io.StringIO()
    with redirect_stdout(buf):
        try:
            help_app()(args=args, prog_name="ledgerlm", standalone_mode=False)
        except Exception as exc:  # noqa: BLE001 - no arguments ends in NoArgsIsHelpError after printing
            assert type(exc).__name__ == "NoArgsIsHelpError"
    return buf.getvalue()


@pytest.mark.parametrize("width", [60, 61, 67, 80, 97, 120, 173, 240])
@pytest.mark.parametrize("styled", [False, True])
def test_the_fast_help_is_what_typer_prints(width: int, styled: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _typer_help(width, styled, monkeypatch, ["--help"])
    assert "parse" in expected and "serve" in expected  # the reference really is the full help
    assert lazy.render_help(_HELP, width, styled) == expected


def test_no_arguments_prints_the_same_help_and_exits_2(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in lazy._RICH_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "88")
    answer = lazy.quick_answer([])
    assert answer is not None
    text, code = answer
    assert code == 2
    assert text == _typer_help(88, False, monkeypatch, [])


def test_every_command_and_its_help_line_is_listed() -> None:
    text = lazy.render_help(_HELP, 200, False)
    for name, (_, help_line) in lazy.COMMANDS.items():
        assert f"│ {name.ljust(11)}  {help_line}" in text
    assert "--version" in text and "--help" in text


def test_the_renderer_declines_what_it_does_not_reproduce(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in lazy._RICH_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    assert lazy.quick_answer(["--help"]) is not None
    assert lazy.quick_answer(["parse", "--help"]) is None
    assert lazy.quick_answer(["--help", "--json"]) is None
    monkeypatch.setenv("COLUMNS", str(lazy.MIN_WIDTH - 1))
    assert lazy.quick_answer(["--help"]) is None
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert lazy.quick_answer(["--help"]) is None


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from ledgerlm import __version__

    assert run(["--version"]) == 0
    assert capsys.readouterr().out == f"ledgerlm {__version__}\n"


def test_typer_answers_version_too(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """With the fast path declining (forced colour), typer's own ``--version`` gives the same line."""
    from ledgerlm import __version__

    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setattr(lazy, "quick_answer", lambda args: None)
    assert run(["--version"]) == 0
    assert capsys.readouterr().out == f"ledgerlm {__version__}\n"


def _modules_after(argv: list[str], tmp_path: Path) -> tuple[int, list[str], str]:
    """Run ``ledgerlm ARGV`` the way the console script does, in a fresh interpreter; the heavy modules loaded."""
    code = (
        "import atexit, json, sys\n"
        "from ledgerlm.cli import main\n"
        f"sys.argv = ['ledgerlm', *{argv!r}]\n"
        # parse and intent leave through os._exit right after the exit handlers: report from one of them
        f"atexit.register(lambda: print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules))))\n"
        "main.main()\n"
    )
    env = {**os.environ, "LEDGERLM_HOME": str(tmp_path), "LEDGERLM_CHAIN": "memory", "COLUMNS": "100"}
    for name in lazy._RICH_ENV:
        env.pop(name, None)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    loaded = json.loads(proc.stdout.strip().splitlines()[-1])
    return proc.returncode, loaded, proc.stdout


def test_help_imports_neither_typer_nor_rich(tmp_path: Path) -> None:
    status, loaded, out = _modules_after(["--help"], tmp_path)
    assert status == 0 and "Commands" in out
    assert loaded == []


def test_parse_imports_no_chain_evm_or_slither_and_no_rich(tmp_path: Path) -> None:
    status, loaded, out = _modules_after(["parse", "Loan 10 ETH to Bob for 6 months at 5%", "--json"], tmp_path)
    assert status == 0 and '"kind": "loan"' in out
    assert loaded == []  # the parse command reads its own arguments (no typer); JSON output needs no rich
    # the process left through os._exit: its audit record is still committed and the log checks out
    from ledgerlm.audit.log import AuditLog

    log = AuditLog(tmp_path / "audit.sqlite")
    assert log.count() == 1
    from ledgerlm import audit

    assert audit.check(log=log).ok


def test_intent_imports_no_chain_evm_or_slither(tmp_path: Path) -> None:
    argv = ["intent", "send 5 USDC to 0x742d35Cc6634C0532925a3b844Bc454e4438f44e", "--json"]
    status, loaded, out = _modules_after(argv, tmp_path)
    assert status == 0 and "transfer" in out
    assert not set(loaded) & {"web3", "eth_account", "eth_tester", "evm", "slither", "fastapi", "eth_utils", "rich"}


def _cli(argv: list[str], home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    """``ledgerlm ARGV`` through the console script's entry point (the one that installs the regex cache)."""
    env = {
        **os.environ,
        "LEDGERLM_HOME": str(home),
        "LEDGERLM_CACHE_DIR": str(home / "cache"),
        "LEDGERLM_CHAIN": "memory",
        **extra,
    }
    code = "import sys; from ledgerlm.cli.main import main; sys.argv = ['ledgerlm', *sys.argv[1:]]; main()"
    return subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, env=env, timeout=120)


def test_cached_programs_are_what_python_compiles(tmp_path: Path) -> None:
    import _sre
    import re._compiler as compiler  # type: ignore[import-not-found]
    from array import array

    from ledgerlm.cli import recache

    text = "自动借贷合约，贷款期限3个月，年利率5%，每期还款10%本金"
    first = _cli(["parse", text, "--json"], tmp_path)
    assert first.returncode == 0, first.stderr
    path = tmp_path / "cache" / f"regex-{recache.TAG}.marshal"
    stored, codes = recache._read(path)
    assert len(stored) > 100  # the parse path's patterns, from the language layer, privacy, typer, pydantic ...
    for (pattern, flags), (final, code, groups, groupindex, indexgroup) in stored.items():
        ours = _sre.compile(pattern, final, array(recache._WORD, code).tolist(), groups, dict(groupindex), indexgroup)
        python = compiler.compile(pattern, flags)
        assert ours == python  # equal flags, pattern and program
        assert ours.groupindex == python.groupindex and ours.groups == python.groups
    assert len(codes) > 100  # the methods of the dataclasses on the parse path
    for source, code in codes.items():
        assert source.startswith("def __create_fn__(")
        # what dataclasses' own exec(source) compiles: with no __future__ flag (this module's would be inherited)
        assert code == compile(source, "<string>", "exec", dont_inherit=True)
    forward = recache._load(path)[2]
    assert len(forward) > 100  # the annotations typing compiled (pydantic-core's TypedDicts, models ...)
    for source, code in forward.items():
        assert code == compile(source, "<string>", "eval", dont_inherit=True)  # what typing.ForwardRef compiles
    second = _cli(["parse", text, "--json"], tmp_path)
    off = _cli(["parse", text, "--json"], tmp_path, LEDGERLM_REGEX_CACHE="0")
    assert first.stdout == second.stdout == off.stdout
    assert json.loads(second.stdout)["kind"] == "loan"


def test_cached_dataclass_methods_keep_their_annotations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A dataclass made under the cache is the dataclass Python makes: ``__init__``'s annotations are the types,
    not the names dataclasses compiles them under (the cache must not pass its own ``__future__`` flags on)."""
    import dataclasses
    import typing

    from ledgerlm.cli import recache

    def make() -> type:
        @dataclasses.dataclass
        class Record:
            path: int
            names: list[str] = dataclasses.field(default_factory=list)

        return Record

    plain = make()
    monkeypatch.setenv("LEDGERLM_CACHE_DIR", str(tmp_path))
    assert recache.install()
    try:
        cached = make()
        ref = typing.ForwardRef("dict[str, int]")
    finally:
        recache.uninstall()
    assert cached.__init__.__annotations__ == plain.__init__.__annotations__  # type: ignore[misc]
    assert "_type_path" not in str(cached.__init__.__annotations__)  # type: ignore[misc]
    assert ref.__forward_code__ == compile("dict[str, int]", "<string>", "eval", dont_inherit=True)
    assert "compile" not in vars(typing) and "exec" not in vars(dataclasses)


def test_no_word_of_the_input_is_stored(tmp_path: Path) -> None:
    from ledgerlm.cli import recache

    words = ("Zorblatt", "Quixandra", "0x52908400098527886E0F7030069857D2E4169EE7")
    for text in (
        f"Loan 10 ETH from {words[1]} to {words[0]} for 6 months at 5%, lender {words[1]}",
        f"借给 {words[0]} 3 个以太坊，期限一年，年利率百分之八，地址 {words[2]}",
        f"escrow 500 USDC for {words[0]}, 10 days, {words[1]} will check the work",
    ):
        assert _cli(["parse", text, "--json"], tmp_path).returncode in (0, 1, 2)
    path = tmp_path / "cache" / f"regex-{recache.TAG}.marshal"
    raw = path.read_bytes()
    for word in words:
        assert word.encode() not in raw and word.lower().encode() not in raw
    regexes, codes, forward = recache._load(path)
    assert all(not any(w in str(p) for w in words) for p, _ in regexes)
    assert all(not any(w in source for w in words) for source in codes)
    assert all(not any(w in source for w in words) for source in forward)


def test_a_damaged_cache_file_is_ignored(tmp_path: Path) -> None:
    from ledgerlm.cli import recache

    path = tmp_path / "cache" / f"regex-{recache.TAG}.marshal"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00not marshal")
    done = _cli(["parse", "Loan 10 ETH to Bob for 6 months at 5%", "--json"], tmp_path)
    assert done.returncode == 0 and json.loads(done.stdout)["kind"] == "loan"
    assert len(recache._read(path)[0]) > 100  # rewritten whole at exit


def test_the_cache_lives_where_config_puts_caches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ledgerlm.cli import recache
    from ledgerlm.config import cache_dir

    monkeypatch.setenv("LEDGERLM_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("LEDGERLM_CACHE_DIR", raising=False)
    assert recache.cache_file().parent == cache_dir()
    monkeypatch.setenv("LEDGERLM_CACHE_DIR", str(tmp_path / "shared"))
    assert recache.cache_file().parent == cache_dir()


def test_eip55_without_eth_utils_matches_eth_utils() -> None:
    """``language.addresses`` checksums with safe-pysha3 directly (eth_utils cost a parse with an address
    more than the parse): the same answer as eth_utils on known and random addresses, and the same refusals."""
    import random

    from eth_utils import is_checksum_address, to_checksum_address

    from ledgerlm.errors import InputError
    from ledgerlm.language.addresses import validate_address

    rng = random.Random(7)
    known = ["0x742d35Cc6634C0532925a3b844Bc454e4438f44e", "0x52908400098527886E0F7030069857D2E4169EE7"]
    for raw in known + ["0x" + "".join(rng.choice("0123456789abcdef") for _ in range(40)) for _ in range(300)]:
        assert validate_address(raw.lower()) == to_checksum_address(raw.lower())
        assert validate_address(raw.upper().replace("0X", "0x")) == to_checksum_address(raw.lower())
        good = to_checksum_address(raw.lower())
        assert validate_address(good) == good
        flipped = good[:-1] + (good[-1].swapcase() if good[-1].isalpha() else good[-1])
        mixed = any(c.islower() for c in flipped[2:]) and any(c.isupper() for c in flipped[2:])
        if flipped != good and mixed and not is_checksum_address(flipped):
            with pytest.raises(InputError):
                validate_address(flipped)


def test_a_parse_skips_pydantic_plugin_discovery(tmp_path: Path) -> None:
    """With plugins disabled pydantic would still import ``importlib.metadata`` to look for none; the stand-in
    loader (``cli.main._without_pydantic_plugins``) answers what pydantic's own does then: no plugins."""
    code = (
        "import atexit, sys\n"
        "from ledgerlm.cli import main\n"
        "sys.argv = ['ledgerlm', 'parse', 'Loan 10 ETH to Bob for 6 months at 5%', '--json']\n"
        "atexit.register(lambda: sys.stderr.write('METADATA=%s\\n' % ('importlib.metadata' in sys.modules)))\n"
        "main.main()\n"
    )
    env = {**os.environ, "LEDGERLM_HOME": str(tmp_path), "LEDGERLM_CHAIN": "memory"}
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0 and json.loads(proc.stdout)["kind"] == "loan"
    assert "METADATA=False" in proc.stderr
    from pydantic.plugin._loader import get_plugins  # in this process: pydantic's own loader, untouched

    assert callable(get_plugins)


def _fresh_patterns(argv: list[str], home: Path) -> list[tuple[str, str]]:
    """The patterns a ``ledgerlm ARGV`` process compiled itself (not from the regex cache), through the console
    script's entry point."""
    code = (
        "import atexit, json, sys\n"
        "from ledgerlm.cli import main, recache\n"
        f"sys.argv = ['ledgerlm', *{argv!r}]\n"
        "atexit.register(lambda: print('FRESH=' + json.dumps([[str(p), m] for p, m in recache.fresh()])))\n"
        "main.main()\n"
    )
    env = {
        **os.environ,
        "LEDGERLM_HOME": str(home),
        "LEDGERLM_CACHE_DIR": str(home / "cache"),
        "LEDGERLM_CHAIN": "memory",
        "COLUMNS": "100",
    }
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    line = next(x for x in proc.stdout.splitlines() if x.startswith("FRESH="))
    return [(p, m) for p, m in json.loads(line.removeprefix("FRESH="))]


@pytest.mark.parametrize(
    "text",
    [
        "lend 2 ETH to Bob at 5% for 12 months",
        "自动借贷合约，贷款期限3个月，年利率5%，每期还款10%本金",
        "escrow 500 USDC to Priya Nair, 10 days, arbiter Dave",
    ],
)
def test_a_repeated_parse_compiles_only_patterns_built_from_its_input(text: str, tmp_path: Path) -> None:
    """Every pattern written in code is compiled once and then comes from the cache: a second identical parse
    compiles only patterns that hold its own words (a name's ``re.escape``), never code's. A pattern whose text
    changes from process to process (a set joined in hash order) or a trusted site renamed in a refactor shows
    up here as a pattern compiled again each time, a tenth of a parse paid on every run."""
    _fresh_patterns(["parse", text], tmp_path)
    again = _fresh_patterns(["parse", text], tmp_path)
    words = {w for w in re.split(r"[\s,，、。%]+", text) if w}
    from ledgerlm.cli import recache

    code_written = [
        p
        for p, module in again
        if module not in recache.VOLATILE_MODULES and not any(re.escape(w) in p or w in p for w in words)
    ]
    assert code_written == [], code_written[:3]
