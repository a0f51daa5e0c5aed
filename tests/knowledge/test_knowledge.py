"""The cited knowledge base: corpus shape, BM25, retrieval, "I don't know", guarded LLM rephrasing, ``ask`` CLI."""

from __future__ import annotations

import json
import re
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

CALIBRATION = Path(__file__).parents[1] / "assistant" / "data" / "knowledge_questions.jsonl"
QUESTIONS = [json.loads(line) for line in CALIBRATION.read_text(encoding="utf-8").splitlines() if line.strip()]
REQUIRED_TOPICS = {
    "defi",
    "smart-contracts",
    "wallets",
    "gas",
    "stablecoins",
    "amm",
    "lending",
    "consensus",
    "dao",
    "identity",
    "scams",
    "buying",
    "transactions",
    "tokens",
    "mev",
    "staking",
    "l2-bridges",
    "audits",
    "investing",
    "ledgerlm",
}


def test_corpus_is_bilingual_and_parallel() -> None:
    files = kb_files()
    topics = Counter(f.name.split(".")[0] for f in files)
    assert set(topics) >= REQUIRED_TOPICS
    assert all(n == 2 for n in topics.values()), topics  # every topic in en and zh
    for topic in topics:
        en, zh = parse_file(KB_DIR / f"{topic}.en.md"), parse_file(KB_DIR / f"{topic}.zh.md")
        assert len(en) == len(zh) >= 3, topic
        assert all(len(p.text) > 150 for p in en) and all(len(p.text) > 50 for p in zh)
        assert [p.is_steps for p in en] == [p.is_steps for p in zh], topic  # how-to sections in both languages


def test_every_section_names_its_public_source_and_checked_date() -> None:
    passages = load_passages()
    for p in passages:
        assert p.source and len(p.source) > 10, p.id
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", p.checked), p.id
        assert p.questions, p.id  # hand-written questions the section answers
    ids = Counter(p.id for p in passages)
    assert all(n == 2 for n in ids.values())  # one id per section, shared by en and zh


def test_how_to_sections_keep_their_steps() -> None:
    how = next(p for p in load_passages() if p.id == "buying/how-to-buy-bitcoin-or-ether" and p.lang == "en")
    assert how.is_steps and "\n1. " in how.text and "\n5. " in how.text


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
    """The original calibration questions (topic-level labels); the section-level judge is the held-out set."""
    misses = []
    for row in (r for r in QUESTIONS if r["topic"]):
        ans = answer(row["q"], use_llm=False)
        files = {c["file"].split(".")[0] for c in ans.citations}
        if ans.kind in ("price", "risk", "compare", "loan", "advice"):
            continue  # routed to live figures / advice on purpose (e.g. "APY vs APR" is not; "ETH risk" is)
        if not ans.found or row["topic"] not in files:
            misses.append((row["q"], row["topic"], files))
    # staking / "the merge" now have their own sections in new topics; 3 of 44 may cite a neighbouring topic
    assert len(misses) <= 3, misses


def test_off_topic_questions_get_i_dont_know() -> None:
    wrong = [r["q"] for r in QUESTIONS if r["topic"] is None and answer(r["q"], use_llm=False).found]
    assert wrong == []


def test_reply_language_follows_question() -> None:
    zh = answer("什么是无常损失", use_llm=False)
    assert zh.lang == "zh" and zh.found and "无常损失" in zh.text and "来源" in zh.text
    c = zh.citations[0]
    assert (c["file"], c["section"], c["id"]) == ("amm.zh.md", "什么是无常损失", "amm/what-is-impermanent-loss")
    assert c["source"].startswith("Uniswap") and c["checked"] == "2026-12-01" and 0 < c["score"] <= 1
    en = answer("what is impermanent loss", use_llm=False)
    assert en.lang == "en" and en.citations[0]["file"] == "amm.en.md" and "Source" in en.text
    forced = answer("what is impermanent loss", lang="zh", use_llm=False)
    assert forced.lang == "zh" and forced.citations[0]["file"] == "amm.zh.md"
    no = answer("法国的首都是哪里", use_llm=False)
    assert not no.found and no.text.startswith("我不知道") and no.citations == []
    assert "我了解的相近主题" in no.text and no.nearest  # "I don't know" plus the nearest topics it does know
    assert answer("what's the capital of France", use_llm=False).text.startswith("I don't know")


@pytest.mark.parametrize(
    ("question", "kwargs"), [("", {}), ("x" * 1001, {}), ("gas?", {"lang": "fr"}), ("gas?", {"top_k": 0})]
)
def test_bad_questions(question: str, kwargs: dict) -> None:
    with pytest.raises(InputError):
        answer(question, **kwargs)


def test_index_rebuilds_when_markdown_changes(tmp_path: Path) -> None:
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "gas.en.md").write_text((KB_DIR / "gas.en.md").read_text(encoding="utf-8"), encoding="utf-8")
    first = KnowledgeIndex(kb_dir=kb, embeddings_file=tmp_path / "none.npz")
    assert first.embeddings.shape == (len(first.passages), 384)
    (kb / "gas.en.md").write_text(
        "# Gas\n\n## Tip\nAlways keep some ETH for fees, or you cannot move tokens.\n", encoding="utf-8"
    )
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


def test_llm_rephrasing_grounded_in_the_passages_is_shown(llm_server) -> None:
    llm_server.reply = (
        "Impermanent loss is what an LP gives up compared with simply holding the two tokens "
        "[amm/what-is-impermanent-loss]."
    )
    ans = answer("what is impermanent loss")
    assert ans.mode == "llm" and ans.found and ans.text.startswith(llm_server.reply)
    assert "amm.en.md" in ans.text  # our own source line, not the model's
    prompt = llm_server.seen[-1]["messages"]
    assert "ONLY the passages" in prompt[0]["content"]
    assert "[amm/what-is-impermanent-loss]" in prompt[1]["content"]
    # off-topic: the LLM is never asked, the answer is "I don't know"
    calls = len(llm_server.seen)
    assert not answer("who wrote hamlet").found and len(llm_server.seen) == calls


@pytest.mark.parametrize(
    ("reply", "why"),
    [
        # a number that is in no passage
        ("Impermanent loss costs LPs 37.5% a year on average [amm/what-is-impermanent-loss].", "number 37.5"),
        # a name that is in no passage
        ("Impermanent loss was first described by Vitalik Buterin [amm/what-is-impermanent-loss].", "name"),
        # a citation that is not one of the passages' ids
        ("Impermanent loss is the gap versus holding [1].", "citation"),
        ("Impermanent loss is the gap versus holding [uniswap-docs].", "citation"),
        ("Impermanent loss is the gap versus holding.", "no citation"),
    ],
)
def test_llm_inventions_fall_back_to_the_extractive_answer(llm_server, reply: str, why: str) -> None:
    llm_server.reply = reply
    ans = answer("what is impermanent loss")
    assert ans.mode == "extractive" and ans.found and reply not in ans.text
    assert ans.citations[0]["id"] == "amm/what-is-impermanent-loss"
    assert any(why in note for note in ans.notes), ans.notes


def test_llm_garbled_or_wrong_language_chinese_is_rejected(llm_server) -> None:
    for reply in (
        "æ— å¸¸æŸå¤±æ˜¯ [amm/what-is-impermanent-loss]",  # UTF-8 read as Latin-1
        "Impermanent loss is the gap versus holding [amm/what-is-impermanent-loss].",
    ):  # English for zh
        llm_server.reply = reply
        ans = answer("什么是无常损失")
        assert ans.mode == "extractive" and ans.lang == "zh" and "无常损失" in ans.text
    llm_server.reply = "无常损失是做 LP 与单纯持有两种代币相比少赚的部分 [amm/what-is-impermanent-loss]。"
    assert answer("什么是无常损失").mode == "llm"


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
    assert out["found"] is True and out["lang"] == "zh" and out["kind"] == "definition"
    assert out["citations"][0]["file"] == "stablecoins.zh.md"
    assert set(out["citations"][0]) == {"id", "file", "section", "score", "source", "checked"}
    figures = json.loads(CliRunner().invoke(app, ["ask", "ETH price?", "--json"]).stdout)
    assert figures["mode"] == "figures" and figures["figures"]["token"]["as_of"] == "2023-04-17"
