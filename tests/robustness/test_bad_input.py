"""A bad-input corpus over every CLI command: no traceback, no partial file, the right exit status.

Most cases run in-process through ``ledgerlm.cli.main.run`` (the same handler the console script calls), so the
corpus stays fast; a sample runs as real subprocesses, including the environment failures (a data dir that is a
file, a config.toml that is not UTF-8 or has wrong types, a damaged keystore) and arguments that are not UTF-8.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from .conftest import assert_clean, partial_files, run_inprocess, run_process

SURROGATE = "caf\udce9"  # what Python makes of the invalid UTF-8 byte 0xE9 in argv
LONG = "a" * 120_000


def _leaf_commands() -> list[tuple[list[str], list[Any]]]:
    import typer

    from ledgerlm.cli.main import app

    found: list[tuple[list[str], list[Any]]] = []

    def walk(cmd: Any, prefix: list[str]) -> None:
        subs = getattr(cmd, "commands", None)
        if subs:
            for name, sub in sorted(subs.items()):
                walk(sub, [*prefix, name])
        else:
            found.append((prefix, list(cmd.params)))

    walk(typer.main.get_command(app), [])
    return found


COMMANDS = _leaf_commands()


def _cases() -> list[tuple[str, list[str], tuple[int, ...]]]:
    cases: list[tuple[str, list[str], tuple[int, ...]]] = []
    for path, params in COMMANDS:
        name = " ".join(path)
        cases.append((f"{name}: unknown option", [*path, "--definitely-not-an-option"], (2,)))
        cases.append((f"{name}: invalid UTF-8 argument", [*path, SURROGATE], (2,)))
        cases.append((f"{name}: 120 KB argument", [*path, LONG], (2,)))
        required = [p for p in params if getattr(p, "required", False)]
        if required:
            cases.append((f"{name}: missing {required[0].name}", list(path), (2,)))
        for p in params:
            descriptor = getattr(p, "type_descriptor", None)
            annotation = getattr(descriptor, "annotation", None) or getattr(getattr(p, "type", None), "name", "")
            if p.param_type_name == "option" and annotation in (int, float, "integer", "float") and p.opts:
                cases.append((f"{name}: {p.opts[0]} not a number", [*path, p.opts[0], "abc"], (2,)))
        chain_opts = [p for p in params if p.name == "chain" and p.opts]
        if chain_opts and name in _CHAIN_SAMPLE:
            codes = (1, 2) if name == "act" else (2,)  # the assistant answers a refusal as a reply (exit 1)
            cases.append((f"{name}: unknown chain", [*path, "--chain", "nowhere", *_CHAIN_SAMPLE[name]], codes))
    return cases


#: Commands whose ``--chain nowhere`` is checked (each needs its required arguments filled in).
_CHAIN_SAMPLE: dict[str, list[str]] = {
    "create": ["a token called ABC with supply 100", "--yes"],
    "journal": [],
    "explain": ["0x52908400098527886E0F7030069857D2E4169EE7"],
    "audit anchor": [],
    "audit check": [],
    "devnet status": [],
    "act": ["send 1 ETH to bob"],
    "dao list": [],
    "models list": [],
}

#: Text inputs that must never crash: empty, blank, control characters and markup, odd numbers.
ODD_TEXT = [
    "",
    "   ",
    "\x1b[2J[bold red]boom[/]\x07",
    "借款 1e400 USDC 给 bob，年利率 NaN%",
    "[" * 40 + "]" * 40,
    "0x" + "f" * 40,
    "\u202eloan 5% to bob\u202c",
    "loan -5 ETH to bob for -3 months at -1%",
]
TEXT_COMMANDS = [
    ["parse"],
    ["intent"],
    ["redact"],
    ["explain"],
    ["ask", "--no-llm"],
    ["review"],
    ["price"],
    ["learn"],
    ["contacts", "remove"],
    ["audit", "show"],
    ["models", "show"],
]

#: Commands that take a file, with the arguments that go before the file.
FILE_COMMANDS: list[tuple[list[str], list[str]]] = [
    (["explain"], []),
    (["review"], []),
    (["audit", "verify"], []),
    (["id", "verify"], []),
    (["id", "revoke"], []),
    (["aml", "screen"], []),
    (["models", "verify-decision"], []),
    (["risk", "--positions"], []),
    (["id", "kyc", "did:example:bob", "--credential"], []),
    (["dao", "propose", "1", "text", "--actions"], []),
]

SPECIFIC: list[tuple[str, list[str], tuple[int, ...]]] = [
    ("risk huge position", ["risk", "--position", "ETH=1e400"], (2,)),
    ("risk nan position", ["risk", "--position", "ETH=nan"], (1, 2)),
    ("risk negative position", ["risk", "--position", "ETH=-1"], (1, 2)),
    ("risk word position", ["risk", "--position", "ETH=lots"], (1, 2)),
    ("risk no equals", ["risk", "--position", "ETH"], (1, 2)),
    ("risk confidence > 1", ["risk", "--position", "ETH=1", "--confidence", "7"], (1, 2)),
    ("price bad date", ["price", "ETH", "--as-of", "yesterday-ish"], (1, 2)),
    ("price unknown token", ["price", "NOPE"], (1, 2)),
    ("contacts add bad address", ["contacts", "add", "bob", "0x1234"], (2,)),
    ("contacts add bad checksum", ["contacts", "add", "bob", "0x52908400098527886E0F7030069857D2E4169Ee7"], (1, 2)),
    ("account new bad name", ["account", "new", "../escape"], (2,)),
    ("audit show negative", ["audit", "show", "-1"], (1, 2)),
    ("audit show missing", ["audit", "show", "999999"], (1, 2)),
    ("audit show not a number", ["audit", "show", "seven"], (2,)),
    ("explain missing deployment", ["explain", "999"], (1, 2)),
    ("explain bad address", ["explain", "0x12"], (1, 2)),
    ("explain bad lang", ["explain", "1", "--lang", "fr"], (2,)),
    ("deployments negative limit", ["deployments", "--limit", "-1"], (0, 1, 2)),
    ("resume missing entry", ["resume", "999"], (1, 2)),
    ("create without confirmation", ["create", "a token called ABC with supply 100", "--chain", "memory"], (1, 2)),
    ("create bad --set", ["create", "a token called ABC", "--set", "novalue", "--yes"], (2,)),
    ("create unknown parameter", ["create", "a token called ABC", "--set", "colour=blue", "--yes"], (2,)),
    ("create bad kind", ["create", "something", "--kind", "spaceship", "--yes"], (1, 2)),
    ("parse unknown kind", ["parse", "loan", "--kind", "spaceship"], (1, 2)),
    ("parse bad today", ["parse", "loan 5% for 3 months", "--today", "not-a-date"], (1, 2)),
    ("node reset without --yes", ["node", "reset"], (1, 2)),
    ("history clear without --yes", ["history", "clear"], (0, 1, 2)),
    ("devnet quote bad amount", ["devnet", "quote", "ETH", "USDC", "lots", "--chain", "memory"], (1, 2)),
    ("dao vote bad support", ["dao", "vote", "1", "1", "--support", "maybe", "--chain", "memory"], (1, 2)),
    ("id issue bad claim", ["id", "issue", "--issuer", "x", "--subject", "y", "--claim", "nokey", "--offline"], (1, 2)),
    ("serve bad port", ["serve", "--port", "99999"], (1, 2)),
    ("consensus run bad scenario", ["consensus", "run", "--scenario", "nope", "--blocks", "1"], (1, 2)),
]


def _file_cases(tmp: Path) -> list[tuple[str, list[str], tuple[int, ...]]]:
    files = {
        "missing file": str(tmp / "no-such-file.json"),
        "directory": str(tmp),
        "binary file": str(_write(tmp / "binary.sol", bytes(range(256)) * 8)),
        "empty file": str(_write(tmp / "empty.json", b"")),
        "non-UTF-8 file": str(_write(tmp / "latin1.json", '{"caf\xe9": 1}'.encode("latin-1"))),
        "JSON of the wrong shape": str(_write(tmp / "list.json", b"[1, 2, 3]")),
        "very long file name": str(tmp / ("n" * 300 + ".json")),
    }
    cases = []
    for prefix, _ in FILE_COMMANDS:
        for what, path in files.items():
            # an empty file may honestly mean "nothing to report" (no contract, no transactions)
            codes = (0, 1, 2) if what == "empty file" else (1, 2)
            cases.append((f"{' '.join(prefix)}: {what}", [*prefix, path], codes))
    return cases


#: Found by this corpus in modules other engineers own; the top-level handler keeps them to one line (exit 1,
#: no traceback) but words them as bugs. Listed so the corpus stays green while they are fixed by their owners.
KNOWN_BUGS: set[str] = set()


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _text_cases() -> list[tuple[str, list[str], tuple[int, ...]]]:
    return [
        (f"{' '.join(cmd)}: odd text #{i}", [*cmd, text], (0, 1, 2))
        for cmd in TEXT_COMMANDS
        for i, text in enumerate(ODD_TEXT)
    ]


STATIC_CASES = _cases() + SPECIFIC + _text_cases()


def test_the_corpus_has_at_least_250_cases() -> None:
    assert len(STATIC_CASES) + len(FILE_COMMANDS) * 7 >= 250


@pytest.mark.parametrize(("what", "args", "codes"), STATIC_CASES, ids=[c[0] for c in STATIC_CASES])
def test_bad_input_in_process(
    what: str, args: list[str], codes: tuple[int, ...], ledgerlm_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LEDGERLM_CHAIN", "memory")
    monkeypatch.setenv("LEDGERLM_AUDIT_AUTO_ANCHOR", "false")
    outcome = run_inprocess(args)
    assert_clean(outcome, codes, what)
    assert partial_files(ledgerlm_home) == []


def test_bad_files_in_process(tmp_path: Path, ledgerlm_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file-taking command against missing, directory, binary, empty, non-UTF-8 and odd-shaped files."""
    monkeypatch.setenv("LEDGERLM_CHAIN", "memory")
    monkeypatch.setenv("LEDGERLM_AUDIT_AUTO_ANCHOR", "false")
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    failures = []
    for what, args, codes in _file_cases(inputs):
        outcome = run_inprocess(args)
        if what in KNOWN_BUGS:
            assert "Traceback" not in outcome.text and outcome.code == 1, what
            continue
        try:
            assert_clean(outcome, codes, what)
        except AssertionError as exc:
            failures.append(str(exc)[:600])
    assert failures == []
    assert partial_files(ledgerlm_home) == []


def test_refused_output_leaves_no_partial_file(tmp_path: Path, ledgerlm_home: Path) -> None:
    out = tmp_path / "proof.json"
    outcome = run_inprocess(["audit", "prove", "999", "--out", str(out)])
    assert_clean(outcome, (1, 2), "prove a missing record")
    assert not out.exists()
    out_dir = tmp_path / "a-dir"
    out_dir.mkdir()
    assert_clean(run_inprocess(["audit", "prove", "1", "--out", str(out_dir)]), (1, 2), "prove into a directory")


# -- the environment, through real processes ----------------------------------------------------------------------
def _config(home: Path, data: bytes) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "config.toml").write_bytes(data)


ENV_CASES: list[tuple[str, Any, tuple[int, ...], str]] = [
    (
        "LEDGERLM_HOME is a file",
        lambda h: (h.parent.mkdir(parents=True, exist_ok=True), h.write_text("x")),
        (1,),
        "is a file",
    ),
    ("config.toml is not UTF-8", lambda h: _config(h, b"\xff\xfe[chain]\n"), (1,), "not UTF-8"),
    ("config.toml is not TOML", lambda h: _config(h, b"[chain\nbackend = "), (1,), "not valid TOML"),
    (
        "config.toml has a wrong type",
        lambda h: _config(h, b'[chain]\nstate_interval_s = "often"\n'),
        (1,),
        "must be a integer",
    ),
    ("config.toml section is not a table", lambda h: _config(h, b"chain = 5\n"), (1,), "must be a [chain] table"),
    (
        "config.toml is a directory",
        lambda h: (h.mkdir(parents=True), (h / "config.toml").mkdir()),
        (1,),
        "is a directory",
    ),
]


@pytest.mark.parametrize(("what", "setup", "codes", "words"), ENV_CASES, ids=[c[0] for c in ENV_CASES])
def test_bad_environment(
    what: str, setup: Any, codes: tuple[int, ...], words: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    setup(home)
    monkeypatch.setenv("LEDGERLM_HOME", str(home))
    for args in (["parse", "loan 100 USDC to bob at 5% for 3 months"], ["create", "a token ABC", "--yes"]):
        outcome = run_inprocess(args)
        assert_clean(outcome, codes, f"{what}: {args[0]}")
        assert words in outcome.stderr, outcome.stderr


def test_a_sample_through_real_processes(tmp_path: Path, env_home: dict[str, str]) -> None:
    """What only a real process shows: bytes that are not UTF-8 in argv, and the console script's exit path."""
    samples: list[tuple[list[Any], dict[str, str], tuple[int, ...], str]] = [
        ([b"parse", b"caf\xe9 loan"], {}, (2,), "not valid UTF-8"),
        (["parse", "x" * 120_000], {}, (2,), "the limit is 64 KB"),
        (["deployments"], {"LEDGERLM_HOME": "/etc/passwd"}, (1,), "is a file"),
        (["risk", "--position", "ETH=1e400"], {}, (2,), "finite"),
    ]
    for args, env, codes, words in samples:
        outcome = run_process(args, env={**env_home, **env})
        assert_clean(outcome, codes, str(args)[:80])
        assert words in outcome.stderr, outcome.stderr


def test_missing_home_is_created_and_damaged_keystore_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "deep" / "new" / "home"
    monkeypatch.setenv("LEDGERLM_HOME", str(home))
    assert_clean(run_inprocess(["account", "list", "--json"]), (0,), "missing home")
    assert home.is_dir()
    (home / "keystore").mkdir(exist_ok=True)
    (home / "keystore" / "broken.json").write_bytes(b"\x00\x01not json")
    outcome = run_inprocess(["account", "list", "--json"])
    assert_clean(outcome, (0,), "damaged keystore listed")
    assert "damaged" in outcome.stdout


def test_damaged_keystore_is_a_config_error(ledgerlm_home: Path) -> None:
    from ledgerlm.chain import keystore
    from ledgerlm.errors import ConfigError

    keystore.keystore_dir().mkdir(parents=True, exist_ok=True)
    (keystore.keystore_dir() / "bad.json").write_text('{"address": "00", "crypto": {}}')
    with pytest.raises(ConfigError, match="damaged"):
        keystore.load_account("bad", password="pw")
    (keystore.keystore_dir() / "worse.json").write_bytes(b"\xff\xfe")
    with pytest.raises(ConfigError, match="damaged"):
        keystore.load_account("worse", password="pw")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to a read-only directory")
def test_read_only_home(tmp_path: Path, env_home: dict[str, str]) -> None:
    home = tmp_path / "ro"
    home.mkdir()
    home.chmod(0o500)
    try:
        outcome = run_process(["deployments"], env={**env_home, "LEDGERLM_HOME": str(home)})
    finally:
        home.chmod(0o700)
    assert_clean(outcome, (1,), "read-only home")
    assert "read-only" in outcome.stderr
