"""Data directory and configuration.

Everything ledgerlm keeps (keystore, deployments, history, audit log, chain state, config) lives in one data
directory: ``$LEDGERLM_HOME`` when set, else ``~/.ledgerlm``. ``config.toml`` there holds settings; any setting
can be overridden by an environment variable ``LEDGERLM_<SECTION>_<KEY>`` (or the short forms listed in
``_ENV_SHORTCUTS``), so tests and CI never touch a user's real files.
"""

from __future__ import annotations

import os
from copy import deepcopy
from pathlib import Path
from typing import Any

from ledgerlm.errors import ConfigError

DEFAULTS: dict[str, dict[str, Any]] = {
    # Every key the code reads, with its default (docs/configuration.md documents each; a test keeps them equal).
    # Free-form tables that are not listed here: [tokens."<chain id>"] (symbol = address) and [defi] (addresses).
    "chain": {"backend": "anvil", "state_interval_s": 1, "block_time_s": 0, "account": ""},
    "llm": {
        "url": "",
        "model": "",
        "api_key": "",
        "timeout_s": 30,
        "connect_timeout_s": 3,
        "max_tokens": 256,
        "response_format": "json_schema",
    },
    "language": {"embed_threads": 1, "ner": "auto"},
    "contracts": {"allow_high_rate": False, "kind_confidence_threshold": 0.5, "loan_grace_days": 7},
    "policy": {
        "max_tx_usd": 10000,
        "daily_limit_usd": 50000,
        "max_slippage_pct": 1.0,
        "allowlist_only": False,
        "allowlist": [],
        "kyc_required_above_usd": 100000,
    },
    "audit": {"batch_size": 1000, "batch_age_s": 60, "auto_anchor": True, "synchronous": "NORMAL", "chain": ""},
    "assistant": {
        "intent_model": "",
        "intent_packages": [],
        "user": "default",
        "confirm_ttl_s": 120.0,
        "confirm_code_above_usd": 1000.0,
        "chain_ids": [],
    },
    # local chains only: a local dev KYC issuer attests the dev accounts (ledgerlm.identity.devissuer)
    "identity": {"local_dev_issuer": True, "min_kyc_level": 1, "chain_id": 31337, "trusted_issuers": []},
    "registry": {"receipts": True},
    "privacy": {"hex64_policy": "strict"},
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
        where = "LEDGERLM_HOME" if raw else "the data directory"
        try:
            path.mkdir(parents=True, exist_ok=True, mode=0o700)
        except FileExistsError:
            raise ConfigError(
                f"{where} {path} is a file, not a directory",
                hint="point LEDGERLM_HOME at a directory (it is created if missing)",
            ) from None
        except (NotADirectoryError, PermissionError, OSError) as exc:
            raise ConfigError(
                f"{where} {path} cannot be created ({exc.strerror or type(exc).__name__})",
                hint="point LEDGERLM_HOME at a directory you can write",
            ) from None
        if not path.is_dir():
            raise ConfigError(f"{where} {path} is not a directory", hint="point LEDGERLM_HOME at a directory")
        if not os.access(path, os.W_OK | os.X_OK):
            raise ConfigError(f"{where} {path} is read-only", hint="make it writable or point LEDGERLM_HOME elsewhere")
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
    if isinstance(like, list):  # LEDGERLM_POLICY_ALLOWLIST="0xabc…,0xdef…"
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


def load_config() -> dict[str, dict[str, Any]]:
    """Defaults, overlaid by ``config.toml``, overlaid by environment variables."""
    cfg = deepcopy(DEFAULTS)
    path = config_path()
    if path.exists():
        user = _read_toml(path)
        for section, values in user.items():
            if not isinstance(values, dict):
                raise ConfigError(
                    f"{path}: {section} must be a [{section}] table, not a {_toml_type(values)}",
                    hint=f"write it as [{section}] followed by key = value lines",
                )
            for key, value in values.items():
                _check_type(path, section, key, value)
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


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib  # only when a config.toml exists: the defaults need no TOML parser

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"{path} is not UTF-8 text (byte {exc.start})", hint="save it as UTF-8, or delete it"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}", hint="fix or delete the file") from None
    except IsADirectoryError:
        raise ConfigError(f"{path} is a directory, not a file", hint="remove it; config.toml must be a file") from None
    except OSError as exc:
        raise ConfigError(
            f"{path} cannot be read ({exc.strerror or type(exc).__name__})", hint="check its permissions"
        ) from None


def _toml_type(value: Any) -> str:
    return {bool: "boolean", int: "integer", float: "number", str: "string", dict: "table", list: "array"}.get(
        type(value), type(value).__name__
    )


def _check_type(path: Path, section: str, key: str, value: Any) -> None:
    """A known setting must have its default's type (integers and numbers may stand for each other)."""
    if section not in DEFAULTS or key not in DEFAULTS[section]:
        return
    default = DEFAULTS[section][key]
    numeric = (int, float)
    ok = (
        isinstance(value, bool)
        if isinstance(default, bool)
        else isinstance(value, numeric) and not isinstance(value, bool)
        if isinstance(default, numeric)
        else isinstance(value, type(default))
    )
    if not ok:
        import tomli_w  # writing TOML is for errors and saved settings: reading config never imports it

        example = tomli_w.dumps({key: default}).strip()
        raise ConfigError(
            f"{path}: [{section}] {key} must be a {_toml_type(default)}, not a {_toml_type(value)} ({value!r})"[:300],
            hint=f"for example: {example}",
        )


def get(section: str, key: str) -> Any:
    return load_config()[section][key]


def save_setting(section: str, key: str, value: Any) -> None:
    """Write one setting to ``config.toml`` atomically (write to a temp file, then rename)."""
    path = config_path()
    current: dict[str, Any] = {}
    if path.exists():
        current = _read_toml(path)
    current.setdefault(section, {})[key] = value
    import tomli_w

    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text(tomli_w.dumps(current), encoding="utf-8")
    os.replace(tmp, path)


def project_root() -> Path:
    """The repository root (where ``node_modules`` and the pinned toolchain live)."""
    env = os.environ.get("LEDGERLM_TOOLCHAIN")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2]
