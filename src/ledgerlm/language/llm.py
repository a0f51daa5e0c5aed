"""The one client that sends anything to an LLM endpoint (OpenAI-compatible chat completions), and the guarded
proposer the parser uses.

**The privacy gate lives here**: ``LLMClient.complete`` redacts every message with ``ledgerlm.privacy.redact``
before a byte leaves the process (a private key or seed phrase raises ``SecretDetected`` and nothing is sent), and
puts the original values back into the reply. No other module opens a connection to a model, so no other path can
skip the gate (tests/language/test_llm.py records what a local server receives).

Every request carries ``max_tokens`` and a response format (``json_schema`` with the schema, or ``json_object``
for servers that only know that), so a small local model cannot run to its context limit. Timeouts are split:
``connect_timeout_s`` (the endpoint cannot be reached) and ``read_timeout_s`` (it accepted the request but did
not answer in time); each failure is its own error class with a ``kind``: ``unreachable``, ``timeout``, ``http``,
``not_json``, ``schema``.

The parser may ask the model to PROPOSE values (``ledgerlm.contracts.request.llm.propose``): each proposal names a
key, a value and the exact span of the request it rests on. A proposal is accepted only when the span is in the
text, the value follows from the span (numbers read by ``ledgerlm.language.numbers``, strings found inside the span)
and the spec still validates; everything else is rejected with a reason. Configured by ``llm.url`` /
``llm.model`` / ``llm.api_key`` / ``llm.timeout_s`` / ``llm.connect_timeout_s`` / ``llm.max_tokens`` (env
``LEDGERLM_LLM_URL`` ...).
"""

from __future__ import annotations

import http.client
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urlsplit

from ledgerlm.config import load_config
from ledgerlm.errors import ConfigError, LedgerError

__all__ = [
    "LLMClient",
    "LLMError",
    "LLMHTTPError",
    "LLMNotJSON",
    "LLMReport",
    "LLMSchemaError",
    "LLMTimeout",
    "LLMUnreachable",
    "Proposal",
    "complete",
    "ground",
    "proposal_schema",
    "redact_messages",
]


class LLMError(LedgerError):
    """The LLM endpoint failed or answered something unusable. ``kind`` names the failure."""

    kind = "error"


class LLMUnreachable(LLMError):
    kind = "unreachable"


class LLMTimeout(LLMError):
    kind = "timeout"


class LLMHTTPError(LLMError):
    kind = "http"


class LLMNotJSON(LLMError):
    kind = "not_json"


class LLMSchemaError(LLMError):
    kind = "schema"


_SEP = "\n\u241e\n"  # joins messages for one redaction pass, so a value gets one placeholder across messages


def redact_messages(messages: list[dict[str, str]]) -> tuple[list[dict[str, str]], Any]:
    """Redact all message contents in one pass; returns the safe messages and the ``Redacted`` used to restore."""
    from ledgerlm.privacy import redact

    contents = [str(m.get("content", "")) for m in messages]
    if any(_SEP in c for c in contents):
        raise ConfigError("message content contains the internal separator U+241E")
    red = redact(_SEP.join(contents), keep_values=True)
    parts = red.text.split(_SEP)
    return [{**m, "content": p} for m, p in zip(messages, parts, strict=True)], red


def _restore(value: Any, red: Any) -> Any:
    if isinstance(value, str):
        return red.restore(value) if red.findings else value
    if isinstance(value, list):
        return [_restore(v, red) for v in value]
    if isinstance(value, dict):
        return {k: _restore(v, red) for k, v in value.items()}
    return value


#: An endpoint's error text that says it does not know ``response_format: json_schema`` (llama-cpp-python: "Input
#: should be 'text' or 'json_object'"); the client then sends the schema inside ``json_object`` instead.
_REJECTS_JSON_SCHEMA = re.compile(r"json_schema|response_format", re.IGNORECASE)
#: Endpoints seen rejecting json_schema in this process.
_JSON_OBJECT_ONLY: set[str] = set()


class _NoJSONSchema(LLMHTTPError):
    """The endpoint rejected ``response_format: json_schema``; ``complete`` retries once with ``json_object``."""


@dataclass(frozen=True)
class LLMClient:
    url: str
    model: str
    api_key: str = ""
    timeout_s: float = 30.0  # read timeout: the endpoint took the request but gives no answer
    connect_timeout_s: float = 3.0
    max_tokens: int = 256
    response_format: str = "json_schema"  # or "json_object" for servers without json_schema support

    @classmethod
    def from_config(cls) -> LLMClient | None:
        """The configured client, or None when no ``llm.url`` is set."""
        cfg = load_config().get("llm", {})
        url = str(cfg.get("url") or "").strip()
        if not url:
            return None
        return cls(
            url=url,
            model=str(cfg.get("model") or "default"),
            api_key=str(cfg.get("api_key") or ""),
            timeout_s=float(cfg.get("timeout_s") or 30),
            connect_timeout_s=float(cfg.get("connect_timeout_s") or 3),
            max_tokens=int(cfg.get("max_tokens") or 256),
            response_format=str(cfg.get("response_format") or "json_schema"),
        )

    @property
    def endpoint(self) -> str:
        base = self.url.rstrip("/")
        if base.endswith("/chat/completions"):
            return base
        if not re.search(r"/v\d+$", base):
            base += "/v1"
        return base + "/chat/completions"

    def request_body(
        self,
        messages: list[dict[str, str]],
        *,
        temperature: float = 0.0,
        schema: dict[str, Any] | None = None,
        max_tokens: int | None = None,
        json_mode: bool = False,
    ) -> dict[str, Any]:
        """The JSON body sent (after redaction): always ``max_tokens``; a response format when a schema is given."""
        body: dict[str, Any] = {
            "model": self.model,
            "messages": messages,
            "temperature": temperature,
            "max_tokens": int(max_tokens or self.max_tokens),
            "stream": False,
        }
        if schema is None and json_mode:
            body["response_format"] = {"type": "json_object"}
        elif schema is not None:
            if self.response_format == "json_object":
                body["response_format"] = {"type": "json_object", "schema": schema}
            else:
                body["response_format"] = {
                    "type": "json_schema",
                    "json_schema": {"name": "answer", "schema": schema, "strict": True},
                }
        return body

    def _post(self, body: dict[str, Any]) -> dict[str, Any]:
        parts = urlsplit(self.endpoint)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(f"llm.url must be an http(s) URL, not {self.url!r}")
        conn_cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        conn = conn_cls(parts.hostname, parts.port, timeout=self.connect_timeout_s)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        hint_off = "check llm.url, or unset LEDGERLM_LLM_URL to work without an LLM"
        try:
            try:
                conn.connect()
            except TimeoutError:
                raise LLMUnreachable(
                    f"cannot reach LLM endpoint {self.endpoint}: no connection within {self.connect_timeout_s:g} s",
                    hint=hint_off,
                ) from None
            except OSError as exc:
                raise LLMUnreachable(
                    f"cannot reach LLM endpoint {self.endpoint}: {exc.strerror or exc}", hint=hint_off
                ) from None
            if conn.sock is not None:
                conn.sock.settimeout(self.timeout_s)
            try:
                conn.request("POST", path, body=json.dumps(body).encode("utf-8"), headers=headers)
                resp = conn.getresponse()
                raw = resp.read()
            except TimeoutError:
                raise LLMTimeout(
                    f"LLM endpoint {self.endpoint} did not answer within {self.timeout_s:g} s",
                    hint="raise llm.timeout_s or lower llm.max_tokens (the model is slow)",
                ) from None
            except OSError as exc:
                raise LLMUnreachable(
                    f"LLM endpoint {self.endpoint} dropped the connection: {exc}", hint=hint_off
                ) from None
        finally:
            conn.close()
        if resp.status >= 400:
            detail = raw[:2000].decode("utf-8", "replace")
            if body.get("response_format", {}).get("type") == "json_schema" and _REJECTS_JSON_SCHEMA.search(detail):
                raise _NoJSONSchema(f"LLM endpoint {self.endpoint} does not accept response_format json_schema")
            raise LLMHTTPError(
                f"LLM endpoint {self.endpoint} answered HTTP {resp.status}",
                hint="check llm.url, llm.model and llm.api_key",
            )
        try:
            payload = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise LLMNotJSON(
                f"LLM endpoint {self.endpoint} did not return JSON",
                hint="is llm.url an OpenAI-compatible /v1 endpoint?",
            ) from None
        if not isinstance(payload, dict):
            raise LLMNotJSON(f"LLM endpoint {self.endpoint} returned JSON that is not an object")
        return payload

    def complete(
        self,
        messages: list[dict[str, str]],
        *,
        temperature: float = 0.0,
        json_mode: bool = False,
        schema: dict[str, Any] | None = None,
        max_tokens: int | None = None,
    ) -> str:
        """Send chat ``messages`` (redacted first) and return the assistant's text with the originals restored.

        Raises ``SecretDetected`` (nothing sent) when a message holds a private key or seed phrase, and an
        ``LLMError`` subclass per failure kind."""
        safe, red = redact_messages(messages)
        body = self.request_body(
            safe, temperature=temperature, schema=schema, max_tokens=max_tokens, json_mode=json_mode
        )
        if schema is not None and self.endpoint in _JSON_OBJECT_ONLY:
            body["response_format"] = {"type": "json_object", "schema": schema}
        try:
            payload = self._post(body)
        except _NoJSONSchema:
            # Servers such as llama-cpp-python take the schema inside json_object; remember it for this endpoint.
            _JSON_OBJECT_ONLY.add(self.endpoint)
            body["response_format"] = {"type": "json_object", "schema": schema}
            payload = self._post(body)
        try:
            content = payload["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError):
            raise LLMSchemaError("LLM answer has no choices[0].message.content") from None
        if not isinstance(content, str):
            raise LLMSchemaError("LLM answer content is not text")
        return _restore(content, red)

    def complete_json(
        self, messages: list[dict[str, str]], schema: dict[str, Any], *, max_tokens: int | None = None
    ) -> Any:
        """``complete`` with a JSON schema: the reply is parsed and checked against ``schema``."""
        answer = self.complete(messages, schema=schema, max_tokens=max_tokens)
        try:
            data = json.loads(_strip_fence(answer))
        except json.JSONDecodeError:
            raise LLMNotJSON("LLM answer is not JSON", hint="the model ignored the response format") from None
        problem = check_schema(data, schema)
        if problem:
            raise LLMSchemaError(f"LLM answer does not match the schema: {problem}")
        return data


def check_schema(value: Any, schema: dict[str, Any], where: str = "$") -> str | None:
    """A small JSON-Schema subset (type, properties, required, additionalProperties false, items, enum, anyOf):
    enough for the schemas this module sends. Returns the first problem, or None."""
    if "anyOf" in schema:
        if all(check_schema(value, s, where) for s in schema["anyOf"]):
            return f"{where} matches none of the allowed forms"
        return None
    if "enum" in schema and value not in schema["enum"]:
        return f"{where} must be one of {schema['enum']}"
    kind = schema.get("type")
    types = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}
    if kind in ("number", "integer"):
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or (kind == "integer" and not isinstance(value, int))
        ):
            return f"{where} must be a {kind}"
    elif kind is not None and not isinstance(value, types[kind]):
        return f"{where} must be a{'n' if kind[0] in 'ao' else ''} {kind}"
    if kind == "object":
        props = schema.get("properties", {})
        for key in schema.get("required", []):
            if key not in value:
                return f"{where}.{key} is missing"
        for key, item in value.items():
            if key in props:
                problem = check_schema(item, props[key], f"{where}.{key}")
                if problem:
                    return problem
            elif schema.get("additionalProperties") is False:
                return f"{where}.{key} is not allowed"
    if kind == "array" and "items" in schema:
        for i, item in enumerate(value):
            problem = check_schema(item, schema["items"], f"{where}[{i}]")
            if problem:
                return problem
    return None


def complete(messages: list[dict[str, str]], *, client: LLMClient | None = None, temperature: float = 0.0) -> str:
    """Chat completion with the configured LLM (for other modules, e.g. rephrasing). ConfigError when none."""
    client = client or LLMClient.from_config()
    if client is None:
        raise ConfigError("no LLM configured", hint="set LEDGERLM_LLM_URL and LEDGERLM_LLM_MODEL (or llm.url)")
    return client.complete(messages, temperature=temperature)


# -- grounded proposals -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Proposal:
    key: str
    value: Any
    span: str

    def to_dict(self) -> dict[str, Any]:
        value = str(self.value) if isinstance(self.value, Decimal) else self.value
        return {"key": self.key, "value": value, "span": self.span}


@dataclass
class LLMReport:
    """What the LLM proposed, what was accepted, and why the rest was rejected (``parse --json`` shows it)."""

    used: bool = False
    model: str | None = None
    asked: list[str] = field(default_factory=list)
    proposed: list[Proposal] = field(default_factory=list)
    accepted: list[Proposal] = field(default_factory=list)
    rejected: list[tuple[Proposal, str]] = field(default_factory=list)
    error: str | None = None
    error_kind: str | None = None
    redacted: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "used": self.used,
            "model": self.model,
            "asked": list(self.asked),
            "proposed": [p.to_dict() for p in self.proposed],
            "accepted": [p.to_dict() for p in self.accepted],
            "rejected": [{**p.to_dict(), "reason": r} for p, r in self.rejected],
            "error": self.error,
            "error_kind": self.error_kind,
            "redacted": dict(self.redacted),
        }


_SYSTEM = (
    "You check parameters of a smart-contract request. For each parameter listed, if the request states it, "
    "propose a value and copy the exact words of the request it comes from into 'span'. Propose nothing for a "
    "parameter the request does not state. Amounts are whole token units; percents as numbers (5 = 5%); "
    "durations in the unit named by the key. Placeholders like [NAME_1] stand for personal data: use them as is. "
    'Answer only JSON: {"proposals": [{"key": ..., "value": ..., "span": ...}]}'
)


def proposal_schema(keys: list[str]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "proposals": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "key": {"type": "string", "enum": list(keys)},
                        "value": {"anyOf": [{"type": "string"}, {"type": "number"}, {"type": "boolean"}]},
                        "span": {"type": "string"},
                    },
                    "required": ["key", "value", "span"],
                    "additionalProperties": False,
                },
            }
        },
        "required": ["proposals"],
        "additionalProperties": False,
    }


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().lower()


def _as_decimal(value: Any) -> Decimal | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        d = Decimal(str(value).replace(",", ""))
    except InvalidOperation:
        return None
    return d if d.is_finite() else None


def _numbers_in(span: str) -> set[Decimal]:
    """Numbers a span states, and what follows from them by a unit conversion (months/days/weeks/years)."""
    from ledgerlm.language.durations import find_durations
    from ledgerlm.language.numbers import find_numbers

    allowed: set[Decimal] = set()
    numbers = find_numbers(span)
    for n in numbers:
        v = n.value
        allowed |= {v, v * 12, v / 12, v * 30, v / 30, v * 7, v * 365}
    try:
        for d in find_durations(span, numbers):
            allowed |= {d.months, d.days, d.count}
    except Exception:  # noqa: BLE001 - a duration reader failure only narrows what is allowed
        pass
    return {a.normalize() for a in allowed if a is not None}


def _number_ok(value: Decimal, allowed: set[Decimal]) -> bool:
    v = value.normalize()
    return v in allowed or any(abs(v - a) <= Decimal("0.000001") * max(Decimal(1), abs(a)) for a in allowed)


def ground(p: Proposal, text: str) -> tuple[Any, str | None]:
    """Check that proposal ``p`` rests on its span of ``text``. Returns (normalised value, None) or (None, reason)."""
    from ledgerlm.language.tokens import canonical_token

    span = p.span if isinstance(p.span, str) else ""
    if not span.strip():
        return None, "no span of the text given"
    if _norm(span) not in _norm(text):
        return None, f"span {span!r} is not in the text"
    value = p.value
    if isinstance(value, bool):
        return value, None
    num = _as_decimal(value)
    if num is not None and not (isinstance(value, str) and not re.fullmatch(r"[\d.,\s-]+", value)):
        if _number_ok(num, _numbers_in(span)):
            return num, None
        return None, f"{value} does not follow from {span!r}"
    if isinstance(value, str) and value.strip():
        if p.key == "token":
            sym = canonical_token(value)
            if sym and (canonical_token(span) == sym or value.lower() in span.lower()):
                return sym, None
        if _norm(value) in _norm(span):
            return value.strip(), None
        return None, f"{value!r} is not in its span {span!r}"
    return None, "empty or unsupported value"


def _strip_fence(answer: str) -> str:
    m = re.search(r"```(?:json)?\s*(.*?)```", answer, re.S)
    return m.group(1) if m else answer.strip()
