"""Data directory and configuration.

Everything ledgerlm keeps (keystore, deployments, history, audit log, chain state, config) lives in one data
directory: ``$LEDGERLM_HOME`` when set, else ``~/.ledgerlm``. ``config.toml`` there holds settings; any setting
can be overridden by an environment variable ``LEDGERLM_<SECTION>_<KEY>`` (or the short forms listed in
``_ENV_SHORTCUTS``), so tests and CI never touch a user's real files.
"""

from __future__ import annotations

import os
import tomllib
from copy import deepcopy
from pathlib import Path
from typing import Any

import tomli_w

from ledgerlm.errors import ConfigError

DEFAULTS: dict[str, dict[str, Any]] = {
    "chain": {"backend": "anvil", "state_interval_s": 1, "block_time_s": 0, "account": ""},
    "llm": {"url": "", "model": "", "api_key": "", "timeout_s": 30},
    "contracts": {"allow_high_rate": False, "kind_confidence_threshold": 0.5},
    "policy": {
        "max_tx_usd": 10000,
        "daily_limit_usd": 50000,
        "max_slippage_pct": 1.0,
        "allowlist_only": False,
        "kyc_required_above_usd": 100000,
    },
    "audit": {"batch_size": 1000, "batch_age_s": 60, "auto_anchor": True, "synchronous": "NORMAL", "chain": ""},
    "assistant": {"intent_model": "", "user": "default"},
}

_ENV_SHORTCUTS = {
    "LEDGERLM_CHAIN": ("chain", "backend"),
    "LEDGERLM_LLM_URL": ("llm", "url"),
    "LEDGERLM_LLM_MODEL": ("llm", "model"),
    "LEDGERLM_LLM_API_KEY": ("llm", "api_key"),
}


def data_dir(create: bool = True) -> Path:
    """The data directory; created (mode 0700) on first use."""
    raw = os.environ.get("LEDGERLM_HOME")
    path = Path(raw).expanduser() if raw else Path.home() / ".ledgerlm"
    if create:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def cache_dir(*parts: str) -> Path:
    """Content-addressed caches (compiler output, analyses). ``$LEDGERLM_CACHE_DIR`` may point several data dirs at
    one cache (the tests do): entries are keyed by the hash of their input, so sharing them is always safe."""
    raw = os.environ.get("LEDGERLM_CACHE_DIR")
    path = Path(raw).expanduser() if raw else data_dir() / "cache"
    path = path.joinpath(*parts)
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_path() -> Path:
    return data_dir() / "config.toml"


def _coerce(value: str, like: Any) -> Any:
    if isinstance(like, bool):
        if value.lower() in {"1", "true", "yes", "on"}:
            return True
        if value.lower() in {"0", "false", "no", "off"}:
            return False
        raise ConfigError(f"expected a boolean, got {value!r}", hint="use true or false")
    if isinstance(like, int):
        try:
            return int(value)
        except ValueError as exc:
            raise ConfigError(f"expected an integer, got {value!r}") from exc
    if isinstance(like, float):
        try:
            return float(value)
        except ValueError as exc:
            raise ConfigError(f"expected a number, got {value!r}") from exc
    return value


def load_config() -> dict[str, dict[str, Any]]:
    """Defaults, overlaid by ``config.toml``, overlaid by environment variables."""
    cfg = deepcopy(DEFAULTS)
    path = config_path()
    if path.exists():
        try:
            user = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path} is not valid TOML: {exc}", hint="fix or delete the file") from exc
        for section, values in user.items():
            if isinstance(values, dict):
                cfg.setdefault(section, {}).update(values)
    for env, (section, key) in _ENV_SHORTCUTS.items():
        if env in os.environ:
            cfg[section][key] = os.environ[env]
    for section, values in cfg.items():
        for key, default in list(values.items()):
            env = f"LEDGERLM_{section.upper()}_{key.upper()}"
            if env in os.environ:
                values[key] = _coerce(os.environ[env], default)
    return cfg


def get(section: str, key: str) -> Any:
    return load_config()[section][key]


def save_setting(section: str, key: str, value: Any) -> None:
    """Write one setting to ``config.toml`` atomically (write to a temp file, then rename)."""
    path = config_path()
    current: dict[str, Any] = {}
    if path.exists():
        current = tomllib.loads(path.read_text(encoding="utf-8"))
    current.setdefault(section, {})[key] = value
    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text(tomli_w.dumps(current), encoding="utf-8")
    os.replace(tmp, path)


def project_root() -> Path:
    """The repository root (where ``node_modules`` and the pinned toolchain live)."""
    env = os.environ.get("LEDGERLM_TOOLCHAIN")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2]
