"""The cited knowledge base: corpus shape, BM25, hybrid retrieval, "I don't know", LLM composition."""

from __future__ import annotations

import json
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import ClassVar

import numpy as np
import pytest
import typer
from typer.testing import CliRunner

from ledgerlm.assistant.knowledge import answer
from ledgerlm.assistant.knowledge.bm25 import BM25, tokenize
from ledgerlm.assistant.knowledge.corpus import KB_DIR, content_hash, kb_files, load_passages, parse_file
from ledgerlm.assistant.knowledge.index import SHIPPED_EMBEDDINGS, KnowledgeIndex
from ledgerlm.cli import intents as intents_cli
from ledgerlm.errors import InputError

QUESTIONS = [json.loads(line) for line in
             (Path(__file__).parent / "data" / "knowledge_questions.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
REQUIRED_TOPICS = {"defi", "smart-contracts", "wallets", "gas", "stablecoins", "amm", "lending", "consensus", "dao",
                   "identity", "scams"}


def test_corpus_is_bilingual_and_parallel() -> None:
    files = kb_files()
    topics = Counter(f.name.split(".")[0] for f in files)
    assert set(topics) >= REQUIRED_TOPICS
    assert all(n == 2 for n in topics.values()), topics  # every topic in en and zh
    for topic in topics:
        en, zh = parse_file(KB_DIR / f"{topic}.en.md"), parse_file(KB_DIR / f"{topic}.zh.md")
        assert len(en) == len(zh) >= 3, topic
        assert all(len(p.text) > 150 for p in en) and all(len(p.text) > 50 for p in zh)


def test_shipped_embeddings_match_markdown() -> None:
    """Editing the markdown without `build_shipped()` would make every user re-embed; keep them in sync."""
    with np.load(SHIPPED_EMBEDDINGS) as data:
        assert str(data["hash"]) == content_hash()
        assert data["embeddings"].shape == (len(load_passages()), 384)


def test_tokenizer_handles_chinese_and_english() -> None:
    assert tokenize("什么是无常损失") == ["是无", "无常", "常损", "损失"]  # "什么"/"么是" are stop bigrams
    assert tokenize("How do Stablecoins keep their peg?") == ["stablecoin", "keep", "peg"]
    bm = BM25([tokenize("无常损失 与 流动性"), tokenize("清算 与 健康因子"), tokenize("gas fees are high")])
    scores = bm.scores(tokenize("无常损失是什么"))
    assert scores[0] > 0 and scores[1] == 0 and scores[2] == 0


def test_in_domain_questions_cite_the_right_topic() -> None:
    misses = []
    for row in (r for r in QUESTIONS if r["topic"]):
        ans = answer(row["q"], use_llm=False)
        files = {c["file"].split(".")[0] for c in ans.citations}
        if not ans.found or row["topic"] not in files:
            misses.append((row["q"], row["topic"], files))
    assert len(misses) <= 1, misses


def test_off_topic_questions_get_i_dont_know() -> None:
    wrong = [r["q"] for r in QUESTIONS if r["topic"] is None and answer(r["q"], use_llm=False).found]
    assert wrong == []


def test_reply_language_follows_question() -> None:
    zh = answer("什么是无常损失", use_llm=False)
    assert zh.lang == "zh" and zh.found and "无常损失" in zh.text and "来源" in zh.text
    assert zh.citations[0] == {"file": "amm.zh.md", "section": "什么是无常损失", "score": zh.citations[0]["score"]}
    en = answer("what is impermanent loss", use_llm=False)
    assert en.lang == "en" and en.citations[0]["file"] == "amm.en.md" and "Source" in en.text
    forced = answer("what is impermanent loss", lang="zh", use_llm=False)
    assert forced.lang == "zh" and forced.citations[0]["file"] == "amm.zh.md"
    no = answer("法国的首都是哪里", use_llm=False)
    assert not no.found and no.text.startswith("我不知道") and no.citations == []
    assert answer("what's the capital of France", use_llm=False).text.startswith("I don't know")


@pytest.mark.parametrize(("question", "kwargs"), [("", {}), ("x" * 1001, {}), ("gas?", {"lang": "fr"}),
                                                  ("gas?", {"top_k": 0})])
def test_bad_questions(question: str, kwargs: dict) -> None:
    with pytest.raises(InputError):
        answer(question, **kwargs)


def test_index_rebuilds_when_markdown_changes(tmp_path: Path) -> None:
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "gas.en.md").write_text((KB_DIR / "gas.en.md").read_text(encoding="utf-8"), encoding="utf-8")
    first = KnowledgeIndex(kb_dir=kb, embeddings_file=tmp_path / "none.npz")
    assert first.embeddings.shape == (len(first.passages), 384)
    (kb / "gas.en.md").write_text("# Gas\n\n## Tip\nAlways keep some ETH for fees, or you cannot move tokens.\n",
                                  encoding="utf-8")
    second = KnowledgeIndex(kb_dir=kb, embeddings_file=tmp_path / "none.npz")
    assert second.hash != first.hash and len(second.passages) == 1
    hits = second.search("how do I pay transaction fees", "en", top_k=1)
    assert hits[0].passage.section == "Tip"


class _FakeLLMHandler(BaseHTTPRequestHandler):
    """A real OpenAI-compatible HTTP endpoint that echoes which passages it was given."""

    reply = "Impermanent loss is the gap versus holding [1]."
    seen: ClassVar[list[dict]] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server API
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).seen.append(body)
        data = json.dumps({"choices": [{"message": {"content": type(self).reply}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def llm_server(monkeypatch: pytest.MonkeyPatch):
    server = HTTPServer(("127.0.0.1", 0), _FakeLLMHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("LEDGERLM_LLM_URL", f"http://127.0.0.1:{server.server_port}/v1")
    monkeypatch.setenv("LEDGERLM_LLM_MODEL", "test")
    _FakeLLMHandler.seen = []
    yield _FakeLLMHandler
    server.shutdown()
    server.server_close()


def test_llm_composes_only_from_retrieved_passages(llm_server) -> None:
    llm_server.reply = "Impermanent loss is the gap versus holding [1]."
    ans = answer("what is impermanent loss")
    assert ans.mode == "llm" and ans.text == llm_server.reply and ans.found
    prompt = llm_server.seen[-1]["messages"]
    assert "ONLY the numbered passages" in prompt[0]["content"]
    assert "amm.en.md" in prompt[1]["content"]
    # off-topic: the LLM is never asked, the answer is "I don't know"
    calls = len(llm_server.seen)
    assert not answer("who wrote hamlet").found and len(llm_server.seen) == calls


def test_llm_no_answer_falls_back_to_extractive(llm_server) -> None:
    llm_server.reply = "NO_ANSWER"
    ans = answer("what is a DAO")
    assert ans.mode == "extractive" and ans.found and "dao.en.md" in ans.text


def test_unreachable_llm_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEDGERLM_LLM_URL", "http://127.0.0.1:9/v1")
    ans = answer("what is gas")
    assert ans.found and ans.mode == "extractive"


def test_cli_ask_json() -> None:
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        """test root"""

    intents_cli.register(app)
    result = CliRunner().invoke(app, ["ask", "稳定币是什么", "--json", "--no-llm"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["found"] is True and out["lang"] == "zh"
    assert out["citations"][0]["file"] == "stablecoins.zh.md"
    assert set(out["citations"][0]) == {"file", "section", "score"}
