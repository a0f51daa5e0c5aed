"""Optional LLM backend: a minimal OpenAI-compatible chat-completions client, and the guarded gap filler.

Configured by ``llm.url`` / ``llm.model`` / ``llm.api_key`` (env ``LEDGERLM_LLM_URL`` / ``LEDGERLM_LLM_MODEL`` /
``LEDGERLM_LLM_API_KEY``). ``url`` is the API base (``http://host:port/v1``) or the full ``.../chat/completions``
URL. ``parse`` uses it only to fill params the rules left null, and trusts nothing it says: its JSON is validated
against the spec schema, and every number must appear in the text or follow from it by a unit conversion
(months <-> days, k/万 scales); anything else is discarded with a note. Without a configured URL nothing here runs.
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from ledgerlm.config import load_config
from ledgerlm.contracts.spec import build_spec, spec_class
from ledgerlm.errors import ConfigError, LedgerError, SpecError
from ledgerlm.language.tokens import canonical_token

__all__ = ["LLMClient", "LLMError", "complete", "fill_params"]


class LLMError(LedgerError):
    """The LLM endpoint failed or answered something unusable."""


@dataclass(frozen=True)
class LLMClient:
    url: str
    model: str
    api_key: str = ""
    timeout_s: float = 30.0

    @classmethod
    def from_config(cls) -> LLMClient | None:
        """The configured client, or None when no ``llm.url`` is set."""
        cfg = load_config().get("llm", {})
        url = str(cfg.get("url") or "").strip()
        if not url:
            return None
        return cls(url=url, model=str(cfg.get("model") or "default"), api_key=str(cfg.get("api_key") or ""),
                   timeout_s=float(cfg.get("timeout_s") or 30))

    @property
    def endpoint(self) -> str:
        base = self.url.rstrip("/")
        if base.endswith("/chat/completions"):
            return base
        if not re.search(r"/v\d+$", base):
            base += "/v1"
        return base + "/chat/completions"

    def complete(self, messages: list[dict[str, str]], *, temperature: float = 0.0,
                 json_mode: bool = False) -> str:
        """Send chat ``messages`` and return the assistant's text."""
        body: dict[str, Any] = {"model": self.model, "messages": messages, "temperature": temperature}
        if json_mode:
            body["response_format"] = {"type": "json_object"}
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        req = urllib.request.Request(self.endpoint, data=json.dumps(body).encode(), headers=headers, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=self.timeout_s) as resp:  # noqa: S310 - configured endpoint
                payload = json.loads(resp.read().decode("utf-8"))
        except urllib.error.HTTPError as exc:
            raise LLMError(f"LLM endpoint {self.endpoint} answered HTTP {exc.code}",
                           hint="check llm.url, llm.model and llm.api_key") from None
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise LLMError(f"cannot reach LLM endpoint {self.endpoint}: {exc}",
                           hint="check llm.url or unset LEDGERLM_LLM_URL to work without an LLM") from None
        except json.JSONDecodeError:
            raise LLMError(f"LLM endpoint {self.endpoint} did not return JSON") from None
        try:
            return str(payload["choices"][0]["message"]["content"])
        except (KeyError, IndexError, TypeError):
            raise LLMError("LLM answer has no choices[0].message.content") from None


def complete(messages: list[dict[str, str]], *, client: LLMClient | None = None, temperature: float = 0.0) -> str:
    """Chat completion with the configured LLM (for other modules, e.g. rephrasing). ConfigError when none."""
    client = client or LLMClient.from_config()
    if client is None:
        raise ConfigError("no LLM configured", hint="set LEDGERLM_LLM_URL and LEDGERLM_LLM_MODEL (or llm.url)")
    return client.complete(messages, temperature=temperature)


# -- guarded gap filling ---------------------------------------------------------------------------------------
_SYSTEM = (
    "You extract parameters of a smart-contract request. Answer with one JSON object whose keys are parameter "
    "names and values are numbers, strings, booleans or lists; use null for anything the text does not state. "
    "Amounts are whole token units; percents as numbers (5 = 5%); durations in the unit named by the key."
)


def _allowed_numbers(scan: Any) -> set[Decimal]:
    """Numbers the text states or that follow from it by a unit conversion."""
    allowed: set[Decimal] = set()
    for n in scan.numbers:
        v = n.value
        allowed |= {v, v * 12, v / 12, v * 30, v / 30, v * 7, v * 365}
    for d in scan.durations:
        allowed |= {d.months, d.days, d.count}
    return {a.normalize() for a in allowed}


def _number_ok(value: Decimal, allowed: set[Decimal]) -> bool:
    v = value.normalize()
    return v in allowed or any(abs(v - a) <= Decimal("0.000001") * max(Decimal(1), abs(a)) for a in allowed)


def _as_decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def fill_params(client: LLMClient, kind: str, text: str, params: dict[str, Any], scan: Any, *,
                allow_high_rate: bool = False) -> tuple[dict[str, Any], list[str], list[str]]:
    """Ask the LLM for params still unknown; keep only values grounded in the text and valid for the spec.

    Returns (params, names filled by the LLM, notes). LLM failures never break parsing: they become a note.
    """
    fields = spec_class(kind).model_fields
    wanted = [k for k in fields if k not in params]
    if not wanted:
        return params, [], []
    notes: list[str] = []
    try:
        answer = client.complete([
            {"role": "system", "content": _SYSTEM},
            {"role": "user", "content": f"Contract kind: {kind}\nParameters wanted: {', '.join(wanted)}\n"
                                        f"Request: {text}"},
        ], json_mode=True)
        data = json.loads(_strip_fence(answer))
        if not isinstance(data, dict):
            raise ValueError("not an object")
    except LLMError as exc:
        return params, [], [f"LLM not used: {exc.message}"]
    except (ValueError, json.JSONDecodeError):
        return params, [], ["LLM answer discarded: not a JSON object"]
    allowed = _allowed_numbers(scan)
    lowered = text.lower()
    merged = dict(params)
    filled: list[str] = []
    for key, value in data.items():
        if key not in wanted or value is None:
            if key not in fields and value is not None:
                notes.append(f"LLM value for unknown param {key!r} discarded")
            continue
        num = _as_decimal(value)
        if isinstance(value, bool):
            ok = True
        elif num is not None:
            ok = _number_ok(num, allowed)
            value = num
        elif isinstance(value, str):
            sym = canonical_token(value) if key == "token" else None
            ok = value.lower() in lowered or (sym is not None and any(t.symbol == sym for t in scan.tokens))
            if sym and ok:
                value = sym
        elif isinstance(value, list):
            ok = all(isinstance(v, str) and v.lower() in lowered for v in value)
        else:
            ok = False
        if not ok:
            notes.append(f"LLM value {key}={value!r} discarded: it does not appear in or follow from the text")
            continue
        trial = {**merged, key: value}
        try:
            build_spec(kind, trial, allow_high_rate=allow_high_rate)
        except SpecError as exc:
            notes.append(f"LLM value {key}={value!r} discarded: {exc.message}")
            continue
        merged = trial
        filled.append(key)
    if filled:
        notes.append(f"filled by LLM (checked against the text): {', '.join(filled)}")
    return merged, filled, notes


def _strip_fence(answer: str) -> str:
    m = re.search(r"```(?:json)?\s*(.*?)```", answer, re.S)
    return m.group(1) if m else answer.strip()
