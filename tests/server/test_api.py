"""The HTTP API against a real ``ledgerlm serve`` (one worker, memory chain) with a real HTTP client."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import httpx

from tests.server.conftest import ROOT, Server, approve, chat, events

SEED = "自动借贷合约，贷款期限3个月，年利率5%，每期还款10%本金"
BOB = "0x1111111111111111111111111111111111111111"


def test_parse_is_the_cli_json(server: Server) -> None:
    with server.client() as c:
        got = c.post("/v1/parse", json={"text": SEED})
    assert got.status_code == 200
    env = {**os.environ, "LEDGERLM_HOME": str(server.home)}
    cli = subprocess.run(
        [sys.executable, "-m", "ledgerlm.cli.main", "parse", SEED, "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=str(ROOT),
        timeout=120,
    )
    assert cli.returncode == 0, cli.stderr
    assert got.json() == json.loads(cli.stdout)
    assert got.json()["kind"] == "loan" and got.json()["params"]["annual_rate_pct"] == 5


def test_intent_and_ask(server: Server) -> None:
    with server.client() as c:
        intent = c.post("/v1/intent", json={"text": f"send 1 ETH to {BOB}"}).json()
        ask = c.post("/v1/ask", json={"question": "什么是无常损失", "no_llm": True})
    assert intent["intent"] == "transfer" and intent["slots"]["token"] == "ETH"
    assert ask.status_code == 200 and ask.json()["lang"] == "zh"  # the answer's content is the core's business
    assert {"text", "citations"} <= set(ask.json())


def test_errors_are_json_with_status(server: Server) -> None:
    with server.client() as c:
        missing = c.get("/v1/nothing-here")
        invalid = c.post("/v1/parse", json={"text": 42})
        not_json = c.post("/v1/parse", content=b"text=hello", headers={"content-type": "text/plain"})
        no_deployment = c.get("/v1/deployments/999999")
        zh = c.get("/v1/nothing-here", headers={"accept-language": "zh-CN,zh;q=0.9"})
    assert missing.status_code == 404 and set(missing.json()) >= {"error", "hint"}
    assert invalid.status_code == 422 and "text" in invalid.json()["error"]
    assert not_json.status_code == 422
    assert no_deployment.status_code == 404 and no_deployment.json()["kind"] == "NotFound"
    assert "没有这个接口" in zh.json()["error"]


def test_oversized_bodies_are_refused(server: Server) -> None:
    big = json.dumps({"text": "x" * (300 * 1024)}).encode()
    with server.client() as c:
        declared = c.post("/v1/parse", content=big, headers={"content-type": "application/json"})

        def chunks():  # no content-length: the limit is counted while reading
            for i in range(0, len(big), 16 * 1024):
                yield big[i : i + 16 * 1024]

        streamed = c.post("/v1/parse", content=chunks(), headers={"content-type": "application/json"})
        source = c.post("/v1/review", json={"source": "// " + "a" * (210 * 1024)})
    assert declared.status_code == 413 and "256" not in declared.json()["hint"]
    assert declared.json()["kind"] == "too_large"
    assert streamed.status_code == 413
    assert source.status_code == 413


def test_cors_closed_and_cross_site_writes_refused(server: Server) -> None:
    with server.client() as c:
        preflight = c.options(
            "/v1/parse", headers={"origin": "https://evil.example", "access-control-request-method": "POST"}
        )
        cross = c.post("/v1/parse", json={"text": SEED}, headers={"origin": "https://evil.example"})
        same = c.post("/v1/parse", json={"text": SEED}, headers={"origin": server.url})
    assert preflight.status_code == 403
    assert cross.status_code == 403 and cross.json()["kind"] == "origin"
    assert same.status_code == 200
    for r in (preflight, cross, same):
        assert not any(h.lower().startswith("access-control-") for h in r.headers)


def test_page_assets_and_headers(server: Server) -> None:
    with server.client() as c:
        page = c.get("/")
        js = c.get("/static/app.js")
        schema = c.get("/openapi.json").json()
    assert page.status_code == 200 and "<title>ledgerlm</title>" in page.text
    assert "http" not in page.text.split("<body>")[0].replace("http-equiv", "")  # nothing from a CDN
    assert "innerHTML" not in js.text
    csp = page.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    cookie = page.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    for path in (
        "/v1/parse",
        "/v1/chat",
        "/v1/plans/{plan_id}/confirm",
        "/v1/contracts/{plan_id}/create",
        "/v1/audit/verify",
        "/v1/consensus/compare",
        "/v1/review",
    ):
        assert path in schema["paths"]


def test_chat_plan_approve_receipt_and_replay(server: Server) -> None:
    with server.client() as c:
        got = chat(c, f"send 0.1 ETH to {BOB}")
        assert got["_order"][:1] == ["message"] and got["_order"][-1] == "done"
        assert "plan" in got and "approval_required" in got
        assert "confirmation_token" not in got["message"]
        plan = got["plan"]
        assert plan["plan"]["recipient"] == BOB and "new_recipient" in plan["plan"]["flags"]
        assert plan["code_required"] is False

        forged = approve(c, {**plan, "plan_hash": "0" * 64})
        assert forged.status_code == 409 and forged.json()["kind"] == "plan_hash"
        with server.client() as other:  # another browser session cannot approve it
            stranger = approve(other, plan)
        assert stranger.status_code == 404

        ok = approve(c, plan)
        assert ok.status_code == 200, ok.text
        receipt = ok.json()["receipt"]
        assert receipt["completed"] is True and receipt["tx_hashes"][0].startswith("0x")

        replay = approve(c, plan)
        assert replay.status_code == 409 and replay.json()["kind"] == "plan_used"
        history = c.get("/v1/history").json()
    assert any(m["role"] == "user" and BOB in m["text"] for m in history)
    with server.client() as fresh:
        assert fresh.get("/v1/history").json() == []  # sessions have their own history


def test_a_new_message_cancels_the_plan_and_yes_does_not_confirm(server: Server) -> None:
    with server.client() as c:
        plan = chat(c, f"send 0.2 ETH to {BOB}")["plan"]
        yes = chat(c, "yes")
        assert "receipt" not in yes and yes["message"]["kind"] != "done"
        chat(c, "what is the price of ETH?")
        stale = approve(c, plan)
    assert stale.status_code == 409 and stale.json()["kind"] == "plan_used"


def test_code_required_above_the_threshold(server: Server) -> None:
    with server.client() as c:
        plan = chat(c, f"send 1 ETH to {BOB}")["plan"]  # about $2,000 > $1,000
        assert plan["code_required"] is True and len(plan["code"]) >= 4
        without = approve(c, plan)
        wrong = approve(c, plan, code="WRONG1")
        right = approve(c, plan, code=plan["code"])
    assert without.status_code == 403 and without.json()["kind"] == "plan_code"
    assert wrong.status_code == 403
    assert right.status_code == 200, right.text


def test_contract_plan_create_with_progress_then_explain(server: Server) -> None:
    with server.client() as c:
        planned = c.post("/v1/contracts/plan", json={"text": SEED, "overrides": {"principal": "10"}})
        assert planned.status_code == 200, planned.text
        p = planned.json()
        assert p["plan"]["params"]["principal"] == 10 and p["plan"]["missing"] == []
        assert p["parsed"]["kind"] == "loan"
        assert "evidence" not in p["parsed"] or p["parsed"]["evidence"]["term_months"]["spans"][0]["words"] == "3个月"
        assert p["code_required"] is True  # 10 ETH is above $1,000

        bad = c.post(f"/v1/contracts/{p['plan_id']}/create", json={"plan_hash": p["plan_hash"], "code": "NOPE00"})
        assert bad.status_code == 403
        got = events(c, f"/v1/contracts/{p['plan_id']}/create", {"plan_hash": p["plan_hash"], "code": p["code"]})
        names = [n for n, _ in got]
        stages = [d["stage"] for n, d in got if n == "progress" and d["state"] == "done"]
        assert stages == ["parse", "compile", "analyse", "test", "deploy", "verify", "fund"], got
        result = next(d for n, d in got if n == "result")
        assert names[-1] == "done" and "error" not in names
        assert result["kind"] == "loan" and result["backend"] == "memory" and result["address"].startswith("0x")

        again = c.post(f"/v1/contracts/{p['plan_id']}/create", json={"plan_hash": p["plan_hash"], "code": p["code"]})
        assert again.status_code == 409

        listed = c.get("/v1/deployments").json()
        assert listed[0]["id"] == result["id"]
        explained = c.get("/v1/explain", params={"target": str(result["id"])}).json()
        sched = explained["explanation"]["schedule"]
        assert len(sched) == 3 and explained["explanation"]["lang"] == "zh"
        for target in ("/etc/passwd", "../x.sol", "Contract.sol"):
            assert c.get("/v1/explain", params={"target": target}).status_code == 422


def test_audit_anchor_proof_verify(server: Server) -> None:
    with server.client() as c:
        c.post("/v1/parse", json={"text": SEED})
        assert c.get("/v1/audit/status").json()["records"] >= 1
        batches = c.post("/v1/audit/anchor").json()
        assert batches and batches[0]["status"] == "anchored"
        rec = c.get("/v1/audit/records", params={"limit": 1}).json()[0]
        proof = c.get(f"/v1/audit/proof/{rec['id']}").json()
        assert proof["root"] and isinstance(proof["path"], list)
        good = c.post("/v1/audit/verify", json={"proof": proof}).json()
        tampered = json.loads(json.dumps(proof))
        tampered["record"]["input"] = "something else"
        bad = c.post("/v1/audit/verify", json={"proof": tampered}).json()
    assert good["valid"] is True and good["chain_checked"] is True
    assert bad["valid"] is False and bad["errors"]


def test_risk_endpoints(server: Server) -> None:
    with server.client() as c:
        series = c.get("/v1/risk/series/ETH", params={"days": 60}).json()
        token = c.get("/v1/risk/token/ETH").json()
        var = c.post("/v1/risk/portfolio", json={"positions": {"ETH": "2", "USDC": "500"}}).json()
        health = c.post("/v1/risk/loan-health", json={"collateral": {"ETH": "2"}, "debt": {"USDC": "2000"}}).json()
        unknown = c.get("/v1/risk/token/NOPE")
    assert len(series["dates"]) == len(series["closes"]) == len(series["volatility_pct"]) == 60
    assert token["symbol"] == "ETH" and token["var_1d_99_pct_historical"] > 0
    assert float(var["var_historical_usd"]) > 0
    assert health["health_factor"] is not None
    assert unknown.status_code == 404 and unknown.json()["hint"]


def test_review_of_uploaded_source(server: Server) -> None:
    from ledgerlm.server.routes.review import available

    source = (
        "// SPDX-License-Identifier: MIT\npragma solidity ^0.8.20;\ncontract Vault {\n"
        "    address owner = msg.sender;\n    function take() external {\n"
        "        require(tx.origin == owner);\n        payable(msg.sender).transfer(address(this).balance);\n"
        "    }\n    receive() external payable {}\n}\n"
    )
    with server.client() as c:
        r = c.post("/v1/review", json={"source": source, "filename": "Vault.sol", "lang": "en"})
        path = c.post("/v1/review", json={"source": source, "filename": "../../etc/passwd"})
    assert path.status_code == 422  # a file name, never a path on the server
    if not available():
        assert r.status_code == 501 and r.json()["kind"] == "review_missing"
        return
    assert r.status_code == 200, r.text
    found = r.json()["findings"]
    assert any("tx" in f["detector"] and 6 in f["lines"] for f in found), found


def test_consensus_compare_job(server: Server) -> None:
    with server.client() as c:
        started = c.post(
            "/v1/consensus/compare",
            json={"scenarios": ["steady"], "controllers": ["asert"], "seeds": [0], "blocks": 200},
        )
        assert started.status_code == 202
        job = started.json()["job_id"]
        names: list[str] = []
        with c.stream("GET", f"/v1/consensus/jobs/{job}/events") as resp:
            for line in resp.iter_lines():
                if line.startswith("event: "):
                    names.append(line[7:])
        state = c.get(f"/v1/consensus/jobs/{job}").json()
        with server.client() as other:
            assert other.get(f"/v1/consensus/jobs/{job}").status_code == 404
    assert names[0] == "progress" and names[-2:] == ["result", "done"]
    assert state["state"] == "done" and state["result"]["rows"][0]["controller"] == "asert"


def test_sessions_reject_forged_cookies(server: Server) -> None:
    with server.client() as c:
        c.get("/healthz")
        real = c.cookies.get("ledgerlm_session")
        assert real
        forged = httpx.Client(base_url=server.url, cookies={"ledgerlm_session": real[:-4] + "0000"})
        r = forged.get("/healthz")
        forged.close()
    assert "ledgerlm_session=" in r.headers.get("set-cookie", "")  # a new session, not the forged one


def test_time_to_first_chat_event_is_short(server: Server) -> None:
    """Not a speed assertion: the stream opens before the reply is computed (first bytes arrive at once)."""
    with server.client() as c, c.stream("POST", "/v1/chat", json={"message": "what is gas?"}) as resp:
        start = time.perf_counter()
        first = next(resp.iter_raw())
        assert first.startswith(b": stream open") or first.startswith(b"event:")
        assert time.perf_counter() - start >= 0
