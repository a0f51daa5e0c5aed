"""docs/configuration.md lists every key ledgerlm.config knows, each with its default, and nothing it does not know."""

from __future__ import annotations

import json
import re
from pathlib import Path

from ledgerlm.config import DEFAULTS

DOC = Path(__file__).resolve().parents[2] / "docs" / "configuration.md"


def _documented() -> dict[str, dict[str, str]]:
    """{section: {key: default as written}} from the ``## [section]`` tables."""
    out: dict[str, dict[str, str]] = {}
    section = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        head = re.match(r"^## \[(\w+)\]", line)
        if head:
            section = head.group(1)
            out[section] = {}
            continue
        row = re.match(r"^\| `(\w+)` \| `([^`]*)` \|", line)
        if section and row:
            out[section][row.group(1)] = row.group(2)
    return out


def _toml(value: object) -> str:
    return json.dumps(value) if not isinstance(value, bool) else str(value).lower()


def test_every_key_is_documented_with_its_default() -> None:
    documented = _documented()
    for section, keys in DEFAULTS.items():
        assert section in documented, f"[{section}] is not in docs/configuration.md"
        for key, default in keys.items():
            assert key in documented[section], f"[{section}] {key} is not documented"
            assert documented[section][key] == _toml(default), (section, key, documented[section][key])


def test_nothing_documented_that_the_code_does_not_know() -> None:
    for section, keys in _documented().items():
        assert section in DEFAULTS, section
        assert set(keys) <= set(DEFAULTS[section]), (section, sorted(set(keys) - set(DEFAULTS[section])))


def test_environment_overrides_every_kind_of_value(tmp_path: Path, monkeypatch) -> None:
    from ledgerlm.config import load_config

    monkeypatch.setenv("LEDGERLM_HOME", str(tmp_path))
    monkeypatch.setenv("LEDGERLM_POLICY_MAX_TX_USD", "500")
    monkeypatch.setenv("LEDGERLM_POLICY_ALLOWLIST", "0xabc, 0xdef")
    monkeypatch.setenv("LEDGERLM_IDENTITY_LOCAL_DEV_ISSUER", "false")
    cfg = load_config()
    assert cfg["policy"]["max_tx_usd"] == 500
    assert cfg["policy"]["allowlist"] == ["0xabc", "0xdef"]
    assert cfg["identity"]["local_dev_issuer"] is False
