"""The truncated encoder (round 6, issue 10 item 8): the shipped head embeds with the first layers of
multilingual-e5-small, recorded in its meta.json, and every head is embedded with the depth it was trained on
(heads from before round 6 have no ``embed_layers`` and run on all 12)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from ledgerlm.assistant.intents import features, registry
from ledgerlm.assistant.intents.model import HeadModel
from ledgerlm.errors import ConfigError


def test_shipped_head_names_its_depth() -> None:
    meta = json.loads((registry.DEFAULT_MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    model = HeadModel.load(registry.DEFAULT_MODEL_DIR)
    assert model.embed_layers == meta["embed_layers"] < features.FULL_LAYERS
    assert meta["embedding"] == features.model_id(model.embed_layers)


def test_truncated_encoder_differs_and_is_deterministic() -> None:
    text = ["send 2 eth to bob"]
    full = features.embed(text)
    short = features.embed(text, layers=4)
    again = features.embed(text, layers=4)
    assert np.allclose(short, again)
    assert abs(float(np.linalg.norm(short)) - 1.0) < 1e-3  # still L2-normalised
    assert float(short[0] @ full[0]) < 0.99  # another representation, so a head must be trained on it
    assert np.allclose(full, features.embed(text, layers=features.FULL_LAYERS))


def test_depth_out_of_range_is_an_error() -> None:
    with pytest.raises(ConfigError):
        features.embed(["hi"], layers=13)


def test_old_head_without_depth_runs_on_all_layers(tmp_path: Path) -> None:
    labels = ["a", "b"]
    HeadModel(labels, np.zeros((2, 384), np.float32), np.zeros(2, np.float32), ngram_weight=0.0).save(tmp_path)
    meta = json.loads((tmp_path / "meta.json").read_text(encoding="utf-8"))
    del meta["embed_layers"]
    (tmp_path / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    assert HeadModel.load(tmp_path).embed_layers == features.FULL_LAYERS


def test_cache_keeps_depths_apart(tmp_path: Path) -> None:
    text = ["how do i stake sol"]
    a = features.embed(text, cache_dir=tmp_path, layers=4)
    b = features.embed(text, cache_dir=tmp_path)  # the full encoder: never served the 4-layer vector
    assert not np.allclose(a, b)
    assert np.allclose(features.embed(text, cache_dir=tmp_path, layers=4), a)
