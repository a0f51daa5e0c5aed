"""The optional LLM backend against a real (tiny) OpenAI-compatible HTTP server on 127.0.0.1.

The server is the outside world: an honest model, a lying model that invents numbers and names, and a broken
one. Whatever it says, numbers that do not appear in (or follow from) the text must be discarded.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from ledgerlm.errors import ConfigError
from ledgerlm.language import parse
from ledgerlm.language.llm import LLMClient, LLMError, complete

TEXT = "Loan USDC to Bob for 6 months at 5% interest, invoice 4471 covers 2500"


class FakeOpenAI:
    """Answers /v1/chat/completions with ``self.reply`` (a dict -> JSON content, a str -> raw content)."""

    def __init__(self) -> None:
        self.reply: Any = {}
        self.status = 200
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server API
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                fake.requests.append(body)
                fake.headers.append(dict(self.headers))
                if self.path != "/v1/chat/completions":
                    self.send_response(404)
                    self.end_headers()
                    return
                content = fake.reply if isinstance(fake.reply, str) else json.dumps(fake.reply)
                payload = json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}]}).encode()
                self.send_response(fake.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    srv = FakeOpenAI()
    thread = threading.Thread(target=srv.server.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.server.shutdown()
    srv.server.server_close()


def test_rules_leave_the_principal_open() -> None:
    assert parse(TEXT).params["principal"] is None


def test_honest_model_fills_a_gap(fake: FakeOpenAI) -> None:
    fake.reply = {"principal": 2500, "token": "USDC"}
    client = LLMClient(url=fake.url, model="tiny", api_key="sk-test")
    r = parse(TEXT, llm=client)
    assert r.params["principal"] == Decimal(2500)
    assert r.llm_filled == ["principal"]
    sent = fake.requests[0]
    assert sent["model"] == "tiny" and "principal" in sent["messages"][1]["content"]
    assert fake.headers[0]["Authorization"] == "Bearer sk-test"


def test_lying_model_is_rejected(fake: FakeOpenAI) -> None:
    fake.reply = {"principal": 9999, "lender": "Mallory", "installment_pct": 12, "bogus": 1}
    r = parse(TEXT, llm=LLMClient(url=fake.url, model="liar"))
    assert r.params["principal"] is None and r.params["lender"] is None and r.params["installment_pct"] is None
    assert r.llm_filled == []
    assert any("9999" in n and "discarded" in n for n in r.notes)
    assert any("Mallory" in n for n in r.notes)


def test_model_value_that_breaks_the_spec_is_rejected(fake: FakeOpenAI) -> None:
    fake.reply = {"period_months": 4471}  # appears in the text, but longer than the 6-month term
    r = parse(TEXT, llm=LLMClient(url=fake.url, model="m"))
    assert r.params["period_months"] is None
    assert any("period_months" in n for n in r.notes)


def test_garbage_and_http_errors_never_break_parsing(fake: FakeOpenAI) -> None:
    fake.reply = "sorry, I cannot do JSON"
    r = parse(TEXT, llm=LLMClient(url=fake.url, model="m"))
    assert r.params["principal"] is None and any("not a JSON object" in n for n in r.notes)
    fake.status = 500
    r = parse(TEXT, llm=LLMClient(url=fake.url, model="m"))
    assert any("HTTP 500" in n for n in r.notes)


def test_configured_from_env(fake: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEDGERLM_LLM_URL", fake.url)
    monkeypatch.setenv("LEDGERLM_LLM_MODEL", "from-env")
    fake.reply = {"principal": "2500"}
    assert parse(TEXT).params["principal"] == Decimal(2500)
    assert fake.requests[-1]["model"] == "from-env"
    fake.reply = "Hello there."
    assert complete([{"role": "user", "content": "hi"}]) == "Hello there."


def test_complete_without_configuration() -> None:
    with pytest.raises(ConfigError):
        complete([{"role": "user", "content": "hi"}])


def test_unreachable_endpoint() -> None:
    client = LLMClient(url="http://127.0.0.1:9/v1", model="m", timeout_s=2)
    with pytest.raises(LLMError, match="cannot reach"):
        client.complete([{"role": "user", "content": "hi"}])
    assert client.endpoint == "http://127.0.0.1:9/v1/chat/completions"
    assert LLMClient(url="http://h:1", model="m").endpoint == "http://h:1/v1/chat/completions"
