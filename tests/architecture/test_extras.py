"""Heavy libraries are extras: the package imports without them, and a function that needs one names the extra."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from ledgerlm.extras import MissingExtra, install_command, require

EXTRA_ONLY = ("sklearn", "matplotlib", "torch", "transformers")


def _block(monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    """Make ``import name`` fail as if the package were not installed (None in sys.modules raises ImportError)."""
    for name in list(sys.modules):
        if name.split(".")[0] in names:
            monkeypatch.delitem(sys.modules, name)
    for name in names:
        monkeypatch.setitem(sys.modules, name, None)


def test_every_module_imports_without_the_extras() -> None:
    """A core install: with scikit-learn, matplotlib, torch and transformers unimportable, every ledgerlm module
    (but the server, an extra of its own, and the fine-tune backbone) still imports."""
    script = textwrap.dedent(
        f"""
        import importlib, pkgutil, sys
        for name in {EXTRA_ONLY!r}:
            sys.modules[name] = None
        import ledgerlm
        skip = ("ledgerlm.server", "ledgerlm.assistant.intents.finetune")
        failed = []
        for info in pkgutil.walk_packages(ledgerlm.__path__, "ledgerlm."):
            if info.name.startswith(skip) or info.name.endswith("__main__"):
                continue
            try:
                importlib.import_module(info.name)
            except ImportError as exc:
                failed.append(f"{{info.name}}: {{exc}}")
        print("\\n".join(failed))
        sys.exit(1 if failed else 0)
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]


def test_risk_charts_name_the_consensus_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    from ledgerlm.risk import plots

    _block(monkeypatch, "matplotlib")
    with pytest.raises(MissingExtra) as info:
        plots.price_and_drawdown("ETH", f"{tmp_path}/chart.png")
    assert info.value.extra == "consensus"
    assert "matplotlib" in info.value.message and "[consensus]" in info.value.message
    assert info.value.hint == install_command("consensus")
    assert "pip install -e '.[consensus]'" in (info.value.hint or "")


def test_controller_training_names_the_consensus_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    from ledgerlm.consensus import training

    _block(monkeypatch, "sklearn")
    with pytest.raises(MissingExtra) as info:
        training.fit(np.zeros((4, 2)), np.zeros(4))
    assert info.value.extra == "consensus" and info.value.module == "sklearn.neural_network"
    assert "pip install -e '.[consensus]'" in (info.value.hint or "")


def test_lab_charts_name_the_consensus_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    from ledgerlm.consensus import lab

    _block(monkeypatch, "matplotlib")
    with pytest.raises(MissingExtra, match=r"\[consensus\]"):
        lab.plot_runs(tmp_path, "steady", {})  # type: ignore[arg-type]


def test_the_cli_prints_the_extra_as_one_line_and_hint(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    """Through the CLI the message keeps its brackets (no markup eats ``[consensus]``) and exits 1."""
    from typer.testing import CliRunner

    from ledgerlm.cli.main import app

    _block(monkeypatch, "matplotlib")
    res = CliRunner().invoke(app, ["price", "ETH", "--plot", f"{tmp_path}/p.png"])
    assert res.exit_code == 1, res.output
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith("error:") and lines[1].startswith("hint:"), lines
    assert "[consensus]" in lines[0] and "pip install -e '.[consensus]'" in lines[1]
    assert "Traceback" not in res.output


def test_an_installed_extra_imports_and_an_unknown_one_is_a_bug() -> None:
    assert require("json", "consensus", "a test").dumps([]) == "[]"
    with pytest.raises(ValueError, match="unknown extra"):
        require("json", "no-such-extra", "a test")


def test_pyproject_declares_the_extras_and_keeps_them_out_of_the_core() -> None:
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())["project"]
    core = " ".join(project["dependencies"]).lower()
    assert "scikit-learn" not in core and "matplotlib" not in core
    extras = project["optional-dependencies"]
    assert {"consensus", "train", "server", "finetune", "dev"} <= set(extras)
    assert any(d.startswith("matplotlib") for d in extras["consensus"])
    assert any(d.startswith("scikit-learn") for d in extras["consensus"])
    assert any(d.startswith("torch") for d in extras["train"]) and extras["finetune"] == ["ledgerlm[train]"]
